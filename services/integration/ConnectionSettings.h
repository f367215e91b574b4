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
    // The first problem with these values, for the user; empty when they are fine.
    QString problem() const;
};

// The scopes Sourcedesk asks for and checks in "Test integration".
QStringList requiredScopes();
// Scopes that unlock more (live stage updates) but are not needed to work.
QStringList optionalScopes();

} // namespace sd::integration
