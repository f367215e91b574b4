// campaigns list | create | archive | unarchive | delete
#include "CampaignRepository.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "JsonShapes.h"
#include "Tr.h"

#include <QJsonArray>

namespace sd::cli {

namespace {

int list(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("campaigns list"), {},
                   Tr::tr("Campaigns with their member counts per status, most recently changed first."));
    cl.addOption(QCommandLineOption(QStringLiteral("all"), Tr::tr("Include archived campaigns.")));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    const bool all = cl.isSet(QStringLiteral("all"));
    auto campaigns = CampaignRepository(ctx.workspace()).list(all);
    if (!campaigns.ok())
        return ctx.fail(fromError(campaigns.error(), ErrorSource::Data));

    OutputFormatter &out = ctx.output();
    if (out.json()) {
        QJsonArray array;
        for (const CampaignSummary &s : campaigns.value())
            array.append(json::campaignSummary(s));
        out.printJson({{QStringLiteral("campaigns"), array}});
        return ExitOk;
    }
    if (campaigns->isEmpty()) {
        out.print(
            all ? Tr::tr("No campaigns yet. Create one with 'sourcedesk-cli campaigns create NAME'.")
                : Tr::tr(
                      "No active campaigns. 'sourcedesk-cli campaigns list --all' includes archived ones."));
        return ExitOk;
    }
    QStringList headers{Tr::tr("ID"), Tr::tr("Name"), Tr::tr("Owner"), Tr::tr("Members")};
    for (int i = 0; i < MemberStatusCount; ++i)
        headers << statusLabel(static_cast<MemberStatus>(i));
    headers << Tr::tr("Last activity");
    if (all)
        headers << Tr::tr("State");
    QList<QStringList> rows;
    for (const CampaignSummary &s : campaigns.value()) {
        QString name = s.campaign.name;
        if (s.campaign.sample)
            name += u' ' + Tr::tr("(sample)");
        QStringList row{QString::number(s.campaign.id), name, s.campaign.owner, QString::number(s.total)};
        for (int count : s.countByStatus)
            row << QString::number(count);
        row << OutputFormatter::localTime(s.lastActivityAt);
        if (all)
            row << (s.campaign.archived ? Tr::tr("archived") : Tr::tr("active"));
        rows << row;
    }
    out.printTable(headers, rows);
    return ExitOk;
}

int create(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("campaigns create"), QStringLiteral("NAME"),
                   Tr::tr("Create a campaign."));
    cl.addPositional(QStringLiteral("NAME"), Tr::tr("The campaign's name (unique)."));
    cl.addOption(QCommandLineOption(QStringLiteral("description"), Tr::tr("What the campaign is for."),
                                    Tr::tr("TEXT")));
    cl.addOption(
        QCommandLineOption(QStringLiteral("owner"), Tr::tr("Who runs it (default: you)."), Tr::tr("NAME")));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    const QString name = cl.positional().constFirst().trimmed();
    if (name.isEmpty())
        return ctx.fail(cl.usage(Tr::tr("NAME must not be empty."), QStringLiteral("NAME")));
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    CampaignRepository repo(ctx.workspace());
    auto existing = repo.findByName(name);
    if (!existing.ok())
        return ctx.fail(fromError(existing.error(), ErrorSource::Data));
    if (existing.value()) {
        return ctx.fail(
            conflictError(Tr::tr("A campaign named '%1' already exists (id %2); choose another name.")
                              .arg(existing.value()->name)
                              .arg(existing.value()->id),
                          QStringLiteral("NAME")));
    }
    Campaign c;
    c.name = name;
    c.description = nonNull(cl.value(QStringLiteral("description")));
    c.owner = nonNull(cl.isSet(QStringLiteral("owner")) ? cl.value(QStringLiteral("owner")).trimmed()
                                                        : ctx.actor());
    if (Status s = repo.create(c))
        return ctx.fail(fromError(*s, ErrorSource::Data));
    if (ctx.output().json())
        ctx.output().printJson({{QStringLiteral("campaign"), json::campaign(c)}});
    else
        ctx.output().print(Tr::tr("Created campaign '%1' (id %2).").arg(c.name).arg(c.id));
    return ExitOk;
}

int setArchived(Context &ctx, const QStringList &args, bool archive)
{
    const QString command =
        archive ? QStringLiteral("campaigns archive") : QStringLiteral("campaigns unarchive");
    CommandLine cl(ctx, command, QStringLiteral("NAME|ID"),
                   archive ? Tr::tr("Archive a campaign: it leaves the active list; nothing is deleted.")
                           : Tr::tr("Bring an archived campaign back to the active list."));
    cl.addPositional(QStringLiteral("NAME|ID"), Tr::tr("The campaign."));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    auto campaign = ctx.resolveCampaign(cl.positional().constFirst(), QStringLiteral("NAME|ID"));
    if (!campaign.ok())
        return ctx.fail(campaign.error());
    CampaignRepository repo(ctx.workspace());
    const bool changed = campaign->archived != archive;
    if (changed) {
        if (Status s = repo.setArchived(campaign->id, archive))
            return ctx.fail(fromError(*s, ErrorSource::Data));
        campaign->archived = archive;
        if (auto fresh = repo.get(campaign->id); fresh.ok())
            campaign.value() = fresh.value();
    }
    if (ctx.output().json()) {
        ctx.output().printJson({{QStringLiteral("campaign"), json::campaign(campaign.value())},
                                {QStringLiteral("changed"), changed}});
    } else if (!changed) {
        ctx.output().print(
            archive
                ? Tr::tr("Campaign '%1' (id %2) was already archived.").arg(campaign->name).arg(campaign->id)
                : Tr::tr("Campaign '%1' (id %2) is not archived.").arg(campaign->name).arg(campaign->id));
    } else {
        ctx.output().print(
            archive ? Tr::tr("Archived campaign '%1' (id %2).").arg(campaign->name).arg(campaign->id)
                    : Tr::tr("Unarchived campaign '%1' (id %2).").arg(campaign->name).arg(campaign->id));
    }
    return ExitOk;
}

