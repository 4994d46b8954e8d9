# SPDX-License-Identifier: MIT
"""End-to-end: the sound-check routine (3 steps, a "switch sides", a cue) through the real
sound path to a private PulseAudio server with a null sink, its monitor recorded with parec.
From the recording: a chime at each step's start, the voice between a step's start and its
countdown, the halfway sound unlike the chime, silence while paused and after stop, and the
volume settings changing the level. Then a chime at each of 16 short steps, and the bundled
scalp routine in German: spoken by speech-dispatcher's German voice (flite has none), the
countdown waiting for the words. Last, the process is quiet once words and session are over.

The server is the one scripts/test.sh started (KNEAD_TEST_PULSE_RUNTIME), or one of its own.
Exit 77 (skipped) only when pulseaudio is not installed, and never under CI=true; anything
else that goes wrong, starting the server included, fails.
"""
import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import soundcheck  # noqa: E402

failures = []


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok:
        failures.append(what)


def chime_in_time(late):
    """Whether a chime's onset, late ms after the planned step start, is where it belongs."""
    return late is not None and -20 <= late <= 150


def words_then_countdown(events, rec, step, start, min_words_ms, label=""):
    """The voice from `start` (a step's start) until the step's countdown, at least
    min_words_ms long, and nothing said in the first second of the countdown."""
    countdowns = by(events, "countdown", step=step)
    if not countdowns:
        check(False, "%sstep %d: its countdown started" % (label, step))
        return
    countdown = countdowns[-1]["planned"]
    words_db = rec.voice_db(start + 300, countdown - 50)
    check(countdown - start > min_words_ms and words_db > -45,
          "%sstep %d: voice (%.1f dB) for %.0f ms before its countdown" % (label, step, words_db, countdown - start))
    quiet_db = rec.peak_db(countdown + 300, countdown + 1500)
    check(quiet_db < -50, "%sstep %d: no words in the first second of its countdown (peak %.1f dB)"
          % (label, step, quiet_db))


def by(events, name, **fields):
    return [e for e in events if e["event"] == name and all(e.get(k) == v for k, v in fields.items())]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--session", required=True)
    parser.add_argument("--pack", required=True)
    parser.add_argument("--content", required=True, help="the bundled content folder")
    args = parser.parse_args()
    pulse, status = soundcheck.server_for_test()
    if not pulse:
        return status
    try:
        with tempfile.TemporaryDirectory(prefix="knead-sound-") as folder:
            return run(args, pulse, folder)
    finally:
        pulse.close()


def run(args, pulse, folder):
    pause_for = 2500
    loud_dir = os.path.join(folder, "loud")
    quiet_dir = os.path.join(folder, "quiet")
    os.mkdir(loud_dir)
    os.mkdir(quiet_dir)
    # The whole routine at full volume, paused 800 ms into the words of the second step.
    events, rec = soundcheck.run_session(args.session, args.pack, "sound-check", pulse, loud_dir,
                                         "--pause-in-words", "1", "--pause-for", str(pause_for))
    audio = by(events, "audio")[0]
    print("speech engine %r, voice %r; recording put on the clock by %d reference clicks (residuals within %.1f ms)"
          % (audio["engine"], audio["voice"], rec.clicks_matched, rec.click_spread_ms))
    check(audio["engine"] != "" and audio["problem"] == "", "sound and a speech engine are available: %r" % audio["problem"])

    steps = by(events, "phase", kind="step")
    check([e["step"] for e in steps] == [0, 1, 2], "the three steps ran: %s" % [e["step"] for e in steps])
    check(all(e["announcing"] for e in steps) and len(steps) > 0, "every step opened with words the countdown waits for")
    check(len(by(events, "finished")) == 1, "the session finished")

    # A chime near each step boundary.
    latencies = soundcheck.chime_latencies(events, rec)
    print("chime onset after the planned step start: %s ms" % ["%.0f" % x if x is not None else "-" for x in latencies])
    for step, (e, late) in enumerate(zip(steps, latencies)):
        check(chime_in_time(late), "step %d: a chime within 150 ms of its start" % step)
        if late is not None:
            onset = e["planned"] + late
            check(rec.band_fraction(onset, onset + 150, soundcheck.CHIME_HZ) > 0.5,
                  "step %d: what sounds at its start is the chime" % step)

    # The voice after each step's start and before its countdown; the countdown waits for it,
    # and its first second is quiet (the halfway sound is 2 s into step 1's, step 2's cue 3 s
    # into its).
    for e in steps:
        start = e["planned"]
        if e["step"] == 1:
            start = by(events, "cue", kind="step-start", step=1, repeat=True)[0]["t"]  # said again after the pause
        words_then_countdown(events, rec, e["step"], start, 800)

    # "Switch sides" before the second side's countdown.
    order = [(e["event"], e.get("kind"), e.get("step")) for e in events if e["event"] in ("cue", "countdown")]
    switch = order.index(("cue", "switch-sides", 1)) if ("cue", "switch-sides", 1) in order else None
    check(switch is not None and switch < order.index(("countdown", None, 1)), "\"switch sides\" comes before the left side's countdown")

    # The in-step cue is said during the countdown of step 2, about 3 s in.
    cue = by(events, "cue", kind="step-cue", step=2)
    cue_db = rec.voice_db(cue[0]["t"] + 100, cue[0]["t"] + 600) if cue else -200.0
    check(len(cue) == 1 and cue_db > -45, "the step's cue is heard in its countdown (%.1f dB)" % cue_db)

    # The halfway sound is not the chime.
    halfway = by(events, "cue", kind="halfway")
    if halfway:
        t = halfway[0]["t"]
        onsets = rec.onsets(rec.at(t - 50), rec.at(t + 500), min_gap_s=0.05)
        if onsets:
            on = rec.to_ms(onsets[0])
            own, chime = rec.band_fraction(on, on + 150, soundcheck.HALFWAY_HZ), rec.band_fraction(on, on + 150, soundcheck.CHIME_HZ)
            check(own > 0.4 and own > 2 * chime, "the halfway sound is its own (%.2f of its energy on its notes, %.2f on the chime's)"
                  % (own, chime))
        else:
            check(False, "the halfway sound is heard")
    else:
        check(False, "the routine's halfway point was announced")

    # Silence while paused.
    paused = by(events, "paused")
    check(len(paused) == 1, "paused once")
    if paused:
        t = paused[0]["t"]
        peak = rec.peak_db(t + 400, t + pause_for - 150)
        check(peak < -50, "silence while paused (peak %.1f dB)" % peak)

    # The same routine quieter, stopped 1 s into the first step's countdown.
    quiet, qrec = soundcheck.run_session(args.session, args.pack, "sound-check", pulse, quiet_dir,
                                         "--voice-volume", "30", "--chime-volume", "30", "--stop-in-countdown", "0")
    stopped = by(quiet, "stopped")
    check(len(stopped) == 1, "the quiet run was stopped")
    if stopped:
        t = stopped[0]["t"]
        peak = qrec.peak_db(t + 400, t + 3300)
        check(peak < -50, "nothing is heard after stop (peak %.1f dB)" % peak)
    qsteps = by(quiet, "phase", kind="step")
    qlate = soundcheck.chime_latencies(quiet, qrec)
    if qsteps and qlate and qlate[0] is not None and latencies[0] is not None:
        loud_on, quiet_on = steps[0]["planned"] + latencies[0], qsteps[0]["planned"] + qlate[0]
        chime_drop = rec.peak_db(loud_on, loud_on + 150) - qrec.peak_db(quiet_on, quiet_on + 150)
        check(chime_drop > 6, "chime volume 30 %% is quieter than 100 %% (by %.1f dB)" % chime_drop)
        loud_cd, quiet_cd = by(events, "countdown", step=0), by(quiet, "countdown", step=0)
        if loud_cd and quiet_cd:
            voice_drop = rec.voice_db(loud_on + 300, loud_cd[0]["planned"] - 50) - qrec.voice_db(quiet_on + 300, quiet_cd[0]["planned"] - 50)
            check(voice_drop > 4, "voice volume 30 %% is quieter than 100 %% (by %.1f dB)" % voice_drop)
        else:
            check(False, "both runs' first countdown started")
    else:
        check(False, "the quiet run's first chime was heard")

    chime_run(args, pulse, folder)
    german(args, pulse, folder)
    quiet_after_words(args, pulse, folder)

    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    return 0


