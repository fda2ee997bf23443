"""Authored buyer lines the scenario files do not hold, and live hints for the rep (German and English).

Slots are filled from the persona and the deal: {name}, {role}, {company}, {offer}, {price}, {term}, {goal}.
"""

from __future__ import annotations

import random
import string

GENERIC: dict[str, dict[str, list[str]]] = {
    # a hard buyer answers a vague question vaguely; a second open question gets the layer
    "probe": {
        "de": [
            "Das ist nicht so einfach zu sagen.",
            "Hm. Da müssten Sie schon genauer fragen.",
            "Das hat mehrere Seiten, ehrlich gesagt.",
        ],
        "en": [
            "That's not so easy to say.",
            "Hm. Could you put that more concretely?",
            "There's more than one side to that, honestly.",
        ],
    },
    # after the rep argued: an open question without acknowledgement only softens the buyer
    "soften": {
        "de": [
            "Erst erzählen Sie mir, dass ich falsch liege, und jetzt wollen Sie es genau wissen?",
            "Na gut. Aber hören Sie mir dann bitte auch zu.",
        ],
        "en": [
            "First you tell me I'm wrong, and now you want the details?",
            "Fine. But then please actually listen.",
        ],
    },
    # everything is on the table, the rep keeps asking instead of proposing
    "await_proposal": {
        "de": [
            "Jetzt wissen Sie, woran es hängt. Was schlagen Sie vor?",
            "Mehr gibt es dazu nicht zu sagen. Welche Lösung sehen Sie?",
            "Das ist der Kern. Was bedeutet das für Ihr Angebot?",
        ],
        "en": [
            "Now you know what it hinges on. What do you suggest?",
            "There's nothing more to it. How would you solve that?",
            "That is what matters most here. How would your offer handle it?",
        ],
    },
    # a value argument before the cause is known
    "value_too_early": {
        "de": [
            "Das mag in Ihrer Rechnung stimmen, aber darum geht es mir gerade nicht.",
            "Ihre Zahlen habe ich gesehen.",
        ],
        "en": ["That may be true on paper, but it misses my point right now.", "I know the numbers."],
    },
    # next steps before the objection is dealt with
    "steps_too_early": {
        "de": ["Termine können wir gern machen, aber erst muss dieser Punkt geklärt sein."],
        "en": ["Meetings are fine by me, but first this point needs to be sorted out."],
    },
    # everything resolved, the rep still does not ask for the decision
    "await_close": {
        "de": ["Von meiner Seite ist das damit geklärt.", "Gut, damit komme ich weiter."],
        "en": ["From my side, that's settled then.", "Good, that helps me."],
    },
    # a question the buyer has no answer to (no fact, no layer): in character, then back to the point
    "unknown": {
        "de": [
            "Das müsste ich nachschauen.",
            "Da muss ich leider passen.",
            "Darüber weiß ich nichts.",
            "Da bin ich überfragt.",
        ],
        "en": [
            "I'd need to look that up.",
            "That's not something I have in my head.",
            "I have no answer to that.",
            "I'm not the right person to ask about that.",
        ],
    },
    # a question about something the buyer is not ready to talk about yet (a later layer, another objection)
    "hold_back": {
        "de": ["Dafür ist es noch zu früh.", "Eins nach dem anderen.", "Dazu kommen wir vielleicht noch."],
        "en": ["That comes later.", "Step by step, please.", "Perhaps later."],
    },
    # after the decision
    "confirm_next_steps": {
        "de": [
            "Einverstanden, so machen wir es.",
            "Gut, dann warte ich auf Ihre Unterlagen.",
            "Passt, das nehme ich so mit.",
        ],
        "en": [
            "Agreed, let's do it that way.",
            "Good, I'll look out for your documents.",
            "Fine, I'll handle it from here.",
        ],
    },
    "after_decision": {
        "de": [
            "Wir sind uns einig. Wie geht es jetzt konkret weiter?",
            "Gut. Was brauchen Sie noch von uns?",
        ],
        "en": ["We're agreed. What happens next, concretely?", "Good. What else is needed from our side?"],
    },
}

