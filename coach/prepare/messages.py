"""Messages of the meeting preparation, by id, in German and English."""

from __future__ import annotations

import datetime as dt

from coach.messages import define, msg

OBJECTION_LABELS = {
    "price": {"de": "Preis", "en": "Price"},
    "timing": {"de": "Zeitpunkt", "en": "Timing"},
    "authority": {"de": "Entscheidungsbefugnis", "en": "Authority"},
    "need": {"de": "Bedarf", "en": "Need"},
    "competitor": {"de": "Mitbewerber", "en": "Competitor"},
    "risk": {"de": "Risiko", "en": "Risk"},
    "contract_terms": {"de": "Vertragsbedingungen", "en": "Contract terms"},
    "it_readiness": {"de": "IT-Bereitschaft", "en": "IT readiness"},
    "status_quo": {"de": "Status quo", "en": "Status quo"},
}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

define(
    {
        "prep.subject": {
            "de": "Überprüfung und Kaufentscheidung: {offer}",
            "en": "Review and purchase decision: {offer}",
        },
        "prep.missing": {"de": "[fehlt]", "en": "[missing]"},
        "prep.offer_missing": {"de": "[Angebot fehlt]", "en": "[offer missing]"},
        "prep.date_missing": {"de": "[Termin fehlt]", "en": "[date missing]"},
        "prep.agenda.welcome": {"de": "Begrüßung und Vorstellung", "en": "Welcome and introductions"},
        "prep.agenda.purpose": {
            "de": "Ziel des Termins: heute eine endgültige Entscheidung treffen",
            "en": "Purpose: a final decision today",
        },
        "prep.agenda.review": {
            "de": "Rückblick: was wir gemeinsam erarbeitet und vereinbart haben",
            "en": "Engagement review: what we worked out and agreed together",
        },
        "prep.agenda.offer": {
            "de": "Das Angebot in vier Punkten: Ziele und Herausforderungen, Geschäftschance, Lösungskonzept, "
            "Vertragsrahmen",
            "en": "The offer in four parts: goals and challenges, business opportunity, offer concept, "
            "contract frame",
        },
        "prep.agenda.questions": {"de": "Fragen und Einwände", "en": "Questions and objections"},
        "prep.agenda.decision": {"de": "Entscheidung", "en": "Decision"},
        "prep.agenda.next_steps": {"de": "Nächste Schritte", "en": "Next steps"},
        "prep.body": {
            "de": "Guten Tag,\n\nich lade Sie herzlich zu unserem Termin am {date} ein. Ziel ist, dass wir am Ende "
            "gemeinsam eine endgültige Entscheidung über {offer} treffen.\n\nAgenda:\n{agenda}\n\nDas vollständige "
            "Angebot stelle ich im Termin vor, damit ich Zusammenhänge erklären und Fragen direkt beantworten kann. "
            "Einzelne Punkte wie Preise oder Konditionen können wir gern vorab besprechen.\n\nViele Grüße",
            "en": "Hello,\n\nI would like to invite you to our meeting on {date}. The aim is that together we reach a "
            "final decision on {offer} by the end of it.\n\nAgenda:\n{agenda}\n\nI will present the full offer in "
            "the meeting so that I can explain the context and answer questions directly. We are happy to discuss "
            "individual points such as prices or terms beforehand.\n\nBest regards",
        },
        "prep.element.goals_and_challenges": {
            "de": "Ziele und Herausforderungen des Kunden",
            "en": "Customer goals and challenges",
        },
        "prep.element.business_opportunity": {"de": "Geschäftschance", "en": "Business opportunity"},
        "prep.element.offer_concept": {"de": "Lösungskonzept", "en": "Offer concept"},
        "prep.element.contract_frame": {"de": "Vertragsrahmen", "en": "Contract frame"},
        "prep.fact.goals": {"de": "Ziele", "en": "goals"},
        "prep.fact.challenges": {"de": "Herausforderungen", "en": "challenges"},
        "prep.fact.business_case": {
            "de": "quantifizierter Nutzen aus dem Business Case",
            "en": "quantified value from the business case",
        },
        "prep.fact.offer": {"de": "Angebot in einfachen Worten", "en": "the offer in plain words"},
        "prep.fact.term": {"de": "Laufzeit", "en": "term"},
        "prep.fact.price": {"de": "Preisstruktur", "en": "price structure"},
        "prep.fact.service_levels": {"de": "Service-Level", "en": "service levels"},
        "prep.fact.prerequisites": {"de": "Voraussetzungen", "en": "prerequisites"},
        "prep.missing_text": {
            "de": "Fehlt in den Notizen: {facts}.",
            "en": "Not in the notes: {facts}.",
        },
        "prep.check.commitment": {
            "de": "Zusage prüfen, bevor der Termin stattfindet: {task}",
            "en": "Check this commitment is done before the meeting: {task}",
        },
        "prep.check.gap": {
            "de": "{label} ist {status}: vor dem Termin klären.",
            "en": "{label} is {status}: close this gap before the meeting.",
        },
        "prep.check.gap_authority": {
            "de": "Kein benannter Entscheider: herausfinden, wer entscheidet, und ihn oder sie einladen.",
            "en": "No named decision maker: find out who decides and invite them.",
        },
        "prep.check.gap_authority_named": {
            "de": "Entscheidungsbefugnis nicht bestätigt: klären, ob {names} allein entscheidet und wer "
            "sonst unterschreibt.",
            "en": "Authority is not confirmed: check that {names} decides alone and who else signs.",
        },
        "prep.check.qualified": {
            "de": "Alle acht Kerndimensionen sind abgedeckt.",
            "en": "All eight core dimensions are covered.",
        },
        "prep.check.decision_maker_invited": {
            "de": "Entscheider auf der Einladung: {names}.",
            "en": "Decision maker on the invitation: {names}.",
        },
        "prep.check.decision_maker_missing": {
            "de": "Auf der Einladung steht noch kein Entscheider.",
            "en": "No decision maker is on the invitation yet.",
        },
        "prep.check.one_pager_done": {
            "de": "Der One-Pager hat alle vier Kernelemente mit Belegen aus den Notizen.",
            "en": "The one-pager has all four core elements with evidence from the notes.",
        },
        "prep.check.one_pager_open": {
            "de": "One-Pager vervollständigen; es fehlt: {facts}.",
            "en": "Complete the one-pager; missing: {facts}.",
        },
        "prep.check.full_offer": {
            "de": "Das vollständige Angebot nicht vorab schicken, sondern im Termin vorstellen (Preise oder "
            "Konditionen dürfen vorab besprochen werden).",
            "en": "Do not send the full offer ahead; present it in the meeting (prices or terms may be discussed "
            "beforehand).",
        },
        "prep.check.invitation": {
            "de": "Einladung an das Buying Center senden: „{subject}“.",
            "en": 'Send the invitation to the buying centre: "{subject}".',
        },
        "prep.check.minutes_unsent": {
            "de": "Das Protokoll des letzten Termins ist noch nicht als gesendet markiert (fällig {date}).",
            "en": "The minutes of the last meeting are not marked as sent yet (due {date}).",
        },
        "prep.status.partial": {"de": "nur teilweise bekannt", "en": "only partly known"},
        "prep.status.missing": {"de": "offen", "en": "missing"},
        "prep.obj.price_budget": {
            "de": "Das Budget ist nicht bestätigt.",
            "en": "The budget is not confirmed.",
        },
        "prep.obj.price_budget_withdrawn": {
            "de": "Das zugesagte Budget wurde zurückgenommen oder eingefroren.",
            "en": "The budget that was approved has been withdrawn or frozen.",
        },
        "prep.obj.price_budget_fit": {
            "de": "Ein Budget ist genannt; ob es für dieses Angebot reicht, ist noch offen.",
            "en": "A budget is named; whether it covers this offer is still open.",
        },
        "prep.from_offer": {"de": "Laut Angebot: {terms}", "en": "From the offer: {terms}"},
        "prep.bad_timezone": {
            "de": "Unbekannte Zeitzone {value!r}: erwartet ein IANA-Name wie Europe/Berlin.",
            "en": "Unknown time zone {value!r}: expected an IANA name such as Europe/Berlin.",
        },
        "prep.file_or_deal": {
            "de": "Geben Sie entweder DATEI|- oder --deal ID an.",
            "en": "Give either FILE|- or --deal ID.",
        },
        "prep.docx_needs_output": {
            "de": "--format docx schreibt eine Word-Datei: ergänzen Sie -o DATEI.docx.",
            "en": "--format docx writes a Word file: add -o FILE.docx.",
        },
        "prep.no_folder": {
            "de": "Den Ordner {folder} gibt es nicht: bitte zuerst anlegen oder einen anderen Pfad wählen.",
            "en": "The folder {folder} does not exist: create it first or choose another path.",
        },
        "prep.meeting_past": {
            "de": "Der Termin {date} liegt in der Vergangenheit: bitte das Datum prüfen.",
            "en": "The meeting date {date} is in the past: please check it.",
        },
        "prep.check.signing_limit": {
            "de": "Unterschriftsgrenze unter dem Angebotspreis ({price}): „{sentence}“ — wer dann zeichnet, muss "
            "eingeladen werden.",
            "en": 'Signing limit below the offer\'s price ({price}): "{sentence}" — whoever signs then must be '
            "invited.",
        },
        "prep.no_objections": {
            "de": "Keine zu erwarten: die Notizen lassen keine offene Lücke erkennen, aus der ein typischer Einwand "
            "folgt.",
            "en": "None expected: the notes show no open gap from which a typical objection follows.",
        },
        "prep.check.signing_limit_total": {
            "de": "Unterschriftsgrenze unter dem Auftragswert ({price} über {term} = {total}): „{sentence}“ — wer "
            "dann zeichnet, muss eingeladen werden.",
            "en": 'Signing limit below the contract value ({price} over {term} = {total}): "{sentence}" — whoever '
            "signs then must be invited.",
        },
        "prep.obj.price_competitor": {
            "de": "Der Kunde vergleicht Preise mit einem Mitbewerber.",
            "en": "The customer compares prices with a competitor.",
        },
        "prep.obj.competitor": {
            "de": "Ein Mitbewerber ist im Spiel.",
            "en": "A competitor is in play.",
        },
        "prep.obj.authority": {
            "de": "Der Entscheider ist nicht benannt oder nicht eingebunden.",
            "en": "The decision maker is not named or not involved.",
        },
        "prep.obj.timing": {
            "de": "Der Zeitplan ist offen oder weit entfernt.",
            "en": "The timeline is open or far away.",
        },
        "prep.obj.status_quo": {
            "de": "Die Folgen des Nichtstuns und der Wille zur Veränderung sind unklar.",
            "en": "The cost of doing nothing and the will to change are unclear.",
        },
        "prep.obj.it_readiness": {
            "de": "Das Angebot setzt Zugänge oder Freigaben der IT voraus.",
            "en": "The offer depends on IT access or approvals.",
        },
        "prep.obj.contract_terms": {
            "de": "Laufzeit und Konditionen binden den Kunden länger.",
            "en": "The term and conditions bind the customer for longer.",
        },
        "prep.obj.need": {
            "de": "Die Passung des Angebots ist fraglich.",
            "en": "The fit of the offer is in doubt.",
        },
        "prep.ics_needs_date": {
            "de": "Die .ics-Einladung braucht einen Termin: --meeting-date JJJJ-MM-TT[THH:MM] angeben.",
            "en": "The .ics invitation needs a date: add --meeting-date YYYY-MM-DD[THH:MM].",
        },
        "prep.attendees_no_email": {
            "de": "Eingeladen, aber ohne E-Mail-Adresse in den Notizen: {names}",
            "en": "Invited, but no e-mail address in the notes: {names}",
        },
    }
)
define({f"prep.objtype.{key}": labels for key, labels in OBJECTION_LABELS.items()})


def objection_label(objection_type: str, lang: str) -> str:
    """Return the readable name of an objection type ('it_readiness' -> 'IT-Bereitschaft' / 'IT readiness')."""
    if objection_type in OBJECTION_LABELS:
        return msg(f"prep.objtype.{objection_type}", lang)
    return objection_type.replace("_", " ").capitalize()


def human_when(day: dt.date, at: str | None, lang: str) -> str:
    """Return a meeting date as people write it: '10.12.2026, 10:00 Uhr' / '10 Dec 2026, 10:00'."""
    if lang == "de":
        return f"{day.strftime('%d.%m.%Y')}" + (f", {at} Uhr" if at else "")
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}" + (f", {at}" if at else "")
