// SPDX-License-Identifier: MIT
// The rules for guidance (tools/rules.md, issue 13), checked over every item of a pack.
//
// Each rule is a function over one technique or routine (and, where it needs lookups, the
// Content it belongs to), so it applies to any pack, bundled or not. A rule returns what it
// found wrong, one line per problem; an empty list means the item follows it. The bundled
// pack must pass every rule, and each rule has negative tests: a small bad item, built in
// memory, that the rule must catch, so that no check can pass by looking at nothing.
#include "ContentLoader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <functional>

using namespace knead;
using namespace knead::test;

namespace knead::rules {

using Problems = QStringList;

namespace {

QString lower(const QString& text)
{
    return text.toLower();
}

bool containsAll(const QString& text, std::initializer_list<const char*> needles)
{
    const QString t = lower(text);
    for (const char* needle : needles) {
        if (!t.contains(QLatin1String(needle)))
            return false;
    }
    return true;
}

bool containsAny(const QString& text, std::initializer_list<const char*> needles)
{
    const QString t = lower(text);
    for (const char* needle : needles) {
        if (t.contains(QLatin1String(needle)))
            return true;
    }
    return false;
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

// --- Which items a rule concerns -------------------------------------------------------------

const QStringList& legRegions()
{
    static const QStringList regions {QStringLiteral("thighs"), QStringLiteral("calves"), QStringLiteral("feet")};
    return regions;
}

const QStringList& headRegions()
{
    static const QStringList regions {QStringLiteral("head"), QStringLiteral("face")};
    return regions;
}

const QString& neckRegion()
{
    static const QString neck = QStringLiteral("neck");
    return neck;
}

// The regions a routine works: the ones it lists and the ones its steps use.
QStringList workedRegions(const Routine& r)
{
    QStringList regions = r.regions;
    for (const Step& s : r.steps) {
        if (!s.region.isEmpty() && !regions.contains(s.region))
            regions.append(s.region);
    }
    return regions;
}

QStringList among(const QStringList& regions, const QStringList& wanted)
{
    QStringList found;
    for (const QString& region : wanted) {
        if (regions.contains(region))
            found.append(region);
    }
    return found;
}

// Every text of an item that a person reads or hears.
QStringList texts(const Technique& t)
{
    QStringList all {t.name, t.summary, t.description, t.howItHelps};
    all += t.aliases;
    all += t.howTo;
    all += Guidance::texts(t.cautions);
    all += Guidance::texts(t.redFlags);
    return all;
}

QStringList texts(const Routine& r)
{
    QStringList all {r.name, r.summary, r.description, r.safety};
    all += r.preparation;
    for (const Step& s : r.steps) {
        all << s.title << s.instruction;
        for (const Cue& c : s.cues)
            all << c.say;
    }
    return all;
}

QList<Guidance> guidance(const Technique& t)
{
    return t.cautions + t.redFlags;
}

// --- What counts as stating a rule ------------------------------------------------------------

// A deep-vein thrombosis warning: any one of the signs in one calf or thigh (the signs joined
// with "or", never "and"), the risk factors, urgent advice, and an emergency for sudden
// breathlessness or chest pain.
bool isDvtWarning(const QString& text)
{
    const QString t = lower(text);
    if (!t.contains(QLatin1String("calf")) || !t.contains(QLatin1String("thigh")))
        return false;
    static const QRegularExpression signWords[]
        = {QRegularExpression(QStringLiteral("\\bswollen\\b")), QRegularExpression(QStringLiteral("\\bwarm\\b")),
            QRegularExpression(QStringLiteral("\\bred\\b")), QRegularExpression(QStringLiteral("\\bpainful\\b"))};
    qsizetype start = -1;
    qsizetype end = -1;
    for (const QRegularExpression& sign : signWords) {
        const QRegularExpressionMatch m = sign.match(t);
        if (!m.hasMatch())
            return false;
        start = start < 0 ? m.capturedStart() : std::min(start, m.capturedStart());
        end = std::max(end, m.capturedEnd());
    }
    const QString signs = t.sliced(start, end - start);
    if (!signs.contains(QLatin1String(" or ")) || signs.contains(QLatin1String(" and ")))
        return false;
    static const QRegularExpression hrt(QStringLiteral("\\bhrt\\b"));
    static const QRegularExpression pastClot(QStringLiteral("(past|previous|earlier) clot|had a clot"));
    return containsAll(
               t, {"surgery", "journey", "pregnan", "contracepti", "cancer", "urgent", "breathless", "chest pain"})
        && hrt.match(t).hasMatch() && pastClot.match(t).hasMatch();
}

// The neck rule: the back of the neck only, behind the line of the ear; away from any pulse;
// never the front or the sides of the throat.
bool statesNeckRule(const QString& text)
{
    static const QRegularExpression throat(QStringLiteral("front or (the )?sides of (the|your) throat"));
    return containsAll(text, {"back of the neck", "behind the line of", "ear", "pulse"})
        && throat.match(lower(text)).hasMatch();
}

// Places on the neck that the rule does not allow, named as places to work.
bool allowsNeckSides(const QString& text)
{
    static const QRegularExpression sides(
        QStringLiteral("\\bsides? of (the |your )?neck\\b|\\bback and sides?\\b|\\bsides? and back\\b|\\bsides? of "
                       "(the |your )?windpipe\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return sides.match(text).hasMatch();
}

// Sudden neck pain with signs of a stroke or a torn neck artery: an emergency.
bool isNeckEmergency(const QString& text)
{
    return containsAll(
        text, {"sudden", "neck pain", "dizz", "double vision", "slurred speech", "swallow", "emergency"});
}

// Over 50 with a new headache, a tender temple or jaw pain when chewing: a doctor the same day.
bool isOver50Flag(const QString& text)
{
    return containsAll(text, {"over 50", "headache", "temple", "jaw", "chew", "same day"});
}

// Steps that move the person somewhere or set up a tool, found by what they say.
bool isSetUpStep(const Step& s)
{
    return containsAny(s.title + QLatin1Char(' ') + s.instruction,
        {"set up", "set-up", "get ready", "lie down", "lie on ", "lie face", "lie back", "get down", "to the floor",
            "onto the floor", "to the mat", "to the wall", "to a wall", "doorway", "stand up", "sit down", "fetch",
            "pick up", "take your ball", "move to the", "walk to", "turn over", "roll off"});
}

// The word a preparation list uses for a tool.
QString toolWord(const QString& tool)
{
    static const QHash<QString, QString> words {
        {QStringLiteral("massage-ball"), QStringLiteral("massage ball")},
        {QStringLiteral("tennis-ball"), QStringLiteral("tennis ball")},
        {QStringLiteral("peanut-ball"), QStringLiteral("peanut ball")},
        {QStringLiteral("foam-roller"), QStringLiteral("foam roller")},
        {QStringLiteral("handheld-massager"), QStringLiteral("massager")},
        {QStringLiteral("massage-stick"), QStringLiteral("massage stick")},
        {QStringLiteral("scalp-massager"), QStringLiteral("scalp massager")},
        {QStringLiteral("floor-mat"), QStringLiteral("mat")},
        {QStringLiteral("heat-pack"), QStringLiteral("heat pack")},
        {QStringLiteral("cold-pack"), QStringLiteral("cold pack")},
    };
    return words.value(tool, QString(tool).replace(QLatin1Char('-'), QLatin1Char(' ')));
}

// --- The rules ---------------------------------------------------------------------------------

// Legs: every technique used on the thighs, calves or feet has the DVT warning as a red flag
// tagged with those regions, so a routine's preparation page shows it.
Problems checkDvtWarning(const Technique& t)
{
    const QStringList legs = among(t.regions, legRegions());
    if (legs.isEmpty())
        return {};
    for (const Guidance& g : t.redFlags) {
        if (!isDvtWarning(g.text))
            continue;
        if (g.regions.isEmpty())
            return {QStringLiteral("the DVT red flag names no regions; tag it with %1")
                        .arg(legs.join(QStringLiteral(", ")))};
        const QStringList missing = [&] {
            QStringList m;
            for (const QString& leg : legs) {
                if (!g.regions.contains(leg))
                    m.append(leg);
            }
            return m;
        }();
        if (!missing.isEmpty())
            return {QStringLiteral("the DVT red flag is not tagged with %1").arg(missing.join(QStringLiteral(", ")))};
        return {};
    }
    return {QStringLiteral("works %1 but has no red flag on a possible clot (any one of swollen, warm, red or painful; "
                           "risk factors; urgent advice; emergency for breathlessness or chest pain)")
                .arg(legs.join(QStringLiteral(", ")))};
}

Problems checkDvtWarning(const Routine& r)
{
    const QStringList legs = among(workedRegions(r), legRegions());
    if (legs.isEmpty() || isDvtWarning(r.safety))
        return {};
    return {QStringLiteral("works %1 but its safety note lacks the DVT warning").arg(legs.join(QStringLiteral(", ")))};
}

// Neck: nothing offers the sides of the neck as a place to work, and every item on the neck
// states the rule (a technique in guidance shown on neck routines, a routine in its safety note).
Problems checkNeckRule(const Technique& t)
{
    if (!t.regions.contains(neckRegion()))
        return {};
    Problems problems;
    for (const QString& text : texts(t)) {
        if (allowsNeckSides(text))
            problems.append(QStringLiteral("names the sides of the neck: %1").arg(quoted(text)));
    }
    const QList<Guidance> all = guidance(t);
    const bool stated = std::any_of(all.cbegin(), all.cend(),
        [](const Guidance& g) { return statesNeckRule(g.text) && g.concerns({neckRegion()}); });
    if (!stated)
        problems.append(
            QStringLiteral("works the neck but no caution states the neck rule (back of the neck, behind the "
                           "line of the ear, away from any pulse, never the front or sides of the throat)"));
    return problems;
}

Problems checkNeckRule(const Routine& r)
{
    if (!workedRegions(r).contains(neckRegion()))
        return {};
    Problems problems;
    for (const QString& text : texts(r)) {
        if (allowsNeckSides(text))
            problems.append(QStringLiteral("names the sides of the neck: %1").arg(quoted(text)));
    }
    if (!statesNeckRule(r.safety))
        problems.append(QStringLiteral("works the neck but its safety note does not state the neck rule"));
    return problems;
}

// Neck: sudden neck pain with dizziness, double vision, slurred speech or trouble swallowing is
// an emergency.
Problems checkNeckEmergency(const Technique& t)
{
    if (!t.regions.contains(neckRegion()))
        return {};
    const bool found = std::any_of(t.redFlags.cbegin(), t.redFlags.cend(),
        [](const Guidance& g) { return isNeckEmergency(g.text) && g.concerns({neckRegion()}); });
    return found ? Problems {}
                 : Problems {QStringLiteral("works the neck but has no emergency red flag for sudden neck pain "
                                            "with dizziness, double vision, slurred speech or trouble swallowing")};
}

Problems checkNeckEmergency(const Routine& r)
{
    if (!workedRegions(r).contains(neckRegion()) || isNeckEmergency(r.safety))
        return {};
    return {QStringLiteral(
        "works the neck but its safety note lacks the emergency for sudden neck pain with stroke signs")};
}

// Head and face: over 50 with a new headache, a tender temple or jaw pain when chewing means a
// doctor the same day.
Problems checkOver50RedFlag(const Technique& t)
{
    const QStringList head = among(t.regions, headRegions());
    if (head.isEmpty())
        return {};
    const bool found = std::any_of(t.redFlags.cbegin(), t.redFlags.cend(), [&](const Guidance& g) {
        return isOver50Flag(g.text)
            && std::all_of(head.cbegin(), head.cend(), [&](const QString& region) { return g.concerns({region}); });
    });
    return found ? Problems {}
                 : Problems {QStringLiteral("works %1 but has no over-50 red flag shown there (new headache, "
                                            "tender temple, jaw pain when chewing: a doctor the same day)")
                                 .arg(head.join(QStringLiteral(", ")))};
}

Problems checkOver50RedFlag(const Routine& r)
{
    const QStringList head = among(workedRegions(r), headRegions());
    if (head.isEmpty() || isOver50Flag(r.safety))
        return {};
    return {
        QStringLiteral("works %1 but its safety note lacks the over-50 warning").arg(head.join(QStringLiteral(", ")))};
}

// Firm pressure held on one spot: at most 30 seconds, unless a cue says to release.
Problems checkFirmHolds(const Routine& r)
{
    Problems problems;
    for (const Step& s : r.steps) {
        if (!s.motion || s.motion->pattern != MotionPattern::Hold || s.pressure != Pressure::Firm)
            continue;
        if (s.isTimed() && s.durationSeconds <= 30)
            continue;
        const bool releases = std::any_of(s.cues.cbegin(), s.cues.cend(),
            [](const Cue& c) { return lower(c.say).contains(QLatin1String("release")); });
        if (!releases)
            problems.append(QStringLiteral("step %1 holds firm pressure for %2 without a cue to release")
                                .arg(quoted(s.title),
                                    s.isTimed() ? QStringLiteral("%1 s").arg(s.durationSeconds)
                                                : QStringLiteral("an untimed step")));
    }
    return problems;
}

// Spoken words never say "halfway": Knead announces the routine's own halfway point.
Problems checkNoHalfway(const Routine& r)
{
    Problems problems;
    for (const Step& s : r.steps) {
        QStringList spoken {s.title, s.instruction};
        for (const Cue& c : s.cues)
            spoken.append(c.say);
        for (const QString& text : spoken) {
            if (lower(text).contains(QLatin1String("halfway")))
                problems.append(QStringLiteral("step %1 says \"halfway\": %2").arg(quoted(s.title), quoted(text)));
        }
    }
    return problems;
}

// Every tool a step uses (a step without tools uses its technique's) is named in the preparation
// list, except the parts of the body.
Problems checkToolsInPreparation(const Routine& r, const Content& content)
{
    const QString preparation = lower(r.preparation.join(QLatin1Char(' ')));
    QStringList checked;
    Problems problems;
    for (const Step& s : r.steps) {
        QStringList tools = s.tools;
        if (tools.isEmpty()) {
            if (const Technique* t = content.technique(s.technique))
                tools = t->tools;
        }
        for (const QString& tool : std::as_const(tools)) {
            if (isBodyTool(tool) || checked.contains(tool))
                continue;
            checked.append(tool);
            const QRegularExpression word(QStringLiteral("\\b%1s?\\b").arg(QRegularExpression::escape(toolWord(tool))));
            if (!word.match(preparation).hasMatch())
                problems.append(QStringLiteral("step %1 uses %2, but the preparation list never says %3")
                                    .arg(quoted(s.title), tool, quoted(toolWord(tool))));
        }
    }
    return problems;
}

// Eyes may be closed: a step that moves the person or sets up a tool is untimed, or leaves at
// least 20 seconds.
Problems checkSetUpSteps(const Routine& r)
{
    Problems problems;
    for (const Step& s : r.steps) {
        if (isSetUpStep(s) && s.isTimed() && s.durationSeconds < 20)
            problems.append(QStringLiteral("set-up step %1 lasts %2 s; make it untimed or at least 20 s")
                                .arg(quoted(s.title))
                                .arg(s.durationSeconds));
    }
    return problems;
}

// Sources are real pages over https.
Problems checkSources(const Technique& t)
{
    Problems problems;
    bool linked = false;
    for (const Source& s : t.sources) {
        if (s.url.isEmpty())
            continue;
        linked = true;
        const QUrl url(s.url, QUrl::StrictMode);
        if (url.scheme() != QLatin1String("https") || url.host().isEmpty())
            problems.append(QStringLiteral("source %1 is not an https address: %2").arg(quoted(s.title), s.url));
    }
    if (!linked)
        problems.append(QStringLiteral("cites no source with an address"));
    return problems;
}

// Consistency: a step's region and pressure lie within its technique's, the routine lists the
// regions its steps work, and no regions list names a region twice.
Problems checkConsistency(const Technique& t)
{
    Problems problems;
    for (const QString& region : t.regions) {
        if (t.regions.count(region) > 1)
            problems.append(QStringLiteral("lists the region %1 twice").arg(region));
    }
    problems.removeDuplicates();
    return problems;
}

Problems checkConsistency(const Routine& r, const Content& content)
{
    Problems problems;
    for (const QString& region : r.regions) {
        if (r.regions.count(region) > 1)
            problems.append(QStringLiteral("lists the region %1 twice").arg(region));
    }
    problems.removeDuplicates();
    for (const Step& s : r.steps) {
        if (!s.region.isEmpty() && !r.regions.contains(s.region))
            problems.append(QStringLiteral("step %1 works %2, which the routine's regions leave out")
                                .arg(quoted(s.title), s.region));
        const Technique* t = content.technique(s.technique);
        if (!t) {
            problems.append(QStringLiteral("step %1 uses the unknown technique %2").arg(quoted(s.title), s.technique));
            continue;
        }
        if (!s.region.isEmpty() && !t->regions.contains(s.region))
            problems.append(
                QStringLiteral("step %1 works %2, which is not a region of %3").arg(quoted(s.title), s.region, t->id));
        if (!t->pressure.contains(s.pressure))
            problems.append(QStringLiteral("step %1 uses %2 pressure, outside the range of %3")
                                .arg(quoted(s.title), pressureId(s.pressure), t->id));
    }
    return problems;
}

// Every rule over every item of a pack, each problem prefixed with the item it concerns.
Problems checkAll(const Content& content)
{
    Problems all;
    auto add = [&all](const QString& what, const Problems& problems) {
        for (const QString& p : problems)
            all.append(what + QStringLiteral(": ") + p);
    };
    for (const Technique& t : content.techniques()) {
        const QString what = QStringLiteral("technique ") + t.id;
        add(what, checkDvtWarning(t));
        add(what, checkNeckRule(t));
        add(what, checkNeckEmergency(t));
        add(what, checkOver50RedFlag(t));
        add(what, checkSources(t));
        add(what, checkConsistency(t));
    }
    for (const Routine& r : content.routines()) {
        const QString what = QStringLiteral("routine ") + r.id;
        add(what, checkDvtWarning(r));
        add(what, checkNeckRule(r));
        add(what, checkNeckEmergency(r));
        add(what, checkOver50RedFlag(r));
        add(what, checkFirmHolds(r));
        add(what, checkNoHalfway(r));
        add(what, checkToolsInPreparation(r, content));
        add(what, checkSetUpSteps(r));
        add(what, checkConsistency(r, content));
    }
    return all;
}

} // namespace knead::rules

using namespace knead::rules;

namespace {

const Content& bundled()
{
    static const LoadResult result
        = ContentLoader::load({{sourcePath(QStringLiteral("content")), QStringLiteral("content")}});
    return result.content;
}

std::string joined(const Problems& problems)
{
    return problems.join(QLatin1Char('\n')).toStdString();
}

// Runs a technique rule over every bundled technique; returns how many it had something to say about.
template<typename Rule> int everyTechnique(Rule rule, const std::function<bool(const Technique&)>& concerns)
{
    int concerned = 0;
    for (const Technique& t : bundled().techniques()) {
        INFO("technique " << t.id.toStdString() << "\n" << joined(rule(t)));
        CHECK(rule(t).isEmpty());
        concerned += concerns(t) ? 1 : 0;
    }
    return concerned;
}

template<typename Rule> int everyRoutine(Rule rule, const std::function<bool(const Routine&)>& concerns)
{
    int concerned = 0;
    for (const Routine& r : bundled().routines()) {
        INFO("routine " << r.id.toStdString() << "\n" << joined(rule(r)));
        CHECK(rule(r).isEmpty());
        concerned += concerns(r) ? 1 : 0;
    }
    return concerned;
}

bool worksAny(const QStringList& regions, const QStringList& wanted)
{
    return !among(regions, wanted).isEmpty();
}

// Texts that follow the rules, for the small items the negative tests build.
const QString kDvt = QStringLiteral("If one calf or thigh is swollen, warm, red or painful, don't massage that leg: "
                                    "get urgent medical advice. A clot is more "
                                    "likely after recent surgery or a long journey, in pregnancy, with hormonal "
                                    "contraception or HRT, with cancer, or after "
                                    "a past clot. Sudden breathlessness or chest pain is an emergency.");
const QString kNeck = QStringLiteral(
    "Work only on the back of the neck, behind the line of your ear; move away from any pulse, and never press on the "
    "front or the sides of the throat.");
const QString kStroke = QStringLiteral(
    "Sudden neck pain with dizziness, double vision, slurred speech or trouble swallowing is an emergency.");
const QString kOver50 = QStringLiteral("If you are over 50 and have a new headache, a tender temple or jaw pain when "
                                       "you chew, see a doctor the same day.");

Technique technique(const QStringList& regions)
{
    Technique t;
    t.id = QStringLiteral("test-technique");
    t.name = QStringLiteral("Test technique");
    t.summary = QStringLiteral("A technique built for a test.");
    t.regions = regions;
    t.pressure.add(Pressure::Light);
    t.pressure.add(Pressure::Medium);
    t.tools = {QStringLiteral("palms")};
    t.sources
        = {Source {QStringLiteral("A page"), QStringLiteral("Publisher"), QStringLiteral("https://example.org/page")}};
    return t;
}

Step step(const QString& region, int seconds = 60)
{
    Step s;
    s.title = QStringLiteral("Circles");
    s.instruction = QStringLiteral("Small, slow circles with your fingertips.");
    s.durationSeconds = seconds;
    s.technique = QStringLiteral("test-technique");
    s.region = region;
    s.side = Side::Both;
    s.pressure = Pressure::Medium;
    s.tools = {QStringLiteral("fingertips")};
    return s;
}

Routine routine(const QString& region)
{
    Routine r;
    r.id = QStringLiteral("test-routine");
    r.name = QStringLiteral("Test routine");
    r.summary = QStringLiteral("A routine built for a test.");
    r.regions = {region};
    r.preparation = {QStringLiteral("Sit comfortably.")};
    r.safety = QStringLiteral("Stop if it hurts.");
    r.steps = {step(region)};
    return r;
}

Step firmHold(int seconds)
{
    Step s = step(QStringLiteral("shoulders"), seconds);
    s.pressure = Pressure::Firm;
    Motion m;
    m.pattern = MotionPattern::Hold;
    s.motion = m;
    return s;
}

} // namespace

// --- The bundled pack follows every rule ---------------------------------------------------------

TEST_CASE("rules: every leg technique and leg routine carries the DVT warning", "[content][rules]")
{
    CHECK(everyTechnique([](const Technique& t) { return checkDvtWarning(t); },
              [](const Technique& t) { return worksAny(t.regions, legRegions()); })
        >= 10);
    CHECK(everyRoutine([](const Routine& r) { return checkDvtWarning(r); },
              [](const Routine& r) { return worksAny(workedRegions(r), legRegions()); })
        >= 3);
}

TEST_CASE("rules: the neck rule is stated on every neck item and the sides are never offered", "[content][rules]")
{
    CHECK(everyTechnique([](const Technique& t) { return checkNeckRule(t); },
              [](const Technique& t) { return t.regions.contains(neckRegion()); })
        >= 5);
    CHECK(everyRoutine([](const Routine& r) { return checkNeckRule(r); },
              [](const Routine& r) { return workedRegions(r).contains(neckRegion()); })
        >= 3);
    // The body map's tooltip for the neck says the same.
    const Region* neck = bundled().region(neckRegion());
    REQUIRE(neck);
    CHECK_FALSE(allowsNeckSides(neck->description));
    CHECK(containsAll(neck->description, {"back of the neck", "behind the line of", "throat"}));
}

TEST_CASE("rules: every neck item names the emergency signs of sudden neck pain", "[content][rules]")
{
    CHECK(everyTechnique([](const Technique& t) { return checkNeckEmergency(t); },
              [](const Technique& t) { return t.regions.contains(neckRegion()); })
        >= 5);
    CHECK(everyRoutine([](const Routine& r) { return checkNeckEmergency(r); },
              [](const Routine& r) { return workedRegions(r).contains(neckRegion()); })
        >= 3);
}

TEST_CASE("rules: every head and face item has the over-50 red flag", "[content][rules]")
{
    CHECK(everyTechnique([](const Technique& t) { return checkOver50RedFlag(t); },
              [](const Technique& t) { return worksAny(t.regions, headRegions()); })
        >= 4);
    CHECK(everyRoutine([](const Routine& r) { return checkOver50RedFlag(r); },
              [](const Routine& r) { return worksAny(workedRegions(r), headRegions()); })
        >= 4);
}

TEST_CASE("rules: firm pressure is held on one spot for 30 seconds at most", "[content][rules]")
{
    const int firmHolds = everyRoutine([](const Routine& r) { return checkFirmHolds(r); },
        [](const Routine& r) {
            return std::any_of(r.steps.cbegin(), r.steps.cend(), [](const Step& s) {
                return s.motion && s.motion->pattern == MotionPattern::Hold && s.pressure == Pressure::Firm;
            });
        });
    CHECK(firmHolds >= 2);
}

TEST_CASE("rules: no step says \"halfway\"", "[content][rules]")
{
    const int withCues = everyRoutine([](const Routine& r) { return checkNoHalfway(r); },
        [](const Routine& r) {
            return std::any_of(r.steps.cbegin(), r.steps.cend(), [](const Step& s) { return !s.cues.isEmpty(); });
        });
    CHECK(withCues >= 10);
}

TEST_CASE("rules: every tool a routine uses is named in its preparation list", "[content][rules]")
{
    const int withTools = everyRoutine([](const Routine& r) { return checkToolsInPreparation(r, bundled()); },
        [](const Routine& r) {
            const QStringList tools = r.toolIds(bundled());
            return std::any_of(tools.cbegin(), tools.cend(), [](const QString& tool) { return !isBodyTool(tool); });
        });
    CHECK(withTools >= 8);
}

TEST_CASE("rules: set-up and transition steps are untimed or at least 20 seconds", "[content][rules]")
{
    const int withSetUp = everyRoutine([](const Routine& r) { return checkSetUpSteps(r); },
        [](const Routine& r) { return std::any_of(r.steps.cbegin(), r.steps.cend(), isSetUpStep); });
    CHECK(withSetUp >= 8);
    // Moving to the wall, the floor or a doorway waits for the person: at least a few are untimed.
    int untimed = 0;
    for (const Routine& r : bundled().routines())
        untimed += int(std::count_if(r.steps.cbegin(), r.steps.cend(), [](const Step& s) { return !s.isTimed(); }));
    CHECK(untimed >= 8);
}

TEST_CASE("rules: every source is an https page", "[content][rules]")
{
    CHECK(everyTechnique([](const Technique& t) { return checkSources(t); }, [](const Technique&) { return true; })
        == bundled().techniques().size());
}

TEST_CASE("rules: steps stay within their technique and routine", "[content][rules]")
{
    everyTechnique([](const Technique& t) { return checkConsistency(t); }, [](const Technique&) { return true; });
    const int routines = everyRoutine(
        [](const Routine& r) { return checkConsistency(r, bundled()); }, [](const Routine&) { return true; });
    CHECK(routines == bundled().routines().size());
}

TEST_CASE("rules: the whole bundled pack passes", "[content][rules]")
{
    const Problems problems = checkAll(bundled());
    INFO(joined(problems));
    CHECK(problems.isEmpty());
}

// --- Each rule catches a bad item ------------------------------------------------------------------

TEST_CASE("rules catch: a leg technique or routine without a proper DVT warning", "[content][rules]")
{
    Technique t = technique({QStringLiteral("calves"), QStringLiteral("thighs")});
    CHECK_FALSE(checkDvtWarning(t).isEmpty()); // no red flag at all
    t.redFlags = {Guidance {kDvt, {QStringLiteral("thighs"), QStringLiteral("calves"), QStringLiteral("feet")}}};
    CHECK(checkDvtWarning(t).isEmpty());

    SECTION("signs joined with \"and\"")
    {
        t.redFlags[0].text = QString(kDvt).replace(QStringLiteral("red or painful"), QStringLiteral("red and painful"));
        CHECK_FALSE(checkDvtWarning(t).isEmpty());
    }
    SECTION("a sign left out")
    {
        t.redFlags[0].text = QString(kDvt).replace(QStringLiteral("warm, "), QString());
        CHECK_FALSE(checkDvtWarning(t).isEmpty());
    }
    SECTION("no risk factors")
    {
        t.redFlags[0].text = QString(kDvt).replace(QStringLiteral("with hormonal contraception or HRT, "), QString());
        CHECK_FALSE(checkDvtWarning(t).isEmpty());
    }
    SECTION("no emergency for breathlessness or chest pain")
    {
        t.redFlags[0].text
            = QString(kDvt).replace(QStringLiteral("Sudden breathlessness or chest pain is an emergency."), QString());
        CHECK_FALSE(checkDvtWarning(t).isEmpty());
    }
    SECTION("not tagged, or not tagged with every leg region the technique works")
    {
        t.redFlags[0].regions = {};
        CHECK_FALSE(checkDvtWarning(t).isEmpty());
        t.redFlags[0].regions = {QStringLiteral("calves")};
        CHECK_FALSE(checkDvtWarning(t).isEmpty());
    }
    SECTION("only a caution")
    {
        t.cautions = t.redFlags;
        t.redFlags.clear();
        CHECK_FALSE(checkDvtWarning(t).isEmpty());
    }
    SECTION("a technique off the legs needs none")
    {
        Technique back = technique({QStringLiteral("lower-back")});
        CHECK(checkDvtWarning(back).isEmpty());
    }
    SECTION("routines: a step on the feet makes it a leg routine")
    {
        Routine r = routine(QStringLiteral("lower-back"));
        CHECK(checkDvtWarning(r).isEmpty());
        r.steps.append(step(QStringLiteral("feet")));
        CHECK_FALSE(checkDvtWarning(r).isEmpty());
        r.safety = kDvt;
        CHECK(checkDvtWarning(r).isEmpty());
        r.safety = QStringLiteral("Don't massage a calf that is swollen, warm, red and painful.");
        CHECK_FALSE(checkDvtWarning(r).isEmpty());
    }
}

TEST_CASE("rules catch: a neck item that allows the sides or does not state the neck rule", "[content][rules]")
{
    Technique t = technique({QStringLiteral("neck"), QStringLiteral("shoulders")});
    CHECK_FALSE(checkNeckRule(t).isEmpty()); // not stated
    t.cautions = {Guidance {kNeck, {QStringLiteral("neck")}}};
    CHECK(checkNeckRule(t).isEmpty());

    SECTION("the sides of the neck offered anywhere in its text")
    {
        t.description = QStringLiteral("Knead the back and sides of the neck.");
        CHECK_FALSE(checkNeckRule(t).isEmpty());
        t.description.clear();
        t.howTo = {QStringLiteral("Press gently on the side of your neck.")};
        CHECK_FALSE(checkNeckRule(t).isEmpty());
        t.howTo = {QStringLiteral("Never press on either side of the windpipe.")};
        CHECK_FALSE(checkNeckRule(t).isEmpty());
    }
    SECTION("the rule only half stated")
    {
        t.cautions[0].text = QStringLiteral("Never press on the front of the neck.");
        CHECK_FALSE(checkNeckRule(t).isEmpty());
        t.cautions[0].text = QString(kNeck).replace(QStringLiteral("move away from any pulse, "), QString());
        CHECK_FALSE(checkNeckRule(t).isEmpty());
    }
    SECTION("stated only for other regions, so a neck routine would not show it")
    {
        t.cautions[0].regions = {QStringLiteral("shoulders")};
        CHECK_FALSE(checkNeckRule(t).isEmpty());
    }
    SECTION("routines")
    {
        Routine r = routine(QStringLiteral("neck"));
        CHECK_FALSE(checkNeckRule(r).isEmpty());
        r.safety = kNeck;
        CHECK(checkNeckRule(r).isEmpty());
        r.steps[0].title = QStringLiteral("Right side of the neck");
        CHECK_FALSE(checkNeckRule(r).isEmpty());
        CHECK(checkNeckRule(routine(QStringLiteral("shoulders"))).isEmpty());
    }
}

TEST_CASE("rules catch: a neck item without the emergency signs", "[content][rules]")
{
    Technique t = technique({QStringLiteral("neck")});
    CHECK_FALSE(checkNeckEmergency(t).isEmpty());
    t.redFlags = {Guidance {kStroke, {QStringLiteral("neck")}}};
    CHECK(checkNeckEmergency(t).isEmpty());
    t.redFlags[0].text = QStringLiteral("Stop if you feel dizzy.");
    CHECK_FALSE(checkNeckEmergency(t).isEmpty());
    t.redFlags[0].text = QString(kStroke).replace(QStringLiteral(", slurred speech"), QString());
    CHECK_FALSE(checkNeckEmergency(t).isEmpty());
    t.cautions = {Guidance {kStroke, {}}}; // a caution is not a red flag
    CHECK_FALSE(checkNeckEmergency(t).isEmpty());

    Routine r = routine(QStringLiteral("neck"));
    CHECK_FALSE(checkNeckEmergency(r).isEmpty());
    r.safety = kStroke;
    CHECK(checkNeckEmergency(r).isEmpty());
}

TEST_CASE("rules catch: a head or face item without the over-50 red flag", "[content][rules]")
{
    Technique t = technique({QStringLiteral("head"), QStringLiteral("face")});
    CHECK_FALSE(checkOver50RedFlag(t).isEmpty());
    t.redFlags = {Guidance {kOver50, {QStringLiteral("head"), QStringLiteral("face")}}};
    CHECK(checkOver50RedFlag(t).isEmpty());
    t.redFlags[0].regions = {QStringLiteral("head")}; // would not show on a face routine
    CHECK_FALSE(checkOver50RedFlag(t).isEmpty());
    t.redFlags[0] = Guidance {QString(kOver50).replace(QStringLiteral("the same day"), QStringLiteral("soon")), {}};
    CHECK_FALSE(checkOver50RedFlag(t).isEmpty());

    Routine r = routine(QStringLiteral("face"));
    CHECK_FALSE(checkOver50RedFlag(r).isEmpty());
    r.safety = kOver50;
    CHECK(checkOver50RedFlag(r).isEmpty());
    CHECK(checkOver50RedFlag(routine(QStringLiteral("arms"))).isEmpty());
}

TEST_CASE("rules catch: firm pressure held for longer than 30 seconds", "[content][rules]")
{
    Routine r = routine(QStringLiteral("shoulders"));
    r.steps = {firmHold(30)};
    CHECK(checkFirmHolds(r).isEmpty());
    r.steps = {firmHold(75)};
    CHECK_FALSE(checkFirmHolds(r).isEmpty());
    r.steps[0].cues = {Cue {60, QStringLiteral("If it has eased, lean in a touch more.")}};
    CHECK_FALSE(checkFirmHolds(r).isEmpty());
    r.steps[0].cues.append(Cue {28, QStringLiteral("Release, breathe, then press again.")});
    CHECK(checkFirmHolds(r).isEmpty());
    r.steps = {firmHold(0)}; // untimed: no limit at all
    CHECK_FALSE(checkFirmHolds(r).isEmpty());
    r.steps = {firmHold(75)};
    r.steps[0].pressure = Pressure::Medium; // the rule is about firm pressure
    CHECK(checkFirmHolds(r).isEmpty());
}

TEST_CASE("rules catch: a step that says \"halfway\"", "[content][rules]")
{
    Routine r = routine(QStringLiteral("head"));
    r.steps[0].cues = {Cue {30, QStringLiteral("Keep going, a little slower.")}};
    CHECK(checkNoHalfway(r).isEmpty());
    r.steps[0].cues.append(Cue {45, QStringLiteral("Halfway. Slow down a little.")});
    CHECK_FALSE(checkNoHalfway(r).isEmpty());
    r.steps[0].cues.removeLast();
    r.steps[0].instruction = QStringLiteral("Turn the palm up HALFWAY through.");
    CHECK_FALSE(checkNoHalfway(r).isEmpty());
}

TEST_CASE("rules catch: a tool used by a step but missing from the preparation list", "[content][rules]")
{
    Content content;
    Technique t = technique({QStringLiteral("upper-back")});
    t.tools = {QStringLiteral("massage-ball"), QStringLiteral("wall")};
    content.setTechnique(t);
    Routine r = routine(QStringLiteral("upper-back"));
    r.steps[0].tools = {QStringLiteral("massage-ball"), QStringLiteral("wall"), QStringLiteral("palms")};
    CHECK_FALSE(checkToolsInPreparation(r, content).isEmpty());
    r.preparation = {QStringLiteral("Have a massage ball ready."), QStringLiteral("Find a clear wall.")};
    CHECK(checkToolsInPreparation(r, content).isEmpty());
    r.preparation = {QStringLiteral("Have a ball ready."), QStringLiteral("Find a clear wall.")};
    CHECK(checkToolsInPreparation(r, content).size() == 1);

    SECTION("a step without tools uses its technique's")
    {
        r.steps[0].tools.clear();
        r.preparation = {QStringLiteral("Find a clear wall.")};
        CHECK(checkToolsInPreparation(r, content).size() == 1);
    }
    SECTION("a word inside another word does not count")
    {
        r.steps[0].tools = {QStringLiteral("floor-mat")};
        r.preparation = {QStringLiteral("Any format will do.")};
        CHECK_FALSE(checkToolsInPreparation(r, content).isEmpty());
        r.preparation = {QStringLiteral("Lay out a mat.")};
        CHECK(checkToolsInPreparation(r, content).isEmpty());
    }
    SECTION("parts of the body need no mention")
    {
        r.steps[0].tools = {QStringLiteral("knuckles"), QStringLiteral("loose-fists"), QStringLiteral("forearm")};
        r.preparation.clear();
        CHECK(checkToolsInPreparation(r, content).isEmpty());
    }
}

TEST_CASE("rules catch: a short set-up step", "[content][rules]")
{
    Routine r = routine(QStringLiteral("chest"));
    Step& s = r.steps[0];
    s.title = QStringLiteral("Doorway stretch");
    s.instruction = QStringLiteral("Stand in a doorway, forearms on the frame.");
    s.durationSeconds = 10;
    CHECK_FALSE(checkSetUpSteps(r).isEmpty());
    s.durationSeconds = 0;
    CHECK(checkSetUpSteps(r).isEmpty());
    s.durationSeconds = 20;
    CHECK(checkSetUpSteps(r).isEmpty());
    for (const char* words : {"Lie down on the mat.", "Get down to the floor with your roller.", "Move to the wall.",
             "Stand up and take your ball.", "Set up at the wall."}) {
        INFO(words);
        s.title = QStringLiteral("Next");
        s.instruction = QString::fromLatin1(words);
        s.durationSeconds = 10;
        CHECK_FALSE(checkSetUpSteps(r).isEmpty());
    }
    s.instruction = QStringLiteral("Small, slow circles.");
    CHECK(checkSetUpSteps(r).isEmpty());
}

TEST_CASE("rules catch: a source that is not an https page", "[content][rules]")
{
    Technique t = technique({QStringLiteral("head")});
    CHECK(checkSources(t).isEmpty());
    t.sources.append(
        Source {QStringLiteral("Old page"), {}, QStringLiteral("http://www.nhs.uk/conditions/neck-pain/")});
    CHECK_FALSE(checkSources(t).isEmpty());
    t.sources.last().url = QStringLiteral("https://");
    CHECK_FALSE(checkSources(t).isEmpty());
    t.sources = {Source {QStringLiteral("A review"), QStringLiteral("Cochrane"), {}}};
    CHECK_FALSE(checkSources(t).isEmpty()); // nothing a reader can open
}

TEST_CASE(
    "rules catch: steps outside their technique's regions or pressure, or the routine's regions", "[content][rules]")
{
    Content content;
    content.setTechnique(technique({QStringLiteral("shoulders"), QStringLiteral("neck")}));
    Routine r = routine(QStringLiteral("shoulders"));
    CHECK(checkConsistency(r, content).isEmpty());

    SECTION("region not one of the technique's")
    {
        r.regions.append(QStringLiteral("chest"));
        r.steps[0].region = QStringLiteral("chest");
        CHECK(checkConsistency(r, content).size() == 1);
    }
    SECTION("pressure outside the technique's range")
    {
        r.steps[0].pressure = Pressure::Firm;
        CHECK(checkConsistency(r, content).size() == 1);
    }
    SECTION("region the routine leaves out")
    {
        r.steps.append(step(QStringLiteral("neck")));
        CHECK(checkConsistency(r, content).size() == 1);
    }
    SECTION("a region listed twice")
    {
        r.regions.append(QStringLiteral("shoulders"));
        CHECK(checkConsistency(r, content).size() == 1);
        Technique t = technique({QStringLiteral("neck"), QStringLiteral("neck")});
        CHECK(checkConsistency(t).size() == 1);
    }
    SECTION("unknown technique")
    {
        r.steps[0].technique = QStringLiteral("no-such-technique");
        CHECK_FALSE(checkConsistency(r, content).isEmpty());
    }
}

TEST_CASE("rules apply to any pack: a small pack with one broken item fails checkAll", "[content][rules]")
{
    Content content;
    Technique t = technique({QStringLiteral("calves")});
    t.redFlags = {Guidance {kDvt, {QStringLiteral("calves")}}};
    content.setTechnique(t);
    Routine r = routine(QStringLiteral("calves"));
    r.safety = kDvt;
    content.setRoutine(r);
    CHECK(checkAll(content).isEmpty());

    r.safety = QStringLiteral("Stop if it hurts.");
    content.setRoutine(r);
    const Problems problems = checkAll(content);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().startsWith(QStringLiteral("routine test-routine: ")));
}
