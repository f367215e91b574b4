#include "ApiReply.h"
#include "ApiRoutes.h"
#include "Router.h"
#include "SandboxCore.h"

#include <QRegularExpression>

namespace sr::sandbox {

namespace {
QJsonObject definition(const SandboxCore &core, const QJsonObject &p)
{
    QJsonObject out = p;
    out.remove(QStringLiteral("values"));
    out.insert(QStringLiteral("actions"), QJsonObject{{QStringLiteral("values"), ApiReply::action(core.url(
        QStringLiteral("/configuration/candidate-properties/%1/values").arg(p.value(QStringLiteral("id")).toString())))}});
    return out;
}

// Checks one value against its property type, using the documented encodings
// and error codes. Returns an empty response status (0) when valid.
HttpResponse checkValue(const SandboxCore &core, const QJsonObject &prop, const QJsonValue &v)
{
    static const QRegularExpression country(QStringLiteral("^[a-z]{2}$"));
    static const QRegularExpression region(QStringLiteral("^[a-z]{2}-[a-z0-9]{1,3}$"));
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    const QString type = prop.value(QStringLiteral("type")).toString();
    const QString label = prop.value(QStringLiteral("label")).toString();
    auto bad = [&](const QString &code) {
        return ApiReply::error(400, code, QStringLiteral("Invalid value for %1 (%2)").arg(label, type));
    };
    if (type == u"BOOLEAN" && !v.isBool())
        return bad(QStringLiteral("INVALID_INPUT"));
    if (type == u"COUNTRY" && !country.match(v.toString()).hasMatch())
        return bad(QStringLiteral("COUNTRY_NOT_FOUND"));
    if (type == u"REGION" && !region.match(v.toString()).hasMatch())
        return bad(QStringLiteral("REGION_NOT_FOUND"));
    if (type == u"CURRENCY") {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(QStringLiteral("value")).isDouble())
            return bad(QStringLiteral("INVALID_INPUT"));
        if (!currency.match(o.value(QStringLiteral("code")).toString()).hasMatch())
            return bad(QStringLiteral("CURRENCY_NOT_FOUND"));
    }
    if (type == u"DATE" && (!v.isString() || !QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid()))
        return bad(QStringLiteral("INVALID_INPUT"));
    if ((type == u"NUMBER" || type == u"PERCENT") && !v.isDouble())
        return bad(QStringLiteral("INVALID_INPUT"));
    if (type == u"TEXT" && !v.isString())
        return bad(QStringLiteral("INVALID_TEXT_FORMAT"));
    if (type == u"USER" && !core.state.users.contains(v.toString()))
        return bad(QStringLiteral("USER_NOT_FOUND"));
    if (type == u"SINGLE_SELECT") {
        bool found = false;
        const QJsonArray values = prop.value(QStringLiteral("values")).toArray();
        for (const QJsonValue &x : values)
            found = found || x.toObject().value(QStringLiteral("id")).toString() == v.toString();
        if (!found)
            return bad(QStringLiteral("VALUE_NOT_FOUND"));
    }
    return HttpResponse{0, {}, {}};
}

QJsonObject renderValue(const SandboxCore &core, const QJsonObject &prop, const QJsonValue &v)
{
    const QString id = prop.value(QStringLiteral("id")).toString();
    QJsonObject out{{QStringLiteral("id"), id}, {QStringLiteral("label"), prop.value(QStringLiteral("label"))},
                    {QStringLiteral("type"), prop.value(QStringLiteral("type"))}, {QStringLiteral("value"), v},
                    {QStringLiteral("actions"), QJsonObject{{QStringLiteral("configuration"), ApiReply::action(
                        core.url(QStringLiteral("/configuration/candidate-properties/") + id))}}}};
    if (prop.value(QStringLiteral("type")).toString() == u"SINGLE_SELECT") {
        const QJsonArray values = prop.value(QStringLiteral("values")).toArray();
        for (const QJsonValue &x : values) {
            if (x.toObject().value(QStringLiteral("id")).toString() == v.toString())
                out.insert(QStringLiteral("valueLabel"), x.toObject().value(QStringLiteral("label")));
        }
    }
    return out;
}

HttpResponse getValues(ApiCall &call, const QString &candidateId, const QString &jobId)
{
    HttpResponse err;
    const QJsonObject *app = ApiRoutes::application(call.core, candidateId, jobId, &err);
    if (!app)
        return err;
    const QString context = call.request.queryValue(QStringLiteral("context"));
    static const QStringList contexts = {QStringLiteral("PROFILE"), QStringLiteral("OFFER_FORM"), QStringLiteral("HIRE_FORM"),
                                         QStringLiteral("OFFER_APPROVAL_FORM")};
    if (call.request.hasQuery(QStringLiteral("context")) && !contexts.contains(context))
        return ApiReply::error(400, QStringLiteral("INVALID_INPUT"), QStringLiteral("Unknown context %1").arg(context));
    QJsonArray content;
    const QJsonObject values = app->value(QStringLiteral("properties")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonObject prop = call.core.state.candidateProperties.value(it.key());
        if (!context.isEmpty() && !prop.value(QStringLiteral("availability")).toObject()
                                       .value(QStringLiteral("context")).toArray().contains(QJsonValue(context)))
            continue;
        content.append(renderValue(call.core, prop, it.value()));
    }
    // As documented: an empty object when no value is set (clients must cope).
    return ApiReply::json(200, content.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("content"), content}});
}

