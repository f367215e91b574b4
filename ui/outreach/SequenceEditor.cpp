#include "SequenceEditor.h"

#include "Theme.h"
#include "CampaignRepository.h"
#include "MessageBox.h"
#include "Named.h"
#include "SequencePreview.h"
#include "StepForm.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd::ui {

SequenceEditor::SequenceEditor(const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_name(named(new QLineEdit(this), QStringLiteral("sequenceName"), tr("Sequence name")))
    , m_sender(named(new QLineEdit(this), QStringLiteral("senderName"), tr("Sender name")))
    , m_zoneMode(named(new QComboBox(this), QStringLiteral("timeZoneMode"), tr("Send in whose time zone")))
    , m_zone(named(new QComboBox(this), QStringLiteral("recruiterTimeZone"), tr("Recruiter's time zone")))
    , m_error(named(new QLabel(this), QStringLiteral("sequenceError"), tr("Error")))
    , m_saveSequence(named(new QPushButton(this), QStringLiteral("saveSequenceButton"), tr("Save sequence")))
    , m_list(named(new QListWidget(this), QStringLiteral("stepList"), tr("Steps")))
    , m_addButton(named(new QToolButton(this), QStringLiteral("addStepButton"), tr("Add step")))
    , m_removeButton(named(new QToolButton(this), QStringLiteral("removeStepButton"), tr("Remove step")))
    , m_upButton(named(new QToolButton(this), QStringLiteral("moveStepUpButton"), tr("Move step up")))
    , m_downButton(named(new QToolButton(this), QStringLiteral("moveStepDownButton"), tr("Move step down")))
    , m_saveStep(
          named(new QPushButton(tr("Sa&ve step"), this), QStringLiteral("saveStepButton"), tr("Save step")))
    , m_form(new StepForm(this))
    , m_preview(new SequencePreview(workspace, this))
{
    named(this, QStringLiteral("sequenceEditor"), tr("Sequence editor"));
    m_zoneMode->addItem(tr("The candidate's time zone"), static_cast<int>(TimeZoneMode::Candidate));
    m_zoneMode->addItem(tr("My time zone"), static_cast<int>(TimeZoneMode::Recruiter));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_error->setWordWrap(true);
    theme::setTone(m_error, theme::Tone::Problem);
    m_error->hide();
    connect(m_zoneMode, &QComboBox::currentIndexChanged, this, &SequenceEditor::updateZoneField);
    connect(m_saveSequence, &QPushButton::clicked, this, &SequenceEditor::saveSequence);
    connect(m_sender, &QLineEdit::textChanged, this, &SequenceEditor::updatePreview);

    auto *header =
        named(new QGroupBox(tr("Sequence"), this), QStringLiteral("sequenceHeader"), tr("Sequence"));
    auto *headerForm = new QFormLayout(header);
    headerForm->addRow(tr("&Name:"), m_name);
    headerForm->addRow(tr("Se&nder name:"), m_sender);
    headerForm->addRow(tr("Send &in:"), m_zoneMode);
    headerForm->addRow(tr("&Time zone:"), m_zone);
    headerForm->addRow(m_error);
    headerForm->addRow(QString(), m_saveSequence);

    auto makeAction = [this](const QString &text, const QString &name, const QKeySequence &key) {
        auto *a = namedAction(new QAction(text, this), name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut); // the list's keys; Alt+Down in a combo keeps its meaning
        m_list->addAction(a);
        return a;
    };
    m_addAction = makeAction(tr("&Add step"), QStringLiteral("addStepAction"), QKeySequence(Qt::Key_Insert));
    m_removeAction = makeAction(tr("&Remove step"), QStringLiteral("removeStepAction"), QKeySequence::Delete);
    m_upAction = makeAction(tr("Move step &up"), QStringLiteral("moveStepUpAction"),
                            QKeySequence(Qt::ALT | Qt::Key_Up));
    m_downAction = makeAction(tr("Move step &down"), QStringLiteral("moveStepDownAction"),
                              QKeySequence(Qt::ALT | Qt::Key_Down));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_saveStepAction = namedAction(new QAction(tr("Save step"), this), QStringLiteral("saveStepAction"));
    m_saveStepAction->setShortcut(QKeySequence::Save);
    m_saveStepAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveStepAction);
    connect(m_addAction, &QAction::triggered, this, &SequenceEditor::addStep);
    connect(m_removeAction, &QAction::triggered, this, &SequenceEditor::removeStep);
    connect(m_upAction, &QAction::triggered, this, &SequenceEditor::moveStepUp);
    connect(m_downAction, &QAction::triggered, this, &SequenceEditor::moveStepDown);
    connect(m_saveStepAction, &QAction::triggered, this, &SequenceEditor::saveCurrentStep);
    connect(m_saveStep, &QPushButton::clicked, this, &SequenceEditor::saveCurrentStep);
    const std::pair<QToolButton *, QAction *> buttons[] = {{m_addButton, m_addAction},
                                                           {m_removeButton, m_removeAction},
                                                           {m_upButton, m_upAction},
                                                           {m_downButton, m_downAction}};
    auto *buttonRow = new QHBoxLayout;
    for (const auto &[button, action] : buttons) {
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        buttonRow->addWidget(button);
    }
    buttonRow->addStretch();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(header);
    leftLayout->addWidget(named(new QLabel(tr("Steps (Alt+Up/Down to reorder):"), this),
                                QStringLiteral("stepListLabel"), tr("Steps")));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttonRow);

    auto *middle = named(new QGroupBox(tr("Step"), this), QStringLiteral("stepGroup"), tr("Step"));
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->addWidget(m_form, 1);
    middleLayout->addWidget(m_saveStep, 0, Qt::AlignRight);

    auto *right = named(new QGroupBox(tr("Preview"), this), QStringLiteral("previewGroup"), tr("Preview"));
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_preview);

    auto *splitter = named(new QSplitter(this), QStringLiteral("sequenceSplitter"), tr("Sequence editor"));
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &SequenceEditor::currentRowChanged);
    connect(m_form, &StepForm::edited, this, &SequenceEditor::updatePreview);
    setTabOrder(m_list, m_addButton);
    updateZoneField();
    updateActions();
}