int remove(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("campaigns delete"), QStringLiteral("NAME|ID"),
        Tr::tr("Delete a campaign and its member statuses. Candidates and their activities are kept. "
               "A campaign with members is only deleted with --force."));
    cl.addPositional(QStringLiteral("NAME|ID"), Tr::tr("The campaign."));
    cl.addOption(
        QCommandLineOption(QStringLiteral("force"), Tr::tr("Delete even when the campaign has members.")));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    auto campaign = ctx.resolveCampaign(cl.positional().constFirst(), QStringLiteral("NAME|ID"));
    if (!campaign.ok())
        return ctx.fail(campaign.error());
    CampaignRepository repo(ctx.workspace());
    auto members = repo.memberCount(MemberQuery{campaign->id, std::nullopt});
    if (!members.ok())
        return ctx.fail(fromError(members.error(), ErrorSource::Data));
    if (members.value() > 0 && !cl.isSet(QStringLiteral("force"))) {
        return ctx.fail(
            conflictError(Tr::tr("Campaign '%1' (id %2) has %3 members; deleting it drops their statuses "
                                 "in it. Archive it instead, or run again with --force.")
                              .arg(campaign->name)
                              .arg(campaign->id)
                              .arg(members.value()),
                          QStringLiteral("NAME|ID")));
    }
    if (Status s = repo.remove(campaign->id))
        return ctx.fail(fromError(*s, ErrorSource::Data));
    if (ctx.output().json()) {
        ctx.output().printJson({{QStringLiteral("deleted"), json::campaign(campaign.value())},
                                {QStringLiteral("members"), members.value()}});
    } else {
        ctx.output().print(
            Tr::tr("Deleted campaign '%1' (id %2); %3 members left it, the candidates are kept.")
                .arg(campaign->name)
                .arg(campaign->id)
                .arg(members.value()));
    }
    return ExitOk;
}

QString groupHelp()
{
    return Tr::tr(
        "Usage: sourcedesk-cli campaigns <list|create|archive|unarchive|delete|link-job> [arguments] [options]\n"
        "\n"
        "  list [--all]                       Campaigns with member counts per status.\n"
        "  create NAME [--description TEXT] [--owner NAME]\n"
        "  archive NAME|ID                    Hide from the active list; nothing is deleted.\n"
        "  unarchive NAME|ID\n"
        "  delete NAME|ID [--force]           --force when the campaign has members.\n"
        "  link-job NAME|ID (--job SR_JOB_ID | --talent-pool | --none)\n"
        "                                     Where its candidates go in SmartRecruiters.\n"
        "\n"
        "Run 'sourcedesk-cli campaigns <subcommand> --help' for details.\n");
}

} // namespace

int runCampaigns(Context &ctx, const QStringList &args)
{
    const QStringList subcommands{QStringLiteral("list"), QStringLiteral("create"), QStringLiteral("archive"),
                                  QStringLiteral("unarchive"), QStringLiteral("delete"), QStringLiteral("link-job")};
    if (args.contains(QStringLiteral("--json")))
        ctx.output().setJson(true);
    QStringList rest = args;
    const QString sub = takeSubcommand(rest);
    if (sub.isEmpty() && wantsHelp(rest)) {
        ctx.output().out() << groupHelp();
        ctx.output().out().flush();
        return ExitOk;
    }
    if (sub == QStringLiteral("list"))
        return list(ctx, rest);
    if (sub == QStringLiteral("create"))
        return create(ctx, rest);
    if (sub == QStringLiteral("archive"))
        return setArchived(ctx, rest, true);
    if (sub == QStringLiteral("unarchive"))
        return setArchived(ctx, rest, false);
    if (sub == QStringLiteral("delete"))
        return remove(ctx, rest);
    if (sub == QStringLiteral("link-job"))
        return runCampaignLinkJob(ctx, rest);
    if (sub.isEmpty()) {
        return ctx.fail(
            usageError(Tr::tr("'campaigns' needs a subcommand: %1. See 'sourcedesk-cli campaigns --help'.")
                           .arg(subcommands.join(QStringLiteral(", ")))));
    }
    return ctx.fail(usageError(
        Tr::tr("Unknown subcommand 'campaigns %1'; accepted: %2. See 'sourcedesk-cli campaigns --help'.")
            .arg(sub, subcommands.join(QStringLiteral(", "))),
        sub));
}

} // namespace sd::cli
