#pragma once

#include "JsonSchema.h"

namespace sr::sandbox {

// Request schemas of the candidate endpoints, transcribed from the OpenAPI
// file (CandidateInput, PersonalDetails, CandidateSource, CandidateStatus, CandidateTags).
class CandidateSchemas
{
public:
    static JsonSchema location()
    {
        return JsonSchema::object({{QStringLiteral("country"), JsonSchema::string(1)},
                                   {QStringLiteral("countryCode"), JsonSchema::string(2, 2)},
                                   {QStringLiteral("regionCode"), JsonSchema::string()},
                                   {QStringLiteral("region"), JsonSchema::string()},
                                   {QStringLiteral("city"), JsonSchema::string(1)},
                                   {QStringLiteral("lat"), JsonSchema::number()},
                                   {QStringLiteral("lng"), JsonSchema::number()}});
    }
    static JsonSchema web()
    {
        return JsonSchema::object({{QStringLiteral("skype"), JsonSchema::string()},
                                   {QStringLiteral("linkedin"), JsonSchema::string()},
                                   {QStringLiteral("facebook"), JsonSchema::string()},
                                   {QStringLiteral("twitter"), JsonSchema::string()},
                                   {QStringLiteral("website"), JsonSchema::string()}});
    }
    static JsonSchema source()
    {
        return JsonSchema::object({{QStringLiteral("sourceTypeId"), JsonSchema::string(1)},
                                   {QStringLiteral("sourceSubTypeId"), JsonSchema::string()},
                                   {QStringLiteral("sourceId"), JsonSchema::string(1)}},
                                  {QStringLiteral("sourceTypeId"), QStringLiteral("sourceId")});
    }
    static JsonSchema candidateInput()
    {
        JsonSchema email = JsonSchema::string();
        email.format(JsonSchema::Format::Email);
        JsonSchema date = JsonSchema::string();
        date.format(JsonSchema::Format::Date);
        const JsonSchema education = JsonSchema::object(
            {{QStringLiteral("institution"), JsonSchema::string(1, 200)}, {QStringLiteral("degree"), JsonSchema::string(1, 200)},
             {QStringLiteral("major"), JsonSchema::string(0, 200)}, {QStringLiteral("current"), JsonSchema::boolean()},
             {QStringLiteral("location"), JsonSchema::string()}, {QStringLiteral("startDate"), date},
             {QStringLiteral("endDate"), date}, {QStringLiteral("description"), JsonSchema::string(0, 4000)}},
            {QStringLiteral("institution"), QStringLiteral("degree")});
        const JsonSchema experience = JsonSchema::object(
            {{QStringLiteral("title"), JsonSchema::string(1)}, {QStringLiteral("company"), JsonSchema::string(1)},
             {QStringLiteral("current"), JsonSchema::boolean()}, {QStringLiteral("startDate"), date},
             {QStringLiteral("endDate"), date}, {QStringLiteral("location"), JsonSchema::string()},
             {QStringLiteral("description"), JsonSchema::string()}});
        return JsonSchema::object({{QStringLiteral("firstName"), JsonSchema::string(1)},
                                   {QStringLiteral("lastName"), JsonSchema::string(1)},
                                   {QStringLiteral("email"), email},
                                   {QStringLiteral("phoneNumber"), JsonSchema::string()},
                                   {QStringLiteral("location"), location()},
                                   {QStringLiteral("web"), web()},
                                   {QStringLiteral("tags"), JsonSchema::array(JsonSchema::string(0, 50), 0, 100)},
                                   {QStringLiteral("education"), JsonSchema::array(education)},
                                   {QStringLiteral("experience"), JsonSchema::array(experience)},
                                   {QStringLiteral("sourceDetails"), source()},
                                   {QStringLiteral("internal"), JsonSchema::boolean()}},
                                  {QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("email")});
    }
    static JsonSchema personalDetails()
    {
        JsonSchema email = JsonSchema::string();
        email.format(JsonSchema::Format::Email);
        return JsonSchema::object({{QStringLiteral("firstName"), JsonSchema::string(1)},
                                   {QStringLiteral("lastName"), JsonSchema::string(1)},
                                   {QStringLiteral("email"), email},
                                   {QStringLiteral("phoneNumber"), JsonSchema::string()},
                                   {QStringLiteral("location"), location()},
                                   {QStringLiteral("web"), web()}});
    }
    static JsonSchema tags()
    {
        return JsonSchema::object({{QStringLiteral("tags"), JsonSchema::array(JsonSchema::string(0, 50), 0, 100)}},
                                  {QStringLiteral("tags")});
    }
    static QStringList candidateStatuses()
    {
        return {QStringLiteral("LEAD"), QStringLiteral("NEW"), QStringLiteral("IN_REVIEW"), QStringLiteral("INTERVIEW"),
                QStringLiteral("OFFERED"), QStringLiteral("HIRED"), QStringLiteral("REJECTED"), QStringLiteral("WITHDRAWN"),
                QStringLiteral("TRANSFERRED")};
    }
};

} // namespace sr::sandbox
