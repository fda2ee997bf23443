"""Text layer, round 9: what unseen writers did that the layer misread (our own sentences, German and English).

Markdown transcripts whose attendee line gives companies in brackets, signatures written 'Name | Role | Company',
a firm answering the phone ("Hier ist X."), a full name said with its company after greeting the other side,
'X and me', 'Name, the owner', a title inside a running name, a reference story in notes, a reply to an open
question, "Danke, Mo", tab-separated rows, and notes with a short transcript block below them.
"""

from __future__ import annotations

from datetime import date

import pytest

from coach.text.dates import has_due_phrase, resolve_due
from coach.text.document import parse_text
from coach.text.evidence import confirms
from coach.text.model import Turn
from coach.text.people import People, _name_rx, named_people
from coach.text.sentences import sentence_texts
from coach.text.sides import same_company, seller_statement

# ---- Markdown transcript: the attendee line's brackets name two companies ------------------------------------

MD_DE = """## Erstgespräch
Teilnehmer: Ida Berg (Halmwerk), Dr. Leo Marx, Nina Falk (Nordholz AG)

**[00:00:02] Ida:** Schön, dass es klappt. Ich würde gern verstehen, wie Sie heute planen.

**[00:00:09] Nina:** Wir planen aktuell mit Excel, und wir verlieren jede Woche Stunden dabei.

**[00:00:20] Ida:** Unsere Kunden sparen im Schnitt 20 Prozent Planungszeit. Wie viele Standorte haben Sie?

**[00:00:31] Leo:** Wir haben drei Werke, und wir brauchen bis März eine Lösung.
"""
MD_EN = """## Intro call
Attendees: Ida Berg (Halmwerk), Leo Marx, Nina Falk (Nordholz Ltd)

**[00:00:02] Ida:** Thanks for making time. I'd love to understand how you plan today.

**[00:00:09] Nina:** We currently plan in spreadsheets, and we lose hours every week on it.

**[00:00:20] Ida:** Our customers typically save 20 percent of planning time. How many sites do you have?

**[00:00:31] Leo:** We have three plants, and we need something in place by March.
"""


@pytest.mark.parametrize("text", [MD_DE, MD_EN])
def test_markdown_attendee_brackets_keep_the_two_companies_apart(text: str) -> None:
    doc = parse_text(text)
    assert doc.format == "markdown_transcript"
    assert [(t.speaker, t.side) for t in doc.turns] == [
        ("Ida", "seller"),
        ("Nina", "customer"),
        ("Ida", "seller"),
        ("Leo", "customer"),
    ]
    ida = next(p for p in doc.participants if p.name == "Ida Berg")
    assert ida.side == "seller" and ida.organisation == "Halmwerk"
    assert same_company(doc.seller_company, "Halmwerk")
    assert same_company(doc.customer_company, "Nordholz AG")


# ---- e-mail signatures written on one line with bars -----------------------------------------------------------

MAIL_BARS = """From: Tove Lind <t.lind@fjordbau.example>
To: Ann Lee <ann.lee@zeltsoft.example.com>
Subject: Re: Angebot

Hallo Frau Lee,

danke, wir schauen uns das an. Wir haben aktuell drei Baustellen ohne saubere Zeiterfassung.

Viele Grüße
Tove Lind
Bauleitung, Fjordbau GmbH

On Mon, 7 Dec 2026 at 09:10, Ann Lee <ann.lee@zeltsoft.example.com> wrote:
> Hi Frau Lind,
>
> our customers usually cut their payroll corrections by half in the first quarter.
>
> Best,
> Ann
>
> Ann Lee | Account Executive | Zeltsoft Ltd
> +44 20 5550 0101
"""
MAIL_SIGNOFF = """From: Tove Lind <t.lind@fjordbau.example>
To: Ann Lee <ann.lee@zeltsoft.example.com>
Subject: Re: offer

Hi Ann,

thanks, we will look at it. We currently run three sites without proper time tracking.

Best regards
Tove Lind
Site Manager, Fjordbau GmbH

On Mon, 7 Dec 2026 at 09:10, Ann Lee <ann.lee@zeltsoft.example.com> wrote:
> Hi Tove,
>
> our customers usually cut their payroll corrections by half in the first quarter.
>
> Cheers,
> Ann
>
> Ann Lee | Account Executive
> Zeltsoft Ltd
> +44 20 5550 0101 | ann.lee@zeltsoft.example.com
"""


