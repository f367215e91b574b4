#include "MessageTags.h"

#include <QRegularExpression>

namespace sr::sandbox {

MessageTags::Tags MessageTags::parse(const QString &content)
{
    // Ids are opaque (the docs show numbers, real ones are UUIDs or 24-hex):
    // anything up to the closing bracket without whitespace counts.
    static const QRegularExpression re(QStringLiteral(R"(([#@])\[(CANDIDATE|USER):([^\]\s\[]+)\])"));
    Tags tags;
    auto it = re.globalMatch(content);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool hash = m.captured(1) == u"#";
        const bool candidate = m.captured(2) == u"CANDIDATE";
        // Only #-tags link candidates and only @-mentions notify users;
        // `@[CANDIDATE:..]` or `#[USER:..]` are plain text.
        if (hash && candidate && !tags.candidateIds.contains(m.captured(3)))
            tags.candidateIds.append(m.captured(3));
        else if (!hash && !candidate && !tags.userIds.contains(m.captured(3)))
            tags.userIds.append(m.captured(3));
    }
    return tags;
}

} // namespace sr::sandbox
