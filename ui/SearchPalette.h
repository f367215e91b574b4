#pragma once
// "Search everywhere" (Ctrl+K): one field over campaigns, candidates and SmartRecruiters jobs, the
// results grouped by kind. Typing searches after a short pause; the local search runs on a worker
// thread and the jobs come from SmartRecruiters when connected, each dropped when the text changed
// meanwhile. Up/Down (Ctrl+N/Ctrl+P) walk the results across the groups, Enter opens one, Esc closes.
#include "ApiClient.h" // QPointer<sr::ApiCall>
#include "Jobs.h"
#include "Types.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace sd {
class Workspace;
}

namespace sd::ui {

class MainWindow;

class SearchPalette : public QDialog
{
    Q_OBJECT

public:
    enum Kind
    {
        HeaderItem = 0,
        CampaignItem = 1,
        CandidateItem = 2,
        JobItem = 3
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IdRole,    // campaign or candidate id
        JobIdRole, // SmartRecruiters job id
        TitleRole  // the job's title
    };

    SearchPalette(std::shared_ptr<Workspace> workspace, MainWindow *window);
    ~SearchPalette() override;

    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_list; }
    // The text the shown local results belong to.
    QString resultsText() const { return m_resultsText; }
    // True while the pause after typing runs or the local search for the current text has not answered.
    bool isSearching() const;
    bool isLoadingJobs() const { return m_jobCall != nullptr; }
    // Answers that arrived after the text had changed and were thrown away.
    int droppedResults() const { return m_dropped; }

public slots:
    // Centres the palette on the window, empties it and gives the field the focus.
    void popup();
    // Searches `text` now (the debounce calls this with the field's text).
    void searchFor(const QString &text);
    // Opens the current result and closes the palette; false when nothing is selected.
    bool openCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct LocalResults
    {
        int generation = 0;
        QString text;
        QList<Campaign> campaigns;
        QList<Candidate> candidates;
        QString error;
    };

    void showLocal(const LocalResults &results);
    void searchJobs(int generation, const QString &text);
    void rebuild();
    QListWidgetItem *addHeader(const QString &title);
    void moveCurrent(int step);
    void updateStatus();
    void openCampaign(qint64 id, bool archived);
    void openJob(const QString &jobId, const QString &title);

    std::shared_ptr<Workspace> m_workspace;
    QPointer<MainWindow> m_window;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_status;
    QTimer *m_debounce;
    QPointer<sr::ApiCall> m_jobCall;
    int m_generation = 0;
    int m_localAnswered = 0;
    int m_dropped = 0;
    QString m_resultsText;
    QString m_error;
    QString m_jobsError;
    QList<Campaign> m_campaigns;
    QList<Candidate> m_candidates;
    QList<sr::Job> m_jobs;
};

} // namespace sd::ui
