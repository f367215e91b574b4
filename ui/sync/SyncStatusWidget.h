#pragma once
// The status bar while the sync engine works: "Sending to SmartRecruiters 12/40", a progress bar
// and Cancel (the jobs not yet sent stay in the outbox for later), and a "3 need attention" button
// that opens the sync log on them. Left of them the connection at a glance ("SmartRecruiters:
// connected / offline / not connected"); clicking it opens the sync log.
#include "SyncHub.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QNetworkAccessManager;
class QPushButton;
class QToolButton;
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

    enum class Connection
    {
        NotConnected,
        Connected,
        Offline, // connected, but the last request failed with a network error
    };
    // Pure: the state from the hub's connection and the last request's outcome.
    static Connection connectionFor(bool connected, bool lastRequestNetworkFailed);
    static QString connectionLabel(Connection state);

    QString text() const;
    Connection connectionState() const;
    QString connectionText() const;
    bool isSending() const { return m_sending; }

public slots:
    void showProgress(int done, int total);
    void cancel();
    void updateAttention();
    // A SmartRecruiters request ended: with a network error (offline) or not (the server answered).
    void noteRequest(bool networkFailed);
    void updateConnection();

signals:
    void attentionRequested(); // the "need attention" button: open the log on those jobs
    void message(const QString &text);
    void logRequested();                  // the connection label: open the sync log
    void attentionCounted(int count);     // after each re-read of the outbox

private:
    void attachEngine(sync::SyncEngine *engine);
    void finished();
    void watchClient();

    const Workspace &m_workspace;
    QPointer<SyncHub> m_hub;
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_attention;
    QToolButton *m_connection;
    QPointer<QNetworkAccessManager> m_watched;
    bool m_offline = false;
    QTimer *m_attentionTimer;
    bool m_sending = false;
};

} // namespace sd::ui
