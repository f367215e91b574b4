#include "PolicyParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

namespace sd::policy {

namespace {

QString trParser(const char *text)
{
    return QCoreApplication::translate("sd::policy::PolicyParser", text);
}

// A policy is small; anything bigger is not one.
constexpr qint64 kMaxFileSize = 1024 * 1024;

QString member(const QString &parent, const QString &key)
{
    // Dotted setting keys are quoted so the path stays unambiguous.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(key).hasMatch())
        return parent + u'.' + key;
    return parent + QStringLiteral("[\"") + key + QStringLiteral("\"]");
}

class Parser
{
public:
    Parser(QString fileName, SettingValidator validate)
        : m_fileName(std::move(fileName))
        , m_validate(std::move(validate))
    {}

    Result<Policy> parse(const QJsonObject &root);

private:
    Error at(const QString &path, const QString &message,
             Error::Code code = Error::Code::InvalidArgument) const
    {
        return Error(code, message, m_fileName + QStringLiteral(": ") + path);
    }
    Status onlyKeys(const QJsonObject &o, const QString &path, const QStringList &allowed) const;
    Status parseSettings(const QJsonValue &v, Policy &p) const;
    Status parseSmartRecruiters(const QJsonValue &v, Policy &p) const;
    Status parseAuthMethods(const QJsonValue &v, Policy &p) const;
    // {"value": …, "locked": bool} or the value alone (unlocked); `raw` gets the value.
    Status entry(const QJsonValue &v, const QString &path, QJsonValue *raw, bool *locked,
                 QString *valuePath) const;

    QString m_fileName;
    SettingValidator m_validate;
};

Status Parser::onlyKeys(const QJsonObject &o, const QString &path, const QStringList &allowed) const
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return at(member(path, it.key()),
                      trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser",
                                                 "unknown key \"%1\"; expected one of %2"))
                          .arg(it.key(), allowed.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

Status Parser::entry(const QJsonValue &v, const QString &path, QJsonValue *raw, bool *locked,
                     QString *valuePath) const
{
    *locked = false;
    *raw = v;
    *valuePath = path;
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    if (Status s = onlyKeys(o, path, {QStringLiteral("value"), QStringLiteral("locked")}))
        return s;
    if (!o.contains(QStringLiteral("value")))
        return at(path, trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser", "\"value\" is missing")));
    const QJsonValue lock = o.value(QStringLiteral("locked"));
    if (!lock.isUndefined() && !lock.isBool())
        return at(member(path, QStringLiteral("locked")),
                  trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser", "must be true or false")));
    *locked = lock.toBool();
    *raw = o.value(QStringLiteral("value"));
    *valuePath = member(path, QStringLiteral("value"));
    return std::nullopt;
}

Status Parser::parseSettings(const QJsonValue &v, Policy &p) const
{
    const QString path = QStringLiteral("$.settings");
    if (!v.isObject())
        return at(path, trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser",
                                                   "must be an object of setting keys")));
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString here = member(path, it.key());
        QJsonValue raw;
        bool locked = false;
        QString valuePath;
        if (Status s = entry(it.value(), here, &raw, &locked, &valuePath))
            return s;
        QString stored;
        const QString problem = m_validate ? m_validate(it.key(), raw, &stored) : QString();
        if (!problem.isEmpty())
            return at(valuePath, problem);
        p.settings.insert(it.key(), PolicyValue{stored, locked});
    }
    return std::nullopt;
}

QString hostProblem(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        return trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser", "\"%1\" is not a web address"))
            .arg(text);
    const QHostAddress address(url.host());
    const bool loopback =
        url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
    if (url.scheme() != QLatin1String("https") && !(url.scheme() == QLatin1String("http") && loopback))
        return trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser", "\"%1\" must use https")).arg(text);
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser",
                                          "\"%1\" must be a plain address, without user, query or fragment"))
            .arg(text);
    return {};
}

