#pragma once
// The SmartRecruiters HTTP log: one line per request and one per answer in the logging category
// sourcedesk.sr.http (off by default; QT_LOGGING_RULES="sourcedesk.sr.http.debug=true").
// Secrets are removed by field name wherever they appear: headers, query parameters, form bodies
// and JSON bodies at any depth (names from sd::logging::isSecretName).
#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcSrHttp)

namespace sd::sr::httplog {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QString redactUrl(const QUrl &url);
QString redactHeaders(const Headers &headers);
// Form (application/x-www-form-urlencoded), JSON (any depth) or other text; binary bodies are
// summarised by size. At most `maxChars` characters are kept.
QString redactBody(const QByteArray &body, const QByteArray &contentType, int maxChars = 2000);

void logRequest(quint64 id, int attempt, const QByteArray &method, const QUrl &url, const Headers &headers,
                const QByteArray &body, const QByteArray &contentType);
void logAnswer(quint64 id, int attempt, const QByteArray &method, const QUrl &url, int status, qint64 elapsedMs,
               const Headers &headers, const QByteArray &body, const QString &error);

} // namespace sd::sr::httplog
