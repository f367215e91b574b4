// candidates list | search | show (add lives in CandidateAdd.cpp)
#include "ActivityRepository.h"
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "JsonShapes.h"
#include "Tr.h"

#include <QJsonArray>
#include <QLocale>

namespace sd::cli {

namespace {

constexpr int kMaxLimit = 100000;

QList<QStringList> candidateRows(const QList<Candidate> &list)
{
    QList<QStringList> rows;
    for (const Candidate &c : list) {
        rows << QStringList{QString::number(c.id),
                            c.displayName(),
                            c.primaryEmail(),
                            c.company,
                            c.title,
                            c.location(),
                            c.tags.join(QStringLiteral(", "))};
    }
    return rows;
}

QStringList candidateHeaders()
{
    return {Tr::tr("ID"),    Tr::tr("Name"),     Tr::tr("Email"), Tr::tr("Company"),
            Tr::tr("Title"), Tr::tr("Location"), Tr::tr("Tags")};
}

QJsonArray candidateArray(const QList<Candidate> &list)
{
    QJsonArray a;
    for (const Candidate &c : list)
        a.append(json::candidate(c));
    return a;
}

int list(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("candidates list"), {}, Tr::tr("List candidates."));
    cl.addOption(QCommandLineOption(
        QStringLiteral("sort"),
        Tr::tr("Order: newest (default), name, company or updated (recently changed first)."),
        Tr::tr("ORDER")));
    cl.addOption(QCommandLineOption(QStringLiteral("limit"),
                                    Tr::tr("Show at most N candidates (default 50)."), Tr::tr("N")));
    cl.addOption(
        QCommandLineOption(QStringLiteral("tag"), Tr::tr("Only candidates with this tag."), Tr::tr("TAG")));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    const QStringList sorts{QStringLiteral("newest"), QStringLiteral("name"), QStringLiteral("company"),
                            QStringLiteral("updated")};
    auto sort = cl.choiceOption(QStringLiteral("sort"), sorts, QStringLiteral("newest"));
    if (!sort.ok())
        return ctx.fail(sort.error());
    auto limit = cl.intOption(QStringLiteral("limit"), 50, 1, kMaxLimit);
    if (!limit.ok())
        return ctx.fail(limit.error());
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;

    CandidateQuery query;
    query.tag = cl.value(QStringLiteral("tag")).trimmed();
    const QString s = sort.value();
    query.sort = s == QStringLiteral("name")      ? CandidateSort::Name
                 : s == QStringLiteral("company") ? CandidateSort::Company
                 : s == QStringLiteral("updated") ? CandidateSort::Updated
                                                  : CandidateSort::Newest;
    if (query.sort == CandidateSort::Updated)
        query.order = Qt::DescendingOrder;
    CandidateRepository repo(ctx.workspace());
    auto page = repo.page(query, {}, limit.value());
    if (!page.ok())
        return ctx.fail(fromError(page.error(), ErrorSource::Data));
    auto total = repo.count(query);
    if (!total.ok())
        return ctx.fail(fromError(total.error(), ErrorSource::Data));

    OutputFormatter &out = ctx.output();
    if (out.json()) {
        out.printJson({{QStringLiteral("candidates"), candidateArray(page.value())},
                       {QStringLiteral("total"), total.value()}});
        return ExitOk;
    }
    if (page->isEmpty()) {
        out.print(query.tag.isEmpty() ? Tr::tr("No candidates yet.")
                                      : Tr::tr("No candidates are tagged '%1'.").arg(query.tag));
        return ExitOk;
    }
    out.printTable(candidateHeaders(), candidateRows(page.value()));
    if (total.value() > page->size()) {
        out.print(Tr::tr("Showing %1 of %2 candidates; --limit shows more.")
                      .arg(page->size())
                      .arg(QLocale().toString(total.value())));
    }
    return ExitOk;
}

int search(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("candidates search"), QStringLiteral("TEXT"),
        Tr::tr("Find candidates by name, email, company, title, location or tag; every word is a prefix."));
    cl.addPositional(QStringLiteral("TEXT"), Tr::tr("What to look for."));
    cl.addOption(QCommandLineOption(QStringLiteral("limit"),
                                    Tr::tr("Show at most N candidates (default 20)."), Tr::tr("N")));
    if (auto rc = cl.parse(args, 1, -1))
        return *rc;
    auto limit = cl.intOption(QStringLiteral("limit"), 20, 1, kMaxLimit);
    if (!limit.ok())
        return ctx.fail(limit.error());
    const QString text = cl.positional().join(u' ').trimmed();
    if (CandidateRepository::ftsQuery(text).isEmpty())
        return ctx.fail(cl.usage(Tr::tr("TEXT needs at least one letter or digit, not '%1'.").arg(text),
                                 QStringLiteral("TEXT")));
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    auto found = CandidateRepository(ctx.workspace()).search(text, limit.value());
    if (!found.ok())
        return ctx.fail(fromError(found.error(), ErrorSource::Data));
    OutputFormatter &out = ctx.output();
    if (out.json()) {
        out.printJson(
            {{QStringLiteral("query"), text}, {QStringLiteral("candidates"), candidateArray(found.value())}});
        return ExitOk;
    }
    if (found->isEmpty()) {
        out.print(Tr::tr("No candidates match '%1'.").arg(text));
        return ExitOk;
    }
    out.printTable(candidateHeaders(), candidateRows(found.value()));
    return ExitOk;
}

