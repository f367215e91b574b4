#pragma once
// List envelopes: {limit, offset, nextPageId, totalFound, content:[…]} and bare arrays.
#include "ApiRequest.h"

namespace sd::sr {

template <class T>
struct Page
{
    QList<T> items;
    qint64 totalFound = -1; // -1 when the answer does not say
    qint64 offset = 0;
    QString nextPageId;

    static Page fromJson(const JsonReader &r)
    {
        Page p;
        p.items = readList<T>(r.objects(QStringLiteral("content"), JsonReader::Required));
        p.totalFound = r.integer(QStringLiteral("totalFound"), JsonReader::Optional, -1);
        p.offset = r.integer(QStringLiteral("offset"));
        p.nextPageId = r.string(QStringLiteral("nextPageId"));
        return p;
    }
};

template <class T>
struct ArrayOf
{
    QList<T> items;
    static ArrayOf fromJson(const JsonReader &r)
    {
        ArrayOf a;
        a.items = readList<T>(r.rootObjects());
        return a;
    }
};

} // namespace sd::sr
