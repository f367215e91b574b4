// export FILE|-: candidates (all, a search result, or a campaign's members) to CSV.
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "Interrupt.h"
#include "JsonShapes.h"
#include "Tr.h"
#include "csv/CsvExporter.h"

#include <QBuffer>
#include <QFileInfo>

namespace sd::cli {

int runExport(Context &ctx, const QStringList &args)
{
    const QString statuses = memberStatusKeys().join(QStringLiteral(", "));
    CommandLine cl(
        ctx, QStringLiteral("export"), QStringLiteral("FILE|-"),
        Tr::tr("Export candidates to a CSV file that Excel and 'sourcedesk-cli import' read back: every "
               "candidate, a search result, or the members of a campaign with their status. '-' writes "
               "to stdout. A file is replaced only once the export is complete."));
    cl.addPositional(QStringLiteral("FILE|-"), Tr::tr("The CSV file to write, or - for stdout."));
    cl.addOption(QCommandLineOption(QStringLiteral("campaign"), Tr::tr("Export this campaign's members."),
                                    Tr::tr("NAME|ID")));
    cl.addOption(QCommandLineOption(
        QStringLiteral("status"), Tr::tr("With --campaign: only members in this status (%1).").arg(statuses),
        Tr::tr("STATUS")));
    cl.addOption(QCommandLineOption(QStringLiteral("search"),
                                    Tr::tr("Export the candidates this search finds."), Tr::tr("TEXT")));
    cl.addOption(QCommandLineOption(QStringLiteral("tag"), Tr::tr("Export the candidates with this tag."),
                                    Tr::tr("TAG")));
    cl.addOption(QCommandLineOption(QStringLiteral("separator"), Tr::tr("comma (default), semicolon or tab."),
                                    Tr::tr("SEP")));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    const bool byCampaign = cl.isSet(QStringLiteral("campaign"));
    if (byCampaign && (cl.isSet(QStringLiteral("search")) || cl.isSet(QStringLiteral("tag"))))
        return ctx.fail(cl.usage(
            Tr::tr("--campaign exports the campaign's members; it does not combine with --search or --tag."),
            QStringLiteral("--campaign")));
    if (cl.isSet(QStringLiteral("status")) && !byCampaign)
        return ctx.fail(cl.usage(Tr::tr("--status needs --campaign."), QStringLiteral("--status")));
    std::optional<MemberStatus> status;
    if (cl.isSet(QStringLiteral("status"))) {
        MemberStatus s = MemberStatus::Added;
        if (!fromKey(cl.value(QStringLiteral("status")), &s)) {
            return ctx.fail(cl.usage(Tr::tr("--status must be one of %1, not '%2'.")
                                         .arg(statuses, cl.value(QStringLiteral("status"))),
                                     QStringLiteral("--status")));
        }
        status = s;
    }
    const QString searchText = cl.value(QStringLiteral("search")).trimmed();
    if (cl.isSet(QStringLiteral("search")) && CandidateRepository::ftsQuery(searchText).isEmpty())
        return ctx.fail(
            cl.usage(Tr::tr("--search needs at least one letter or digit."), QStringLiteral("--search")));
    auto separator =
        cl.choiceOption(QStringLiteral("separator"),
                        {QStringLiteral("comma"), QStringLiteral("semicolon"), QStringLiteral("tab")},
                        QStringLiteral("comma"));
    if (!separator.ok())
        return ctx.fail(separator.error());
    const QString target = cl.positional().constFirst();
    const bool toStdout = target == QStringLiteral("-");
    if (!toStdout && QFileInfo(target).isDir())
        return ctx.fail(
            inputError(Tr::tr("This is a folder; give a file name such as candidates.csv."), target));

    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    std::optional<Campaign> campaign;
    if (byCampaign) {
        auto resolved =
            ctx.resolveCampaign(cl.value(QStringLiteral("campaign")), QStringLiteral("--campaign"));
        if (!resolved.ok())
            return ctx.fail(resolved.error());
        campaign = resolved.value();
    }

    InterruptScope interrupt;
    csv::CsvExporter::Options options;
    options.bom = !toStdout; // Excel wants the BOM in a file; a pipe does not
    options.separator = separator.value() == QStringLiteral("semicolon") ? QChar(u';')
                        : separator.value() == QStringLiteral("tab")     ? QChar(u'\t')
                                                                         : QChar(u',');
    options.progress = [&interrupt](qint64) {
        return !interrupt.interrupted();
    };
    csv::CsvExporter exporter(ctx.sharedWorkspace(), options);
    CandidateQuery query;
    query.text = searchText;
    query.tag = cl.value(QStringLiteral("tag")).trimmed();
    const MemberQuery members{campaign ? campaign->id : 0, status};

    OutputFormatter &out = ctx.output();
    Result<qint64> written = qint64(0);
    if (toStdout) {
        out.out().flush();
        QIODevice *device = out.out().device();
        QBuffer buffer; // a stream without a device (tests) gets the text once complete
        if (!device) {
            buffer.open(QIODevice::WriteOnly);
            device = &buffer;
        }
        written =
            campaign ? exporter.exportCampaign(members, device) : exporter.exportCandidates(query, device);
        if (device == &buffer)
            out.out() << QString::fromUtf8(buffer.data());
        out.out().flush();
    } else {
        written = campaign ? exporter.exportCampaignToFile(members, target)
                           : exporter.exportCandidatesToFile(query, target);
    }
    if (!written.ok()) {
        const sd::Error &e = written.error();
        if (e.code == sd::Error::Code::Cancelled)
            return ctx.fail({ExitCancelled, QStringLiteral("cancelled"),
                             Tr::tr("Cancelled; no file was written."), target});
        if (e.code == sd::Error::Code::Io) {
            CliError io = fromError(e, ErrorSource::InputFile);
            if (io.where.isEmpty())
                io.where = target;
            return ctx.fail(io);
        }
        return ctx.fail(fromError(e, ErrorSource::Data));
    }
    if (toStdout)
        return ExitOk;
    if (out.json()) {
        out.printJson(
            {{QStringLiteral("file"), target},
             {QStringLiteral("rows"), written.value()},
             {QStringLiteral("campaign"), campaign ? QJsonValue(json::campaign(*campaign)) : QJsonValue()},
             {QStringLiteral("search"), searchText.isEmpty() ? QJsonValue() : QJsonValue(searchText)}});
    } else {
        out.print(Tr::tr("Exported %n candidate(s) to %1.", nullptr, int(written.value())).arg(target));
    }
    return ExitOk;
}

} // namespace sd::cli
