"""A buyer built from notes: the price is our offer's (never the customer's costs), facts are spoken in the first person."""

from __future__ import annotations

import re

import pytest

from coach.roleplay.from_notes import fact_line, scenario_from_notes, spoken
from coach.roleplay.session import RoleplaySession, play_script

# Invented notes, one per language, with a customer cost that is not our price and note markup around her words.
NOTES_DE = """Termin mit Frau Carla Brenner (Leiterin Produktion, Aurel Kunststoff GmbH) am 3.12.
- Heute: Rüstzeiten werden per Hand notiert, Ausschuss schwankt stark
- Eine Stunde Linienstillstand kostet sie rund 6.500 EUR
- Frau Brenner will den Ausschuss bis Mitte 2027 um ein Drittel senken
- Budget: Brenner meint "mehr als 90k bekommen wir nicht durch", Freigabe durch den Werkleiter
"""
NOTES_EN = """Call with Owen Hale (Head of Service, Tidewater Pumps) on 9 Feb
- Today: technicians plan visits in a shared spreadsheet
- Missed SLAs cost them about $25,000 a quarter in credits
- Owen wants first-time fix rate above 80% by Q3
- Budget: Owen says "no budget yet, maybe 70k if the case holds"
"""


@pytest.mark.parametrize(
    ("notes", "lang", "price"),
    [
        ("- Angebot: Wartungsportal für 3 Werke, 38.000 € pro Jahr, 24 Monate", "de", "38.000 € pro Jahr"),
        ("- Preis 1.200 EUR/Monat, Laufzeit 36 Monate", "de", "1.200 EUR/Monat"),
        ("- Wir haben 54.000 € pro Jahr angeboten", "de", "54.000 € pro Jahr"),
        ("- Lizenzkosten 12.000 € jährlich", "de", "12.000 €"),
        ("- Ein Stillstand kostet 8.000 EUR. Unser Angebot liegt bei 95k.", "de", "95k"),
        ("- 2.400 € pro Monat, 36 Monate Laufzeit", "de", "2.400 € pro Monat"),
        ("- Proposal: dispatch platform, $48,000 per year, 24 months", "en", "$48,000 per year"),
        ("- we quoted $52k for year one", "en", "$52k"),
        ("- our offer at 36k/year is above their budget of 30k", "en", "36k"),
        # the customer's own money or a competitor's quote is never our price
        ("- Ein Maschinenstillstand kostet sie ca. 8.000 EUR pro Stunde", "de", None),
        ("- Budget: 80.000 € freigegeben", "de", None),
        ("- Heute zahlen sie 30.000 € im Jahr für Wartung", "de", None),
        ("- Einsparung von 40.000 € pro Jahr erwartet", "de", None),
        ("- Konkurrent Brixo hat 35.000 € pro Jahr angeboten", "de", None),
        ("- errors cost about $200k a year", "en", None),
        ("- they expect to save €50k per year", "en", None),
        ("- they lose $15,000 per month to churn", "en", None),
    ],
)
def test_the_price_comes_only_from_a_sentence_about_our_offer(
    notes: str, lang: str, price: str | None
) -> None:
    notes = "- Ziel: Kosten senken\n" + notes if lang == "de" else "- Goal: cut costs\n" + notes
    scenario = scenario_from_notes(notes, lang=lang)
    statements = " ".join(o.statement for o in scenario.objections)
    if price is None:
        assert scenario.deal.price in ("nicht in den Notizen", "not in the notes")
        assert not re.search(r"\d", statements)
    else:
        assert scenario.deal.price == price


@pytest.mark.parametrize(
    ("notes", "lang", "figure", "objection"),
    [
        (NOTES_DE, "de", "6.500", "Offen gesagt: Das sprengt unseren Rahmen."),
        (NOTES_EN, "en", "25,000", "Honestly: that exceeds what we had planned."),
    ],
)
def test_without_our_price_the_price_objection_names_no_figure(notes, lang, figure, objection) -> None:
    scenario = scenario_from_notes(notes, lang=lang)
    price = next(o for o in scenario.objections if o.type == "price")
    assert price.statement == objection
    assert figure not in scenario.deal.price


