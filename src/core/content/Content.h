// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace knead {

enum class Figure { Front, Back, Both };
enum class Side { None, Left, Right, Both };
enum class Pressure { Light, Medium, Firm };
enum class MotionPattern { Circles, Strokes, Hold };

// A set of pressure levels, for techniques that span more than one.
class PressureSet
{
public:
    PressureSet() = default;
    explicit PressureSet(Pressure p) { add(p); }
    void add(Pressure p) { m_bits |= bit(p); }
    bool contains(Pressure p) const { return (m_bits & bit(p)) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    QList<Pressure> levels() const;
    friend bool operator==(PressureSet, PressureSet) = default;

private:
    static unsigned bit(Pressure p) { return 1u << unsigned(p); }
    unsigned m_bits = 0;
};

// Names used in content files and shown to people. The ids are the file format; the labels
// are for display and are translatable.
QString figureId(Figure f);
QString sideId(Side s);
QString pressureId(Pressure p);
QString motionPatternId(MotionPattern m);
std::optional<Figure> figureFromId(QStringView id);
std::optional<Side> sideFromId(QStringView id);
std::optional<Pressure> pressureFromId(QStringView id);
std::optional<MotionPattern> motionPatternFromId(QStringView id);
QString sideLabel(Side s);
QString motionPatternLabel(MotionPattern m); // "small circles", "long strokes", "press and hold"
QString pressureLabel(Pressure p);
QString pressureSetLabel(PressureSet set); // "light pressure", "light to firm pressure"
QString pressureSetIds(PressureSet set); // "light–firm", as content authors write them

// The tools the format knows by id; other ids are allowed and shown as written.
const QStringList& knownToolIds();
bool isKnownTool(const QString& id);
// Fingertips, thumbs, palms, knuckles, loose fists, forearm: a part of the body, not
// something to fetch.
bool isBodyTool(const QString& id);
QString toolLabel(const QString& id);

// For an id that names nothing: the known ids closest to `wanted`, best first; with
// `maxDistance` only those within that many edits (or that contain it, or it them).
QStringList closestIds(const QString& wanted, const QStringList& known, int count = 3, int maxDistance = -1);

// Formats seconds as "m:ss" (or "h:mm:ss"), as shown on the countdown.
QString formatClock(qint64 seconds);
// "8 min", "45 s", "1 h 5 min": for lists and summaries.
QString formatDuration(qint64 seconds);

struct Region
{
    QString id;
    QString name;
    QString description;
    Figure figure = Figure::Both;
    QString shape;
    QString packId;
};

struct Source
{
    QString title;
    QString publisher;
    QString url;
};

// A caution or red flag. With regions it concerns only those body regions: a routine's
// preparation page shows it only when the routine works one of them.
struct Guidance
{
    QString text;
    QStringList regions; // empty: wherever the technique is used

    bool concerns(const QStringList& workedRegions) const;
    static QStringList texts(const QList<Guidance>& items);
    friend bool operator==(const Guidance&, const Guidance&) = default;
};

struct Technique
{
    QString id;
    QString name;
    QStringList aliases;
    QString summary;
    QString description;
    QString howItHelps;
    QStringList howTo;
    PressureSet pressure;
    QStringList tools;
    QStringList regions;
    QList<Guidance> cautions;
    QList<Guidance> redFlags;
    QList<Source> sources;
    QString packId;
    QStringList originalNames; // name and aliases in the pack's language, when shown translated
};

struct Cue
{
    int atSeconds = 0;
    QString say;
};

struct Motion
{
    MotionPattern pattern = MotionPattern::Circles;
    QList<QPointF> points; // in the region's box, x from the person's right (0) to left (1)
    std::optional<Figure> figure;
    double periodSeconds = 2.0;

    static double defaultPeriod(MotionPattern pattern);
};

struct Step
{
    QString title;
    QString instruction;
    int durationSeconds = 0; // 0: untimed, continue when ready
    QString technique;
    QString region; // empty for a still step (a pause): nothing is highlighted
    Side side = Side::None;
    Pressure pressure = Pressure::Medium;
    QStringList tools;
    std::optional<Motion> motion;
    QList<Cue> cues;
    int restSeconds = 0;
    QString image; // absolute file path (or resource path) checked to lie inside its pack

    bool isTimed() const { return durationSeconds > 0; }
};

class Content;

struct Routine
{
    QString id;
    QString name;
    QString summary;
    QString description;
    QStringList regions;
    QStringList preparation;
    QString safety;
    QList<Step> steps;
    bool featured = false; // offered as the quick start before the person has a last routine
    QString packId;
    QStringList originalNames; // the name in the pack's language, when shown translated
    QString language; // the language of its text when translated ("de"); empty: the pack's

    // Steps and rests; untimed steps count as 0.
    int totalSeconds() const;
    QStringList techniqueIds() const; // in order of first use
    QList<Pressure> pressures() const; // distinct, light to firm
    // Distinct, in order of first use; a step without tools uses its technique's, as the
    // format says.
    QStringList toolIds(const Content& content) const;
    // The tools to have at hand: toolIds() without the hands and arms (fingertips, thumbs…).
    QStringList equipment(const Content& content) const;
};

struct PackInfo
{
    QString id;
    QString name;
    QString language;
    QString version;
    QString description;
    QString license;
    QString root; // where it was read from (a folder or a ":/" resource path)
    QString displayRoot; // how diagnostics name it
};

// Everything loaded from all packs, with lookups by id. Items keep the order in which they
// were first defined; an override replaces an item in place.
class Content
{
public:
    const QList<PackInfo>& packs() const { return m_packs; }
    const QList<Region>& regions() const { return m_regions; }
    const QList<Technique>& techniques() const { return m_techniques; }
    const QList<Routine>& routines() const { return m_routines; }

    const Region* region(const QString& id) const;
    const Technique* technique(const QString& id) const;
    const Routine* routine(const QString& id) const;

    // The routine to offer first: the first one marked "featured", else the first routine.
    const Routine* featuredRoutine() const;
    // Routines that list the region, or that have a step on it.
    QList<const Routine*> routinesForRegion(const QString& regionId) const;
    QList<const Routine*> routinesUsingTechnique(const QString& techniqueId) const;
    QList<const Technique*> techniquesForRegion(const QString& regionId) const;

    void addPack(PackInfo pack) { m_packs.append(std::move(pack)); }
    // Each returns the id of the pack whose item was replaced, or an empty string.
    QString setRegion(Region region);
    QString setTechnique(Technique technique);
    QString setRoutine(Routine routine);
    // Room for this many more items, when a loader knows how many files it is about to add.
    void reserveMore(qsizetype techniques, qsizetype routines);

    bool isEmpty() const { return m_regions.isEmpty() && m_techniques.isEmpty() && m_routines.isEmpty(); }

private:
    QList<PackInfo> m_packs;
    QList<Region> m_regions;
    QList<Technique> m_techniques;
    QList<Routine> m_routines;
    QHash<QString, qsizetype> m_regionIndex;
    QHash<QString, qsizetype> m_techniqueIndex;
    QHash<QString, qsizetype> m_routineIndex;
};

} // namespace knead
