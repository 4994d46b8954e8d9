// SPDX-License-Identifier: MIT
#include "Identifiers.h"

#include <QList>

namespace knead {

namespace {

bool isLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool isKebabId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64 || !(id.front() >= u'a' && id.front() <= u'z') || id.back() == u'-')
        return false;
    QChar previous;
    for (QChar c : id) {
        const bool alnum = (c >= u'a' && c <= u'z') || isDigit(c);
        if (!alnum && !(c == u'-' && previous != u'-'))
            return false;
        previous = c;
    }
    return true;
}

bool isLanguageTag(QStringView tag)
{
    const QList<QStringView> parts = tag.split(u'-');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts[i];
        const bool language = i == 0;
        if (part.size() < 2 || part.size() > (language ? 3 : 8))
            return false;
        for (QChar c : part) {
            if (!isLetter(c) && (language || !isDigit(c)))
                return false;
        }
    }
    return true;
}

} // namespace knead
