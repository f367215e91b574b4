#include "SeedData.h"

#include "SandboxCore.h"

#include <QJsonArray>

namespace sr::sandbox {

namespace {
const QStringList kFirstNames = {
    QStringLiteral("Ada"), QStringLiteral("Bruno"), QStringLiteral("Chiara"), QStringLiteral("Dmitri"),
    QStringLiteral("Elena"), QStringLiteral("Farid"), QStringLiteral("Greta"), QStringLiteral("Hiro"),
    QStringLiteral("Ines"), QStringLiteral("Jonas"), QStringLiteral("Kemal"), QStringLiteral("Lena"),
    QStringLiteral("Marta"), QStringLiteral("Nils"), QStringLiteral("Olga"), QStringLiteral("Pavel"),
    QStringLiteral("Quinn"), QStringLiteral("Rosa"), QStringLiteral("Sven"), QStringLiteral("Tariq")};
const QStringList kLastNames = {
    QStringLiteral("Nowak"), QStringLiteral("Schmidt"), QStringLiteral("Rossi"), QStringLiteral("Dubois"),
    QStringLiteral("Kowalski"), QStringLiteral("Larsen"), QStringLiteral("Moreau"), QStringLiteral("Silva"),
    QStringLiteral("Yilmaz"), QStringLiteral("Novak"), QStringLiteral("Fischer"), QStringLiteral("Costa")};
const QStringList kTitles = {
    QStringLiteral("Backend Engineer"), QStringLiteral("Frontend Engineer"), QStringLiteral("Data Analyst"),
    QStringLiteral("Product Manager"), QStringLiteral("Sales Executive"), QStringLiteral("Recruiter"),
    QStringLiteral("QA Engineer"), QStringLiteral("DevOps Engineer"), QStringLiteral("UX Designer"),
    QStringLiteral("Account Manager"), QStringLiteral("Financial Controller"), QStringLiteral("Support Specialist")};
const QStringList kCities = {QStringLiteral("Krakow"), QStringLiteral("Berlin"), QStringLiteral("Paris"),
                             QStringLiteral("Lisbon"), QStringLiteral("San Francisco")};
const QStringList kCountryCodes = {QStringLiteral("pl"), QStringLiteral("de"), QStringLiteral("fr"),
                                   QStringLiteral("pt"), QStringLiteral("us")};
const QStringList kJobStatuses = {QStringLiteral("CREATED"), QStringLiteral("SOURCING"), QStringLiteral("FILLED"),
                                  QStringLiteral("INTERVIEW"), QStringLiteral("OFFER"), QStringLiteral("CANCELLED"),
                                  QStringLiteral("ON_HOLD")};
const QStringList kTags = {QStringLiteral("java"), QStringLiteral("remote"), QStringLiteral("senior"),
                           QStringLiteral("relocation"), QStringLiteral("referral"), QStringLiteral("sourcedesk")};

// Seed dates hang off a fixed epoch, not "now", so a seed always gives the same data.
QDateTime seedEpoch()
{
    return QDateTime(QDate(2025, 1, 6), QTime(9, 0), Qt::UTC);
}

QJsonObject idLabel(const QString &id, const QString &label)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("label"), label}};
}
} // namespace

const QString &SeedData::clientId()
{
    static const QString id = QStringLiteral("sourcedesk-sandbox");
    return id;
}

const QString &SeedData::limitedClientId()
{
    static const QString id = QStringLiteral("sourcedesk-sandbox-limited");
    return id;
}

QStringList SeedData::redirectUris()
{
    // Up to 3 per client, https or http://localhost, as SmartRecruiters allows.
    return {QStringLiteral("http://localhost:8765/callback"), QStringLiteral("http://127.0.0.1:8765/callback"),
            QStringLiteral("https://sourcedesk.example.org/oauth/callback")};
}

const QString &SeedData::userPassword()
{
    static const QString pw = QStringLiteral("sandbox");
    return pw;
}

