// sequence show | create | add-step | remove-step | preview | enroll | unenroll: a campaign's
// outreach sequence and who runs through it. Enrolling goes through the contact guard
// (services/outreach/Enroller): do-not-contact is refused, the other warnings need --yes.
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "SequenceRepository.h"
#include "Tr.h"
#include "Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace sd::cli {

namespace {

const QStringList &stepKindKeys()
{
    static const QStringList keys{QStringLiteral("autoEmail"),       QStringLiteral("manualEmail"),
                                  QStringLiteral("linkedinConnect"), QStringLiteral("linkedinMessage"),
                                  QStringLiteral("call"),            QStringLiteral("task")};
    return keys;
}

const QStringList &dayKeys()
{
    static const QStringList keys{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                  QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                  QStringLiteral("sun")};
    return keys;
}

QString daysText(int mask)
{
    QStringList out;
    for (int i = 0; i < 7; ++i)
        if (mask & (1 << i))
            out << dayKeys().at(i);
    return out.join(u',');
}

QString minuteText(int m)
{
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QString zoneText(const Sequence &s)
{
    return s.timeZoneMode == TimeZoneMode::Candidate ? QStringLiteral("candidate") : s.recruiterTimeZone;
}

QJsonObject sequenceJson(const Sequence &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("campaignId"), s.campaignId},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("senderName"), s.senderName},
            {QStringLiteral("timeZone"), zoneText(s)}};
}

QJsonObject stepJson(const SequenceStep &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("position"), s.position + 1},
            {QStringLiteral("kind"), toKey(s.kind)},
            {QStringLiteral("delayBusinessDays"), s.delayBusinessDays},
            {QStringLiteral("days"), QJsonArray::fromStringList(daysText(s.windowDays).split(u',', Qt::SkipEmptyParts))},
            {QStringLiteral("from"), minuteText(s.windowStartMinute)},
            {QStringLiteral("to"), minuteText(s.windowEndMinute)},
            {QStringLiteral("subject"), s.subject},
            {QStringLiteral("body"), s.body}};
}

// The campaign named by the first positional argument and its sequence (nullopt: none yet).
struct CampaignSequence
{
    Campaign campaign;
    std::optional<Sequence> sequence;
};

// Opens the workspace, finds the campaign and reads its sequence.
Expected<CampaignSequence> campaignSequence(Context &ctx, const CommandLine &cl, Context::Access access)
{
    if (auto rc = ctx.openWorkspace(access))
        return CliError{*rc, QStringLiteral("reported"), {}, {}};
    auto campaign = ctx.resolveCampaign(cl.positional().constFirst(), QStringLiteral("CAMPAIGN"));
    if (!campaign)
        return campaign.error();
    auto seq = SequenceRepository(ctx.workspace()).forCampaign(campaign->id);
    if (!seq.ok())
        return fromError(seq.error(), ErrorSource::Data);
    return CampaignSequence{*campaign, *seq};
}

// An error that ctx.openWorkspace() already reported carries only its exit code.
int failed(Context &ctx, const CliError &e)
{
    return e.code == QStringLiteral("reported") ? e.exitCode : ctx.fail(e);
}

