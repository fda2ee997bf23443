"""Build a role-play scenario from the user's own call notes: practise the next meeting with this customer.

Offline, by rules and retrieval: the persona and company come from the participants the text layer finds, offer, price
and term from the notes, the objections from the qualification dimensions still open (`coach.qualify.analyse`: no named
decision maker -> authority, budget vague -> price, a competitor named -> competitor, no timeline -> timing, ...),
the hidden layers from the objection library's causes (the ones closest to the notes), the facts from the evidence the
notes hold. The result validates like any scenario and is saved as editable YAML by the caller. During play a language
model (if configured) voices these lines; it never sees a layer before it is revealed (coach.roleplay.llm).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.errors import InputError
from coach.messages import define, msg
from coach.roleplay.matching import content_stems
from coach.roleplay.notes_company import title_company
from coach.roleplay.scenarios import Scenario

MAX_OBJECTIONS = 2

define(
    {
        "roleplay.notes.empty": {
            "de": "Die Notizen sind leer: Fügen Sie Ihre Gesprächsnotizen ein.",
            "en": "The notes are empty: paste your call notes.",
        },
        "roleplay.notes.title": {
            "de": "Nächster Termin mit {company}",
            "en": "Next meeting with {company}",
        },
    }
)


@dataclass(frozen=True)
class _Kind:
    """Authored buyer lines of one objection type in one language (slots: {price}, {competitor})."""

    statement: str
    restatements: tuple[str, str]
    hardened: tuple[str, str]
    push: tuple[str, str]
    underneath: tuple[
        tuple[str, tuple[str, ...]], ...
    ]  # (reveal, keywords), candidates close to the library's causes
    deepest: tuple[tuple[str, tuple[str, ...]], ...]
    resolution: str
    resolved_line: str
    condition: str
    proposal: str  # the good rep's proposal for the script


_HARD_DE = ("Mit Verkaufsargumenten kommen wir hier nicht weiter.", "Das war nicht meine Frage.")
_HARD_EN = ("Sales arguments won't get us anywhere here.", "That wasn't my question.")
_PUSH_DE = (
    "Wenn da so schnell etwas geht, was ist dann wirklich drin?",
    "Dann war Ihr erstes Angebot wohl nicht ernst gemeint.",
)
_PUSH_EN = ("If that moves so quickly, what else is in there?", "So your first offer wasn't serious, then.")

KINDS: dict[str, dict[str, _Kind]] = {
    "price": {
        "de": _Kind(
            "Offen gesagt: {price} – so viel wollten wir nicht ausgeben.",
            ("Wie gesagt, am Preis hakt es.", "Dabei bleibe ich: zu viel Geld."),
            _HARD_DE,
            _PUSH_DE,
            (
                (
                    "Wir haben den Nutzen intern noch nicht in Zahlen gefasst – im Moment vergleiche ich Preis mit Preis.",
                    ("nutzen", "zahlen", "vergleich", "rechnung", "wert"),
                ),
                (
                    "Das Budget für dieses Jahr ist eigentlich schon anderweitig verplant.",
                    ("budget", "jahr", "verplant", "geld"),
                ),
            ),
            (
                (
                    "Und unter uns: Unsere Geschäftsführung hält den Business Case bisher nicht für glaubwürdig, und ich muss ihn dort vertreten.",
                    ("geschäftsführung", "business", "vertreten", "überzeugen", "entscheid"),
                ),
            ),
            "Gemeinsam ausrechnen, was die Lösung bringt, und das gegen den Preis halten; zuerst ein kleiner Pilot, danach bekommt die Geschäftsleitung den Business Case vorgelegt.",
            "Steht der Nutzen in Zahlen fest und beginnen wir klein mit einem Pilotprojekt, trage ich das intern mit.",
            "der Nutzen vorher gemeinsam beziffert wird",
            "Mein Vorschlag: Wir beziffern den Nutzen gemeinsam und starten mit einem kleinen Pilot; den Business Case bereite ich als Vorlage für Ihre Geschäftsführung vor.",
        ),
        "en": _Kind(
            "Honestly: {price} exceeds what we meant to spend.",
            ("As I said, that price does not work for us.", "I'm sticking with it: that's too much money."),
            _HARD_EN,
            _PUSH_EN,
            (
                (
                    "We haven't put the benefit into numbers internally yet – right now I'm comparing price with price.",
                    ("benefit", "numbers", "compare", "value", "quantified"),
                ),
                (
                    "This year's budget is really already earmarked for other things.",
                    ("budget", "year", "earmarked", "money"),
                ),
            ),
            (
                (
                    "And between us: our management doesn't believe the business case yet, and defending it there falls to me.",
                    ("management", "business case", "defend", "convince", "decision"),
                ),
            ),
            "Quantify the benefit together and set it against the price; begin small with a pilot, and hand management the business case as a paper.",
            "If the benefit is quantified and we begin with a pilot, I can defend that internally.",
            "the benefit is quantified together first",
            "My proposal: we quantify the benefit together and begin small with a pilot; I'll draft the business case as a paper your management can use.",
        ),
    },
    "authority": {
        "de": _Kind(
            "Allein entscheide ich das nicht.",
            ("Wie gesagt, das entscheide nicht ich allein.", "Da müssen noch andere zustimmen."),
            _HARD_DE,
            _PUSH_DE,
            (
                (
                    "Ich bin bei dem Thema eher Beeinflusserin als Entscheiderin – unterschreiben wird jemand über mir.",
                    ("entscheid", "unterschreib", "freigabe", "wer", "zustimm"),
                ),
                (
                    "Ein paar Leute, die mitreden, waren bisher gar nicht eingebunden.",
                    ("eingebunden", "beteiligt", "mitreden", "wer"),
                ),
            ),
            (
                (
                    "Und offen gesagt: Wie ich das intern vertreten soll, ohne mich zu weit aus dem Fenster zu lehnen, ist mir selbst noch unklar.",
                    ("vertreten", "intern", "unterstützung", "brauchen", "bräuchten"),
                ),
            ),
            "Gemeinsamer Termin mit der Entscheiderin oder dem Entscheider; eine kurze Entscheidungsvorlage mit dem Business Case, die Ihre Ansprechpartnerin intern nutzen kann.",
            "Mit einer Vorlage und einem gemeinsamen Termin lässt sich das intern gut vertreten.",
            "die Entscheidungsvorlage rechtzeitig vorliegt",
            "Mein Vorschlag: ein gemeinsamer Termin mit der Person, die entscheidet, und ich bereite Ihnen eine kurze Entscheidungsvorlage mit dem Business Case vor.",
        ),
        "en": _Kind(
            "I can't decide this on my own.",
            ("As I said, I don't decide this alone.", "Others still have to agree."),
            _HARD_EN,
            _PUSH_EN,
            (
                (
                    "I'm more of an influencer than the decision maker here – someone above me signs.",
                    ("decide", "decision", "sign", "approve", "who"),
                ),
                (
                    "A few people who have a say haven't been involved at all so far.",
                    ("involved", "stakeholders", "say", "who"),
                ),
            ),
            (
                (
                    "And frankly, how I'd champion this internally without sticking my neck out is still unclear to me.",
                    ("champion", "internally", "support", "need", "help"),
                ),
            ),
            "A joint meeting with the decision maker; a short decision paper, business case included, that the contact can use internally.",
            "With a decision paper and a joint meeting I can champion this internally.",
            "the decision paper is ready in time",
            "My proposal: a joint meeting with whoever decides, and I'll prepare a short decision paper for you, business case included.",
        ),
    },
    "competitor": {
        "de": _Kind(
            "Wir sehen {competitor} als ernsthafte Alternative.",
            (
                "Wie gesagt, {competitor} ist bei uns ebenfalls im Gespräch.",
                "Ich sehe da noch keinen klaren Unterschied.",
            ),
            _HARD_DE,
            _PUSH_DE,
            (
                (
                    "Klare Kriterien für den Vergleich fehlen uns, offen gesagt – im Moment vergleichen wir Funktionslisten.",
                    ("kriterien", "vergleich", "funktionen", "bewert", "unterschied"),
                ),
                (
                    "Mit {competitor} arbeiten wir an anderer Stelle schon zusammen.",
                    ("beziehung", "zusammen", "kennen", "bisher"),
                ),
            ),
            (
                (
                    "Und unter uns: Intern wird {competitor} bevorzugt, und an den Kriterien hat jemand von dort mitgeschrieben.",
                    ("vorliebe", "intern", "kriterien", "wer", "warum"),
                ),
            ),
            "Gemeinsam Bewertungskriterien nach Ergebnissen statt Funktionen festlegen; Referenzgespräch mit einem vergleichbaren Kunden.",
            "Wenn wir nach Ergebnissen vergleichen und ich mit einer Referenz sprechen kann, ist das ein fairer Vergleich.",
            "ein Referenzgespräch vor der Entscheidung stattfindet",
            "Mein Vorschlag: Wir legen die Bewertungskriterien gemeinsam nach Ergebnissen fest, und ich vermittle Ihnen ein Referenzgespräch mit einem vergleichbaren Kunden.",
        ),
        "en": _Kind(
            "{competitor} is a serious alternative for us.",
            ("As I said, {competitor} is on our list too.", "I don't see a clear difference yet."),
            _HARD_EN,
            _PUSH_EN,
            (
                (
                    "Honestly, we have no clear criteria for the comparison – right now we're comparing feature lists.",
                    ("criteria", "compare", "features", "evaluate", "difference"),
                ),
                (
                    "We already work with {competitor} elsewhere in the company.",
                    ("relationship", "work with", "know", "already"),
                ),
            ),
            (
                (
                    "And between us: there's a preference for {competitor} in-house, and someone there helped write our criteria.",
                    ("preference", "internal", "criteria", "who", "why"),
                ),
            ),
            "Agree evaluation criteria on outcomes instead of features together; a talk with a reference customer of similar size.",
            "If we compare on outcomes and I get to speak with a reference, that's a fair comparison.",
            "a reference call takes place before the decision",
            "My proposal: we set the evaluation criteria together on outcomes, and I'll arrange a talk with a reference customer of similar size.",
        ),
    },
    "timing": {
        "de": _Kind(
            "Der Zeitpunkt passt gerade nicht. Das sollten wir später angehen.",
            ("Wie gesagt, jetzt ist der falsche Zeitpunkt.", "Das hat gerade keine Eile."),
            _HARD_DE,
            _PUSH_DE,
            (
                (
                    "Gerade binden andere Projekte unsere Leute, für eine Einführung ist kaum Kapazität da.",
                    ("projekte", "kapazität", "leute", "zeit", "gerade"),
                ),
                (
                    "Unser Budget wird erst im neuen Geschäftsjahr freigegeben.",
                    ("budget", "geschäftsjahr", "freigabe", "wann"),
                ),
            ),
            (
                (
                    "Und ehrlich: Im Moment fehlt der Druck – das Thema hat intern keine Priorität.",
                    ("priorität", "druck", "dringend", "wichtig", "intern"),
                ),
            ),
            "Vertrag jetzt, Einführung gestaffelt nach den laufenden Projekten; die Kosten des Wartens beziffern.",
            "Wenn die Einführung erst nach unseren laufenden Projekten beginnt, können wir jetzt unterschreiben.",
            "die Einführung erst nach den laufenden Projekten beginnt",
            "Mein Vorschlag: Wir unterschreiben jetzt und planen die Einführung gestaffelt nach Ihren laufenden Projekten; jeder Monat Warten kostet Sie sonst Geld.",
        ),
        "en": _Kind(
            "The timing isn't right. Let's look at this later.",
            ("As I said, now is the wrong time.", "There's no rush on this right now."),
            _HARD_EN,
            _PUSH_EN,
            (
                (
                    "Other projects are tying up our people right now; there's hardly any capacity for a rollout.",
                    ("projects", "capacity", "people", "time", "now"),
                ),
                (
                    "Our budget is only released in the new fiscal year.",
                    ("budget", "fiscal", "released", "when"),
                ),
            ),
            (
                (
                    "To be frank: nobody here is in a hurry – internally it has no priority.",
                    ("priority", "pressure", "urgent", "important", "internal"),
                ),
            ),
            "Sign now, roll out in stages after the running projects; quantify what waiting costs.",
            "If the rollout only starts after our running projects, we can sign now.",
            "the rollout only starts after the running projects",
            "Then I suggest we sign now and plan the rollout in stages after your running projects; every month of waiting costs you money otherwise.",
        ),
    },
    "need": {
        "de": _Kind(
            "Ich sehe noch nicht, wofür wir das bei uns einsetzen sollten.",
            ("Wie gesagt, den Bedarf sehe ich noch nicht.", "Bisher geht es ja auch so."),
            _HARD_DE,
            _PUSH_DE,
            (
                (
                    "Wir haben nie durchgerechnet, was uns das Problem heute eigentlich kostet.",
                    ("kosten", "kostet", "problem", "heute", "gerechnet"),
                ),
            ),
            (
                (
                    "Und offen gesagt: Bei uns fühlt sich niemand so richtig für das Thema verantwortlich.",
                    ("verantwortlich", "zuständig", "wer", "kümmert"),
                ),
            ),
            "Die Kosten des heutigen Zustands gemeinsam beziffern und eine verantwortliche Person für das Projekt benennen.",
            "Wenn die heutigen Kosten beziffert vorliegen und jemand das Thema verantwortet, sieht das anders aus.",
            "eine verantwortliche Person das Projekt übernimmt",
            "Mein Vorschlag: Wir beziffern gemeinsam, was der heutige Zustand kostet, und benennen eine verantwortliche Person für das Projekt.",
        ),
        "en": _Kind(
            "I doubt we really need this.",
            ("As I said, the need isn't clear to me yet.", "We manage fine so far."),
            _HARD_EN,
            _PUSH_EN,
            (
                (
                    "We've never worked out what the problem actually costs us today.",
                    ("cost", "costs", "problem", "today", "worked out"),
                ),
            ),
            (
                (
                    "And frankly: nobody here really feels responsible for this topic.",
                    ("responsible", "owner", "who", "owns"),
                ),
            ),
            "Quantify together what today's situation costs and name who owns the project.",
            "If we have today's cost in black and white and someone owns the topic, that changes things.",
            "someone takes ownership of the project",
            "My proposal: we quantify what today's situation costs you and name who owns the project.",
        ),
    },
}
_TEMPERAMENT = {
    "de": "sachlich, prüft genau, will Zahlen sehen",
    "en": "matter-of-fact, careful, wants to see numbers",
}
_ROLE = {"de": "Ansprechpartner/in beim Kunden", "en": "Contact at the customer"}
_COMPANY = {"de": "Ihr Kunde", "en": "Your customer"}
_OPEN = {"de": "nicht in den Notizen", "en": "not in the notes"}
_OFFER = {"de": "Ihr Angebot", "en": "your offer"}
# the price objection when the notes give no price of our offer: no figure is made up
_NO_FIGURE = {
    "de": "Offen gesagt: Das sprengt unseren Rahmen.",
    "en": "Honestly: that exceeds what we had planned.",
}
_BUSINESS = {"de": "noch nicht beziffert", "en": "not quantified yet"}
_GOAL = {"de": "das Ziel aus dem letzten Gespräch", "en": "the goal from the last meeting"}
_OPENING = {
    "de": "Schön, Sie wiederzusehen. Bevor wir weitermachen, muss ich etwas ansprechen.",
    "en": "Nice to meet again. There is a point I want to raise before we continue.",
}
_LINES = {
    "de": {
        "yes": "Einverstanden, so machen wir es.",
        "yes_but": "Im Prinzip ja – sofern {condition}.",
        "no": "So, wie es jetzt aussieht, sagen wir ab.",
        "deflect": "Das lässt sich heute nicht beantworten, ein Punkt ist noch offen.",
    },
    "en": {
        "yes": "Good, let's do it that way.",
        "yes_but": "In principle yes, but only if {condition}.",
        "no": "Under these circumstances we won't go ahead.",
        "deflect": "That I cannot answer today, one point is still open.",
    },
}
_SCRIPT = {
    "de": {
        "ack": "Danke für den klaren Hinweis.",
        "explore": "Was genau steckt für Sie dahinter?",
        "deeper": "Das hilft mir. Was steckt für Sie noch dahinter?",
        "goal": "So erreichen Sie Ihr Ziel: {goal}.",
        "more_steps": "Wollen wir nächste Woche gemeinsam den Start planen?",
        "close": "Können wir auf dieser Basis zusagen?",
        "steps": "Danke. Das Protokoll schicke ich Ihnen morgen, dazu zwei Terminvorschläge für den Start.",
        "bad": [
            "Unser Angebot ist absolut marktüblich.",
            "Bei Unterschrift noch heute gebe ich Ihnen 15 % Nachlass.",
            "Ist das wirklich das einzige Problem?",
            "Also, unterschreiben wir heute?",
        ],
    },
    "en": {
        "ack": "Thanks for raising that openly.",
        "explore": "What exactly is behind that for you?",
        "deeper": "That helps. What else is behind it for you?",
        "goal": "That gets you to your goal: {goal}.",
        "more_steps": "Would a meeting next week work to plan the start together?",
        "close": "Can we agree on that basis?",
        "steps": "Thank you. You'll have the minutes from me tomorrow, with a meeting proposal for next week.",
        "bad": [
            "Our offer is absolutely standard for the market.",
            "Sign today and I will take 15% off.",
            "Is that really the only problem?",
            "So, are we signing today?",
        ],
    },
}
# Facts from the evidence: per qualification dimension, an id, a typical question and how the buyer leads into it.
_FACT_OF = {
    "goals": (
        "goals",
        {
            "de": ("Welches Ziel verfolgen Sie mit dem Projekt?", "Unser Ziel:"),
            "en": ("What is this project meant to achieve?", "Our goal:"),
        },
    ),
    "challenges": (
        "current-situation",
        {
            "de": ("Wie wird das bei Ihnen bisher gehandhabt?", "Heute sieht es so aus:"),
            "en": ("How does this work for you today?", "Today it looks like this:"),
        },
    ),
    "plans": (
        "plans",
        {
            "de": ("Welche Pläne haben Sie dafür?", "Geplant ist:"),
            "en": ("What are your plans for this?", "The plan is:"),
        },
    ),
    "timeline": (
        "timeline",
        {
            "de": ("Welcher Termin gilt für die Umsetzung?", "Zum Zeitplan:"),
            "en": ("What is the deadline for this?", "On timing:"),
        },
    ),
    "budget": (
        "budget",
        {
            "de": ("Welches Budget ist dafür vorgesehen?", "Zum Budget:"),
            "en": ("What budget is earmarked for this?", "On budget:"),
        },
    ),
    "authority": (
        "decision-maker",
        {
            "de": ("Wer hat dabei das letzte Wort?", "Zur Entscheidung:"),
            "en": ("In the end, whose decision is it?", "On the decision:"),
        },
    ),
    "negative_consequences": (
        "cost-of-inaction",
        {
            "de": ("Welche Folgen hätte es, alles beim Alten zu lassen?", "Wenn wir nichts ändern:"),
            "en": ("What would staying put cost you?", "If we change nothing:"),
        },
    ),
    "positive_implications": (
        "benefits",
        {
            "de": ("Was würde sich verbessern, wenn das Problem gelöst ist?", "Wenn das gelöst ist:"),
            "en": ("What would improve once this is solved?", "Once this is solved:"),
        },
    ),
}
_STAKEHOLDERS = {
    "de": (
        "Wer entscheidet auf Ihrer Seite noch mit?",
        "Außer mir sind {names} beteiligt.",
        "Außer mir ist {names} beteiligt.",
    ),
    "en": (
        "Which colleagues have a say?",
        "Besides me, {names} are involved.",
        "Besides me, {names} is involved.",
    ),
}
_COMPETITOR_FACT = {
    "de": ("Welche anderen Anbieter prüfen Sie?", "{competitor} ist bei uns ebenfalls im Gespräch."),
    "en": ("Which other vendors are you considering?", "{competitor} is on our list too."),
}

_LABEL = re.compile(r"^\s*(?:[-*•]\s*)?(?:\[[ xX]\]\s*)?([\wäöüÄÖÜß /&-]{2,30}):\s*", re.UNICODE)
_MONEY = re.compile(
    r"(?:[€$£]\s?\d[\d.,]*\s*(?:k|tsd\.?|mio\.?|million|m)?|\d[\d.,]*\s*(?:k|tsd\.?|mio\.?|million)?\s*(?:€|eur\b|euro\b|\$|usd\b|£|gbp\b|dollars?\b))"
    r"(?:\s*(?:pro|per|/|im|a|je)\s*(?:jahr|year|monat|month|nutzer|user|lizenz|license|seat)\w*)?",
    re.IGNORECASE,
)
_TERM = re.compile(r"\b\d{1,3}\s*(?:monate|months|jahre|years)\b", re.IGNORECASE)
_OFFER_LABEL = re.compile(
    r"^(angebot|offer|proposal|lösung|loesung|solution|produkt|product|paket|package)\b", re.IGNORECASE
)
_COMPETITOR = re.compile(
    r"(?:konkurren\w*|wettbewerb\w*|mitbewerb\w*|alternative\w*|competitor\w*|vergleichsangebot|also (?:looking at|talking to|evaluating)|"
    r"schau\w* sich auch|auch angebot von|angebot von|quote from|offer from)\s*:?\s*(?:(?:auch\s+)?(?:ein\w*\s+|an?\s+)?(?:angebot|offer|quote)\s+(?:von|from)\s+)?((?-i:[A-ZÄÖÜ])[\w&.-]+(?:\s(?-i:[A-ZÄÖÜ])[\w&.-]+)?)",  # a name: capital, whatever the case of the cue
    re.IGNORECASE,
)
_NOT_A_NAME = {
    "der",
    "die",
    "das",
    "den",
    "dem",
    "ein",
    "eine",
    "the",
    "a",
    "an",
    "uns",
    "us",
    "ihnen",
    "them",
    "sie",  # a pronoun after the label ("Wettbewerber: Sie schauen sich auch X an") is no competitor's name
    "wir",
    "er",
    "es",
    "they",
    "we",
    "he",
    "she",
    "it",
}
_GENERIC_NOUN = re.compile(
    r"^(?:konkurrent\w*|wettbewerber\w*|mitbewerber\w*|anbieter\w*|competitor\w*|vendor\w*|rival\w*)\s+",
    re.IGNORECASE,
)


def _strip_label(text: str) -> str:
    return _LABEL.sub("", text.strip()).strip().rstrip(".") + "."


# --- Facts in the persona's own voice -------------------------------------------------------------------------------
# Evidence is a note line ("- Budget: Lindner meint "um die 120k sind realistisch""); the buyer speaks it in the first
# person without markup, or, where a line cannot be turned safely, says a generic line for that kind of fact.
_QUOTE = re.compile(r"[„“”\"»«]([^„“”\"»«]{3,}?)[“”\"«»]")
_TITLE = r"(?:(?:frau|herr|hr\.|fr\.|dr\.|prof\.|mr\.?|mrs\.?|ms\.?)\s+)*"
_SPEECH = (
    r"(?:meint|meinte|sagt|sagte|glaubt|findet|betont|erzählt|erwähnt|schätzt|says|said|thinks|mentioned|"
    r"told us|notes|noted|feels|believes|estimates|explained)"
)
_CUSTOMER_WORD = r"(?:(?:der|die|the)\s+)?(?:kunde|kundin|customer|client|prospect)"
_MARKUP = re.compile(r"->|=>|→|\?\?|\bTODO\b|\bAP\b|\bAI\b|\btbd\b|\btbc\b|\bn/a\b", re.IGNORECASE)
_DE_VERBS = {
    "ist": "sind", "hat": "haben", "will": "wollen", "muss": "müssen", "kann": "können", "darf": "dürfen",
    "soll": "sollen", "mag": "mögen", "möchte": "möchten", "weiß": "wissen", "sieht": "sehen", "gibt": "geben",
    "nimmt": "nehmen", "hält": "halten", "lässt": "lassen", "läuft": "laufen", "wird": "werden", "war": "waren",
    "hatte": "hatten", "wollte": "wollten", "sollte": "sollten", "konnte": "konnten", "musste": "mussten",
    "würde": "würden", "tut": "tun", "fährt": "fahren", "trägt": "tragen", "spricht": "sprechen", "liest": "lesen",
}  # fmt: skip
_EN_VERBS = {
    "is": "are", "has": "have", "does": "do", "was": "were", "isn't": "aren't", "hasn't": "haven't",
    "doesn't": "don't", "wasn't": "weren't", "goes": "go",
}  # fmt: skip
_DE_POSSESSIVE = {"ihr": "unser", "ihre": "unsere", "ihren": "unseren", "ihrem": "unserem", "ihrer": "unserer",
                  "ihres": "unseres", "sein": "unser", "seine": "unsere", "seinen": "unseren", "seinem": "unserem",
                  "seiner": "unserer", "seines": "unseres"}  # fmt: skip
# verbs a note starts with when the customer is the unwritten subject ("Wants go-live by May", "Plant Pilot im Mai")
_NOTE_VERBS = {
    "de": {"will", "möchte", "plant", "braucht", "erwartet", "hofft", "sucht", "wünscht", "befürchtet", "fürchtet",
           "fordert", "bevorzugt", "prüft", "rechnet", "denkt", "überlegt", "muss", "kann", "hat", "ist", "sieht"},
    "en": {"wants", "needs", "plans", "expects", "hopes", "prefers", "fears", "worries", "requires", "considers",
           "thinks", "believes", "has", "is", "must", "can", "sees", "looks", "likes", "wishes", "asks"},
}  # fmt: skip
_DE_SUBJECT_AFTER = re.compile(r"(?:^|[,:;–]\s*|\b(?:dass|weil|wenn|ob|und|aber|da|sobald|bevor)\s+)$", re.I)
_EN_PLAIN = {
    "this",
    "that",
    "the",
    "a",
    "an",
    "to",
    "on",
    "in",
    "for",
    "with",
    "at",
    "by",
    "about",
    "from",
    "and",
    "or",
}
# A generic in-character line per fact kind, when no note line can be spoken as the persona's own.
_GENERIC_FACT = {
    "de": {
        "goals": "Unser Ziel hat sich seit dem letzten Gespräch nicht geändert – das Projekt soll sich klar rechnen.",
        "current-situation": "Heute läuft das noch so wie im letzten Gespräch beschrieben – zufrieden sind wir damit nicht.",
        "plans": "Pläne dafür gibt es intern, nur ist davon noch nichts festgezurrt.",
        "timeline": "Einen groben Zeitplan haben wir, ganz fest ist er aber noch nicht.",
        "budget": "Über das Budget sprechen wir intern gerade noch.",
        "decision-maker": "Die Entscheidung fällt bei uns nicht von einer Person allein.",
        "cost-of-inaction": "Wenn wir nichts ändern, kostet uns das weiter Zeit und Geld.",
        "benefits": "Wenn das gelöst ist, entlastet das unsere Leute spürbar.",
    },
    "en": {
        "goals": "Our goal still stands from last time – the project has to pay off clearly.",
        "current-situation": "Today it still works the way I described last time – and we're not happy with it.",
        "plans": "There are plans for this internally, though nothing is settled.",
        "timeline": "We have a rough timeline, but it isn't fixed yet.",
        "budget": "We're still discussing the budget internally.",
        "decision-maker": "The decision isn't made by one person alone here.",
        "cost-of-inaction": "If we change nothing, it keeps costing us time and money.",
        "benefits": "Once this is solved, it takes a real load off our people.",
    },
}


def _name_parts(name: str) -> list[str]:
    """Return the parts of the persona's name that notes use for her ('Anna Petersen' -> Anna, Petersen)."""
    return [
        p
        for p in re.split(r"[\s.]+", name)
        if len(p) >= 2 and p.lower() not in {"frau", "herr", "dr", "prof"}
    ]


