#pragma once
// SmartRecruiters field ids to and from candidate JSON (see RemoteValues.cpp).
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace sd::sync {

// CandidateInput (create) or PersonalDetails (forPatch) JSON from values by SR field id; blank
// values are left out. Properties (property:<id>) are not part of either body.
QJsonObject toSrJson(const QMap<QString, QString> &values, bool forPatch);
// Whether PATCH /candidates/{id} can change the field (experience and properties cannot).
bool isPatchable(const QString &srField);

} // namespace sd::sync
