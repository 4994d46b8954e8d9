// SPDX-License-Identifier: MIT
// A pack written by hand from content/FORMAT.md, as a massage therapist would write one, with
// the usual mistakes: a trailing comma, curly quotes from a word processor, "90s" as a
// duration, a typo in a technique id and an instruction of 1,200 characters. `knead
// --validate` must name each one where it is, in plain words, in the documented
// file:line:column: severity: field: message form.
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace knead::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real binary, with no display and an empty data folder: no installed pack of this
// machine's user changes what is checked.
Run validate(const QString& pack, const QString& dataHome)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KNEAD_BINARY), {QStringLiteral("--validate"), pack});
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

// "file:line:column" of the first occurrence of `marker` (plus `offset` bytes) in `text`,
// computed independently of Knead.
QString at(const QString& file, const QByteArray& text, const QByteArray& marker, int offset = 0)
{
    const qsizetype index = text.indexOf(marker);
    REQUIRE(index >= 0);
    const QByteArray before = text.left(index + offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

const QByteArray kManifest = R"({ "format": 1, "id": "physio-anna", "name": "Anna's routines", "language": "en" }
)";

// Written from the example in FORMAT.md; the comma after the last preparation item is the slip.
const QByteArray kTrailingComma = R"({
  "id": "evening-neck",
  "name": "Evening neck",
  "summary": "Slow strokes for the back of the neck.",
  "regions": ["neck"],
  "preparation": [
    "Sit upright in a chair.",
    "Warm your hands.",
  ],
  "safety": "Work only on the back of the neck.",
  "steps": []
}
)";

// Pasted from a word processor, which turned the straight quotes of the name curly.
const QByteArray kSmartQuotes = R"({
  "id": "shoulders",
  "name": )"
                                "\xE2\x80\x9C"
                                "Shoulders after work"
                                "\xE2\x80\x9D"
                                R"(,
  "summary": "Kneading for the tops of the shoulders."
}
)";

} // namespace

TEST_CASE("a therapist's hand-written pack: each mistake named where it is, in plain words", "[cli][authoring]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("anna"));
    writeFile(root + QStringLiteral("/pack.json"), kManifest);
    writeFile(root + QStringLiteral("/routines/evening-neck.json"), kTrailingComma);
    writeFile(root + QStringLiteral("/routines/shoulders.json"), kSmartQuotes);
    // One routine with three steps, each with its own slip.
    const QByteArray longInstruction = QByteArray("Press slowly into the calf and release. ").repeated(30);
    REQUIRE(longInstruction.size() == 1200);
    const QByteArray calves = R"({
  "id": "calves",
  "name": "Calves after a run",
  "summary": "Strokes and pressure for tired calves.",
  "regions": ["calves"],
  "preparation": ["Sit on the floor with your legs out."],
  "safety": "Stop if a calf is swollen, warm or red.",
  "steps": [
    {
      "title": "Warm the calves",
      "instruction": "Long strokes from the ankle up to the knee.",
      "duration": "90s",
      "technique": "effleurage",
      "region": "calves",
      "side": "both",
      "pressure": "light"
    },
    {
      "title": "Press the tight spots",
      "instruction": "Find a tender spot and hold it.",
      "duration": 30,
      "technique": "trigger-piont",
      "region": "calves",
      "side": "none",
      "pressure": "medium"
    },
    {
      "title": "Slow pressure",
      "instruction": ")"
        + longInstruction + R"(",
      "duration": 60,
      "technique": "trigger-point",
      "region": "calves",
      "side": "none",
      "pressure": "medium"
    }
  ]
}
)";
    writeFile(root + QStringLiteral("/routines/calves.json"), calves);
    QTemporaryDir dataHome;

    const Run run = validate(root, dataHome.path());
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    const QString routines = root + QStringLiteral("/routines/");
    const QStringList expected {
        // The comma itself, with the line it is on.
        at(routines + QStringLiteral("evening-neck.json"), kTrailingComma, "\"Warm your hands.\",", 18)
            + QStringLiteral(
                ": error: -: remove the comma after the last item (line 8): JSON does not allow a comma before ]"),
        at(routines + QStringLiteral("shoulders.json"), kSmartQuotes, "\xE2\x80\x9C")
            + QStringLiteral(": error: -: curly quotes (“ ” or ‘ ’) are not JSON quotes; use straight double quotes \" "
                             "(word processors and some editors change them)"),
        at(routines + QStringLiteral("calves.json"), calves, "\"duration\": \"90s\"")
            + QStringLiteral(
                ": error: steps[0].duration: write the seconds as a plain number, without quotes or a unit: "
                "\"duration\": 90 instead of \"90s\" (whole seconds from 1 to 3600, or \"untimed\")"),
        at(routines + QStringLiteral("calves.json"), calves, "\"technique\": \"trigger-piont\"")
            + QStringLiteral(
                ": error: steps[1].technique: no technique has the id \"trigger-piont\" (or it has errors). "
                "Did you mean trigger-point?"),
        at(routines + QStringLiteral("calves.json"), calves, "\"instruction\": \"Press slowly")
            + QStringLiteral(
                ": error: steps[2].instruction: is 1200 characters long; at most 1000 are allowed here (200 too many)"),
    };
    for (const QString& line : expected) {
        INFO(line.toStdString());
        CHECK(run.out.contains(line + QLatin1Char('\n')));
    }
    // Those five and nothing else: no JSON library wording, no second guess at the same slip.
    CHECK(run.out.count(QLatin1Char('\n')) == expected.size());
    CHECK_FALSE(run.out.contains(QStringLiteral("parse error")));
    CHECK_FALSE(run.out.contains(QStringLiteral("syntax error while parsing")));
    CHECK(run.err.contains(QStringLiteral("Checked on top of: bundled")));
    CHECK(run.err.contains(QStringLiteral("5 errors, 0 warnings")));

    // Once fixed as the messages say, the pack validates with no problem.
    QByteArray fixedCalves = calves;
    fixedCalves.replace("\"duration\": \"90s\"", "\"duration\": 90");
    fixedCalves.replace("trigger-piont", "trigger-point");
    fixedCalves.replace(longInstruction, longInstruction.left(40));
    writeFile(root + QStringLiteral("/routines/calves.json"), fixedCalves);
    QByteArray fixedNeck = kTrailingComma;
    fixedNeck.replace("\"Warm your hands.\",", "\"Warm your hands.\"");
    fixedNeck.replace("\"steps\": []",
        "\"steps\": [ { \"title\": \"Strokes\", \"instruction\": \"Stroke down the back of the neck.\", "
        "\"duration\": 60, \"technique\": \"effleurage\", \"region\": \"neck\", \"side\": \"none\", "
        "\"pressure\": \"light\" } ]");
    writeFile(root + QStringLiteral("/routines/evening-neck.json"), fixedNeck);
    QFile::remove(root + QStringLiteral("/routines/shoulders.json"));
    const Run fixed = validate(root, dataHome.path());
    INFO(fixed.out.toStdString() << fixed.err.toStdString());
    CHECK(fixed.exitCode == 0);
    CHECK(fixed.out.isEmpty());
}

TEST_CASE("--help names the message form and the user pack folder", "[cli][authoring]")
{
    QProcess process;
    process.start(QStringLiteral(KNEAD_BINARY), {QStringLiteral("--help")});
    REQUIRE(process.waitForFinished(60000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    CHECK(help.contains(QStringLiteral("file:line:column: severity: field: message")));
    CHECK(help.contains(QStringLiteral("(field is - when the problem is not in one field)")));
    CHECK(help.contains(QStringLiteral("XDG_DATA_HOME")));
}
