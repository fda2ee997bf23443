"""Companies, people and sides as writers the rules were not written from put them: "about us" introductions,
titles with a topic, signatures, CRM deal names, jobs at a company, a customer's "our CFO", compound customer words
and prices per unit in a cold call. Every text here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.text import parse_text
from coach.text.companies import title_companies
from coach.text.people import named_people
from coach.text.readers.base import parse_label
from coach.text.readers.email import signature
from coach.text.sides import same_company, seller_statement, speech_score


def _timestamped(text: str) -> str:
    """Return 'Name: text' lines as a timestamped transcript ('[00:01] Name: text')."""
    return "\n".join(f"[00:{i:02d}] {line}" for i, line in enumerate(text.splitlines(), 1))


ABOUT_US = [
    (
        "Tom Weiss: Hallo zusammen. Ganz kurz zu uns, Brimwater Systems, wir machen Schichtplanung für Kliniken.\n"
        "Eva Krug: Hallo, ja, gerne.\nTom Weiss: Wie planen Sie heute?\nEva Krug: Mit Excel.",
        "Brimwater Systems",
    ),
    (
        "Tom Weiss: Thanks for making time. Quick recap from my side, Tallowfield reads delivery notes and books "
        "them automatically.\nEva Krug: Sounds good.\nTom Weiss: How do you book them today?\nEva Krug: By hand.",
        "Tallowfield",
    ),
    (
        "Tom Weiss: Great. Quick recap from our side: Orrin is managed backup for dental practices.\n"
        "Eva Krug: Okay.\nTom Weiss: What does your setup look like?\nEva Krug: A NAS in the back office.",
        "Orrin",
    ),
]


@pytest.mark.parametrize(("text", "seller"), ABOUT_US)
def test_the_company_named_right_after_about_us_is_the_speakers(text: str, seller: str) -> None:
    doc = parse_text(_timestamped(text), seller=("Tom Weiss",))
    assert same_company(doc.seller_company, seller)
    assert not same_company(doc.customer_company, seller)


def test_people_named_after_from_our_side_are_no_company() -> None:
    doc = parse_text(
        _timestamped(
            "Tom Weiss: From our side, Lena and I are here today.\nEva Krug: Hi both.\n"
            "Lena Petri: Hi Eva.\nEva Krug: Let's start."
        ),
        seller=("Tom Weiss",),
    )
    assert doc.seller_company is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a topic before the dash, the two companies after it
        ("Abstimmung neue Dienstplanung – Quorvel / Stadtwerke Eberfeld", ["Quorvel", "Stadtwerke Eberfeld"]),
        ("Renewal review – Tallowfield x Harbour Dental Group", ["Tallowfield", "Harbour Dental Group"]),
        # a German compound as the head word, with a bracket after it
        (
            "Jahresgespräch Brimwater Software / Pflegeheim Am Hang",
            ["Brimwater Software", "Pflegeheim Am Hang"],
        ),
        ("# Gesprächsprotokoll (Transkript) – Quorvel / Hotel Seeblau", ["Quorvel", "Hotel Seeblau"]),
        # a hyphenated "Hoch- und Tiefbau" is one name
        ("# Discovery Call – Marendt Hoch- und Tiefbau GmbH", ["Marendt Hoch- und Tiefbau GmbH"]),
        # a pair of topics is no pair of companies
        ("# Call Kanzlei Weber Braun – Zeiterfassung / Abrechnung", ["Kanzlei Weber Braun"]),
    ],
)
def test_title_companies_with_a_topic(title: str, expected: list[str]) -> None:
    assert title_companies(title + "\n") == expected


@pytest.mark.parametrize(
    ("title", "seller", "customer"),
    [
        (
            "Jahresgespräch Pflegeheim Lindenhof / Brimwater Digital",
            "Brimwater Digital",
            "Pflegeheim Lindenhof",
        ),
        ("Quarterly review – Harbour Vets / Tallowfield Cloud", "Tallowfield Cloud", "Harbour Vets"),
    ],
)
def test_a_title_pair_with_a_vendors_name_when_nothing_else_tells(
    title: str, seller: str, customer: str
) -> None:
    doc = parse_text(
        f"{title}\nAnna Roth  0:03\nGuten Morgen, schön dass es klappt.\nJens Ahl  0:09\nMorgen, gerne.\n"
        "Anna Roth  0:15\nWie läuft es seit dem letzten Update?\nJens Ahl  0:22\nGut, bis auf die Berichte."
    )
    assert same_company(doc.seller_company, seller)
    assert same_company(doc.customer_company, customer)


@pytest.mark.parametrize(
    ("title", "question", "customer"),
    [
        (
            "# Gesprächsnotiz – Quorvel / Hotelgruppe Nordstern",
            "Und die Dächer in Binz und Sellin zuerst?",
            "Hotelgruppe Nordstern",
        ),
        (
            "# Call notes – Quorvel / Harbour Dental Group",
            "And the clinics in Leeds and York go first?",
            "Harbour Dental Group",
        ),
    ],
)
def test_the_title_pair_outweighs_a_place_in_a_question(title: str, question: str, customer: str) -> None:
    text = (
        f"{title}\n\n**Vertrieb**: Hallo, Tom Weiss von Quorvel.\n\n**Kunde**: Hallo.\n\n"
        f"**Vertrieb**: {question}\n\n**Kunde**: Genau."
    )
    doc = parse_text(text)
    assert same_company(doc.seller_company, "Quorvel")
    assert same_company(doc.customer_company, customer)


@pytest.mark.parametrize(
    ("lines", "role", "organisation"),
    [
        (
            [
                "Beste Grüße",
                "Tom Weiss",
                "Senior Account Executive, Brimwater Software",
                "tom@brimwater.example",
            ],
            "Senior Account Executive",
            "Brimwater Software",
        ),
        (
            ["Best,", "Tom Weiss", "Account Manager, Tallow Field", "tom.weiss@tallowfield.example"],
            "Account Manager",
            "Tallow Field",
        ),
        (
            ["Viele Grüße", "Eva Krug", "", "Buchhandlung am Dom", "Inhaberin", "Tel. 0551 555 1234"],
            "Inhaberin",
            "Buchhandlung am Dom",
        ),
        # a region after the comma is no company
        (
            ["Best,", "Tom Weiss", "Account Executive, DACH", "tom@brimwater.example"],
            "Account Executive, DACH",
            None,
        ),
    ],
)
def test_signature_role_and_company(lines: list[str], role: str, organisation: str | None) -> None:
    _, person = signature(["Hallo,", "", "danke.", "", *lines])
    assert person is not None
    assert person.role == role
    assert person.organisation == organisation


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Verdanthill", "Verdant Hill", True),
        ("Bright-Path", "Brightpath", True),
        ("Brightpath", "Bright Lane", False),
    ],
)
def test_a_company_from_a_domain_is_the_same_as_its_spaced_name(a: str, b: str, same: bool) -> None:
    assert same_company(a, b) is same


@pytest.mark.parametrize(
    ("record", "customer"),
    [
        (
            "deal: Harbour Vets Group - practice software migration\nowner: Tom Weiss\nstage: discovery\n"
            "amount: 12000\ncontact: Eva Krug, Operations Manager, eva.krug@harbourvets.example\n",
            "Harbour Vets Group",
        ),
        (
            "opportunity: Bäckerei Korn – Kassensystem\nowner: Tom Weiss\nphase: Angebot\n"
            "kontakt: Eva Krug, Inhaberin, eva@baeckerei-korn.example\n",
            "Bäckerei Korn",
        ),
    ],
)
def test_crm_deal_name_and_contact_mail(record: str, customer: str) -> None:
    doc = parse_text(record)
    assert doc.format == "crm"
    assert same_company(doc.customer_company, customer)
    eva = next(p for p in doc.participants if p.name == "Eva Krug")
    assert eva.email and eva.email.startswith("eva")
    assert eva.organisation is None or "@" not in eva.organisation
    assert all("@" not in o.name for o in doc.organisations)


def test_a_contact_label_keeps_its_mail_apart() -> None:
    label = parse_label("Eva Krug, Operations Manager, eva.krug@harbourvets.example")
    assert (label.name, label.role, label.organisation, label.email) == (
        "Eva Krug",
        "Operations Manager",
        None,
        "eva.krug@harbourvets.example",
    )


@pytest.mark.parametrize(
    ("line", "customer"),
    [
        (
            "Eva Krug: Sure. So I manage the analytics labs at Tallowmere, three labs, about 40 people.",
            "Tallowmere",
        ),
        ("Eva Krug: Gern. Ich betreue die Labore bei Kestrin, drei Standorte, rund 40 Leute.", "Kestrin"),
    ],
)
def test_a_customer_says_what_they_manage_at_their_company(line: str, customer: str) -> None:
    text = _timestamped(
        f"Tom Weiss: Hi, it's Tom from Quorvel, you asked for a callback.\n{line}\nTom Weiss: Okay."
    )
    doc = parse_text(text, seller=("Tom Weiss",))
    assert same_company(doc.customer_company, customer)


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Foods, our largest customer, wants the report by March.",
        "Kornfeld Mühle, unser wichtigster Kunde, will den Bericht bis März.",
    ],
)
def test_a_company_named_as_our_customer_is_no_person(text: str) -> None:
    assert named_people(text) == []


def test_a_job_with_customer_in_it_is_still_a_person() -> None:
    people = named_people("We spoke to Maria Lind, our Chief Customer Officer, yesterday.")
    assert [(p.name, p.role) for p in people] == [("Maria Lind", "Chief Customer Officer")]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Hi Tom,\n\nIngrid Berger (our CFO) signs the contract. I make the recommendation.\n\nBest,\nArjun",
        ),
        (
            "de",
            "Hallo Herr Weiss,\n\nIngrid Berger (unsere CFO) unterschreibt. Ich gebe die Empfehlung.\n\nGruß\nArjun",
        ),
    ],
)
def test_our_cfo_in_the_customers_mail_is_the_customers(lang: str, body: str) -> None:
    text = (
        "From: Arjun Mehta <arjun.mehta@kestrinfoods.example>\nTo: Tom Weiss <tom.weiss@quorvel.example>\n"
        "Subject: Re: next steps\n\n" + body + "\n\n"
        "On Fri, Nov 27, 2026 at 9:15 AM Tom Weiss <tom.weiss@quorvel.example> wrote:\n"
        "> Hi Arjun, who signs on your side? Our proposal comes in at 1,200 per month.\n> Best, Tom\n"
    )
    doc = parse_text(text)
    ingrid = next(p for p in doc.participants if p.name == "Ingrid Berger")
    assert ingrid.side == "customer"


def test_a_company_with_a_legal_form_is_no_participant() -> None:
    doc = parse_text("Teilnehmer: Eva Krug (Einkauf), Kestrin Packaging Ltd, Jens Ahl (IT)\n- Budget offen\n")
    assert all("Ltd" not in p.name for p in doc.participants)


@pytest.mark.parametrize(
    "sentence",
    [
        "Viele unserer Bäckereikunden sparen mit der App rund 15 Prozent Retouren.",
        "Unsere Praxiskunden haben im Schnitt ein Drittel weniger Ausfälle.",
        "Many of our bakery customers save about 15 percent on returns.",
    ],
)
def test_our_compound_customers_are_a_pitch(sentence: str) -> None:
    assert seller_statement(sentence)


@pytest.mark.parametrize(
    ("pitch", "cost", "lang"),
    [
        (
            "Da wären wir mit 39 Euro pro Kasse und Monat günstiger.",
            "Wir zahlen jetzt schon 600 im Monat für die Wartung.",
            "de",
        ),
        (
            "That would be 39 per till and month with us.",
            "We pay about 600 a month for maintenance today.",
            "en",
        ),
    ],
)
def test_a_price_per_unit_pitches_and_what_we_pay_does_not(pitch: str, cost: str, lang: str) -> None:
    assert speech_score([pitch]) > speech_score([cost])
    assert speech_score([cost]) <= 0


COLD_CALLS = [
    (
        "de",
        [
            ("Tom Weiss", "Grüß Gott Frau Krug, Weiss von Brimwater, ich hoffe ich störe nicht?"),
            ("Eva Krug", "Naja, zwischen zwei Lieferungen. Worum geht es?"),
            ("Tom Weiss", "Sie waren an unserem Stand auf der Messe, ich wollte wegen der Kassen nachhören."),
            ("Eva Krug", "Ja mei, wir haben acht Filialen, die Kassen sind alt, aber sie laufen."),
            (
                "Tom Weiss",
                "Verstehe. Viele unserer Metzgereikunden sparen mit der Vorbestellung rund 10 Prozent.",
            ),
            ("Eva Krug", "Das haben wir eigentlich im Griff."),
            ("Tom Weiss", "Was zahlen Sie denn aktuell für die Kassen?"),
            ("Eva Krug", "Wir zahlen so 500 im Monat für die Wartung, glaub ich."),
            ("Tom Weiss", "Da wären wir mit 35 Euro pro Kasse und Monat deutlich günstiger."),
            ("Eva Krug", "Schon. Aber ich hab keine Lust, jetzt alles umzustellen."),
            ("Tom Weiss", "Die Umstellung machen wir selbst, an einem Wochenende."),
            ("Eva Krug", "Das entscheide ich allein, und gerade eilt es nicht."),
            ("Tom Weiss", "Gut, dann melde ich mich im Frühjahr wieder."),
            ("Eva Krug", "Machen Sie das."),
        ],
    ),
    (
        "en",
        [
            ("Tom Weiss", "Morning Ms Krug, Weiss from Brimwater here."),
            ("Eva Krug", "Between two deliveries. What's it about?"),
            ("Tom Weiss", "I'm following up on the fair, about the tills."),
            ("Eva Krug", "Well, we have eight shops, the tills are old, but they work."),
            ("Tom Weiss", "I see. Many of our butcher customers save around 10 percent with pre-orders."),
            ("Eva Krug", "We've got that under control, honestly."),
            ("Tom Weiss", "And the tills cost what at the moment, roughly?"),
            ("Eva Krug", "We pay about 500 a month for maintenance, I think."),
            ("Tom Weiss", "That would be 35 per till and month, a lot cheaper."),
            ("Eva Krug", "Sure. But I don't fancy changing everything right now."),
            ("Tom Weiss", "The switch is on us, done over one weekend."),
            ("Eva Krug", "I decide that alone, and it isn't urgent."),
            ("Tom Weiss", "Fine, then I'll get back to you in spring."),
            ("Eva Krug", "Do that."),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "turns"), COLD_CALLS)
def test_a_cold_call_without_role_labels_gets_its_sides(lang: str, turns: list[tuple[str, str]]) -> None:
    text = "\n\n".join(f"{who}  00:00:{i:02d}\n{said}" for i, (who, said) in enumerate(turns, 1))
    doc = parse_text(text)
    assert doc.format == "zoom"
    sides = {t.speaker: t.side for t in doc.turns}
    assert sides == {"Tom Weiss": "seller", "Eva Krug": "customer"}


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        # the caller gives a name with "here from" / "hier von"
        (
            [
                "Speaker 1: Hi, is this Dana? Kieran here from Brimwater, we met at the expo.",
                "Speaker 2: Yes, hi.",
            ],
            {"Speaker 1": "Kieran"},
        ),
        (
            [
                "Sprecher 1: Ja, guten Tag, Ostermann hier von Brimwater, wegen dem Termin.",
                "Sprecher 2: Ja, hallo.",
            ],
            {"Sprecher 1": "Ostermann"},
        ),
        # "ich bin der Florian von X", "und ich bin der Luca, IT"
        (
            [
                "Teilnehmer A: So, servus miteinander. Ich bin der Korbinian von Brimwater, wir machen Kassen.",
                "Teilnehmer B: Servus.",
                "Teilnehmer C: Und ich bin der Mirko, IT, ich hör eher zu.",
            ],
            {"Teilnehmer A": "Korbinian", "Teilnehmer C": "Mirko"},
        ),
        # a full name before "ich" / "I'm" as the speaker introduces themselves
        (
            [
                "Speaker 1: Thanks for taking the call, I'm with Brimwater.",
                "Speaker 2: Morning. Dana Roycroft, I'm head of ops here.",
            ],
            {"Speaker 2": "Dana Roycroft"},
        ),
        (
            [
                "Teilnehmer A: Grüß Gott, schön dass es klappt.",
                "Teilnehmer B: Grüß Gott. Veronika Lindbauer, ich mach hier den Einkauf.",
            ],
            {"Teilnehmer B": "Veronika Lindbauer"},
        ),
    ],
)
def test_unnamed_speakers_named_by_how_they_introduce_themselves(
    lines: list[str], names: dict[str, str]
) -> None:
    doc = parse_text(_timestamped("\n".join(lines)))
    found = {p.name for p in doc.participants}
    for name in names.values():
        assert name in found


def test_a_job_after_ich_bin_die_names_no_speaker() -> None:
    doc = parse_text(
        _timestamped(
            "Teilnehmer A: Hallo zusammen.\nTeilnehmer B: Hallo, ich bin die Projektleiterin, gerne."
        )
    )
    assert "Projektleiterin" not in {p.name for p in doc.participants}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thank you, Ilsabet, much appreciated. Let's start with the rollout.", "Ilsabet"),
        ("Danke, Ilsabet, das hilft. Dann fangen wir mit dem Rollout an.", "Ilsabet"),
    ],
)
def test_a_first_name_thanked_after_a_comma_is_a_participant(text: str, name: str) -> None:
    doc = parse_text(_timestamped(f"Tom Weiss: {text}\nEva Krug: Gern.\nTom Weiss: Gut."))
    assert name in {p.name for p in doc.participants}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Professor Okonedo. He's the head of the lab, he signs all of it.", "Okonedo"),
        ("Das entscheidet Professorin Albrecht-Wiese, die Institutsleitung.", "Albrecht-Wiese"),
        ("We run it with our own agronomist, Lior Benami, on 300 acres first.", "Lior Benami"),
        ("Das macht unser neuer Controller, Jannik Brehme, ab März.", "Jannik Brehme"),
    ],
)
def test_people_named_with_a_title_or_after_our_job(text: str, name: str) -> None:
    assert name in {p.name for p in named_people(text)}


def test_crm_contact_with_a_note_in_brackets_a_phone_and_a_foreign_job() -> None:
    record = (
        "account: Harbour Vets Group\nowner: Tom Weiss\nstage: discovery\n"
        "contact: Ingrid Lund, Driftssjef, +47 555 12 345, ingrid.lund@harbourvets.example\n"
        "contact_2: Espen Dahl, CEO (not met yet)\n"
    )
    doc = parse_text(record)
    people = {p.name: p for p in doc.participants}
    assert people["Espen Dahl"].role == "CEO"
    assert people["Ingrid Lund"].role == "Driftssjef"
    assert people["Ingrid Lund"].organisation in (None, "Harbour Vets Group")
    assert all(p.side == "customer" for n, p in people.items() if n != "Tom Weiss")


@pytest.mark.parametrize(
    ("line", "company", "role"),
    [
        ("Tom Weiss | Managing Director", "Kestrin Packaging Ltd", "Managing Director"),
        ("Tom Weiss, Geschäftsführer", "Kestrin Verpackung GmbH", "Geschäftsführer"),
    ],
)
def test_signature_with_the_job_on_the_names_line(line: str, company: str, role: str) -> None:
    _, person = signature(["Hi,", "", "thanks.", "", "Best,", line, company, "+44 121 555 0100"])
    assert person is not None
    assert (person.name, person.role, person.organisation) == ("Tom Weiss", role, company)


def test_a_mail_signature_company_is_no_participant() -> None:
    text = (
        "From: Tom Weiss <tom.weiss@kestrin-packaging.example>\nTo: Eva Krug <eva.krug@brimwater.example>\n"
        "Subject: RE: next steps\n\nHi Eva,\n\nanything over 25k goes to the board.\n\nTom\n\n--\n"
        "Tom Weiss | Managing Director\nKestrin Packaging Ltd\n+44 121 555 0100\n"
    )
    doc = parse_text(text)
    assert {p.name for p in doc.participants} >= {"Tom Weiss", "Eva Krug"}
    assert all("Ltd" not in p.name for p in doc.participants)


@pytest.mark.parametrize(
    ("text", "seller", "customer"),
    [
        (
            "Notizen Termin Brauerei Kessel\n- Jonas Hell (Vertrieb): Angebot vorgestellt, Lieferung in drei Wochen.\n"
            "- Petra Lange (Einkauf): Budget ist noch nicht freigegeben.\n",
            "Jonas Hell",
            "Petra Lange",
        ),
        (
            "Call notes Harbour Foods\nAttendees: Mark Ellis (Sales), Dana Roy (Head of Ops)\n"
            "- Mark Ellis (Sales): we can go live in six weeks.\n- Dana Roy (Head of Ops): reporting eats two days a month.\n",
            "Mark Ellis",
            "Dana Roy",
        ),
    ],
)
def test_a_sales_label_in_notes_is_our_seller(text: str, seller: str, customer: str) -> None:
    doc = parse_text(text)
    sides = {p.name: p.side for p in doc.participants}
    assert sides[seller] == "seller"
    assert sides[customer] == "customer"
    said = [s for s in doc.sentences if s.text.lstrip("- ").startswith(seller)]
    assert said and all(s.side == "seller" for s in said)
    assert all(s.side != "seller" for s in doc.sentences if s.text.lstrip("- ").startswith(customer))


def test_a_customers_head_of_sales_stays_the_customers() -> None:
    doc = parse_text(
        "Notizen Termin Brauerei Kessel\nTeilnehmer: Uwe Stein (Vertriebsleiter), Petra Lange (Einkauf)\n"
    )
    assert {p.name: p.side for p in doc.participants}["Uwe Stein"] == "customer"


def test_the_suite_scores_companies_the_text_names_apart(tmp_path: Path) -> None:
    from coach.evals.base import EvalContext
    from coach.evals.suites.transcripts import evaluate, named_in_text
    from coach.llm.brain import offline_brain
    from coach.settings import load_settings

    assert named_in_text("Seniorenheim St. Anna GmbH", "Jahresgespräch Brimwater / Seniorenheim St. Anna")
    assert not named_in_text("Harbour Vets Group", "Hi Eva, thanks for the call.")
    (tmp_path / "zz").mkdir()
    (tmp_path / "zz" / "zz-01.txt").write_text(
        "[00:01] Tom Weiss (AE): Hi, Tom Weiss from Quorvel here.\n"
        "[00:05] Eva Krug (Kunde): Hi Tom. I run the labs at Kestrin Foods, about 40 people.\n",
        encoding="utf-8",
    )
    (tmp_path / "zz" / "zz-02.txt").write_text(
        "[00:01] Tom Weiss (AE): Hi, Tom Weiss from Quorvel here.\n[00:05] Eva Krug (Kunde): Hi Tom.\n",
        encoding="utf-8",
    )
    case = "{{id: zz-0{n}, file: zz/zz-0{n}.txt, lang: en, format: {fmt}, seller_company: Quorvel, customer_company: {c}}}"
    (tmp_path / "zz.yaml").write_text(
        "version: 1\nauthor: zz\ncases:\n"
        + f"  - {case.format(n=1, fmt='timestamped', c='Kestrin Foods')}\n"
        + f"  - {case.format(n=2, fmt='timestamped', c='Harbour Dental Group')}\n",
        encoding="utf-8",
    )
    out = evaluate(EvalContext(settings=load_settings(), brain=offline_brain(), dataset=tmp_path))
    m = out.metrics
    assert m["customer_company_accuracy"] == 0.5  # the second text never names its customer
    assert m["customer_company_named_accuracy"] == 1.0
    assert m["seller_company_named_accuracy"] == 1.0
    assert m["companies_wrong"] == 0
    assert any(f.case == "zz-02:customer_company" for f in out.failures)


@pytest.mark.parametrize(
    ("notes", "seller"),
    [
        (
            "Notes call Harbour Foods\n- We pitched Brimwater Archive: 3-phase rollout\n- Dana: reporting takes 2 days\n",
            "Brimwater",
        ),
        (
            "Notizen Bäckerei Korn\n- Wir haben Quorvel vorgestellt, Eva war interessiert\n- Budget offen\n",
            "Quorvel",
        ),
    ],
)
def test_what_we_pitched_in_our_notes_is_our_company(notes: str, seller: str) -> None:
    assert same_company(parse_text(notes).seller_company, seller)


@pytest.mark.parametrize(
    "notes",
    [
        "Notes\n- We presented Q3 numbers\n- I demoed Reporting to them\n",
        "Notizen\n- Wir haben Zeiterfassung vorgestellt\n",
    ],
)
def test_a_module_or_topic_we_showed_is_no_company(notes: str) -> None:
    assert parse_text(notes).seller_company is None
