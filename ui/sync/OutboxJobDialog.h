#pragma once
// One outbox job in full: what it is for, its state and SmartRecruiters' answer, the fields before
// and after (what SmartRecruiters had and what Sourcedesk sent), and the raw payload and result.
#include "Outbox.h"

#include <QDialog>

class QTreeWidget;

namespace sd::ui {

class OutboxJobDialog : public QDialog
{
    Q_OBJECT
public:
    OutboxJobDialog(const sync::OutboxJob &job, const QString &candidateName, QWidget *parent = nullptr);

    QTreeWidget *fieldsTree() const { return m_fields; }

private:
    QTreeWidget *m_fields;
};

} // namespace sd::ui