QString consentText(const Candidate &c)
{
    if (c.consent == ConsentState::Unknown && !c.consentDate.isValid() && c.consentMethod.isEmpty())
        return {};
    QString text = consentLabel(c.consent);
    if (c.consentDate.isValid())
        text += u' ' + Tr::tr("on %1").arg(OutputFormatter::localTime(c.consentDate));
    if (!c.consentMethod.isEmpty())
        text += QStringLiteral(" (%1)").arg(c.consentMethod);
    return text;
}

void printProfile(OutputFormatter &out, const Candidate &c)
{
    out.print(Tr::tr("%1 (id %2)%3")
                  .arg(c.displayName())
                  .arg(c.id)
                  .arg(c.sample ? u' ' + Tr::tr("(sample)") : QString()));
    QList<std::pair<QString, QString>> fields{
        {Tr::tr("First name"), c.firstName},
        {Tr::tr("Last name"), c.lastName},
        {Tr::tr("Emails"), c.emails.join(QStringLiteral(", "))},
        {Tr::tr("Phones"), c.phones.join(QStringLiteral(", "))},
        {Tr::tr("Company"), c.company},
        {Tr::tr("Title"), c.title},
        {Tr::tr("Location"), c.location()},
        {Tr::tr("LinkedIn"), c.linkedinUrl},
        {Tr::tr("Links"), c.links.join(QStringLiteral(", "))},
        {Tr::tr("Source"), c.source},
        {Tr::tr("Tags"), c.tags.join(QStringLiteral(", "))},
    };
    for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it)
        fields.append({it.key(), it.value()});
    fields.append({Tr::tr("Consent"), consentText(c)});
    fields.append({Tr::tr("Notes"), c.notes});
    fields.append({Tr::tr("Created"), OutputFormatter::localTime(c.createdAt)});
    fields.append({Tr::tr("Updated"), OutputFormatter::localTime(c.updatedAt)});
    out.printFields(fields);
}

