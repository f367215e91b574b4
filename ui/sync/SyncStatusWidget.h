#pragma once
// The status bar while the sync engine works: "Sending to SmartRecruiters 12/40", a progress bar
// and Cancel (the jobs not yet sent stay in the outbox for later), and a "3 need attention" button
// that opens the sync log on them.
#include "SyncHub.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace sd {
class Workspace;
}

namespace sd::ui {

class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    SyncStatusWidget(const Workspace &workspace, SyncHub *hub, QWidget *parent = nullptr);

    QString text() const;
    bool isSending() const { return m_sending; }

public slots:
    void showProgress(int done, int total);
    void cancel();
    void updateAttention();

signals:
    void attentionRequested(); // the "need attention" button: open the log on those jobs
    void message(const QString &text);

private:
    void attachEngine(sync::SyncEngine *engine);
    void finished();

    const Workspace &m_workspace;
    QPointer<SyncHub> m_hub;
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_attention;
    QTimer *m_attentionTimer;
    bool m_sending = false;
};

} // namespace sd::ui
