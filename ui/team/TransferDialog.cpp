#include "TransferDialog.h"

#include "FileDialog.h"
#include "Named.h"
#include "TeamOpener.h"
#include "TeamServer.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace sd::ui {

using transfer::Progress;

TransferDialog::TransferDialog(std::shared_ptr<Workspace> source, QWidget *parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_toTeam(!m_source->isTeam())
{
    named(this, QStringLiteral("transferDialog"),
          m_toTeam ? tr("Move this workspace to a team server") : tr("Copy to a local file"));
    setWindowTitle(m_toTeam ? tr("Move this workspace to a team server") : tr("Copy this team workspace to a local file"));

    auto *intro = named(new QLabel(this), QStringLiteral("transferIntro"), tr("What the copy does"));
    intro->setWordWrap(true);
    intro->setText(m_toTeam ? tr("Every campaign, candidate, activity, setting and queue of %1 is copied into a new, "
                                 "empty team workspace. The copy is all or nothing, and this workspace is not changed. "
                                 "Mailbox and SmartRecruiters passwords stay in this computer's keychain.")
                                  .arg(m_source->displayName())
                            : tr("Every campaign, candidate, activity, setting and queue of %1 is copied into a new "
                                 "local workspace file. The copy is all or nothing; the team workspace is not changed.")
                                  .arg(m_source->displayName()));

    auto *form = new QFormLayout;
    m_location = named(new QLineEdit(this), QStringLiteral("transferLocation"),
                       m_toTeam ? tr("Team server location") : tr("Workspace file"));
    if (m_toTeam) {
        m_location->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database?sslmode=require"));
        form->addRow(tr("&Server:"), m_location);
        m_password = named(new QLineEdit(this), QStringLiteral("transferPassword"), tr("Password"));
        m_password->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Password:"), m_password);
    } else {
        m_browse = named(new QPushButton(tr("Choose…"), this), QStringLiteral("transferBrowse"),
                         tr("Choose the workspace file"));
        connect(m_browse, &QPushButton::clicked, this, &TransferDialog::chooseFile);
        auto *row = new QHBoxLayout;
        row->addWidget(m_location, 1);
        row->addWidget(m_browse);
        form->addRow(tr("&File:"), row);
    }

    auto bar = [this](const QString &name, const QString &label) {
        auto *b = named(new QProgressBar(this), name, label);
        b->setRange(0, 100);
        b->setValue(0);
        b->setFormat(label + QStringLiteral(": %p%"));
        return b;
    };
    m_prepare = bar(QStringLiteral("transferStepCheck"), tr("Check the workspaces"));
    m_copy = bar(QStringLiteral("transferStepCopy"), tr("Copy all tables"));
    m_table = bar(QStringLiteral("transferStepTable"), tr("Current table"));
    m_index = bar(QStringLiteral("transferStepIndex"), tr("Rebuild the search index"));
    m_verify = bar(QStringLiteral("transferStepVerify"), tr("Count and save"));
    m_status = named(new QLabel(this), QStringLiteral("transferStatus"), tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_counts = named(new QTableWidget(0, 3, this), QStringLiteral("transferCounts"), tr("Verification count"));
    m_counts->setHorizontalHeaderLabels({tr("Table"), tr("This workspace"), tr("Copy")});
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->hide();

    m_buttons = new QDialogButtonBox(this);
    m_start = named(m_buttons->addButton(m_toTeam ? tr("&Move to server") : tr("&Copy"), QDialogButtonBox::AcceptRole),
                    QStringLiteral("transferStart"), tr("Start the copy"));
    m_open = named(m_buttons->addButton(tr("&Open the copy"), QDialogButtonBox::ActionRole),
                   QStringLiteral("transferOpen"), tr("Open the new workspace"));
    m_open->hide();
    m_cancel = named(m_buttons->addButton(QDialogButtonBox::Cancel), QStringLiteral("transferCancel"), tr("Cancel"));
    connect(m_start, &QPushButton::clicked, this, &TransferDialog::start);
    // While copying, Cancel stops the copy and keeps the dialog open to say so; otherwise it closes.
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_thread) {
            QDialog::reject();
            return;
        }
        *m_cancelFlag = true;
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_target && m_target->isTeam())
            team::handOff(m_target); // already signed in: the launcher does not ask again
        m_target.reset();
        emit openWorkspaceRequested(m_copiedTo);
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    for (QWidget *w : {static_cast<QWidget *>(m_prepare), static_cast<QWidget *>(m_copy),
                       static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_index),
                       static_cast<QWidget *>(m_verify)})
        layout->addWidget(w);
    layout->addWidget(m_status);
    layout->addWidget(m_counts, 1);
    layout->addWidget(m_buttons);
    resize(560, 480);
}

TransferDialog::~TransferDialog()
{
    // Only reached while running when the parent goes away: stop after the current batch.
    if (m_thread) {
        *m_cancelFlag = true;
        m_thread->wait();
    }
}

QString TransferDialog::targetLocation() const
{
    return m_location->text().trimmed();
}

void TransferDialog::chooseFile()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Copy to a local workspace file"),
                                                     QStringLiteral("workspace.sqlite"),
                                                     tr("Sourcedesk workspaces (*.sqlite)"), QStringLiteral("workspace"));
    if (!path.isEmpty())
        m_location->setText(path);
}

void TransferDialog::setEditing(bool editing)
{
    m_location->setEnabled(editing);
    if (m_password)
        m_password->setEnabled(editing);
    if (m_browse)
        m_browse->setEnabled(editing);
    m_start->setEnabled(editing);
}