int show(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("sequence show"), QStringLiteral("CAMPAIGN"),
                   Tr::tr("The campaign's sequence: sender name, time zone and each step."));
    cl.addPositional(QStringLiteral("CAMPAIGN"), Tr::tr("Campaign name or id."));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    auto found = campaignSequence(ctx, cl, Context::Access::Read);
    if (!found)
        return failed(ctx, found.error());
    const Campaign &campaign = found->campaign;
    const std::optional<Sequence> &seq = found->sequence;
    if (!seq.has_value())
        return ctx.fail(notFoundError(Tr::tr("Campaign '%1' has no sequence yet; 'sourcedesk-cli sequence create' "
                                             "or 'sequence add-step' makes one.")
                                          .arg(campaign.name),
                                      QStringLiteral("CAMPAIGN")));
    auto steps = SequenceRepository(ctx.workspace()).steps(seq->id);
    if (!steps.ok())
        return ctx.fail(fromError(steps.error(), ErrorSource::Data));
    OutputFormatter &out = ctx.output();
    if (out.json()) {
        QJsonArray rows;
        for (const SequenceStep &s : std::as_const(*steps))
            rows.append(stepJson(s));
        out.printJson({{QStringLiteral("sequence"), sequenceJson(*seq)}, {QStringLiteral("steps"), rows}});
        return ExitOk;
    }
    out.printFields({{Tr::tr("Campaign"), campaign.name},
                     {Tr::tr("Sender name"), seq->senderName},
                     {Tr::tr("Time zone"), seq->timeZoneMode == TimeZoneMode::Candidate
                                               ? Tr::tr("the candidate's")
                                               : seq->recruiterTimeZone}});
    if (steps->isEmpty()) {
        out.print(Tr::tr("No steps yet; 'sourcedesk-cli sequence add-step' adds one."));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const SequenceStep &s : std::as_const(*steps))
        rows << QStringList{QString::number(s.position + 1), toKey(s.kind),
                            Tr::tr("+%n business day(s)", nullptr, s.delayBusinessDays), daysText(s.windowDays),
                            minuteText(s.windowStartMinute) + u'-' + minuteText(s.windowEndMinute),
                            OutputFormatter::oneLine(s.subject)};
    out.printTable({Tr::tr("#"), Tr::tr("Kind"), Tr::tr("Delay"), Tr::tr("Days"), Tr::tr("Window"), Tr::tr("Subject")},
                   rows);
    return ExitOk;
}

int create(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("sequence create"), QStringLiteral("CAMPAIGN"),
                   Tr::tr("Gives the campaign its sequence, or changes the sender name and time zone of the one "
                          "it has."));
    cl.addPositional(QStringLiteral("CAMPAIGN"), Tr::tr("Campaign name or id."));
    cl.addOption(QCommandLineOption(QStringLiteral("sender-name"), Tr::tr("The {sender_name} of the emails."),
                                    Tr::tr("NAME")));
    cl.addOption(QCommandLineOption(QStringLiteral("time-zone"),
                                    Tr::tr("When steps run: 'candidate' (their country's zone, the default) or an "
                                           "IANA zone such as Europe/Paris."),
                                    Tr::tr("ZONE")));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    const QString zone = cl.value(QStringLiteral("time-zone")).trimmed();
    const bool candidateZone = zone.isEmpty() || zone.compare(QStringLiteral("candidate"), Qt::CaseInsensitive) == 0;
    if (cl.isSet(QStringLiteral("time-zone")) && !candidateZone && !QTimeZone(zone.toUtf8()).isValid())
        return ctx.fail(cl.usage(Tr::tr("--time-zone must be 'candidate' or an IANA time zone such as "
                                        "Europe/Paris, not '%1'.")
                                     .arg(zone),
                                 QStringLiteral("--time-zone")));
    auto found = campaignSequence(ctx, cl, Context::Access::Write);
    if (!found)
        return failed(ctx, found.error());
    const Campaign &campaign = found->campaign;
    SequenceRepository repo(ctx.workspace());
    Sequence s = found->sequence.value_or(Sequence{});
    const bool created = !found->sequence.has_value();
    if (created) {
        s.campaignId = campaign.id;
        s.name = campaign.name;
    }
    if (cl.isSet(QStringLiteral("sender-name")))
        s.senderName = cl.value(QStringLiteral("sender-name")).trimmed();
    if (cl.isSet(QStringLiteral("time-zone"))) {
        s.timeZoneMode = candidateZone ? TimeZoneMode::Candidate : TimeZoneMode::Recruiter;
        s.recruiterTimeZone = candidateZone ? QString() : zone;
    }
    s.senderName = nonNull(s.senderName);
    s.recruiterTimeZone = nonNull(s.recruiterTimeZone);
    if (Status st = created ? repo.create(s) : repo.update(s))
        return ctx.fail(fromError(*st, ErrorSource::Data));
    if (ctx.output().json())
        ctx.output().printJson({{QStringLiteral("sequence"), sequenceJson(s)}, {QStringLiteral("created"), created}});
    else
        ctx.output().print(created ? Tr::tr("Campaign '%1' has a sequence now; add its steps with 'sourcedesk-cli "
                                            "sequence add-step'.")
                                         .arg(campaign.name)
                                   : Tr::tr("Updated the sequence of campaign '%1'.").arg(campaign.name));
    return ExitOk;
}

