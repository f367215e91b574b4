#include "CandidateProfileDialog.h"

#include "ActivityRepository.h"
#include "Actor.h"
#include "CampaignPickerDialog.h"
#include "CampaignRepository.h"
#include "CandidateForm.h"
#include "CandidateSyncPanel.h"
#include "CandidateRepository.h"
#include "ChangeNotifier.h"
#include "Labels.h"
#include "LogActivityDialog.h"
#include "MessageBox.h"
#include "Named.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

QString when(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) : QString();
}

QTreeWidget *makeTree(QWidget *parent, const QString &objectName, const QString &accessible,
                      const QStringList &headers)
{
    auto *tree = named(new QTreeWidget(parent), objectName, accessible);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

CandidateProfileDialog::CandidateProfileDialog(const Workspace &workspace, ChangeNotifier *notifier,
                                               qint64 candidateId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_notifier(notifier)
    , m_header(named(new QLabel(this), QStringLiteral("profileHeader"), tr("Candidate")))
    , m_form(new CandidateForm(this))
    , m_tabs(named(new QTabWidget(this), QStringLiteral("profileTabs"), tr("Profile sections")))
    , m_timeline(makeTree(this, QStringLiteral("activityTimeline"), tr("Activity timeline"),
                          {tr("When"), tr("Activity"), tr("Campaign"), tr("Subject"), tr("By")}))
    , m_memberships(makeTree(this, QStringLiteral("candidateCampaigns"), tr("Campaigns"),
                             {tr("Campaign"), tr("Status"), tr("Since")}))
    , m_changes(makeTree(this, QStringLiteral("changeLog"), tr("Change log"),
                         {tr("When"), tr("Field"), tr("Before"), tr("After"), tr("By")}))
{
    named(this, QStringLiteral("candidateProfile"), tr("Candidate profile"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    m_candidate.id = candidateId;
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs->addTab(m_form, tr("Profile"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_memberships, tr("Campaigns"));
    m_tabs->addTab(m_changes, tr("Change log"));
    if (SyncHub *hub = SyncHub::find(m_notifier)) {
        m_syncPanel = new CandidateSyncPanel(workspace, hub, this);
        m_tabs->addTab(m_syncPanel, tr("S&martRecruiters"));
    }

    auto *buttons = named(new QDialogButtonBox(QDialogButtonBox::Close, this),
                          QStringLiteral("profileButtons"), tr("Profile actions"));
    m_save = named(buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole),
                   QStringLiteral("profileSave"), tr("Save changes"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_save->setEnabled(false);
    auto *log = named(buttons->addButton(tr("&Log activity…"), QDialogButtonBox::ActionRole),
                      QStringLiteral("profileLogActivity"), tr("Log activity"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    auto *add = named(buttons->addButton(tr("Add to &campaign…"), QDialogButtonBox::ActionRole),
                      QStringLiteral("profileAddToCampaign"), tr("Add to campaign"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("profileClose"));
    connect(m_save, &QPushButton::clicked, this, &CandidateProfileDialog::save);
    connect(log, &QPushButton::clicked, this, &CandidateProfileDialog::logActivity);
    connect(add, &QPushButton::clicked, this, &CandidateProfileDialog::addToCampaign);
    connect(buttons, &QDialogButtonBox::rejected, this, &CandidateProfileDialog::reject);
    connect(m_form, &CandidateForm::edited, this, [this] { m_save->setEnabled(true); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(720, 600);

    if (m_notifier) {
        connect(m_notifier, &ChangeNotifier::membersChanged, this, [this] {
            loadMemberships();
            loadTimeline();
        });
    }
    reload();
}

CandidateProfileDialog *CandidateProfileDialog::showProfile(const Workspace &workspace,
                                                            ChangeNotifier *notifier, qint64 candidateId,
                                                            QWidget *parent)
{
    if (candidateId <= 0)
        return nullptr;
    const QWidget *owner = parent ? parent->window() : nullptr;
    if (owner) {
        const auto open = owner->findChildren<CandidateProfileDialog *>();
        for (CandidateProfileDialog *dialog : open) {
            if (dialog->candidateId() == candidateId) {
                dialog->raise();
                dialog->activateWindow();
                return dialog;
            }
        }
    }
    auto *dialog =
        new CandidateProfileDialog(workspace, notifier, candidateId, parent ? parent->window() : nullptr);
    dialog->show();
    return dialog;
}

void CandidateProfileDialog::reload()
{
    auto loaded = CandidateRepository(m_workspace).get(m_candidate.id);
    if (!loaded.ok()) {
        MessageBox::warning(this, tr("Candidate profile"),
                            tr("This candidate could not be loaded; it may have been deleted.\n\n%1")
                                .arg(loaded.error().toString()));
        m_form->setEnabled(false);
        return;
    }
    m_candidate = std::move(loaded).value();
    m_form->setCandidate(m_candidate);
    m_save->setEnabled(false);
    updateTitle();
    loadTimeline();
    loadMemberships();
    loadChangeLog();
    if (m_syncPanel)
        m_syncPanel->setCandidate(m_candidate.id, m_candidate.displayName());
}

void CandidateProfileDialog::updateTitle()
{
    const QString name = m_candidate.displayName();
    setWindowTitle(tr("%1 — Candidate").arg(name));
    QStringList sub;
    if (!m_candidate.title.isEmpty())
        sub << m_candidate.title;
    if (!m_candidate.company.isEmpty())
        sub << m_candidate.company;
    m_header->setText(sub.isEmpty() ? name : name + QStringLiteral(" — ") + sub.join(QStringLiteral(", ")));
    m_header->setAccessibleName(m_header->text());
}

bool CandidateProfileDialog::save()
{
    Candidate edited = CandidateRepository::sanitized(m_form->candidate());
    CandidateRepository repo(m_workspace);
    auto duplicate = repo.findDuplicate(edited, edited.id);
    if (duplicate.ok() && duplicate->has_value()) {
        auto other = repo.get(duplicate->value().candidateId);
        MessageBox::warning(
            this, tr("Possible duplicate"),
            tr("These details match another candidate: %1. Change the email, LinkedIn profile or "
               "name and company, or delete one of the two records.")
                .arg(other.ok() ? other->displayName() : tr("(unknown)")));
        return false;
    }
    if (auto err = repo.update(edited, currentActor())) {
        if (err->code == Error::Code::Conflict) {
            const auto answer = MessageBox::warning(
                this, tr("Changed elsewhere"),
                tr("Someone else changed this candidate while you were editing (another window, an import or "
                   "the "
                   "command line). Your edits were not saved.\n\nReload shows the current version; then make "
                   "your "
                   "change again. Cancel keeps your edits on screen so you can copy them."),
                MessageBox::Reload | MessageBox::Cancel, MessageBox::Reload);
            if (answer == MessageBox::Reload)
                reload();
        } else {
            MessageBox::critical(this, tr("Save candidate"),
                                 tr("The changes could not be saved: %1").arg(err->toString()));
        }
        return false;
    }
    m_candidate = edited;
    m_form->setCandidate(m_candidate);
    m_save->setEnabled(false);
    updateTitle();
    loadChangeLog();
    if (m_notifier)
        emit m_notifier->candidatesChanged();
    return true;
}

void CandidateProfileDialog::loadTimeline()
{
    m_timeline->clear();
    QHash<qint64, QString> campaignNames;
    if (auto memberships = CampaignRepository(m_workspace).membershipsOf(m_candidate.id); memberships.ok()) {
        for (const MembershipInfo &m : memberships.value())
            campaignNames.insert(m.campaignId, m.campaignName);
    }
    auto activities = ActivityRepository(m_workspace).forCandidate(m_candidate.id);
    if (!activities.ok())
        return;
    for (const Activity &a : activities.value()) {
        auto *item = new QTreeWidgetItem(
            m_timeline, {when(a.occurredAt), label(a.kind),
                         a.campaignId ? campaignNames.value(a.campaignId) : QString(), a.subject, a.author});
        item->setToolTip(3, a.body.isEmpty() ? a.subject : a.body);
    }
    m_tabs->setTabText(1, tr("Timeline (%1)").arg(activities->size()));
}

void CandidateProfileDialog::loadMemberships()
{
    m_memberships->clear();
    auto memberships = CampaignRepository(m_workspace).membershipsOf(m_candidate.id);
    if (!memberships.ok())
        return;
    for (const MembershipInfo &m : memberships.value())
        new QTreeWidgetItem(m_memberships, {m.campaignName, label(m.status), when(m.statusChangedAt)});
    m_tabs->setTabText(2, tr("Campaigns (%1)").arg(memberships->size()));
}

void CandidateProfileDialog::loadChangeLog()
{
    m_changes->clear();
    auto changes = CandidateRepository(m_workspace).fieldChanges(m_candidate.id);
    if (!changes.ok())
        return;
    for (const FieldChange &c : changes.value())
        new QTreeWidgetItem(m_changes, {when(c.changedAt), c.field, c.oldValue, c.newValue, c.changedBy});
}

void CandidateProfileDialog::logActivity()
{
    auto *dialog = new LogActivityDialog(m_workspace, {m_candidate.id}, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LogActivityDialog::logged, this, [this](qint64 campaignId) {
        loadTimeline();
        loadMemberships();
        if (m_notifier)
            emit m_notifier->membersChanged(campaignId);
    });
    dialog->open();
}

void CandidateProfileDialog::addToCampaign()
{
    auto *dialog = new CampaignPickerDialog(
        m_workspace, tr("Add %1 to which campaign?").arg(m_candidate.displayName()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CampaignPickerDialog::campaignChosen, this, [this](qint64 campaignId) {
        auto added = CampaignRepository(m_workspace).addMembers(campaignId, {m_candidate.id}, currentActor());
        if (!added.ok()) {
            MessageBox::critical(this, tr("Add to campaign"),
                                 tr("The candidate could not be added: %1").arg(added.error().toString()));
            return;
        }
        loadMemberships();
        if (m_notifier) {
            emit m_notifier->membersChanged(campaignId);
            emit m_notifier->campaignsChanged();
        }
    });
    dialog->open();
}

void CandidateProfileDialog::reject()
{
    if (m_form->isModified()) {
        const auto answer =
            MessageBox::question(this, tr("Unsaved changes"),
                                 tr("Save the changes to %1 before closing?").arg(m_candidate.displayName()),
                                 MessageBox::Yes | MessageBox::No | MessageBox::Cancel, MessageBox::Yes);
        if (answer == MessageBox::Cancel)
            return;
        if (answer == MessageBox::Yes && !save())
            return;
    }
    QDialog::reject();
}

} // namespace sd::ui
