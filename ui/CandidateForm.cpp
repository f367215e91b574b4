#include "CandidateForm.h"

#include "Labels.h"
#include "Named.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &accessible)
{
    return named(new QLineEdit(parent), objectName, accessible);
}

QPlainTextEdit *textEdit(QWidget *parent, const QString &objectName, const QString &accessible)
{
    auto *edit = named(new QPlainTextEdit(parent), objectName, accessible);
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace

CandidateForm::CandidateForm(QWidget *parent)
    : QWidget(parent)
    , m_firstName(lineEdit(this, QStringLiteral("firstName"), tr("First name")))
    , m_lastName(lineEdit(this, QStringLiteral("lastName"), tr("Last name")))
    , m_company(lineEdit(this, QStringLiteral("company"), tr("Company")))
    , m_title(lineEdit(this, QStringLiteral("jobTitle"), tr("Job title")))
    , m_city(lineEdit(this, QStringLiteral("city"), tr("City")))
    , m_region(lineEdit(this, QStringLiteral("region"), tr("Region")))
    , m_country(lineEdit(this, QStringLiteral("countryCode"), tr("Country code")))
    , m_source(lineEdit(this, QStringLiteral("source"), tr("Source")))
    , m_tags(lineEdit(this, QStringLiteral("tags"), tr("Tags")))
    , m_primaryEmail(lineEdit(this, QStringLiteral("primaryEmail"), tr("Primary email")))
    , m_otherEmails(textEdit(this, QStringLiteral("otherEmails"), tr("Other emails")))
    , m_phones(lineEdit(this, QStringLiteral("phones"), tr("Phones")))
    , m_linkedin(lineEdit(this, QStringLiteral("linkedinUrl"), tr("LinkedIn profile")))
    , m_links(textEdit(this, QStringLiteral("links"), tr("Other links")))
    , m_custom(named(new QTableWidget(0, 2, this), QStringLiteral("customFields"), tr("Custom fields")))
    , m_notes(textEdit(this, QStringLiteral("notes"), tr("Notes")))
    , m_consent(named(new QComboBox(this), QStringLiteral("consentState"), tr("GDPR consent")))
    , m_consentDateKnown(named(new QCheckBox(tr("Date:"), this), QStringLiteral("consentDateKnown"),
                               tr("Consent date known")))
    , m_consentDate(named(new QDateEdit(this), QStringLiteral("consentDate"), tr("Consent date")))
    , m_consentMethod(lineEdit(this, QStringLiteral("consentMethod"), tr("How consent was obtained")))
{
    setObjectName(QStringLiteral("candidateForm"));
    setAccessibleName(tr("Candidate details"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(tr("e.g. DE"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. backend, rust, remote"));
    m_phones->setPlaceholderText(tr("comma-separated"));
    m_otherEmails->setPlaceholderText(tr("one per line"));
    m_links->setPlaceholderText(tr("one per line: GitHub, portfolio, …"));
    m_linkedin->setPlaceholderText(tr("https://www.linkedin.com/in/…"));
    m_consentMethod->setPlaceholderText(tr("e.g. replied to outreach email, agreed on a call"));
    for (ConsentState s :
         {ConsentState::Unknown, ConsentState::Granted, ConsentState::Refused, ConsentState::Withdrawn})
        m_consent->addItem(label(s), static_cast<int>(s));
    m_consentDate->setCalendarPopup(true);
    m_consentDate->setEnabled(false);
    connect(m_consentDateKnown, &QCheckBox::toggled, m_consentDate, &QWidget::setEnabled);

    auto *tabs = named(new QTabWidget(this), QStringLiteral("candidateFormTabs"), tr("Candidate sections"));
    tabs->addTab(buildIdentity(), tr("&Person"));
    tabs->addTab(buildContact(), tr("C&ontact"));
    tabs->addTab(buildMore(), tr("&More"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);

    for (QObject *editor : std::initializer_list<QObject *>{
             m_firstName,   m_lastName, m_company,          m_title,       m_city,
             m_region,      m_country,  m_source,           m_tags,        m_primaryEmail,
             m_otherEmails, m_phones,   m_linkedin,         m_links,       m_custom,
             m_notes,       m_consent,  m_consentDateKnown, m_consentDate, m_consentMethod})
        track(editor);
}

QWidget *CandidateForm::buildIdentity()
{
    auto *page = named(new QWidget(this), QStringLiteral("personPage"), tr("Person"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("C&ity:"), m_city);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Cou&ntry code:"), m_country);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("N&otes:"), m_notes);
    return page;
}

QWidget *CandidateForm::buildContact()
{
    auto *page = named(new QWidget(this), QStringLiteral("contactPage"), tr("Contact"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Primary email:"), m_primaryEmail);
    form->addRow(tr("Other &emails:"), m_otherEmails);
    form->addRow(tr("P&hones:"), m_phones);
    form->addRow(tr("&LinkedIn:"), m_linkedin);
    form->addRow(tr("Other lin&ks:"), m_links);
    return page;
}

QWidget *CandidateForm::buildMore()
{
    auto *page = named(new QWidget(this), QStringLiteral("morePage"), tr("More"));
    m_custom->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move between cells
    m_custom->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_custom->horizontalHeader()->setStretchLastSection(true);
    m_custom->verticalHeader()->hide();
    auto *add = named(new QPushButton(tr("Add field"), page), QStringLiteral("addCustomField"),
                      tr("Add custom field"));
    auto *remove = named(new QPushButton(tr("Remove field"), page), QStringLiteral("removeCustomField"),
                         tr("Remove custom field"));
    connect(add, &QPushButton::clicked, this, [this] {
        addCustomRow({}, {});
        m_custom->editItem(m_custom->item(m_custom->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_custom->currentRow() >= 0) {
            m_custom->removeRow(m_custom->currentRow());
            m_modified = true;
            emit edited();
        }
    });
    auto *customButtons = new QHBoxLayout;
    customButtons->addWidget(add);
    customButtons->addWidget(remove);
    customButtons->addStretch();

    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent);
    consentRow->addWidget(m_consentDateKnown);
    consentRow->addWidget(m_consentDate);
    consentRow->addStretch();

    auto *form = new QFormLayout(page);
    form->addRow(tr("Custom fields:"), m_custom);
    form->addRow(QString(), customButtons);
    form->addRow(tr("GDPR &consent:"), consentRow);
    form->addRow(tr("&How obtained:"), m_consentMethod);
    return page;
}

void CandidateForm::addCustomRow(const QString &key, const QString &value)
{
    const int row = m_custom->rowCount();
    m_custom->insertRow(row);
    m_custom->setItem(row, 0, new QTableWidgetItem(key));
    m_custom->setItem(row, 1, new QTableWidgetItem(value));
}

void CandidateForm::track(QObject *editor)
{
    auto changed = [this] {
        if (!m_loading) {
            m_modified = true;
            emit edited();
        }
    };
    if (auto *e = qobject_cast<QLineEdit *>(editor))
        connect(e, &QLineEdit::textEdited, this, changed);
    else if (auto *t = qobject_cast<QPlainTextEdit *>(editor))
        connect(t, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *table = qobject_cast<QTableWidget *>(editor))
        connect(table, &QTableWidget::itemChanged, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        connect(check, &QCheckBox::toggled, this, changed);
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        connect(date, &QDateEdit::dateChanged, this, changed);
}

QStringList CandidateForm::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QStringList out;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    return out;
}

void CandidateForm::setCandidate(const Candidate &c)
{
    m_loading = true;
    m_base = c;
    m_firstName->setText(c.firstName);
    m_lastName->setText(c.lastName);
    m_company->setText(c.company);
    m_title->setText(c.title);
    m_city->setText(c.city);
    m_region->setText(c.region);
    m_country->setText(c.countryCode);
    m_source->setText(c.source);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_primaryEmail->setText(c.primaryEmail());
    m_otherEmails->setPlainText(c.emails.mid(1).join(u'\n'));
    m_phones->setText(c.phones.join(QStringLiteral(", ")));
    m_linkedin->setText(c.linkedinUrl);
    m_links->setPlainText(c.links.join(u'\n'));
    m_custom->setRowCount(0);
    for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it)
        addCustomRow(it.key(), it.value());
    m_notes->setPlainText(c.notes);
    m_consent->setCurrentIndex(m_consent->findData(static_cast<int>(c.consent)));
    m_consentDateKnown->setChecked(c.consentDate.isValid());
    m_consentDate->setDate(c.consentDate.isValid() ? c.consentDate.toLocalTime().date()
                                                   : QDate::currentDate());
    m_consentMethod->setText(c.consentMethod);
    m_loading = false;
    m_modified = false;
}

Candidate CandidateForm::candidate() const
{
    Candidate c = m_base;
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.company = m_company->text().trimmed();
    c.title = m_title->text().trimmed();
    c.city = m_city->text().trimmed();
    c.region = m_region->text().trimmed();
    c.countryCode = m_country->text().trimmed().toUpper();
    c.source = m_source->text().trimmed();
    c.tags = splitList(m_tags->text());
    c.emails.clear();
    const QString primary = m_primaryEmail->text().trimmed();
    if (!primary.isEmpty())
        c.emails.append(primary);
    for (const QString &e : splitList(m_otherEmails->toPlainText())) {
        if (!c.emails.contains(e, Qt::CaseInsensitive))
            c.emails.append(e);
    }
    c.phones = splitList(m_phones->text());
    c.linkedinUrl = m_linkedin->text().trimmed();
    c.links.clear();
    const QStringList links = m_links->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &link : links) {
        if (!link.trimmed().isEmpty() && !c.links.contains(link.trimmed()))
            c.links.append(link.trimmed());
    }
    c.customFields.clear();
    for (int row = 0; row < m_custom->rowCount(); ++row) {
        const QString key = m_custom->item(row, 0) ? m_custom->item(row, 0)->text().trimmed() : QString();
        const QString value = m_custom->item(row, 1) ? m_custom->item(row, 1)->text().trimmed() : QString();
        if (!key.isEmpty())
            c.customFields.insert(key, value);
    }
    c.notes = m_notes->toPlainText().trimmed();
    c.consent = static_cast<ConsentState>(m_consent->currentData().toInt());
    if (!m_consentDateKnown->isChecked())
        c.consentDate = QDateTime();
    else if (!m_base.consentDate.isValid() ||
             m_base.consentDate.toLocalTime().date() != m_consentDate->date())
        c.consentDate = m_consentDate->date().startOfDay(); // an unchanged date keeps its stored time
    c.consentMethod = m_consentMethod->text().trimmed();
    return c;
}

} // namespace sd::ui
