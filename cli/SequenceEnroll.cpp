// sequence preview | enroll | unenroll (the rest of `sequence` is in SequenceCommands.cpp).
#include "CampaignRepository.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "Enroller.h"
#include "OutreachQueue.h"
#include "OutreachTemplate.h"
#include "SequenceRepository.h"
#include "SqlUtil.h"
#include "TaskRepository.h"
#include "Tr.h"
#include "Workspace.h"

#include <QJsonArray>

namespace sd::cli {

namespace {

QJsonObject campaignRef(const Campaign &c)
{
    return {{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}};
}

QString warningKey(ContactWarning::Kind kind)
{
    switch (kind) {
    case ContactWarning::Kind::DoNotContact: return QStringLiteral("doNotContact");
    case ContactWarning::Kind::TeammateCampaign: return QStringLiteral("teammateCampaign");
    case ContactWarning::Kind::OwnCampaign: return QStringLiteral("ownCampaign");
    case ContactWarning::Kind::ContactedRecently: return QStringLiteral("contactedRecently");
    case ContactWarning::Kind::ActiveApplication: return QStringLiteral("activeApplication");
    case ContactWarning::Kind::NoEmail: return QStringLiteral("noEmail");
    }
    return {};
}

QString warningLabel(ContactWarning::Kind kind)
{
    switch (kind) {
    case ContactWarning::Kind::DoNotContact: return Tr::tr("on the do-not-contact list (refused)");
    case ContactWarning::Kind::TeammateCampaign: return Tr::tr("in a teammate's campaign");
    case ContactWarning::Kind::OwnCampaign: return Tr::tr("in another of your campaigns");
    case ContactWarning::Kind::ContactedRecently: return Tr::tr("contacted recently");
    case ContactWarning::Kind::ActiveApplication: return Tr::tr("has an open application");
    case ContactWarning::Kind::NoEmail: return Tr::tr("has no email address");
    }
    return {};
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

// Every member of the campaign, in the order they were added.
Expected<QList<qint64>> allMembers(Context &ctx, qint64 campaignId)
{
    CampaignRepository campaigns(ctx.workspace());
    MemberQuery query;
    query.campaignId = campaignId;
    QVariantList after;
    QList<qint64> ids;
    for (;;) {
        auto page = campaigns.members(query, after, 500);
        if (!page.ok())
            return fromError(page.error(), ErrorSource::Data);
        for (const CampaignMember &m : std::as_const(*page))
            ids << m.candidate.id;
        if (page->size() < 500)
            return ids;
        after = CampaignRepository::cursorAfter(page->last());
    }
}

// The candidates named by ID... or --all; the named ones that are not members go to `notMembers`.
Expected<QList<qint64>> targets(Context &ctx, const CommandLine &cl, const Campaign &campaign, QList<qint64> *notMembers)
{
    const QStringList words = cl.positional().mid(1);
    if (cl.isSet(QStringLiteral("all"))) {
        if (!words.isEmpty())
            return cl.usage(Tr::tr("Give either --all or candidate ids, not both."), QStringLiteral("--all"));
        return allMembers(ctx, campaign.id);
    }
    if (words.isEmpty())
        return cl.usage(Tr::tr("Name the candidates (ID...) or give --all."), QStringLiteral("ID"));
    auto ids = parseIds(words, QStringLiteral("ID"));
    if (!ids)
        return ids.error();
    CampaignRepository campaigns(ctx.workspace());
    QList<qint64> members;
    for (qint64 id : std::as_const(*ids)) {
        auto m = campaigns.member(campaign.id, id);
        if (!m.ok())
            return fromError(m.error(), ErrorSource::Data);
        if (m->has_value())
            members << id;
        else
            notMembers->append(id);
    }
    if (members.isEmpty())
        return notFoundError(Tr::tr("None of these candidates is in campaign '%1'; 'sourcedesk-cli add-to-campaign' "
                                    "adds them.")
                                 .arg(campaign.name),
                             QStringLiteral("ID"));
    return members;
}

} // namespace

int runSequencePreview(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("sequence preview"), QStringLiteral("CAMPAIGN CANDIDATE"),
                   Tr::tr("Each step of the sequence as this candidate would get it, and the placeholders that "
                          "would render empty (exit 1 when there are any: such a step pauses the candidate)."));
    cl.addPositional(QStringLiteral("CAMPAIGN"), Tr::tr("Campaign name or id."));
    cl.addPositional(QStringLiteral("CANDIDATE"), Tr::tr("Candidate id."));
    if (auto rc = cl.parse(args, 2, 2))
        return *rc;
    auto candidateId = parseId(cl.positional().at(1), QStringLiteral("CANDIDATE"));
    if (!candidateId)
        return ctx.fail(candidateId.error());
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    auto campaign = ctx.resolveCampaign(cl.positional().at(0), QStringLiteral("CAMPAIGN"));
    if (!campaign)
        return ctx.fail(campaign.error());
    auto candidate = ctx.candidate(*candidateId);
    if (!candidate)
        return ctx.fail(candidate.error());
    SequenceRepository repo(ctx.workspace());
    auto seq = repo.forCampaign(campaign->id);
    if (!seq.ok())
        return ctx.fail(fromError(seq.error(), ErrorSource::Data));
    if (!seq->has_value())
        return ctx.fail(notFoundError(Tr::tr("Campaign '%1' has no sequence yet.").arg(campaign->name), QStringLiteral("CAMPAIGN")));
    auto steps = repo.steps((*seq)->id);
    if (!steps.ok())
        return ctx.fail(fromError(steps.error(), ErrorSource::Data));

