"""Crash tests: SIGKILL a process that is editing or saving a project, many times, at random points.

Each iteration starts ``tests/crash_child.py`` on a fresh copy of the sample project; the child
pushes a reproducible stream of edits (add, retext and move cards, set emotion points) through
``Document.push`` and prints ``done n`` after each edit returns (and ``saving n`` / ``saved n``
around ``doc.save()`` in the save test). The test kills it with SIGKILL at a random moment, then
replays the same edits in memory (``crash_child.Model``) and checks:

* recovery (``find_orphans`` + ``ProjectSession.recover``) finds the dead session's working copy,
  it holds exactly the first n or n+1 edits, where n is the last ``done`` (so every edit that had
  returned is there, and the one in flight is all-or-nothing), and ``PRAGMA integrity_check`` on
  it is ok;
* the user's file is exactly the last saved version or the one being saved, passes
  ``inspect_file`` and ``integrity_check`` (stdlib sqlite3, read-only), has no
  ``-wal``/``-shm``/``-journal`` beside it, and the next open+save+close leaves nothing but the
  file in its folder (a killed save may leave ``.~waymark-*`` temporaries until then).

``WAYMARK_CRASH_SEED`` changes the seeded choices (edit plans, kill delays); kill points still
vary with timing, so every run probes different moments.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.crash_child import Model, Summary, expected

REPO = Path(__file__).resolve().parent.parent
KILLS = 25
SEED = int(os.environ.get("WAYMARK_CRASH_SEED") or 20240917)
READY_TIMEOUT = 60.0  # a child's imports and open, on a loaded machine
EXIT_TIMEOUT = 20.0

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL and flock are POSIX"),
]


# -- the child process ----------------------------------------------------------------------


@dataclass
class Output:
    """What a killed child printed: the edits that returned and the saves it started/finished."""

    token: str = ""
    done: int = 0  # edits 1..done had returned
    saving: int = 0  # the last save started; the file was about to hold edits 1..saving
    saved: int = 0  # the last save that returned; the file held edits 1..saved
    save_times: list[float] = field(default_factory=list)

    @property
    def killed_mid_save(self) -> bool:
        return self.saving > self.saved


class Child:
    """One ``crash_child`` process, with a thread collecting its stdout line by line."""

    def __init__(self, path: Path, seed: int, save_every: tuple[int, int] | None, log_dir: Path):
        self.path, self.seed = path, seed
        self.stderr_path = log_dir / f"{path.parent.name}.stderr"
        lo, hi = save_every or (0, 0)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
        with open(self.stderr_path, "wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "tests.crash_child", str(path), str(seed), str(lo), str(hi)],
                cwd=REPO,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
            )
        self.lines: list[str] = []
        self.eof = False
        self.started = 0.0
        self.trigger: tuple[Callable[[str], bool], float] | None = None
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, name=f"crash-child-{self.proc.pid}", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for raw in self.proc.stdout:
            if not raw.endswith(b"\n"):
                break  # a line cut by the kill was never printed as far as the test is concerned
            line = raw.decode("utf-8", "replace").rstrip("\n")
            with self._cond:
                self.lines.append(line)
                self._cond.notify_all()
            trigger = self.trigger
            if trigger is not None and trigger[0](line):
                self.trigger = None
                time.sleep(trigger[1])
                self.kill()
        with self._cond:
            self.eof = True
            self._cond.notify_all()

    def wait_ready(self) -> str:
        with self._cond:
            self._cond.wait_for(lambda: self.eof or self.lines, READY_TIMEOUT)
            first = self.lines[0] if self.lines else ""
        if not first.startswith("ready "):
            self.kill()
            self.reap()
            raise AssertionError(f"the child did not start (printed {first!r})\n{self.describe()}")
        return first.split()[1]

    def go(self) -> None:
        self.started = time.monotonic()
        self.proc.stdin.write(b"go\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, OSError):
            if self.proc.poll() is None:
                self.proc.send_signal(signal.SIGKILL)

    def wait_for_exit(self, timeout: float) -> None:
        with self._cond:
            self._cond.wait_for(lambda: self.eof, timeout)

    def reap(self) -> int | None:
        self.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=EXIT_TIMEOUT)
        self._reader.join(timeout=EXIT_TIMEOUT)
        with contextlib.suppress(OSError):
            self.proc.stdin.close()
        with contextlib.suppress(OSError):
            self.proc.stdout.close()
        return self.proc.returncode

    def output(self) -> Output:
        """Parse what the child printed; checks the lines are the protocol, in order."""
        out = Output()
        for number, line in enumerate(self.lines):
            word, *rest = line.split()
            if number == 0:
                assert word == "ready", f"first line {line!r}"
                out.token = rest[0]
            elif word == "done":
                assert int(rest[0]) == out.done + 1, f"edit numbers skip at {line!r}"
                out.done += 1
            elif word == "saving":
                assert int(rest[0]) == out.done, f"{line!r} after done {out.done}"
                out.saving = out.done
            elif word == "saved":
                assert int(rest[0]) == out.saving, f"{line!r} after saving {out.saving}"
                out.saved = out.saving
                out.save_times.append(float(rest[1]))
            else:
                raise AssertionError(f"unexpected line from the child: {line!r}")
        return out

    def describe(self) -> str:
        try:
            err = self.stderr_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            err = "(no stderr file)"
        tail = "\n    ".join(self.lines[-6:]) or "(nothing)"
        return (
            f"child pid {self.proc.pid}, file {self.path}, plan seed {self.seed}, test seed {SEED} "
            f"(WAYMARK_CRASH_SEED={SEED} replays it), exit {self.proc.returncode}\n"
            f"  last stdout lines:\n    {tail}\n  stderr:\n{err[-4000:] or '(empty)'}"
        )


class Runner:
    """Starts children one ahead, so the next one imports Qt while the current one is edited."""

    def __init__(self, tmp_path: Path, rng: random.Random, save_every: tuple[int, int] | None):
        from app.models.library import sample_project

        self.tmp_path, self.rng, self.save_every = tmp_path, rng, save_every
        self.live: list[Child] = []
        self.count = 0
        self.next: Child | None = None
        self.sample = sample_project()
        self.logs = tmp_path / "logs"
        self.logs.mkdir()

    def start(self) -> None:
        from app.models.project_file import read_project_file

        self.next = self._spawn()
        self.base, _ = read_project_file(self.next.path)  # every file starts as this project

    def _spawn(self) -> Child:
        from app.models.session import create_project_file

        path = self.tmp_path / f"run-{self.count:02d}" / "journey.waymark"
        self.count += 1
        path.parent.mkdir()
        create_project_file(self.sample, path)
        child = Child(path, self.rng.randrange(2**31), self.save_every, self.logs)
        self.live.append(child)
        return child

    def take(self, more: bool) -> tuple[Child, str]:
        """The next child, ready (opened, waiting for ``go``); starts the one after it if ``more``."""
        child = self.next
        token = child.wait_ready()
        self.next = self._spawn() if more else None
        return child, token

    def settle(self) -> None:
        """Wait until the spare child has opened its project and sits idle.

        find_orphans() must not run while another process writes its session metadata: it
        mistakes the ``.~waymark-*.json`` temporary for an orphan and deletes it (see report).
        """
        if self.next is not None:
            self.next.wait_ready()

    def close(self) -> None:
        for child in self.live:
            child.kill()
        for child in self.live:
            child.reap()


@contextlib.contextmanager
def runner(tmp_path: Path, rng: random.Random, save_every: tuple[int, int] | None) -> Iterator[Runner]:
    r = Runner(tmp_path, rng, save_every)
    try:
        r.start()
        yield r
    finally:
        r.close()  # never leave a child behind, whatever failed


def kill_and_collect(child: Child, kill_at: float | None) -> Output:
    """SIGKILL at ``kill_at`` (monotonic), or wait for the child's own trigger; then reap it."""
    if kill_at is not None:
        time.sleep(max(0.0, kill_at - time.monotonic()))
        child.kill()
    else:
        child.wait_for_exit(30.0)  # the reader kills on the trigger line; this is a backstop
    code = child.reap()
    assert code == -signal.SIGKILL, f"the child ended by itself (exit {code}) before it was killed\n{child.describe()}"
    try:
        return child.output()
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{child.describe()}") from None