void SequenceEditor::setCampaign(qint64 campaignId)
{
    m_campaignId = campaignId;
    m_sequence = {};
    m_error->hide();
    auto found = SequenceRepository(m_workspace).forCampaign(campaignId);
    if (!found.ok()) {
        showError(tr("Sequence"), tr("The sequence could not be loaded: %1").arg(found.error().toString()));
    } else if (found->has_value()) {
        m_sequence = **found;
    } else {
        auto campaign = CampaignRepository(m_workspace).get(campaignId);
        m_sequence.name = campaign.ok() ? tr("%1 sequence").arg(campaign->name) : QString();
    }
    m_name->setText(m_sequence.name);
    m_sender->setText(m_sequence.senderName);
    m_zoneMode->setCurrentIndex(m_sequence.timeZoneMode == TimeZoneMode::Recruiter ? 1 : 0);
    m_zone->setCurrentText(m_sequence.recruiterTimeZone.isEmpty()
                               ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
                               : m_sequence.recruiterTimeZone);
    m_preview->setCampaign(campaignId);
    loadSteps(0);
}

bool SequenceEditor::saveSequence()
{
    m_error->hide();
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_error->setText(tr("Give the sequence a name."));
        m_error->show();
        m_name->setFocus();
        return false;
    }
    const auto mode = static_cast<TimeZoneMode>(m_zoneMode->currentData().toInt());
    const QString zone = m_zone->currentText().trimmed();
    if (mode == TimeZoneMode::Recruiter && !QTimeZone(zone.toUtf8()).isValid()) {
        m_error->setText(tr("“%1” is not a known time zone; pick one from the list.").arg(zone));
        m_error->show();
        m_zone->setFocus();
        return false;
    }
    Sequence s = m_sequence;
    s.campaignId = m_campaignId;
    s.name = name;
    s.senderName = m_sender->text().trimmed();
    s.timeZoneMode = mode;
    s.recruiterTimeZone = mode == TimeZoneMode::Recruiter ? zone : QString();
    SequenceRepository repo(m_workspace);
    const Status saved = s.id > 0 ? repo.update(s) : repo.create(s);
    if (saved) {
        showError(tr("Save sequence"), tr("The sequence could not be saved: %1").arg(saved->toString()));
        return false;
    }
    m_sequence = s;
    updateActions();
    emit sequenceSaved(m_campaignId);
    return true;
}

