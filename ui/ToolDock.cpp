#include "ToolDock.h"

#include "Named.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace sd::ui {

QDockWidget *addToolDock(Qt::DockWidgetArea area, QMainWindow *window, QMenu *viewMenu, QWidget *view,
                         const QString &name, const QString &title, const QString &actionText,
                         const QKeySequence &key, QAction **action)
{
    auto *dock = named(new QDockWidget(title, window), name + QStringLiteral("Dock"), title);
    view->setParent(dock);
    dock->setWidget(view);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    window->addDockWidget(area, dock);
    dock->hide();
    *action = namedAction(dock->toggleViewAction(), QStringLiteral("show%1Action").arg(name.at(0).toUpper() + name.mid(1)));
    (*action)->setText(actionText);
    (*action)->setShortcut(key);
    if (viewMenu)
        viewMenu->addAction(*action);
    else
        window->addAction(*action);
    QObject::connect(dock, &QDockWidget::visibilityChanged, view, [view](bool visible) {
        if (visible)
            view->setFocus();
    });
    return dock;
}

} // namespace sd::ui
