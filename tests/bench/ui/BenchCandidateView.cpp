// Benchmark: open the candidate view on 1,000,000 candidates. Prints the time from constructing
// the view (model + QTableView, shown offscreen) until its first rows are painted, and the peak RSS.
// Targets (printed, not asserted): < 200 ms and < 200 MB.
//
//   bench_ui_candidate_view [--rows N] [--cache-dir DIR]      (env: SOURCEDESK_BENCH_ROWS)
//
// The workspace is generated once by a child process (so this process's peak RSS is the view's,
// not the generator's) and cached in the build folder.
#include "CandidateTableModel.h"
#include "CandidateViewFixture.h"
#include "CandidatesView.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Lets the watched viewport paint, then notes the time of the first paint that shows rows.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(const QAbstractItemModel *model, QObject *parent)
        : QObject(parent)
        , m_model(model)
    {}

    qint64 paintedAtNs = -1;
    const QElapsedTimer *clock = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || paintedAtNs >= 0 || m_model->rowCount() == 0)
            return false;
        watched->removeEventFilter(this);
        watched->event(event); // paint now, then take the time
        paintedAtNs = clock->nsecsElapsed();
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return true;
    }

private:
    const QAbstractItemModel *m_model;
};

struct Measurement
{
    double rowsMs = -1;
    double paintMs = -1;
    int rowsLoaded = 0;
};

// Constructs the candidates view (model + QTableView), shows it and runs the event loop until the
// first rows are painted.
Measurement measure(const sd::Workspace &workspace, QTextStream &out)
{
    QElapsedTimer clock;
    clock.start();
    qint64 firstRowsNs = -1;
    auto view = std::make_unique<sd::ui::CandidatesView>(workspace, nullptr);
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view.get(), [&] {
        if (firstRowsNs < 0)
            firstRowsNs = clock.nsecsElapsed();
    });
    auto *probe = new FirstPaintProbe(view->model(), view.get());
    probe->clock = &clock;
    view->table()->viewport()->installEventFilter(probe);
    view->resize(1280, 800);
    view->show();
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, qApp, [&out] {
        out << "timed out waiting for the first painted rows" << Qt::endl;
        QCoreApplication::exit(2);
    });
    timeout.start(30000);
    if (QApplication::exec() != 0 || probe->paintedAtNs < 0)
        return {};
    return {double(firstRowsNs) / 1e6, double(probe->paintedAtNs) / 1e6, view->model()->rowCount()};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_ui_candidate_view"));
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Number of candidates."),
                                        QStringLiteral("N"));
    const QCommandLineOption cacheOption(QStringLiteral("cache-dir"),
                                         QStringLiteral("Where the generated workspace is cached."),
                                         QStringLiteral("DIR"), QStringLiteral(SOURCEDESK_BENCH_CACHE_DIR));
    const QCommandLineOption generateOption(QStringLiteral("generate-only"),
                                            QStringLiteral("Internal: generate and exit."),
                                            QStringLiteral("PATH"));
    parser.addOptions({rowsOption, cacheOption, generateOption});
    parser.process(app);
    int rows = 1000000;
    if (parser.isSet(rowsOption))
        rows = parser.value(rowsOption).toInt();
    else if (qEnvironmentVariableIsSet("SOURCEDESK_BENCH_ROWS"))
        rows = qEnvironmentVariableIntValue("SOURCEDESK_BENCH_ROWS");
    if (rows <= 0)
        rows = 1000000;

    if (parser.isSet(generateOption))
        return sd::bench::CandidateViewFixture::generate(parser.value(generateOption), rows) ? 0 : 1;

    const QString path = sd::bench::CandidateViewFixture::cachePath(parser.value(cacheOption), rows);
    if (!QFileInfo::exists(path)) {
        out << "generating " << rows << " candidates into " << path << " (once; cached)" << Qt::endl;
        const int rc = QProcess::execute(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--generate-only"), path, QStringLiteral("--rows"), QString::number(rows)});
        if (rc != 0 || !QFileInfo::exists(path)) {
            out << "generation failed" << Qt::endl;
            return 1;
        }
    }

    QElapsedTimer clock;
    clock.start();
    auto opened = sd::Workspace::open(path);
    if (!opened.ok()) {
        out << "cannot open " << path << ": " << opened.error().toString() << Qt::endl;
        return 1;
    }
    const auto workspace = std::move(opened).value();
    const double openMs = double(clock.nsecsElapsed()) / 1e6;
    const qint64 rssBeforeKb = statusKb("VmRSS");

    // First open in this process: includes Qt's one-time costs (fonts, style) and a cold SQLite cache,
    // as when the app starts on the Candidates view. Second: the same view opened again (warm).
    const Measurement cold = measure(*workspace, out);
    const Measurement warm = measure(*workspace, out);
    const qint64 hwmKb = statusKb("VmHWM"); // the peak over the whole process
    if (cold.paintMs < 0 || warm.paintMs < 0)
        return 1;
    const double paintMs = cold.paintMs;
    out << "workspace: " << path << " (" << rows << " candidates, " << QFileInfo(path).size() / (1024 * 1024)
        << " MB on disk)" << Qt::endl;
    out << "workspace open: " << QString::number(openMs, 'f', 1) << " ms; RSS after open "
        << rssBeforeKb / 1024 << " MB" << Qt::endl;
    out << "candidate view, first open: first rows in model " << QString::number(cold.rowsMs, 'f', 1)
        << " ms; first rows painted " << QString::number(cold.paintMs, 'f', 1) << " ms (target < 200 ms); rows loaded "
        << cold.rowsLoaded << Qt::endl;
    out << "candidate view, opened again: first rows in model " << QString::number(warm.rowsMs, 'f', 1)
        << " ms; first rows painted " << QString::number(warm.paintMs, 'f', 1) << " ms" << Qt::endl;
    out << "peak RSS (VmHWM): " << QString::number(double(hwmKb) / 1024.0, 'f', 1) << " MB (target < 200 MB)"
        << Qt::endl;
    out << "RESULT candidate_view_first_paint_ms=" << QString::number(paintMs, 'f', 1)
        << " warm_first_paint_ms=" << QString::number(warm.paintMs, 'f', 1)
        << " peak_rss_mb=" << QString::number(double(hwmKb) / 1024.0, 'f', 1) << Qt::endl;
    return 0;
}
