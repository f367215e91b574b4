#include "WorkspaceTransfer.h"

#include "SearchIndex.h"
#include "SqlDialect.h"
#include "SqlUtil.h"
#include "TableCatalog.h"
#include "TableCopier.h"
#include "Workspace.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace sd::transfer {

namespace {

Q_LOGGING_CATEGORY(lcTransfer, "sourcedesk.transfer")

// Columns both sides have, in the target's order and with the target's kinds.
QList<Column> sharedColumns(const TableInfo &source, const TableInfo &target, QStringList &dropped)
{
    QList<Column> out;
    for (const Column &c : target.columns) {
        if (std::any_of(source.columns.begin(), source.columns.end(), [&](const Column &s) { return s.name == c.name; }))
            out << c;
    }
    for (const Column &s : source.columns) {
        if (!std::any_of(target.columns.begin(), target.columns.end(), [&](const Column &c) { return c.name == s.name; }))
            dropped << source.name + QLatin1Char('.') + s.name;
    }
    return out;
}

} // namespace

WorkspaceTransfer::WorkspaceTransfer(const Workspace &source, const Workspace &target)
    : m_source(source)
    , m_target(target)
{}

void WorkspaceTransfer::report(const Progress &p) const
{
    if (m_progress)
        m_progress(p);
}

Status WorkspaceTransfer::checkCompatible() const
{
    if (&m_source == &m_target || m_source.path() == m_target.path())
        return Error(Error::Code::InvalidArgument, tr("The source and the target are the same workspace."),
                     m_target.path());
    if (m_target.isReadOnly())
        return Error(Error::Code::PermissionDenied, tr("The target workspace is open read-only."), m_target.path());
    if (m_source.schemaVersion() != m_target.schemaVersion()) {
        return Error(Error::Code::Conflict,
                     tr("The workspaces have different schema versions (source %1, target %2). Open both with the "
                        "same version of Sourcedesk before copying.")
                         .arg(m_source.schemaVersion())
                         .arg(m_target.schemaVersion()),
                     m_target.path());
    }
    return std::nullopt;
}

Result<QStringList> WorkspaceTransfer::plan() const
{
    auto target = TableCatalog::read(m_target.connection());
    if (!target.ok())
        return target.error();
    auto source = TableCatalog::read(m_source.connection());
    if (!source.ok())
        return source.error();
    QList<TableInfo> both;
    for (const TableInfo &t : target->tables()) {
        if (source->table(t.name))
            both << t;
    }
    return TableCatalog::foreignKeyOrder(both);
}

