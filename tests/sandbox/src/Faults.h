#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace sr::sandbox {

// Injected failures, for testing a client's retries and recovery.
// Shares are drawn from a seeded generator so a failing run can be replayed.
class Faults
{
public:
    enum class Kind {
        None,
        Status,         // answer with a fixed status (SR error body) without applying anything
        Hang,           // never answer; the connection stays open until the client gives up
        DropAfterApply, // apply the request, then close the connection without an answer
    };

    // One-shot rule: the next `count` requests matching method/path prefix.
    struct Rule
    {
        Kind kind = Kind::None;
        QByteArray method;  // empty = any
        QString pathPrefix; // empty = any
        int count = 1;
        int status = 503;
    };

    struct Config
    {
        double share429 = 0.0;
        double share5xx = 0.0;
        int latencyMs = 0;
    };

    explicit Faults(quint32 seed = 1) : m_rng(seed) {}

    void setConfig(const Config &c) { m_config = c; }
    Config config() const { return m_config; }
    void addRule(const Rule &r) { m_rules.append(r); }
    void clear() { m_rules.clear(); m_config = {}; }
    void reseed(quint32 seed) { m_rng.seed(seed); }

    struct Outcome
    {
        Kind kind = Kind::None;
        int status = 0;
        int latencyMs = 0;
    };
    // Consumes a matching one-shot rule first, then rolls the random shares.
    Outcome decide(const QByteArray &method, const QString &path);

    QJsonObject toJson() const;
    // Parses the control body; returns an error text or empty on success.
    QString applyJson(const QJsonObject &json);

private:
    Config m_config;
    QList<Rule> m_rules;
    QRandomGenerator m_rng;
};

} // namespace sr::sandbox
