#pragma once

#include <QFlags>
#include <QList>
#include <QString>

class QWidget;

namespace sd::ui {

// Every confirmation and error in the UI goes through here (KeePassXC's seam): tests queue the
// answer with setNextAnswer() so no modal ever blocks them, and can read what the user would have
// seen from lastShown().
class MessageBox
{
public:
    enum Button : unsigned
    {
        NoButton = 0,
        Ok = 1u << 0,
        Cancel = 1u << 1,
        Yes = 1u << 2,
        No = 1u << 3,
        Delete = 1u << 4,
        Remove = 1u << 5,
        Merge = 1u << 6,
        OpenExisting = 1u << 7,
        ChooseAnother = 1u << 8,
        Quit = 1u << 9,
        Reload = 1u << 10,
        Archive = 1u << 11,
    };
    Q_DECLARE_FLAGS(Buttons, Button)

    struct Shown
    {
        QString title;
        QString text;
        Buttons buttons;
        Button answer = NoButton;
    };

    static Button critical(QWidget *parent, const QString &title, const QString &text, Buttons buttons = Ok,
                           Button defaultButton = NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons = Ok,
                          Button defaultButton = NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = Ok, Button defaultButton = NoButton);
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(Yes) | No, Button defaultButton = NoButton);

    // Tests: the next box returns this answer without being shown. Answers queue up in order;
    // with an empty queue the box is really shown (and, in tests, would block: a test defect).
    static void setNextAnswer(Button button);
    static void clearAnswers();
    static int pendingAnswers();
    // What the last boxes said, newest last (kept in tests and in the app alike; a few entries).
    static const QList<Shown> &history();
    static Shown lastShown();

private:
    enum class Icon
    {
        Critical,
        Warning,
        Information,
        Question
    };
    static Button show(Icon icon, QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                       Button defaultButton);
};

} // namespace sd::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(sd::ui::MessageBox::Buttons)
