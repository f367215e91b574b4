// candidates add: one candidate from options, never a silent duplicate.
#include "CampaignRepository.h"
#include "CandidateKeys.h"
#include "CandidateRepository.h"
#include "CommandLine.h"
#include "Commands.h"
#include "Context.h"
#include "JsonShapes.h"
#include "Tr.h"

#include <QRegularExpression>

namespace sd::cli {

namespace {

QCommandLineOption textOption(const char *name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

// Fills a candidate from the options, or names the first bad one.
Expected<Candidate> candidateFrom(const CommandLine &cl)
{
    Candidate c;
    c.firstName = cl.value(QStringLiteral("first")).trimmed();
    c.lastName = cl.value(QStringLiteral("last")).trimmed();
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    for (const QString &e : cl.values(QStringLiteral("email"))) {
        const QString email = e.trimmed();
        if (!emailPattern.match(email).hasMatch())
            return cl.usage(Tr::tr("--email needs an address such as jane@example.com, not '%1'.").arg(e),
                            QStringLiteral("--email"));
        c.emails << email;
    }
    for (const QString &p : cl.values(QStringLiteral("phone")))
        c.phones << p.trimmed();
    c.company = cl.value(QStringLiteral("company")).trimmed();
    c.title = cl.value(QStringLiteral("title")).trimmed();
    c.city = cl.value(QStringLiteral("city")).trimmed();
    c.region = cl.value(QStringLiteral("region")).trimmed();
    c.countryCode = cl.value(QStringLiteral("country")).trimmed().toUpper();
    if (!c.countryCode.isEmpty() &&
        (c.countryCode.size() != 2 || !c.countryCode.at(0).isLetter() || !c.countryCode.at(1).isLetter())) {
        return cl.usage(Tr::tr("--country needs a two-letter ISO 3166 code such as DE or US, not '%1'.")
                            .arg(cl.value(QStringLiteral("country"))),
                        QStringLiteral("--country"));
    }
    c.linkedinUrl = cl.value(QStringLiteral("linkedin")).trimmed();
    if (!c.linkedinUrl.isEmpty() && keys::normalizeLinkedIn(c.linkedinUrl).isEmpty()) {
        return cl.usage(
            Tr::tr("--linkedin needs a profile URL such as https://www.linkedin.com/in/jane-doe, not '%1'.")
                .arg(c.linkedinUrl),
            QStringLiteral("--linkedin"));
    }
    c.links = cl.values(QStringLiteral("link"));
    c.source = cl.value(QStringLiteral("source")).trimmed();
    for (const QString &t : cl.values(QStringLiteral("tag")))
        c.tags << t.split(u',', Qt::SkipEmptyParts);
    c.notes = cl.value(QStringLiteral("notes"));
    if (cl.isSet(QStringLiteral("consent"))) {
        const QString key = cl.value(QStringLiteral("consent"));
        if (!fromKey(key, &c.consent)) {
            return cl.usage(
                Tr::tr("--consent must be one of unknown, granted, refused, withdrawn, not '%1'.").arg(key),
                QStringLiteral("--consent"));
        }
    }
    if (cl.isSet(QStringLiteral("consent-date"))) {
        auto at = parseDateTime(cl.value(QStringLiteral("consent-date")), QStringLiteral("--consent-date"));
        if (!at.ok())
            return at.error();
        c.consentDate = at.value();
    }
    c.consentMethod = cl.value(QStringLiteral("consent-method")).trimmed();
    for (const QString &f : cl.values(QStringLiteral("field"))) {
        const qsizetype eq = f.indexOf(u'=');
        const QString name = eq > 0 ? f.left(eq).trimmed() : QString();
        if (name.isEmpty()) {
            return cl.usage(
                Tr::tr("--field needs NAME=VALUE, such as --field \"notice period=3 months\", not '%1'.")
                    .arg(f),
                QStringLiteral("--field"));
        }
        c.customFields.insert(name, f.mid(eq + 1).trimmed());
    }
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && c.emails.isEmpty() && c.linkedinUrl.isEmpty()) {
        return cl.usage(
            Tr::tr("A candidate needs at least a name (--first/--last), an --email or a --linkedin URL."),
            QStringLiteral("--first"));
    }
    return c;
}

QString describe(const Candidate &c)
{
    const QString email = c.primaryEmail();
    const QString name = c.displayName();
    return email.isEmpty() || name == email ? Tr::tr("candidate %1 (%2)").arg(c.id).arg(name)
                                            : Tr::tr("candidate %1 (%2, %3)").arg(c.id).arg(name, email);
}

} // namespace

int runCandidateAdd(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("candidates add"), {},
        Tr::tr("Add one candidate. A candidate with the same email, LinkedIn profile, or name at the same "
               "company is a duplicate: by default it is refused (exit code 6) and the match is reported; "
               "--on-duplicate skip keeps the stored record, merge folds the new details into it."));
    const QString text = Tr::tr("TEXT");
    cl.addOption(textOption("first", Tr::tr("First name."), Tr::tr("NAME")));
    cl.addOption(textOption("last", Tr::tr("Last name."), Tr::tr("NAME")));
    cl.addOption(textOption("email", Tr::tr("Email address; repeat for more (the first is the primary one)."),
                            Tr::tr("EMAIL")));
    cl.addOption(textOption("phone", Tr::tr("Phone number; repeat for more."), Tr::tr("PHONE")));
    cl.addOption(textOption("company", Tr::tr("Current company."), text));
    cl.addOption(textOption("title", Tr::tr("Job title."), text));
    cl.addOption(textOption("city", Tr::tr("City."), text));
    cl.addOption(textOption("region", Tr::tr("Region or state."), text));
    cl.addOption(
        textOption("country", Tr::tr("Two-letter country code (ISO 3166-1), e.g. DE."), Tr::tr("CODE")));
    cl.addOption(textOption("linkedin", Tr::tr("LinkedIn profile URL."), Tr::tr("URL")));
    cl.addOption(
        textOption("link", Tr::tr("Another web link (GitHub, portfolio); repeat for more."), Tr::tr("URL")));
    cl.addOption(textOption("source", Tr::tr("Where the candidate was found."), text));
    cl.addOption(textOption("tag", Tr::tr("A tag; repeat or separate with commas."), Tr::tr("TAG")));
    cl.addOption(textOption("notes", Tr::tr("Free notes."), text));
    cl.addOption(textOption("consent", Tr::tr("GDPR consent: unknown, granted, refused or withdrawn."),
                            Tr::tr("STATE")));
    cl.addOption(
        textOption("consent-date", Tr::tr("When consent was given or refused (ISO 8601)."), Tr::tr("DATE")));
    cl.addOption(textOption("consent-method", Tr::tr("How consent was obtained."), text));
    cl.addOption(textOption("field", Tr::tr("A custom field; repeat for more."), Tr::tr("NAME=VALUE")));
    cl.addOption(
        textOption("campaign", Tr::tr("Also add the candidate to this campaign."), Tr::tr("NAME|ID")));
    cl.addOption(textOption("on-duplicate",
                            Tr::tr("What to do with a duplicate: error (default), skip or merge."),
                            Tr::tr("ACTION")));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    auto policy = cl.choiceOption(QStringLiteral("on-duplicate"),
                                  {QStringLiteral("error"), QStringLiteral("skip"), QStringLiteral("merge")},
                                  QStringLiteral("error"));
    if (!policy.ok())
        return ctx.fail(policy.error());
    auto incoming = candidateFrom(cl);
    if (!incoming.ok())
        return ctx.fail(incoming.error());
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;

