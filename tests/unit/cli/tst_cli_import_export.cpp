// import and export through the CLI: summaries, bad rows with their line numbers, duplicates,
// dry runs, cancellation between batches, and an export -> import round trip.
#include "CliHarness.h"

#include "Interrupt.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

class TestCliImportExport : public QObject
{
    Q_OBJECT

private:
    static QByteArray sampleCsv()
    {
        return QByteArrayLiteral(
            "First Name,Last Name,Email,Company,Title,Tags,Notes\r\n"
            "Jane,Doe,jane@example.com,Acme,Engineer,java;remote,\"Met at a meetup,\nlikes Rust\"\r\n"
            "Bob,Adams,bob@example.org,Globex,Manager,,\r\n"
            "Chloé,Martin,chloe@example.fr,Initech,Designer,ux,\r\n");
    }

    static qint64 total(const CliHarness &h)
    {
        const CliRun r =
            h.run({QStringLiteral("--json"), QStringLiteral("candidates"), QStringLiteral("list")});
        return r.json().value(QStringLiteral("total")).toInteger(-1);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importHappyPath()
    {
        CliHarness h;
        const QString file = h.writeFile(QStringLiteral("people.csv"), sampleCsv());
        CliRun r = h.run({QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(r.err.isEmpty()); // stderr is not a terminal: no progress
        QVERIFY2(
            r.out.startsWith(QStringLiteral("people.csv: 3 rows read (utf-8, separator ,).\n"
                                            "3 inserted, 0 merged, 0 skipped as duplicates, 0 failed.\n")),
            qPrintable(r.out));
        QCOMPARE(total(h), 3);
        r = h.run({QStringLiteral("--json"), QStringLiteral("candidates"), QStringLiteral("search"),
                   QStringLiteral("chloe")});
        const QJsonObject chloe = r.json().value(QStringLiteral("candidates")).toArray().at(0).toObject();
        QCOMPARE(chloe.value(QStringLiteral("firstName")).toString(), QStringLiteral("Chloé"));
        QCOMPARE(chloe.value(QStringLiteral("source")).toString(), QStringLiteral("CSV: people.csv"));

        // The same file again: every row is a duplicate, reported with the candidate it matched.
        r = h.run({QStringLiteral("--json"), QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = r.json();
        QCOMPARE(report.value(QStringLiteral("inserted")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("skipped")).toInt(), 3);
        const QJsonObject first = report.value(QStringLiteral("issues")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("skipped"));
        QCOMPARE(first.value(QStringLiteral("candidateId")).toInt(), 1);
        QCOMPARE(total(h), 3);
    }

    void importBadRowsReportsLines()
    {
        CliHarness h;
        const QString file =
            h.writeFile(QStringLiteral("bad.csv"), QByteArrayLiteral("First Name,Last Name,Email,Company\n"
                                                                     "Jane,Doe,jane@example.com,Acme\n"
                                                                     ",,,Nobody Inc\n"
                                                                     "Bob,Adams,bob@example.org,Globex\n"
                                                                     "Eve,Smith,not-an-email,Hooli\n"));
        CliRun r = h.run({QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("2 inserted, 0 merged, 0 skipped as duplicates, 2 failed.")));
        QVERIFY2(r.out.contains(
                     QStringLiteral("Failed rows:\n  line 3: The row has no name and no email address.\n"
                                    "  line 5: ")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("not-an-email")));
        QCOMPARE(
            r.err,
            QStringLiteral(
                "sourcedesk-cli: error: %1: 2 row(s) failed (lines 3, 5); the other rows were imported.\n")
                .arg(file));
        QCOMPARE(total(h), 2);

        r = h.run({QStringLiteral("--json"), QStringLiteral("import"), file, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("failed")).toInt(), 2);
        QCOMPARE(r.errorJson().value(QStringLiteral("code")).toString(), QStringLiteral("partial"));
    }

    void importDryRunSavesNothing()
    {
        CliHarness h;
        QCOMPARE(h.run({QStringLiteral("candidates"), QStringLiteral("add"), QStringLiteral("--first"),
                        QStringLiteral("Bob"), QStringLiteral("--email"), QStringLiteral("BOB@example.org")})
                     .exitCode,
                 0);
        const QString file =
            h.writeFile(QStringLiteral("people.csv"), sampleCsv() + "Jane,Doe,jane@example.com,,,,\r\n");
        const CliRun r = h.run({QStringLiteral("import"), file, QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY2(r.out.contains(
                     QStringLiteral("2 would be inserted, 0 merged, 2 skipped as duplicates, 0 failed.")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Dry run: nothing was saved.")));
        // Line numbers are the file's lines: Jane's notes span lines 2 and 3.
        QVERIFY2(r.out.contains(
                     QStringLiteral("line 4: Would be skipped: duplicate of candidate 1 (the same email).")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(
            QStringLiteral("line 6: Would be skipped: duplicate of line 2 (the same email).")));
        QCOMPARE(total(h), 1);
    }

    void importMergeIntoCampaign()
    {
        CliHarness h;
        QCOMPARE(h.run({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Backend")})
                     .exitCode,
                 0);
        QCOMPARE(h.run({QStringLiteral("candidates"), QStringLiteral("add"), QStringLiteral("--first"),
                        QStringLiteral("Jane"), QStringLiteral("--last"), QStringLiteral("Doe"),
                        QStringLiteral("--email"), QStringLiteral("jane@example.com")})
                     .exitCode,
                 0);
        const QString file = h.writeFile(QStringLiteral("people.csv"), sampleCsv());
        CliRun r =
            h.run({QStringLiteral("--json"), QStringLiteral("import"), file, QStringLiteral("--campaign"),
                   QStringLiteral("Backend"), QStringLiteral("--on-duplicate"), QStringLiteral("merge")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(r.json().value(QStringLiteral("inserted")).toInt(), 2);
        QCOMPARE(r.json().value(QStringLiteral("merged")).toInt(), 1);
        QCOMPARE(
            r.json().value(QStringLiteral("campaign")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Backend"));
        r = h.run({QStringLiteral("--json"), QStringLiteral("candidates"), QStringLiteral("show"),
                   QStringLiteral("1")});
        QCOMPARE(r.json()
                     .value(QStringLiteral("candidate"))
                     .toObject()
                     .value(QStringLiteral("company"))
                     .toString(),
                 QStringLiteral("Acme"));
        r = h.run({QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(r.json()
                     .value(QStringLiteral("campaigns"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 3);
    }

    void importInputErrors()
    {
        CliHarness h;
        CliRun r = h.run({QStringLiteral("import"), h.dir() + QStringLiteral("/nope.csv")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains(QStringLiteral("nope.csv: The file does not exist.")));

        const QString empty = h.writeFile(QStringLiteral("empty.csv"), {});
        r = h.run({QStringLiteral("--json"), QStringLiteral("import"), empty});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.errorJson().value(QStringLiteral("code")).toString(), QStringLiteral("input"));
        QVERIFY(r.out.isEmpty());

        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 256);
        r = h.run({QStringLiteral("import"), h.writeFile(QStringLiteral("junk.csv"), junk)});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(u'\n'), 1);

        r = h.run({QStringLiteral("import"),
                   h.writeFile(QStringLiteral("noheader.csv"), "Jane,Doe,jane@example.com\n")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("no header row")), qPrintable(r.err));

        const QString unterminated = h.writeFile(
            QStringLiteral("quote.csv"), "First Name,Email\nJane,jane@example.com\n\"Bob,bob@example.org\n");
        r = h.run({QStringLiteral("import"), unterminated});
        QVERIFY2(r.exitCode == 5, qPrintable(r.dump()));
        QVERIFY(r.err.contains(QStringLiteral("quote.csv")));
        // The whole rows before the damaged spot are stored and reported.
        QVERIFY2(r.out.contains(QStringLiteral("1 inserted")), qPrintable(r.out));
        QCOMPARE(total(h), 1);

        const QString csv = h.writeFile(QStringLiteral("people.csv"), sampleCsv());
        const QString mapping = h.writeFile(QStringLiteral("mapping.json"), "{\"columns\": [");
        r = h.run({QStringLiteral("import"), csv, QStringLiteral("--mapping"), mapping});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("mapping.json")), qPrintable(r.err));
        QCOMPARE(total(h), 1); // nothing of people.csv

        r = h.run({QStringLiteral("import"), csv, QStringLiteral("--campaign"), QStringLiteral("Nope")});
        QCOMPARE(r.exitCode, 3);
    }

    void importCancelledBetweenBatches()
    {
        CliHarness h;
        QByteArray csv("First Name,Last Name,Email\n");
        for (int i = 0; i < 50; ++i)
            csv += QStringLiteral("First%1,Last%1,person%1@example.com\n").arg(i).toUtf8();
        const QString file = h.writeFile(QStringLiteral("many.csv"), csv);
        int batches = 0;
        h.environment().afterImportBatch = [&batches] {
            if (++batches == 2)
                sd::cli::InterruptScope::simulate(); // Ctrl+C after the second batch
        };
        const CliRun r =
            h.run({QStringLiteral("import"), file, QStringLiteral("--batch-size"), QStringLiteral("10")});
        QCOMPARE(r.exitCode, 130);
        QVERIFY2(r.err.contains(
                     QStringLiteral("Cancelled: the 20 rows of the batches finished before are stored")),
                 qPrintable(r.err));
        h.environment().afterImportBatch = nullptr;
        QCOMPARE(total(h), 20);
    }

    void exportRoundTrip()
    {
        CliHarness source;
        const QString file = source.writeFile(QStringLiteral("people.csv"), sampleCsv());
        QCOMPARE(source.run({QStringLiteral("import"), file}).exitCode, 0);
        QCOMPARE(
            source
                .run({QStringLiteral("candidates"), QStringLiteral("add"), QStringLiteral("--first"),
                      QStringLiteral("Dan"), QStringLiteral("--email"), QStringLiteral("dan@example.com"),
                      QStringLiteral("--phone"), QStringLiteral("+1 555 0100"), QStringLiteral("--field"),
                      QStringLiteral("notice=1 month"), QStringLiteral("--consent"),
                      QStringLiteral("granted"), QStringLiteral("--country"), QStringLiteral("US")})
                .exitCode,
            0);
        const QString exported = source.dir() + QStringLiteral("/export.csv");
        CliRun r = source.run({QStringLiteral("--json"), QStringLiteral("export"), exported});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(r.json().value(QStringLiteral("rows")).toInt(), 4);

        CliHarness target;
        r = target.run({QStringLiteral("import"), exported});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(r.out.contains(QStringLiteral("4 inserted")));

        auto people = [](const CliHarness &h) {
            const CliRun list =
                h.run({QStringLiteral("--json"), QStringLiteral("candidates"), QStringLiteral("list"),
                       QStringLiteral("--sort"), QStringLiteral("name")});
            QJsonArray out;
            for (const QJsonValue &v : list.json().value(QStringLiteral("candidates")).toArray()) {
                QJsonObject c = v.toObject();
                for (const char *volatileKey : {"id", "createdAt", "updatedAt", "source"})
                    c.remove(QString::fromLatin1(volatileKey));
                out.append(c);
            }
            return out;
        };
        const QJsonArray before = people(source);
        const QJsonArray after = people(target);
        QCOMPARE(after.size(), 4);
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i).toObject(), before.at(i).toObject());
    }

    void exportToStdoutAndCampaign()
    {
        CliHarness h;
        QCOMPARE(h.run({QStringLiteral("import"), h.writeFile(QStringLiteral("people.csv"), sampleCsv())})
                     .exitCode,
                 0);
        CliRun r = h.run({QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--search"),
                          QStringLiteral("acme")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(r.out.startsWith(QStringLiteral("First Name,Last Name,Emails")));
        QCOMPARE(r.out.count(QStringLiteral("\r\n")), 2); // header + Jane; her notes' line break is quoted
        QVERIFY(r.out.contains(QStringLiteral("\"Met at a meetup,\nlikes Rust\"")));
        QVERIFY(r.out.contains(QStringLiteral("jane@example.com")));
        QVERIFY(!r.out.contains(QStringLiteral("bob@example.org")));
        QVERIFY(r.err.isEmpty());

        QCOMPARE(
            h.run({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Design")}).exitCode,
            0);
        QCOMPARE(h.run({QStringLiteral("add-to-campaign"), QStringLiteral("Design"), QStringLiteral("3")})
                     .exitCode,
                 0);
        QCOMPARE(h.run({QStringLiteral("set-status"), QStringLiteral("Design"), QStringLiteral("interested"),
                        QStringLiteral("3")})
                     .exitCode,
                 0);
        const QString out = h.dir() + QStringLiteral("/design.csv");
        r = h.run({QStringLiteral("export"), out, QStringLiteral("--campaign"), QStringLiteral("Design")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Exported 1 candidate(s) to %1.\n").arg(out));
        const QString text = QString::fromUtf8(CliHarness::readFile(out));
        QVERIFY(text.contains(QStringLiteral("Campaign Status")));
        QVERIFY(text.contains(QStringLiteral("interested")));
        QVERIFY(text.contains(QStringLiteral("chloe@example.fr")));

        r = h.run({QStringLiteral("export"), out, QStringLiteral("--campaign"), QStringLiteral("Nope")});
        QCOMPARE(r.exitCode, 3);
        r = h.run({QStringLiteral("export"), h.dir() + QStringLiteral("/no/such/dir/x.csv")});
        QVERIFY2(r.exitCode == 5, qPrintable(r.dump()));
    }
};

QTEST_GUILESS_MAIN(TestCliImportExport)
#include "tst_cli_import_export.moc"
