// SPDX-License-Identifier: MIT
#include "Content.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

namespace knead {

namespace {

// This file's messages, in one translation context.
struct ContentText
{
    Q_DECLARE_TR_FUNCTIONS(Content)
};

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, QLatin1String>, N>& table, QStringView id)
{
    for (const auto& [value, name] : table) {
        if (id == name)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QLatin1String>, N>& table, Enum value)
{
    for (const auto& [candidate, name] : table) {
        if (candidate == value)
            return name;
    }
    return {};
}

const std::array<std::pair<Figure, QLatin1String>, 3> kFigures {{
    {Figure::Front, QLatin1String("front")},
    {Figure::Back, QLatin1String("back")},
    {Figure::Both, QLatin1String("both")},
}};
const std::array<std::pair<Side, QLatin1String>, 4> kSides {{
    {Side::None, QLatin1String("none")},
    {Side::Left, QLatin1String("left")},
    {Side::Right, QLatin1String("right")},
    {Side::Both, QLatin1String("both")},
}};
const std::array<std::pair<Pressure, QLatin1String>, 3> kPressures {{
    {Pressure::Light, QLatin1String("light")},
    {Pressure::Medium, QLatin1String("medium")},
    {Pressure::Firm, QLatin1String("firm")},
}};
const std::array<std::pair<MotionPattern, QLatin1String>, 3> kPatterns {{
    {MotionPattern::Circles, QLatin1String("circles")},
    {MotionPattern::Strokes, QLatin1String("strokes")},
    {MotionPattern::Hold, QLatin1String("hold")},
}};

} // namespace

QList<Pressure> PressureSet::levels() const
{
    QList<Pressure> out;
    for (Pressure p : {Pressure::Light, Pressure::Medium, Pressure::Firm}) {
        if (contains(p))
            out.append(p);
    }
    return out;
}

QString figureId(Figure f)
{
    return nameOf(kFigures, f);
}
QString sideId(Side s)
{
    return nameOf(kSides, s);
}
QString pressureId(Pressure p)
{
    return nameOf(kPressures, p);
}
QString motionPatternId(MotionPattern m)
{
    return nameOf(kPatterns, m);
}
std::optional<Figure> figureFromId(QStringView id)
{
    return lookup(kFigures, id);
}
std::optional<Side> sideFromId(QStringView id)
{
    return lookup(kSides, id);
}
std::optional<Pressure> pressureFromId(QStringView id)
{
    return lookup(kPressures, id);
}
std::optional<MotionPattern> motionPatternFromId(QStringView id)
{
    return lookup(kPatterns, id);
}

QString sideLabel(Side s)
{
    switch (s) {
    case Side::None:
        return {};
    case Side::Left:
        return ContentText::tr("left side");
    case Side::Right:
        return ContentText::tr("right side");
    case Side::Both:
        return ContentText::tr("both sides");
    }
    return {};
}

QString motionPatternLabel(MotionPattern m)
{
    switch (m) {
    case MotionPattern::Circles:
        return ContentText::tr("small circles");
    case MotionPattern::Strokes:
        return ContentText::tr("long strokes");
    case MotionPattern::Hold:
        return ContentText::tr("press and hold");
    }
    return {};
}

QString pressureLabel(Pressure p)
{
    switch (p) {
    case Pressure::Light:
        return ContentText::tr("light pressure");
    case Pressure::Medium:
        return ContentText::tr("medium pressure");
    case Pressure::Firm:
        return ContentText::tr("firm pressure");
    }
    return {};
}

QString pressureSetIds(PressureSet set)
{
    QStringList names;
    const QList<Pressure> levels = set.levels();
    for (Pressure p : levels)
        names.append(pressureId(p));
    if (names.size() > 1)
        return names.first() + QStringLiteral("–") + names.last();
    return names.value(0);
}

QString pressureSetLabel(PressureSet set)
{
    const QList<Pressure> levels = set.levels();
    if (levels.isEmpty())
        return {};
    if (levels.size() == 1)
        return pressureLabel(levels.first());
    const auto word = [](Pressure p) {
        switch (p) {
        //: As in "light to firm pressure".
        case Pressure::Light:
            return ContentText::tr("light", "pressure range");
        case Pressure::Medium:
            return ContentText::tr("medium", "pressure range");
        case Pressure::Firm:
            return ContentText::tr("firm", "pressure range");
        }
        return QString();
    };
    return ContentText::tr("%1 to %2 pressure").arg(word(levels.first()), word(levels.last()));
}

const QStringList& knownToolIds()
{
    static const QStringList ids = {
        QStringLiteral("fingertips"),
        QStringLiteral("thumbs"),
        QStringLiteral("palms"),
        QStringLiteral("knuckles"),
        QStringLiteral("loose-fists"),
        QStringLiteral("forearm"),
        QStringLiteral("massage-ball"),
        QStringLiteral("tennis-ball"),
        QStringLiteral("peanut-ball"),
        QStringLiteral("foam-roller"),
        QStringLiteral("handheld-massager"),
        QStringLiteral("massage-stick"),
        QStringLiteral("scalp-massager"),
        QStringLiteral("wall"),
        QStringLiteral("chair"),
        QStringLiteral("floor-mat"),
        QStringLiteral("cushion"),
        QStringLiteral("towel"),
        QStringLiteral("heat-pack"),
        QStringLiteral("cold-pack"),
        QStringLiteral("oil"),
        QStringLiteral("comb"),
    };
    return ids;
}

bool isKnownTool(const QString& id)
{
    return knownToolIds().contains(id);
}

QString toolLabel(const QString& id)
{
    // The tools the format knows, in words; a pack's own tool shows its id without hyphens.
    static const QHash<QString, const char*> words = {
        {QStringLiteral("fingertips"), QT_TRANSLATE_NOOP("Content", "fingertips")},
        {QStringLiteral("thumbs"), QT_TRANSLATE_NOOP("Content", "thumbs")},
        {QStringLiteral("palms"), QT_TRANSLATE_NOOP("Content", "palms")},
        {QStringLiteral("knuckles"), QT_TRANSLATE_NOOP("Content", "knuckles")},
        {QStringLiteral("loose-fists"), QT_TRANSLATE_NOOP("Content", "loose fists")},
        {QStringLiteral("forearm"), QT_TRANSLATE_NOOP("Content", "forearm")},
        {QStringLiteral("massage-ball"), QT_TRANSLATE_NOOP("Content", "massage ball")},
        {QStringLiteral("tennis-ball"), QT_TRANSLATE_NOOP("Content", "tennis ball")},
        {QStringLiteral("peanut-ball"), QT_TRANSLATE_NOOP("Content", "peanut ball")},
        {QStringLiteral("foam-roller"), QT_TRANSLATE_NOOP("Content", "foam roller")},
        {QStringLiteral("handheld-massager"), QT_TRANSLATE_NOOP("Content", "handheld massager")},
        {QStringLiteral("massage-stick"), QT_TRANSLATE_NOOP("Content", "massage stick")},
        {QStringLiteral("scalp-massager"), QT_TRANSLATE_NOOP("Content", "scalp massager")},
        {QStringLiteral("wall"), QT_TRANSLATE_NOOP("Content", "wall")},
        {QStringLiteral("chair"), QT_TRANSLATE_NOOP("Content", "chair")},
        {QStringLiteral("floor-mat"), QT_TRANSLATE_NOOP("Content", "floor mat")},
        {QStringLiteral("cushion"), QT_TRANSLATE_NOOP("Content", "cushion")},
        {QStringLiteral("towel"), QT_TRANSLATE_NOOP("Content", "towel")},
        {QStringLiteral("heat-pack"), QT_TRANSLATE_NOOP("Content", "heat pack")},
        {QStringLiteral("cold-pack"), QT_TRANSLATE_NOOP("Content", "cold pack")},
        {QStringLiteral("oil"), QT_TRANSLATE_NOOP("Content", "oil")},
        {QStringLiteral("comb"), QT_TRANSLATE_NOOP("Content", "comb")},
    };
    if (const char* word = words.value(id))
        return ContentText::tr(word);
    QString label = id;
    label.replace(QLatin1Char('-'), QLatin1Char(' '));
    return label;
}

QString formatClock(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return ContentText::tr("%1 s").arg(seconds);
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return ContentText::tr("%1 min").arg(minutes);
    const qint64 rest = minutes % 60;
    return rest == 0 ? ContentText::tr("%1 h").arg(minutes / 60)
                     : ContentText::tr("%1 h %2 min").arg(minutes / 60).arg(rest);
}

double Motion::defaultPeriod(MotionPattern pattern)
{
    switch (pattern) {
    case MotionPattern::Circles:
        return 2.0;
    case MotionPattern::Strokes:
        return 4.0;
    case MotionPattern::Hold:
        return 6.0;
    }
    return 2.0;
}

int Routine::totalSeconds() const
{
    int total = 0;
    for (const Step& step : steps)
        total += step.durationSeconds + step.restSeconds;
    return total;
}

QStringList Routine::techniqueIds() const
{
    QStringList ids;
    for (const Step& step : steps) {
        if (!ids.contains(step.technique))
            ids.append(step.technique);
    }
    return ids;
}

QList<Pressure> Routine::pressures() const
{
    PressureSet set;
    for (const Step& step : steps)
        set.add(step.pressure);
    return set.levels();
}

QStringList Routine::toolIds(const Content& content) const
{
    QStringList ids;
    for (const Step& step : steps) {
        const Technique* technique = step.tools.isEmpty() ? content.technique(step.technique) : nullptr;
        for (const QString& tool : technique ? technique->tools : step.tools) {
            if (!ids.contains(tool))
                ids.append(tool);
        }
    }
    return ids;
}

QStringList Routine::equipment(const Content& content) const
{
    QStringList out = toolIds(content);
    out.removeIf([](const QString& tool) { return isBodyTool(tool); });
    return out;
}

bool isBodyTool(const QString& id)
{
    static const QStringList body {QStringLiteral("fingertips"), QStringLiteral("thumbs"), QStringLiteral("palms"),
        QStringLiteral("knuckles"), QStringLiteral("loose-fists"), QStringLiteral("forearm")};
    return body.contains(id);
}

namespace {

template<typename Item> QString upsert(QList<Item>& items, QHash<QString, qsizetype>& index, Item item)
{
    const auto it = index.constFind(item.id);
    if (it != index.constEnd()) {
        QString replaced = items[*it].packId;
        items[*it] = std::move(item);
        return replaced.isEmpty() ? QStringLiteral("?") : replaced;
    }
    index.insert(item.id, items.size());
    items.append(std::move(item));
    return {};
}

template<typename Item>
const Item* find(const QList<Item>& items, const QHash<QString, qsizetype>& index, const QString& id)
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &items[*it];
}

} // namespace

