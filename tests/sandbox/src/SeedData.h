#pragma once

#include <QString>
#include <QStringList>

namespace sr::sandbox {

class SandboxCore;

// Builds the demo company. Everything derives from the seed, so two sandboxes
// started with the same --seed hold the same ids, names and credentials.
class SeedData
{
public:
    static constexpr int kJobCount = 56;
    static constexpr int kCandidateCount = 120;

    static const QString &clientId();
    static const QString &limitedClientId();
    static QStringList redirectUris();
    static const QString &userPassword();

    static void populate(SandboxCore &core);

private:
    static void company(SandboxCore &core);
    static void users(SandboxCore &core);
    static void configuration(SandboxCore &core);
    static void jobs(SandboxCore &core);
    static void candidates(SandboxCore &core);
    static void credentials(SandboxCore &core);
};

} // namespace sr::sandbox
