#pragma once
// Webhooks API (webhooks-api/v201907): subscriptions.
#include "Page.h"

#include <QJsonObject>

namespace sd::sr {

class ApiCall;
class ApiClient;

struct Subscription
{
    QString id;
    QString callbackUrl;
    QStringList events;
    QString status; // inactive, active
    static Subscription fromJson(const JsonReader &r);
};

struct SubscriptionRequest
{
    QUrl callbackUrl;
    QStringList events;
    QString alertingEmailAddress;
    // callbackAuthentication of type "header": the receiver checks this header (name starts with x-).
    QString authHeaderName;
    QString authHeaderValue;

    QJsonObject toJson() const;
};

class WebhooksApi
{
public:
    static constexpr QLatin1StringView kBase{"/webhooks-api/v201907"};

    explicit WebhooksApi(ApiClient *client) : m_client(client) {}

    ApiCall *list(const QString &pageId, QObject *context, Done<ArrayOf<Subscription>> done) const;
    ApiCall *create(const SubscriptionRequest &request, QObject *context, Done<Subscription> done) const;
    // Answers after SmartRecruiters' handshake with the callback (up to 20 s).
    ApiCall *activate(const QString &subscriptionId, QObject *context, Done<NoContent> done) const;

private:
    ApiClient *m_client;
};

} // namespace sd::sr
