#include "StageSyncParts.h"

#include "ChangeNotifier.h"
#include "SettingsView.h"
#include "StageMappingPage.h"
#include "StageSyncPanel.h"
#include "SyncHub.h"
#include "SyncSettingsEditor.h"

#include <QStatusBar>
#include <QTimer>

namespace sd::ui {

StageSyncParts *StageSyncParts::install(SyncHub *hub, SettingsView *settings, QStatusBar *bar)
{
    return new StageSyncParts(hub, settings, bar);
}

StageSyncParts *StageSyncParts::find(const SyncHub *hub)
{
    return hub ? hub->findChild<StageSyncParts *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

StageSyncParts::StageSyncParts(SyncHub *hub, SettingsView *settings, QStatusBar *bar)
    : QObject(hub)
    , m_scheduler(new stagesync::StageSyncScheduler(*hub->workspace(), hub->actor(), hub->client(), this))
{
    setObjectName(QStringLiteral("stageSyncParts"));
    connect(hub, &SyncHub::connectionChanged, m_scheduler, [this, hub] { m_scheduler->setClient(hub->client()); });
    if (settings) {
        m_page = new StageMappingPage(*hub->workspace(), hub, m_scheduler, settings);
        settings->addPage(tr("Hiring stages"), m_page);
        // An admin's stage sync or mapping in a teammate's app (reload keeps unsaved choices).
        if (auto *notifier = qobject_cast<ChangeNotifier *>(hub->parent()))
            connect(notifier, &ChangeNotifier::teamSettingsChanged, m_page, &StageMappingPage::reload);
        // The stage sync settings are saved on Settings → SmartRecruiters sync: follow them.
        if (auto *editor = settings->findChild<SyncSettingsEditor *>()) {
            connect(editor, &SyncSettingsEditor::modifiedChanged, this, [this](bool modified) {
                if (modified)
                    return;
                m_scheduler->reload();
                m_page->syncPanel()->refresh();
            });
        }
    }
    if (bar) {
        connect(m_scheduler, &stagesync::StageSyncScheduler::started, bar,
                [bar] { bar->showMessage(tr("Syncing hiring stages from SmartRecruiters…")); });
        connect(m_scheduler, &stagesync::StageSyncScheduler::progress, bar, [bar](int done, int total) {
            bar->showMessage(tr("Syncing hiring stages from SmartRecruiters… %1 of %2").arg(done).arg(total));
        });
        connect(m_scheduler, &stagesync::StageSyncScheduler::finished, bar,
                [bar](const stagesync::StageSyncReport &r) {
                    bar->showMessage(r.ok ? tr("Hiring stages synced: %1 members moved, %2 stage drift.")
                                                .arg(r.updated.size())
                                                .arg(r.drift.size())
                                          : tr("The stage sync did not finish: %1")
                                                .arg(r.errors.isEmpty() ? tr("cancelled") : r.errors.first()),
                                     10000);
                });
        connect(m_scheduler, &stagesync::StageSyncScheduler::problem, bar,
                [bar](const QString &message) { bar->showMessage(message, 10000); });
    }
    // After the window is up: a missed run starts, or the timer waits for the next slot.
    QTimer::singleShot(0, m_scheduler, &stagesync::StageSyncScheduler::start);
}

} // namespace sd::ui