Result<Report> WorkspaceTransfer::run()
{
    QElapsedTimer timer;
    timer.start();
    Progress progress;
    report(progress);
    if (Status s = checkCompatible())
        return *s;

    QSqlDatabase src = m_source.connection();
    QSqlDatabase dst = m_target.connection();
    if (!src.isOpen() || !dst.isOpen())
        return Error(Error::Code::Database, tr("A workspace connection could not be opened."));

    auto sourceCatalog = TableCatalog::read(src);
    if (!sourceCatalog.ok())
        return sourceCatalog.error();
    auto targetCatalog = TableCatalog::read(dst);
    if (!targetCatalog.ok())
        return targetCatalog.error();
    auto order = plan();
    if (!order.ok())
        return order.error();

    // The source's snapshot: every count and every row below come from the same moment, while
    // the app (or a teammate) may go on writing to it.
    sql::Transaction snapshot(src);
    if (!snapshot.isActive())
        return snapshot.error();
    if (sql::isPostgres(src)) {
        if (Status s = sql::execDirect(src, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
            return *s;
    }
    sql::Transaction tx(dst);
    if (!tx.isActive())
        return tx.error();

    Report result;
    for (const TableInfo &t : targetCatalog->tables()) {
        if (!sourceCatalog->table(t.name))
            result.targetOnlyTables << t.name;
    }
    // A table only the source has would be lost: refuse rather than leave its rows behind.
    for (const TableInfo &t : sourceCatalog->tables()) {
        if (targetCatalog->table(t.name))
            continue;
        Status error;
        const qint64 n = countRows(src, t.name, &error);
        if (error)
            return *error;
        if (n > 0) {
            return Error(Error::Code::Unsupported,
                         tr("The target workspace has no table %1, which holds %2 rows in the source.").arg(t.name).arg(n),
                         m_target.path());
        }
    }

    QList<TableCount> counts;
    qint64 total = 0;
    for (const QString &name : order.value()) {
        Status error;
        const qint64 existing = countRows(dst, name, &error);
        if (error)
            return *error;
        if (existing > 0) {
            return Error(Error::Code::Conflict,
                         tr("The target workspace is not empty (table %1 holds %2 rows). Copy into a new, empty "
                            "workspace.")
                             .arg(name)
                             .arg(existing),
                         m_target.path());
        }
        const qint64 n = countRows(src, name, &error);
        if (error)
            return *error;
        counts << TableCount{name, n, 0};
        total += n;
    }

    TriggerPause triggers(dst);
    if (Status s = triggers.pause(order.value()))
        return *s;

    TableCopier copier(src, dst);
    progress.step = Progress::Step::Copying;
    progress.tableCount = int(order->size());
    progress.allTotal = total;
    qint64 doneBefore = 0;
    for (int i = 0; i < order->size(); ++i) {
        const QString &name = order->at(i);
        const TableInfo *from = sourceCatalog->table(name);
        const TableInfo *to = targetCatalog->table(name);
        TableCopier::Job job{name, sharedColumns(*from, *to, result.droppedColumns), from->primaryKey, m_batchRows};
        progress.table = name;
        progress.tableIndex = i;
        progress.tableDone = 0;
        progress.tableTotal = counts.at(i).source;
        progress.allDone = doneBefore;
        report(progress);
        if (m_cancelled)
            return Error(Error::Code::Cancelled, tr("The copy was cancelled; the target workspace is unchanged."));
        auto copied = copier.copy(job, [&](qint64 written) {
            progress.tableDone = written;
            progress.allDone = doneBefore + written;
            report(progress);
            return !m_cancelled.load();
        });
        if (!copied.ok()) {
            if (copied.error().code == Error::Code::Cancelled)
                return Error(Error::Code::Cancelled, tr("The copy was cancelled; the target workspace is unchanged."));
            return copied.error();
        }
        doneBefore += copied.value();
        result.rows += copied.value();
        qCDebug(lcTransfer) << name << copied.value() << "rows at" << timer.elapsed() << "ms";
    }
    if (Status s = triggers.resume())
        return *s;

    // Identity columns were given explicit ids: the next generated id must come after them.
    if (sql::isPostgres(dst)) {
        for (const QString &name : order.value()) {
            const TableInfo *t = targetCatalog->table(name);
            if (t->identityColumn.isEmpty())
                continue;
            const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                               "coalesce(max(%3), 0) + 1, false) FROM %4")
                                    .arg(name, t->identityColumn, sql::quotedIdentifier(t->identityColumn), sql::quotedIdentifier(name));
            if (Status s = sql::execDirect(dst, sql))
                return *s;
        }
    }

    progress.step = Progress::Step::Indexing;
    progress.table.clear();
    report(progress);
    if (m_cancelled)
        return Error(Error::Code::Cancelled, tr("The copy was cancelled; the target workspace is unchanged."));
    if (Status s = SearchIndex::rebuild(dst))
        return *s;
    qCDebug(lcTransfer) << "search index rebuilt at" << timer.elapsed() << "ms";

    progress.step = Progress::Step::Verifying;
    report(progress);
    QStringList differences;
    for (TableCount &c : counts) {
        Status error;
        c.target = countRows(dst, c.table, &error);
        if (error)
            return *error;
        if (!c.matches())
            differences << tr("%1: %2 in the source, %3 in the target").arg(c.table).arg(c.source).arg(c.target);
    }
    result.counts = counts;
    if (!differences.isEmpty()) {
        return Error(Error::Code::Conflict,
                     tr("The verification count does not match, nothing was saved: %1")
                         .arg(differences.join(QStringLiteral("; "))),
                     m_target.path());
    }
    if (m_cancelled)
        return Error(Error::Code::Cancelled, tr("The copy was cancelled; the target workspace is unchanged."));

    progress.step = Progress::Step::Committing;
    report(progress);
    if (Status s = tx.commit())
        return *s;
    result.elapsedMs = timer.elapsed();
    qCInfo(lcTransfer) << "copied" << result.rows << "rows in" << order->size() << "tables in" << result.elapsedMs << "ms";
    return result;
}

} // namespace sd::transfer
