# SPDX-License-Identifier: MIT
"""Hears Knead's cues through a real sound server: a PulseAudio null sink whose monitor is
recorded with parec while knead_sound_session runs a routine. Shared by the end-to-end test
(sound_session_test.py) and the cue latency benchmark (tests/bench/bench.py).

Times: knead_sound_session prints CLOCK_MONOTONIC milliseconds, the same clock as
time.monotonic(). A recording's samples are put on that clock by reference clicks written
to the same sink with pacat at known times and found in the same recording ("the recording's
own latency"); what remains is what the person would hear late.
"""
import json
import os
import shutil
import subprocess
import tempfile
import time

import numpy as np

RATE = 44100
SINK = "knead_test"
SILENCE = 0.002  # |sample| below this is silence (-54 dBFS); the null sink's own silence is 0
# Frequencies of the chime's and the halfway sound's partials (resources/sounds/README.md).
CHIME_HZ = (659.25, 987.77, 1318.5)
HALFWAY_HZ = (783.99, 1046.5, 2093.0)


def monotonic_ms():
    return time.monotonic() * 1000.0


class PulseUnavailable(Exception):
    pass


def server_for_test():
    """The sound server for a ctest: (Pulse, None), or (None, the test's exit status) having
    said why: 77 (skipped) only when pulseaudio is not installed and CI is not "true"; any
    other failure to start, 1."""
    try:
        return Pulse(), None
    except PulseUnavailable as e:
        if "not installed" in str(e) and os.environ.get("CI") != "true":
            print("SKIPPED: %s; this test needs a real sound server (scripts/common.sh installs it)" % e)
            return None, 77
        print("FAIL  PulseAudio could not start: %s" % e)
        return None, 1


class Pulse:
    """A PulseAudio server with a null sink named knead_test, in a runtime folder of its own
    (never the system's or a person's daemon). scripts/test.sh starts one for the whole run and
    names its runtime folder in KNEAD_TEST_PULSE_RUNTIME; without it (a test or the bench run
    by hand) one is started here and stopped on close()."""

    def __init__(self):
        self.proc = None
        self.dir = tempfile.mkdtemp(prefix="knead-pulse-")
        shared = os.environ.get("KNEAD_TEST_PULSE_RUNTIME", "")
        run = shared or os.path.join(self.dir, "run")
        self.env = dict(os.environ, XDG_RUNTIME_DIR=run, HOME=self.dir)
        self.env.pop("PULSE_SERVER", None)
        if shared:
            if not self.has_sink(1.0):
                self.close()
                raise PulseUnavailable("the server scripts/test.sh started (KNEAD_TEST_PULSE_RUNTIME=%s) has no %s sink"
                                       % (shared, SINK))
            return
        if not shutil.which("pulseaudio"):
            self.close()
            raise PulseUnavailable("pulseaudio is not installed")
        os.mkdir(run, 0o700)
        self.log = open(os.path.join(self.dir, "pulseaudio.log"), "w")
        # No session bus for the server (no DISPLAY to autolaunch one): on a bus it takes the
        # name org.PulseAudio1, and another test's PulseAudio could not start beside it.
        server_env = {k: v for k, v in self.env.items() if k not in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
        self.proc = subprocess.Popen(
            ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n",
             "--load=module-null-sink sink_name=%s" % SINK, "--load=module-native-protocol-unix auth-anonymous=1"],
            env=server_env, stdout=self.log, stderr=subprocess.STDOUT)
        if not self.has_sink(5.0):
            text = open(os.path.join(self.dir, "pulseaudio.log")).read()[-800:]
            self.close()
            raise PulseUnavailable("PulseAudio did not answer within 5 s: " + text)
        # Only the null sink: Qt's default output is where we record.
        subprocess.run(["pactl", "set-default-sink", SINK], env=self.env, check=False)

    def has_sink(self, seconds):
        for _ in range(int(seconds / 0.05)):
            if self.proc is not None and self.proc.poll() is not None:
                return False
            if SINK in subprocess.run(["pactl", "list", "short", "sinks"], env=self.env, capture_output=True,
                                      text=True).stdout:
                return True
            time.sleep(0.05)
        return False

    def close(self):
        # speech-dispatcher, spawned by the speech engine in this runtime folder, goes too.
        subprocess.run(["pkill", "-f", "speech-dispatcher.*" + self.env["XDG_RUNTIME_DIR"]], check=False)
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)


