#include "MessageBox.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>

namespace sd::ui {

namespace {

QList<MessageBox::Button> &answerQueue()
{
    static QList<MessageBox::Button> queue;
    return queue;
}

QList<MessageBox::Shown> &shownList()
{
    static QList<MessageBox::Shown> list;
    return list;
}

struct ButtonSpec
{
    MessageBox::Button button;
    QMessageBox::StandardButton standard; // NoButton: a custom button with its own text and role
    QMessageBox::ButtonRole role;
};

QString customText(MessageBox::Button button)
{
    switch (button) {
    case MessageBox::Delete:
        return QCoreApplication::translate("sd::ui::MessageBox", "Delete");
    case MessageBox::Remove:
        return QCoreApplication::translate("sd::ui::MessageBox", "Remove");
    case MessageBox::Merge:
        return QCoreApplication::translate("sd::ui::MessageBox", "Merge");
    case MessageBox::OpenExisting:
        return QCoreApplication::translate("sd::ui::MessageBox", "Skip and open existing");
    case MessageBox::ChooseAnother:
        return QCoreApplication::translate("sd::ui::MessageBox", "Choose another file…");
    case MessageBox::Quit:
        return QCoreApplication::translate("sd::ui::MessageBox", "Quit");
    case MessageBox::Reload:
        return QCoreApplication::translate("sd::ui::MessageBox", "Reload");
    case MessageBox::Archive:
        return QCoreApplication::translate("sd::ui::MessageBox", "Archive");
    default:
        return {};
    }
}

const QList<ButtonSpec> &specs()
{
    static const QList<ButtonSpec> list = {
        {MessageBox::Ok, QMessageBox::Ok, QMessageBox::AcceptRole},
        {MessageBox::Yes, QMessageBox::Yes, QMessageBox::YesRole},
        {MessageBox::No, QMessageBox::No, QMessageBox::NoRole},
        {MessageBox::Delete, QMessageBox::NoButton, QMessageBox::DestructiveRole},
        {MessageBox::Remove, QMessageBox::NoButton, QMessageBox::DestructiveRole},
        {MessageBox::Archive, QMessageBox::NoButton, QMessageBox::AcceptRole},
        {MessageBox::Merge, QMessageBox::NoButton, QMessageBox::AcceptRole},
        {MessageBox::OpenExisting, QMessageBox::NoButton, QMessageBox::ActionRole},
        {MessageBox::ChooseAnother, QMessageBox::NoButton, QMessageBox::AcceptRole},
        {MessageBox::Reload, QMessageBox::NoButton, QMessageBox::AcceptRole},
        {MessageBox::Quit, QMessageBox::NoButton, QMessageBox::RejectRole},
        {MessageBox::Cancel, QMessageBox::Cancel, QMessageBox::RejectRole},
    };
    return list;
}

void remember(const MessageBox::Shown &shown)
{
    auto &list = shownList();
    list.append(shown);
    while (list.size() > 20)
        list.removeFirst();
}

} // namespace

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(Icon::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return show(Icon::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                                           Buttons buttons, Button defaultButton)
{
    return show(Icon::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(Icon::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button button)
{
    answerQueue().append(button);
}

void MessageBox::clearAnswers()
{
    answerQueue().clear();
}

int MessageBox::pendingAnswers()
{
    return int(answerQueue().size());
}

const QList<MessageBox::Shown> &MessageBox::history()
{
    return shownList();
}

MessageBox::Shown MessageBox::lastShown()
{
    return shownList().isEmpty() ? Shown{} : shownList().constLast();
}

MessageBox::Button MessageBox::show(Icon icon, QWidget *parent, const QString &title, const QString &text,
                                    Buttons buttons, Button defaultButton)
{
    Shown shown{title, text, buttons, NoButton};
    if (!answerQueue().isEmpty()) {
        shown.answer = answerQueue().takeFirst();
        remember(shown);
        return shown.answer;
    }

    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setWindowTitle(title);
    box.setAccessibleName(title);
    box.setText(text);
    switch (icon) {
    case Icon::Critical:
        box.setIcon(QMessageBox::Critical);
        break;
    case Icon::Warning:
        box.setIcon(QMessageBox::Warning);
        break;
    case Icon::Information:
        box.setIcon(QMessageBox::Information);
        break;
    case Icon::Question:
        box.setIcon(QMessageBox::Question);
        break;
    }
    QMap<QAbstractButton *, Button> map;
    for (const ButtonSpec &spec : specs()) {
        if (!buttons.testFlag(spec.button))
            continue;
        QAbstractButton *b =
            spec.standard != QMessageBox::NoButton
                ? static_cast<QAbstractButton *>(box.addButton(spec.standard))
                : static_cast<QAbstractButton *>(box.addButton(customText(spec.button), spec.role));
        map.insert(b, spec.button);
        if (spec.button == defaultButton)
            box.setDefaultButton(qobject_cast<QPushButton *>(b));
        if (spec.role == QMessageBox::RejectRole)
            box.setEscapeButton(b);
    }
    // A modal message box is the one sanctioned nested loop: the seam above keeps tests out of it.
    box.exec();
    shown.answer = map.value(box.clickedButton(), buttons.testFlag(Cancel) ? Cancel : NoButton);
    remember(shown);
    return shown.answer;
}

} // namespace sd::ui