@pytest.mark.parametrize("text", [MAIL_BARS, MAIL_SIGNOFF])
def test_signature_with_bars_gives_the_company_not_the_name(text: str) -> None:
    doc = parse_text(text, name="thread.eml")
    ann = next(p for p in doc.participants if p.name == "Ann Lee")
    assert ann.organisation == "Zeltsoft Ltd"
    assert ann.role == "Account Executive"
    assert same_company(doc.seller_company, "Zeltsoft Ltd")


DEEP_QUOTE = """Hi Ann,

we are still comparing two offers.

Best,
Tove

On Tue, 8 Dec 2026 at 10:00, Ben Ode <b.ode@fjordbau.example> wrote:
> Hi Ann,
>
> we have six sites and need the tool before the spring season.
>
> Ben
>
>> On Mon, 7 Dec 2026 at 09:10, Ann Lee <ann.lee@zeltsoft.example.com> wrote:
>> Hi Ben,
>>
>> our customers usually cut their payroll corrections by half.
>>
>> Ann
"""


def test_attribution_one_quote_level_deeper_names_the_sender() -> None:
    doc = parse_text(DEEP_QUOTE)
    assert [t.speaker for t in doc.turns][-1] == "Ann Lee"


# ---- a firm that answers the phone, unnamed speakers -----------------------------------------------------------

FIRM_DE = """Speaker 1  0:02
Ja, hallo, Autohaus Lenz hier, ich hatte auf Ihrer Seite einen Rückruf angefragt?

Speaker 2  0:09
Ah, schön, dass Sie anrufen! Hier ist Zeltsoft. Worum geht es denn?

Speaker 1  0:15
Wir verlieren Termine, weil Kunden nicht erscheinen, und wir haben keine Erinnerung per SMS.

Speaker 2  0:24
Verstehe. Unsere Autohäuser senken die Ausfälle im Schnitt auf drei Prozent. Was wäre Ihr Ziel?
"""
FIRM_EN = """Speaker 1  0:02
Hi, Kellerei Moor here, I requested a call back on your website?

Speaker 2  0:09
Great that you called! This is Zeltsoft. What can we do for you?

Speaker 1  0:15
We lose bookings because guests forget them, and we have no reminders at all.

Speaker 2  0:24
I see. Our customers typically cut no-shows to three percent. What would your goal be?
"""


@pytest.mark.parametrize(("text", "customer"), [(FIRM_DE, "Autohaus Lenz"), (FIRM_EN, "Kellerei Moor")])
def test_a_firm_answering_the_phone_is_a_company_not_a_person(text: str, customer: str) -> None:
    doc = parse_text(text)
    assert not any(p.name in ("Zeltsoft", customer) for p in doc.participants)
    assert same_company(doc.seller_company, "Zeltsoft")
    assert same_company(doc.customer_company, customer)


UNNAMED = """Speaker 1  0:02
{first}

Speaker 2  0:09
{second}

Speaker 1  0:20
{third}

Speaker 2  0:31
{fourth}
"""


@pytest.mark.parametrize(
    ("lines", "who", "name"),
    [
        (
            (
                "Olsen, guten Tag. Sie hatten mir geschrieben, wegen der Zeiterfassung.",
                "Ah, Frau Olsen, Timo Rask von Zeltsoft, danke für den Rückruf. Wie erfassen Sie heute die Zeiten?",
                "Auf Papier, und wir verlieren jede Woche Stunden beim Abtippen.",
                "Unsere Kunden sparen im Schnitt vier Stunden pro Woche. Wann wollen Sie umstellen?",
            ),
            "Speaker 2",
            "Timo Rask",
        ),
        (
            (
                "Hi, thanks for taking the call. How are you set up for scheduling today?",
                "Hi Tom, Priya here. We use a whiteboard and a shared spreadsheet.",
                "Our customers usually save four hours a week. What would you like to change?",
                "We want fewer double bookings before the summer season starts.",
            ),
            "Speaker 2",
            "Priya",
        ),
    ],
)
def test_an_unnamed_speaker_takes_the_name_they_give(lines: tuple[str, ...], who: str, name: str) -> None:
    doc = parse_text(UNNAMED.format(first=lines[0], second=lines[1], third=lines[2], fourth=lines[3]))
    names = {p.name for p in doc.participants}
    assert name in names and who not in names


