"""co-development the group can trust: consent per case, report-back link, case proposals,
rituals (météo, ROTI); captures made during a confidential case become confidential

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

Before this revision a capture made while a confidential case ran was stored as not
confidential (only ideas were); the promise of co-development is that everything said about
the case stays in the room, so those captures are marked confidential here. The facilitator
can untick one afterwards. The UPDATE goes through the full-text triggers of 0004.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("consent", sa.JSON(), server_default="[]", nullable=False))
        batch_op.add_column(sa.Column("reports_on_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            "fk_agenda_items_reports_on_id_agenda_items",
            "agenda_items",
            ["reports_on_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "ritual_answers",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("weather", "roti", name="ritualkind", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("word", sa.String(length=80), nullable=False),
        sa.Column("answered_at", models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name="fk_ritual_answers_meeting_id_meetings",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name="fk_ritual_answers_member_id_members"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_ritual_answers"),
        sa.UniqueConstraint("meeting_id", "member_id", "kind", name="uq_ritual_answers_meeting_id"),
    )
    op.create_index("ix_ritual_answers_meeting_id", "ritual_answers", ["meeting_id"])
    op.create_table(
        "case_proposals",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("network_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("urgency", sa.Integer(), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("proposed_at", models.base.UTCDateTime(), nullable=False),
        sa.Column("chosen_item_id", sa.Uuid(), nullable=True),
        sa.Column("withdrawn_at", models.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name="fk_case_proposals_network_id_networks",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["members.id"], name="fk_case_proposals_client_id_members"
        ),
        sa.ForeignKeyConstraint(
            ["chosen_item_id"],
            ["agenda_items.id"],
            name="fk_case_proposals_chosen_item_id_agenda_items",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_case_proposals"),
    )
    op.create_index("ix_case_proposals_network_id", "case_proposals", ["network_id"])
    # Booleans as bound values: 1/0 on SQLite, true/false on PostgreSQL.
    op.execute(
        sa.text(
            "UPDATE repertoire_entries SET confidential = :yes WHERE confidential = :no AND "
            "origin_item_id IN (SELECT id FROM agenda_items WHERE confidential = :yes)"
        ).bindparams(
            sa.bindparam("yes", True, type_=sa.Boolean()),
            sa.bindparam("no", False, type_=sa.Boolean()),
        )
    )


def downgrade() -> None:
    op.drop_index("ix_case_proposals_network_id", table_name="case_proposals")
    op.drop_table("case_proposals")
    op.drop_index("ix_ritual_answers_meeting_id", table_name="ritual_answers")
    op.drop_table("ritual_answers")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_constraint("fk_agenda_items_reports_on_id_agenda_items", type_="foreignkey")
        batch_op.drop_column("reports_on_id")
        batch_op.drop_column("consent")
