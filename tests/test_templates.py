"""The template library: built-in templates, user templates, and the template picker."""

from __future__ import annotations

import json
import logging

import pytest

from app.cli import main
from app.models.library import (
    TemplateError,
    delete_user_template,
    journey_from_template,
    list_templates,
    load_template,
    save_user_template,
    user_templates_dir,
)
from app.models.paths import resources_dir

STAGES = {
    "blank": None,
    "marketing-funnel": ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"],
    "service-visit": ["Pre-arrival", "Arrival", "Waiting", "Service", "Post-service"],
    "discover-shop-buy": None,
    "onboarding": None,
    "payment": None,
    "product-use": None,
    "support": None,
    "change-or-leave": None,
    "service-blueprint": None,
}
TEMPLATE_IDS = list(STAGES)


def _roles(journey) -> set[str]:
    return {lane.role or lane.kind for lane in journey.lanes}


# -- built-in templates ------------------------------------------------------------------------


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_template_creates_a_valid_project(template_id, tmp_path, capsys):
    path = tmp_path / "x.waymark"
    assert main(["new", str(path), "--template", template_id]) == 0
    assert main(["check", str(path)]) == 0
    assert "ok (schema" in capsys.readouterr().out
    assert main(["info", str(path)]) == 0
    info = json.loads(capsys.readouterr().out)
    (journey,) = info["journeys"]
    assert info["personas"] == 0 and journey["personas"] == 0
    template = load_template(template_id)
    assert journey["stages"] == len(template.journeys[0].stages)
    assert journey["lanes"] == len(template.journeys[0].lanes)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_template_has_its_stages_and_the_core_lanes(template_id):
    project = load_template(template_id)
    assert not project.personas
    (journey,) = project.journeys
    names = [s.name for s in journey.stages]
    if STAGES[template_id] is not None:
        assert names == STAGES[template_id]
    elif template_id != "blank":
        assert 4 <= len(names) <= 6, names
        assert all(s.description for s in journey.stages), "every stage says what happens in it"
    kinds = [lane.kind for lane in journey.lanes]
    assert kinds.count("emotion") >= 1 and kinds.count("touchpoints") >= 1
    assert any(lane.role == "actions" for lane in journey.lanes)


def test_discover_shop_buy_starts_with_its_three_stages():
    names = [s.name for s in load_template("discover-shop-buy").journeys[0].stages]
    assert names[:3] == ["Discover", "Shop", "Buy"]


