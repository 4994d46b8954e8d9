# SPDX-License-Identifier: MIT
"""A process that played sound exits cleanly: knead_sound_session starts the sound-check
routine with the voice off, stops it 300 ms in, while its chime still sounds, and quits at
once, 80 times in a row beside a PulseAudio server. Qt Multimedia 6.4 tears its PulseAudio
connection down at exit without the main loop's lock (QTBUG-125213), and without Knead's
guard (leaveBeforeQtMultimediaTeardown in src/audio/AudioBackendModule.cpp) such a process
aborts or crashes at exit now and then.

The server is the one scripts/test.sh started (KNEAD_TEST_PULSE_RUNTIME), or one of its own.
Exit 77 (skipped) only when pulseaudio is not installed, and never under CI=true.
"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import soundcheck  # noqa: E402

RUNS = 80


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--session", required=True)
    parser.add_argument("--pack", required=True)
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    pulse, status = soundcheck.server_for_test()
    if not pulse:
        return status
    failed = []
    try:
        with tempfile.TemporaryDirectory(prefix="knead-exit-") as folder:
            for run in range(args.runs):
                proc = subprocess.run([args.session, "--pack", args.pack, "--routine", "sound-check", "--config", folder,
                                       "--voice", "off", "--stop-at", "300", "--linger", "0"],
                                      env=pulse.env, capture_output=True, text=True, timeout=60)
                stopped = '"event":"stopped"' in proc.stdout
                if proc.returncode != 0 or not stopped:
                    failed.append(run)
                    print("FAIL  run %d: exit status %d, %s; %s" % (run + 1, proc.returncode,
                          "stopped" if stopped else "never stopped", proc.stderr.strip()[-300:]))
    finally:
        pulse.close()
    print("%s %d of %d runs played a chime, stopped and exited with status 0"
          % ("ok   " if not failed else "FAIL ", args.runs - len(failed), args.runs))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
