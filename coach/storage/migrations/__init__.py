"""Alembic migrations of the coach database, shipped inside the package and run on open."""