void SeedData::populate(SandboxCore &core)
{
    core.ids.reseed(core.state.seed);
    company(core);
    users(core);
    configuration(core);
    credentials(core);
    jobs(core);
    candidates(core);
}

void SeedData::company(SandboxCore &core)
{
    core.state.company = QJsonObject{
        {QStringLiteral("identifier"), QStringLiteral("SourcedeskSandbox")},
        {QStringLiteral("name"), QStringLiteral("Sourcedesk Sandbox Ltd")},
        {QStringLiteral("website"), QStringLiteral("https://sourcedesk.example.org")},
        {QStringLiteral("industry"), idLabel(QStringLiteral("computer_software"), QStringLiteral("Computer Software"))},
        {QStringLiteral("location"), QJsonObject{{QStringLiteral("country"), QStringLiteral("Poland")},
                                                 {QStringLiteral("countryCode"), QStringLiteral("pl")},
                                                 {QStringLiteral("city"), QStringLiteral("Krakow")}}}};
}

void SeedData::users(SandboxCore &core)
{
    const QStringList roles = {QStringLiteral("ADMINISTRATOR"), QStringLiteral("EXTENDED"), QStringLiteral("STANDARD"),
                               QStringLiteral("RESTRICTED"), QStringLiteral("EMPLOYEE")};
    const QString updated = SandboxClock::format(seedEpoch());
    for (int i = 0; i < 12; ++i) {
        const QString id = core.ids.objectId();
        const QString role = i == 0 ? roles.at(0) : roles.at(i % roles.size());
        const QString first = kFirstNames.at(i % kFirstNames.size());
        const QString last = kLastNames.at(i % kLastNames.size());
        // The first user of each role gets a memorable address for the sign-in page.
        const QString email = i < roles.size() ? role.toLower() + QStringLiteral("@sandbox.example")
                                               : QStringLiteral("%1.%2@sandbox.example").arg(first.toLower(), last.toLower());
        core.state.users.insert(id, QJsonObject{
            {QStringLiteral("id"), id}, {QStringLiteral("email"), email}, {QStringLiteral("firstName"), first},
            {QStringLiteral("lastName"), last}, {QStringLiteral("role"), role},
            {QStringLiteral("systemRole"), QJsonObject{{QStringLiteral("id"), role}, {QStringLiteral("name"), role}}},
            {QStringLiteral("active"), i != 11}, // one deactivated user cannot sign in
            {QStringLiteral("ssoLoginMode"), QStringLiteral("PASSWORD")},
            {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), QStringLiteral("en")}}},
            {QStringLiteral("updatedOn"), updated}, {QStringLiteral("password"), userPassword()},
            {QStringLiteral("seq"), i}});
    }
}

