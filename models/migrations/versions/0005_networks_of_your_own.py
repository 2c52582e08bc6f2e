"""a facilitator's own networks: kind, pilot, facilitators, archiving; stable tile keys

Each membership gets the tile it keeps in the cockpit. Existing current members are
numbered in the order the cockpit showed them until now (by name), so nobody's key moves
with the upgrade; members who had left come after them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("networks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=30), nullable=True))
        batch_op.add_column(
            sa.Column("pilot", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("facilitators", sa.String(length=400), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("archived_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tile", sa.Integer(), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT memberships.id, memberships.network_id, members.name, memberships.left_on "
            "FROM memberships JOIN members ON members.id = memberships.member_id"
        )
    ).all()
    import unicodedata

    def fold(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    by_network: dict[object, list[tuple[bool, str, object]]] = {}
    for row in rows:
        by_network.setdefault(row.network_id, []).append(
            (row.left_on is not None, fold(row.name), row.id)
        )
    for members in by_network.values():
        for number, (_left, _name, membership_id) in enumerate(sorted(members), 1):
            connection.execute(
                sa.text("UPDATE memberships SET tile = :tile WHERE id = :id"),
                {"tile": number, "id": membership_id},
            )


def downgrade() -> None:
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_column("tile")
    with op.batch_alter_table("networks", schema=None) as batch_op:
        batch_op.drop_column("archived_at")
        batch_op.drop_column("facilitators")
        batch_op.drop_column("pilot")
        batch_op.drop_column("kind")
