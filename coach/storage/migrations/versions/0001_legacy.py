"""The history tables as the pre-SQLAlchemy code wrote them (created only where missing).

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create sessions, criterion_scores and web_results unless an older coach already did."""
    have = set(sa.inspect(op.get_bind()).get_table_names())
    if "sessions" not in have:
        op.create_table(
            "sessions",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("created_at", sa.String(40), nullable=False),
            sa.Column("scenario", sa.Text, nullable=False),
            sa.Column("title", sa.Text, nullable=False),
            sa.Column("language", sa.String(8), nullable=False),
            sa.Column("difficulty", sa.String(20), nullable=False),
            sa.Column("outcome", sa.String(40), nullable=False),
            sa.Column("total", sa.Integer, nullable=False),
            sa.Column("provider", sa.Text, nullable=False),
            sa.Column("transcript", sa.Text, nullable=False),
            sa.Column("scorecard", sa.Text, nullable=False),
        )
        op.create_index("sessions_created", "sessions", ["created_at"])
    if "criterion_scores" not in have:
        op.create_table(
            "criterion_scores",
            sa.Column(
                "session_id", sa.Integer, sa.ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
            ),
            sa.Column("criterion", sa.String(80), primary_key=True),
            sa.Column("score", sa.Float, nullable=False),
            sa.Column("passed", sa.Integer, nullable=False),
        )
    if "web_results" not in have:
        op.create_table(
            "web_results",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("created_at", sa.String(40), nullable=False),
            sa.Column("kind", sa.String(20), nullable=False),
            sa.Column("title", sa.Text, nullable=False),
            sa.Column("language", sa.String(8), nullable=False),
            sa.Column("provider", sa.Text, nullable=False),
            sa.Column("notes", sa.Text, nullable=False),
            sa.Column("result", sa.Text, nullable=False),
        )
        op.create_index("web_results_kind", "web_results", ["kind", "created_at"])


def downgrade() -> None:
    """Drop the history tables."""
    op.drop_table("criterion_scores")
    op.drop_table("sessions")
    op.drop_table("web_results")