def chime_run(args, pulse, folder):
    """Sixteen 3 s steps with the voice off: a chime at every step start, not only the first
    few (Qt 6.4's QSoundEffect, replayed, stayed silent for about half of them)."""
    run_dir = os.path.join(folder, "chimes")
    os.mkdir(run_dir)
    events, rec = soundcheck.run_session(args.session, args.pack, "chime-run", pulse, run_dir, "--voice", "off")
    late = soundcheck.chime_latencies(events, rec)
    heard = [x for x in late if chime_in_time(x)]
    print("chime run: onsets after the planned step starts: %s ms" % ["%.0f" % x if x is not None else "-" for x in late])
    check(len(late) == 16 and len(heard) == 16, "chime run: a chime within 150 ms of each of the 16 step starts (%d heard)"
          % len(heard))


def quiet_after_words(args, pulse, folder):
    """Once the words have ended and the session is over, nothing of the process keeps
    waking: Qt 6.4's flite plugin left its audio output open, which woke a thread every 20 ms
    (50 a second) until the next words."""
    quiet_dir = os.path.join(folder, "after")
    os.mkdir(quiet_dir)
    events, _ = soundcheck.run_session(args.session, args.pack, "sound-check", pulse, quiet_dir,
                                       "--stop-in-countdown", "0", "--measure-quiet", "3000")
    spoken = by(events, "speech-finished")
    quiet = by(events, "quiet")
    check(bool(spoken) and bool(quiet) and quiet[0]["per_second"] <= 2,
          "after the words and the session, the process wakes %s times a second (at most 2): %s"
          % ("%.1f" % quiet[0]["per_second"] if quiet else "?", quiet[0]["threads"] if quiet else "not measured"))


def german(args, pulse, folder):
    """The scalp routine as a German-speaking person hears it: its first two steps, stopped
    1 s into the second step's countdown."""
    de_dir = os.path.join(folder, "de")
    os.mkdir(de_dir)
    events, rec = soundcheck.run_session(args.session, args.content, "scalp-tension-relief", pulse, de_dir,
                                         "--language", "de", "--stop-in-countdown", "1")
    audio = by(events, "audio")[0]
    print("German: speech engine %r, voice %r" % (audio["engine"], audio["voice"]))
    check(audio["engine"] == "speechd" and audio["voice"] != "" and audio["problem"] == "",
          "German: spoken by speech-dispatcher with a voice (engine %r, voice %r, problem %r)"
          % (audio["engine"], audio["voice"], audio["problem"]))
    steps = by(events, "phase", kind="step")
    check([e["step"] for e in steps] == [0, 1], "German: the first two steps ran: %s" % [e["step"] for e in steps])
    latencies = soundcheck.chime_latencies(events, rec)
    for e, late in zip(steps, latencies):
        check(chime_in_time(late), "German: step %d: a chime within 150 ms of its start" % e["step"])
        words_then_countdown(events, rec, e["step"], e["planned"], 2000, "German: ")


if __name__ == "__main__":
    sys.exit(main())
