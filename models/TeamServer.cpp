#include "TeamServer.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace sd {

namespace {

constexpr auto kScheme = "postgresql";
constexpr auto kShortScheme = "postgres";

QString trServer(const char *text)
{
    return QCoreApplication::translate("sd::TeamServer", text);
}

} // namespace

bool TeamServer::isLocation(const QString &location)
{
    return location.startsWith(QLatin1String(kScheme) + QLatin1String("://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String(kShortScheme) + QLatin1String("://"), Qt::CaseInsensitive);
}

QString TeamServer::withoutPassword(const QString &location)
{
    // Not through QUrl: an address too broken for QUrl may still hold a password. The user info
    // ends at the last '@' before the path; its password starts at the first ':'.
    const qsizetype start = location.indexOf(QLatin1String("://"));
    if (start < 0)
        return location;
    const qsizetype authority = start + 3;
    qsizetype end = location.indexOf(u'/', authority);
    if (end < 0)
        end = location.size();
    const qsizetype at = location.lastIndexOf(u'@', end - 1);
    if (at < authority)
        return location;
    const qsizetype colon = location.indexOf(u':', authority);
    if (colon < 0 || colon > at)
        return location;
    return location.left(colon + 1) + QStringLiteral("***") + location.mid(at);
}

bool TeamServer::isValidSslMode(const QString &mode)
{
    static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                      QStringLiteral("require"), QStringLiteral("verify-ca"),
                                      QStringLiteral("verify-full")};
    return modes.contains(mode);
}

std::optional<TeamServer> TeamServer::parse(const QString &location, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<TeamServer> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isLocation(location))
        return fail(trServer(QT_TRANSLATE_NOOP("sd::TeamServer",
                                               "A team workspace address starts with postgresql://.")));
    // Checked first: QUrl's own error text quotes the whole address.
    if (withoutPassword(location) != location)
        return fail(trServer(QT_TRANSLATE_NOOP("sd::TeamServer",
                                               "Leave the password out of the team workspace address; Sourcedesk "
                                               "keeps it in the keychain.")));
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return fail(trServer(QT_TRANSLATE_NOOP("sd::TeamServer", "The team workspace address is not valid: %1"))
                        .arg(url.errorString()));
    TeamServer s;
    s.host = url.host();
    s.port = url.port(5432);
    s.user = url.userName();
    s.database = url.path().mid(1);
    if (s.host.isEmpty())
        return fail(trServer(QT_TRANSLATE_NOOP("sd::TeamServer", "The team workspace address names no server.")));
    if (s.database.isEmpty() || s.database.contains(u'/'))
        return fail(trServer(QT_TRANSLATE_NOOP("sd::TeamServer",
                                               "The team workspace address names no database (…/database).")));
    if (s.user.isEmpty())
        return fail(trServer(QT_TRANSLATE_NOOP("sd::TeamServer",
                                               "The team workspace address names no user (user@server).")));
    if (s.port <= 0 || s.port > 65535)
        return fail(trServer(QT_TRANSLATE_NOOP("sd::TeamServer", "The port must be between 1 and 65535.")));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("sslmode"))
            return fail(trServer(QT_TRANSLATE_NOOP("sd::TeamServer",
                                                   "Unknown option “%1” in the team workspace address; only sslmode "
                                                   "is read."))
                            .arg(key));
        if (!isValidSslMode(value))
            return fail(trServer(QT_TRANSLATE_NOOP("sd::TeamServer",
                                                   "The TLS mode “%1” is not one of disable, allow, prefer, require, "
                                                   "verify-ca, verify-full."))
                            .arg(value));
        s.sslMode = value;
    }
    return s;
}

QString TeamServer::location() const
{
    QUrl url;
    url.setScheme(QLatin1String(kScheme));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString TeamServer::displayName() const
{
    return trServer(QT_TRANSLATE_NOOP("sd::TeamServer", "%1 on %2")).arg(database, host);
}

QString TeamServer::keychainKey() const
{
    return QStringLiteral("team-db/%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString TeamServer::connectOptions() const
{
    // A server that does not answer must not freeze a start for minutes.
    return QStringLiteral("sslmode=%1;connect_timeout=10;application_name=Sourcedesk").arg(sslMode);
}

} // namespace sd
