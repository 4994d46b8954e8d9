#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Knead's benchmark run: start-up, memory, idle cost (on the home page and waiting in the
background for reminders), countdown accuracy, cue latency, content scale, library search and a
journal of years, each against a floor measured in the same run. Prints one line per figure,
"name: value unit", medians of repeated runs. Called by scripts/bench.sh, which builds the
bench preset and provides an X server (DISPLAY) and xdotool."""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

CLK_TCK = os.sysconf("SC_CLK_TCK")


def say(name, value, unit, note=""):
    line = f"{name}: {value} {unit}".rstrip()
    if note:
        line += f"  ({note})"
    print(line, flush=True)


def runtime_dir(home):
    """The runtime folder for a home, on a tmpfs as on a desktop (systemd-logind's
    /run/user/<uid>): the single-instance lock lives there, and Qt's QLockFile flushes it to
    the disk, which on a CI machine's disk took from nothing to 47 ms a start."""
    return os.path.join("/dev/shm" if os.path.isdir("/dev/shm") else home,
                        "knead-bench-runtime-" + os.path.basename(home))


def env_with_home(home):
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = os.path.join(home, "data")
    env["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    env["XDG_CACHE_HOME"] = os.path.join(home, "cache")
    env["XDG_RUNTIME_DIR"] = runtime_dir(home)
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    env.pop("QT_QPA_PLATFORM", None)  # the real X server, as a person would run it
    return env


def remove_home(home):
    """Removes a home made for env_with_home, with its runtime folder."""
    shutil.rmtree(runtime_dir(home), ignore_errors=True)
    shutil.rmtree(home, ignore_errors=True)


def first_paint_ms(argv, env):
    """Milliseconds from just before exec to the first flushed frame, as the probe reports."""
    env = dict(env, KNEAD_PROBE_FIRST_PAINT="1")
    t0 = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
    out = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
    for line in out.stdout.splitlines():
        if line.startswith("first-paint-ns "):
            return (int(line.split()[1]) - t0) / 1e6
    raise RuntimeError(f"{argv[0]} printed no first-paint time: {out.stdout} {out.stderr}")


def proc_threads(pid):
    return [os.path.join(f"/proc/{pid}/task", t) for t in os.listdir(f"/proc/{pid}/task")]


def switches(pid):
    """(voluntary, involuntary) context switches per thread, by thread id. A voluntary switch is
    a thread going to sleep, so each is one wake-up; an involuntary one is a running thread
    preempted, mostly by the X server it has just written to, which wakes no idle processor."""
    counts = {}
    for task in proc_threads(pid):
        try:
            with open(os.path.join(task, "status")) as f:
                fields = dict(line.split(":", 1) for line in f)
            counts[task] = (int(fields["voluntary_ctxt_switches"]), int(fields["nonvoluntary_ctxt_switches"]))
        except FileNotFoundError:
            pass
    return counts


def switches_between(before, after):
    """(voluntary, involuntary) switches between two samples: threads that started count in
    full; a thread that ended in between is missed (its last switches are small next to a 10 s
    run)."""
    return tuple(sum(n[i] - before.get(task, (0, 0))[i] for task, n in after.items()) for i in (0, 1))


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def idle_cost(pid, seconds):
    s0, c0, t0 = switches(pid), cpu_ticks(pid), time.monotonic()
    time.sleep(seconds)
    s1, c1, t1 = switches(pid), cpu_ticks(pid), time.monotonic()
    elapsed = t1 - t0
    woken, preempted = switches_between(s0, s1)
    return woken / elapsed, 100.0 * (c1 - c0) / CLK_TCK / elapsed, preempted / elapsed


def median_of(samples):
    """Per-field median of (wake-ups, cpu, preemptions) samples."""
    return tuple(statistics.median(values) for values in zip(*samples))


def window_of(pid, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)], capture_output=True, text=True)
        ids = out.stdout.split()
        if ids:
            return ids[-1]
        time.sleep(0.1)
    raise RuntimeError("no window appeared")


def key(window, *keys):
    # No window manager under Xvfb: give the window the input focus directly.
    subprocess.run(["xdotool", "windowfocus", "--sync", window], capture_output=True)
    for k in keys:
        subprocess.run(["xdotool", "key", "--window", window, k], check=True)
        time.sleep(0.2)


