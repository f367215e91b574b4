#pragma once
// A workspace, the in-process SmartRecruiters sandbox and an API client on it, with helpers to
// add people to campaigns, run the sync engine until the outbox is quiet, and read the sandbox.
#include "ApiClient.h"
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "Credential.h"
#include "Hosts.h"
#include "Outbox.h"
#include "Sandbox.h"
#include "SrTestSupport.h"
#include "SettingsStore.h"
#include "SyncEngine.h"
#include "SyncPlanner.h"
#include "SyncStore.h"
#include "TempWorkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

namespace synctest {

inline const QString kActor = QStringLiteral("ada");

class Fixture
{
public:
    enum class Auth { ApiKey, OAuth };

    explicit Fixture(bool rateLimits = false, Auth auth = Auth::ApiKey)
        : sandbox(::sr::sandbox::Sandbox::Options{1, rateLimits, {}})
    {
        QString error;
        if (!sandbox.start(0, &error))
            qFatal("sandbox: %s", qPrintable(error));
        if (auth == Auth::OAuth)
            credential = std::make_unique<srtest::ClientCredential>(sd::sr::Hosts::single(sandbox.baseUrl()).tokenUrl(),
                                                                    sandbox.clientId(), sandbox.clientSecret());
        else
            credential = std::make_unique<sd::sr::ApiKeyCredential>(sandbox.baseUrl().host(), sandbox.apiKey());
        client = std::make_unique<sd::sr::ApiClient>(credential.get(), sd::sr::Hosts::single(sandbox.baseUrl()));
        sd::sr::RetryPolicy fast = client->defaultRetry();
        fast.baseDelayMs = 20;
        fast.maxDelayMs = 200;
        client->setDefaultRetry(fast);
        if (!rateLimits) {
            sd::sr::RateLimits off = client->rateLimits();
            off.perWindow = 1000;
            client->setRateLimits(off);
        }
    }
    ~Fixture()
    {
        engine.reset();
        client.reset(); // before its credential
    }

    sd::Workspace &ws() { return tw.ws(); }

    sd::sync::SyncEngine &makeEngine()
    {
        engine = std::make_unique<sd::sync::SyncEngine>(tw.shared(), client.get(), kActor);
        engine->setRetryDelays(20, 400);
        return *engine;
    }

    // Runs the engine until nothing is pending, in flight or retrying (or the time is up).
    bool runUntilQuiet(int timeoutMs = 60000)
    {
        sd::sync::SyncEngine &e = engine ? *engine : makeEngine();
        e.start();
        e.kick();
        sd::sync::Outbox outbox(ws());
        return QTest::qWaitFor(
            [&] {
                auto quiet = outbox.isQuiet();
                return quiet.ok() && *quiet && e.isIdle();
            },
            timeoutMs);
    }

    qint64 campaign(const QString &name)
    {
        sd::Campaign c;
        c.name = name;
        if (sd::CampaignRepository(ws()).create(c))
            qFatal("campaign");
        return c.id;
    }

    qint64 candidate(const QString &first, const QString &last, const QString &email, const QString &company = {},
                     const QString &title = {})
    {
        sd::Candidate c = sd::test::person(first, last, email, company);
        c.title = title;
        if (sd::CandidateRepository(ws()).insert(c, kActor))
            qFatal("candidate");
        return c.id;
    }

    void setTeam(const QString &key, const QString &value)
    {
        if (auto s = sd::sync::SettingsStore(ws()).set(sd::sync::Layer::Team, QString(), key, value, kActor))
            qFatal("setting %s: %s", qPrintable(key), qPrintable(s->toString()));
    }

    // A job id of the sandbox in the given status.
    QString jobInStatus(const QString &status)
    {
        const QJsonObject jobs = sandbox.stateDump().value(QStringLiteral("jobs")).toObject();
        for (auto it = jobs.begin(); it != jobs.end(); ++it)
            if (it.value().toObject().value(QStringLiteral("status")).toString() == status)
                return it.key();
        return {};
    }

    void linkCampaign(qint64 campaignId, const QString &jobId)
    {
        sd::sync::CampaignJob j;
        j.campaignId = campaignId;
        j.srJobId = jobId;
        j.jobTitle = QStringLiteral("Job");
        if (sd::sync::SyncStore(ws()).setCampaignJob(j))
            qFatal("link job");
    }

    void addMembers(qint64 campaignId, const QList<qint64> &ids)
    {
        if (!sd::CampaignRepository(ws()).addMembers(campaignId, ids, kActor).ok())
            qFatal("members");
        auto plan = sd::sync::SyncPlanner(tw.shared(), kActor).membersAdded(campaignId, ids);
        if (!plan.ok())
            qFatal("plan: %s", qPrintable(plan.error().toString()));
    }

    // Candidates of the sandbox whose email is `email` (case-insensitive).
    QList<QJsonObject> remoteByEmail(const QString &email)
    {
        QList<QJsonObject> out;
        const QJsonObject all = sandbox.stateDump().value(QStringLiteral("candidates")).toObject();
        for (const QJsonValue &v : all)
            if (v.toObject().value(QStringLiteral("email")).toString().compare(email, Qt::CaseInsensitive) == 0)
                out.append(v.toObject());
        return out;
    }

    // Messages (notes) of the sandbox whose content mentions `text`.
    int notesContaining(const QString &text)
    {
        int n = 0;
        const QJsonObject all = sandbox.stateDump().value(QStringLiteral("messages")).toObject();
        for (const QJsonValue &v : all)
            if (v.toObject().value(QStringLiteral("content")).toString().contains(text))
                ++n;
        return n;
    }

    QString linkOf(qint64 candidateId)
    {
        auto l = sd::sync::SyncStore(ws()).link(candidateId);
        return (l.ok() && l->has_value()) ? (*l)->srCandidateId : QString();
    }

    QList<sd::sync::OutboxJob> jobs(qint64 candidateId)
    {
        sd::sync::OutboxQuery q;
        q.candidateId = candidateId;
        auto r = sd::sync::Outbox(ws()).list(q);
        return r.ok() ? r.value() : QList<sd::sync::OutboxJob>();
    }

    ::sr::sandbox::Sandbox sandbox;
    sd::test::TempWorkspace tw;
    std::unique_ptr<sd::sr::Credential> credential;
    std::unique_ptr<sd::sr::ApiClient> client;
    std::unique_ptr<sd::sync::SyncEngine> engine;
};

// Starts sync_driver (SYNC_DRIVER) on the fixture's workspace and sandbox, the API key on its
// stdin; its stderr goes to this test's. nullptr when it does not start.
inline std::unique_ptr<QProcess> startSyncDriver(Fixture &f)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(qEnvironmentVariable("SYNC_DRIVER"), {f.tw.path(), f.sandbox.baseUrl().toString()});
    if (!p->waitForStarted(10000))
        return nullptr;
    p->write(f.sandbox.apiKey().toLatin1() + '\n');
    p->closeWriteChannel();
    return p;
}

} // namespace synctest
