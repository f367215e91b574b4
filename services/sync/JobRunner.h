#pragma once
// One outbox job on its way to SmartRecruiters: a short chain of calls (read, decide, write) that
// ends with exactly one outcome. The engine stores the outcome; runners never touch job states.
#include "Outbox.h"

#include <QJsonObject>
#include "ApiClient.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace sd {
class Workspace;
}
namespace sd::sr {
class ApiClient;
struct ApiError;
}

namespace sd::sync {

class ResolvedSettings;

struct JobOutcome
{
    enum class Kind { Done, Retry, NeedsAttention, Hold };
    Kind kind = Kind::Done;
    QJsonObject result;
    QString code;
    QString message;
    QString userAction;
    bool mayHaveApplied = false; // check SmartRecruiters before sending again
    int retryAfterMs = -1;       // -1: the engine's backoff

    static JobOutcome done(QJsonObject result = {});
    static JobOutcome hold(const QString &why);
    static JobOutcome attention(const QString &code, const QString &message, const QString &userAction,
                                QJsonObject result = {});
    // Sorts a failed call: transient (network, 429, 5xx, reconnect) → retry; refusals → attention.
    // `write` is true for a request that may have been applied before its answer was lost.
    static JobOutcome fromError(const sr::ApiError &error, bool write);
};

struct RunnerContext
{
    std::shared_ptr<Workspace> workspace;
    QPointer<sr::ApiClient> client;
    QString actor;
};

class JobRunner : public QObject
{
    Q_OBJECT
public:
    JobRunner(RunnerContext context, OutboxJob job, QObject *parent = nullptr);
    ~JobRunner() override;
    const OutboxJob &job() const { return m_job; }
    virtual void start() = 0;

signals:
    void finished(const sd::sync::JobOutcome &outcome);

protected:
    // Emits once; later calls are ignored (a cancelled call may still answer).
    void finish(const JobOutcome &outcome);
    const Workspace &workspace() const { return *m_context.workspace; }
    sr::ApiClient *client() const { return m_context.client; }
    const QString &actor() const { return m_context.actor; }
    // The settings as they apply to this job's candidate and campaign (falls back to defaults
    // when the store cannot be read, and says so in the log).
    ResolvedSettings settings() const;
    // The linked SmartRecruiters candidate id, or empty.
    QString linkedId() const;

    RunnerContext m_context;
    OutboxJob m_job;

private:
    bool m_finished = false;
};

// The runner for the job's kind.
JobRunner *makeRunner(const RunnerContext &context, const OutboxJob &job, QObject *parent);
JobRunner *makeCreateRunner(const RunnerContext &context, const OutboxJob &job, QObject *parent);

} // namespace sd::sync

Q_DECLARE_METATYPE(sd::sync::JobOutcome)