@pytest.mark.parametrize(
    "text",
    [
        "**REP**: Hi Ms. Okafor, Dev Rao from Zeltsoft, thanks for taking the call.\n\n"
        "**PROSPECT**: Sure. We lose two days a month on manual invoices.\n",
        "**REP**: Hallo Frau Okafor, Dev Rao von Zeltsoft, danke für die Zeit.\n\n"
        "**PROSPECT**: Gern. Wir verlieren zwei Tage im Monat mit Rechnungen.\n",
    ],
)
def test_a_title_greeted_is_no_participant(text: str) -> None:
    doc = parse_text(text)
    names = {p.name for p in doc.participants}
    assert not names & {"Ms", "Frau", "Mr", "Herr"}
    assert "Dev Rao" in names


# ---- people named in running text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Unterschreiben wird am Ende Herr Lenz, unser Geschäftsführer.", "Lenz", "Geschäftsführer"),
        ("Dev Rao, the owner. He signs anything above a thousand.", "Dev Rao", "owner"),
        ("Das klärt Jens Ahl, der Werkleiter, bis Freitag.", "Jens Ahl", "Werkleiter"),
        ("Ines Varga and me. We both sign the contract.", "Ines Varga", None),
        ("Das entscheiden ich und Jana Roth gemeinsam.", "Jana Roth", None),
    ],
)
def test_people_named_in_running_text(text: str, name: str, role: str | None) -> None:
    found = {p.name: p.role for p in named_people(text)}
    assert name in found
    assert found[name] == role


@pytest.mark.parametrize(
    "text", ["Bad Tölz, the place to be in spring.", "Gute Nachricht, die Freigabe kam."]
)
def test_no_person_without_a_job_after_the_article(text: str) -> None:
    assert named_people(text) == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Speaker 1  0:01\nWho decides on this?\n\nSpeaker 2  0:05\nInes Varga and me. We both sign.\n\n"
            "Speaker 1  0:09\nOur customers usually save a day a week. What's your timeline?\n\n"
            "Speaker 2  0:15\nWe need it before the audit in May.\n",
            "customer",
        ),
        (
            "Speaker 1  0:01\nWer entscheidet das bei Ihnen?\n\nSpeaker 2  0:05\nDas machen ich und Jana Roth.\n\n"
            "Speaker 1  0:09\nUnsere Kunden sparen im Schnitt einen Tag pro Woche. Bis wann?\n\n"
            "Speaker 2  0:15\nWir brauchen das vor dem Audit im Mai.\n",
            "customer",
        ),
    ],
)
def test_a_person_named_with_me_sits_on_the_speakers_side(text: str, side: str) -> None:
    doc = parse_text(text)
    other = next(p for p in doc.participants if p.name in ("Ines Varga", "Jana Roth"))
    assert other.side == side


# ---- companies said as "we are" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Das entscheide ich, Aufsichtsrat gibt es nicht, wir sind Mittelstand.",
        "That's on me, there is no board, we are Familyowned.",
    ],
)
def test_one_ordinary_word_after_we_are_is_no_company(line: str) -> None:
    text = (
        "[00:01] Ann Lee: Wer entscheidet bei Ihnen? Who signs?\n"
        f"[00:05] Tove Lind: {line}\n"
        "[00:09] Ann Lee: Unsere Kunden sparen im Schnitt 20 Prozent. Our customers usually save 20 percent.\n"
    )
    doc = parse_text(text)
    assert doc.customer_company is None


@pytest.mark.parametrize(
    ("said", "customer"),
    [
        ("Sie haben die Gärtnerei Moor, oder?", "Gärtnerei Moor"),
        ("So you run the Kellerei Moor, right?", "Kellerei Moor"),
    ],
)
def test_the_addressees_company_is_the_customers(said: str, customer: str) -> None:
    text = (
        "[00:01] Kim Ode: Hallo, hier spricht Kim Ode. Hello, Kim here.\n"
        f"[00:05] Ann Lee: Schön, dass Sie anrufen. {said} Wie planen Sie heute? How do you plan today?\n"
        "[00:09] Kim Ode: Mit Papier, wir verlieren viel Zeit. On paper, we lose a lot of time.\n"
        "[00:14] Ann Lee: Unsere Kunden sparen im Schnitt 20 Prozent. Our customers usually save 20 percent.\n"
    )
    doc = parse_text(text)
    assert same_company(doc.customer_company, customer)


