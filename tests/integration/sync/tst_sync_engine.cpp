// The sync engine end to end against the in-process sandbox: create triggers and held notes,
// profile matching, the review queue, mandatory fields, tags, lost answers and faults — every
// push lands exactly once, checked against the sandbox's state dump.
#include "ActivityRepository.h"
#include "Applications.h"
#include "SyncFixture.h"
#include "Configuration.h"
#include "FieldMapping.h"
#include "Reconciliation.h"
#include "StageCatalog.h"
#include "SyncEvents.h"
#include "SyncSettings.h"

#include <QSqlQuery>

#include <QJsonArray>

using namespace sd;
using namespace sd::sync;
using synctest::Fixture;
using synctest::kActor;

namespace {

// A seeded SmartRecruiters candidate that has an application (GET /candidates lists only those).
QJsonObject seededWithApplication(Fixture &f, QString *jobId = nullptr)
{
    const QJsonObject dump = f.sandbox.stateDump();
    const QJsonObject apps = dump.value(QStringLiteral("applications")).toObject();
    const QJsonObject candidates = dump.value(QStringLiteral("candidates")).toObject();
    for (const QJsonValue &a : apps) {
        const QString id = a.toObject().value(QStringLiteral("candidateId")).toString();
        const QJsonObject c = candidates.value(id).toObject();
        if (!c.value(QStringLiteral("email")).toString().isEmpty()) {
            if (jobId)
                *jobId = a.toObject().value(QStringLiteral("jobId")).toString();
            return c;
        }
    }
    return {};
}

Activity activity(qint64 candidateId, qint64 campaignId, ActivityKind kind, const QString &subject)
{
    Activity a;
    a.candidateId = candidateId;
    a.campaignId = campaignId;
    a.kind = kind;
    a.subject = subject;
    a.author = kActor;
    return a;
}

void logActivity(Fixture &f, Activity a)
{
    QVERIFY(!ActivityRepository(f.ws()).log(a));
    auto plan = SyncPlanner(f.tw.shared(), kActor).activityLogged(a);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
}

JobState stateOf(Fixture &f, qint64 candidateId, JobKind kind)
{
    for (const OutboxJob &j : f.jobs(candidateId))
        if (j.kind == kind)
            return j.state;
    return JobState::Skipped;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void changesQueueTheirJobsInTheSameTransaction()
    {
        Fixture f;
        f.ws().setEvents(std::make_shared<SyncEvents>(f.ws(), QStringLiteral("manual")));
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onInterested"));
        const qint64 camp = f.campaign(QStringLiteral("Events"));
        const qint64 id = f.candidate(QStringLiteral("Eve"), QStringLiteral("Events"), QStringLiteral("eve.events@example.org"));
        QCOMPARE(CampaignRepository(f.ws()).addMembers(camp, {id}, kActor).value(), 1);
        QVERIFY(f.jobs(id).isEmpty()); // not interested yet
        QCOMPARE(CampaignRepository(f.ws()).setStatus(camp, {id}, MemberStatus::Interested, kActor).value(), 1);
        QCOMPARE(f.jobs(id).size(), 2); // the create, and the status-change note behind it
        QCOMPARE(f.jobs(id).last().kind, JobKind::Create);

        // When the outbox cannot take the jobs, the change itself does not happen either.
        const qint64 other = f.candidate(QStringLiteral("Rolf"), QStringLiteral("Back"), QStringLiteral("rolf.back@example.org"));
        QCOMPARE(CampaignRepository(f.ws()).addMembers(camp, {other}, kActor).value(), 1);
        QSqlQuery drop(f.ws().connection());
        QVERIFY(drop.exec(QStringLiteral("DROP TABLE sr_outbox")));
        QVERIFY(!CampaignRepository(f.ws()).setStatus(camp, {other}, MemberStatus::Interested, kActor).ok());
        auto member = CampaignRepository(f.ws()).member(camp, other);
        QCOMPARE((*member)->status, MemberStatus::Added);
        // The connection is still usable: the savepoint and the transaction were both undone.
        QVERIFY(CampaignRepository(f.ws()).get(camp).ok());
    }

    void replyTriggerCreatesOnJobAndReleasesHeldNotes()
    {
        Fixture f;
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onReply"));
        const qint64 camp = f.campaign(QStringLiteral("Backend Berlin"));
        const QString job = f.jobInStatus(QStringLiteral("SOURCING"));
        f.linkCampaign(camp, job);
        const qint64 id = f.candidate(QStringLiteral("Lena"), QStringLiteral("Maier"), QStringLiteral("lena.maier@example.org"),
                                      QStringLiteral("Acme"), QStringLiteral("Engineer"));
        f.addMembers(camp, {id});
        logActivity(f, activity(id, camp, ActivityKind::EmailSent, QStringLiteral("First touch")));
        QVERIFY(f.jobs(id).size() == 1);
        QCOMPARE(f.jobs(id).first().state, JobState::Held); // no create before the reply
        QVERIFY(f.runUntilQuiet());
        QVERIFY(f.remoteByEmail(QStringLiteral("lena.maier@example.org")).isEmpty());

        logActivity(f, activity(id, camp, ActivityKind::EmailReply, QStringLiteral("Re: First touch")));
        QVERIFY(f.runUntilQuiet());
        const QList<QJsonObject> remote = f.remoteByEmail(QStringLiteral("lena.maier@example.org"));
        QCOMPARE(remote.size(), 1);
        const QString srId = remote.first().value(QStringLiteral("id")).toString();
        QCOMPARE(f.linkOf(id), srId);
        // Created with an application on the campaign's job.
        bool onJob = false;
        for (const QJsonValue &a : f.sandbox.stateDump().value(QStringLiteral("applications")).toObject())
            onJob = onJob || (a.toObject().value(QStringLiteral("candidateId")).toString() == srId
                              && a.toObject().value(QStringLiteral("jobId")).toString() == job);
        QVERIFY(onJob);
        // Both notes, the held one included, on the candidate, each once, with its correlation id.
        QCOMPARE(f.notesContaining(QStringLiteral("#[CANDIDATE:%1]").arg(srId)), 2);
        for (const OutboxJob &j : f.jobs(id)) {
            QCOMPARE(j.state, JobState::Done);
            if (j.kind == JobKind::AddNote)
                QCOMPARE(f.notesContaining(j.correlationId), 1);
        }
        QVERIFY(f.notesContaining(QStringLiteral("First touch")) >= 1);
    }

    void existingProfileIsLinkedNotDuplicated()
    {
        Fixture f;
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
        QString theirJob;
        const QJsonObject existing = seededWithApplication(f, &theirJob);
        QVERIFY(!existing.isEmpty());
        const QString email = existing.value(QStringLiteral("email")).toString();
        const qint64 camp = f.campaign(QStringLiteral("Matching"));
        f.linkCampaign(camp, theirJob); // the job they already applied to: nothing to ask
        const qint64 id = f.candidate(existing.value(QStringLiteral("firstName")).toString(),
                                      existing.value(QStringLiteral("lastName")).toString(), email.toUpper());
        f.addMembers(camp, {id});
        QVERIFY(f.runUntilQuiet());
        QCOMPARE(f.remoteByEmail(email).size(), 1);
        QCOMPARE(f.linkOf(id), existing.value(QStringLiteral("id")).toString());
        auto link = SyncStore(f.ws()).link(id);
        QCOMPARE((*link)->origin, QStringLiteral("matched"));
        QCOMPARE(stateOf(f, id, JobKind::Create), JobState::Done);
        QCOMPARE(stateOf(f, id, JobKind::UpdateFields), JobState::Done);
        QCOMPARE(stateOf(f, id, JobKind::Link), JobState::Done);
    }

    void existingProfileOnAnotherJobIsToldNotRecreated()
    {
        Fixture f;
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
        QString theirJob;
        const QJsonObject existing = seededWithApplication(f, &theirJob);
        QString otherJob;
        const QJsonObject jobs = f.sandbox.stateDump().value(QStringLiteral("jobs")).toObject();
        for (auto it = jobs.begin(); it != jobs.end() && otherJob.isEmpty(); ++it)
            if (it.key() != theirJob)
                otherJob = it.key();
        const qint64 camp = f.campaign(QStringLiteral("Other job"));
        f.linkCampaign(camp, otherJob);
        const qint64 id = f.candidate(existing.value(QStringLiteral("firstName")).toString(),
                                      existing.value(QStringLiteral("lastName")).toString(),
                                      existing.value(QStringLiteral("email")).toString());
        f.addMembers(camp, {id});
        logActivity(f, activity(id, camp, ActivityKind::Call, QStringLiteral("Phone screen")));
        QVERIFY(f.runUntilQuiet());
        QCOMPARE(f.remoteByEmail(existing.value(QStringLiteral("email")).toString()).size(), 1);
        QCOMPARE(stateOf(f, id, JobKind::Link), JobState::NeedsAttention);
        for (const OutboxJob &j : f.jobs(id))
            if (j.kind == JobKind::Link) {
                QCOMPARE(j.errorCode, QStringLiteral("EXISTING_CANDIDATE"));
                QVERIFY(!j.userAction.isEmpty());
            }
        // The note was not held back by the job link waiting for the recruiter.
        QCOMPARE(stateOf(f, id, JobKind::AddNote), JobState::Done);
    }

    void notesGoToAMatchingProfileWhenNotOnlySynced()
    {
        Fixture f;
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onInterested"));
        const QJsonObject existing = seededWithApplication(f);
        const qint64 camp = f.campaign(QStringLiteral("Notes to matches"));
        const qint64 id = f.candidate(existing.value(QStringLiteral("firstName")).toString(),
                                      existing.value(QStringLiteral("lastName")).toString(),
                                      existing.value(QStringLiteral("email")).toString());
        f.addMembers(camp, {id});
        // "Only add notes to synced records" on (the default): held, nothing written.
        logActivity(f, activity(id, camp, ActivityKind::EmailSent, QStringLiteral("Synced-only note")));
        QVERIFY(f.runUntilQuiet());
        QCOMPARE(f.notesContaining(QStringLiteral("Synced-only note")), 0);
        QCOMPARE(stateOf(f, id, JobKind::AddNote), JobState::Held);
        // Off: the next note goes to the matching SmartRecruiters candidate, and so does the held one.
        f.setTeam(QLatin1String(key::NotesOnlySynced), QStringLiteral("false"));
        logActivity(f, activity(id, camp, ActivityKind::Call, QStringLiteral("Matched note")));
        QVERIFY(f.runUntilQuiet());
        const QString srId = existing.value(QStringLiteral("id")).toString();
        QCOMPARE(f.linkOf(id), srId);
        QCOMPARE(f.notesContaining(QStringLiteral("#[CANDIDATE:%1] ").arg(srId)), 2);
        QCOMPARE(f.remoteByEmail(existing.value(QStringLiteral("email")).toString()).size(), 1);
    }

    void uncertainMatchGoesToReview()
    {
        Fixture f;
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
        const QJsonObject existing = seededWithApplication(f);
        const qint64 camp = f.campaign(QStringLiteral("Review"));
        const qint64 id = f.candidate(existing.value(QStringLiteral("firstName")).toString(),
                                      existing.value(QStringLiteral("lastName")).toString(),
                                      QStringLiteral("private.address@elsewhere.example"));
        const int before = f.sandbox.stateDump().value(QStringLiteral("candidates")).toObject().size();
        f.addMembers(camp, {id});
        QVERIFY(f.runUntilQuiet());
        QCOMPARE(stateOf(f, id, JobKind::Create), JobState::NeedsAttention);
        QCOMPARE(f.sandbox.stateDump().value(QStringLiteral("candidates")).toObject().size(), before);
        auto reviews = SyncStore(f.ws()).openReviews();
        QCOMPARE(reviews->size(), 1);
        QCOMPARE(reviews->first().srCandidateId, existing.value(QStringLiteral("id")).toString());
        QVERIFY(reviews->first().evidence.contains(QStringLiteral("another email")));
        QVERIFY(f.linkOf(id).isEmpty());
    }

    // The recruiter's two answers to the review queue: "different people" creates exactly one new
    // profile and does not ask again; "link" creates none and the waiting note goes to the match.
    void reviewDecisionsCreateOnceOrLink_data()
    {
        QTest::addColumn<QString>("resolution");
        QTest::newRow("distinct") << QStringLiteral("distinct");
        QTest::newRow("linked") << QStringLiteral("linked");
    }
    void reviewDecisionsCreateOnceOrLink()
    {
        QFETCH(QString, resolution);
        Fixture f;
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
        const QJsonObject existing = seededWithApplication(f);
        const QString existingId = existing.value(QStringLiteral("id")).toString();
        const qint64 camp = f.campaign(QStringLiteral("Review decisions"));
        const QString email = QStringLiteral("decided.%1@elsewhere.example").arg(resolution);
        const qint64 id = f.candidate(existing.value(QStringLiteral("firstName")).toString(),
                                      existing.value(QStringLiteral("lastName")).toString(), email);
        const int before = f.sandbox.stateDump().value(QStringLiteral("candidates")).toObject().size();
        f.addMembers(camp, {id});
        logActivity(f, activity(id, camp, ActivityKind::Call, QStringLiteral("Called about review")));
        QVERIFY(f.runUntilQuiet());
        QCOMPARE(stateOf(f, id, JobKind::Create), JobState::NeedsAttention);
        auto reviews = SyncStore(f.ws()).openReviews();
        QVERIFY(reviews.ok());
        QCOMPARE(reviews->size(), 1);
        const ReviewItem item = reviews->first();

        SyncStore store(f.ws());
        if (resolution == QLatin1String("linked"))
            QVERIFY(!store.setLink(id, item.srCandidateId, QStringLiteral("manual")));
        QVERIFY(!store.resolveReview(item.id, resolution));
        Outbox outbox(f.ws());
        int retried = 0;
        for (const OutboxJob &j : f.jobs(id))
            if (j.kind == JobKind::Create && j.state == JobState::NeedsAttention) {
                QVERIFY(!outbox.retry(j.id));
                ++retried;
            }
        QCOMPARE(retried, 1);
        QVERIFY(f.runUntilQuiet());

        QCOMPARE(stateOf(f, id, JobKind::Create), JobState::Done);
        QCOMPARE(SyncStore(f.ws()).openReviews()->size(), 0); // not asked again
        const int after = f.sandbox.stateDump().value(QStringLiteral("candidates")).toObject().size();
        QCOMPARE(f.notesContaining(QStringLiteral("Called about review")), 1);
        if (resolution == QLatin1String("distinct")) {
            QCOMPARE(after, before + 1);
            QCOMPARE(f.remoteByEmail(email).size(), 1);
            QVERIFY(!f.linkOf(id).isEmpty());
            QVERIFY(f.linkOf(id) != existingId);
        } else {
            QCOMPARE(after, before);
            QCOMPARE(f.remoteByEmail(email).size(), 0);
            QCOMPARE(f.linkOf(id), existingId);
            QCOMPARE(SyncStore(f.ws()).link(id)->value().origin, QStringLiteral("manual"));
        }
    }

    void missingMandatoryFieldsRefuseThePush()
    {
        Fixture f;
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
        const qint64 camp = f.campaign(QStringLiteral("Mandatory"));
        const qint64 noEmail = f.candidate(QStringLiteral("Nora"), QStringLiteral("Blank"), QString());
        const qint64 fine = f.candidate(QStringLiteral("Finn"), QStringLiteral("Fine"), QStringLiteral("finn.fine@example.org"));
        f.addMembers(camp, {noEmail, fine});
        logActivity(f, activity(noEmail, camp, ActivityKind::Call, QStringLiteral("Called Nora")));
        QVERIFY(f.runUntilQuiet());
        QCOMPARE(stateOf(f, noEmail, JobKind::Create), JobState::NeedsAttention);
        for (const OutboxJob &j : f.jobs(noEmail))
            if (j.kind == JobKind::Create) {
                QCOMPARE(j.errorCode, QStringLiteral("MANDATORY_FIELDS"));
                QVERIFY2(j.errorMessage.contains(QStringLiteral("mail"), Qt::CaseInsensitive), qPrintable(j.errorMessage));
            }
        // Nora's note waits behind her create; Finn is not held up by her.
        QCOMPARE(stateOf(f, noEmail, JobKind::AddNote), JobState::Pending);
        QCOMPARE(f.remoteByEmail(QStringLiteral("finn.fine@example.org")).size(), 1);
        QCOMPARE(f.notesContaining(QStringLiteral("Called Nora")), 0);
    }

    void lostAnswersAreCheckedBeforeAResend()
    {
        Fixture f;
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
        const qint64 camp = f.campaign(QStringLiteral("Lost answers"));
        f.linkCampaign(camp, f.jobInStatus(QStringLiteral("SOURCING")));
        const qint64 id = f.candidate(QStringLiteral("Lou"), QStringLiteral("Lost"), QStringLiteral("lou.lost@example.org"));
        f.sandbox.addFaultRule({::sr::sandbox::Faults::Kind::DropAfterApply, "POST", QStringLiteral("/jobs/"), 1, 0});
        f.sandbox.addFaultRule({::sr::sandbox::Faults::Kind::DropAfterApply, "POST", QStringLiteral("/messages/shares"), 1, 0});
        f.addMembers(camp, {id});
        logActivity(f, activity(id, camp, ActivityKind::LinkedInMessage, QStringLiteral("Hello on LinkedIn")));
        QVERIFY(f.runUntilQuiet());
        QCOMPARE(f.remoteByEmail(QStringLiteral("lou.lost@example.org")).size(), 1);
        QCOMPARE(f.notesContaining(QStringLiteral("Hello on LinkedIn")), 1);
        QCOMPARE(stateOf(f, id, JobKind::Create), JobState::Done);
        QCOMPARE(stateOf(f, id, JobKind::AddNote), JobState::Done);
        // Both answers really were lost: each job needed a second attempt.
        for (const OutboxJob &j : f.jobs(id))
            QVERIFY2(j.attempts >= 2, qPrintable(toKey(j.kind)));
    }

    void everyPushLandsOnceUnderFaults()
    {
        Fixture f;
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
        const qint64 camp = f.campaign(QStringLiteral("Faults"));
        f.linkCampaign(camp, f.jobInStatus(QStringLiteral("SOURCING")));
        ::sr::sandbox::Faults::Config faults;
        faults.share429 = 0.2;
        faults.share5xx = 0.1;
        f.sandbox.setFaults(faults);
        QList<qint64> ids;
        for (int i = 0; i < 12; ++i)
            ids << f.candidate(QStringLiteral("Fay%1").arg(i), QStringLiteral("Fault"),
                               QStringLiteral("fay%1.fault@example.org").arg(i));
        f.addMembers(camp, ids);
        for (qint64 id : ids) {
            logActivity(f, activity(id, camp, ActivityKind::EmailSent, QStringLiteral("Mail-%1-end").arg(id)));
            logActivity(f, activity(id, camp, ActivityKind::Call, QStringLiteral("Call-%1-end").arg(id)));
        }
        QVERIFY(f.runUntilQuiet(120000));
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(f.remoteByEmail(QStringLiteral("fay%1.fault@example.org").arg(i)).size(), 1);
            QCOMPARE(f.notesContaining(QStringLiteral("Mail-%1-end").arg(ids[i])), 1);
            QCOMPARE(f.notesContaining(QStringLiteral("Call-%1-end").arg(ids[i])), 1);
            for (const OutboxJob &j : f.jobs(ids[i]))
                QCOMPARE(j.state, JobState::Done);
        }
    }

