#include "RemoteSearchView.h"

#include "CampaignPickerDialog.h"
#include "ChangeNotifier.h"
#include "Jobs.h"
#include "MessageBox.h"
#include "Named.h"
#include "SettingsStore.h"
#include "SyncLabels.h"
#include "SyncSettings.h"
#include "Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

constexpr int kMaxJobs = 300;
const QDate kAnyDate(2000, 1, 1);

QString statusLabel(const QString &status)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("LEAD"), QT_TRANSLATE_NOOP("sd::ui::RemoteSearchView", "Lead")},
        {QStringLiteral("NEW"), QT_TRANSLATE_NOOP("sd::ui::RemoteSearchView", "New")},
        {QStringLiteral("IN_REVIEW"), QT_TRANSLATE_NOOP("sd::ui::RemoteSearchView", "In review")},
        {QStringLiteral("INTERVIEW"), QT_TRANSLATE_NOOP("sd::ui::RemoteSearchView", "Interview")},
        {QStringLiteral("OFFERED"), QT_TRANSLATE_NOOP("sd::ui::RemoteSearchView", "Offered")},
        {QStringLiteral("HIRED"), QT_TRANSLATE_NOOP("sd::ui::RemoteSearchView", "Hired")},
        {QStringLiteral("REJECTED"), QT_TRANSLATE_NOOP("sd::ui::RemoteSearchView", "Rejected")},
        {QStringLiteral("WITHDRAWN"), QT_TRANSLATE_NOOP("sd::ui::RemoteSearchView", "Withdrawn")},
        {QStringLiteral("TRANSFERRED"), QT_TRANSLATE_NOOP("sd::ui::RemoteSearchView", "Transferred")}};
    const char *text = labels.value(status);
    return text ? QCoreApplication::translate("sd::ui::RemoteSearchView", text) : status;
}

} // namespace

RemoteSearchView::RemoteSearchView(SyncHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_form(new QFormLayout)
    , m_text(named(new QLineEdit(this), QStringLiteral("remoteSearchText"), tr("Search SmartRecruiters for")))
    , m_note(named(new QLabel(this), QStringLiteral("remoteSearchNote"), tr("About the filters")))
    , m_search(named(new QPushButton(tr("&Search"), this), QStringLiteral("remoteSearchGo"), tr("Search SmartRecruiters")))
    , m_statusLabel(named(new QLabel(this), QStringLiteral("remoteSearchStatus"), tr("Search status")))
    , m_results(named(new QTreeWidget(this), QStringLiteral("remoteSearchResults"), tr("SmartRecruiters candidates found")))
    , m_more(named(new QPushButton(tr("&More results"), this), QStringLiteral("remoteSearchMore"), tr("Load more results")))
    , m_view(named(new QPushButton(tr("&View in SmartRecruiters"), this), QStringLiteral("remoteSearchView"),
                   tr("View the selected candidate in SmartRecruiters")))
    , m_add(named(new QPushButton(tr("Add to &campaign…"), this), QStringLiteral("remoteSearchAdd"),
                  tr("Add the selected candidate to a campaign")))
    , m_viewAction(namedAction(new QAction(tr("View in SmartRecruiters"), this), QStringLiteral("remoteSearchViewAction")))
    , m_addAction(namedAction(new QAction(tr("Add to campaign…"), this), QStringLiteral("remoteSearchAddAction")))
{
    named(this, QStringLiteral("remoteSearchView"), tr("Search SmartRecruiters"));
    m_text->setPlaceholderText(tr("Name or email"));
    m_text->setClearButtonEnabled(true);
    m_note->setWordWrap(true);
    m_statusLabel->setWordWrap(true);
    m_results->setHeaderLabels({tr("Name"), tr("Email"), tr("Job"), tr("Status"), tr("Tags")});
    m_results->setRootIsDecorated(false);
    m_results->setAlternatingRowColors(true);
    m_results->header()->resizeSection(0, 180);
    m_results->header()->resizeSection(1, 220);
    m_results->header()->resizeSection(2, 200);
    m_results->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_viewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    for (QAction *a : {m_viewAction, m_addAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_results->addAction(a);
    }
    m_view->setToolTip(tr("Open the profile in the browser (%1)").arg(m_viewAction->shortcut().toString(QKeySequence::NativeText)));
    m_add->setToolTip(tr("Add to a campaign, linked to this SmartRecruiters candidate (%1)")
                          .arg(m_addAction->shortcut().toString(QKeySequence::NativeText)));
    m_more->hide();

    connect(m_text, &QLineEdit::returnPressed, this, &RemoteSearchView::search);
    connect(m_search, &QPushButton::clicked, this, &RemoteSearchView::search);
    connect(m_more, &QPushButton::clicked, this, &RemoteSearchView::loadMore);
    connect(m_view, &QPushButton::clicked, this, &RemoteSearchView::viewSelected);
    connect(m_viewAction, &QAction::triggered, this, &RemoteSearchView::viewSelected);
    connect(m_add, &QPushButton::clicked, this, &RemoteSearchView::addSelectedToCampaign);
    connect(m_addAction, &QAction::triggered, this, &RemoteSearchView::addSelectedToCampaign);
    connect(m_results, &QTreeWidget::itemSelectionChanged, this, &RemoteSearchView::updateActions);
    connect(m_results, &QTreeWidget::itemActivated, this, &RemoteSearchView::viewSelected);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_text, 1);
    searchRow->addWidget(m_search);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_view);
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(m_form);
    layout->addWidget(m_note);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);
    reloadFilters();
    updateActions();
}

