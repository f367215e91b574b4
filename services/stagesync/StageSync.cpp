#include "StageSync.h"

#include "ApiClient.h"
#include "Candidates.h"
#include "Configuration.h"
#include "Paging.h"
#include "StageSyncStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace sd::stagesync {

namespace {

QString trSync(const char *text)
{
    return QCoreApplication::translate("sd::stagesync::StageSync", text);
}

} // namespace

StageSync::StageSync(const Workspace &workspace, sr::ApiClient *client, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_client(client)
{
}

StageSync::~StageSync()
{
    // Nothing may call back into a half-destroyed object; the run stays recorded as not ok.
    m_running = false;
    m_stopping = true;
    if (m_pager) {
        disconnect(m_pager, nullptr, this, nullptr);
        m_pager->cancel();
    }
    for (const QPointer<sr::ApiCall> &c : std::as_const(m_calls)) {
        if (c) {
            disconnect(c, nullptr, this, nullptr);
            c->cancel();
        }
    }
}

void StageSync::run(const StageSyncConfig &config)
{
    if (m_running)
        return;
    m_config = config;
    m_report = {};
    m_stages.clear();
    m_links.clear();
    m_jobs.clear();
    m_chunks.clear();
    m_chunk = 0;
    m_calls.clear();
    m_queue.clear();
    m_seen.clear();
    m_pendingIn.clear();
    m_pendingOut.clear();
    m_pendingQueued = false;
    m_inFlight = m_done = m_total = 0;
    m_running = true;
    m_searching = false;
    m_stopping = false;
    m_finishQueued = false;
    ++m_generation; // callbacks queued by an earlier run must not touch this one
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            start();
    });
}

void StageSync::cancel()
{
    if (!m_running || m_stopping)
        return;
    m_report.cancelled = true;
    m_stopping = true;
    m_queue.clear();
    if (m_pager)
        m_pager->cancel();
    for (const QPointer<sr::ApiCall> &c : std::as_const(m_calls)) {
        if (c)
            c->cancel();
    }
    requestFinishCheck();
}

void StageSync::start()
{
    if (!m_running)
        return;
    StageSyncStore store(m_workspace);
    const auto last = store.lastSuccessfulRunStart();
    const auto lastSummary = store.lastSummary();
    if (!last || !lastSummary) {
        fail(!last ? last.error() : lastSummary.error());
        finishNow();
        return;
    }
    m_pendingIn = pendingFromSummary(lastSummary.value());
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    const auto runId = store.beginRun(m_report.startedAt);
    if (!runId) {
        fail(runId.error());
        finishNow();
        return;
    }
    m_report.runId = runId.value();
    if (m_stopping) {
        finishNow();
        return;
    }
    if (last.value().isValid())
        m_report.updatedAfter = last.value().addSecs(-kOverlapSecs);
    if (m_config.onlyNewApplications) {
        if (!m_config.since.isValid()) {
            addError(trSync(QT_TRANSLATE_NOOP("sd::stagesync::StageSync", "Stage sync has no start date: turn it off and on again.")));
            finishNow();
            return;
        }
        // Midnight with the schedule's explicit DST rules (a midnight gap exists in some zones).
        m_sinceStart = StageSchedule(QTime(0, 0), m_config.zone).slotOn(m_config.since);
        // Nothing created before `since` can matter, and creating an application touches its
        // candidate's updatedOn (the sandbox does; UNCONFIRMED for SmartRecruiters), so the
        // first run can use `since` as its delta too.
        if (!m_report.updatedAfter.isValid() || m_report.updatedAfter < m_sinceStart)
            m_report.updatedAfter = m_sinceStart;
    }
    emit progress(0, 0);
    ++m_inFlight; // so that a cancel waits for this call's answer
    track(sr::ConfigurationApi(m_client).hiringProcesses(this, [this](const sr::Result<sr::Page<sr::HiringProcess>> &r) {
        --m_inFlight;
        onProcesses(r.ok(), r.error.message, r.value.items);
    }));
}

void StageSync::onProcesses(bool ok, const QString &error, const QList<sr::HiringProcess> &processes)
{
    if (m_stopping) {
        finishNow();
        return;
    }
    if (!ok) {
        // Without the current stages nothing can be matched safely.
        addError(error);
        finishNow();
        return;
    }
    StageCatalog catalog(m_workspace);
    const auto changes = catalog.refresh(processes);
    if (!changes) {
        fail(changes.error());
        finishNow();
        return;
    }
    m_report.stageChanges = changes.value();
    StageSyncStore store(m_workspace);
    auto stages = catalog.stages();
    auto links = store.linkedCandidates();
    auto jobs = store.linkedJobs();
    if (!stages || !links || !jobs) {
        fail(!stages ? stages.error() : !links ? links.error() : jobs.error());
        finishNow();
        return;
    }
    m_stages = stages.value();
    m_links = links.value();
    m_jobs = jobs.value();
    if (m_links.isEmpty() || m_jobs.isEmpty()) {
        finishNow();
        return;
    }
    QStringList jobIds = m_jobs.keys();
    jobIds.sort();
    for (qsizetype i = 0; i < jobIds.size(); i += kJobsPerSearch)
        m_chunks.append(jobIds.mid(i, kJobsPerSearch));
    m_searching = true;
    startSearch();
}

