#pragma once

#include <QJsonObject>
#include <QString>

namespace sr::sandbox {

class SandboxCore;

// Turns stored entities into the public SmartRecruiters shapes, with absolute
// `actions` URLs on the sandbox's own host.
class Render
{
public:
    static QJsonObject jobSummary(const SandboxCore &core, const QJsonObject &job);
    static QJsonObject jobDetails(const SandboxCore &core, const QJsonObject &job);
    static QJsonObject candidateListItem(const SandboxCore &core, const QJsonObject &candidate);
    static QJsonObject candidateDetails(const SandboxCore &core, const QJsonObject &candidate);
    static QJsonObject assignment(const SandboxCore &core, const QJsonObject &application);
    static QJsonObject application(const SandboxCore &core, const QJsonObject &application);
    static QJsonObject user(const QJsonObject &user);
    static QString sourceLabel(const SandboxCore &core, const QJsonObject &source);
};

} // namespace sr::sandbox
