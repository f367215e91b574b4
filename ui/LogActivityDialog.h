#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sd {
class Workspace;
}

namespace sd::ui {

// "Log activity…": one outreach activity (email, LinkedIn, call, …) for one or more candidates.
// Logged in a campaign, it also moves each member along the pipeline (added → contacted, …).
class LogActivityDialog : public QDialog
{
    Q_OBJECT

public:
    // campaignId 0: the user picks one of the candidate's campaigns, or none.
    LogActivityDialog(const Workspace &workspace, const QList<qint64> &candidateIds, qint64 campaignId,
                      QWidget *parent = nullptr);

    void accept() override;

signals:
    // After the activities were stored; campaignId 0 when they belong to no campaign.
    void logged(qint64 campaignId, int count);

private:
    const Workspace &m_workspace;
    QList<qint64> m_candidateIds;
    QComboBox *m_kind;
    QComboBox *m_campaign;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QDateTimeEdit *m_when;
    QLabel *m_error;
};

} // namespace sd::ui
