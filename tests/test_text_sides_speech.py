"""Sides from what is said, when no label, company or domain tells: who asks about the other side, who pitches,
who speaks of their own situation; one side per speaker over the whole call; several people per side."""

from __future__ import annotations

import pytest

from coach.text import parse_text
from coach.text.readers.base import job_side
from coach.text.sides import speech_score


def sides(doc) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {t.speaker: t.side for t in doc.turns}


def unnamed(label: str, turns: list[str]) -> str:
    """Return an unnamed-speaker export: 'Speaker 1  0:01' then the text, speakers 1 and 2 taking turns."""
    return "\n".join(f"{label} {1 + i % 2}  0:{i * 7:02d}\n{text}\n" for i, text in enumerate(turns))


# The seller's questions here start with no question word ("your drivers, they …?") and nobody pitches:
# only who asks about whom ("your", "Ihre") and who speaks of themselves ("I", "ich") tells the sides.
COLD_CALL_EN = [
    "Hi, thanks for taking the call. Quick one first: your drivers, they still plan their own routes?",
    "Mostly, yes. I check the plans every morning and I fix the worst ones myself.",
    "Every morning? That sounds like a lot of your time. Roughly an hour?",
    "More like two. I also handle the complaints when a delivery is late.",
    "Understood. And the complaints, they end up with you as well?",
    "Yes, me and one colleague. I would love to get those hours back.",
]
COLD_CALL_DE = [
    "Danke, dass Sie sich die Zeit nehmen. Ihre Fahrer planen die Touren noch selbst?",
    "Meistens ja. Ich schaue mir die Pläne jeden Morgen an und korrigiere die schlimmsten selbst.",
    "Jeden Morgen? Das kostet Sie bestimmt eine Stunde, oder?",
    "Eher zwei. Dazu kommen die Beschwerden, wenn eine Lieferung zu spät ist, die landen bei mir.",
    "Verstehe. Und die Beschwerden, die bearbeiten Sie auch allein?",
    "Mit einer Kollegin. Ich hätte die Stunden gern zurück, mir fehlt die Zeit.",
]


@pytest.mark.parametrize(
    ("label", "turns"),
    [("Speaker", COLD_CALL_EN), ("Sprecher", COLD_CALL_DE)],
    ids=["en", "de"],
)
def test_who_asks_about_the_other_side_sells(label: str, turns: list[str]) -> None:
    doc = parse_text(unnamed(label, turns))
    assert sides(doc) == {f"{label} 1": "seller", f"{label} 2": "customer"}
    assert "text.sides_guessed" in doc.notices and "text.sides_unknown" not in doc.notices


@pytest.mark.parametrize(
    ("label", "turns"),
    [("Speaker", COLD_CALL_EN), ("Sprecher", COLD_CALL_DE)],
    ids=["en", "de"],
)
def test_one_side_per_speaker_over_the_whole_call(label: str, turns: list[str]) -> None:
    # the seller's turns read alone sound like selling, the customer's like buying: the side is the speaker's, not
    # the turn's, so every turn of a speaker carries the same side
    assert speech_score(turns[0::2]) > 0 > speech_score(turns[1::2])
    doc = parse_text(unnamed(label, turns))
    assert {t.side for t in doc.turns if t.speaker == f"{label} 1"} == {"seller"}
    assert {t.side for t in doc.turns if t.speaker == f"{label} 2"} == {"customer"}


