// SPDX-License-Identifier: MIT
// Countdown accuracy with the real clock: runs a routine through the real SessionController
// (its one timer and scheduling) shown on the real PlayerPage, on the offscreen platform, and
// records, for every step start and the end, how late the cue came against the plan computed
// from the start time.
#include "CueOutput.h"
#include "Journal.h"
#include "PlayerPage.h"
#include "SessionController.h"
#include "SessionEngine.h"
#include "SessionStore.h"
#include "Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

class TimingCues final : public knead::CueOutput
{
public:
    explicit TimingCues(const knead::Clock& clock)
        : m_clock(clock)
    { }
    void prepare() override { }
    void tick() override { }
    void silence() override { }
    bool isSpeaking() const override { return false; }
    void cue(const knead::SessionEngine::Cue& cue) override
    {
        using Kind = knead::SessionEngine::CueKind;
        if (cue.kind == Kind::StepStart || cue.kind == Kind::Finished)
            times.append(m_clock.nowMs());
    }
    QList<qint64> times;

private:
    const knead::Clock& m_clock;
};

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("steps"), QStringLiteral("Number of steps."), QStringLiteral("N"), QStringLiteral("12")});
    parser.addOption(
        {QStringLiteral("seconds"), QStringLiteral("Seconds per step."), QStringLiteral("S"), QStringLiteral("5")});
    parser.process(app);
    const int steps = parser.value(QStringLiteral("steps")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();

    knead::Content content;
    knead::Routine routine;
    routine.id = QStringLiteral("bench");
    routine.name = QStringLiteral("Benchmark");
    for (int i = 0; i < steps; ++i) {
        knead::Step s;
        s.title = QStringLiteral("Step %1").arg(i + 1);
        s.instruction = QStringLiteral("Small circles.");
        s.durationSeconds = seconds;
        s.technique = QStringLiteral("t");
        s.region = QStringLiteral("head");
        routine.steps.append(s);
    }
    // User data in a scratch folder; no lead-in and no voice, so steps start on the plan.
    QTemporaryDir dir;
    knead::Settings settings(dir.filePath(QStringLiteral("knead.conf")));
    settings.setLeadInSeconds(0);
    settings.setVoiceEnabled(false);
    knead::Journal journal(dir.filePath(QStringLiteral("journal")));
    knead::SessionStore store(dir.filePath(QStringLiteral("session.json")));
    const knead::SteadyClock clock;
    TimingCues cues(clock);
    knead::SessionController session(settings, journal, store, clock, cues);
    knead::PlayerPage page(content, session);
    page.resize(900, 700);
    page.show();
    QObject::connect(
        &session, &knead::SessionController::ended, &app, [&app] { QTimer::singleShot(0, &app, &QApplication::quit); });
    const qint64 t0 = clock.nowMs();
    session.start(routine, {});
    app.exec();

    // times[0] is the first step's start at t0; times[i] should be t0 + i * seconds.
    qint64 worst = 0;
    for (int i = 1; i < cues.times.size(); ++i)
        worst = std::max(worst, std::abs(cues.times[i] - (t0 + qint64(i) * seconds * 1000)));
    const qint64 finalError = cues.times.isEmpty() ? -1 : cues.times.last() - (t0 + qint64(steps) * seconds * 1000);
    std::printf("{\"steps\": %d, \"seconds\": %d, \"events\": %lld, \"worst_ms\": %lld, \"final_ms\": %lld}\n", steps,
        seconds, static_cast<long long>(cues.times.size()), static_cast<long long>(worst),
        static_cast<long long>(finalError));
    return cues.times.size() == steps + 1 ? 0 : 1;
}
