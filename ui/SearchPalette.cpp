#include "SearchPalette.h"

#include "CampaignRepository.h"
#include "CampaignsView.h"
#include "CandidateProfileDialog.h"
#include "CandidateRepository.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Named.h"
#include "SyncHub.h"
#include "SyncStore.h"
#include "Workspace.h"

#include <QAction>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sd::ui {

namespace {

constexpr int kMaxCampaigns = 8;
constexpr int kMaxCandidates = 20;
constexpr int kMaxJobs = 10;
constexpr int kDebounceMs = 150;

// "Title — company" style lines without dangling separators.
QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(separator);
}

} // namespace

SearchPalette::SearchPalette(std::shared_ptr<Workspace> workspace, MainWindow *window)
    : QDialog(window, Qt::Popup)
    , m_workspace(std::move(workspace))
    , m_window(window)
    , m_search(named(new QLineEdit(this), QStringLiteral("searchPaletteField"), tr("Search everywhere")))
    , m_list(named(new QListWidget(this), QStringLiteral("searchPaletteResults"), tr("Search results")))
    , m_status(named(new QLabel(this), QStringLiteral("searchPaletteStatus"), tr("Search state")))
    , m_debounce(new QTimer(this))
{
    named(this, QStringLiteral("searchPalette"), tr("Search everywhere"));
    setWindowTitle(tr("Search everywhere"));
    m_search->setPlaceholderText(tr("Search campaigns, candidates and SmartRecruiters jobs"));
    m_search->setAccessibleDescription(
        tr("Type to search. Up and Down move through the results, Enter opens one, Escape closes."));
    m_search->setClearButtonEnabled(true);
    m_list->setAccessibleDescription(tr("Results grouped by campaigns, candidates and SmartRecruiters jobs"));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // The current result stays clearly marked while the focus is in the field.
    QPalette palette = m_list->palette();
    palette.setColor(QPalette::Inactive, QPalette::Highlight,
                     palette.color(QPalette::Active, QPalette::Highlight));
    palette.setColor(QPalette::Inactive, QPalette::HighlightedText,
                     palette.color(QPalette::Active, QPalette::HighlightedText));
    m_list->setPalette(palette);
    m_status->setWordWrap(true);
    setFocusProxy(m_search);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { searchFor(m_search->text()); });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (item->data(KindRole).toInt() != HeaderItem)
            openCurrent();
    });
    m_search->installEventFilter(this);
    m_list->installEventFilter(this);
    updateStatus();
}

SearchPalette::~SearchPalette()
{
    if (m_jobCall)
        m_jobCall->cancel();
}

bool SearchPalette::isSearching() const
{
    return m_debounce->isActive() || m_localAnswered != m_generation;
}

void SearchPalette::popup()
{
    m_search->clear();
    searchFor(QString());
    QWidget *anchor = m_window ? m_window->window() : nullptr;
    const QSize size(anchor ? qBound(420, anchor->width() * 3 / 5, 720) : 600,
                     anchor ? qBound(300, anchor->height() * 3 / 5, 520) : 420);
    resize(size);
    if (anchor) {
        const QPoint centre = anchor->mapToGlobal(anchor->rect().center());
        move(centre - QPoint(size.width() / 2, size.height() / 2));
    }
    show();
    raise();
    m_search->setFocus(Qt::PopupFocusReason);
}

void SearchPalette::searchFor(const QString &text)
{
    m_debounce->stop();
    const int generation = ++m_generation;
    if (m_jobCall) {
        m_jobCall->cancel();
        m_jobCall = nullptr;
    }
    m_jobs.clear();
    m_jobsError.clear();
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty()) {
        m_localAnswered = generation;
        m_resultsText = text;
        m_campaigns.clear();
        m_candidates.clear();
        m_error.clear();
        rebuild();
        return;
    }

    // Off the UI thread: the candidate search is fast, but a big workspace or a busy disk should
    // never freeze the field. Each run uses (and releases) its own thread's connection.
    auto *watcher = new QFutureWatcher<LocalResults>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const LocalResults results = watcher->result();
        watcher->deleteLater();
        showLocal(results);
    });
    watcher->setFuture(QtConcurrent::run([workspace = m_workspace, generation, text, trimmed] {
        ThreadConnectionGuard guard(*workspace);
        LocalResults results;
        results.generation = generation;
        results.text = text;
        Result<QList<Campaign>> campaigns = CampaignRepository(*workspace).matching(trimmed, kMaxCampaigns);
        if (campaigns.ok())
            results.campaigns = campaigns.value();
        else
            results.error = campaigns.error().message;
        Result<QList<Candidate>> candidates = CandidateRepository(*workspace).search(trimmed, kMaxCandidates);
        if (candidates.ok())
            results.candidates = candidates.value();
        else if (results.error.isEmpty())
            results.error = candidates.error().message;
        return results;
    }));
    searchJobs(generation, trimmed);
    updateStatus();
}