void SeedData::configuration(SandboxCore &core)
{
    SandboxState &s = core.state;
    const QStringList departments = {QStringLiteral("Engineering"), QStringLiteral("Sales"), QStringLiteral("Marketing"),
                                     QStringLiteral("Finance"), QStringLiteral("People"), QStringLiteral("Support")};
    for (const QString &d : departments) {
        const QString id = core.ids.numeric(6); // department ids are numeric strings
        s.departments.insert(id, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("label"), d},
                                             {QStringLiteral("description"), d + QStringLiteral(" department")}});
    }
    const QList<QPair<QString, QJsonObject>> processes = {
        {QStringLiteral("Standard process"),
         QJsonObject{{QStringLiteral("IN_REVIEW"), QJsonArray{QStringLiteral("Screening"), QStringLiteral("Eligibility Check")}},
                     {QStringLiteral("INTERVIEW"), QJsonArray{QStringLiteral("Phone Screen"), QStringLiteral("Onsite")}},
                     {QStringLiteral("OFFERED"), QJsonArray{QStringLiteral("Offer Sent"), QStringLiteral("Offer Accepted")}}}},
        {QStringLiteral("Engineering process"),
         QJsonObject{{QStringLiteral("IN_REVIEW"), QJsonArray{QStringLiteral("CV Review")}},
                     {QStringLiteral("INTERVIEW"), QJsonArray{QStringLiteral("Tech Screen"), QStringLiteral("Pairing"),
                                                             QStringLiteral("Culture Fit")}},
                     {QStringLiteral("OFFERED"), QJsonArray{QStringLiteral("Offer Accepted")}}}},
        {QStringLiteral("Simple process"), QJsonObject{}}};
    for (const auto &[name, sub] : processes) {
        const QString id = core.ids.uuid();
        s.hiringProcesses.insert(id, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
                                                 {QStringLiteral("active"), true}, {QStringLiteral("subStatuses"), sub}});
    }
    const QList<QPair<QString, QStringList>> sourceTypes = {
        {QStringLiteral("API"), {QStringLiteral("API")}},
        {QStringLiteral("JOB_BOARDS"), {QStringLiteral("GENERAL"), QStringLiteral("NICHE")}},
        {QStringLiteral("REFERRALS"), {QStringLiteral("EMPLOYEE_REFERRAL")}},
        {QStringLiteral("SOURCING"), {QStringLiteral("SOURCING_TOOL"), QStringLiteral("LINKEDIN")}},
        {QStringLiteral("AGENCIES"), {QStringLiteral("AGENCY")}}};
    for (const auto &[type, subtypes] : sourceTypes) {
        QJsonArray subs;
        for (const QString &st : subtypes)
            subs.append(QJsonObject{{QStringLiteral("id"), st}});
        QString label = type.at(0) + type.mid(1).toLower().replace(u'_', u' ');
        s.sourceTypes.insert(type, QJsonObject{{QStringLiteral("id"), type}, {QStringLiteral("label"), label},
                                               {QStringLiteral("subtypes"), subs}});
        for (const QString &st : subtypes) {
            for (int v = 0; v < 2; ++v) {
                const QString id = core.ids.objectId(); // source value ids are 24-hex
                const QString vlabel = type == u"API" ? QStringLiteral("API") : QStringLiteral("%1 %2").arg(st, QString::number(v + 1));
                s.sourceValues.insert(id, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("label"), vlabel},
                                                      {QStringLiteral("type"), type}, {QStringLiteral("subType"), st},
                                                      {QStringLiteral("default"), type == u"API" && v == 0}});
                if (type == u"API")
                    break;
            }
        }
    }
    const QStringList rejections = {QStringLiteral("Not qualified"), QStringLiteral("Position filled"),
                                    QStringLiteral("Salary expectations"), QStringLiteral("No show")};
    for (const QString &r : rejections) {
        const QString id = core.ids.uuid();
        s.rejectionReasons.insert(id, idLabel(id, r));
    }
    const QStringList withdrawals = {QStringLiteral("Accepted another offer"), QStringLiteral("Not interested"),
                                     QStringLiteral("Relocation")};
    for (const QString &w : withdrawals) {
        const QString id = core.ids.uuid();
        s.withdrawalReasons.insert(id, idLabel(id, w));
    }
    const QStringList types = {QStringLiteral("BOOLEAN"), QStringLiteral("COUNTRY"), QStringLiteral("CURRENCY"),
                               QStringLiteral("DATE"), QStringLiteral("NUMBER"), QStringLiteral("PERCENT"),
                               QStringLiteral("REGION"), QStringLiteral("TEXT"), QStringLiteral("USER"),
                               QStringLiteral("SINGLE_SELECT")};
    const QStringList labels = {QStringLiteral("Willing to relocate"), QStringLiteral("Citizenship"),
                                QStringLiteral("Expected salary"), QStringLiteral("Available from"),
                                QStringLiteral("Years of experience"), QStringLiteral("Travel share"),
                                QStringLiteral("Home region"), QStringLiteral("Sourcing note"),
                                QStringLiteral("Sourced by"), QStringLiteral("Seniority")};
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString id = core.ids.uuid();
        QJsonObject p{{QStringLiteral("id"), id}, {QStringLiteral("label"), labels.at(i)},
                      {QStringLiteral("type"), types.at(i)},
                      {QStringLiteral("availability"),
                       QJsonObject{{QStringLiteral("toUsers"), QStringLiteral("ALL")},
                                   {QStringLiteral("context"), QJsonArray{QStringLiteral("PROFILE"), QStringLiteral("HIRE_FORM")}}}}};
        if (types.at(i) == u"SINGLE_SELECT") {
            QJsonArray values;
            for (const QString &v : {QStringLiteral("Junior"), QStringLiteral("Mid"), QStringLiteral("Senior")})
                values.append(idLabel(core.ids.uuid(), v));
            p.insert(QStringLiteral("values"), values);
        }
        s.candidateProperties.insert(id, p);
    }
}

