// add-to-campaign and set-status: who is in a campaign and where they stand.
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "JsonShapes.h"
#include "Tr.h"

namespace sd::cli {

namespace {

constexpr int kSearchPage = 1000;

QJsonObject campaignRef(const Campaign &c)
{
    return {{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}};
}

// Every candidate id the search finds, in pages (the result may be large).
Expected<QList<qint64>> searchIds(Context &ctx, const QString &text)
{
    CandidateRepository repo(ctx.workspace());
    CandidateQuery query;
    query.text = text;
    PageCursor cursor;
    QList<qint64> ids;
    for (;;) {
        auto page = repo.page(query, cursor, kSearchPage);
        if (!page.ok())
            return fromError(page.error(), ErrorSource::Data);
        for (const Candidate &c : page.value())
            ids << c.id;
        if (page->size() < kSearchPage)
            break;
        cursor = CandidateRepository::cursorAfter(page->constLast(), query);
    }
    return ids;
}

// Exit code when some items failed: 1 when the rest was done, 3 when nothing was there to do it on.
int partialExit(qsizetype failed, qsizetype done)
{
    if (failed == 0)
        return ExitOk;
    return done > 0 ? ExitPartial : ExitNotFound;
}

} // namespace

int runAddToCampaign(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("add-to-campaign"), QStringLiteral("CAMPAIGN [ID...]"),
        Tr::tr("Add candidates to a campaign, by id or every result of a search. Candidates already in "
               "the campaign keep their status."));
    cl.addPositional(QStringLiteral("CAMPAIGN"), Tr::tr("The campaign's name or id."));
    cl.addPositional(QStringLiteral("ID..."), Tr::tr("Candidate ids."));
    cl.addOption(QCommandLineOption(QStringLiteral("search"),
                                    Tr::tr("Add every candidate this search finds."), Tr::tr("TEXT")));
    if (auto rc = cl.parse(args, 1, -1))
        return *rc;
    const QStringList idArgs = cl.positional().mid(1);
    const bool bySearch = cl.isSet(QStringLiteral("search"));
    if (idArgs.isEmpty() && !bySearch)
        return ctx.fail(cl.usage(Tr::tr("'add-to-campaign' needs candidate ids or --search TEXT."),
                                 QStringLiteral("ID...")));
    if (!idArgs.isEmpty() && bySearch)
        return ctx.fail(
            cl.usage(Tr::tr("Give candidate ids or --search TEXT, not both."), QStringLiteral("--search")));
    const QString searchText = cl.value(QStringLiteral("search")).trimmed();
    if (bySearch && CandidateRepository::ftsQuery(searchText).isEmpty())
        return ctx.fail(
            cl.usage(Tr::tr("--search needs at least one letter or digit."), QStringLiteral("--search")));
    QList<qint64> requested;
    if (!bySearch) {
        auto ids = parseIds(idArgs, QStringLiteral("ID"));
        if (!ids.ok())
            return ctx.fail(ids.error());
        requested = ids.value();
    }
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    auto campaign = ctx.resolveCampaign(cl.positional().constFirst(), QStringLiteral("CAMPAIGN"));
    if (!campaign.ok())
        return ctx.fail(campaign.error());
    if (bySearch) {
        auto ids = searchIds(ctx, searchText);
        if (!ids.ok())
            return ctx.fail(ids.error());
        requested = ids.value();
    }

    CampaignRepository campaigns(ctx.workspace());
    CandidateRepository candidates(ctx.workspace());
    QList<qint64> toAdd, already, notFound;
    for (qint64 id : std::as_const(requested)) {
        auto member = campaigns.member(campaign->id, id);
        if (!member.ok())
            return ctx.fail(fromError(member.error(), ErrorSource::Data));
        if (member.value()) {
            already << id;
            continue;
        }
        if (!bySearch) {
            auto c = candidates.get(id);
            if (!c.ok() && c.error().code == sd::Error::Code::NotFound) {
                notFound << id;
                continue;
            }
            if (!c.ok())
                return ctx.fail(fromError(c.error(), ErrorSource::Data));
        }
        toAdd << id;
    }
    if (!toAdd.isEmpty()) {
        auto added = campaigns.addMembers(campaign->id, toAdd, ctx.actor());
        if (!added.ok())
            return ctx.fail(fromError(added.error(), ErrorSource::Data));
    }

