"""The built-in sample project and the template library: built-in and user templates.

Templates are FORMAT.md documents with one extra top-level field, ``template``
({"id", "name"}), which the reader ignores; so a template is also a valid import.

Built-in templates live in ``resources/templates/`` (one file each, the file's stem is the
id). User templates are files of the same form in ``data_dir() / "templates"``; their ids
are ``user:<slug>`` so they never clash with a built-in. A user template file that cannot
be read is skipped with a logged warning: a broken file in the data folder never stops the
library from listing or the app from starting.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from pathlib import Path

from app.i18n import translate
from app.models import limits as L
from app.models.atomic import write_bytes_atomic
from app.models.entities import Journey, Persona, Project, ProjectInfo
from app.models.errors import WaymarkError
from app.models.inputs import read_bounded
from app.models.interchange import project_from_data, project_to_data, read_project_json
from app.models.json_text import parse_json
from app.models.paths import data_dir, resources_dir

log = logging.getLogger(__name__)

SAMPLE_FILE = "sample/phone-purchase.json"
USER_PREFIX = "user:"
MAX_SLUG = 60

# The order the library shows its built-ins in (the typical journeys a business manages,
# then the blueprint); a built-in not named here follows, by name.
BUILTIN_ORDER = (
    "blank",
    "marketing-funnel",
    "service-visit",
    "discover-shop-buy",
    "onboarding",
    "payment",
    "product-use",
    "support",
    "change-or-leave",
    "service-blueprint",
)


class TemplateError(WaymarkError):
    """A template cannot be found, read, saved or deleted."""


def sample_project() -> Project:
    return read_project_json((resources_dir() / SAMPLE_FILE).read_bytes()).project


# -- where templates live ------------------------------------------------------------------


def user_templates_dir() -> Path:
    path = data_dir() / "templates"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _template_files() -> dict[str, Path]:
    return {p.stem: p for p in sorted((resources_dir() / "templates").glob("*.json"))}


def _user_template_files() -> dict[str, Path]:
    return {USER_PREFIX + p.stem: p for p in sorted(user_templates_dir().glob("*.json")) if not p.name.startswith(".")}


def is_user_template(template_id: str) -> bool:
    return template_id.startswith(USER_PREFIX)


def _template_name(raw: object, fallback: str) -> str:
    meta = raw.get("template") if isinstance(raw, dict) else None
    name = meta.get("name") if isinstance(meta, dict) else None
    return name if isinstance(name, str) and name.strip() else fallback


# -- listing and loading -------------------------------------------------------------------


def _builtin_templates() -> list[tuple[str, str]]:
    found = []
    for template_id, path in _template_files().items():
        name = _template_name(json.loads(path.read_text(encoding="utf-8")), template_id)
        found.append((template_id, translate("Templates", name)))
    rank = {tid: n for n, tid in enumerate(BUILTIN_ORDER)}
    return sorted(found, key=lambda t: (rank.get(t[0], len(rank)), t[1].casefold()))


def _read_user_template(path: Path) -> tuple[str, Project]:
    """(name, project) of a user template file; raises TemplateError when it is unusable."""
    try:
        # The user's folder can hold anything under a .json name: a FIFO, a huge or crafted file.
        raw = parse_json(read_bounded(path, L.MAX_JSON_BYTES, "template", label=path.name))
        project = project_from_data(raw).project
    except WaymarkError as exc:
        raise TemplateError(
            translate("Library", "user template {name} cannot be read: {problem}").format(name=path.name, problem=exc)
        ) from None
    if not project.journeys:
        raise TemplateError(translate("Library", "user template {name} has no journey").format(name=path.name))
    return _template_name(raw, path.stem), project


def _user_templates() -> list[tuple[str, str]]:
    found = []
    for template_id, path in _user_template_files().items():
        try:
            name, _project = _read_user_template(path)
        except TemplateError as exc:
            log.warning("%s; skipped", exc)
            continue
        found.append((template_id, name))
    return sorted(found, key=lambda t: (t[1].casefold(), t[0]))


def list_templates(include_user: bool = False) -> list[tuple[str, str]]:
    """(id, name) of every built-in template, blank first; then, with ``include_user``,
    the user's templates by name, their ids prefixed ``user:``. Unreadable user files are
    skipped with a warning."""
    found = _builtin_templates()
    if include_user:
        found += _user_templates()
    return found


def load_template(template_id: str) -> Project:
    if is_user_template(template_id):
        path = _user_template_files().get(template_id)
        if path is None:
            raise TemplateError(translate("Library", "no user template '{id}'").format(id=template_id))
        return _read_user_template(path)[1]
    path = _template_files().get(template_id)
    if path is None:
        known = ", ".join(t for t, _ in _builtin_templates())
        raise TemplateError(
            translate("Library", "no template '{id}' (templates: {known})").format(id=template_id, known=known)
        )
    return _localized(read_project_json(path.read_bytes()).project)


def _localized(project: Project) -> Project:
    """A built-in template's names and descriptions in the session's language.

    Done as the project is created, so the file then holds the German names a German user
    saw; renaming later is the user's own text, never translated again. The texts are
    marked in app/models/template_texts.py (scripts/template_texts.py writes it). User
    templates and imported JSON are the user's words and are never passed through here.
    """

    def tr(text: str) -> str:
        return translate("Templates", text) if text.strip() else text

    project.info.name = tr(project.info.name)
    project.info.description = tr(project.info.description)
    for persona in project.personas:
        persona.name, persona.role, persona.quote = tr(persona.name), tr(persona.role), tr(persona.quote)
    for journey in project.journeys:
        journey.name = tr(journey.name)
        journey.description = tr(journey.description)
        for stage in journey.stages:
            stage.name = tr(stage.name)
            stage.description = tr(stage.description)
        for lane in journey.lanes:
            lane.name = tr(lane.name)
        for card in journey.cards:
            card.text = tr(card.text)
    return project


# -- user templates ------------------------------------------------------------------------


def slugify(text: str) -> str:
    """A file-name-safe id from a name: lower-case ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:MAX_SLUG].strip("-")
    return slug or "template"


