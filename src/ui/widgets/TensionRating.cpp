// SPDX-License-Identifier: MIT
#include "TensionRating.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace knead {

TensionRating::TensionRating(const QString& objectPrefix, QWidget* parent)
    : QWidget(parent), m_prefix(objectPrefix)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
}

void TensionRating::setRegions(const Content& content, const QStringList& regionIds, const QMap<QString, int>& earlier)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_boxes.clear();
    for (const QString& id : regionIds) {
        const Region* region = content.region(id);
        const QString name = region ? region->name : id;
        auto* box = new QSpinBox(this);
        box->setObjectName(m_prefix + id);
        box->setRange(-1, 10);
        box->setSpecialValueText(tr("Not rated"));
        box->setValue(-1);
        box->setSuffix(tr(" of 10"));
        box->setAccessibleName(tr("Tension in %1, 0 to 10").arg(name));
        QString label = name;
        if (earlier.contains(id))
            label = tr("%1 (before: %2)").arg(name).arg(earlier.value(id));
        auto* caption = new QLabel(this);
        caption->setTextFormat(Qt::PlainText);
        caption->setText(label);
        caption->setBuddy(box);
        m_form->addRow(caption, box);
        m_boxes.insert(id, box);
    }
}

QMap<QString, int> TensionRating::ratings() const
{
    QMap<QString, int> out;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.value()->value() >= 0)
            out.insert(it.key(), it.value()->value());
    }
    return out;
}

void TensionRating::setRatings(const QMap<QString, int>& ratings)
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setValue(ratings.value(it.key(), -1));
}

} // namespace knead
