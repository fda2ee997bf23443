"""The offline reply classifier: techniques, question forms and the two key flags, DE and EN."""

from __future__ import annotations

import pytest

from coach.roleplay.techniques import classify_reply, question_kind, split_sentences

# (reply, expected techniques) — written like a salesperson answers, not taken from the eval dataset
CASES = [
    # open exploration, German
    (
        "Danke, dass Sie das ansprechen. Was genau lässt den Preis für Sie zu hoch wirken?",
        {"acknowledge", "explore"},
    ),
    ("Woran machen Sie fest, dass sich das für Sie nicht rechnet?", {"explore"}),
    ("Erzählen Sie mir mehr darüber, woran die letzte Einführung gescheitert ist.", {"explore"}),
    ("Können Sie mir erklären, wer außer Ihnen noch mitentscheidet?", {"explore"}),
    ("Inwiefern passt der Zeitpunkt nicht?", {"explore"}),
    ("Verstehe. Welche anderen Projekte binden gerade Ihre Leute?", {"acknowledge", "explore"}),
    ("wo genau hakt es bei der IT", {"explore"}),
    # open exploration, English
    ("Thanks for being upfront. What's behind the concern about the term?", {"acknowledge", "explore"}),
    ("Walk me through how the budget for this was set.", {"explore"}),
    ("Help me understand what your security team would need to see.", {"explore"}),
    ("I appreciate that. How would you know a year from now that this paid off?", {"acknowledge", "explore"}),
    ("risky in what way?", {"explore"}),
    # closed, alternative, rhetorical and leading questions are not exploration
    ("Sind Sie sicher, dass das Budget nicht reicht?", set()),
    ("Ist der Preis das einzige Problem?", set()),
    ("Liegt es am Budget oder am Zeitpunkt?", set()),
    ("Aber Sie wollen doch Energiekosten sparen, oder?", set()),
    ("Wollen Sie nicht auch schneller werden?", set()),
    ("Is it the price that bothers you?", set()),
    ("Do you have budget next year?", set()),
    ("Who wouldn't want to cut downtime, right?", set()),
    ("Don't you want to hit your numbers?", set()),
    # concessions, including disguised ones
    ("Ich schaue mal, was Finance am Preis machen kann.", {"concession"}),
    ("Da lässt sich beim Preis sicher noch etwas machen.", {"concession"}),
    ("Wenn Sie heute unterschreiben, gebe ich Ihnen 10 % Rabatt.", {"concession"}),
    ("Die Einführung berechnen wir Ihnen dann nicht.", {"concession"}),
    ("Dann nehmen Sie erst mal 20 Nutzer, das ist günstiger.", {"concession"}),
    ("let me see what I can do on the number", {"concession"}),
    ("What if we gave you 10% off?", {"concession"}),
    ("We can throw in the training for free.", {"concession"}),
    ("I'll talk to my manager about some flexibility on the price.", {"concession"}),
    ("Fine, we'll drop the auto-renewal clause.", {"concession"}),
    # negated concessions are not concessions
    ("Einen Rabatt gebe ich Ihnen nicht, aber lassen Sie uns verstehen, woher die Zahl kommt.", set()),
    ("Before we talk about discounts: what exactly makes it feel too expensive?", {"explore"}),
    # defending, arguing, pressure
    ("Wir sind Branchenführer, der Preis ist fair.", {"defend"}),
    ("Das machen alle Stadtwerke so, das ist branchenüblich.", {"defend"}),
    ("Das stimmt so nicht, unsere Kunden sehen das anders.", {"defend"}),
    ("That's industry standard, everyone does it.", {"defend"}),
    ("There's really no risk, no customer has ever had a problem.", {"defend"}),
    ("Your IT team is overthinking it.", {"defend"}),
    # value link, close, next steps
    (
        "Sie wollten die Durchlaufzeit von neun auf zwei Tage senken – genau dafür ist die Lösung gebaut.",
        {"value_link"},
    ),
    ("Your goal was to cut downtime from 9% to 4%, which is worth about $540,000 a year.", {"value_link"}),
    ("Können wir das auf dieser Basis heute so vereinbaren?", {"close"}),
    ("On that basis, are you comfortable moving forward?", {"close"}),
    ("Ich schicke Ihnen morgen das Protokoll und schlage einen Termin am Donnerstag vor.", {"next_step"}),
    ("I'll send the minutes tomorrow and set up a call with your CFO on Thursday.", {"next_step"}),
    # polite deflections
    ("Verstehe. Lassen Sie uns später darauf zurückkommen.", {"acknowledge"}),
    ("Understood, let's park that for now.", {"acknowledge"}),
    ("ok", set()),
]


