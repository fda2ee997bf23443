"""One organisation decision: who sits with which organisation, which one sells, which one buys (issue 14).

Every text here is our own; each case names the shape of the notes it stands for.
"""

from __future__ import annotations

import pytest

from coach.minutes import draft_minutes
from coach.text.model import Participant

# (notes, expected sides, expected customer company)
CASES = [
    pytest.param(
        """Kelso Freight – platform decision – MINUTES
Date: 2027-05-04, 10:00, Room 2

Present: Maud Keller (COO), Ravi Anand (Head of Ops), Tess Morrow, Bo Lindqvist (both Pallantic Software)
Minutes: Ines Varga (PMO, Kelso Freight Ltd)

TM presented Pallantic's revised commercial offer (EUR 84,000 p.a.).
RA raised concern about the cut-over weekend.
Agreed to proceed with Pallantic Software as preferred supplier, subject to a load test.
""",
        {
            "Maud Keller": "customer",
            "Ravi Anand": "customer",
            "Tess Morrow": "seller",
            "Bo Lindqvist": "seller",
            "Ines Varga": "customer",
        },
        "Kelso Freight Ltd",
        id="en-both-is-the-last-two-and-initials-present-the-offer",
    ),
    pytest.param(
        """Entscheidungsrunde Lagerverwaltung – 12.05.2027
TN: Fr. Oda Brenner (GF Brenner Holzbau GmbH), Hr. Kai Sommer (Einkauf) / Lotte + Malte (Wegwerk Digital GmbH)

- Preis: unser Angebot 31.000/J, keine weitere Diskussion
- Einwand Sommer: Scanner im Lager zu langsam -> Demo gezeigt, ok
==> GO für Wegwerk, Start 1.7.
""",
        {"Oda Brenner": "customer", "Kai Sommer": "customer", "Lotte": "seller", "Malte": "seller"},
        "Brenner Holzbau GmbH",
        id="de-slash-separates-the-two-groups",
    ),
    pytest.param(
        """Ledgerpoint // decision call Tue 2027-09-14
us (Quillfield): Nora, Bastian | ppl @ Harbor Mills: Ulla (CFO), Pim (IT), Sanne (HR)

- GO, Ulla confirmed on the call
AIs
- Bastian: send the onboarding pack tmrw
- Pim: SSO setup by Fri
""",
        {"Nora": "seller", "Bastian": "seller", "Ulla": "customer", "Pim": "customer", "Sanne": "customer"},
        "Harbor Mills",
        id="en-people-at-org-label-after-a-bar",
    ),
]


@pytest.mark.parametrize(("notes", "sides", "company"), CASES)
def test_people_sit_with_the_organisation_that_sells_or_buys(
    notes: str, sides: dict[str, str], company: str | None
) -> None:
    result = draft_minutes(notes)
    got = {p.name: p.side for p in result.participants}
    assert {name: got.get(name) for name in sides} == sides
    if company:
        assert result.company == company


@pytest.mark.parametrize(
    ("notes", "wanted", "not_people"),
    [
        pytest.param(
            """Board of Governors – Minutes
Meeting held 9 March 2027
Present: Rev. Agnes Pole (Chair), Colm Ó Murchú, Ita Ní Bhriain
Clerk: Harriet Vance

Motion carried 3-0.
""",
            ["Colm Ó Murchú", "Ita Ní Bhriain", "Harriet Vance"],
            [],
            id="en-irish-particles-and-the-clerk",
        ),
        pytest.param(
            """Lenkungskreis DMS – Protokoll
Sitzung: 02.04.2027
Schriftführerin: Mara Quast

Teilnehmende (Volkmann Kanzlei unless stated)
Jonas Eber (JE), Managing Partner <j.eber@volkmann.example>
Frieda Holm (FH), Knowledge Management Lawyer
Till Roth, Account Executive, Scrivo Software GmbH (item 2 only)

Keine Entscheidung getroffen.
""",
            ["Mara Quast", "Jonas Eber", "Frieda Holm", "Till Roth"],
            ["Managing Partner", "Knowledge Management Lawyer"],
            id="de-labelled-block-names-with-initials-not-job-titles",
        ),
    ],
)
def test_everyone_listed_is_found_and_no_job_title_is_a_person(
    notes: str, wanted: list[str], not_people: list[str]
) -> None:
    names = [p.name for p in draft_minutes(notes).participants]
    assert [n for n in wanted if n not in names] == []
    assert [n for n in not_people if n in names] == []