    std::optional<Campaign> campaign;
    if (cl.isSet(QStringLiteral("campaign"))) {
        auto resolved =
            ctx.resolveCampaign(cl.value(QStringLiteral("campaign")), QStringLiteral("--campaign"));
        if (!resolved.ok())
            return ctx.fail(resolved.error());
        campaign = resolved.value();
    }

    CandidateRepository repo(ctx.workspace());
    auto match = repo.findDuplicate(incoming.value());
    if (!match.ok())
        return ctx.fail(fromError(match.error(), ErrorSource::Data));

    QString result = QStringLiteral("inserted");
    Candidate stored = incoming.value();
    if (match.value()) {
        auto existing = ctx.candidate(match.value()->candidateId);
        if (!existing.ok())
            return ctx.fail(existing.error());
        const QString reason = reasonLabel(match.value()->reason);
        if (policy.value() == QStringLiteral("error")) {
            CliError e =
                conflictError(Tr::tr("Not added: %1 already has %2. Use --on-duplicate merge to add the new "
                                     "details to it, or --on-duplicate skip.")
                                  .arg(describe(existing.value()), reason),
                              QStringLiteral("candidate %1").arg(existing->id));
            e.code = QStringLiteral("duplicate");
            return ctx.fail(e);
        }
        stored = existing.value();
        if (policy.value() == QStringLiteral("merge")) {
            Candidate merged = CandidateRepository::merged(stored, incoming.value());
            if (Status s = repo.update(merged, ctx.actor()))
                return ctx.fail(fromError(*s, ErrorSource::Data));
            stored = merged;
            result = QStringLiteral("merged");
        } else {
            result = QStringLiteral("skipped");
        }
    } else if (Status s = repo.insert(stored, ctx.actor())) {
        return ctx.fail(fromError(*s, ErrorSource::Data));
    }

    bool addedToCampaign = false;
    if (campaign) {
        auto added = CampaignRepository(ctx.workspace()).addMembers(campaign->id, {stored.id}, ctx.actor());
        if (!added.ok())
            return ctx.fail(fromError(added.error(), ErrorSource::Data));
        addedToCampaign = added.value() > 0;
    }

    OutputFormatter &out = ctx.output();
    if (out.json()) {
        QJsonObject o{{QStringLiteral("result"), result},
                      {QStringLiteral("candidate"), json::candidate(stored)}};
        o.insert(QStringLiteral("duplicate"),
                 match.value() ? QJsonValue(json::duplicate(*match.value())) : QJsonValue());
        o.insert(QStringLiteral("campaign"), campaign ? QJsonValue(json::campaign(*campaign)) : QJsonValue());
        o.insert(QStringLiteral("addedToCampaign"), addedToCampaign);
        out.printJson(o);
        return ExitOk;
    }
    if (result == QStringLiteral("inserted"))
        out.print(Tr::tr("Added %1.").arg(describe(stored)));
    else if (result == QStringLiteral("merged"))
        out.print(Tr::tr("Merged into %1, which has %2.")
                      .arg(describe(stored), reasonLabel(match.value()->reason)));
    else
        out.print(Tr::tr("Skipped: %1 already has %2; it was left as it is.")
                      .arg(describe(stored), reasonLabel(match.value()->reason)));
    if (campaign) {
        out.print(addedToCampaign ? Tr::tr("Added to campaign '%1'.").arg(campaign->name)
                                  : Tr::tr("Already in campaign '%1'.").arg(campaign->name));
    }
    return ExitOk;
}

} // namespace sd::cli
