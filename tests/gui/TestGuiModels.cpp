// QAbstractItemModelTester over the member and campaign models as the views drive them (paging,
// status filter, archive toggle, reloads). CandidateTableModel's tester run lives in the models unit tests.
#include "GuiTestSupport.h"

#include "ActivityRepository.h"
#include "CampaignListModel.h"
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "MemberTableModel.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>

using namespace sd;

namespace {

QList<qint64> seedCandidates(test::GuiFixture &f, int count)
{
    QList<Candidate> rows;
    for (int i = 0; i < count; ++i) {
        Candidate c;
        c.firstName = QStringLiteral("First%1").arg(i, 3, 10, QLatin1Char('0'));
        c.lastName = QStringLiteral("Last%1").arg(count - i);
        c.emails = {QStringLiteral("person%1@example.org").arg(i)};
        c.company = QStringLiteral("Company %1").arg(i % 7);
        c.title = i % 2 ? QStringLiteral("Engineer") : QStringLiteral("Designer");
        rows.append(c);
    }
    auto outcome =
        CandidateRepository(f.workspace()).importBatch(rows, DuplicatePolicy::Skip, QStringLiteral("test"));
    QList<qint64> ids;
    if (outcome.ok()) {
        for (const ImportOutcome &o : outcome.value())
            ids.append(o.candidateId);
    }
    return ids;
}

} // namespace

class TestGuiModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void memberTableModel()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const QList<qint64> ids = seedCandidates(f, 30);
        const qint64 campaignId = f.addCampaign(QStringLiteral("Models"));
        CampaignRepository campaigns(f.workspace());
        QCOMPARE(campaigns.addMembers(campaignId, ids, QStringLiteral("test")).value(), 30);
        QCOMPARE(campaigns.setStatus(campaignId, ids.mid(0, 5), MemberStatus::Replied, QStringLiteral("test"))
                     .value(),
                 5);

        MemberTableModel model(f.workspace());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setPageSize(8); // several pages, so a filter change removes paged-in rows
        model.setCampaign(campaignId);
        QCOMPARE(model.rowCount(), 8);
        model.setStatusFilter(MemberStatus::Replied); // while more pages are waiting
        QCOMPARE(model.rowCount(), 5);
        model.setStatusFilter(std::nullopt);
        QCOMPARE(model.rowCount(), 8);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 30);
        model.setStatusFilter(MemberStatus::Replied);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, MemberTableModel::StatusColumn).data(MemberTableModel::StatusRole).toInt(),
                 int(MemberStatus::Replied));
        model.setStatusFilter(std::nullopt);
        model.setCampaign(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void campaignListModel()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const QList<qint64> ids = seedCandidates(f, 10);
        const qint64 a = f.addCampaign(QStringLiteral("A"));
        const qint64 b = f.addCampaign(QStringLiteral("B"));
        CampaignRepository campaigns(f.workspace());
        QVERIFY(campaigns.addMembers(a, ids, QStringLiteral("test")).ok());
        CampaignListModel model(f.workspace());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        const int rowA = model.rowOf(a);
        QCOMPARE(model.index(rowA, CampaignListModel::TotalColumn).data().toInt(), 10);
        QVERIFY(!campaigns.setArchived(b, true));
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        model.setShowArchived(true);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(model.rowOf(b), 0).data(CampaignListModel::ArchivedRole).toBool());
    }
};

QTEST_MAIN(TestGuiModels)
#include "TestGuiModels.moc"
