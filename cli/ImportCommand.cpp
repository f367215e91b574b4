// import FILE: CSV into the workspace in batches, with a report of every row that did not go in as is.
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "ImportDryRun.h"
#include "Interrupt.h"
#include "JsonShapes.h"
#include "Tr.h"
#include "csv/CsvImporter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace sd::cli {

namespace {

constexpr qsizetype kShownFailures = 100;
constexpr qsizetype kShownOthers = 20;

QString kindKey(csv::RowIssue::Kind kind)
{
    switch (kind) {
    case csv::RowIssue::Kind::Failed:
        return QStringLiteral("failed");
    case csv::RowIssue::Kind::Skipped:
        return QStringLiteral("skipped");
    case csv::RowIssue::Kind::Merged:
        return QStringLiteral("merged");
    case csv::RowIssue::Kind::NotAdded:
        return QStringLiteral("doNotContact");
    }
    return {};
}

QJsonObject reportJson(const csv::ImportReport &r, const QString &file, bool dryRun,
                       const std::optional<Campaign> &campaign)
{
    QJsonArray issues;
    for (const csv::RowIssue &i : r.issues) {
        issues.append(QJsonObject{
            {QStringLiteral("line"), i.line},
            {QStringLiteral("kind"), kindKey(i.kind)},
            {QStringLiteral("reason"), i.reason},
            {QStringLiteral("candidateId"), i.candidateId > 0 ? QJsonValue(i.candidateId) : QJsonValue()}});
    }
    return {
        {QStringLiteral("file"), file},
        {QStringLiteral("dryRun"), dryRun},
        {QStringLiteral("campaign"), campaign ? QJsonValue(json::campaign(*campaign)) : QJsonValue()},
        {QStringLiteral("encoding"), r.encoding},
        {QStringLiteral("separator"), r.separator},
        {QStringLiteral("rowsRead"), r.rowsRead},
        {QStringLiteral("inserted"), r.inserted},
        {QStringLiteral("merged"), r.merged},
        {QStringLiteral("skipped"), r.skipped},
        {QStringLiteral("failed"), r.failed},
        {QStringLiteral("doNotContact"), r.doNotContact},
        {QStringLiteral("cancelled"), r.cancelled},
        {QStringLiteral("issues"), issues},
        {QStringLiteral("issuesDropped"), r.issuesDropped},
        {QStringLiteral("warnings"), json::strings(r.warnings)},
        {QStringLiteral("elapsedMs"), r.elapsedMs},
    };
}

void printIssues(OutputFormatter &out, const csv::ImportReport &r, csv::RowIssue::Kind kind,
                 const QString &title, qsizetype limit)
{
    qsizetype total = 0;
    for (const csv::RowIssue &i : r.issues)
        total += i.kind == kind ? 1 : 0;
    if (total == 0)
        return;
    out.print(title);
    qsizetype shown = 0;
    for (const csv::RowIssue &i : r.issues) {
        if (i.kind != kind)
            continue;
        if (shown++ == limit) {
            out.print(QStringLiteral("  ") +
                      Tr::tr("... and %1 more; --json lists them all.").arg(total - limit));
            break;
        }
        out.print(QStringLiteral("  ") +
                  Tr::tr("line %1: %2").arg(i.line).arg(OutputFormatter::oneLine(i.reason)));
    }
}

void printSummary(OutputFormatter &out, const csv::ImportReport &r, const QString &file, bool dryRun,
                  const std::optional<Campaign> &campaign)
{
    const QLocale locale;
    const QString counts =
        dryRun ? Tr::tr("%1 would be inserted, %2 merged, %3 skipped as duplicates, %4 failed.")
               : Tr::tr("%1 inserted, %2 merged, %3 skipped as duplicates, %4 failed.");
    out.print(Tr::tr("%1: %2 rows read (%3, separator %4).")
                  .arg(file, locale.toString(r.rowsRead), r.encoding, r.separator));
    out.print(counts.arg(locale.toString(r.inserted), locale.toString(r.merged), locale.toString(r.skipped),
                         locale.toString(r.failed)));
    if (dryRun)
        out.print(Tr::tr("Dry run: nothing was saved."));
    else if (campaign && r.stored() + r.skipped > 0)
        out.print(Tr::tr("The imported rows are members of campaign '%1'.").arg(campaign->name));
    printIssues(out, r, csv::RowIssue::Kind::Failed, Tr::tr("Failed rows:"), kShownFailures);
    printIssues(out, r, csv::RowIssue::Kind::Merged, Tr::tr("Merged rows:"), kShownOthers);
    printIssues(out, r, csv::RowIssue::Kind::Skipped, Tr::tr("Skipped rows:"), kShownOthers);
    if (r.doNotContact > 0)
        out.print(Tr::tr("%1 rows were stored but not added to the campaign: on the do-not-contact list.")
                      .arg(locale.toString(r.doNotContact)));
    printIssues(out, r, csv::RowIssue::Kind::NotAdded, Tr::tr("Not added to the campaign:"), kShownOthers);
    if (r.issuesDropped > 0)
        out.print(Tr::tr("(%1 more rows are not listed.)").arg(r.issuesDropped));
}

QString failedLines(const csv::ImportReport &r)
{
    QStringList lines;
    for (const csv::RowIssue &i : r.issues) {
        if (i.kind != csv::RowIssue::Kind::Failed)
            continue;
        if (lines.size() == 10) {
            lines << QStringLiteral("...");
            break;
        }
        lines << QString::number(i.line);
    }
    return lines.join(QStringLiteral(", "));
}

} // namespace