// Validates every entry before applying any, so a bad entry changes nothing.
HttpResponse setValues(ApiCall &call, const QString &candidateId, const QString &jobId, const QJsonArray &entries)
{
    SandboxCore &core = call.core;
    QJsonObject &app = core.state.applications[SandboxState::applicationKey(candidateId, jobId)];
    QJsonObject values = app.value(QStringLiteral("properties")).toObject();
    for (const QJsonValue &e : entries) {
        const QJsonObject o = e.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        const auto prop = core.state.candidateProperties.constFind(id);
        if (prop == core.state.candidateProperties.cend())
            return ApiReply::error(404, QStringLiteral("PROPERTY_NOT_FOUND"), QStringLiteral("Unknown property %1").arg(id));
        if (!o.contains(QStringLiteral("value")) || o.value(QStringLiteral("value")).isNull()) {
            values.remove(id); // [{"id": ...}] resets the value
            continue;
        }
        const HttpResponse bad = checkValue(core, *prop, o.value(QStringLiteral("value")));
        if (bad.status != 0)
            return bad;
        values.insert(id, o.value(QStringLiteral("value")));
    }
    app.insert(QStringLiteral("properties"), values);
    core.emitEvent(QStringLiteral("application.fields.updated"),
                   QJsonObject{{QStringLiteral("job_id"), jobId}, {QStringLiteral("candidate_id"), candidateId},
                               {QStringLiteral("application_id"), app.value(QStringLiteral("applicationId"))}},
                   QStringLiteral("/candidates/%1/jobs/%2").arg(candidateId, jobId));
    return ApiReply::noContent();
}
} // namespace

