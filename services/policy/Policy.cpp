#include "Policy.h"

#include <QCoreApplication>
#include <QDir>

namespace sd::policy {

namespace {

QString trPolicy(const char *text)
{
    return QCoreApplication::translate("sd::policy::Policy", text);
}

QString who(const QString &setBy)
{
    return setBy.trimmed().isEmpty() ? trPolicy(QT_TRANSLATE_NOOP("sd::policy::Policy", "your administrator"))
                                     : setBy.trimmed();
}

} // namespace

bool Policy::allowsAuthMethod(const QString &method) const
{
    return allowedAuthMethods.isEmpty() || allowedAuthMethods.contains(method);
}

QString Policy::lockedText() const
{
    return trPolicy(QT_TRANSLATE_NOOP("sd::policy::Policy", "Locked by %1 (company policy)")).arg(who(setBy));
}

QString Policy::setText() const
{
    return trPolicy(QT_TRANSLATE_NOOP("sd::policy::Policy", "Set by %1 (company policy)")).arg(who(setBy));
}

QString PolicyStatus::summary() const
{
    if (error)
        return trPolicy(QT_TRANSLATE_NOOP(
                            "sd::policy::Policy",
                            "The company policy file was ignored as a whole because it is not valid: %1"))
            .arg(error->toString());
    if (policy)
        return trPolicy(QT_TRANSLATE_NOOP("sd::policy::Policy", "Company policy in force, set by %1 (%2)."))
            .arg(who(policy->setBy), QDir::toNativeSeparators(path));
    return {};
}

QString platformPolicyFilePath()
{
#if defined(Q_OS_WIN)
    const QString base = qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"));
    return QDir::cleanPath(base + QStringLiteral("/Sourcedesk/policy.json"));
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/Sourcedesk/policy.json");
#else
    return QStringLiteral("/etc/sourcedesk/policy.json");
#endif
}

QString policyFilePath()
{
    // Tests and admins trying a policy out point here without touching the system file.
    const QString overridden = qEnvironmentVariable("SOURCEDESK_POLICY_FILE");
    return overridden.isEmpty() ? platformPolicyFilePath() : overridden;
}

} // namespace sd::policy
