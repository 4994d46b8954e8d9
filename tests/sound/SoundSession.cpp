// SPDX-License-Identifier: MIT
// Runs one routine through the real sound path, as main() builds it: Settings, the
// SessionController on the steady clock, AudioCues and the knead_audio module (Qt Multimedia
// and Qt TextToSpeech), to whatever sound server the environment names. What happened, and
// when on the monotonic clock (CLOCK_MONOTONIC, as Python's time.monotonic()), is printed as
// one JSON object per line, so that a recording of the server's output can be checked
// against it (tests/sound/sound_session_test.py) and timed (tests/bench/bench.py).
//
// Not the knead binary: driving its window by synthetic keys under Xvfb is not reliable
// enough to time pauses to the words, and the product binary keeps no test hooks. The
// widgets add nothing to what is heard.
//
//   knead_sound_session --pack DIR --routine ID [--config DIR] [--voice on|off]
//       [--step-speech instruction|title|nothing] [--voice-volume N] [--chime-volume N]
//       [--lead-in S] [--pause-at MS --resume-at MS] [--stop-at MS] [--linger MS]
//   Times are from the session's start. Pauses and stops may instead be tied to the words:
//   --pause-in-words STEP (pause 800 ms into the words of STEP) with --pause-for MS.
//   --language de shows (and speaks) the pack's translation, as Knead does for a German user.
//   --linger: how long it runs on after the session ends (3500 ms, for the last words).
//   --measure-quiet MS: instead, 2.5 s after the session ends, counts each thread's
//   wake-ups (context switches) over MS and prints them, then quits.
#include "AudioCues.h"
#include "Clock.h"
#include "ContentLoader.h"
#include "Journal.h"
#include "SessionController.h"
#include "SessionStore.h"
#include "Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace knead;

