"""Alembic environment: migrations run on the connection coach.storage hands over (no alembic.ini, no URL here)."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