def _subject(names: list[str], lang: str) -> str:
    persona = "|".join(re.escape(n) for n in names)
    who = [_TITLE + rf"(?:(?:{persona})\s*)+" if persona else None, _CUSTOMER_WORD]
    who += [r"(?:sie|er)"] if lang == "de" else [r"(?:she|he|they)"]
    return "(?:" + "|".join(w for w in who if w) + ")"


def _de_plural(verb: str) -> str:
    low = verb.lower()
    if low in _DE_VERBS:
        return _DE_VERBS[low]
    if re.search(r"[^e](?:er|el)t$", low):
        return low[:-1] + "n"  # ändert -> ändern
    if low.endswith("et") and len(low) > 4:
        return low[:-2] + "en"  # rechnet -> rechnen
    if low.endswith("t") and len(low) > 3:
        return low[:-1] + "en"  # plant -> planen
    return verb


def _en_plural(verb: str) -> str:
    low = verb.lower()
    if low in _EN_VERBS:
        return _EN_VERBS[low]
    if re.search(r"[^aeiou]ies$", low):
        return low[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|z|o)es$", low):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss") and len(low) > 2:
        return low[:-1]
    return verb


def _we(rest: str, lang: str) -> str:
    """Return 'we' plus the rest with its leading third-person verb made first-person plural."""
    m = (
        re.match(r"(\w+ly\s+)?([\w'’]+)(.*)", rest, re.DOTALL)
        if lang == "en"
        else re.match(r"()(\w+)(.*)", rest, re.DOTALL)
    )
    if not m or (lang == "de" and not m.group(2)[0].islower()):
        return ("wir " if lang == "de" else "we ") + rest
    verb = _de_plural(m.group(2)) if lang == "de" else _en_plural(m.group(2))
    return ("wir " if lang == "de" else "we ") + (m.group(1) or "") + verb + m.group(3)


