// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"

#include <QMap>
#include <QWidget>

class QFormLayout;
class QSpinBox;

namespace knead {

// "How tense is it?" for each region of a routine: 0 to 10, or not rated. Optional by design.
class TensionRating : public QWidget
{
    Q_OBJECT

public:
    TensionRating(const QString& objectPrefix, QWidget* parent = nullptr);

    void setRegions(const Content& content, const QStringList& regionIds, const QMap<QString, int>& earlier = {});
    QMap<QString, int> ratings() const; // only the regions that were rated
    void setRatings(const QMap<QString, int>& ratings);

private:
    QString m_prefix;
    QFormLayout* m_form = nullptr;
    QMap<QString, QSpinBox*> m_boxes;
};

} // namespace knead
