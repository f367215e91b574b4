#include "MemorySecretStore.h"

#include <QTimer>

namespace sd::connection {

void MemorySecretStore::setFailure(Status status, const QString &message)
{
    m_failure = status;
    m_failureMessage = message.isEmpty() && status != Status::Ok ? tr("The test keychain is switched off.") : message;
}

void MemorySecretStore::answer(QObject *context, Callback done, Result result)
{
    if (m_failure != Status::Ok)
        result = {m_failure, m_failureMessage, {}};
    // Like a real keychain, the answer comes later, from the event loop.
    QTimer::singleShot(0, this, [guard = QPointer<QObject>(context), done = std::move(done), result] {
        finish(guard, done, result);
    });
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    Result r;
    if (m_failure == Status::Ok) {
        const auto it = m_values.constFind(key);
        if (it == m_values.cend())
            r = {Status::NotFound, {}, {}};
        else
            r.value = it.value();
    }
    answer(context, std::move(done), r);
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    if (m_failure == Status::Ok) {
        m_values.insert(key, value);
        ++m_writes;
    }
    answer(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    Result r;
    if (m_failure == Status::Ok && m_values.remove(key) == 0)
        r.status = Status::NotFound;
    answer(context, std::move(done), r);
}

} // namespace sd::connection
