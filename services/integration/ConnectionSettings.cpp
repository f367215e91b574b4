#include "ConnectionSettings.h"

#include "SqlUtil.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace sd::integration {

namespace {

const QString kMethod = QStringLiteral("sr.method");
const QString kApiUrl = QStringLiteral("sr.apiUrl");
const QString kWebUrl = QStringLiteral("sr.webUrl");
const QString kClientId = QStringLiteral("sr.clientId");
const QString kRedirect = QStringLiteral("sr.redirectUri");
const QString kAccountId = QStringLiteral("sr.accountId");
const QString kAccountName = QStringLiteral("sr.accountName");
const QString kAccountEmail = QStringLiteral("sr.accountEmail");
const QString kCompany = QStringLiteral("sr.companyName");
const QString kScopes = QStringLiteral("sr.grantedScopes");

QString trSettings(const char *text)
{
    return QCoreApplication::translate("sd::integration::ConnectionSettings", text);
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// All keys or none: a crash half-way must not leave a connection pointing at two hosts.
bool writeAll(const Workspace &workspace, const QList<std::pair<QString, QString>> &values, QString *error)
{
    sql::Transaction tx(workspace.connection());
    if (!tx.isActive()) {
        setError(error, tx.error().toString());
        return false;
    }
    for (const auto &[key, value] : values) {
        if (const Status st = workspace.setSetting(key, value)) {
            setError(error, st->toString());
            return false;
        }
    }
    if (const Status st = tx.commit()) {
        setError(error, st->toString());
        return false;
    }
    return true;
}

} // namespace

QString ConnectionSettings::secretScope() const
{
    return method == AuthMethod::ApiKey ? QStringLiteral("api-key") : clientId;
}

QString ConnectionSettings::problem() const
{
    if (const QString p = sr::Hosts::problemWith(hosts.api); !p.isEmpty())
        return trSettings(QT_TRANSLATE_NOOP("sd::integration::ConnectionSettings", "API address: %1")).arg(p);
    if (const QString p = sr::Hosts::problemWith(hosts.web); !p.isEmpty())
        return trSettings(QT_TRANSLATE_NOOP("sd::integration::ConnectionSettings", "Sign-in address: %1")).arg(p);
    if (method == AuthMethod::OAuth) {
        if (clientId.trimmed().isEmpty())
            return trSettings(QT_TRANSLATE_NOOP("sd::integration::ConnectionSettings", "Enter the OAuth client id of your SmartRecruiters app (Settings → Apps & "
                              "Integrations → Credentials in SmartRecruiters)."));
        const QUrl redirect(redirectUri, QUrl::StrictMode);
        if (!redirect.isValid() || redirect.scheme().isEmpty() || redirect.host().isEmpty())
            return trSettings(QT_TRANSLATE_NOOP("sd::integration::ConnectionSettings", "The redirect URI “%1” is not a web address; it must match one registered "
                              "for the OAuth client exactly."))
                .arg(redirectUri);
    }
    return {};
}

ConnectionSettings ConnectionSettings::load(const Workspace &workspace, QString *error)
{
    ConnectionSettings s;
    const QString method = workspace.setting(kMethod, QStringLiteral("oauth"));
    if (method == QLatin1String("api_key"))
        s.method = AuthMethod::ApiKey;
    else if (method != QLatin1String("oauth"))
        setError(error, trSettings(QT_TRANSLATE_NOOP("sd::integration::ConnectionSettings", "The workspace setting %1 is “%2”; expected “oauth” or “api_key”. "
                                   "Using OAuth."))
                            .arg(kMethod, method));
    const auto url = [&](const QString &key, const QUrl &fallback) {
        const QString text = workspace.setting(key);
        if (text.isEmpty())
            return fallback;
        const QUrl value(text, QUrl::StrictMode);
        if (const QString p = sr::Hosts::problemWith(value); !p.isEmpty()) {
            setError(error, trSettings(QT_TRANSLATE_NOOP("sd::integration::ConnectionSettings", "The workspace setting %1 is not usable (%2); using %3."))
                                .arg(key, p, fallback.toString()));
            return fallback;
        }
        return value;
    };
    s.hosts.api = url(kApiUrl, s.hosts.api);
    s.hosts.web = url(kWebUrl, s.hosts.web);
    s.clientId = workspace.setting(kClientId);
    s.redirectUri = workspace.setting(kRedirect, s.redirectUri);
    s.accountId = workspace.setting(kAccountId);
    s.accountName = workspace.setting(kAccountName);
    s.accountEmail = workspace.setting(kAccountEmail);
    s.companyName = workspace.setting(kCompany);
    s.grantedScopes = workspace.setting(kScopes).split(u' ', Qt::SkipEmptyParts);
    return s;
}

bool ConnectionSettings::save(const Workspace &workspace, QString *error) const
{
    if (const QString p = problem(); !p.isEmpty()) {
        setError(error, p);
        return false;
    }
    const QList<std::pair<QString, QString>> values = {
        {kMethod, method == AuthMethod::ApiKey ? QStringLiteral("api_key") : QStringLiteral("oauth")},
        {kApiUrl, hosts.api.toString()},
        {kWebUrl, hosts.web.toString()},
        {kClientId, clientId.trimmed()},
        {kRedirect, redirectUri.trimmed()},
        {kAccountId, accountId},
        {kAccountName, accountName},
        {kAccountEmail, accountEmail},
        {kCompany, companyName},
        {kScopes, grantedScopes.join(u' ')},
    };
    return writeAll(workspace, values, error);
}

bool ConnectionSettings::clearAccount(const Workspace &workspace, QString *error)
{
    QList<std::pair<QString, QString>> values;
    for (const QString &key : {kAccountId, kAccountName, kAccountEmail, kCompany, kScopes})
        values.append({key, QString()});
    return writeAll(workspace, values, error);
}

QStringList requiredScopes()
{
    return {QStringLiteral("candidates_read"),  QStringLiteral("candidates_create"),
            QStringLiteral("candidates_manage"), QStringLiteral("candidate_status_read"),
            QStringLiteral("jobs_read"),         QStringLiteral("configuration_read"),
            QStringLiteral("user_me_read"),      QStringLiteral("users_read"),
            QStringLiteral("messages_read"),     QStringLiteral("messages_write")};
}

QStringList optionalScopes()
{
    return {QStringLiteral("webhooks_manage")};
}

} // namespace sd::integration
