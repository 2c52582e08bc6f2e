"""Session formats as data: TOML files loaded into frozen dataclasses.

The methods shipped with Cercle live in ``resources/methods``; a facilitator may add their
own in the user data folder (``app.paths.user_methods_dir()``). A user file with the key of
a shipped method replaces it. An invalid file is reported with its name, the field and
what was expected, and every other file still loads.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from models import EntryKind, Role

# What a phase may ask the room to capture: repertoire kinds, plus the co-development
# artefacts that belong to the session (the contract, the client's action plan).
CAPTURE_KINDS = frozenset({k.value for k in EntryKind} | {"contract", "action_plan"})


@dataclass(frozen=True)
class Text:
    """A text in French (first) and English."""

    fr: str
    en: str = ""

    def get(self, language: str) -> str:
        """The text in ``language``, French when that translation is missing."""
        return (self.en or self.fr) if language == "en" else self.fr


@dataclass(frozen=True)
class Phase:
    key: str
    name: Text
    minutes: int
    rule: Text
    input: Text = Text("")
    guidance: Text = Text("")
    # Roles that may speak; None means everyone. The facilitator may always speak.
    speakers: frozenset[Role] | None = None
    captures: tuple[str, ...] = ()
    optional: bool = False

    def allows(self, role: Role) -> bool:
        """Whether someone in ``role`` speaking now follows the phase's rule."""
        return self.speakers is None or role is Role.FACILITATOR or role in self.speakers


@dataclass(frozen=True)
class LeanCoffeeRules:
    votes_per_person: int = 3
    timebox_minutes: int = 5
    extension_minutes: tuple[int, ...] = (3, 2)


@dataclass(frozen=True)
class TourRules:
    budget_seconds: int = 120


@dataclass(frozen=True)
class Method:
    key: str
    name: Text
    phases: tuple[Phase, ...]
    description: Text = Text("")
    source: str = ""
    roles: tuple[Role, ...] = ()
    confidential_by_default: bool = False
    lean_coffee: LeanCoffeeRules | None = None
    tour: TourRules | None = None
    path: Path | None = None

    @property
    def default_minutes(self) -> int:
        """Total of the phases that run by default (optional phases excluded)."""
        return sum(p.minutes for p in self.phases if not p.optional)

    def phase(self, key: str) -> Phase:
        """The phase called ``key`` (KeyError when the method has none)."""
        for phase in self.phases:
            if phase.key == key:
                return phase
        raise KeyError(key)


class MethodFileError(ValueError):
    """A method file that cannot be used: names the file, the field, what was expected."""

    def __init__(self, path: Path | str, field_name: str, expected: str) -> None:
        super().__init__(f"{path}: field '{field_name}': {expected}")
        self.path = path
        self.field_name = field_name
        self.expected = expected


@dataclass(frozen=True)
class MethodCatalogue:
    """The methods available, and the files that were rejected."""

    methods: Mapping[str, Method]
    errors: tuple[MethodFileError, ...] = field(default=())

    def get(self, key: str) -> Method:
        """The method called ``key``; an unknown one is refused in a sentence."""
        try:
            return self.methods[key]
        except KeyError:
            raise KeyError(f"unknown method {key!r}; known: {sorted(self.methods)}") from None

    def __contains__(self, key: object) -> bool:
        return key in self.methods


# --- parsing -------------------------------------------------------------------------


class _Reader:
    """Typed access to one TOML table, with errors that name the file and the field."""

    def __init__(self, path: Path | str, data: Mapping[str, Any], prefix: str = "") -> None:
        self.path, self.data, self.prefix = path, data, prefix

    def fail(self, name: str, expected: str) -> MethodFileError:
        return MethodFileError(self.path, self.prefix + name, expected)

    def string(self, name: str, default: str | None = None) -> str:
        value = self.data.get(name, default)
        if not isinstance(value, str) or (default is None and not value.strip()):
            raise self.fail(name, "a non-empty text")
        return value

    def integer(
        self, name: str, default: int | None = None, *, low: int = 0, high: int = 600
    ) -> int:
        value = self.data.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(name, f"a whole number from {low} to {high}")
        return value

    def boolean(self, name: str, default: bool) -> bool:
        value = self.data.get(name, default)
        if not isinstance(value, bool):
            raise self.fail(name, "true or false")
        return value

    def text(self, name: str, *, required: bool = True) -> Text:
        value = self.data.get(name)
        if value is None and not required:
            return Text("")
        if isinstance(value, str):
            return Text(value)
        if not isinstance(value, dict) or not isinstance(value.get("fr"), str):
            raise self.fail(name, 'a text, or a table { fr = "…", en = "…" } with at least fr')
        en = value.get("en", "")
        if not isinstance(en, str):
            raise self.fail(name + ".en", "a text")
        return Text(value["fr"], en)

    def strings(self, name: str, allowed: Iterable[str]) -> tuple[str, ...] | None:
        value = self.data.get(name)
        if value is None:
            return None
        allowed = sorted(allowed)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(name, f"a list of texts among {allowed}")
        unknown = [v for v in value if v not in allowed]
        if unknown:
            raise self.fail(name, f"values among {allowed} (not {unknown[0]!r})")
        return tuple(value)

    def table(self, name: str) -> _Reader | None:
        value = self.data.get(name)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise self.fail(name, "a table")
        return _Reader(self.path, value, f"{self.prefix}{name}.")


