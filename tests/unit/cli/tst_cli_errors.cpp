// What the user sees when something is wrong: bad arguments, missing records, unusable workspaces.
#include "CliHarness.h"

#include "Workspace.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

class TestCliErrors : public QObject
{
    Q_OBJECT

private:
    static QByteArray hashOf(const QString &path)
    {
        return QCryptographicHash::hash(CliHarness::readFile(path), QCryptographicHash::Sha256);
    }

    static void expectUsage(const CliRun &r, const QStringList &mentions)
    {
        QVERIFY2(r.exitCode == 2, qPrintable(r.dump()));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("sourcedesk-cli: error: ")), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        for (const QString &m : mentions)
            QVERIFY2(r.err.contains(m), qPrintable(QStringLiteral("'%1' not in: %2").arg(m, r.err)));
    }

    static void seed(const CliHarness &h)
    {
        QCOMPARE(h.run({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Backend")})
                     .exitCode,
                 0);
        QCOMPARE(
            h.run({QStringLiteral("candidates"), QStringLiteral("add"), QStringLiteral("--first"),
                   QStringLiteral("Jane"), QStringLiteral("--email"), QStringLiteral("jane@example.com")})
                .exitCode,
            0);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("mentions");
        const auto s = [](const char *text) {
            return QString::fromUtf8(text);
        };
        QTest::newRow("no command") << QStringList{}
                                    << QStringList{s("No command given"), s("campaigns"), s("log-activity")};
        QTest::newRow("unknown command")
            << QStringList{s("frobnicate")}
            << QStringList{s("Unknown command 'frobnicate'"), s("import, export, campaigns")};
        QTest::newRow("unknown global option") << QStringList{s("--colour"), s("campaigns"), s("list")}
                                               << QStringList{s("Unknown option 'colour'"), s("--workspace")};
        QTest::newRow("unknown option")
            << QStringList{s("campaigns"), s("list"), s("--archived")}
            << QStringList{s("Unknown option 'archived'"), s("--all"), s("campaigns list --help")};
        QTest::newRow("unknown subcommand") << QStringList{s("campaigns"), s("rename")}
                                            << QStringList{s("campaigns rename"), s("list, create, archive")};
        QTest::newRow("missing subcommand")
            << QStringList{s("candidates")} << QStringList{s("list, search, show, add")};
        QTest::newRow("missing argument") << QStringList{s("campaigns"), s("create")}
                                          << QStringList{s("'campaigns create' needs the argument NAME")};
        QTest::newRow("missing value") << QStringList{s("candidates"), s("list"), s("--limit")}
                                       << QStringList{s("Missing value after '--limit'")};
        QTest::newRow("bad number") << QStringList{s("candidates"), s("list"), s("--limit"), s("ten")}
                                    << QStringList{
                                           s("--limit must be a whole number from 1 to 100000, not 'ten'")};
        QTest::newRow("bad sort") << QStringList{s("candidates"), s("list"), s("--sort"), s("age")}
                                  << QStringList{s("--sort must be one of newest, name, company, updated")};
        QTest::newRow("bad id") << QStringList{s("candidates"), s("show"), s("abc")}
                                << QStringList{s("ID must be a candidate id"), s("not 'abc'")};
        QTest::newRow("negative id") << QStringList{s("set-status"), s("Backend"), s("replied"), s("--"),
                                                    s("-4")}
                                     << QStringList{s("not '-4'")};
        QTest::newRow("bad status") << QStringList{s("set-status"), s("Backend"), s("hired"), s("1")}
                                    << QStringList{
                                           s("STATUS must be one of added, contacted, replied, interested, "
                                             "not_interested, bounced, unsubscribed, not 'hired'")};
        QTest::newRow("bad kind") << QStringList{s("log-activity"), s("1"), s("--kind"), s("fax")}
                                  << QStringList{s("--kind must be one of email_sent"), s("not 'fax'")};
        QTest::newRow("missing kind")
            << QStringList{s("log-activity"), s("1")} << QStringList{s("needs --kind")};
        QTest::newRow("bad date") << QStringList{s("log-activity"), s("1"),    s("--kind"),
                                                 s("call"),         s("--at"), s("yesterday")}
                                  << QStringList{s("--at must be an ISO 8601 date"), s("not 'yesterday'")};
        QTest::newRow("bad email") << QStringList{s("candidates"), s("add"), s("--email"),
                                                  s("jane.example.com")}
                                   << QStringList{s("--email needs an address"), s("jane.example.com")};
        QTest::newRow("nothing to add") << QStringList{s("candidates"), s("add"), s("--company"), s("Acme")}
                                        << QStringList{s("needs at least a name")};
        QTest::newRow("bad duplicate policy")
            << QStringList{s("import"), s("x.csv"), s("--on-duplicate"), s("ask")}
            << QStringList{s("--on-duplicate must be one of skip, merge, not 'ask'")};
        QTest::newRow("ids and search")
            << QStringList{s("add-to-campaign"), s("Backend"), s("1"), s("--search"), s("x")}
            << QStringList{s("not both")};
        QTest::newRow("extra argument") << QStringList{s("campaigns"), s("list"), s("everything")}
                                        << QStringList{s("Unexpected argument 'everything'")};
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, mentions);
        CliHarness h;
        seed(h);
        const QByteArray before = hashOf(h.workspace());
        expectUsage(h.run(args), mentions);
        QCOMPARE(hashOf(h.workspace()), before);
    }

    void usageErrorAsJson()
    {
        CliHarness h;
        const CliRun r = h.runRaw({QStringLiteral("--json"), QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QJsonObject e = r.errorJson();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
        QCOMPARE(e.value(QStringLiteral("exitCode")).toInt(), 2);
        QVERIFY(e.value(QStringLiteral("message")).toString().contains(QStringLiteral("frobnicate")));
        QCOMPARE(e.value(QStringLiteral("where")).toString(), QStringLiteral("frobnicate"));
        // --json after the command works too, even when the arguments do not parse.
        const CliRun r2 = h.run({QStringLiteral("candidates"), QStringLiteral("list"),
                                 QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
        QCOMPARE(r2.exitCode, 2);
        QCOMPARE(r2.errorJson().value(QStringLiteral("where")).toString(), QStringLiteral("--limit"));
    }

    void notFound()
    {
        CliHarness h;
        seed(h);
        CliRun r = h.run({QStringLiteral("candidates"), QStringLiteral("show"), QStringLiteral("42")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err, QStringLiteral("sourcedesk-cli: error: Candidate 42 does not exist.\n"));
        r = h.run({QStringLiteral("campaigns"), QStringLiteral("archive"), QStringLiteral("Frontend")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("No campaign is named or numbered 'Frontend'")));
        r = h.run({QStringLiteral("--json"), QStringLiteral("add-to-campaign"), QStringLiteral("7"),
                   QStringLiteral("1")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errorJson().value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
        r = h.run({QStringLiteral("log-activity"), QStringLiteral("1"), QStringLiteral("--kind"),
                   QStringLiteral("call"), QStringLiteral("--campaign"), QStringLiteral("Backend")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Candidate 1 is not in campaign 'Backend'")),
                 qPrintable(r.err));
        r = h.run({QStringLiteral("log-activity"), QStringLiteral("5"), QStringLiteral("--kind"),
                   QStringLiteral("call")});
        QCOMPARE(r.exitCode, 3);
        // Nothing was logged for the refused activities.
        r = h.run({QStringLiteral("--json"), QStringLiteral("candidates"), QStringLiteral("show"),
                   QStringLiteral("1")});
        QVERIFY(r.json().value(QStringLiteral("activities")).toArray().isEmpty());
    }

    void conflicts()
    {
        CliHarness h;
        seed(h);
        const CliRun r =
            h.run({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("backend")});
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.err.contains(QStringLiteral("A campaign named 'Backend' already exists (id 1)")));
    }

    void bodyFileErrors()
    {
        CliHarness h;
        seed(h);
        CliRun r = h.run({QStringLiteral("log-activity"), QStringLiteral("1"), QStringLiteral("--kind"),
                          QStringLiteral("note"), QStringLiteral("--body-file"),
                          h.dir() + QStringLiteral("/missing.txt")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains(QStringLiteral("missing.txt: Cannot read the body file")));
        const QString binary = h.writeFile(QStringLiteral("body.bin"), QByteArray("\xff\xfe\x00\x41\xc3", 5));
        r = h.run({QStringLiteral("log-activity"), QStringLiteral("1"), QStringLiteral("--kind"),
                   QStringLiteral("note"), QStringLiteral("--body-file"), binary});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains(QStringLiteral("not UTF-8 text")));
    }

    void workspaceFromNewerVersion()
    {
        CliHarness h;
        {
            auto ws = sd::Workspace::open(h.workspace());
            QVERIFY(ws.ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(h.workspace());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("UPDATE schema_info SET value = '999' WHERE key = 'schema_version'")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray before = hashOf(h.workspace());
        CliRun r = h.run({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("New")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("sourcedesk-cli: error: ") + h.workspace()),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("newer version")));
        QVERIFY(r.err.contains(QStringLiteral("schema 999")));
        QCOMPARE(r.err.count(u'\n'), 1);
        QCOMPARE(hashOf(h.workspace()), before);

        r = h.run({QStringLiteral("--json"), QStringLiteral("candidates"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.errorJson().value(QStringLiteral("code")).toString(), QStringLiteral("workspace_too_new"));
        QCOMPARE(r.errorJson().value(QStringLiteral("where")).toString(), h.workspace());
        QCOMPARE(hashOf(h.workspace()), before);
    }

    void corruptWorkspace()
    {
        CliHarness h;
        QByteArray junk(64 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (char &c : junk)
            c = char(rng.bounded(256));
        h.writeFile(QStringLiteral("workspace.sqlite"), junk);
        const QByteArray before = hashOf(h.workspace());
        for (const QStringList &args :
             {QStringList{QStringLiteral("candidates"), QStringLiteral("list")},
              QStringList{QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("X")}}) {
            const CliRun r = h.run(args);
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains(QStringLiteral("damaged or is not a Sourcedesk workspace")),
                     qPrintable(r.err));
            QVERIFY(r.err.contains(h.workspace()));
            QCOMPARE(hashOf(h.workspace()), before);
        }
        const CliRun r =
            h.run({QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(r.errorJson().value(QStringLiteral("code")).toString(), QStringLiteral("workspace_corrupt"));
    }

    void missingWorkspace()
    {
        CliHarness h;
        // A read-only command does not create a workspace at a path the user named.
        CliRun r = h.run({QStringLiteral("candidates"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFileInfo::exists(h.workspace()));
        // A command that changes data creates it.
        QCOMPARE(
            h.run({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("First")}).exitCode,
            0);
        QVERIFY(QFileInfo::exists(h.workspace()));
        // A folder is not a workspace.
        r = h.runRaw(
            {QStringLiteral("--workspace"), h.dir(), QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("folder")));
    }

    void workspaceFromEnvironment()
    {
        CliHarness h;
        h.environment().workspace = h.workspace();
        QCOMPARE(h.runRaw({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("From env")})
                     .exitCode,
                 0);
        const CliRun r = h.runRaw({QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("From env")));
        // --workspace wins over the environment.
        const CliRun other =
            h.runRaw({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--workspace"),
                      h.dir() + QStringLiteral("/other.sqlite")});
        QCOMPARE(other.exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
