#include "ChartPanel.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "Named.h"

#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

constexpr int kMinimumChartHeight = 260;

bool isShortcut(const QKeyEvent *key, int letter)
{
    const Qt::KeyboardModifiers held =
        key->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier);
    return key->key() == letter && held == (Qt::ControlModifier | Qt::ShiftModifier);
}

} // namespace

ChartPanel::ChartPanel(const QString &key, const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_title(title)
    , m_stack(named(new QStackedWidget(this), key + QStringLiteral("Stack"), title))
    , m_view(named(new QChartView(this), key + QStringLiteral("ChartView"), tr("%1 chart").arg(title)))
    , m_emptyLabel(named(new QLabel(tr("No data for this range"), this), key + QStringLiteral("Empty"),
                         tr("%1: no data").arg(title)))
    , m_summary(named(new QLabel(this), key + QStringLiteral("Summary"), tr("%1 summary").arg(title)))
    , m_exportPng(named(new QPushButton(tr("Export &PNG…"), this), key + QStringLiteral("ExportPng"),
                        tr("Export the %1 chart as a PNG image").arg(title)))
    , m_exportCsv(named(new QPushButton(tr("Export C&SV…"), this), key + QStringLiteral("ExportCsv"),
                        tr("Export the %1 numbers as CSV").arg(title)))
{
    named(this, key + QStringLiteral("Panel"), title);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleDescription(tr("Ctrl+Shift+P exports this chart as PNG, Ctrl+Shift+C its numbers as CSV."));

    auto *heading = named(new QLabel(title, this), key + QStringLiteral("Title"), title);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus); // Tab reaches each chart; its description reads the numbers
    m_view->setMinimumHeight(kMinimumChartHeight);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setFocusPolicy(Qt::StrongFocus);
    m_emptyLabel->setMinimumHeight(kMinimumChartHeight);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);
    m_stack->setCurrentWidget(m_emptyLabel);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->hide();
    m_exportPng->setToolTip(tr("Save the chart as a PNG image (Ctrl+Shift+P)"));
    m_exportCsv->setToolTip(tr("Save the numbers as a CSV file (Ctrl+Shift+C)"));
    setExportsEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(heading, 1);
    buttons->addWidget(m_exportPng);
    buttons->addWidget(m_exportCsv);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    connect(m_exportPng, &QPushButton::clicked, this, &ChartPanel::exportPng);
    connect(m_exportCsv, &QPushButton::clicked, this, &ChartPanel::exportCsv);
}

void ChartPanel::setChart(QChart *chart, bool empty)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete old;
    m_empty = empty;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_view);
}

void ChartPanel::setDescription(const QString &description)
{
    m_view->setAccessibleDescription(description);
    m_emptyLabel->setAccessibleDescription(description);
    m_stack->setAccessibleDescription(description);
}

void ChartPanel::setSummary(const QString &summary)
{
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

void ChartPanel::setExportsEnabled(bool enabled)
{
    m_exportPng->setEnabled(enabled && !m_empty);
    m_exportCsv->setEnabled(enabled);
}

QImage ChartPanel::renderImage() const
{
    return m_view->grab().toImage();
}

QString ChartPanel::suggestedName(const QString &extension) const
{
    return QStringLiteral("%1-%2.%3").arg(m_key, QDate::currentDate().toString(Qt::ISODate), extension);
}

bool ChartPanel::exportPng()
{
    const QString fileName =
        FileDialog::getSaveFileName(this, tr("Export %1 as PNG").arg(m_title), suggestedName(QStringLiteral("png")),
                                    tr("PNG images (*.png)"), QStringLiteral("analyticsExport"));
    if (fileName.isEmpty())
        return false;
    const QImage image = renderImage();
    if (image.isNull() || !image.save(fileName, "PNG")) {
        MessageBox::warning(this, tr("Export failed"),
                            tr("The chart could not be saved to %1. Choose a folder you can write to and try again.")
                                .arg(QDir::toNativeSeparators(fileName)));
        return false;
    }
    return true;
}

bool ChartPanel::exportCsv()
{
    const QString fileName =
        FileDialog::getSaveFileName(this, tr("Export %1 as CSV").arg(m_title), suggestedName(QStringLiteral("csv")),
                                    tr("CSV files (*.csv)"), QStringLiteral("analyticsExport"));
    if (fileName.isEmpty())
        return false;
    QSaveFile file(fileName);
    const QByteArray bytes = m_csv.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::warning(this, tr("Export failed"),
                            tr("The numbers could not be saved to %1 (%2). Choose a folder you can write to and try "
                               "again.")
                                .arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return false;
    }
    return true;
}

bool ChartPanel::event(QEvent *event)
{
    // Claimed before the window's shortcuts, and only while the focus is inside this panel.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool png = isShortcut(key, Qt::Key_P);
        const bool csv = isShortcut(key, Qt::Key_C);
        if (png || csv) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (png && m_exportPng->isEnabled())
                    exportPng();
                else if (csv && m_exportCsv->isEnabled())
                    exportCsv();
            }
            return true;
        }
    }
    return QFrame::event(event);
}

} // namespace sd::ui
