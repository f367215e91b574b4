#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sd {
class Workspace;
}

namespace sd::transfer {

// One table's rows on both sides after a copy: the "verification count".
struct TableCount
{
    QString table;
    qint64 source = 0;
    qint64 target = 0;
    bool matches() const { return source == target; }
};

struct Progress
{
    enum class Step { Checking, Copying, Indexing, Verifying, Committing };
    Step step = Step::Checking;
    QString table;         // the table being copied (Copying)
    int tableIndex = 0;    // 0-based
    int tableCount = 0;
    qint64 tableDone = 0;  // rows of this table written so far
    qint64 tableTotal = 0;
    qint64 allDone = 0;    // rows of every table
    qint64 allTotal = 0;
};

struct Report
{
    QList<TableCount> counts;       // in copy order
    QStringList targetOnlyTables;   // only the target has them (team tables): left as its migrations made them
    QStringList droppedColumns;     // "table.column" only the source has, so not copied
    qint64 rows = 0;
    qint64 elapsedMs = 0;
};

// Copies every table of one workspace into another, empty one: a local file to a team server or
// back. Both must be at the same schema version (Workspace::open migrated them). The copy is one
// transaction on the target: cancelled, failed or killed, the target stays empty; the source is
// only read, in one snapshot, so the counts compared at the end are the rows that were copied.
//
// Derived data is not copied but rebuilt (the search index: TableCatalog::derivedTables()). The
// analytics rollups (member_milestones, activity_daily) are copied as they are, with the target's
// triggers paused for the copy: the source's rollups are exact for the source's rows, and
// re-deriving them row by row through the triggers would cost more than the rest of the copy.
class WorkspaceTransfer
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceTransfer)

public:
    WorkspaceTransfer(const Workspace &source, const Workspace &target);

    // Called on the thread that runs the copy, after each batch and at each step.
    void setProgressHandler(std::function<void(const Progress &)> handler) { m_progress = std::move(handler); }
    // Rows per INSERT statement (tests use small batches to cancel halfway).
    void setBatchRows(int rows) { m_batchRows = rows > 0 ? rows : 1; }
    // Safe from any thread; the copy stops after the current batch and rolls back.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

    // Runs the copy on the calling thread, with that thread's connections to both workspaces.
    Result<Report> run();
    // The tables the copy writes, in the order it writes them.
    Result<QStringList> plan() const;

private:
    Status checkCompatible() const;
    void report(const Progress &p) const;

    const Workspace &m_source;
    const Workspace &m_target;
    std::function<void(const Progress &)> m_progress;
    int m_batchRows = 500;
    std::atomic<bool> m_cancelled{false};
};

} // namespace sd::transfer