def test_template_files_name_themselves():
    for path in sorted((resources_dir() / "templates").glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        assert raw["template"]["id"] == path.stem
        assert raw["template"]["name"] and raw["template"]["name"][0].isupper()


def test_the_service_blueprint_draws_its_three_lines_between_the_right_lanes():
    journey = load_template("service-blueprint").journeys[0]
    order = [lane.id for lane in journey.lanes]
    role = {lane.id: lane.role or lane.kind for lane in journey.lanes}
    below = {line.kind: role[order[order.index(line.after_lane) + 1]] for line in journey.lines}
    above = {line.kind: role[line.after_lane] for line in journey.lines}
    assert above == {"interaction": "actions", "visibility": "touchpoints", "internal": "backstage"}
    assert below == {"interaction": "touchpoints", "visibility": "backstage", "internal": "support"}
    assert {"actions", "touchpoints", "backstage", "support", "emotion"} <= _roles(journey)


def test_waymark_templates_prints_id_tab_name(capsys):
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == TEMPLATE_IDS
    assert all(line.count("\t") == 1 and line.split("\t")[1] for line in lines)
    assert "marketing-funnel\tMarketing funnel" in lines and lines[0] == "blank\tBlank journey"


def test_unknown_template_is_a_clear_error():
    with pytest.raises(TemplateError, match="no template 'nope'"):
        load_template("nope")
    with pytest.raises(TemplateError, match="no user template"):
        load_template("user:nope")


# -- user templates ----------------------------------------------------------------------------


def test_user_templates_save_list_load_delete(sample_project, data_dir, capsys):
    template_id = save_user_template(sample_project, "buy-phone", "Phone purchase — my team")
    assert template_id == "user:phone-purchase-my-team"
    path = data_dir / "templates" / "phone-purchase-my-team.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert list(raw)[:2] == ["format", "template"]
    assert raw["template"] == {"id": "phone-purchase-my-team", "name": "Phone purchase — my team"}
    assert [p["id"] for p in raw["personas"]] == ["anna"]  # only the personas the journey uses

    assert (template_id, "Phone purchase — my team") in list_templates(include_user=True)
    assert template_id not in dict(list_templates())  # the CLI lists built-ins only
    assert list_templates(include_user=True)[: len(TEMPLATE_IDS)] == list_templates()

    loaded = load_template(template_id)
    assert loaded.journeys[0] == sample_project.journey("buy-phone")
    assert [p.id for p in loaded.personas] == ["anna"]

    again = save_user_template(sample_project, "buy-phone", "Phone purchase: my team")
    assert again == "user:phone-purchase-my-team-2"

    out = data_dir / "from-user.waymark"
    assert main(["new", str(out), "--template", template_id]) == 0 and main(["check", str(out)]) == 0

    delete_user_template(template_id)
    assert template_id not in dict(list_templates(include_user=True))
    assert not path.exists()
    with pytest.raises(TemplateError):
        delete_user_template(template_id)
    with pytest.raises(TemplateError, match="built-in"):
        delete_user_template("marketing-funnel")
    assert not [p for p in user_templates_dir().iterdir() if p.name.startswith(".~waymark-")]


def test_saving_refuses_bad_names_and_unknown_journeys(sample_project):
    with pytest.raises(TemplateError, match="needs a name"):
        save_user_template(sample_project, "buy-phone", "   ")
    with pytest.raises(TemplateError, match="no journey"):
        save_user_template(sample_project, "nope", "X")
    assert save_user_template(sample_project, "buy-phone", "!!!") == "user:template"


def test_a_corrupt_user_template_is_skipped_with_a_warning(sample_project, caplog):
    good = save_user_template(sample_project, "buy-phone", "Good one")
    folder = user_templates_dir()
    (folder / "broken.json").write_text("{ not json", encoding="utf-8")
    (folder / "wrong.json").write_text(
        json.dumps(
            {
                "format": "waymark/1",
                "project": {"name": "x"},
                "journeys": [{"id": "j", "name": "j", "cards": [{"id": "c", "lane": "zz", "stage": "zz"}]}],
            }
        )
    )
    (folder / "empty.json").write_bytes(b"")
    with caplog.at_level(logging.WARNING, logger="app.models.library"):
        ids = dict(list_templates(include_user=True))
    assert good in ids
    assert not {"user:broken", "user:wrong", "user:empty"} & set(ids)
    assert sum("skipped" in r.getMessage() for r in caplog.records) == 3
    with pytest.raises(TemplateError, match="cannot be read"):
        load_template("user:broken")


# -- a template as a new journey ---------------------------------------------------------------


def test_journey_from_template_gives_fresh_ids(sample_project):
    journey, personas = journey_from_template("marketing-funnel", set())
    assert journey.id == "marketing-funnel" and journey.name == "Marketing funnel" and personas == []
    taken = {"marketing-funnel", "marketing-funnel-2"}
    journey, _ = journey_from_template("marketing-funnel", taken, taken_names={"Marketing funnel"})
    assert journey.id not in taken and journey.id == "marketing-funnel-3"
    assert journey.name == "Marketing funnel (2)"
    blank, _ = journey_from_template("blank", {"journey-1"})
    assert blank.id != "journey-1" and [s.name for s in blank.stages] == ["Stage 1", "Stage 2", "Stage 3"]

    template_id = save_user_template(sample_project, "buy-phone", "Phones")
    journey, personas = journey_from_template(template_id, {"buy-phone", "buy-a-new-phone"})
    assert journey.id not in {"buy-phone", "buy-a-new-phone"}
    assert [p.id for p in personas] == ["anna"] and journey.persona_ids == ["anna"]
    # Two calls never share objects: editing one journey cannot change the other.
    other, _ = journey_from_template(template_id, set())
    other.stages.clear()
    assert journey.stages


def test_journey_from_template_fits_into_a_project(sample_project):
    from app.models.rules import check_project

    journey, personas = journey_from_template("service-blueprint", {j.id for j in sample_project.journeys})
    known = {p.id for p in sample_project.personas}
    sample_project.personas.extend(p for p in personas if p.id not in known)
    sample_project.journeys.append(journey)
    check_project(sample_project)


# -- the picker --------------------------------------------------------------------------------


@pytest.fixture
def picker(qtbot):
    from app.views.template_picker import TemplatePicker

    dialog = TemplatePicker()
    qtbot.addWidget(dialog)
    return dialog


def test_picker_lists_every_template_with_a_preview(picker, sample_project):
    assert picker.template_ids() == TEMPLATE_IDS
    assert picker.current_id() == "blank"
    for template_id in TEMPLATE_IDS:
        assert picker.select_template(template_id)
        pixmap = picker.preview.pixmap()
        assert not pixmap.isNull() and pixmap.width() > 100
        assert picker.title.text() == dict(list_templates())[template_id]
    picker.select_template("marketing-funnel")
    assert "Awareness → Consideration → Purchase → Retention → Advocacy" in picker.details.text()
    assert "Feeling" in picker.details.text()
    picker.select_template("service-blueprint")
    assert "visibility" in picker.details.text()


def test_picker_preview_is_not_blank(picker):
    image = picker.preview_pixmap("marketing-funnel").toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 3  # the board's headers and grid, not an empty white box


def test_picker_shows_user_templates_after_a_header(qtbot, sample_project):
    from app.views.template_picker import TemplatePicker

    template_id = save_user_template(sample_project, "buy-phone", "Phone purchase")
    dialog = TemplatePicker(initial_id=template_id)
    qtbot.addWidget(dialog)
    assert dialog.template_ids() == TEMPLATE_IDS + [template_id]
    assert dialog.current_id() == template_id
    assert not dialog.preview.pixmap().isNull()
    assert "Personas" in dialog.details.text() and "Anna Berg" in dialog.details.text()
    headers = [dialog.list.item(r).text() for r in range(dialog.list.count()) if not dialog.list.item(r).data(256)]
    assert headers[:2] == ["BUILT-IN", "YOUR TEMPLATES"]


def test_picker_accept_cancel_and_double_click(picker, qtbot):
    picker.select_template("support")
    picker.ok_button.click()
    assert picker.result() == picker.DialogCode.Accepted and picker.selected_id == "support"

    picker.select_template("payment")
    picker.reject()
    assert picker.selected_id is None

    item = next(
        picker.list.item(r) for r in range(picker.list.count()) if picker.list.item(r).data(256) == "onboarding"
    )
    picker.list.itemDoubleClicked.emit(item)
    assert picker.selected_id == "onboarding" and picker.result() == picker.DialogCode.Accepted


def test_pick_template_returns_the_choice_or_none(qtbot, monkeypatch):
    from app.views import template_picker as tp

    def choose(self):
        self.select_template("service-visit")
        self.accept()
        return self.result()

    monkeypatch.setattr(tp.TemplatePicker, "exec", choose)
    assert tp.pick_template(None) == "service-visit"
    monkeypatch.setattr(tp.TemplatePicker, "exec", lambda self: (self.reject(), self.result())[1])
    assert tp.pick_template(None) is None


def test_a_user_template_deleted_while_the_picker_is_open_is_reported(qtbot, sample_project):
    from app.views.template_picker import TemplatePicker

    template_id = save_user_template(sample_project, "buy-phone", "Soon gone")
    dialog = TemplatePicker()
    qtbot.addWidget(dialog)
    delete_user_template(template_id)
    assert dialog.select_template(template_id)
    assert "cannot be shown" in dialog.preview.text()
    assert not dialog.ok_button.isEnabled()
