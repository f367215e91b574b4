#pragma once

#include "CandidateKeys.h"
#include "Error.h"
#include "Types.h"

#include <QList>
#include <QVariantList>

#include <optional>

namespace sd {

class UndoSnapshot;
class Workspace;

struct DuplicateMatch
{
    qint64 candidateId = 0;
    DuplicateReason reason = DuplicateReason::Email;
    // Within an import: the row index of an earlier row of the same batch (-1 when the match is stored).
    int batchRow = -1;
};

enum class DuplicatePolicy {
    Skip,  // keep the stored record as it is, report the row as skipped
    Merge, // fill the stored record's blanks and add new emails, phones, links and tags
};

struct ImportOutcome
{
    enum class Kind { Inserted, Merged, Skipped };
    Kind kind = Kind::Inserted;
    qint64 candidateId = 0;
    std::optional<DuplicateMatch> match;
    // An import into a campaign: an email of the row (or of the record it matched) is on the
    // do-not-contact list, so the candidate is stored but not added to the campaign.
    bool doNotContact = false;
};

enum class CandidateSort { Newest, Name, Company, Updated };

struct CandidateQuery
{
    QString text; // instant search: every word is a prefix, all must match
    CandidateSort sort = CandidateSort::Newest;
    Qt::SortOrder order = Qt::AscendingOrder;
    QString tag; // only candidates carrying this tag (exact, case-insensitive)
};

// Keyset paging: the sort values of the last row shown, so each page is an index seek, not an OFFSET.
struct PageCursor
{
    QVariantList after; // empty: the first page
};

class CandidateRepository
{
public:
    explicit CandidateRepository(const Workspace &workspace);

    // Inserts without looking for duplicates (call findDuplicate first). Sets id, timestamps, rowVersion.
    Status insert(Candidate &candidate, const QString &actor);
    Result<Candidate> get(qint64 id) const;
    // Optimistic locking: fails with Conflict when rowVersion is stale. Logs every changed field.
    Status update(Candidate &candidate, const QString &actor);
    // With `undo`: every row the delete removes, read in the same transaction (UndoSnapshot.h).
    Status remove(const QList<qint64> &ids, UndoSnapshot *undo = nullptr);

    Result<std::optional<DuplicateMatch>> findDuplicate(const Candidate &candidate, qint64 ignoreId = 0) const;
    // One transaction per batch: duplicates in the store and earlier in the batch are skipped or merged,
    // and with campaignId > 0 every row's candidate becomes a member of that campaign, unless it is on
    // the do-not-contact list (ImportOutcome::doNotContact).
    Result<QList<ImportOutcome>> importBatch(const QList<Candidate> &rows, DuplicatePolicy policy,
                                             const QString &actor, qint64 campaignId = 0);

    Result<QList<Candidate>> page(const CandidateQuery &query, const PageCursor &cursor, int limit) const;
    static PageCursor cursorAfter(const Candidate &last, const CandidateQuery &query);
    Result<qint64> count(const CandidateQuery &query) const;
    // Newest first: the repository search used by the command line, the quick search and the benchmark.
    Result<QList<Candidate>> search(const QString &text, int limit) const;
    Result<QList<FieldChange>> fieldChanges(qint64 candidateId) const;

    // The stored record with the incoming one's extra information folded in; never loses stored data.
    static Candidate merged(const Candidate &stored, const Candidate &incoming);
    // Every word a quoted prefix term; empty when the text has no searchable characters.
    static QString ftsQuery(const QString &text);
    // Trims, drops empty list items and characters that the storage format reserves.
    static Candidate sanitized(Candidate c);

private:
    // One keyset page; `match` replaces the search expression (page() drives long words through the
    // prefix index and checks them itself).
    Result<QList<Candidate>> fetchPage(const CandidateQuery &query, const PageCursor &cursor, int limit,
                                       const QString *match) const;

    const Workspace &m_workspace;
};

} // namespace sd