void SeedData::credentials(SandboxCore &core)
{
    QString adminId;
    for (const QJsonObject &u : std::as_const(core.state.users)) {
        if (u.value(QStringLiteral("seq")).toInt() == 0)
            adminId = u.value(QStringLiteral("id")).toString();
    }
    // API keys look like the documented ones: "DCRA1-" and 32 hex characters.
    core.auth.addApiKey(QStringLiteral("DCRA1-") + core.ids.objectId() + core.ids.objectId().left(8), adminId);
    core.auth.registerClient(clientId(), core.ids.token(24), redirectUris(), AuthService::knownScopes(), adminId);
    core.auth.registerClient(limitedClientId(), core.ids.token(24), redirectUris(),
                             {QStringLiteral("candidates_read"), QStringLiteral("jobs_read")}, adminId);
}

void SeedData::jobs(SandboxCore &core)
{
    SandboxState &s = core.state;
    const QStringList deptIds = s.departments.keys();
    const QStringList processIds = s.hiringProcesses.keys();
    const QStringList userIds = s.users.keys();
    const QDateTime base = seedEpoch();
    for (int i = 0; i < kJobCount; ++i) {
        const QString id = core.ids.uuid();
        // Every JobStatus appears, including OTHER (response-only).
        const QString status = i == kJobCount - 1 ? QStringLiteral("OTHER") : kJobStatuses.at(i % kJobStatuses.size());
        const int city = int(core.ids.bounded(quint32(kCities.size())));
        const QDateTime created = base.addSecs(qint64(i) * 3600 * 20);
        const QString createdOn = SandboxClock::format(created);
        QJsonArray team{QJsonObject{{QStringLiteral("id"), userIds.at(i % userIds.size())}, {QStringLiteral("role"), QStringLiteral("RECRUITER")}},
                        QJsonObject{{QStringLiteral("id"), userIds.at((i + 1) % userIds.size())}, {QStringLiteral("role"), QStringLiteral("HIRING_MANAGER")}}};
        s.jobs.insert(id, QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("title"), QStringLiteral("%1 %2").arg(kTitles.at(i % kTitles.size())).arg(i / kTitles.size() + 1)},
            {QStringLiteral("refNumber"), QStringLiteral("REF-%1").arg(1000 + i)},
            {QStringLiteral("status"), status},
            {QStringLiteral("postingStatus"), i % 3 == 0 ? QStringLiteral("PUBLIC") : QStringLiteral("NOT_PUBLISHED")},
            {QStringLiteral("departmentId"), deptIds.at(i % deptIds.size())},
            {QStringLiteral("hiringProcessId"), processIds.at(i % processIds.size())},
            {QStringLiteral("location"), QJsonObject{{QStringLiteral("countryCode"), kCountryCodes.at(city)},
                                                     {QStringLiteral("city"), kCities.at(city)},
                                                     {QStringLiteral("remote"), i % 4 == 0}}},
            {QStringLiteral("createdOn"), createdOn}, {QStringLiteral("updatedOn"), createdOn},
            {QStringLiteral("lastActivityOn"), createdOn}, {QStringLiteral("creatorId"), userIds.first()},
            {QStringLiteral("hiringTeam"), team},
            {QStringLiteral("statusHistory"), QJsonArray{QJsonObject{{QStringLiteral("changedOn"), createdOn},
                                                                     {QStringLiteral("status"), status}}}}});
    }
}

