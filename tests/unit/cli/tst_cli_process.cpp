// The real sourcedesk-cli binary: exit codes, one error line on stderr, and Ctrl+C during an import.
#include "CandidateRepository.h"
#include "Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

class TestCliProcess : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOURCEDESK_WORKSPACE"), m_workspace);
        env.insert(QStringLiteral("USER"), QStringLiteral("shell-user"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        env.remove(QStringLiteral("SOURCEDESK_CLI_DEBUG"));
        return env;
    }

    Run run(const QStringList &args) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(SOURCEDESK_CLI_BINARY), args);
        Run r;
        if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit)
            return r;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QTemporaryDir m_dir;
    QString m_workspace;

private Q_SLOTS:
    void init()
    {
        m_workspace = m_dir.filePath(
            QStringLiteral("ws-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    }

    void versionAndHelp()
    {
        Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("sourcedesk-cli %1\n").arg(QStringLiteral(SOURCEDESK_VERSION)));
        QVERIFY(r.err.isEmpty());
        r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Exit codes:")));
    }

    void errorsAreOneLineOnStderr()
    {
        Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("sourcedesk-cli: error: Unknown command 'frobnicate'")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);

        r = run({QStringLiteral("candidates"), QStringLiteral("show"), QStringLiteral("9")});
        QCOMPARE(r.exitCode, 4); // the named workspace does not exist yet
        r = run({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Backend")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("candidates"), QStringLiteral("show"), QStringLiteral("9")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err, QStringLiteral("sourcedesk-cli: error: Candidate 9 does not exist.\n"));
        r = run({QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("\"owner\":\"shell-user\"")));
    }

    void newerWorkspaceIsRefused()
    {
        {
            auto ws = sd::Workspace::open(m_workspace);
            QVERIFY(ws.ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(m_workspace);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("UPDATE schema_info SET value = '999' WHERE key = 'schema_version'")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QFile f(m_workspace);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        f.close();
        const Run r = run({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("X")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("newer version")), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
    }

    void ctrlCStopsImportBetweenBatches()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGINT is a POSIX signal");
#else
        const int rows = 40000;
        const int batch = 250;
        const QString csvPath = m_dir.filePath(QStringLiteral("big.csv"));
        {
            QFile csv(csvPath);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("First Name,Last Name,Email,Company\n");
            for (int i = 0; i < rows; ++i)
                csv.write(QStringLiteral("First%1,Last%1,p%1@example.com,Company %2\n")
                              .arg(i)
                              .arg(i % 97)
                              .toUtf8());
        }
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(SOURCEDESK_CLI_BINARY),
                {QStringLiteral("import"), csvPath, QStringLiteral("--batch-size"), QString::number(batch),
                 QStringLiteral("--progress")});
        QVERIFY(p.waitForStarted());
        // Wait for the first committed batch (progress is on stderr), then press Ctrl+C.
        p.setReadChannel(QProcess::StandardError);
        QByteArray err;
        while (!err.contains("Importing") && p.state() == QProcess::Running) {
            p.waitForReadyRead(5000);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("Importing big.csv") && p.state() == QProcess::Running, err.constData());
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(p.waitForFinished(20000));
        err += p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 130,
                 qPrintable(QStringLiteral("status %1, exit %2, stderr: %3")
                                .arg(int(p.exitStatus()))
                                .arg(p.exitCode())
                                .arg(QString::fromUtf8(err.right(400)))));
        QVERIFY2(err.contains("sourcedesk-cli: error: ") && err.contains("Cancelled"), err.constData());

        auto ws = sd::Workspace::open(m_workspace);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        auto stored = sd::CandidateRepository(*ws.value()).count({});
        QVERIFY(stored.ok());
        QVERIFY2(stored.value() > 0 && stored.value() < rows, qPrintable(QString::number(stored.value())));
        QCOMPARE(stored.value() % batch, 0); // whole batches only
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cli_process.moc"
