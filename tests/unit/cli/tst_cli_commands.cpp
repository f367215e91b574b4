// Happy paths of the CLI commands, in text and in JSON, on a fresh workspace per test.
#include "CliHarness.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

class TestCliCommands : public QObject
{
    Q_OBJECT

private:
    static void addCandidate(const CliHarness &h, const QStringList &args)
    {
        const CliRun r = h.run(QStringList{QStringLiteral("candidates"), QStringLiteral("add")} + args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
    }

    static void seed(const CliHarness &h)
    {
        addCandidate(h, {QStringLiteral("--first"), QStringLiteral("Jane"), QStringLiteral("--last"),
                         QStringLiteral("Doe"), QStringLiteral("--email"), QStringLiteral("jane@example.com"),
                         QStringLiteral("--company"), QStringLiteral("Acme"), QStringLiteral("--tag"),
                         QStringLiteral("java")});
        addCandidate(h,
                     {QStringLiteral("--first"), QStringLiteral("Bob"), QStringLiteral("--last"),
                      QStringLiteral("Adams"), QStringLiteral("--email"), QStringLiteral("bob@example.org"),
                      QStringLiteral("--company"), QStringLiteral("Globex"), QStringLiteral("--city"),
                      QStringLiteral("Berlin"), QStringLiteral("--country"), QStringLiteral("de")});
        const CliRun c =
            h.run({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Backend Q3"),
                   QStringLiteral("--owner"), QStringLiteral("ana")});
        QVERIFY2(c.exitCode == 0, qPrintable(c.dump()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void campaignsCreateAndList()
    {
        CliHarness h;
        CliRun r = h.run({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Backend Q3"),
                          QStringLiteral("--description"), QStringLiteral("Senior backend"),
                          QStringLiteral("--owner"), QStringLiteral("ana")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Created campaign 'Backend Q3' (id 1).\n"));
        QVERIFY(r.err.isEmpty());

        r = h.run({QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(QStringLiteral("ID  Name")), qPrintable(r.out));
        QVERIFY(lines[0].contains(QStringLiteral("Not interested")));
        QVERIFY(lines[1].startsWith(QStringLiteral("1   Backend Q3")));
        QVERIFY(lines[1].contains(QStringLiteral("ana")));

        r = h.run({QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray campaigns = r.json().value(QStringLiteral("campaigns")).toArray();
        QCOMPARE(campaigns.size(), 1);
        const QJsonObject c = campaigns.at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("Backend Q3"));
        QCOMPARE(c.value(QStringLiteral("description")).toString(), QStringLiteral("Senior backend"));
        QCOMPARE(c.value(QStringLiteral("total")).toInt(), 0);
        QCOMPARE(c.value(QStringLiteral("counts")).toObject().keys().size(), 7);
        QVERIFY(c.value(QStringLiteral("counts")).toObject().contains(QStringLiteral("not_interested")));
        QCOMPARE(c.value(QStringLiteral("archived")).toBool(), false);

        // The owner defaults to the OS user.
        r = h.run({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Frontend"),
                   QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            r.json().value(QStringLiteral("campaign")).toObject().value(QStringLiteral("owner")).toString(),
            QStringLiteral("tester"));
    }

    void campaignsArchiveUnarchiveDelete()
    {
        CliHarness h;
        seed(h);
        CliRun r =
            h.run({QStringLiteral("campaigns"), QStringLiteral("archive"), QStringLiteral("backend q3")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Archived campaign 'Backend Q3' (id 1).\n"));
        r = h.run({QStringLiteral("campaigns"), QStringLiteral("list")});
        QVERIFY(!r.out.contains(QStringLiteral("Backend Q3")));
        r = h.run({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--all")});
        QVERIFY(r.out.contains(QStringLiteral("Backend Q3")));
        QVERIFY(r.out.contains(QStringLiteral("archived")));
        r = h.run({QStringLiteral("campaigns"), QStringLiteral("unarchive"), QStringLiteral("1"),
                   QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("changed")).toBool(), true);
        QCOMPARE(
            r.json().value(QStringLiteral("campaign")).toObject().value(QStringLiteral("archived")).toBool(),
            false);

        // A campaign with members is deleted only with --force.
        QCOMPARE(
            h.run({QStringLiteral("add-to-campaign"), QStringLiteral("1"), QStringLiteral("1")}).exitCode, 0);
        r = h.run({QStringLiteral("campaigns"), QStringLiteral("delete"), QStringLiteral("Backend Q3")});
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains(QStringLiteral("has 1 members")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--force")));
        r = h.run({QStringLiteral("campaigns"), QStringLiteral("delete"), QStringLiteral("Backend Q3"),
                   QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 0);
        r = h.run({QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("list"),
                   QStringLiteral("--all")});
        QVERIFY(r.json().value(QStringLiteral("campaigns")).toArray().isEmpty());
        // The candidate is kept.
        QCOMPARE(h.run({QStringLiteral("candidates"), QStringLiteral("show"), QStringLiteral("1")}).exitCode,
                 0);
    }

    void candidatesAddListSearch()
    {
        CliHarness h;
        CliRun r = h.run({QStringLiteral("candidates"), QStringLiteral("add"), QStringLiteral("--first"),
                          QStringLiteral("Jane"), QStringLiteral("--last"), QStringLiteral("Doe"),
                          QStringLiteral("--email"), QStringLiteral("jane@example.com"),
                          QStringLiteral("--company"), QStringLiteral("Acme")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Added candidate 1 (Jane Doe, jane@example.com).\n"));
        r = h.run({QStringLiteral("--json"), QStringLiteral("candidates"), QStringLiteral("add"),
                   QStringLiteral("--first"), QStringLiteral("Bob"), QStringLiteral("--last"),
                   QStringLiteral("Adams"), QStringLiteral("--email"), QStringLiteral("bob@example.org"),
                   QStringLiteral("--tag"), QStringLiteral("java,remote"), QStringLiteral("--field"),
                   QStringLiteral("notice=3 months"), QStringLiteral("--country"), QStringLiteral("de")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject added = r.json();
        QCOMPARE(added.value(QStringLiteral("result")).toString(), QStringLiteral("inserted"));
        QVERIFY(added.value(QStringLiteral("duplicate")).isNull());
        const QJsonObject bob = added.value(QStringLiteral("candidate")).toObject();
        QCOMPARE(bob.value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(bob.value(QStringLiteral("countryCode")).toString(), QStringLiteral("DE"));
        QCOMPARE(bob.value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(
            bob.value(QStringLiteral("customFields")).toObject().value(QStringLiteral("notice")).toString(),
            QStringLiteral("3 months"));

        r = h.run({QStringLiteral("candidates"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[1].startsWith(QStringLiteral("2   Bob Adams"))); // newest first
        QVERIFY(lines[2].startsWith(QStringLiteral("1   Jane Doe")));

        r = h.run({QStringLiteral("candidates"), QStringLiteral("list"), QStringLiteral("--sort"),
                   QStringLiteral("name"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[1].contains(QStringLiteral("Bob Adams")));
        QCOMPARE(lines[2], QStringLiteral("Showing 1 of 2 candidates; --limit shows more."));

        r = h.run({QStringLiteral("--json"), QStringLiteral("candidates"), QStringLiteral("list"),
                   QStringLiteral("--tag"), QStringLiteral("REMOTE")});
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(r.json()
                     .value(QStringLiteral("candidates"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("firstName"))
                     .toString(),
                 QStringLiteral("Bob"));

        r = h.run({QStringLiteral("candidates"), QStringLiteral("search"), QStringLiteral("jan"),
                   QStringLiteral("acm")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Jane Doe")));
        QVERIFY(!r.out.contains(QStringLiteral("Bob")));
        r = h.run({QStringLiteral("--json"), QStringLiteral("candidates"), QStringLiteral("search"),
                   QStringLiteral("example")});
        QCOMPARE(r.json().value(QStringLiteral("candidates")).toArray().size(), 2);
        r = h.run({QStringLiteral("candidates"), QStringLiteral("search"), QStringLiteral("zebra")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("No candidates match 'zebra'.\n"));
    }

    void duplicateAddIsReported()
    {
        CliHarness h;
        seed(h);
        const QStringList again{QStringLiteral("candidates"), QStringLiteral("add"),
                                QStringLiteral("--first"),    QStringLiteral("Janet"),
                                QStringLiteral("--email"),    QStringLiteral("JANE@example.com"),
                                QStringLiteral("--phone"),    QStringLiteral("+49 30 1234")};
        CliRun r = h.run(again);
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("sourcedesk-cli: error: Not added: candidate 1 (Jane Doe, "
                                                 "jane@example.com) already has the same email.")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        r = h.run(QStringList{QStringLiteral("--json")} + again);
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(r.errorJson().value(QStringLiteral("code")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(r.errorJson().value(QStringLiteral("exitCode")).toInt(), 6);

        r = h.run(again + QStringList{QStringLiteral("--on-duplicate"), QStringLiteral("skip"),
                                      QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("result")).toString(), QStringLiteral("skipped"));
        QCOMPARE(r.json()
                     .value(QStringLiteral("duplicate"))
                     .toObject()
                     .value(QStringLiteral("candidateId"))
                     .toInt(),
                 1);
        QCOMPARE(
            r.json().value(QStringLiteral("duplicate")).toObject().value(QStringLiteral("reason")).toString(),
            QStringLiteral("email"));

        r = h.run(again + QStringList{QStringLiteral("--on-duplicate"), QStringLiteral("merge")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QStringLiteral(
                     "Merged into candidate 1 (Jane Doe, jane@example.com), which has the same email.\n"));

        r = h.run({QStringLiteral("--json"), QStringLiteral("candidates"), QStringLiteral("list")});
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 2); // still Jane and Bob
        r = h.run({QStringLiteral("--json"), QStringLiteral("candidates"), QStringLiteral("show"),
                   QStringLiteral("1")});
        const QJsonObject jane = r.json().value(QStringLiteral("candidate")).toObject();
        QCOMPARE(jane.value(QStringLiteral("firstName")).toString(),
                 QStringLiteral("Jane")); // stored data kept
        QCOMPARE(jane.value(QStringLiteral("phones")).toArray().at(0).toString(),
                 QStringLiteral("+49 30 1234"));
        const QJsonArray changes = r.json().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("phones"));
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("changedBy")).toString(),
                 QStringLiteral("tester"));
    }

    void addToCampaignAndSetStatus()
    {
        CliHarness h;
        seed(h);
        CliRun r = h.run({QStringLiteral("add-to-campaign"), QStringLiteral("Backend Q3"),
                          QStringLiteral("1"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Added 2 candidate(s) to 'Backend Q3' (id 1).\n"));

        r = h.run({QStringLiteral("--json"), QStringLiteral("add-to-campaign"), QStringLiteral("Backend Q3"),
                   QStringLiteral("1"), QStringLiteral("99")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("alreadyMembers")).toArray(), QJsonArray{1});
        QCOMPARE(r.json().value(QStringLiteral("notFound")).toArray(), QJsonArray{99});
        QCOMPARE(r.errorJson().value(QStringLiteral("code")).toString(), QStringLiteral("partial"));

        r = h.run({QStringLiteral("add-to-campaign"), QStringLiteral("Backend Q3"), QStringLiteral("98"),
                   QStringLiteral("99")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("No candidate with id 98, 99; nothing was added.")),
                 qPrintable(r.err));

        QCOMPARE(
            h.run({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Java")}).exitCode,
            0);
        r = h.run({QStringLiteral("--json"), QStringLiteral("add-to-campaign"), QStringLiteral("Java"),
                   QStringLiteral("--search"), QStringLiteral("java")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("added")).toArray(), QJsonArray{1});

        r = h.run({QStringLiteral("set-status"), QStringLiteral("Backend Q3"), QStringLiteral("replied"),
                   QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("1 member(s) of 'Backend Q3' moved to Replied.\n"));
        r = h.run({QStringLiteral("--json"), QStringLiteral("set-status"), QStringLiteral("1"),
                   QStringLiteral("REPLIED"), QStringLiteral("1,2")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("changed")).toArray(), QJsonArray{2});
        QCOMPARE(r.json().value(QStringLiteral("unchanged")).toArray(), QJsonArray{1});

        r = h.run({QStringLiteral("set-status"), QStringLiteral("Java"), QStringLiteral("interested"),
                   QStringLiteral("1"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not in campaign 'Java': 2")), qPrintable(r.err));

        r = h.run({QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("list")});
        for (const QJsonValue &v : r.json().value(QStringLiteral("campaigns")).toArray()) {
            const QJsonObject c = v.toObject();
            const QJsonObject counts = c.value(QStringLiteral("counts")).toObject();
            if (c.value(QStringLiteral("name")).toString() == QStringLiteral("Backend Q3")) {
                QCOMPARE(counts.value(QStringLiteral("replied")).toInt(), 2);
                QCOMPARE(c.value(QStringLiteral("total")).toInt(), 2);
            } else {
                QCOMPARE(counts.value(QStringLiteral("interested")).toInt(), 1);
            }
        }
    }

    void logActivityAndShow()
    {
        CliHarness h;
        seed(h);
        QCOMPARE(h.run({QStringLiteral("add-to-campaign"), QStringLiteral("Backend Q3"), QStringLiteral("1")})
                     .exitCode,
                 0);
        const QString body =
            h.writeFile(QStringLiteral("body.txt"), QByteArrayLiteral("Hi Jane,\nare you open to a chat?\n"));
        CliRun r =
            h.run({QStringLiteral("--json"), QStringLiteral("log-activity"), QStringLiteral("1"),
                   QStringLiteral("--kind"), QStringLiteral("email_sent"), QStringLiteral("--campaign"),
                   QStringLiteral("Backend Q3"), QStringLiteral("--subject"), QStringLiteral("Backend role"),
                   QStringLiteral("--body-file"), body, QStringLiteral("--at"),
                   QStringLiteral("2024-05-01T10:00:00Z")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        const QJsonObject activity = r.json().value(QStringLiteral("activity")).toObject();
        QCOMPARE(activity.value(QStringLiteral("kind")).toString(), QStringLiteral("email_sent"));
        QCOMPARE(activity.value(QStringLiteral("occurredAt")).toString(),
                 QStringLiteral("2024-05-01T10:00:00.000Z"));
        QCOMPARE(activity.value(QStringLiteral("author")).toString(), QStringLiteral("tester"));
        QCOMPARE(activity.value(QStringLiteral("body")).toString(),
                 QStringLiteral("Hi Jane,\nare you open to a chat?\n"));
        QCOMPARE(r.json().value(QStringLiteral("statusBefore")).toString(), QStringLiteral("added"));
        QCOMPARE(r.json().value(QStringLiteral("statusAfter")).toString(), QStringLiteral("contacted"));

        r = h.run({QStringLiteral("log-activity"), QStringLiteral("1"), QStringLiteral("--kind"),
                   QStringLiteral("email-reply"), QStringLiteral("--campaign"), QStringLiteral("1"),
                   QStringLiteral("--author"), QStringLiteral("ana")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Status in 'Backend Q3': Contacted -> Replied.")),
                 qPrintable(r.out));

        r = h.run({QStringLiteral("candidates"), QStringLiteral("show"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Jane Doe (id 1)\n")));
        QVERIFY(r.out.contains(QStringLiteral("  Emails:")));
        QVERIFY(r.out.contains(QStringLiteral("jane@example.com")));
        QVERIFY(r.out.contains(QStringLiteral("Backend Q3 (id 1): Replied since")));
        QVERIFY(r.out.contains(QStringLiteral("Email sent  [Backend Q3] by tester")));
        QVERIFY(r.out.contains(QStringLiteral("Subject:  Backend role")));
        QVERIFY(r.out.contains(QStringLiteral("Email reply  [Backend Q3] by ana")));

        r = h.run({QStringLiteral("--json"), QStringLiteral("candidates"), QStringLiteral("show"),
                   QStringLiteral("1")});
        const QJsonArray campaigns = r.json().value(QStringLiteral("campaigns")).toArray();
        QCOMPARE(campaigns.size(), 1);
        QCOMPARE(campaigns.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("replied"));
        QCOMPARE(campaigns.at(0).toObject().value(QStringLiteral("history")).toArray().size(), 3);
        QCOMPARE(r.json().value(QStringLiteral("activities")).toArray().size(), 2);

        // A note outside any campaign.
        r = h.run({QStringLiteral("log-activity"), QStringLiteral("2"), QStringLiteral("--kind"),
                   QStringLiteral("note"), QStringLiteral("--body"), QStringLiteral("Met at a meetup"),
                   QStringLiteral("--at"), QStringLiteral("2024-06-01")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Logged Note for Bob Adams (id 2) at 2024-06-01 00:00.")));
    }

    void helpAndVersion()
    {
        CliHarness h;
        CliRun r = h.runRaw({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Exit codes:")));
        QVERIFY(r.out.contains(QStringLiteral("130  cancelled")));
        QVERIFY(r.out.contains(QStringLiteral("SOURCEDESK_WORKSPACE")));
        r = h.runRaw({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: sourcedesk-cli campaigns create [options] NAME")));
        QVERIFY(r.out.contains(QStringLiteral("--description <TEXT>")));
        r = h.runRaw({QStringLiteral("help"), QStringLiteral("import")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--on-duplicate")));
        r = h.runRaw({QStringLiteral("candidates"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("search TEXT")));
        r = h.runRaw({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("sourcedesk-cli %1\n").arg(QStringLiteral(SOURCEDESK_VERSION)));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
