// preview CANDIDATE [--campaign C]: what a push would send to SmartRecruiters, field by field and
// why, from the same builder the create job uses. Reads SmartRecruiters when connected; sends nothing.
#include "CampaignRepository.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "JsonShapes.h"
#include "PushPreview.h"
#include "SyncSupport.h"
#include "Tr.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sd::cli {

namespace {

QJsonObject previewJson(const sync::PushPreview &p)
{
    QJsonArray fields;
    for (const sync::FieldPreview &f : p.fields)
        fields.append(QJsonObject{{QStringLiteral("srField"), f.srField},
                                  {QStringLiteral("label"), f.label},
                                  {QStringLiteral("remoteValue"), f.remoteValue},
                                  {QStringLiteral("localValue"), f.localValue},
                                  {QStringLiteral("rule"), f.rule},
                                  {QStringLiteral("send"), f.send},
                                  {QStringLiteral("why"), f.why}});
    return {{QStringLiteral("candidateId"), p.candidateId},
            {QStringLiteral("campaignId"), p.campaignId > 0 ? QJsonValue(p.campaignId) : QJsonValue()},
            {QStringLiteral("srCandidateId"),
             p.srCandidateId.isEmpty() ? QJsonValue() : QJsonValue(p.srCandidateId)},
            {QStringLiteral("action"), p.action},
            {QStringLiteral("method"), p.method},
            {QStringLiteral("path"), p.path},
            {QStringLiteral("body"), p.body},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
            {QStringLiteral("missingMandatory"), QJsonArray::fromStringList(p.missingMandatory)},
            {QStringLiteral("holdReason"), p.holdReason},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(p.warnings)},
            {QStringLiteral("error"), p.error},
            {QStringLiteral("canPush"), p.canPush()}};
}

void printPreview(OutputFormatter &out, const sync::PushPreview &p, const Candidate &candidate,
                  const QString &campaign)
{
    out.print(
        campaign.isEmpty()
            ? Tr::tr("Candidate %1 (%2)").arg(candidate.id).arg(candidate.displayName())
            : Tr::tr("Candidate %1 (%2) in %3").arg(candidate.id).arg(candidate.displayName(), campaign));
    out.printFields(
        {{Tr::tr("Action"), p.action},
         {Tr::tr("Request"), p.method.isEmpty() ? Tr::tr("nothing would be sent") : p.method + u' ' + p.path},
         {Tr::tr("Linked to"), p.srCandidateId}});
    if (!p.fields.isEmpty()) {
        out.print();
        QList<QStringList> rows;
        for (const sync::FieldPreview &f : p.fields) {
            const QString sent = f.send ? Tr::tr("yes") : Tr::tr("no");
            rows << QStringList{f.label.isEmpty() ? f.srField : f.label,
                                f.remoteValue.isEmpty() ? Tr::tr("(blank)") : f.remoteValue,
                                f.localValue.isEmpty() ? Tr::tr("(blank)") : f.localValue, f.rule,
                                f.why.isEmpty() ? sent : sent + QStringLiteral(": ") + f.why};
        }
        out.printTable({Tr::tr("Field"), Tr::tr("SmartRecruiters"), Tr::tr("Sourcedesk"), Tr::tr("Rule"),
                        Tr::tr("Sent")},
                       rows);
    }
    out.print();
    out.printFields(
        {{Tr::tr("Tags"), p.tags.join(QStringLiteral(", "))},
         {Tr::tr("Missing"), p.missingMandatory.isEmpty()
                                 ? QString()
                                 : Tr::tr("%1 (mandatory: the push is refused until they are filled)")
                                       .arg(p.missingMandatory.join(QStringLiteral(", ")))},
         {Tr::tr("On hold"), p.holdReason},
         {Tr::tr("Warnings"), p.warnings.join(u'\n')},
         {Tr::tr("Error"), p.error}});
}

