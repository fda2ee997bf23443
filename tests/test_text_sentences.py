"""The one sentence splitter: abbreviations (DE+EN), bullets, line breaks, dates, ordinals, decimals, offsets."""

from __future__ import annotations

import pytest

from coach.text.sentences import sentence_texts, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das spart ca. 1,1 Mio. € im Jahr. Passt Ihnen der 4. Dezember? Gut.",
            ["Das spart ca. 1,1 Mio. € im Jahr.", "Passt Ihnen der 4. Dezember?", "Gut."],
        ),
        (
            "Wir nutzen z. B. Excel. Der Rest läuft manuell.",
            ["Wir nutzen z. B. Excel.", "Der Rest läuft manuell."],
        ),
        (
            "Dr. Keller entscheidet. Sie ist Geschäftsführerin.",
            ["Dr. Keller entscheidet.", "Sie ist Geschäftsführerin."],
        ),
        ("Go-live am 12.03.2027. Danach Rollout.", ["Go-live am 12.03.2027.", "Danach Rollout."]),
        (
            "Quote 3.5 percent lower. Next step is a demo.",
            ["Quote 3.5 percent lower.", "Next step is a demo."],
        ),
        ("Kick-off am 3. Mai mit allen. Budget folgt.", ["Kick-off am 3. Mai mit allen.", "Budget folgt."]),
        ("Mr. Smith signs, e.g. the order form. Done.", ["Mr. Smith signs, e.g. the order form.", "Done."]),
        ("- Ziel: Ausschuss senken\n- Budget: offen", ["Ziel: Ausschuss senken", "Budget: offen"]),
        (
            "Sie wollen die Kosten\nsenken und schneller werden. Das ist klar.",
            ["Sie wollen die Kosten senken und schneller werden.", "Das ist klar."],
        ),
        ("Titel ohne Punkt\nZweite Zeile mit Inhalt.", ["Titel ohne Punkt", "Zweite Zeile mit Inhalt."]),
        ("He said (see p. 4. Annex B) it works. Fine.", ["He said (see p. 4. Annex B) it works.", "Fine."]),
        ("Warum wir? laut Berg: Tempo", ["Warum wir? laut Berg: Tempo"]),
        (
            "Who pays for the API? -> open, Mei to estimate.",
            ["Who pays for the API? -> open, Mei to estimate."],
        ),
        ("PO no. 4711 was sent. Fine.", ["PO no. 4711 was sent.", "Fine."]),
        (
            "Das klärt sie mit dem kaufm. GF und der techn. Leitung. Zahl folgt.",
            ["Das klärt sie mit dem kaufm. GF und der techn. Leitung.", "Zahl folgt."],
        ),
        (
            "Approx. 40 hrs. per mo. on reports. Too much.",
            ["Approx. 40 hrs. per mo. on reports.", "Too much."],
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentence_texts(text) == expected


def test_offsets_point_into_the_original_text() -> None:
    text = "Notizen\n\n- Ziel: 20 % weniger Ausschuss.  Bis Q3.\n* Budget: 80.000 €\n1. Entscheider: Dr. Weiß"
    spans = split_sentences(text)
    assert [s.text for s in spans][-3:] == ["Bis Q3.", "Budget: 80.000 €", "Entscheider: Dr. Weiß"]
    assert all(text[s.start : s.end] == s.text for s in spans)
    assert not any(s.text.startswith(("-", "*", "1.")) for s in spans)
