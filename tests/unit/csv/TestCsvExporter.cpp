// CSV export: what a spreadsheet receives, and that exporting then importing gives the same people.
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "Workspace.h"
#include "csv/CsvExporter.h"
#include "csv/CsvImporter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sd;
using namespace sd::csv;

namespace {

Candidate fullCandidate()
{
    Candidate c;
    c.firstName = QStringLiteral("Zoë");
    c.lastName = QStringLiteral("O'Brien-Müller");
    c.emails = {QStringLiteral("zoe@acme.com"), QStringLiteral("zoe.private@mail.de")};
    c.phones = {QStringLiteral("+49 30 1234567"), QStringLiteral("+1 (555) 010-0000")};
    c.company = QStringLiteral("Acme, Inc.");
    c.title = QStringLiteral("Head of \"Platform\"");
    c.city = QStringLiteral("Berlin");
    c.region = QStringLiteral("Berlin");
    c.countryCode = QStringLiteral("DE");
    c.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/zoe-obrien");
    c.links = {QStringLiteral("https://github.com/zoe"), QStringLiteral("https://zoe.dev/?a=1,2")};
    c.source = QStringLiteral("Referral");
    c.tags = {QStringLiteral("rust"), QStringLiteral("c++"), QStringLiteral("remote")};
    c.customFields = {{QStringLiteral("Notice period"), QStringLiteral("3 months")},
                      {QStringLiteral("Salary, expected"), QStringLiteral("95k; negotiable")}};
    c.notes = QStringLiteral("Met at RustFest.\nSaid: \"call me after June\", then\r\nemail.");
    c.consent = ConsentState::Granted;
    c.consentDate = QDateTime(QDate(2024, 2, 29), QTime(13, 45, 10, 250), QTimeZone::utc());
    c.consentMethod = QStringLiteral("web form");
    return c;
}

// Every stored field but identity and timestamps, so two workspaces can be compared.
QMap<QString, QString> comparable(const Candidate &c)
{
    return fieldValues(c);
}

} // namespace

class TestCsvExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::shared_ptr<Workspace> freshWorkspace()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++m_n)));
        if (!ws.ok())
            qFatal("%s", qPrintable(ws.error().toString()));
        return ws.value();
    }

    static QList<Candidate> all(const Workspace &ws)
    {
        CandidateQuery q;
        q.sort = CandidateSort::Name;
        return CandidateRepository(ws).page(q, {}, 100000).value();
    }

