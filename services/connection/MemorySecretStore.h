#pragma once
// A SecretStore in memory, for tests: answers asynchronously like the keychain does, and can play
// a missing or refusing keychain.
#include "SecretStore.h"

#include <QMap>
#include <QStringList>

namespace sd::connection {

class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    // Every later operation ends with this status (Ok: behave normally again).
    void setFailure(Status status, const QString &message = {});

    bool contains(const QString &key) const { return m_values.contains(key); }
    QString value(const QString &key) const { return m_values.value(key); }
    QStringList keys() const { return m_values.keys(); }
    bool isEmpty() const { return m_values.isEmpty(); }
    int writeCount() const { return m_writes; }

private:
    void answer(QObject *context, Callback done, Result result);

    QMap<QString, QString> m_values;
    Status m_failure = Status::Ok;
    QString m_failureMessage;
    int m_writes = 0;
};

} // namespace sd::connection