def _de_sie(m: re.Match[str]) -> str:
    """Return 'wir' + verb where 'sie' is the subject ('…, sie planen'), else 'uns' ('kostet sie')."""
    word = m.group(1) or ""
    if _DE_SUBJECT_AFTER.search(m.string[: m.start()]):
        return "wir" + (" " + (_de_plural(word) if word[:1].islower() else word) if word else "")
    return "uns" + (" " + word if word else "")


def _third_to_first(text: str, names: list[str], lang: str) -> str:
    """Return the text with the persona (name, 'the customer', she/he/they) as 'we', her possessives as 'our'."""
    subject = _subject(names, lang)
    m = re.match(rf"{subject}\s+{_SPEECH}\s*(?:[,:]\s*|\s+(?=\w))(?!dass\b|that\b)(.+)", text, re.IGNORECASE)
    if m:  # "Lindner meint, um die 120k ..." / "Mark says we have ..." -> the persona's own words
        text = m.group(1)
    text = re.sub(
        rf"^{subject}\s+(.+)$", lambda m: _we(m.group(1), lang), text, flags=re.IGNORECASE | re.DOTALL
    )
    first = re.match(r"[^\W\d_]+", text)
    if (
        first and first.group(0).lower() in _NOTE_VERBS[lang]
    ):  # "Wants go-live by May": she is the unwritten subject
        text = _we(text[0].lower() + text[1:], lang)
    if lang == "de":
        text = re.sub(r"\bsie\b(?:\s+(\w+))?", _de_sie, text)  # lower-case 'sie' is she/they; 'Sie' is you
        return re.sub(r"\b(?:ihr|ihre|ihren|ihrem|ihrer|ihres|seine|seinen|seinem|seiner|seines)\b",
                      lambda m: _DE_POSSESSIVE[m.group(0)], text)  # fmt: skip
    text = re.sub(r"\b(?:they|she|he)\s+([\w'’]+)", lambda m: "we " + _en_plural(m.group(1)), text)
    text = re.sub(r"\b(?:them|him)\b", "us", text)
    text = re.sub(r"\bthemselves\b|\bhimself\b|\bherself\b", "ourselves", text)
    text = re.sub(r"\b(?:their|his)\b", "our", text)
    return re.sub(
        r"\bher\b(\s+(\w+))?",
        lambda m: (
            ("our" if m.group(2) and m.group(2).lower() not in _EN_PLAIN else "us") + (m.group(1) or "")
        ),
        text,
    )


