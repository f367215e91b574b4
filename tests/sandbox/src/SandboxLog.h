#pragma once

#include <QLoggingCategory>

// Logging category of the sandbox: "sourcedesk.sandbox".
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
