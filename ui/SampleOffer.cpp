#include "SampleOffer.h"

#include "Actor.h"
#include "CampaignRepository.h"
#include "MessageBox.h"
#include "SampleData.h"
#include "Workspace.h"

namespace sd::ui {

bool SampleOffer::offerIfNew(QWidget *parent, const Workspace &workspace)
{
    if (workspace.isReadOnly() || sample::wasOffered(workspace))
        return false;
    auto campaigns = CampaignRepository(workspace).list(true);
    if (!campaigns.ok() || !campaigns->isEmpty()) {
        // A workspace that already has campaigns never needs the sample; do not ask again.
        if (campaigns.ok())
            sample::markOffered(workspace);
        return false;
    }
    const auto answer = MessageBox::question(parent, tr("Welcome to Sourcedesk"),
                                             tr("Add a small sample campaign to explore Sourcedesk? It is "
                                                "clearly marked and can be removed any time."),
                                             MessageBox::Yes | MessageBox::No, MessageBox::Yes);
    bool created = false;
    if (answer == MessageBox::Yes) {
        auto id = sample::create(workspace, currentActor());
        if (!id.ok()) {
            MessageBox::warning(
                parent, tr("Sample campaign"),
                tr("The sample campaign could not be created: %1\nYou can start with your own "
                   "campaign right away.")
                    .arg(id.error().toString()));
        } else {
            created = true;
        }
    }
    if (auto err = sample::markOffered(workspace))
        qWarning("Could not remember the sample offer: %s", qUtf8Printable(err->toString()));
    return created;
}

bool SampleOffer::confirmAndRemove(QWidget *parent, const Workspace &workspace)
{
    if (!sample::exists(workspace)) {
        MessageBox::information(parent, tr("Remove sample data"), tr("This workspace has no sample data."));
        return false;
    }
    const auto answer = MessageBox::question(
        parent, tr("Remove sample data"),
        tr("Remove the sample campaign and its sample candidates? Your own campaigns and candidates are not "
           "touched."),
        MessageBox::Remove | MessageBox::Cancel, MessageBox::Cancel);
    if (answer != MessageBox::Remove)
        return false;
    if (auto err = sample::remove(workspace)) {
        MessageBox::critical(parent, tr("Remove sample data"),
                             tr("The sample data could not be removed: %1").arg(err->toString()));
        return false;
    }
    return true;
}

} // namespace sd::ui