void RemoteSearchView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_filtersBuilt)
        reloadFilters();
}

QString RemoteSearchView::statusText() const
{
    return m_statusLabel->text();
}

void RemoteSearchView::reloadFilters()
{
    if (!m_hub)
        return;
    m_filtersBuilt = true;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0); // deletes the widgets
    m_job = nullptr;
    m_statusFilter = nullptr;
    m_tags = nullptr;
    m_updatedAfter = nullptr;
    if (m_jobPager)
        m_jobPager->cancel();
    m_jobPager = nullptr;
    m_pendingStatuses.clear();

    const Result<sync::ResolvedSettings> resolved = sync::SettingsStore(*m_hub->workspace()).resolve(m_hub->actor());
    const sync::ResolvedSettings settings = resolved.ok() ? resolved.value() : sync::ResolvedSettings();
    m_fields = sync::searchFilterFields(settings);
    const QString listKey = QString::fromLatin1(sync::key::FilterableFields);
    for (const QString &field : std::as_const(m_fields)) {
        const QString label = SyncLabels::listItemLabel(listKey, field);
        if (field == QLatin1String("job")) {
            m_job = named(new QComboBox(this), QStringLiteral("remoteSearchJob"), tr("Job"));
            m_job->addItem(tr("Any job"), QString());
            m_form->addRow(tr("&Job:"), m_job);
            m_pendingStatuses = settings.list(QString::fromLatin1(sync::key::JobStatuses));
            loadNextJobStatus();
        } else if (field == QLatin1String("status")) {
            m_statusFilter = named(new QComboBox(this), QStringLiteral("remoteSearchStatusFilter"), tr("Status"));
            m_statusFilter->addItem(tr("Any status"), QString());
            for (const QString &s : sync::remoteCandidateStatuses())
                m_statusFilter->addItem(statusLabel(s), s);
            m_form->addRow(tr("S&tatus:"), m_statusFilter);
        } else if (field == QLatin1String("tags")) {
            m_tags = named(new QLineEdit(this), QStringLiteral("remoteSearchTags"), tr("Tags"));
            m_tags->setPlaceholderText(tr("Comma-separated; any of them"));
            connect(m_tags, &QLineEdit::returnPressed, this, &RemoteSearchView::search);
            m_form->addRow(tr("T&ags:"), m_tags);
        } else if (field == QLatin1String("updatedAfter")) {
            m_updatedAfter = named(new QDateEdit(this), QStringLiteral("remoteSearchUpdatedAfter"), tr("Updated after"));
            m_updatedAfter->setCalendarPopup(true);
            m_updatedAfter->setMinimumDate(kAnyDate);
            m_updatedAfter->setSpecialValueText(tr("Any time"));
            m_updatedAfter->setDate(kAnyDate);
            m_form->addRow(label + QLatin1Char(':'), m_updatedAfter);
        }
    }
    const QStringList other = sync::unsearchableFields(settings);
    QStringList otherLabels;
    for (const QString &field : other)
        otherLabels << SyncLabels::listItemLabel(listKey, field);
    m_note->setText(other.isEmpty() ? QString()
                                    : tr("SmartRecruiters' search cannot filter on: %1.").arg(otherLabels.join(QStringLiteral(", "))));
    m_note->setVisible(!other.isEmpty());
}

