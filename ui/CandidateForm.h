#pragma once

#include "Types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace sd::ui {

// Every field of a candidate, editable: used by the profile page and by "New candidate…".
// candidate() returns the record shown with the edits applied; ids and versions pass through.
class CandidateForm : public QWidget
{
    Q_OBJECT

public:
    explicit CandidateForm(QWidget *parent = nullptr);

    void setCandidate(const Candidate &candidate);
    Candidate candidate() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

signals:
    void edited();

private:
    QWidget *buildIdentity();
    QWidget *buildContact();
    QWidget *buildMore();
    void addCustomRow(const QString &key, const QString &value);
    void track(QObject *editor);
    static QStringList splitList(const QString &text);

    Candidate m_base;
    bool m_modified = false;
    bool m_loading = false;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_company;
    QLineEdit *m_title;
    QLineEdit *m_city;
    QLineEdit *m_region;
    QLineEdit *m_country;
    QLineEdit *m_source;
    QLineEdit *m_tags;
    QLineEdit *m_primaryEmail;
    QPlainTextEdit *m_otherEmails;
    QLineEdit *m_phones;
    QLineEdit *m_linkedin;
    QPlainTextEdit *m_links;
    QTableWidget *m_custom;
    QPlainTextEdit *m_notes;
    QComboBox *m_consent;
    QCheckBox *m_consentDateKnown;
    QDateEdit *m_consentDate;
    QLineEdit *m_consentMethod;
};

} // namespace sd::ui
