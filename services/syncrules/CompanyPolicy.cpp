#include "CompanyPolicy.h"

#include "PolicyParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>

namespace sd::sync {

namespace {

Q_LOGGING_CATEGORY(lcPolicy, "sourcedesk.policy")

QMutex &policyMutex()
{
    static QMutex m;
    return m;
}

std::optional<policy::PolicyStatus> &cached()
{
    static std::optional<policy::PolicyStatus> status;
    return status;
}

policy::PolicyStatus readPolicy()
{
    policy::PolicyStatus status = policy::loadPolicy(policy::policyFilePath(), &validatePolicySetting);
    // The log keeps what the banner shows: an administrator reading it learns why the file was ignored.
    if (status.error)
        qCWarning(lcPolicy).noquote() << status.summary();
    else if (status.policy)
        qCInfo(lcPolicy).noquote() << status.summary();
    return status;
}

} // namespace

policy::PolicyStatus companyPolicy()
{
    QMutexLocker lock(&policyMutex());
    if (!cached())
        cached() = readPolicy();
    return *cached();
}

policy::PolicyStatus reloadCompanyPolicy()
{
    QMutexLocker lock(&policyMutex());
    cached() = readPolicy();
    return *cached();
}

QString validatePolicySetting(const QString &key, const QJsonValue &value, QString *stored)
{
    const SettingDef *d = findSetting(key);
    if (!d)
        return validateValue(key, QString()); // "Unknown setting …"
    QString text;
    bool typed = true;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isBool() && d->type == QLatin1StringView("bool")) {
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else if (value.isArray() && d->type == QLatin1StringView("list")) {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                typed = false;
            items << item.toString();
        }
        text = listValue(items);
    } else if ((value.isObject() || value.isArray()) && d->type == QLatin1StringView("json")) {
        text = QString::fromUtf8(value.isObject()
                                     ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    } else {
        typed = false;
    }
    if (!typed) {
        const char *expected =
            d->type == QLatin1StringView("bool")
                ? QT_TRANSLATE_NOOP("sd::sync::CompanyPolicy", "true, false or a string")
            : d->type == QLatin1StringView("list")
                ? QT_TRANSLATE_NOOP("sd::sync::CompanyPolicy",
                                    "a list of strings or a comma-separated string")
            : d->type == QLatin1StringView("json")
                ? QT_TRANSLATE_NOOP("sd::sync::CompanyPolicy", "a JSON array of rules or a string")
                : QT_TRANSLATE_NOOP("sd::sync::CompanyPolicy", "a string");
        return QCoreApplication::translate("sd::sync::CompanyPolicy", "%1: wrong type; expected %2")
            .arg(key, QCoreApplication::translate("sd::sync::CompanyPolicy", expected));
    }
    if (const QString bad = validateValue(key, text); !bad.isEmpty())
        return bad;
    if (stored)
        *stored = text;
    return {};
}

void applyCompanyPolicy(const policy::PolicyStatus &status, SettingsLayers *layers)
{
    layers->policy.clear();
    layers->policySetBy.clear();
    if (!status.policy)
        return; // absent, or ignored as a whole
    layers->policySetBy = status.policy->setBy;
    for (auto it = status.policy->settings.cbegin(); it != status.policy->settings.cend(); ++it)
        layers->policy.insert(it.key(), StoredValue{it->value, it->locked, status.policy->setBy});
}

} // namespace sd::sync