Expected<int> parseMinute(const CommandLine &cl, const QString &name, int fallback)
{
    if (!cl.isSet(name))
        return fallback;
    static const QRegularExpression hhmm(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QString text = cl.value(name).trimmed();
    const auto m = hhmm.match(text);
    const int h = m.hasMatch() ? m.captured(1).toInt() : -1;
    const int min = m.hasMatch() ? m.captured(2).toInt() : -1;
    if (h < 0 || min < 0 || min > 59 || h > 24 || (h == 24 && min != 0))
        return cl.usage(Tr::tr("--%1 must be a time HH:MM from 00:00 to 24:00, not '%2'.").arg(name, text),
                        QStringLiteral("--") + name);
    return h * 60 + min;
}

int addStep(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("sequence add-step"), QStringLiteral("CAMPAIGN"),
                   Tr::tr("Appends a step to the campaign's sequence (made when there is none). Email texts may "
                          "use {first_name}, {last_name}, {company}, {job_title}, {sender_name} and "
                          "{custom.NAME}."));
    cl.addPositional(QStringLiteral("CAMPAIGN"), Tr::tr("Campaign name or id."));
    cl.addOption(QCommandLineOption(QStringLiteral("kind"), Tr::tr("The step: %1.").arg(stepKindKeys().join(QStringLiteral(", "))),
                                    Tr::tr("KIND")));
    cl.addOption(QCommandLineOption(QStringLiteral("delay"),
                                    Tr::tr("Business days after the previous step (0–365, default 0 for the first "
                                           "step, 2 after)."),
                                    Tr::tr("DAYS")));
    cl.addOption(QCommandLineOption(QStringLiteral("days"), Tr::tr("Weekdays it may run on (default mon,tue,wed,thu,fri)."),
                                    Tr::tr("mon,tue,...")));
    cl.addOption(QCommandLineOption(QStringLiteral("from"), Tr::tr("Window start, local time (default 09:00)."), Tr::tr("HH:MM")));
    cl.addOption(QCommandLineOption(QStringLiteral("to"), Tr::tr("Window end, local time (default 17:00)."), Tr::tr("HH:MM")));
    cl.addOption(QCommandLineOption(QStringLiteral("subject"), Tr::tr("The email subject (or task title)."), Tr::tr("TEXT")));
    cl.addOption(QCommandLineOption(QStringLiteral("body-file"), Tr::tr("The email body or task notes from a file ('-': stdin)."),
                                    Tr::tr("FILE")));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    if (!cl.isSet(QStringLiteral("kind")))
        return ctx.fail(cl.usage(Tr::tr("'sequence add-step' needs --kind: %1.").arg(stepKindKeys().join(QStringLiteral(", "))),
                                 QStringLiteral("--kind")));
    SequenceStep step;
    const QString kindText = cl.value(QStringLiteral("kind")).trimmed();
    std::optional<StepKind> kind;
    for (const QString &k : stepKindKeys())
        if (k.compare(kindText, Qt::CaseInsensitive) == 0)
            kind = stepKindFromKey(k);
    if (!kind)
        return ctx.fail(cl.usage(Tr::tr("--kind must be one of %1, not '%2'.").arg(stepKindKeys().join(QStringLiteral(", ")), kindText),
                                 QStringLiteral("--kind")));
    step.kind = *kind;
    if (cl.isSet(QStringLiteral("days"))) {
        int mask = 0;
        for (const QString &part : cl.value(QStringLiteral("days")).split(u',', Qt::SkipEmptyParts)) {
            static const QStringList full{QStringLiteral("monday"),   QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                          QStringLiteral("thursday"), QStringLiteral("friday"),  QStringLiteral("saturday"),
                                          QStringLiteral("sunday")};
            const QString p = part.trimmed().toLower();
            const qsizetype i = dayKeys().indexOf(p.left(3));
            if (i < 0 || (p.size() != 3 && full.at(i) != p))
                return ctx.fail(cl.usage(Tr::tr("--days takes weekdays separated by commas (%1), not '%2'.")
                                             .arg(dayKeys().join(u','), part.trimmed()),
                                         QStringLiteral("--days")));
            mask |= 1 << i;
        }
        if (mask == 0)
            return ctx.fail(cl.usage(Tr::tr("--days needs at least one weekday."), QStringLiteral("--days")));
        step.windowDays = mask;
    }
    auto from = parseMinute(cl, QStringLiteral("from"), step.windowStartMinute);
    if (!from)
        return ctx.fail(from.error());
    auto to = parseMinute(cl, QStringLiteral("to"), step.windowEndMinute);
    if (!to)
        return ctx.fail(to.error());
    if (*from >= *to)
        return ctx.fail(cl.usage(Tr::tr("--from (%1) must be before --to (%2).").arg(minuteText(*from), minuteText(*to)),
                                 cl.isSet(QStringLiteral("to")) ? QStringLiteral("--to") : QStringLiteral("--from")));
    step.windowStartMinute = *from;
    step.windowEndMinute = *to;
    step.subject = nonNull(cl.value(QStringLiteral("subject")).trimmed());
    if (cl.isSet(QStringLiteral("body-file"))) {
        const QString file = cl.value(QStringLiteral("body-file"));
        QByteArray bytes;
        if (file == QStringLiteral("-")) {
            const auto &readStdin = ctx.environment().readStdin;
            bytes = readStdin ? readStdin() : QByteArray();
        } else {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return ctx.fail(inputError(Tr::tr("The body file cannot be read: %1").arg(f.errorString()), file));
            bytes = f.readAll();
        }
        step.body = QString::fromUtf8(bytes).trimmed();
    }
    step.body = nonNull(step.body);
    if (step.kind == StepKind::AutoEmail || step.kind == StepKind::ManualEmail) {
        if (step.subject.isEmpty())
            return ctx.fail(cl.usage(Tr::tr("An email step needs --subject."), QStringLiteral("--subject")));
        if (step.body.isEmpty())
            return ctx.fail(cl.usage(Tr::tr("An email step needs a body: --body-file FILE or --body-file - (stdin)."),
                                     QStringLiteral("--body-file")));
    }

    auto found = campaignSequence(ctx, cl, Context::Access::Write);
    if (!found)
        return failed(ctx, found.error());
    const Campaign &campaign = found->campaign;
    SequenceRepository repo(ctx.workspace());
    Sequence seq = found->sequence.value_or(Sequence{});
    if (!found->sequence.has_value()) {
        seq.campaignId = campaign.id;
        seq.name = campaign.name;
        seq.senderName = nonNull({});
        seq.recruiterTimeZone = nonNull({});
        if (Status s = repo.create(seq))
            return ctx.fail(fromError(*s, ErrorSource::Data));
    }
    auto steps = repo.steps(seq.id);
    if (!steps.ok())
        return ctx.fail(fromError(steps.error(), ErrorSource::Data));
    auto delay = cl.intOption(QStringLiteral("delay"), steps->isEmpty() ? 0 : 2, 0, 365);
    if (!delay)
        return ctx.fail(delay.error());
    step.delayBusinessDays = *delay;
    if (Status s = repo.addStep(seq.id, step)) {
        CliError e = fromError(*s, ErrorSource::Data);
        return ctx.fail(e);
    }
    if (ctx.output().json())
        ctx.output().printJson({{QStringLiteral("sequence"), sequenceJson(seq)}, {QStringLiteral("step"), stepJson(step)}});
    else
        ctx.output().print(Tr::tr("Added step %1 (%2) to the sequence of '%3'.")
                               .arg(step.position + 1)
                               .arg(toKey(step.kind), campaign.name));
    return ExitOk;
}

