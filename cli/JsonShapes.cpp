#include "JsonShapes.h"

#include "Tr.h"

namespace sd::cli::json {

QJsonValue time(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray out;
    for (qint64 id : list)
        out.append(id);
    return out;
}

QJsonObject campaign(const Campaign &c)
{
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("owner"), c.owner},
        {QStringLiteral("archived"), c.archived},
        {QStringLiteral("sample"), c.sample},
        {QStringLiteral("createdAt"), time(c.createdAt)},
        {QStringLiteral("updatedAt"), time(c.updatedAt)},
    };
}

QJsonObject campaignSummary(const CampaignSummary &s)
{
    QJsonObject o = campaign(s.campaign);
    QJsonObject counts;
    for (int i = 0; i < MemberStatusCount; ++i)
        counts.insert(toKey(static_cast<MemberStatus>(i)), s.countByStatus.at(static_cast<std::size_t>(i)));
    o.insert(QStringLiteral("total"), s.total);
    o.insert(QStringLiteral("counts"), counts);
    o.insert(QStringLiteral("lastActivityAt"), time(s.lastActivityAt));
    return o;
}

QJsonObject candidate(const Candidate &c)
{
    QJsonObject custom;
    for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it)
        custom.insert(it.key(), it.value());
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("firstName"), c.firstName},
        {QStringLiteral("lastName"), c.lastName},
        {QStringLiteral("emails"), strings(c.emails)},
        {QStringLiteral("phones"), strings(c.phones)},
        {QStringLiteral("company"), c.company},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("city"), c.city},
        {QStringLiteral("region"), c.region},
        {QStringLiteral("countryCode"), c.countryCode},
        {QStringLiteral("linkedinUrl"), c.linkedinUrl},
        {QStringLiteral("links"), strings(c.links)},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("tags"), strings(c.tags)},
        {QStringLiteral("customFields"), custom},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("consent"), QJsonObject{{QStringLiteral("state"), toKey(c.consent)},
                                                {QStringLiteral("date"), time(c.consentDate)},
                                                {QStringLiteral("method"), c.consentMethod}}},
        {QStringLiteral("sample"), c.sample},
        {QStringLiteral("createdAt"), time(c.createdAt)},
        {QStringLiteral("updatedAt"), time(c.updatedAt)},
    };
}

QJsonObject candidateRef(const Candidate &c)
{
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.displayName()},
        {QStringLiteral("email"), c.primaryEmail()},
        {QStringLiteral("company"), c.company},
    };
}

QJsonObject activity(const Activity &a)
{
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("candidateId"), a.candidateId},
        {QStringLiteral("campaignId"), a.campaignId > 0 ? QJsonValue(a.campaignId) : QJsonValue()},
        {QStringLiteral("kind"), toKey(a.kind)},
        {QStringLiteral("subject"), a.subject},
        {QStringLiteral("body"), a.body},
        {QStringLiteral("occurredAt"), time(a.occurredAt)},
        {QStringLiteral("author"), a.author},
    };
}

QJsonObject membership(const MembershipInfo &m)
{
    return {
        {QStringLiteral("campaignId"), m.campaignId},
        {QStringLiteral("campaignName"), m.campaignName},
        {QStringLiteral("status"), toKey(m.status)},
        {QStringLiteral("statusChangedAt"), time(m.statusChangedAt)},
    };
}

QJsonObject fieldChange(const FieldChange &f)
{
    return {
        {QStringLiteral("field"), f.field},
        {QStringLiteral("oldValue"), f.oldValue},
        {QStringLiteral("newValue"), f.newValue},
        {QStringLiteral("changedBy"), f.changedBy},
        {QStringLiteral("changedAt"), time(f.changedAt)},
    };
}

QJsonObject statusChange(const StatusChange &s)
{
    return {
        {QStringLiteral("campaignId"), s.campaignId},
        {QStringLiteral("status"), toKey(s.status)},
        {QStringLiteral("changedAt"), time(s.changedAt)},
        {QStringLiteral("changedBy"), s.changedBy},
    };
}

QString reasonKey(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::Email:
        return QStringLiteral("email");
    case DuplicateReason::LinkedIn:
        return QStringLiteral("linkedin");
    case DuplicateReason::NameAndCompany:
        return QStringLiteral("name_and_company");
    }
    return QStringLiteral("unknown");
}

QJsonObject duplicate(const DuplicateMatch &m)
{
    return {
        {QStringLiteral("candidateId"), m.candidateId},
        {QStringLiteral("reason"), reasonKey(m.reason)},
    };
}

} // namespace sd::cli::json

namespace sd::cli {

QString statusLabel(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Added:
        return Tr::tr("Added");
    case MemberStatus::Contacted:
        return Tr::tr("Contacted");
    case MemberStatus::Replied:
        return Tr::tr("Replied");
    case MemberStatus::Interested:
        return Tr::tr("Interested");
    case MemberStatus::NotInterested:
        return Tr::tr("Not interested");
    case MemberStatus::Bounced:
        return Tr::tr("Bounced");
    case MemberStatus::Unsubscribed:
        return Tr::tr("Unsubscribed");
    }
    return toKey(status);
}

QString kindLabel(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::EmailSent:
        return Tr::tr("Email sent");
    case ActivityKind::EmailReply:
        return Tr::tr("Email reply");
    case ActivityKind::LinkedInMessage:
        return Tr::tr("LinkedIn message");
    case ActivityKind::LinkedInInMail:
        return Tr::tr("LinkedIn InMail");
    case ActivityKind::ConnectionRequest:
        return Tr::tr("Connection request");
    case ActivityKind::Call:
        return Tr::tr("Call");
    case ActivityKind::Meeting:
        return Tr::tr("Meeting");
    case ActivityKind::Note:
        return Tr::tr("Note");
    }
    return toKey(kind);
}

QString consentLabel(ConsentState state)
{
    switch (state) {
    case ConsentState::Unknown:
        return Tr::tr("Unknown");
    case ConsentState::Granted:
        return Tr::tr("Granted");
    case ConsentState::Refused:
        return Tr::tr("Refused");
    case ConsentState::Withdrawn:
        return Tr::tr("Withdrawn");
    }
    return toKey(state);
}

QString reasonLabel(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::Email:
        return Tr::tr("the same email");
    case DuplicateReason::LinkedIn:
        return Tr::tr("the same LinkedIn profile");
    case DuplicateReason::NameAndCompany:
        return Tr::tr("the same name at the same company");
    }
    return json::reasonKey(reason);
}

} // namespace sd::cli
