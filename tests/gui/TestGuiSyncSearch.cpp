// "Search SmartRecruiters" against the in-process sandbox: the filters are the team's filterable
// fields (and follow a change), the job filter lists only whitelisted jobs, results page with
// "More results", "View in SmartRecruiters" opens the profile, and "Add to campaign…" makes a linked
// local candidate from SmartRecruiters' values, or uses the local one with the same email.
#include "GuiTestSupport.h"

#include "CampaignPickerDialog.h"
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "ChangeNotifier.h"
#include "ConnectionManager.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "RemoteSearchView.h"
#include "Sandbox.h"
#include "SettingsStore.h"
#include "SandboxConnection.h"
#include "SyncHub.h"
#include "SyncSettings.h"
#include "SyncStore.h"
#include "SyncToolDocks.h"
#include "SyncWindowParts.h"
#include "Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLabel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace sd;
using namespace sd::ui;
using State = integration::ConnectionManager::State;

namespace {

using Connected = test::SandboxConnection;

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

// A seeded person with an application and an email.
QJsonObject seeded(const ::sr::sandbox::Sandbox &sandbox)
{
    const QJsonObject all = sandbox.stateDump().value(QStringLiteral("candidates")).toObject();
    for (const QJsonValue &v : all)
        if (!v.toObject().value(QStringLiteral("jobIds")).toArray().isEmpty()
            && !v.toObject().value(QStringLiteral("email")).toString().isEmpty())
            return v.toObject();
    return {};
}

} // namespace

class TestGuiSyncSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void filtersFollowTheFilterableFields()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        Connected c;
        QVERIFY(c.connect(f.sharedWorkspace()));
        ChangeNotifier notifier;
        auto *hub = new SyncHub(f.sharedWorkspace(), &notifier);
        hub->setConnection(c.manager.get());
        RemoteSearchView view(hub);
        view.show();
        QCOMPARE(view.filterFields(), (QStringList{QStringLiteral("job"), QStringLiteral("status"), QStringLiteral("tags")}));
        QVERIFY(view.findChild<QComboBox *>(QStringLiteral("remoteSearchStatusFilter")));
        QVERIFY(view.findChild<QLineEdit *>(QStringLiteral("remoteSearchTags")));
        // The job filter: every whitelisted job (SOURCING, INTERVIEW, OFFER by default), nothing else.
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoadingJobs(), 20000);
        QSet<QString> listed;
        for (int i = 1; i < view.jobFilter()->count(); ++i)
            listed.insert(view.jobFilter()->itemData(i).toString());
        QSet<QString> expected;
        const QJsonObject jobs = c.sandbox.stateDump().value(QStringLiteral("jobs")).toObject();
        for (const QJsonValue &j : jobs)
            if (QStringList{QStringLiteral("SOURCING"), QStringLiteral("INTERVIEW"), QStringLiteral("OFFER")}.contains(
                    j.toObject().value(QStringLiteral("status")).toString()))
                expected.insert(j.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(listed, expected);

        // The admin changes the filterable fields: the filters follow.
        QVERIFY(!sync::SettingsStore(f.workspace())
                     .set(sync::Layer::Team, {}, QString::fromLatin1(sync::key::FilterableFields),
                          QStringLiteral("tags,location,updatedAfter"), QStringLiteral("admin")));
        view.reloadFilters();
        QCOMPARE(view.filterFields(), (QStringList{QStringLiteral("tags"), QStringLiteral("updatedAfter")}));
        QVERIFY(!view.jobFilter());
        QVERIFY(!view.findChild<QComboBox *>(QStringLiteral("remoteSearchStatusFilter")));
        QVERIFY(view.findChild<QWidget *>(QStringLiteral("remoteSearchUpdatedAfter")));
        auto *note = view.findChild<QLabel *>(QStringLiteral("remoteSearchNote"));
        QVERIFY2(note->isVisible() && note->text().contains(QStringLiteral("cannot filter")), qPrintable(note->text()));
    }

    void searchPageViewAndAdd()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        Connected c;
        QVERIFY(c.connect(f.sharedWorkspace()));
        ChangeNotifier notifier;
        auto *hub = new SyncHub(f.sharedWorkspace(), &notifier);
        hub->setConnection(c.manager.get());
        RemoteSearchView view(hub);
        view.setPageSize(2);
        view.show();
        QSignalSpy finished(&view, &RemoteSearchView::searchFinished);

        // Paging: two at a time.
        view.findChild<QPushButton *>(QStringLiteral("remoteSearchGo"))->click();
        QVERIFY(finished.wait(15000));
        QCOMPARE(view.results()->topLevelItemCount(), 2);
        auto *more = view.findChild<QPushButton *>(QStringLiteral("remoteSearchMore"));
        QVERIFY(more->isVisible());
        more->click();
        QVERIFY(finished.wait(15000));
        QCOMPARE(view.results()->topLevelItemCount(), 4);

        // By email: that person.
        const QJsonObject person = seeded(c.sandbox);
        const QString email = person.value(QStringLiteral("email")).toString();
        view.findChild<QLineEdit *>(QStringLiteral("remoteSearchText"))->setText(email);
        QTest::keyClick(view.findChild<QLineEdit *>(QStringLiteral("remoteSearchText")), Qt::Key_Return);
        QVERIFY(finished.wait(15000));
        QCOMPARE(view.results()->topLevelItemCount(), 1);
        QCOMPARE(view.results()->topLevelItem(0)->text(1), email);
        QVERIFY(!more->isVisible());

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        view.findChild<QPushButton *>(QStringLiteral("remoteSearchView"))->click();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.urls.size(), 1);
        const QString remoteId = person.value(QStringLiteral("id")).toString();
        QVERIFY2(catcher.urls.first().path().endsWith(QStringLiteral("/app/people/candidates/") + remoteId),
                 qPrintable(catcher.urls.first().toString()));

        // Add to campaign… through the picker.
        const qint64 camp = f.addCampaign(QStringLiteral("Found in SmartRecruiters"));
        const qint64 before = CandidateRepository(f.workspace()).count({}).value();
        QSignalSpy added(&view, &RemoteSearchView::added);
        view.findChild<QPushButton *>(QStringLiteral("remoteSearchAdd"))->click();
        auto *picker = view.findChild<CampaignPickerDialog *>(QStringLiteral("remoteSearchCampaignPicker"));
        QVERIFY(picker);
        picker->selectCampaign(camp);
        picker->accept();
        QVERIFY(added.wait(15000));
        const qint64 id = added.first().first().toLongLong();
        QCOMPARE(CandidateRepository(f.workspace()).count({}).value(), before + 1);
        const Candidate local = CandidateRepository(f.workspace()).get(id).value();
        QCOMPARE(local.primaryEmail(), email);
        QCOMPARE(local.lastName, person.value(QStringLiteral("lastName")).toString());
        QCOMPARE(local.phones.value(0), person.value(QStringLiteral("phoneNumber")).toString());
        auto link = sync::SyncStore(f.workspace()).link(id);
        QVERIFY(link.ok() && link->has_value());
        QCOMPARE((*link)->srCandidateId, remoteId);
        QCOMPARE((*link)->origin, QStringLiteral("matched"));
        MemberQuery mq;
        mq.campaignId = camp;
        QCOMPARE(CampaignRepository(f.workspace()).members(mq, {}, 10)->size(), 1);
        QVERIFY(view.statusText().contains(QStringLiteral("added to the campaign")));

        // Again into another campaign: the same local person, no duplicate.
        const qint64 camp2 = f.addCampaign(QStringLiteral("Second"));
        view.addSelectedTo(camp2);
        QVERIFY(added.wait(15000));
        QCOMPARE(added.last().first().toLongLong(), id);
        QCOMPARE(CandidateRepository(f.workspace()).count({}).value(), before + 1);
        QVERIFY(view.statusText().contains(QStringLiteral("already in Sourcedesk")));
    }

    void mainWindowReachesIt()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        MainWindow *window = f.window();
        SyncToolDocks *docks = window->syncParts()->tools();
        QAction *show = window->findChild<QAction *>(QStringLiteral("showRemoteSearchAction"));
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(docks->searchDock()->isVisible());
        // Not connected: says what to do instead of searching.
        docks->search()->search();
        QVERIFY(docks->search()->statusText().contains(QStringLiteral("Connect to SmartRecruiters")));
    }
};

QTEST_MAIN(TestGuiSyncSearch)
#include "TestGuiSyncSearch.moc"
