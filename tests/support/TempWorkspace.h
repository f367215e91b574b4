#pragma once

#include "TestPostgres.h"
#include "Types.h"
#include "Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sd::test {

// A fresh workspace that disappears with the fixture: a file in a temporary folder, or, when the
// suite runs against PostgreSQL (SOURCEDESK_TEST_BACKEND=postgres), a new database on the test
// server. path() is what Workspace::open takes either way.
class TempWorkspace
{
public:
    TempWorkspace()
    {
        if (testingPostgres())
            m_location = createDatabase();
        auto ws = Workspace::open(path());
        if (!ws.ok())
            qFatal("cannot open a temporary workspace: %s", qPrintable(ws.error().toString()));
        m_ws = ws.value();
    }
    ~TempWorkspace()
    {
        m_ws.reset();
        if (!m_location.isEmpty())
            dropDatabase(m_location);
    }
    TempWorkspace(const TempWorkspace &) = delete;
    TempWorkspace &operator=(const TempWorkspace &) = delete;

    QString path() const { return m_location.isEmpty() ? m_dir.filePath(QStringLiteral("ws.sqlite")) : m_location; }
    QString dir() const { return m_dir.path(); }
    Workspace &ws() { return *m_ws; }
    std::shared_ptr<Workspace> shared() { return m_ws; }
    void close() { m_ws.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_location;
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
