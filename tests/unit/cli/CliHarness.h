#pragma once

#include "CliApp.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <initializer_list>

// What one run of the CLI showed the user.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonObject errorJson() const
    {
        return QJsonDocument::fromJson(err.toUtf8()).object().value(QStringLiteral("error")).toObject();
    }
    QString dump() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(exitCode).arg(out, err);
    }
};

namespace clitest {

// A QString from a UTF-8 literal (QT_NO_CAST_FROM_ASCII is on).
inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Command-line arguments from UTF-8 literals.
inline QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

// The run failed with `exitCode` and one error line that mentions each of `mentions`.
inline void expectError(const CliRun &r, int exitCode, const QStringList &mentions)
{
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.dump()));
    QVERIFY2(r.err.startsWith(s("sourcedesk-cli: error: ")), qPrintable(r.dump()));
    for (const QString &m : mentions)
        QVERIFY2(r.err.contains(m), qPrintable(QStringLiteral("'%1' not in: %2").arg(m, r.err)));
}

} // namespace clitest

// Runs sd::cli::CliApp in-process on a workspace in a temporary folder.
class CliHarness
{
public:
    CliHarness()
        : m_workspace(m_dir.filePath(QStringLiteral("workspace.sqlite")))
    {
        m_env.userName = QStringLiteral("tester");
        m_env.stderrIsTty = false;
    }

    QString dir() const { return m_dir.path(); }
    QString workspace() const { return m_workspace; }
    sd::cli::Environment &environment() { return m_env; }

    // Runs with --workspace <the temp workspace> in front of the arguments.
    CliRun run(const QStringList &args) const
    {
        return runRaw(QStringList{QStringLiteral("--workspace"), m_workspace} + args);
    }

    // Runs with exactly these arguments (after the program name).
    CliRun runRaw(const QStringList &args) const
    {
        CliRun r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.exitCode =
            sd::cli::CliApp(out, err, m_env).run(QStringList{QStringLiteral("sourcedesk-cli")} + args);
        out.flush();
        err.flush();
        return r;
    }

    // Creates `campaign` and adds each of `firstNames` to it: last name Doe, email
    // <first name>@example.com and the `extra` arguments of 'candidates add'. Fails the test when a
    // run fails.
    void addCampaignWithPeople(const QString &campaign, const QStringList &firstNames,
                               const QStringList &extra = {}) const
    {
        CliRun r = run({QStringLiteral("campaigns"), QStringLiteral("create"), campaign});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        for (const QString &who : firstNames) {
            r = run(QStringList{QStringLiteral("candidates"), QStringLiteral("add"), QStringLiteral("--first"), who,
                                QStringLiteral("--last"), QStringLiteral("Doe"), QStringLiteral("--email"),
                                who + QStringLiteral("@example.com")}
                    + extra + QStringList{QStringLiteral("--campaign"), campaign});
            QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        }
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write a test file");
        f.write(content);
        return path;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    sd::cli::Environment m_env;
};
