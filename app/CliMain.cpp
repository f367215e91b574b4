// sourcedesk-cli: wiring only; the commands live in cli/ (sourcedesk_cli).
#include "CliApp.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {

// Library warnings would break the one-error-line contract on stderr; show them only when asked
// (SOURCEDESK_CLI_DEBUG=1), and then redacted like every other log line.
void cliMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool verbose = qEnvironmentVariableIntValue("SOURCEDESK_CLI_DEBUG") != 0;
    if (!verbose && type != QtFatalMsg)
        return;
    const QByteArray line = QStringLiteral("sourcedesk-cli: log: %1: %2\n")
                                .arg(QString::fromLatin1(context.category ? context.category : "default"),
                                     sd::logging::redact(message))
                                .toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(cliMessageHandler);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sourcedesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Sourcedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOURCEDESK_VERSION));

    // English plural forms ("1 job", "2 jobs"); without them the "(s)" source text is printed.
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/sourcedesk_en.qm")))
        QCoreApplication::installTranslator(&english);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return sd::cli::CliApp(out, err).run(QCoreApplication::arguments());
}
