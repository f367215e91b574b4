// The Sourcedesk window: argument parsing and wiring only; the work lives in sourcedesk_ui.
#include "LanguageSettings.h"
#include "Logging.h"
#include "WorkspaceLauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstring>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Sourcedesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Sourcedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOURCEDESK_VERSION));
}

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(
        QStringLiteral("workspace"),
        QCoreApplication::translate("main",
                                    "Open the workspace <location>: a file, or a team workspace "
                                    "postgresql://USER@HOST:PORT/DATABASE (default: $SOURCEDESK_WORKSPACE, "
                                    "then the last one opened, then the per-user default)."),
        QCoreApplication::translate("main", "location"));
}

void describe(QCommandLineParser &parser, const QCommandLineOption &workspace)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Sourcedesk: sourcing campaigns, candidates and outreach, in a local or a team workspace."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(workspace);
}

// --help and --version must work without a display, so they are answered before any GUI exists.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        sd::ui::LanguageSettings::install(app);
        QCommandLineParser parser;
        describe(parser, workspaceOption());
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sourcedesk.svg")));
    sd::logging::install(sd::logging::defaultFolder());
    sd::ui::LanguageSettings::install(app);

    QCommandLineParser parser;
    const QCommandLineOption workspace = workspaceOption();
    describe(parser, workspace);
    parser.process(app);

    sd::ui::WorkspaceLauncher launcher;
    if (!launcher.start(sd::ui::WorkspaceLauncher::initialPath(parser.value(workspace))))
        return 1;
    return QApplication::exec();
}
