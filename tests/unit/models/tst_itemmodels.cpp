#include "CampaignListModel.h"
#include "CandidateTableModel.h"
#include "MemberTableModel.h"
#include "TempWorkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sd;

class TestItemModels : public QObject
{
    Q_OBJECT

private:
    static QList<qint64> seed(Workspace &ws, int n)
    {
        QList<Candidate> rows;
        for (int i = 0; i < n; ++i) {
            rows << test::person(QStringLiteral("First%1").arg(i), QStringLiteral("Last%1").arg(n - i, 4, 10, QChar(u'0')),
                                 QStringLiteral("p%1@example.com").arg(i), QStringLiteral("Company %1").arg(i % 3));
        }
        QList<qint64> ids;
        auto out = CandidateRepository(ws).importBatch(rows, DuplicatePolicy::Skip, {});
        for (const ImportOutcome &o : out.value())
            ids << o.candidateId;
        return ids;
    }

private slots:
    void candidateModelPagesInEverything()
    {
        test::TempWorkspace t;
        seed(t.ws(), 130);
        CandidateTableModel model(t.ws());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(50);
        model.reload();
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 130);
        QVERIFY(!model.canFetchMore({}));
        // Sorted by name: last names were numbered backwards.
        QCOMPARE(model.data(model.index(0, CandidateTableModel::NameColumn)).toString(), QStringLiteral("First129 Last0001"));
        QCOMPARE(model.headerData(CandidateTableModel::CompanyColumn, Qt::Horizontal).toString(), QStringLiteral("Company"));
    }

    void candidateModelSearchAndSort()
    {
        test::TempWorkspace t;
        seed(t.ws(), 30);
        CandidateTableModel model(t.ws());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        model.setSearchText(QStringLiteral("company 2"));
        QCOMPARE(model.rowCount(), 10);
        model.sort(CandidateTableModel::UpdatedColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 10);
        const int before = model.rowCount();
        model.sort(CandidateTableModel::TitleColumn, Qt::AscendingOrder); // not sortable: nothing changes
        QCOMPARE(model.rowCount(), before);
        QVERIFY(!CandidateTableModel::isSortable(CandidateTableModel::TitleColumn));
        model.setSearchText(QStringLiteral("p7@example"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.candidateAt(0).primaryEmail(), QStringLiteral("p7@example.com"));
        QCOMPARE(model.rowOf(model.idAt(0)), 0);
        model.setSearchText(QString());
        QCOMPARE(model.rowCount(), 30);
    }

    void candidateModelSortAndSearchAfterPagingIn()
    {
        test::TempWorkspace t;
        seed(t.ws(), 450);
        CandidateTableModel model(t.ws());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.reload();
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        model.sort(CandidateTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 100); // a new order starts again from the first page
        QCOMPARE(model.data(model.index(0, CandidateTableModel::NameColumn)).toString(), QStringLiteral("First0 Last0450"));
        model.setSearchText(QStringLiteral("company 1"));
        QCOMPARE(model.rowCount(), 100);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 150);
        model.setSearchText(QString());
        QCOMPARE(model.rowCount(), 100);
    }

    void memberAndCampaignModels()
    {
        test::TempWorkspace t;
        const QList<qint64> ids = seed(t.ws(), 12);
        CampaignRepository repo(t.ws());
        Campaign c;
        c.name = QStringLiteral("Platform");
        QVERIFY(!repo.create(c));
        QVERIFY(repo.addMembers(c.id, ids, {}).ok());
        QVERIFY(repo.setStatus(c.id, ids.mid(0, 4), MemberStatus::Replied, {}).ok());

        CampaignListModel campaigns(t.ws());
        QAbstractItemModelTester campaignTester(&campaigns, QAbstractItemModelTester::FailureReportingMode::QtTest);
        campaigns.reload();
        QCOMPARE(campaigns.rowCount(), 1);
        QCOMPARE(campaigns.data(campaigns.index(0, CampaignListModel::TotalColumn)).toInt(), 12);
        const int repliedCol = CampaignListModel::FirstStatusColumn + int(MemberStatus::Replied);
        QCOMPARE(campaigns.data(campaigns.index(0, repliedCol)).toInt(), 4);
        QCOMPARE(campaigns.headerData(repliedCol, Qt::Horizontal).toString(), QStringLiteral("Replied"));

        MemberTableModel members(t.ws());
        QAbstractItemModelTester memberTester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        members.setCampaign(c.id);
        QCOMPARE(members.rowCount(), 12);
        members.setStatusFilter(MemberStatus::Replied);
        QCOMPARE(members.rowCount(), 4);
        QCOMPARE(members.data(members.index(0, MemberTableModel::StatusColumn)).toString(), QStringLiteral("Replied"));
        QCOMPARE(members.memberAt(0).status, MemberStatus::Replied);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
