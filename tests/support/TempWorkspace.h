#pragma once

#include "Types.h"
#include "Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sd::test {

// A fresh workspace file in a temporary folder that disappears with the fixture.
class TempWorkspace
{
public:
    TempWorkspace()
    {
        auto ws = Workspace::open(path());
        if (!ws.ok())
            qFatal("cannot open a temporary workspace: %s", qPrintable(ws.error().toString()));
        m_ws = ws.value();
    }
    QString path() const { return m_dir.filePath(QStringLiteral("ws.sqlite")); }
    QString dir() const { return m_dir.path(); }
    Workspace &ws() { return *m_ws; }
    std::shared_ptr<Workspace> shared() { return m_ws; }
    void close() { m_ws.reset(); }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_ws;
};

inline Candidate person(const QString &first, const QString &last, const QString &email = {},
                        const QString &company = {})
{
    Candidate c;
    c.firstName = first;
    c.lastName = last;
    if (!email.isEmpty())
        c.emails << email;
    c.company = company;
    return c;
}

} // namespace sd::test
