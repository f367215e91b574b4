#pragma once
// A tool dock of the main window: hidden at first, its toggle action named "show<Name>Action" with
// a shortcut in the View menu (or on the window when there is no menu), and the view focused
// whenever the dock is shown.
#include <QKeySequence>
#include <QString>
#include <Qt>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace sd::ui {

QDockWidget *addToolDock(Qt::DockWidgetArea area, QMainWindow *window, QMenu *viewMenu, QWidget *view,
                         const QString &name, const QString &title, const QString &actionText,
                         const QKeySequence &key, QAction **action);

} // namespace sd::ui