def test_untied_board_members_keep_their_side_when_the_companies_turn_out_swapped() -> None:
    notes = """Board of Trustees – Minutes (extract)
Item 4: tutoring platform, contract award
Meeting held Tuesday 9 February 2027, 18:00

Present (Trustees): Rev. Alma Stroud (Chair), Dev Patel, Ola Nyberg, Frank Ibe
In attendance: Rosa Quint (CEO, Fenwick Learning Trust); Hugo Marr and Ada Lenz (Brightquill Ltd, for item 4 only)

4.1 Mr Marr outlined the proposal: 7 schools, £61,000 per annum.
4.2 Motion: that the Trust enters into the agreement with Brightquill Ltd. Motion carried 4-0.
"""
    result = draft_minutes(notes)
    sides = {p.name: p.side for p in result.participants}
    assert sides["Hugo Marr"] == sides["Ada Lenz"] == "seller"
    assert sides["Dev Patel"] == sides["Ola Nyberg"] == sides["Rosa Quint"] == "customer"
    assert result.company == "Fenwick Learning Trust"
    orgs = {p.name: p.organisation for p in result.participants}
    assert orgs["Dev Patel"] != "Brightquill Ltd"


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Beatriz Olsen", "Kurt Mahler"], {"Beatriz Olsen": "BO", "Kurt Mahler": "KM"}),
        (["Ivo Tamm", "Hana Roth"], {}),  # IT and HR are abbreviations, not initials
        (["Sara Kim", "Sven Kling"], {}),  # shared initials name no one
    ],
)
def test_initials_name_one_person_and_never_a_common_abbreviation(
    names: list[str], expected: dict[str, str]
) -> None:
    from coach.minutes.pairing import initials_of

    assert initials_of([Participant(name=n) for n in names]) == expected


@pytest.mark.parametrize(
    ("people", "company", "seller", "expected"),
    [
        pytest.param(
            [
                ("Gerda Falk", "g.falk@mhm-eg.example", "seller"),
                ("Henrik Voss", "h.voss@mhm-eg.example", "seller"),
                ("Yusuf Aydin", "y.aydin@tannwerk.example", "seller"),
            ],
            "Milchgenossenschaft Moorhausen eG",
            "Tannwerk GmbH",
            {"Gerda Falk": "customer", "Henrik Voss": "customer", "Yusuf Aydin": "seller"},
            id="de-the-domain-beside-the-sellers-is-the-customers",
        ),
        pytest.param(
            [
                ("Amy Cole", "amy@wcsd.example", "seller"),
                ("Ben Oduya", "ben.oduya@corvix.example", "customer"),
                ("Li Wen", "li.wen@gmail.example", "customer"),
            ],
            "Westcombe School District",
            "Corvix Analytics",
            {"Amy Cole": "customer", "Ben Oduya": "seller", "Li Wen": "customer"},
            id="en-free-mail-says-nothing",
        ),
        pytest.param(
            [
                ("Amy Cole", "amy@wcsd.example", "customer"),
                ("Ben Oduya", "ben@orbis.example", "customer"),
                ("Kai Berg", "kai@corvix.example", "customer"),
            ],
            "Westcombe School District",
            "Corvix Analytics",
            {"Amy Cole": "customer", "Ben Oduya": "customer", "Kai Berg": "customer"},
            id="en-two-other-domains-decide-nothing",
        ),
    ],
)
def test_an_e_mail_domain_puts_people_with_their_organisation(
    people: list[tuple[str, str, str]], company: str, seller: str, expected: dict[str, str]
) -> None:
    from coach.minutes.company import align_by_domain

    participants = [Participant(name=n, email=e, side=s) for n, e, s in people]  # type: ignore[arg-type]
    align_by_domain(participants, company, seller)
    assert {p.name: p.side for p in participants} == expected


@pytest.mark.parametrize(
    ("people", "turns", "expected"),
    [
        pytest.param(
            [("Ana Vidal", "seller", "Quorra Labs", None), ("Tim Best", "unknown", "Quorra Labs", None)],
            "",
            {"Ana Vidal": "seller", "Tim Best": "seller"},
            id="en-a-colleague-of-the-same-organisation",
        ),
        pytest.param(
            [
                ("Jana Kurz", "customer", None, "j.kurz@hafenwerk.example"),
                ("Olaf Brink", "unknown", None, "o.brink@hafenwerk.example"),
                ("Mia Sand", "unknown", None, "m.sand@zeilsoft.example"),
            ],
            "",
            {"Jana Kurz": "customer", "Olaf Brink": "customer", "Mia Sand": "seller"},
            id="de-same-domain-then-the-other-group",
        ),
        pytest.param(
            [("Rob Tate", "unknown", None, None), ("Una Pike", "unknown", None, None)],
            "[00:01] Rob Tate: Our customers typically save a third, and we roll it out in three phases for you.\n"
            "[00:02] Una Pike: We have decided to wait; our board meets in May and our budget is frozen.\n",
            {"Rob Tate": "seller", "Una Pike": "customer"},
            id="en-how-each-one-speaks",
        ),
        pytest.param(
            [("Eva Lorenz", "customer", "Nordkamm AG", None), ("Kai Stern", "unknown", None, None)],
            "[00:01] Kai Stern: Gut, danke.\n",
            {"Eva Lorenz": "customer", "Kai Stern": "unknown"},
            id="de-nothing-tells-stays-unknown",
        ),
    ],
)
def test_a_side_left_unknown_is_settled_from_colleagues_the_other_group_or_speech(
    people: list[tuple[str, str, str | None, str | None]], turns: str, expected: dict[str, str]
) -> None:
    from coach.minutes.pairing import settle_unknown

    participants = [
        Participant(name=n, side=s, organisation=o, email=e)  # type: ignore[arg-type]
        for n, s, o, e in people
    ]
    settle_unknown(turns, participants)
    assert {p.name: p.side for p in participants} == expected
