// The batched import path: keys looked up once per batch, search-index rows and keys written at
// the end of the batch, and the ASCII shortcuts of the duplicate keys.
#include "CandidateKeys.h"
#include "CandidateRepository.h"
#include "CandidateRow.h"
#include "SearchIndex.h"
#include "SqlDialect.h"
#include "TempWorkspace.h"
#include "Workspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace sd;

namespace {

qint64 matching(CandidateRepository &repo, const QString &text)
{
    CandidateQuery q;
    q.text = text;
    const auto n = repo.count(q);
    return n.ok() ? n.value() : -1;
}

// FTS5 compares its index with the content table: any row indexed with other values than stored
// fails. On PostgreSQL every candidate has exactly one document, the one its stored values make.
bool indexMatchesContent(const Workspace &ws)
{
    QSqlQuery q(ws.connection());
    if (!sql::isPostgres(ws.connection()))
        return q.exec(QStringLiteral("INSERT INTO candidates_fts(candidates_fts, rank) VALUES ('integrity-check', 1)"));
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM candidates), (SELECT count(*) FROM candidate_search)")) || !q.next())
        return false;
    if (q.value(0).toLongLong() != q.value(1).toLongLong())
        return false;
    QList<Candidate> stored;
    if (!q.exec(QStringLiteral("SELECT %1 FROM candidates").arg(row::candidateColumns())))
        return false;
    while (q.next())
        stored << row::readCandidate(q);
    for (const Candidate &c : std::as_const(stored)) {
        QSqlQuery check(ws.connection());
        check.prepare(QStringLiteral("SELECT doc = to_tsvector('simple', ?) FROM candidate_search WHERE candidate_id = ?"));
        check.addBindValue(SearchIndex::document(c));
        check.addBindValue(c.id);
        if (!check.exec() || !check.next() || !check.value(0).toBool()) {
            qWarning("search document of candidate %lld does not match its stored values", c.id);
            return false;
        }
    }
    return true;
}

