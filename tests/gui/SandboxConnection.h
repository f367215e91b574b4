#pragma once
// A workspace connected to the in-process SmartRecruiters sandbox with its API key, through the
// app's own ConnectionManager: what the sync GUI tests start from.
#include "ConnectionManager.h"
#include "ConnectionSettings.h"
#include "MemorySecretStore.h"
#include "Sandbox.h"
#include "Workspace.h"

#include <QTest>

#include <memory>

namespace sd::test {

struct SandboxConnection
{
    ::sr::sandbox::Sandbox sandbox;
    connection::MemorySecretStore store;
    std::unique_ptr<integration::ConnectionManager> manager;

    // Starts the sandbox and connects; false (with a warning) when either fails.
    bool connect(const std::shared_ptr<Workspace> &ws)
    {
        if (!sandbox.start())
            return false;
        manager = std::make_unique<integration::ConnectionManager>(ws, &store);
        integration::ConnectionSettings s = manager->settings();
        s.hosts = sd::sr::Hosts::single(sandbox.baseUrl());
        s.method = integration::AuthMethod::ApiKey;
        QString error;
        if (!manager->setSettings(s, &error)) {
            qWarning("settings: %s", qPrintable(error));
            return false;
        }
        manager->connectWithApiKey(sandbox.apiKey());
        return QTest::qWaitFor(
            [this] { return manager->state() == integration::ConnectionManager::State::Connected; }, 15000);
    }
};

} // namespace sd::test
