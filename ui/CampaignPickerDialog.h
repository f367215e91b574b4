#pragma once

#include <QDialog>

class QListView;
class QPushButton;

namespace sd {
class CampaignListModel;
class Workspace;
} // namespace sd

namespace sd::ui {

// "Add to campaign…": pick one active campaign.
class CampaignPickerDialog : public QDialog
{
    Q_OBJECT

public:
    CampaignPickerDialog(const Workspace &workspace, const QString &prompt, QWidget *parent = nullptr);

    qint64 selectedCampaignId() const;
    void selectCampaign(qint64 campaignId);
    int campaignCount() const;

    void accept() override;

signals:
    void campaignChosen(qint64 campaignId);

private:
    CampaignListModel *m_model;
    QListView *m_list;
    QPushButton *m_ok;
};

} // namespace sd::ui