def spoken(evidence: str, persona: str, lang: str) -> str | None:
    """Return a note line as the persona says it (first person, no labels, bullets or quotes), or None if it can't be."""
    names = _name_parts(persona)
    text = _LABEL.sub("", evidence.strip()).strip()
    text = re.sub(r"^(?:\d+[.)]\s+|[-*•]\s*)?(?:\[[ xX]\]\s*)?", "", text).strip()
    quote = next((q for q in _QUOTE.finditer(text) if len(q.group(1).split()) >= 2), None)
    if quote:
        said_by = text[: quote.start()]
        if re.search(r"[A-ZÄÖÜ]\w+", said_by) and not re.search(
            rf"\b{_subject(names, lang)}\b", said_by, re.IGNORECASE
        ):
            return None  # someone else's words: not hers to say as her own
        tail = text[quote.end() :].strip(" ,;:-–.")
        text = quote.group(1).strip().rstrip(".") + (
            f", {_third_to_first(tail, names, lang)}" if tail else ""
        )
    else:
        text = _third_to_first(text, names, lang)
    text = re.sub(r"[„“”\"»«]", "", text).strip(" ,;:-–").rstrip(".")
    third = [rf"\b{re.escape(n)}\b" for n in names] + [rf"\b{_CUSTOMER_WORD}\b"]
    third += [r"^(?:sie|er)\b"] if lang == "de" else [r"\b(?:she|he|they|them|her|his)\b"]
    if len(text.split()) < 2 or _MARKUP.search(text) or any(re.search(t, text, re.IGNORECASE) for t in third):
        return None
    return text[0].upper() + text[1:] + "."