int removeStep(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("sequence remove-step"), QStringLiteral("CAMPAIGN POSITION"),
                   Tr::tr("Removes a step; the later ones move up."));
    cl.addPositional(QStringLiteral("CAMPAIGN"), Tr::tr("Campaign name or id."));
    cl.addPositional(QStringLiteral("POSITION"), Tr::tr("The step's number as 'sequence show' lists it (1 is the first)."));
    if (auto rc = cl.parse(args, 2, 2))
        return *rc;
    bool ok = false;
    const int position = cl.positional().at(1).trimmed().toInt(&ok);
    if (!ok || position < 1)
        return ctx.fail(cl.usage(Tr::tr("POSITION must be a step number (1 is the first), not '%1'.").arg(cl.positional().at(1)),
                                 QStringLiteral("POSITION")));
    auto found = campaignSequence(ctx, cl, Context::Access::Write);
    if (!found)
        return failed(ctx, found.error());
    const Campaign &campaign = found->campaign;
    const std::optional<Sequence> &seq = found->sequence;
    SequenceRepository repo(ctx.workspace());
    QList<SequenceStep> steps;
    if (seq.has_value()) {
        auto read = repo.steps(seq->id);
        if (!read.ok())
            return ctx.fail(fromError(read.error(), ErrorSource::Data));
        steps = *read;
    }
    if (position > steps.size())
        return ctx.fail(notFoundError(Tr::tr("The sequence of '%1' has %n step(s); there is no step %2.", nullptr, int(steps.size()))
                                          .arg(campaign.name)
                                          .arg(position),
                                      QStringLiteral("POSITION")));
    const SequenceStep removed = steps.at(position - 1);
    if (Status s = repo.removeStep(removed.id))
        return ctx.fail(fromError(*s, ErrorSource::Data));
    if (ctx.output().json())
        ctx.output().printJson({{QStringLiteral("removed"), stepJson(removed)}});
    else
        ctx.output().print(Tr::tr("Removed step %1 (%2) from the sequence of '%3'.")
                               .arg(position)
                               .arg(toKey(removed.kind), campaign.name));
    return ExitOk;
}

} // namespace

