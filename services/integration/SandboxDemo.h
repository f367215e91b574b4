#pragma once
// The local SmartRecruiters sandbox as a demo target: the README's run command starts one and
// tells the app where (SOURCEDESK_SANDBOX_URL); Settings → Integration offers it as "Local sandbox
// (demo data)" and fills in its demo OAuth client, so a newcomer can try the whole loop without a
// SmartRecruiters account. Only ever a loopback address.
#include <QString>
#include <QUrl>

#include <functional>

class QObject;

namespace sd::integration {

struct SandboxCredentials
{
    QString clientId;
    QString clientSecret;
    QString redirectUri;
    QString apiKey;
    QString userEmail;
    QString userPassword;
    QString error; // set when the sandbox could not be asked
};

// From SOURCEDESK_SANDBOX_URL; empty unless it is a loopback http(s) address.
QUrl sandboxUrlFromEnvironment();

// Asks the sandbox's control endpoint for its demo credentials (asynchronous, 5 s timeout).
void fetchSandboxCredentials(const QUrl &sandbox, QObject *context, std::function<void(const SandboxCredentials &)> done);

} // namespace sd::integration
