// SPDX-License-Identifier: MIT
#pragma once

#include "Journal.h"
#include "LocalDays.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace knead {

class Content;

// The journal as a spreadsheet: one row per rating (a session rated before and after in two
// regions is four rows), RFC 4180 (comma-separated, CRLF, quotes doubled), UTF-8. Column names
// are fixed English words, so that scripts can rely on them.
class JournalCsv
{
    Q_DECLARE_TR_FUNCTIONS(JournalCsv)

public:
    static QByteArray toCsv(const QList<JournalEntry>& entries, const Content& content, const LocalDays& days);
    // Written atomically: the file is either the old one or the whole new one. Returns an
    // error message, or "".
    static QString write(
        const QString& path, const QList<JournalEntry>& entries, const Content& content, const LocalDays& days);
    // One field, quoted when it must be. Text that a spreadsheet would run as a formula
    // (starting with = + - @) gets a leading apostrophe: routine names come from packs.
    static QString field(const QString& text);
};

} // namespace knead
