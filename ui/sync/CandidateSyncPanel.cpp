#include "CandidateSyncPanel.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "Named.h"
#include "SyncLogView.h"
#include "SyncSettingsEditor.h"
#include "SyncStore.h"
#include "Types.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

constexpr qint64 kMaxAttachmentBytes = 25 * 1024 * 1024; // well above a CV; keeps the workspace sane

QString when(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) : QString();
}

QTreeWidget *tree(QWidget *parent, const QString &name, const QString &accessible, const QStringList &headers)
{
    auto *t = named(new QTreeWidget(parent), name, accessible);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->header()->setStretchLastSection(true);
    return t;
}

} // namespace

CandidateSyncPanel::CandidateSyncPanel(const Workspace &workspace, SyncHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_hub(hub)
    , m_tabs(named(new QTabWidget(this), QStringLiteral("candidateSyncTabs"), tr("SmartRecruiters sections")))
    , m_status(named(new QLabel(this), QStringLiteral("candidateSrStatus"), tr("SmartRecruiters status")))
    , m_view(named(new QPushButton(tr("&View in SmartRecruiters"), this), QStringLiteral("candidateViewInSr"),
                   tr("Open this candidate in SmartRecruiters")))
    , m_sources(tree(this, QStringLiteral("candidateFieldSources"), tr("Where each value came from"),
                     {tr("Field"), tr("Came from"), tr("When")}))
    , m_syncAs(new SyncSettingsEditor(workspace, this))
    , m_syncAsStatus(named(new QLabel(this), QStringLiteral("candidateSyncAsStatus"), tr("Sync as status")))
    , m_syncAsSave(named(new QPushButton(tr("Save “Sync as”"), this), QStringLiteral("candidateSyncAsSave"),
                         tr("Save the sync settings for this candidate")))
    , m_syncAsRevert(named(new QPushButton(tr("Revert"), this), QStringLiteral("candidateSyncAsRevert"),
                           tr("Drop the unsaved sync settings")))
    , m_attachments(tree(this, QStringLiteral("candidateAttachments"), tr("Attachments"),
                         {tr("File"), tr("Kind"), tr("Added"), tr("In SmartRecruiters")}))
    , m_attachmentKind(
          named(new QComboBox(this), QStringLiteral("candidateAttachmentKind"), tr("Attachment kind")))
    , m_addAttachment(named(new QPushButton(tr("&Add file…"), this), QStringLiteral("candidateAddAttachment"),
                            tr("Attach a file to send to SmartRecruiters")))
    , m_history(new SyncLogView(workspace, hub, this))
{
    named(this, QStringLiteral("candidateSyncPanel"), tr("SmartRecruiters"));
    m_tabs->addTab(buildOverview(), tr("Status"));
    m_tabs->addTab(buildSyncAs(), tr("Sync as"));
    m_tabs->addTab(buildAttachments(), tr("Attachments"));
    m_tabs->addTab(m_history, tr("History"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_view, &QPushButton::clicked, this, &CandidateSyncPanel::viewInSmartRecruiters);
    if (m_hub)
        connect(m_hub, &SyncHub::outboxChanged, this,
                &CandidateSyncPanel::reload); // a create links the person
}

QWidget *CandidateSyncPanel::buildOverview()
{
    auto *page = new QWidget(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_view, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(new QLabel(tr("Where each value came from:"), page));
    layout->addWidget(m_sources, 1);
    return page;
}

QWidget *CandidateSyncPanel::buildSyncAs()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("How this person is synced, when it should differ from the campaign and your "
                                "settings."),
                             page);
    intro->setWordWrap(true);
    m_syncAsStatus->setWordWrap(true);
    m_syncAsSave->setEnabled(false);
    m_syncAsRevert->setEnabled(false);
    connect(m_syncAs, &SyncSettingsEditor::modifiedChanged, this, [this](bool modified) {
        m_syncAsSave->setEnabled(modified);
        m_syncAsRevert->setEnabled(modified);
    });
    connect(m_syncAsSave, &QPushButton::clicked, this, &CandidateSyncPanel::saveSyncAs);
    connect(m_syncAsRevert, &QPushButton::clicked, m_syncAs, &SyncSettingsEditor::reload);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncAsStatus, 1);
    buttons->addWidget(m_syncAsRevert);
    buttons->addWidget(m_syncAsSave);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_syncAs, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *CandidateSyncPanel::buildAttachments()
{
    auto *page = new QWidget(this);
    m_attachmentKind->addItem(tr("CV / résumé"), QStringLiteral("RESUME"));
    m_attachmentKind->addItem(tr("Other document"), QStringLiteral("OTHER"));
    connect(m_addAttachment, &QPushButton::clicked, this, &CandidateSyncPanel::addAttachment);
    auto *row = new QHBoxLayout;
    row->addStretch();
    auto *kindLabel = new QLabel(tr("&Kind:"), page);
    kindLabel->setBuddy(m_attachmentKind);
    row->addWidget(kindLabel);
    row->addWidget(m_attachmentKind);
    row->addWidget(m_addAttachment);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_attachments, 1);
    layout->addLayout(row);
    return page;
}

