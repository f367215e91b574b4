#include "RemoteSearch.h"

#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "SqlUtil.h"
#include "SyncSettings.h"
#include "SyncStore.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sd::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::sync::RemoteSearch", text);
}

} // namespace

QStringList remoteCandidateStatuses()
{
    return {QStringLiteral("LEAD"),      QStringLiteral("NEW"),      QStringLiteral("IN_REVIEW"),
            QStringLiteral("INTERVIEW"), QStringLiteral("OFFERED"),  QStringLiteral("HIRED"),
            QStringLiteral("REJECTED"),  QStringLiteral("WITHDRAWN"), QStringLiteral("TRANSFERRED")};
}

QStringList searchableFields()
{
    return {QStringLiteral("job"), QStringLiteral("status"), QStringLiteral("tags"), QStringLiteral("updatedAfter")};
}

QStringList searchFilterFields(const ResolvedSettings &settings)
{
    const QStringList chosen = settings.list(QString::fromLatin1(key::FilterableFields));
    QStringList out;
    for (const QString &field : searchableFields())
        if (chosen.contains(field))
            out << field;
    return out;
}

QStringList unsearchableFields(const ResolvedSettings &settings)
{
    QStringList out;
    for (const QString &field : settings.list(QString::fromLatin1(key::FilterableFields)))
        if (!searchableFields().contains(field))
            out << field;
    return out;
}

QStringList parseTags(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(',')))
        if (const QString tag = part.trimmed(); !tag.isEmpty() && !out.contains(tag, Qt::CaseInsensitive))
            out << tag;
    return out;
}

sr::CandidateQuery buildSearchQuery(const SearchFilters &filters, const QStringList &enabled, int limit,
                                    const QString &pageId)
{
    sr::CandidateQuery q;
    q.q = filters.text.simplified();
    if (enabled.contains(QLatin1String("job")) && !filters.jobId.trimmed().isEmpty())
        q.jobIds = {filters.jobId.trimmed()};
    if (enabled.contains(QLatin1String("status")))
        for (const QString &s : filters.statuses)
            if (remoteCandidateStatuses().contains(s))
                q.statuses << s;
    if (enabled.contains(QLatin1String("tags")))
        for (const QString &t : filters.tags)
            if (!t.trimmed().isEmpty())
                q.tags << t.trimmed();
    if (enabled.contains(QLatin1String("updatedAfter")) && filters.updatedAfter.isValid())
        q.updatedAfter = filters.updatedAfter;
    q.limit = qBound(1, limit, 100);
    q.pageId = pageId;
    return q;
}

Candidate candidateFromRemote(const sr::Candidate &remote)
{
    Candidate c;
    c.firstName = remote.firstName.trimmed();
    c.lastName = remote.lastName.trimmed();
    if (!remote.email.trimmed().isEmpty())
        c.emails = {remote.email.trimmed()};
    if (!remote.phoneNumber.trimmed().isEmpty())
        c.phones = {remote.phoneNumber.trimmed()};
    const QJsonObject location = remote.raw.value(QStringLiteral("location")).toObject();
    c.city = location.value(QStringLiteral("city")).toString().trimmed();
    c.region = location.value(QStringLiteral("region")).toString().trimmed();
    c.countryCode = location.value(QStringLiteral("countryCode")).toString().trimmed().toUpper();
    c.linkedinUrl = remote.linkedin.trimmed();
    c.source = QStringLiteral("SmartRecruiters");
    return c;
}

QStringList filledFields(const Candidate &c)
{
    QStringList out;
    const auto add = [&out](const char *name, bool filled) {
        if (filled)
            out << QString::fromLatin1(name);
    };
    add(field::FirstName, !c.firstName.isEmpty());
    add(field::LastName, !c.lastName.isEmpty());
    add(field::Emails, !c.emails.isEmpty());
    add(field::Phones, !c.phones.isEmpty());
    add(field::City, !c.city.isEmpty());
    add(field::Region, !c.region.isEmpty());
    add(field::CountryCode, !c.countryCode.isEmpty());
    add(field::LinkedIn, !c.linkedinUrl.isEmpty());
    return out;
}

Result<AddedFromRemote> addRemoteToCampaign(const Workspace &workspace, const sr::Candidate &remote,
                                            qint64 campaignId, const QString &actor)
{
    if (remote.id.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("The SmartRecruiters candidate has no id."));
    sql::Transaction tx(workspace.connection());
    if (!tx.isActive())
        return tx.error();
    SyncStore store(workspace);
    CandidateRepository candidates(workspace);
    AddedFromRemote out;
    bool linkedHere = false;

    // Already linked to this SmartRecruiters person: that one.
    Result<std::optional<qint64>> linked = store.candidateForRemote(remote.id);
    if (!linked)
        return linked.error();
    if (linked->has_value()) {
        out.candidateId = **linked;
        out.existed = true;
        linkedHere = true;
    }
    // The same email here: that person, linked now.
    Candidate fresh = candidateFromRemote(remote);
    if (!out.candidateId && !fresh.emails.isEmpty()) {
        Candidate probe;
        probe.emails = fresh.emails;
        Result<std::optional<DuplicateMatch>> match = candidates.findDuplicate(probe);
        if (!match)
            return match.error();
        if (match->has_value() && (*match)->reason == DuplicateReason::Email) {
            out.candidateId = (*match)->candidateId;
            out.existed = true;
            Result<std::optional<SrLink>> own = store.link(out.candidateId);
            if (!own)
                return own.error();
            if (own->has_value() && (*own)->srCandidateId != remote.id) {
                const Result<Candidate> local = candidates.get(out.candidateId);
                return Error(Error::Code::Conflict,
                             tr("%1 (%2) is already linked to another SmartRecruiters candidate (%3). Open their "
                                "SmartRecruiters tab to check which one is right.")
                                 .arg(local.ok() ? local->displayName() : QString::number(out.candidateId),
                                      fresh.emails.first(), (*own)->srCandidateId));
            }
        }
    }
    if (!out.candidateId) {
        if (fresh.firstName.isEmpty() && fresh.lastName.isEmpty())
            return Error(Error::Code::InvalidArgument,
                         tr("SmartRecruiters candidate %1 has no name; it was not added.").arg(remote.id));
        if (Status s = candidates.insert(fresh, actor))
            return *s;
        out.candidateId = fresh.id;
        if (Status s = store.recordFieldSources(fresh.id, filledFields(fresh), QStringLiteral("smartrecruiters")))
            return *s;
    }
    if (!linkedHere)
        if (Status s = store.setLink(out.candidateId, remote.id, QStringLiteral("matched")))
            return *s;
    Result<int> added = CampaignRepository(workspace).addMembers(campaignId, {out.candidateId}, actor);
    if (!added)
        return added.error();
    out.alreadyMember = added.value() == 0;
    if (Status s = tx.commit())
        return *s;
    return out;
}

} // namespace sd::sync