int preview(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("preview"), QStringLiteral("CANDIDATE"),
        Tr::tr("What pushing a candidate would send to SmartRecruiters: the request, each field "
               "(SmartRecruiters' value, Sourcedesk's value, the rule, sent or not and why), tags, "
               "missing mandatory fields, hold reasons and warnings. Sends nothing; reads "
               "SmartRecruiters when connected. --json includes the exact request body. Exit 1 when the "
               "push would be refused or held."));
    cl.addPositional(QStringLiteral("CANDIDATE"), Tr::tr("The candidate id."));
    cl.addOption(
        QCommandLineOption(QStringLiteral("campaign"),
                           Tr::tr("The campaign the push is made from (default: the candidate's only "
                                  "campaign)."),
                           Tr::tr("NAME|ID")));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    auto id = parseId(cl.positional().constFirst(), QStringLiteral("CANDIDATE"));
    if (!id.ok())
        return ctx.fail(id.error());
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    auto candidate = ctx.candidate(id.value());
    if (!candidate.ok())
        return ctx.fail(candidate.error());
    qint64 campaignId = 0;
    QString campaignText;
    if (cl.isSet(QStringLiteral("campaign"))) {
        auto c = ctx.resolveCampaign(cl.value(QStringLiteral("campaign")), QStringLiteral("--campaign"));
        if (!c.ok())
            return ctx.fail(c.error());
        campaignId = c->id;
        campaignText = Tr::tr("campaign '%1' (id %2)").arg(c->name).arg(c->id);
    } else {
        auto memberships = CampaignRepository(ctx.workspace()).membershipsOf(id.value());
        if (!memberships.ok())
            return ctx.fail(fromError(memberships.error(), ErrorSource::Data));
        if (memberships->size() > 1) {
            QStringList names;
            for (const MembershipInfo &m : memberships.value())
                names << QStringLiteral("'%1' (id %2)").arg(m.campaignName).arg(m.campaignId);
            return ctx.fail(
                cl.usage(Tr::tr("Candidate %1 is in several campaigns (%2); choose one with --campaign.")
                             .arg(id.value())
                             .arg(names.join(QStringLiteral(", "))),
                         QStringLiteral("--campaign")));
        }
        if (memberships->size() == 1) {
            campaignId = memberships->constFirst().campaignId;
            campaignText =
                Tr::tr("campaign '%1' (id %2)").arg(memberships->constFirst().campaignName).arg(campaignId);
        }
    }
    SrSession session;
    if (auto rc = session.openIfConnected(ctx))
        return *rc;
    sync::PreviewRunner runner(ctx.sharedWorkspace(), session.client(), ctx.actor());
    std::optional<sync::PushPreview> result;
    runner.build(id.value(), campaignId, [&](const sync::PushPreview &p) { result = p; });
    if (!waitFor([&] { return result.has_value(); }, 120000))
        return ctx.fail(remoteError(Tr::tr("SmartRecruiters did not answer in time.")));

    OutputFormatter &out = ctx.output();
    if (out.json()) {
        out.printJson({{QStringLiteral("preview"), previewJson(*result)},
                       {QStringLiteral("connected"), session.connected()}});
    } else {
        printPreview(out, *result, candidate.value(), campaignText);
        if (!session.connected())
            out.print(Tr::tr("Not connected to SmartRecruiters: its current values are not shown "
                             "('sourcedesk-cli connect' first)."));
    }
    if (!result->error.isEmpty())
        return ctx.fail(remoteError(result->error));
    if (!result->canPush())
        return ctx.fail({ExitPartial, QStringLiteral("partial"),
                         result->holdReason.isEmpty()
                             ? Tr::tr("The push would be refused: mandatory fields are blank (%1).")
                                   .arg(result->missingMandatory.join(QStringLiteral(", ")))
                             : Tr::tr("The push would wait: %1").arg(result->holdReason),
                         QStringLiteral("CANDIDATE")});
    return ExitOk;
}

} // namespace

int runPreview(Context &context, const QStringList &args)
{
    return preview(context, args);
}

} // namespace sd::cli