void TransferDialog::start()
{
    const QString location = targetLocation();
    const bool isServer = TeamServer::isLocation(location);
    if (location.isEmpty() || isServer != m_toTeam) {
        m_status->setText(m_toTeam ? tr("Enter the team server's location, postgresql://user@host:port/database.")
                                   : tr("Choose the file for the local copy."));
        return;
    }
    setEditing(false);
    m_counts->hide();
    for (QProgressBar *b : {m_prepare, m_copy, m_table, m_index, m_verify})
        b->setValue(0);
    m_status->setText(tr("Connecting…"));

    Workspace::Options options;
    if (m_password)
        options.password = m_password->text();
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto cancelFlag = m_cancelFlag;
    auto source = m_source;
    // The worker opens the target (a server may take the connect timeout to answer), copies with
    // its own connections to both workspaces, and releases them before it ends.
    m_thread = QThread::create([this, source, location, options, cancelFlag] {
        auto opened = Workspace::open(location, options);
        if (!opened.ok()) {
            const Error e = opened.error();
            QMetaObject::invokeMethod(this, [this, e] { onDone(e, nullptr); }, Qt::QueuedConnection);
            return;
        }
        std::shared_ptr<Workspace> target = opened.value();
        Result<transfer::Report> result = Error(Error::Code::Cancelled, QString());
        {
            ThreadConnectionGuard sourceGuard(*source);
            ThreadConnectionGuard targetGuard(*target);
            transfer::WorkspaceTransfer job(*source, *target);
            QElapsedTimer throttle;
            throttle.start();
            Progress::Step lastStep = Progress::Step::Checking;
            QString lastTable;
            job.setProgressHandler([&](const Progress &p) {
                if (*cancelFlag)
                    job.cancel();
                // A batch is a few milliseconds; the window needs a few updates a second.
                if (p.step == lastStep && p.table == lastTable && p.tableDone < p.tableTotal && throttle.elapsed() < 50)
                    return;
                throttle.restart();
                lastStep = p.step;
                lastTable = p.table;
                QMetaObject::invokeMethod(this, [this, p] { onProgress(p); }, Qt::QueuedConnection);
            });
            if (*cancelFlag)
                job.cancel();
            result = job.run();
        }
        QMetaObject::invokeMethod(this, [this, result, target] { onDone(result, target); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void TransferDialog::onProgress(const Progress &p)
{
    auto percent = [](qint64 done, qint64 total) { return total > 0 ? int(done * 100 / total) : 100; };
    m_prepare->setValue(100);
    switch (p.step) {
    case Progress::Step::Checking:
        m_prepare->setValue(0);
        m_status->setText(tr("Checking the workspaces…"));
        break;
    case Progress::Step::Copying:
        m_copy->setValue(percent(p.allDone, p.allTotal));
        m_table->setValue(percent(p.tableDone, p.tableTotal));
        m_table->setFormat(tr("%1: %2 of %3 rows").arg(p.table).arg(p.tableDone).arg(p.tableTotal));
        m_status->setText(tr("Copying table %1 of %2; %3 of %4 rows in all.")
                              .arg(p.tableIndex + 1)
                              .arg(p.tableCount)
                              .arg(p.allDone)
                              .arg(p.allTotal));
        break;
    case Progress::Step::Indexing:
        m_copy->setValue(100);
        m_table->setValue(100);
        m_status->setText(tr("Rebuilding the search index…"));
        break;
    case Progress::Step::Verifying:
        m_index->setValue(100);
        m_verify->setValue(50);
        m_status->setText(tr("Counting the rows on both sides…"));
        break;
    case Progress::Step::Committing:
        m_index->setValue(100);
        m_verify->setValue(90);
        m_status->setText(tr("Saving…"));
        break;
    }
}

void TransferDialog::onDone(const Result<transfer::Report> &result, std::shared_ptr<Workspace> target)
{
    if (m_thread) {
        m_thread->wait(); // it has posted its last message: returns at once
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancel->setText(tr("Close"));
    if (!result.ok()) {
        target.reset();
        const Error &e = result.error();
        m_status->setText(e.code == Error::Code::Cancelled
                              ? tr("Cancelled. Nothing was copied; the target workspace is still empty.")
                              : tr("The copy failed, nothing was saved: %1").arg(e.toString()));
        setEditing(true);
        m_cancel->setText(tr("Close"));
        m_cancel->setEnabled(true);
        emit finished(false);
        if (m_closeWhenDone)
            QDialog::reject();
        return;
    }
    m_target = std::move(target);
    m_copiedTo = targetLocation();
    m_verify->setValue(100);
    showCounts(result->counts);
    m_status->setText(tr("Copied %1 rows in %2 tables; the verification count matches in every table.")
                          .arg(result->rows)
                          .arg(result->counts.size()));
    m_start->hide();
    m_open->show();
    m_open->setDefault(true);
    emit finished(true);
    if (m_closeWhenDone)
        QDialog::reject();
}

void TransferDialog::showCounts(const QList<transfer::TableCount> &counts)
{
    m_counts->setRowCount(int(counts.size()));
    for (int i = 0; i < counts.size(); ++i) {
        const transfer::TableCount &c = counts.at(i);
        m_counts->setItem(i, 0, new QTableWidgetItem(c.table));
        for (int col : {1, 2}) {
            auto *item = new QTableWidgetItem(QLocale().toString(col == 1 ? c.source : c.target));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counts->setItem(i, col, item);
        }
    }
    m_counts->show();
}

void TransferDialog::reject()
{
    if (m_thread) {
        // Stop after the current batch; the worker rolls the target back and reports, then we close.
        *m_cancelFlag = true;
        m_closeWhenDone = true;
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace sd::ui
