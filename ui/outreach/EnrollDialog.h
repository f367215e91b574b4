#pragma once
// Enrolling selected campaign members in the campaign's sequence, after the contact guard: the
// warnings per person, then "Enroll anyway", "Enroll only those without warnings" or Cancel.
#include "ContactGuard.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace sd {
class Workspace;
}

namespace sd::ui {

class EnrollDialog : public QDialog
{
    Q_OBJECT

public:
    // How far back an outreach activity counts as "contacted recently".
    static constexpr int RecentDays = 30;

    EnrollDialog(const Workspace &workspace, qint64 campaignId, const QList<qint64> &candidateIds,
                 QWidget *parent = nullptr);

    // The first pass (nothing confirmed): enrolls straight away when nobody needs confirming, else
    // lists the warnings and waits for a choice. False when it failed (the error was shown).
    bool start();
    int enrolledCount() const { return m_enrolled; }
    int refusedCount() const { return m_refused; }
    QTreeWidget *warningTree() const { return m_tree; }

    static QString warningText(const ContactWarning &warning);

public slots:
    void enrollAnyway();
    void enrollWithoutWarnings();

signals:
    void enrolled(qint64 campaignId, int count);

private:
    bool run(const QList<qint64> &ids, bool confirmed, bool *needsConfirmation);
    void showWarnings(const QList<ContactWarning> &warnings, const QList<qint64> &refused);
    void showResult(int skipped);
    QString nameOf(qint64 candidateId) const;

    const Workspace &m_workspace;
    qint64 m_campaignId;
    QList<qint64> m_ids;
    QList<ContactWarning> m_warnings;
    QList<qint64> m_refusedIds;
    mutable QHash<qint64, QString> m_names; // for the warning list
    int m_enrolled = 0;
    int m_refused = 0;
    QLabel *m_intro;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QPushButton *m_anyway;
    QPushButton *m_clean;
    QDialogButtonBox *m_buttons;
};

} // namespace sd::ui
