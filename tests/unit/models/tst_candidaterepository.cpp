#include "CandidateRepository.h"
#include "TempWorkspace.h"

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

    static QList<qint64> searchIds(CandidateRepository &repo, const QString &text)
    {
        auto r = repo.search(text, 100);
        return r.ok() ? ids(r.value()) : QList<qint64>{-1};
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
        QCOMPARE(conflict->code, Error::Code::Conflict);
        QCOMPARE(repo.get(c.id)->notes, QString());
        // The search index follows updates.
        QCOMPARE(searchIds(repo, QStringLiteral("admiral")), QList<qint64>{c.id});
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
        QCOMPARE(searchIds(repo, QStringLiteral("!!!")), QList<qint64>{});
        QCOMPARE(searchIds(repo, QStringLiteral("nobody")), QList<qint64>{});
        QCOMPARE(CandidateRepository::ftsQuery(QStringLiteral("O'Brien \"x")), QStringLiteral("\"O\"* \"Brien\"* \"x\"*"));
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