class ClickStream:
    """A playback stream to the null sink, fed without pause (so its latency never changes),
    that plays a short 3 kHz click on request and says when, on the monotonic clock, the
    click reached the sink: the time of the write plus the latency PulseAudio reports for
    the stream (libpulse-simple, through ctypes: nothing to install beyond PulseAudio)."""

    CHUNK = 220  # samples, 5 ms

    def __init__(self, runtime_dir):
        import ctypes
        import threading
        self.ct = ctypes

        class Spec(ctypes.Structure):
            _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]

        class Attr(ctypes.Structure):
            _fields_ = [(name, ctypes.c_uint32) for name in ("maxlength", "tlength", "prebuf", "minreq", "fragsize")]

        self.pa = ctypes.CDLL("libpulse-simple.so.0")
        self.pa.pa_simple_new.restype = ctypes.c_void_p
        self.pa.pa_simple_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p,
                                          ctypes.POINTER(Spec), ctypes.c_void_p, ctypes.POINTER(Attr),
                                          ctypes.POINTER(ctypes.c_int)]
        self.pa.pa_simple_write.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int)]
        self.pa.pa_simple_get_latency.restype = ctypes.c_uint64
        self.pa.pa_simple_get_latency.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]
        self.pa.pa_simple_free.argtypes = [ctypes.c_void_p]
        spec = Spec(3, RATE, 1)  # PA_SAMPLE_S16LE
        chunk_bytes = 2 * self.CHUNK
        attr = Attr(0xFFFFFFFF, 4 * chunk_bytes, 0, chunk_bytes, 0xFFFFFFFF)
        err = ctypes.c_int(0)
        server = ("unix:%s/pulse/native" % runtime_dir).encode()
        self.handle = self.pa.pa_simple_new(server, b"knead-sound-test", 1, SINK.encode(), b"reference click",
                                            ctypes.byref(spec), None, ctypes.byref(attr), ctypes.byref(err))
        if not self.handle:
            raise PulseUnavailable("cannot open a playback stream (error %d)" % err.value)
        t = np.arange(int(0.008 * RATE)) / RATE
        tone = (0.5 * np.sin(2 * np.pi * Recording.CLICK_HZ * t) * 32767).astype("<i2")
        self.click_chunks = [np.pad(tone, (0, -len(tone) % self.CHUNK))[i:i + self.CHUNK].tobytes()
                             for i in range(0, len(tone) + (-len(tone) % self.CHUNK), self.CHUNK)]
        self.silence = bytes(chunk_bytes)
        self.lock = threading.Lock()
        self.pending = None
        self.heard_at = []
        self.running = True
        self.thread = threading.Thread(target=self.feed, daemon=True)
        self.thread.start()

    def feed(self):
        ct = self.ct
        err = ct.c_int(0)
        while self.running:
            with self.lock:
                chunks, self.pending = self.pending, None
            first = chunks is not None
            for data in (chunks or [self.silence]):
                self.pa.pa_simple_write(self.handle, data, len(data), ct.byref(err))
                if first:
                    # The end of what was written plays `latency` from now.
                    now = monotonic_ms()
                    latency = self.pa.pa_simple_get_latency(self.handle, ct.byref(err)) / 1000.0
                    self.heard_at.append(now + latency - 1000.0 * len(chunks) * self.CHUNK / RATE)
                    first = False

    def click(self):
        """Plays a click; returns when, on the monotonic clock, it reaches the sink."""
        count = len(self.heard_at)
        with self.lock:
            self.pending = self.click_chunks
        # Until parec's low latency reaches the null sink it buffers up to 2 s: a write may
        # wait that long.
        for _ in range(1000):
            if len(self.heard_at) > count:
                return self.heard_at[-1]
            time.sleep(0.005)
        raise RuntimeError("the reference click was not played")

    def close(self):
        self.running = False
        self.thread.join(5)
        self.pa.pa_simple_free(self.handle)


