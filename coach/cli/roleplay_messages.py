"""Labels and messages of `coach roleplay`, `coach check-reply` and `coach history` by id (German and English)."""

from __future__ import annotations

from coach.messages import define

define(
    {
        # scorecard criteria
        "cli.rp.crit.explored_root_cause": {"de": "Ursache erkundet", "en": "Explored the root cause"},
        "cli.rp.crit.no_premature_concession": {
            "de": "Kein vorschnelles Zugeständnis",
            "en": "No premature concession",
        },
        "cli.rp.crit.acknowledged_concern": {"de": "Einwand anerkannt", "en": "Acknowledged the concern"},
        "cli.rp.crit.linked_to_value": {"de": "Mit dem Wert verknüpft", "en": "Linked to value"},
        "cli.rp.crit.asked_for_decision": {
            "de": "Nach der Entscheidung gefragt",
            "en": "Asked for the decision",
        },
        "cli.rp.crit.agreed_next_steps": {"de": "Nächste Schritte vereinbart", "en": "Agreed next steps"},
        # transcript and scorecard
        "cli.rp.you": {"de": "Sie", "en": "You"},
        "cli.rp.buyer": {"de": "Kunde", "en": "Buyer"},
        "cli.rp.hint": {"de": "Tipp", "en": "Hint"},
        "cli.rp.outcome": {"de": "Ergebnis", "en": "Outcome"},
        "cli.rp.score": {"de": "Punkte", "en": "Score"},
        "cli.rp.needs": {"de": "mind.", "en": "needs"},
        "cli.rp.sources": {"de": "Quellen", "en": "Sources"},
        "cli.rp.source": {"de": "Quelle", "en": "Source"},
        "cli.rp.produced_by": {"de": "Erstellt von", "en": "Produced by"},
        "cli.rp.note": {"de": "Hinweis", "en": "Note"},
        "cli.rp.end": {"de": "(/end beendet das Gespräch)", "en": "(/end ends the conversation)"},
        "cli.rp.nothing_to_score": {
            "de": "Keine Antwort gegeben: nichts zu bewerten.",
            "en": "No reply given: nothing to score.",
        },
        "cli.rp.brain_offline": {
            "de": "offline (regelbasiert, ohne Sprachmodell)",
            "en": "offline (rule-based, no language model)",
        },
        "cli.rp.privacy_local": {
            "de": "Gehirn: {label} — kein Text verlässt diesen Rechner",
            "en": "Brain: {label} — nothing leaves this machine",
        },
        "cli.rp.privacy_remote": {
            "de": "Gehirn: {label} — Text verlässt diesen Rechner",
            "en": "Brain: {label} — text leaves this machine",
        },
        "cli.rp.pick_scenario": {"de": "Szenario (Nummer oder ID): ", "en": "Scenario (number or id): "},
        "cli.rp.need_scenario": {
            "de": "Geben Sie das Szenario mit --scenario ID an (siehe `coach roleplay --list`).",
            "en": "Give the scenario with --scenario ID (see `coach roleplay --list`).",
        },
        "cli.rp.no_scenarios": {
            "de": "Keine Szenarien gefunden.",
            "en": "No scenarios found.",
        },
        "cli.rp.skipped": {
            "de": "Fehlerhaftes Szenario übersprungen: {error}",
            "en": "skipped broken scenario {error}",
        },
        # values shown to people (the JSON keeps the ids)
        "cli.rp.tech.acknowledge": {"de": "anerkennen", "en": "acknowledge"},
        "cli.rp.tech.explore": {"de": "nachfragen", "en": "explore"},
        "cli.rp.tech.value_link": {"de": "Wert verknüpfen", "en": "link to value"},
        "cli.rp.tech.concession": {"de": "Zugeständnis", "en": "concession"},
        "cli.rp.tech.defend": {"de": "verteidigen", "en": "defend"},
        "cli.rp.tech.close": {"de": "Entscheidung erfragen", "en": "ask for the decision"},
        "cli.rp.tech.next_step": {"de": "nächster Schritt", "en": "next step"},
        "cli.rp.type.price": {"de": "Preis", "en": "price"},
        "cli.rp.type.timing": {"de": "Zeitpunkt", "en": "timing"},
        "cli.rp.type.authority": {"de": "Entscheidungsbefugnis", "en": "authority"},
        "cli.rp.type.need": {"de": "Bedarf", "en": "need"},
        "cli.rp.type.competitor": {"de": "Wettbewerb", "en": "competitor"},
        "cli.rp.type.risk": {"de": "Risiko", "en": "risk"},
        "cli.rp.type.contract_terms": {"de": "Vertragsbedingungen", "en": "contract terms"},
        "cli.rp.type.it_readiness": {"de": "IT-Bereitschaft", "en": "IT readiness"},
        "cli.rp.type.status_quo": {"de": "Status quo", "en": "status quo"},
        "cli.rp.outcome.yes": {"de": "ja", "en": "yes"},
        "cli.rp.outcome.yes_but": {"de": "ja, aber", "en": "yes, but"},
        "cli.rp.outcome.no": {"de": "nein", "en": "no"},
        "cli.rp.outcome.open": {"de": "offen", "en": "open"},
        # check-reply
        "cli.rp.techniques": {"de": "Techniken", "en": "Techniques"},
        "cli.rp.objection_type": {"de": "Einwandtyp", "en": "objection type"},
        "cli.rp.explores": {"de": "Erkundet die Ursache", "en": "Explores the root cause"},
        "cli.rp.concession": {"de": "Vorschnelles Zugeständnis", "en": "Premature concession"},
        "cli.rp.feedback": {"de": "Rückmeldung", "en": "Feedback"},
        "cli.rp.better_reply": {"de": "Bessere Antwort", "en": "Better reply"},
        "cli.rp.yes": {"de": "ja", "en": "yes"},
        "cli.rp.no": {"de": "nein", "en": "no"},
        # history
        "cli.rp.purge_confirm_needed": {
            "de": "Das Löschen der Historie braucht eine Bestätigung: ergänzen Sie --yes.",
            "en": "Purging the history needs confirmation: add --yes.",
        },
        "cli.rp.purge_ask": {
            "de": "Alle {count} gespeicherten Rollenspiele und alle gespeicherten Analysen und Protokolle aus {path} "
            "löschen? [j/N] ",
            "en": "Delete all {count} stored role-play sessions and every saved analysis and minutes from {path}? "
            "[y/N] ",
        },
        "cli.rp.purge_none": {"de": "Nichts gelöscht.", "en": "Nothing deleted."},
        "cli.rp.purged": {
            "de": "{deleted} Rollenspiel(e) und {results} gespeicherte Analysen/Protokolle aus {path} gelöscht.",
            "en": "Deleted {deleted} session(s) and {results} saved analyses/minutes from {path}.",
        },
        "cli.rp.limit": {"de": "--limit muss mindestens 1 sein.", "en": "--limit must be at least 1."},
        "cli.rp.history_empty": {
            "de": "Noch keine Rollenspiele gespeichert. Spielen Sie eines mit `coach roleplay`.",
            "en": "No role-play sessions stored yet. Play one with `coach roleplay`.",
        },
        "cli.rp.trend": {
            "de": "Verlauf je Kriterium (älteste → neueste):",
            "en": "Trend per criterion (oldest → newest):",
        },
        "cli.rp.average": {"de": "Ø {value}", "en": "avg {value}"},
    }
)