# Two sellers who never call each other colleagues, and two of the customer's people: the seller's side is every
# camp above the widest gap between how much each sounds like selling.
TWO_A_SIDE = {
    "en": (
        "[00:01] Mara Lind: Thanks for making time. How do you handle your spare parts orders today?\n"
        "[00:09] Tom Berg: By phone and e-mail. We lose orders every week, it is a mess.\n"
        "[00:20] Ilse Vos: Our customers usually cut order errors by half. We would start with one site.\n"
        "[00:31] Eva Kurz: We have the budget for one site this year. The board signs anything above that.\n"
        "[00:40] Mara Lind: And who else on your side looks at this? What would your timeline be?\n"
        "[00:52] Tom Berg: Our plant manager. We need it before the summer shutdown.\n"
        "[01:03] Ilse Vos: We offer a fixed price per site. Could you share your order volume?\n"
        "[01:15] Eva Kurz: We do about nine hundred orders a month, I will send the figures.\n"
    ),
    "de": (
        "[00:01] Mara Lind: Danke für Ihre Zeit. Wie bestellen Sie Ihre Ersatzteile heute?\n"
        "[00:09] Tom Berg: Per Telefon und Mail. Wir verlieren jede Woche Aufträge, das ist Chaos.\n"
        "[00:20] Ilse Vos: Unsere Kunden halbieren damit die Bestellfehler. Wir würden mit einem Standort starten.\n"
        "[00:31] Eva Kurz: Wir haben Budget für einen Standort dieses Jahr. Alles darüber unterschreibt der Vorstand.\n"
        "[00:40] Mara Lind: Wer schaut sich das bei Ihnen noch an? Und bis wann brauchen Sie es?\n"
        "[00:52] Tom Berg: Unser Werkleiter. Wir brauchen es vor dem Sommerstillstand.\n"
        "[01:03] Ilse Vos: Wir bieten einen Festpreis pro Standort. Können Sie uns Ihr Bestellvolumen nennen?\n"
        "[01:15] Eva Kurz: Wir haben etwa neunhundert Bestellungen im Monat, ich schicke die Zahlen.\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_several_people_on_each_side(lang: str) -> None:
    doc = parse_text(TWO_A_SIDE[lang])
    assert sides(doc) == {
        "Mara Lind": "seller",
        "Tom Berg": "customer",
        "Ilse Vos": "seller",
        "Eva Kurz": "customer",
    }


# The seller says who they are ("account manager at …", "Vertriebsberaterin bei …"); the customer's IT person asks
# the most questions. The job named in the introduction decides, not the questions.
SELF_INTRO = {
    "en": (
        "[00:01] Mara Lind: Hi all, I'm Mara, senior account manager at Tidewell. Thanks for having me.\n"
        "[00:08] Tom Berg: Welcome. I invited Eva from our IT team.\n"
        "[00:12] Eva Kurz: Hi. Which systems does it connect to? Is there an API? Who hosts the data?\n"
        "[00:20] Mara Lind: There is an API, and the data stays in Frankfurt.\n"
        "[00:28] Eva Kurz: Can you send the documentation? Does it support single sign-on?\n"
        "[00:35] Tom Berg: Good. I have to check with finance first.\n"
    ),
    "de": (
        "[00:01] Mara Lind: Hallo zusammen, ich bin Mara, Vertriebsberaterin bei Tidewell. Danke für die Einladung.\n"
        "[00:08] Tom Berg: Willkommen. Ich habe Eva aus unserer IT dazugeholt.\n"
        "[00:12] Eva Kurz: Hallo. Welche Systeme binden Sie an? Gibt es eine API? Wer hostet die Daten?\n"
        "[00:20] Mara Lind: Es gibt eine API, und die Daten bleiben in Frankfurt.\n"
        "[00:28] Eva Kurz: Können Sie die Doku schicken? Geht Single Sign-on?\n"
        "[00:35] Tom Berg: Gut. Ich muss das erst mit der Finanzabteilung klären.\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_job_a_speaker_introduces_themselves_with(lang: str) -> None:
    doc = parse_text(SELF_INTRO[lang])
    assert sides(doc) == {"Mara Lind": "seller", "Tom Berg": "customer", "Eva Kurz": "customer"}


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("Senior Account Executive, DACH", "seller"),
        ("Key Account Managerin – Industrie", "seller"),
        ("Solutions Engineer (EMEA)", "seller"),
        ("Vertriebsleiter", "seller"),
        ("Leiterin Technische Dokumentation", "unknown"),
        ("Head of Operations", "unknown"),
        ("CFO", "unknown"),
        ("Einkäuferin", "customer"),
    ],
)
def test_job_titles_with_rank_region_and_feminine_forms(title: str, side: str) -> None:
    assert job_side(title) == side


# An e-mail thread between two domains: the seller signs with a ranked, regional title; nobody pitches.
THREAD = {
    "en": (
        "From: Tom Berg <tom.berg@nordwerk.example>\nTo: Mara Lind <mara@tidewell.example>\n"
        "Subject: Re: next steps\n\nHi Mara,\n\nthanks, Thursday works. I will bring Eva.\n\nBest,\nTom Berg\n\n"
        "On Mon, 1 Mar 2027 at 09:00, Mara Lind <mara@tidewell.example> wrote:\n"
        "> Hi Tom,\n>\n> good to talk yesterday. Shall we meet on Thursday at ten?\n>\n> Best regards,\n"
        "> Mara Lind\n> Senior Account Executive, DACH\n> Tidewell Ltd.\n"
    ),
    "de": (
        "From: Tom Berg <tom.berg@nordwerk.example>\nTo: Mara Lind <mara@tidewell.example>\n"
        "Subject: AW: nächste Schritte\n\nHallo Frau Lind,\n\ndanke, Donnerstag passt. Ich bringe Eva mit.\n\n"
        "Viele Grüße\nTom Berg\n\n"
        "Am 01.03.2027 um 09:00 schrieb Mara Lind <mara@tidewell.example>:\n"
        "> Hallo Herr Berg,\n>\n> danke für das Gespräch gestern. Treffen wir uns Donnerstag um zehn?\n>\n"
        "> Viele Grüße\n> Mara Lind\n> Key Account Managerin – Industrie\n> Tidewell GmbH\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_signature_title_sets_the_side_of_its_sender(lang: str) -> None:
    doc = parse_text(THREAD[lang])
    assert sides(doc) == {"Tom Berg": "customer", "Mara Lind": "seller"}
    assert doc.seller_company and doc.seller_company.startswith("Tidewell")


# Notes are the seller's own: a line that starts with what the seller did, without a subject, is the seller's
# pitch or price — never evidence of the customer's plans or budget.
@pytest.mark.parametrize(
    ("line", "seller"),
    [
        ("- Quoted the team tier, 900/mo, setup in two weeks.", True),
        ("- Demoed the dashboard to the ops lead.", True),
        ("- Vorgestellt: Festpreis pro Standort, Start im März.", True),
        ("- Quotiert: 1.200 €/Monat, Einrichtung einmalig.", True),
        ("- Showed interest in a pilot after the summer.", False),
        ("- The CFO proposed a pilot in one plant.", False),
        ("- Sie hat vorgeschlagen, erst einen Standort zu testen.", False),
    ],
)
def test_a_note_line_of_what_we_did_is_the_sellers(line: str, seller: bool) -> None:
    doc = parse_text(f"Call mit Eva Kurz, Nordwerk AG\n{line}\n- Budget: noch offen\n")
    side = next(s.side for s in doc.sentences if s.text.strip("- ").startswith(line.strip("- ")[:12]))
    assert (side == "seller") is seller


# A speaker labelled only by a number or a role takes the name the call gives them: their own introduction or the
# other side's greeting. Words that look like names but are not ("im Frühjahr", a weekday) never become people.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "**REP**: Hi Olivia, Tariq from Kelpa. Thanks for making the time.\n\n"
            "**PROSPECT**: Hi Tariq. Sure, I have twenty minutes.\n",
            {"Tariq": "seller", "Olivia": "customer"},
        ),
        (
            "Speaker 1  0:01\nHi, is this Olivia? It's Tariq from Kelpa, we had a call booked.\n\n"
            "Speaker 2  0:05\nOh yes, hi. Go ahead.\n\n"
            "Speaker 1  0:09\nHow do you plan your shifts today? Who signs the rota?\n\n"
            "Speaker 2  0:15\nI do it myself, in Excel. It takes me hours.\n",
            {"Tariq": "seller", "Olivia": "customer"},
        ),
        (
            "Sprecher 1  0:01\nGuten Tag Frau Brandt, hier ist Lena Graf von Kelpa. Passt es gerade?\n\n"
            "Sprecher 2  0:05\nJa, passt. Ich sitze im Auto.\n\n"
            "Sprecher 1  0:09\nWie planen Sie heute Ihre Schichten? Wer gibt den Plan frei?\n\n"
            "Sprecher 2  0:15\nDas mache ich selbst, im Frühjahr. Montag ist es am schlimmsten.\n",
            {"Lena": "seller", "Brandt": "customer"},
        ),
    ],
    ids=["markdown-en", "unnamed-en", "unnamed-de"],
)
def test_unnamed_speakers_take_the_names_the_call_gives_them(text: str, names: dict[str, str]) -> None:
    doc = parse_text(text)
    got = {p.name: p.side for p in doc.participants}
    for name, side in names.items():
        assert any(name in n.split() and s == side for n, s in got.items()), (name, got)
    assert not any(w in n for n in got for w in ("Frühjahr", "Montag"))


# Transcript shapes of other tools: a dash instead of the colon after a timestamped name, speakers lettered
# ("Teilnehmer A"), an "Unknown Speaker" without a number, and the informal German "du"/"euch".
@pytest.mark.parametrize(
    ("text", "expected", "fmt"),
    [
        (
            "(00:00:03) Lena - Hi Tom, thanks for making time. How do you plan your shifts today?\n\n"
            "(00:00:09) Tom - In Excel. I do it myself every Sunday evening, it takes me hours.\n\n"
            "(00:00:20) Lena - Our clients typically cut planning time by half. Could you send me last month's plan?\n\n"
            "(00:00:31) Tom - I can, yes. I need something before the summer.\n",
            {"Lena": "seller", "Tom": "customer"},
            "timestamped",
        ),
        (
            "Teilnehmer A: Guten Tag, danke für die Zeit. Wie planen Sie Ihre Schichten heute?\n\n"
            "Teilnehmer B: In Excel. Ich mache das jeden Sonntag selbst, das dauert Stunden.\n\n"
            "Teilnehmer A: Unsere Kunden sparen damit im Schnitt die Hälfte. Können Sie mir einen Plan schicken?\n\n"
            "Teilnehmer B: Ja, mache ich. Ich brauche bis zum Sommer eine Lösung.\n",
            {"Teilnehmer A": "seller", "Teilnehmer B": "customer"},
            "unnamed",
        ),
        (
            "Speaker 1: Thanks for making time. How do you plan your shifts today?\n\n"
            "Unknown Speaker: In Excel. I do it myself every Sunday, it takes me hours.\n\n"
            "Speaker 1: Our clients usually cut planning time by half. What would your timeline be?\n\n"
            "Unknown Speaker: I need something before the summer, my team is tired of it.\n",
            {"Speaker 1": "seller", "Unknown Speaker": "customer"},
            "unnamed",
        ),
        (
            "10:02 Jule: Hallo zusammen! Wie macht ihr das bei euch heute mit den Belegen? Was nervt euch am meisten?\n"
            "10:03 Timo: Ich sortiere jeden Morgen alles von Hand. Mir fehlt die Zeit.\n"
            "10:04 Jule: Verstehe. Wie viele Belege sind das bei euch pro Woche? Und wer entscheidet bei euch?\n"
            "10:05 Timo: Ich schätze dreihundert. Entscheiden tut mein Chef.\n",
            {"Jule": "seller", "Timo": "customer"},
            "timestamped",
        ),
    ],
    ids=["dash-en", "lettered-de", "unknown-speaker-en", "du-de"],
)
def test_other_transcript_shapes(text: str, expected: dict[str, str], fmt: str) -> None:
    doc = parse_text(text)
    assert doc.format == fmt
    assert sides(doc) == expected


# A thread between two companies: a cue in the text ("unser Projekt" next to a name) never makes people of two
# e-mail domains colleagues; the seller's title "Vertrieb Gesundheitswesen" tells the seller.
THREAD_TWO_DOMAINS = (
    "From: Eva Kurz <eva.kurz@nordwerk.example>\nTo: Mara Lind <mara.lind@tidewell.example>\n"
    "Cc: Tom Berg <tom.berg@nordwerk.example>\nSubject: AW: Angebot\n\n"
    "Hallo Frau Lind,\n\ndanke. Ich brauche das bis Juni, sonst verlieren wir die Förderung.\n\n"
    "Viele Grüße\nEva Kurz\n\n"
    "Am 02.03.2027 um 10:00 schrieb Mara Lind <mara.lind@tidewell.example>:\n"
    "> Hallo Frau Kurz, hallo Herr Berg,\n>\n> anbei das Angebot. Herr Berg, unser Projektplan liegt bei.\n>\n"
    "> Viele Grüße\n> Mara Lind\n> Vertrieb Gesundheitswesen\n> Tidewell GmbH\n>\n"
    "> > Am 01.03.2027 um 09:00 schrieb Tom Berg <tom.berg@nordwerk.example>:\n"
    "> > Hallo Frau Lind, wir brauchen ein Angebot für zwei Häuser. Gruß, Tom Berg\n"
)


def test_people_of_two_domains_are_never_colleagues() -> None:
    doc = parse_text(THREAD_TWO_DOMAINS)
    assert sides(doc) == {"Eva Kurz": "customer", "Mara Lind": "seller", "Tom Berg": "customer"}


@pytest.mark.parametrize(
    ("closing", "title", "org"),
    [
        ("Best,", "Senior Account Executive, UK & Ireland", "Tidewell Ltd."),
        ("Viele Grüße", "Key Account Managerin", "Tidewell GmbH"),
    ],
)
def test_a_first_name_sign_off_above_the_signature_block(closing: str, title: str, org: str) -> None:
    # "Mara" signs off, then the block "Mara Lind / title / company": the title is no company, the company is hers
    text = (
        "From: Mara Lind <mara.lind@tidewell.example>\nTo: Eva Kurz <eva.kurz@nordwerk.example>\n"
        f"Subject: Re: offer\n\nHi Eva,\n\nthe offer is attached.\n\n{closing}\nMara\n\nMara Lind\n{title}\n{org}\n"
        "m: +49 170 000 0000\n"
    )
    doc = parse_text(text)
    mara = next(p for p in doc.participants if p.name == "Mara Lind")
    assert mara.organisation == org and mara.role == title and mara.side == "seller"
    assert doc.seller_company == org
