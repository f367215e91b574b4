#pragma once

#include "Types.h"

#include <QString>

namespace sd {

// Translated, user-facing names of the domain enums (the keys in Types.h are for files and the CLI).
QString label(MemberStatus status);
QString label(ActivityKind kind);
QString label(ConsentState consent);

} // namespace sd