def fact_line(fact_id: str, lead: str, evidence: list[str], persona: str, lang: str) -> str:
    """Return what the buyer says for a fact: the evidence in her own words after the lead, or a generic line."""
    said = [s for s in (spoken(e, persona, lang) for e in evidence) if s]
    return f"{lead} {' '.join(dict.fromkeys(said))}" if said else _GENERIC_FACT[lang][fact_id]


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def _offer(notes: str, lang: str) -> str:
    for line in _lines(notes):
        m = _LABEL.match(line)
        if m and _OFFER_LABEL.match(m.group(1).strip()):
            rest = line[m.end() :]
            rest = _MONEY.split(rest)[0]
            rest = re.split(r",\s*(?=\d)|\s[–-]\s", rest)[0].strip(" ,;:-")
            if len(rest) >= 3:
                return rest[:160]
    return _OFFER[lang]


# Words that make a sum the price of our offer, and words that make it the customer's own money (costs, losses,
# budget, savings, what they pay today) or a competitor's. German stems count inside compounds ("Lizenzkosten" is
# ours, "Stillstandskosten" theirs); English ones at the start of a word ("cost" but not "close").
_OURS = re.compile(
    r"angebot|preis|lizenz|konditionen|^abos?$|^abonnement|^offer|^proposal|^quot(?:e|ed|es|ing)$|^pric|^licen|^subscription",
    re.IGNORECASE,
)
_THEIRS = re.compile(
    r"kost|verlust|budget|etat|einspar|ersparnis|strafe|schaden|schäden|umsatz|ausgaben|konkurren|wettbewerb|mitbewerb"
    r"|vergleichsangebot|^verlier|^spar|^zahl|^bezahl|^cost|^loss|^los(?:e|es|ing)$|^lost$|^saving|^save|^penalt"
    r"|^damage|^spen[dt]|^pay|^paid|^waste|^revenue|^fine[sd]?$|^competitor|^rival",
    re.IGNORECASE,
)
_NOW = re.compile(
    r"\b(?:heute|derzeit|aktuell|bisher|momentan|today|currently|current|so far|existing|at the moment)\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"(?:pro|per|/|im|a|je)\s*(?:jahr|year|monat|month|nutzer|user|lizenz|license|seat)", re.I
)
_THOUSANDS = re.compile(r"\b\d[\d.,]*\s?(?:k|tsd\.?|mio\.?)(?![\w])", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3}[.!?])\s+(?=[A-ZÄÖÜ])|;\s*")