HINTS: dict[str, dict[str, str]] = {
    "explore": {
        "de": "Fragen Sie offen nach der Ursache, z. B.: „{question}“",
        "en": "Ask an open question about the cause, e.g. “{question}”",
    },
    "explore_deeper": {
        "de": "Eine Ebene ist aufgedeckt – fragen Sie tiefer (Wer? Was steckt dahinter? Was bräuchte …?).",
        "en": "One layer is uncovered – dig deeper (Who? What's behind it? What would … need?).",
    },
    "after_concession": {
        "de": "Kein Zugeständnis, solange die Ursache unklar ist. Fragen Sie lieber: „{question}“",
        "en": "No concession while the cause is unclear. Ask instead: “{question}”",
    },
    "after_defend": {
        "de": "Nicht argumentieren: Erkennen Sie den Punkt an („Danke für den klaren Hinweis.“) und fragen Sie dann offen nach.",
        "en": "Don't argue: acknowledge the point (“Thanks for saying it plainly.”), then ask an open question.",
    },
    "fact_answered": {
        "de": "Gute Frage – der Kunde hat geantwortet. Kommen Sie auf den Einwand zurück, z. B.: „{question}“",
        "en": "Good question – the buyer answered. Now come back to the objection, e.g. “{question}”",
    },
    "off_topic": {
        "de": "Dazu weiß der Kunde nichts. Fragen Sie nach dem, was hinter seinem Einwand steckt.",
        "en": "The buyer knows nothing about that. Ask about what is behind the objection.",
    },
    "too_deep": {
        "de": "Zu früh: Fragen Sie erst nach dem, was der Kunde gerade gesagt hat, dann tiefer.",
        "en": "Too early: ask about what the buyer just said first, then dig deeper.",
    },
    "probe_again": {
        "de": "Der Kunde bleibt vage – fragen Sie gezielter nach (Wer? Seit wann? Was genau?).",
        "en": "The buyer stays vague – ask more precisely (Who? Since when? What exactly?).",
    },
    "closed_question": {
        "de": "Das war eine geschlossene Frage. Fragen Sie mit Was, Wie, Woran oder Welche.",
        "en": "That was a closed question. Ask with what, how, which or why.",
    },
    "link_value": {
        "de": "Die Ursache ist jetzt klar. Schlagen Sie eine Lösung vor und verknüpfen Sie sie mit dem Ziel: {goal}.",
        "en": "The cause is now clear. Propose a solution and tie it to the goal: {goal}.",
    },
    "ask_decision": {
        "de": "Alle Punkte sind geklärt – fragen Sie jetzt nach der Entscheidung.",
        "en": "Every point is resolved – now ask for the decision.",
    },
    "next_steps": {
        "de": "Halten Sie konkrete nächste Schritte fest: Protokoll bis morgen, Termin mit Datum, Verantwortliche.",
        "en": "Agree concrete next steps: minutes by tomorrow, a dated meeting, owners.",
    },
    "roadmap": {
        "de": "„Ja, aber …“: Vereinbaren Sie einen kurzen Fahrplan für die Bedingung, mit Terminen und Verantwortlichen.",
        "en": "“Yes, but…”: agree a short roadmap for the condition, with dates and owners.",
    },
    "ended": {
        "de": "Das Gespräch ist beendet. Sehen Sie sich die Auswertung an.",
        "en": "The conversation is over. Look at the scorecard.",
    },
}


class _Slots(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, slots: dict[str, str]) -> str:
    """Return the template with the known {slots} filled; unknown slots stay as written."""
    names = {f[1] for f in string.Formatter().parse(template) if f[1]}
    if not names:
        return template
    return template.format_map(_Slots({k: v for k, v in slots.items() if k in names}))


def pick(options: list[str], seed: int, counter: int) -> str:
    """Return one of the options: rotating through them in an order fixed by the seed, so lines vary but replay."""
    if not options:
        return ""
    order = list(range(len(options)))
    random.Random(seed).shuffle(order)
    return options[order[counter % len(options)]]


def generic(kind: str, lang: str) -> list[str]:
    """Return the engine's authored lines of a kind in a language."""
    return GENERIC[kind][lang if lang in ("de", "en") else "en"]


def hint(kind: str, lang: str, **slots: str) -> str:
    """Return a live hint in the language, slot-filled."""
    return fill(HINTS[kind][lang if lang in ("de", "en") else "en"], slots)
