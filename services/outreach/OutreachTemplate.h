#pragma once

#include "Error.h"
#include "Types.h"

#include <QString>
#include <QStringList>

namespace sd::outreach {

// Outreach email templates. Placeholders: {first_name}, {last_name}, {company}, {job_title},
// {sender_name} and {custom.<Name>} (a candidate custom field). "{{" and "}}" are literal braces.

// Replaces the placeholders; an unknown one is left as written so it shows in the preview.
QString renderTemplate(const QString &tmpl, const Candidate &candidate, const QString &senderName);

// The placeholders (as written, with braces) that would render empty for this candidate, and
// the unknown ones, each once in order of first use. Empty means the email may be sent.
QStringList missingPlaceholders(const QString &tmpl, const Candidate &candidate, const QString &senderName);

// InvalidArgument naming the missing placeholders (for refusing a send), or nothing.
Status checkComplete(const QString &tmpl, const Candidate &candidate, const QString &senderName);

} // namespace sd::outreach
