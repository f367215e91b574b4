#include "ScopeCheck.h"

#include "ApiClient.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sd::integration {

namespace {

// An id no candidate, job or message has: probes aimed at it change nothing.
const QString kNoSuchId = QStringLiteral("00000000-0000-4000-8000-000000000000");

QString trScope(const char *text)
{
    return QCoreApplication::translate("sd::integration::ScopeCheck", text);
}

} // namespace

ScopeCheck::ScopeCheck(sr::ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
}

ScopeCheck::~ScopeCheck()
{
    if (m_call)
        m_call->cancel();
}

void ScopeCheck::start()
{
    if (m_running)
        return;
    const auto get = [](const QString &path, const QUrlQuery &query = {}) {
        sr::ApiRequest r = sr::ApiRequest::get(path, query);
        r.timeoutMs = 20000;
        return r;
    };
    const QUrlQuery one{{QStringLiteral("limit"), QStringLiteral("1")}};
    const QString noCandidate = QStringLiteral("/candidates/") + kNoSuchId;
    sr::ApiRequest patch = sr::ApiRequest::json("PATCH", noCandidate, QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Probe")}});
    patch.retry.idempotentPatch = true;
    m_probes = {
        {QStringLiteral("user_me_read"), trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "show who is connected")), true, true, get(QStringLiteral("/user-api/v201804/users/me"))},
        {QStringLiteral("users_read"), trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "match recruiters and hiring teams to users")), true, true, get(QStringLiteral("/user-api/v201804/users"), one)},
        {QStringLiteral("jobs_read"), trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "link campaigns to jobs")), true, true, get(QStringLiteral("/jobs"), one)},
        {QStringLiteral("candidates_read"), trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "find existing candidates before creating one")), true, true, get(QStringLiteral("/candidates"), one)},
        {QStringLiteral("candidate_status_read"), trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "pull hiring stages back")), true, true,
         get(noCandidate + QStringLiteral("/jobs/") + kNoSuchId + QStringLiteral("/status/history"))},
        {QStringLiteral("candidates_manage"), trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "update fields, tags and statuses")), true, true, patch},
        {QStringLiteral("configuration_read"), trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "read sources, properties and hiring processes")), true, true,
         get(QStringLiteral("/configuration/hiring-processes"))},
        {QStringLiteral("messages_read"), trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "show the notes already on a candidate")), true, true,
         get(QStringLiteral("/messages"), QUrlQuery{{QStringLiteral("candidateId"), kNoSuchId}})},
        {QStringLiteral("candidates_create"), trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "create candidates")), true, false, {}},
        {QStringLiteral("messages_write"), trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "write outreach as notes")), true, false, {}},
        {QStringLiteral("webhooks_manage"), trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "hear about stage changes at once instead of polling")), false, true,
         get(QStringLiteral("/webhooks-api/v201907/subscriptions"), one)},
    };
    m_report = {};
    m_index = 0;
    m_running = true;
    next();
}

void ScopeCheck::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_call)
        m_call->cancel();
    m_report.cancelled = true;
    emit finished(m_report);
}

void ScopeCheck::next()
{
    if (!m_running)
        return;
    emit progress(m_index, int(m_probes.size()));
    while (m_index < m_probes.size() && !m_probes.at(m_index).hasRequest) {
        const Probe &p = m_probes.at(m_index++);
        m_report.results.append({p.scope, p.purpose, p.required, ScopeResult::Outcome::NotChecked,
                                 trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "Checked by “Insert test candidate”: there is no way to try it "
                                         "without creating something."))});
    }
    if (m_index >= m_probes.size()) {
        m_running = false;
        emit finished(m_report);
        return;
    }
    const Probe probe = m_probes.at(m_index);
    m_call = m_client->send(probe.request);
    connect(m_call, &sr::ApiCall::finished, this, [this, probe, call = m_call] {
        if (!m_running || call != m_call)
            return;
        const sr::ApiResult &r = call->result();
        ScopeResult result{probe.scope, probe.purpose, probe.required, ScopeResult::Outcome::Granted, {}};
        using Kind = sr::ApiError::Kind;
        switch (r.error.kind) {
        case Kind::None:
        case Kind::NotFound: // past the scope check: only the probe's made-up id is unknown
        case Kind::Validation:
            break;
        case Kind::MissingScope:
            result.outcome = ScopeResult::Outcome::Missing;
            result.message = r.error.message;
            break;
        case Kind::Permission:
            result.outcome = ScopeResult::Outcome::RoleForbids;
            result.message = r.error.message;
            break;
        default:
            result.outcome = ScopeResult::Outcome::Failed;
            result.message = r.error.message;
            break;
        }
        m_report.results.append(result);
        ++m_index;
        next();
    });
}

QStringList ScopeReport::granted() const
{
    QStringList out;
    for (const ScopeResult &r : results) {
        if (r.outcome == ScopeResult::Outcome::Granted)
            out << r.scope;
    }
    return out;
}

QStringList ScopeReport::missingRequired() const
{
    QStringList out;
    for (const ScopeResult &r : results) {
        if (r.isProblem())
            out << r.scope;
    }
    return out;
}

QString ScopeReport::summary() const
{
    if (cancelled)
        return trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "The check was cancelled."));
    const QStringList missing = missingRequired();
    if (missing.isEmpty())
        return trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "Every permission Sourcedesk needs is there."));
    return trScope(QT_TRANSLATE_NOOP("sd::integration::ScopeCheck", "Missing: %1. Ask your SmartRecruiters administrator to add these scopes to the OAuth "
                   "app (or a role that allows them), then connect again."))
        .arg(missing.join(QStringLiteral(", ")));
}

} // namespace sd::integration
