#pragma once
// The Help menu's own actions: the getting started guide (F1), "What's This?" (Shift+F1: click any
// setting to read what it does) and "Open log folder" (for support). MainWindow calls
// installHelpActions() once, after building its Help menu.
#include <QUrl>

#include <functional>

class QMenu;
class QWidget;

namespace sd::ui {

void installHelpActions(QMenu *helpMenu, QWidget *window);

// The folder the application log is written to (sd::logging::defaultFolder()) as a URL.
QUrl logFolderUrl();

// Tests: what "Open log folder" calls instead of QDesktopServices::openUrl; an empty function
// restores QDesktopServices.
void setUrlOpenerForTests(std::function<bool(const QUrl &)> opener);

} // namespace sd::ui