# -- checks --------------------------------------------------------------------------------


@contextlib.contextmanager
def blame(child: Child, iteration: int, what: str) -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        pytest.fail(f"kill {iteration}: {what}: {type(exc).__name__}: {exc}\n{child.describe()}")


def integrity(path: Path) -> list[str]:
    """PRAGMA integrity_check with the stdlib module, on a read-only connection."""
    uri = f"file:{urllib.parse.quote(str(path))}?mode=ro"
    con = sqlite3.connect(uri, uri=True)
    try:
        return [row[0] for row in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()


def summary(project) -> Summary:
    return Model.of(project).summary()


def k_cards(s: Summary) -> set[str]:
    return {cid for (_jid, cid) in s[1] if cid.startswith("k-")}


def diff(actual: Summary, want: Summary, limit: int = 12) -> str:
    lines = []
    for name, got, exp in zip(("cell", "text", "emotion"), actual, want, strict=False):
        for key in sorted(set(got) | set(exp), key=repr):
            if got.get(key) != exp.get(key):
                lines.append(f"    {name} {key}: got {got.get(key)!r}, want {exp.get(key)!r}")
    more = f"\n    ... and {len(lines) - limit} more" if len(lines) > limit else ""
    return "\n".join(lines[:limit]) + more


def check_holds_edits(actual: Summary, wants: dict[int, Summary], counts: tuple[int, ...], what: str) -> int:
    """``actual`` equals the project after one of ``counts`` edits; returns which."""
    for n in counts:
        if actual == wants[n]:
            return n
    lowest = wants[counts[0]]
    lost = sorted(k_cards(lowest) - k_cards(actual), key=lambda c: int(c[2:]))
    if lost:
        raise AssertionError(
            f"{what} lost returned edits: cards {lost} are missing "
            f"(expected the state after edit {' or '.join(map(str, counts))})"
        )
    raise AssertionError(
        f"{what} is not the state after edit {' or '.join(map(str, counts))}:\n"
        f"  against edit {counts[0]}:\n{diff(actual, wants[counts[0]])}\n"
        f"  against edit {counts[-1]}:\n{diff(actual, wants[counts[-1]])}"
    )


def recover_and_check(
    token: str, out: Output, wants: dict[int, Summary], original: Path, *, may_be_saved: bool
) -> int | None:
    """Recover the dead session's working copy; returns how many edits it holds (None: no orphan)."""
    from app.models.session import ProjectSession, find_orphans

    orphans = find_orphans()
    if not orphans:
        # No orphan is right only when nothing was edited since the last save (or ever).
        assert may_be_saved or out.done == 0, f"no working copy to recover after {out.done} returned edits"
        return None
    assert [o.token for o in orphans] == [token], (
        f"find_orphans() found {[o.token for o in orphans]}, expected only the killed session {token}"
    )
    orphan = orphans[0]
    assert orphan.original == original, f"the orphan points at {orphan.original}, not {original}"
    session = ProjectSession.recover(orphan)
    try:
        assert session.recovered and session.has_unsaved_edits
        assert not session.read_only, "the killed child's lock on the file outlived it"
        assert session.path == original
        result = integrity(session.work_path)
        assert result == ["ok"], f"integrity_check on the recovered working copy: {result}"
        held = check_holds_edits(
            summary(session.project), wants, (out.done, out.done + 1), "the recovered working copy"
        )
    finally:
        session.close()
    assert find_orphans() == [], "the recovered working copy is still offered after closing it"
    return held


def check_user_file(path: Path) -> Summary:
    """The user's file right after a kill: sound, in rollback-journal mode, nothing beside it."""
    from app.models.project_file import inspect_file, read_project_file

    names = set(os.listdir(path.parent))
    beside = sorted(n for n in names if n.startswith(f"{path.name}-"))
    assert not beside, f"files beside the user's file after the kill: {beside}"
    inspection = inspect_file(path)
    assert inspection.path == path
    result = integrity(path)
    assert result == ["ok"], f"integrity_check on the user's file: {result}"
    project, _ = read_project_file(path)
    return summary(project)


# -- the tests -----------------------------------------------------------------------------


@pytest.mark.timeout(300)
def test_sigkill_during_edits_loses_no_returned_edit(tmp_path: Path, data_dir: Path) -> None:
    rng = random.Random(SEED)
    started = time.monotonic()
    edits, in_flight_kept = [], 0
    with runner(tmp_path, rng, save_every=None) as r:
        for i in range(KILLS):
            child, token = r.take(more=i + 1 < KILLS)
            with blame(child, i, "running the child"):
                child.go()
                out = kill_and_collect(child, child.started + rng.uniform(0.05, 1.5))
            r.settle()
            edits.append(out.done)
            with blame(child, i, f"after a kill with {out.done} edits returned"):
                assert out.saving == 0
                wants = expected(child.seed, r.base, {0, out.done, out.done + 1})
                held = recover_and_check(token, out, wants, child.path, may_be_saved=False)
                in_flight_kept += held == out.done + 1
                # Edits never touch the user's file.
                assert check_user_file(child.path) == wants[0], "the user's file changed without a save"
    print(
        f"\n{KILLS} kills during edits in {time.monotonic() - started:.1f}s (seed {SEED}): "
        f"{min(edits)}-{max(edits)} edits returned per run, in-flight edit kept {in_flight_kept} times"
    )
    assert sum(1 for n in edits if n > 0) >= KILLS * 0.8, f"most kills came before any edit: {edits}"


@pytest.mark.timeout(300)
def test_sigkill_during_saves_leaves_old_or_new_file(tmp_path: Path, data_dir: Path, qapp) -> None:
    from app.document.document import Document
    from app.models.project_file import inspect_file, read_project_file

    rng = random.Random(SEED + 1)
    started = time.monotonic()
    save_times: list[float] = []
    stats = {"mid-save": 0, "new file": 0, "old file": 0, "temps left": 0, "no orphan": 0}
    with runner(tmp_path, rng, save_every=(2, 6)) as r:
        for i in range(KILLS):
            child, token = r.take(more=i + 1 < KILLS)
            kill_at = None
            if i % 2:
                # Aim inside a save: right after the k-th "saving" line, within a save's duration.
                k = rng.randint(1, 8)
                limit = 1.5 * statistics.median(save_times) if save_times else 0.02
                seen = iter(range(k, 0, -1))
                child.trigger = (
                    lambda line, seen=seen: line.startswith("saving ") and next(seen) == 1,
                    rng.uniform(0.0, limit),
                )
            else:
                kill_at = rng.uniform(0.05, 1.5)
            with blame(child, i, "running the child"):
                child.go()
                out = kill_and_collect(child, None if kill_at is None else child.started + kill_at)
            r.settle()
            save_times.extend(out.save_times)
            stats["mid-save"] += out.killed_mid_save
            path = child.path
            with blame(
                child,
                i,
                f"after a kill with {out.done} edits returned, "
                f"save of edit {out.saving} started, save of edit {out.saved} returned",
            ):
                counts = {0, out.saved, out.saving, out.done, out.done + 1}
                wants = expected(child.seed, r.base, counts)
                on_disk = check_user_file(path)
                # The file is the old version or the new one, nothing in between.
                held = check_holds_edits(on_disk, wants, (out.saved, out.saving), "the user's file")
                stats["new file" if held == out.saving and out.killed_mid_save else "old file"] += 1
                stats["temps left"] += any(n.startswith(".~waymark-") for n in os.listdir(path.parent))
                recovered = recover_and_check(token, out, wants, path, may_be_saved=True)
                if recovered is None:
                    # No unsaved edits were offered for recovery, so the file must hold them all.
                    stats["no orphan"] += 1
                    assert on_disk == wants[out.done], (
                        f"no working copy was left, but the file lacks returned edits:\n"
                        f"{diff(on_disk, wants[out.done])}"
                    )
                # The next save cleans up whatever the killed one left behind.
                doc = Document.open(path)
                try:
                    assert summary(doc.project) == on_disk
                    doc.save()
                finally:
                    doc.close()
                left = sorted(os.listdir(path.parent))
                assert left == [path.name], f"after open+save+close the folder holds {left}"
                inspect_file(path)
                assert summary(read_project_file(path)[0]) == on_disk
    print(
        f"\n{KILLS} kills during saves in {time.monotonic() - started:.1f}s (seed {SEED}): {stats}, "
        f"median save {statistics.median(save_times) * 1000 if save_times else 0:.1f} ms"
    )
    assert stats["mid-save"] >= KILLS // 5, f"too few kills landed inside a save: {stats}"
