#pragma once

#include <QString>

namespace sd::ui {

// Who the change log and activities name as the author of a change made in this window:
// the QSettings value "ui/userName" if set, else the operating-system user name.
QString currentActor();

} // namespace sd::ui
