#pragma once

#include "FieldMapping.h"
#include "SettingsStore.h"
#include "SyncSettings.h"
#include "TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace sd;
using namespace sd::sync;

Q_DECLARE_METATYPE(sd::sync::Layer)

// Table helpers shared by the two halves of this test.
namespace synctest {
// "-" in a table means "not stored at this layer" (an empty string is a real value).
inline const QString kUnset = QStringLiteral("-");

inline void put(QHash<QString, StoredValue> &layer, const QString &key, const QString &value,
                bool locked = false)
{
    if (value != kUnset)
        layer.insert(key, StoredValue{value, locked});
}

inline int rowCount(Workspace &ws)
{
    QSqlQuery q(ws.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_settings"));
    return q.next() ? q.value(0).toInt() : -1;
}

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace synctest
using namespace synctest;

class TestSyncSettings : public QObject
{
    Q_OBJECT

private slots:
    void layerKeys_data();
    void layerKeys();
    void catalogDefaults_data();
    void catalogDefaults();
    void resolve_data();
    void resolve();
    void problemsNameWhereAndWhat();
    void mandatoryAlwaysIncludesSrRequired();
    void canSetReasons_data();
    void canSetReasons();
    void validate_data();
    void validate();

    void storeRoundTrip();
    void recruiterCannotWriteTeam();
    void storeRefuses_data();
    void storeRefuses();
    void lockWithoutTeamValueStoresDefault();
    void unsetKeepsLock();
    void importAllOrNothing_data();
    void importAllOrNothing();
    void exportImportRoundTrip();
};
