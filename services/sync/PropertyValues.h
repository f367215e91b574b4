#pragma once
// Candidate property values as SmartRecruiters encodes them per type (API notes §6.7): a mapped
// Sourcedesk value ("true", "GBP 1200", "2026-03-01") becomes the JSON the batch set expects.
#include <QJsonValue>
#include <QString>

namespace sd::sync {

// The JSON for `text` of a property of `type` (BOOLEAN, COUNTRY, CURRENCY, DATE, NUMBER, PERCENT,
// REGION, TEXT, USER, SINGLE_SELECT); undefined with `problem` set when the text does not fit.
QJsonValue encodePropertyValue(const QString &type, const QString &text, QString *problem);
// The same value as text, for comparing with Sourcedesk's and for the sync log.
QString propertyValueText(const QJsonValue &value);

} // namespace sd::sync