Status Parser::parseSmartRecruiters(const QJsonValue &v, Policy &p) const
{
    const QString path = QStringLiteral("$.smartrecruiters");
    if (!v.isObject())
        return at(path, trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser", "must be an object")));
    const QJsonObject o = v.toObject();
    if (Status s = onlyKeys(
            o, path, {QStringLiteral("apiHost"), QStringLiteral("authHost"), QStringLiteral("clientId")}))
        return s;
    const auto one = [&](const QString &key, std::optional<PolicyValue> *out, bool isHost) -> Status {
        if (!o.contains(key))
            return std::nullopt;
        QJsonValue raw;
        bool locked = false;
        QString valuePath;
        if (Status s = entry(o.value(key), member(path, key), &raw, &locked, &valuePath))
            return s;
        if (!raw.isString())
            return at(valuePath, trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser", "must be a string")));
        const QString text = raw.toString().trimmed();
        QString problem;
        if (isHost)
            problem = hostProblem(text);
        else if (text.isEmpty() || text.contains(QRegularExpression(QStringLiteral("\\s"))))
            problem =
                trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser", "must be a client id without spaces"));
        if (!problem.isEmpty())
            return at(valuePath, problem);
        *out = PolicyValue{text, locked};
        return std::nullopt;
    };
    if (Status s = one(QStringLiteral("apiHost"), &p.apiHost, true))
        return s;
    if (Status s = one(QStringLiteral("authHost"), &p.authHost, true))
        return s;
    return one(QStringLiteral("clientId"), &p.clientId, false);
}

Status Parser::parseAuthMethods(const QJsonValue &v, Policy &p) const
{
    const QString path = QStringLiteral("$.allowedAuthMethods");
    const QStringList known{QString::fromLatin1(AuthOAuth), QString::fromLatin1(AuthApiKey)};
    if (!v.isArray() || v.toArray().isEmpty())
        return at(path, trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser",
                                                   "must be a non-empty list of sign-in methods (%1)"))
                            .arg(known.join(QStringLiteral(", "))));
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items.at(i).toString();
        if (!items.at(i).isString() || !known.contains(item))
            return at(path + QStringLiteral("[%1]").arg(i),
                      trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser", "must be one of %1"))
                          .arg(known.join(QStringLiteral(", "))));
        if (!p.allowedAuthMethods.contains(item))
            p.allowedAuthMethods << item;
    }
    return std::nullopt;
}

Result<Policy> Parser::parse(const QJsonObject &root)
{
    Policy p;
    const QString top = QStringLiteral("$");
    if (Status s = onlyKeys(root, top,
                            {QStringLiteral("version"), QStringLiteral("setBy"), QStringLiteral("settings"),
                             QStringLiteral("smartrecruiters"), QStringLiteral("allowedAuthMethods")}))
        return *s;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return at(QStringLiteral("$.version"),
                  trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser", "must be the format version, %1"))
                      .arg(Policy::FormatVersion));
    if (version.toInt() > Policy::FormatVersion)
        return at(
            QStringLiteral("$.version"),
            trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser",
                                       "format version %1 is for a newer Sourcedesk; this one reads %2"))
                .arg(version.toInt())
                .arg(Policy::FormatVersion),
            Error::Code::TooNew);
    p.version = version.toInt();
    const QJsonValue setBy = root.value(QStringLiteral("setBy"));
    if (!setBy.isUndefined() && (!setBy.isString() || setBy.toString().trimmed().isEmpty()))
        return at(QStringLiteral("$.setBy"),
                  trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser",
                                             "must be a non-empty string naming who set the policy")));
    p.setBy = setBy.toString().trimmed();
    if (root.contains(QStringLiteral("settings"))) {
        if (Status s = parseSettings(root.value(QStringLiteral("settings")), p))
            return *s;
    }
    if (root.contains(QStringLiteral("smartrecruiters"))) {
        if (Status s = parseSmartRecruiters(root.value(QStringLiteral("smartrecruiters")), p))
            return *s;
    }
    if (root.contains(QStringLiteral("allowedAuthMethods"))) {
        if (Status s = parseAuthMethods(root.value(QStringLiteral("allowedAuthMethods")), p))
            return *s;
    }
    return p;
}

} // namespace

std::pair<int, int> lineColumnAt(const QByteArray &data, int offset)
{
    const int end = std::clamp(offset, 0, int(data.size()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not UTF-8 bytes.
    const int column = int(QString::fromUtf8(data.mid(lineStart, end - lineStart)).size()) + 1;
    return {line, column};
}

Result<Policy> parsePolicy(const QByteArray &json, const QString &fileName, const SettingValidator &validate)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumnAt(json, pe.offset);
        return Error(Error::Code::Corrupt,
                     trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser", "not valid JSON: %1"))
                         .arg(pe.errorString()),
                     QStringLiteral("%1:%2:%3").arg(fileName).arg(line).arg(column));
    }
    if (!doc.isObject())
        return Error(
            Error::Code::InvalidArgument,
            trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser", "the policy must be a JSON object")),
            fileName + QStringLiteral(": $"));
    return Parser(fileName, validate).parse(doc.object());
}

PolicyStatus loadPolicy(const QString &path, const SettingValidator &validate)
{
    PolicyStatus status;
    status.path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return status;
    status.present = true;
    QFile file(path);
    if (info.size() > kMaxFileSize) {
        status.error = Error(
            Error::Code::InvalidArgument,
            trParser(QT_TRANSLATE_NOOP("sd::policy::PolicyParser", "the file is too large for a policy")),
            path);
        return status;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        status.error = Error(Error::Code::Io, file.errorString(), path);
        return status;
    }
    Result<Policy> parsed = parsePolicy(file.readAll(), path, validate);
    if (parsed.ok())
        status.policy = parsed.value();
    else
        status.error = parsed.error();
    return status;
}

} // namespace sd::policy
