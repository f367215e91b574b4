#pragma once

#include "Types.h"

#include <QStringList>

namespace sd {

// What makes two candidate records the same person: the same email (case-insensitive), the same
// LinkedIn profile (normalised URL), or the same name at the same company.
enum class DuplicateReason { Email, LinkedIn, NameAndCompany };

namespace keys {

QString normalizeEmail(const QString &email);
// "https://de.linkedin.com/in/Jane-Doe-123/?trk=x" -> "linkedin.com/in/jane-doe-123"; empty if not a profile URL.
QString normalizeLinkedIn(const QString &url);
// Case- and accent-folded, whitespace collapsed.
QString normalizeText(const QString &text);

// The general paths behind the two above, which take a shortcut for plain ASCII input; public so
// the tests can hold the shortcuts to them.
QString normalizeLinkedInByUrl(const QString &url);
QString normalizeTextUnicode(const QString &text);

// The lookup keys of a candidate: "e:<email>", "l:<profile>", "n:<first last>|<company>".
QStringList forCandidate(const Candidate &c);
DuplicateReason reasonOf(const QString &key);

} // namespace keys
} // namespace sd
