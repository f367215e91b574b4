#pragma once
// The app's outreach loop: OutreachRunner rounds on a worker thread (SMTP and IMAP block), every
// `intervalSeconds` and whenever kick() is called (a member enrolled, a task done, a mailbox saved).
// The mailbox secrets are read from the keychain on the owner's thread and handed to the worker;
// they never touch the database. Stopping cancels a running round and waits for it.
#include "OutreachRunner.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace sd {
class Workspace;
}

namespace sd::connection {
class SecretStore;
}

namespace sd::outreach {

class OutreachService : public QObject
{
    Q_OBJECT
public:
    OutreachService(std::shared_ptr<const Workspace> workspace, connection::SecretStore *secrets,
                    QObject *parent = nullptr);
    ~OutreachService() override;

    void start(int intervalSeconds = 60);
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

    // Reads the mailboxes' secrets again (after Settings → Mailbox saved one), then runs a round.
    void reloadSecrets();
    // Runs a round soon (coalesced with one already waiting).
    void kick();
    // For tests and headless use: a secret given directly instead of from the keychain.
    void setSecret(const QString &address, const QString &secret);

signals:
    void roundStarted();
    // A short summary for the status bar, and the errors a recruiter must act on (one per mailbox).
    void roundFinished(const QString &summary, const QStringList &errors);

private:
    QString secretFor(const QString &address) const;

    std::shared_ptr<const Workspace> m_workspace;
    QPointer<connection::SecretStore> m_secrets;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    mutable QMutex m_mutex;
    QHash<QString, QString> m_secretByAddress;
    std::unique_ptr<OutreachRunner> m_runner;
};

// "Sent 3 · 1 reply · 2 tasks" style summary of a round (tr()'d, plural forms).
QString summarize(const RoundReport &report);

} // namespace sd::outreach