bool SequenceEditor::saveCurrentStep()
{
    if (m_currentRow < 0 || m_currentRow >= m_steps.size() || !m_form->isDirty())
        return true;
    const SequenceStep step = m_form->step();
    if (const Status s = SequenceRepository(m_workspace).updateStep(step)) {
        showError(tr("Save step"),
                  tr("Step %1 could not be saved: %2").arg(m_currentRow + 1).arg(s->toString()));
        return false;
    }
    m_steps[m_currentRow] = step;
    m_form->setClean();
    for (int row = m_currentRow; row < m_steps.size(); ++row)
        refreshItem(row); // later steps' "Day +N" moves with this delay
    return true;
}

void SequenceEditor::addStep()
{
    if (m_sequence.id <= 0 && !saveSequence())
        return;
    if (!saveCurrentStep())
        return;
    SequenceStep step;
    if (!m_steps.isEmpty()) {
        const SequenceStep &last = m_steps.last();
        step.delayBusinessDays = 3;
        step.windowDays = last.windowDays;
        step.windowStartMinute = last.windowStartMinute;
        step.windowEndMinute = last.windowEndMinute;
    }
    if (const Status s = SequenceRepository(m_workspace).addStep(m_sequence.id, step)) {
        showError(tr("Add step"), tr("The step could not be added: %1").arg(s->toString()));
        return;
    }
    loadSteps(step.id);
    m_form->focusFirstField();
}

void SequenceEditor::removeStep()
{
    if (m_currentRow < 0 || m_currentRow >= m_steps.size())
        return;
    const int row = m_currentRow;
    const auto answer =
        MessageBox::question(this, tr("Remove step"),
                             tr("Remove step %1 (%2)? Members who have not reached it yet will skip it.")
                                 .arg(row + 1)
                                 .arg(StepForm::kindLabel(m_steps.at(row).kind)),
                             MessageBox::Remove | MessageBox::Cancel, MessageBox::Cancel);
    if (answer != MessageBox::Remove)
        return;
    if (const Status s = SequenceRepository(m_workspace).removeStep(m_steps.at(row).id)) {
        showError(tr("Remove step"), tr("The step could not be removed: %1").arg(s->toString()));
        return;
    }
    m_form->setClean();
    const qint64 next =
        row + 1 < m_steps.size() ? m_steps.at(row + 1).id : (row > 0 ? m_steps.at(row - 1).id : 0);
    loadSteps(next);
}

void SequenceEditor::moveStep(int delta)
{
    const int row = m_currentRow;
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_steps.size())
        return;
    if (!saveCurrentStep())
        return;
    QList<qint64> ids;
    for (const SequenceStep &s : std::as_const(m_steps))
        ids << s.id;
    ids.swapItemsAt(row, to);
    if (const Status s = SequenceRepository(m_workspace).reorderSteps(m_sequence.id, ids)) {
        showError(tr("Move step"), tr("The steps could not be reordered: %1").arg(s->toString()));
        return;
    }
    loadSteps(ids.at(to));
    m_list->setFocus();
}

