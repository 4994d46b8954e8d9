// SPDX-License-Identifier: MIT
#pragma once

#include "Journal.h"
#include "LocalDays.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <span>

namespace knead {

// One session's ratings of one region.
struct RatingPoint
{
    QString entryId;
    QString routineId;
    QDateTime when; // the session's start, UTC
    int before = -1; // 0..10, or -1 when not rated
    int after = -1;

    bool hasBefore() const { return before >= 0; }
    bool hasAfter() const { return after >= 0; }
    // The tension the person brought to the session: the rating before it, else the one
    // after. The median line follows this.
    int level() const { return hasBefore() ? before : after; }
};

// A region's ratings over time, oldest first, with the median of the last seven sessions at
// each point (fewer at the start, where there are fewer): one bad day does not move it.
struct RegionSeries
{
    Q_DECLARE_TR_FUNCTIONS(RegionSeries)

public:
    static constexpr int kMedianWindow = 7;

    QString regionId;
    QList<RatingPoint> points;
    QList<double> median; // one per point

    // The points whose time lies in [from, to); an invalid `from` means from the start.
    std::pair<qsizetype, qsizetype> range(const QDateTime& from, const QDateTime& to) const;
    // The last `count` levels, oldest first.
    QList<int> recentLevels(qsizetype count) const;
};

RegionSeries regionSeries(const QList<JournalEntry>& entries, const QString& regionId);
// Regions with at least one rating, the most recently rated first.
QStringList ratedRegions(const QList<JournalEntry>& entries);
// The median of `values`, which it reorders; 0 for none.
double medianOf(std::span<double> values);

// The chart's time span, as the person picks it.
enum class ChartSpan { Days30, Days90, Year, All };

struct SeriesSummary
{
    int sessions = 0;
    double firstMedian = 0; // the rolling median at the first session in the span
    double lastMedian = 0; // and at the last
    QDate since; // the first session's local day, for "since …"
};

SeriesSummary summarize(const RegionSeries& series, const QDateTime& from, const QDateTime& to, const LocalDays& days);
// The span's start for "now"; invalid for All.
QDateTime spanStart(ChartSpan span, const QDateTime& now);
// "Neck: median tension 6 → 3 over the last 30 days, 14 sessions": what the chart shows, in
// a sentence (for screen readers, and under the chart for everyone).
QString describeSeries(const QString& regionName, const SeriesSummary& summary, ChartSpan span);
// A tension value as people read it: "6", "6.5".
QString formatTension(double value);

// Dates for the time axis: at most `maxTicks`, on round steps (days, weeks, months, years).
QList<QDate> dateTicks(const QDate& from, const QDate& to, int maxTicks);

} // namespace knead