# ---- what counts as the seller's claim, and as a confirmation ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "seller"),
    [
        ("Referenz Mühle Aurach senkt 20 % Rüstzeit – der GF kennt den Werkleiter dort", True),
        ("- Reference: Harbor Foods cut returns by 30% in a year", True),
        ("Case study Acme reduced churn by 12%", True),
        ("Referenzkunde Lenz hat 30 % gespart", True),
        ("Kunde will Referenzen sehen", False),
        ("Reference check with their bank went fine", False),
        ("Referenzbesuch hat geholfen", False),
    ],
)
def test_a_reference_story_in_notes_is_the_sellers(sentence: str, seller: bool) -> None:
    assert seller_statement(sentence) is seller


@pytest.mark.parametrize(
    ("summary", "reply", "confirmed"),
    [
        ("Sie haben also zwei Werke. Wie viele Linien laufen dort?", "Genau, vier.", False),
        ("So you run two plants. How many lines do they have?", "Exactly, four.", False),
        ("Wenn ich Sie richtig verstehe, wollen Sie bis Q3 umstellen?", "Genau so.", True),
        ("So the goal is to halve scrap by Q3, right?", "Exactly.", True),
        ("Sie haben also 90.000 Euro freigegeben?", "Genau.", True),
    ],
)
def test_a_reply_to_an_open_question_confirms_nothing(summary: str, reply: str, confirmed: bool) -> None:
    assert confirms(Turn(index=1, text=reply), Turn(index=0, text=summary)) is confirmed


# ---- dates, sentences, notes with a transcript block --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Danke, Mo", None),
        ("Thanks, Mo", None),
        ("Super, Fr", None),
        ("Datenexport prüfen, Mo", date(2027, 3, 15)),
        ("Send the deck -> Fr", date(2027, 3, 12)),
    ],
)
def test_a_short_weekday_after_thanks_is_a_name(text: str, due: date | None) -> None:
    assert resolve_due(text, date(2027, 3, 10))[0] == due
    assert has_due_phrase(text) is (due is not None)


@pytest.mark.parametrize(
    "table",
    [
        "Wer\tWas\tBis\nAnna\tAngebot schicken\tFr\n'Quick win' Pilot aufsetzen\tBen\tMo",
        "Who\tWhat\tWhen\nAnna\tsend the long offer with both options and the pilot plan to the CFO\tFri\n"
        "'Go' from the works council\tBen\tMon",
    ],
)
def test_tab_rows_stay_apart(table: str) -> None:
    assert len(sentence_texts(table)) == len(table.split("\n"))


