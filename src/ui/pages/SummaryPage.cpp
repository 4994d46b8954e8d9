// SPDX-License-Identifier: MIT
#include "SummaryPage.h"

#include "Controls.h"
#include "TensionRating.h"
#include "TensionSeries.h"
#include "Typography.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace knead {

SummaryPage::SummaryPage(const Content& content, const Journal& journal, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("summaryPage"));
    auto* column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(12);
    m_heading = makeLabel(QString(), TextStyle::Title, column, "summaryHeading");
    m_stats = makeLabel(QString(), TextStyle::Large, column, "summaryStats");
    layout->addWidget(m_heading);
    layout->addWidget(m_stats);
    layout->addSpacing(8);
    layout->addWidget(makeLabel(tr("How tense is it now? (optional)"), TextStyle::Heading, column));
    m_rating = new TensionRating(QStringLiteral("tensionAfter-"), column);
    layout->addWidget(m_rating);
    m_trend = makeLabel(QString(), TextStyle::Caption, column, "summaryTrend");
    layout->addWidget(m_trend);
    layout->addWidget(
        makeLabel(tr("Your sessions are kept in your journal. History (Ctrl+H) shows how your tension changed and "
                     "what works for you."),
            TextStyle::Caption, column));
    auto* buttons = new QHBoxLayout;
    m_history = makeButton(tr("&History"), Icon::History, column, "summaryHistory",
        tr("Open your history: streaks, tension chart and what works for you"));
    buttons->addWidget(m_history);
    buttons->addStretch(1);
    m_repeat = new QPushButton(tr("&Repeat"), column);
    m_repeat->setObjectName(QStringLiteral("summaryRepeat"));
    m_repeat->setAccessibleName(tr("Repeat this routine"));
    m_done = new QPushButton(tr("&Done"), column);
    m_done->setObjectName(QStringLiteral("summaryDone"));
    m_done->setAccessibleName(tr("Done, back to the start page"));
    m_done->setDefault(true);
    m_resume = new QPushButton(tr("Re&sume session"), column);
    m_resume->setObjectName(QStringLiteral("summaryResume"));
    m_resume->setAccessibleName(tr("Resume the stopped session where you left off"));
    m_resume->hide();
    buttons->addWidget(m_resume);
    buttons->addWidget(m_repeat);
    buttons->addWidget(m_done);
    layout->addLayout(buttons);
    layout->addStretch(1);

    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 10);
    outer->addStretch(1);

    connect(m_done, &QPushButton::clicked, this, [this] { Q_EMIT doneRequested(ratings()); });
    connect(m_repeat, &QPushButton::clicked, this, [this] { Q_EMIT repeatRequested(m_routineId, ratings()); });
    connect(m_resume, &QPushButton::clicked, this, &SummaryPage::resumeRequested);
    connect(m_history, &QPushButton::clicked, this, [this] { Q_EMIT historyRequested(ratings()); });
}

QMap<QString, int> SummaryPage::ratings() const
{
    return m_rating->ratings();
}

void SummaryPage::showEntry(const JournalEntry& entry, bool canResume)
{
    m_routineId = entry.routineId;
    const bool finished = entry.outcome == JournalEntry::Outcome::Finished;
    // Say what happened: praise for a routine done, plain words for one mostly skipped.
    QString heading;
    if (!finished)
        heading
            = tr("Stopped: %1, after %2 of %3 steps").arg(entry.routineName).arg(entry.stepsDone).arg(entry.stepsTotal);
    else if (entry.stepsSkipped == 0)
        heading = tr("Well done: %1 complete").arg(entry.routineName);
    else if (entry.stepsDone * 2 >= entry.stepsTotal)
        heading = tr("%1 finished, with %n step(s) skipped", nullptr, entry.stepsSkipped).arg(entry.routineName);
    else
        heading = tr("%1: you reached the end, but skipped most steps").arg(entry.routineName);
    m_heading->setText(heading);
    m_resume->setVisible(canResume);
    QStringList stats;
    stats.append(tr("Time: %1").arg(formatClock(entry.activeSeconds)));
    stats.append(tr("Steps done: %1 of %2").arg(entry.stepsDone).arg(entry.stepsTotal));
    if (entry.stepsSkipped > 0)
        stats.append(tr("Skipped: %1").arg(entry.stepsSkipped));
    m_stats->setText(stats.join(QStringLiteral("   ·   ")));
    m_rating->setRegions(m_content, entry.regions, entry.tensionBefore);
    QStringList trend;
    for (const QString& region : entry.regions) {
        const QList<int> points = regionSeries(m_journal.entries(), region).recentLevels(6);
        if (points.size() < 2)
            continue;
        QStringList values;
        for (int value : points)
            values.append(QString::number(value));
        const Region* r = m_content.region(region);
        trend.append(tr("%1, recent sessions: %2").arg(r ? r->name : region, values.join(QStringLiteral(" → "))));
    }
    m_trend->setText(trend.join(QLatin1Char('\n')));
    m_trend->setVisible(!trend.isEmpty());
    (canResume ? m_resume : m_done)->setFocus(Qt::OtherFocusReason);
}

} // namespace knead