void StageSync::startSearch()
{
    if (!m_stopping && m_chunk >= m_chunks.size() && !m_pendingQueued) {
        m_pendingQueued = true;
        enqueuePending();
    }
    if (m_stopping || m_chunk >= m_chunks.size()) {
        m_searching = false;
        pump();
        return;
    }
    sr::CandidateQuery query;
    query.jobIds = m_chunks.at(m_chunk);
    query.updatedAfter = m_report.updatedAfter;
    query.limit = m_pageSize;
    // Pages are fetched one after another: never two GET /candidates at once.
    m_pager = new sr::Pager(m_client, m_client->prepare(sr::ApiRequest::get(QStringLiteral("/candidates"), query.toQuery())),
                            sr::PagingStyle::cursor(), [this](const sr::ApiResult &page) { return onSearchPage(page); }, this);
    connect(m_pager, &sr::Pager::finished, this, [this](const sr::ApiError &e) { onSearchFinished(e); });
    m_pager->start();
}

bool StageSync::onSearchPage(const sr::ApiResult &page)
{
    if (m_stopping)
        return false;
    const auto decoded = sr::decodeResult<sr::CandidatePage>(page, QStringLiteral("GET /candidates"));
    if (!decoded.ok()) {
        addError(decoded.error.message);
        return false;
    }
    int added = 0;
    for (const sr::Candidate &c : decoded.value.items) {
        const qint64 local = m_links.value(c.id, 0);
        if (local == 0)
            continue;
        QList<sr::Assignment> assignments = c.secondaryAssignments;
        if (c.primaryAssignment)
            assignments.prepend(*c.primaryAssignment);
        bool counted = false;
        for (const sr::Assignment &a : std::as_const(assignments)) {
            // A candidate on several of our jobs comes back once per job chunk: once is enough.
            if (!m_jobs.contains(a.jobId) || m_seen.contains(applicationKey(c.id, a.jobId)))
                continue;
            m_seen.insert(applicationKey(c.id, a.jobId));
            WorkItem item;
            item.candidateId = local;
            item.srCandidateId = c.id;
            item.jobId = a.jobId;
            item.createdOn = c.createdOn;
            item.updatedOn = c.updatedOn;
            // List items carry the status of the primary assignment only.
            item.stageKnown = !a.status.isEmpty();
            item.stage = {a.status, a.subStatus};
            if (m_pendingIn.contains(applicationKey(c.id, a.jobId)))
                item.newness = Newness::New; // passed the check when it was first seen
            m_queue.push_back(item);
            ++added;
            if (!counted)
                ++m_report.candidates;
            counted = true;
        }
    }
    m_report.applications += added;
    m_total += added;
    emit progress(m_done, m_total);
    pump();
    return !m_stopping;
}

void StageSync::onSearchFinished(const sr::ApiError &error)
{
    if (m_pager)
        m_pager->deleteLater();
    m_pager = nullptr;
    if (error.isError() && !(m_stopping && error.kind == sr::ApiError::Kind::Cancelled))
        addError(error.message);
    ++m_chunk;
    startSearch();
}

void StageSync::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_stopping && m_inFlight < m_maxInFlight && !m_queue.empty()) {
        WorkItem item = m_queue.front();
        m_queue.pop_front();
        ++m_inFlight;
        advance(item);
    }
    m_pumping = false;
    requestFinishCheck();
}

void StageSync::itemDone()
{
    --m_inFlight;
    ++m_done;
    emit progress(m_done, m_total);
    pump();
}

void StageSync::track(sr::ApiCall *call)
{
    m_calls.removeIf([](const QPointer<sr::ApiCall> &c) { return c.isNull(); });
    m_calls.append(call);
}

void StageSync::addError(const QString &message)
{
    const QString text = message.isEmpty() ? trSync(QT_TRANSLATE_NOOP("sd::stagesync::StageSync", "SmartRecruiters did not answer as expected.")) : message;
    if (!m_report.errors.contains(text))
        m_report.errors.append(text);
}

void StageSync::fail(const Error &error)
{
    addError(error.toString());
    m_stopping = true;
    m_queue.clear();
    if (m_pager)
        m_pager->cancel();
}

void StageSync::requestFinishCheck()
{
    // Always from the event loop: the end is often noticed deep inside a page or a progress()
    // slot (cancel), and finished() must not fire in the middle of that.
    if (m_finishQueued)
        return;
    m_finishQueued = true;
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation != m_generation)
            return;
        m_finishQueued = false;
        maybeFinish();
    });
}

void StageSync::maybeFinish()
{
    if (!m_running || m_pumping || m_inFlight > 0 || m_pager)
        return;
    if (!m_stopping && (m_searching || !m_queue.empty()))
        return;
    finishNow();
}

void StageSync::finishNow()
{
    if (!m_running)
        return;
    m_running = false;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    m_report.ok = !m_report.cancelled && m_report.errors.isEmpty();
    // What this run did not get to stays pending, next to what it found.
    QHash<QString, ApplicationRef> pending = m_pendingIn;
    pending.insert(m_pendingOut);
    m_report.pending = pending.values();
    if (m_report.runId > 0) {
        if (Status s = StageSyncStore(m_workspace).finishRun(m_report.runId, m_report.ok, m_report.summary())) {
            addError(s->toString());
            m_report.ok = false;
        }
    }
    emit finished(m_report);
}

} // namespace sd::stagesync