void PropertiesApi::registerRoutes(Router &router)
{
    const auto config = Router::anyOf({QStringLiteral("configuration_read")});
    const auto read = Router::anyOf({QStringLiteral("candidates_read")});
    const auto manage = Router::anyOf({QStringLiteral("candidates_manage")});

    router.add("GET", QStringLiteral("/configuration/candidate-properties"), config, [](ApiCall &call) {
        QJsonArray content;
        for (const QJsonObject &p : std::as_const(call.core.state.candidateProperties))
            content.append(definition(call.core, p));
        return ApiReply::json(200, QJsonObject{{QStringLiteral("totalFound"), content.size()}, {QStringLiteral("content"), content}});
    });
    router.add("GET", QStringLiteral("/configuration/candidate-properties/{id}"), config, [](ApiCall &call) {
        const auto it = call.core.state.candidateProperties.constFind(call.param(QStringLiteral("id")));
        if (it == call.core.state.candidateProperties.cend())
            return ApiReply::error(404, QStringLiteral("CANDIDATE_PROPERTY_NOT_FOUND"), QStringLiteral("Property not found"));
        return ApiReply::json(200, definition(call.core, *it));
    });
    router.add("GET", QStringLiteral("/configuration/candidate-properties/{id}/values"), config, [](ApiCall &call) {
        const auto it = call.core.state.candidateProperties.constFind(call.param(QStringLiteral("id")));
        if (it == call.core.state.candidateProperties.cend())
            return ApiReply::error(404, QStringLiteral("CANDIDATE_PROPERTY_NOT_FOUND"), QStringLiteral("Property not found"));
        if (it->value(QStringLiteral("type")).toString() != u"SINGLE_SELECT")
            return ApiReply::error(400, QStringLiteral("CANDIDATE_PROPERTY_NOT_SINGLE_SELECT"), QStringLiteral("Not a SINGLE_SELECT property"));
        const QJsonArray values = it->value(QStringLiteral("values")).toArray();
        return ApiReply::json(200, QJsonObject{{QStringLiteral("totalFound"), values.size()}, {QStringLiteral("content"), values}});
    });

    router.add("GET", QStringLiteral("/candidates/{id}/jobs/{jobId}/properties"), read, [](ApiCall &call) {
        return getValues(call, call.param(QStringLiteral("id")), call.param(QStringLiteral("jobId")));
    });
    router.add("GET", QStringLiteral("/candidates/{id}/properties"), read, [](ApiCall &call) {
        HttpResponse err;
        const QJsonObject *c = ApiRoutes::candidate(call.core, call.param(QStringLiteral("id")), &err);
        if (!c)
            return err;
        const QJsonArray jobs = c->value(QStringLiteral("jobIds")).toArray();
        if (jobs.isEmpty())
            return ApiReply::json(200, QJsonObject{});
        return getValues(call, call.param(QStringLiteral("id")), jobs.first().toString());
    });
    router.add("PUT", QStringLiteral("/candidates/{id}/jobs/{jobId}/properties"), manage, [](ApiCall &call) {
        HttpResponse err;
        const QString id = call.param(QStringLiteral("id"));
        const QString jobId = call.param(QStringLiteral("jobId"));
        if (!ApiRoutes::application(call.core, id, jobId, &err))
            return err;
        const JsonSchema entry = JsonSchema::object({{QStringLiteral("id"), JsonSchema::string(1)},
                                                     {QStringLiteral("value"), JsonSchema::any()}},
                                                    {QStringLiteral("id")});
        const auto body = call.core.jsonBody(call, JsonSchema::array(entry), &err);
        if (!body)
            return err;
        return setValues(call, id, jobId, body->toArray());
    });
    router.add("PUT", QStringLiteral("/candidates/{id}/jobs/{jobId}/properties/{propertyId}"), manage, [](ApiCall &call) {
        HttpResponse err;
        const QString id = call.param(QStringLiteral("id"));
        const QString jobId = call.param(QStringLiteral("jobId"));
        if (!ApiRoutes::application(call.core, id, jobId, &err))
            return err;
        const auto body = call.core.jsonBody(call, JsonSchema::object({{QStringLiteral("value"), JsonSchema::any()}}), &err);
        if (!body)
            return err;
        QJsonObject entry{{QStringLiteral("id"), call.param(QStringLiteral("propertyId"))}};
        if (body->toObject().contains(QStringLiteral("value")))
            entry.insert(QStringLiteral("value"), body->toObject().value(QStringLiteral("value")));
        return setValues(call, id, jobId, QJsonArray{entry});
    });
}

} // namespace sr::sandbox
