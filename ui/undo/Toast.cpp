#include "Toast.h"

#include "Named.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace sd::ui {

namespace {
constexpr int kMargin = 16; // from the window's bottom edge
} // namespace

Toast::Toast(QWidget *window)
    : QFrame(window)
    , m_text(named(new QLabel(this), QStringLiteral("undoToastText"), tr("Message")))
    , m_undo(named(new QPushButton(tr("Undo"), this), QStringLiteral("undoToastButton"), tr("Undo")))
    , m_close(named(new QToolButton(this), QStringLiteral("undoToastClose"), tr("Dismiss the message")))
    , m_timer(new QTimer(this))
{
    named(this, QStringLiteral("undoToast"), tr("Notification"));
    // The tooltip colours: a contrasting surface in every theme, light, dark or high contrast.
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setTextFormat(Qt::PlainText);
    m_undo->setToolTip(
        tr("Undo (%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_undo->setAutoDefault(false);
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_close);

    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Toast::dismiss);
    connect(m_undo, &QPushButton::clicked, this, &Toast::undoClicked);
    connect(m_close, &QToolButton::clicked, this, &Toast::dismiss);
    window->installEventFilter(this);
    hide();
}

void Toast::showMessage(const QString &text, bool undoable, int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setAccessibleDescription(text);
    m_undo->setVisible(undoable);
    m_undo->setAccessibleName(tr("Undo: %1").arg(text));
    place();
    show();
    raise();
    m_timer->start(m_timeoutMs);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void Toast::dismiss()
{
    m_timer->stop();
    hide();
}

void Toast::place()
{
    QWidget *window = parentWidget();
    if (!window)
        return;
    adjustSize();
    const int width = qMin(qMax(sizeHint().width(), 320), qMax(window->width() - 2 * kMargin, 120));
    resize(width, sizeHint().height());
    // Above the status bar, which says things of its own.
    int bottom = window->height() - kMargin;
    if (const auto *bar = window->findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly);
        bar && bar->isVisible())
        bottom -= bar->height();
    move((window->width() - width) / 2, bottom - height());
}

bool Toast::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

// The message stays while the pointer is on it (time to read it and reach the button).
void Toast::enterEvent(QEnterEvent *event)
{
    m_timer->stop();
    QFrame::enterEvent(event);
}

void Toast::leaveEvent(QEvent *event)
{
    if (isVisible())
        m_timer->start(m_timeoutMs);
    QFrame::leaveEvent(event);
}

} // namespace sd::ui
