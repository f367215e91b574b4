#include "ConnectionSettings.h"

#include "CompanyPolicy.h"
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

ConnectionPolicy ConnectionPolicy::current()
{
    ConnectionPolicy out;
    const policy::PolicyStatus status = sync::companyPolicy();
    if (status.error)
        out.problem = status.summary();
    if (!status.policy)
        return out;
    const policy::Policy &p = *status.policy;
    out.lockedText = p.lockedText();
    out.setText = p.setText();
    out.allowedMethods = p.allowedAuthMethods;
    const auto take = [](const std::optional<policy::PolicyValue> &v, QString *value, bool *locked) {
        if (v) {
            *value = v->value;
            *locked = v->locked;
        }
    };
    take(p.apiHost, &out.apiHost, &out.apiHostLocked);
    take(p.authHost, &out.authHost, &out.authHostLocked);
    take(p.clientId, &out.clientId, &out.clientIdLocked);
    return out;
}

bool ConnectionPolicy::allows(AuthMethod method) const
{
    const QString key = QString::fromLatin1(method == AuthMethod::ApiKey ? policy::AuthApiKey : policy::AuthOAuth);
    return allowedMethods.isEmpty() || allowedMethods.contains(key);
}

QString ConnectionPolicy::refusal(AuthMethod method) const
{
    if (allows(method))
        return {};
    return method == AuthMethod::ApiKey
               ? trSettings(QT_TRANSLATE_NOOP("sd::integration::ConnectionSettings",
                                              "API keys are not allowed, only signing in with SmartRecruiters (%1)."))
                     .arg(lockedText)
               : trSettings(QT_TRANSLATE_NOOP("sd::integration::ConnectionSettings",
                                              "Signing in with SmartRecruiters is not allowed, only API keys (%1)."))
                     .arg(lockedText);
}

void ConnectionSettings::applyPolicy(const ConnectionPolicy &policy, bool storedApi, bool storedWeb, bool storedClient)
{
    if (!policy.apiHost.isEmpty() && (policy.apiHostLocked || !storedApi))
        hosts.api = QUrl(policy.apiHost, QUrl::StrictMode);
    if (!policy.authHost.isEmpty() && (policy.authHostLocked || !storedWeb))
        hosts.web = QUrl(policy.authHost, QUrl::StrictMode);
    if (!policy.clientId.isEmpty() && (policy.clientIdLocked || !storedClient))
        clientId = policy.clientId;
    // A method the policy forbids is never chosen for the user: take the first it allows.
    if (!policy.allows(method))
        method = method == AuthMethod::ApiKey ? AuthMethod::OAuth : AuthMethod::ApiKey;
}

QString ConnectionSettings::problem() const
{
    const ConnectionPolicy policy = ConnectionPolicy::current();
    if (const QString refused = policy.refusal(method); !refused.isEmpty())
        return refused;
    if (policy.apiHostLocked && hosts.api != QUrl(policy.apiHost, QUrl::StrictMode))
        return trSettings(QT_TRANSLATE_NOOP("sd::integration::ConnectionSettings", "The API address must be %2 (%1)."))
            .arg(policy.lockedText, policy.apiHost);
    if (policy.authHostLocked && hosts.web != QUrl(policy.authHost, QUrl::StrictMode))
        return trSettings(QT_TRANSLATE_NOOP("sd::integration::ConnectionSettings", "The sign-in address must be %2 (%1)."))
            .arg(policy.lockedText, policy.authHost);
    if (policy.clientIdLocked && method == AuthMethod::OAuth && clientId.trimmed() != policy.clientId)
        return trSettings(QT_TRANSLATE_NOOP("sd::integration::ConnectionSettings", "The OAuth client id must be %2 (%1)."))
            .arg(policy.lockedText, policy.clientId);
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
    s.applyPolicy(ConnectionPolicy::current(), !workspace.setting(kApiUrl).isEmpty(),
                  !workspace.setting(kWebUrl).isEmpty(), !s.clientId.isEmpty());
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
