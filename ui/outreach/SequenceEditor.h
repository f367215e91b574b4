#pragma once
// A campaign's outreach sequence: its name, sender and time zone, the ordered steps (add, remove,
// move with Alt+Up/Down), one step at a time in a form, and a preview for a chosen member.
#include "SequenceRepository.h"

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace sd::ui {

class SequencePreview;
class StepForm;

class SequenceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SequenceEditor(const Workspace &workspace, QWidget *parent = nullptr);

    // Loads the campaign's sequence (or offers to create one).
    void setCampaign(qint64 campaignId);
    qint64 campaignId() const { return m_campaignId; }
    qint64 sequenceId() const { return m_sequence.id; }
    StepForm *stepForm() const { return m_form; }
    SequencePreview *preview() const { return m_preview; }

    // The editor in a window of its own, deleted when closed; saves pending step edits on close.
    static QDialog *openDialog(const Workspace &workspace, qint64 campaignId, const QString &campaignName,
                               QWidget *parent);

public slots:
    bool saveSequence();
    bool saveCurrentStep();
    void addStep();
    void removeStep();
    void moveStepUp() { moveStep(-1); }
    void moveStepDown() { moveStep(+1); }

signals:
    void sequenceSaved(qint64 campaignId);

private:
    void moveStep(int delta);
    void loadSteps(qint64 selectStepId);
    void currentRowChanged(int row);
    void refreshItem(int row);
    void updateZoneField();
    void updateActions();
    void updatePreview();
    void showError(const QString &title, const QString &message);

    const Workspace &m_workspace;
    qint64 m_campaignId = 0;
    Sequence m_sequence;
    QList<SequenceStep> m_steps;
    int m_currentRow = -1;
    QLineEdit *m_name;
    QLineEdit *m_sender;
    QComboBox *m_zoneMode;
    QComboBox *m_zone;
    QLabel *m_error;
    QPushButton *m_saveSequence;
    QListWidget *m_list;
    QToolButton *m_addButton;
    QToolButton *m_removeButton;
    QToolButton *m_upButton;
    QToolButton *m_downButton;
    QAction *m_addAction;
    QAction *m_removeAction;
    QAction *m_upAction;
    QAction *m_downAction;
    QAction *m_saveStepAction;
    QPushButton *m_saveStep;
    StepForm *m_form;
    SequencePreview *m_preview;
};

} // namespace sd::ui
