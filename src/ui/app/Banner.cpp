// SPDX-License-Identifier: MIT
#include "Banner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace knead {

Banner::Banner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 8, 8);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("bannerMessage"));
    m_label->setTextFormat(Qt::PlainText); // messages may quote file names from packs
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    hide();
}

void Banner::post(const QString& message, const QList<Action>& actions)
{
    m_queue.append({message, actions});
    if (m_queue.size() == 1)
        showFront();
}

QString Banner::message() const
{
    return m_queue.isEmpty() ? QString() : m_queue.first().message;
}

void Banner::dismiss()
{
    if (!m_queue.isEmpty())
        m_queue.removeFirst();
    showFront();
}

void Banner::showFront()
{
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        delete item;
    }
    if (m_queue.isEmpty()) {
        hide();
        return;
    }
    const Entry& entry = m_queue.first();
    m_label->setText(entry.message);
    setAccessibleName(entry.message);
    for (const Action& action : entry.actions) {
        auto* button = new QPushButton(action.text, this);
        if (action.objectName)
            button->setObjectName(QString::fromLatin1(action.objectName));
        const auto run = action.run;
        connect(button, &QPushButton::clicked, this, [this, run] {
            // Dismiss first: the action may post a new message.
            dismiss();
            if (run)
                run();
        });
        m_buttons->addWidget(button);
    }
    auto* close = new QPushButton(tr("Dismiss"), this);
    close->setObjectName(QStringLiteral("bannerDismiss"));
    close->setAccessibleName(tr("Dismiss this message"));
    connect(close, &QPushButton::clicked, this, &Banner::dismiss);
    m_buttons->addWidget(close);
    show();
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace knead
