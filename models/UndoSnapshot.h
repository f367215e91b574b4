#pragma once
// Undo for the destructive local actions (delete candidates, remove members from a campaign).
//
// A snapshot is every row a delete removes, read inside the delete's own transaction, so undo puts
// back exactly what was there, with the same ids, in one transaction. Which tables it reads is
// decided by the schema, not by a hand-kept list: every table whose foreign key cascades from the
// deleted rows (and from those rows, recursively: a member's enrollment) is found with
// PRAGMA foreign_key_list (pg_constraint on PostgreSQL), so a table added by a later migration is
// covered without code. The few
// references without a foreign key are named in softReferences(); uncovered() lists any table with
// a candidate_id column that neither covers (tst_undosnapshot fails on it).
//
//   UndoSnapshot undo;
//   CandidateRepository(ws).remove(ids, &undo);   // snapshot and delete commit together
//   undo.restore(ws);                             // all rows back, or nothing and a Conflict
//
// Restore, not replay: no domain event is raised, because the outbox rows of the deleted
// candidates come back too (the same jobs, correlation ids and states), so SmartRecruiters gets
// nothing twice. Two states cannot come back as they were, since the attempt in progress lost its
// row: an outbox job in flight comes back pending and marked to be verified before any resend, and
// an email being sent comes back uncertain, as after a crash (docs/sync.md, docs/outreach.md).
#include "Error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace sd {

class Workspace;

class UndoSnapshot
{
public:
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };

    // A reference to candidates that no foreign key declares, and what a delete does with it.
    enum class SoftHandling
    {
        Captured,    // the delete removes the rows by hand: they are snapshot like the cascades
        SearchIndex, // the full-text index: rebuilt from the restored candidates
        LeftInPlace, // the delete leaves the rows; nothing to put back
        Derived,     // kept by triggers from other tables: the restored rows' triggers rebuild them
    };
    struct SoftReference
    {
        QString table;
        QString column;
        SoftHandling handling;
    };

    // Candidates `ids` and every row that goes with them. Call inside the delete's transaction,
    // before the delete.
    static Result<UndoSnapshot> ofCandidates(const QSqlDatabase &db, const QList<qint64> &ids);
    // Memberships of `candidateIds` in the campaign and what cascades from them (enrollments).
    static Result<UndoSnapshot> ofMembers(const QSqlDatabase &db, qint64 campaignId,
                                          const QList<qint64> &candidateIds);

    // One transaction. Fails as a whole, changing nothing, when a row exists again (Conflict: an id
    // was reused, the person was added again) or what a row belongs to is gone (a deleted campaign).
    Status restore(const Workspace &workspace) const;

    bool isEmpty() const { return m_tables.isEmpty() || m_tables.constFirst().rows.isEmpty(); }
    // Rows of the root table (candidates or members) the snapshot holds.
    int rootCount() const { return m_tables.isEmpty() ? 0 : int(m_tables.constFirst().rows.size()); }
    qsizetype rowCount() const;
    const QList<Table> &tables() const { return m_tables; }

    // The schema walk alone: `root` and every table a delete from it cascades to, parents first.
    static Result<QStringList> cascadeTables(const QSqlDatabase &db, const QString &root);
    static const QList<SoftReference> &softReferences();
    // What a delete of candidates would lose for good: tables with a candidate_id column that are
    // neither reached by the walk nor soft references, and foreign keys on the way that SET NULL or
    // SET DEFAULT instead of cascading. Empty when every reference is covered.
    static Result<QStringList> uncovered(const QSqlDatabase &db);

private:
    // Rows of `root` matching `where` and of every table their deletion cascades to.
    static Result<UndoSnapshot> capture(const QSqlDatabase &db, const QString &root, const QString &where);
    QList<Table> m_tables; // parents before children; the root first
};

} // namespace sd
