#pragma once

#include <QString>
#include <QStringList>

namespace sr::sandbox {

// Hireloop message markup: `#[CANDIDATE:id]` links a message to a candidate,
// `@[USER:id]` mentions a user. Ids are kept in first-seen order, without duplicates.
class MessageTags
{
public:
    struct Tags
    {
        QStringList candidateIds;
        QStringList userIds;
    };
    static Tags parse(const QString &content);
};

} // namespace sr::sandbox
