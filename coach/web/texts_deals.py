"""Labels and messages of the Deals tab, German and English (merged into coach.web.texts.TEXTS)."""

from __future__ import annotations

DEALS: dict[str, dict[str, str]] = {
    "tab_deals": {"de": "Deals", "en": "Deals"},
    "deals_intro": {
        "de": "Ein Deal sammelt Gesprächsnotizen und Protokolle mit Datum: die Qualifizierung über alle Notizen, "
        "die drei Qualitätstore, die Vorbereitung des Entscheidungsmeetings und den CRM-Export.",
        "en": "A deal collects dated call notes and minutes: the qualification over all notes, the three quality "
        "gates, the decision meeting's preparation and the CRM export.",
    },
    "deals_pick": {"de": "Deal", "en": "Deal"},
    "deals_new": {"de": "Neuer Deal", "en": "New deal"},
    "deals_name": {"de": "Name des Deals", "en": "Deal name"},
    "deals_customer": {"de": "Kunde (Organisation)", "en": "Customer (organisation)"},
    "deals_offer": {"de": "Unser Angebot in einfachen Worten", "en": "Our offer in plain words"},
    "deals_create": {"de": "Deal anlegen", "en": "Create deal"},
    "deals_text": {"de": "Gesprächsnotizen oder Meeting-Notizen", "en": "Call notes or meeting notes"},
    "deals_text_ph": {
        "de": "Notizen eines Gesprächs einfügen – oder die Notizen des Entscheidungsmeetings für das Protokoll.",
        "en": "Paste the notes of a call – or the notes of the decision meeting for the minutes.",
    },
    "deals_date": {
        "de": "Datum (TT.MM.JJJJ, leer = aus den Notizen)",
        "en": "Date (YYYY-MM-DD, empty = from the notes)",
    },
    "deals_add_notes": {"de": "Notizen hinzufügen", "en": "Add notes"},
    "deals_add_minutes": {"de": "Protokoll entwerfen", "en": "Draft minutes"},
    "deals_meeting_date": {
        "de": "Termin des Entscheidungsmeetings (TT.MM.JJJJ oder TT.MM.JJJJ HH:MM)",
        "en": "Decision meeting date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
    },
    "deals_prepare": {"de": "Meeting vorbereiten", "en": "Prepare meeting"},
    "deals_sent": {"de": "Protokoll als gesendet markieren", "en": "Mark minutes as sent"},
    "deals_downloads": {"de": "Downloads", "en": "Downloads"},
    "deals_dl_eml": {"de": "Einladung (.eml)", "en": "Invitation (.eml)"},
    "deals_dl_ics": {"de": "Kalender-Einladung (.ics)", "en": "Calendar invitation (.ics)"},
    "deals_dl_docx": {"de": "One-Pager (.docx)", "en": "One-pager (.docx)"},
    "deals_dl_md": {"de": "Vorbereitung (.md)", "en": "Preparation (.md)"},
    "deals_dl_csv": {"de": "CRM-Export (.csv)", "en": "CRM export (.csv)"},
    "deals_dl_json": {"de": "CRM-Export (.json)", "en": "CRM export (.json)"},
    "deals_none": {
        "de": "Bitte zuerst einen Deal anlegen oder auswählen.",
        "en": "Please create or pick a deal first.",
    },
    "deals_created": {"de": "Deal #{id} angelegt.", "en": "Deal #{id} created."},
    "deals_added": {"de": "{kind} vom {date} hinzugefügt.", "en": "{kind} of {date} added."},
    "deals_prepared": {
        "de": "Vorbereitung erstellt und im Deal gespeichert.",
        "en": "Preparation created and stored in the deal.",
    },
    "deals_marked_sent": {"de": "Protokoll als gesendet markiert.", "en": "Minutes marked as sent."},
    "deals_timeline": {"de": "Verlauf", "en": "Timeline"},
    "deals_qualification": {"de": "Qualifizierung über alle Notizen", "en": "Qualification over all notes"},
    "deals_trend": {"de": "Abgedeckte Kerndimensionen je Notiz", "en": "Covered core dimensions per note"},
    "deals_gates": {"de": "Qualitätstore", "en": "Quality gates"},
    "deals_actions": {"de": "Offene Aufgaben", "en": "Open actions"},
    "deals_prep": {"de": "Vorbereitung des Entscheidungsmeetings", "en": "Decision meeting preparation"},
    "deals_checklist": {"de": "Checkliste", "en": "Checklist"},
    "deals_one_pager": {"de": "One-Pager", "en": "One-pager"},
    "deals_invitation": {"de": "Einladung", "en": "Invitation"},
    "deals_objections": {"de": "Wahrscheinliche Einwände", "en": "Likely objections"},
    "deals_practise": {
        "de": "Üben im Tab Rollenspiel: Szenario",
        "en": "Practise in the Role-play tab: scenario",
    },
    "deals_kind_notes": {"de": "Notizen", "en": "Notes"},
    "deals_kind_minutes": {"de": "Protokoll", "en": "Minutes"},
    "deals_kind_preparation": {"de": "Vorbereitung", "en": "Preparation"},
    "deals_send_by": {"de": "Protokoll senden bis", "en": "Send the minutes by"},
    "deals_stage": {"de": "Phase", "en": "Stage"},
    "deals_gate_met": {"de": "erfüllt", "en": "met"},
    "deals_gate_not_met": {"de": "nicht erfüllt", "en": "not met"},
    "deals_gate_unclear": {"de": "unklar", "en": "unclear"},
    "deals_empty": {"de": "Noch keine Einträge.", "en": "No items yet."},
    "deals_trend_empty": {
        "de": "Noch keine Gesprächsnotizen: der Verlauf erscheint, sobald Sie die ersten Notizen hinzufügen.",
        "en": "No call notes yet: the trend appears as soon as you add the first notes.",
    },
    "deals_trend_axis": {"de": "Kerndimensionen (von {total})", "en": "Core dimensions (of {total})"},
    "deals_dl_minutes_md": {
        "de": "Protokoll intern, mit Coaching-Notizen (.md)",
        "en": "Internal minutes, with coaching notes (.md)",
    },
    "deals_dl_minutes_docx": {
        "de": "Protokoll für den Kunden (.docx)",
        "en": "Minutes for the customer (.docx)",
    },
    "deals_dl_minutes_eml": {
        "de": "Protokoll-E-Mail an den Kunden (.eml)",
        "en": "Minutes e-mail to the customer (.eml)",
    },
    "deals_contradicted": {
        "de": "widerrufen durch einen späteren Eintrag",
        "en": "contradicted by a later item",
    },
    "deals_practise_btn": {
        "de": "Üben: Rollenspiel aus den Notizen des Deals",
        "en": "Practise: a role-play from the deal's notes",
    },
}