@pytest.mark.parametrize(("reply", "expected"), CASES)
def test_classify_reply(reply: str, expected: set[str]) -> None:
    assert set(classify_reply(reply).techniques) == expected


@pytest.mark.parametrize(
    ("reply", "explores", "concedes"),
    [
        ("Was genau ist Ihnen zu teuer? Sonst könnten wir auch 10 % runtergehen.", True, True),
        ("Was wäre, wenn wir Ihnen 10 % Rabatt geben?", False, True),
        ("Sind Sie sicher, dass das Budget nicht reicht?", False, False),
        ("Erzählen Sie mir mehr darüber, woran die Freigabe hängt.", True, False),
        ("Ich schaue mal, was Finance am Preis machen kann.", False, True),
    ],
)
def test_key_flags(reply: str, explores: bool, concedes: bool) -> None:
    analysis = classify_reply(reply)
    assert analysis.explores_root_cause is explores
    assert analysis.premature_concession is concedes


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Was genau steckt dahinter?", "open"),
        ("Sind Sie sicher?", "closed"),
        ("Liegt es am Budget oder am Zeitpunkt?", "alternative"),
        ("Which part worries you – the migration, or something else?", "open"),
        ("Wie wäre es, wenn wir im Januar starten?", "proposal"),
        ("What if we start in January?", "proposal"),
        ("Welcher Tag passt Ihnen nächste Woche für ein Telefonat?", "scheduling"),
        ("Dann sollten wir genau da ansetzen.", "none"),
        ("Wie gesagt, das ist unser Standard.", "none"),
    ],
)
def test_question_kind(sentence: str, kind: str) -> None:
    assert question_kind(sentence) == kind


def test_split_sentences_keeps_abbreviations_and_dates() -> None:
    text = "Das spart ca. 1,1 Mio. € im Jahr. Passt Ihnen der 4. Dezember? Gut."
    assert split_sentences(text) == [
        "Das spart ca. 1,1 Mio. € im Jahr.",
        "Passt Ihnen der 4. Dezember?",
        "Gut.",
    ]


def test_evidence_names_the_sentence() -> None:
    analysis = classify_reply("Danke für die Offenheit. Woran machen Sie das fest?")
    assert analysis.evidence["acknowledge"] == "Danke für die Offenheit."
    assert analysis.evidence["explore"] == "Woran machen Sie das fest?"


@pytest.mark.parametrize(
    "sentence",
    [
        "Has Karen seen the numbers",
        "Has Ayşe seen the numbers",
        "Has Siobhán signed off on it",
        "Is Nkechi on board with this",
        "Hat Jörg die Zahlen schon gesehen",
        "Hat Zoë das Angebot gelesen",
    ],
)
def test_closed_question_detection_works_for_any_name(sentence: str) -> None:
    # no list of first names: a verb-first sentence followed by any capitalised name is a closed question
    assert question_kind(sentence) == "closed"


@pytest.mark.parametrize(
    ("reply", "technique", "present"),
    [
        # "throw … in" is giving something away; "throw away" (waste) in a question about cost is not
        ("We could throw the setup workshop in at no cost.", "concession", True),
        ("How much scrap do you throw away before it gets stuck in quality control?", "concession", False),
        # "kein Thema" said of the buyer's concern dismisses it; said alone after "Verstehe" it acknowledges
        ("Die Schnittstelle ist kein Thema, das läuft nebenher.", "defend", True),
        ("Verstehe, kein Thema. Wie läuft so eine Freigabe bei Ihnen ab?", "defend", False),
    ],
)
def test_giving_in_and_dismissing_are_told_from_look_alikes(
    reply: str, technique: str, present: bool
) -> None:
    assert (technique in classify_reply(reply).techniques) is present


@pytest.mark.parametrize(
    ("reply", "asks_for_decision"),
    [
        # the buyer's concern acknowledged by its name is no decision asked for; the question after it is a question
        ("I fully hear you about a three-year commitment – has finance set money aside for it?", False),
        ("Verstehe Ihre Bedenken bei der Zusage – wer muss bei Ihnen noch zustimmen?", False),
        # a clause about what comes before the decision frames a question, it asks for nothing
        ("Before we sign anything, who else needs to see the contract?", False),
        ("Bevor wir unterschreiben: Wer muss bei Ihnen noch zustimmen?", False),
        # asking for the decision stays one, acknowledged or not
        ("I hear you. Are you ready to sign today?", True),
        ("Verstehe. Können wir das heute so festmachen?", True),
    ],
)
def test_an_acknowledged_concern_or_a_before_clause_is_no_decision_ask(
    reply: str, asks_for_decision: bool
) -> None:
    analysis = classify_reply(reply)
    assert ("close" in analysis.techniques) is asks_for_decision
    if not asks_for_decision:
        assert analysis.asked, "the question is one the buyer answers"
