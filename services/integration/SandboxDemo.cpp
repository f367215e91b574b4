#include "SandboxDemo.h"

#include "Hosts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace sd::integration {

QUrl sandboxUrlFromEnvironment()
{
    const QUrl url(qEnvironmentVariable("SOURCEDESK_SANDBOX_URL"), QUrl::StrictMode);
    if (!url.isValid() || !sr::Hosts::isLoopback(url) || !sr::Hosts::problemWith(url).isEmpty())
        return {};
    return url;
}

void fetchSandboxCredentials(const QUrl &sandbox, QObject *context, std::function<void(const SandboxCredentials &)> done)
{
    auto *nam = new QNetworkAccessManager(context);
    QUrl url = sandbox;
    url.setPath(QStringLiteral("/__sandbox/credentials"));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = nam->get(request);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, nam, done = std::move(done)] {
        SandboxCredentials c;
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError || o.isEmpty()) {
            c.error = QCoreApplication::translate("sd::integration::SandboxDemo",
                                                  "The local sandbox did not answer (%1). Start it with ./scripts/run.sh.")
                          .arg(reply->errorString());
        } else {
            c.clientId = o.value(QLatin1String("clientId")).toString();
            c.clientSecret = o.value(QLatin1String("clientSecret")).toString();
            c.redirectUri = o.value(QLatin1String("redirectUris")).toArray().first().toString();
            c.apiKey = o.value(QLatin1String("apiKey")).toString();
            const QJsonObject admin = o.value(QLatin1String("users")).toArray().first().toObject();
            c.userEmail = admin.value(QLatin1String("email")).toString();
            c.userPassword = admin.value(QLatin1String("password")).toString();
        }
        reply->deleteLater();
        nam->deleteLater();
        done(c);
    });
}

} // namespace sd::integration