const Region* Content::region(const QString& id) const
{
    return find(m_regions, m_regionIndex, id);
}
const Technique* Content::technique(const QString& id) const
{
    return find(m_techniques, m_techniqueIndex, id);
}
const Routine* Content::routine(const QString& id) const
{
    return find(m_routines, m_routineIndex, id);
}

QString Content::setRegion(Region region)
{
    return upsert(m_regions, m_regionIndex, std::move(region));
}
QString Content::setTechnique(Technique technique)
{
    return upsert(m_techniques, m_techniqueIndex, std::move(technique));
}
QString Content::setRoutine(Routine routine)
{
    return upsert(m_routines, m_routineIndex, std::move(routine));
}

void Content::reserveMore(qsizetype techniques, qsizetype routines)
{
    // Only what grows: reserving a list that shares its data with a copy detaches it.
    if (techniques > 0) {
        m_techniques.reserve(m_techniques.size() + techniques);
        m_techniqueIndex.reserve(m_techniqueIndex.size() + techniques);
    }
    if (routines > 0) {
        m_routines.reserve(m_routines.size() + routines);
        m_routineIndex.reserve(m_routineIndex.size() + routines);
    }
}

QList<const Routine*> Content::routinesForRegion(const QString& regionId) const
{
    QList<const Routine*> out;
    for (const Routine& routine : m_routines) {
        const bool onStep = std::any_of(
            routine.steps.cbegin(), routine.steps.cend(), [&](const Step& s) { return s.region == regionId; });
        if (routine.regions.contains(regionId) || onStep)
            out.append(&routine);
    }
    return out;
}

