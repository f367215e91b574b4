#pragma once
// The SmartRecruiters connection of one workspace, as Settings → Integration and the CLI use it:
// connect (OAuth in a browser, or an API key), check who it is and what it may do, restore it at
// start, notice when it must be made again, and disconnect. Owns the credential and the API client;
// settings go to the workspace, secrets only to the SecretStore (the OS keychain).
//
//   ConnectionManager manager(workspace, &keychain);
//   manager.restore();                          // at start -> stateChanged(Connected | Disconnected)
//   manager.beginOAuth(secret);                 // -> oauthReady(session): run the sign-in on it
//                                               //    (BrowserLogin, or beginLogin()/completeLogin())
//                                               // -> Verifying -> Connected (or problem())
//   manager.connectWithApiKey(key);             // the same, with X-SmartToken
//   manager.disconnectAccount();                // every stored secret removed
#include "ApiClient.h"
#include "ConnectionSettings.h"
#include "Credential.h"
#include "OAuthSession.h"
#include "ScopeCheck.h"
#include "TestCandidate.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace sd {
class Workspace;
}
namespace sd::sr {
struct User;
} // namespace sd::sr
namespace sd::connection {
class SecretStore;
} // namespace sd::connection

namespace sd::integration {

class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected,
        Restoring,       // reading the keychain at start
        SigningIn,       // the consent page is open
        Verifying,       // signed in; asking SmartRecruiters who we are and what we may do
        Connected,
        ReconnectNeeded, // the grant or the key is gone: the user must connect again
    };
    Q_ENUM(State)

    ConnectionManager(std::shared_ptr<Workspace> workspace, connection::SecretStore *store, QObject *parent = nullptr);
    ~ConnectionManager() override;

    ConnectionSettings settings() const { return m_settings; }
    // Changes hosts, method or client; refused (false, error) while connected.
    bool setSettings(const ConnectionSettings &settings, QString *error = nullptr);
    State state() const { return m_state; }
    // The last thing that went wrong, for the user; empty when nothing did.
    QString problem() const { return m_problem; }
    // The API client while connected (or restoring, signing in, verifying); otherwise null.
    sr::ApiClient *client() const { return m_client; }
    // The last "Test integration" report (also run once right after connecting).
    const ScopeReport &scopeReport() const { return m_scopeReport; }

    // At start: uses what the keychain holds for the saved account. No network.
    void restore();

    // OAuth: -> oauthReady(session), on which the caller runs the sign-in (the login window calls
    // beginLogin() and completeLogin()); or problem() and Disconnected. The client secret typed by
    // the admin is stored in the keychain after a successful sign-in; empty reuses the stored one.
    void beginOAuth(const QString &clientSecret);
    connection::OAuthSession *oauthSession() const { return m_oauth; }
    void cancelOAuth(const QString &message);

    void connectWithApiKey(const QString &apiKey);
    void disconnectAccount();

    // Checks every scope Sourcedesk needs: -> scopeCheckFinished().
    void testIntegration();
    // Jobs to put a test candidate on (sourcing first): -> jobsLoaded(id/title pairs) or problem().
    void loadJobs();
    // Creates the test candidate with a note on `jobId`: -> testCandidateFinished(); the scope
    // report then says whether creating candidates and writing notes work.
    void insertTestCandidate(const QString &jobId);

signals:
    void oauthReady(sd::connection::OAuthSession *session);
    void stateChanged(sd::integration::ConnectionManager::State state);
    void scopeCheckProgress(int done, int total);
    void scopeCheckFinished(const sd::integration::ScopeReport &report);
    void disconnected(bool ok, const QString &problem);
    void jobsLoaded(const QList<std::pair<QString, QString>> &jobs, const QString &problem);
    void testCandidateFinished(const sd::integration::TestCandidateResult &result);

private:
    void setState(State state, const QString &problem = {});
    // False (and problem() says why) while a connection is live or under way, or the settings are unusable.
    bool prepareToConnect(AuthMethod method);
    void useCredential(sr::Credential *credential);
    connection::OAuthSession *makeOAuthSession();
    void dropCredential();
    void verify();
    void onVerified(const sr::User &me, const QString &companyName);
    void fail(const QString &message);
    void finishDisconnect(bool ok, const QString &problem);

    std::shared_ptr<Workspace> m_workspace;
    connection::SecretStore *m_store;
    ConnectionSettings m_settings;
    State m_state = State::Disconnected;
    QString m_problem;
    QPointer<sr::Credential> m_credential;
    QPointer<connection::OAuthSession> m_oauth;
    QPointer<sr::ApiClient> m_client;
    QPointer<ScopeCheck> m_scopeCheck;
    ScopeReport m_scopeReport;
    QString m_pendingApiKey;
};

} // namespace sd::integration
