// SPDX-License-Identifier: MIT
// The routine editor's document: every kind of edit and its undo, both-sides steps, the
// technique's pressure range, the safety note from the red flags, writing the documented
// format, and the loader's problems placed at their fields.
#include "RoutineDocument.h"
#include "ContentLoader.h"
#include "RoutineJson.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

// QString and QStringList read as text in failure messages, not as ranges of characters.
namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l) { return '[' + l.join(QStringLiteral(" | ")).toStdString() + ']'; }
};
} // namespace Catch

using namespace knead;
using namespace knead::test;
using Field = RoutineDocument::Field;
using StepField = RoutineDocument::StepField;

namespace {

const LoadResult& bundled()
{
    static const LoadResult loaded
        = ContentLoader::load({{sourcePath(QStringLiteral("content")), QStringLiteral("content")}});
    return loaded;
}

const Content& content()
{
    return bundled().content;
}

// A routine with three plain steps, valid as it stands.
void openThreeSteps(RoutineDocument& doc)
{
    doc.openNew(QStringLiteral("test-routine"));
    doc.setText(Field::Name, QStringLiteral("Evening neck"));
    doc.setText(Field::Summary, QStringLiteral("Three steps for the neck."));
    Step a = doc.newStep(QStringLiteral("effleurage"));
    a.region = QStringLiteral("neck");
    a.title = QStringLiteral("Warm up");
    Step b = doc.newStep(QStringLiteral("petrissage"));
    b.region = QStringLiteral("neck");
    b.title = QStringLiteral("Knead");
    Step c = doc.newStep(QStringLiteral("effleurage"));
    c.region = QStringLiteral("neck");
    c.title = QStringLiteral("Settle");
    doc.insertStep(0, a);
    doc.insertStep(1, b);
    doc.insertStep(2, c);
    doc.undoStack()->clear();
}

QString problemText(const RoutineDocument& doc)
{
    QString out;
    for (const FieldProblem& p : doc.problems())
        out += p.path + QStringLiteral(": ") + p.message + QLatin1Char('\n');
    return out;
}

QStringList titles(const RoutineDocument& doc)
{
    QStringList out;
    for (const Step& s : doc.routine().steps)
        out.append(s.title);
    return out;
}

bool sameRoutine(const Routine& a, const Routine& b)
{
    if (a.id != b.id || a.name != b.name || a.summary != b.summary || a.description != b.description
        || a.regions != b.regions || a.preparation != b.preparation || a.safety != b.safety || a.featured != b.featured
        || a.steps.size() != b.steps.size())
        return false;
    for (qsizetype i = 0; i < a.steps.size(); ++i) {
        if (!sameStep(a.steps[i], b.steps[i]))
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("a new routine lists what is missing at its fields and cannot start", "[editor]")
{
    RoutineDocument doc(content());
    doc.openNew(QStringLiteral("my-routine"));
    CHECK_FALSE(doc.canStart());
    CHECK_FALSE(doc.hasUnsavedChanges()); // nothing typed yet: leaving asks nothing
    CHECK(doc.problemsAt(-1, QStringLiteral("name")).size() == 1);
    CHECK(doc.problemsAt(-1, QStringLiteral("name")).first().sentence() == QStringLiteral("Must not be empty."));
    CHECK(doc.problemsAt(-1, QStringLiteral("regions")).size() == 1);
    REQUIRE(doc.problemsAt(-1, QStringLiteral("steps")).size() == 1);
    CHECK(doc.problemsAt(-1, QStringLiteral("steps")).first().message.contains(QStringLiteral("1 to 200 steps")));

    doc.setText(Field::Name, QStringLiteral("Scalp before bed"));
    doc.setText(Field::Summary, QStringLiteral("Slow circles for the scalp."));
    doc.insertStep(0, doc.newStep(QStringLiteral("scalp-massage")));
    INFO(problemText(doc).toStdString());
    CHECK(doc.errorCount() == 0);
    CHECK(doc.canStart());
    CHECK(doc.hasUnsavedChanges());
    // The step's region joined the routine's, and the safety note follows the red flags.
    CHECK(doc.routine().regions == QStringList {QStringLiteral("head")});
    CHECK(doc.safetyFromRedFlags());
    CHECK_FALSE(doc.routine().safety.isEmpty());
    CHECK(doc.routine().safety == doc.redFlagSafety());
    const Technique* scalp = content().technique(QStringLiteral("scalp-massage"));
    for (const Guidance& flag : scalp->redFlags)
        CHECK(doc.routine().safety.contains(flag.text) == flag.concerns({QStringLiteral("head")}));
    // What Try it starts is what the loader read.
    REQUIRE(doc.checkedRoutine());
    CHECK(doc.checkedRoutine()->steps.size() == 1);
}

TEST_CASE("every kind of edit is undone and redone", "[editor][undo]")
{
    RoutineDocument doc(content());
    openThreeSteps(doc);
    QUndoStack& undo = *doc.undoStack();

    SECTION("a routine field; typing merges into one step until the merge is broken")
    {
        doc.setText(Field::Name, QStringLiteral("E"));
        doc.setText(Field::Name, QStringLiteral("Ev"));
        doc.setText(Field::Name, QStringLiteral("Eve"));
        CHECK(undo.count() == 1);
        doc.breakMerge();
        doc.setText(Field::Name, QStringLiteral("Eve!"));
        CHECK(undo.count() == 2);
        undo.undo();
        CHECK(doc.routine().name == QStringLiteral("Eve"));
        undo.undo();
        CHECK(doc.routine().name == QStringLiteral("Evening neck"));
        undo.redo();
        CHECK(doc.routine().name == QStringLiteral("Eve"));
    }
    SECTION("regions and preparation")
    {
        doc.setRegions({QStringLiteral("neck"), QStringLiteral("shoulders")});
        doc.setPreparation({QStringLiteral("Sit upright.")});
        undo.undo();
        CHECK(doc.routine().preparation.isEmpty());
        undo.undo();
        CHECK(doc.routine().regions == QStringList {QStringLiteral("neck")});
        undo.redo();
        undo.redo();
        CHECK(doc.routine().regions.size() == 2);
        CHECK(doc.routine().preparation == QStringList {QStringLiteral("Sit upright.")});
    }
    SECTION("the safety note: written by hand, then filled from the red flags again")
    {
        const QString flags = doc.routine().safety;
        doc.setText(Field::Safety, QStringLiteral("Stop if it hurts."));
        CHECK_FALSE(doc.safetyFromRedFlags());
        // Now a new technique's red flags no longer change it.
        doc.setStepTechnique(1, QStringLiteral("trigger-point"));
        CHECK(doc.routine().safety == QStringLiteral("Stop if it hurts."));
        doc.fillSafetyFromRedFlags();
        CHECK(doc.safetyFromRedFlags());
        CHECK(doc.routine().safety != flags); // trigger point's red flags joined in
        undo.undo();
        CHECK(doc.routine().safety == QStringLiteral("Stop if it hurts."));
        undo.undo(); // the technique
        undo.undo(); // the hand-written note
        CHECK(doc.safetyFromRedFlags());
        CHECK(doc.routine().safety == flags);
    }
    SECTION("a step's field")
    {
        doc.setStepDuration(1, 45);
        doc.setStepText(1, StepField::Title, QStringLiteral("Knead slowly"));
        doc.setStepRest(1, 10);
        doc.setStepTools(1, {QStringLiteral("thumbs")});
        CHECK(doc.step(1).durationSeconds == 45);
        for (int i = 0; i < 4; ++i)
            undo.undo();
        CHECK(doc.step(1).durationSeconds == 60);
        CHECK(doc.step(1).title == QStringLiteral("Knead"));
        CHECK(doc.step(1).restSeconds == 0);
        CHECK(doc.step(1).tools.isEmpty());
        undo.redo();
        CHECK(doc.step(1).durationSeconds == 45);
    }
    SECTION("inserting and duplicating steps")
    {
        doc.insertStep(3, doc.newStep(QStringLiteral("effleurage")));
        doc.duplicateSteps({0, 2});
        INFO(titles(doc).join(QStringLiteral(" | ")).toStdString());
        CHECK(titles(doc)
            == QStringList {QStringLiteral("Warm up"), QStringLiteral("Warm up"), QStringLiteral("Knead"),
                QStringLiteral("Settle"), QStringLiteral("Settle"),
                content().technique(QStringLiteral("effleurage"))->name});
        undo.undo();
        CHECK(doc.stepCount() == 4);
        undo.undo();
        CHECK(
            titles(doc) == QStringList {QStringLiteral("Warm up"), QStringLiteral("Knead"), QStringLiteral("Settle")});
        undo.redo();
        CHECK(doc.stepCount() == 4);
    }
    SECTION("deleting several steps at once")
    {
        doc.removeSteps({2, 0});
        CHECK(titles(doc) == QStringList {QStringLiteral("Knead")});
        CHECK(undo.count() == 1);
        undo.undo();
        CHECK(
            titles(doc) == QStringList {QStringLiteral("Warm up"), QStringLiteral("Knead"), QStringLiteral("Settle")});
    }
    SECTION("moving a step, also as the list view's drag does it")
    {
        CHECK(doc.moveStep(0, 2));
        CHECK(
            titles(doc) == QStringList {QStringLiteral("Knead"), QStringLiteral("Settle"), QStringLiteral("Warm up")});
        // A drop of row 2 before row 0.
        CHECK(doc.moveRows({}, 2, 1, {}, 0));
        CHECK(
            titles(doc) == QStringList {QStringLiteral("Warm up"), QStringLiteral("Knead"), QStringLiteral("Settle")});
        undo.undo();
        undo.undo();
        CHECK(
            titles(doc) == QStringList {QStringLiteral("Warm up"), QStringLiteral("Knead"), QStringLiteral("Settle")});
        undo.redo();
        CHECK(
            titles(doc) == QStringList {QStringLiteral("Knead"), QStringLiteral("Settle"), QStringLiteral("Warm up")});
        CHECK_FALSE(doc.moveStep(0, 3));
    }
    SECTION("the technique, with the region and pressure that follow it")
    {
        doc.setStepTechnique(1, QStringLiteral("craniosacral-light-touch"));
        CHECK(doc.step(1).technique == QStringLiteral("craniosacral-light-touch"));
        CHECK(doc.step(1).pressure == Pressure::Light);
        CHECK(content().technique(QStringLiteral("craniosacral-light-touch"))->regions.contains(doc.step(1).region));
        undo.undo();
        CHECK(doc.step(1).technique == QStringLiteral("petrissage"));
        CHECK(doc.step(1).region == QStringLiteral("neck"));
        CHECK(doc.step(1).pressure == Pressure::Medium);
    }
    CHECK(doc.errorCount() == 0);
}

TEST_CASE("pressure stays inside the technique's range", "[editor]")
{
    RoutineDocument doc(content());
    openThreeSteps(doc);
    doc.setStepTechnique(0, QStringLiteral("craniosacral-light-touch"));
    const int before = doc.undoStack()->count();
    CHECK_FALSE(doc.setStepPressure(0, Pressure::Firm));
    CHECK(doc.step(0).pressure == Pressure::Light);
    CHECK(doc.undoStack()->count() == before);
    const Technique* deep = content().technique(QStringLiteral("deep-tissue"));
    REQUIRE(deep);
    doc.setStepTechnique(0, deep->id);
    CHECK(deep->pressure.contains(doc.step(0).pressure));
}

TEST_CASE("both sides: a right step and its mirrored left partner, linked until unlinked", "[editor][sides]")
{
    RoutineDocument doc(content());
    openThreeSteps(doc);
    QUndoStack& undo = *doc.undoStack();
    Motion motion;
    motion.pattern = MotionPattern::Circles;
    motion.points = {QPointF(0.2, 0.3), QPointF(0.15, 0.6)};
    doc.setStepMotion(1, motion);
    doc.setStepText(1, StepField::Instruction, QStringLiteral("Knead the muscle on the right of your neck."));
    doc.breakMerge();

    const int partner = doc.expandBothSides(1);
    REQUIRE(partner == 2);
    REQUIRE(doc.stepCount() == 4);
    CHECK(doc.partnerOf(1) == 2);
    CHECK(doc.partnerOf(2) == 1);
    CHECK(doc.step(1).side == Side::Right);
    CHECK(doc.step(2).side == Side::Left);
    CHECK(doc.step(1).title == QStringLiteral("Right side: Knead"));
    CHECK(doc.step(2).title == QStringLiteral("Left side: Knead"));
    CHECK(doc.step(2).instruction == QStringLiteral("Knead the muscle on the left of your neck."));
    REQUIRE(doc.step(2).motion);
    CHECK(doc.step(2).motion->points == QList<QPointF> {QPointF(0.8, 0.3), QPointF(0.85, 0.6)});
    CHECK(doc.index(1).data(Qt::DisplayRole).toString().contains(QStringLiteral("linked with step 3")));
    CHECK(doc.index(2).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Step 3 of 4")));
    CHECK(doc.errorCount() == 0);

    // Editing either side edits both, each in its own terms.
    doc.setStepDuration(2, 45);
    CHECK(doc.step(1).durationSeconds == 45);
    doc.setStepText(1, StepField::Title, QStringLiteral("Right neck: knead"));
    CHECK(doc.step(2).title == QStringLiteral("Left neck: knead"));
    motion.points = {QPointF(0.1, 0.5)};
    doc.setStepMotion(2, motion); // given on the left
    CHECK(doc.step(1).motion->points == QList<QPointF> {QPointF(0.9, 0.5)});
    doc.setStepCues(1, {Cue {20, QStringLiteral("Drop your right shoulder.")}});
    REQUIRE(doc.step(2).cues.size() == 1);
    CHECK(doc.step(2).cues.first().say == QStringLiteral("Drop your left shoulder."));
    CHECK(doc.step(1).side == Side::Right); // the side is the one thing not copied

    SECTION("unlinked, each side is edited alone; undo links them again")
    {
        doc.unlink(2);
        CHECK(doc.partnerOf(1) == -1);
        doc.setStepDuration(1, 30);
        CHECK(doc.step(2).durationSeconds == 45);
        undo.undo(); // the duration
        undo.undo(); // the unlink
        CHECK(doc.partnerOf(1) == 2);
        doc.setStepDuration(1, 30);
        CHECK(doc.step(2).durationSeconds == 30);
    }
    SECTION("choosing one side unlinks the pair")
    {
        doc.setStepSide(2, Side::None);
        CHECK(doc.partnerOf(1) == -1);
        CHECK(doc.step(2).side == Side::None);
        CHECK(doc.step(1).side == Side::Right);
        undo.undo();
        CHECK(doc.partnerOf(1) == 2);
        CHECK(doc.step(2).side == Side::Left);
    }
    SECTION("deleting one side leaves the other alone; undo brings the link back")
    {
        doc.removeSteps({1});
        CHECK(doc.partnerOf(1) == -1);
        undo.undo();
        CHECK(doc.partnerOf(1) == 2);
    }
    SECTION("undoing the expansion is one step back to the single step")
    {
        for (int i = 0; i < 4; ++i)
            undo.undo();
        undo.undo(); // the expansion, as one
        REQUIRE(doc.stepCount() == 3);
        CHECK(doc.step(1).title == QStringLiteral("Knead"));
        CHECK(doc.step(1).side == Side::None);
        CHECK(doc.partnerOf(1) == -1);
    }
    SECTION("a saved pair is linked again when the routine is opened")
    {
        const Routine saved = doc.routine();
        RoutineDocument again(content());
        again.open(saved, RoutineDocument::Origin::Own, false);
        CHECK(again.partnerOf(1) == 2);
        // A pair edited apart after unlinking stays apart.
        doc.unlink(1);
        doc.setStepDuration(1, 20);
        again.open(doc.routine(), RoutineDocument::Origin::Own, false);
        CHECK(again.partnerOf(1) == -1);
    }
}

TEST_CASE("a left step gets its right partner before it", "[editor][sides]")
{
    RoutineDocument doc(content());
    openThreeSteps(doc);
    doc.setStepSide(0, Side::Left);
    const int partner = doc.expandBothSides(0);
    CHECK(partner == 0);
    CHECK(doc.step(0).side == Side::Right);
    CHECK(doc.step(1).side == Side::Left);
    CHECK(doc.step(1).title == QStringLiteral("Left side: Warm up"));
    CHECK(doc.step(0).title == QStringLiteral("Right side: Warm up"));
    CHECK(doc.partnerOf(0) == 1);
}

TEST_CASE("side words swap whole words only, keeping their case", "[editor][sides]")
{
    CHECK(mirrorSideWords(QStringLiteral("Right jaw: circles")) == QStringLiteral("Left jaw: circles"));
    CHECK(mirrorSideWords(QStringLiteral("left hand on the RIGHT knee, then leftovers"))
        == QStringLiteral("right hand on the LEFT knee, then leftovers"));
    CHECK(mirrorSideWords(QStringLiteral("Brightly")) == QStringLiteral("Brightly"));
}

TEST_CASE(
    "German side words swap with their endings, and a German side title gets no second side prefix", "[editor][sides]")
{
    CHECK(mirrorSideWords(QStringLiteral("Linke Schläfe: Kreise am linken Ohr, dann links ausstreichen"))
        == QStringLiteral("Rechte Schläfe: Kreise am rechten Ohr, dann rechts ausstreichen"));
    CHECK(mirrorSideWords(QStringLiteral("RECHTER Arm, rechtes Bein, mit rechtem Daumen"))
        == QStringLiteral("LINKER Arm, linkes Bein, mit linkem Daumen"));
    CHECK(mirrorSideWords(QStringLiteral("Linksherum und rechteckig")) == QStringLiteral("Linksherum und rechteckig"));

    RoutineDocument doc(content());
    openThreeSteps(doc);
    doc.setStepText(0, StepField::Title, QStringLiteral("Linke Schläfe"));
    doc.setStepSide(0, Side::Left);
    doc.expandBothSides(0);
    CHECK(doc.step(0).title == QStringLiteral("Rechte Schläfe"));
    CHECK(doc.step(1).title == QStringLiteral("Linke Schläfe"));
}

TEST_CASE("the loader's problems are placed at the field they concern", "[editor][validation]")
{
    RoutineDocument doc(content());
    openThreeSteps(doc);
    REQUIRE(doc.errorCount() == 0);

    doc.setStepText(2, StepField::Title, QString());
    REQUIRE(doc.problemsAt(2, QStringLiteral("title")).size() == 1);
    CHECK(doc.problemsAt(2, QStringLiteral("title")).first().path == QStringLiteral("steps[2].title"));
    CHECK(doc.problemsAt(2, QStringLiteral("title")).first().sentence() == QStringLiteral("Must not be empty."));
    CHECK(doc.index(2).data(RoutineDocument::HasErrorRole).toBool());
    CHECK(doc.index(2)
              .data(Qt::AccessibleTextRole)
              .toString()
              .contains(QStringLiteral("1 problem(s): Must not be empty.")));
    CHECK_FALSE(doc.canStart());

    doc.setStepCues(0, {Cue {70, QStringLiteral("Slower.")}});
    REQUIRE(doc.problemsAt(0, QStringLiteral("cues")).size() == 1);
    CHECK(doc.problemsAt(0, QStringLiteral("cues")).first().path == QStringLiteral("steps[0].cues[0].at"));
    CHECK(doc.problemsAt(0, QStringLiteral("cues")).first().message.contains(QStringLiteral("from 1 to 59")));

    doc.setStepTechnique(1, QStringLiteral("petrisage"));
    REQUIRE(doc.problemsAt(1, QStringLiteral("technique")).size() == 1);
    CHECK(doc.problemsAt(1, QStringLiteral("technique"))
              .first()
              .message.contains(QStringLiteral("Did you mean petrissage")));

    doc.setText(Field::Name, QString(81, QLatin1Char('n')));
    REQUIRE(doc.problemsAt(-1, QStringLiteral("name")).size() == 1);
    CHECK(doc.problemsAt(-1, QStringLiteral("name"))
              .first()
              .message.contains(QStringLiteral("at most 80 are allowed here (1 too many)")));

    // A warning is shown but does not stop the routine: a region the steps do not need.
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    REQUIRE(doc.errorCount() == 0);
    doc.setRegions({QStringLiteral("neck"), QStringLiteral("neck")});
    CHECK(doc.problemsAt(-1, QStringLiteral("regions")).size() == 1);
    CHECK(doc.problemsAt(-1, QStringLiteral("regions")).first().severity == Diagnostic::Severity::Warning);
    CHECK(doc.canStart());
}

TEST_CASE("a still step has no region, and a step with a motion needs one", "[editor][validation]")
{
    RoutineDocument doc(content());
    openThreeSteps(doc);
    Step rest = doc.newStep(QStringLiteral("rest-and-breathe"));
    rest.region.clear();
    rest.motion.reset();
    rest.title = QStringLiteral("Hands at rest");
    doc.insertStep(3, rest);
    INFO(problemText(doc).toStdString());
    REQUIRE(doc.errorCount() == 0);
    CHECK_FALSE(doc.toJson().contains("\"region\": \"\""));
    REQUIRE(doc.checkedRoutine());
    CHECK(doc.checkedRoutine()->steps[3].region.isEmpty());

    // Another technique keeps the step still: no region is made up, no motion suggested.
    doc.setStepTechnique(3, QStringLiteral("effleurage"));
    CHECK(doc.step(3).region.isEmpty());
    CHECK_FALSE(doc.step(3).motion);

    // A motion is drawn on a region: without one, the loader's error is at the motion.
    doc.setStepMotion(3, Motion {});
    REQUIRE(doc.problemsAt(3, QStringLiteral("motion")).size() == 1);
    CHECK(doc.problemsAt(3, QStringLiteral("motion"))
              .first()
              .message.contains(QStringLiteral("give the step a \"region\"")));
    CHECK_FALSE(doc.canStart());
    doc.setStepRegion(3, QStringLiteral("neck"));
    CHECK(doc.errorCount() == 0);
    doc.undoStack()->undo();
    CHECK(doc.errorCount() == 1);
}

TEST_CASE("every bundled routine is written back in the documented format and reads the same", "[editor][format]")
{
    for (const Routine& routine : content().routines()) {
        INFO(routine.id.toStdString());
        const QByteArray text = RoutineJson::write(routine);
        const ContentLoader::RoutineCheck check
            = ContentLoader::checkRoutine(text, routine.id + QStringLiteral(".json"), content());
        INFO(dump(check.diagnostics).toStdString());
        CHECK(check.diagnostics.isEmpty());
        REQUIRE(check.routine);
        CHECK(sameRoutine(*check.routine, routine));
    }
    // Readable: field order of the format, small lists and motions on one line.
    const QByteArray jaw = RoutineJson::write(*content().routine(QStringLiteral("jaw-and-temples")));
    CHECK(jaw.startsWith("{\n  \"id\": \"jaw-and-temples\",\n  \"name\": "));
    CHECK(jaw.contains("\"regions\": [\"face\", \"head\"],"));
    CHECK(
        jaw.contains("\"motion\": { \"pattern\": \"circles\", \"points\": [[0.1, 0.6], [0.12, 0.7]], \"period\": 3 }"));
    CHECK(jaw.indexOf("\"title\"") < jaw.indexOf("\"instruction\""));
}

TEST_CASE("a draft with mistakes reads back as it was left", "[editor][format]")
{
    Routine r;
    r.id = QStringLiteral("half-done");
    r.name = QString();
    Step s;
    s.title = QStringLiteral("A step");
    s.technique = QStringLiteral("no-such-technique");
    s.cues = {Cue {90, QStringLiteral("Too late.")}};
    s.durationSeconds = 30;
    r.steps = {s};
    const auto back = RoutineJson::readLenient(RoutineJson::write(r));
    REQUIRE(back);
    CHECK(sameRoutine(*back, r));
}
