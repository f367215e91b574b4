#include "TestCandidate.h"

#include "ApiClient.h"
#include "Candidates.h"
#include "Messages.h"

#include <QDateTime>

namespace sd::integration {

TestCandidate::TestCandidate(sr::ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
}

QString TestCandidate::firstName()
{
    return QStringLiteral("Sourcedesk");
}

QString TestCandidate::lastName()
{
    return tr("Test Candidate (delete me)");
}

QUrl TestCandidate::profileUrl(const QUrl &webHost, const QString &candidateId)
{
    QUrl url = webHost;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/app/people/candidates/") + candidateId);
    return url;
}

void TestCandidate::start(const QString &jobId, const QUrl &webHost)
{
    m_result = {};
    m_jobId = jobId;
    m_webHost = webHost;
    sr::CandidateInput input;
    input.firstName = firstName();
    input.lastName = lastName();
    // A unique address on a reserved domain: never a real person, never mailed.
    input.email = QStringLiteral("sourcedesk-test-%1@example.invalid")
                      .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")));
    input.tags = {QStringLiteral("sourcedesk-test")};
    sr::CandidatesApi(m_client).createOnJob(jobId, input, this, [this](const sr::Result<sr::Candidate> &r) {
        if (!r.ok()) {
            m_result.createScopeMissing = r.error.kind == sr::ApiError::Kind::MissingScope;
            m_result.message = tr("The test candidate could not be created: %1").arg(r.error.message);
            finish();
            return;
        }
        m_result.created = true;
        m_result.candidateId = r.value.id;
        m_result.candidateName = (r.value.firstName + u' ' + r.value.lastName).trimmed();
        m_result.profileUrl = profileUrl(m_webHost, r.value.id);
        writeNote();
    });
}

void TestCandidate::writeNote()
{
    sr::MessageInput note;
    note.content = sr::MessageInput::candidateTag(m_result.candidateId) + u' ' +
                   tr("Sourcedesk integration test: this candidate was created by “Test integration” and can be "
                      "deleted.");
    note.shareWithHiringTeamOf = {m_jobId};
    sr::MessagesApi(m_client).share(note, this, [this](const sr::Result<sr::MessageDetails> &r) {
        m_result.noteWritten = r.ok();
        m_result.noteScopeMissing = r.error.kind == sr::ApiError::Kind::MissingScope;
        m_result.message = r.ok() ? tr("Created “%1” on the job with a note. Delete it in SmartRecruiters when you are done.")
                                        .arg(m_result.candidateName)
                                  : tr("Created “%1” on the job, but the note could not be written: %2")
                                        .arg(m_result.candidateName, r.error.message);
        finish();
    });
}

void TestCandidate::finish()
{
    emit finished(m_result);
}

} // namespace sd::integration
