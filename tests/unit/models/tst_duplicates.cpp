#include "CampaignRepository.h"
#include "CandidateKeys.h"
#include "CandidateRepository.h"
#include "TempWorkspace.h"

#include <QTest>

using namespace sd;

class TestDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void linkedInUrlsNormalise_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("key");
        const QString jane = QStringLiteral("linkedin.com/in/jane-doe-123");
        QTest::newRow("plain") << QStringLiteral("https://www.linkedin.com/in/jane-doe-123") << jane;
        QTest::newRow("trailing slash, query") << QStringLiteral("https://www.linkedin.com/in/Jane-Doe-123/?trk=abc") << jane;
        QTest::newRow("country subdomain") << QStringLiteral("http://de.linkedin.com/in/jane-doe-123") << jane;
        QTest::newRow("no scheme") << QStringLiteral("linkedin.com/in/jane-doe-123/details/experience/") << jane;
        QTest::newRow("mobile") << QStringLiteral("https://m.linkedin.com/in/jane-doe-123#top") << jane;
        QTest::newRow("percent-encoded") << QStringLiteral("https://www.linkedin.com/in/j%C3%B6rg") << QStringLiteral("linkedin.com/in/jörg");
        QTest::newRow("recruiter") << QStringLiteral("https://www.linkedin.com/talent/profile/AEMAA123,name")
                                   << QStringLiteral("linkedin.com/talent/profile/aemaa123");
        QTest::newRow("company page") << QStringLiteral("https://www.linkedin.com/company/acme") << QString();
        QTest::newRow("other site") << QStringLiteral("https://notlinkedin.com/in/jane") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void linkedInUrlsNormalise()
    {
        QFETCH(QString, url);
        QFETCH(QString, key);
        QCOMPARE(keys::normalizeLinkedIn(url), key);
    }

    void findDuplicateByEachRule()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        Candidate stored = test::person(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("Jane.Doe@Example.com"),
                                        QStringLiteral("Acme GmbH"));
        stored.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/jane-doe-123");
        QVERIFY(!repo.insert(stored, {}));

        auto byEmail = repo.findDuplicate(test::person(QStringLiteral("J"), QStringLiteral("D"), QStringLiteral(" jane.doe@example.COM ")));
        QVERIFY(byEmail.ok() && byEmail->has_value());
        QCOMPARE(byEmail->value().candidateId, stored.id);
        QCOMPARE(byEmail->value().reason, DuplicateReason::Email);

        Candidate li = test::person(QStringLiteral("X"), QStringLiteral("Y"));
        li.linkedinUrl = QStringLiteral("de.linkedin.com/in/Jane-Doe-123/");
        auto byLinkedIn = repo.findDuplicate(li);
        QVERIFY(byLinkedIn.ok() && byLinkedIn->has_value());
        QCOMPARE(byLinkedIn->value().reason, DuplicateReason::LinkedIn);

        auto byName = repo.findDuplicate(test::person(QStringLiteral("JANE"), QStringLiteral("doe"), {}, QStringLiteral("acme gmbh")));
        QVERIFY(byName.ok() && byName->has_value());
        QCOMPARE(byName->value().reason, DuplicateReason::NameAndCompany);

        auto otherCompany = repo.findDuplicate(test::person(QStringLiteral("Jane"), QStringLiteral("Doe"), {}, QStringLiteral("Initech")));
        QVERIFY(otherCompany.ok());
        QVERIFY(!otherCompany->has_value());
        // A record never duplicates itself (the profile page checks edits this way).
        auto self = repo.findDuplicate(stored, stored.id);
        QVERIFY(self.ok());
        QVERIFY(!self->has_value());
    }

    void importSkipsDuplicatesInStoreAndInBatch()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        Candidate stored = test::person(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.com"));
        QVERIFY(!repo.insert(stored, {}));
        const QList<Candidate> rows = {
            test::person(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ANN@example.com")), // stored
            test::person(QStringLiteral("Bob"), QStringLiteral("Ray"), QStringLiteral("bob@example.com")), // new
            test::person(QStringLiteral("Bobby"), QStringLiteral("Ray"), QStringLiteral("bob@example.com")), // row 1 again
        };
        auto out = repo.importBatch(rows, DuplicatePolicy::Skip, QStringLiteral("importer"));
        QVERIFY(out.ok());
        QCOMPARE(out->size(), 3);
        QCOMPARE(out->at(0).kind, ImportOutcome::Kind::Skipped);
        QCOMPARE(out->at(0).candidateId, stored.id);
        QCOMPARE(out->at(0).match->batchRow, -1);
        QCOMPARE(out->at(1).kind, ImportOutcome::Kind::Inserted);
        QCOMPARE(out->at(2).kind, ImportOutcome::Kind::Skipped);
        QCOMPARE(out->at(2).candidateId, out->at(1).candidateId);
        QCOMPARE(out->at(2).match->batchRow, 1);
        QCOMPARE(repo.count({}).value(), qint64(2));
        QCOMPARE(repo.get(out->at(1).candidateId)->firstName, QStringLiteral("Bob"));
    }

    void importMergeFillsBlanksAndNeverLosesData()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        Candidate stored = test::person(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.com"),
                                        QStringLiteral("Acme"));
        stored.tags << QStringLiteral("java");
        QVERIFY(!repo.insert(stored, {}));

        Candidate incoming = test::person(QStringLiteral("Annabel"), QStringLiteral("Lee"), QStringLiteral("ann@example.com"),
                                          QStringLiteral("Other Corp"));
        incoming.emails << QStringLiteral("ann.lee@home.example");
        incoming.title = QStringLiteral("CTO");
        incoming.tags << QStringLiteral("JAVA") << QStringLiteral("lead");
        Candidate second = test::person(QStringLiteral("A"), QStringLiteral("L"), QStringLiteral("ann.lee@home.example"));
        second.city = QStringLiteral("Oslo");
        auto out = repo.importBatch({incoming, second}, DuplicatePolicy::Merge, QStringLiteral("importer"));
        QVERIFY(out.ok());
        QCOMPARE(out->at(0).kind, ImportOutcome::Kind::Merged);
        // The second row matches through the email the first row merged in: same record, one more merge.
        QCOMPARE(out->at(1).kind, ImportOutcome::Kind::Merged);
        QCOMPARE(out->at(1).candidateId, stored.id);

        auto got = repo.get(stored.id);
        QVERIFY(got.ok());
        QCOMPARE(got->firstName, QStringLiteral("Ann"));     // stored value kept
        QCOMPARE(got->company, QStringLiteral("Acme"));      // stored value kept
        QCOMPARE(got->title, QStringLiteral("CTO"));         // blank filled
        QCOMPARE(got->city, QStringLiteral("Oslo"));
        QCOMPARE(got->emails, (QStringList{QStringLiteral("ann@example.com"), QStringLiteral("ann.lee@home.example")}));
        QCOMPARE(got->tags, (QStringList{QStringLiteral("java"), QStringLiteral("lead")}));
        QCOMPARE(repo.count({}).value(), qint64(1));
        auto log = repo.fieldChanges(stored.id);
        QVERIFY(log.ok());
        QVERIFY(!log->isEmpty());
        QCOMPARE(log->constFirst().changedBy, QStringLiteral("importer"));
    }

    void importIntoCampaignAddsEveryRowOnce()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        CampaignRepository campaigns(t.ws());
        Campaign c;
        c.name = QStringLiteral("Rust engineers");
        QVERIFY(!campaigns.create(c));
        const QList<Candidate> rows = {
            test::person(QStringLiteral("A"), QStringLiteral("One"), QStringLiteral("a@x.io")),
            test::person(QStringLiteral("B"), QStringLiteral("Two"), QStringLiteral("b@x.io")),
            test::person(QStringLiteral("A"), QStringLiteral("One"), QStringLiteral("a@x.io")),
        };
        QVERIFY(repo.importBatch(rows, DuplicatePolicy::Skip, {}, c.id).ok());
        QCOMPARE(campaigns.memberCount({c.id, {}}).value(), qint64(2));
    }

    void failedBatchLeavesNothing()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        // A campaign id that does not exist violates the member foreign key on the last row's insert.
        const QList<Candidate> rows = {test::person(QStringLiteral("A"), QStringLiteral("One"), QStringLiteral("a@x.io")),
                                       test::person(QStringLiteral("B"), QStringLiteral("Two"), QStringLiteral("b@x.io"))};
        auto out = repo.importBatch(rows, DuplicatePolicy::Skip, {}, 4242);
        QVERIFY(!out.ok());
        QCOMPARE(repo.count({}).value(), qint64(0));
        auto dup = repo.findDuplicate(rows.first());
        QVERIFY(dup.ok());
        QVERIFY(!dup->has_value());
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
