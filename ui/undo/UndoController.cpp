#include "UndoController.h"

#include "MessageBox.h"
#include "Named.h"
#include "Toast.h"

#include <QAction>
#include <QWidget>

namespace sd::ui {

namespace {
constexpr int kConfirmationMs = 4000; // "3 candidates restored" needs no action: shorter
} // namespace

UndoController *UndoController::of(QObject *notifier, QWidget *view)
{
    QObject *home = notifier ? notifier : static_cast<QObject *>(view);
    if (!home)
        return nullptr;
    if (auto *found = home->findChild<UndoController *>(QString(), Qt::FindDirectChildrenOnly))
        return found;
    return new UndoController(home);
}

UndoController::UndoController(QObject *parent)
    : QObject(parent)
    , m_action(namedAction(new QAction(tr("&Undo"), this), QStringLiteral("undoAction")))
{
    setObjectName(QStringLiteral("undoController"));
    m_action->setShortcut(QKeySequence::Undo);
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &UndoController::undo);
}

void UndoController::attachTo(QWidget *window)
{
    if (!window || window == m_window)
        return;
    if (m_window)
        m_window->removeAction(m_action);
    delete m_toast;
    m_window = window;
    // Ctrl+Z works anywhere in the window, also when the main window has no Edit → Undo entry.
    window->addAction(m_action);
    m_toast = new Toast(window);
    connect(m_toast, &Toast::undoClicked, this, &UndoController::undo);
}

void UndoController::offer(QWidget *anchor, const QString &text, UndoFn undo)
{
    attachTo(anchor ? anchor->window() : nullptr);
    m_text = text;
    m_undo = std::move(undo);
    m_action->setText(tr("&Undo: %1").arg(text));
    m_action->setEnabled(true);
    if (m_toast)
        m_toast->showMessage(text, true);
}

void UndoController::undo()
{
    if (!m_undo)
        return;
    // One level: taken before it runs, so a second Ctrl+Z cannot run it twice.
    const UndoFn run = std::move(m_undo);
    const QString what = m_text;
    clear();
    const Result<QString> done = run();
    if (!done.ok()) {
        if (m_toast)
            m_toast->dismiss();
        const QString message = tr("“%1” could not be undone: %2").arg(what, done.error().toString());
        emit undoFailed(message);
        MessageBox::warning(m_window, tr("Undo"), message);
        return;
    }
    if (m_toast)
        m_toast->showMessage(done.value(), false, kConfirmationMs);
    emit undone(done.value());
}

void UndoController::clear()
{
    m_undo = nullptr;
    m_text.clear();
    if (m_toast)
        m_toast->dismiss();
    m_action->setText(tr("&Undo"));
    m_action->setEnabled(false);
}

} // namespace sd::ui
