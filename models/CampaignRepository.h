#pragma once

#include "Error.h"
#include "Types.h"

#include <QList>
#include <optional>

namespace sd {

class UndoSnapshot;
class Workspace;
struct StatusUndo;

struct MemberQuery
{
    qint64 campaignId = 0;
    std::optional<MemberStatus> status; // all statuses when empty
};

// Campaigns and who is in them. Status changes are recorded with who and when.
class CampaignRepository
{
public:
    explicit CampaignRepository(const Workspace &workspace);

    Status create(Campaign &campaign);
    Status update(Campaign &campaign);
    Status setArchived(qint64 id, bool archived);
    Status remove(qint64 id);
    Result<Campaign> get(qint64 id) const;
    Result<std::optional<Campaign>> findByName(const QString &name) const;
    // With member counts per status, most recently updated first.
    Result<QList<CampaignSummary>> list(bool includeArchived) const;
    // Campaigns whose name contains every word of `text` (case-insensitive, any script), active ones
    // first, then most recently updated; every campaign when `text` is blank. No member counts, so it
    // stays cheap on big workspaces. `limit` <= 0: no limit.
    Result<QList<Campaign>> matching(const QString &text, int limit) const;

    // Returns how many were added; candidates already in the campaign are left as they are.
    Result<int> addMembers(qint64 campaignId, const QList<qint64> &candidateIds, const QString &actor);
    // With `undo`: also the rows removed (memberships, enrollments), read in the same transaction,
    // for UndoSnapshot::restore.
    Result<int> removeMembers(qint64 campaignId, const QList<qint64> &candidateIds,
                              UndoSnapshot *undo = nullptr);
    // Returns how many changed; members already in that status are left alone. With `undo`: what
    // undoStatusChange() needs to move them back (StatusUndo.h).
    Result<int> setStatus(qint64 campaignId, const QList<qint64> &candidateIds, MemberStatus status,
                          const QString &actor, StatusUndo *undo = nullptr);
    // Members ordered by when they were added (then candidate id); pages by keyset on (added_at, id).
    Result<QList<CampaignMember>> members(const MemberQuery &query, const QVariantList &after, int limit) const;
    static QVariantList cursorAfter(const CampaignMember &last);
    Result<qint64> memberCount(const MemberQuery &query) const;
    Result<std::optional<CampaignMember>> member(qint64 campaignId, qint64 candidateId) const;
    // Every campaign a candidate is in, for the profile page.
    Result<QList<MembershipInfo>> membershipsOf(qint64 candidateId) const;
    Result<QList<StatusChange>> statusHistory(qint64 campaignId, qint64 candidateId) const;

    // Removes the sample campaign and the sample candidates offered on first start.
    Status removeSampleData();

private:
    const Workspace &m_workspace;
};

} // namespace sd