def start(argv, env):
    return subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stop(process):
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def background_cost(knead, bare, args):
    """Knead started in the background (`knead --background`, no window) with reminders on, every
    60 minutes all day, measured between reminders: a private session bus with the test
    desktop's notification server (tests/desktop/notification_server.py), so that Knead's
    D-Bus connection, match rules and single-instance socket are all live. The floor is a
    bare Qt application that never shows its window, on the same bus and display."""
    source = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.run(["dbus-daemon", f"--config-file={source}/desktop/session-bus.conf", "--fork",
                          "--print-address=1", "--print-pid=1"], capture_output=True, text=True, check=True)
    address, bus_pid = out.stdout.split()[:2]
    server = None
    home = tempfile.mkdtemp(prefix="knead-bench-bg-")
    try:
        env = env_with_home(home)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        server = subprocess.Popen(["/usr/bin/python3", f"{source}/desktop/notification_server.py"], env=env,
                                  stdout=subprocess.PIPE, text=True)
        assert server.stdout.readline().strip() == "ready"
        os.makedirs(os.path.join(env["XDG_CONFIG_HOME"], "Knead"), exist_ok=True)
        with open(os.path.join(env["XDG_CONFIG_HOME"], "Knead", "knead.conf"), "w") as f:
            f.write("[reminders]\nenabled=true\nintervalMinutes=60\nworkdayStart=00:00\nworkdayEnd=00:00\n"
                    "weekdays=1, 2, 3, 4, 5, 6, 7\n")
        results = {}
        for name, argv in (("bare", [bare, "--hidden"]), ("knead", [knead, "--background"])):
            rss, wake, cpu = [], [], []
            for _ in range(3):
                p = start(argv, env)
                time.sleep(3)
                if p.poll() is not None:
                    raise RuntimeError(f"{argv} exited with {p.returncode}")
                rss.append(rss_kib(p.pid))
                w, c, _ = idle_cost(p.pid, 10)
                wake.append(w)
                cpu.append(c)
                stop(p)
            results[name] = (statistics.median(rss), statistics.median(wake), statistics.median(cpu))
        say("background_wakeups_bare_qt", f"{results['bare'][1]:.2f}", "/s", "floor: a bare Qt application, window never shown, 10 s x 3")
        say("background_wakeups", f"{results['knead'][1]:.2f}", "/s", "knead --background, reminders on, next one 60 min away; target: no more than the floor")
        say("background_cpu", f"{results['knead'][2]:.2f}", "%", "of one core")
        say("memory_background_bare_qt", f"{results['bare'][0] / 1024:.1f}", "MiB", "floor: resident, 3 s after start")
        say("memory_background", f"{results['knead'][0] / 1024:.1f}", "MiB", "resident, knead --background, 3 s after start")
        say("memory_background_ratio", f"{results['knead'][0] / results['bare'][0]:.2f}", "x")
    finally:
        if server:
            server.terminate()
            server.wait(10)
        os.kill(int(bus_pid), 15)
        remove_home(home)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--quick", action="store_true", help="skip the 5-minute countdown run")
    parser.add_argument("--only", choices=["startup", "content", "journal", "pages", "cues"], help="run only this group of figures")
    args = parser.parse_args()
    knead = os.path.join(args.build, "knead")
    bare = os.path.join(args.build, "tests", "bench", "knead_bench_bare")
    timer = os.path.join(args.build, "tests", "bench", "knead_bench_timer")
    if args.only:
        if args.only == "startup":
            return startup_figures(args.build, args.runs)
        return {"content": content_figures, "journal": journal_figures, "pages": page_figures,
                "cues": cue_latency}[args.only](args.build)
    home = tempfile.mkdtemp(prefix="knead-bench-")
    env = env_with_home(home)

    startup_figures(args.build, args.runs)

    # From here to the session figures, beside a sound server, as on a person's desktop:
    # without one Knead's voice never opens an output, and what an open one costs goes unseen.
    pulse = sound_server()
    if pulse:
        env["PULSE_SERVER"] = "unix:" + os.path.join(pulse.env["XDG_RUNTIME_DIR"], "pulse", "native")

    # Memory and idle cost on the home page, against the bare window.
    results = {}
    for name, argv in (("bare", [bare]), ("home", [knead])):
        rss, wake, cpu = [], [], []
        for _ in range(3):
            p = start(argv, env)
            window_of(p.pid)
            time.sleep(2)
            rss.append(rss_kib(p.pid))
            w, c, _ = idle_cost(p.pid, 10)
            wake.append(w)
            cpu.append(c)
            stop(p)
        results[name] = (statistics.median(rss), statistics.median(wake), statistics.median(cpu))
    say("memory_bare_qt", f"{results['bare'][0] / 1024:.1f}", "MiB", "floor: resident, 2 s after start")
    say("memory_home", f"{results['home'][0] / 1024:.1f}", "MiB", "resident, home page, 2 s after start")
    say("memory_home_ratio", f"{results['home'][0] / results['bare'][0]:.2f}", "x", "reported")
    say("idle_wakeups_bare_qt", f"{results['bare'][1]:.2f}", "/s", "floor: voluntary context switches (a thread sleeping, then woken) per second over 10 s")
    say("idle_wakeups_home", f"{results['home'][1]:.2f}", "/s", "target: no more than the floor")
    say("idle_cpu_home", f"{results['home'][2]:.2f}", "%", "of one core")

    # The floor for a running countdown: a bare window that changes a label once a second.
    # Three samples each, as single 10 s samples of a few wake-ups a second are noisy.
    p = start([bare, "--tick"], env)
    window_of(p.pid)
    time.sleep(2)
    ticking = median_of([idle_cost(p.pid, 10) for _ in range(3)])
    stop(p)

    # A session: started from the preparation page with the keyboard, as a person would. Its
    # course beside the sound server, per second of the process's wake-ups, with flite's
    # default voice: the lead-in's words and 3 s countdown, so the first step starts about 5 s
    # after Return; its title and instruction take about 10.5 s, which its countdown waits for;
    # the motion guide then animates for the countdown's first 12 s and rests as a still
    # picture until the step ends 30 s later. Without a server the words take no time. Running
    # is measured over 10 s from 1.5 s after the guide comes to rest, paused over the 10 s
    # after. Three sessions, medians.
    step_start, words = (5.0, 10.5) if pulse else (3.0, 0.0)
    still = step_start + words + 12 + 1.5
    demos, runnings, pauseds, sessions_rss = [], [], [], []
    for _ in range(3):
        p = start([knead, "--start", "scalp-tension-relief"], env)
        window = window_of(p.pid)
        time.sleep(1)
        key(window, "Return")  # Start session (the default button)
        started = time.monotonic()
        time.sleep(step_start + 1)  # 1 s into the first step
        demos.append(idle_cost(p.pid, 6))
        time.sleep(max(0.0, started + still - time.monotonic()))
        runnings.append(idle_cost(p.pid, 10))
        sessions_rss.append(rss_kib(p.pid))
        key(window, "space")   # pause
        time.sleep(1)
        pauseds.append(idle_cost(p.pid, 10))
        stop(p)
    if pulse:
        pulse.close()
    demo, running, paused = median_of(demos), median_of(runnings), median_of(pauseds)
    rss_session = statistics.median(sessions_rss)
    say("memory_session", f"{rss_session / 1024:.1f}", "MiB", "resident, running session, voice on")
    say("memory_session_ratio", f"{rss_session / results['bare'][0]:.2f}", "x")
    say("paused_wakeups", f"{paused[0]:.2f}", "/s", "target: no more than the idle floor")
    say("paused_cpu", f"{paused[1]:.2f}", "%")
    say("ticking_wakeups_bare_qt", f"{ticking[0]:.2f}", "/s", "floor: a bare window changing a label once a second")
    say("running_wakeups", f"{running[0]:.2f}", "/s", "running session, still motion guide")
    say("running_wakeups_own", f"{running[0] - ticking[0]:.2f}", "/s", "above the ticking floor; target <= 1")
    say("ticking_preempted_bare_qt", f"{ticking[2]:.2f}", "/s", "the floor's threads preempted while running")
    say("running_preempted", f"{running[2]:.2f}", "/s", "the same in the session: not wake-ups, shown apart")
    say("running_cpu", f"{running[1]:.2f}", "%", "target < 1")
    say("running_wakeups_motion_demo", f"{demo[0]:.2f}", "/s", "1 to 7 s into the step: its words (with a sound server), the guide animating at 25 fps")
    say("running_cpu_motion_demo", f"{demo[1]:.2f}", "%")

    background_cost(knead, bare, args)

    # Countdown accuracy with the real clock, through the real player page.
    runs = [("countdown_60s", ["--steps", "12", "--seconds", "5"])]
    if not args.quick:
        runs.append(("countdown_5min", ["--steps", "60", "--seconds", "5"]))
    procs = [(name, subprocess.Popen([timer] + a, stdout=subprocess.PIPE, text=True)) for name, a in runs]
    for name, proc in procs:
        out, _ = proc.communicate(timeout=900)
        r = json.loads(out.strip().splitlines()[-1])
        say(f"{name}_worst_step_error", r["worst_ms"], "ms", f"{r['steps']} steps x {r['seconds']} s; target <= 15")
        say(f"{name}_final_error", r["final_ms"], "ms", "target <= 15")

    cue_latency(args.build)
    page_figures(args.build)

    content_figures(args.build)
    remove_home(home)
    journal_figures(args.build)


