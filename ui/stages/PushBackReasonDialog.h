#pragma once
// The push-back reason picker. With the team setting sync.stageSync.pushBack on, a status change
// is sent back to SmartRecruiters by the planner on its own, except when the status maps to
// REJECTED or WITHDRAWN (SmartRecruiters needs a reason) or when the mapping is ambiguous between
// those: the planner skips it and this dialog asks the recruiter. It loads the rejection and
// withdrawal reasons asynchronously, lets the recruiter choose rejection or withdrawal where both
// map, and a reason, then queues one explicit push per member (SyncPlanner::pushStatus) and wakes
// the engine. "Don't push to SmartRecruiters" keeps the change in Sourcedesk only.
//
//   PushBackReasonDialog::offer(this, SyncHub::find(notifier), campaignId, ids, status);
#include "StatusPushBack.h"
#include "SyncHub.h" // QPointer members need the full type
#include "Types.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace sd {
class Workspace;
}

namespace sd::ui {

class PushBackReasonDialog : public QDialog
{
    Q_OBJECT
public:
    // What a change to `status` of `candidateIds` in `campaignId` needs: the members that have a
    // SmartRecruiters application to update, and the main statuses ("REJECTED", "WITHDRAWN") the
    // recruiter can choose between. Empty when no dialog is needed: push-back off, the campaign not
    // linked to a job (or linked to the talent pool), the status mapped to a stage that needs no
    // reason (the planner pushes that on its own), or no member in SmartRecruiters.
    struct Need
    {
        QList<qint64> candidateIds;
        QStringList stageIds;
        bool isEmpty() const { return candidateIds.isEmpty() || stageIds.isEmpty(); }
    };
    static Need need(const Workspace &workspace, const QString &user, qint64 campaignId,
                     const QList<qint64> &candidateIds, MemberStatus status);

    // After a status change: opens the dialog (window-modal, deletes itself when closed) when
    // need() says so; returns it, or null when nothing is to be asked (or there is no hub).
    static PushBackReasonDialog *offer(QWidget *parent, SyncHub *hub, qint64 campaignId,
                                       const QList<qint64> &candidateIds, MemberStatus status);

    PushBackReasonDialog(SyncHub *hub, qint64 campaignId, const Need &need, MemberStatus status,
                         QWidget *parent = nullptr);

    bool isLoading() const { return m_loading; }
    QString statusText() const;
    QComboBox *stageCombo() const { return m_stage; }
    QComboBox *reasonCombo() const { return m_reason; }
    QString chosenStage() const;
    QString chosenReason() const;
    const QList<qint64> &candidateIds() const { return m_need.candidateIds; }

public slots:
    // Reads the reason lists again (also after an error).
    void reload();
    // Queues the pushes with the chosen stage and reason, then closes.
    void accept() override;

private:
    void fillReasons();
    void updateButtons();
    void showError(const QString &text);

    QPointer<SyncHub> m_hub;
    qint64 m_campaignId;
    Need m_need;
    MemberStatus m_status;
    stagesync::ReasonLists m_reasons;
    bool m_loading = false;
    int m_generation = 0;
    QLabel *m_intro;
    QLabel *m_stageLabel;
    QComboBox *m_stage;
    QComboBox *m_reason;
    QProgressBar *m_busy;
    QLabel *m_statusLabel;
    QPushButton *m_retry;
    QPushButton *m_push;
    QPushButton *m_dontPush;
};

} // namespace sd::ui
