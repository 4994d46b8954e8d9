// SPDX-License-Identifier: MIT
#pragma once

#include "Journal.h"
#include "LocalDays.h"

#include <QAbstractListModel>

namespace knead {

class Content;

// The sessions of the journal, newest first, for the History page's list: routine, when, how
// long, how far, and the ratings. Rows are formatted when shown, so a journal of ten years
// costs nothing until it is scrolled.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
    };

    SessionListModel(const Content& content, const Journal& journal, QObject* parent = nullptr);

    // Takes the journal's entries again (after a change).
    void refresh();
    // Lets go of them while nobody looks: a copy held here would make the journal copy its
    // whole list at its next append.
    void release();
    QString entryId(int row) const;
    int rowOf(const QString& entryId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "Tue 3 Nov 2026, 08:00 · 9 min · all 7 steps · Head 7 → 3"
    static QString detailLine(const Content& content, const JournalEntry& entry, const LocalDays& days);
    static QString ratingsText(const Content& content, const JournalEntry& entry);

private:
    const JournalEntry& entryAt(int row) const;

    const Content& m_content;
    const Journal& m_journal;
    LocalDays m_days;
    // What the view shows until refresh(): a shared copy (no entry is copied until the
    // journal changes), so the view never reads a list that changed under it.
    QList<JournalEntry> m_entries;
};

} // namespace knead