_ROLE_VALUES = [r.value for r in Role]


def _parse_phase(reader: _Reader) -> Phase:
    speakers = reader.strings("speakers", _ROLE_VALUES)
    return Phase(
        key=reader.string("key"),
        name=reader.text("name"),
        minutes=reader.integer("minutes", low=1, high=600),
        rule=reader.text("rule"),
        input=reader.text("input", required=False),
        guidance=reader.text("guidance", required=False),
        speakers=None if speakers is None else frozenset(Role(s) for s in speakers),
        captures=reader.strings("captures", CAPTURE_KINDS) or (),
        optional=reader.boolean("optional", False),
    )


def parse_method(data: Mapping[str, Any], path: Path | str) -> Method:
    """Build a Method from a parsed TOML document; raise MethodFileError when invalid."""
    reader = _Reader(path, data)
    raw_phases = data.get("phases")
    if not isinstance(raw_phases, list) or not raw_phases:
        raise reader.fail("phases", "at least one [[phases]] table")
    phases = []
    for index, raw in enumerate(raw_phases):
        if not isinstance(raw, dict):
            raise reader.fail(f"phases[{index}]", "a table")
        phases.append(_parse_phase(_Reader(path, raw, f"phases[{index}].")))
    keys = [p.key for p in phases]
    duplicate = next((k for k in keys if keys.count(k) > 1), None)
    if duplicate:
        raise reader.fail("phases", f"unique phase keys ({duplicate!r} appears twice)")
    if all(p.optional for p in phases):
        raise reader.fail("phases", "at least one phase that is not optional")

    lean = None
    if (table := reader.table("lean_coffee")) is not None:
        extensions = table.data.get("extension_minutes", [3, 2])
        if not isinstance(extensions, list) or not all(
            isinstance(m, int) and not isinstance(m, bool) and 1 <= m <= 60 for m in extensions
        ):
            raise table.fail("extension_minutes", "a list of whole minutes from 1 to 60")
        lean = LeanCoffeeRules(
            votes_per_person=table.integer("votes_per_person", 3, low=1, high=20),
            timebox_minutes=table.integer("timebox_minutes", 5, low=1, high=60),
            extension_minutes=tuple(extensions),
        )
    tour = None
    if (table := reader.table("tour")) is not None:
        tour = TourRules(budget_seconds=table.integer("budget_seconds", 120, low=10, high=3600))

    return Method(
        key=reader.string("key"),
        name=reader.text("name"),
        description=reader.text("description", required=False),
        source=reader.string("source", ""),
        phases=tuple(phases),
        roles=tuple(Role(r) for r in reader.strings("roles", _ROLE_VALUES) or ()),
        confidential_by_default=reader.boolean("confidential_by_default", False),
        lean_coffee=lean,
        tour=tour,
        path=path if isinstance(path, Path) else None,
    )


def load_method_file(path: Path) -> Method:
    """Read one method file; raise MethodFileError naming the file and the field."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise MethodFileError(path, "(file)", "a text file encoded in UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise MethodFileError(path, "(syntax)", f"valid TOML ({exc})") from None
    return parse_method(data, path)


def _builtin_files() -> list[Path]:
    folder = resources.files("resources") / "methods"
    return sorted(Path(str(f)) for f in folder.iterdir() if f.name.endswith(".toml"))


def load_methods(user_dir: Path | None = None) -> MethodCatalogue:
    """The shipped methods, then the facilitator's own files from ``user_dir``."""
    methods: dict[str, Method] = {}
    errors: list[MethodFileError] = []
    files = _builtin_files()
    if user_dir is not None and user_dir.is_dir():
        files += sorted(user_dir.glob("*.toml"))
    for path in files:
        try:
            method = load_method_file(path)
        except MethodFileError as exc:
            errors.append(exc)
            continue
        methods[method.key] = method
    return MethodCatalogue(methods=methods, errors=tuple(errors))
