#pragma once
// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows), service name "Sourcedesk". Never falls back to plain text: when no keychain
// is available it refuses and says why (an explicit opt-in fallback may come later).
#include "SecretStore.h"

namespace QKeychain {
class Job;
}

namespace sd::connection {

class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    // Another service name, so tests never touch the user's real entries.
    KeychainSecretStore(const QString &service, QObject *parent);

    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    void run(QKeychain::Job *job, QObject *context, Callback done);
    Result resultOf(const QKeychain::Job *job) const;

    QString m_service;
};

} // namespace sd::connection
