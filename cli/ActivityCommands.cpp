// log-activity: an outreach step on a candidate's timeline, moving their campaign status along.
#include "ActivityRepository.h"
#include "CampaignRepository.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "JsonShapes.h"
#include "Tr.h"

#include <QFile>
#include <QStringDecoder>

#include <cstdio>

namespace sd::cli {

namespace {

constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;

// The body from a UTF-8 text file, or "-" for standard input.
Expected<QString> readBody(const QString &path)
{
    QFile file;
    bool opened = false;
    if (path == QStringLiteral("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return inputError(Tr::tr("Cannot read the body file: %1.").arg(file.errorString()), path);
    const QByteArray bytes = file.read(kMaxBodyBytes + 1);
    if (bytes.size() > kMaxBodyBytes)
        return inputError(
            Tr::tr("The body file is larger than 4 MB; an activity body is text, not an attachment."), path);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return inputError(Tr::tr("The body file is not UTF-8 text."), path);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace

int runLogActivity(Context &ctx, const QStringList &args)
{
    const QString kinds = activityKindKeys().join(QStringLiteral(", "));
    CommandLine cl(
        ctx, QStringLiteral("log-activity"), QStringLiteral("ID"),
        Tr::tr("Log an outreach activity for a candidate. With --campaign the member moves along the "
               "pipeline: outreach moves 'added' to 'contacted', a reply moves it to 'replied'."));
    cl.addPositional(QStringLiteral("ID"), Tr::tr("The candidate's id."));
    cl.addOption(
        QCommandLineOption(QStringLiteral("kind"), Tr::tr("What happened: %1.").arg(kinds), Tr::tr("KIND")));
    cl.addOption(QCommandLineOption(QStringLiteral("campaign"), Tr::tr("The campaign it belongs to."),
                                    Tr::tr("NAME|ID")));
    cl.addOption(QCommandLineOption(QStringLiteral("subject"), Tr::tr("Subject line."), Tr::tr("TEXT")));
    cl.addOption(QCommandLineOption(QStringLiteral("body"), Tr::tr("The message or note."), Tr::tr("TEXT")));
    cl.addOption(QCommandLineOption(QStringLiteral("body-file"),
                                    Tr::tr("Read the body from a UTF-8 file ('-': stdin)."), Tr::tr("FILE")));
    cl.addOption(QCommandLineOption(
        QStringLiteral("at"),
        Tr::tr("When it happened, ISO 8601 (default: now); without a zone, local time."), Tr::tr("TIME")));
    cl.addOption(
        QCommandLineOption(QStringLiteral("author"), Tr::tr("Who did it (default: you)."), Tr::tr("NAME")));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    auto id = parseId(cl.positional().constFirst(), QStringLiteral("ID"));
    if (!id.ok())
        return ctx.fail(id.error());
    if (!cl.isSet(QStringLiteral("kind")))
        return ctx.fail(
            cl.usage(Tr::tr("'log-activity' needs --kind, one of %1.").arg(kinds), QStringLiteral("--kind")));
    Activity activity;
    activity.candidateId = id.value();
    const QString kindText = cl.value(QStringLiteral("kind"));
    if (!fromKey(kindText, &activity.kind))
        return ctx.fail(cl.usage(Tr::tr("--kind must be one of %1, not '%2'.").arg(kinds, kindText),
                                 QStringLiteral("--kind")));
    if (cl.isSet(QStringLiteral("body")) && cl.isSet(QStringLiteral("body-file")))
        return ctx.fail(
            cl.usage(Tr::tr("Give --body or --body-file, not both."), QStringLiteral("--body-file")));
    if (cl.isSet(QStringLiteral("at"))) {
        auto at = parseDateTime(cl.value(QStringLiteral("at")), QStringLiteral("--at"));
        if (!at.ok())
            return ctx.fail(at.error());
        activity.occurredAt = at.value();
    }
    activity.subject = nonNull(cl.value(QStringLiteral("subject")).trimmed());
    activity.body = nonNull(cl.value(QStringLiteral("body")));
    if (cl.isSet(QStringLiteral("body-file"))) {
        auto body = readBody(cl.value(QStringLiteral("body-file")));
        if (!body.ok())
            return ctx.fail(body.error());
        activity.body = nonNull(body.value());
    }
    activity.author = nonNull(
        cl.isSet(QStringLiteral("author")) ? cl.value(QStringLiteral("author")).trimmed() : ctx.actor());

    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    auto candidate = ctx.candidate(id.value());
    if (!candidate.ok())
        return ctx.fail(candidate.error());
    std::optional<Campaign> campaign;
    std::optional<MemberStatus> before;
    CampaignRepository campaigns(ctx.workspace());
    if (cl.isSet(QStringLiteral("campaign"))) {
        auto resolved =
            ctx.resolveCampaign(cl.value(QStringLiteral("campaign")), QStringLiteral("--campaign"));
        if (!resolved.ok())
            return ctx.fail(resolved.error());
        campaign = resolved.value();
        auto member = campaigns.member(campaign->id, id.value());
        if (!member.ok())
            return ctx.fail(fromError(member.error(), ErrorSource::Data));
        if (!member.value()) {
            return ctx.fail(notFoundError(Tr::tr("Candidate %1 is not in campaign '%2'; add them first with "
                                                 "'sourcedesk-cli add-to-campaign %3 %1'.")
                                              .arg(id.value())
                                              .arg(campaign->name)
                                              .arg(campaign->id),
                                          QStringLiteral("--campaign")));
        }
        before = member.value()->status;
        activity.campaignId = campaign->id;
    }
    if (Status s = ActivityRepository(ctx.workspace()).log(activity))
        return ctx.fail(fromError(*s, ErrorSource::Data));
    std::optional<MemberStatus> after;
    if (campaign) {
        if (auto member = campaigns.member(campaign->id, id.value()); member.ok() && member.value())
            after = member.value()->status;
    }

    OutputFormatter &out = ctx.output();
    if (out.json()) {
        out.printJson({{QStringLiteral("activity"), json::activity(activity)},
                       {QStringLiteral("statusBefore"), before ? QJsonValue(toKey(*before)) : QJsonValue()},
                       {QStringLiteral("statusAfter"), after ? QJsonValue(toKey(*after)) : QJsonValue()}});
        return ExitOk;
    }
    out.print(Tr::tr("Logged %1 for %2 (id %3) at %4.")
                  .arg(kindLabel(activity.kind), candidate->displayName())
                  .arg(candidate->id)
                  .arg(OutputFormatter::localTime(activity.occurredAt)));
    if (campaign && before && after) {
        out.print(*before == *after ? Tr::tr("Status in '%1': %2.").arg(campaign->name, statusLabel(*after))
                                    : Tr::tr("Status in '%1': %2 -> %3.")
                                          .arg(campaign->name, statusLabel(*before), statusLabel(*after)));
    }
    return ExitOk;
}

} // namespace sd::cli
