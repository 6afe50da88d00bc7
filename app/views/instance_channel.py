"""Opening a project that another Waymark of this user already shows brings that window forward.

A file manager starts a new ``waymark FILE`` for every double-click. Without this, opening a
project already open in a running Waymark would meet its lock and offer a read-only copy. Each
interactive Waymark process listens on a local socket (a Unix socket in the temporary folder, a
named pipe on Windows) named after the user and its process id. The project's lock file already
says which process holds it (app/models/locking.py: pid, host, user), so a new process asks
exactly that one to raise the window, with no scan and no election among several running
instances. Only this user can connect (UserAccessOption).

Nothing here may stop Waymark starting: every wait is at most a second, a socket file left by a
dead process of the same id is removed before listening, and whatever goes wrong (no answer, a
refused connection, a lock file of another machine) means "open it here as before".
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import re
import socket
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1000  # each connect, write and read; a busy holder that misses it is opened as before
RAISED, ABSENT = b"raised\n", b"absent\n"


def _user() -> str:
    try:
        name = getpass.getuser()
    except Exception:
        name = "user"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:32] or "user"


def server_name(pid: int | None = None) -> str:
    """``waymark-USER-DATA-PID``: per user and per data folder, so tests (and portable installs
    with WAYMARK_DATA_DIR) never reach a window of another setup."""
    from app.models.paths import configured_data_dir

    data = hashlib.sha256(str(configured_data_dir()).encode()).hexdigest()[:8]
    return f"waymark-{_user()}-{data}-{os.getpid() if pid is None else pid}"


class InstanceServer(QObject):
    """Answers "raise the window of PATH" for this process's windows."""

    def __init__(self, raise_window: Callable[[Path], bool], parent: QObject | None = None):
        super().__init__(parent)
        self._raise_window = raise_window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self, name: str | None = None) -> bool:
        """Listen; a stale socket file in the way (a dead process had this id) is removed first."""
        name = name or server_name()
        if self.server.listen(name):
            return True
        QLocalServer.removeServer(name)
        return self.server.listen(name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._answer(c))
            conn.disconnected.connect(conn.deleteLater)
            if conn.bytesAvailable():
                self._answer(conn)

    def _answer(self, conn: QLocalSocket) -> None:
        if not conn.canReadLine():
            if conn.bytesAvailable() > 4096:
                conn.abort()  # not one of ours
            return
        reply = ABSENT
        with contextlib.suppress(ValueError, TypeError, AttributeError, OSError):
            request = json.loads(bytes(conn.readLine().data()).decode("utf-8"))
            if isinstance(request, dict) and isinstance(request.get("raise"), str):
                reply = RAISED if self._raise_window(Path(request["raise"])) else ABSENT
        conn.write(reply)
        conn.flush()
        conn.disconnectFromServer()


def ask_to_raise(name: str, path: Path) -> bool:
    """Ask the process listening on ``name`` to raise its window of ``path``; True if it did."""
    conn = QLocalSocket()
    conn.connectToServer(name)
    if not conn.waitForConnected(TIMEOUT_MS):
        return False
    try:
        conn.write(json.dumps({"raise": str(path)}).encode("utf-8") + b"\n")
        if not conn.waitForBytesWritten(TIMEOUT_MS):
            return False
        # The holder answers and hangs up; its line may arrive with the hang-up.
        while not conn.canReadLine():
            if not conn.waitForReadyRead(TIMEOUT_MS) and not conn.canReadLine():
                return False
        return bytes(conn.readLine().data()) == RAISED
    finally:
        conn.abort()


def holder_pid(path: Path) -> int | None:
    """The process of this user on this machine that holds ``path`` open for writing, if any."""
    from app.models.file_identity import real_path
    from app.models.locking import FileLock, lock_path_for

    lock = lock_path_for(real_path(path))
    try:
        if not lock.exists():
            return None
        info = FileLock.read_info(lock)
    except Exception:
        return None
    pid = info.get("pid")
    if not isinstance(pid, int) or pid == os.getpid() or info.get("host") != socket.gethostname():
        return None
    if str(info.get("user")) != getpass.getuser():
        return None
    return pid


def raise_in_running_instance(path: Path) -> int | None:
    """Raise ``path``'s window in the Waymark that holds it; that process's id, or None."""
    pid = holder_pid(path)
    if pid is None:
        return None
    from app.models.file_identity import real_path

    return pid if ask_to_raise(server_name(pid), real_path(path)) else None
