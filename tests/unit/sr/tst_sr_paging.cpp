// Next-page signals: Link headers, nextPageId, offsets and totalFound.
#include "Paging.h"

#include <QTest>

using namespace sd::sr;

class TestSrPaging : public QObject
{
    Q_OBJECT
private slots:
    void linkHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expected");
        const QString base = QStringLiteral("https://api.example.org");
        QTest::newRow("relative") << QByteArray("</candidates?limit=10&pageId=SKYf%3D%3D>; rel=\"next\"")
                                  << base + QStringLiteral("/candidates?limit=10&pageId=SKYf%3D%3D");
        QTest::newRow("unquoted rel") << QByteArray("</jobs?pageId=a>; rel=next") << base + QStringLiteral("/jobs?pageId=a");
        QTest::newRow("second entry") << QByteArray("</x?p=1>; rel=\"prev\", </x?p=3>; title=\"n\"; rel=\"next\"")
                                      << base + QStringLiteral("/x?p=3");
        QTest::newRow("absolute") << QByteArray("<https://api.example.org/y?pageId=b>; rel=\"next last\"")
                                  << base + QStringLiteral("/y?pageId=b");
        QTest::newRow("no next") << QByteArray("</x?p=1>; rel=\"self\"") << QString();
        QTest::newRow("garbage") << QByteArray("<<<;;rel") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void linkHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, expected);
        const QUrl next = paging::nextLink(header, QUrl(QStringLiteral("https://api.example.org/jobs?limit=10")));
        QCOMPARE(next.isValid() ? next.toString(QUrl::FullyEncoded) : QString(), expected);
    }

    void cursor()
    {
        const QJsonDocument withBody = QJsonDocument::fromJson("{\"nextPageId\":\"B1\",\"content\":[{}]}");
        QCOMPARE(paging::nextCursor(withBody, "</x?pageId=L1>; rel=\"next\"", QStringLiteral("pageId")), QStringLiteral("B1"));
        const QJsonDocument bare = QJsonDocument::fromJson("[{}]");
        QCOMPARE(paging::nextCursor(bare, "</s?page_id=a%2Bb%3D>; rel=\"next\"", QStringLiteral("page_id")), QStringLiteral("a+b="));
        QCOMPARE(paging::nextCursor(bare, {}, QStringLiteral("pageId")), QString());
    }

    void offsets()
    {
        const QJsonDocument page = QJsonDocument::fromJson("{\"totalFound\":5,\"content\":[{},{}]}");
        QCOMPARE(paging::nextOffset(page, 0), 2);
        QCOMPARE(paging::nextOffset(page, 2), 4);
        QCOMPARE(paging::nextOffset(page, 3), -1);
        QCOMPARE(paging::nextOffset(QJsonDocument::fromJson("{\"totalFound\":50,\"content\":[]}"), 10), -1);
        QCOMPARE(paging::nextOffset(QJsonDocument::fromJson("{\"content\":[{}]}"), 10), 11);
    }
};

QTEST_GUILESS_MAIN(TestSrPaging)
#include "tst_sr_paging.moc"
