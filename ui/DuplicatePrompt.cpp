#include "DuplicatePrompt.h"

#include "MessageBox.h"

namespace sd::ui {

QString DuplicatePrompt::describe(const Candidate &stored, DuplicateReason reason)
{
    QString why;
    switch (reason) {
    case DuplicateReason::Email:
        why = tr("the same email address");
        break;
    case DuplicateReason::LinkedIn:
        why = tr("the same LinkedIn profile");
        break;
    case DuplicateReason::NameAndCompany:
        why = tr("the same name at the same company");
        break;
    }
    QStringList details;
    details << stored.displayName();
    if (!stored.primaryEmail().isEmpty())
        details << stored.primaryEmail();
    if (!stored.title.isEmpty() || !stored.company.isEmpty())
        details << QStringList{stored.title, stored.company}.join(QStringLiteral(" · ")).trimmed();
    if (!stored.linkedinUrl.isEmpty())
        details << stored.linkedinUrl;
    return tr("This person is already in the workspace (%1):").arg(why) + QStringLiteral("\n\n    ") +
           details.join(QStringLiteral("\n    "));
}

DuplicatePrompt::Choice DuplicatePrompt::ask(QWidget *parent, const Candidate &incoming,
                                             const Candidate &stored, DuplicateReason reason)
{
    Q_UNUSED(incoming)
    const QString text =
        describe(stored, reason) + QStringLiteral("\n\n") +
        tr("Merge adds the new details to the existing record without overwriting anything stored. "
           "Skip keeps the existing record as it is and opens it.");
    const auto answer = MessageBox::question(
        parent, tr("Possible duplicate"), text,
        MessageBox::Merge | MessageBox::OpenExisting | MessageBox::Cancel, MessageBox::Merge);
    switch (answer) {
    case MessageBox::Merge:
        return Choice::Merge;
    case MessageBox::OpenExisting:
        return Choice::OpenExisting;
    default:
        return Choice::Cancel;
    }
}

} // namespace sd::ui