    void outcomeTagReplacesTheOldOneAndKeepsOthers()
    {
        Fixture f;
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
        const qint64 camp = f.campaign(QStringLiteral("Tags"));
        const qint64 id = f.candidate(QStringLiteral("Tia"), QStringLiteral("Tag"), QStringLiteral("tia.tag@example.org"));
        f.addMembers(camp, {id});
        QVERIFY(f.runUntilQuiet());
        const QString srId = f.linkOf(id);
        QVERIFY(!srId.isEmpty());
        auto tagsOf = [&] {
            return f.sandbox.stateDump().value(QStringLiteral("candidates")).toObject().value(srId).toObject()
                .value(QStringLiteral("tags")).toArray().toVariantList();
        };
        QVERIFY(tagsOf().contains(QStringLiteral("sourcedesk - Tags - added")));
        // A tag someone added in SmartRecruiters.
        QVariantList withForeign = tagsOf();
        withForeign << QStringLiteral("vip");
        bool put = false;
        sd::sr::ApplicationsApi(f.client.get()).replaceTags(srId, QVariant(withForeign).toStringList(), f.client.get(),
                                                            [&](const sd::sr::Result<sd::sr::Tags> &) { put = true; });
        QVERIFY(QTest::qWaitFor([&] { return put; }));

        QVERIFY(CampaignRepository(f.ws()).setStatus(camp, {id}, MemberStatus::Interested, kActor).ok());
        QVERIFY(SyncPlanner(f.tw.shared(), kActor).statusChanged(camp, {id}, MemberStatus::Interested).ok());
        QVERIFY(f.runUntilQuiet());
        const QVariantList tags = tagsOf();
        QVERIFY2(tags.contains(QStringLiteral("sourcedesk - Tags - interested")), qPrintable(QVariant(tags).toStringList().join(u',')));
        QVERIFY(!tags.contains(QStringLiteral("sourcedesk - Tags - added")));
        QVERIFY(tags.contains(QStringLiteral("vip")));
    }

