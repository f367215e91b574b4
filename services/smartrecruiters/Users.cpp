#include "Users.h"

#include "ApiClient.h"

namespace sd::sr {

User User::fromJson(const JsonReader &r)
{
    User u;
    u.id = r.string(QStringLiteral("id"), JsonReader::Required);
    u.email = r.string(QStringLiteral("email"));
    u.firstName = r.string(QStringLiteral("firstName"));
    u.lastName = r.string(QStringLiteral("lastName"));
    u.role = r.string(QStringLiteral("role"));
    u.systemRoleId = r.child(QStringLiteral("systemRole")).string(QStringLiteral("id"));
    u.active = r.boolean(QStringLiteral("active"), JsonReader::Optional, true);
    return u;
}

ApiCall *UsersApi::me(QObject *context, Done<User> done) const
{
    return m_client->call<User>(m_client->prepare(ApiRequest::get(kBase + QStringLiteral("/users/me"))), context,
                                std::move(done));
}

ApiCall *UsersApi::list(const QString &q, const QString &pageId, int limit, QObject *context, Done<Page<User>> done) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!q.isEmpty())
        query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(q)));
    if (!pageId.isEmpty())
        query.addQueryItem(QStringLiteral("pageId"), QString::fromLatin1(QUrl::toPercentEncoding(pageId)));
    return m_client->call<Page<User>>(m_client->prepare(ApiRequest::get(kBase + QStringLiteral("/users"), query)), context,
                                      std::move(done));
}

} // namespace sd::sr
