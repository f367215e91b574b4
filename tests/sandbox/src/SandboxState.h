#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator64>
#include <QString>

#include <functional>

namespace sr::sandbox {

using Table = QMap<QString, QJsonObject>;

// Everything the sandbox knows, as JSON objects keyed by id. Keeping entities
// as JSON makes the state dump, persistence (--data) and partial updates
// trivial; handlers render the public SmartRecruiters shapes from them.
// QMap keeps keys sorted, which gives stable cursor paging.
struct SandboxState
{
    QJsonObject company;
    Table users;
    Table departments;
    Table hiringProcesses;
    Table jobs;
    Table candidates;   // personal details, tags, `jobIds` (ordered: first = primary assignment)
    Table applications; // key "<candidateId>/<jobId>"
    Table attachments;  // metadata; bytes in attachmentData
    Table messages;
    Table subscriptions;
    Table candidateProperties;
    Table sourceTypes;
    Table sourceValues;
    Table rejectionReasons;
    Table withdrawalReasons;
    // Auth state lives here too so a persisted sandbox keeps its sign-ins.
    Table oauthClients;
    Table apiKeys;
    Table authCodes;
    Table accessTokens;
    Table refreshTokens;
    QHash<QString, QByteArray> attachmentData;

    quint64 seed = 1;
    quint64 generation = 0; // bumped on every load so new ids never repeat old ones

    void forEachTable(const std::function<void(const QString &, Table &)> &fn);
    QJsonObject toJson(bool includeSecrets) const;
    static bool fromJson(const QJsonObject &json, SandboxState *out, QString *error);
    void clear();

    static QString applicationKey(const QString &candidateId, const QString &jobId)
    {
        return candidateId + u'/' + jobId;
    }
};

// Deterministic id source: the same seed gives the same ids in the same order.
class IdGenerator
{
public:
    explicit IdGenerator(quint64 seed = 1) : m_rng(seed) {}
    void reseed(quint64 seed) { m_rng.seed(seed); }
    QString uuid();
    QString objectId();      // 24 hex chars, like user ids
    QString numeric(int digits);
    QString token(int bytes); // url-safe random secret
    quint32 bounded(quint32 n) { return quint32(m_rng.bounded(quint64(n))); }

private:
    QRandomGenerator64 m_rng;
};

} // namespace sr::sandbox
