#include "StepForm.h"

#include "Named.h"
#include "SendWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTime>
#include <QTimeEdit>
#include <QToolButton>

namespace sd::ui {

namespace {

constexpr StepKind kKinds[] = {StepKind::AutoEmail,       StepKind::ManualEmail, StepKind::LinkedinConnect,
                               StepKind::LinkedinMessage, StepKind::Call,        StepKind::Task};
constexpr int kDayCount = 7;
constexpr int kMidnight = 24 * 60;

// QTimeEdit stops at 23:59; a window that ends at midnight shows as 23:59 and 23:59 saves as midnight.
QTime timeOf(int minute)
{
    return minute >= kMidnight ? QTime(23, 59) : QTime(minute / 60, minute % 60);
}

int minuteOf(const QTime &t, bool isEnd)
{
    const int m = t.hour() * 60 + t.minute();
    return isEnd && m == kMidnight - 1 ? kMidnight : m;
}

} // namespace

QString StepForm::kindLabel(StepKind kind)
{
    switch (kind) {
    case StepKind::AutoEmail:
        return tr("Automatic email");
    case StepKind::ManualEmail:
        return tr("Manual email");
    case StepKind::LinkedinConnect:
        return tr("LinkedIn connection request");
    case StepKind::LinkedinMessage:
        return tr("LinkedIn message / InMail");
    case StepKind::Call:
        return tr("Call");
    case StepKind::Task:
        return tr("Custom task");
    }
    return {};
}

QString StepForm::windowSummary(const SequenceStep &step)
{
    QStringList days;
    for (int d = 0; d < kDayCount; ++d)
        if (step.windowDays & (1 << d))
            days << QLocale().dayName(d + 1, QLocale::ShortFormat);
    const QString from = QLocale().toString(timeOf(step.windowStartMinute), QLocale::ShortFormat);
    const QString to = step.windowEndMinute >= kMidnight
                           ? tr("midnight")
                           : QLocale().toString(timeOf(step.windowEndMinute), QLocale::ShortFormat);
    if (step.windowDays == 31)
        return tr("Mon–Fri %1–%2").arg(from, to);
    return tr("%1 %2–%3").arg(days.join(QStringLiteral(", ")), from, to);
}

StepForm::StepForm(QWidget *parent)
    : QWidget(parent)
    , m_kind(named(new QComboBox(this), QStringLiteral("stepKind"), tr("Step kind")))
    , m_delay(named(new QSpinBox(this), QStringLiteral("stepDelay"), tr("Delay in business days")))
    , m_from(named(new QTimeEdit(this), QStringLiteral("stepWindowFrom"), tr("Send window from")))
    , m_to(named(new QTimeEdit(this), QStringLiteral("stepWindowTo"), tr("Send window to")))
    , m_subject(named(new QLineEdit(this), QStringLiteral("stepSubject"), tr("Email subject")))
    , m_body(named(new QPlainTextEdit(this), QStringLiteral("stepBody"), tr("Email body")))
    , m_insert(
          named(new QToolButton(this), QStringLiteral("insertPlaceholderButton"), tr("Insert placeholder")))
    , m_placeholderMenu(new QMenu(this))
{
    named(this, QStringLiteral("stepForm"), tr("Step"));
    for (StepKind k : kKinds)
        m_kind->addItem(kindLabel(k), static_cast<int>(k));
    m_delay->setRange(0, 365);
    m_delay->setSuffix(tr(" business days"));
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));
    m_body->setTabChangesFocus(true);
    m_subject->installEventFilter(this);
    m_body->installEventFilter(this);

    auto *daysRow = new QHBoxLayout;
    static const char *const keys[kDayCount] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int d = 0; d < kDayCount; ++d) {
        const QString dayName = QLocale().dayName(d + 1, QLocale::LongFormat);
        auto *box =
            named(new QCheckBox(QLocale().dayName(d + 1, QLocale::ShortFormat), this),
                  QStringLiteral("stepDay_") + QLatin1StringView(keys[d]), tr("Send on %1").arg(dayName));
        connect(box, &QCheckBox::toggled, this, &StepForm::markEdited);
        m_days << box;
        daysRow->addWidget(box);
    }
    daysRow->addStretch();
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_from);
    timeRow->addWidget(named(new QLabel(tr("to"), this), QStringLiteral("stepWindowToLabel"), tr("to")));
    timeRow->addWidget(m_to);
    timeRow->addStretch();

    m_placeholderMenu->setObjectName(QStringLiteral("placeholderMenu"));
    const QString placeholders[] = {QStringLiteral("{first_name}"), QStringLiteral("{last_name}"),
                                    QStringLiteral("{company}"), QStringLiteral("{job_title}"),
                                    QStringLiteral("{sender_name}")};
    for (const QString &p : placeholders) {
        QAction *a = m_placeholderMenu->addAction(p);
        a->setObjectName(QStringLiteral("insert_") + p.mid(1, p.size() - 2));
        connect(a, &QAction::triggered, this, [this, p] { insertPlaceholder(p); });
    }
    QAction *custom = m_placeholderMenu->addAction(tr("Custom field…"));
    custom->setObjectName(QStringLiteral("insert_custom"));
    connect(custom, &QAction::triggered, this, &StepForm::insertCustomPlaceholder);
    m_insert->setText(tr("&Insert placeholder"));
    m_insert->setMenu(m_placeholderMenu);
    m_insert->setPopupMode(QToolButton::InstantPopup);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Delay:"), m_delay);
    form->addRow(tr("Send on:"), daysRow);
    form->addRow(tr("Between:"), timeRow);
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(tr("&Body:"), m_body);
    form->addRow(QString(), m_insert);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateEmailFields();
        markEdited();
    });
    connect(m_delay, &QSpinBox::valueChanged, this, &StepForm::markEdited);
    connect(m_from, &QTimeEdit::timeChanged, this, &StepForm::markEdited);
    connect(m_to, &QTimeEdit::timeChanged, this, &StepForm::markEdited);
    connect(m_subject, &QLineEdit::textChanged, this, &StepForm::markEdited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &StepForm::markEdited);
    setStep({});
}