void SequenceEditor::loadSteps(qint64 selectStepId)
{
    m_steps.clear();
    if (m_sequence.id > 0) {
        auto steps = SequenceRepository(m_workspace).steps(m_sequence.id);
        if (!steps.ok())
            showError(tr("Sequence"), tr("The steps could not be loaded: %1").arg(steps.error().toString()));
        else
            m_steps = *steps;
    }
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (int row = 0; row < m_steps.size(); ++row) {
            m_list->addItem(QString());
            refreshItem(row);
        }
    }
    int select = m_steps.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_steps.size(); ++row)
        if (m_steps.at(row).id == selectStepId)
            select = row;
    m_currentRow = -1;
    m_list->setCurrentRow(select);
    if (m_currentRow != select) // the list may already have been on that row
        currentRowChanged(select);
}

void SequenceEditor::currentRowChanged(int row)
{
    if (row == m_currentRow && row >= 0)
        return;
    // Pending edits of the step being left are saved; if that fails, the list stays on it.
    if (m_form->isDirty() && !saveCurrentStep()) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(m_currentRow);
        return;
    }
    m_currentRow = row;
    m_form->setStep(row >= 0 && row < m_steps.size() ? m_steps.at(row) : SequenceStep{});
    updateActions();
    updatePreview();
}

void SequenceEditor::refreshItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    int day = 0;
    for (int i = 0; i <= row; ++i)
        day += m_steps.at(i).delayBusinessDays;
    const SequenceStep &s = m_steps.at(row);
    item->setText(tr("%1. %2 — Day +%3 — %4")
                      .arg(row + 1)
                      .arg(StepForm::kindLabel(s.kind))
                      .arg(day)
                      .arg(StepForm::windowSummary(s)));
    item->setData(Qt::AccessibleTextRole, item->text());
    item->setData(Qt::UserRole, s.id);
}

void SequenceEditor::updateZoneField()
{
    m_zone->setEnabled(static_cast<TimeZoneMode>(m_zoneMode->currentData().toInt()) ==
                       TimeZoneMode::Recruiter);
}

void SequenceEditor::updateActions()
{
    const bool hasSequence = m_sequence.id > 0;
    const bool hasStep = m_currentRow >= 0 && m_currentRow < m_steps.size();
    m_saveSequence->setText(hasSequence ? tr("&Save sequence") : tr("&Create sequence"));
    m_addAction->setEnabled(m_campaignId > 0);
    m_removeAction->setEnabled(hasStep);
    m_upAction->setEnabled(hasStep && m_currentRow > 0);
    m_downAction->setEnabled(hasStep && m_currentRow + 1 < m_steps.size());
    m_form->setEnabled(hasStep);
    m_saveStep->setEnabled(hasStep);
    m_saveStepAction->setEnabled(hasStep);
}

void SequenceEditor::updatePreview()
{
    m_preview->setTemplate(m_form->subject(), m_form->body(), m_sender->text().trimmed());
}

void SequenceEditor::showError(const QString &title, const QString &message)
{
    MessageBox::critical(this, title, message);
}

QDialog *SequenceEditor::openDialog(const Workspace &workspace, qint64 campaignId,
                                    const QString &campaignName, QWidget *parent)
{
    auto *dialog = named(new QDialog(parent), QStringLiteral("sequenceDialog"), tr("Sequence"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sequence for “%1”").arg(campaignName));
    auto *editor = new SequenceEditor(workspace, dialog);
    editor->setCampaign(campaignId);
    auto *buttons = named(new QDialogButtonBox(QDialogButtonBox::Close, dialog),
                          QStringLiteral("sequenceDialogButtons"), tr("Dialog buttons"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    // Closing (Escape too) saves the step being edited; a failed save says why.
    connect(dialog, &QDialog::rejected, editor, [editor] { editor->saveCurrentStep(); });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(editor);
    layout->addWidget(buttons);
    dialog->resize(1100, 620);
    dialog->open();
    return dialog;
}

} // namespace sd::ui
