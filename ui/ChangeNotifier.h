#pragma once

#include <QObject>

namespace sd::ui {

// One per window: views and dialogs announce what they changed in the workspace, and the views
// that show that data reload. Keeps the views independent of each other (no view knows another).
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void candidatesChanged();
    void campaignsChanged();
    // Members, statuses or activities of one campaign (0: possibly any campaign).
    void membersChanged(qint64 campaignId);
    // Settings the whole team shares (sync settings, the SmartRecruiters connection, the stage
    // catalogue) changed elsewhere: a teammate's app (TeamChangeRelay).
    void teamSettingsChanged();
};

} // namespace sd::ui