@pytest.mark.parametrize(
    ("line", "persona", "lang", "said"),
    [
        ('- Budget: Brenner meint "mehr als 90k bekommen wir nicht durch"', "Carla Brenner", "de",
         "Mehr als 90k bekommen wir nicht durch."),
        ("- Frau Brenner will den Ausschuss halbieren", "Carla Brenner", "de", "Wir wollen den Ausschuss halbieren."),
        ("- Eine Stunde Stillstand kostet sie rund 6.500 EUR", "Carla Brenner", "de",
         "Eine Stunde Stillstand kostet uns rund 6.500 EUR."),
        ("Sie plant, die Wartung umzustellen, ihr Team ist skeptisch", "Carla Brenner", "de",
         "Wir planen, die Wartung umzustellen, unser Team ist skeptisch."),
        ("- Kunde rechnet mit Freigabe im Mai", "Carla Brenner", "de", "Wir rechnen mit Freigabe im Mai."),
        ("- Carla entscheidet allein", "Carla Brenner", "de", "Wir entscheiden allein."),
        ("- Owen wants first-time fix above 80% by Q3", "Owen Hale", "en", "We want first-time fix above 80% by Q3."),
        ('- Budget: Owen says "we could free up about 70k"', "Owen Hale", "en", "We could free up about 70k."),
        ("- She says their CFO signs anything over 150k", "Owen Hale", "en", "Our CFO signs anything over 150k."),
        ("- [ ] Mr Hale has asked his team for numbers", "Owen Hale", "en", "We have asked our team for numbers."),
        ("The customer really needs this before peak season", "Owen Hale", "en",
         "We really need this before peak season."),
        ("- missed SLAs cost them $25,000 a quarter", "Owen Hale", "en", "Missed SLAs cost us $25,000 a quarter."),
        ("- Wants go-live by September", "Owen Hale", "en", "We want go-live by September."),
        ("- Möchte bis Q3 live gehen", "Carla Brenner", "de", "Wir möchten bis Q3 live gehen."),
        ("- Errors cost about $200k a year", "Owen Hale", "en", "Errors cost about $200k a year."),
        # someone else's words or note shorthand are not hers to speak: the caller falls back to a generic line
        ('- Werkleiter meint "zu teuer"', "Carla Brenner", "de", None),
        ("- Bdgt tbd", "Carla Brenner", "de", None),
        ('- CFO said "no more than 50k"', "Owen Hale", "en", None),
        ("AP: Owen -> send reference by Fri", "Owen Hale", "en", None),
    ],
)  # fmt: skip
def test_a_note_line_is_spoken_in_the_first_person(
    line: str, persona: str, lang: str, said: str | None
) -> None:
    assert spoken(line, persona, lang) == said


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_fact_without_a_speakable_line_gets_a_generic_line_of_its_kind(lang: str) -> None:
    budget = fact_line("budget", "Zum Budget:", ["- Bdgt tbd"], "Carla Brenner", lang)
    timeline = fact_line("timeline", "Zum Zeitplan:", ["AP: Carla -> Termin"], "Carla Brenner", lang)
    assert budget != timeline and "tbd" not in budget and "->" not in timeline
    assert "Budget" in budget or "budget" in budget


