#pragma once
// One step of a sequence in a form: kind, delay, send window, and for email steps the subject and
// body with a placeholder menu. Edits stay in the form until the editor saves them.
#include "SequenceRepository.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;
class QToolButton;

namespace sd::ui {

class StepForm : public QWidget
{
    Q_OBJECT

public:
    explicit StepForm(QWidget *parent = nullptr);

    // Loads a step; the form is clean afterwards.
    void setStep(const SequenceStep &step);
    // The loaded step with the form's values (id, sequence and position kept).
    SequenceStep step() const;
    bool isDirty() const { return m_dirty; }
    void setClean() { m_dirty = false; }
    void focusFirstField();
    QString subject() const;
    QString body() const;

    static QString kindLabel(StepKind kind);
    static QString windowSummary(const SequenceStep &step);
    static bool isEmailKind(StepKind kind)
    {
        return kind == StepKind::AutoEmail || kind == StepKind::ManualEmail;
    }

signals:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void markEdited();
    void updateEmailFields();
    void insertPlaceholder(const QString &placeholder);
    void insertCustomPlaceholder();

    SequenceStep m_step;
    bool m_dirty = false;
    bool m_loading = false;
    QComboBox *m_kind;
    QSpinBox *m_delay;
    QList<QCheckBox *> m_days;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QToolButton *m_insert;
    QMenu *m_placeholderMenu;
    QWidget *m_lastText = nullptr; // the subject or the body, whichever had the focus last
};

} // namespace sd::ui
