"""The deal workspace: create deals, add dated call notes and minutes, show the merged view, list, export.

Every operation is for one user (the logged-in name, "local" without --auth); a user never sees another's deals.
Engines run here (qualification for notes, minutes for minutes); the results are stored with the items.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from coach.deals.commitments import find_commitments, notes_date
from coach.deals.merge import (
    Entry,
    decision,
    gates,
    merge_qualification,
    minutes_entries,
    open_actions,
    readiness,
    stage_and_setting,
)
from coach.deals.messages import day_text
from coach.deals.models import DealItem, DealSummary, DealView, ItemKind, ManualStage, StageSetting
from coach.deals.stage import stage_text
from coach.errors import InputError
from coach.knowledge import section_sources
from coach.lang import detect_language
from coach.messages import msg
from coach.storage import Database, user_name
from coach.storage.models import DealItemRow, DealRow
from coach.text.sentences import sentence_texts

KINDS: tuple[ItemKind, ...] = ("notes", "minutes", "preparation", "stage")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def parse_day(value: str | date | None, lang: str = "en") -> date | None:
    """Return a date from YYYY-MM-DD or the German DD.MM.YYYY (None stays None); raise InputError on anything else."""
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    german = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    try:
        if german:
            return date(int(german.group(3)), int(german.group(2)), int(german.group(1)))
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(msg("deal.bad_date", lang, value=value)) from None


def _parse_result(kind: str, data: str) -> Any:
    if kind == "notes":
        from coach.qualify.models import QualifyResult

        return QualifyResult.model_validate_json(data)
    if kind == "minutes":
        from coach.minutes.models import MinutesResult

        return MinutesResult.model_validate_json(data)
    if kind == "stage":
        return StageSetting.model_validate_json(data)
    return json.loads(data)


def analyse_item(text: str, kind: str, lang: str, brain: Any = None, on: date | None = None) -> Any:
    """Return the analysis of a deal item: the qualification of call notes or the minutes of a meeting."""
    if kind == "notes":
        from coach.qualify import analyse

        return analyse(text, brain=brain, lang=lang)
    from coach.minutes import draft_minutes

    return draft_minutes(text, brain=brain, lang=lang, today=on)


class DealService:
    """Deals of one user in one database."""

    def __init__(self, db: Database, user: str | None = None, lang: str | None = None) -> None:
        self.db = db
        self.user = user_name(user)
        self.chosen_lang = lang
        self.lang = lang or "en"  # for messages; a deal is shown in its notes' language unless chosen

    # --- writing ------------------------------------------------------------------------------------------------

    def create(self, name: str, customer: str | None = None, offer: str | None = None) -> int:
        """Create a deal and return its id."""
        name = (name or "").strip()
        if not name:
            raise InputError(msg("deal.name_empty", self.lang))
        now = _now()
        row = DealRow(
            username=self.user,
            name=name[:300],
            customer=(customer or "").strip() or None,
            offer=(offer or "").strip() or None,
            created_at=now,
            updated_at=now,
        )
        with self.db.session() as session:
            session.add(row)
            session.flush()
            return int(row.id)

    def same_name(self, name: str, but: int | None = None) -> list[int]:
        """Return the ids of the user's deals with this name (case and spacing ignored), except `but`."""
        key = " ".join((name or "").split()).casefold()
        with self.db.session() as session:
            rows = session.execute(
                select(DealRow.id, DealRow.name).where(DealRow.username == self.user)
            ).all()
        return [int(i) for i, n in rows if " ".join(n.split()).casefold() == key and i != but]

    def update(self, deal_id: int, customer: str | None = None, offer: str | None = None) -> None:
        """Set the customer organisation and/or our offer of a deal."""
        with self.db.session() as session:
            row = self._deal(session, deal_id)
            if customer is not None:
                row.customer = customer.strip() or None
            if offer is not None:
                row.offer = offer.strip() or None
            row.updated_at = _now()

    def add(
        self,
        deal_id: int,
        text: str,
        kind: ItemKind = "notes",
        on: date | None = None,
        brain: Any = None,
        lang: str | None = None,
        result: Any = None,
    ) -> DealItem:
        """Analyse call notes (qualification) or meeting notes (minutes), store them as a dated item, return it.

        The text is cut to its kind's limit before any work (coach.limits); `result` is an analysis of that cut
        text already made elsewhere (the web app runs big ones in a worker process within a time budget).
        """
        from coach.limits import limit_text

        if not (text or "").strip():
            raise InputError(msg("deal.text_empty", self.lang))
        if kind not in ("notes", "minutes"):
            raise InputError(f"--kind must be one of notes, minutes (got {kind!r}).")
        self.get(deal_id)  # the deal exists and is the user's
        text, notices = limit_text(text, kind, self.lang)
        language = lang or detect_language(text)
        result = result if result is not None else analyse_item(text, kind, language, brain=brain, on=on)
        if notices:
            result = result.model_copy(update={"notices": notices + list(result.notices)})
        if kind == "notes":
            when = on or notes_date(text, date.today())
            title = item_title(text, when, language)
        else:
            when = on or result.meeting_date or date.today()
            title = item_title(text, when, language, result.title)
        return self._store(
            deal_id, kind, when, title, result.language, result.provider, text, result.model_dump_json()
        )

    def set_stage(
        self,
        deal_id: int,
        stage: str,
        note: str | None = None,
        on: date | None = None,
        lang: str | None = None,
    ) -> DealItem:
        """Record a stage set by hand (what happened outside the tool) as a dated item with the note; return it.

        The stage is a stage id or its label in German or English; the gates are not touched (they stay what the
        minutes prove). Raises InputError for an unknown stage or a note over the limit."""
        from coach.deals.stage import clean_note, parse_stage

        chosen = parse_stage(stage, self.lang)
        text = clean_note(note, self.lang)
        rows = self.rows(deal_id)  # the deal exists and is the user's
        # the item speaks the language asked for, else the deal's (its newest item's), else the note's
        language = lang or self.chosen_lang or (rows[-1].language if rows else None)
        if language not in ("de", "en"):
            language = detect_language(text) if text else self.lang
        language = language if language in ("de", "en") else "en"
        setting = StageSetting(stage=chosen, note=text)
        title = msg("deal.stage_title", language, stage=msg(f"deal.stage.{chosen}", language))
        return self._store(
            deal_id,
            "stage",
            on or date.today(),
            title,
            language,
            "offline",
            text,
            setting.model_dump_json(),
        )

    def add_preparation(self, deal_id: int, prep: Any, on: date | None = None) -> DealItem:
        """Store a meeting preparation (a PrepareResult) as an item of the deal, dated today (when it was made).

        Preparing the same meeting again replaces the earlier preparation (same meeting date, or an undated one).
        """
        when = on or date.today()
        with self.db.session() as session:
            deal = self._deal(session, deal_id)
            for row in session.scalars(
                select(DealItemRow).where(
                    DealItemRow.deal_id == deal.id,
                    DealItemRow.username == self.user,
                    DealItemRow.kind == "preparation",
                )
            ):
                earlier = json.loads(row.result).get("meeting_date")
                if earlier is None or earlier == (
                    prep.meeting_date.isoformat() if prep.meeting_date else None
                ):
                    session.delete(row)
        return self._store(
            deal_id,
            "preparation",
            when,
            prep.invitation.subject,
            prep.language,
            prep.provider,
            "",
            prep.model_dump_json(),
        )

    def _store(
        self,
        deal_id: int,
        kind: str,
        when: date,
        title: str,
        language: str,
        provider: str,
        text: str,
        result: str,
    ) -> DealItem:
        row = DealItemRow(
            deal_id=int(deal_id),
            username=self.user,
            kind=kind,
            item_date=when.isoformat(),
            created_at=_now(),
            title=title[:200],
            language=language,
            provider=provider,
            text=text,
            result=result,
        )
        with self.db.session() as session:
            deal = self._deal(session, deal_id)
            session.add(row)
            deal.updated_at = row.created_at
            if kind == "minutes":
                deal.minutes_sent_at = None  # new minutes: to be sent again
            session.flush()
            return _item(row)

    def mark_minutes_sent(self, deal_id: int) -> None:
        """Record that the newest minutes went to the customer (the send-by reminder disappears)."""
        with self.db.session() as session:
            deal = self._deal(session, deal_id)
            has_minutes = session.execute(
                select(func.count()).where(DealItemRow.deal_id == deal.id, DealItemRow.kind == "minutes")
            ).scalar()
            if not has_minutes:
                raise InputError(msg("deal.no_minutes_to_send", self.lang))
            deal.minutes_sent_at = _now()

    def delete(self, deal_id: int) -> None:
        """Delete a deal and its items."""
        with self.db.session() as session:
            deal = self._deal(session, deal_id)
            for item in session.scalars(select(DealItemRow).where(DealItemRow.deal_id == deal.id)):
                session.delete(item)
            session.delete(deal)

    # --- reading ------------------------------------------------------------------------------------------------

    def _deal(self, session: Any, deal_id: int | str) -> DealRow:
        try:
            key = int(deal_id)
        except (TypeError, ValueError):
            raise InputError(msg("deal.not_found", self.lang, id=deal_id)) from None
        row = session.execute(
            select(DealRow).where(DealRow.id == key, DealRow.username == self.user)
        ).scalar_one_or_none()
        if row is None:
            raise InputError(msg("deal.not_found", self.lang, id=deal_id))
        return row

    def get(self, deal_id: int | str) -> DealRow:
        """Return the stored deal row; raise InputError (exit 2) when it is not the user's or does not exist."""
        with self.db.session() as session:
            return self._deal(session, deal_id)

    def rows(self, deal_id: int | str) -> list[DealItemRow]:
        """Return the deal's item rows in timeline order (date, then when they were added)."""
        with self.db.session() as session:
            deal = self._deal(session, deal_id)
            return list(
                session.scalars(
                    select(DealItemRow)
                    .where(DealItemRow.deal_id == deal.id, DealItemRow.username == self.user)
                    .order_by(DealItemRow.item_date, DealItemRow.id)
                )
            )

    def entries(self, deal_id: int | str) -> list[tuple[Entry, DealItemRow]]:
        """Return the items with their parsed engine results, in timeline order."""
        return [
            (
                Entry(
                    id=r.id,
                    kind=r.kind,
                    date=date.fromisoformat(r.item_date),
                    result=_parse_result(r.kind, r.result),
                ),
                r,
            )
            for r in self.rows(deal_id)
        ]

    def show(self, deal_id: int | str, lang: str | None = None) -> DealView:
        """Return the deal with its items, merged qualification, gates, open actions and stage."""
        deal = self.get(deal_id)
        pairs = self.entries(deal_id)
        lang = lang or self.chosen_lang or (pairs[-1][1].language if pairs else self.lang)
        entries = [e for e, _ in pairs]
        dims, trend = merge_qualification(entries)
        ready = readiness(dims)
        gate_list = gates(entries, lang)
        commitments = {
            e.id: find_commitments(r.text, e.date, r.language) for e, r in pairs if e.kind == "notes"
        }
        texts = {e.id: sentence_texts(r.text) for e, r in pairs if r.text}
        minutes = minutes_entries(entries)
        newest = minutes[-1][1] if minutes else None
        send_by = (newest.send_by or (minutes[-1][0].date + timedelta(days=1))) if newest else None
        sent = deal.minutes_sent_at is not None
        current, setting = stage_and_setting(entries, ready, gate_list)
        by_hand = (
            ManualStage(
                stage=setting.result.stage, date=setting.date, note=setting.result.note, item_id=setting.id
            )
            if setting is not None
            else None
        )
        notices = (
            [msg("deal.minutes_due", lang, date=day_text(send_by, lang))] if send_by and not sent else []
        )
        return DealView(
            id=deal.id,
            name=deal.name,
            customer=deal.customer,
            offer=deal.offer,
            user=deal.username,
            created_at=deal.created_at,
            updated_at=deal.updated_at,
            last_activity=max((e.date for e in entries), default=None),
            stage=current,
            stage_label=msg(f"deal.stage.{current}", lang),
            stage_by_hand=by_hand,
            stage_text=stage_text(current, by_hand, gate_list, lang),
            items=[_item(r) for _, r in pairs],
            qualification=dims,
            readiness=ready,
            trend=trend,
            gates=gate_list,
            decision=decision(entries),  # type: ignore[arg-type]
            open_actions=open_actions(entries, commitments, texts),
            next_steps=list(newest.next_steps) if newest else [],
            minutes_send_by=send_by,
            minutes_sent=sent,
            notices=notices,
            sources=section_sources("decision-agreement", "quality-gates", lang)
            + section_sources("lead-qualification", "gpctba-approach", lang),
        )

    def list(self) -> list[DealSummary]:
        """Return the user's deals, most recently changed first."""
        with self.db.session() as session:
            deals = list(
                session.scalars(
                    select(DealRow)
                    .where(DealRow.username == self.user)
                    .order_by(DealRow.updated_at.desc(), DealRow.id.desc())
                )
            )
        out = []
        for deal in deals:
            view = self.show(deal.id)
            out.append(
                DealSummary(
                    id=deal.id,
                    name=deal.name,
                    customer=deal.customer,
                    stage=view.stage,
                    items=len(view.items),
                    last_activity=view.last_activity,
                    minutes_send_by=view.minutes_send_by,
                    minutes_sent=view.minutes_sent,
                )
            )
        return out