int show(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("candidates show"), QStringLiteral("ID"),
        Tr::tr("Everything about one candidate: fields, campaigns and statuses, activity timeline and "
               "the log of changed fields."));
    cl.addPositional(QStringLiteral("ID"), Tr::tr("The candidate's id."));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    auto id = parseId(cl.positional().constFirst(), QStringLiteral("ID"));
    if (!id.ok())
        return ctx.fail(id.error());
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    auto candidate = ctx.candidate(id.value());
    if (!candidate.ok())
        return ctx.fail(candidate.error());
    CampaignRepository campaigns(ctx.workspace());
    auto memberships = campaigns.membershipsOf(id.value());
    if (!memberships.ok())
        return ctx.fail(fromError(memberships.error(), ErrorSource::Data));
    auto activities = ActivityRepository(ctx.workspace()).forCandidate(id.value());
    if (!activities.ok())
        return ctx.fail(fromError(activities.error(), ErrorSource::Data));
    auto changes = CandidateRepository(ctx.workspace()).fieldChanges(id.value());
    if (!changes.ok())
        return ctx.fail(fromError(changes.error(), ErrorSource::Data));

    QHash<qint64, QString> campaignNames;
    for (const MembershipInfo &m : memberships.value())
        campaignNames.insert(m.campaignId, m.campaignName);

    OutputFormatter &out = ctx.output();
    if (out.json()) {
        QJsonArray campaignArray;
        for (const MembershipInfo &m : memberships.value()) {
            QJsonObject o = json::membership(m);
            QJsonArray history;
            if (auto h = campaigns.statusHistory(m.campaignId, id.value()); h.ok()) {
                for (const StatusChange &s : h.value())
                    history.append(json::statusChange(s));
            }
            o.insert(QStringLiteral("history"), history);
            campaignArray.append(o);
        }
        QJsonArray activityArray;
        for (const Activity &a : activities.value())
            activityArray.append(json::activity(a));
        QJsonArray changeArray;
        for (const FieldChange &f : changes.value())
            changeArray.append(json::fieldChange(f));
        out.printJson({{QStringLiteral("candidate"), json::candidate(candidate.value())},
                       {QStringLiteral("campaigns"), campaignArray},
                       {QStringLiteral("activities"), activityArray},
                       {QStringLiteral("changes"), changeArray}});
        return ExitOk;
    }

    printProfile(out, candidate.value());
    out.print();
    out.print(Tr::tr("Campaigns"));
    if (memberships->isEmpty())
        out.print(QStringLiteral("  ") + Tr::tr("(none)"));
    for (const MembershipInfo &m : memberships.value()) {
        out.print(QStringLiteral("  ") +
                  Tr::tr("%1 (id %2): %3 since %4")
                      .arg(m.campaignName)
                      .arg(m.campaignId)
                      .arg(statusLabel(m.status), OutputFormatter::localTime(m.statusChangedAt)));
    }
    out.print();
    out.print(Tr::tr("Activity"));
    if (activities->isEmpty())
        out.print(QStringLiteral("  ") + Tr::tr("(none)"));
    for (const Activity &a : activities.value()) {
        QString head =
            QStringLiteral("  %1  %2").arg(OutputFormatter::localTime(a.occurredAt), kindLabel(a.kind));
        if (a.campaignId > 0)
            head += QStringLiteral("  [%1]").arg(
                campaignNames.value(a.campaignId, Tr::tr("campaign %1").arg(a.campaignId)));
        if (!a.author.isEmpty())
            head += u' ' + Tr::tr("by %1").arg(a.author);
        out.print(head);
        out.printFields({{Tr::tr("Subject"), a.subject}, {Tr::tr("Body"), a.body.trimmed()}}, 6);
    }
    out.print();
    out.print(Tr::tr("Field changes"));
    if (changes->isEmpty())
        out.print(QStringLiteral("  ") + Tr::tr("(none)"));
    for (const FieldChange &f : changes.value()) {
        out.print(QStringLiteral("  ") + Tr::tr("%1  %2  %3: '%4' -> '%5'")
                                             .arg(OutputFormatter::localTime(f.changedAt), f.changedBy,
                                                  f.field, OutputFormatter::oneLine(f.oldValue),
                                                  OutputFormatter::oneLine(f.newValue)));
    }
    return ExitOk;
}

QString groupHelp()
{
    return Tr::tr("Usage: sourcedesk-cli candidates <list|search|show|add> [arguments] [options]\n"
                  "\n"
                  "  list [--sort name|company|updated|newest] [--limit N] [--tag TAG]\n"
                  "  search TEXT [--limit N]            Every word is a prefix; all must match.\n"
                  "  show ID                            Fields, campaigns, activities and the change log.\n"
                  "  add --first NAME --last NAME --email EMAIL [...] [--on-duplicate skip|merge|error]\n"
                  "\n"
                  "Run 'sourcedesk-cli candidates <subcommand> --help' for details.\n");
}

} // namespace

int runCandidates(Context &ctx, const QStringList &args)
{
    const QStringList subcommands{QStringLiteral("list"), QStringLiteral("search"), QStringLiteral("show"),
                                  QStringLiteral("add")};
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
    if (sub == QStringLiteral("search"))
        return search(ctx, rest);
    if (sub == QStringLiteral("show"))
        return show(ctx, rest);
    if (sub == QStringLiteral("add"))
        return runCandidateAdd(ctx, rest);
    if (sub.isEmpty()) {
        return ctx.fail(
            usageError(Tr::tr("'candidates' needs a subcommand: %1. See 'sourcedesk-cli candidates --help'.")
                           .arg(subcommands.join(QStringLiteral(", ")))));
    }
    return ctx.fail(usageError(
        Tr::tr("Unknown subcommand 'candidates %1'; accepted: %2. See 'sourcedesk-cli candidates --help'.")
            .arg(sub, subcommands.join(QStringLiteral(", "))),
        sub));
}

} // namespace sd::cli
