#pragma once
// The company policy an administrator installs system-wide, like the managed settings of other
// desktop apps: values for team settings (maybe locked), the SmartRecruiters hosts and OAuth client
// id (maybe locked), and which sign-in methods are allowed. A policy sits above the team layer: a
// locked policy value cannot be changed by a team admin, a recruiter, the CLI or an import.
// See docs/policy.md. QtCore only.
#include "Error.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::policy {

struct PolicyValue
{
    QString value; // as stored text (lists comma-separated, switches "true"/"false")
    bool locked = false;
};

struct Policy
{
    static constexpr int FormatVersion = 1;

    int version = FormatVersion;
    QString setBy;                       // who set it, shown to users ("IT department")
    QMap<QString, PolicyValue> settings; // sync setting key -> value
    std::optional<PolicyValue> apiHost;  // SmartRecruiters API address
    std::optional<PolicyValue> authHost; // SmartRecruiters sign-in address
    std::optional<PolicyValue> clientId; // OAuth client id
    QStringList allowedAuthMethods;      // "oauth", "api_key"; empty: every method

    // Whether `method` ("oauth" or "api_key") may be used.
    bool allowsAuthMethod(const QString &method) const;
    // "Locked by <setBy> (company policy)", translated.
    QString lockedText() const;
    // "Set by <setBy> (company policy)", translated: an unlocked policy value.
    QString setText() const;
};

// What the app found where it looks for the policy file.
struct PolicyStatus
{
    QString path;                 // where it looked
    bool present = false;         // a file is there
    std::optional<Policy> policy; // the policy in force (none when absent or malformed)
    std::optional<Error> error; // why the file was ignored as a whole (where: path:line:column or JSON path)

    // One line for a banner or the log; empty when there is no policy file.
    QString summary() const;
};

// The platform's policy file: /etc/sourcedesk/policy.json, %ProgramData%\Sourcedesk\policy.json,
// /Library/Application Support/Sourcedesk/policy.json; SOURCEDESK_POLICY_FILE overrides it.
QString policyFilePath();
QString platformPolicyFilePath();

inline constexpr const char *AuthOAuth = "oauth";
inline constexpr const char *AuthApiKey = "api_key";

} // namespace sd::policy
