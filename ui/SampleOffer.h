#pragma once

#include <QCoreApplication>

class QWidget;

namespace sd {
class Workspace;
}

namespace sd::ui {

// The sample campaign: offered once on a new workspace's first start, removable any time.
class SampleOffer
{
    Q_DECLARE_TR_FUNCTIONS(sd::ui::SampleOffer)

public:
    // Offers the sample campaign when the workspace has no campaigns and was never offered it.
    // Returns true when sample data was created.
    static bool offerIfNew(QWidget *parent, const Workspace &workspace);
    // Asks, then removes the sample campaign and candidates. Returns true when something was removed.
    static bool confirmAndRemove(QWidget *parent, const Workspace &workspace);
};

} // namespace sd::ui
