#pragma once

#include "CampaignRepository.h"
#include "CandidateRepository.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace sd {
class Workspace;
}

namespace sd::ui {

// Runs one CSV export (a search result or a campaign's members) on a worker thread, so the window
// stays responsive. finished() is emitted exactly once, in the runner's thread.
class CsvExportRunner : public QObject
{
    Q_OBJECT

public:
    explicit CsvExportRunner(std::shared_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~CsvExportRunner() override;

    void exportCandidates(const CandidateQuery &query, const QString &path);
    void exportCampaign(const MemberQuery &query, const QString &path);
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

public slots:
    void cancel() { m_cancel.store(true); }

signals:
    void progress(qint64 rows);
    void finished(bool ok, qint64 rows, const QString &error);

private:
    template<typename Work> void run(Work work);

    std::shared_ptr<Workspace> m_workspace;
    std::atomic<bool> m_cancel{false};
    QPointer<QThread> m_thread;
};

} // namespace sd::ui
