#include "LogActivityDialog.h"

#include "Theme.h"
#include "ActivityRepository.h"
#include "Actor.h"
#include "CampaignRepository.h"
#include "Labels.h"
#include "Named.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

LogActivityDialog::LogActivityDialog(const Workspace &workspace, const QList<qint64> &candidateIds,
                                     qint64 campaignId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_candidateIds(candidateIds)
    , m_kind(named(new QComboBox(this), QStringLiteral("activityKind"), tr("Kind of activity")))
    , m_campaign(named(new QComboBox(this), QStringLiteral("activityCampaign"), tr("Campaign")))
    , m_subject(named(new QLineEdit(this), QStringLiteral("activitySubject"), tr("Subject")))
    , m_body(named(new QPlainTextEdit(this), QStringLiteral("activityBody"), tr("Details")))
    , m_when(named(new QDateTimeEdit(QDateTime::currentDateTime(), this), QStringLiteral("activityWhen"),
                   tr("When it happened")))
    , m_error(named(new QLabel(this), QStringLiteral("activityError"), tr("Problem")))
{
    named(this, QStringLiteral("logActivityDialog"), tr("Log activity"));
    setWindowTitle(candidateIds.size() == 1
                       ? tr("Log activity")
                       : tr("Log activity for %n people", nullptr, int(candidateIds.size())));
    for (int k = 0; k < ActivityKindCount; ++k)
        m_kind->addItem(label(static_cast<ActivityKind>(k)), k);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_body->setTabChangesFocus(true);
    m_subject->setPlaceholderText(tr("e.g. Intro: backend role at Acme"));
    theme::setTone(m_error, theme::Tone::Problem);
    m_error->setWordWrap(true);
    m_error->hide();

    CampaignRepository campaigns(workspace);
    if (campaignId > 0) {
        auto c = campaigns.get(campaignId);
        m_campaign->addItem(c.ok() ? c->name : tr("Campaign %1").arg(campaignId), campaignId);
        m_campaign->setEnabled(false);
    } else {
        m_campaign->addItem(tr("No campaign"), qint64(0));
        if (candidateIds.size() == 1) {
            auto memberships = campaigns.membershipsOf(candidateIds.constFirst());
            if (memberships.ok()) {
                for (const MembershipInfo &m : memberships.value())
                    m_campaign->addItem(m.campaignName, m.campaignId);
                if (memberships->size() == 1)
                    m_campaign->setCurrentIndex(1);
            }
        }
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("C&ampaign:"), m_campaign);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Details:"), m_body);
    form->addRow(tr("&When:"), m_when);

    auto *buttons = named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this),
                          QStringLiteral("activityButtons"), tr("Dialog buttons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("activityOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, 380);
}

void LogActivityDialog::accept()
{
    if (m_candidateIds.isEmpty())
        return QDialog::reject();
    const qint64 campaignId = m_campaign->currentData().toLongLong();
    ActivityRepository repo(m_workspace);
    int count = 0;
    for (qint64 id : std::as_const(m_candidateIds)) {
        Activity a;
        a.candidateId = id;
        a.campaignId = campaignId;
        a.kind = static_cast<ActivityKind>(m_kind->currentData().toInt());
        a.subject = m_subject->text().trimmed();
        a.body = m_body->toPlainText().trimmed();
        a.occurredAt = m_when->dateTime();
        a.author = currentActor();
        if (auto err = repo.log(a)) {
            m_error->setText(tr("Logged %1 of %2; the next one failed: %3")
                                 .arg(count)
                                 .arg(m_candidateIds.size())
                                 .arg(err->toString()));
            m_error->show();
            m_candidateIds = m_candidateIds.mid(count);
            if (count > 0)
                emit logged(campaignId, count);
            return;
        }
        ++count;
    }
    emit logged(campaignId, count);
    QDialog::accept();
}

} // namespace sd::ui