def startup_figures(build, runs=15):
    knead = os.path.join(build, "knead")
    bare = os.path.join(build, "tests", "bench", "knead_bench_bare")
    content = os.path.join(build, "tests", "bench", "knead_bench_content")

    # Two homes: a fresh one, and one with 2,000 items installed in a user pack (the first
    # frame shows the bundled content and the pack arrives in the background, so the frame
    # must not wait for it). Knead and the bare window take turns in both homes within each
    # round, so a machine that speeds up or slows down during the run moves all four alike.
    homes = {"fresh": tempfile.mkdtemp(prefix="knead-bench-startup-"),
             "user_items": tempfile.mkdtemp(prefix="knead-bench-userpacks-")}
    subprocess.run([content, "generate", os.path.join(homes["user_items"], "data", "Knead", "packs", "bench"), "1000"],
                   check=True)
    subprocess.run(["sync"])
    envs = {name: env_with_home(home) for name, home in homes.items()}
    samples = {(name, program): [] for name in envs for program in (knead, bare)}
    for env in envs.values():
        for program in (knead, bare):
            first_paint_ms([program], env)  # warm the file cache once for each
    for _ in range(runs):
        for name, env in envs.items():
            for program in (knead, bare):
                samples[(name, program)].append(first_paint_ms([program], env))
    k, b = (statistics.median(samples[("fresh", p)]) for p in (knead, bare))
    say("startup_knead", f"{k:.1f}", "ms", f"median of {runs}, exec to first painted frame, bundled content loaded")
    say("startup_bare_qt", f"{b:.1f}", "ms", "floor: a bare Qt Widgets window")
    say("startup_ratio", f"{k / b:.2f}", "x", "target <= 1.3")
    pk, pb = (statistics.median(samples[("user_items", p)]) for p in (knead, bare))
    say("startup_knead_2k_user_items", f"{pk:.1f}", "ms", f"median of {runs}, 1,000 techniques and 1,000 routines in a user pack")
    say("startup_2k_user_items_ratio", f"{pk / pb:.2f}", "x", "target <= 1.3, against the bare window in the same home")
    for home in homes.values():
        remove_home(home)