int runSequence(Context &ctx, const QStringList &args)
{
    QStringList rest = args;
    const QString sub = takeSubcommand(rest);
    if (sub.isEmpty()) {
        if (wantsHelp(rest)) {
            ctx.output().out() << Tr::tr(
                "Usage: sourcedesk-cli sequence <subcommand> CAMPAIGN [arguments] [options]\n"
                "\n"
                "  show CAMPAIGN                  Sender name, time zone and the steps.\n"
                "  create CAMPAIGN [--sender-name N] [--time-zone candidate|IANA-ZONE]\n"
                "  add-step CAMPAIGN --kind KIND [--delay DAYS] [--days mon,tue,...] [--from HH:MM --to HH:MM]\n"
                "           [--subject S] [--body-file F|-]\n"
                "                                 KIND: autoEmail, manualEmail, linkedinConnect, linkedinMessage,\n"
                "                                 call, task.\n"
                "  remove-step CAMPAIGN POSITION\n"
                "  preview CAMPAIGN CANDIDATE     Each step as this candidate would get it, and the placeholders\n"
                "                                 that would be empty (exit 1 when there are any).\n"
                "  enroll CAMPAIGN (--all | ID...) [--yes] [--recent-days N]\n"
                "                                 Start the sequence; do-not-contact is refused, other warnings\n"
                "                                 need --yes (without it nothing is enrolled, exit 6).\n"
                "  unenroll CAMPAIGN (--all | ID...)\n"
                "\n"
                "Run 'sourcedesk-cli sequence <subcommand> --help' for details.\n");
            ctx.output().out().flush();
            return ExitOk;
        }
        if (rest.contains(QStringLiteral("--json")))
            ctx.output().setJson(true);
        return ctx.fail(usageError(Tr::tr("'sequence' needs a subcommand: show, create, add-step, remove-step, "
                                          "preview, enroll, unenroll. See 'sourcedesk-cli sequence --help'.")));
    }
    if (sub == QStringLiteral("show"))
        return show(ctx, rest);
    if (sub == QStringLiteral("create"))
        return create(ctx, rest);
    if (sub == QStringLiteral("add-step"))
        return addStep(ctx, rest);
    if (sub == QStringLiteral("remove-step"))
        return removeStep(ctx, rest);
    if (sub == QStringLiteral("preview"))
        return runSequencePreview(ctx, rest);
    if (sub == QStringLiteral("enroll"))
        return runSequenceEnroll(ctx, rest, true);
    if (sub == QStringLiteral("unenroll"))
        return runSequenceEnroll(ctx, rest, false);
    if (rest.contains(QStringLiteral("--json")))
        ctx.output().setJson(true);
    return ctx.fail(usageError(Tr::tr("Unknown subcommand 'sequence %1'; accepted: show, create, add-step, "
                                      "remove-step, preview, enroll, unenroll.")
                                   .arg(sub),
                               sub));
}

} // namespace sd::cli
