#pragma once
// Users API (user-api/v201804): the signed-in user and the company's users.
#include "Page.h"

namespace sd::sr {

class ApiCall;
class ApiClient;

struct User
{
    QString id;
    QString email;
    QString firstName;
    QString lastName;
    QString role; // EMPLOYEE, RESTRICTED, STANDARD, EXTENDED, ADMINISTRATOR
    QString systemRoleId;
    bool active = true;

    static User fromJson(const JsonReader &r);
};

class UsersApi
{
public:
    static constexpr QLatin1StringView kBase{"/user-api/v201804"};

    explicit UsersApi(ApiClient *client) : m_client(client) {}

    ApiCall *me(QObject *context, Done<User> done) const;
    // q needs at least 3 characters (SmartRecruiters' rule); empty = everyone.
    ApiCall *list(const QString &q, const QString &pageId, int limit, QObject *context, Done<Page<User>> done) const;

private:
    ApiClient *m_client;
};

} // namespace sd::sr