qint64 keyOwner(const Workspace &ws, const QString &key)
{
    QSqlQuery q(ws.connection());
    q.prepare(QStringLiteral("SELECT min(candidate_id) FROM candidate_keys WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).isNull() ? 0 : q.value(0).toLongLong();
}

} // namespace

class TestImportBatch : public QObject
{
    Q_OBJECT

private slots:
    void linkedInShortcutMatchesUrlParser()
    {
        const QStringList urls = {
            QStringLiteral("https://www.linkedin.com/in/jane-doe-123"), QStringLiteral("HTTPS://WWW.LinkedIn.COM/in/Jane-Doe/"),
            QStringLiteral("http://de.linkedin.com/in/jane?trk=x#y"), QStringLiteral("linkedin.com/in/jane-doe-123/details/"),
            QStringLiteral("www.linkedin.com/pub/jane/1/2/3"), QStringLiteral("https://www.linkedin.com/talent/profile/AE1,x"),
            QStringLiteral("https://www.linkedin.com/sales/lead/ACw,NAME,x"), QStringLiteral("https://www.linkedin.com/in"),
            QStringLiteral("https://www.linkedin.com/company/acme"), QStringLiteral("https://notlinkedin.com/in/jane"),
            QStringLiteral("https://linkedin.com.evil.io/in/jane"), QStringLiteral("ftp://linkedin.com/in/jane"),
            QStringLiteral("https://www.linkedin.com:443/in/jane"), QStringLiteral("https://user@linkedin.com/in/jane"),
            QStringLiteral("https://www.linkedin.com/in/j%C3%B6rg"), QStringLiteral("https://www.linkedin.com/in/jörg"),
            QStringLiteral("https://www.linkedin.com//in//jane//"), QStringLiteral("https://.linkedin.com/in/jane"),
            QStringLiteral("https://www..linkedin.com/in/jane"), QStringLiteral("https:///in/jane"),
            QStringLiteral("javascript:alert(1)"), QStringLiteral("linkedin.com"), QStringLiteral("in/jane"),
            QStringLiteral("https://www.linkedin.com/in/o'brien-(x)!"), QStringLiteral("  https://m.linkedin.com/in/Ann  "),
            QStringLiteral("https://www.linkedin.com/in/a b"), QStringLiteral("https://a_b.linkedin.com/in/jane")};
        for (const QString &url : urls)
            QCOMPARE(keys::normalizeLinkedIn(url), keys::normalizeLinkedInByUrl(url));
    }

    void textShortcutMatchesUnicodePath()
    {
        const QStringList texts = {
            QStringLiteral("Jane Doe"), QStringLiteral("  JANE   doe  "), QStringLiteral("O'Brien-Smith, Jr."),
            QStringLiteral("Acme GmbH"), QStringLiteral("B.V."), QStringLiteral("a\tb\nc\rd"), QStringLiteral("--."),
            QStringLiteral("Zoë Müller"), QStringLiteral("Ｆｕｌｌｗｉｄｔｈ"), QStringLiteral("ﬁne"), QStringLiteral("Straße"),
            QStringLiteral("ÅSA søren"), QStringLiteral("x@Y.io 123"), QString(), QStringLiteral("Mixed Ascii and Łódź")};
        for (const QString &t : texts)
            QCOMPARE(keys::normalizeText(t), keys::normalizeTextUnicode(t));
    }

    void batchFindsDuplicatesStoredAndWithinTheBatch()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        Candidate stored = test::person(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.com"),
                                        QStringLiteral("Acme"));
        stored.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/ann-lee");
        auto first = repo.importBatch({stored}, DuplicatePolicy::Skip, {});
        QVERIFY(first.ok());
        const qint64 annId = first->at(0).candidateId;

        Candidate byLinkedIn = test::person(QStringLiteral("A"), QStringLiteral("L"));
        byLinkedIn.linkedinUrl = QStringLiteral("de.linkedin.com/in/Ann-Lee/");
        Candidate twoEmails = test::person(QStringLiteral("Cy"), QStringLiteral("Ray"), QStringLiteral("cy@x.io"));
        twoEmails.emails << QStringLiteral("cy@home.io");
        const QList<Candidate> rows = {
            test::person(QStringLiteral("Bob"), QStringLiteral("Ray"), QStringLiteral("bob@x.io")),            // 0 new
            test::person(QStringLiteral("ann"), QStringLiteral("LEE"), {}, QStringLiteral("acme")),            // 1 stored, name
            byLinkedIn,                                                                                         // 2 stored, LinkedIn
            twoEmails,                                                                                          // 3 new
            test::person(QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("CY@HOME.IO")),              // 4 row 3
            test::person(QStringLiteral("Bob"), QStringLiteral("Ray"), QStringLiteral("BOB@x.io")),            // 5 row 0
            test::person(QStringLiteral("Dee"), QStringLiteral("Fox"), QStringLiteral("dee@x.io")),            // 6 new
        };
        auto out = repo.importBatch(rows, DuplicatePolicy::Skip, {});
        QVERIFY(out.ok());
        using K = ImportOutcome::Kind;
        QCOMPARE(out->at(0).kind, K::Inserted);
        QCOMPARE(out->at(1).kind, K::Skipped);
        QCOMPARE(out->at(1).candidateId, annId);
        QCOMPARE(out->at(1).match->reason, DuplicateReason::NameAndCompany);
        QCOMPARE(out->at(2).kind, K::Skipped);
        QCOMPARE(out->at(2).candidateId, annId);
        QCOMPARE(out->at(2).match->reason, DuplicateReason::LinkedIn);
        QCOMPARE(out->at(3).kind, K::Inserted);
        QCOMPARE(out->at(4).kind, K::Skipped);
        QCOMPARE(out->at(4).match->batchRow, 3);
        QCOMPARE(out->at(5).kind, K::Skipped);
        QCOMPARE(out->at(5).match->batchRow, 0);
        QCOMPARE(out->at(5).match->reason, DuplicateReason::Email);
        QCOMPARE(out->at(6).kind, K::Inserted);
        QCOMPARE(repo.count({}).value(), qint64(4));

        // The keys written at the end of the batch are there for the next one.
        QCOMPARE(keyOwner(t.ws(), QStringLiteral("e:cy@home.io")), out->at(3).candidateId);
        auto again = repo.importBatch(rows, DuplicatePolicy::Skip, {});
        QVERIFY(again.ok());
        for (const ImportOutcome &o : again.value())
            QCOMPARE(o.kind, K::Skipped);
        QCOMPARE(repo.count({}).value(), qint64(4));
        QVERIFY(indexMatchesContent(t.ws()));
    }

    void searchFindsImportedRowsWithStoredValues()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        QList<Candidate> rows;
        for (int i = 0; i < 250; ++i) {
            Candidate c = test::person(QStringLiteral("Zoë%1").arg(i), QStringLiteral("Müller"),
                                       QStringLiteral("zoe.%1@example.com").arg(i), QStringLiteral("Nimbus Labs"));
            c.title = QStringLiteral("Staff Engineer");
            c.city = QStringLiteral("Zürich");
            c.tags = {QStringLiteral("rust"), QStringLiteral("embedded")};
            c.phones = {QStringLiteral("+41 44 %1").arg(i)};
            c.notes = i % 2 ? QString() : QStringLiteral("line one\nline two");
            rows << c;
        }
        QVERIFY(repo.importBatch(rows.mid(0, 100), DuplicatePolicy::Skip, {}).ok());
        auto out = repo.importBatch(rows.mid(100), DuplicatePolicy::Skip, {});
        QVERIFY(out.ok());
        QCOMPARE(repo.count({}).value(), qint64(250));
        for (const QString &text : {QStringLiteral("zoe7 muller"), QStringLiteral("zoe.7@example.com"),
                                    QStringLiteral("nimbus"), QStringLiteral("staff engin"), QStringLiteral("zur"),
                                    QStringLiteral("embedded"), QStringLiteral("ru")}) {
            QVERIFY2(matching(repo, text) > 0, qPrintable(text));
        }
        QCOMPARE(matching(repo, QStringLiteral("zoe249")), qint64(1));
        // The values bound from the reused UTF-8 buffer come back as they went in.
        auto got = repo.get(out->at(0).candidateId);
        QVERIFY(got.ok());
        QCOMPARE(got->firstName, QStringLiteral("Zoë100"));
        QCOMPARE(got->city, QStringLiteral("Zürich"));
        QCOMPARE(got->phones, QStringList{QStringLiteral("+41 44 100")});
        QCOMPARE(got->notes, QStringLiteral("line one\nline two"));
        QCOMPARE(got->region, QString());
        QVERIFY(indexMatchesContent(t.ws()));
    }

    void mergeIntoARowOfTheSameBatchKeepsIndexAndKeys()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        Candidate later = test::person(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@x.io"));
        later.title = QStringLiteral("Kernel Hacker");
        later.emails << QStringLiteral("ann@home.io");
        const QList<Candidate> rows = {
            test::person(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@x.io")),
            test::person(QStringLiteral("Bob"), QStringLiteral("Ray"), QStringLiteral("bob@x.io")),
            later,
            test::person(QStringLiteral("A"), QStringLiteral("L"), QStringLiteral("ann@home.io")),
        };
        auto out = repo.importBatch(rows, DuplicatePolicy::Merge, QStringLiteral("importer"));
        QVERIFY(out.ok());
        QCOMPARE(out->at(2).kind, ImportOutcome::Kind::Merged);
        QCOMPARE(out->at(2).match->batchRow, 0);
        QCOMPARE(out->at(3).kind, ImportOutcome::Kind::Merged);
        const qint64 ann = out->at(0).candidateId;
        QCOMPARE(out->at(3).candidateId, ann);
        QCOMPARE(repo.count({}).value(), qint64(2));
        QCOMPARE(matching(repo, QStringLiteral("kernel")), qint64(1));
        QCOMPARE(matching(repo, QStringLiteral("bob")), qint64(1));
        QCOMPARE(keyOwner(t.ws(), QStringLiteral("e:ann@home.io")), ann);
        QVERIFY(indexMatchesContent(t.ws()));
    }

    // More rows than one multi-row statement holds (PostgreSQL writes them at the end of the
    // batch, with ids drawn ahead): every outcome names the candidate made from its own row, and
    // every row joins the campaign.
    void largeBatchIntoACampaignKeepsEveryRowItsOwnId()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        QSqlQuery q(t.ws().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO campaigns(name, created_at, updated_at) VALUES ('Big', 0, 0)")));
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM campaigns WHERE name = 'Big'")) && q.next());
        const qint64 campaign = q.value(0).toLongLong();
        QList<Candidate> rows;
        for (int i = 0; i < 1203; ++i) {
            Candidate c = test::person(QStringLiteral("First%1").arg(i), QStringLiteral("Last%1").arg(i),
                                       QStringLiteral("row%1@example.com").arg(i));
            c.consentDate = i % 2 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(1000 + i, Qt::UTC);
            rows << c;
        }
        // What the PostgreSQL writer must quote: array syntax, quotes, backslashes, the word NULL.
        rows[5].firstName = QStringLiteral("Zo\"ë \\ {x}, NULL");
        rows[5].notes = QStringLiteral("NULL");
        rows[5].customFields.insert(QStringLiteral("Quote \""), QStringLiteral("{\"a\": 1}"));
        rows << test::person(QStringLiteral("Again"), QStringLiteral("Dup"), QStringLiteral("ROW7@example.com"));
        auto out = repo.importBatch(rows, DuplicatePolicy::Skip, QStringLiteral("importer"), campaign);
        QVERIFY(out.ok());
        QCOMPARE(out->size(), rows.size());
        for (int i : {0, 1, 180, 181, 182, 600, 1202}) {
            auto got = repo.get(out->at(i).candidateId);
            QVERIFY(got.ok());
            QCOMPARE(got->lastName, QStringLiteral("Last%1").arg(i));
            QCOMPARE(got->consentDate, rows[i].consentDate);
        }
        auto tricky = repo.get(out->at(5).candidateId);
        QVERIFY(tricky.ok());
        QCOMPARE(tricky->firstName, QStringLiteral("Zo\"ë \\ {x}, NULL"));
        QCOMPARE(tricky->notes, QStringLiteral("NULL"));
        QCOMPARE(tricky->customFields, rows[5].customFields);
        QCOMPARE(matching(repo, QStringLiteral("zo last5 null")), qint64(1)); // "Zo", "ë", "x", "NULL"
        QCOMPARE(out->constLast().kind, ImportOutcome::Kind::Skipped);
        QCOMPARE(out->constLast().candidateId, out->at(7).candidateId);
        QCOMPARE(repo.count({}).value(), qint64(1203));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM campaign_members WHERE campaign_id = %1").arg(campaign)) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(1203));
        QCOMPARE(matching(repo, QStringLiteral("first1202 last1202")), qint64(1));
        QCOMPARE(keyOwner(t.ws(), QStringLiteral("e:row1000@example.com")), out->at(1000).candidateId);
        QVERIFY(indexMatchesContent(t.ws()));
    }

    void mergeThatDropsAStoredKeyIsSeenByLaterRows()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        Candidate stored = test::person({}, QStringLiteral("Lee"), QStringLiteral("lee@x.io"), QStringLiteral("Acme"));
        QVERIFY(!repo.insert(stored, {}));
        QCOMPARE(keyOwner(t.ws(), QStringLiteral("n:lee|acme")), stored.id);
        const QList<Candidate> rows = {
            // Fills the stored first name: the stored key "n:lee|acme" becomes "n:ann lee|acme".
            test::person(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("lee@x.io"), QStringLiteral("Acme")),
            // Matched the old key, which no longer exists: a new person.
            test::person({}, QStringLiteral("Lee"), QStringLiteral("other@x.io"), QStringLiteral("Acme")),
        };
        auto out = repo.importBatch(rows, DuplicatePolicy::Merge, QStringLiteral("importer"));
        QVERIFY(out.ok());
        QCOMPARE(out->at(0).kind, ImportOutcome::Kind::Merged);
        QCOMPARE(out->at(1).kind, ImportOutcome::Kind::Inserted);
        QCOMPARE(keyOwner(t.ws(), QStringLiteral("n:lee|acme")), out->at(1).candidateId);
        QVERIFY(indexMatchesContent(t.ws()));
    }
};

QTEST_GUILESS_MAIN(TestImportBatch)
#include "tst_importbatch.moc"