class Recording:
    """The sink's monitor, recorded from start() to stop(), with reference clicks that put
    its samples on the monotonic clock."""

    CLICK_HZ = 3000.0

    def __init__(self, pulse, folder):
        self.pulse = pulse
        self.path = os.path.join(folder, "monitor-%d.raw" % int(monotonic_ms()))
        self.clicks = []  # monotonic ms at which each click was written

    def start(self):
        self.rec = subprocess.Popen(
            ["parec", "--device=%s.monitor" % SINK, "--format=s16le", "--rate=%d" % RATE, "--channels=1",
             "--raw", "--latency-msec=10"], stdout=open(self.path, "wb"), env=self.pulse.env)
        self.clicker = ClickStream(self.pulse.env["XDG_RUNTIME_DIR"])
        # Clicks are only heard once parec's stream records.
        for _ in range(100):
            if subprocess.run(["pactl", "list", "short", "source-outputs"], env=self.pulse.env, capture_output=True,
                              text=True).stdout.strip():
                break
            time.sleep(0.05)
        time.sleep(0.3)
        self.click_series()

    def click_series(self):
        for _ in range(3):
            self.clicks.append(self.clicker.click())
            time.sleep(0.25)

    def stop(self):
        self.click_series()
        time.sleep(0.3)
        self.clicker.close()
        self.rec.terminate()
        self.rec.wait(5)
        self.samples = np.fromfile(self.path, "<i2").astype(np.float64) / 32768.0
        os.remove(self.path)
        self.calibrate()

    def onsets(self, start_s=0.0, end_s=None, min_gap_s=0.15):
        """Sample times (s) where sound begins after at least min_gap_s of silence."""
        x = self.samples
        lo = int(start_s * RATE)
        hi = len(x) if end_s is None else min(len(x), int(end_s * RATE))
        loud = np.flatnonzero(np.abs(x[lo:hi]) > SILENCE) + lo
        out = []
        last = lo  # sound already going at the window's start is no onset
        for k in loud:
            if k - last > min_gap_s * RATE:
                out.append(k / RATE)
            last = k
        return out

    def calibrate(self):
        # Clicks may be dropped (the first of a series primes the stream), so they are not
        # paired in order: within each series (before and after the session) every (written,
        # heard) pair proposes an offset, and the pairs that agree with the offset most pairs
        # of that series agree on (within 10 ms) are kept. The sink's clock and the monotonic
        # clock drift apart (up to ~50 ms a minute has been seen, with speech-dispatcher's
        # stream open), so recording time is put on the monotonic clock by a straight line
        # through the kept pairs of both series, not by one offset.
        heard = [t * 1000.0 for t in self.onsets() if self.is_click(t)]
        half = len(self.clicks) // 2
        middle = 1000.0 * len(self.samples) / RATE / 2  # the session lies between the series
        kept = []
        for series, near_start in ((self.clicks[:half], True), (self.clicks[half:], False)):
            pairs = [(w, h) for w in series for h in heard if (h < middle) == near_start]
            if not pairs:
                continue
            # Latest written first: on a tie (a series heard one click short) the dropped click
            # is the first, which primed the stream.
            proposals = [w - h for w, h in reversed(pairs)]
            support = [sum(1 for q in proposals if abs(q - p) <= 10.0) for p in proposals]
            best = proposals[int(np.argmax(support))]
            # One heard click per written one: the closest to the agreed offset.
            for w in series:
                near = [(abs(w - h - best), h) for h in heard if abs(w - h - best) <= 10.0]
                if near:
                    kept.append((w, min(near)[1]))
        series = {w < self.clicks[half] for w, _ in kept}
        if len(kept) < 3 or len(series) < 2:
            raise RuntimeError("the reference clicks do not agree (%d of %d heard, from %d of 2 series)"
                               % (len(kept), len(self.clicks), len(series)))
        written = np.array([w for w, _ in kept])
        at = np.array([h for _, h in kept])
        self.slope, self.offset_ms = np.polyfit(at, written, 1)
        if abs(self.slope - 1.0) > 0.005:
            raise RuntimeError("the reference clicks put the recording %.2f %% off the monotonic clock" % (100 * (self.slope - 1)))
        residuals = written - (self.slope * at + self.offset_ms)
        self.clicks_matched = len(kept)
        self.click_spread_ms = float(np.ptp(residuals))

    def is_click(self, t):
        seg = self.samples[int(t * RATE):int((t + 0.008) * RATE)]
        if len(seg) < 64:
            return False
        spectrum = np.abs(np.fft.rfft(seg * np.hanning(len(seg))))
        peak = np.fft.rfftfreq(len(seg), 1.0 / RATE)[spectrum.argmax()]
        return abs(peak - self.CLICK_HZ) < 300 and np.abs(self.samples[int((t + 0.02) * RATE):int((t + 0.1) * RATE)]).max(initial=0) < SILENCE

    def at(self, ms):
        """Recording time (s) of a monotonic time."""
        return (ms - self.offset_ms) / self.slope / 1000.0

    def to_ms(self, t):
        return self.slope * t * 1000.0 + self.offset_ms

    def segment(self, from_ms, to_ms):
        return self.samples[max(0, int(self.at(from_ms) * RATE)):max(0, int(self.at(to_ms) * RATE))]

    def level_db(self, from_ms, to_ms):
        seg = self.segment(from_ms, to_ms)
        if len(seg) == 0:
            return -200.0
        return 20 * np.log10(max(1e-10, np.sqrt(np.mean(seg ** 2))))

    def peak_db(self, from_ms, to_ms):
        seg = self.segment(from_ms, to_ms)
        return 20 * np.log10(max(1e-10, np.abs(seg).max(initial=0)))

    def band_fraction(self, from_ms, to_ms, partials, width=25.0):
        """How much of the energy lies within `width` Hz of the partials: near 1 for the
        chime or halfway sound alone, low for speech."""
        seg = self.segment(from_ms, to_ms)
        if len(seg) < 256:
            return 0.0
        power = np.abs(np.fft.rfft(seg * np.hanning(len(seg)))) ** 2
        freqs = np.fft.rfftfreq(len(seg), 1.0 / RATE)
        near = np.zeros_like(freqs, dtype=bool)
        for f in partials:
            near |= np.abs(freqs - f) < width
        total = power.sum()
        return float(power[near].sum() / total) if total > 0 else 0.0

    def voice_db(self, from_ms, to_ms):
        """Level of what is neither the chime nor the halfway sound: the voice."""
        seg = self.segment(from_ms, to_ms)
        if len(seg) < 256:
            return -200.0
        spectrum = np.fft.rfft(seg)
        freqs = np.fft.rfftfreq(len(seg), 1.0 / RATE)
        for f in CHIME_HZ + HALFWAY_HZ:
            spectrum[np.abs(freqs - f) < 30] = 0
        spectrum[freqs < 60] = 0
        rest = np.fft.irfft(spectrum, len(seg))
        return 20 * np.log10(max(1e-10, np.sqrt(np.mean(rest ** 2))))