def _unique(base: str, taken: set[str], limit: int = 100) -> str:
    if base not in taken:
        return base
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = base[: max(1, limit - len(suffix))] + suffix
        if candidate not in taken:
            return candidate
        n += 1


def _personas_used(project: Project, journey: Journey) -> list[Persona]:
    wanted = set(journey.persona_ids) | {e.persona for e in journey.emotions if e.persona}
    return [p for p in project.personas if p.id in wanted]


def save_user_template(project_like: Project, journey_id: str, name: str) -> str:
    """Save one journey of ``project_like`` (and the personas it uses) as a user template
    called ``name``; return its id (``user:<slug>``, unique among the user's templates)."""
    name = " ".join(name.split())
    if not name:
        raise TemplateError(translate("Library", "a template needs a name"))
    if len(name) > L.MAX_NAME:
        raise TemplateError(translate("Library", "a template's name is at most {n} characters").format(n=L.MAX_NAME))
    journey = project_like.journey(journey_id)
    if journey is None:
        raise TemplateError(translate("Library", "no journey '{id}' to save as a template").format(id=journey_id))
    taken = {p.stem for p in user_templates_dir().glob("*.json")}
    slug = _unique(slugify(name), taken)
    project = Project(
        project=ProjectInfo(name=name, description=journey.description),
        personas=[p.model_copy(deep=True) for p in _personas_used(project_like, journey)],
        journeys=[journey.model_copy(deep=True)],
    )
    data = project_to_data(project)
    read_project_json(json.dumps(data))  # a template must load back; refuse before writing
    document = {"format": data["format"], "template": {"id": slug, "name": name}}
    document.update((k, v) for k, v in data.items() if k != "format")
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    write_bytes_atomic(user_templates_dir() / f"{slug}.json", text.encode("utf-8"))
    return USER_PREFIX + slug


def delete_user_template(template_id: str) -> None:
    if not is_user_template(template_id):
        raise TemplateError(
            translate("Library", "'{id}' is a built-in template and cannot be deleted").format(id=template_id)
        )
    path = _user_template_files().get(template_id)
    if path is None:
        raise TemplateError(translate("Library", "no user template '{id}'").format(id=template_id))
    try:
        path.unlink()
    except OSError as exc:
        raise TemplateError(
            translate("Library", "could not delete {name}: {reason}").format(name=path.name, reason=exc.strerror or exc)
        ) from None


# -- a template as a new journey of an existing project ------------------------------------


def journey_from_template(
    template_id: str, taken_journey_ids: set[str], taken_names: set[str] | None = None
) -> tuple[Journey, list[Persona]]:
    """The template's (first) journey with a fresh id not in ``taken_journey_ids`` and,
    when ``taken_names`` is given, a name not among them ("Support (2)"); plus the personas
    it uses. The caller merges the personas by id: one the project already has is kept."""
    project = load_template(template_id)
    if not project.journeys:
        raise TemplateError(translate("Library", "template '{id}' has no journey").format(id=template_id))
    journey = project.journeys[0].model_copy(deep=True)
    journey.id = _unique(slugify(journey.name) if journey.name.strip() else "journey", set(taken_journey_ids))
    if taken_names and journey.name in taken_names:
        n = 2
        while f"{journey.name} ({n})" in taken_names:
            n += 1
        journey.name = f"{journey.name} ({n})"
    return journey, _personas_used(project, journey)
