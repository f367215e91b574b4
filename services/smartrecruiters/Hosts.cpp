#include "Hosts.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace sd::sr {

namespace {

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString trHosts(const char *text)
{
    return QCoreApplication::translate("sd::sr::Hosts", text);
}

} // namespace

QUrl Hosts::consentUrl() const
{
    return withPath(web, QStringLiteral("/identity/oauth/allow"));
}

QUrl Hosts::tokenUrl() const
{
    return withPath(api, QStringLiteral("/identity/oauth/token"));
}

QUrl Hosts::apiUrl(const QString &path) const
{
    return withPath(api, path);
}

QString Hosts::apiKey() const
{
    const int port = api.port();
    return port < 0 ? api.host().toLower() : api.host().toLower() + u':' + QString::number(port);
}

bool Hosts::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString Hosts::problemWith(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return trHosts(QT_TRANSLATE_NOOP("sd::sr::Hosts", "“%1” is not a web address such as https://api.smartrecruiters.com."))
            .arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return trHosts(QT_TRANSLATE_NOOP("sd::sr::Hosts", "“%1” must start with https://.")).arg(url.toString());
    if (scheme == QLatin1String("http") && !isLoopback(url))
        return trHosts(QT_TRANSLATE_NOOP("sd::sr::Hosts", "“%1” must use https://: only this computer's own test server (localhost) may use "
                       "plain http."))
            .arg(url.toString());
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return trHosts(QT_TRANSLATE_NOOP("sd::sr::Hosts", "“%1” must be a plain base address, without user name, query or fragment."))
            .arg(url.toString());
    return {};
}

} // namespace sd::sr