@pytest.mark.parametrize(
    ("notes", "lang", "persona"), [(NOTES_DE, "de", "Brenner"), (NOTES_EN, "en", "Hale")]
)
def test_every_fact_is_spoken_by_the_persona_without_note_markup(notes: str, lang: str, persona: str) -> None:
    scenario = scenario_from_notes(notes, lang=lang)
    first_name = scenario.persona.name.split()[0]
    for fact in scenario.facts:
        assert persona not in fact.say and first_name not in fact.say, fact.say
        body = fact.say.split(":", 1)[
            -1
        ]  # after the lead ("Zum Budget:"): no label, bullet, quote or "X meint"
        assert not re.search(r"[\"„“”]|^\s*[-*•]|\w+:\s|\b(?:meint|says)\b", body), fact.say
        assert not re.search(r"\b(?:sie|ihr|she|her|they|them|their)\b", fact.say), fact.say
    budget = next(f.say for f in scenario.facts if f.id == "budget")
    assert ("90k" in budget) if lang == "de" else ("70k" in budget)
    session = RoleplaySession.from_scenario(scenario)
    play_script(session, list(scenario.good_rep_script))
    assert session.end().outcome in ("yes", "yes_but")


@pytest.mark.parametrize(
    ("notes", "lang", "said"),
    [
        (
            "Call with Owen Hale (Head of Service, Tidewater Pumps) and Dana Ruiz (IT lead, Tidewater Pumps), 9 Feb\n- Goal: fewer repeat visits\n",
            "en",
            "Dana Ruiz is involved",
        ),
        (
            "Termin mit Frau Carla Brenner (Leiterin Produktion, Aurel GmbH) und Herrn Jonas Adler (IT, Aurel GmbH)\n- Ziel: weniger Ausschuss\n",
            "de",
            "Jonas Adler beteiligt",
        ),
    ],
)
def test_one_other_stakeholder_is_named_in_the_singular(notes: str, lang: str, said: str) -> None:
    facts = {f.id: f.say for f in scenario_from_notes(notes, lang=lang).facts}
    assert said in facts.get("stakeholders", ""), facts


@pytest.mark.parametrize(
    ("notes", "lang", "name"),
    [
        ("- Wettbewerber: Sie schauen sich auch Routiq an\n- Budget unklar\n", "de", "Routiq"),
        ("- Competitor: they are also looking at Fleetora\n- budget unclear\n", "en", "Fleetora"),
    ],
)
def test_a_pronoun_after_the_competitor_label_is_no_competitor(notes: str, lang: str, name: str) -> None:
    scenario = scenario_from_notes(notes, lang)
    said = " ".join(o.statement for o in scenario.objections)
    assert name in said
    assert not re.search(r"\b(Sie|They) (ist|is) für uns|\b(Sie|They) is a serious", said)


@pytest.mark.parametrize(
    ("notes", "lang", "company"),
    [
        (
            "Gespräch mit Velmora Antriebstechnik\n- Ziel: Rüstzeiten senken\n- Budget unklar\n",
            "de",
            "Velmora Antriebstechnik",
        ),
        ("Termin bei Kastell & Rohde KG, 12.03.\n- Ziel: Ausschuss senken\n", "de", "Kastell & Rohde KG"),
        (
            "# Call with Quillbrook Foods Ltd\n- goal: halve onboarding time\n- budget unclear\n",
            "en",
            "Quillbrook Foods Ltd",
        ),
        ("Meeting with Ostrander Freight\n- goal: fewer empty runs\n", "en", "Ostrander Freight"),
    ],
)
def test_the_company_in_the_title_line_is_the_customer(notes: str, lang: str, company: str) -> None:
    scenario = scenario_from_notes(notes, lang=lang)
    assert scenario.persona.company == company
    assert company in scenario.title


@pytest.mark.parametrize(
    ("notes", "lang"),
    [
        ("Gespräch mit Frau Ilvy Marsch, 12.03.\n- Ziel: Rüstzeiten senken\n", "de"),
        ("Gespräch mit dem Einkauf\n- Ziel: Rüstzeiten senken\n", "de"),
        ("Meeting with the CFO, 12 March\n- goal: cut costs\n", "en"),
        ("Call with Tamsin Oakley\n- goal: cut costs\n- Ms Oakley wants a pilot\n", "en"),
    ],
)
def test_a_person_or_a_role_in_the_title_is_no_company(notes: str, lang: str) -> None:
    scenario = scenario_from_notes(notes, lang=lang)
    assert scenario.persona.company in ("Ihr Kunde", "Your customer")
