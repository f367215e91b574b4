#pragma once
// The simple steps of the first-run setup: where the workspace lives, a first CSV import, and the
// summary. The SmartRecruiters steps are FirstRunConnectPage and FirstRunSyncPage.
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QRadioButton;

namespace sd::ui {

class FirstRunWizard;
class ImportWizard;

// Step 1: this computer (the file that will be used is shown) or a team workspace on a PostgreSQL
// server: choosing it and Next opens the same connect dialog as Settings → Workspace.
class FirstRunWorkspacePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunWorkspacePage(FirstRunWizard *wizard);

    bool isLocal() const;
    bool validatePage() override;

private:
    FirstRunWizard *m_wizard;
    QRadioButton *m_local;
    QRadioButton *m_team;
    QLabel *m_path;
};

// Step 4: opens the ordinary import wizard over the setup, or is skipped.
class FirstRunImportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunImportPage(FirstRunWizard *wizard);
    ~FirstRunImportPage() override;

    // The import wizard while it is open (null otherwise).
    ImportWizard *importWizard() const;

public slots:
    void openImport();

private:
    FirstRunWizard *m_wizard;
    QPushButton *m_button;
    QLabel *m_result;
    QPointer<ImportWizard> m_import;
};

// Last step: what is set now, read back from where it is stored, and where to change it later.
class FirstRunSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunSummaryPage(FirstRunWizard *wizard);

    void initializePage() override;

private:
    QLabel *addRow(const QString &objectName, const QString &title);

    FirstRunWizard *m_wizard;
    QLabel *m_workspace;
    QLabel *m_connection;
    QLabel *m_jobStatuses;
    QLabel *m_trigger;
    QLabel *m_import;
};

} // namespace sd::ui
