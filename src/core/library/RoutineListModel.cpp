// SPDX-License-Identifier: MIT
#include "RoutineListModel.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace knead {

RoutineListModel::RoutineListModel(const Content& content, QObject* parent)
    : QAbstractListModel(parent)
    , m_content(content)
{
    setRegions({});
}

void RoutineListModel::setRegions(const QStringList& regionIds)
{
    QList<const Routine*> rows;
    if (regionIds.isEmpty()) {
        // All routines, from head to feet: in the order of their first region on the body.
        QHash<QString, int> bodyOrder;
        for (int i = 0; i < m_content.regions().size(); ++i)
            bodyOrder.insert(m_content.regions()[i].id, i);
        const auto rank = [&](const Routine* r) {
            int best = INT_MAX;
            for (const QString& id : r->regions)
                best = std::min(best, bodyOrder.value(id, INT_MAX));
            return best;
        };
        for (const Routine& r : m_content.routines())
            rows.append(&r);
        std::stable_sort(
            rows.begin(), rows.end(), [&](const Routine* a, const Routine* b) { return rank(a) < rank(b); });
    } else {
        // Routines that name a selected region among their own regions come first; those
        // that only touch it in a step follow.
        QList<const Routine*> secondary;
        for (const Routine& r : m_content.routines()) {
            bool primary = false;
            bool touches = false;
            for (const QString& id : regionIds) {
                primary = primary || r.regions.contains(id);
                touches = touches
                    || std::any_of(r.steps.cbegin(), r.steps.cend(), [&](const Step& s) { return s.region == id; });
            }
            if (primary)
                rows.append(&r);
            else if (touches)
                secondary.append(&r);
        }
        rows += secondary;
    }
    if (rows == m_rows && regionIds == m_regions)
        return;
    beginResetModel();
    m_regions = regionIds;
    m_rows = rows;
    endResetModel();
}

QString RoutineListModel::routineId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row]->id : QString();
}

int RoutineListModel::rowOf(const QString& routineId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i]->id == routineId)
            return i;
    }
    return -1;
}

int RoutineListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString RoutineListModel::detailLine(const Content& content, const Routine& routine)
{
    PressureSet pressures;
    for (Pressure p : routine.pressures())
        pressures.add(p);
    const QString pressure = pressureSetLabel(pressures);
    QStringList tools;
    for (const QString& id : routine.equipment(content))
        tools.append(toolLabel(id));
    //: The meta line of a routine: its length, its pressure, and what to have at hand.
    return tr("%1 · %2 · %3")
        .arg(formatDuration(routine.totalSeconds()), pressure,
            tools.isEmpty() ? tr("no tools needed") : tools.join(QStringLiteral(", ")));
}

QVariant RoutineListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Routine& r = *m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return r.name;
    case Qt::ToolTipRole:
    case SummaryRole:
        return r.summary;
    case IdRole:
        return r.id;
    case DurationSecondsRole:
        return r.totalSeconds();
    case DetailRole:
        return detailLine(m_content, r);
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(r.name, detailLine(m_content, r));
    case Qt::AccessibleDescriptionRole:
        return r.summary;
    default:
        return {};
    }
}

} // namespace knead