def _sentences(notes: str) -> list[str]:
    return [s for line in _lines(notes) for s in _SENTENCE_END.split(line) if s.strip()]


def _price_in(sentence: str, competitor: str | None) -> tuple[int, str] | None:
    """Return (strength, sum) of the first sum a sentence gives as our price: 2 named as offer/price, 1 per period."""
    cues: list[tuple[int, int, bool]] = []  # (start, end, ours)
    for w in _WORDS.finditer(sentence):
        word = w.group(0)
        if competitor and word.lower() == competitor.lower().split()[0]:
            cues.append((w.start(), w.end(), False))
        elif _OURS.search(word):
            cues.append((w.start(), w.end(), True))
        elif _THEIRS.search(word):
            cues.append((w.start(), w.end(), False))
    sums = list(_MONEY.finditer(sentence))
    if any(ours for _, _, ours in cues):  # "Angebot liegt bei 95k": a bare thousands figure counts here
        taken = [(m.start(), m.end()) for m in sums]
        sums += [m for m in _THOUSANDS.finditer(sentence) if not any(a <= m.start() < b for a, b in taken)]
    for m in sorted(sums, key=lambda m: m.start()):
        before = [c for c in cues if c[1] <= m.start()]
        after = [c for c in cues if c[0] >= m.end()]
        governing = before[-1] if before else (after[0] if after else None)
        if governing is not None and governing[2]:
            return 2, m.group(0).strip()[:80]
        if governing is None and _PERIOD.search(m.group(0)) and not _NOW.search(sentence):
            return 1, m.group(0).strip()[:80]
    return None


