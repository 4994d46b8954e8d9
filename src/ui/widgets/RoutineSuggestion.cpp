// SPDX-License-Identifier: MIT
#include "RoutineSuggestion.h"

#include "Content.h"
#include "Controls.h"
#include "Journal.h"
#include "Typography.h"
#include "WhatWorks.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace knead {

RoutineSuggestion::RoutineSuggestion(const Content& content, const Journal& journal, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("routineSuggestion"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kUnit);
    m_text = makeLabel(QString(), TextStyle::Body, this, "routineSuggestionText");
    layout->addWidget(m_text, 1);
    m_open = makeButton(tr("&Open"), Icon::Play, this, "openSuggestion");
    layout->addWidget(m_open, 0, Qt::AlignVCenter);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_routineId.isEmpty())
            Q_EMIT routineRequested(m_routineId);
    });
    hide();
}

QString RoutineSuggestion::text() const
{
    return m_text->text();
}

void RoutineSuggestion::showFor(const QStringList& regionIds)
{
    const std::optional<Suggestion> s = bestRoutineFor(regionIds, m_journal, m_content);
    m_routineId = s ? s->effect.routineId : QString();
    if (!s) {
        hide();
        return;
    }
    QStringList names;
    for (const QString& id : regionIds) {
        if (const Region* r = m_content.region(id))
            names.append(r->name.toLower());
    }
    m_text->setText(describeSuggestion(*s, names.join(QStringLiteral(", "))));
    m_open->setAccessibleName(tr("Open %1").arg(s->effect.routineName));
    show();
}

} // namespace knead
