#include "LinkJobDialog.h"

#include "Jobs.h"
#include "Named.h"
#include "SettingsStore.h"
#include "SyncLabels.h"
#include "SyncRules.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

constexpr int kMaxJobs = 2000; // more than anyone scrolls through; the search narrows it down

} // namespace

LinkJobDialog::LinkJobDialog(SyncHub *hub, qint64 campaignId, const QString &currentJobId, QWidget *parent)
    : QDialog(parent)
    , m_hub(hub)
    , m_campaignId(campaignId)
    , m_currentJobId(currentJobId)
    , m_search(named(new QLineEdit(this), QStringLiteral("linkJobSearch"), tr("Search jobs")))
    , m_filterNote(named(new QLabel(this), QStringLiteral("linkJobFilterNote"), tr("Job status filter")))
    , m_status(named(new QLabel(this), QStringLiteral("linkJobStatus"), tr("Loading state")))
    , m_list(named(new QTreeWidget(this), QStringLiteral("linkJobList"), tr("SmartRecruiters jobs")))
    , m_buttons(named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this),
                      QStringLiteral("linkJobButtons"), tr("Link or cancel")))
    , m_searchTimer(new QTimer(this))
{
    named(this, QStringLiteral("linkJobDialog"), tr("Link a SmartRecruiters job"));
    setWindowTitle(tr("Link a SmartRecruiters job"));
    m_search->setPlaceholderText(tr("Search by title or reference"));
    m_search->setClearButtonEnabled(true);
    m_filterNote->setWordWrap(true);
    m_status->setWordWrap(true);
    m_list->setHeaderLabels({tr("Job"), tr("Reference"), tr("Status"), tr("Location")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("linkJobOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &LinkJobDialog::updateOk);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(350);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LinkJobDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_filterNote);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(680, 480);

    // The whitelist as it applies to this campaign (team, my settings, the campaign).
    if (m_hub) {
        Result<sync::ResolvedSettings> settings =
            sync::SettingsStore(*m_hub->workspace()).resolve(m_hub->actor(), m_campaignId);
        m_statuses = (settings.ok() ? settings.value() : sync::ResolvedSettings())
                         .list(QString::fromLatin1(sync::key::JobStatuses));
    }
    QStringList labels;
    for (const QString &s : std::as_const(m_statuses))
        labels << SyncLabels::listItemLabel(QString::fromLatin1(sync::key::JobStatuses), s);
    m_filterNote->setText(
        m_statuses.isEmpty()
            ? tr("No job status is whitelisted, so only the talent pool can be chosen (Settings → "
                 "SmartRecruiters sync → Job information).")
            : tr("Jobs with status %1 (Settings → SmartRecruiters sync → Job information).")
                  .arg(labels.join(QStringLiteral(", "))));
    reload();
}

void LinkJobDialog::reload()
{
    ++m_generation;
    if (m_pager)
        m_pager->cancel();
    m_list->clear();
    m_found = 0;
    m_talentPool = new QTreeWidgetItem(m_list, {tr("Talent pool (no job)")});
    m_talentPool->setData(0, TalentPoolRole, true);
    m_talentPool->setToolTip(0, tr("Candidates go to the company's talent pool without applying to a job."));
    if (m_currentJobId.isEmpty())
        m_list->setCurrentItem(m_talentPool);
    sr::ApiClient *client = m_hub ? m_hub->client() : nullptr;
    if (!client) {
        finishLoading(tr("Connect to SmartRecruiters (Settings → Integration) to list its jobs."));
        return;
    }
    m_pendingStatuses = m_statuses;
    m_loading = true;
    m_status->setText(tr("Reading the jobs from SmartRecruiters…"));
    loadNextStatus(m_generation);
    updateOk();
}

void LinkJobDialog::loadNextStatus(int generation)
{
    sr::ApiClient *client = m_hub ? m_hub->client() : nullptr;
    if (generation != m_generation)
        return;
    if (m_pendingStatuses.isEmpty() || !client || m_found >= kMaxJobs) {
        finishLoading(QString());
        return;
    }
    // One status at a time: SmartRecruiters filters by status, so other jobs are never read.
    sr::JobQuery query;
    query.q = m_search->text().trimmed();
    query.status = m_pendingStatuses.takeFirst();
    m_pager = sr::JobsApi(client).listAll(
        query, this,
        [this, generation](const sr::JobPage &page) {
            if (generation != m_generation)
                return false;
            QList<std::pair<QString, QStringList>> rows;
            for (const sr::Job &job : page.items) {
                const QString location =
                    QStringList{job.city, job.countryCode.toUpper()}.join(QStringLiteral(", "));
                rows.append({job.id, {job.title, job.refNumber, job.status, location}});
            }
            addJobs(rows);
            return m_found < kMaxJobs;
        },
        [this, generation](const sr::ApiError &error) {
            if (generation != m_generation)
                return;
            if (error.isError() && error.kind != sr::ApiError::Kind::Cancelled) {
                finishLoading(tr("The jobs could not be read: %1").arg(error.message));
                return;
            }
            loadNextStatus(generation);
        });
}

void LinkJobDialog::addJobs(const QList<std::pair<QString, QStringList>> &rows)
{
    for (const auto &[id, columns] : rows) {
        QStringList shown = columns;
        const QString status = shown.at(2);
        shown[2] = SyncLabels::listItemLabel(QString::fromLatin1(sync::key::JobStatuses), status);
        auto *item = new QTreeWidgetItem(m_list, shown);
        item->setData(0, JobIdRole, id);
        item->setData(0, StatusRole, status);
        item->setToolTip(0, tr("SmartRecruiters job %1").arg(id));
        if (id == m_currentJobId)
            m_list->setCurrentItem(item);
        ++m_found;
    }
    m_status->setText(tr("%n jobs so far…", nullptr, m_found));
}

void LinkJobDialog::finishLoading(const QString &problem)
{
    m_loading = false;
    m_pager = nullptr;
    if (!problem.isEmpty())
        m_status->setText(problem);
    else if (m_found == 0)
        m_status->setText(m_search->text().trimmed().isEmpty()
                              ? tr("No job has a whitelisted status.")
                              : tr("No whitelisted job matches the search."));
    else
        m_status->setText(m_found >= kMaxJobs
                              ? tr("The first %n jobs; search to narrow them down.", nullptr, m_found)
                              : tr("%n jobs.", nullptr, m_found));
    updateOk();
}

void LinkJobDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem() != nullptr);
}

QString LinkJobDialog::jobId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, JobIdRole).toString() : QString();
}

QString LinkJobDialog::jobTitle() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && !isTalentPool() ? item->text(0) : QString();
}

bool LinkJobDialog::isTalentPool() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->data(0, TalentPoolRole).toBool();
}

} // namespace sd::ui
