#pragma once
// A workspace ready to send at volume (tst_outreach_kill, bench_outreach_send): the actor's mailbox
// without sending limits, one campaign whose sequence is a single automatic email that may go out
// on any day at any time (UTC), and N people in the campaign, not enrolled yet.
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "MailAccount.h"
#include "MailboxConfig.h"
#include "MailboxRepository.h"
#include "SequenceRepository.h"
#include "TempWorkspace.h"

#include <QTest>

namespace outreachsetup {

struct VolumePlan
{
    QString actor;    // owns the mailbox, the campaign and the people
    QString campaign; // its name
    QString subject;  // of the one step
    QString body;
    QString lastName; // of every person; first names P0, P1, ..., emails p0@people.test, ...
    QString company;  // of every person (may be empty)
    int people = 0;
};

struct Volume
{
    qint64 campaignId = 0;
    QList<qint64> people;
};

// Builds `plan` in `ws` with `account` as the actor's mailbox. Fails the test on an error (check
// QTest::currentTestFailed()).
inline void setUpVolume(sd::Workspace &ws, const sd::mail::MailAccount &account, const VolumePlan &plan,
                        Volume *out)
{
    using namespace sd;
    MailboxRecord limits;
    limits.dailyLimit = 0;
    limits.hourlyLimit = 0;
    limits.minSpacingSeconds = 0;
    QVERIFY(!MailboxRepository(ws).save(outreach::toRecord(account, plan.actor, limits)));
    Campaign c;
    c.name = plan.campaign;
    c.owner = plan.actor;
    QVERIFY(!CampaignRepository(ws).create(c));
    Sequence seq;
    seq.campaignId = c.id;
    seq.timeZoneMode = TimeZoneMode::Recruiter;
    seq.recruiterTimeZone = QStringLiteral("UTC");
    QVERIFY(!SequenceRepository(ws).create(seq));
    SequenceStep step;
    step.kind = StepKind::AutoEmail;
    step.windowDays = 127;
    step.windowStartMinute = 0;
    step.windowEndMinute = 24 * 60;
    step.subject = plan.subject;
    step.body = plan.body;
    QVERIFY(!SequenceRepository(ws).addStep(seq.id, step));
    QList<qint64> ids;
    for (int i = 0; i < plan.people; ++i) {
        Candidate p = test::person(QStringLiteral("P%1").arg(i), plan.lastName, QStringLiteral("p%1@people.test").arg(i),
                                   plan.company);
        QVERIFY(!CandidateRepository(ws).insert(p, plan.actor));
        ids << p.id;
    }
    QVERIFY(CampaignRepository(ws).addMembers(c.id, ids, plan.actor).ok());
    out->campaignId = c.id;
    out->people = ids;
}

} // namespace outreachsetup