namespace {

const SteadyClock steadyClock; // CLOCK_MONOTONIC

void emitEvent(QJsonObject event)
{
    event.insert(QStringLiteral("t"), double(steadyClock.nowMs()));
    std::fputs(QJsonDocument(event).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString kindName(SessionEngine::CueKind kind)
{
    switch (kind) {
    case SessionEngine::CueKind::LeadIn:
        return QStringLiteral("lead-in");
    case SessionEngine::CueKind::StepStart:
        return QStringLiteral("step-start");
    case SessionEngine::CueKind::SwitchSides:
        return QStringLiteral("switch-sides");
    case SessionEngine::CueKind::StepCue:
        return QStringLiteral("step-cue");
    case SessionEngine::CueKind::Halfway:
        return QStringLiteral("halfway");
    case SessionEngine::CueKind::RestStart:
        return QStringLiteral("rest-start");
    case SessionEngine::CueKind::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

// Context switches of each of this process's threads, by thread id: what woke it, so far.
struct ThreadSwitches
{
    QString name;
    qint64 switches = 0;
};

QMap<QString, ThreadSwitches> threadSwitches()
{
    QMap<QString, ThreadSwitches> out;
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& tid : tasks) {
        QFile status(QStringLiteral("/proc/self/task/%1/status").arg(tid));
        if (!status.open(QIODevice::ReadOnly))
            continue; // ended meanwhile
        ThreadSwitches thread;
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("Name:"))
                thread.name = QString::fromUtf8(line.mid(5).trimmed());
            else if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:"))
                thread.switches += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
        out.insert(tid, thread);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption pack(
        QStringLiteral("pack"), QStringLiteral("Content pack folder."), QStringLiteral("dir"));
    const QCommandLineOption routineId(QStringLiteral("routine"), QStringLiteral("Routine id."), QStringLiteral("id"));
    const QCommandLineOption config(
        QStringLiteral("config"), QStringLiteral("Folder for settings and journal."), QStringLiteral("dir"));
    const QCommandLineOption voice(
        QStringLiteral("voice"), QStringLiteral("on or off."), QStringLiteral("on|off"), QStringLiteral("on"));
    const QCommandLineOption stepSpeech(QStringLiteral("step-speech"), QStringLiteral("instruction, title or nothing."),
        QStringLiteral("what"), QStringLiteral("instruction"));
    const QCommandLineOption voiceVolume(
        QStringLiteral("voice-volume"), QStringLiteral("0..100."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption chimeVolume(
        QStringLiteral("chime-volume"), QStringLiteral("0..100."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption leadIn(
        QStringLiteral("lead-in"), QStringLiteral("Seconds."), QStringLiteral("s"), QStringLiteral("0"));
    const QCommandLineOption pauseAt(
        QStringLiteral("pause-at"), QStringLiteral("ms from start."), QStringLiteral("ms"));
    const QCommandLineOption resumeAt(
        QStringLiteral("resume-at"), QStringLiteral("ms from start."), QStringLiteral("ms"));
    const QCommandLineOption pauseInWords(QStringLiteral("pause-in-words"),
        QStringLiteral("Pause 800 ms into this step's words."), QStringLiteral("step"));
    const QCommandLineOption pauseFor(
        QStringLiteral("pause-for"), QStringLiteral("ms."), QStringLiteral("ms"), QStringLiteral("2500"));
    const QCommandLineOption stopAt(QStringLiteral("stop-at"), QStringLiteral("ms from start."), QStringLiteral("ms"));
    const QCommandLineOption linger(QStringLiteral("linger"), QStringLiteral("ms it runs on after the session ends."),
        QStringLiteral("ms"), QStringLiteral("3500"));
    const QCommandLineOption measureQuiet(QStringLiteral("measure-quiet"),
        QStringLiteral("ms of wake-ups counted 2.5 s after the session ends."), QStringLiteral("ms"));
    const QCommandLineOption stopInCountdown(QStringLiteral("stop-in-countdown"),
        QStringLiteral("Stop 1 s into this step's countdown."), QStringLiteral("step"));
    const QCommandLineOption language(QStringLiteral("language"),
        QStringLiteral("Content language, e.g. de (default: the pack's own)."), QStringLiteral("code"));
    parser.addOptions({pack, routineId, config, voice, stepSpeech, voiceVolume, chimeVolume, leadIn, pauseAt, resumeAt,
        pauseInWords, pauseFor, stopAt, linger, measureQuiet, stopInCountdown, language});
    parser.addHelpOption();
    parser.process(app);

    LoadOptions options;
    if (parser.isSet(language))
        options.languages = {parser.value(language)};
    const LoadResult loaded = ContentLoader::load({{parser.value(pack), parser.value(pack)}}, options);
    const Routine* routine = loaded.content.routine(parser.value(routineId));
    if (!routine) {
        QTextStream(stderr) << "no routine " << parser.value(routineId) << " in " << parser.value(pack) << "\n";
        return 2;
    }
    // As MainWindow::languageOf: the language the routine is shown in.
    QString spokenLanguage = routine->language;
    for (const PackInfo& info : loaded.content.packs())
        spokenLanguage = spokenLanguage.isEmpty() && info.id == routine->packId ? info.language : spokenLanguage;

    QTemporaryDir temporary;
    const QString folder = parser.isSet(config) ? parser.value(config) : temporary.path();
    Settings settings(folder + QStringLiteral("/knead.conf"));
    settings.setVoiceEnabled(parser.value(voice) == QLatin1String("on"));
    settings.setStepSpeech(parser.value(stepSpeech) == QLatin1String("title") ? Settings::StepSpeech::Title
            : parser.value(stepSpeech) == QLatin1String("nothing")            ? Settings::StepSpeech::Nothing
                                                                              : Settings::StepSpeech::Instruction);
    settings.setVoiceVolume(parser.value(voiceVolume).toInt());
    settings.setChimeVolume(parser.value(chimeVolume).toInt());
    settings.setLeadInSeconds(parser.value(leadIn).toInt());
    settings.setChimeEnabled(true);
    settings.setTicksEnabled(false);
    Journal journal(folder + QStringLiteral("/journal.json"));
    journal.load();
    SessionStore store(folder + QStringLiteral("/session.json"));
    AudioCues cues(settings, {QStringLiteral(KNEAD_AUDIO_MODULE_FILE)});
    cues.setLanguage(spokenLanguage);
    SessionController session(settings, journal, store, steadyClock, cues);

    QObject::connect(&cues, &CueOutput::unavailable, [](const QString& message) {
        emitEvent({{QStringLiteral("event"), QStringLiteral("unavailable")}, {QStringLiteral("message"), message}});
    });
    QObject::connect(&cues, &CueOutput::speechFinished, [] {
        emitEvent({{QStringLiteral("event"), QStringLiteral("speech-finished")}});
    });

    int lastPhase = -1;
    bool wasAnnouncing = false;
    qint64 sessionStart = 0;
    const auto after = [&](qint64 ms, auto what) {
        QTimer::singleShot(
            int(std::max<qint64>(0, sessionStart + ms - steadyClock.nowMs())), Qt::PreciseTimer, &app, what);
    };
    QObject::connect(&session, &SessionController::updated, [&] {
        SessionEngine* e = session.engine();
        if (!e || !e->isActive())
            return;
        if (e->phaseIndex() != lastPhase) {
            lastPhase = e->phaseIndex();
            // Reported once the engine has entered the phase entirely: its opening words are
            // said after the first update of a new phase.
            QTimer::singleShot(0, &app, [&] {
                SessionEngine* entered = session.engine();
                if (!entered || !entered->isActive())
                    return;
                // The planned start: the previous deadline, whenever the wake-up came.
                const qint64 since
                    = entered->isAnnouncing() ? entered->announcementElapsedMs() : entered->phaseElapsedMs();
                const SessionSnapshot snap = entered->snapshot();
                const QString kind = snap.phase == SessionSnapshot::Phase::LeadIn ? QStringLiteral("lead-in")
                    : snap.phase == SessionSnapshot::Phase::Rest                  ? QStringLiteral("rest")
                                                                                  : QStringLiteral("step");
                emitEvent({{QStringLiteral("event"), QStringLiteral("phase")}, {QStringLiteral("kind"), kind},
                    {QStringLiteral("step"), entered->stepIndex()},
                    {QStringLiteral("planned"), double(steadyClock.nowMs() - since)},
                    {QStringLiteral("announcing"), entered->isAnnouncing()},
                    {QStringLiteral("paused"), entered->isPaused()}});
                wasAnnouncing = entered->isAnnouncing();
                if (!entered->isAnnouncing() && !entered->isPaused() && parser.isSet(stopInCountdown)
                    && entered->stepIndex() == parser.value(stopInCountdown).toInt() && kind == QLatin1String("step"))
                    after(steadyClock.nowMs() - sessionStart + 1000, [&] { session.stop(); });
                if (entered->isAnnouncing() && parser.isSet(pauseInWords)
                    && entered->stepIndex() == parser.value(pauseInWords).toInt() && kind == QLatin1String("step")) {
                    const qint64 pauseMs = steadyClock.nowMs() - sessionStart + 800;
                    after(pauseMs, [&] { session.pause(); });
                    after(pauseMs + parser.value(pauseFor).toLongLong(), [&] { session.resume(); });
                }
            });
            return;
        }
        if (wasAnnouncing && !e->isAnnouncing() && !e->isPaused()) {
            wasAnnouncing = false;
            emitEvent({{QStringLiteral("event"), QStringLiteral("countdown")}, {QStringLiteral("step"), e->stepIndex()},
                {QStringLiteral("planned"), double(steadyClock.nowMs() - e->phaseElapsedMs())}});
            if (parser.isSet(stopInCountdown) && e->stepIndex() == parser.value(stopInCountdown).toInt())
                after(steadyClock.nowMs() - sessionStart + 1000, [&] { session.stop(); });
        } else if (e->isAnnouncing()) {
            wasAnnouncing = true;
        }
    });
    QObject::connect(&session, &SessionController::sessionChanged, [&] {
        SessionEngine* e = session.engine();
        QObject::connect(e, &SessionEngine::cueTriggered, [](const SessionEngine::Cue& cue) {
            emitEvent({{QStringLiteral("event"), QStringLiteral("cue")}, {QStringLiteral("kind"), kindName(cue.kind)},
                {QStringLiteral("step"), cue.step}, {QStringLiteral("repeat"), cue.repeat}});
        });
        QObject::connect(e, &SessionEngine::stateChanged, [](SessionEngine::State state) {
            const QString name = state == SessionEngine::State::Paused ? QStringLiteral("paused")
                : state == SessionEngine::State::Stopped               ? QStringLiteral("stopped")
                : state == SessionEngine::State::Finished              ? QStringLiteral("finished")
                                                                       : QString();
            if (!name.isEmpty())
                emitEvent({{QStringLiteral("event"), name}});
        });
    });
    QMap<QString, ThreadSwitches> quietFrom;
    QObject::connect(&session, &SessionController::ended, [&] {
        if (!parser.isSet(measureQuiet)) {
            // By default long enough for "Session complete." to be heard and recorded.
            QTimer::singleShot(parser.value(linger).toInt(), &app, &QCoreApplication::quit);
            return;
        }
        const int span = parser.value(measureQuiet).toInt();
        QTimer::singleShot(2500, &app, [&, span] {
            quietFrom = threadSwitches();
            QTimer::singleShot(span, &app, [&, span] {
                const QMap<QString, ThreadSwitches> to = threadSwitches();
                QJsonObject threads;
                qint64 total = 0;
                for (auto it = to.begin(); it != to.end(); ++it) {
                    const qint64 woke = it->switches - quietFrom.value(it.key()).switches;
                    total += woke;
                    if (woke > 0)
                        threads.insert(QStringLiteral("%1 %2").arg(it.key(), it->name), double(woke));
                }
                emitEvent({{QStringLiteral("event"), QStringLiteral("quiet")}, {QStringLiteral("ms"), span},
                    {QStringLiteral("per_second"), total * 1000.0 / span}, {QStringLiteral("threads"), threads}});
                QCoreApplication::quit();
            });
        });
    });

    cues.prepare();
    emitEvent(
        {{QStringLiteral("event"), QStringLiteral("audio")}, {QStringLiteral("engine"), cues.currentSpeechEngine()},
            {QStringLiteral("voice"), cues.currentVoice()}, {QStringLiteral("problem"), cues.problem()}});
    // The module and its sounds are loaded; a moment for the sound server's streams to open.
    QTimer::singleShot(700, &app, [&] {
        sessionStart = steadyClock.nowMs();
        emitEvent({{QStringLiteral("event"), QStringLiteral("start")}});
        session.start(*routine, {});
        if (parser.isSet(pauseAt)) {
            after(parser.value(pauseAt).toLongLong(), [&] { session.pause(); });
            if (parser.isSet(resumeAt))
                after(parser.value(resumeAt).toLongLong(), [&] { session.resume(); });
        }
        if (parser.isSet(stopAt))
            after(parser.value(stopAt).toLongLong(), [&] { session.stop(); });
    });
    // Never hangs a test: a routine of the test pack is well under two minutes.
    QTimer::singleShot(240000, &app, [] { QCoreApplication::exit(3); });
    return app.exec();
}
