#pragma once

namespace sd::csv {
class CsvImporter;
}

namespace sd::cli {

// Ctrl+C (SIGINT) during a long command. The command runs synchronously, so there is no event loop
// to deliver a QSocketNotifier; the handler instead does only what is async-signal-safe: it stores
// a lock-free atomic flag and, when an import is running, sets the importer's own atomic cancel
// flag. The importer stops before its next batch; batches already committed stay, the batch in
// progress is rolled back. A second Ctrl+C ends the process the default way.
class InterruptScope
{
public:
    InterruptScope();
    ~InterruptScope();
    InterruptScope(const InterruptScope &) = delete;
    InterruptScope &operator=(const InterruptScope &) = delete;

    // The importer to cancel on Ctrl+C while this scope lives (nullptr: none).
    void watch(csv::CsvImporter *importer);
    bool interrupted() const;

    // Does what the signal handler does; tests use it to press Ctrl+C between two batches.
    static void simulate();
};

} // namespace sd::cli
