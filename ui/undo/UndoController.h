#pragma once
// The last undoable action of a window, one level deep: deleting candidates, removing members from
// a campaign, a bulk status change. The view that did it offers the undo with a sentence; the
// controller shows it in a Toast ("3 candidates deleted — Undo") and through its QAction
// (Edit → Undo, Ctrl+Z), both running the same undo. A newer offer replaces the older one.
//
//   auto *undo = UndoController::of(m_notifier, this);
//   undo->offer(this, tr("%n candidates deleted", nullptr, n), [=]() -> Result<QString> {
//       if (Status s = snapshot->restore(workspace)) return *s;
//       return tr("%n candidates restored", nullptr, n);       // what the toast says after
//   });
//
// Ctrl+Z in a text field keeps undoing typing: the field takes the shortcut while it has focus.
#include "Error.h"
#include "Toast.h" // QPointer members need the full type

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace sd::ui {

class UndoController : public QObject
{
    Q_OBJECT

public:
    using UndoFn = std::function<Result<QString>()>;

    // The window's controller, a child of its ChangeNotifier (like SyncHub), made on first use;
    // without a notifier (a view on its own, in tests), a child of `view`.
    static UndoController *of(QObject *notifier, QWidget *view);
    explicit UndoController(QObject *parent = nullptr);

    // Shows the toast over `anchor`'s window and makes `undo` the action Ctrl+Z runs.
    void offer(QWidget *anchor, const QString &text, UndoFn undo);

    bool canUndo() const { return static_cast<bool>(m_undo); }
    QString pendingText() const { return m_text; }
    // Edit → Undo: disabled when there is nothing to undo; its text says what it would undo.
    QAction *undoAction() const { return m_action; }
    // Null until the first offer.
    Toast *toast() const { return m_toast; }

public slots:
    void undo();
    void clear();

signals:
    void undone(const QString &message);
    void undoFailed(const QString &message);

private:
    void attachTo(QWidget *window);

    QAction *m_action;
    QPointer<Toast> m_toast;
    QPointer<QWidget> m_window;
    QString m_text;
    UndoFn m_undo;
};

} // namespace sd::ui
