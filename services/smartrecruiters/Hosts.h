#pragma once
// Where SmartRecruiters lives for one connection: the API host (data and the token endpoint) and
// the web host (the consent page). Production by default; the local sandbox, a regional or a
// test host otherwise. Anything that is not loopback must be https.
#include <QString>
#include <QUrl>

namespace sd::sr {

struct Hosts
{
    QUrl api = QUrl(QStringLiteral("https://api.smartrecruiters.com"));
    QUrl web = QUrl(QStringLiteral("https://www.smartrecruiters.com"));

    static Hosts production() { return {}; }
    // One host for everything, as the sandbox serves it.
    static Hosts single(const QUrl &base) { return {base, base}; }

    QUrl consentUrl() const; // web + /identity/oauth/allow
    QUrl tokenUrl() const;   // api + /identity/oauth/token
    // api + path (path starts with '/'), keeping any base path of the configured URL.
    QUrl apiUrl(const QString &path) const;
    // "host[:port]" of the API: scopes keychain entries and rate-limit buckets.
    QString apiKey() const;

    // An empty string when the URL is usable as a base URL; otherwise what is wrong, for the user.
    static QString problemWith(const QUrl &url);
    static bool isLoopback(const QUrl &url);
};

} // namespace sd::sr
