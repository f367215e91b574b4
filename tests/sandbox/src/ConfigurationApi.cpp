#include "ApiReply.h"
#include "ApiRoutes.h"
#include "Router.h"
#include "SandboxCore.h"

namespace sr::sandbox {

namespace {
HttpResponse listOf(const Table &t)
{
    QJsonArray content;
    for (const QJsonObject &o : t)
        content.append(o);
    return ApiReply::json(200, QJsonObject{{QStringLiteral("totalFound"), content.size()}, {QStringLiteral("content"), content}});
}

QJsonObject renderSourceValue(const SandboxCore &core, const QJsonObject &v)
{
    const QString type = v.value(QStringLiteral("type")).toString();
    const QString id = v.value(QStringLiteral("id")).toString();
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("label"), v.value(QStringLiteral("label"))},
                       {QStringLiteral("sourceSubType"), QJsonObject{{QStringLiteral("id"), v.value(QStringLiteral("subType"))}}},
                       {QStringLiteral("actions"), QJsonObject{{QStringLiteral("sourceDetails"), ApiReply::action(
                           core.url(QStringLiteral("/configuration/sources/%1/values/%2").arg(type, id)))}}}};
}
} // namespace

void ConfigurationApi::registerRoutes(Router &router)
{
    const auto read = Router::anyOf({QStringLiteral("configuration_read")});
    const auto manage = Router::anyOf({QStringLiteral("configuration_manage")});

    router.add("GET", QStringLiteral("/configuration/company"),
               Router::anyOf({QStringLiteral("company_read"), QStringLiteral("configuration_read")}), [](ApiCall &call) {
                   return ApiReply::json(200, call.core.state.company);
               });
    router.add("GET", QStringLiteral("/configuration/departments"), read,
               [](ApiCall &call) { return listOf(call.core.state.departments); });
    router.add("GET", QStringLiteral("/configuration/departments/{id}"), read, [](ApiCall &call) {
        const auto it = call.core.state.departments.constFind(call.param(QStringLiteral("id")));
        if (it == call.core.state.departments.cend())
            return ApiReply::error(404, QStringLiteral("DEPARTMENT_NOT_FOUND"), QStringLiteral("Department not found"));
        return ApiReply::json(200, *it);
    });
    router.add("POST", QStringLiteral("/configuration/departments"), manage, [](ApiCall &call) {
        HttpResponse err;
        const auto body = call.core.jsonBody(call, JsonSchema::object({{QStringLiteral("label"), JsonSchema::string(1, 400)},
                                                                      {QStringLiteral("description"), JsonSchema::string()}},
                                                                     {QStringLiteral("label")}), &err);
        if (!body)
            return err;
        const QString label = body->toObject().value(QStringLiteral("label")).toString();
        for (const QJsonObject &d : std::as_const(call.core.state.departments)) {
            if (d.value(QStringLiteral("label")).toString().compare(label, Qt::CaseInsensitive) == 0)
                return ApiReply::error(400, QStringLiteral("DEPARTMENT_LABEL_NOT_UNIQUE"), QStringLiteral("Label already used"));
        }
        const QString id = call.core.ids.numeric(6);
        QJsonObject d{{QStringLiteral("id"), id}, {QStringLiteral("label"), label}};
        if (body->toObject().contains(QStringLiteral("description")))
            d.insert(QStringLiteral("description"), body->toObject().value(QStringLiteral("description")));
        call.core.state.departments.insert(id, d);
        return ApiReply::json(201, d);
    });
    router.add("GET", QStringLiteral("/configuration/hiring-processes"), read,
               [](ApiCall &call) { return listOf(call.core.state.hiringProcesses); });
    router.add("GET", QStringLiteral("/configuration/hiring-processes/{id}"), read, [](ApiCall &call) {
        const auto it = call.core.state.hiringProcesses.constFind(call.param(QStringLiteral("id")));
        if (it == call.core.state.hiringProcesses.cend())
            return ApiReply::error(404, QStringLiteral("HIRING_PROCESS_NOT_FOUND"), QStringLiteral("Hiring process not found"));
        return ApiReply::json(200, *it);
    });
    router.add("GET", QStringLiteral("/configuration/rejection-reasons"), read,
               [](ApiCall &call) { return listOf(call.core.state.rejectionReasons); });
    router.add("GET", QStringLiteral("/configuration/withdrawal-reasons"), read,
               [](ApiCall &call) { return listOf(call.core.state.withdrawalReasons); });

    router.add("GET", QStringLiteral("/configuration/sources"), read, [](ApiCall &call) {
        QJsonArray content;
        for (const QJsonObject &t : std::as_const(call.core.state.sourceTypes)) {
            QJsonObject o = t;
            o.insert(QStringLiteral("actions"), QJsonObject{{QStringLiteral("values"), ApiReply::action(call.core.url(
                QStringLiteral("/configuration/sources/%1/values").arg(t.value(QStringLiteral("id")).toString())))}});
            content.append(o);
        }
        return ApiReply::json(200, QJsonObject{{QStringLiteral("totalFound"), content.size()}, {QStringLiteral("content"), content}});
    });
    router.add("GET", QStringLiteral("/configuration/sources/{sourceType}/values"), read, [](ApiCall &call) {
        const QString type = call.param(QStringLiteral("sourceType"));
        const auto typeIt = call.core.state.sourceTypes.constFind(type);
        if (typeIt == call.core.state.sourceTypes.cend())
            return ApiReply::error(404, QStringLiteral("SOURCE_TYPE_NOT_FOUND"), QStringLiteral("Unknown source type"));
        const QString subType = call.request.queryValue(QStringLiteral("sourceSubType"));
        if (!subType.isEmpty() && !typeIt->value(QStringLiteral("subtypes")).toArray().contains(QJsonObject{{QStringLiteral("id"), subType}}))
            return ApiReply::error(400, QStringLiteral("SOURCE_TYPE_AND_SUBTYPE_INVALID"), QStringLiteral("Unknown subtype"));
        int limit = 100;
        int offset = 0;
        bool ok = true;
        if (call.request.hasQuery(QStringLiteral("limit")))
            limit = call.request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100)
            return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("limit must be 1-100"));
        if (call.request.hasQuery(QStringLiteral("offset")))
            offset = call.request.queryValue(QStringLiteral("offset")).toInt(&ok);
        if (!ok || offset < 0)
            return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("offset must be >= 0"));
        QJsonArray all;
        for (const QJsonObject &v : std::as_const(call.core.state.sourceValues)) {
            if (v.value(QStringLiteral("type")).toString() == type
                && (subType.isEmpty() || v.value(QStringLiteral("subType")).toString() == subType))
                all.append(renderSourceValue(call.core, v));
        }
        QJsonArray content;
        for (qsizetype i = offset; i < all.size() && content.size() < limit; ++i)
            content.append(all.at(i));
        return ApiReply::json(200, QJsonObject{{QStringLiteral("totalFound"), all.size()}, {QStringLiteral("limit"), limit},
                                               {QStringLiteral("offset"), offset}, {QStringLiteral("content"), content}});
    });
    router.add("GET", QStringLiteral("/configuration/sources/{sourceType}/values/{sourceValueId}"), read, [](ApiCall &call) {
        const auto it = call.core.state.sourceValues.constFind(call.param(QStringLiteral("sourceValueId")));
        if (it == call.core.state.sourceValues.cend()
            || it->value(QStringLiteral("type")).toString() != call.param(QStringLiteral("sourceType")))
            return ApiReply::error(404, QStringLiteral("SOURCE_NOT_FOUND"), QStringLiteral("Source not found"));
        return ApiReply::json(200, renderSourceValue(call.core, *it));
    });
}

} // namespace sr::sandbox