def content_figures(build):
    """Content scale and library search over generated packs."""
    content = os.path.join(build, "tests", "bench", "knead_bench_content")
    # Content scale: generated packs of 2k and 20k items (half techniques, half routines),
    # against a floor that reads the same files and parses each with nlohmann::json::parse on
    # the same number of threads, doing nothing else.
    packs = tempfile.mkdtemp(prefix="knead-bench-packs-")
    sizes = (1000, 10000)
    for n in sizes:
        d = os.path.join(packs, str(n))
        subprocess.run([content, "generate", d, str(n)], check=True)
        subprocess.run(["sync"])
        subprocess.run([content, "floor", d, "1"], capture_output=True, check=True)  # warm the file cache
    # Each round loads and parses both sizes, so a machine that speeds up or slows down
    # during the run moves all four; each ratio is the median of the rounds' ratios.
    rounds, runs = 5, 3
    loads = {n: [] for n in sizes}
    floors = {n: [] for n in sizes}
    for _ in range(rounds):
        for n in sizes:
            d = os.path.join(packs, str(n))
            out = subprocess.run([content, "load", d, str(runs)], capture_output=True, text=True, check=True)
            loads[n].append(json.loads(out.stdout))
            out = subprocess.run([content, "floor", d, str(runs)], capture_output=True, text=True, check=True)
            floors[n].append(json.loads(out.stdout))
    for n in sizes:
        k = f"content_{2 * n // 1000}k"
        load_ms = statistics.median(r["median_ms"] for r in loads[n])
        errors = max(r["errors"] for r in loads[n])
        say(f"{k}_load", f"{load_ms:.1f}", "ms",
            f"{loads[n][-1]['items']} items, median of {rounds} rounds of {runs}, 0 errors" if errors == 0 else "ERRORS")
        say(f"{k}_floor", f"{statistics.median(r['median_ms'] for r in floors[n]):.1f}", "ms",
            f"read + nlohmann::json::parse, {floors[n][-1]['threads']} threads")
        ratio = statistics.median(l["median_ms"] / f["median_ms"] for l, f in zip(loads[n], floors[n]))
        say(f"{k}_ratio", f"{ratio:.2f}", "x", "median of the rounds' ratios; target <= 1.5")
        say(f"{k}_peak_memory", f"{max(r['peak_rss_kib'] for r in loads[n]) / 1024:.1f}", "MiB", "peak resident")
    scaling = statistics.median(b["median_ms"] / a["median_ms"] for a, b in zip(loads[1000], loads[10000]))
    say("content_20k_2k_ratio", f"{scaling:.2f}", "x", "median of the rounds' ratios; target <= 11")
    floor_scaling = statistics.median(b["median_ms"] / a["median_ms"] for a, b in zip(floors[1000], floors[10000]))
    say("content_20k_2k_floor_ratio", f"{floor_scaling:.2f}", "x", "the parse floor's own, for comparison")

    # Library search over 10k techniques and 10k routines.
    out = subprocess.run([content, "search", os.path.join(packs, "10000")], capture_output=True, text=True, check=True)
    s = json.loads(out.stdout)
    say("search_keystroke_median", f"{s['median_ms']:.2f}", "ms", f"{s['items']} items, {s['keystrokes']} keystrokes")
    say("search_keystroke_p95", f"{s['p95_ms']:.2f}", "ms", "target <= 16")
    say("search_keystroke_max", f"{s['max_ms']:.2f}", "ms")
    shutil.rmtree(packs, ignore_errors=True)


