#include "NewCandidateDialog.h"

#include "Theme.h"
#include "Actor.h"
#include "CandidateForm.h"
#include "CandidateRepository.h"
#include "DuplicatePrompt.h"
#include "Named.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

NewCandidateDialog::NewCandidateDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_form(new CandidateForm(this))
    , m_error(named(new QLabel(this), QStringLiteral("newCandidateError"), tr("Problem")))
{
    named(this, QStringLiteral("newCandidateDialog"), tr("New candidate"));
    setWindowTitle(tr("New candidate"));
    theme::setTone(m_error, theme::Tone::Problem);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this),
                          QStringLiteral("newCandidateButtons"), tr("Dialog buttons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newCandidateOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add candidate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 520);
}

void NewCandidateDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void NewCandidateDialog::accept()
{
    Candidate c = CandidateRepository::sanitized(m_form->candidate());
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && c.emails.isEmpty() && c.linkedinUrl.isEmpty())
        return fail(tr("Enter at least a name, an email address or a LinkedIn profile."));

    CandidateRepository repo(m_workspace);
    auto duplicate = repo.findDuplicate(c);
    if (!duplicate.ok())
        return fail(tr("Could not check for duplicates: %1").arg(duplicate.error().toString()));
    if (duplicate->has_value()) {
        const DuplicateMatch match = duplicate->value();
        auto stored = repo.get(match.candidateId);
        if (!stored.ok())
            return fail(tr("Could not read the matching candidate: %1").arg(stored.error().toString()));
        switch (DuplicatePrompt::ask(this, c, stored.value(), match.reason)) {
        case DuplicatePrompt::Choice::Cancel:
            return; // back to the form, nothing stored
        case DuplicatePrompt::Choice::OpenExisting:
            emit openExisting(match.candidateId);
            return QDialog::reject();
        case DuplicatePrompt::Choice::Merge: {
            Candidate mergedRecord = CandidateRepository::merged(stored.value(), c);
            if (auto err = repo.update(mergedRecord, currentActor()))
                return fail(tr("The records could not be merged: %1").arg(err->toString()));
            emit merged(mergedRecord.id);
            return QDialog::accept();
        }
        }
    }
    if (auto err = repo.insert(c, currentActor()))
        return fail(tr("The candidate could not be saved: %1").arg(err->toString()));
    emit created(c.id);
    QDialog::accept();
}

} // namespace sd::ui
