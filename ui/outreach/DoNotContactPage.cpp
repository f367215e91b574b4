#include "DoNotContactPage.h"

#include "Actor.h"
#include "DoNotContact.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "Named.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

using Kind = DoNotContactEntry::Kind;

enum Column { ValueColumn, KindColumn, ReasonColumn, ByColumn, AtColumn };

// "ana@x.com" is an email; "x.com" and "@x.com" are domains.
Kind guessKind(const QString &value)
{
    const QString v = value.trimmed();
    return v.indexOf(u'@') > 0 ? Kind::Email : Kind::Domain;
}

// The first field of a CSV line, unquoted.
QString firstField(const QString &line)
{
    QString v = line.trimmed();
    if (v.startsWith(u'"')) {
        const qsizetype end = v.indexOf(u'"', 1);
        return (end > 0 ? v.mid(1, end - 1) : v.mid(1)).trimmed();
    }
    const qsizetype cut = v.indexOf(QRegularExpression(QStringLiteral("[,;\\t]")));
    return (cut >= 0 ? v.left(cut) : v).trimmed();
}

QString csvField(const QString &v)
{
    if (!v.contains(u',') && !v.contains(u'"') && !v.contains(u'\n') && !v.contains(u';'))
        return v;
    return u'"' + QString(v).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

} // namespace

DoNotContactPage::DoNotContactPage(const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_filter(named(new QLineEdit(this), QStringLiteral("dncFilter"), tr("Filter the do-not-contact list")))
    , m_list(named(new QTreeWidget(this), QStringLiteral("dncList"), tr("Do-not-contact list")))
    , m_value(named(new QLineEdit(this), QStringLiteral("dncValue"), tr("Email or domain to add")))
    , m_kind(named(new QComboBox(this), QStringLiteral("dncKind"), tr("Email or domain")))
    , m_reason(named(new QLineEdit(this), QStringLiteral("dncReason"), tr("Reason")))
    , m_add(named(new QPushButton(tr("&Add"), this), QStringLiteral("dncAdd"), tr("Add to the list")))
    , m_remove(named(new QPushButton(tr("&Remove"), this), QStringLiteral("dncRemove"),
                     tr("Remove the selected entries")))
    , m_import(named(new QPushButton(tr("&Import…"), this), QStringLiteral("dncImport"),
                     tr("Import emails and domains from a file")))
    , m_export(named(new QPushButton(tr("E&xport…"), this), QStringLiteral("dncExport"),
                     tr("Export the list to a CSV file")))
    , m_report(named(new QLabel(this), QStringLiteral("dncReport"), tr("Last import or change")))
{
    named(this, QStringLiteral("doNotContactPage"), tr("Do not contact"));
    auto *intro = named(new QLabel(tr("Sequences never write to these emails, nor to anyone at these domains "
                                      "(subdomains included)."),
                                   this),
                        QStringLiteral("dncIntro"), tr("About the do-not-contact list"));
    intro->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_list->setHeaderLabels({tr("Email or domain"), tr("Kind"), tr("Reason"), tr("Added by"), tr("Added")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_list->header()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);

    m_value->setPlaceholderText(tr("ana@example.com or example.com"));
    m_kind->addItem(tr("Automatic"), -1);
    m_kind->addItem(tr("Email"), int(Kind::Email));
    m_kind->addItem(tr("Domain"), int(Kind::Domain));
    m_reason->setPlaceholderText(tr("Why (optional)"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_value, 2);
    addRow->addWidget(m_kind);
    addRow->addWidget(m_reason, 2);
    addRow->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addLayout(addRow);
    layout->addWidget(m_report);

    auto *removeAction = namedAction(new QAction(tr("Remove from the do-not-contact list"), m_list),
                                     QStringLiteral("dncRemoveAction"));
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &DoNotContactPage::removeSelected);
    connect(m_remove, &QPushButton::clicked, this, &DoNotContactPage::removeSelected);
    connect(m_add, &QPushButton::clicked, this, [this] { addFromForm(); });
    connect(m_value, &QLineEdit::returnPressed, this, [this] { addFromForm(); });
    connect(m_reason, &QLineEdit::returnPressed, this, [this] { addFromForm(); });
    connect(m_import, &QPushButton::clicked, this, &DoNotContactPage::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &DoNotContactPage::chooseExport);
    connect(m_filter, &QLineEdit::textChanged, this, &DoNotContactPage::applyFilter);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DoNotContactPage::updateButtons);
    reload();
}

int DoNotContactPage::entryCount() const
{
    return m_list->topLevelItemCount();
}

void DoNotContactPage::reload()
{
    Result<QList<DoNotContactEntry>> entries = DoNotContact(m_workspace).list();
    m_list->setSortingEnabled(false);
    m_list->clear();
    if (!entries) {
        m_report->setText(entries.error().toString());
        return;
    }
    const QLocale locale;
    for (const DoNotContactEntry &e : *entries) {
        auto *item = new QTreeWidgetItem(m_list, {e.value, e.kind == Kind::Email ? tr("Email") : tr("Domain"), e.reason,
                                                  e.addedBy, locale.toString(e.addedAt.toLocalTime(), QLocale::ShortFormat)});
        item->setData(ValueColumn, Qt::UserRole, e.id);
    }
    m_list->setSortingEnabled(true);
    applyFilter();
    updateButtons();
}

void DoNotContactPage::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool match = needle.isEmpty() || item->text(ValueColumn).contains(needle, Qt::CaseInsensitive)
                           || item->text(ReasonColumn).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void DoNotContactPage::updateButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

bool DoNotContactPage::addFromForm()
{
    const QString value = m_value->text().trimmed();
    if (value.isEmpty()) {
        m_report->setText(tr("Type an email address or a domain to add."));
        m_value->setFocus();
        return false;
    }
    const int chosen = m_kind->currentData().toInt();
    const Kind kind = chosen < 0 ? guessKind(value) : Kind(chosen);
    Result<qint64> added = DoNotContact(m_workspace).add(kind, value, m_reason->text().trimmed(), currentActor());
    if (!added) {
        m_report->setText(added.error().message);
        m_value->setFocus();
        return false;
    }
    m_report->setText(tr("Added %1.").arg(value));
    m_value->clear();
    m_reason->clear();
    reload();
    emit listChanged();
    m_value->setFocus();
    return true;
}

void DoNotContactPage::removeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    DoNotContact dnc(m_workspace);
    QStringList failed;
    int removed = 0;
    for (const QTreeWidgetItem *item : selected) {
        if (Status s = dnc.remove(item->data(ValueColumn, Qt::UserRole).toLongLong()))
            failed << s->message;
        else
            ++removed;
    }
    m_report->setText(failed.isEmpty() ? tr("Removed %n entries.", nullptr, removed)
                                       : tr("Removed %n entries; %1", nullptr, removed).arg(failed.join(u' ')));
    reload();
    emit listChanged();
    m_list->setFocus();
}

