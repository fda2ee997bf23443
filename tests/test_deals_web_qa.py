"""The Deals tab, QA round 2: dates as people write them, chart labels not cut, scenarios by title, invitations
with a sender."""

from __future__ import annotations

import datetime as dt
import email
import re
from email import policy
from types import SimpleNamespace

from test_deals_dates import _prep

from coach.prepare.export import SENDER_PLACEHOLDER
from coach.settings import load_settings
from coach.web import deals_tab
from coach.web.common import md_escape


def _view(*days: dt.date) -> SimpleNamespace:
    points = [SimpleNamespace(date=d, covered=n, partial=1) for n, d in enumerate(days, 1)]
    return SimpleNamespace(trend=points, readiness=SimpleNamespace(total=8))


def test_the_last_trend_label_is_anchored_inside_the_chart() -> None:
    svg = deals_tab.render_trend(
        _view(dt.date(2026, 10, 12), dt.date(2026, 11, 3), dt.date(2026, 11, 20)), "de"
    )
    labels = re.findall(r'text-anchor="(\w+)"[^>]*>(\d\d\.\d\d\.)</text>', svg)
    assert labels == [("start", "12.10."), ("middle", "03.11."), ("end", "20.11.")]


def test_preparation_names_the_scenario_by_title_and_downloads_carry_a_sender() -> None:
    prep = _prep(dt.date.today() + dt.timedelta(days=10))
    html = deals_tab.render_prep(prep, "de")
    ids = [o.practise.scenario for o in prep.likely_objections if o.practise.scenario]
    assert ids and not any(f"<code>{i}</code>" in html for i in ids)
    assert all(md_escape(deals_tab._scenario_title(i)) in html for i in ids)
    settings = load_settings()
    downloads = deals_tab.prep_downloads(prep, settings)
    eml = next(d["value"] for d in downloads if str(d.get("value", "")).endswith(".eml"))
    with open(eml, "rb") as handle:
        assert email.message_from_bytes(handle.read(), policy=policy.default)["From"] == SENDER_PLACEHOLDER


def test_a_contradicted_dimension_is_marked_with_its_newer_evidence_and_a_german_date() -> None:
    from coach.deals.models import MergedDimension

    budget = MergedDimension(
        key="budget",
        label="Budget",
        status="partial",
        evidence=["Budget doch nicht bewilligt."],
        date=dt.date(2026, 11, 20),
        contradicted=True,
    )
    view = SimpleNamespace(qualification=[budget], readiness=SimpleNamespace(covered=0, total=8))
    html = deals_tab.render_qualification(view, "de")
    assert 'data-contradicted="1"' in html and "widerrufen" in html and "20.11.2026" in html
    view.qualification = [budget.model_copy(update={"contradicted": False})]
    assert "data-contradicted" not in deals_tab.render_qualification(view, "en")
