#pragma once
// The rendered subject and body for one campaign member, the placeholders that would be empty for
// them, and how many members of the whole campaign have an empty placeholder (counted on a worker
// thread with its own connection, so a big campaign never blocks the window).
#include "Types.h"

#include <QFuture>
#include <QList>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace sd {
class Workspace;
}

namespace sd::ui {

class SequencePreview : public QWidget
{
    Q_OBJECT

public:
    explicit SequencePreview(const Workspace &workspace, QWidget *parent = nullptr);
    ~SequencePreview() override; // stops and waits for a running count

    void setCampaign(qint64 campaignId);
    void setTemplate(const QString &subject, const QString &body, const QString &senderName);
    // True from a change of campaign or template until its count is shown.
    bool isCounting() const { return m_counting; }

    struct Count
    {
        int empty = 0;
        int total = 0;
        QString error;
    };

signals:
    void countFinished();

private:
    void loadMembers();
    void render();
    void scheduleCount();
    void startCount();

    const Workspace &m_workspace;
    qint64 m_campaignId = 0;
    QString m_subjectTemplate;
    QString m_bodyTemplate;
    QString m_senderName;
    QList<Candidate> m_members;
    QComboBox *m_member;
    QLabel *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_missing;
    QLabel *m_count;
    QTimer *m_countTimer;
    int m_generation = 0;
    bool m_counting = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QFuture<Count>> m_jobs;
};

} // namespace sd::ui
