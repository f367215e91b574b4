#pragma once
// What an incoming message means for outreach. Pure; tested on real-world samples.
#include "MailMessage.h"

namespace sd::mail {

enum class MailKind {
    Reply,       // a person answered
    OutOfOffice, // an automatic reply (vacation, absence): does not count as a reply
    Bounce,      // the message could not be delivered (permanent)
    DelayNotice, // a delivery-status report that is only a delay/transient failure: ignored
    Unsubscribe, // the person asked not to be contacted again
};

// Order of checks: delivery report (Bounce / DelayNotice), then automatic replies (Auto-Submitted
// other than "no", the auto-reply headers, or subject prefixes such as "Out of Office",
// "Automatic reply", "Abwesenheitsnotiz", "Réponse automatique", "Respuesta automática",
// "Autoodpowiedź"), then an unsubscribe request (the new text or the subject is essentially
// "unsubscribe", "remove me", "stop", or their de/fr/es/pl equivalents), else Reply.
MailKind classify(const IncomingMail &mail);

} // namespace sd::mail
