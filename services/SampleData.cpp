#include "SampleData.h"

#include "ActivityRepository.h"
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace sd::sample {

namespace {

constexpr auto kOfferedKey = "sample.offered";

struct Person
{
    const char *first;
    const char *last;
    const char *company;
    const char *title;
    const char *city;
    const char *country;
    MemberStatus status;
};

// Invented people at invented companies; the example.com domain is reserved and never delivers mail.
constexpr Person kPeople[] = {
    {"Ada", "Kowalczyk", "Northwind Systems", "Senior Backend Engineer", "Berlin", "DE", MemberStatus::Interested},
    {"Bruno", "Almeida", "Blue Harbor Labs", "Staff Software Engineer", "Lisbon", "PT", MemberStatus::Replied},
    {"Chloé", "Durand", "Vertex Analytics", "Backend Engineer (Go)", "Paris", "FR", MemberStatus::Contacted},
    {"Dmitri", "Ivanov", "Kestrel Payments", "Platform Engineer", "Warsaw", "PL", MemberStatus::Contacted},
    {"Elena", "García", "Lumen Health", "Senior Software Engineer", "Madrid", "ES", MemberStatus::Added},
    {"Farah", "Haddad", "Orbit Logistics", "Tech Lead", "Berlin", "DE", MemberStatus::NotInterested},
    {"Gustav", "Lindqvist", "Fjord Cloud", "Senior Engineer, Distributed Systems", "Stockholm", "SE", MemberStatus::Added},
    {"Hana", "Novak", "Pixel Forge", "Backend Developer", "Prague", "CZ", MemberStatus::Bounced},
    {"Ivo", "Marić", "Northwind Systems", "Site Reliability Engineer", "Zagreb", "HR", MemberStatus::Added},
    {"Julia", "Schneider", "Quanta Retail", "Engineering Manager", "Munich", "DE", MemberStatus::Replied},
    {"Kofi", "Mensah", "Sable Finance", "Senior Java Engineer", "Amsterdam", "NL", MemberStatus::Contacted},
    {"Lea", "Weber", "Tidal Energy", "Backend Engineer", "Hamburg", "DE", MemberStatus::Added},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::sample", text);
}

QString asciiFold(const QString &s)
{
    QString out;
    for (const QChar ch : s.normalized(QString::NormalizationForm_D)) {
        if (ch.category() != QChar::Mark_NonSpacing)
            out += ch.toLower();
    }
    return out;
}

} // namespace

bool wasOffered(const Workspace &workspace)
{
    return workspace.setting(QString::fromLatin1(kOfferedKey)) == QStringLiteral("1");
}

Status markOffered(const Workspace &workspace)
{
    return workspace.setSetting(QString::fromLatin1(kOfferedKey), QStringLiteral("1"));
}

bool exists(const Workspace &workspace)
{
    auto list = CampaignRepository(workspace).list(true);
    if (!list.ok())
        return false;
    for (const CampaignSummary &s : list.value()) {
        if (s.campaign.sample)
            return true;
    }
    return false;
}

Result<qint64> create(const Workspace &workspace, const QString &actor)
{
    CampaignRepository campaigns(workspace);
    CandidateRepository candidates(workspace);
    ActivityRepository activities(workspace);

    Campaign campaign;
    campaign.name = tr("Sample: Senior Backend Engineers");
    campaign.description = tr("Sample data to explore Sourcedesk. Remove it from Settings or the campaign's menu.");
    campaign.owner = actor;
    campaign.sample = true;
    if (Status s = campaigns.create(campaign))
        return *s;

    QList<Candidate> rows;
    for (const Person &p : kPeople) {
        Candidate c;
        c.firstName = QString::fromUtf8(p.first);
        c.lastName = QString::fromUtf8(p.last);
        const QString local = asciiFold(c.firstName) + u'.' + asciiFold(c.lastName);
        c.emails << local + QStringLiteral("@example.com");
        c.company = QString::fromUtf8(p.company);
        c.title = QString::fromUtf8(p.title);
        c.city = QString::fromUtf8(p.city);
        c.countryCode = QString::fromLatin1(p.country);
        c.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/") + asciiFold(c.firstName) + u'-' + asciiFold(c.lastName) + QStringLiteral("-sample");
        c.source = tr("Sample data");
        c.tags << QStringLiteral("sample") << QStringLiteral("backend");
        c.sample = true;
        rows << c;
    }
    auto imported = candidates.importBatch(rows, DuplicatePolicy::Skip, actor, campaign.id);
    if (!imported.ok())
        return imported.error();

    for (int i = 0; i < imported->size() && i < int(std::size(kPeople)); ++i) {
        const qint64 id = imported->at(i).candidateId;
        const MemberStatus target = kPeople[i].status;
        if (target == MemberStatus::Added)
            continue;
        Activity sent;
        sent.candidateId = id;
        sent.campaignId = campaign.id;
        sent.kind = ActivityKind::EmailSent;
        sent.subject = tr("Backend role at a growing team");
        sent.body = tr("Hi %1, I came across your profile and would love to tell you about a role.").arg(rows[i].firstName);
        sent.author = actor;
        sent.occurredAt = QDateTime::currentDateTimeUtc().addDays(-(i + 3));
        if (Status s = activities.log(sent))
            return *s;
        if (target != MemberStatus::Contacted && target != MemberStatus::Bounced) {
            Activity reply;
            reply.candidateId = id;
            reply.campaignId = campaign.id;
            reply.kind = ActivityKind::EmailReply;
            reply.subject = tr("Re: Backend role at a growing team");
            reply.body = tr("Thanks for reaching out. Happy to talk next week.");
            reply.author = rows[i].displayName();
            reply.occurredAt = sent.occurredAt.addDays(1);
            if (Status s = activities.log(reply))
                return *s;
        }
        if (target != MemberStatus::Contacted && target != MemberStatus::Replied) {
            if (auto r = campaigns.setStatus(campaign.id, {id}, target, actor); !r.ok())
                return r.error();
        }
    }
    return campaign.id;
}

Status remove(const Workspace &workspace)
{
    return CampaignRepository(workspace).removeSampleData();
}

} // namespace sd::sample