    void reconciliationFindsWhatIsOutOfStepAndFixesIt()
    {
        Fixture f;
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onInterested"));
        const qint64 camp = f.campaign(QStringLiteral("Reconcile"));
        const qint64 missed = f.candidate(QStringLiteral("Mia"), QStringLiteral("Missed"), QStringLiteral("mia.missed@example.org"));
        const qint64 early = f.candidate(QStringLiteral("Eli"), QStringLiteral("Early"), QStringLiteral("eli.early@example.org"));
        // Changed without the planner (an import, an older version): nothing was queued.
        QVERIFY(CampaignRepository(f.ws()).addMembers(camp, {missed, early}, kActor).ok());
        QVERIFY(CampaignRepository(f.ws()).setStatus(camp, {missed}, MemberStatus::Interested, kActor).ok());
        logActivity(f, activity(early, camp, ActivityKind::Call, QStringLiteral("Held call")));
        Reconciler reconciler(f.ws(), kActor);
        auto found = reconciler.scan();
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 2);
        QSet<QString> kinds;
        for (const OutOfStep &o : *found) {
            kinds.insert(toKey(o.kind));
            QVERIFY(!o.what.isEmpty() && !o.fix.isEmpty());
        }
        QCOMPARE(kinds, (QSet<QString>{QStringLiteral("notInSmartRecruiters"), QStringLiteral("noteNotWritten")}));
        for (const OutOfStep &o : *found)
            QVERIFY(!reconciler.fix(o));
        QVERIFY(f.runUntilQuiet());
        QCOMPARE(f.remoteByEmail(QStringLiteral("mia.missed@example.org")).size(), 1);
        QCOMPARE(f.remoteByEmail(QStringLiteral("eli.early@example.org")).size(), 1);
        QCOMPARE(f.notesContaining(QStringLiteral("Held call")), 1);
        QVERIFY(reconciler.scan()->isEmpty());
    }

    void statusChangesArePushedBackWhenTurnedOn()
    {
        Fixture f;
        f.ws().setEvents(std::make_shared<SyncEvents>(f.ws(), QStringLiteral("manual")));
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
        const qint64 camp = f.campaign(QStringLiteral("Push back"));
        const QString job = f.jobInStatus(QStringLiteral("SOURCING"));
        f.linkCampaign(camp, job);
        const qint64 id = f.candidate(QStringLiteral("Pia"), QStringLiteral("Back"), QStringLiteral("pia.back@example.org"));
        QVERIFY(CampaignRepository(f.ws()).addMembers(camp, {id}, kActor).ok());
        QVERIFY(f.runUntilQuiet());
        const QString srId = f.linkOf(id);
        QVERIFY(!srId.isEmpty());
        // The company's stages, mapped as suggested.
        std::optional<sd::sr::Result<sd::sr::Page<sd::sr::HiringProcess>>> processes;
        sd::sr::ConfigurationApi(f.client.get()).hiringProcesses(f.client.get(), [&](const auto &r) { processes = r; });
        QVERIFY(QTest::qWaitFor([&] { return processes.has_value(); }));
        stagesync::StageCatalog catalog(f.ws());
        QVERIFY(catalog.refresh(processes->value.items).ok());
        QVERIFY(!catalog.setMapping(stagesync::suggestedMapping(catalog.stages().value())));

        // Off (the default): a status change is not pushed.
        QVERIFY(CampaignRepository(f.ws()).setStatus(camp, {id}, MemberStatus::Contacted, kActor).ok());
        QCOMPARE(stateOf(f, id, JobKind::SetStatus), JobState::Skipped); // none queued
        f.setTeam(QLatin1String(key::StageSyncPushBack), QStringLiteral("true"));
        // Not interested needs a rejection reason: not pushed on its own, the planner says why.
        auto refused = SyncPlanner(f.tw.shared(), kActor).pushStatus(camp, id, MemberStatus::NotInterested,
                                                                     QStringLiteral("REJECTED"), QString());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("reason"), Qt::CaseInsensitive),
                 qPrintable(refused.error().message));
        const QString reason = f.sandbox.stateDump().value(QStringLiteral("rejectionReasons")).toObject().keys().value(0);
        QVERIFY(!reason.isEmpty());
        QVERIFY(SyncPlanner(f.tw.shared(), kActor)
                    .pushStatus(camp, id, MemberStatus::NotInterested, QStringLiteral("REJECTED"), reason)
                    .ok());
        QVERIFY(f.runUntilQuiet());
        QCOMPARE(stateOf(f, id, JobKind::SetStatus), JobState::Done);
        QString remoteStatus;
        for (const QJsonValue &a : f.sandbox.stateDump().value(QStringLiteral("applications")).toObject())
            if (a.toObject().value(QStringLiteral("candidateId")).toString() == srId)
                remoteStatus = a.toObject().value(QStringLiteral("status")).toString();
        QCOMPARE(remoteStatus, QStringLiteral("REJECTED"));
    }

    void configuredSourceIsUsedOrTheDefaultWithAWarning()
    {
        Fixture f;
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
        QJsonObject value;
        for (const QJsonValue &v : f.sandbox.stateDump().value(QStringLiteral("sourceValues")).toObject())
            if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("SOURCING"))
                value = v.toObject();
        QVERIFY(!value.isEmpty());
        const QString existing = QStringLiteral("SOURCING/%1/%2")
                                     .arg(value.value(QStringLiteral("subType")).toString(), value.value(QStringLiteral("id")).toString());
        const qint64 camp = f.campaign(QStringLiteral("Sources"));
        f.setTeam(QLatin1String(key::Source), existing);
        const qint64 known = f.candidate(QStringLiteral("Sue"), QStringLiteral("Source"), QStringLiteral("sue.source@example.org"));
        f.addMembers(camp, {known});
        QVERIFY(f.runUntilQuiet());
        for (const OutboxJob &j : f.jobs(known)) {
            QCOMPARE(j.state, JobState::Done);
            QVERIFY(j.errorCode.isEmpty());
            QCOMPARE(j.result.value(QStringLiteral("sent")).toObject().value(QStringLiteral("sourceDetails")).toObject()
                         .value(QStringLiteral("sourceId")).toString(),
                     value.value(QStringLiteral("id")).toString());
        }
        // A source that does not exist: created with SmartRecruiters' default, and the job says so.
        f.setTeam(QLatin1String(key::Source), QStringLiteral("SOURCING/LINKEDIN/0123456789abcdef01234567"));
        const qint64 unknown = f.candidate(QStringLiteral("Uma"), QStringLiteral("Unknown"), QStringLiteral("uma.unknown@example.org"));
        f.addMembers(camp, {unknown});
        QVERIFY(f.runUntilQuiet());
        QCOMPARE(f.remoteByEmail(QStringLiteral("uma.unknown@example.org")).size(), 1);
        const OutboxJob create = f.jobs(unknown).first();
        QCOMPARE(create.state, JobState::Done);
        QCOMPARE(create.errorCode, QStringLiteral("WARNING"));
        QVERIFY(create.errorMessage.contains(QStringLiteral("0123456789abcdef01234567")));
        QVERIFY(!create.result.value(QStringLiteral("sent")).toObject().contains(QStringLiteral("sourceDetails")));
    }

    void candidatePropertiesGoOnTheApplication()
    {
        Fixture f;
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
        QString numberId;
        QString textId;
        for (const QJsonValue &p : f.sandbox.stateDump().value(QStringLiteral("candidateProperties")).toObject()) {
            const QString type = p.toObject().value(QStringLiteral("type")).toString();
            if (type == QLatin1String("NUMBER") && numberId.isEmpty())
                numberId = p.toObject().value(QStringLiteral("id")).toString();
            if (type == QLatin1String("TEXT") && textId.isEmpty())
                textId = p.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!numberId.isEmpty() && !textId.isEmpty());
        FieldMapping mapping = FieldMapping::defaults();
        mapping.rules.append({QStringLiteral("property:") + numberId, QStringLiteral("custom.Salary"), UpdateRule::Always});
        mapping.rules.append({QStringLiteral("property:") + textId, QStringLiteral("{title} at {company}"), UpdateRule::IfBlank});
        f.setTeam(QLatin1String(key::FieldMapping), mapping.toJson());
        const qint64 camp = f.campaign(QStringLiteral("Properties"));
        const QString job = f.jobInStatus(QStringLiteral("SOURCING"));
        f.linkCampaign(camp, job);
        Candidate c = test::person(QStringLiteral("Pat"), QStringLiteral("Props"), QStringLiteral("pat.props@example.org"),
                                   QStringLiteral("Acme"));
        c.title = QStringLiteral("Engineer");
        c.customFields.insert(QStringLiteral("Salary"), QStringLiteral("72000"));
        QVERIFY(!CandidateRepository(f.ws()).insert(c, kActor));
        f.addMembers(camp, {c.id});
        QVERIFY(f.runUntilQuiet());
        const QString srId = f.linkOf(c.id);
        QVERIFY(!srId.isEmpty());
        QJsonObject props;
        for (const QJsonValue &a : f.sandbox.stateDump().value(QStringLiteral("applications")).toObject())
            if (a.toObject().value(QStringLiteral("candidateId")).toString() == srId)
                props = a.toObject().value(QStringLiteral("properties")).toObject();
        QCOMPARE(props.value(numberId).toDouble(), 72000.0);
        QCOMPARE(props.value(textId).toString(), QStringLiteral("Engineer at Acme"));
        QCOMPARE(stateOf(f, c.id, JobKind::UpdateFields), JobState::Done);
    }

    void offlineJobsWaitAndResume()
    {
        Fixture f;
        f.setTeam(QLatin1String(key::CreateTrigger), QStringLiteral("onAdd"));
        const qint64 camp = f.campaign(QStringLiteral("Offline"));
        const qint64 id = f.candidate(QStringLiteral("Otto"), QStringLiteral("Offline"), QStringLiteral("otto.offline@example.org"));
        f.addMembers(camp, {id});
        SyncEngine &engine = f.makeEngine();
        engine.setClient(nullptr);
        engine.start();
        QTest::qWait(200);
        QCOMPARE(stateOf(f, id, JobKind::Create), JobState::Pending);
        engine.setClient(f.client.get()); // the network is back
        QVERIFY(f.runUntilQuiet());
        QCOMPARE(f.remoteByEmail(QStringLiteral("otto.offline@example.org")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
