#pragma once
// Searching SmartRecruiters from Sourcedesk (SourceWhale's "filterable fields"): the fields the
// team made filterable (sync.filterableFields) become the filters of GET /candidates, and a person
// found there can be added to a campaign: the local record is made from SmartRecruiters' values and
// linked, or the local person with the same email is linked and added instead, never a duplicate.
//
//   SearchFilters f; f.text = "ada"; f.statuses = {"INTERVIEW"};
//   sr::CandidateQuery q = buildSearchQuery(f, searchFilterFields(settings), 25);
//   CandidatesApi(client).search(q, ...)  ->  addRemoteToCampaign(ws, details, campaignId, actor)
#include "Candidates.h"
#include "Error.h"
#include "Types.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sd {
class Workspace;
}

namespace sd::sync {

class ResolvedSettings;

struct SearchFilters
{
    QString text;            // free text (q): always offered
    QString jobId;           // "job"
    QStringList statuses;    // "status": SmartRecruiters application statuses
    QStringList tags;        // "tags"
    QDateTime updatedAfter;  // "updatedAfter"
};

// The candidate statuses GET /candidates filters on (LEAD … TRANSFERRED).
QStringList remoteCandidateStatuses();
// Of the catalog's filterable fields, those GET /candidates can filter on, in display order.
QStringList searchableFields(); // job, status, tags, updatedAfter
// The team's (or my) filterable fields that the search offers as filters, in display order.
QStringList searchFilterFields(const ResolvedSettings &settings);
// The filterable fields the API cannot filter on (shown to the recruiter as such).
QStringList unsearchableFields(const ResolvedSettings &settings);

// The query for the filters; a filter whose field is not in `enabled` is left out (an admin who
// removes a filterable field removes its filter), blank values are left out, tags are trimmed.
sr::CandidateQuery buildSearchQuery(const SearchFilters &filters, const QStringList &enabled, int limit = 25,
                                    const QString &pageId = {});
// Comma-separated tags as typed: trimmed, empty ones dropped.
QStringList parseTags(const QString &text);

// The local record from SmartRecruiters' values: names, email, phone, location, LinkedIn.
Candidate candidateFromRemote(const sr::Candidate &remote);
// The fields of `candidate` that hold a value (what came from SmartRecruiters).
QStringList filledFields(const Candidate &candidate);

struct AddedFromRemote
{
    qint64 candidateId = 0;
    bool existed = false;       // linked already, or same email: that person was used
    bool alreadyMember = false; // was in the campaign already
};

// In one transaction: the local person for `remote` (already linked to it, the one with the same
// email, or a new record whose fields are marked as from SmartRecruiters), linked with origin
// "matched", member of `campaignId`. Refused when the local person with that email is linked to
// another SmartRecruiters candidate.
Result<AddedFromRemote> addRemoteToCampaign(const Workspace &workspace, const sr::Candidate &remote, qint64 campaignId,
                                            const QString &actor);

} // namespace sd::sync