int runImport(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("import"), QStringLiteral("FILE"),
        Tr::tr("Import candidates from a CSV file (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab). "
               "Columns are recognised from their headers (LinkedIn Recruiter, SourceWhale-style, Google "
               "Contacts, Sourcedesk exports) or from a saved mapping. Duplicates are never imported twice: "
               "they are skipped (default) or merged into the stored candidate. A bad row is reported with "
               "its line number and the rest is imported (exit code 1). Ctrl+C stops between batches."));
    cl.addPositional(QStringLiteral("FILE"), Tr::tr("The CSV file."));
    cl.addOption(QCommandLineOption(QStringLiteral("campaign"),
                                    Tr::tr("Add every imported row to this campaign."), Tr::tr("NAME|ID")));
    cl.addOption(QCommandLineOption(QStringLiteral("mapping"), Tr::tr("A column mapping saved as JSON."),
                                    Tr::tr("FILE.json")));
    cl.addOption(QCommandLineOption(
        QStringLiteral("on-duplicate"),
        Tr::tr("skip (default): keep the stored candidate; merge: add the row's new details to it."),
        Tr::tr("ACTION")));
    cl.addOption(
        QCommandLineOption(QStringLiteral("dry-run"), Tr::tr("Report what would happen; save nothing.")));
    cl.addOption(QCommandLineOption(QStringLiteral("batch-size"),
                                    Tr::tr("Rows per transaction (default 10000)."), Tr::tr("N")));
    cl.addOption(QCommandLineOption(QStringLiteral("progress"),
                                    Tr::tr("Report progress on stderr even when it is not a terminal.")));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    auto policy = cl.choiceOption(QStringLiteral("on-duplicate"),
                                  {QStringLiteral("skip"), QStringLiteral("merge")}, QStringLiteral("skip"));
    if (!policy.ok())
        return ctx.fail(policy.error());
    auto batchSize = cl.intOption(QStringLiteral("batch-size"), csv::CsvImporter::Options{}.batchSize, 1, 100000);
    if (!batchSize.ok())
        return ctx.fail(batchSize.error());
    const bool dryRun = cl.isSet(QStringLiteral("dry-run"));
    const QString path = cl.positional().constFirst();
    const QFileInfo info(path);
    if (!info.exists())
        return ctx.fail(inputError(Tr::tr("The file does not exist."), path));
    if (info.isDir())
        return ctx.fail(inputError(Tr::tr("This is a folder, not a CSV file."), path));
    if (!info.isReadable())
        return ctx.fail(inputError(Tr::tr("The file cannot be read; check its permissions."), path));

    csv::CsvImporter::Options options;
    options.policy =
        policy.value() == QStringLiteral("merge") ? DuplicatePolicy::Merge : DuplicatePolicy::Skip;
    options.actor = ctx.actor();
    options.batchSize = batchSize.value();
    options.defaultSource = QStringLiteral("CSV: ") + info.fileName();
    if (cl.isSet(QStringLiteral("mapping"))) {
        auto mapping = csv::ColumnMapping::fromJsonFile(cl.value(QStringLiteral("mapping")));
        if (!mapping.ok()) {
            CliError e = fromError(mapping.error(), ErrorSource::InputFile);
            if (e.where.isEmpty())
                e.where = cl.value(QStringLiteral("mapping"));
            return ctx.fail(e);
        }
        options.mapping = mapping.value();
    }

    if (auto rc = ctx.openWorkspace(dryRun ? Context::Access::Read : Context::Access::Write))
        return *rc;
    std::optional<Campaign> campaign;
    if (cl.isSet(QStringLiteral("campaign"))) {
        auto resolved =
            ctx.resolveCampaign(cl.value(QStringLiteral("campaign")), QStringLiteral("--campaign"));
        if (!resolved.ok())
            return ctx.fail(resolved.error());
        campaign = resolved.value();
        options.campaignId = campaign->id;
    }

    OutputFormatter &out = ctx.output();
    const bool terminal = ctx.environment().stderrIsTty;
    const bool showProgress = cl.isSet(QStringLiteral("progress")) || (terminal && !out.json());
    InterruptScope interrupt;
    csv::ImportReport report;
    if (dryRun) {
        report =
            dryRunImport(ctx.workspace(), path, options, [&interrupt] { return interrupt.interrupted(); });
    } else {
        if (ctx.environment().afterImportBatch) {
            const auto hook = ctx.environment().afterImportBatch;
            options.afterBatch = [hook](qint64) {
                hook();
            };
        }
        csv::CsvImporter importer(ctx.sharedWorkspace(), path, options);
        QObject receiver; // context object for the connection; the importer runs in this thread
        if (showProgress) {
            QObject::connect(&importer, &csv::CsvImporter::progress, &receiver,
                             [&out, terminal, &info](qint64 rows, qint64 done, qint64 total) {
                                 const QString percent =
                                     total > 0 ? QStringLiteral(" (%1%)").arg(done * 100 / total) : QString();
                                 out.progress(Tr::tr("Importing %1: %2 rows%3")
                                                  .arg(info.fileName(), QLocale().toString(rows), percent),
                                              terminal);
                             });
        }
        interrupt.watch(&importer);
        report = importer.run();
        interrupt.watch(nullptr);
    }
    out.finishProgress();

    int rc = ExitOk;
    CliError error;
    if (report.cancelled) {
        rc = ExitCancelled;
        error = {
            ExitCancelled, QStringLiteral("cancelled"),
            dryRun
                ? Tr::tr("Cancelled.")
                : Tr::tr("Cancelled: the %1 rows of the batches finished before are stored, nothing of the "
                         "batch in progress; importing the file again skips what is stored.")
                      .arg(QLocale().toString(report.stored() + report.skipped)),
            path};
    } else if (report.error) {
        error = fromError(*report.error, report.error->code == sd::Error::Code::Database
                                             ? ErrorSource::Data
                                             : ErrorSource::InputFile);
        rc = error.exitCode;
    } else if (report.failed > 0) {
        rc = ExitPartial;
        error = {
            ExitPartial, QStringLiteral("partial"),
            Tr::tr("%n row(s) failed (lines %1); the other rows were imported.", nullptr, int(report.failed))
                .arg(failedLines(report)),
            path};
        if (dryRun)
            error.message = Tr::tr("%n row(s) would fail (lines %1).", nullptr, int(report.failed))
                                .arg(failedLines(report));
    }

    // A file that could not be read at all has no summary, only the error.
    const bool summary = !(report.error && report.rowsRead == 0);
    if (summary) {
        if (out.json())
            out.printJson(reportJson(report, path, dryRun, campaign));
        else
            printSummary(out, report, info.fileName(), dryRun, campaign);
        for (const QString &w : std::as_const(report.warnings))
            out.printWarning(w);
    }
    if (rc != ExitOk)
        out.printError(error);
    return rc;
}

} // namespace sd::cli
