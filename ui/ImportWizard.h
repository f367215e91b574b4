#pragma once

#include "CandidateRepository.h"
#include "csv/CsvImporter.h"

#include <QWizard>

#include <memory>

namespace sd {
class Workspace;
}

namespace sd::ui {

class ChangeNotifier;
class ImportFilePage;
class ImportRunPage;

// Import CSV: pick a file → map its columns (with a preview of the first rows) → choose a campaign
// and what to do with duplicates → run off the UI thread with progress and Cancel → the report,
// listing every bad row with its line number and reason.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        OptionsPage,
        RunPage
    };

    ImportWizard(std::shared_ptr<Workspace> workspace, ChangeNotifier *notifier, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Chooses the file and, when it can be read, goes straight to the mapping step.
    void setFilePath(const QString &path);
    QString filePath() const { return m_filePath; }

    // Shared state of the pages.
    std::shared_ptr<Workspace> workspace() const { return m_workspace; }
    ChangeNotifier *notifier() const { return m_notifier; }
    csv::CsvPreview &preview() { return m_preview; }
    const csv::CsvPreview &preview() const { return m_preview; }
    void setPreview(const QString &path, csv::CsvPreview preview);
    qint64 campaignId = 0;
    DuplicatePolicy policy = DuplicatePolicy::Skip;

    bool isRunning() const;
    void reject() override;

public slots:
    void cancelImport();

signals:
    void importStarted();
    void importProgress(int percent, qint64 rows);
    void importFinished(const QString &summary);

private:
    std::shared_ptr<Workspace> m_workspace;
    ChangeNotifier *m_notifier;
    QString m_filePath;
    csv::CsvPreview m_preview;
    ImportFilePage *m_filePage;
    ImportRunPage *m_runPage;
};

} // namespace sd::ui
