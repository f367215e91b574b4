#pragma once
// "Test integration", part one: which of the permissions Sourcedesk needs does this connection
// have? Each scope is tried with a request that needs exactly that scope and changes nothing:
// a read, or a change aimed at a candidate that does not exist (SmartRecruiters checks the scope
// first, then answers 404). A 403 "OAuthPermissionsException" means the scope is missing; any
// other 403 means the SmartRecruiters user's role forbids it.
#include "ApiRequest.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sd::sr {
class ApiCall;
class ApiClient;
} // namespace sd::sr

namespace sd::integration {

struct ScopeResult
{
    enum class Outcome
    {
        Granted,
        Missing,          // the OAuth grant lacks the scope
        RoleForbids,      // granted, but the user's SmartRecruiters role may not do it
        NotChecked,       // no harmless probe exists: checked by inserting a test candidate
        Failed,           // the check itself failed (network, server): see message
    };
    QString scope;
    QString purpose; // what Sourcedesk uses it for, translated
    bool required = true;
    Outcome outcome = Outcome::NotChecked;
    QString message; // for Missing/RoleForbids/Failed

    bool isProblem() const { return required && (outcome == Outcome::Missing || outcome == Outcome::RoleForbids || outcome == Outcome::Failed); }
};

struct ScopeReport
{
    QList<ScopeResult> results;
    bool cancelled = false;

    QStringList granted() const;
    QStringList missingRequired() const;
    bool allRequiredGranted() const { return missingRequired().isEmpty(); }
    // One line a recruiter can act on.
    QString summary() const;
};

class ScopeCheck : public QObject
{
    Q_OBJECT
public:
    explicit ScopeCheck(sr::ApiClient *client, QObject *parent = nullptr);
    ~ScopeCheck() override;

    // Sends the probes one after another (they are few; this keeps well within the rate limits).
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total);
    void finished(const sd::integration::ScopeReport &report);

private:
    struct Probe
    {
        QString scope;
        QString purpose;
        bool required = true;
        bool hasRequest = true; // false: no harmless request exists (see TestCandidate)
        sr::ApiRequest request;
    };
    void next();

    sr::ApiClient *m_client;
    QList<Probe> m_probes;
    ScopeReport m_report;
    QPointer<sr::ApiCall> m_call;
    int m_index = 0;
    bool m_running = false;
};

} // namespace sd::integration
