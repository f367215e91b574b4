#include "OutboxJobDialog.h"

#include "Theme.h"
#include "FieldMapping.h"
#include "Named.h"
#include "SyncLabels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

QString when(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::LongFormat) : QString();
}

QString pretty(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QLabel *value(const QString &text, QWidget *parent, const QString &name, const QString &accessible)
{
    auto *label = named(new QLabel(text, parent), name, accessible);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

OutboxJobDialog::OutboxJobDialog(const sync::OutboxJob &job, const QString &candidateName, QWidget *parent)
    : QDialog(parent)
    , m_fields(named(new QTreeWidget(this), QStringLiteral("jobFields"), tr("Fields before and after")))
{
    named(this, QStringLiteral("outboxJobDialog"), tr("SmartRecruiters job details"));
    setWindowTitle(tr("%1 for %2").arg(sync::jobKindLabel(job.kind), candidateName));

    auto *summary = new QWidget(this);
    auto *form = new QFormLayout(summary);
    form->addRow(tr("Candidate:"),
                 value(candidateName, summary, QStringLiteral("jobCandidate"), tr("Candidate")));
    form->addRow(tr("What:"),
                 value(sync::jobKindLabel(job.kind), summary, QStringLiteral("jobKind"), tr("Kind")));
    form->addRow(tr("State:"),
                 value(sync::jobStateLabel(job.state), summary, QStringLiteral("jobState"), tr("State")));
    form->addRow(tr("Attempts:"), value(QString::number(job.attempts), summary, QStringLiteral("jobAttempts"),
                                        tr("Attempts")));
    form->addRow(tr("Queued:"), value(tr("%1 by %2").arg(when(job.createdAt), job.createdBy), summary,
                                      QStringLiteral("jobQueued"), tr("Queued")));
    if (job.doneAt.isValid())
        form->addRow(tr("Finished:"),
                     value(when(job.doneAt), summary, QStringLiteral("jobDone"), tr("Finished")));
    if (!job.errorMessage.isEmpty()) {
        auto *error = value(job.errorCode.isEmpty() ? job.errorMessage
                                                    : tr("%1 (%2)").arg(job.errorMessage, job.errorCode),
                            summary, QStringLiteral("jobError"), tr("SmartRecruiters said"));
        theme::setTone(error, theme::Tone::Problem);
        form->addRow(tr("SmartRecruiters said:"), error);
    }
    if (!job.userAction.isEmpty())
        form->addRow(tr("What to do:"),
                     value(job.userAction, summary, QStringLiteral("jobAction"), tr("What to do")));
    const QString srId = job.result.value(QStringLiteral("srCandidateId")).toString();
    if (!srId.isEmpty())
        form->addRow(tr("SmartRecruiters id:"),
                     value(srId, summary, QStringLiteral("jobSrId"), tr("SmartRecruiters id")));
    form->addRow(tr("Reference:"),
                 value(job.correlationId, summary, QStringLiteral("jobCorrelation"), tr("Reference")));

    m_fields->setHeaderLabels({tr("Field"), tr("Before"), tr("After"), tr("Rule"), tr("Sent"), tr("Why")});
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(true);
    m_fields->header()->setStretchLastSection(true);
    const QJsonArray fields = job.result.value(QStringLiteral("fields")).toArray();
    for (const QJsonValue &v : fields) {
        const QJsonObject f = v.toObject();
        const bool sent = f.value(QStringLiteral("sent")).toBool();
        new QTreeWidgetItem(m_fields,
                            {sync::srFieldLabel(f.value(QStringLiteral("field")).toString()),
                             f.value(QStringLiteral("before")).toString(),
                             f.value(QStringLiteral("after")).toString(),
                             SyncLabels::ruleLabel(f.value(QStringLiteral("rule")).toString()),
                             sent ? tr("Yes") : tr("No"), f.value(QStringLiteral("why")).toString()});
    }

    auto *payload =
        named(new QPlainTextEdit(pretty(job.payload), this), QStringLiteral("jobPayload"), tr("Payload"));
    payload->setReadOnly(true);
    auto *result =
        named(new QPlainTextEdit(pretty(job.result), this), QStringLiteral("jobResult"), tr("Result"));
    result->setReadOnly(true);
    auto *tabs = named(new QTabWidget(this), QStringLiteral("jobTabs"), tr("Job details"));
    tabs->addTab(m_fields, fields.isEmpty() ? tr("Fields") : tr("Fields (%1)").arg(fields.size()));
    tabs->addTab(payload, tr("What was queued"));
    tabs->addTab(result, tr("What came back"));
    if (fields.isEmpty())
        tabs->setCurrentIndex(job.result.isEmpty() ? 1 : 2);

    auto *buttons =
        named(new QDialogButtonBox(QDialogButtonBox::Close, this), QStringLiteral("jobButtons"), tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(760, 520);
}

} // namespace sd::ui
