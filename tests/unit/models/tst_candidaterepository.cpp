#include "CandidateRepository.h"
#include "TempWorkspace.h"
#include "Workspace.h"

#include <QSet>
#include <QTest>

using namespace sd;

class TestCandidateRepository : public QObject
{
    Q_OBJECT

private:
    static QList<qint64> ids(const QList<Candidate> &list)
    {
        QList<qint64> out;
        for (const Candidate &c : list)
            out << c.id;
        return out;
    }

    static QList<qint64> searchIds(CandidateRepository &repo, const QString &text, int limit = 100)
    {
        auto r = repo.search(text, limit);
        return r.ok() ? ids(r.value()) : QList<qint64>{-1};
    }

    // What a recruiter reads when someone else saved first: what happened and what to do.
    static void verifyConflictMessage(const Error &e)
    {
        QCOMPARE(e.code, Error::Code::Conflict);
        QVERIFY2(e.message.contains(QStringLiteral("changed by someone else")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("reload"), Qt::CaseInsensitive), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("not saved")), qPrintable(e.message));
    }

    // Two members (two Workspace objects, two connections) on the same workspace edit the same
    // candidate from the same reading: the second save is refused and the first one's values stay.
    static void twoEditorsOn(const QString &location)
    {
        auto alice = Workspace::open(location);
        QVERIFY2(alice.ok(), qPrintable(alice.ok() ? QString() : alice.error().toString()));
        auto bob = Workspace::open(location);
        QVERIFY2(bob.ok(), qPrintable(bob.ok() ? QString() : bob.error().toString()));
        CandidateRepository aliceRepo(*alice.value());
        CandidateRepository bobRepo(*bob.value());
        Candidate c = test::person(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("grace@example.com"));
        QVERIFY(!aliceRepo.insert(c, QStringLiteral("alice")));

        Candidate aliceCopy = aliceRepo.get(c.id).value();
        Candidate bobCopy = bobRepo.get(c.id).value();
        QCOMPARE(bobCopy.rowVersion, aliceCopy.rowVersion);
        aliceCopy.title = QStringLiteral("Rear Admiral");
        bobCopy.title = QStringLiteral("Programmer");
        bobCopy.notes = QStringLiteral("Bob's note");
        QVERIFY(!aliceRepo.update(aliceCopy, QStringLiteral("alice")));
        const Status lost = bobRepo.update(bobCopy, QStringLiteral("bob"));
        QVERIFY(lost);
        verifyConflictMessage(*lost);

        // No lost update: both members now read Alice's values, and the log has only her change.
        for (CandidateRepository *repo : {&aliceRepo, &bobRepo}) {
            auto stored = repo->get(c.id);
            QVERIFY(stored.ok());
            QCOMPARE(stored->title, QStringLiteral("Rear Admiral"));
            QCOMPARE(stored->notes, QString());
            QCOMPARE(stored->rowVersion, aliceCopy.rowVersion);
        }
        QCOMPARE(bobRepo.fieldChanges(c.id)->size(), 1);
        QCOMPARE(bobRepo.search(QStringLiteral("programmer"), 10)->size(), 0);
        QCOMPARE(bobRepo.search(QStringLiteral("admiral"), 10)->size(), 1);

        // After reloading, Bob's save goes through.
        Candidate reloaded = bobRepo.get(c.id).value();
        reloaded.notes = QStringLiteral("Bob's note");
        QVERIFY(!bobRepo.update(reloaded, QStringLiteral("bob")));
        QCOMPARE(aliceRepo.get(c.id)->notes, QStringLiteral("Bob's note"));
    }

