#include "ImportMappingPage.h"

#include "Theme.h"
#include "ImportFilePage.h"
#include "ImportWizard.h"
#include "Named.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

const QList<csv::FieldTarget> &allTargets()
{
    using T = csv::FieldTarget;
    static const QList<T> list = {
        T::Ignore, T::FirstName, T::LastName, T::FullName,     T::Email,       T::Phone,         T::Company,
        T::Title,  T::City,      T::Region,   T::CountryCode,  T::Location,    T::LinkedIn,      T::Link,
        T::Source, T::Tags,      T::Notes,    T::ConsentState, T::ConsentDate, T::ConsentMethod, T::Custom};
    return list;
}

} // namespace

ImportMappingPage::ImportMappingPage(QWidget *parent)
    : QWizardPage(parent)
    , m_table(named(new QTableWidget(this), QStringLiteral("importMappingTable"),
                    tr("Column mapping and preview")))
    , m_hint(named(new QLabel(this), QStringLiteral("importMappingHint"), tr("Mapping hint")))
{
    named(this, QStringLiteral("importMappingPage"), tr("Map the columns"));
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose what each column holds. The first rows below show how they will be imported."));
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move between cells
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_hint);
}

QString ImportMappingPage::targetLabel(csv::FieldTarget target)
{
    using T = csv::FieldTarget;
    switch (target) {
    case T::Ignore:
        return tr("(do not import)");
    case T::Custom:
        return tr("Custom field");
    case T::FirstName:
        return tr("First name");
    case T::LastName:
        return tr("Last name");
    case T::FullName:
        return tr("Full name");
    case T::Email:
        return tr("Email");
    case T::Phone:
        return tr("Phone");
    case T::Company:
        return tr("Company");
    case T::Title:
        return tr("Job title");
    case T::City:
        return tr("City");
    case T::Region:
        return tr("Region");
    case T::CountryCode:
        return tr("Country");
    case T::Location:
        return tr("Location (city, region, country)");
    case T::LinkedIn:
        return tr("LinkedIn profile");
    case T::Link:
        return tr("Other link");
    case T::Source:
        return tr("Source");
    case T::Tags:
        return tr("Tags");
    case T::Notes:
        return tr("Notes");
    case T::ConsentState:
        return tr("GDPR consent");
    case T::ConsentDate:
        return tr("GDPR consent date");
    case T::ConsentMethod:
        return tr("GDPR consent: how obtained");
    }
    return {};
}

void ImportMappingPage::initializePage()
{
    rebuild();
}

void ImportMappingPage::rebuild()
{
    auto *w = static_cast<ImportWizard *>(wizard());
    const csv::CsvPreview &p = w->preview();
    const auto columnCount = int(p.headers.size());
    m_table->clear();
    m_table->setColumnCount(columnCount);
    m_table->setRowCount(1 + int(p.rows.size()));
    m_table->setHorizontalHeaderLabels(p.headers);
    m_table->setVerticalHeaderItem(0, new QTableWidgetItem(tr("Import as")));
    for (int col = 0; col < columnCount; ++col) {
        auto *combo = named(new QComboBox(m_table), QStringLiteral("mapColumn_%1").arg(col),
                            tr("Import column “%1” as").arg(p.headers.at(col)));
        for (csv::FieldTarget t : allTargets())
            combo->addItem(targetLabel(t), static_cast<int>(t));
        const csv::FieldTarget current =
            col < p.mapping.columnCount() ? p.mapping.columns().at(col).target : csv::FieldTarget::Ignore;
        combo->setCurrentIndex(combo->findData(static_cast<int>(current)));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, col](int index) { targetChanged(col, index); });
        m_table->setCellWidget(0, col, combo);
    }
    refreshPreview();
    m_table->resizeColumnsToContents();
}

void ImportMappingPage::refreshPreview()
{
    auto *w = static_cast<ImportWizard *>(wizard());
    const csv::CsvPreview &p = w->preview();
    int failing = 0;
    for (int r = 0; r < p.rows.size(); ++r) {
        const csv::CsvRecord &record = p.rows.at(r);
        const QString error = r < p.rowErrors.size() ? p.rowErrors.at(r) : QString();
        auto *head = new QTableWidgetItem(tr("Line %1").arg(record.line));
        if (!error.isEmpty()) {
            ++failing;
            head->setText(tr("Line %1 ✗").arg(record.line));
            head->setToolTip(error);
        }
        m_table->setVerticalHeaderItem(r + 1, head);
        for (int col = 0; col < m_table->columnCount(); ++col) {
            auto *item = new QTableWidgetItem(col < record.fields.size() ? record.fields.at(col) : QString());
            if (!error.isEmpty()) {
                item->setToolTip(error);
                item->setForeground(theme::colorOnBase(theme::Tone::Problem));
            }
            m_table->setItem(r + 1, col, item);
        }
    }
    QStringList hints;
    hints << tr("Detected: %1, separator “%2”.")
                 .arg(csv::encodingName(p.encoding), p.separator == u'\t' ? tr("tab") : QString(p.separator));
    if (!p.mapping.canIdentifyCandidates())
        hints << tr(
            "Map at least one column to a name or an email address; otherwise no row can be imported.");
    if (failing > 0)
        hints << tr("%n of the rows shown would not import (hover a red row for the reason).", nullptr,
                    failing);
    m_hint->setText(hints.join(u' '));
    emit completeChanged();
}

void ImportMappingPage::targetChanged(int column, int comboIndex)
{
    auto *w = static_cast<ImportWizard *>(wizard());
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(0, column));
    if (!combo)
        return;
    const auto target = static_cast<csv::FieldTarget>(combo->itemData(comboIndex).toInt());
    csv::ColumnMapping mapping = w->preview().mapping;
    mapping.setTarget(column, target);
    // Map the first rows again with the new mapping, so the preview and its errors stay true.
    csv::CsvReader::Options options;
    options.scanWholeFile = false;
    auto preview = csv::CsvImporter::preview(w->filePath(), ImportFilePage::PreviewRows, mapping, options);
    if (preview.ok()) {
        preview->mapping = mapping;
        w->setPreview(w->filePath(), std::move(preview).value());
    } else {
        w->preview().mapping = mapping;
    }
    refreshPreview();
}

bool ImportMappingPage::isComplete() const
{
    const auto *w = static_cast<const ImportWizard *>(wizard());
    return w && w->preview().mapping.canIdentifyCandidates();
}

} // namespace sd::ui
