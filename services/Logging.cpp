#include "Logging.h"

#include "Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>

namespace sd::logging {

namespace {

constexpr qint64 kMaxLogBytes = 5 * 1024 * 1024;
constexpr int kKeptLogs = 3;

const QStringList &secretNames()
{
    static const QStringList names = {
        QStringLiteral("access_token"),  QStringLiteral("refresh_token"), QStringLiteral("id_token"),
        QStringLiteral("client_secret"), QStringLiteral("code"),          QStringLiteral("password"),
        QStringLiteral("passwd"),        QStringLiteral("api_key"),       QStringLiteral("apikey"),
        QStringLiteral("secret"),        QStringLiteral("token"),         QStringLiteral("x-smarttoken"),
        QStringLiteral("x-hook-secret"), QStringLiteral("authorization"), QStringLiteral("smarttoken"),
        QStringLiteral("cookie"),        QStringLiteral("set-cookie"),    QStringLiteral("clientsecret"),
        QStringLiteral("secretkey"),     QStringLiteral("headervalue"),
    };
    return names;
}

const QList<QRegularExpression> &patterns()
{
    static const QList<QRegularExpression> list = [] {
        const QString names = secretNames().join(u'|');
        QList<QRegularExpression> p;
        // Every pattern: (kept prefix)(secret value)(kept suffix).
        // JSON: "name": "value"
        p << QRegularExpression(QStringLiteral(R"re(("(?:%1)"\s*:\s*")((?:[^"\\]|\\.)*)("))re").arg(names),
                                QRegularExpression::CaseInsensitiveOption);
        // The same JSON as QDebug prints it inside a quoted string: \"name\":\"value\"
        p << QRegularExpression(QStringLiteral(R"re((\\"(?:%1)\\"\s*:\s*\\")((?:[^"\\]|\\\\)*)(\\"))re").arg(names),
                                QRegularExpression::CaseInsensitiveOption);
        // Headers: Name: value (to the end of the line); Bearer and Basic credentials.
        p << QRegularExpression(QStringLiteral(R"re(\b((?:authorization|x-smarttoken|x-hook-secret|cookie|set-cookie)\s*:\s*)([^\r\n]+)())re"),
                                QRegularExpression::CaseInsensitiveOption);
        p << QRegularExpression(QStringLiteral(R"re(\b((?:bearer|basic)\s+)([A-Za-z0-9._~+/=-]+)())re"),
                                QRegularExpression::CaseInsensitiveOption);
        // A password in a URL's user info: scheme://user:password@host
        p << QRegularExpression(QStringLiteral(R"re((\b[a-z][a-z0-9+.-]*://[^\s/:@]*:)([^\s/]+)(@))re"),
                                QRegularExpression::CaseInsensitiveOption);
        // Query strings and forms: name=value
        p << QRegularExpression(QStringLiteral(R"re((?<![A-Za-z0-9_])((?:%1)=)([^&\s"',;]*)())re").arg(names),
                                QRegularExpression::CaseInsensitiveOption);
        return p;
    }();
    return list;
}

struct Sink
{
    QMutex mutex;
    QFile file;
    QtMessageHandler previous = nullptr;
};

Sink &sink()
{
    static Sink s;
    return s;
}

void rotate(QFile &file)
{
    const QString base = file.fileName();
    file.close();
    QFile::remove(base + QStringLiteral(".%1").arg(kKeptLogs));
    for (int i = kKeptLogs - 1; i >= 1; --i)
        QFile::rename(base + QStringLiteral(".%1").arg(i), base + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
    file.setFileName(base);
    file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const char *level = (type >= 0 && type <= QtInfoMsg) ? levels[type] : "log";
    const QString line = QStringLiteral("%1 %2 %3: %4\n")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                  QString::fromLatin1(level),
                                  QString::fromLatin1(ctx.category ? ctx.category : "default"), redact(msg));
    const QByteArray bytes = line.toUtf8();
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    if (s.file.isOpen()) {
        if (s.file.size() > kMaxLogBytes)
            rotate(s.file);
        s.file.write(bytes);
        s.file.flush();
    }
}

} // namespace

QString redact(const QString &text)
{
    QString out = text;
    for (const QRegularExpression &re : patterns())
        out.replace(re, QStringLiteral("\\1[redacted]\\3"));
    return out;
}

bool isSecretName(QStringView name)
{
    for (const QString &secret : secretNames()) {
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString defaultFolder()
{
    return QDir(Workspace::dataFolder()).filePath(QStringLiteral("logs"));
}

QString install(const QString &folder)
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    QString path;
    if (QDir().mkpath(folder)) {
        s.file.setFileName(QDir(folder).filePath(QStringLiteral("sourcedesk.log")));
        if (s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            path = s.file.fileName();
    }
    s.previous = qInstallMessageHandler(handler);
    return path;
}

void uninstall()
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    qInstallMessageHandler(s.previous);
    s.file.close();
}

} // namespace sd::logging