void SearchPalette::showLocal(const LocalResults &results)
{
    if (results.generation != m_generation) {
        ++m_dropped; // the text changed meanwhile: a newer answer is on its way
        return;
    }
    m_localAnswered = results.generation;
    m_resultsText = results.text;
    m_campaigns = results.campaigns;
    m_candidates = results.candidates;
    m_error = results.error;
    rebuild();
}

void SearchPalette::searchJobs(int generation, const QString &text)
{
    SyncHub *hub = m_window ? m_window->syncHub() : nullptr;
    if (!hub || !hub->isConnected())
        return; // not connected: no jobs group at all
    sr::JobQuery query;
    query.q = text;
    query.limit = kMaxJobs;
    m_jobCall =
        sr::JobsApi(hub->client())
            .list(query, this, [this, generation](const sr::Result<sr::JobPage> &answer) {
                if (generation != m_generation)
                    return; // cancelled or overtaken by newer text
                m_jobCall = nullptr;
                if (answer.ok()) {
                    m_jobs = answer.value.items.mid(0, kMaxJobs);
                } else if (answer.error.kind != sr::ApiError::Kind::Cancelled) {
                    m_jobsError =
                        tr("SmartRecruiters jobs could not be searched: %1").arg(answer.error.message);
                }
                // Before the local answer the list still shows the previous text's results; it rebuilds then.
                if (m_localAnswered == generation)
                    rebuild();
                else
                    updateStatus();
            });
}

QListWidgetItem *SearchPalette::addHeader(const QString &title)
{
    auto *item = new QListWidgetItem(title, m_list);
    item->setFlags(Qt::ItemIsEnabled); // shown, never selected: the arrows skip it
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    item->setData(KindRole, HeaderItem);
    item->setData(Qt::AccessibleTextRole, title);
    return item;
}

void SearchPalette::rebuild()
{
    // Keep the recruiter's place when jobs arrive after the local results.
    int keepKind = -1;
    QVariant keepId;
    if (const QListWidgetItem *current = m_list->currentItem()) {
        keepKind = current->data(KindRole).toInt();
        keepId = current->data(keepKind == JobItem ? JobIdRole : IdRole);
    }
    m_list->clear();
    QListWidgetItem *restore = nullptr;
    auto add = [&](const QString &text, const QString &spoken, int kind, const QVariant &id) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(KindRole, kind);
        item->setData(kind == JobItem ? JobIdRole : IdRole, id);
        item->setData(Qt::AccessibleTextRole, spoken);
        if (kind == keepKind && id == keepId)
            restore = item;
        return item;
    };

    if (!m_campaigns.isEmpty()) {
        addHeader(tr("Campaigns"));
        for (const Campaign &c : std::as_const(m_campaigns)) {
            const QString text = c.archived ? tr("%1 (archived)").arg(c.name) : c.name;
            QListWidgetItem *item = add(text, tr("Campaign: %1").arg(text), CampaignItem, c.id);
            item->setToolTip(c.description);
        }
    }
    if (!m_candidates.isEmpty()) {
        addHeader(tr("Candidates"));
        for (const Candidate &c : std::as_const(m_candidates)) {
            const QString detail = joined({c.title, c.company, c.primaryEmail()}, QStringLiteral(" · "));
            const QString text =
                detail.isEmpty() ? c.displayName() : tr("%1 — %2").arg(c.displayName(), detail);
            add(text, tr("Candidate: %1").arg(text), CandidateItem, c.id);
        }
    }
    if (!m_jobs.isEmpty()) {
        addHeader(tr("SmartRecruiters jobs"));
        for (const sr::Job &job : std::as_const(m_jobs)) {
            const QString detail =
                joined({job.refNumber, job.status,
                        joined({job.city, job.countryCode.toUpper()}, QStringLiteral(", "))},
                       QStringLiteral(" · "));
            const QString text = detail.isEmpty() ? job.title : tr("%1 — %2").arg(job.title, detail);
            QListWidgetItem *item = add(text, tr("SmartRecruiters job: %1").arg(text), JobItem, job.id);
            item->setData(TitleRole, job.title);
        }
    }
    if (restore)
        m_list->setCurrentItem(restore);
    else
        moveCurrent(1);
    updateStatus();
}

