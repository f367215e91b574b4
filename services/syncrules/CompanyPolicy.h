#pragma once
// The company policy in force for this process (services/policy), read once from
// policy::policyFilePath() with the sync settings catalog checking its values. Everything that
// resolves or writes settings asks here: SettingsStore, the connection settings, the CLI, the UI.
#include "Policy.h"
#include "SyncSettings.h"

#include <QJsonValue>

#include <optional>

namespace sd::sync {

// A copy: the sync engine reads it from worker threads too.
policy::PolicyStatus companyPolicy();
// Reads the file again (tests; `policy show`; after an administrator changed it).
policy::PolicyStatus reloadCompanyPolicy();

// A policy's setting value as stored text: strings, true/false for switches, arrays for lists,
// an object or array for the field mapping. The problem (empty when fine) names the key.
QString validatePolicySetting(const QString &key, const QJsonValue &value, QString *stored);

// Puts the policy's settings into `layers` (policy, policySetBy).
void applyCompanyPolicy(const policy::PolicyStatus &status, SettingsLayers *layers);

} // namespace sd::sync
