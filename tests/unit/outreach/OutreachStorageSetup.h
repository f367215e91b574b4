#pragma once
// What the outreach storage tests start each test with: a fresh workspace and one campaign.
#include "CampaignRepository.h"
#include "TempWorkspace.h"

#include <memory>

namespace outreachstorage {

// A fresh workspace in `t` with the campaign "Rust engineers", whose id goes to `campaignId`.
// False when the campaign cannot be created.
inline bool freshCampaign(std::unique_ptr<sd::test::TempWorkspace> &t, qint64 &campaignId)
{
    t = std::make_unique<sd::test::TempWorkspace>();
    sd::Campaign c;
    c.name = QStringLiteral("Rust engineers");
    if (sd::CampaignRepository(t->ws()).create(c))
        return false;
    campaignId = c.id;
    return true;
}

} // namespace outreachstorage
