"""consultation contract and action plan on agenda items; entry authors get their own id

An author link is now a row with its own key, so that the undo journal can
restore it like any other row.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _entry_authors(name: str, with_id: bool) -> None:
    key = [sa.Column("id", sa.Uuid(), nullable=False)] if with_id else []
    constraints: list[sa.schema.SchemaItem] = (
        [
            sa.PrimaryKeyConstraint("id", name="pk_entry_authors"),
            sa.UniqueConstraint("entry_id", "member_id", name="uq_entry_authors_entry_id"),
        ]
        if with_id
        else [sa.PrimaryKeyConstraint("entry_id", "member_id", name="pk_entry_authors")]
    )
    op.create_table(
        name,
        *key,
        sa.Column("entry_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["repertoire_entries.id"],
            name="fk_entry_authors_entry_id_repertoire_entries",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name="fk_entry_authors_member_id_members"
        ),
        *constraints,
    )


def upgrade() -> None:
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("contract", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("action_plan", sa.Text(), server_default="", nullable=False))
    sqlite = op.get_bind().dialect.name == "sqlite"
    if not sqlite:
        # PostgreSQL names a key's index in the schema's namespace: the old table's key
        # must give up the name before the new table takes it.
        op.execute(
            "ALTER TABLE entry_authors RENAME CONSTRAINT pk_entry_authors TO pk_entry_authors_old"
        )
    _entry_authors("entry_authors_new", with_id=True)
    # sa.Uuid is stored on SQLite as 32 hexadecimal digits, on PostgreSQL as a native uuid.
    new_id = "lower(hex(randomblob(16)))" if sqlite else "gen_random_uuid()"
    op.execute(
        "INSERT INTO entry_authors_new (id, entry_id, member_id) "
        f"SELECT {new_id}, entry_id, member_id FROM entry_authors"
    )
    op.drop_table("entry_authors")
    op.rename_table("entry_authors_new", "entry_authors")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute(
            "ALTER TABLE entry_authors RENAME CONSTRAINT pk_entry_authors TO pk_entry_authors_new"
        )
    _entry_authors("entry_authors_old", with_id=False)
    op.execute(
        "INSERT INTO entry_authors_old (entry_id, member_id) "
        "SELECT entry_id, member_id FROM entry_authors"
    )
    op.drop_table("entry_authors")
    op.rename_table("entry_authors_old", "entry_authors")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_column("action_plan")
        batch_op.drop_column("contract")