void RemoteSearchView::loadNextJobStatus()
{
    sr::ApiClient *client = m_hub ? m_hub->client() : nullptr;
    if (!m_job || !client || m_pendingStatuses.isEmpty() || m_job->count() > kMaxJobs) {
        m_pendingStatuses.clear();
        m_jobPager = nullptr;
        return;
    }
    sr::JobQuery query;
    query.status = m_pendingStatuses.takeFirst();
    QPointer<QComboBox> combo = m_job;
    m_jobPager = sr::JobsApi(client).listAll(
        query, this,
        [combo](const sr::JobPage &page) {
            if (!combo)
                return false;
            for (const sr::Job &job : page.items)
                combo->addItem(job.title, job.id);
            return combo->count() <= kMaxJobs;
        },
        [this, combo](const sr::ApiError &error) {
            if (!combo || combo != m_job)
                return;
            if (error.isError() && error.kind != sr::ApiError::Kind::Cancelled) {
                m_statusLabel->setText(tr("The jobs could not be read: %1").arg(error.message));
                m_pendingStatuses.clear();
                m_jobPager = nullptr;
                return;
            }
            loadNextJobStatus();
        });
}

sync::SearchFilters RemoteSearchView::currentFilters() const
{
    sync::SearchFilters f;
    f.text = m_text->text();
    if (m_job)
        f.jobId = m_job->currentData().toString();
    if (m_statusFilter && !m_statusFilter->currentData().toString().isEmpty())
        f.statuses = {m_statusFilter->currentData().toString()};
    if (m_tags)
        f.tags = sync::parseTags(m_tags->text());
    if (m_updatedAfter && m_updatedAfter->date() > kAnyDate)
        f.updatedAfter = m_updatedAfter->date().startOfDay();
    return f;
}

void RemoteSearchView::search()
{
    m_results->clear();
    runQuery({});
}

void RemoteSearchView::loadMore()
{
    if (!m_nextPageId.isEmpty())
        runQuery(m_nextPageId);
}

void RemoteSearchView::runQuery(const QString &pageId)
{
    sr::ApiClient *client = m_hub ? m_hub->client() : nullptr;
    if (!client) {
        m_statusLabel->setText(tr("Connect to SmartRecruiters (Settings → Integration) to search it."));
        return;
    }
    // SmartRecruiters runs one search at a time per connection: a new one replaces the last.
    if (m_call)
        m_call->cancel();
    const int generation = ++m_generation;
    m_nextPageId.clear();
    m_more->hide();
    m_statusLabel->setText(tr("Searching SmartRecruiters…"));
    const sr::CandidateQuery query = sync::buildSearchQuery(currentFilters(), m_fields, m_pageSize, pageId);
    m_call = sr::CandidatesApi(client).search(query, this, [this, generation](const sr::Result<sr::CandidatePage> &r) {
        if (generation != m_generation)
            return;
        m_call = nullptr;
        if (!r.ok()) {
            m_statusLabel->setText(tr("The search failed: %1").arg(r.error.message));
            emit searchFinished();
            return;
        }
        for (const sr::Candidate &c : r.value.items) {
            const QString job = c.primaryAssignment ? c.primaryAssignment->jobTitle : QString();
            const QString status = c.primaryAssignment ? statusLabel(c.primaryAssignment->status) : QString();
            auto *item = new QTreeWidgetItem(m_results, {QStringLiteral("%1 %2").arg(c.firstName, c.lastName).trimmed(),
                                                         c.email, job, status, c.tags.join(QStringLiteral(", "))});
            item->setData(0, Qt::UserRole, c.id);
        }
        m_nextPageId = r.value.nextPageId;
        m_more->setVisible(!m_nextPageId.isEmpty());
        const int shown = m_results->topLevelItemCount();
        if (shown == 0)
            m_statusLabel->setText(tr("Nobody in SmartRecruiters matches. Only candidates with an application can be "
                                      "searched; talent-pool-only profiles are not listed."));
        else if (r.value.totalFound >= 0)
            m_statusLabel->setText(tr("%1 of %2 shown.").arg(shown).arg(r.value.totalFound));
        else
            m_statusLabel->setText(tr("%1 shown.").arg(shown));
        if (!m_results->currentItem() && shown > 0)
            m_results->setCurrentItem(m_results->topLevelItem(0));
        updateActions();
        emit searchFinished();
    });
}

