#pragma once

#include "CandidateRepository.h"
#include "Types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace sd::cli::json {

// The stable JSON shapes of --json output (documented in cli/README.md). Keys are camelCase; times
// are UTC ISO 8601 with milliseconds or null; enums use their stable keys (toKey()).
QJsonValue time(const QDateTime &dt);
QJsonArray strings(const QStringList &list);
QJsonArray ids(const QList<qint64> &list);

QJsonObject campaign(const Campaign &c);
// campaign() plus "total", "counts" {status key: n} and "lastActivityAt".
QJsonObject campaignSummary(const CampaignSummary &s);
QJsonObject candidate(const Candidate &c);
// The short form used in lists of results: id, name, primary email, company.
QJsonObject candidateRef(const Candidate &c);
QJsonObject activity(const Activity &a);
QJsonObject membership(const MembershipInfo &m);
QJsonObject fieldChange(const FieldChange &f);
QJsonObject statusChange(const StatusChange &s);
QJsonObject duplicate(const DuplicateMatch &m);

QString reasonKey(DuplicateReason reason);

} // namespace sd::cli::json

namespace sd::cli {

// Human labels for text output, translated.
QString statusLabel(MemberStatus status);
QString kindLabel(ActivityKind kind);
QString consentLabel(ConsentState state);
QString reasonLabel(DuplicateReason reason);

} // namespace sd::cli
