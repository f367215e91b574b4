// Teammates' changes reach an open app without a restart (LISTEN/NOTIFY on team workspaces).
#include "CampaignRepository.h"
#include "ChangeFeed.h"
#include "SqlUtil.h"
#include "TempWorkspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace sd;

namespace {

std::shared_ptr<Workspace> openAgain(const QString &location)
{
    auto ws = Workspace::open(location);
    if (!ws.ok())
        qFatal("cannot open the team workspace again: %s", qPrintable(ws.error().toString()));
    return ws.value();
}

bool createCampaign(Workspace &ws, const QString &name)
{
    Campaign c;
    c.name = name;
    c.owner = QStringLiteral("tester");
    return !CampaignRepository(ws).create(c);
}

QSet<QString> tablesIn(const QSignalSpy &spy)
{
    QSet<QString> out;
    for (const QList<QVariant> &args : spy)
        out |= args.at(0).value<QSet<QString>>();
    return out;
}

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SD_REQUIRE_POSTGRES(); }

    void teammatesChangesArriveOwnChangesDoNot()
    {
        test::TempWorkspace t;
        auto mine = t.shared();
        auto teammate = openAgain(t.path());

        ChangeFeedThread feed(mine);
        QSignalSpy listening(&feed, &ChangeFeedThread::listening);
        QSignalSpy changed(&feed, &ChangeFeedThread::changed);
        feed.start();
        QVERIFY(listening.wait(10000));
        QVERIFY2(listening.at(0).at(0).toBool(), qPrintable(listening.at(0).at(1).toString()));

        // A teammate's committed change: heard, named by table, once for the burst.
        QVERIFY(createCampaign(*teammate, QStringLiteral("Backend hires")));
        QVERIFY(createCampaign(*teammate, QStringLiteral("Data hires")));
        QVERIFY(changed.wait(10000));
        QTest::qWait(600);
        QVERIFY(tablesIn(changed).contains(QStringLiteral("campaigns")));
        QCOMPARE(changed.size(), 1);

        // This app's own write: its views already know; no notification comes back.
        changed.clear();
        QVERIFY(createCampaign(*mine, QStringLiteral("Mine")));
        QVERIFY(!changed.wait(1500));

        // A teammate's transaction that rolls back: nothing happened, nobody reloads.
        {
            QSqlDatabase db = teammate->connection();
            sql::Transaction tx(db);
            QVERIFY(tx.isActive());
            QVERIFY(createCampaign(*teammate, QStringLiteral("Never")));
        }
        QVERIFY(!changed.wait(1500));
    }

    void localWorkspaceStaysIdle()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("local.sqlite")));
        QVERIFY(ws.ok());
        ChangeFeedThread feed(ws.value());
        QSignalSpy listening(&feed, &ChangeFeedThread::listening);
        feed.start();
        QVERIFY(!listening.wait(300));
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