void CandidateSyncPanel::setCandidate(qint64 candidateId, const QString &name)
{
    const bool same = candidateId == m_candidateId;
    m_candidateId = candidateId;
    m_name = name;
    if (!same)
        m_syncAs->setContext(sync::Layer::Candidate, 0, candidateId, true);
    m_history->setCandidate(candidateId, name);
    reload();
}

void CandidateSyncPanel::reload()
{
    loadLink();
    loadSources();
    loadAttachments();
}

QString CandidateSyncPanel::statusText() const
{
    return m_status->text();
}

void CandidateSyncPanel::loadLink()
{
    m_profileUrl.clear();
    sync::SyncStore store(m_workspace);
    const Result<std::optional<sync::SrLink>> link = store.link(m_candidateId);
    QString text;
    if (!link.ok()) {
        text = tr("The SmartRecruiters link could not be read: %1").arg(link.error().toString());
    } else if (link->has_value()) {
        const sync::SrLink &l = link->value();
        QString how = l.origin;
        if (l.origin == QLatin1StringView("created"))
            how = tr("created by Sourcedesk");
        else if (l.origin == QLatin1StringView("matched"))
            how = tr("matched to an existing SmartRecruiters candidate");
        else if (l.origin == QLatin1StringView("manual"))
            how = tr("linked by hand");
        text = tr("In SmartRecruiters as candidate %1 (%2, %3).").arg(l.srCandidateId, how, when(l.linkedAt));
        if (!l.remoteTags.isEmpty())
            text += u'\n' + tr("Tags: %1").arg(l.remoteTags.join(QStringLiteral(", ")));
        if (m_hub)
            m_profileUrl = m_hub->candidateUrl(l.srCandidateId);
    } else {
        text = tr("Not in SmartRecruiters yet. Push the person from a campaign, or let the campaign's sync "
                  "settings "
                  "add them.");
        const Result<std::optional<sync::ReviewItem>> review = store.openReviewFor(m_candidateId);
        if (review.ok() && review->has_value())
            text +=
                u'\n' +
                tr("A possible match in SmartRecruiters waits for review: %1").arg(review->value().evidence);
    }
    m_status->setText(text);
    m_view->setEnabled(!m_profileUrl.isEmpty());
    m_view->setToolTip(m_profileUrl.isEmpty() ? tr("Not linked to a SmartRecruiters candidate yet")
                                              : m_profileUrl.toString());
}

