#pragma once
// The window's stage sync: one StageSyncScheduler on the SyncHub's live client (it follows the
// connection like the engine does), Settings → Hiring stages, and the status bar messages while
// a run goes. MainWindow calls install() once; everything else hangs off the hub.
#include "StageSyncScheduler.h"

#include <QObject>

class QStatusBar;

namespace sd::ui {

class SettingsView;
class StageMappingPage;
class SyncHub;

class StageSyncParts : public QObject
{
    Q_OBJECT
public:
    // Parented to `hub`; `settings` gets the "Hiring stages" page; `bar` (may be null) the messages.
    static StageSyncParts *install(SyncHub *hub, SettingsView *settings, QStatusBar *bar);
    static StageSyncParts *find(const SyncHub *hub);

    stagesync::StageSyncScheduler *scheduler() const { return m_scheduler; }
    StageMappingPage *page() const { return m_page; }

private:
    StageSyncParts(SyncHub *hub, SettingsView *settings, QStatusBar *bar);

    stagesync::StageSyncScheduler *m_scheduler;
    StageMappingPage *m_page = nullptr;
};

} // namespace sd::ui