def _price(notes: str, lang: str) -> str:
    """Return the price of our offer: a sum the notes give as offer, quote, price or licence, else 'not in the notes'.

    Never the customer's costs, losses, budget or savings, nor a competitor's quote: a sum counts only when the nearest
    cue word in its sentence is about our offer, or when it is a bare per-month/-year figure with no cue at all.
    """
    competitor = competitor_in(notes)
    found = [p for p in (_price_in(s, competitor) for s in _sentences(notes)) if p]
    strong = [text for strength, text in found if strength == 2]
    return (strong or [text for _, text in found] or [_OPEN[lang]])[0]


def _term(notes: str, lang: str) -> str:
    m = _TERM.search(notes)
    return m.group(0) if m else _OPEN[lang]


def competitor_in(notes: str) -> str | None:
    """Return the competitor named in the notes ('schauen sich auch SpesenFix an', 'competitor: Trakstar'), if any."""
    for m in _COMPETITOR.finditer(notes):
        name = _GENERIC_NOUN.sub("", m.group(1).strip(" .,;:"))
        if _GENERIC_NOUN.match(name + " ") or not name:
            continue
        if name.split()[0].lower() not in _NOT_A_NAME and len(name) >= 2:
            return name.split()[0] if name.split()[-1].lower() in {"an", "at"} else name
    return None


def _pick_layer(
    candidates: tuple[tuple[str, tuple[str, ...]], ...], notes: str
) -> tuple[str, tuple[str, ...]]:
    """Return the library cause closest to the notes (shared terms), the first on a tie (retrieval by words)."""
    stems = content_stems(notes)
    scored = [
        (len(content_stems(text + " " + " ".join(kw)) & stems), -n) for n, (text, kw) in enumerate(candidates)
    ]
    return candidates[-max(scored)[1]]


def _objection_types(result, notes: str) -> list[str]:
    """Return the objections the open dimensions predict, most telling first (at most MAX_OBJECTIONS)."""
    status = {d.key: d.status for d in (*result.dimensions, *result.extensions)}
    wanted: list[str] = []
    if competitor_in(notes):
        wanted.append("competitor")
    if status.get("budget") != "covered":
        wanted.append("price")
    if status.get("authority") != "covered":
        wanted.append("authority")
    if status.get("timeline") == "missing":
        wanted.append("timing")
    if status.get("goals") == "missing" and status.get("challenges") == "missing":
        wanted.append("need")
    return (wanted or ["price"])[:MAX_OBJECTIONS]


