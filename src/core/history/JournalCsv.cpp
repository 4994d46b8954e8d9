// SPDX-License-Identifier: MIT
#include "JournalCsv.h"

#include "Content.h"

namespace knead {

QString JournalCsv::field(const QString& text)
{
    QString value = text;
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray JournalCsv::toCsv(const QList<JournalEntry>& entries, const Content& content, const LocalDays& days)
{
    QString out = QStringLiteral(
        "date,time,started_utc,session_id,routine_id,routine_name,region_id,region_name,when,tension,outcome,"
        "active_seconds,steps_done,steps_total\r\n");
    for (const JournalEntry& e : entries) {
        // The regions in the routine's order, then any other rated region.
        QStringList regions = e.regions;
        for (const QMap<QString, int>* ratings : {&e.tensionBefore, &e.tensionAfter}) {
            for (auto it = ratings->cbegin(); it != ratings->cend(); ++it) {
                if (!regions.contains(it.key()))
                    regions.append(it.key());
            }
        }
        const QDateTime local = days.localTime(e.started);
        const QString common
            = QStringList {local.date().toString(Qt::ISODate), local.time().toString(QStringLiteral("HH:mm")),
                e.started.toUTC().toString(Qt::ISODate), field(e.id), field(e.routineId), field(e.routineName)}
                  .join(QLatin1Char(','));
        const QString tail = QStringList {e.outcome == JournalEntry::Outcome::Finished ? QStringLiteral("finished")
                                                                                       : QStringLiteral("stopped"),
            QString::number(e.activeSeconds), QString::number(e.stepsDone), QString::number(e.stepsTotal)}
                                 .join(QLatin1Char(','));
        for (const QString& region : std::as_const(regions)) {
            const Region* r = content.region(region);
            const QString regionName = r ? r->name : region;
            for (const auto& [when, ratings] : {std::pair {QStringLiteral("before"), &e.tensionBefore},
                     std::pair {QStringLiteral("after"), &e.tensionAfter}}) {
                const auto it = ratings->constFind(region);
                if (it == ratings->cend())
                    continue;
                out += common + QLatin1Char(',') + field(region) + QLatin1Char(',') + field(regionName)
                    + QLatin1Char(',') + when + QLatin1Char(',') + QString::number(*it) + QLatin1Char(',') + tail
                    + QStringLiteral("\r\n");
            }
        }
    }
    return out.toUtf8();
}

QString JournalCsv::write(
    const QString& path, const QList<JournalEntry>& entries, const Content& content, const LocalDays& days)
{
    return UserDataFile::write(path, toCsv(entries, content, days));
}

} // namespace knead
