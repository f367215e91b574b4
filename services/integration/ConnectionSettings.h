#pragma once
// What a SmartRecruiters connection is, without its secrets: the method, the hosts, the OAuth
// client id and redirect URI, and who it was made as. Kept in the workspace (so the team shares
// hosts and client id); the secrets themselves live only in the keychain.
#include "Hosts.h"

#include <QString>
#include <QStringList>

namespace sd {
class Workspace;
}

namespace sd::integration {

enum class AuthMethod
{
    OAuth,
    ApiKey
};

// What the company policy (services/policy, docs/policy.md) says about the connection: hosts and
// client id it sets (used when the workspace has none) or locks (always used, cannot be changed),
// and the sign-in methods it allows.
struct ConnectionPolicy
{
    QString apiHost, authHost, clientId; // empty: the policy does not set it
    bool apiHostLocked = false, authHostLocked = false, clientIdLocked = false;
    QStringList allowedMethods;          // "oauth", "api_key"; empty: all
    QString lockedText;                  // "Locked by <setBy> (company policy)"
    QString setText;                     // "Set by <setBy> (company policy)"
    QString problem;                     // the policy file was ignored: why (banner and log)

    static ConnectionPolicy current();
    bool allows(AuthMethod method) const;
    // Why `method` cannot be used, for the Integration page and the CLI; empty when it can.
    QString refusal(AuthMethod method) const;
};

struct ConnectionSettings
{
    AuthMethod method = AuthMethod::OAuth;
    sr::Hosts hosts;
    QString clientId;
    QString redirectUri = QStringLiteral("http://localhost:8765/callback");
    // Filled once connected.
    QString accountId;
    QString accountName;
    QString accountEmail;
    QString companyName;
    QStringList grantedScopes;

    bool isConnected() const { return !accountId.isEmpty(); }
    // The account part of keychain keys: the OAuth client id or "api-key".
    QString secretScope() const;

    // Reads the settings; a stored value that is not usable (a bad URL, an unknown method) gives an
    // error naming the setting, and nothing is changed.
    static ConnectionSettings load(const Workspace &workspace, QString *error = nullptr);
    // Validates, then writes every key; false with the reason when a value is not acceptable.
    bool save(const Workspace &workspace, QString *error = nullptr) const;
    // Forgets the account (after a disconnect), keeping hosts and client id.
    static bool clearAccount(const Workspace &workspace, QString *error = nullptr);
    // The first problem with these values, for the user; empty when they are fine. Includes what
    // the company policy forbids: a sign-in method it does not allow, a host or client id it locked.
    QString problem() const;
    // Puts the policy's hosts and client id in: locked ones always, others when none is stored.
    void applyPolicy(const ConnectionPolicy &policy, bool storedApi, bool storedWeb, bool storedClient);
};

// The scopes Sourcedesk asks for and checks in "Test integration".
QStringList requiredScopes();
// Scopes that unlock more (live stage updates) but are not needed to work.
QStringList optionalScopes();

} // namespace sd::integration
