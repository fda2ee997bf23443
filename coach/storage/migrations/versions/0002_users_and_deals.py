"""Every row carries its user; deals and their dated items.

Revision ID: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _user_column() -> sa.Column:
    return sa.Column("username", sa.String(200), nullable=False, server_default="local")


def upgrade() -> None:
    """Add `username` (existing rows become 'local') and create deals and deal_items."""
    op.add_column("sessions", _user_column())
    op.add_column("web_results", _user_column())
    op.create_index("sessions_user_created", "sessions", ["username", "created_at"])
    op.create_index("web_results_user_kind", "web_results", ["username", "kind", "id"])
    op.create_table(
        "deals",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _user_column(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("customer", sa.Text, nullable=True),
        sa.Column("offer", sa.Text, nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("minutes_sent_at", sa.String(40), nullable=True),
    )
    op.create_index("deals_user", "deals", ["username", "id"])
    op.create_table(
        "deal_items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("deal_id", sa.Integer, sa.ForeignKey("deals.id", ondelete="CASCADE"), nullable=False),
        _user_column(),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("item_date", sa.String(10), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("provider", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("result", sa.Text, nullable=False),
    )
    op.create_index("ix_deal_items_deal_id", "deal_items", ["deal_id"])


def downgrade() -> None:
    """Drop the deal tables and the user columns."""
    op.drop_table("deal_items")
    op.drop_table("deals")
    op.drop_index("web_results_user_kind", "web_results")
    op.drop_index("sessions_user_created", "sessions")
    with op.batch_alter_table("web_results") as batch:
        batch.drop_column("username")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("username")
