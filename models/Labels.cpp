#include "Labels.h"

#include <QCoreApplication>

namespace sd {

QString label(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Added: return QCoreApplication::translate("sd::Labels", "Added");
    case MemberStatus::Contacted: return QCoreApplication::translate("sd::Labels", "Contacted");
    case MemberStatus::Replied: return QCoreApplication::translate("sd::Labels", "Replied");
    case MemberStatus::Interested: return QCoreApplication::translate("sd::Labels", "Interested");
    case MemberStatus::NotInterested: return QCoreApplication::translate("sd::Labels", "Not interested");
    case MemberStatus::Bounced: return QCoreApplication::translate("sd::Labels", "Bounced");
    case MemberStatus::Unsubscribed: return QCoreApplication::translate("sd::Labels", "Unsubscribed");
    }
    return {};
}

QString label(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::EmailSent: return QCoreApplication::translate("sd::Labels", "Email sent");
    case ActivityKind::EmailReply: return QCoreApplication::translate("sd::Labels", "Email reply");
    case ActivityKind::LinkedInMessage: return QCoreApplication::translate("sd::Labels", "LinkedIn message");
    case ActivityKind::LinkedInInMail: return QCoreApplication::translate("sd::Labels", "LinkedIn InMail");
    case ActivityKind::ConnectionRequest: return QCoreApplication::translate("sd::Labels", "Connection request");
    case ActivityKind::Call: return QCoreApplication::translate("sd::Labels", "Call");
    case ActivityKind::Meeting: return QCoreApplication::translate("sd::Labels", "Meeting");
    case ActivityKind::Note: return QCoreApplication::translate("sd::Labels", "Note");
    }
    return {};
}

QString label(ConsentState consent)
{
    switch (consent) {
    case ConsentState::Unknown: return QCoreApplication::translate("sd::Labels", "Unknown");
    case ConsentState::Granted: return QCoreApplication::translate("sd::Labels", "Granted");
    case ConsentState::Refused: return QCoreApplication::translate("sd::Labels", "Refused");
    case ConsentState::Withdrawn: return QCoreApplication::translate("sd::Labels", "Withdrawn");
    }
    return {};
}

} // namespace sd
