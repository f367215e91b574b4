#pragma once
// The sync fixture (workspace + in-process SmartRecruiters sandbox) plus real loopback mail servers
// and the recruiter's mailbox in the workspace, with helpers to build a sequence and run rounds.
#include "MailServers.h"
#include "SyncFixture.h"

#include "MailboxConfig.h"
#include "MailboxRepository.h"
#include "OutreachQueue.h"
#include "OutreachRunner.h"
#include "SequenceRepository.h"
#include "SyncEvents.h"

#include <QTest>
#include <QTimeZone>

namespace outreachtest {

using namespace sd;

class Fixture : public synctest::Fixture
{
public:
    Fixture()
    {
        ws().setEvents(std::make_shared<sync::SyncEvents>(ws(), QStringLiteral("manual")));
        if (!mail.start())
            qFatal("mail servers: %s", qPrintable(mail.errorString()));
    }

    // The campaign owned by the fixture's recruiter, with a mailbox on the loopback servers.
    qint64 ownedCampaign(const QString &name)
    {
        Campaign c;
        c.name = name;
        c.owner = synctest::kActor;
        if (CampaignRepository(ws()).create(c))
            qFatal("campaign");
        return c.id;
    }

    void saveMailbox(int dailyLimit = 0, int hourlyLimit = 0, int spacing = 0)
    {
        MailboxRecord limits;
        limits.dailyLimit = dailyLimit;
        limits.hourlyLimit = hourlyLimit;
        limits.minSpacingSeconds = spacing;
        mail::MailAccount account = mail.account();
        account.displayName = QStringLiteral("Ada Recruiter");
        if (Status s = MailboxRepository(ws()).save(outreach::toRecord(account, synctest::kActor, limits)))
            qFatal("mailbox: %s", qPrintable(s->toString()));
    }

    // A window open all week around the current time of day (so "now" is inside it).
    static SequenceStep stepOpenNow(StepKind kind, int delay, const QString &subject, const QString &body)
    {
        SequenceStep s;
        s.kind = kind;
        s.delayBusinessDays = delay;
        s.windowDays = 127;
        s.windowStartMinute = 0;
        s.windowEndMinute = 24 * 60;
        s.subject = subject;
        s.body = body;
        return s;
    }

    qint64 sequence(qint64 campaignId, QList<SequenceStep> steps)
    {
        Sequence seq;
        seq.campaignId = campaignId;
        seq.name = QStringLiteral("Outreach");
        seq.senderName = QStringLiteral("Ada");
        seq.timeZoneMode = TimeZoneMode::Recruiter;
        seq.recruiterTimeZone = QStringLiteral("UTC");
        SequenceRepository repo(ws());
        if (repo.create(seq))
            qFatal("sequence");
        for (SequenceStep &s : steps)
            if (Status st = repo.addStep(seq.id, s))
                qFatal("step: %s", qPrintable(st->toString()));
        return seq.id;
    }

    outreach::OutreachRunner &runner()
    {
        if (!m_runner)
            m_runner = std::make_unique<outreach::OutreachRunner>(ws(), [this](const QString &) { return secret; });
        return *m_runner;
    }

    outreach::RoundReport round()
    {
        auto r = runner().runRound();
        if (!r.ok())
            qFatal("round: %s", qPrintable(r.error().toString()));
        return *r;
    }

    QList<QueuedEmail> emails(EmailState state)
    {
        auto r = OutreachQueue(ws()).inState(state, 10000);
        return r.ok() ? *r : QList<QueuedEmail>();
    }

    Enrollment enrollment(qint64 campaignId, qint64 candidateId)
    {
        auto e = SequenceRepository(ws()).enrollment(campaignId, candidateId);
        if (!e.ok() || !e->has_value())
            qFatal("no enrollment");
        return **e;
    }

    // A reply from `from` to the outreach email `inReplyTo`.
    static QByteArray reply(const QString &from, const QString &inReplyTo, const QString &subject,
                            const QString &body, const QString &extraHeaders = {})
    {
        QString raw = QStringLiteral("From: %1\r\nTo: recruiter@agency.test\r\nSubject: %2\r\n"
                                     "Date: Wed, 02 Dec 2026 10:00:00 +0000\r\n"
                                     "Message-ID: <r.%3@people.test>\r\nIn-Reply-To: <%4>\r\nReferences: <%4>\r\n%5"
                                     "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%6\r\n")
                          .arg(from, subject, QString::number(++s_replies), inReplyTo, extraHeaders, body);
        return raw.toUtf8();
    }

    sd::test::MailServers mail;
    QString secret = sd::test::MailServers::password();

private:
    std::unique_ptr<outreach::OutreachRunner> m_runner;
    static inline int s_replies = 0;
};

} // namespace outreachtest
