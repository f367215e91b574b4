// Runs outreach rounds on a workspace until nothing is left to send (or forever with --forever), so
// tst_outreach_kill can kill it with SIGKILL in the middle of a batch and start it again.
//   outreach_driver WORKSPACE   (the mailbox secret in OUTREACH_DRIVER_SECRET)
#include "OutreachQueue.h"
#include "OutreachRunner.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: outreach_driver WORKSPACE\n";
        return 2;
    }
    auto ws = sd::Workspace::open(args.at(1));
    if (!ws.ok()) {
        QTextStream(stderr) << ws.error().toString() << '\n';
        return 1;
    }
    const QString secret = qEnvironmentVariable("OUTREACH_DRIVER_SECRET");
    sd::outreach::OutreachRunner runner(**ws, [&](const QString &) { return secret; });
    for (int round = 0; round < 1000; ++round) {
        auto report = runner.runRound();
        if (!report.ok()) {
            QTextStream(stderr) << report.error().toString() << '\n';
            return 1;
        }
        for (const auto &m : report->mailboxes)
            if (!m.error.isEmpty()) {
                QTextStream(stderr) << m.error << '\n';
                return 1;
            }
        auto queued = sd::OutreachQueue(**ws).inState(sd::EmailState::Queued, 1);
        if (!queued.ok())
            return 1;
        if (queued->isEmpty())
            return 0;
    }
    return 1;
}
