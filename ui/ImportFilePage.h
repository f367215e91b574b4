#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace sd::ui {

// Step 1: which file. Leaving the step reads the first rows, so an unreadable file is explained
// here (encoding, binary data, no header) before anything else is asked.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(QWidget *parent = nullptr);

    void setPath(const QString &path);
    bool isComplete() const override;
    bool validatePage() override;

    static constexpr int PreviewRows = 20;

private:
    void browse();

    QLineEdit *m_path;
    QLabel *m_error;
};

} // namespace sd::ui
