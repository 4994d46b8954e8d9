// SPDX-License-Identifier: MIT
#include "SessionListModel.h"

#include "Content.h"

#include <QLocale>

namespace knead {

SessionListModel::SessionListModel(const Content& content, const Journal& journal, QObject* parent)
    : QAbstractListModel(parent)
    , m_content(content)
    , m_journal(journal)
    , m_entries(journal.entries())
{ }

void SessionListModel::refresh()
{
    beginResetModel();
    m_entries = m_journal.entries();
    endResetModel();
}

void SessionListModel::release()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

const JournalEntry& SessionListModel::entryAt(int row) const
{
    // Newest first: the journal keeps them oldest first.
    return m_entries[m_entries.size() - 1 - row];
}

QString SessionListModel::entryId(int row) const
{
    return row >= 0 && row < m_entries.size() ? entryAt(row).id : QString();
}

int SessionListModel::rowOf(const QString& entryId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (entryAt(row).id == entryId)
            return row;
    }
    return -1;
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const JournalEntry& e = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.routineName + QLatin1Char('\n') + detailLine(m_content, e, m_days);
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(e.routineName, detailLine(m_content, e, m_days));
    case Qt::ToolTipRole:
        return detailLine(m_content, e, m_days);
    case IdRole:
        return e.id;
    default:
        return {};
    }
}

QString SessionListModel::ratingsText(const Content& content, const JournalEntry& e)
{
    QStringList regions = e.regions;
    for (const QMap<QString, int>* ratings : {&e.tensionBefore, &e.tensionAfter}) {
        for (auto it = ratings->cbegin(); it != ratings->cend(); ++it) {
            if (!regions.contains(it.key()))
                regions.append(it.key());
        }
    }
    QStringList parts;
    for (const QString& id : std::as_const(regions)) {
        const int before = e.tensionBefore.value(id, -1);
        const int after = e.tensionAfter.value(id, -1);
        if (before < 0 && after < 0)
            continue;
        const Region* r = content.region(id);
        const QString name = r ? r->name : id;
        if (before >= 0 && after >= 0)
            parts.append(tr("%1 %2 → %3").arg(name, QString::number(before), QString::number(after)));
        else if (before >= 0)
            parts.append(tr("%1 %2 before").arg(name, QString::number(before)));
        else
            parts.append(tr("%1 %2 after").arg(name, QString::number(after)));
    }
    return parts.join(QStringLiteral(", "));
}

QString SessionListModel::detailLine(const Content& content, const JournalEntry& e, const LocalDays& days)
{
    const QLocale locale;
    const QDateTime local = days.localTime(e.started);
    QStringList parts;
    parts.append(tr("%1, %2").arg(
        locale.toString(local.date(), QLocale::ShortFormat), locale.toString(local.time(), QLocale::ShortFormat)));
    parts.append(formatDuration(e.activeSeconds));
    if (e.outcome == JournalEntry::Outcome::Finished && e.stepsSkipped == 0)
        parts.append(tr("all %n step(s)", nullptr, e.stepsTotal));
    else if (e.outcome == JournalEntry::Outcome::Finished)
        parts.append(
            tr("finished, %1 of %2 steps done").arg(QString::number(e.stepsDone), QString::number(e.stepsTotal)));
    else
        parts.append(
            tr("stopped after %1 of %2 steps").arg(QString::number(e.stepsDone), QString::number(e.stepsTotal)));
    if (const QString ratings = ratingsText(content, e); !ratings.isEmpty())
        parts.append(ratings);
    return parts.join(QStringLiteral(" · "));
}

} // namespace knead
