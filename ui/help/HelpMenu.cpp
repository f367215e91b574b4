#include "HelpMenu.h"

#include "GuideDialog.h"
#include "Logging.h"
#include "MessageBox.h"
#include "Named.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QKeySequence>
#include <QMenu>
#include <QWhatsThis>

#include <utility>

namespace sd::ui {

namespace {

std::function<bool(const QUrl &)> &urlOpener()
{
    static std::function<bool(const QUrl &)> opener;
    return opener;
}

void showGuide(QWidget *window)
{
    // One guide per window: a second F1 brings the open one forward.
    auto *guide = window->findChild<GuideDialog *>(QStringLiteral("guideDialog"), Qt::FindDirectChildrenOnly);
    if (!guide) {
        guide = new GuideDialog(window);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void openLogFolder(QWidget *window)
{
    const QString folder = sd::logging::defaultFolder();
    QDir().mkpath(folder); // before the first log line the folder may not exist yet
    const QUrl url = logFolderUrl();
    const bool opened = urlOpener() ? urlOpener()(url) : QDesktopServices::openUrl(url);
    if (!opened)
        MessageBox::warning(window, QCoreApplication::translate("sd::ui::HelpMenu", "Open log folder"),
                            QCoreApplication::translate("sd::ui::HelpMenu",
                                                        "No file manager could open the log folder. Open it "
                                                        "yourself: %1")
                                .arg(QDir::toNativeSeparators(folder)));
}

} // namespace

QUrl logFolderUrl()
{
    return QUrl::fromLocalFile(sd::logging::defaultFolder());
}

void setUrlOpenerForTests(std::function<bool(const QUrl &)> opener)
{
    urlOpener() = std::move(opener);
}

void installHelpActions(QMenu *helpMenu, QWidget *window)
{
    if (helpMenu->findChild<QAction *>(QStringLiteral("guideAction")) ||
        window->findChild<QAction *>(QStringLiteral("guideAction")))
        return; // installed already
    // Not named tr: lupdate would then take tr(QT_TRANSLATE_NOOP(…)) for a tr() call and miss the text.
    const auto translated = [](const char *text) {
        return QCoreApplication::translate("sd::ui::HelpMenu", text);
    };
    QAction *first = helpMenu->actions().value(0);
    QAction *about = helpMenu->findChild<QAction *>(QStringLiteral("aboutAction"));
    if (!about) // MainWindow's actions are children of the window, not of the menu
        about = window->findChild<QAction *>(QStringLiteral("aboutAction"));
    if (about && !helpMenu->actions().contains(about))
        about = nullptr;

    auto *guide =
        namedAction(new QAction(translated(QT_TRANSLATE_NOOP("sd::ui::HelpMenu", "&Getting started guide")), window),
                    QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setToolTip(
        translated(QT_TRANSLATE_NOOP("sd::ui::HelpMenu", "A short guide from connecting SmartRecruiters to "
                                                 "your first sequence")));
    QObject::connect(guide, &QAction::triggered, window, [window] { showGuide(window); });

    QAction *whatsThis = namedAction(QWhatsThis::createAction(window), QStringLiteral("whatsThisAction"));
    whatsThis->setToolTip(translated(QT_TRANSLATE_NOOP("sd::ui::HelpMenu", "Click a setting to read what it does")));

    auto *logs =
        namedAction(new QAction(translated(QT_TRANSLATE_NOOP("sd::ui::HelpMenu", "Open &log folder")), window),
                    QStringLiteral("openLogFolderAction"));
    logs->setToolTip(translated(QT_TRANSLATE_NOOP("sd::ui::HelpMenu", "The application log, for support: %1"))
                         .arg(QDir::toNativeSeparators(sd::logging::defaultFolder())));
    QObject::connect(logs, &QAction::triggered, window, [window] { openLogFolder(window); });

    helpMenu->insertAction(first, guide);
    helpMenu->insertAction(first, whatsThis);
    if (first)
        helpMenu->insertSeparator(first);
    helpMenu->insertAction(about, logs);
    if (about)
        helpMenu->insertSeparator(about);
}

} // namespace sd::ui