QString RemoteSearchView::selectedId() const
{
    const QTreeWidgetItem *item = m_results->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void RemoteSearchView::updateActions()
{
    const bool any = !selectedId().isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_view), static_cast<QWidget *>(m_add)})
        w->setEnabled(any);
    m_viewAction->setEnabled(any);
    m_addAction->setEnabled(any);
}

void RemoteSearchView::viewSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_hub)
        return;
    const QUrl url = m_hub->candidateUrl(id);
    if (!QDesktopServices::openUrl(url))
        MessageBox::information(this, tr("View in SmartRecruiters"),
                                tr("No browser could be opened. The profile is at:\n%1").arg(url.toString()));
}

void RemoteSearchView::addSelectedToCampaign()
{
    if (selectedId().isEmpty() || !m_hub)
        return;
    const QTreeWidgetItem *item = m_results->currentItem();
    auto *dialog = new CampaignPickerDialog(*m_hub->workspace(),
                                            tr("Add %1 to which campaign?").arg(item->text(0)), this);
    dialog->setObjectName(QStringLiteral("remoteSearchCampaignPicker"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CampaignPickerDialog::campaignChosen, this, &RemoteSearchView::addSelectedTo);
    dialog->open();
}

void RemoteSearchView::addSelectedTo(qint64 campaignId)
{
    const QString id = selectedId();
    sr::ApiClient *client = m_hub ? m_hub->client() : nullptr;
    if (id.isEmpty() || !client) {
        m_statusLabel->setText(tr("Connect to SmartRecruiters (Settings → Integration) to add from it."));
        return;
    }
    // The list has no phone or links: read the whole profile first.
    m_statusLabel->setText(tr("Reading the profile from SmartRecruiters…"));
    sr::CandidatesApi(client).get(id, this, [this, campaignId](const sr::Result<sr::Candidate> &r) {
        if (!r.ok() || !m_hub) {
            m_statusLabel->setText(tr("The profile could not be read: %1").arg(r.error.message));
            return;
        }
        const Result<sync::AddedFromRemote> outcome =
            sync::addRemoteToCampaign(*m_hub->workspace(), r.value, campaignId, m_hub->actor());
        if (!outcome.ok()) {
            m_statusLabel->setText(tr("Not added."));
            MessageBox::warning(this, tr("Add to campaign"), outcome.error().toString());
            return;
        }
        const QString name = QStringLiteral("%1 %2").arg(r.value.firstName, r.value.lastName).trimmed();
        m_statusLabel->setText(outcome->alreadyMember ? tr("%1 was already in the campaign.").arg(name)
                               : outcome->existed   ? tr("%1 was already in Sourcedesk: linked and added.").arg(name)
                                                    : tr("%1 added to the campaign.").arg(name));
        if (auto *notifier = qobject_cast<ChangeNotifier *>(m_hub->parent())) {
            emit notifier->candidatesChanged();
            emit notifier->membersChanged(campaignId);
            emit notifier->campaignsChanged();
        }
        emit added(outcome->candidateId);
    });
}

} // namespace sd::ui
