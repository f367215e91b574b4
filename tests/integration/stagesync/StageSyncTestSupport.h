#pragma once
// Helpers for the stage sync tests: local records linked to SmartRecruiters ids (rows written
// directly, as the link code of another component would), a synchronous run, and the sandbox's
// request log after a given point.
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "SandboxCore.h"
#include "SqlUtil.h"
#include "StageSync.h"
#include "TempWorkspace.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

#include <optional>

namespace stagetest {

inline qint64 addCandidate(sd::Workspace &ws, const QString &first, const QString &last)
{
    sd::Candidate c = sd::test::person(first, last);
    sd::CandidateRepository repo(ws);
    if (sd::Status s = repo.insert(c, QStringLiteral("test")))
        qFatal("insert candidate: %s", qPrintable(s->toString()));
    return c.id;
}

inline qint64 addCampaign(sd::Workspace &ws, const QString &name)
{
    sd::Campaign c;
    c.name = name;
    sd::CampaignRepository repo(ws);
    if (sd::Status s = repo.create(c))
        qFatal("create campaign: %s", qPrintable(s->toString()));
    return c.id;
}

inline void exec(sd::Workspace &ws, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(ws.connection());
    if (!q.prepare(sql))
        qFatal("prepare %s", qPrintable(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("exec %s", qPrintable(sql));
}

inline void linkCandidate(sd::Workspace &ws, qint64 candidateId, const QString &srCandidateId)
{
    exec(ws, QStringLiteral("INSERT INTO sr_candidate_links(candidate_id, sr_candidate_id, origin, linked_at) VALUES (?, ?, 'manual', ?)"),
         {candidateId, srCandidateId, sd::sql::nowMs()});
}

inline void linkCampaign(sd::Workspace &ws, qint64 campaignId, const QString &srJobId)
{
    exec(ws, QStringLiteral("INSERT INTO campaign_sr_jobs(campaign_id, sr_job_id, linked_at) VALUES (?, ?, ?)"),
         {campaignId, srJobId, sd::sql::nowMs()});
}

inline QVariant scalar(sd::Workspace &ws, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(ws.connection());
    if (!q.prepare(sql))
        qFatal("prepare %s", qPrintable(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

inline std::optional<sd::MemberStatus> memberStatus(sd::Workspace &ws, qint64 campaignId, qint64 candidateId)
{
    const QVariant v = scalar(ws, QStringLiteral("SELECT status FROM campaign_members WHERE campaign_id = ? AND candidate_id = ?"),
                              {campaignId, candidateId});
    if (!v.isValid())
        return std::nullopt;
    return static_cast<sd::MemberStatus>(v.toInt());
}

// Runs the sync and waits for finished(); fails the test (returns an empty report) on timeout.
inline sd::stagesync::StageSyncReport runSync(sd::stagesync::StageSync &sync, const sd::stagesync::StageSyncConfig &cfg,
                                              int timeoutMs = 60000)
{
    QSignalSpy spy(&sync, &sd::stagesync::StageSync::finished);
    sync.run(cfg);
    if (!spy.wait(timeoutMs) || spy.isEmpty())
        return {};
    return spy.takeFirst().at(0).value<sd::stagesync::StageSyncReport>();
}

inline qint64 lastLogSeq(const sr::sandbox::Sandbox &sandbox)
{
    const QJsonArray log = sandbox.requestLog();
    return log.isEmpty() ? 0 : log.last().toObject().value(QStringLiteral("seq")).toInteger();
}

// Query items of the GET /candidates searches logged after `afterSeq`.
inline QList<QUrlQuery> candidateSearches(const sr::sandbox::Sandbox &sandbox, qint64 afterSeq)
{
    QList<QUrlQuery> out;
    const QJsonArray log = sandbox.requestLog();
    for (const QJsonValue &v : log) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("seq")).toInteger() <= afterSeq || o.value(QStringLiteral("method")).toString() != u"GET")
            continue;
        const QUrl url(QStringLiteral("http://x") + o.value(QStringLiteral("target")).toString());
        if (url.path() == u"/candidates")
            out.append(QUrlQuery(url));
    }
    return out;
}

inline qint64 countRequests(const sr::sandbox::Sandbox &sandbox, qint64 afterSeq, const QString &pathContains)
{
    qint64 n = 0;
    const QJsonArray log = sandbox.requestLog();
    for (const QJsonValue &v : log) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("seq")).toInteger() > afterSeq
            && o.value(QStringLiteral("target")).toString().contains(pathContains))
            ++n;
    }
    return n;
}

// The sandbox's hiring process of a job (the public API does not tell; the sandbox state does).
inline QString processOfJob(sr::sandbox::Sandbox &sandbox, const QString &jobId)
{
    return sandbox.core().state.jobs.value(jobId).value(QStringLiteral("hiringProcessId")).toString();
}

inline QString processNamed(sr::sandbox::Sandbox &sandbox, const QString &name)
{
    for (const QJsonObject &p : std::as_const(sandbox.core().state.hiringProcesses)) {
        if (p.value(QStringLiteral("name")).toString() == name)
            return p.value(QStringLiteral("id")).toString();
    }
    return {};
}

inline QString jobWithProcess(sr::sandbox::Sandbox &sandbox, const QString &processId)
{
    for (const QJsonObject &j : std::as_const(sandbox.core().state.jobs)) {
        if (j.value(QStringLiteral("hiringProcessId")).toString() == processId)
            return j.value(QStringLiteral("id")).toString();
    }
    return {};
}

} // namespace stagetest
