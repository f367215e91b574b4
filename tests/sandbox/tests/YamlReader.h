#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// A small, dependency-free reader for the YAML subset the OpenAPI file uses:
// block mappings and sequences, plain/quoted scalars (also multi-line),
// literal and folded block scalars, and simple flow collections ([], [a, b], {}).
// No anchors, tags or multi-document streams. Good enough to walk the spec;
// not a general YAML parser.
class YamlReader
{
public:
    // Returns a null value and fills `error` (with a line number) on failure.
    static QJsonValue parse(const QString &text, QString *error);

private:
    struct Line
    {
        int indent = 0;
        QString text; // without indentation
        bool blank = true;
    };

    explicit YamlReader(const QString &text);
    int nextContent(int from) const;
    QJsonValue node(int indent);
    QJsonValue mapping(int indent);
    QJsonValue sequence(int indent);
    QJsonValue valueAfterIndicator(const QString &rest, int ownerIndent);
    QString blockScalar(const QString &indicator, int ownerIndent);
    QString continuation(const QString &first, int ownerIndent);
    QJsonValue scalar(const QString &raw) const;
    QJsonValue flow(const QString &raw) const;
    static bool splitKey(const QString &text, QString *key, QString *rest);

    QList<Line> m_lines;
    int m_pos = 0;
    QString m_error;
};
