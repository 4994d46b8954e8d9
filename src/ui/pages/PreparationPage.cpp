// SPDX-License-Identifier: MIT
#include "PreparationPage.h"

#include "Controls.h"
#include "Palette.h"
#include "RoutineListModel.h"
#include "TensionRating.h"
#include "UserRoutines.h"
#include "Typography.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace knead {

namespace {

// A framed box for what must not be missed, tinted from the palette so it reads in light
// and dark themes alike.
QFrame* makeNotice(QWidget* parent, const char* objectName)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(QString::fromLatin1(objectName));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette pal = frame->palette();
    const bool dark = isDarkPalette(pal);
    QColor tint = dark ? QColor(0x4a, 0x3a, 0x1c) : QColor(0xfd, 0xf3, 0xdc);
    pal.setColor(QPalette::Window, tint);
    frame->setPalette(pal);
    return frame;
}

} // namespace

PreparationPage::PreparationPage(const Content& content, QWidget* parent)
    : QWidget(parent), m_content(content)
{
    setObjectName(QStringLiteral("preparationPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("preparationScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_body = new QWidget(scroll);
    m_layout = new QVBoxLayout(m_body);
    m_layout->setContentsMargins(24, 16, 24, 16);
    m_layout->setSpacing(12);
    scroll->setWidget(m_body);
    outer->addWidget(scroll, 1);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(24, 8, 24, 16);
    m_edit = makeButton(tr("&Edit"), Icon::Edit, this, "editRoutine", tr("Edit this routine"));
    m_duplicate = makeButton(tr("Du&plicate"), Icon::Copy, this, "duplicateRoutine", tr("Duplicate this routine into your own, to change it"));
    m_duplicate->setToolTip(tr("Make your own copy of this routine to change; the original stays as it is"));
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_routineId); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { Q_EMIT duplicateRequested(m_routineId); });
    bar->addWidget(m_edit);
    bar->addWidget(m_duplicate);
    bar->addStretch(1);
    m_start = new QPushButton(tr("&Start session"), this);
    m_start->setObjectName(QStringLiteral("startSession"));
    m_start->setDefault(true);
    m_start->setAutoDefault(true);
    m_start->setMinimumHeight(m_start->sizeHint().height() * 3 / 2);
    m_start->setMinimumWidth(m_start->sizeHint().width() * 3 / 2);
    bar->addWidget(m_start);
    outer->addLayout(bar);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!m_routineId.isEmpty())
            Q_EMIT startRequested(m_routineId, ratings());
    });
}

void PreparationPage::clear()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        delete item;
    }
    m_rating = nullptr;
}

QMap<QString, int> PreparationPage::ratings() const
{
    return m_rating ? m_rating->ratings() : QMap<QString, int>();
}

void PreparationPage::showRoutine(const QString& routineId)
{
    clear();
    const Routine* routine = m_content.routine(routineId);
    m_routineId = routine ? routine->id : QString();
    m_start->setEnabled(routine != nullptr);
    // Only the person's own routines are edited in place; bundled ones are copied first.
    m_edit->setVisible(routine && UserRoutines::isOwn(*routine));
    m_duplicate->setEnabled(routine != nullptr);
    if (!routine)
        return;
    m_start->setAccessibleName(tr("Start %1").arg(routine->name));

    // A readable column, centred, however wide the window.
    auto* column = new QWidget(m_body);
    column->setMaximumWidth(column->fontMetrics().averageCharWidth() * 90);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto* centring = new QHBoxLayout;
    centring->addStretch(1);
    centring->addWidget(column, 100);
    centring->addStretch(1);
    auto* holder = new QWidget(m_body);
    holder->setLayout(centring);
    m_layout->addWidget(holder);
    m_layout->addStretch(1);

    layout->addWidget(makeLabel(routine->name, TextStyle::Title, column, "routineName"));
    layout->addWidget(makeLabel(RoutineListModel::detailLine(m_content, *routine) + (routine->steps.size() == 1 ? tr(" · 1 step") : tr(" · %1 steps").arg(routine->steps.size())),
                                TextStyle::Caption, column, "routineDetail"));
    layout->addWidget(makeLabel(routine->summary, TextStyle::Large, column, "routineSummary"));
    if (!routine->description.isEmpty())
        layout->addWidget(makeLabel(routine->description, TextStyle::Body, column, "routineDescription"));

    if (!routine->preparation.isEmpty()) {
        layout->addSpacing(6);
        layout->addWidget(makeLabel(tr("Before you start"), TextStyle::Heading, column));
        for (int i = 0; i < routine->preparation.size(); ++i) {
            // Check boxes, so people can tick things off; nothing depends on them.
            auto* item = new QCheckBox(column);
            item->setObjectName(QStringLiteral("prepItem%1").arg(i));
            item->setText(routine->preparation[i]);
            item->setAccessibleName(routine->preparation[i]);
            layout->addWidget(item);
        }
    }

    // Safety: the routine's note and the red flags of the techniques it uses.
    QFrame* safety = makeNotice(column, "safetyNotice");
    auto* safetyLayout = new QVBoxLayout(safety);
    safetyLayout->setContentsMargins(14, 12, 14, 12);
    safetyLayout->addWidget(makeLabel(tr("Safety"), TextStyle::Heading, safety));
    safetyLayout->addWidget(makeLabel(routine->safety, TextStyle::Body, safety, "safetyNote"));
    QStringList flags;
    for (const QString& id : routine->techniqueIds()) {
        if (const Technique* t = m_content.technique(id)) {
            for (const Guidance& flag : t->redFlags) {
                // A note made from the red flags (the routine editor's default) is not repeated.
                if (flag.concerns(routine->regions) && !flags.contains(flag.text) && !routine->safety.contains(flag.text))
                    flags.append(flag.text);
            }
        }
    }
    if (!flags.isEmpty()) {
        safetyLayout->addWidget(makeLabel(tr("Stop, and see a professional, if:"), TextStyle::Body, safety));
        QStringList bullets;
        for (const QString& f : std::as_const(flags))
            bullets.append(QStringLiteral("•  ") + f);
        safetyLayout->addWidget(makeLabel(bullets.join(QLatin1Char('\n')), TextStyle::Body, safety, "redFlags"));
    }
    layout->addWidget(safety);

    layout->addSpacing(6);
    layout->addWidget(makeLabel(tr("How tense is it now? (optional)"), TextStyle::Heading, column));
    layout->addWidget(makeLabel(tr("Rate 0 for none to 10 for the worst you can imagine. Your ratings before and after are kept in your journal."),
                                TextStyle::Caption, column));
    m_rating = new TensionRating(QStringLiteral("tensionBefore-"), column);
    m_rating->setRegions(m_content, routine->regions);
    layout->addWidget(m_rating);

    layout->addSpacing(6);
    layout->addWidget(makeLabel(tr("Steps"), TextStyle::Heading, column));
    QStringList steps;
    for (int i = 0; i < routine->steps.size(); ++i) {
        const Step& s = routine->steps[i];
        const QString length = s.isTimed() ? formatClock(s.durationSeconds) : tr("when ready");
        steps.append(QStringLiteral("%1. %2 — %3").arg(i + 1).arg(s.title, length));
    }
    layout->addWidget(makeLabel(steps.join(QLatin1Char('\n')), TextStyle::Body, column, "stepList"));
    m_start->setFocus(Qt::OtherFocusReason);
}

} // namespace knead
