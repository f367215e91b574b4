#pragma once

#include <QAction>
#include <QString>
#include <QWidget>

namespace sd::ui {

// Every widget gets an objectName (tests and style sheets find it) and an accessible name
// (screen readers say it); this keeps the two together at the place a widget is made.
template<typename W> W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

inline QAction *namedAction(QAction *action, const QString &objectName)
{
    action->setObjectName(objectName);
    return action;
}

} // namespace sd::ui