def run_session(binary, pack, routine, pulse, folder, *args):
    """Runs knead_sound_session while recording; returns (events, recording)."""
    recording = Recording(pulse, folder)
    recording.start()
    env = dict(pulse.env)
    if "ASAN_OPTIONS" in env:
        # Under AddressSanitizer: libspeechd reads the list of espeak-ng's voices (thousands of
        # lines) with strstr() line by line, and ASan's strstr check measures the whole rest
        # of the list each time: minutes before the German voice can start.
        env["ASAN_OPTIONS"] += ":intercept_strstr=0"
    proc = subprocess.run([binary, "--pack", pack, "--routine", routine, "--config", folder] + list(args),
                          env=env, capture_output=True, text=True, timeout=240)
    recording.stop()
    if proc.returncode != 0:
        raise RuntimeError("knead_sound_session exited with %d: %s" % (proc.returncode, proc.stderr[-2000:]))
    events = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    return events, recording


def chime_latencies(events, recording, kinds=("step",)):
    """For each phase of `kinds` whose chime sounds: the chime's onset minus the planned
    boundary, in ms."""
    out = []
    for e in events:
        if e["event"] != "phase" or e["kind"] not in kinds:
            continue
        onsets = recording.onsets(recording.at(e["planned"] - 150), recording.at(e["planned"] + 800))
        if onsets:
            out.append(recording.to_ms(onsets[0]) - e["planned"])
        else:
            out.append(None)
    return out
