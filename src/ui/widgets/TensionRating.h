// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"

#include <QMap>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QGridLayout;
class QLabel;

namespace knead {

// "How tense is it?" for up to three regions of a routine, each a row of eleven buttons from
// 0 to 10. Optional by design: nothing is chosen until the person picks, and picking the
// chosen value again clears it. Arrow keys move along a row and choose, Delete clears; every
// button is a plain checkable button, so screen readers read "Neck, 6 of 10, checked".
class TensionRating : public QWidget
{
    Q_OBJECT

public:
    // At most this many regions are asked about: the routine's first, its main ones.
    static constexpr int kMaxRegions = 3;

    explicit TensionRating(const QString& objectPrefix, QWidget* parent = nullptr);

    void setRegions(const Content& content, const QStringList& regionIds, const QMap<QString, int>& earlier = {});
    QMap<QString, int> ratings() const; // only the regions that were rated
    void setRatings(const QMap<QString, int>& ratings);
    QStringList regions() const { return m_regions; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(const QString& region, int value);
    void setTabStop(const QString& region, int index);

    QString m_prefix;
    QGridLayout* m_grid = nullptr;
    QStringList m_regions;
    QMap<QString, QList<QAbstractButton*>> m_buttons; // per region, 0..10
    QMap<QString, int> m_values;
};

} // namespace knead
