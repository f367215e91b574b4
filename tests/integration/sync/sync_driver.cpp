// A separate process that sends a workspace's outbox to a SmartRecruiters host and exits when it
// is quiet: tst_sync_kill kills it (SIGKILL) mid-run and starts it again; tst_sync_instances runs
// two at once on one PostgreSQL workspace.
//   sync_driver WORKSPACE API_URL   (the API key comes on stdin, never as an argument)
// SYNC_DRIVER_LEASE_MS: the engine's lease (default 1500 ms, so a killed driver's jobs are taken
// back within seconds). The last line says how many jobs this process finished.
#include "ApiClient.h"
#include "Credential.h"
#include "Hosts.h"
#include "Outbox.h"
#include "SyncEngine.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: sync_driver WORKSPACE API_URL < api-key\n");
        return 2;
    }
    QTextStream in(stdin);
    const QString key = in.readLine().trimmed();
    auto ws = sd::Workspace::open(args.at(1));
    if (!ws.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().toString()));
        return 1;
    }
    const QUrl url(args.at(2));
    sd::sr::ApiKeyCredential credential(url.host(), key);
    auto *client = new sd::sr::ApiClient(&credential, sd::sr::Hosts::single(url));
    sd::sync::SyncEngine engine(ws.value(), client, QStringLiteral("driver"));
    engine.setRetryDelays(20, 400);
    bool leaseOk = false;
    const int leaseMs = qEnvironmentVariableIntValue("SYNC_DRIVER_LEASE_MS", &leaseOk);
    engine.setLeaseDuration(leaseOk ? leaseMs : 1500);
    int mine = 0;
    QObject::connect(&engine, &sd::sync::SyncEngine::jobFinished, &app, [&](qint64 id, sd::sync::JobState state) {
        if (state == sd::sync::JobState::Done)
            ++mine;
        std::printf("job %lld %s\n", static_cast<long long>(id), qPrintable(sd::sync::toKey(state)));
        std::fflush(stdout);
    });
    sd::sync::Outbox outbox(*ws.value());
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        auto quiet = outbox.isQuiet();
        auto c = outbox.counts();
        if (quiet.ok() && *quiet && c.ok() && engine.isIdle()) {
            std::printf("quiet: %d done, %d need attention, %d done here\n", c->done, c->needsAttention, mine);
            std::fflush(stdout);
            app.quit();
        }
    });
    poll.start(50);
    engine.start();
    const int rc = QCoreApplication::exec();
    delete client; // before its credential
    return rc;
}