void DoNotContactPage::chooseImport()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import do-not-contact list"),
                                                     tr("Lists (*.txt *.csv);;All files (*)"), QStringLiteral("dnc"));
    if (!path.isEmpty())
        importFile(path);
}

void DoNotContactPage::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_report->setText(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        MessageBox::warning(this, tr("Import do-not-contact list"), m_report->text());
        return;
    }
    QStringDecoder decode(QStringDecoder::Utf8);
    const QString text = decode(file.readAll());
    const QStringList lines = text.split(u'\n');
    const QString reason = tr("Imported from %1").arg(QFileInfo(path).fileName());
    const QString actor = currentActor();
    DoNotContact dnc(m_workspace);
    int added = 0;
    int already = 0;
    QStringList bad;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString value = firstField(lines.at(i));
        if (i == 0 && value.startsWith(QChar(0xFEFF)))
            value.remove(0, 1);
        if (value.isEmpty() || value.startsWith(u'#'))
            continue;
        // A header row ("email", "domain", "value") is not an entry.
        if (i == 0 && !value.contains(u'@') && !value.contains(u'.'))
            continue;
        Result<qint64> r = dnc.add(guessKind(value), value, reason, actor);
        if (r)
            ++added;
        else if (r.error().code == Error::Code::Duplicate)
            ++already;
        else
            bad << tr("line %1: %2").arg(i + 1).arg(r.error().message);
    }
    QString summary = tr("Imported %n entries.", nullptr, added);
    if (already > 0)
        summary += u' ' + tr("%n already listed.", nullptr, already);
    if (!bad.isEmpty())
        summary += u' ' + tr("%n lines skipped:", nullptr, int(bad.size())) + u'\n' + bad.mid(0, 20).join(u'\n')
                   + (bad.size() > 20 ? u'\n' + tr("… and %n more.", nullptr, int(bad.size() - 20)) : QString());
    m_report->setText(summary);
    reload();
    emit listChanged();
    if (!bad.isEmpty())
        MessageBox::warning(this, tr("Import do-not-contact list"), summary);
}

void DoNotContactPage::chooseExport()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export do-not-contact list"),
                                                     QStringLiteral("do-not-contact.csv"), tr("CSV files (*.csv)"),
                                                     QStringLiteral("dnc"));
    if (!path.isEmpty())
        exportFile(path);
}

bool DoNotContactPage::exportFile(const QString &path)
{
    Result<QList<DoNotContactEntry>> entries = DoNotContact(m_workspace).list();
    if (!entries) {
        m_report->setText(entries.error().toString());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_report->setText(tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        MessageBox::warning(this, tr("Export do-not-contact list"), m_report->text());
        return false;
    }
    // The first column is what an import reads back.
    QString out = QStringLiteral("value,kind,reason,added_by,added_at\n");
    for (const DoNotContactEntry &e : *entries) {
        out += QStringList{csvField(e.value), e.kind == Kind::Email ? QStringLiteral("email") : QStringLiteral("domain"),
                           csvField(e.reason), csvField(e.addedBy), e.addedAt.toString(Qt::ISODate)}
                   .join(u',')
               + u'\n';
    }
    file.write(out.toUtf8());
    if (!file.commit()) {
        m_report->setText(tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        MessageBox::warning(this, tr("Export do-not-contact list"), m_report->text());
        return false;
    }
    m_report->setText(tr("Exported %n entries to %1.", nullptr, int(entries->size())).arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace sd::ui
