#include "EnrollDialog.h"

#include "CandidateRepository.h"
#include "Enroller.h"
#include "MessageBox.h"
#include "Named.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

QString EnrollDialog::warningText(const ContactWarning &w)
{
    using K = ContactWarning::Kind;
    switch (w.kind) {
    case K::DoNotContact:
        return tr("On the do-not-contact list (%1): can't be enrolled").arg(w.detail);
    case K::TeammateCampaign:
        return tr("In a teammate's campaign: %1").arg(w.detail);
    case K::OwnCampaign:
        return tr("Already in another of your campaigns: %1").arg(w.detail);
    case K::ContactedRecently: {
        const QString date = w.when.isValid()
                                 ? QLocale().toString(w.when.toLocalTime().date(), QLocale::ShortFormat)
                                 : QString();
        return w.detail.isEmpty() ? tr("Contacted on %1").arg(date)
                                  : tr("Contacted on %1 (%2)").arg(date, w.detail);
    }
    case K::ActiveApplication:
        return tr("Active SmartRecruiters application: %1").arg(w.detail);
    case K::NoEmail:
        return tr("No email address");
    }
    return w.detail;
}

EnrollDialog::EnrollDialog(const Workspace &workspace, qint64 campaignId, const QList<qint64> &candidateIds,
                           QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_campaignId(campaignId)
    , m_ids(candidateIds)
    , m_intro(named(new QLabel(this), QStringLiteral("enrollIntro"), tr("Before enrolling")))
    , m_tree(named(new QTreeWidget(this), QStringLiteral("enrollWarnings"), tr("Warnings per person")))
    , m_summary(named(new QLabel(this), QStringLiteral("enrollSummary"), tr("Enrolment result")))
    , m_anyway(named(new QPushButton(tr("Enroll &anyway"), this), QStringLiteral("enrollAnywayButton"),
                     tr("Enroll anyway")))
    , m_clean(named(new QPushButton(tr("Enroll only those &without warnings"), this),
                    QStringLiteral("enrollWithoutWarningsButton"), tr("Enroll only those without warnings")))
    , m_buttons(named(new QDialogButtonBox(this), QStringLiteral("enrollButtons"), tr("Dialog buttons")))
{
    named(this, QStringLiteral("enrollDialog"), tr("Enroll in sequence"));
    setWindowTitle(tr("Enroll in sequence"));
    m_intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->hide();
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->hide();
    m_buttons->addButton(m_anyway, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(m_clean, QDialogButtonBox::ActionRole);
    m_buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("enrollCancelButton"));
    m_anyway->hide();
    m_clean->hide();
    connect(m_anyway, &QPushButton::clicked, this, &EnrollDialog::enrollAnyway);
    connect(m_clean, &QPushButton::clicked, this, &EnrollDialog::enrollWithoutWarnings);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(560, 380);
}

bool EnrollDialog::start()
{
    bool needs = false;
    if (!run(m_ids, false, &needs))
        return false;
    if (!needs)
        showResult(0);
    return true;
}

bool EnrollDialog::run(const QList<qint64> &ids, bool confirmed, bool *needsConfirmation)
{
    auto out = outreach::enroll(m_workspace, m_campaignId, ids, confirmed, RecentDays,
                                QDateTime::currentDateTimeUtc());
    if (!out.ok()) {
        MessageBox::critical(this, tr("Enroll in sequence"),
                             tr("Nobody was enrolled: %1").arg(out.error().toString()));
        return false;
    }
    m_warnings = out->warnings;
    m_refusedIds = out->refused;
    *needsConfirmation = out->needsConfirmation;
    showWarnings(m_warnings, m_refusedIds);
    if (!out->needsConfirmation) {
        m_enrolled = out->enrolled;
        m_refused = int(out->refused.size());
        if (m_enrolled > 0)
            emit enrolled(m_campaignId, m_enrolled);
    } else {
        m_intro->setText(tr("Some of the %n selected people need a second look before they get outreach:",
                            nullptr, int(m_ids.size())));
        m_anyway->show();
        m_clean->show();
        m_anyway->setDefault(true);
    }
    return true;
}

void EnrollDialog::enrollAnyway()
{
    bool needs = false;
    if (run(m_ids, true, &needs))
        showResult(0);
}

void EnrollDialog::enrollWithoutWarnings()
{
    QSet<qint64> warned;
    for (const ContactWarning &w : std::as_const(m_warnings))
        warned.insert(w.candidateId);
    QList<qint64> clean;
    for (qint64 id : std::as_const(m_ids))
        if (!warned.contains(id))
            clean << id;
    const QList<qint64> refusedBefore = m_refusedIds;
    const QList<ContactWarning> warningsBefore = m_warnings;
    int enrolledNow = 0;
    if (!clean.isEmpty()) {
        bool needs = false;
        if (!run(clean, true, &needs))
            return;
        enrolledNow = m_enrolled;
    }
    // The people left out keep their warnings on screen; the refused ones count as refused.
    m_warnings = warningsBefore;
    m_refusedIds = refusedBefore;
    showWarnings(m_warnings, m_refusedIds);
    m_enrolled = enrolledNow;
    m_refused = int(refusedBefore.size());
    showResult(int(warned.size()) - m_refused);
}

void EnrollDialog::showWarnings(const QList<ContactWarning> &warnings, const QList<qint64> &refused)
{
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem *> people;
    for (const ContactWarning &w : warnings) {
        QTreeWidgetItem *person = people.value(w.candidateId);
        if (!person) {
            person = new QTreeWidgetItem(m_tree, {nameOf(w.candidateId)});
            person->setData(0, Qt::UserRole, w.candidateId);
            QFont bold = person->font(0);
            bold.setBold(true);
            person->setFont(0, bold);
            people.insert(w.candidateId, person);
        }
        auto *line = new QTreeWidgetItem(person, {warningText(w)});
        line->setData(0, Qt::UserRole, static_cast<int>(w.kind));
    }
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        if (refused.contains(it.key()))
            it.value()->setText(0, tr("%1 — won't be enrolled").arg(it.value()->text(0)));
        it.value()->setData(0, Qt::AccessibleTextRole, it.value()->text(0));
    }
    m_tree->expandAll();
    m_tree->setVisible(!warnings.isEmpty());
}

void EnrollDialog::showResult(int skipped)
{
    QString text = tr("Enrolled %1; %2 refused.").arg(m_enrolled).arg(m_refused);
    if (skipped > 0)
        text += u' ' + tr("%n left out because of warnings.", nullptr, skipped);
    m_summary->setText(text);
    m_summary->setAccessibleDescription(text);
    m_summary->show();
    m_intro->setText(m_warnings.isEmpty() ? tr("Done.") : tr("Warnings for the selected people:"));
    m_anyway->hide();
    m_clean->hide();
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel)) {
        m_buttons->removeButton(cancel);
        cancel->deleteLater();
    }
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    if (!close) {
        close = m_buttons->addButton(QDialogButtonBox::Close);
        named(close, QStringLiteral("enrollCloseButton"), tr("Close"));
    }
    close->setDefault(true);
    close->setFocus();
}

QString EnrollDialog::nameOf(qint64 candidateId) const
{
    auto it = m_names.constFind(candidateId);
    if (it != m_names.cend())
        return *it;
    auto c = CandidateRepository(m_workspace).get(candidateId);
    const QString name = c.ok() ? c->displayName() : tr("Candidate %1").arg(candidateId);
    m_names.insert(candidateId, name);
    return name;
}

} // namespace sd::ui
