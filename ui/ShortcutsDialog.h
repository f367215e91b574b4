#pragma once

#include <QDialog>

class QTreeWidget;

namespace sd::ui {

// Help → Keyboard shortcuts: every action of the window that has a shortcut, read from the actions
// themselves so the list can never drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window);

    int shortcutCount() const;

private:
    QTreeWidget *m_list;
};

} // namespace sd::ui
