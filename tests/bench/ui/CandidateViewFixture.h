#pragma once

#include <QString>

namespace sd::bench {

// The benchmark's workspace: `rows` deterministic candidates (seeded PRNG; every email, LinkedIn URL
// and name-at-company is unique so none is dropped as a duplicate), inserted through
// CandidateRepository::importBatch in batches of 5,000 so the search index and keys are the
// repository's own.
class CandidateViewFixture
{
public:
    // Bump when the generated data changes: it names the cached file.
    static constexpr auto Version = "v1";

    static QString cachePath(const QString &folder, int rows);
    // Generates into a temporary file and renames it into place, so an interrupted run leaves no
    // half-filled cache behind. Returns false (with a message on stderr) on failure.
    static bool generate(const QString &path, int rows);
};

} // namespace sd::bench
