"""Runs many `waymark` command lines in one process, for the fuzz tests (tests/fuzz_harness.py).

Starting a Python process per case would spend the whole minute on imports, so a child runs
a batch: each case calls ``app.cli.main`` with stderr captured, under an alarm, and whatever
escapes ``main`` (a traceback) is recorded instead of ending the batch. Cases come as JSON
on stdin; results go as JSON lines on stdout.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import sys
import traceback


class Hung(BaseException):
    pass


def _alarm(_signum, _frame):
    raise Hung()


def main() -> int:
    spec = json.load(sys.stdin)
    timeout = int(spec.get("timeout", 20))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import app.models.entities  # noqa: F401  (before PySide6, as app/cli.py does)
    from app.cli import main as waymark

    signal.signal(signal.SIGALRM, _alarm)
    out = sys.__stdout__
    for argv in spec["cases"]:
        err, std = io.StringIO(), io.StringIO()
        rc, error = None, None
        signal.alarm(timeout)
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(std):
                rc = waymark(list(argv))
        except Hung:
            error = f"hung for more than {timeout} s"
        except SystemExit as exc:  # argparse usage errors
            rc = exc.code if isinstance(exc.code, int) else 2
        except BaseException:
            error = traceback.format_exc()
        finally:
            signal.alarm(0)
        out.write(json.dumps({"argv": argv, "rc": rc, "stderr": err.getvalue(), "error": error}) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
