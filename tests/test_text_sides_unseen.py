"""Sides on transcripts written by people who never saw the code: addressed names, 'our side' lists, unnamed
speakers (consistent per speaker over the whole call), colleagues announced without a name, price quotes."""

from __future__ import annotations

import pytest

from coach.text import parse_text
from coach.text.sides import speech_features


def _sides(text: str) -> dict[str, str]:
    doc = parse_text(text)
    return {t.speaker or "": t.side for t in doc.turns}


ADDRESSED = [
    (
        "de",
        "Jonas Keller  0:02\nGuten Tag. Frau Okoye, Herr Brandt, auf unserer Seite sind heute ich und Mira Sommer "
        "dabei.\nMira Sommer  0:10\nHallo.\nAylin Okoye  0:12\nHallo zusammen. Wir haben zwölf Filialen und unser "
        "Problem ist die Inventur.\nLars Brandt  0:20\nJa, bei uns dauert die Inventur drei Tage.\nJonas Keller  0:25\n"
        "Unsere Kunden sparen im Schnitt die Hälfte der Zeit. Wie läuft das heute bei Ihnen?\nAylin Okoye  0:33\n"
        "Wir zählen alles von Hand.\n",
        {
            "Jonas Keller": "seller",
            "Mira Sommer": "seller",
            "Aylin Okoye": "customer",
            "Lars Brandt": "customer",
        },
    ),
    (
        "en",
        "Dana Pellow  0:02\nMorning. Ms Samir, Mr Osei, from our side it's me and Tom Reyes today.\n"
        "Tom Reyes  0:08\nHi all.\nLeila Samir  0:10\nHi. We run nine warehouses and our problem is stock accuracy.\n"
        "Kofi Osei  0:15\nWe lose about two days a month to recounts.\nDana Pellow  0:20\nOur customers typically "
        "cut recounts by half. How do you count today?\nLeila Samir  0:26\nBy hand, mostly.\n",
        {
            "Dana Pellow": "seller",
            "Tom Reyes": "seller",
            "Leila Samir": "customer",
            "Kofi Osei": "customer",
        },
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ADDRESSED, ids=[c[0] for c in ADDRESSED])
def test_addressed_names_are_not_colleagues_and_our_side_lists_are(
    lang: str, text: str, expected: dict
) -> None:
    assert _sides(text) == expected


UNNAMED = [
    (
        "en",
        "Speaker 1  0:03\nThanks both for joining, I'll keep it short.\nSpeaker 2  0:07\nSure.\nSpeaker 1  0:09\n"
        "So our scanners typically find 80 percent of mislabelled pallets in the first week.\nSpeaker 2  0:16\n"
        "Okay. Where we are here at the depot: we mislabel about 3 percent of pallets.\nSpeaker 3  0:22\n"
        "And the penalty from the retailer starts at 40k a year if we stay above 2 percent.\nSpeaker 1  0:29\n"
        "That adds up. Is there budget set aside?\nSpeaker 3  0:33\nThere's 90k in next year's plan.\n"
        "Speaker 1  0:37\nWe'd normally roll out in about four weeks.\nSpeaker 3  0:41\nGood to know. We'll compare "
        "three vendors in the tender anyway.\nSpeaker 2  0:46\nSend us the details.\n",
    ),
    (
        "de",
        "Sprecher 1  0:03\nDanke, dass Sie beide Zeit haben.\nSprecher 2  0:06\nGerne.\nSprecher 1  0:08\n"
        "Unsere Sensoren finden typischerweise 80 Prozent der Lecks in der ersten Woche.\nSprecher 2  0:15\n"
        "Also, wo wir hier bei den Werken stehen: Wir verlieren rund 20 Prozent Wasser.\nSprecher 3  0:22\n"
        "Und ab 2028 zahlt der Betrieb eine Strafe von 50.000 Euro im Jahr, wenn wir darüber liegen.\n"
        "Sprecher 1  0:30\nIst dafür Budget eingeplant?\nSprecher 3  0:34\nJa, 200.000 Euro im Investitionsplan.\n"
        "Sprecher 1  0:38\nDas übliche Vorgehen: Rollout in sechs Wochen.\nSprecher 3  0:42\nWir vergleichen ohnehin "
        "drei Anbieter in der Ausschreibung.\nSprecher 2  0:47\nSchicken Sie uns die Unterlagen.\n",
    ),
]


@pytest.mark.parametrize(("lang", "text"), UNNAMED, ids=[c[0] for c in UNNAMED])
def test_unnamed_speakers_get_one_side_each_from_what_they_say(lang: str, text: str) -> None:
    doc = parse_text(text)
    sides = {t.speaker: t.side for t in doc.turns}
    who = "Speaker" if lang == "en" else "Sprecher"
    assert sides == {f"{who} 1": "seller", f"{who} 2": "customer", f"{who} 3": "customer"}
    assert all(t.side == sides[t.speaker] for t in doc.turns)  # one side per speaker over the whole call


ANNOUNCED = [
    (
        "en",
        "Speaker 1  0:02\nHi Dr. Lund, thanks for taking the call.\nSpeaker 2  0:06\nHappy to, call me Ines.\n"
        "Speaker 1  0:09\nGreat. I brought my colleague along, she looks after integrations.\nSpeaker 3  0:13\n"
        "Hi, nice to meet you.\nSpeaker 1  0:15\nSo, Ines, what does scheduling look like for your clinics today?\n"
        "Speaker 2  0:20\nWe have six clinics and our front desk does it all by phone.\nSpeaker 3  0:26\n"
        "Which booking system are you on?\nSpeaker 2  0:29\nA local one, I'd have to check.\nSpeaker 3  0:32\n"
        "We have a certified connector for most of them, it syncs every few minutes.\n",
        {"Speaker 1": "seller", "Speaker 2": "customer", "Speaker 3": "seller"},
    ),
    (
        "de",
        "Sprecher 1  0:02\nHallo Frau Lund, danke für Ihre Zeit.\nSprecher 2  0:05\nGerne.\nSprecher 1  0:07\n"
        "Ich habe meine Kollegin aus der Technik mitgebracht, sie kennt die Schnittstellen.\nSprecher 3  0:12\n"
        "Hallo, freut mich.\nSprecher 1  0:14\nWie planen Sie heute die Termine in Ihren Praxen?\nSprecher 2  0:18\n"
        "Wir haben sechs Praxen und machen alles am Telefon.\nSprecher 3  0:24\nWelches Praxisprogramm nutzen Sie?\n"
        "Sprecher 2  0:27\nDas müsste ich nachsehen.\nSprecher 3  0:30\nWir haben für die meisten eine fertige "
        "Anbindung, die alle paar Minuten abgleicht.\n",
        {"Sprecher 1": "seller", "Sprecher 2": "customer", "Sprecher 3": "seller"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ANNOUNCED, ids=[c[0] for c in ANNOUNCED])
def test_a_colleague_announced_without_a_name_is_the_next_new_voice(
    lang: str, text: str, expected: dict
) -> None:
    assert _sides(text) == expected


@pytest.mark.parametrize(
    ("text", "pitch"),
    [
        ("That comes to $120 per site per month.", True),
        ("Das wären 390 Euro pro Standort im Monat.", True),
        ("It's 1,500 a month for the team tier.", True),
        ("The regulator fines us 150k a year above the cap.", False),
        ("Die Strafe liegt bei 50.000 Euro im Jahr.", False),
        ("Where we are here at the plant: scrap is at nine percent.", False),
        ("Wo wir hier bei den Werken stehen: zwanzig Prozent Verlust.", False),
        ("We'd normally go live in four weeks.", True),
        ("Our sensors typically find most leaks in a week.", True),
    ],
)
def test_what_counts_as_a_pitch(text: str, pitch: bool) -> None:
    assert (speech_features([text])["pitch"] > 0) is pitch
