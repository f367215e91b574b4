#pragma once
// Configuration API: candidate property definitions, sources, hiring processes, rejection and
// withdrawal reasons.
#include "Page.h"

#include <QHash>

namespace sd::sr {

class ApiCall;
class ApiClient;

struct PropertyDefinition
{
    QString id;
    QString label;
    QString type; // BOOLEAN, COUNTRY, CURRENCY, DATE, NUMBER, PERCENT, REGION, TEXT, USER, SINGLE_SELECT
    static PropertyDefinition fromJson(const JsonReader &r);
};

struct SourceType
{
    QString id;
    QString label;
    QStringList subtypeIds;
    static SourceType fromJson(const JsonReader &r);
};

struct SourceValue
{
    QString id;
    QString label;
    QString subTypeId;
    static SourceValue fromJson(const JsonReader &r);
};

struct HiringProcess
{
    QString id;
    QString name;
    bool active = false;
    QHash<QString, QStringList> subStatuses; // IN_REVIEW, INTERVIEW, OFFERED -> labels
    static HiringProcess fromJson(const JsonReader &r);
};

struct Reason
{
    QString id;
    QString label;
    static Reason fromJson(const JsonReader &r);
};

class ConfigurationApi
{
public:
    explicit ConfigurationApi(ApiClient *client) : m_client(client) {}

    ApiCall *candidateProperties(QObject *context, Done<Page<PropertyDefinition>> done) const;
    ApiCall *sources(QObject *context, Done<Page<SourceType>> done) const;
    ApiCall *sourceValues(const QString &sourceType, int offset, int limit, QObject *context,
                          Done<Page<SourceValue>> done) const;
    ApiCall *hiringProcesses(QObject *context, Done<Page<HiringProcess>> done) const;
    ApiCall *rejectionReasons(QObject *context, Done<Page<Reason>> done) const;
    ApiCall *withdrawalReasons(QObject *context, Done<Page<Reason>> done) const;

private:
    ApiClient *m_client;
};

} // namespace sd::sr
