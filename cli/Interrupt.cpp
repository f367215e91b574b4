#include "Interrupt.h"

#include "csv/CsvImporter.h"

#include <atomic>
#include <csignal>

namespace sd::cli {

namespace {

std::atomic<bool> g_interrupted{false};
std::atomic<csv::CsvImporter *> g_importer{nullptr};
static_assert(std::atomic<bool>::is_always_lock_free, "the SIGINT handler needs a lock-free flag");
static_assert(std::atomic<csv::CsvImporter *>::is_always_lock_free,
              "the SIGINT handler needs a lock-free pointer");

using Handler = void (*)(int);
Handler g_previous = SIG_DFL;

void onInterrupt(int)
{
    g_interrupted.store(true);
    if (csv::CsvImporter *importer = g_importer.load())
        importer->cancel(); // one relaxed atomic store
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

InterruptScope::InterruptScope()
{
    g_interrupted.store(false);
    g_importer.store(nullptr);
    g_previous = std::signal(SIGINT, onInterrupt);
    if (g_previous == SIG_ERR)
        g_previous = SIG_DFL;
}

InterruptScope::~InterruptScope()
{
    g_importer.store(nullptr);
    std::signal(SIGINT, g_previous);
}

void InterruptScope::watch(csv::CsvImporter *importer)
{
    g_importer.store(importer);
    if (importer && g_interrupted.load())
        importer->cancel();
}

bool InterruptScope::interrupted() const
{
    return g_interrupted.load();
}

void InterruptScope::simulate()
{
    onInterrupt(SIGINT);
}

} // namespace sd::cli
