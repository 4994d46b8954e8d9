// SPDX-License-Identifier: MIT
#include "TensionRating.h"

#include "Controls.h"
#include "Typography.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

namespace knead {

TensionRating::TensionRating(const QString& objectPrefix, QWidget* parent)
    : QWidget(parent)
    , m_prefix(objectPrefix)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(kUnit / 2);
    m_grid->setVerticalSpacing(kUnit);
}

void TensionRating::setRegions(const Content& content, const QStringList& regionIds, const QMap<QString, int>& earlier)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        delete item;
    }
    m_buttons.clear();
    m_values.clear();
    m_regions = regionIds.mid(0, kMaxRegions);
    int row = 0;
    for (const QString& id : std::as_const(m_regions)) {
        const Region* region = content.region(id);
        const QString name = region ? region->name : id;
        const QString caption = earlier.contains(id) ? tr("%1 (before: %2)").arg(name).arg(earlier.value(id)) : name;
        QLabel* label = makeLabel(caption, TextStyle::Body, this);
        keepUnselectable(label);
        m_grid->addWidget(label, row, 0, 1, 11);
        QList<QAbstractButton*> buttons;
        for (int value = 0; value <= 10; ++value) {
            auto* b = new QToolButton(this);
            b->setObjectName(QStringLiteral("%1%2-%3").arg(m_prefix, id).arg(value));
            b->setText(QString::number(value));
            b->setCheckable(true);
            b->setAutoRaise(false);
            b->setMinimumSize(b->fontMetrics().height() * 2, b->fontMetrics().height() * 2);
            b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            b->setAccessibleName(tr("%1, %2 of 10").arg(name).arg(value));
            b->setToolTip(value == 0 ? tr("0: no tension")
                    : value == 10    ? tr("10: the worst you can imagine")
                                     : QString());
            b->installEventFilter(this);
            connect(b, &QToolButton::clicked, this,
                [this, id, value] { choose(id, m_values.value(id, -1) == value ? -1 : value); });
            m_grid->addWidget(b, row + 1, value);
            buttons.append(b);
        }
        m_buttons.insert(id, buttons);
        setTabStop(id, 0);
        row += 2;
    }
}

void TensionRating::setTabStop(const QString& region, int index)
{
    // One Tab stop per row, like a slider: arrows move within it.
    const QList<QAbstractButton*>& buttons = m_buttons.value(region);
    for (int i = 0; i < buttons.size(); ++i)
        buttons[i]->setFocusPolicy(i == index ? Qt::StrongFocus : Qt::ClickFocus);
}

void TensionRating::choose(const QString& region, int value)
{
    if (value < 0)
        m_values.remove(region);
    else
        m_values.insert(region, value);
    const QList<QAbstractButton*>& buttons = m_buttons.value(region);
    for (int i = 0; i < buttons.size(); ++i)
        buttons[i]->setChecked(i == value);
    setTabStop(region, std::max(0, value));
}

bool TensionRating::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const int at = int(it.value().indexOf(static_cast<QAbstractButton*>(watched)));
        if (at < 0)
            continue;
        int to = -2;
        if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Down)
            to = std::max(0, at - 1);
        else if (key->key() == Qt::Key_Right || key->key() == Qt::Key_Up)
            to = std::min(10, at + 1);
        else if (key->key() == Qt::Key_Home)
            to = 0;
        else if (key->key() == Qt::Key_End)
            to = 10;
        else if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)
            to = -1;
        if (to == -2)
            return false;
        // Arrows move and choose, as in a slider; Tab leaves the row.
        choose(it.key(), to);
        const int focus = to < 0 ? at : to;
        setTabStop(it.key(), focus);
        it.value()[focus]->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QMap<QString, int> TensionRating::ratings() const
{
    return m_values;
}

void TensionRating::setRatings(const QMap<QString, int>& ratings)
{
    for (const QString& id : std::as_const(m_regions))
        choose(id, ratings.value(id, -1));
}

} // namespace knead
