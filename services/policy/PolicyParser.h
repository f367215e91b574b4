#pragma once
// Reads a policy file. All or nothing: any problem (bad JSON with its line and column, an unknown
// key, a wrong type, an unknown setting, an invalid value with its JSON path) rejects the whole file.
#include "Policy.h"

#include <QByteArray>
#include <QJsonValue>

#include <functional>

namespace sd::policy {

// Checks one setting value of the file. Returns the problem (empty when fine) and fills `stored`
// with the value as stored text. The sync settings catalog provides it (services/syncrules), so this
// library does not depend on it.
using SettingValidator = std::function<QString(const QString &key, const QJsonValue &value, QString *stored)>;

// `fileName` names the file in errors.
Result<Policy> parsePolicy(const QByteArray &json, const QString &fileName, const SettingValidator &validate);

// Reads `path`: absent gives an empty status (no policy), unreadable or malformed gives the error.
PolicyStatus loadPolicy(const QString &path, const SettingValidator &validate);

// Line and column (1-based, in characters) of a byte offset into `data`.
std::pair<int, int> lineColumnAt(const QByteArray &data, int offset);

} // namespace sd::policy
