"""QA round 9 of the web app (no browser): the door's refusal writes the size as each language does."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("headers", "size", "other"),
    [({}, "0,8 MB", "0.8 MB"), ({"cookie": "coach_ui_lang=en"}, "0.8 MB", "0,8 MB")],
)
def test_the_refusal_of_an_oversized_request_writes_the_size_in_the_ui_language(
    headers: dict[str, str], size: str, other: str
) -> None:
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from coach.web.guard import MAX_BODY, BodyLimit

    async def echo(request):  # type: ignore[no-untyped-def]
        return PlainTextResponse(str(len(await request.body())))

    app = Starlette(
        routes=[Route("/gradio_api/queue/join", echo, methods=["POST"])], middleware=[Middleware(BodyLimit)]
    )
    refused = TestClient(app).post("/gradio_api/queue/join", content=b"x" * (MAX_BODY + 1), headers=headers)
    assert refused.status_code == 413
    assert size in refused.json()["error"] and other not in refused.json()["error"]


@pytest.mark.parametrize(
    ("lang", "price", "term"), [("de", "Preis:", "Laufzeit:"), ("en", "Price:", "Term:")]
)
def test_the_scenario_card_names_price_and_term_so_a_gap_is_not_a_row_of_dashes(
    lang: str, price: str, term: str, tmp_path
) -> None:
    """A scenario built from thin notes has neither price nor term: the card says which one is missing."""
    import re

    from coach.roleplay.from_notes import scenario_from_notes
    from coach.roleplay.userfiles import save_scenario, user_dir
    from coach.web.roleplay_tab import scenario_card

    notes = (
        "Telefonat mit Frau Okafor (Einkauf, Tiefkühl Nordheide GmbH)\n- will die Kühlkette überwachen\n"
        if lang == "de"
        else "Call with Ms Okafor (Purchasing, Nordheide Frozen Foods Ltd)\n- wants to monitor the cold chain\n"
    )
    scenario = scenario_from_notes(notes, lang=lang)
    save_scenario(scenario, user_dir(tmp_path))
    card = re.sub(r"<[^>]+>", "", scenario_card(scenario.id, lang, tmp_path))
    assert f"{price} {scenario.deal.price}" in card and f"{term} {scenario.deal.term}" in card, card
    assert (
        f"{scenario.deal.price} · {scenario.deal.term}" not in card
    )  # no bare "not in the notes · not in the notes"