QList<const Routine*> Content::routinesUsingTechnique(const QString& techniqueId) const
{
    QList<const Routine*> out;
    for (const Routine& routine : m_routines) {
        if (std::any_of(routine.steps.cbegin(), routine.steps.cend(),
                [&](const Step& s) { return s.technique == techniqueId; }))
            out.append(&routine);
    }
    return out;
}

QList<const Technique*> Content::techniquesForRegion(const QString& regionId) const
{
    QList<const Technique*> out;
    for (const Technique& technique : m_techniques) {
        if (technique.regions.contains(regionId))
            out.append(&technique);
    }
    return out;
}

bool Guidance::concerns(const QStringList& workedRegions) const
{
    if (regions.isEmpty())
        return true;
    return std::any_of(regions.cbegin(), regions.cend(), [&](const QString& r) { return workedRegions.contains(r); });
}

const Routine* Content::featuredRoutine() const
{
    for (const Routine& r : m_routines) {
        if (r.featured)
            return &r;
    }
    return m_routines.isEmpty() ? nullptr : &m_routines.first();
}

QStringList Guidance::texts(const QList<Guidance>& items)
{
    QStringList out;
    out.reserve(items.size());
    for (const Guidance& g : items)
        out.append(g.text);
    return out;
}

namespace {

int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QStringList closestIds(const QString& wanted, const QStringList& known, int count, int maxDistance)
{
    QList<std::pair<int, QString>> scored;
    for (const QString& id : known) {
        int score = editDistance(wanted, id);
        if (id.contains(wanted) || wanted.contains(id))
            score = std::min(score, 1 + int(std::abs(id.size() - wanted.size())) / 4);
        if (maxDistance < 0 || score <= maxDistance)
            scored.append({score, id});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList out;
    for (qsizetype i = 0; i < scored.size() && out.size() < count; ++i)
        out.append(scored[i].second);
    return out;
}

} // namespace knead