def _customer(doc, lang: str) -> tuple[str, str, str]:
    """Return (name, role, company) of the customer's contact from the participants the text layer found."""
    people = [p for p in doc.participants if p.side == "customer"] or [
        p for p in doc.participants if p.side == "unknown"
    ]
    company = (
        doc.customer_company
        or next(
            (o.name for o in doc.organisations if o.side == "customer"),
            next((o.name for o in doc.organisations if o.side == "unknown"), None),
        )
        or title_company(doc)
    )
    if people:
        p = people[0]
        role, org = p.role or _ROLE[lang], p.organisation or company
        if org is None and role.count(",") == 1:  # "VP Operations, Harlow Logistics"
            role, org = (part.strip() for part in role.split(","))
        return p.name, role, org or _COMPANY[lang]
    name = {"de": "Ihr Gesprächspartner", "en": "Your contact"}[lang]
    return name, _ROLE[lang], company or _COMPANY[lang]


def _slug(text: str) -> str:
    folded = text.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:40].strip("-")


def _fill(text: str, slots: dict[str, str]) -> str:
    for key, value in slots.items():
        text = text.replace("{" + key + "}", value)
    return text


def scenario_from_notes(text: str, lang: str | None = None) -> Scenario:
    """Return a playable scenario built from call notes: persona, offer, objections, facts and hidden layers."""
    from coach.qualify.engine import analyse
    from coach.text import parse_text

    notes = (text or "").strip()
    if not notes:
        raise InputError(msg("roleplay.notes.empty", lang or "de"))
    doc = parse_text(notes, lang=lang)
    language = lang if lang in ("de", "en") else doc.language
    result = analyse(doc, lang=language)
    name, role, company = _customer(doc, language)
    competitor = competitor_in(notes) or {"de": "der andere Anbieter", "en": "the other vendor"}[language]
    price = _price(notes, language)
    slots = {"price": price, "competitor": competitor}
    status = {d.key: d for d in (*result.dimensions, *result.extensions)}
    goals = [_strip_label(e).rstrip(".") for e in status["goals"].evidence[:2]] if "goals" in status else []
    benefit = status.get("positive_implications")
    business_case = (
        _strip_label(benefit.evidence[0]).rstrip(".") if benefit and benefit.evidence else _BUSINESS[language]
    )

    objections, conditions = [], []
    for kind in _objection_types(result, notes):
        k = KINDS[kind][language]
        under = _pick_layer(k.underneath, notes)
        deep = _pick_layer(k.deepest, notes)
        objections.append(
            {
                "type": kind,
                "statement": _fill(k.statement, slots)
                if price != _OPEN[language] or "{price}" not in k.statement
                else _NO_FIGURE[language],
                "restatements": [_fill(r, slots) for r in k.restatements],
                "hardened": list(k.hardened),
                "push_for_more": list(k.push),
                "layers": [
                    {"id": f"{kind}-{n}", "reveal": _fill(t, slots), "keywords": list(kw)}
                    for n, (t, kw) in enumerate((under, deep), 1)
                ],
                "resolution": k.resolution,
                "resolved_line": k.resolved_line,
            }
        )
        conditions.append(k.condition)

    facts = []
    for dim, (fact_id, texts) in _FACT_OF.items():
        d = status.get(dim)
        if d is None or d.status == "missing" or not d.evidence:
            continue
        ask, lead = texts[language]
        facts.append(
            {"id": fact_id, "ask": ask, "say": fact_line(fact_id, lead, d.evidence[:2], name, language)}
        )
    others = [p.name for p in doc.participants if p.side in ("customer", "unknown") and p.name != name]
    if others:
        ask, many, one = _STAKEHOLDERS[language]
        say = (many if len(others) > 1 else one).format(names=", ".join(others[:4]))
        facts.append({"id": "stakeholders", "ask": ask, "say": say})
    if competitor_in(notes):
        ask, say = _COMPETITOR_FACT[language]
        facts.append({"id": "competitors", "ask": ask, "say": say.format(competitor=competitor)})

    script = _SCRIPT[language]
    goal = goals[0] if goals else _GOAL[language]
    good: list[str] = []
    for n, obj in enumerate(objections):
        # generic exploring questions open the layers in order; then the proposal tied to the customer's goal
        good.append(f"{script['ack']} {script['explore']}")
        good.append(script["deeper"])
        tail = f" {script['close']}" if n == len(objections) - 1 else ""
        good.append(f"{KINDS[obj['type']][language].proposal} {script['goal'].format(goal=goal)}{tail}")
    good.append(script["steps"])
    if len(good) < 5:
        good.append(script["more_steps"])

    ident = "notes-" + (_slug(company) or "kunde") + ("-" + _slug(name.split()[-1]) if name else "")
    data = {
        "id": ident.strip("-")[:60],
        "title": msg("roleplay.notes.title", language, company=company),
        "language": language,
        "difficulty": "medium",
        "patience": 6,
        "persona": {
            "name": name,
            "role": role,
            "company": company,
            "industry": _OPEN[language],
            "temperament": _TEMPERAMENT[language],
        },
        "deal": {
            "offer": _offer(notes, language),
            "price": price,
            "term": _term(notes, language),
            "goals": goals or [_GOAL[language]],
            "business_case": business_case,
        },
        "opening": _OPENING[language],
        "objections": objections,
        "facts": facts,
        "conditions": conditions,
        "lines": _LINES[language],
        "good_rep_script": good,
        "bad_rep_script": script["bad"],
    }
    return Scenario.model_validate(data)
