#include "KeychainSecretStore.h"

#include "Logging.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

namespace sd::connection {

namespace {
Q_LOGGING_CATEGORY(lcKeychain, "sourcedesk.connection.keychain")
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QStringLiteral("Sourcedesk"), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(value);
    run(job, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, context, std::move(done));
}

void KeychainSecretStore::run(QKeychain::Job *job, QObject *context, Callback done)
{
    // Plain-text storage is a trust decision the user has to make explicitly; it is never implied.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this,
            [this, guard = QPointer<QObject>(context), done = std::move(done)](QKeychain::Job *finished) {
                Result result = resultOf(finished);
                if (result.ok()) {
                    if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                        result.value = readJob->textData();
                } else if (result.status != Status::NotFound) {
                    qCWarning(lcKeychain).noquote() << "keychain operation on" << finished->key() << "failed:"
                                                    << sd::logging::redact(finished->errorString());
                }
                finish(guard, done, result);
            });
    job->start();
}

SecretStore::Result KeychainSecretStore::resultOf(const QKeychain::Job *job) const
{
    // errorString() comes from the keychain backend and names the failure, never the secret; it is
    // still passed through the redactor in case a backend echoes more than it should.
    const QString detail = sd::logging::redact(job->errorString());
    switch (job->error()) {
    case QKeychain::NoError:
        return {Status::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {Status::NotFound, {}, {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Status::Unavailable,
                tr("No keychain is available on this computer (%1). Sourcedesk keeps SmartRecruiters "
                   "sign-ins only in the system keychain and does not store them in plain text. Install or "
                   "unlock a keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) "
                   "and try again.")
                    .arg(detail),
                {}};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {Status::Denied,
                tr("Access to the system keychain was refused (%1). Allow Sourcedesk to use the keychain, "
                   "or unlock it, and try again.")
                    .arg(detail),
                {}};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // The Secret Service answers OtherError when the session bus or the daemon cannot be reached.
    if (detail.contains(QLatin1String("dbus"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("could not connect"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("secret service"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("org.freedesktop.secrets"), Qt::CaseInsensitive)) {
        return {Status::Unavailable,
                tr("The system keychain cannot be reached (%1). Sourcedesk keeps SmartRecruiters sign-ins "
                   "only in the system keychain and does not store them in plain text. Make sure a keychain "
                   "service is running and unlocked, then try again.")
                    .arg(detail),
                {}};
    }
    return {Status::Failed, tr("The system keychain reported an error: %1").arg(detail), {}};
}

} // namespace sd::connection
