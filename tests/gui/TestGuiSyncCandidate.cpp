// The candidate page's SmartRecruiters tab: the link and "View in SmartRecruiters", "Sync as"
// overrides stored on the candidate layer (locked team rows read-only), a file attached and queued
// for upload, an edit shown as typed in Sourcedesk (the workspace's sync events queue the update),
// and the person's sync history.
#include "GuiTestSupport.h"

#include "CandidateProfileDialog.h"
#include "CandidateSyncPanel.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "OutboxTableModel.h"
#include "SettingValueEdit.h"
#include "SettingsStore.h"
#include "SyncEvents.h"
#include "SyncHub.h"
#include "SyncLogView.h"
#include "SyncSettingsEditor.h"
#include "SyncStore.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

using namespace sd;
using namespace sd::ui;

namespace {

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void openUrl(const QUrl &url) { urls << url; }
};

QList<sync::JobKind> jobKinds(const Workspace &ws, qint64 candidateId)
{
    sync::OutboxQuery query;
    query.candidateId = candidateId;
    QList<sync::JobKind> kinds;
    Result<QList<sync::OutboxJob>> jobs = sync::Outbox(ws).list(query);
    if (jobs.ok()) {
        for (const sync::OutboxJob &j : jobs.value())
            kinds << j.kind;
    }
    return kinds;
}

} // namespace

class TestGuiSyncCandidate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void smartRecruitersTab()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        // As the app opens workspaces: every change queues what it owes SmartRecruiters.
        f.sharedWorkspace()->setEvents(
            std::make_shared<sync::SyncEvents>(f.workspace(), QStringLiteral("manual")));
        const qint64 ada = f.addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"),
                                          QStringLiteral("Analytical Engines"), QStringLiteral("Analyst"));
        QVERIFY(!sync::SyncStore(f.workspace())
                     .setLink(ada, QStringLiteral("sr-123"), QStringLiteral("created")));
        QVERIFY(!sync::SettingsStore(f.workspace())
                     .setLocked(QString::fromLatin1(sync::key::NoteKinds), true, QStringLiteral("admin")));
        MainWindow *window = f.window();
        CandidateProfileDialog *profile =
            CandidateProfileDialog::showProfile(f.workspace(), window->notifier(), ada, window);
        QVERIFY(profile);
        CandidateSyncPanel *panel = profile->syncPanel();
        QVERIFY(panel);

        // The link, and the candidate's page in SmartRecruiters.
        QVERIFY2(panel->statusText().contains(QStringLiteral("sr-123")), qPrintable(panel->statusText()));
        QVERIFY(panel->statusText().contains(QStringLiteral("created by Sourcedesk")));
        QCOMPARE(panel->profileUrl(),
                 QUrl(QStringLiteral("https://www.smartrecruiters.com/app/people/candidates/sr-123")));
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "openUrl");
        panel->findChild<QPushButton *>(QStringLiteral("candidateViewInSr"))->click();
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.urls, QList<QUrl>{panel->profileUrl()});

        // "Sync as": the candidate layer; the admin's lock holds here too.
        SyncSettingsEditor *syncAs = panel->syncAs();
        QCOMPARE(syncAs->layer(), sync::Layer::Candidate);
        QVERIFY(!syncAs->keys().contains(QString::fromLatin1(sync::key::FieldMapping)));
        auto *noteKinds =
            qobject_cast<QLineEdit *>(syncAs->editor(QString::fromLatin1(sync::key::NoteKinds))->input());
        QVERIFY(noteKinds->isReadOnly());
        auto *trigger =
            qobject_cast<QComboBox *>(syncAs->editor(QString::fromLatin1(sync::key::CreateTrigger))->input());
        trigger->setCurrentIndex(trigger->findData(QStringLiteral("never")));
        panel->findChild<QPushButton *>(QStringLiteral("candidateSyncAsSave"))->click();
        Result<sync::SettingsLayers> layers = sync::SettingsStore(f.workspace()).load({}, 0, ada);
        QVERIFY(layers.ok());
        QCOMPARE(layers->candidate.value(QString::fromLatin1(sync::key::CreateTrigger)).value,
                 QStringLiteral("never"));

        // A file: stored with the candidate and queued for upload (the person is linked).
        const QString cv = f.path(QStringLiteral("ada-cv.pdf"));
        QFile file(cv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 a tiny test file");
        file.close();
        FileDialog::setNextFileName(cv);
        panel->findChild<QPushButton *>(QStringLiteral("candidateAddAttachment"))->click();
        Result<QList<sync::Attachment>> files = sync::SyncStore(f.workspace()).attachments(ada);
        QVERIFY(files.ok());
        QCOMPARE(files->size(), 1);
        QCOMPARE(files->first().fileName, QStringLiteral("ada-cv.pdf"));
        QCOMPARE(panel->attachments()->topLevelItemCount(), 1);
        QVERIFY(jobKinds(f.workspace(), ada).contains(sync::JobKind::UploadAttachment));

        // An edit on the page: recorded as typed in Sourcedesk, queued as a field update.
        auto *title = profile->findChild<QLineEdit *>(QStringLiteral("jobTitle"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Engineer"));
        auto *save = profile->findChild<QPushButton *>(QStringLiteral("profileSave"));
        QVERIFY(save->isEnabled());
        save->click();
        QVERIFY(jobKinds(f.workspace(), ada).contains(sync::JobKind::UpdateFields));
        QList<QTreeWidgetItem *> sources;
        QTRY_COMPARE(
            (sources = panel->fieldSources()->findItems(QStringLiteral("title"), Qt::MatchExactly)).size(),
            1);
        QCOMPARE(sources.first()->text(1), QStringLiteral("Typed in Sourcedesk"));

        // The person's history: the same jobs as the outbox holds for them.
        auto *tabs = profile->findChild<QTabWidget *>(QStringLiteral("profileTabs"));
        tabs->setCurrentWidget(panel);
        panel->findChild<QTabWidget *>(QStringLiteral("candidateSyncTabs"))
            ->setCurrentWidget(panel->history());
        QTRY_COMPARE(panel->history()->model()->rowCount(), int(jobKinds(f.workspace(), ada).size()));
        profile->close();
    }
};

QTEST_MAIN(TestGuiSyncCandidate)
#include "TestGuiSyncCandidate.moc"
