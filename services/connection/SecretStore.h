#pragma once
// Where Sourcedesk keeps secrets (refresh token, API key, OAuth client secret): an asynchronous
// key/value store behind one interface, so the OS keychain can be swapped for memory in tests.
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace sd::sr {
struct Hosts;
}

namespace sd::connection {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,    // nothing stored under the key (not an error for read and remove)
        Unavailable, // no keychain on this computer (or it cannot be reached)
        Denied,      // the user or the system refused access
        Failed,      // anything else
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Ok;
        // For the user when status is not Ok: what went wrong and what to do. Never a secret.
        QString message;
        // The secret read (read() with Ok only).
        QString value;

        bool ok() const { return status == Status::Ok; }
    };
    // Called once when the operation ends, unless the context object was destroyed by then.
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Callback done) = 0;
    // Removing a key that is not there ends with NotFound, which callers treat as success.
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

protected:
    // Runs done(result) only while context lives.
    static void finish(const QPointer<QObject> &context, const Callback &done, const Result &result);
};

// Keys are scoped by product, API host and account, so two SmartRecruiters hosts (production and a
// sandbox) or two OAuth clients never overwrite each other: smartrecruiters/<host[:port]>/<account>/<name>.
namespace SecretKeys {
QString forAccount(const sd::sr::Hosts &hosts, const QString &account, const QString &name);
QString refreshToken(const sd::sr::Hosts &hosts, const QString &clientId);
QString clientSecret(const sd::sr::Hosts &hosts, const QString &clientId);
QString apiKey(const sd::sr::Hosts &hosts, const QString &account);
} // namespace SecretKeys

} // namespace sd::connection
