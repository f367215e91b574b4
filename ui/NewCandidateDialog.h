#pragma once

#include <QDialog>

class QLabel;

namespace sd {
class Workspace;
}

namespace sd::ui {

class CandidateForm;

// "New candidate…": the candidate form, with a duplicate check before anything is stored.
class NewCandidateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCandidateDialog(const Workspace &workspace, QWidget *parent = nullptr);

    CandidateForm *form() const { return m_form; }
    void accept() override;

signals:
    void created(qint64 candidateId);
    void merged(qint64 candidateId);
    // The user chose to skip the new record and look at the stored one.
    void openExisting(qint64 candidateId);

private:
    void fail(const QString &message);

    const Workspace &m_workspace;
    CandidateForm *m_form;
    QLabel *m_error;
};

} // namespace sd::ui