    OutputFormatter &out = ctx.output();
    const int rc = partialExit(notFound.size(), toAdd.size() + already.size());
    if (out.json()) {
        QJsonObject o{{QStringLiteral("campaign"), campaignRef(campaign.value())},
                      {QStringLiteral("added"), json::ids(toAdd)},
                      {QStringLiteral("alreadyMembers"), json::ids(already)},
                      {QStringLiteral("notFound"), json::ids(notFound)}};
        if (bySearch)
            o.insert(QStringLiteral("search"), searchText);
        out.printJson(o);
    } else {
        if (bySearch && requested.isEmpty())
            out.print(Tr::tr("No candidates match '%1'; nothing was added.").arg(searchText));
        else
            out.print(Tr::tr("Added %n candidate(s) to '%1' (id %2).", nullptr, int(toAdd.size()))
                          .arg(campaign->name)
                          .arg(campaign->id));
        if (!already.isEmpty())
            out.print(Tr::tr("Already in the campaign: %1.").arg(idList(already)));
    }
    if (!notFound.isEmpty()) {
        CliError e = notFoundError(
            Tr::tr("No candidate with id %1; the other candidates were added.").arg(idList(notFound)),
            QStringLiteral("ID"));
        if (rc == ExitNotFound)
            e.message = Tr::tr("No candidate with id %1; nothing was added.").arg(idList(notFound));
        e.exitCode = rc;
        if (rc == ExitPartial)
            e.code = QStringLiteral("partial");
        ctx.output().printError(e);
    }
    return rc;
}

int runSetStatus(Context &ctx, const QStringList &args)
{
    const QString accepted = memberStatusKeys().join(QStringLiteral(", "));
    CommandLine cl(ctx, QStringLiteral("set-status"), QStringLiteral("CAMPAIGN STATUS ID..."),
                   Tr::tr("Move campaign members to a pipeline status: %1.").arg(accepted));
    cl.addPositional(QStringLiteral("CAMPAIGN"), Tr::tr("The campaign's name or id."));
    cl.addPositional(QStringLiteral("STATUS"), Tr::tr("The new status: %1.").arg(accepted));
    cl.addPositional(QStringLiteral("ID..."), Tr::tr("Candidate ids."));
    if (auto rc = cl.parse(args, 3, -1))
        return *rc;
    MemberStatus status = MemberStatus::Added;
    const QString statusText = cl.positional().at(1);
    if (!fromKey(statusText, &status)) {
        return ctx.fail(cl.usage(Tr::tr("STATUS must be one of %1, not '%2'.").arg(accepted, statusText),
                                 QStringLiteral("STATUS")));
    }
    auto ids = parseIds(cl.positional().mid(2), QStringLiteral("ID"));
    if (!ids.ok())
        return ctx.fail(ids.error());
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    auto campaign = ctx.resolveCampaign(cl.positional().constFirst(), QStringLiteral("CAMPAIGN"));
    if (!campaign.ok())
        return ctx.fail(campaign.error());

    CampaignRepository campaigns(ctx.workspace());
    CandidateRepository candidates(ctx.workspace());
    QList<qint64> toChange, unchanged, notMembers, notFound;
    for (qint64 id : std::as_const(ids.value())) {
        auto member = campaigns.member(campaign->id, id);
        if (!member.ok())
            return ctx.fail(fromError(member.error(), ErrorSource::Data));
        if (member.value()) {
            (member.value()->status == status ? unchanged : toChange) << id;
            continue;
        }
        auto c = candidates.get(id);
        if (c.ok())
            notMembers << id;
        else if (c.error().code == sd::Error::Code::NotFound)
            notFound << id;
        else
            return ctx.fail(fromError(c.error(), ErrorSource::Data));
    }
    if (!toChange.isEmpty()) {
        auto changed = campaigns.setStatus(campaign->id, toChange, status, ctx.actor());
        if (!changed.ok())
            return ctx.fail(fromError(changed.error(), ErrorSource::Data));
    }

    OutputFormatter &out = ctx.output();
    const int rc = partialExit(notMembers.size() + notFound.size(), toChange.size() + unchanged.size());
    if (out.json()) {
        out.printJson({{QStringLiteral("campaign"), campaignRef(campaign.value())},
                       {QStringLiteral("status"), toKey(status)},
                       {QStringLiteral("changed"), json::ids(toChange)},
                       {QStringLiteral("unchanged"), json::ids(unchanged)},
                       {QStringLiteral("notMembers"), json::ids(notMembers)},
                       {QStringLiteral("notFound"), json::ids(notFound)}});
    } else {
        out.print(Tr::tr("%n member(s) of '%1' moved to %2.", nullptr, int(toChange.size()))
                      .arg(campaign->name, statusLabel(status)));
        if (!unchanged.isEmpty())
            out.print(Tr::tr("Already %1: %2.").arg(statusLabel(status), idList(unchanged)));
    }
    QStringList problems;
    if (!notMembers.isEmpty())
        problems << Tr::tr("not in campaign '%1': %2").arg(campaign->name, idList(notMembers));
    if (!notFound.isEmpty())
        problems << Tr::tr("no such candidate: %1").arg(idList(notFound));
    if (!problems.isEmpty()) {
        CliError e = notFoundError(problems.join(QStringLiteral("; ")) + QStringLiteral(". ") +
                                       (rc == ExitPartial ? Tr::tr("The other members were updated.")
                                                          : Tr::tr("Nothing was changed.")),
                                   QStringLiteral("ID"));
        e.exitCode = rc;
        if (rc == ExitPartial)
            e.code = QStringLiteral("partial");
        out.printError(e);
    }
    return rc;
}

} // namespace sd::cli
