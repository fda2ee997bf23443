"""Copy a SQLite history file into another database (e.g. a replica's history into the team's PostgreSQL).

    python -m coach.storage.transfer COACH_HOME/users/anna/history.sqlite3 --user anna [--to URL]

Sessions with their scores, saved analyses and minutes, and deals with their items are copied under the given user;
rows already copied (same user, time and title) are skipped, so running it twice adds nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import select

from coach.storage import Database, for_settings, open_database, user_name
from coach.storage.models import CriterionScoreRow, DealItemRow, DealRow, ResultRow, SessionRow


def _copy(row: object, **changes: object) -> object:
    table = type(row).__table__  # type: ignore[attr-defined]
    values = {c.name: getattr(row, c.name) for c in table.columns if c.name != "id"}
    values.update(changes)
    return type(row)(**values)


def copy_history(source: Database, target: Database, user: str) -> dict[str, int]:
    """Copy every row of source into target under user; return how many rows of each kind were added."""
    user = user_name(user)
    added = {"sessions": 0, "results": 0, "deals": 0}
    with source.session() as src, target.session() as dst:
        for row in src.scalars(select(SessionRow).order_by(SessionRow.id)):
            seen = dst.execute(
                select(SessionRow.id).where(
                    SessionRow.username == user,
                    SessionRow.created_at == row.created_at,
                    SessionRow.title == row.title,
                )
            ).first()
            if seen:
                continue
            new = _copy(row, username=user)
            dst.add(new)
            dst.flush()
            for score in src.scalars(select(CriterionScoreRow).where(CriterionScoreRow.session_id == row.id)):
                dst.add(_copy(score, session_id=new.id))  # type: ignore[attr-defined]
            added["sessions"] += 1
        for row in src.scalars(select(ResultRow).order_by(ResultRow.id)):
            seen = dst.execute(
                select(ResultRow.id).where(
                    ResultRow.username == user,
                    ResultRow.created_at == row.created_at,
                    ResultRow.title == row.title,
                )
            ).first()
            if not seen:
                dst.add(_copy(row, username=user))
                added["results"] += 1
        for deal in src.scalars(select(DealRow).order_by(DealRow.id)):
            seen = dst.execute(
                select(DealRow.id).where(
                    DealRow.username == user, DealRow.created_at == deal.created_at, DealRow.name == deal.name
                )
            ).first()
            if seen:
                continue
            new_deal = _copy(deal, username=user)
            dst.add(new_deal)
            dst.flush()
            for item in src.scalars(select(DealItemRow).where(DealItemRow.deal_id == deal.id)):
                dst.add(_copy(item, deal_id=new_deal.id, username=user))  # type: ignore[attr-defined]
            added["deals"] += 1
    return added


def main(argv: list[str] | None = None) -> int:
    """Copy one SQLite history file into the configured (or given) database; print the counts."""
    from coach.errors import CoachError, InputError
    from coach.settings import load_settings

    parser = argparse.ArgumentParser(
        prog="python -m coach.storage.transfer", description=__doc__.splitlines()[0]
    )
    parser.add_argument("file", type=Path, help="a history.sqlite3 written by coach")
    parser.add_argument("--user", required=True, help="whose rows these are in the target database")
    parser.add_argument("--to", metavar="URL", help="target database (default: COACH_DATABASE_URL)")
    args = parser.parse_args(argv)
    try:
        if not args.file.is_file():
            raise InputError(f"No such history file: {args.file}")
        target = open_database(args.to) if args.to else for_settings(load_settings())
        source = open_database(args.file)
        if source.url == target.url:
            raise InputError("The source and the target are the same database.")
        counts = copy_history(source, target, args.user)
    except CoachError as exc:
        print(f"coach: {exc}", file=sys.stderr)
        return exc.exit_code
    print(
        f"copied {counts['sessions']} session(s), {counts['results']} saved result(s), {counts['deals']} deal(s)"
        f" to {target.label()} as {user_name(args.user)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
