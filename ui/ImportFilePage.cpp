#include "ImportFilePage.h"

#include "Theme.h"
#include "FileDialog.h"
#include "ImportWizard.h"
#include "Named.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

ImportFilePage::ImportFilePage(QWidget *parent)
    : QWizardPage(parent)
    , m_path(named(new QLineEdit(this), QStringLiteral("importFilePath"), tr("CSV file")))
    , m_error(named(new QLabel(this), QStringLiteral("importFileError"), tr("Problem with the file")))
{
    named(this, QStringLiteral("importFilePage"), tr("Choose a CSV file"));
    setTitle(tr("Choose a CSV file"));
    setSubTitle(tr(
        "Exports from LinkedIn Recruiter, SourceWhale, Google Contacts, spreadsheets and Sourcedesk itself "
        "are recognised. Any encoding and separator (comma, semicolon, tab) works."));
    auto *browse =
        named(new QPushButton(tr("&Browse…"), this), QStringLiteral("importBrowse"), tr("Browse for a file"));
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        emit completeChanged();
    });
    m_path->setPlaceholderText(tr("Path of the .csv file"));
    m_error->setWordWrap(true);
    theme::setTone(m_error, theme::Tone::Problem);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch();
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(path);
}

void ImportFilePage::browse()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import CSV"), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"), QStringLiteral("csv"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = m_path->text().trimmed();
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_error->setText(tr("There is no file at “%1”.").arg(path));
        m_error->show();
        return false;
    }
    // The first rows only, without the whole-file encoding scan: cheap on the UI thread even for a
    // huge file. The import itself scans the whole file.
    csv::CsvReader::Options options;
    options.scanWholeFile = false;
    auto preview = csv::CsvImporter::preview(path, ImportFilePage::PreviewRows, std::nullopt, options);
    if (!preview.ok()) {
        m_error->setText(tr("This file cannot be imported: %1").arg(preview.error().toString()));
        m_error->show();
        return false;
    }
    static_cast<ImportWizard *>(wizard())->setPreview(path, std::move(preview).value());
    return true;
}

} // namespace sd::ui
