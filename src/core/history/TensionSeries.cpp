// SPDX-License-Identifier: MIT
#include "TensionSeries.h"

#include "LocalDays.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace knead {

double medianOf(std::span<double> values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2)
        return *middle;
    return (*std::max_element(values.begin(), middle) + *middle) / 2.0;
}

RegionSeries regionSeries(const QList<JournalEntry>& entries, const QString& regionId)
{
    RegionSeries series;
    series.regionId = regionId;
    for (const JournalEntry& e : entries) {
        const int before = e.tensionBefore.value(regionId, -1);
        const int after = e.tensionAfter.value(regionId, -1);
        if (before < 0 && after < 0)
            continue;
        series.points.append({e.id, e.routineId, e.started, before, after});
    }
    series.median.reserve(series.points.size());
    std::array<double, RegionSeries::kMedianWindow> window;
    for (qsizetype i = 0; i < series.points.size(); ++i) {
        size_t n = 0;
        for (qsizetype j = std::max<qsizetype>(0, i - RegionSeries::kMedianWindow + 1); j <= i; ++j)
            window[n++] = series.points[j].level();
        series.median.append(medianOf(std::span(window.data(), n)));
    }
    return series;
}

std::pair<qsizetype, qsizetype> RegionSeries::range(const QDateTime& from, const QDateTime& to) const
{
    const auto begin = from.isValid() ? std::lower_bound(points.cbegin(), points.cend(), from,
                           [](const RatingPoint& p, const QDateTime& t) { return p.when < t; })
                                      : points.cbegin();
    const auto end = to.isValid() ? std::lower_bound(
                         begin, points.cend(), to, [](const RatingPoint& p, const QDateTime& t) { return p.when < t; })
                                  : points.cend();
    return {begin - points.cbegin(), end - points.cbegin()};
}

QList<int> RegionSeries::recentLevels(qsizetype count) const
{
    QList<int> out;
    for (qsizetype i = std::max<qsizetype>(0, points.size() - count); i < points.size(); ++i)
        out.append(points[i].level());
    return out;
}

QStringList ratedRegions(const QList<JournalEntry>& entries)
{
    QStringList out;
    QSet<QString> seen;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        for (const QMap<QString, int>* ratings : {&it->tensionBefore, &it->tensionAfter}) {
            for (auto r = ratings->cbegin(); r != ratings->cend(); ++r) {
                if (!seen.contains(r.key())) {
                    seen.insert(r.key());
                    out.append(r.key());
                }
            }
        }
    }
    return out;
}

SeriesSummary summarize(const RegionSeries& series, const QDateTime& from, const QDateTime& to, const LocalDays& days)
{
    SeriesSummary s;
    const auto [begin, end] = series.range(from, to);
    s.sessions = int(end - begin);
    if (s.sessions > 0) {
        s.firstMedian = series.median[begin];
        s.lastMedian = series.median[end - 1];
        s.since = days.dayOf(series.points[begin].when);
    }
    return s;
}

QDateTime spanStart(ChartSpan span, const QDateTime& now)
{
    switch (span) {
    case ChartSpan::Days30:
        return now.addDays(-30);
    case ChartSpan::Days90:
        return now.addDays(-90);
    case ChartSpan::Year:
        return now.addYears(-1);
    case ChartSpan::All:
        break;
    }
    return {};
}

QString formatTension(double value)
{
    const double rounded = std::round(value * 10) / 10;
    return QLocale().toString(rounded, 'f', std::fmod(rounded, 1.0) == 0 ? 0 : 1);
}

QString describeSeries(const QString& regionName, const SeriesSummary& s, ChartSpan span)
{
    if (s.sessions == 0) {
        switch (span) {
        case ChartSpan::Days30:
            return RegionSeries::tr("%1: no ratings over the last 30 days.").arg(regionName);
        case ChartSpan::Days90:
            return RegionSeries::tr("%1: no ratings over the last 90 days.").arg(regionName);
        case ChartSpan::Year:
            return RegionSeries::tr("%1: no ratings over the last year.").arg(regionName);
        case ChartSpan::All:
            return RegionSeries::tr("%1: no ratings yet.").arg(regionName);
        }
    }
    const QString from = formatTension(s.firstMedian);
    const QString to = formatTension(s.lastMedian);
    switch (span) {
    case ChartSpan::Days30:
        return RegionSeries::tr("%1: median tension %2 → %3 over the last 30 days, %n session(s)", nullptr, s.sessions)
            .arg(regionName, from, to);
    case ChartSpan::Days90:
        return RegionSeries::tr("%1: median tension %2 → %3 over the last 90 days, %n session(s)", nullptr, s.sessions)
            .arg(regionName, from, to);
    case ChartSpan::Year:
        return RegionSeries::tr("%1: median tension %2 → %3 over the last year, %n session(s)", nullptr, s.sessions)
            .arg(regionName, from, to);
    case ChartSpan::All:
        break;
    }
    return RegionSeries::tr("%1: median tension %2 → %3 since %4, %n session(s)", nullptr, s.sessions)
        .arg(regionName, from, to, QLocale().toString(s.since, QLocale::LongFormat));
}

QList<QDate> dateTicks(const QDate& from, const QDate& to, int maxTicks)
{
    QList<QDate> ticks;
    if (!from.isValid() || !to.isValid() || to < from || maxTicks < 1)
        return ticks;
    const qint64 span = from.daysTo(to);
    // Day steps, then weeks (Mondays), then months, then years: the first that fits.
    for (const int days : {1, 2, 7, 14}) {
        if (span / days + 1 > maxTicks)
            continue;
        QDate d = from;
        if (days >= 7)
            d = d.addDays((8 - d.dayOfWeek()) % 7);
        for (; d <= to; d = d.addDays(days))
            ticks.append(d);
        return ticks;
    }
    for (const int months : {1, 2, 3, 6, 12, 24, 60, 120}) {
        const qint64 count
            = (qint64(to.year()) * 12 + to.month() - (qint64(from.year()) * 12 + from.month())) / months + 1;
        if (count > maxTicks)
            continue;
        QDate d(from.year(), from.month(), 1);
        if (d < from)
            d = d.addMonths(1);
        if (months >= 12) { // on January, in years divisible by the step
            const int step = months / 12;
            d = QDate(from.year(), 1, 1);
            if (d < from)
                d = d.addYears(1);
            while (d.year() % step != 0)
                d = d.addYears(1);
        } else {
            while ((d.month() - 1) % months != 0)
                d = d.addMonths(1);
        }
        for (; d <= to; d = d.addMonths(months))
            ticks.append(d);
        return ticks;
    }
    return {from, to};
}

} // namespace knead
