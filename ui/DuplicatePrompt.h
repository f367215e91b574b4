#pragma once

#include "CandidateKeys.h"
#include "Types.h"

#include <QCoreApplication>

class QWidget;

namespace sd::ui {

// "This person is already here": shows the stored match and why it matched, and lets the user
// merge the new details into it, skip and open the stored record, or go back. Never a silent duplicate.
class DuplicatePrompt
{
    Q_DECLARE_TR_FUNCTIONS(sd::ui::DuplicatePrompt)

public:
    enum class Choice
    {
        Merge,
        OpenExisting,
        Cancel
    };

    static Choice ask(QWidget *parent, const Candidate &incoming, const Candidate &stored,
                      DuplicateReason reason);
    static QString describe(const Candidate &stored, DuplicateReason reason);
};

} // namespace sd::ui