NOTES_THEN_SRT = {
    "de": """Call mit Nordholz, 12.3.2027
- Ziel: Ausschuss an Linie 2 von 6 % auf 3 % senken bis Q3
- Budget: 80k freigegeben vom GF, Entscheidung liegt bei Frau Lind
- Problem: manuelle Prüfung, zwei Reklamationen pro Woche, Aufträge gehen verloren
- Plan: Pilot an einer Linie ab Mai, danach Rollout auf alle drei Werke
- Nächste Schritte: Angebot bis Freitag, Termin mit der IT in KW 12

1
00:00:01,000 --> 00:00:04,000
Anna Roth: Passt das so?

2
00:00:05,000 --> 00:00:07,000
Frau Lind: Ja, genau.
""",
    "en": """Call with Nordholz, 12 March 2027
- Goal: cut scrap on line 2 from 6 % to 3 % by Q3
- Budget: 80k approved by the MD, Ms Lind decides
- Problem: manual checks, two complaints a week, orders get lost
- Plan: pilot on one line from May, then roll out to all three plants
- Next steps: offer by Friday, meeting with IT in week 12

1
00:00:01,000 --> 00:00:04,000
Anna Roth: Does that sound right?

2
00:00:05,000 --> 00:00:07,000
Ms Lind: Yes, exactly.
""",
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_notes_with_a_short_transcript_block_are_read_whole(lang: str) -> None:
    doc = parse_text(NOTES_THEN_SRT[lang])
    assert doc.format == "notes"
    assert "text.transcript_in_notes" in doc.notices
    texts = " ".join(s.text for s in doc.sentences)
    assert "80k" in texts and "Lind" in texts  # the notes above the block are read, not dropped
    assert "-->" not in texts  # the block's timing lines are no sentences


def test_a_transcript_with_its_own_short_header_stays_a_transcript() -> None:
    doc = parse_text(MD_DE)
    assert doc.format == "markdown_transcript"
    assert "text.transcript_in_notes" not in doc.notices


def test_name_patterns_are_compiled_once() -> None:
    from coach.text.model import Participant

    people = People(participants=[Participant(name="Tove Lind"), Participant(name="Ann Lee")])
    people.mentions("Tove Lind und Ann Lee.")
    before = _name_rx.cache_info()
    people.mentions("Ann Lee schickt Tove Lind das Angebot.")
    after = _name_rx.cache_info()
    assert after.hits > before.hits and after.misses == before.misses


@pytest.mark.parametrize(
    "pitch",
    [
        "Okay. Bei Dachpilot ist das der Kern: jeder Mangel hat eine Frist. Unsere Kunden schließen Mängel im Schnitt "
        "40 % schneller ab.",
        "Okay. At Zeltsoft, that is the core: every defect has an owner. Our customers usually close defects 40% faster.",
    ],
)
def test_a_firm_shaped_name_said_once_with_at_is_the_speakers(pitch: str) -> None:
    text = (
        "[00:01] Tove Lind: Wir verlieren viel Zeit mit Mängeln. We lose a lot of time on defects.\n"
        f"[00:06] Ann Lee: {pitch} Wie viele Baustellen haben Sie? How many sites do you run?\n"
        "[00:12] Tove Lind: Sechs. Six.\n"
    )
    doc = parse_text(text)
    assert doc.seller_company in ("Dachpilot", "Zeltsoft")


MAIL_COMMA_SIGNATURE = """From: Tove Lind <tove.lind@fjordbau.example>
To: {seller} <{mail}>
Subject: {subject}

{seller_first},

{reply}

{closing},
Tove

Tove Lind | {job} | Fjordbau Ltd

> On Wed, 3 Nov 2027 at 17:40, {seller} <{mail}> wrote:
> {hello}
> {pitch}
> Best, {seller_first}
> --
> {seller}, Senior Account Executive, Zeltsoft GmbH
"""


@pytest.mark.parametrize(
    "fields",
    [
        {
            "seller": "Ann Lee",
            "seller_first": "Ann",
            "mail": "ann.lee@zeltsoft.example.com",
            "subject": "AW: Entscheidung",
            "reply": "hiermit schriftlich: Wir nehmen das Angebot an, unter der Bedingung, dass die Schnittstelle unsere "
            "Sicherheitsprüfung besteht. Bitte schicken Sie einen Vertragsentwurf.",
            "closing": "Viele Grüße",
            "job": "Leitung Technik",
            "hello": "Hallo Tove, hallo zusammen,",
            "pitch": "danke für heute, gute Diskussion. Meine Notizen: Sie tendieren zu einem Ja, vorbehaltlich der "
            "Sicherheitsprüfung. Ich kläre die geteilte Lizenz.",
        },
        {
            "seller": "Ann Lee",
            "seller_first": "Ann",
            "mail": "ann.lee@zeltsoft.example.com",
            "subject": "RE: decision",
            "reply": "Confirming in writing: we accept the proposal, on the condition that the interface passes our "
            "security review. Please send over a contract draft.",
            "closing": "Kind regards",
            "job": "Head of Engineering",
            "hello": "Hi Tove, hi all,",
            "pitch": "thanks for today, great discussion. My notes: you are leaning towards a yes, pending the "
            "security review. I said I would check the split licence.",
        },
    ],
)
def test_a_signature_name_role_company_on_one_line_tells_the_side(fields: dict[str, str]) -> None:
    doc = parse_text(MAIL_COMMA_SIGNATURE.format(**fields))
    assert [(t.speaker, t.side) for t in doc.turns] == [("Tove Lind", "customer"), ("Ann Lee", "seller")]
    assert same_company(doc.seller_company, "Zeltsoft GmbH")
    assert same_company(doc.customer_company, "Fjordbau Ltd")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dabei waren: Frau Köhler, mein Kollege Timo Rask und ich.", "Timo Rask"),
        ("Present: Ms Köhler, my colleague Timo Rask and me.", "Timo Rask"),
    ],
)
def test_a_colleague_word_is_not_part_of_the_name(text: str, name: str) -> None:
    assert name in {p.name for p in named_people(text)}
