#pragma once

#include "CliApp.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

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
