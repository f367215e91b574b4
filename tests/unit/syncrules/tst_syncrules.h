#pragma once

#include "FieldMapping.h"
#include "Labels.h"
#include "SyncRules.h"
#include "SyncSettings.h"
#include "TempWorkspace.h"
#include "Templates.h"

#include <QTest>

using namespace sd;
using namespace sd::sync;

Q_DECLARE_METATYPE(sd::sync::CreateTrigger)
Q_DECLARE_METATYPE(sd::sync::NoteAction)
Q_DECLARE_METATYPE(sd::sync::UpdateRule)
Q_DECLARE_METATYPE(sd::MemberStatus)
Q_DECLARE_METATYPE(sd::ConsentState)

// Table helpers shared by the two halves of this test.
namespace synctest {
inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// "k=v;k=v" -> hash (tables stay readable).
inline QHash<QString, QString> kv(const QString &pairs)
{
    QHash<QString, QString> h;
    for (const QString &p : pairs.split(u';', Qt::SkipEmptyParts))
        h.insert(p.section(u'=', 0, 0), p.section(u'=', 1));
    return h;
}

inline ResolvedSettings team(const QHash<QString, QString> &values)
{
    SettingsLayers layers;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        layers.team.insert(it.key(), StoredValue{it.value()});
    const ResolvedSettings r = ResolvedSettings::resolve(layers);
    if (!r.problems().isEmpty())
        qFatal("bad test settings: %s", qPrintable(r.problems().join(u'\n')));
    return r;
}
} // namespace synctest
using namespace synctest;

class TestSyncRules : public QObject
{
    Q_OBJECT

private slots:
    void createTrigger_data();
    void createTrigger();
    void decideNoteAllCombinations_data();
    void decideNoteAllCombinations();
    void decideNoteReasons_data();
    void decideNoteReasons();
    void decideFields_data();
    void decideFields();
    void decideFieldsKeepsMappingOrder();
    void missingMandatory_data();
    void missingMandatory();
    void tagsAfter_data();
    void tagsAfter();
    void renderTemplate_data();
    void renderTemplate();
    void templateSyntax_data();
    void templateSyntax();
    void candidatePlaceholders();
    void mappingJsonRoundTrip();
    void mappingJsonErrors_data();
    void mappingJsonErrors();
    void mappingProblems_data();
    void mappingProblems();
    void localSrValues_data();
    void localSrValues();
    void valueProblems_data();
    void valueProblems();
    void consent_data();
    void consent();
    void jobOffered_data();
    void jobOffered();
};
