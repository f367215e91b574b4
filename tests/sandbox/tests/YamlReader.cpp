#include "YamlReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

YamlReader::YamlReader(const QString &text)
{
    const QStringList raw = text.split(u'\n');
    m_lines.reserve(raw.size());
    for (QString l : raw) {
        if (l.endsWith(u'\r'))
            l.chop(1);
        Line line;
        int i = 0;
        while (i < l.size() && l.at(i) == u' ')
            ++i;
        line.indent = i;
        line.text = l.mid(i);
        line.blank = line.text.trimmed().isEmpty() || line.text.startsWith(u'#');
        m_lines.append(line);
    }
}

QJsonValue YamlReader::parse(const QString &text, QString *error)
{
    YamlReader r(text);
    const int first = r.nextContent(0);
    if (first < 0)
        return QJsonValue(QJsonValue::Null);
    r.m_pos = first;
    const QJsonValue v = r.node(r.m_lines.at(first).indent);
    if (r.m_error.isEmpty() && r.nextContent(r.m_pos) >= 0)
        r.m_error = QStringLiteral("line %1: unexpected content").arg(r.nextContent(r.m_pos) + 1);
    if (!r.m_error.isEmpty()) {
        if (error)
            *error = r.m_error;
        return QJsonValue(QJsonValue::Null);
    }
    return v;
}

int YamlReader::nextContent(int from) const
{
    for (int i = from; i < m_lines.size(); ++i) {
        if (!m_lines.at(i).blank)
            return i;
    }
    return -1;
}

bool YamlReader::splitKey(const QString &text, QString *key, QString *rest)
{
    if (text.startsWith(u'\'') || text.startsWith(u'"')) {
        const QChar q = text.at(0);
        const qsizetype end = text.indexOf(q, 1);
        if (end < 0 || end + 1 >= text.size() || text.at(end + 1) != u':')
            return false;
        if (end + 2 < text.size() && text.at(end + 2) != u' ')
            return false;
        *key = text.mid(1, end - 1);
        *rest = text.mid(end + 2).trimmed();
        return true;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u':' && (i + 1 == text.size() || text.at(i + 1) == u' ')) {
            *key = text.left(i).trimmed();
            *rest = text.mid(i + 1).trimmed();
            return !key->isEmpty() && !key->startsWith(u'-') && !key->startsWith(u'[') && !key->startsWith(u'{');
        }
    }
    return false;
}

QJsonValue YamlReader::node(int indent)
{
    const Line &l = m_lines.at(m_pos);
    if (l.text == u"-" || l.text.startsWith(QStringLiteral("- ")))
        return sequence(indent);
    return mapping(indent);
}

QJsonValue YamlReader::mapping(int indent)
{
    QJsonObject obj;
    while (m_error.isEmpty()) {
        const int i = nextContent(m_pos);
        if (i < 0 || m_lines.at(i).indent < indent)
            break;
        if (m_lines.at(i).indent > indent) {
            m_error = QStringLiteral("line %1: bad indentation").arg(i + 1);
            break;
        }
        if (m_lines.at(i).text.startsWith(QStringLiteral("- ")) || m_lines.at(i).text == u"-")
            break;
        QString key;
        QString rest;
        if (!splitKey(m_lines.at(i).text, &key, &rest)) {
            m_error = QStringLiteral("line %1: expected \"key:\"").arg(i + 1);
            break;
        }
        m_pos = i + 1;
        obj.insert(key, valueAfterIndicator(rest, indent));
    }
    return obj;
}

QJsonValue YamlReader::sequence(int indent)
{
    QJsonArray arr;
    while (m_error.isEmpty()) {
        const int i = nextContent(m_pos);
        if (i < 0 || m_lines.at(i).indent != indent)
            break;
        const QString text = m_lines.at(i).text;
        if (!(text == u"-" || text.startsWith(QStringLiteral("- "))))
            break;
        const QString rest = text.mid(1).trimmed();
        QString key;
        QString after;
        if (!rest.isEmpty() && !rest.startsWith(u'[') && !rest.startsWith(u'{') && splitKey(rest, &key, &after)) {
            // "- key: value" opens a mapping whose keys sit two columns in.
            const int inner = indent + int(text.indexOf(rest));
            m_lines[i].indent = inner;
            m_lines[i].text = rest;
            m_pos = i;
            arr.append(mapping(inner));
            continue;
        }
        m_pos = i + 1;
        arr.append(valueAfterIndicator(rest, indent));
    }
    return arr;
}

