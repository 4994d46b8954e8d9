// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"

#include <QAbstractListModel>
#include <QStringList>

namespace knead {

// The routines shown beside the body map: those for any of the selected regions (all of
// them when nothing is selected), with what a person needs to choose one.
class RoutineListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SummaryRole,
        DurationSecondsRole,
        DetailRole, // "8 min · light to medium pressure · massage ball"
    };

    explicit RoutineListModel(const Content& content, QObject* parent = nullptr);

    void setRegions(const QStringList& regionIds);
    const QStringList& regions() const { return m_regions; }
    QString routineId(int row) const;
    int rowOf(const QString& routineId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "8 min · light to medium pressure · massage ball, wall" ("no tools needed")
    static QString detailLine(const Content& content, const Routine& routine);

private:
    const Content& m_content;
    QStringList m_regions;
    QList<const Routine*> m_rows;
};

} // namespace knead