private Q_SLOTS:
    void exportThenImportGivesTheSameCandidates()
    {
        auto source = freshWorkspace();
        CandidateRepository repo(*source);
        Candidate full = fullCandidate();
        QVERIFY(!repo.insert(full, QStringLiteral("test")));
        for (int i = 0; i < 40; ++i) {
            Candidate c;
            c.firstName = QStringLiteral("Person %1").arg(i);
            c.lastName = i % 2 ? QStringLiteral("Odd") : QString();
            c.emails << QStringLiteral("p%1@example.com").arg(i);
            c.company = i % 3 ? QStringLiteral("Co %1").arg(i) : QString();
            c.notes = i % 5 ? QString() : QStringLiteral(" leading and trailing spaces ");
            if (i % 7 == 0)
                c.customFields.insert(QStringLiteral("Notice period"), QStringLiteral("%1 weeks").arg(i));
            QVERIFY(!repo.insert(c, QStringLiteral("test")));
        }
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        auto written = CsvExporter(source).exportCandidatesToFile({}, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QCOMPARE(written.value(), 41);

        auto target = freshWorkspace();
        CsvImporter importer(target, path, {});
        const ImportReport r = importer.run();
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.inserted, 41);
        QCOMPARE(r.failed, 0);

        const QList<Candidate> before = all(*source);
        const QList<Candidate> after = all(*target);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QMap<QString, QString> a = comparable(before[i]);
            QMap<QString, QString> b = comparable(after[i]);
            // Leading/trailing spaces of notes are trimmed on import by design.
            a[QStringLiteral("notes")] = a.value(QStringLiteral("notes")).trimmed();
            QCOMPARE(b, a);
        }
    }

    void fileIsRfc4180WithBomAndQuotes()
    {
        auto ws = freshWorkspace();
        Candidate c = fullCandidate();
        QVERIFY(!CandidateRepository(*ws).insert(c, QStringLiteral("test")));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(CsvExporter(ws).exportCandidates({}, &out).ok());
        const QByteArray bytes = out.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "First Name,Last Name,Emails,"));
        QVERIFY(bytes.contains(",\"Custom: Salary, expected\"\r\n"));
        QVERIFY(bytes.contains(",\"Acme, Inc.\",\"Head of \"\"Platform\"\"\","));
        QVERIFY(bytes.contains("zoe@acme.com; zoe.private@mail.de"));
        QVERIFY(bytes.contains("\"Met at RustFest.\nSaid: \"\"call me after June\"\", then\r\nemail.\""));
        QVERIFY(bytes.endsWith("\r\n"));
    }

    void searchResultExportHoldsOnlyMatches()
    {
        auto ws = freshWorkspace();
        CandidateRepository repo(*ws);
        for (const char *company : {"Rustacean Labs", "Gopher Works", "Rustacean Labs"}) {
            Candidate c;
            c.firstName = QStringLiteral("Dev");
            c.lastName = QString::number(m_n++);
            c.company = QString::fromLatin1(company);
            QVERIFY(!repo.insert(c, QStringLiteral("test")));
        }
        CandidateQuery q;
        q.text = QStringLiteral("rusta");
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        CsvExporter::Options o;
        o.bom = false;
        auto n = CsvExporter(ws, o).exportCandidates(q, &out);
        QCOMPARE(n.value(), 2);
        QCOMPARE(out.data().count("Rustacean Labs"), 2);
        QVERIFY(!out.data().contains("Gopher"));
    }

    void campaignExportPagesThroughMembersWithStatus()
    {
        auto ws = freshWorkspace();
        CandidateRepository repo(*ws);
        CampaignRepository campaigns(*ws);
        Campaign campaign;
        campaign.name = QStringLiteral("Platform team");
        QVERIFY(!campaigns.create(campaign));
        QList<Candidate> batch;
        for (int i = 0; i < 2500; ++i) {
            Candidate c;
            c.firstName = QStringLiteral("Member");
            c.lastName = QString::number(i);
            c.emails << QStringLiteral("m%1@example.com").arg(i);
            batch << c;
        }
        QVERIFY(repo.importBatch(batch, DuplicatePolicy::Skip, QStringLiteral("test"), campaign.id).ok());
        Candidate outsider;
        outsider.firstName = QStringLiteral("Outsider");
        QVERIFY(!repo.insert(outsider, QStringLiteral("test")));
        auto members = campaigns.members({campaign.id, std::nullopt}, {}, 1).value();
        QVERIFY(campaigns.setStatus(campaign.id, {members.constFirst().candidate.id}, MemberStatus::Replied,
                                    QStringLiteral("test")).ok());

        CsvExporter::Options o;
        o.pageSize = 1000; // three pages
        qint64 lastProgress = 0;
        o.progress = [&lastProgress](qint64 rows) {
            lastProgress = rows;
            return true;
        };
        const QString path = m_dir.filePath(QStringLiteral("campaign.csv"));
        auto n = CsvExporter(ws, o).exportCampaignToFile({campaign.id, std::nullopt}, path);
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().toString()));
        QCOMPARE(n.value(), 2500);
        QCOMPARE(lastProgress, 2500);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes.count("\r\n"), 2501);
        QVERIFY(bytes.contains(",Campaign Status,Status Changed,Added,Last Activity\r\n"));
        QCOMPARE(bytes.count(",replied,"), 1);
        QCOMPARE(bytes.count(",added,"), 2499);
        QVERIFY(!bytes.contains("Outsider"));
    }

    void cancelledExportLeavesNoFile()
    {
        auto ws = freshWorkspace();
        QList<Candidate> batch;
        for (int i = 0; i < 300; ++i) {
            Candidate c;
            c.firstName = QStringLiteral("P%1").arg(i);
            batch << c;
        }
        QVERIFY(CandidateRepository(*ws).importBatch(batch, DuplicatePolicy::Skip, QStringLiteral("t")).ok());
        CsvExporter::Options o;
        o.pageSize = 100;
        o.progress = [](qint64 rows) { return rows < 200; };
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        auto n = CsvExporter(ws, o).exportCandidatesToFile({}, path);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code, Error::Code::Cancelled);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "TestCsvExporter.moc"