void StepForm::setStep(const SequenceStep &step)
{
    m_loading = true;
    m_step = step;
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(static_cast<int>(step.kind))));
    m_delay->setValue(step.delayBusinessDays);
    for (int d = 0; d < kDayCount; ++d)
        m_days[d]->setChecked(step.windowDays & (1 << d));
    m_from->setTime(timeOf(step.windowStartMinute));
    m_to->setTime(timeOf(step.windowEndMinute));
    m_subject->setText(step.subject);
    m_body->setPlainText(step.body);
    updateEmailFields();
    m_loading = false;
    m_dirty = false;
}

SequenceStep StepForm::step() const
{
    SequenceStep s = m_step;
    s.kind = static_cast<StepKind>(m_kind->currentData().toInt());
    s.delayBusinessDays = m_delay->value();
    s.windowDays = 0;
    for (int d = 0; d < kDayCount; ++d)
        if (m_days[d]->isChecked())
            s.windowDays |= 1 << d;
    s.windowStartMinute = minuteOf(m_from->time(), false);
    s.windowEndMinute = minuteOf(m_to->time(), true);
    // Only email steps carry a subject; the body is the email or the task's instructions.
    s.subject = isEmailKind(s.kind) ? m_subject->text() : QString();
    s.body = m_body->toPlainText();
    return s;
}

void StepForm::focusFirstField()
{
    m_kind->setFocus(Qt::OtherFocusReason);
}

QString StepForm::subject() const
{
    return isEmailKind(static_cast<StepKind>(m_kind->currentData().toInt())) ? m_subject->text() : QString();
}

QString StepForm::body() const
{
    return m_body->toPlainText();
}

bool StepForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_subject || watched == m_body))
        m_lastText = static_cast<QWidget *>(watched);
    return QWidget::eventFilter(watched, event);
}

void StepForm::markEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    emit edited();
}

void StepForm::updateEmailFields()
{
    const bool email = isEmailKind(static_cast<StepKind>(m_kind->currentData().toInt()));
    m_subject->setEnabled(email);
    m_body->setPlaceholderText(email ? tr("Hi {first_name}, …") : tr("What to do for this step"));
}

void StepForm::insertPlaceholder(const QString &placeholder)
{
    if (m_lastText == m_subject && m_subject->isEnabled()) {
        m_subject->insert(placeholder);
        m_subject->setFocus();
    } else {
        m_body->insertPlainText(placeholder);
        m_body->setFocus();
    }
}

void StepForm::insertCustomPlaceholder()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Custom field"), tr("Name of the custom field:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    static const QRegularExpression bad(QStringLiteral("[{}]"));
    if (name.contains(bad))
        return;
    insertPlaceholder(QStringLiteral("{custom.") + name + u'}');
}

} // namespace sd::ui
