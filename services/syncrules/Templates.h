#pragma once

#include "Types.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace sd::sync {

// Renders "{name}" placeholders from `values`. "{{" and "}}" stand for literal braces. A
// placeholder with no value is left as written (so a typo shows in the result instead of
// vanishing) and its name is added once to `unknown`. Substituted values are not scanned again.
QString renderTemplate(const QString &tmpl, const QHash<QString, QString> &values,
                       QStringList *unknown = nullptr);

// The placeholder names a template uses, in order of first use. `syntaxError` (when given)
// receives a message for an unclosed "{" or a stray "}", or stays empty.
QStringList templatePlaceholders(const QString &tmpl, QString *syntaxError = nullptr);

// firstName, lastName, fullName, email (primary), phone (first), company, title, city, region,
// country and countryCode (both the ISO code), linkedin, website (first link), and custom.<name>.
QHash<QString, QString> candidatePlaceholders(const Candidate &c);
// The fixed names above (without custom.*), for editors and validation.
QStringList candidatePlaceholderNames();
// True for a candidate placeholder, custom.<name> included.
bool isCandidatePlaceholder(const QString &name);

} // namespace sd::sync
