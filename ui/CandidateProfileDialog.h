#pragma once

#include "Types.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace sd {
class Workspace;
}

namespace sd::ui {

class CandidateForm;
class CandidateSyncPanel;
class ChangeNotifier;

// The candidate profile: every field editable, the activity timeline, the campaigns the person is
// in and the field change log. Opened without blocking (one per candidate; opening again raises it).
class CandidateProfileDialog : public QDialog
{
    Q_OBJECT

public:
    CandidateProfileDialog(const Workspace &workspace, ChangeNotifier *notifier, qint64 candidateId,
                           QWidget *parent = nullptr);

    // Shows the profile of `candidateId`, reusing an open one.
    static CandidateProfileDialog *showProfile(const Workspace &workspace, ChangeNotifier *notifier,
                                               qint64 candidateId, QWidget *parent);

    qint64 candidateId() const { return m_candidate.id; }
    CandidateForm *form() const { return m_form; }
    // The "SmartRecruiters" tab; null in a window without sync.
    CandidateSyncPanel *syncPanel() const { return m_syncPanel; }

public slots:
    bool save();
    void reload();
    void logActivity();
    void addToCampaign();

private:
    void loadTimeline();
    void loadMemberships();
    void loadChangeLog();
    void updateTitle();
    void reject() override;

    const Workspace &m_workspace;
    ChangeNotifier *m_notifier;
    Candidate m_candidate;
    QLabel *m_header;
    CandidateForm *m_form;
    QTabWidget *m_tabs;
    QTreeWidget *m_timeline;
    QTreeWidget *m_memberships;
    QTreeWidget *m_changes;
    QPushButton *m_save;
    CandidateSyncPanel *m_syncPanel = nullptr;
};

} // namespace sd::ui
