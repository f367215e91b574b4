#pragma once

#include "csv/ColumnMapping.h"

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace sd::ui {

// Step 2: what each column is. One combo per column, pre-selected from the header (aliases of
// common exports), above the first rows as they would be imported; rows that would fail say why.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    static QString targetLabel(csv::FieldTarget target);

private:
    void rebuild();
    void refreshPreview();
    void targetChanged(int column, int comboIndex);

    QTableWidget *m_table;
    QLabel *m_hint;
};

} // namespace sd::ui
