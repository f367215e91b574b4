#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QRadioButton;

namespace sd::ui {

// Step 3: into which campaign (or none), and what a duplicate row does: skip it or merge it into
// the stored candidate. Committing this step starts the import.
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportOptionsPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    QComboBox *m_campaign;
    QRadioButton *m_skip;
    QRadioButton *m_merge;
    QLabel *m_summary;
};

} // namespace sd::ui
