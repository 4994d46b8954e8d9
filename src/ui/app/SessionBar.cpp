// SPDX-License-Identifier: MIT
#include "SessionBar.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace knead {

SessionBar::SessionBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sessionBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 6, 8, 6);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("sessionBarText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    layout->addWidget(m_label, 1);
    m_return = new QPushButton(tr("&Return to session"), this);
    m_return->setObjectName(QStringLiteral("sessionBarReturn"));
    connect(m_return, &QPushButton::clicked, this, &SessionBar::returnRequested);
    layout->addWidget(m_return);
    hide();
}

void SessionBar::setSession(const QString& routineName, int step, int steps, bool paused)
{
    const QString text = paused ? tr("Session paused: %1, step %2 of %3.").arg(routineName).arg(step).arg(steps)
                                : tr("Session running: %1, step %2 of %3.").arg(routineName).arg(step).arg(steps);
    if (text == m_label->text())
        return;
    m_label->setText(text);
    setAccessibleName(text);
    m_return->setAccessibleDescription(text);
}

QString SessionBar::text() const
{
    return m_label->text();
}

} // namespace knead
