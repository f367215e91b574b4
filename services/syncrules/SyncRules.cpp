#include "SyncRules.h"

#include "Labels.h"
#include "Templates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sd::sync {

namespace {

QString trRules(const char *text)
{
    return QCoreApplication::translate("sd::sync::SyncRules", text);
}

QString fieldType(const QString &srField)
{
    const SrField *f = findStandardSrField(srField);
    return f ? f->type : QStringLiteral("text");
}

bool takenOnlyAtCreation(const QString &srField)
{
    const SrField *f = findStandardSrField(srField);
    return f && !f->patchable; // properties are set by their own call, any time
}

// The form two values are compared in: what SmartRecruiters or a person would call "the same".
QString comparable(const QString &srField, const QString &value)
{
    const QString type = fieldType(srField);
    QString v = value.simplified();
    if (type == QLatin1StringView("email") || type == QLatin1StringView("country"))
        return v.remove(u' ').toLower();
    if (type == QLatin1StringView("url")) {
        v = v.remove(u' ').toLower();
        static const QRegularExpression prefix(QStringLiteral("^(https?://)?(www\\.)?"));
        v.remove(prefix);
        while (v.endsWith(u'/'))
            v.chop(1);
        return v;
    }
    if (type == QLatin1StringView("phone")) {
        QString digits = v.startsWith(u'+') ? QStringLiteral("+") : QString();
        for (QChar c : v) {
            if (c.isDigit())
                digits += c;
        }
        return digits;
    }
    return v;
}

// The text the template puts right before and right after {status}, when it is not only spaces:
// a status never contains it, which keeps "Java" from matching campaign "Java - Senior"'s tags.
QStringList statusBoundaries(const QString &tmpl)
{
    const QString other(QChar(0xE000));
    const QString status(QChar(0xE001));
    QHash<QString, QString> marks;
    for (const QString &name : templatePlaceholders(tmpl))
        marks.insert(name, name == QLatin1StringView("status") ? status : other);
    const QString rendered = renderTemplate(tmpl, marks);
    const auto isMark = [](QChar c) {
        return c == QChar(0xE000) || c == QChar(0xE001);
    };
    QStringList out;
    for (qsizetype at = rendered.indexOf(status); at >= 0; at = rendered.indexOf(status, at + 1)) {
        qsizetype prev = at - 1;
        while (prev >= 0 && !isMark(rendered.at(prev)))
            --prev;
        qsizetype next = at + 1;
        while (next < rendered.size() && !isMark(rendered.at(next)))
            ++next;
        const QString before = rendered.mid(prev + 1, at - prev - 1);
        const QString after = rendered.mid(at + 1, next - at - 1);
        for (const QString &b : {before, after}) {
            if (!b.trimmed().isEmpty() && !out.contains(b))
                out << b;
        }
    }
    return out;
}

// Matches the tag `tmpl` gives this campaign for any status (or one of `knownStatuses`).
QRegularExpression outcomeTagMatcher(const QString &tmpl, const QHash<QString, QString> &values,
                                     const QStringList &knownStatuses)
{
    QString wildcard;
    if (!knownStatuses.isEmpty()) {
        QStringList alternatives;
        for (const QString &st : knownStatuses)
            alternatives << QRegularExpression::escape(st.trimmed());
        wildcard = QStringLiteral("(?:") + alternatives.join(u'|') + u')';
    } else {
        QStringList boundaries;
        for (const QString &b : statusBoundaries(tmpl))
            boundaries << QRegularExpression::escape(b);
        wildcard = boundaries.isEmpty()
                       ? QStringLiteral(".*")
                       : QStringLiteral("(?:(?!") + boundaries.join(u'|') + QStringLiteral(").)*");
    }
    const QString marker(QChar(0xE001));
    QHash<QString, QString> withMarker = values;
    withMarker.insert(QStringLiteral("status"), marker);
    const QStringList literal = renderTemplate(tmpl, withMarker).trimmed().split(marker);
    QStringList escaped;
    for (const QString &part : literal)
        escaped << QRegularExpression::escape(part);
    return QRegularExpression(u'^' + escaped.join(wildcard) + u'$',
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::DotMatchesEverythingOption);
}

QString triggerDescription(CreateTrigger t)
{
    switch (t) {
    case CreateTrigger::OnAdd:
        return trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "when added to the campaign"));
    case CreateTrigger::OnReply:
        return trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "when they reply"));
    case CreateTrigger::OnInterested:
        return trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "when they are interested"));
    case CreateTrigger::Never:
        return trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "never"));
    }
    return {};
}

} // namespace

bool createTriggerFired(CreateTrigger t, MemberStatus s)
{
    switch (t) {
    case CreateTrigger::OnAdd:
        return true;
    case CreateTrigger::OnReply:
        return s == MemberStatus::Replied || s == MemberStatus::Interested ||
               s == MemberStatus::NotInterested;
    case CreateTrigger::OnInterested:
        return s == MemberStatus::Interested;
    case CreateTrigger::Never:
        return false;
    }
    return false;
}

