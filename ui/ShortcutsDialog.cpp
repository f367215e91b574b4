#include "ShortcutsDialog.h"

#include "Named.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_list(named(new QTreeWidget(this), QStringLiteral("shortcutList"), tr("Keyboard shortcuts")))
{
    named(this, QStringLiteral("shortcutsDialog"), tr("Keyboard shortcuts"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(false);

    QSet<QString> seen;
    const auto actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QString text = action->text();
        text.remove(u'&');
        if (text.endsWith(u'…'))
            text.chop(1);
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        // Keys bound to a panel (the sync log's Retry, the review queue's Link…) work only there.
        const auto *owner = qobject_cast<const QWidget *>(action->parent());
        const bool local = action->shortcutContext() == Qt::WidgetShortcut
                           || action->shortcutContext() == Qt::WidgetWithChildrenShortcut;
        const QString where = local && owner ? owner->accessibleName() : tr("Anywhere");
        const QString entry = text + u'\t' + keys.join(QStringLiteral(", ")) + u'\t' + where;
        if (seen.contains(entry))
            continue;
        seen.insert(entry);
        new QTreeWidgetItem(m_list, {text, keys.join(QStringLiteral(", ")), where});
    }
    // The sequence editor's keys exist only while its window is open; list them anyway.
    const std::pair<QString, QKeySequence> sequenceKeys[] = {
        {tr("Add step"), QKeySequence(Qt::Key_Insert)},
        {tr("Remove step"), QKeySequence(QKeySequence::Delete)},
        {tr("Move step up"), QKeySequence(Qt::ALT | Qt::Key_Up)},
        {tr("Move step down"), QKeySequence(Qt::ALT | Qt::Key_Down)},
        {tr("Save step"), QKeySequence(QKeySequence::Save)},
    };
    const QString sequenceEditor = tr("Sequence editor");
    for (const auto &[text, key] : sequenceKeys) {
        const QString keys = key.toString(QKeySequence::NativeText);
        if (!seen.contains(text + u'\t' + keys + u'\t' + sequenceEditor))
            new QTreeWidgetItem(m_list, {text, keys, sequenceEditor});
    }
    m_list->sortItems(0, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = named(new QDialogButtonBox(QDialogButtonBox::Close, this),
                          QStringLiteral("shortcutsButtons"), tr("Dialog buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    resize(620, 560);
}

int ShortcutsDialog::shortcutCount() const
{
    return m_list->topLevelItemCount();
}

} // namespace sd::ui
