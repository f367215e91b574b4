#pragma once

#include "csv/CsvImporter.h"
#include "csv/ImportReport.h"

#include <functional>

namespace sd::cli {

using ImportReport = csv::ImportReport;
using ImportOptions = csv::CsvImporter::Options;

// `import --dry-run`: reads and maps every row and looks each one up for duplicates (in the
// workspace and earlier in the file) the way the importer would, without writing anything.
// `stop` is polled per row (Ctrl+C).
ImportReport dryRunImport(const Workspace &workspace, const QString &path, const ImportOptions &options,
                          const std::function<bool()> &stop);

} // namespace sd::cli
