// sr-sandbox: a local SmartRecruiters emulator for demos and manual testing.
#include "Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

namespace {
// Saving state on Ctrl+C needs the event loop to end normally; a signal
// handler may only write(2), so it pokes a pipe the event loop watches.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sr-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOURCEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local SmartRecruiters API sandbox (loopback only). Controls live under /__sandbox/."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0 = any free port)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for the demo data."), QStringLiteral("n"),
                                  QStringLiteral("1"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Persist state in this JSON file."), QStringLiteral("file"));
    const QCommandLineOption noLimits(QStringLiteral("no-rate-limits"), QStringLiteral("Switch the production rate limits off."));
    const QCommandLineOption share429(QStringLiteral("fault-429"), QStringLiteral("Share of requests answered 429 (0-1)."),
                                      QStringLiteral("share"), QStringLiteral("0"));
    const QCommandLineOption share5xx(QStringLiteral("fault-5xx"), QStringLiteral("Share of requests answered 5xx (0-1)."),
                                      QStringLiteral("share"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Added latency per answer in ms."),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    parser.addOptions({port, seed, data, noLimits, share429, share5xx, latency});
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        err << "sr-sandbox: --port: expected 0-65535, got \"" << parser.value(port) << "\"\n";
        return 2;
    }
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err << "sr-sandbox: --seed: expected a non-negative integer, got \"" << parser.value(seed) << "\"\n";
        return 2;
    }
    sr::sandbox::Faults::Config faults;
    faults.share429 = parser.value(share429).toDouble(&ok);
    bool ok2 = false;
    faults.share5xx = parser.value(share5xx).toDouble(&ok2);
    bool ok3 = false;
    faults.latencyMs = parser.value(latency).toInt(&ok3);
    if (!ok || !ok2 || !ok3 || faults.share429 < 0 || faults.share429 > 1 || faults.share5xx < 0 || faults.share5xx > 1
        || faults.latencyMs < 0) {
        err << "sr-sandbox: fault options: shares must be 0-1 and --latency a non-negative integer\n";
        return 2;
    }

    sr::sandbox::Sandbox::Options options;
    options.seed = seedValue;
    options.rateLimits = !parser.isSet(noLimits);
    options.dataFile = parser.value(data);
    sr::sandbox::Sandbox sandbox(options);
    sandbox.setFaults(faults);
    QString error;
    if (!sandbox.start(quint16(portValue), &error)) {
        err << "sr-sandbox: " << error << "\n";
        return 1;
    }
    if (::pipe(g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    QTextStream out(stdout);
    out << "sr-sandbox listening on " << sandbox.baseUrl().toString() << "\n"
        << "  API key:       (GET " << sandbox.baseUrl().toString() << "/__sandbox/credentials)\n"
        << "  OAuth client:  " << sandbox.clientId() << "\n"
        << "  Sign-in user:  " << sandbox.adminUser().email << " / " << sandbox.adminUser().password << "\n";
    out.flush();
    const int rc = app.exec();
    if (!sandbox.save(&error)) {
        err << "sr-sandbox: cannot save " << options.dataFile << ": " << error << "\n";
        return 1;
    }
    return rc;
}
