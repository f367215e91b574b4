#pragma once
// "Preview push…": for one campaign member, what a push would send to SmartRecruiters, field by
// field: what SmartRecruiters has now, what Sourcedesk would send, the rule, whether it is sent and
// why; plus the tags, what blocks the push (mandatory fields, consent, a match under review) and
// the request itself. "Push" queues it exactly as "Push selected" does.
#include "PushPreview.h"
#include "SyncHub.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace sd::ui {

class PushPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    PushPreviewDialog(SyncHub *hub, qint64 campaignId, qint64 candidateId, QWidget *parent = nullptr);

    QTreeWidget *fieldsTree() const { return m_fields; }
    bool isBuilding() const { return m_building; }
    const sync::PushPreview &preview() const { return m_preview; }

public slots:
    void build();
    void push();

signals:
    void pushed();

private:
    void display(const sync::PushPreview &preview);

    QPointer<SyncHub> m_hub;
    qint64 m_campaignId;
    sync::PreviewRunner *m_runner;
    QComboBox *m_member;
    QLabel *m_action;
    QLabel *m_status;
    QTreeWidget *m_fields;
    QLabel *m_tags;
    QPushButton *m_push;
    sync::PushPreview m_preview;
    int m_generation = 0;
    bool m_building = false;
};

} // namespace sd::ui