void CandidateSyncPanel::loadSources()
{
    m_sources->clear();
    const Result<QList<sync::FieldSource>> sources = sync::SyncStore(m_workspace).fieldSources(m_candidateId);
    if (!sources.ok())
        return;
    static const QHash<QString, const char *> origin = {
        {QStringLiteral("manual"), QT_TR_NOOP("Typed in Sourcedesk")},
        {QStringLiteral("import"), QT_TR_NOOP("CSV import")},
        {QStringLiteral("cli"), QT_TR_NOOP("Command line")},
        {QStringLiteral("smartrecruiters"), QT_TR_NOOP("SmartRecruiters")},
        {QStringLiteral("sample"), QT_TR_NOOP("Sample data")},
    };
    for (const sync::FieldSource &s : sources.value()) {
        const char *label = origin.value(s.source);
        new QTreeWidgetItem(m_sources, {s.field, label ? tr(label) : s.source, when(s.at)});
    }
    m_sources->resizeColumnToContents(0);
}

void CandidateSyncPanel::loadAttachments()
{
    m_attachments->clear();
    const Result<QList<sync::Attachment>> files = sync::SyncStore(m_workspace).attachments(m_candidateId);
    if (!files.ok())
        return;
    for (const sync::Attachment &a : files.value()) {
        auto *item = new QTreeWidgetItem(
            m_attachments,
            {a.fileName, a.kind == QLatin1StringView("RESUME") ? tr("CV / résumé") : tr("Other document"),
             when(a.addedAt), a.srAttachmentId.isEmpty() ? tr("Not yet") : tr("Uploaded")});
        item->setData(0, Qt::UserRole, a.id);
    }
    m_tabs->setTabText(2, files->isEmpty() ? tr("Attachments") : tr("Attachments (%1)").arg(files->size()));
}

void CandidateSyncPanel::viewInSmartRecruiters()
{
    if (!m_profileUrl.isEmpty() && !QDesktopServices::openUrl(m_profileUrl))
        MessageBox::warning(this, tr("View in SmartRecruiters"),
                            tr("No web browser could open %1.").arg(m_profileUrl.toString()));
}

void CandidateSyncPanel::addAttachment()
{
    if (m_candidateId <= 0)
        return;
    const QString path = FileDialog::getOpenFileName(
        this, tr("Attach a file to %1").arg(m_name),
        tr("Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt);;All files (*)"), QStringLiteral("attachment"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QString error;
    sync::Attachment a;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    else if (file.size() > kMaxAttachmentBytes)
        error = tr("%1 is larger than %2 MB; SmartRecruiters would refuse it.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(kMaxAttachmentBytes / (1024 * 1024));
    else if (file.size() == 0)
        error = tr("%1 is empty.").arg(QDir::toNativeSeparators(path));
    if (error.isEmpty()) {
        a.candidateId = m_candidateId;
        a.fileName = QFileInfo(path).fileName();
        a.contentType = QMimeDatabase().mimeTypeForFile(path).name();
        a.kind = m_attachmentKind->currentData().toString();
        a.data = file.readAll();
        if (const Result<qint64> added = sync::SyncStore(m_workspace).addAttachment(a); !added.ok())
            error = added.error().toString();
    }
    if (!error.isEmpty()) {
        MessageBox::warning(this, tr("Add file"), tr("The file was not attached: %1").arg(error));
        return;
    }
    if (m_hub) {
        const qint64 candidateId = m_candidateId;
        const qint64 attachmentId = a.id;
        QString planError;
        m_hub->planNow([candidateId, attachmentId](
                           sync::SyncPlanner &p) { return p.attachmentAdded(candidateId, attachmentId); },
                       &planError);
        if (!planError.isEmpty())
            MessageBox::warning(this, tr("Add file"),
                                tr("The file is attached, but it could not be queued for SmartRecruiters: %1")
                                    .arg(planError));
    }
    loadAttachments();
}

bool CandidateSyncPanel::saveSyncAs()
{
    QString error;
    if (!m_syncAs->save(&error)) {
        m_syncAsStatus->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    m_syncAsStatus->setText(tr("Saved."));
    return true;
}

} // namespace sd::ui