    const QString sender = (*seq)->senderName;
    OutputFormatter &out = ctx.output();
    QJsonArray rows;
    QStringList allMissing;
    for (const SequenceStep &s : std::as_const(*steps)) {
        const QString subject = outreach::renderTemplate(s.subject, *candidate, sender);
        const QString body = outreach::renderTemplate(s.body, *candidate, sender);
        const QStringList missing = outreach::missingPlaceholders(s.subject + u'\n' + s.body, *candidate, sender);
        for (const QString &m : missing)
            if (!allMissing.contains(m))
                allMissing << m;
        if (out.json()) {
            rows.append(QJsonObject{{QStringLiteral("position"), s.position + 1},
                                    {QStringLiteral("kind"), toKey(s.kind)},
                                    {QStringLiteral("subject"), subject},
                                    {QStringLiteral("body"), body},
                                    {QStringLiteral("missing"), QJsonArray::fromStringList(missing)}});
            continue;
        }
        out.print(Tr::tr("Step %1 (%2), +%n business day(s):", nullptr, s.delayBusinessDays)
                      .arg(s.position + 1)
                      .arg(toKey(s.kind)));
        if (!subject.isEmpty())
            out.print(Tr::tr("  Subject: %1").arg(subject));
        for (const QString &line : body.split(u'\n'))
            out.print(QStringLiteral("  | ") + line);
        if (!missing.isEmpty())
            out.print(Tr::tr("  Empty for this candidate: %1").arg(missing.join(QStringLiteral(", "))));
        out.print();
    }
    if (out.json())
        out.printJson({{QStringLiteral("campaign"), campaignRef(*campaign)},
                       {QStringLiteral("candidateId"), candidate->id},
                       {QStringLiteral("senderName"), sender},
                       {QStringLiteral("steps"), rows},
                       {QStringLiteral("missing"), QJsonArray::fromStringList(allMissing)}});
    else if (steps->isEmpty())
        out.print(Tr::tr("The sequence has no steps yet."));
    if (allMissing.isEmpty())
        return ExitOk;
    return ctx.fail({ExitPartial, QStringLiteral("partial"),
                     Tr::tr("These placeholders would be empty for candidate %1: %2. The candidate would be paused "
                            "at that step.")
                         .arg(candidate->id)
                         .arg(allMissing.join(QStringLiteral(", "))),
                     QStringLiteral("CANDIDATE")});
}

int runSequenceEnroll(Context &ctx, const QStringList &args, bool enrolling)
{
    const QString command = enrolling ? QStringLiteral("sequence enroll") : QStringLiteral("sequence unenroll");
    CommandLine cl(ctx, command, QStringLiteral("CAMPAIGN (--all | ID...)"),
                   enrolling ? Tr::tr("Starts the campaign's sequence for these members. People on the "
                                      "do-not-contact list are refused; other warnings (another campaign, "
                                      "contacted recently, an open application) are listed, and without --yes "
                                      "nobody is enrolled (exit 6).")
                             : Tr::tr("Stops the sequence for these members: their queued emails are cancelled "
                                      "and their open tasks skipped."));
    cl.addPositional(QStringLiteral("CAMPAIGN"), Tr::tr("Campaign name or id."));
    cl.addPositional(QStringLiteral("ID..."), Tr::tr("Candidate ids (members of the campaign)."));
    cl.addOption(QCommandLineOption(QStringLiteral("all"), Tr::tr("Every member of the campaign.")));
    if (enrolling) {
        cl.addOption(QCommandLineOption(QStringLiteral("yes"), Tr::tr("Enroll despite the warnings (never despite do-not-contact).")));
        cl.addOption(QCommandLineOption(QStringLiteral("recent-days"),
                                        Tr::tr("Warn about outreach within this many days (0: off; default 30)."),
                                        Tr::tr("N")));
    }
    if (auto rc = cl.parse(args, 1, -1))
        return *rc;
    auto recentDays = enrolling ? cl.intOption(QStringLiteral("recent-days"), 30, 0, 3650) : Expected<int>(0);
    if (!recentDays)
        return ctx.fail(recentDays.error());
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    auto campaign = ctx.resolveCampaign(cl.positional().at(0), QStringLiteral("CAMPAIGN"));
    if (!campaign)
        return ctx.fail(campaign.error());
    QList<qint64> notMembers;
    auto ids = targets(ctx, cl, *campaign, &notMembers);
    if (!ids)
        return ctx.fail(ids.error());
    OutputFormatter &out = ctx.output();
    const CliError notMemberError{ExitPartial, QStringLiteral("partial"),
                                  Tr::tr("Not in campaign '%1': %2.").arg(campaign->name, idList(notMembers)),
                                  QStringLiteral("ID")};

    if (!enrolling) {
        const Workspace &ws = ctx.workspace();
        QSqlDatabase db = ws.connection();
        sql::Transaction tx(db);
        if (!tx.isActive())
            return ctx.fail(fromError(tx.error(), ErrorSource::Workspace));
        const QString why = Tr::tr("Unenrolled by %1").arg(ctx.actor());
        int emails = 0;
        int tasks = 0;
        for (qint64 id : std::as_const(*ids)) {
            auto cancelled = OutreachQueue(ws).cancelPending(campaign->id, id, why);
            if (!cancelled.ok())
                return ctx.fail(fromError(cancelled.error(), ErrorSource::Data));
            emails += *cancelled;
            auto skipped = TaskRepository(ws).skipOpen(campaign->id, id, why);
            if (!skipped.ok())
                return ctx.fail(fromError(skipped.error(), ErrorSource::Data));
            tasks += *skipped;
        }
        auto removed = SequenceRepository(ws).unenroll(campaign->id, *ids);
        if (!removed.ok())
            return ctx.fail(fromError(removed.error(), ErrorSource::Data));
        if (Status s = tx.commit())
            return ctx.fail(fromError(*s, ErrorSource::Workspace));
        if (out.json())
            out.printJson({{QStringLiteral("campaign"), campaignRef(*campaign)},
                           {QStringLiteral("unenrolled"), *removed},
                           {QStringLiteral("emailsCancelled"), emails},
                           {QStringLiteral("tasksSkipped"), tasks},
                           {QStringLiteral("notMembers"), idArray(notMembers)}});
        else
            out.print(Tr::tr("Unenrolled %1 of %2 candidate(s) from the sequence of '%3'; %4 queued email(s) "
                             "cancelled, %5 open task(s) skipped.")
                          .arg(*removed)
                          .arg(ids->size())
                          .arg(campaign->name)
                          .arg(emails)
                          .arg(tasks));
        return notMembers.isEmpty() ? int(ExitOk) : ctx.fail(notMemberError);
    }

    auto outcome = outreach::enroll(ctx.workspace(), campaign->id, *ids, cl.isSet(QStringLiteral("yes")),
                                    *recentDays, QDateTime::currentDateTimeUtc());
    if (!outcome.ok()) {
        CliError e = fromError(outcome.error(), ErrorSource::Data);
        e.where = QStringLiteral("CAMPAIGN");
        return ctx.fail(e);
    }
    if (out.json()) {
        QJsonArray warnings;
        for (const ContactWarning &w : std::as_const(outcome->warnings))
            warnings.append(QJsonObject{
                {QStringLiteral("candidateId"), w.candidateId},
                {QStringLiteral("kind"), warningKey(w.kind)},
                {QStringLiteral("detail"), w.detail},
                {QStringLiteral("when"), w.when.isValid() ? QJsonValue(w.when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
                {QStringLiteral("blocking"), w.blocking()}});
        out.printJson({{QStringLiteral("campaign"), campaignRef(*campaign)},
                       {QStringLiteral("enrolled"), outcome->enrolled},
                       {QStringLiteral("refused"), idArray(outcome->refused)},
                       {QStringLiteral("notMembers"), idArray(notMembers)},
                       {QStringLiteral("warnings"), warnings},
                       {QStringLiteral("needsConfirmation"), outcome->needsConfirmation}});
    } else {
        if (!outcome->warnings.isEmpty()) {
            QList<QStringList> rows;
            for (const ContactWarning &w : std::as_const(outcome->warnings))
                rows << QStringList{QString::number(w.candidateId), warningLabel(w.kind), OutputFormatter::oneLine(w.detail),
                                    OutputFormatter::localTime(w.when)};
            out.printTable({Tr::tr("Candidate"), Tr::tr("Warning"), Tr::tr("Detail"), Tr::tr("When")}, rows);
        }
        if (!outcome->needsConfirmation)
            out.print(Tr::tr("Enrolled %1 candidate(s) in the sequence of '%2'.").arg(outcome->enrolled).arg(campaign->name));
    }
    if (outcome->needsConfirmation)
        return ctx.fail(conflictError(Tr::tr("Nobody was enrolled: the warnings above need a decision. Run again with "
                                             "--yes to enroll anyway (people on the do-not-contact list stay out)."),
                                      QStringLiteral("--yes")));
    if (!outcome->refused.isEmpty()) {
        const QString message = Tr::tr("Refused (do-not-contact, or no email for a first automatic email): %1.")
                                    .arg(idList(outcome->refused));
        if (outcome->enrolled == 0)
            return ctx.fail(conflictError(message, QStringLiteral("ID")));
        return ctx.fail({ExitPartial, QStringLiteral("partial"), message, QStringLiteral("ID")});
    }
    return notMembers.isEmpty() ? int(ExitOk) : ctx.fail(notMemberError);
}

} // namespace sd::cli
