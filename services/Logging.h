#pragma once

#include <QString>

namespace sd::logging {

// Removes secrets from any text before it is logged or shown: values of fields named like a secret
// (access_token, refresh_token, code, client_secret, password, api key, ...) in query strings, form
// bodies, JSON and headers, and Bearer/X-SmartToken credentials. Redaction is by field name, so a
// new secret-bearing field needs only its name added here.
QString redact(const QString &text);
// True for a field, parameter or header name whose value is a secret (case-insensitive). Used by
// structured redaction (the SmartRecruiters HTTP log walks headers, queries, forms and JSON).
bool isSecretName(QStringView name);

// Installs a message handler that writes redacted lines to stderr and to a rotating log file in
// `folder` (created if needed). Returns the log file's path, or an empty string when the folder is
// not writable (then only stderr is used).
QString install(const QString &folder);
void uninstall();

// The per-user log folder: <Workspace::dataFolder()>/logs, e.g. ~/.local/share/Sourcedesk/logs.
QString defaultFolder();

} // namespace sd::logging
