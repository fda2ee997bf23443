"""The database tables (SQLAlchemy 2): role-play sessions, saved analyses and minutes, deals and their items.

Every row that holds a user's data carries `username` ("local" for the single user without --auth).
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

LOCAL_USER = "local"


class Base(DeclarativeBase):
    """The declarative base of every coach table."""


class SessionRow(Base):
    """A finished role-play session with its transcript and scorecard (JSON)."""

    __tablename__ = "sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(200), default=LOCAL_USER, server_default=LOCAL_USER)
    created_at: Mapped[str] = mapped_column(String(40))
    scenario: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    difficulty: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(40))
    total: Mapped[int] = mapped_column(Integer)
    provider: Mapped[str] = mapped_column(Text)
    transcript: Mapped[str] = mapped_column(Text)
    scorecard: Mapped[str] = mapped_column(Text)


class CriterionScoreRow(Base):
    """One criterion's score in one stored session (for the trend)."""

    __tablename__ = "criterion_scores"
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True)
    criterion: Mapped[str] = mapped_column(String(80), primary_key=True)
    score: Mapped[float] = mapped_column(Float)
    passed: Mapped[int] = mapped_column(Integer)


class ResultRow(Base):
    """A saved call-note analysis or minutes (notes and result JSON), reopened from the web tabs."""

    __tablename__ = "web_results"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(200), default=LOCAL_USER, server_default=LOCAL_USER)
    created_at: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    provider: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)
    result: Mapped[str] = mapped_column(Text)


class DealRow(Base):
    """A deal: name, customer organisation, our offer; the minutes' send-by state."""

    __tablename__ = "deals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(200), default=LOCAL_USER, server_default=LOCAL_USER)
    name: Mapped[str] = mapped_column(Text)
    customer: Mapped[str | None] = mapped_column(Text, nullable=True)
    offer: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))
    minutes_sent_at: Mapped[str | None] = mapped_column(String(40), nullable=True)


class DealItemRow(Base):
    """One dated item of a deal: call notes, minutes or a preparation, with the engine's result (JSON)."""

    __tablename__ = "deal_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    username: Mapped[str] = mapped_column(String(200), default=LOCAL_USER, server_default=LOCAL_USER)
    kind: Mapped[str] = mapped_column(String(20))
    item_date: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    provider: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    result: Mapped[str] = mapped_column(Text)


Index("sessions_user_created", SessionRow.username, SessionRow.created_at)
Index("web_results_user_kind", ResultRow.username, ResultRow.kind, ResultRow.id)
Index("deals_user", DealRow.username, DealRow.id)
