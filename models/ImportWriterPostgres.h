#pragma once

#include "ImportWriter.h"

namespace sd {

// ImportWriter on a PostgreSQL connection (see ImportWriter.h): rows, search documents, keys and
// memberships go in multi-row INSERTs at flush(), a few hundred rows a statement.
Result<std::unique_ptr<ImportWriter>> createPostgresImportWriter(const QSqlDatabase &db, qsizetype expectedRows);

} // namespace sd
