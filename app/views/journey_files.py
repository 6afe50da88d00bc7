"""The journeys panel's file commands: import and export a journey as Waymark JSON (FORMAT.md),
and keep one as a template of your own.

A mixin of ``JourneysPanel`` (it uses the panel's ``doc``, its current journey, its status
``message`` and its one-undo-step push), kept apart so the panel module stays about the list.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from app.document import commands as C
from app.document.document import Document
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import journey_io
from app.models.errors import WaymarkError

JSON_FILTER = QT_TRANSLATE_NOOP("JourneysPanel", "Waymark journey (*.json);;All files (*)")


def save_template_support() -> Callable[..., Any] | None:
    try:
        from app.models.library import save_user_template
    except ImportError:
        return None
    return save_user_template


class JourneyFiles:
    """Import Journey…, Export Journey… and Save Journey as Template… of a journeys panel."""

    doc: Document
    message: Any  # the panel's Signal(str): a line for the window's status bar

    def current_id(self) -> str | None:
        raise NotImplementedError

    def _push_all(self, title: str, factories: list[Callable[[], C.Command]]) -> bool:
        raise NotImplementedError

    def _parent(self) -> QWidget | None:
        return self if isinstance(self, QWidget) else None

    def _folder(self) -> Path:
        return self.doc.path.parent if self.doc.path else Path.home()

    def import_journey(self) -> str | None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent(),
            translate("JourneysPanel", "Import journey"),
            str(self._folder()),
            translate("JourneysPanel", JSON_FILTER),
        )
        return self.import_journey_file(Path(name)) if name else None

    def import_journey_file(self, path: Path) -> str | None:
        """Add the journey of a FORMAT.md file and the personas it brings, as one undo step."""
        path = Path(path)
        try:
            data = journey_io.read_journey_file(path)
            journey, personas, warnings = journey_io.import_journey(self.doc.project, data)
        except WaymarkError as exc:
            QMessageBox.warning(
                self._parent(),
                translate("JourneysPanel", "Journey not imported"),
                translate("JourneysPanel", "{name} cannot be imported:\n\n{error}").format(name=path.name, error=exc),
            )
            return None
        factories: list[Callable[[], C.Command]] = [partial(C.add_persona, self.doc, p) for p in personas]
        factories.append(lambda: C.add_journey(self.doc, journey))
        if not self._push_all(translate("JourneysPanel", "Import Journey"), factories):
            return None
        n = len(personas)
        added = (
            translate("JourneysPanel", "; {n} persona added")
            if n == 1
            else translate("JourneysPanel", "; {n} personas added")
        )
        note = "".join(f"; {w}" for w in warnings[:3])
        if len(warnings) > 3:
            note += translate("JourneysPanel", "; and {count} more").format(count=len(warnings) - 3)
        text = translate("JourneysPanel", "Imported “{name}” from {file}").format(name=journey.name, file=path.name)
        self.message.emit(text + (added.format(n=n) if personas else "") + note)
        return journey.id

    def export_journey(self) -> Path | None:
        jid = self.current_id()
        if jid is None:
            return None
        journey = self.doc.journey(jid)
        start = self._folder() / f"{journey.name}.json"
        name, _ = QFileDialog.getSaveFileName(
            self._parent(),
            translate("JourneysPanel", "Export journey"),
            str(start),
            translate("JourneysPanel", JSON_FILTER),
        )
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_name(path.name + ".json")
        return self.export_journey_to(jid, path)

    def export_journey_to(self, journey_id: str, path: Path) -> Path | None:
        try:
            journey_io.export_journey(self.doc.project, journey_id, path)
        except WaymarkError as exc:
            QMessageBox.critical(self._parent(), translate("JourneysPanel", "Journey not exported"), str(exc))
            return None
        self.message.emit(
            translate("JourneysPanel", "Exported “{name}” to {file}").format(
                name=self.doc.journey(journey_id).name, file=path.name
            )
        )
        return path

    def save_as_template(self) -> bool:
        jid = self.current_id()
        save_user_template = save_template_support()
        if jid is None or save_user_template is None:
            return False
        name, ok = QInputDialog.getText(
            self._parent(),
            translate("JourneysPanel", "Save journey as template"),
            translate("JourneysPanel", "Template name:"),
            QLineEdit.EchoMode.Normal,
            self.doc.journey(jid).name,
        )
        if not ok or not name.strip():
            return False
        try:
            save_user_template(self.doc.project, jid, name.strip())
        except (WaymarkError, OSError) as exc:
            QMessageBox.critical(self._parent(), translate("JourneysPanel", "Template not saved"), str(exc))
            return False
        self.message.emit(
            translate(
                "JourneysPanel", "Saved the template “{name}”; it is offered in New Journey from Template…"
            ).format(name=name.strip())
        )
        return True
