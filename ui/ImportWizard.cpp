#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportOptionsPage.h"
#include "ImportRunPage.h"
#include "Named.h"

#include <QAbstractButton>

namespace sd::ui {

ImportWizard::ImportWizard(std::shared_ptr<Workspace> workspace, ChangeNotifier *notifier, QWidget *parent)
    : QWizard(parent)
    , m_workspace(std::move(workspace))
    , m_notifier(notifier)
    , m_filePage(new ImportFilePage(this))
    , m_runPage(new ImportRunPage(this))
{
    named(this, QStringLiteral("importWizard"), tr("Import CSV"));
    setWindowTitle(tr("Import candidates from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setPage(FilePage, m_filePage);
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(OptionsPage, new ImportOptionsPage(this));
    setPage(RunPage, m_runPage);
    setStartId(FilePage);
    button(QWizard::BackButton)->setObjectName(QStringLiteral("importBack"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("importNext"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("importCommit"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("importFinish"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("importCancelWizard"));
    connect(m_runPage, &ImportRunPage::started, this, &ImportWizard::importStarted);
    connect(m_runPage, &ImportRunPage::progressed, this, &ImportWizard::importProgress);
    connect(m_runPage, &ImportRunPage::done, this, &ImportWizard::importFinished);
    resize(860, 600);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFilePath(const QString &path)
{
    if (currentId() == -1)
        restart();
    if (currentId() != FilePage)
        return;
    m_filePage->setPath(path);
    next(); // validates: reads the preview, or stays on the file step with the reason shown
}

void ImportWizard::setPreview(const QString &path, csv::CsvPreview preview)
{
    m_filePath = path;
    m_preview = std::move(preview);
}

bool ImportWizard::isRunning() const
{
    return m_runPage->isRunning();
}

void ImportWizard::cancelImport()
{
    m_runPage->cancel();
}

void ImportWizard::reject()
{
    if (isRunning()) {
        // Stop after the batch in progress; the report then says what was stored.
        cancelImport();
        return;
    }
    QWizard::reject();
}

} // namespace sd::ui
