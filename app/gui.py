"""Starting the window: the document to show, crash recovery, and the --smoke check."""

from __future__ import annotations

import argparse
import os
import sys

from app import __version__
from app.i18n import translate


def _prepare_imports() -> None:
    import app.models.entities  # noqa: F401  (before PySide6; see app/document/__init__.py)


_QT_NOISE = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()")


def _quiet_qt_messages() -> None:
    """Drop Qt's offscreen-plugin chatter; every other Qt message still reaches stderr."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if message not in _QT_NOISE:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _initial_document(args: argparse.Namespace):
    from app.document.document import Document
    from app.views.main_window import open_document_interactively

    if args.file is None:
        from app.models.library import sample_project

        return Document.new(sample_project(), title=translate("Gui", "Phone purchase (sample)"))
    if args.smoke or args.read_only:
        # No one to answer a question: a file open elsewhere is shown read-only.
        from app.models.errors import FileInUseError

        try:
            return Document.open(args.file, read_only=args.read_only)
        except FileInUseError:
            return Document.open(args.file, read_only=True)
    return open_document_interactively(args.file)


def _offer_recovery() -> list:
    from PySide6.QtWidgets import QMessageBox

    from app.document.document import Document
    from app.models.errors import WaymarkError
    from app.models.session import ProjectSession, find_orphans
    from app.views.recovery_dialog import RecoveryDialog

    orphans = find_orphans()
    if not orphans:
        return []
    dialog = RecoveryDialog(orphans)
    if not dialog.exec():
        return []
    for orphan in dialog.to_discard:
        orphan.discard()
    docs = []
    for orphan in dialog.to_recover:
        try:
            docs.append(Document(ProjectSession.recover(orphan)))
        except WaymarkError as exc:
            QMessageBox.critical(None, translate("Gui", "Cannot recover"), str(exc))
    return docs


def _print_notices(doc) -> None:
    """--smoke has no window to read: say on stderr why the file is read-only or recovery is off."""
    from app.models.inputs import printable
    from app.models.paths import data_dir_notice

    data = data_dir_notice()
    note = doc.session.notice or ""
    if data:
        note = note.replace(data, "").strip()
        print(f"waymark: warning: {printable(data, limit=1000)}", file=sys.stderr)
    if note:
        print(f"waymark: note: {printable(note, limit=1000)}", file=sys.stderr)


def _no_display() -> bool:
    return sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace) -> int:
    if _no_display() and not os.environ.get("QT_QPA_PLATFORM"):
        if not args.smoke:
            message = translate(
                "Gui",
                "no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
                "run it on a desktop, or use --smoke to check the installation",
            )
            print(f"waymark: error: {message}", file=sys.stderr)

            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _prepare_imports()
    _quiet_qt_messages()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Waymark")
    app.setApplicationDisplayName("Waymark")
    app.setOrganizationName("Waymark")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("waymark")  # Wayland matches the window to waymark.desktop by this
    _set_window_icon(app)
    from app.i18n_qt import install_translations

    install_translations()
    from app.views.preferences.appearance import apply_appearance

    apply_appearance(app)  # Preferences' theme and board text size, before any window is built

    from app.views.main_window import WINDOWS, MainWindow

    if args.smoke:
        doc = _initial_document(args)
        window = MainWindow(doc)
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        _print_notices(doc)
        painted = not window.grab().isNull()
        presenting = getattr(args, "present", False)
        if presenting:
            from app.views.workshop.present_check import presentation_painted

            painted = painted and presentation_painted(window)
        doc.close()
        WINDOWS.remove(window)  # deleted without closing: it must not stay among the open windows
        window.deleteLater()
        what = "presentation mode" if presenting else "window"
        print(
            f"waymark {__version__}: {what} painted, {len(doc.project.journeys)} journey(s)"
            if painted
            else f"waymark: error: the {what} did not paint",
            file=sys.stderr,
        )
        return 0 if painted else 1

    if args.file is not None and not args.read_only and not getattr(args, "present", False):
        if _raised_elsewhere(args.file):
            return 0
    server = _serve_other_instances()
    if not open_start_windows(args):
        return 1
    if getattr(args, "present", False):
        _present_file(args)
    try:
        return app.exec()
    finally:
        if server is not None:
            server.close()


def _set_window_icon(app) -> None:
    """The signpost of packaging/linux in every window's title bar and the task switcher."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from app.models.paths import resources_dir

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = resources_dir() / "icons" / f"waymark-{size}.png"
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    if not icon.isNull():
        app.setWindowIcon(icon)


def _raised_elsewhere(path) -> bool:
    """A file manager's second ``waymark FILE`` for a project another Waymark of this user shows:
    that window comes forward and this process ends (app/views/instance_channel.py)."""
    from app.i18n import translate
    from app.models.inputs import printable
    from app.views.instance_channel import raise_in_running_instance

    pid = raise_in_running_instance(path)
    if pid is None:
        return False
    note = translate(
        "InstanceChannel", "{name} is already open in Waymark (process {pid}); that window was brought forward"
    ).format(name=printable(path.name), pid=pid)
    print(f"waymark: note: {note}", file=sys.stderr)
    return True


def _serve_other_instances():
    """Listen for later ``waymark FILE`` processes asking this one to raise a window; None if the
    channel cannot be opened (Waymark then works as before, it only cannot be asked)."""
    from app.views.instance_channel import InstanceServer
    from app.views.main_window import raise_window_for

    server = InstanceServer(raise_window_for)
    return server if server.listen() else None


def _present_file(args: argparse.Namespace) -> None:
    """``waymark present FILE``: the window showing FILE goes straight into presentation mode."""
    from app.views.windows import WINDOWS, window_for

    window = window_for(args.file) or (WINDOWS[-1] if WINDOWS else None)  # read-only: not "for" it
    if window is not None and hasattr(window, "presentation"):
        window.presentation.start()


def open_start_windows(args: argparse.Namespace) -> bool:
    """Show the start-up windows; False when there is nothing to show (the app then exits 1).

    Recovery comes first, and FILE opens only if no recovered window holds it already: a
    recovered session locks its file, so opening FILE again would meet this process's own lock,
    ask whether to open a read-only copy over the recovered window, and on Cancel quit with the
    recovered edits unsaved. With no FILE and nothing recovered, the start page offers the
    sample, a template, Open and the recent files (``--sample`` opens the sample directly).
    """
    from app.views.main_window import MainWindow, open_in_window
    from app.views.windows import WINDOWS

    for doc in _offer_recovery():
        MainWindow(doc).show()
    if args.file is not None:
        if args.read_only:
            doc = _initial_document(args)
            if doc is not None:
                MainWindow(doc).show()
        else:
            open_in_window(args.file)  # brings the recovered window forward if it shows FILE
    elif getattr(args, "sample", False):
        MainWindow(_initial_document(args)).show()
    elif not WINDOWS:
        from app.views.start_page import show_start_page

        return show_start_page() is not None
    return bool(WINDOWS)
