#pragma once
// Settings → Do not contact: the emails and whole domains no sequence may write to. Filter, add,
// remove, import a list (one email or domain per line, or the first column of a CSV) and export.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace sd {
class Workspace;
}

namespace sd::ui {

class DoNotContactPage : public QWidget
{
    Q_OBJECT
public:
    explicit DoNotContactPage(const Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    // Adds what the form holds; false (and the reason shown) when refused.
    bool addFromForm();
    void removeSelected();
    // Each line on its own: a bad line is reported with its number and the others are added.
    void importFile(const QString &path);
    bool exportFile(const QString &path);
    int entryCount() const;

signals:
    void listChanged();

private:
    void applyFilter();
    void chooseImport();
    void chooseExport();
    void updateButtons();

    const Workspace &m_workspace;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QLineEdit *m_value;
    QComboBox *m_kind;
    QLineEdit *m_reason;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_export;
    QLabel *m_report;
};

} // namespace sd::ui
