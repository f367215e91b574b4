// CSV import end to end on a real temporary workspace: what is stored, what the report says,
// and that cancel or a failure never leaves part of a batch behind.
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "DoNotContact.h"
#include "SqlUtil.h"
#include "Workspace.h"
#include "csv/CsvImporter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::csv;

namespace {

// LinkedIn Recruiter-like rows; row i has a unique email.
QByteArray rows(int count, int first = 0)
{
    QByteArray out;
    for (int i = first; i < first + count; ++i)
        out += QStringLiteral("Person%1,Test,person%1@example.com,Acme %1\n").arg(i).toUtf8();
    return out;
}

const QByteArray kHeader = "First Name,Last Name,Email,Current Company\n";

} // namespace

class TestCsvImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_ws;
    int m_fileNo = 0;

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("in%1.csv").arg(++m_fileNo));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }

    qint64 stored() const
    {
        auto n = CandidateRepository(*m_ws).count({});
        return n.ok() ? n.value() : -1;
    }

    ImportReport importFile(const QByteArray &bytes, CsvImporter::Options o = {})
    {
        CsvImporter importer(m_ws, writeFile(bytes), std::move(o));
        return importer.run();
    }

    QList<Candidate> all() const
    {
        auto page = CandidateRepository(*m_ws).page({}, {}, 100000);
        return page.ok() ? page.value() : QList<Candidate>{};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++m_fileNo)));
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        m_ws = ws.value();
    }
    void cleanup() { m_ws.reset(); }

    void goodBadAndDuplicateRowsAreCounted()
    {
        const QByteArray csv = kHeader
            + "Jane,Doe,jane@acme.com,Acme\n"          // line 2
            + "John,Roe,john@acme.com,Acme\n"          // line 3
            + "Bad,Email,not-an-email,Acme\n"          // line 4: invalid email
            + ",,,Acme\n"                              // line 5: no name, no email
            + "\"Max\nwell\",Smart,max@acme.com,Acme\n" // line 6-7: quoted line break
            + "JANE,DOE,JANE@ACME.COM,Acme\n"          // line 8: duplicate of line 2
            + "Eve,Poe,eve@acme.com,Acme\n";           // line 9
        const ImportReport r = importFile(csv);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.rowsRead, 7);
        QCOMPARE(r.inserted, 4);
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.failed, 2);
        QCOMPARE(r.merged, 0);
        QCOMPARE(stored(), 4);
        QCOMPARE(r.issues.size(), 3);
        QCOMPARE(r.issues[0].line, 4);
        QCOMPARE(r.issues[0].kind, RowIssue::Kind::Failed);
        QCOMPARE(r.issues[0].reason, QStringLiteral("\"not-an-email\" in column \"Email\" is not a valid email address."));
        QCOMPARE(r.issues[1].line, 5);
        QCOMPARE(r.issues[1].reason, QStringLiteral("The row has no name and no email address."));
        QCOMPARE(r.issues[2].line, 8);
        QCOMPARE(r.issues[2].kind, RowIssue::Kind::Skipped);
        QCOMPARE(r.issues[2].reason, QStringLiteral("Skipped: duplicate of line 2 (same email address)."));
        QCOMPARE(r.encoding, QStringLiteral("utf-8"));
    }

    void duplicateRowsMergeIntoOneCandidate()
    {
        CsvImporter::Options o;
        o.policy = DuplicatePolicy::Merge;
        const ImportReport r = importFile("Name,Email,Phone,Tags\n"
                                          "Jane Doe,jane@acme.com,+49 30 1111,java\n"
                                          "Jane Doe,Jane@Acme.com,+49 30 2222,rust; java\n", o);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.merged, 1);
        QCOMPARE(stored(), 1);
        const Candidate c = all().constFirst();
        QCOMPARE(c.phones, (QStringList{QStringLiteral("+49 30 1111"), QStringLiteral("+49 30 2222")}));
        QCOMPARE(c.tags, (QStringList{QStringLiteral("java"), QStringLiteral("rust")}));
        QCOMPARE(r.issues.constFirst().line, 3);
        QCOMPARE(r.issues.constFirst().reason, QStringLiteral("Merged with line 2 (same email address)."));
    }

    void mergeFillsABlankField()
    {
        CsvImporter::Options o;
        o.policy = DuplicatePolicy::Merge;
        const ImportReport r = importFile("Name,Email,Phone\n"
                                          "Jane Doe,jane@acme.com,\n"
                                          "Jane Doe,jane@acme.com,+49 30 1234\n", o);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(all().constFirst().phones, QStringList{QStringLiteral("+49 30 1234")});
    }

    void importingTheSameFileTwiceSkipsEveryRow()
    {
        const QByteArray csv = kHeader + rows(50);
        QCOMPARE(importFile(csv).inserted, 50);
        const ImportReport again = importFile(csv);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.skipped, 50);
        QCOMPARE(stored(), 50);
        QVERIFY(again.issues.constFirst().reason.startsWith(QStringLiteral("Skipped: duplicate of candidate ")));
    }

    void rowsJoinTheTargetCampaign()
    {
        Campaign campaign;
        campaign.name = QStringLiteral("Rust engineers");
        const Status created = CampaignRepository(*m_ws).create(campaign);
        QVERIFY2(!created, qPrintable(created ? created->toString() : QString()));
        CsvImporter::Options o;
        o.campaignId = campaign.id;
        const ImportReport r = importFile(kHeader + rows(30), o);
        QCOMPARE(r.inserted, 30);
        QCOMPARE(CampaignRepository(*m_ws).memberCount({campaign.id, std::nullopt}).value(), 30);
    }

    void doNotContactRowsAreStoredButNotAddedToTheCampaign()
    {
        Campaign campaign;
        campaign.name = QStringLiteral("Rust engineers");
        QVERIFY(!CampaignRepository(*m_ws).create(campaign));
        DoNotContact dnc(*m_ws);
        QVERIFY(dnc.add(DoNotContactEntry::Kind::Email, QStringLiteral("Person2@Example.com"), {}, {}).ok());
        QVERIFY(dnc.add(DoNotContactEntry::Kind::Domain, QStringLiteral("blocked.org"), {}, {}).ok());
        CsvImporter::Options o;
        o.campaignId = campaign.id;
        // Lines 2-6: person0..3 and Eve; person2 (line 4) is listed, Eve (line 6) is under a listed domain.
        const ImportReport r =
            importFile(kHeader + rows(4) + "Eve,Sub,eve@mail.blocked.org,Acme\n", o);
        QCOMPARE(r.inserted, 5);
        QCOMPARE(r.doNotContact, 2);
        QCOMPARE(CampaignRepository(*m_ws).memberCount({campaign.id, std::nullopt}).value(), 3);
        QList<qint64> lines;
        for (const RowIssue &i : r.issues) {
            QCOMPARE(i.kind, RowIssue::Kind::NotAdded);
            QVERIFY(i.reason.contains(QStringLiteral("do-not-contact")));
            QVERIFY(i.candidateId > 0);
            lines << i.line;
        }
        QCOMPARE(lines, (QList<qint64>{4, 6}));

        // Without a campaign nothing is counted: the list only keeps people out of campaigns.
        const ImportReport plain = importFile(kHeader + rows(1, 10) + "Zed,Sub,zed@blocked.org,Acme\n");
        QCOMPARE(plain.inserted, 2);
        QCOMPARE(plain.doNotContact, 0);
    }

    void malformedFilesStopWithAClearErrorAndStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("where");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty.") << QStringLiteral("in%1.csv");
        QTest::newRow("blank lines only") << QByteArray("\r\n\r\n  \r\n") << QStringLiteral("no header row")
                                          << QStringLiteral("in%1.csv");
        QTest::newRow("no header") << QByteArray("Jane,Doe,jane@acme.com\nJohn,Roe,john@acme.com\n")
                                   << QStringLiteral("the first row holds data (\"jane@acme.com\" in column 3)")
                                   << QStringLiteral("in%1.csv, line 1");
        QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\x08\0", 8) + QByteArray(500, '\x02')
                                << QStringLiteral("not a text/CSV file") << QStringLiteral("in%1.csv");
        QByteArray wide;
        for (int i = 0; i < 10000; ++i)
            wide += "c" + QByteArray::number(i) + ",";
        QTest::newRow("10,000 columns") << wide + "\n" << QStringLiteral("more than 1,000 columns")
                                        << QStringLiteral("in%1.csv, line 1, column ");
        QTest::newRow("nothing to identify a person") << QByteArray("Company,Title\nAcme,CTO\n")
                                                      << QStringLiteral("No column holds a name or an email address")
                                                      << QStringLiteral("in%1.csv");
    }
    void malformedFilesStopWithAClearErrorAndStoreNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QFETCH(QString, where);
        const ImportReport r = importFile(bytes);
        QVERIFY(r.error);
        QVERIFY2(r.error->message.contains(message), qPrintable(r.error->toString()));
        QVERIFY2(r.error->where.startsWith(where.arg(m_fileNo)), qPrintable(r.error->where));
        QCOMPARE(stored(), 0);
    }

    void unterminatedQuoteKeepsTheRowsBeforeIt()
    {
        const ImportReport r = importFile(kHeader + rows(3) + "Bob,\"Open,bob@acme.com,Acme\n" + rows(3, 10));
        QVERIFY(r.error);
        QVERIFY(r.error->message.contains(QStringLiteral("Unterminated quote")));
        QVERIFY2(r.error->where.endsWith(QStringLiteral("line 5, column 5")), qPrintable(r.error->where));
        QCOMPARE(r.inserted, 3);
        QCOMPARE(stored(), 3);
    }

    void aOneMegabyteNoteImports()
    {
        const QByteArray note(1'000'000, 'n');
        const ImportReport r = importFile("Name,Email,Notes\nJane Doe,jane@acme.com,\"" + note + "\"\n");
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(all().constFirst().notes.size(), 1'000'000);
    }

    void cancelBetweenBatchesLeavesOnlyWholeBatches()
    {
        CsvImporter::Options o;
        o.batchSize = 100;
        CsvImporter importer(m_ws, writeFile(kHeader + rows(1000)), o);
        int progressCalls = 0;
        connect(&importer, &CsvImporter::progress, this, [&](qint64, qint64, qint64) {
            if (++progressCalls == 3)
                importer.cancel();
        });
        QSignalSpy finished(&importer, &CsvImporter::finished);
        const ImportReport r = importer.run();
        QVERIFY(r.cancelled);
        QCOMPARE(r.inserted, 300);
        QCOMPARE(stored(), 300);
        QCOMPARE(finished.size(), 1);
    }

    void aFailureInsideABatchStoresNothingOfThatBatch()
    {
        // A trigger makes the database refuse row 250 (line 251), as a full disk would.
        QSqlQuery q(m_ws->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON candidates "
                                      "WHEN new.first_name = 'Person250' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")));
        CsvImporter::Options o;
        o.batchSize = 100;
        const ImportReport r = importFile(kHeader + rows(1000), o);
        QVERIFY(r.error);
        QVERIFY2(r.error->message.contains(QStringLiteral("rows from line 202 to line 301 could not be saved")),
                 qPrintable(r.error->toString()));
        QVERIFY(r.error->message.contains(QStringLiteral("disk I/O error")));
        QCOMPARE(r.inserted, 200);
        QCOMPARE(stored(), 200); // batches 1-2 whole, nothing of batch 3 (rows 200-249 came before the failure)
        auto found = CandidateRepository(*m_ws).findDuplicate([] {
            Candidate c;
            c.emails << QStringLiteral("person249@example.com");
            return c;
        }());
        QVERIFY(found.ok() && !found.value());
    }

    void startRunsOffTheCallersThreadAndFinishesOnce()
    {
        CsvImporter::Options o;
        o.batchSize = 500;
        CsvImporter importer(m_ws, writeFile(kHeader + rows(2000) + "Bad,Row,nope,Acme\n"), o);
        QSignalSpy finished(&importer, &CsvImporter::finished);
        QSignalSpy progress(&importer, &CsvImporter::progress);
        QSignalSpy failed(&importer, &CsvImporter::rowFailed);
        importer.start();
        QCOMPARE(finished.size(), 0); // start() returned before the work was done
        QVERIFY(finished.wait(30000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        const auto report = finished.constFirst().constFirst().value<ImportReport>();
        QCOMPARE(report.inserted, 2000);
        QCOMPARE(report.failed, 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().toLongLong(), 2002);
        QVERIFY(progress.size() >= 4);
        QCOMPARE(progress.constLast().constFirst().toLongLong(), 2001);
        QCOMPARE(stored(), 2000);
        QVERIFY(!importer.isRunning());
    }

    void cancelFromTheUiThreadStopsAnAsyncImport()
    {
        CsvImporter::Options o;
        o.batchSize = 200;
        CsvImporter importer(m_ws, writeFile(kHeader + rows(20000)), o);
        QSignalSpy finished(&importer, &CsvImporter::finished);
        connect(&importer, &CsvImporter::progress, this, [&importer](qint64, qint64, qint64) { importer.cancel(); });
        importer.start();
        QVERIFY(finished.wait(60000));
        const auto report = finished.constFirst().constFirst().value<ImportReport>();
        QVERIFY(report.cancelled);
        QVERIFY(report.inserted < 20000);
        QCOMPARE(report.inserted % 200, 0);
        QCOMPARE(stored(), report.inserted);
    }

    void previewShowsTheFirstRowsMapped()
    {
        const QString path = writeFile("first_name;last_name;email;job_title\nJane;Doe;jane@acme.com;CTO\n"
                                       "Bad;Row;nope;CEO\nJo;Ray;jo@acme.com;CFO\nMore;Rows;m@acme.com;X\n");
        auto p = CsvImporter::preview(path, 3);
        QVERIFY(p.ok());
        QCOMPARE(p->separator, QChar(u';'));
        QCOMPARE(p->headers.size(), 4);
        QCOMPARE(p->rows.size(), 3);
        QCOMPARE(p->rows[1].line, 3);
        QCOMPARE(p->candidates[0].title, QStringLiteral("CTO"));
        QVERIFY(p->rowErrors[0].isEmpty());
        QVERIFY(p->rowErrors[1].contains(QStringLiteral("not a valid email")));
        QCOMPARE(p->mapping.columns()[3].target, FieldTarget::Title);
        QCOMPARE(stored(), 0);
    }

    void aSavedMappingIsApplied()
    {
        auto mapping = ColumnMapping::fromJson(R"({"columns": [{"header": "Who", "field": "fullName"},
                                                              {"header": "Contact", "field": "email"}],
                                                  "unmapped": "custom"})", QStringLiteral("m.json"));
        QVERIFY(mapping.ok());
        CsvImporter::Options o;
        o.mapping = mapping.value();
        const ImportReport r = importFile("Who,Contact,Gone\nJane Doe,jane@acme.com,x\n", o);
        QVERIFY(r.ok());
        const Candidate c = all().constFirst();
        QCOMPARE(c.lastName, QStringLiteral("Doe"));
        QCOMPARE(c.primaryEmail(), QStringLiteral("jane@acme.com"));
        QCOMPARE(c.customFields.value(QStringLiteral("Gone")), QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "TestCsvImporter.moc"
