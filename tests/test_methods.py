"""Methods are data: shipped TOML files, and the facilitator's own."""

from __future__ import annotations

from pathlib import Path

from app.methods import MethodFileError, load_method_file, load_methods
from models import Role


def test_the_shipped_methods_load_without_error() -> None:
    catalogue = load_methods()
    assert catalogue.errors == ()
    assert {"codev", "kollegiale", "rex", "lean_coffee", "tour_de_table", "free"} <= set(
        catalogue.methods
    )


def test_co_development_follows_payette_and_champagne() -> None:
    codev = load_methods().get("codev")
    default = [(p.key, p.minutes) for p in codev.phases if not p.optional]
    assert default == [
        ("presentation", 10),
        ("clarification", 15),
        ("contract", 5),
        ("consultation", 25),
        ("action_plan", 10),
        ("learning", 15),
    ]
    assert codev.phases[0].key == "report_back" and codev.phases[0].optional
    assert codev.phase("presentation").speakers == frozenset({Role.CLIENT})
    assert not codev.phase("consultation").allows(Role.CLIENT)
    assert codev.phase("consultation").allows(Role.FACILITATOR)
    assert codev.phase("clarification").rule.get("fr") == (
        "Questions d'information seulement — pas de conseils"
    )
    assert codev.phase("clarification").rule.get("en") == "Factual questions only — no advice"
    assert codev.confidential_by_default


def test_lean_coffee_and_tour_rules_come_from_their_files() -> None:
    catalogue = load_methods()
    lean = catalogue.get("lean_coffee").lean_coffee
    assert lean is not None
    assert (lean.votes_per_person, lean.timebox_minutes, lean.extension_minutes) == (3, 5, (3, 2))
    tour = catalogue.get("tour_de_table").tour
    assert tour is not None and tour.budget_seconds == 120


GOOD = """
key = "troika"
name = { fr = "Consultation en trio", en = "Troika consulting" }
[[phases]]
key = "challenge"
minutes = 2
name = { fr = "Le défi", en = "Challenge" }
rule = { fr = "Le client expose son défi", en = "The client states the challenge" }
speakers = ["client"]
"""


def test_a_facilitators_own_method_is_added(tmp_path: Path) -> None:
    (tmp_path / "troika.toml").write_text(GOOD, encoding="utf-8")
    catalogue = load_methods(tmp_path)
    assert catalogue.get("troika").name.get("en") == "Troika consulting"
    assert catalogue.errors == ()


def test_an_invalid_file_is_named_with_its_field_and_the_others_still_load(
    tmp_path: Path,
) -> None:
    (tmp_path / "good.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.toml").write_text(
        GOOD.replace("minutes = 2", 'minutes = "deux"').replace("troika", "bad"),
        encoding="utf-8",
    )
    (tmp_path / "broken.toml").write_text("key = [unclosed", encoding="utf-8")
    (tmp_path / "role.toml").write_text(
        GOOD.replace('["client"]', '["cliente"]').replace("troika", "role"), encoding="utf-8"
    )
    catalogue = load_methods(tmp_path)
    assert "troika" in catalogue and "codev" in catalogue
    errors = {Path(str(e.path)).name: e for e in catalogue.errors}
    assert set(errors) == {"bad.toml", "broken.toml", "role.toml"}
    assert errors["bad.toml"].field_name == "phases[0].minutes"
    assert "whole number" in errors["bad.toml"].expected
    assert errors["broken.toml"].field_name == "(syntax)"
    assert "'cliente'" in str(errors["role.toml"])
    assert str(errors["bad.toml"]).startswith(str(tmp_path / "bad.toml"))


def test_a_method_without_phases_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.toml"
    path.write_text('key = "empty"\nname = "Vide"\n', encoding="utf-8")
    try:
        load_method_file(path)
    except MethodFileError as error:
        assert error.field_name == "phases"
    else:
        raise AssertionError("a method without phases was accepted")