def journal_figures(build):
    """A journal of 10 years of daily sessions, rated before and after, over 3 device files."""
    bench = os.path.join(build, "tests", "bench", "knead_bench_journal")
    folder = tempfile.mkdtemp(prefix="knead-bench-journal-")
    try:
        out = subprocess.run([bench, "generate", folder, "11000"], capture_output=True, text=True, check=True)
        g = json.loads(out.stdout)
        subprocess.run(["sync"])
        out = subprocess.run([bench, "load", folder, "9"], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        say("journal_10y_load", f"{r['median_ms']:.1f}", "ms",
            f"{r['entries']} entries from {r['lines']} lines in {g['files']} files, median of 9")
        say("journal_10y_parse_only", f"{r['floor_ms']:.1f}", "ms", "floor: the same lines through nlohmann::json::parse")
        say("journal_10y_load_ratio", f"{r['median_ms'] / r['floor_ms']:.2f}", "x", "target <= 1.5")
        out = subprocess.run([bench, "append", folder, "41"], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        say("journal_append_10", f"{r['small_ms']:.2f}", "ms",
            f"one session written and fdatasync'ed at {r['small_entries']} entries, median of {r['appends']}")
        say("journal_append_10y", f"{r['large_ms']:.2f}", "ms", f"the same at {r['large_entries']} entries")
        say("journal_append_ratio", f"{r['large_ms'] / r['small_ms']:.2f}", "x", "target <= 1.2")
        out = subprocess.run([bench, "history", folder, "7"], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        say("history_open_10", f"{r['small_ms']:.1f}", "ms",
            f"History page built, filled and painted at {r['small_entries']} entries, median of 7")
        say("history_open_10y", f"{r['large_ms']:.1f}", "ms", f"the same at {r['large_entries']} entries")
        say("history_open_ratio", f"{r['large_ms'] / r['small_ms']:.2f}", "x", "target <= 2")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def page_figures(build):
    """Opening each page after its first time (tests/bench/PageBench.cpp): the real window,
    every bundled technique and routine in turn, against painting the window unchanged."""
    out = subprocess.run([os.path.join(build, "tests", "bench", "knead_bench_pages"), "3"],
                         capture_output=True, text=True, check=True)
    r = json.loads(out.stdout)
    say("page_repaint_floor", f"{r['floor_median_ms']:.1f}", "ms", "floor: the window painted again, nothing changed")
    for page in r["pages"]:
        say(f"page_open_{page['page']}", f"{page['median_ms']:.1f}", "ms",
            f"median of {r['openings_per_page']} openings, laid out and painted; target <= 16.7 (one frame at 60 Hz)")
        say(f"page_open_{page['page']}_worst", f"{page['worst_ms']:.1f}", "ms")
        say(f"page_open_{page['page']}_ratio", f"{page['median_ms'] / r['floor_median_ms']:.2f}", "x", "to the repaint floor")


def soundcheck_module():
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sound"))
    import soundcheck
    return soundcheck


def sound_server():
    """A private PulseAudio server with a null sink (tests/sound/soundcheck.py), as on a desktop
    with sound: Knead's chime and voice play, and cost what they cost there. None, said, when
    it cannot start."""
    soundcheck = soundcheck_module()
    try:
        return soundcheck.Pulse()
    except soundcheck.PulseUnavailable as e:
        say("sound_server", "-", "", f"none ({e}): the home, session and paused figures are taken without sound")
        return None


def cue_latency(build):
    """The chime's onset, heard through a PulseAudio null sink, against the planned step
    boundary (tests/sound/soundcheck.py; the recording's own latency is taken out with
    reference clicks recorded the same way). A 16-step routine with the voice off, so that
    every boundary is on the plan, and the sound-check routine with the voice on."""
    soundcheck = soundcheck_module()
    session = os.path.join(build, "tests", "sound", "knead_sound_session")
    pack = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "sound-pack")
    try:
        pulse = soundcheck.Pulse()
    except soundcheck.PulseUnavailable as e:
        say("cue_latency", "-", "", f"not measured: {e}")
        return
    folder = tempfile.mkdtemp(prefix="knead-bench-sound-")
    try:
        events, rec = soundcheck.run_session(session, pack, "chime-run", pulse, folder, "--voice", "off")
        late = soundcheck.chime_latencies(events, rec)
        heard = [x for x in late if x is not None]
        half = len(late) // 2
        first = [x for x in late[:half] if x is not None]
        second = [x for x in late[half:] if x is not None]
        say("cue_latency_chime_median", f"{statistics.median(heard):.1f}", "ms",
            f"{len(heard)} of {len(late)} step starts heard, voice off; target <= 30")
        say("cue_latency_chime_worst", f"{max(heard):.1f}", "ms", "target <= 60")
        say("cue_latency_chime_growth", f"{statistics.median(second) - statistics.median(first):.1f}", "ms",
            "median of the second half of the steps minus the first; target ~0")
        say("cue_latency_reference_spread", f"{rec.click_spread_ms:.1f}", "ms",
            f"{rec.clicks_matched} reference clicks; the measurement's own uncertainty")
        events, rec = soundcheck.run_session(session, pack, "sound-check", pulse, folder)
        late = [x for x in soundcheck.chime_latencies(events, rec) if x is not None]
        say("cue_latency_chime_voice_on_worst", f"{max(late):.1f}" if late else "-", "ms",
            f"{len(late)} step starts of the sound-check routine, voice on")
    finally:
        pulse.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