QJsonValue YamlReader::valueAfterIndicator(const QString &rest, int ownerIndent)
{
    if (rest.isEmpty()) {
        const int j = nextContent(m_pos);
        if (j < 0)
            return QJsonValue(QJsonValue::Null);
        const Line &n = m_lines.at(j);
        const bool dash = n.text == u"-" || n.text.startsWith(QStringLiteral("- "));
        if (n.indent > ownerIndent || (n.indent == ownerIndent && dash)) {
            m_pos = j;
            return node(n.indent);
        }
        return QJsonValue(QJsonValue::Null);
    }
    if (rest.startsWith(u'|') || rest.startsWith(u'>'))
        return blockScalar(rest, ownerIndent);
    if (rest.startsWith(u'[') || rest.startsWith(u'{'))
        return flow(continuation(rest, ownerIndent));
    return scalar(continuation(rest, ownerIndent));
}

QString YamlReader::blockScalar(const QString &indicator, int ownerIndent)
{
    QStringList out;
    int blockIndent = -1;
    while (m_pos < m_lines.size()) {
        const Line &l = m_lines.at(m_pos);
        if (!l.blank || !l.text.trimmed().isEmpty()) {
            if (l.indent <= ownerIndent)
                break;
            if (blockIndent < 0)
                blockIndent = l.indent;
            out.append(QString(qMax(0, l.indent - blockIndent), u' ') + l.text);
        } else {
            out.append(QString());
        }
        ++m_pos;
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return indicator.startsWith(u'>') ? out.join(u' ') : out.join(u'\n');
}

QString YamlReader::continuation(const QString &first, int ownerIndent)
{
    // Plain, quoted or flow scalars may continue on deeper-indented lines.
    QString value = first;
    while (true) {
        const int j = nextContent(m_pos);
        if (j < 0 || m_lines.at(j).indent <= ownerIndent)
            break;
        QString key;
        QString rest;
        if (splitKey(m_lines.at(j).text, &key, &rest)) {
            // A plain scalar cannot hold "key: value"; this is a nesting error.
            m_error = QStringLiteral("line %1: mapping nested under a scalar").arg(j + 1);
            break;
        }
        value += u' ' + m_lines.at(j).text.trimmed();
        m_pos = j + 1;
    }
    return value;
}

QJsonValue YamlReader::scalar(const QString &raw) const
{
    const QString s = raw.trimmed();
    if (s.size() >= 2 && s.startsWith(u'\'') && s.endsWith(u'\''))
        return s.mid(1, s.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    if (s.size() >= 2 && s.startsWith(u'"') && s.endsWith(u'"')) {
        QString v = s.mid(1, s.size() - 2);
        v.replace(QStringLiteral("\\\""), QStringLiteral("\"")).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        return v;
    }
    if (s == u"true")
        return true;
    if (s == u"false")
        return false;
    if (s == u"null" || s == u"~")
        return QJsonValue(QJsonValue::Null);
    static const QRegularExpression number(QStringLiteral(R"(^-?\d+(\.\d+)?([eE][-+]?\d+)?$)"));
    if (number.match(s).hasMatch())
        return s.toDouble();
    return s;
}

QJsonValue YamlReader::flow(const QString &raw) const
{
    const QString s = raw.trimmed();
    const bool seq = s.startsWith(u'[');
    if (!(seq ? s.endsWith(u']') : s.endsWith(u'}')))
        return s; // not a flow collection we understand: keep the text
    const QString inner = s.mid(1, s.size() - 2).trimmed();
    // Split on top-level commas.
    QStringList items;
    int depth = 0;
    QChar quote;
    QString cur;
    for (const QChar c : inner) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u']' || c == u'}') {
            --depth;
        } else if (c == u',' && depth == 0) {
            items.append(cur.trimmed());
            cur.clear();
            continue;
        }
        cur += c;
    }
    if (!cur.trimmed().isEmpty())
        items.append(cur.trimmed());
    if (seq) {
        QJsonArray a;
        for (const QString &item : std::as_const(items))
            a.append(item.startsWith(u'[') || item.startsWith(u'{') ? flow(item) : scalar(item));
        return a;
    }
    QJsonObject o;
    for (const QString &item : std::as_const(items)) {
        QString key;
        QString rest;
        if (splitKey(item, &key, &rest))
            o.insert(key, rest.startsWith(u'[') || rest.startsWith(u'{') ? flow(rest) : scalar(rest));
    }
    return o;
}