_MARKUP_LINE = re.compile(
    r"^\s*(?:WEBVTT\b.*|NOTE\b.*|\d+|[\d:.,]+\s*-->\s*[\d:.,]+.*|(?:---|[a-z_]+:\s*$))\s*$", re.IGNORECASE
)


def item_title(text: str, when: date, lang: str, engine_title: str | None = None) -> str:
    """Return a meaningful title: the meeting's title, else the first real line, else 'Transkript 03.03.'."""
    if engine_title and not _MARKUP_LINE.match(engine_title) and "-->" not in engine_title:
        return engine_title
    from coach.text import parse_text

    try:
        doc = parse_text(text, lang=lang if lang in ("de", "en") else None)
    except Exception:  # noqa: BLE001 - a title never stops an item from being stored
        doc = None
    day = when.strftime("%d.%m.") if lang == "de" else f"{when.day} {when.strftime('%b')}"
    if doc is not None and doc.format == "email":  # an e-mail is titled by its subject, never "Transkript"
        subject = _subject(doc.text) or _subject(text)
        if subject:
            return msg("deal.email_title", lang, subject=_first_line(subject, 72))
        return msg("deal.email_title_dated", lang, date=day)
    if doc is not None and doc.is_transcript:
        return msg("deal.transcript_title", lang, date=day)
    clean = "\n".join(ln for ln in text.splitlines() if not _MARKUP_LINE.match(ln))
    return _first_line(re.sub(r"<[^>]{1,80}>", "", clean)) or msg(f"deal.kind.{_kind_of(engine_title)}", lang)


_SUBJECT = re.compile(r"^(?:Subject|Betreff|Thema)\s*:\s*(\S.*)$", re.IGNORECASE | re.MULTILINE)


def _subject(text: str) -> str | None:
    """Return the subject line of an e-mail (its headers or a pasted thread's first 'Subject:'/'Betreff:' line)."""
    head = "\n".join(text.splitlines()[:40])
    found = _SUBJECT.search(head)
    return " ".join(found.group(1).split()) if found else None


def _kind_of(engine_title: str | None) -> str:
    return "minutes" if engine_title is not None else "notes"


def _first_line(text: str, limit: int = 80) -> str:
    line = next((ln.strip(" -*#\t") for ln in text.splitlines() if ln.strip(" -*#\t")), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _item(row: DealItemRow) -> DealItem:
    return DealItem(
        id=row.id,
        kind=row.kind,  # type: ignore[arg-type]
        date=date.fromisoformat(row.item_date),
        title=row.title,
        language=row.language,  # type: ignore[arg-type]
        provider=row.provider,
        created_at=row.created_at,
    )