private slots:
    void insertGetRoundTripsEveryField()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        Candidate c = test::person(QStringLiteral(" Ada "), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"),
                                   QStringLiteral("Analytical Engines"));
        c.emails << QStringLiteral("ADA@example.com") << QStringLiteral("ada.l@example.org");
        c.phones << QStringLiteral("+44 20 7946 0000");
        c.title = QStringLiteral("Mathematician");
        c.city = QStringLiteral("London");
        c.region = QStringLiteral("England");
        c.countryCode = QStringLiteral("gb");
        c.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/ada");
        c.links << QStringLiteral("https://github.com/ada");
        c.source = QStringLiteral("Referral");
        c.tags << QStringLiteral("math") << QStringLiteral("Math") << QStringLiteral("pioneer");
        c.customFields.insert(QStringLiteral("Notice period"), QStringLiteral("3 months"));
        c.notes = QStringLiteral("Line one\nLine two");
        c.consent = ConsentState::Granted;
        c.consentDate = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        c.consentMethod = QStringLiteral("Email opt-in");
        QVERIFY(!repo.insert(c, QStringLiteral("tester")));
        QVERIFY(c.id > 0);

        auto got = repo.get(c.id);
        QVERIFY(got.ok());
        QCOMPARE(got->firstName, QStringLiteral("Ada"));
        // Duplicates that differ only in case are dropped; the primary stays first.
        QCOMPARE(got->emails, (QStringList{QStringLiteral("ada@example.com"), QStringLiteral("ada.l@example.org")}));
        QCOMPARE(got->countryCode, QStringLiteral("GB"));
        QCOMPARE(got->tags, (QStringList{QStringLiteral("math"), QStringLiteral("pioneer")}));
        QCOMPARE(got->customFields.value(QStringLiteral("Notice period")), QStringLiteral("3 months"));
        QCOMPARE(got->notes, QStringLiteral("Line one\nLine two"));
        QCOMPARE(got->consent, ConsentState::Granted);
        QCOMPARE(got->consentDate, c.consentDate);
        QCOMPARE(got->rowVersion, qint64(1));
        QVERIFY(got->createdAt.isValid());
    }

    void updateLogsChangedFieldsAndGuardsVersion()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        Candidate c = test::person(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("grace@example.com"));
        QVERIFY(!repo.insert(c, QStringLiteral("alice")));
        Candidate stale = c;

        c.title = QStringLiteral("Rear Admiral");
        c.company = QStringLiteral("US Navy");
        QVERIFY(!repo.update(c, QStringLiteral("bob")));
        QCOMPARE(c.rowVersion, qint64(2));

        auto log = repo.fieldChanges(c.id);
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 2);
        QSet<QString> fields;
        for (const FieldChange &f : log.value()) {
            fields.insert(f.field);
            QCOMPARE(f.changedBy, QStringLiteral("bob"));
            QVERIFY(f.oldValue.isEmpty());
        }
        QCOMPARE(fields, (QSet<QString>{QStringLiteral("title"), QStringLiteral("company")}));

        stale.notes = QStringLiteral("edited in another window");
        const Status conflict = repo.update(stale, QStringLiteral("carol"));
        QVERIFY(conflict);
        verifyConflictMessage(*conflict);
        QCOMPARE(repo.get(c.id)->notes, QString());
        // The search index follows updates.
        QCOMPARE(searchIds(repo, QStringLiteral("admiral")), QList<qint64>{c.id});
    }

    // On the suite's backend (a SQLite file opened twice, or a team database).
    void twoWorkspacesOnOneDatabaseLoseNoUpdate()
    {
        test::TempWorkspace t;
        twoEditorsOn(t.path());
    }

    // Two members of a team workspace, whatever backend the rest of the suite runs on.
    void twoTeamMembersLoseNoUpdate()
    {
        SD_REQUIRE_POSTGRES();
        struct Database
        {
            QString location = test::createDatabase();
            ~Database() { test::dropDatabase(location); }
        } d;
        twoEditorsOn(d.location);
    }

    void removeDropsRowIndexAndKeys()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        Candidate a = test::person(QStringLiteral("Alan"), QStringLiteral("Turing"), QStringLiteral("alan@example.com"));
        Candidate b = test::person(QStringLiteral("Alonzo"), QStringLiteral("Church"), QStringLiteral("alonzo@example.com"));
        QVERIFY(!repo.insert(a, {}));
        QVERIFY(!repo.insert(b, {}));
        QVERIFY(!repo.remove({a.id}));
        QCOMPARE(repo.get(a.id).error().code, Error::Code::NotFound);
        QCOMPARE(searchIds(repo, QStringLiteral("turing")), QList<qint64>{});
        QCOMPARE(searchIds(repo, QStringLiteral("al")), QList<qint64>{b.id});
        auto dup = repo.findDuplicate(test::person({}, {}, QStringLiteral("alan@example.com")));
        QVERIFY(dup.ok());
        QVERIFY(!dup->has_value());
    }

    void searchMatchesPrefixesAcrossFields()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        Candidate a = test::person(QStringLiteral("José"), QStringLiteral("Müller"), QStringLiteral("jose@acme.io"),
                                   QStringLiteral("Acme Robotics"));
        a.title = QStringLiteral("Staff Engineer");
        a.city = QStringLiteral("Zürich");
        a.tags << QStringLiteral("rust");
        Candidate b = test::person(QStringLiteral("Joanna"), QStringLiteral("Smith"), QStringLiteral("jo@beta.com"),
                                   QStringLiteral("Beta Corp"));
        b.title = QStringLiteral("Engineering Manager");
        QVERIFY(!repo.insert(a, {}));
        QVERIFY(!repo.insert(b, {}));

        QCOMPARE(searchIds(repo, QStringLiteral("jo")), (QList<qint64>{b.id, a.id})); // newest first
        QCOMPARE(searchIds(repo, QStringLiteral("jose mul")), QList<qint64>{a.id});   // accents folded
        QCOMPARE(searchIds(repo, QStringLiteral("zurich")), QList<qint64>{a.id});
        QCOMPARE(searchIds(repo, QStringLiteral("engin acme")), QList<qint64>{a.id});
        QCOMPARE(searchIds(repo, QStringLiteral("manager")), QList<qint64>{b.id});
        QCOMPARE(searchIds(repo, QStringLiteral("rust")), QList<qint64>{a.id});
        QCOMPARE(searchIds(repo, QStringLiteral("jo@beta.com")), QList<qint64>{b.id});
        // FTS syntax in the input is searched as words, never parsed: no error, no injection.
        QCOMPARE(searchIds(repo, QStringLiteral("\"*) NEAR(")), QList<qint64>{});
        // Nor is it tsquery syntax on PostgreSQL: "|" is no OR, "!" no NOT, quotes and colons no markup.
        QCOMPARE(searchIds(repo, QStringLiteral("jo:* | smith")), QList<qint64>{b.id});
        QCOMPARE(searchIds(repo, QStringLiteral("!smith & jo")), QList<qint64>{b.id});
        QCOMPARE(searchIds(repo, QStringLiteral("'jo':* <-> ')")), (QList<qint64>{b.id, a.id}));
        QCOMPARE(searchIds(repo, QStringLiteral("o'brien\\")), QList<qint64>{});
        QCOMPARE(searchIds(repo, QStringLiteral("!!!")), QList<qint64>{});
        QCOMPARE(searchIds(repo, QString(3000, u'x')), QList<qint64>{}); // a pasted blob: no match, no error
        QCOMPARE(searchIds(repo, QStringLiteral("nobody")), QList<qint64>{});
        QCOMPARE(CandidateRepository::ftsQuery(QStringLiteral("O'Brien \"x")), QStringLiteral("\"O\"* \"Brien\"* \"x\"*"));
    }

    void longWordsAreCheckedBeyondTheIndexedPrefix()
    {
        // Words longer than the longest prefix index are looked up by their first six letters and
        // then checked whole: "machine" must not find "Machinist", across page boundaries too.
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        QList<qint64> learning;
        for (int i = 0; i < 300; ++i) {
            Candidate c = test::person(QStringLiteral("P%1").arg(i), QStringLiteral("Q%1").arg(i));
            const bool machineLearning = i % 7 == 0;
            c.title = machineLearning ? QStringLiteral("Machine Learning Engineer") : QStringLiteral("Machinist");
            if (i == 294)
                c.title = QStringLiteral("Machíne Learning Lead"); // folded by the index: still "machine"
            QVERIFY(!repo.insert(c, {}));
            if (machineLearning || i == 294)
                learning.prepend(c.id); // newest first
        }
        QCOMPARE(searchIds(repo, QStringLiteral("machine"), 500), learning);
        QCOMPARE(searchIds(repo, QStringLiteral("MACHINE learn"), 500), learning);
        QCOMPARE(searchIds(repo, QStringLiteral("machine"), 5), learning.mid(0, 5));
        // 20 rows need more than the first chunk lets through (1 in 7): the rest comes from the
        // exact expression, after the rows already read.
        QCOMPARE(searchIds(repo, QStringLiteral("machine"), 20), learning.mid(0, 20));
        QCOMPARE(searchIds(repo, QStringLiteral("machin"), 500).size(), 300);
        QCOMPARE(searchIds(repo, QStringLiteral("machinist"), 500).size(), 300 - learning.size());
        QCOMPARE(searchIds(repo, QStringLiteral("machines"), 500), QList<qint64>{});
        // Keyset paging with a long word: every match once, in order.
        CandidateQuery q;
        q.text = QStringLiteral("machine");
        q.sort = CandidateSort::Name;
        QList<qint64> paged;
        PageCursor cursor;
        for (;;) {
            auto page = repo.page(q, cursor, 7);
            QVERIFY(page.ok());
            for (const Candidate &c : page.value())
                paged << c.id;
            if (page->size() < 7)
                break;
            cursor = CandidateRepository::cursorAfter(page->constLast(), q);
        }
        QCOMPARE(paged.size(), learning.size());
        QCOMPARE(QSet<qint64>(paged.cbegin(), paged.cend()), QSet<qint64>(learning.cbegin(), learning.cend()));
        QCOMPARE(repo.count(q).value(), qint64(learning.size()));
    }

    void keysetPagingVisitsEveryRowOnceInOrder_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("order");
        for (int s : {int(CandidateSort::Newest), int(CandidateSort::Name), int(CandidateSort::Company), int(CandidateSort::Updated)}) {
            QTest::addRow("sort%d-asc", s) << s << int(Qt::AscendingOrder);
            QTest::addRow("sort%d-desc", s) << s << int(Qt::DescendingOrder);
        }
    }

    void keysetPagingVisitsEveryRowOnceInOrder()
    {
        QFETCH(int, sort);
        QFETCH(int, order);
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        QList<Candidate> rows;
        // Repeated names and companies make the id tie-break matter.
        for (int i = 0; i < 53; ++i) {
            rows << test::person(QStringLiteral("P%1").arg(i % 5), QStringLiteral("Last%1").arg(i % 7),
                                 QStringLiteral("p%1@example.com").arg(i), QStringLiteral("Co%1").arg(i % 4));
        }
        QVERIFY(repo.importBatch(rows, DuplicatePolicy::Skip, {}).ok());
        CandidateQuery q;
        q.sort = CandidateSort(sort);
        q.order = Qt::SortOrder(order);
        auto all = repo.page(q, {}, 1000);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 53);
        QList<Candidate> paged;
        PageCursor cursor;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = repo.page(q, cursor, 10);
            QVERIFY(page.ok());
            if (page->isEmpty())
                break;
            paged << page.value();
            cursor = CandidateRepository::cursorAfter(page->constLast(), q);
        }
        QCOMPARE(ids(paged), ids(all.value()));
        QCOMPARE(repo.count(q).value(), qint64(53));
    }

    void searchWithSortAndTagFilter()
    {
        test::TempWorkspace t;
        CandidateRepository repo(t.ws());
        Candidate a = test::person(QStringLiteral("Zed"), QStringLiteral("Alpha"), QStringLiteral("z@x.io"), QStringLiteral("Omega"));
        a.tags << QStringLiteral("Java");
        Candidate b = test::person(QStringLiteral("Amy"), QStringLiteral("Beta"), QStringLiteral("a@x.io"), QStringLiteral("Omega"));
        b.tags << QStringLiteral("javascript");
        QVERIFY(!repo.insert(a, {}));
        QVERIFY(!repo.insert(b, {}));
        CandidateQuery q;
        q.text = QStringLiteral("omega");
        q.sort = CandidateSort::Name;
        QCOMPARE(ids(repo.page(q, {}, 10).value()), (QList<qint64>{a.id, b.id}));
        q.tag = QStringLiteral("java");
        QCOMPARE(ids(repo.page(q, {}, 10).value()), QList<qint64>{a.id});
        QCOMPARE(repo.count(q).value(), qint64(1));
        q.tag = QStringLiteral("ja%");
        QCOMPARE(repo.count(q).value(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestCandidateRepository)
#include "tst_candidaterepository.moc"
