// workspace copy --to LOCATION: the --workspace (a local file or a team server) copied into a new,
// empty workspace elsewhere, with the verification count per table.
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "Interrupt.h"
#include "Tr.h"
#include "TeamServer.h"
#include "Workspace.h"
#include "workspace/WorkspaceTransfer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace sd::cli {

namespace {

using transfer::Progress;

QString progressLine(const Progress &p)
{
    switch (p.step) {
    case Progress::Step::Checking:
        return Tr::tr("Checking the workspaces…");
    case Progress::Step::Copying:
        return Tr::tr("Copying %1 (%2 of %3): %4 of %5 rows; %6 of %7 in all")
            .arg(p.table)
            .arg(p.tableIndex + 1)
            .arg(p.tableCount)
            .arg(p.tableDone)
            .arg(p.tableTotal)
            .arg(p.allDone)
            .arg(p.allTotal);
    case Progress::Step::Indexing:
        return Tr::tr("Rebuilding the search index…");
    case Progress::Step::Verifying:
        return Tr::tr("Counting the rows on both sides…");
    case Progress::Step::Committing:
        return Tr::tr("Saving…");
    }
    return {};
}

int copyWorkspace(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("workspace copy"), QString(),
                   Tr::tr("Copy every campaign, candidate, activity, setting and queue of the workspace (--workspace) "
                          "into a new, empty workspace: a team server (postgresql://user@host:port/database) or a "
                          "local file. The copy is all or nothing; the rows of each table are counted on both sides "
                          "before it is saved. Passwords stay in the keychain; none is copied."));
    cl.addOption(QCommandLineOption(QStringLiteral("to"),
                                    Tr::tr("Where to copy: a postgresql:// location or a workspace file."),
                                    Tr::tr("LOCATION")));
    cl.addOption(QCommandLineOption(QStringLiteral("password-stdin"),
                                    Tr::tr("Read the team server's password from stdin (otherwise the keychain "
                                           "entry of 'team connect', PGPASSWORD or ~/.pgpass).")));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    const QString to = cl.value(QStringLiteral("to")).trimmed();
    if (to.isEmpty())
        return ctx.fail(cl.usage(Tr::tr("'workspace copy' needs --to LOCATION."), QStringLiteral("--to")));
    const bool team = TeamServer::isLocation(to);

    Workspace::Options options;
    if (cl.isSet(QStringLiteral("password-stdin"))) {
        const auto &readStdin = ctx.environment().readStdin;
        options.password = readStdin ? QString::fromUtf8(readStdin()).trimmed() : QString();
        if (options.password.isEmpty())
            return ctx.fail(usageError(Tr::tr("Nothing was read from stdin."), QStringLiteral("--password-stdin")));
    }
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    if (team && options.password.isEmpty())
        options.password = ctx.teamPassword(to); // stored by 'team connect'; else PGPASSWORD, ~/.pgpass
    const bool fileExisted = !team && QFile::exists(to);
    auto opened = Workspace::open(to, options);
    if (!opened.ok()) {
        CliError e = fromError(opened.error(), ErrorSource::Workspace);
        if (e.where.isEmpty())
            e.where = to;
        return ctx.fail(e);
    }
    std::shared_ptr<Workspace> target = opened.value();

    OutputFormatter &out = ctx.output();
    const bool terminal = ctx.environment().stderrIsTty;
    transfer::WorkspaceTransfer job(ctx.workspace(), *target);
    InterruptScope interrupt;
    QString lastTable;
    int lastPercent = -1;
    job.setProgressHandler([&](const Progress &p) {
        if (interrupt.interrupted())
            job.cancel();
        // On a terminal the line rewrites itself; in a log, one line per table and per 10 %.
        if (!terminal && p.step == Progress::Step::Checking)
            return; // a refusal follows it at once; a log needs only the error line
        const int percent = p.allTotal > 0 ? int(p.allDone * 100 / p.allTotal) : 100;
        if (!terminal && p.step == Progress::Step::Copying && p.table == lastTable && percent / 10 == lastPercent / 10)
            return;
        lastTable = p.table;
        lastPercent = percent;
        if (!out.json() || terminal)
            out.progress(progressLine(p), terminal);
    });
    auto result = job.run();
    out.finishProgress();
    if (!result.ok()) {
        const bool created = !team && !fileExisted;
        target.reset();
        // A file this command created holds nothing but an empty schema: do not leave it behind.
        if (created) {
            QFile::remove(to);
            QFile::remove(to + QStringLiteral("-wal"));
            QFile::remove(to + QStringLiteral("-shm"));
        }
        CliError e = fromError(result.error(), ErrorSource::Data);
        if (e.where.isEmpty())
            e.where = to;
        return ctx.fail(e);
    }

    const transfer::Report &r = result.value();
    if (out.json()) {
        QJsonArray tables;
        for (const transfer::TableCount &c : r.counts) {
            tables.append(QJsonObject{{QStringLiteral("table"), c.table},
                                      {QStringLiteral("source"), c.source},
                                      {QStringLiteral("target"), c.target},
                                      {QStringLiteral("matches"), c.matches()}});
        }
        out.printJson({{QStringLiteral("target"), target->path()},
                       {QStringLiteral("rows"), r.rows},
                       {QStringLiteral("elapsedMs"), r.elapsedMs},
                       {QStringLiteral("tables"), tables},
                       {QStringLiteral("targetOnlyTables"), QJsonArray::fromStringList(r.targetOnlyTables)},
                       {QStringLiteral("droppedColumns"), QJsonArray::fromStringList(r.droppedColumns)}});
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const transfer::TableCount &c : r.counts)
        rows << QStringList{c.table, QString::number(c.source), QString::number(c.target),
                            c.matches() ? Tr::tr("ok") : Tr::tr("DIFFERENT")};
    out.printTable({Tr::tr("Table"), Tr::tr("Source"), Tr::tr("Target"), Tr::tr("Check")}, rows);
    out.print();
    out.print(Tr::tr("Copied %1 rows in %2 tables to %3 in %4 s.")
                  .arg(r.rows)
                  .arg(r.counts.size())
                  .arg(target->displayName())
                  .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1));
    if (!r.droppedColumns.isEmpty())
        out.printWarning(Tr::tr("Not copied (the target has no such column): %1")
                             .arg(r.droppedColumns.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace

int runWorkspace(Context &ctx, const QStringList &args)
{
    QStringList rest = args;
    const QString sub = takeSubcommand(rest);
    if (sub == QStringLiteral("copy"))
        return copyWorkspace(ctx, rest);
    if (sub.isEmpty() && wantsHelp(rest)) {
        ctx.output().out() << Tr::tr("Usage: sourcedesk-cli workspace copy --to LOCATION [--password-stdin]\n"
                                     "\n"
                                     "  copy --to LOCATION  Copy this workspace into a new, empty one: a team server\n"
                                     "                      (postgresql://user@host:port/database) or a local file.\n");
        ctx.output().out().flush();
        return ExitOk;
    }
    return ctx.fail(usageError(sub.isEmpty() ? Tr::tr("'workspace' needs a subcommand: copy.")
                                             : Tr::tr("Unknown workspace subcommand '%1'. Subcommands: copy.").arg(sub),
                               sub.isEmpty() ? QStringLiteral("workspace") : sub));
}

} // namespace sd::cli
