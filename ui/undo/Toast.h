#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace sd::ui {

// A short, non-modal message at the bottom of a window ("3 candidates deleted — Undo"). It never
// takes the focus; screen readers hear it as an alert; it hides by itself after a while, but not
// while the pointer rests on it, and a close button dismisses it at once.
class Toast : public QFrame
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 8000;

    // `window`: the top-level widget the toast floats over (it follows its size).
    explicit Toast(QWidget *window);

    // With `undoable`, the Undo button shows. Replaces what the toast showed before.
    void showMessage(const QString &text, bool undoable, int timeoutMs = DefaultTimeoutMs);
    void dismiss();

    QLabel *label() const { return m_text; }
    QPushButton *undoButton() const { return m_undo; }
    QTimer *timer() const { return m_timer; }

signals:
    void undoClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void place();

    QLabel *m_text;
    QPushButton *m_undo;
    QToolButton *m_close;
    QTimer *m_timer;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace sd::ui
