"""A database on a PostgreSQL server: the address, the migrations, the start-up checks.

The URL tests need no server; the others run against a real one (``pg_server``: started for
the run, or ``CERCLE_TEST_PG``), and skip saying why when PostgreSQL is not installed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import NullPool

from app.cli import main
from app.store import NewerDatabaseError, NotCercleDatabaseError, head_revision, open_store
from app.store.database import _alembic_config
from app.store.location import ServerDatabase, parse_location
from app.store.server import UnreachableServerError
from models import Base, RepertoireEntry
from models.repertoire import include_name
from tests import pg_server as server

pytestmark = pytest.mark.postgresql


# --- the address ---------------------------------------------------------------------------


def test_a_plain_path_stays_a_file_and_a_sqlite_url_is_a_file_too(tmp_path: Path) -> None:
    assert parse_location(str(tmp_path / "a.sqlite3")) == tmp_path / "a.sqlite3"
    assert parse_location("~/cercle.sqlite3") == Path.home() / "cercle.sqlite3"
    assert parse_location(f"sqlite:///{tmp_path}/b.sqlite3") == tmp_path / "b.sqlite3"
    assert parse_location("C:/Users/léa/cercle.sqlite3") == Path("C:/Users/léa/cercle.sqlite3")


def test_a_server_url_is_read_and_its_password_never_shown() -> None:
    location = parse_location("postgresql://lea:s3cr3t@db.example.org:5433/cercle")
    assert isinstance(location, ServerDatabase)
    assert location.url.drivername == "postgresql+psycopg"  # psycopg 3, whatever was written
    shown = f"{location} {location!r}"
    assert "s3cr3t" not in shown
    assert str(location) == "postgresql+psycopg://lea:***@db.example.org:5433/cercle"
    assert location.hide_secret('password "s3cr3t" refused') == 'password "***" refused'


@pytest.mark.parametrize(
    "address",
    [
        "mysql://u:pw@127.0.0.1/cercle",
        "postgresql+asyncpg://u:pw@127.0.0.1/cercle",
        "https://example.org/cercle",
        "postgresql+psycopg://u:pw@127.0.0.1",  # no database named
    ],
)
def test_an_address_cercle_does_not_know_is_one_sentence_and_nothing_is_written(
    address: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    for argv in (["--db", address, "network", "create", "Réseau"], ["--db", address, "info"]):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err.startswith("cercle: ") and err.count("\n") == 1
        assert "pw" not in err.replace("postgresql", "")
    assert list(tmp_path.iterdir()) == []  # no folder named "mysql:" or "postgresql+psycopg:"


def test_cercle_db_may_be_a_url_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CERCLE_DB", "oracle://scott:tiger@127.0.0.1/cercle")
    assert main(["info"]) == 1
    assert "oracle://" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_server_that_cannot_be_reached_is_one_sentence_without_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    address = f"postgresql+psycopg://lea:s3cr3t@127.0.0.1:{server.free_port()}/cercle"
    for argv in (["--db", address, "info"], ["--db", address, "network", "create", "R"]):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert "ne peut pas ouvrir la base" in err and "Connection refused" in err
        assert "s3cr3t" not in err and "lea:***@127.0.0.1" in err
    assert main(["--lang", "en", "--db", address, "check"]) == 1
    assert "s3cr3t" not in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []


# --- on a real server ---------------------------------------------------------------------------


@pytest.fixture
def empty_database(pg_server: str) -> Iterator[ServerDatabase]:
    name = server.database_name("empty_" + uuid.uuid4().hex[:10])
    server.recreate(pg_server, name)
    yield server.location(pg_server, name)
    server.drop(pg_server, name)


def _engine(location: ServerDatabase) -> Engine:
    return create_engine(location.url, poolclass=NullPool)


def _tables(location: ServerDatabase) -> set[str]:
    engine = _engine(location)
    try:
        with engine.connect() as connection:
            return set(
                connection.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                ).scalars()
            )
    finally:
        engine.dispose()


def test_an_empty_server_database_is_built_by_the_same_migrations(
    empty_database: ServerDatabase,
) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with open_store(empty_database) as store:
        assert store.on_server and store.file is None and store.lock is None
        with store.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert revision.scalar() == head_revision()
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": include_name}
            )
            assert compare_metadata(context, Base.metadata) == []
    assert set(Base.metadata.tables) | {"alembic_version"} == _tables(empty_database)


def test_an_old_server_schema_is_upgraded_keeping_its_data(
    empty_database: ServerDatabase,
) -> None:
    """0001 → head on PostgreSQL, through 0003 which rebuilds entry_authors (its key used to
    collide: DuplicateTable pk_entry_authors) with an author row in it."""
    engine = _engine(empty_database)
    config = _alembic_config()
    network_id, member_id, entry_id = (uuid.uuid4() for _ in range(3))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO networks (id, name, intention, ground_rules, autonomy_alignment, "
                "structuring, lifecycle_stage, target_rhythm_days, meeting_minutes, sponsor, "
                "created_at) VALUES (:id, 'Réseau Achats', 'apprendre', '', 40, 60, "
                "'maturing', 30, 120, 'DRH', '2026-01-01 09:00:00')"
            ),
            {"id": network_id},
        )
        connection.execute(
            text(
                "INSERT INTO members (id, name, email, unit, created_at) "
                "VALUES (:id, 'Claire Martin', NULL, '', '2026-01-01 09:00:00')"
            ),
            {"id": member_id},
        )
        connection.execute(
            text(
                "INSERT INTO repertoire_entries (id, network_id, kind, title, body, tags, "
                "term_key, status, confidential, created_at, updated_at) VALUES (:id, :n, "
                "'decision', 'Revue mensuelle', '', '', NULL, 'adopted', false, "
                "'2026-01-01 09:00:00', '2026-01-01 09:00:00')"
            ),
            {"id": entry_id, "n": network_id},
        )
        connection.execute(
            text("INSERT INTO entry_authors (entry_id, member_id) VALUES (:e, :m)"),
            {"e": entry_id, "m": member_id},
        )
        connection.commit()
    engine.dispose()

    with open_store(empty_database) as store, store.session() as db:
        assert db.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision()
        )
        entry = db.get_one(RepertoireEntry, entry_id)
        assert [m.name for m in entry.authors] == ["Claire Martin"]
        assert db.execute(text("SELECT name FROM networks")).scalars().all() == ["Réseau Achats"]


def test_a_server_database_that_is_not_cercles_is_refused_untouched(
    empty_database: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = _engine(empty_database)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)"))
        connection.execute(text("INSERT INTO invoices VALUES (1, 99.5)"))
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS postgres_fdw"))
        connection.execute(text("CREATE SERVER elsewhere FOREIGN DATA WRAPPER postgres_fdw"))
        connection.execute(text("CREATE FOREIGN TABLE ledger (id integer) SERVER elsewhere"))
    engine.dispose()
    with pytest.raises(NotCercleDatabaseError, match="pas celles de Cercle"):
        open_store(empty_database)
    assert main(["--db", str(empty_database), "network", "create", "R"]) == 1
    assert "n'a pas été modifiée" in capsys.readouterr().err
    assert _tables(empty_database) == {"invoices"}  # the foreign table is not in pg_tables


def test_only_a_foreign_table_is_enough_to_refuse(empty_database: ServerDatabase) -> None:
    engine = _engine(empty_database)
    with engine.begin() as connection:
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS postgres_fdw"))
        connection.execute(text("CREATE SERVER elsewhere FOREIGN DATA WRAPPER postgres_fdw"))
        connection.execute(text("CREATE FOREIGN TABLE ledger (id integer) SERVER elsewhere"))
    engine.dispose()
    with pytest.raises(NotCercleDatabaseError):
        open_store(empty_database)
    assert "alembic_version" not in _tables(empty_database)


def test_a_server_database_from_a_newer_cercle_is_refused_untouched(
    pg_location: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = _engine(pg_location)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(NewerDatabaseError, match="9999"):
        open_store(pg_location)
    for argv in (["network", "create", "R"], ["info"], ["check"]):
        assert main(["--db", str(pg_location), *argv]) == 1 or argv == ["check"]
    captured = capsys.readouterr()
    assert "version plus récente" in captured.err + captured.out
    engine = _engine(pg_location)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999"
        )
        assert connection.execute(text("SELECT count(*) FROM networks")).scalar() == 0
    engine.dispose()


def test_a_login_the_server_refuses_is_one_sentence(
    pg_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    nobody = server.location(pg_server, "postgres").url.set(username="nobody", password="pw42")
    address = nobody.render_as_string(hide_password=False)
    with pytest.raises(UnreachableServerError, match='role "nobody" does not exist'):
        open_store(parse_location(address))
    assert main(["--db", address, "info"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pw42" not in err and "nobody:***@" in err


def test_the_cli_works_on_the_server_and_info_masks_the_password(
    pg_location: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    # trust authentication on the test server: the password is accepted and ignored
    address = pg_location.url.set(password="s3cr3t").render_as_string(hide_password=False)
    assert main(["--db", address, "network", "create", "Réseau Qualité"]) == 0
    assert main(["--db", address, "network", "list"]) == 0
    assert main(["--db", address, "info"]) == 0
    out = capsys.readouterr().out
    assert "Réseau Qualité" in out and "Réseaux : 1" in out
    assert "s3cr3t" not in out and ":***@127.0.0.1" in out


def test_check_on_a_server_runs_cercles_own_rules_and_backups_are_the_administrators(
    pg_location: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    address = str(pg_location)
    assert main(["--db", address, "network", "create", "Réseau Qualité"]) == 0
    capsys.readouterr()
    assert main(["--db", address, "check"]) == 0
    assert capsys.readouterr().out == f"{address} : aucun problème trouvé.\n"
    for argv in (["backup"], ["restore", "/tmp/x.sqlite3", "--yes"]):
        assert main(["--db", address, *argv]) == 1
        err = capsys.readouterr().err
        assert "pg_dump" in err and err.count("\n") == 1
    empty = pg_location.url.set(database=pg_location.database + "_absent")
    assert main(["--db", empty.render_as_string(hide_password=False), "check"]) == 1
    assert 'database "' in capsys.readouterr().out  # does not exist: one line, no traceback


def test_check_on_a_server_finds_a_broken_session(
    pg_location: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.store.safety import check_database
    from models import AgendaItem, Meeting, SpeakingTurn
    from tests.conftest import START

    with open_store(pg_location) as store, store.transaction() as db:
        from app.planning import add_member, create_network, plan_meeting

        network = create_network(db, "Réseau", START)
        lea = add_member(db, network, "Léa", START)
        meeting = plan_meeting(db, network, START, 60)
        db.flush()
        item = AgendaItem(meeting_id=meeting.id, position=1, title="Tour", planned_minutes=10)
        db.add(item)
        db.flush()
        for _ in range(2):  # two turns running at once, in an item that never started
            db.add(
                SpeakingTurn(
                    meeting_id=meeting.id, item_id=item.id, member_id=lea.id, started_at=START
                )
            )
        assert isinstance(meeting, Meeting)
    report = check_database(pg_location)
    assert not report.ok
    assert any("2 turns are running at once" in p for p in report.problems), report.problems
    assert main(["--db", str(pg_location), "check"]) == 1
    assert "problèmes" in capsys.readouterr().out


def test_text_a_server_cannot_hold_is_dropped_or_told_never_a_traceback(
    pg_location: ServerDatabase,
) -> None:
    """PostgreSQL's text holds no NUL character and enforces VARCHAR lengths (SQLite does
    neither): a pasted NUL is dropped; a text over its column's length is one sentence and
    nothing is written."""
    from app.engine.errors import EngineError
    from app.planning import create_network
    from models import Network
    from tests.conftest import START

    with open_store(pg_location) as store:
        with store.transaction() as db:
            create_network(db, "Réseau\x00 Qualité", START)
        with store.session() as db:
            assert db.execute(text("SELECT name FROM networks")).scalar() == "Réseau Qualité"
        too_long = pytest.raises(EngineError, match=r"trop long .*au plus 200 caractères")
        with too_long, store.transaction() as db:
            db.query(Network).one().sponsor = "Direction " * 30
        with store.session() as db:
            assert db.query(Network).one().sponsor == ""


def test_the_reading_commands_cannot_write_on_the_server(pg_location: ServerDatabase) -> None:
    from sqlalchemy.exc import InternalError, ProgrammingError

    from app.store import open_read_only

    store = open_read_only(pg_location)
    assert store is not None
    refused = pytest.raises((InternalError, ProgrammingError), match="read-only transaction")
    with store, refused, store.transaction() as db:
        db.execute(text("DELETE FROM networks"))


def test_a_used_test_database_is_given_to_the_next_test_empty_or_not_at_all(
    pg_server: str, pg_recycler: server.Recycler
) -> None:
    """The harness itself: a copy whose rows only changed comes back empty; one whose schema
    or revision changed is dropped, never handed to another test."""
    name = pg_recycler.take()
    location = server.location(pg_server, name)
    with open_store(location) as store, store.transaction() as db:
        from datetime import UTC, datetime

        from app.planning import create_network

        create_network(db, "Réseau R", datetime(2026, 3, 12, tzinfo=UTC))
    pg_recycler.give_back(name)
    assert pg_recycler.take() == name
    engine = _engine(location)
    with engine.begin() as connection:
        assert connection.execute(text("SELECT count(*) FROM networks")).scalar() == 0
        connection.execute(text("ALTER TABLE networks ADD COLUMN extra integer"))
    engine.dispose()
    pg_recycler.give_back(name)
    assert name not in pg_recycler.free
    assert name not in _databases(pg_server)


def _databases(url: str) -> set[str]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return set(connection.execute(text("SELECT datname FROM pg_database")).scalars())
    finally:
        engine.dispose()
