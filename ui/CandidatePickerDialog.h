#pragma once

#include <QDialog>
#include <QList>

class QLineEdit;
class QTableView;
class QTimer;
class QPushButton;

namespace sd {
class CandidateTableModel;
class Workspace;
} // namespace sd

namespace sd::ui {

// Search the candidates and pick several (e.g. to add them to a campaign).
class CandidatePickerDialog : public QDialog
{
    Q_OBJECT

public:
    CandidatePickerDialog(const Workspace &workspace, const QString &acceptText, QWidget *parent = nullptr);

    QList<qint64> selectedIds() const;
    QLineEdit *searchField() const { return m_search; }

    void accept() override;

signals:
    void candidatesChosen(const QList<qint64> &candidateIds);

private:
    CandidateTableModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QTimer *m_debounce;
    QPushButton *m_ok;
};

} // namespace sd::ui
