#pragma once

#include "Types.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QLabel;

namespace sd {
class Workspace;
}

namespace sd::ui {

// Create a campaign, or rename and describe one. Saves itself on OK; names must be unique.
class CampaignDialog : public QDialog
{
    Q_OBJECT

public:
    // campaign.id == 0: a new campaign.
    CampaignDialog(const Workspace &workspace, const Campaign &campaign, QWidget *parent = nullptr);

    void accept() override;

signals:
    void saved(qint64 campaignId);

private:
    const Workspace &m_workspace;
    Campaign m_campaign;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_owner;
    QLabel *m_error;
};

} // namespace sd::ui
