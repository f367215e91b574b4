// The batched import path: keys looked up once per batch, search-index rows and keys written at
// the end of the batch, and the ASCII shortcuts of the duplicate keys.
#include "CandidateKeys.h"
#include "CandidateRepository.h"
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

// FTS5 compares its index with the content table: any row indexed with other values than stored fails.
bool indexMatchesContent(const Workspace &ws)
{
    QSqlQuery q(ws.connection());
    return q.exec(QStringLiteral("INSERT INTO candidates_fts(candidates_fts, rank) VALUES ('integrity-check', 1)"));
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