void SearchPalette::moveCurrent(int step)
{
    QList<int> rows;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(KindRole).toInt() != HeaderItem)
            rows << row;
    }
    if (rows.isEmpty())
        return;
    const qsizetype at = rows.indexOf(m_list->currentRow());
    qsizetype next = 0;
    if (at < 0)
        next = step > 0 ? 0 : rows.size() - 1;
    else
        next = qBound<qsizetype>(0, at + step, rows.size() - 1);
    m_list->setCurrentRow(rows.at(next));
    m_list->scrollToItem(m_list->currentItem());
}

void SearchPalette::updateStatus()
{
    QStringList parts;
    const int results = int(m_campaigns.size() + m_candidates.size() + m_jobs.size());
    if (m_search->text().simplified().isEmpty() && m_resultsText.simplified().isEmpty())
        parts << tr("Type to search campaigns, candidates and SmartRecruiters jobs.");
    else if (!m_error.isEmpty())
        parts << tr("The search failed: %1").arg(m_error);
    else if (isSearching() && results == 0)
        parts << tr("Searching…");
    else if (results == 0 && !m_jobCall)
        parts << tr("Nothing matches “%1”.").arg(m_resultsText.simplified());
    else if (results > 0)
        parts << tr("%n results. Up and Down move, Enter opens, Escape closes.", nullptr, results);
    if (m_jobCall)
        parts << tr("Searching SmartRecruiters jobs…");
    if (!m_jobsError.isEmpty())
        parts << m_jobsError;
    m_status->setText(parts.join(u' '));
}

bool SearchPalette::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_search || watched == m_list) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers() & (Qt::ControlModifier | Qt::MetaModifier);
        if (key->key() == Qt::Key_Down || (ctrl && key->key() == Qt::Key_N)) {
            moveCurrent(1);
            return true;
        }
        if (key->key() == Qt::Key_Up || (ctrl && key->key() == Qt::Key_P)) {
            moveCurrent(-1);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool SearchPalette::openCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    const int kind = item ? item->data(KindRole).toInt() : HeaderItem;
    if (kind == HeaderItem || !m_window)
        return false;
    const qint64 id = item->data(IdRole).toLongLong();
    const QString jobId = item->data(JobIdRole).toString();
    const QString title = item->data(TitleRole).toString();
    accept(); // hide first: what opens next gets the focus
    switch (kind) {
    case CampaignItem: {
        bool archived = false;
        for (const Campaign &c : std::as_const(m_campaigns)) {
            if (c.id == id)
                archived = c.archived;
        }
        openCampaign(id, archived);
        break;
    }
    case CandidateItem:
        CandidateProfileDialog::showProfile(*m_workspace, m_window->notifier(), id, m_window);
        break;
    case JobItem:
        openJob(jobId, title);
        break;
    default:
        break;
    }
    return true;
}

void SearchPalette::openCampaign(qint64 id, bool archived)
{
    CampaignsView *view = m_window->campaignsView();
    if (archived && !view->showArchivedAction()->isChecked())
        view->showArchivedAction()->setChecked(true); // otherwise the list does not have it
    m_window->showView(MainWindow::CampaignsPage);
    view->selectCampaign(id);
    view->table()->setFocus(Qt::OtherFocusReason);
}

void SearchPalette::openJob(const QString &jobId, const QString &title)
{
    // The campaign that pushes to this job, when one does (campaigns are few: read them all).
    Result<QList<Campaign>> campaigns = CampaignRepository(*m_workspace).matching(QString(), 0);
    const sync::SyncStore store(*m_workspace);
    if (campaigns.ok()) {
        for (const Campaign &c : std::as_const(campaigns.value())) {
            Result<std::optional<sync::CampaignJob>> link = store.campaignJob(c.id);
            if (link.ok() && link.value() && link.value()->srJobId == jobId) {
                openCampaign(c.id, c.archived);
                return;
            }
        }
    }
    MessageBox::information(m_window, tr("SmartRecruiters job"),
                            tr("“%1” is not linked to a campaign yet. Link it from a campaign's "
                               "SmartRecruiters panel (Link job…).")
                                .arg(title));
}

} // namespace sd::ui
