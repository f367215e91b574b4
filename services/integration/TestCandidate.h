#pragma once
// "Test integration", part two: the writes no harmless probe can try. Creates a clearly named test
// candidate on a chosen job and writes a note on it, so the recruiter sees the loop end to end in
// SmartRecruiters (and can delete the candidate there afterwards). A create is never repeated
// blindly: a lost answer is reported, not retried, so no second test candidate appears.
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace sd::sr {
class ApiCall;
class ApiClient;
} // namespace sd::sr

namespace sd::integration {

struct TestCandidateResult
{
    QString candidateId;
    QString candidateName;
    QUrl profileUrl;       // the candidate in SmartRecruiters' web app
    bool created = false;  // candidates_create works
    bool noteWritten = false; // messages_write works
    bool createScopeMissing = false;
    bool noteScopeMissing = false;
    QString message; // what happened, for the recruiter
};

class TestCandidate : public QObject
{
    Q_OBJECT
public:
    explicit TestCandidate(sr::ApiClient *client, QObject *parent = nullptr);

    static QString firstName();
    static QString lastName();
    // The web app's address for a candidate (UNCONFIRMED path: SmartRecruiters documents no deep link;
    // this is the People → candidate page of the web app).
    static QUrl profileUrl(const QUrl &webHost, const QString &candidateId);

    void start(const QString &jobId, const QUrl &webHost);

signals:
    void finished(const sd::integration::TestCandidateResult &result);

private:
    void writeNote();
    void finish();

    sr::ApiClient *m_client;
    TestCandidateResult m_result;
    QString m_jobId;
    QUrl m_webHost;
};

} // namespace sd::integration