NoteDecision decideNote(const ResolvedSettings &s, const QString &kindKey, bool linked, bool matchedRemote,
                        bool triggerFired)
{
    if (!s.list(QLatin1StringView(key::NoteKinds)).contains(kindKey))
        return {NoteAction::Skip, trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "Notes are turned off for this kind of activity"))};
    if (linked)
        return {NoteAction::Write, {}};
    const bool onlySynced = s.flag(QLatin1StringView(key::NotesOnlySynced));
    if (matchedRemote && !onlySynced)
        return {NoteAction::Write, trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "Written to the SmartRecruiters candidate with the same email"))};
    const CreateTrigger trigger = s.createTrigger();
    if (trigger == CreateTrigger::Never) {
        if (matchedRemote)
            return {NoteAction::Skip,
                    trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "Notes go only to records Sourcedesk synced, and this candidate is never "
                            "added to SmartRecruiters"))};
        return {NoteAction::Skip,
                trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "This candidate is not in SmartRecruiters and is never added to it"))};
    }
    if (!triggerFired) {
        QString reason = trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "Written when the candidate is created in SmartRecruiters (%1)"))
                             .arg(triggerDescription(trigger));
        if (matchedRemote)
            reason +=
                u' ' +
                trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "Notes go only to synced records, not to a record that merely has the same email."));
        return {NoteAction::Hold, reason};
    }
    return {NoteAction::Hold, trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "Written once the candidate has been created in SmartRecruiters"))};
}

QList<FieldDecision> decideFields(const FieldMapping &m, const QMap<QString, QString> &local,
                                  const QMap<QString, QString> *remote)
{
    QList<FieldDecision> out;
    QStringList seen;
    for (const FieldRule &r : m.rules) {
        if (seen.contains(r.srField))
            continue;
        seen << r.srField;
        FieldDecision d{r.srField,
                        remote ? remote->value(r.srField).trimmed() : QString(),
                        local.value(r.srField).trimmed(),
                        r.rule,
                        false,
                        {}};
        if (d.localValue.isEmpty()) {
            d.why = trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "Nothing to send (blank in Sourcedesk)"));
        } else if (!remote) {
            d.send = true;
            d.why = trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "New candidate in SmartRecruiters"));
        } else if (comparable(d.srField, d.localValue) == comparable(d.srField, d.remoteValue)) {
            d.why = trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "Same value"));
        } else if (takenOnlyAtCreation(d.srField)) {
            d.why = trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "SmartRecruiters takes this only when the candidate is created"));
        } else if (d.remoteValue.isEmpty()) {
            d.send = true;
            d.why = trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "SmartRecruiters is blank"));
        } else if (r.rule == UpdateRule::Always) {
            d.send = true;
            d.why = trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "Always update"));
        } else {
            d.why = trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "Only update if blank: SmartRecruiters already has a value"));
        }
        out << d;
    }
    return out;
}

QMap<QString, QString> fieldsToSend(const QList<FieldDecision> &decisions)
{
    QMap<QString, QString> out;
    for (const FieldDecision &d : decisions) {
        if (d.send)
            out.insert(d.srField, d.localValue);
    }
    return out;
}

QStringList missingMandatoryFields(const QStringList &mandatory, const QMap<QString, QString> &local)
{
    QStringList fields = {QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("email")};
    for (const QString &f : mandatory) {
        if (!f.trimmed().isEmpty() && !fields.contains(f.trimmed()))
            fields << f.trimmed();
    }
    QStringList missing;
    for (const QString &f : fields) {
        if (local.value(f).trimmed().isEmpty())
            missing << f;
    }
    return missing;
}

QStringList missingMandatory(const QStringList &mandatory, const QMap<QString, QString> &local)
{
    QStringList labels;
    for (const QString &f : missingMandatoryFields(mandatory, local))
        labels << srFieldLabel(f);
    return labels;
}

QStringList tagsAfter(const QString &tmpl, const QString &campaign, const QString &status,
                      const QHash<QString, QString> &extra, const QStringList &currentRemoteTags,
                      const QStringList &knownStatuses)
{
    QHash<QString, QString> values = extra;
    values.insert(QStringLiteral("campaign"), campaign);
    values.insert(QStringLiteral("status"), status);
    const QString newTag = renderTemplate(tmpl, values).trimmed();
    QStringList statuses = knownStatuses;
    if (!statuses.isEmpty() && !statuses.contains(status, Qt::CaseInsensitive))
        statuses << status;
    const QRegularExpression earlier = outcomeTagMatcher(tmpl, values, statuses);

    QStringList out;
    bool placed = false;
    for (const QString &raw : currentRemoteTags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty() || out.contains(tag, Qt::CaseInsensitive))
            continue;
        if (!newTag.isEmpty() && tag.compare(newTag, Qt::CaseInsensitive) == 0) {
            out << tag; // already there: keep its place
            placed = true;
        } else if (!earlier.match(tag).hasMatch()) {
            out << tag;
        }
    }
    if (!placed && !newTag.isEmpty())
        out << newTag;
    return out;
}

ConsentDecision decideConsent(const ResolvedSettings &s, const Candidate &c)
{
    ConsentDecision d;
    d.date = c.consentDate.isValid() ? c.consentDate.date() : QDate();
    if (s.flag(QLatin1StringView(key::ConsentRequired)) && c.consent != ConsentState::Granted) {
        d.hold = true;
        d.reason = trRules(QT_TRANSLATE_NOOP("sd::sync::SyncRules", "Consent is required before syncing, and this candidate's consent is: %1"))
                       .arg(label(c.consent));
    }
    const QString tmpl = s.text(QLatin1StringView(key::ConsentTemplate));
    if (!tmpl.trimmed().isEmpty()) {
        QHash<QString, QString> values = candidatePlaceholders(c);
        values.insert(QStringLiteral("date"), d.date.isValid() ? d.date.toString(Qt::ISODate) : QString());
        values.insert(QStringLiteral("method"), c.consentMethod);
        values.insert(QStringLiteral("state"), label(c.consent));
        d.consentText = renderTemplate(tmpl, values);
    }
    return d;
}

bool jobOffered(const ResolvedSettings &s, const QString &jobStatus)
{
    return s.list(QLatin1StringView(key::JobStatuses)).contains(jobStatus.trimmed(), Qt::CaseInsensitive);
}

} // namespace sd::sync
