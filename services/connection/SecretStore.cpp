#include "SecretStore.h"

#include "Hosts.h"

namespace sd::connection {

void SecretStore::finish(const QPointer<QObject> &context, const Callback &done, const Result &result)
{
    if (context && done)
        done(result);
}

namespace SecretKeys {

QString forAccount(const sd::sr::Hosts &hosts, const QString &account, const QString &name)
{
    return QStringLiteral("smartrecruiters/%1/%2/%3").arg(hosts.apiKey(), account, name);
}

QString refreshToken(const sd::sr::Hosts &hosts, const QString &clientId)
{
    return forAccount(hosts, clientId, QStringLiteral("refresh_token"));
}

QString clientSecret(const sd::sr::Hosts &hosts, const QString &clientId)
{
    return forAccount(hosts, clientId, QStringLiteral("client_secret"));
}

QString apiKey(const sd::sr::Hosts &hosts, const QString &account)
{
    return forAccount(hosts, account, QStringLiteral("api_key"));
}

} // namespace SecretKeys

} // namespace sd::connection