void SeedData::candidates(SandboxCore &core)
{
    SandboxState &s = core.state;
    const QStringList jobIds = s.jobs.keys();
    const QStringList statuses = {QStringLiteral("LEAD"), QStringLiteral("NEW"), QStringLiteral("IN_REVIEW"),
                                  QStringLiteral("INTERVIEW"), QStringLiteral("OFFERED"), QStringLiteral("HIRED"),
                                  QStringLiteral("REJECTED"), QStringLiteral("WITHDRAWN")};
    QString apiSource;
    for (const QJsonObject &v : std::as_const(s.sourceValues)) {
        if (v.value(QStringLiteral("default")).toBool())
            apiSource = v.value(QStringLiteral("id")).toString();
    }
    const QDateTime base = seedEpoch().addDays(30);
    for (int i = 0; i < kCandidateCount; ++i) {
        const QString id = core.ids.uuid();
        const QString first = kFirstNames.at(i % kFirstNames.size());
        const QString last = kLastNames.at((i / 3) % kLastNames.size());
        const QString created = SandboxClock::format(base.addSecs(qint64(i) * 3600 * 17));
        QJsonArray tags;
        if (i % 3 == 0)
            tags.append(kTags.at(i % kTags.size()));
        // Every tenth candidate is talent-pool only: it must not show in GET /candidates.
        const bool poolOnly = i % 10 == 9;
        QJsonArray jobsOfCandidate;
        if (!poolOnly) {
            jobsOfCandidate.append(jobIds.at(i % jobIds.size()));
            if (i % 4 == 0)
                jobsOfCandidate.append(jobIds.at((i * 7 + 3) % jobIds.size()));
        }
        s.candidates.insert(id, QJsonObject{
            {QStringLiteral("id"), id}, {QStringLiteral("firstName"), first}, {QStringLiteral("lastName"), last},
            {QStringLiteral("email"), QStringLiteral("%1.%2.%3@candidates.example").arg(first.toLower(), last.toLower()).arg(i)},
            {QStringLiteral("phoneNumber"), QStringLiteral("+48 600 %1").arg(100000 + i)},
            {QStringLiteral("location"), QJsonObject{{QStringLiteral("city"), kCities.at(i % kCities.size())},
                                                     {QStringLiteral("countryCode"), kCountryCodes.at(i % kCities.size())}}},
            {QStringLiteral("web"), QJsonObject{{QStringLiteral("linkedin"), QStringLiteral("https://www.linkedin.com/in/cand-%1").arg(i)}}},
            {QStringLiteral("internal"), i % 17 == 0}, {QStringLiteral("tags"), tags},
            {QStringLiteral("education"), QJsonArray{}}, {QStringLiteral("experience"), QJsonArray{}},
            {QStringLiteral("createdOn"), created}, {QStringLiteral("updatedOn"), created},
            {QStringLiteral("jobIds"), jobsOfCandidate}});
        for (qsizetype j = 0; j < jobsOfCandidate.size(); ++j) {
            const QString jobId = jobsOfCandidate.at(j).toString();
            const QString status = statuses.at((i + j) % statuses.size());
            const QString appId = core.ids.uuid();
            s.applications.insert(SandboxState::applicationKey(id, jobId), QJsonObject{
                {QStringLiteral("applicationId"), appId}, {QStringLiteral("candidateId"), id},
                {QStringLiteral("jobId"), jobId}, {QStringLiteral("status"), status},
                {QStringLiteral("createdOn"), created},
                {QStringLiteral("source"), QJsonObject{{QStringLiteral("sourceTypeId"), QStringLiteral("API")},
                                                       {QStringLiteral("sourceSubTypeId"), QStringLiteral("API")},
                                                       {QStringLiteral("sourceId"), apiSource}}},
                {QStringLiteral("properties"), QJsonObject{}},
                {QStringLiteral("history"), QJsonArray{QJsonObject{{QStringLiteral("changedOn"), created},
                                                                   {QStringLiteral("status"), status}}}}});
        }
    }
}

} // namespace sr::sandbox
