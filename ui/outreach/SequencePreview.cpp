#include "SequencePreview.h"

#include "Theme.h"
#include "CampaignRepository.h"
#include "Named.h"
#include "OutreachTemplate.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sd::ui {

namespace {

constexpr int kMembersShown = 200;
constexpr int kCountPage = 500;

// Runs on a worker thread: its own connection, released when it ends.
SequencePreview::Count countEmpty(const Workspace &workspace, qint64 campaignId, const QString &subject,
                                  const QString &body, const QString &sender,
                                  std::shared_ptr<std::atomic_bool> cancel)
{
    ThreadConnectionGuard guard(workspace);
    SequencePreview::Count out;
    CampaignRepository campaigns(workspace);
    MemberQuery query;
    query.campaignId = campaignId;
    QVariantList after;
    const QString both = subject + u'\n' + body;
    while (!cancel->load()) {
        auto page = campaigns.members(query, after, kCountPage);
        if (!page.ok()) {
            out.error = page.error().toString();
            return out;
        }
        for (const CampaignMember &m : std::as_const(*page)) {
            ++out.total;
            if (!outreach::missingPlaceholders(both, m.candidate, sender).isEmpty())
                ++out.empty;
        }
        if (page->size() < kCountPage)
            break;
        after = CampaignRepository::cursorAfter(page->last());
    }
    return out;
}

} // namespace

SequencePreview::SequencePreview(const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_member(named(new QComboBox(this), QStringLiteral("previewMember"), tr("Preview for member")))
    , m_subject(named(new QLabel(this), QStringLiteral("previewSubject"), tr("Rendered subject")))
    , m_body(named(new QPlainTextEdit(this), QStringLiteral("previewBody"), tr("Rendered body")))
    , m_missing(named(new QLabel(this), QStringLiteral("previewMissing"), tr("Missing placeholders")))
    , m_count(named(new QLabel(this), QStringLiteral("previewEmptyCount"),
                    tr("Members with an empty placeholder")))
    , m_countTimer(new QTimer(this))
{
    named(this, QStringLiteral("sequencePreview"), tr("Preview"));
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_subject->setTextFormat(Qt::PlainText);
    m_body->setReadOnly(true);
    m_body->setTabChangesFocus(true);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    theme::setTone(m_missing, theme::Tone::Warning);
    m_missing->hide();
    m_count->setWordWrap(true);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(300);
    connect(m_countTimer, &QTimer::timeout, this, &SequencePreview::startCount);
    connect(m_member, &QComboBox::currentIndexChanged, this, &SequencePreview::render);

    auto *form = new QFormLayout;
    form->addRow(tr("&Member:"), m_member);
    form->addRow(tr("Subject:"), m_subject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_missing);
    layout->addWidget(m_count);
}

SequencePreview::~SequencePreview()
{
    if (m_cancel)
        m_cancel->store(true);
    for (QFuture<Count> &job : m_jobs)
        job.waitForFinished();
}

void SequencePreview::setCampaign(qint64 campaignId)
{
    m_campaignId = campaignId;
    loadMembers();
    render();
    scheduleCount();
}

void SequencePreview::setTemplate(const QString &subject, const QString &body, const QString &senderName)
{
    if (subject == m_subjectTemplate && body == m_bodyTemplate && senderName == m_senderName)
        return;
    m_subjectTemplate = subject;
    m_bodyTemplate = body;
    m_senderName = senderName;
    render();
    scheduleCount();
}

void SequencePreview::scheduleCount()
{
    m_counting = true;     // until the count for this template is in
    m_countTimer->start(); // typing restarts the wait: one count after the last key
}

void SequencePreview::loadMembers()
{
    const qint64 previous = m_member->currentData().toLongLong();
    m_members.clear();
    if (m_campaignId > 0) {
        MemberQuery query;
        query.campaignId = m_campaignId;
        auto members = CampaignRepository(m_workspace).members(query, {}, kMembersShown);
        if (!members.ok()) {
            m_count->setText(tr("The members could not be loaded: %1").arg(members.error().toString()));
        } else {
            for (const CampaignMember &m : std::as_const(*members))
                m_members << m.candidate;
        }
    }
    std::sort(m_members.begin(), m_members.end(), [](const Candidate &a, const Candidate &b) {
        return QString::localeAwareCompare(a.displayName(), b.displayName()) < 0;
    });
    const QSignalBlocker block(m_member);
    m_member->clear();
    for (const Candidate &c : std::as_const(m_members))
        m_member->addItem(c.displayName(), c.id);
    const int keep = m_member->findData(previous);
    m_member->setCurrentIndex(keep >= 0 ? keep : (m_members.isEmpty() ? -1 : 0));
    m_member->setEnabled(!m_members.isEmpty());
}

void SequencePreview::render()
{
    const int row = m_member->currentIndex();
    if (row < 0 || row >= m_members.size()) {
        m_subject->setText(m_members.isEmpty() ? tr("No members to preview yet.") : QString());
        m_body->clear();
        m_missing->hide();
        return;
    }
    const Candidate &c = m_members.at(row);
    m_subject->setText(outreach::renderTemplate(m_subjectTemplate, c, m_senderName));
    m_body->setPlainText(outreach::renderTemplate(m_bodyTemplate, c, m_senderName));
    const QStringList missing =
        outreach::missingPlaceholders(m_subjectTemplate + u'\n' + m_bodyTemplate, c, m_senderName);
    m_missing->setVisible(!missing.isEmpty());
    m_missing->setText(missing.isEmpty() ? QString()
                                         : tr("Empty for %1: %2 — this email would not be sent.")
                                               .arg(c.displayName(), missing.join(QStringLiteral(", "))));
    m_missing->setAccessibleDescription(m_missing->text());
}

void SequencePreview::startCount()
{
    if (m_cancel)
        m_cancel->store(true); // the running count is stale; its result is dropped below
    m_jobs.erase(
        std::remove_if(m_jobs.begin(), m_jobs.end(), [](const QFuture<Count> &f) { return f.isFinished(); }),
        m_jobs.end());
    const int generation = ++m_generation;
    if (m_campaignId <= 0 || (m_subjectTemplate.isEmpty() && m_bodyTemplate.isEmpty())) {
        m_counting = false;
        m_count->clear();
        emit countFinished();
        return;
    }
    m_counting = true;
    m_count->setText(tr("Checking the campaign's members…"));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QFuture<Count> job = QtConcurrent::run(countEmpty, std::cref(m_workspace), m_campaignId,
                                           m_subjectTemplate, m_bodyTemplate, m_senderName, m_cancel);
    m_jobs << job;
    auto *watcher = new QFutureWatcher<Count>(this);
    connect(watcher, &QFutureWatcher<Count>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Count c = watcher->result();
        m_counting = false;
        if (!c.error.isEmpty())
            m_count->setText(tr("The members could not be checked: %1").arg(c.error));
        else
            m_count->setText(tr("%1 of %n members have an empty placeholder", nullptr, c.total).arg(c.empty));
        m_count->setAccessibleDescription(m_count->text());
        emit countFinished();
    });
    watcher->setFuture(job);
}

} // namespace sd::ui
