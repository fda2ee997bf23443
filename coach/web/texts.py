"""Every label and message of the web app, in German and English (key -> {de, en})."""

from __future__ import annotations

_T = dict[str, dict[str, str]]

APP: _T = {
    "app_title": {"de": "coach — Ihr Vertriebscoach für B2B", "en": "coach — your B2B sales coach"},
    "app_subtitle": {
        "de": "Einwände üben, Gesprächsnotizen qualifizieren, Entscheidungsprotokolle erstellen — nach dem "
        "Value Accelerator Framework (Meilenstein 6) und GPCTBA/C&I.",
        "en": "Practise objections, qualify call notes, draft decision minutes — by the Value Accelerator "
        "Framework (milestone 6) and GPCTBA/C&I.",
    },
    "ui_language": {"de": "Sprache der Oberfläche", "en": "Interface language"},
    "tab_roleplay": {"de": "Rollenspiel", "en": "Role-play"},
    "tab_notes": {"de": "Gesprächsnotizen", "en": "Call notes"},
    "tab_minutes": {"de": "Protokoll", "en": "Minutes"},
    "tab_knowledge": {"de": "Wissen", "en": "Knowledge"},
    "tab_evals": {"de": "Evals", "en": "Evals"},
    "tab_settings": {"de": "Einstellungen", "en": "Settings"},
    "examples": {"de": "Beispiele — ein Klick füllt das Feld", "en": "Examples — one click fills the box"},
    "yes": {"de": "ja", "en": "yes"},
    "no": {"de": "nein", "en": "no"},
    "sources": {"de": "Quellen im Wissen", "en": "Knowledge sources"},
    "source": {"de": "Quelle", "en": "Source"},
    "notices": {"de": "Hinweise", "en": "Notes"},
    "produced_by": {"de": "erstellt von", "en": "produced by"},
    "reopened": {"de": "Gespeichertes Ergebnis wieder geöffnet", "en": "Stored result reopened"},
    "past_pick": {"de": "Gespeichertes Ergebnis wählen", "en": "Pick a stored result"},
    "past_none": {
        "de": "Bitte zuerst ein gespeichertes Ergebnis auswählen.",
        "en": "Please pick a stored result first.",
    },
    "reopen_button": {"de": "Öffnen", "en": "Open"},
    "upload_button": {"de": "↑ Datei hochladen", "en": "↑ Upload a file"},
    "more_tabs": {"de": "Weitere Tabs", "en": "More tabs"},  # Gradio's "…" button (coach.web.locale)
    "busy": {"de": "in Arbeit |", "en": "processing |"},  # Gradio's progress line (coach.web.locale)
    "queue": {"de": "Warteschlange:", "en": "queue:"},  # Gradio's place in the queue (coach.web.locale)
}

ERRORS: _T = {
    "error_prefix": {"de": "Das hat nicht geklappt", "en": "That did not work"},
    "error_unexpected": {
        "de": "ein unerwarteter Fehler. Bitte versuchen Sie es noch einmal; die Details stehen im Server-Log",
        "en": "an unexpected error. Please try again; the details are in the server log",
    },
    "index_missing": {
        "de": "Der Wissensindex fehlt noch. Starten Sie mit `make run` oder `coach index`.",
        "en": "The knowledge index is missing. Start with `make run` or `coach index`.",
    },
    "notes_empty": {
        "de": "Die Notizen sind leer: Fügen Sie Ihre Gesprächsnotizen ein, laden Sie eine Datei hoch oder "
        "wählen Sie ein Beispiel.",
        "en": "The notes are empty: paste your call notes, upload a file or pick an example.",
    },
    "meeting_notes_empty": {
        "de": "Die Notizen sind leer: Fügen Sie die Notizen des Entscheidungsmeetings ein oder wählen Sie ein Beispiel.",
        "en": "The notes are empty: paste the notes of the decision meeting or pick an example.",
    },
    "notes_cut": {
        "de": "Die Notizen waren länger als {limit} Zeichen; nur der Anfang wurde ausgewertet.",
        "en": "The notes were longer than {limit} characters; only the beginning was analysed.",
    },
    "upload_none": {"de": "Bitte zuerst eine Datei auswählen.", "en": "Please choose a file first."},
    "upload_type": {
        "de": "{name}: Dieser Dateityp wird nicht unterstützt. Erlaubt sind {types}.",
        "en": "{name}: this file type is not supported. Allowed: {types}.",
    },
    "upload_too_big": {
        "de": "{name} ist größer als {mb} MB. Bitte kürzen oder als Text einfügen.",
        "en": "{name} is larger than {mb} MB. Please shorten it or paste the text.",
    },
    "upload_missing": {
        "de": "{name} ist nicht mehr da. Bitte erneut hochladen.",
        "en": "{name} is gone. Please upload it again.",
    },
    "upload_empty": {"de": "{name} enthält keinen Text.", "en": "{name} contains no text."},
    "upload_unreadable": {
        "de": "{name} lässt sich nicht lesen – ist die Datei beschädigt, ein Scan ohne Text oder keine Textdatei?",
        "en": "{name} cannot be read – is the file damaged, a scan without text, or not a text file?",
    },
    "upload_bad_name": {"de": "{name}: ungültiger Dateiname.", "en": "{name}: invalid file name."},
    "provider_unavailable": {
        "de": "Der Anbieter {provider} ist nicht verfügbar ({module} fehlt); es wird offline gearbeitet.",
        "en": "The {provider} provider is not available ({module} is missing); using offline.",
    },
}

BRAIN: _T = {
    "brain": {"de": "Gehirn", "en": "Brain"},
    "brain_offline": {
        "de": "Offline (regelbasiert, ohne Sprachmodell)",
        "en": "Offline (rule-based, no language model)",
    },
    "brain_local": {"de": "Lokales Modell: {model}", "en": "Local model: {model}"},
    "brain_local_smoke": {
        "de": "Lokales Modell: Gemma 3 270M (mitgeliefertes Smoke-Test-Modell, zu klein für echtes Coaching)",
        "en": "Local model: Gemma 3 270M (packaged smoke-test model, too small for real coaching)",
    },
    "brain_openai": {
        "de": "OpenAI-kompatibel: {model} @ {host}",
        "en": "OpenAI-compatible: {model} @ {host}",
    },
    "privacy_local": {"de": "Text verlässt diesen Rechner nicht.", "en": "Text does not leave this machine."},
    "privacy_remote": {"de": "Text wird an {host} gesendet.", "en": "Text is sent to {host}."},
    "privacy_redacted": {
        "de": "Namen, E-Mail-Adressen und Telefonnummern werden vorher geschwärzt.",
        "en": "Names, e-mail addresses and phone numbers are redacted first.",
    },
    "loading_local": {
        "de": "Lokales Modell wird geladen … (beim ersten Mal einige Sekunden)",
        "en": "Loading the local model … (a few seconds the first time)",
    },
    "provider_auto": {"de": "Automatisch", "en": "Automatic"},
    "provider_offline": {"de": "Offline (regelbasiert)", "en": "Offline (rule-based)"},
    "provider_local": {"de": "Lokales Modell", "en": "Local model"},
    "provider_local_smoke": {
        "de": "Lokales Smoke-Test-Modell (Gemma 3 270M, nur zum Ausprobieren)",
        "en": "Local smoke-test model (Gemma 3 270M, for trying out only)",
    },
    "provider_openai": {"de": "OpenAI-kompatibel", "en": "OpenAI-compatible"},
}

NOTES: _T = {
    "notes_label": {"de": "Gesprächsnotizen", "en": "Call notes"},
    "notes_ph": {
        "de": "Notizen aus dem Discovery-Call hier einfügen – Stichpunkte oder Fließtext, Deutsch oder Englisch.",
        "en": "Paste the notes of your discovery call – bullets or prose, English or German.",
    },
    "analyse_button": {"de": "Notizen analysieren", "en": "Analyse notes"},
    "past_analyses": {"de": "Frühere Analysen", "en": "Past analyses"},
    "copy_label": {"de": "Fragen zum Kopieren", "en": "Questions to copy"},
    "col_dimension": {"de": "Dimension", "en": "Dimension"},
    "col_status": {"de": "Status", "en": "Status"},
    "col_evidence": {"de": "Beleg aus den Notizen / Hinweis", "en": "Evidence from the notes / note"},
    "status_covered": {"de": "abgedeckt", "en": "covered"},
    "status_partial": {"de": "teilweise", "en": "partial"},
    "status_missing": {"de": "fehlt", "en": "missing"},
    "readiness_ready": {"de": "Bereit", "en": "Ready"},
    "readiness_almost": {"de": "Fast bereit", "en": "Almost"},
    "readiness_not_ready": {"de": "Noch nicht bereit", "en": "Not ready"},
    "weak_spots": {"de": "Schwachstellen im Blick", "en": "Weak spots to watch"},
    "flags": {"de": "Warnungen", "en": "Flags"},
    "from_model": {"de": "Modell", "en": "model"},
    "next_questions": {"de": "Nächste Fragen", "en": "Next questions"},
    "notes_intro": {
        "de": "Fügen Sie Ihre Notizen ein, laden Sie eine Datei hoch oder wählen Sie ein Beispiel. Hier erscheinen "
        "dann die acht GPCTBA/C&I-Dimensionen mit Belegen, Warnungen und die nächsten Fragen.",
        "en": "Paste your notes, upload a file or pick an example. The eight GPCTBA/C&I dimensions with their "
        "evidence, the flags and the next questions appear here.",
    },
    "no_questions": {
        "de": "Keine offenen Fragen – alle Dimensionen sind abgedeckt.",
        "en": "No open questions – every dimension is covered.",
    },
}

MINUTES: _T = {
    "meeting_notes_label": {"de": "Notizen des Entscheidungsmeetings", "en": "Notes of the decision meeting"},
    "meeting_notes_ph": {
        "de": "Rohe Notizen einfügen: Datum, Teilnehmende, Angebot, Einwände, Entscheidung, ToDos …",
        "en": "Paste the raw notes: date, participants, offer, objections, decision, action items …",
    },
    "minutes_intro": {
        "de": "Fügen Sie die Notizen des Entscheidungsmeetings ein oder wählen Sie ein Beispiel. Hier erscheinen dann "
        "das Protokoll, die Entscheidung, die drei Qualitätstore und die Downloads (.md, .docx, .eml).",
        "en": "Paste the notes of the decision meeting or pick an example. The minutes, the decision, the three "
        "quality gates and the downloads (.md, .docx, .eml) appear here.",
    },
    "draft_button": {"de": "Protokoll erstellen", "en": "Draft minutes"},
    "past_minutes": {"de": "Frühere Protokolle", "en": "Past minutes"},
    "preview": {"de": "Vorschau des Protokolls", "en": "Minutes preview"},
    "download_md": {"de": "↓ Markdown, intern (.md)", "en": "↓ Markdown, internal (.md)"},
    "download_docx": {"de": "↓ Word (.docx)", "en": "↓ Word (.docx)"},
    "download_eml": {"de": "↓ E-Mail-Entwurf (.eml)", "en": "↓ E-mail draft (.eml)"},
    "decision": {"de": "Entscheidung", "en": "Decision"},
    "decision_positive": {"de": "Zusage", "en": "Yes"},
    "decision_positive_with_conditions": {
        "de": "Ja, aber … (mit Bedingungen)",
        "en": "Yes, but … (with conditions)",
    },
    "decision_negative": {"de": "Absage", "en": "No"},
    "decision_pending": {"de": "Noch offen", "en": "Pending"},
    "conditions": {"de": "Bedingungen", "en": "Conditions"},
    "reasons": {"de": "Gründe", "en": "Reasons"},
    "missing": {"de": "Fehlt noch", "en": "Still missing"},
    "send_by": {"de": "Protokoll an den Kunden bis", "en": "Send the minutes to the customer by"},
    "gates_title": {
        "de": "Qualitätstore: {met} von {total} erfüllt",
        "en": "Quality gates: {met} of {total} met",
    },
    "gate_met": {"de": "erfüllt", "en": "met"},
    "gate_not_met": {"de": "nicht erfüllt", "en": "not met"},
    "gate_unclear": {"de": "unklar", "en": "unclear"},
}

ROLEPLAY: _T = {
    "rp_scenario": {"de": "Szenario", "en": "Scenario"},
    "rp_difficulty": {"de": "Schwierigkeit", "en": "Difficulty"},
    "difficulty_easy": {"de": "leicht", "en": "easy"},
    "difficulty_medium": {"de": "mittel", "en": "medium"},
    "difficulty_hard": {"de": "schwer", "en": "hard"},
    "rp_hints": {"de": "Tipps während des Gesprächs", "en": "Hints during the conversation"},
    "rp_hints_info": {
        "de": "Nach jeder Antwort ein kurzer Hinweis des Coaches",
        "en": "A short hint from the coach after each reply",
    },
    "rp_start": {"de": "Neues Gespräch starten", "en": "Start a new conversation"},
    "rp_chat": {"de": "Gespräch mit dem Kunden", "en": "Conversation with the buyer"},
    "rp_reply": {"de": "Ihre Antwort", "en": "Your reply"},
    "rp_reply_ph": {
        "de": "Was sagen Sie dem Kunden? (Enter sendet)",
        "en": "What do you say to the buyer? (Enter sends)",
    },
    "rp_send": {"de": "Senden", "en": "Send"},
    "rp_suggest": {"de": "Beispielantwort einfügen", "en": "Insert an example reply"},
    "rp_end": {"de": "Gespräch beenden & auswerten", "en": "End & score the conversation"},
    "rp_offer": {"de": "Angebot", "en": "Offer"},
    "rp_goals": {"de": "Ziele des Kunden", "en": "The customer's goals"},
    "rp_price": {"de": "Preis", "en": "Price"},
    "rp_term": {"de": "Laufzeit", "en": "Term"},
    "rp_business_case": {"de": "Business Case", "en": "Business case"},
    "rp_started": {
        "de": "Neues Gespräch gestartet – der Kunde hat seinen ersten Einwand genannt.",
        "en": "New conversation started – the buyer has raised the first objection.",
    },
    "rp_ended": {
        "de": "Gespräch beendet und im Verlauf gespeichert. Die Auswertung steht unten.",
        "en": "Conversation ended and stored in your history. The scorecard is below.",
    },
    "rp_no_session": {
        "de": "Es läuft noch kein Gespräch: Klicken Sie auf „Neues Gespräch starten“.",
        "en": "No conversation yet: click “Start a new conversation”.",
    },
    "rp_empty_reply": {
        "de": "Die Antwort ist leer: Schreiben Sie, was Sie dem Kunden sagen würden.",
        "en": "The reply is empty: write what you would say to the buyer.",
    },
    "rp_closed": {
        "de": "Dieses Gespräch ist beendet. Starten Sie ein neues Gespräch.",
        "en": "This conversation has ended. Start a new one.",
    },
    "rp_pick_scenario": {"de": "Bitte ein Szenario wählen.", "en": "Please pick a scenario."},
    "rp_detected": {"de": "Erkannt", "en": "Detected"},
    "rp_no_technique": {"de": "keine Technik erkannt", "en": "no technique detected"},
    "rp_buyer_ended": {
        "de": "Der Kunde hat das Gespräch beendet. Klicken Sie auf „Gespräch beenden & auswerten“.",
        "en": "The buyer has ended the conversation. Click “End & score the conversation”.",
    },
    "rp_decided": {
        "de": "Der Kunde hat entschieden: {outcome}. Vereinbaren Sie jetzt die nächsten Schritte – oder werten Sie aus.",
        "en": "The buyer has decided: {outcome}. Agree the next steps now – or end and score.",
    },
    "rp_buyer": {"de": "Kunde", "en": "Buyer"},
    "rp_you": {"de": "Sie", "en": "You"},
    "hint": {"de": "Tipp", "en": "Hint"},
    "review": {"de": "Feedback des Coaches", "en": "The coach's review"},
    "rp_history": {
        "de": "Mein Verlauf: frühere Gespräche und Entwicklung",
        "en": "My history: past sessions and progress",
    },
    "rp_sessions": {"de": "Frühere Gespräche", "en": "Past sessions"},
    "chart_title": {
        "de": "Punkte je Kriterium über die Gespräche",
        "en": "Score per criterion over the sessions",
    },
    "chart_x": {"de": "Gespräch (Nr. · Datum)", "en": "Session (no. · date)"},
    "chart_y": {"de": "Punkte (0–100)", "en": "Score (0–100)"},
    "col_when": {"de": "Datum", "en": "Date"},
    "col_scenario": {"de": "Szenario", "en": "Scenario"},
    "col_difficulty": {"de": "Stufe", "en": "Level"},
    "col_outcome": {"de": "Ergebnis", "en": "Outcome"},
    "col_total": {"de": "Punkte", "en": "Score"},
    "col_criterion": {"de": "Kriterium", "en": "Criterion"},
    "col_score": {"de": "Punkte", "en": "Score"},
    "col_evidence_tip": {
        "de": "Belege aus dem Gespräch · Tipp · Quelle",
        "en": "Evidence from the talk · tip · source",
    },
    "outcome_yes": {"de": "Zusage", "en": "Yes"},
    "outcome_yes_but": {"de": "Ja, aber …", "en": "Yes, but …"},
    "outcome_no": {"de": "Absage", "en": "No"},
    "outcome_open": {"de": "Offen", "en": "Open"},
    "crit_explored_root_cause": {"de": "Ursache erkundet", "en": "Explored the root cause"},
    "crit_no_premature_concession": {"de": "Kein vorschnelles Zugeständnis", "en": "No premature concession"},
    "crit_acknowledged_concern": {"de": "Einwand anerkannt", "en": "Acknowledged the concern"},
    "crit_linked_to_value": {"de": "Mit dem Wert verknüpft", "en": "Linked to value"},
    "crit_asked_for_decision": {"de": "Nach der Entscheidung gefragt", "en": "Asked for the decision"},
    "crit_agreed_next_steps": {"de": "Nächste Schritte vereinbart", "en": "Agreed next steps"},
    "tech_acknowledge": {"de": "Anerkennen", "en": "Acknowledge"},
    "tech_explore": {"de": "Offene Frage nach der Ursache", "en": "Open question about the cause"},
    "tech_value_link": {"de": "Bezug zu Zielen / Wert", "en": "Link to goals / value"},
    "tech_concession": {"de": "Zugeständnis", "en": "Concession"},
    "tech_defend": {"de": "Verteidigen / Widersprechen", "en": "Defend / contradict"},
    "tech_close": {"de": "Frage nach der Entscheidung", "en": "Ask for the decision"},
    "tech_next_step": {"de": "Nächster Schritt", "en": "Next step"},
}

KNOWLEDGE: _T = {
    "search_query": {"de": "Suche im Wissen", "en": "Search the knowledge"},
    "search_placeholder": {
        "de": "z. B. Bis wann muss das Protokoll beim Kunden sein?",
        "en": "e.g. When do the minutes have to reach the customer?",
    },
    "search_button": {"de": "Suchen", "en": "Search"},
    "search_empty": {
        "de": "Bitte einen Suchbegriff eingeben.",
        "en": "Please type what you are looking for.",
    },
    "no_hits": {"de": "Keine Treffer.", "en": "No hits."},
    "kb_lang": {"de": "Sprache der Treffer", "en": "Language of the hits"},
    "kb_lang_all": {"de": "Alle", "en": "All"},
    "playbooks_title": {"de": "Eigene Playbooks hinzufügen", "en": "Add your own playbooks"},
    "playbooks_intro": {
        "de": "Laden Sie Ihre eigenen Playbooks, Leitfäden oder Einwandlisten hoch (.md, .txt, .pdf, .docx, je "
        "max. 10 MB). Sie werden in Ihrem Datenordner gespeichert, indexiert und danach in der Suche zitiert.",
        "en": "Upload your own playbooks, guides or objection lists (.md, .txt, .pdf, .docx, up to 10 MB each). "
        "They are kept in your data folder, indexed, and cited in search from then on.",
    },
    "playbooks_upload": {"de": "Playbooks", "en": "Playbooks"},
    "playbooks_add": {
        "de": "↑ Playbooks hochladen & indexieren",
        "en": "↑ Upload & index playbooks",
    },
    "playbooks_added": {
        "de": "Hinzugefügt: {names}. Der Index hat jetzt {chunks} Abschnitte (in {seconds} s aktualisiert).",
        "en": "Added: {names}. The index now holds {chunks} chunks (updated in {seconds} s).",
    },
    "playbooks_none": {"de": "Noch keine eigenen Playbooks.", "en": "No playbooks of your own yet."},
    "playbooks_list": {"de": "Ihre Playbooks", "en": "Your playbooks"},
    "playbooks_delete_pick": {"de": "Playbooks zum Löschen", "en": "Playbooks to delete"},
    "playbooks_delete": {"de": "Löschen", "en": "Delete"},
    "playbooks_pick": {
        "de": "Bitte zuerst ein eigenes Playbook zum Löschen auswählen.",
        "en": "Please pick one of your playbooks to delete first.",
    },
    "playbooks_deleted": {
        "de": "Gelöscht und aus dem Index entfernt: {names}.",
        "en": "Deleted and removed from the index: {names}.",
    },
    "indexing": {"de": "Indexiere", "en": "Indexing"},
}

EVALS: _T = {
    "evals_intro": {
        "de": "Für Enablement-Leads: Prüfen Sie jede Engine gegen die Kriterien des Frameworks. Wählen Sie die "
        "Suites und das Gehirn, starten Sie den Lauf und öffnen Sie den Bericht.",
        "en": "For enablement leads: check every engine against the framework's criteria. Pick the suites and "
        "the brain, run them and open the report.",
    },
    "evals_suites": {"de": "Suites", "en": "Suites"},
    "evals_provider": {"de": "Gehirn im Test", "en": "Brain under test"},
    "evals_run": {"de": "Evals starten", "en": "Run evals"},
    "evals_download": {"de": "↓ Bericht (.html)", "en": "↓ Report (.html)"},
    "evals_report": {"de": "Bericht anzeigen", "en": "Show the report"},
    "evals_none": {"de": "Bitte mindestens eine Suite auswählen.", "en": "Please pick at least one suite."},
    "evals_running": {"de": "Fälle", "en": "Cases"},
    "evals_verdict": {
        "de": "{passed} von {total} Suites bestanden in {seconds} s",
        "en": "{passed} of {total} suites passed in {seconds} s",
    },
    "suite_qualify": {"de": "Qualifizierung (Gesprächsnotizen)", "en": "Qualification (call notes)"},
    "suite_minutes": {"de": "Protokolle", "en": "Minutes"},
    "suite_replies": {"de": "Antworten auf Einwände", "en": "Replies to objections"},
    "suite_roleplay": {"de": "Rollenspiel-Szenarien", "en": "Role-play scenarios"},
    "suite_retrieval": {"de": "Wissenssuche", "en": "Knowledge search"},
    "col_suite": {"de": "Suite", "en": "Suite"},
    "col_cases": {"de": "Fälle", "en": "Cases"},
    "col_metrics": {"de": "Kennzahlen (Schwelle)", "en": "Metrics (threshold)"},
    "col_time": {"de": "Zeit", "en": "Time"},
    "evals_file": {"de": "coach-eval-bericht.html", "en": "coach-eval-report.html"},
    "evals_details": {"de": "Technische Kennzahlen", "en": "Technical figures"},
    "evals_plain_qualify": {
        "de": "{n} von 100 Angaben in Gesprächsnotizen richtig eingeordnet (auf unseren {cases} Testnotizen).",
        "en": "{n} of 100 facts in call notes read right (on our {cases} test notes).",
    },
    "evals_plain_minutes": {
        "de": "Bei {n} von 100 Entscheidungsmeetings die Entscheidung richtig erkannt ({cases} Testmeetings).",
        "en": "The decision read right in {n} of 100 decision meetings ({cases} test meetings).",
    },
    "evals_plain_replies": {
        "de": "Bei {n} von 100 Antworten auf Einwände richtig erkannt, ob nach der Ursache gefragt wird "
        "({cases} Testantworten).",
        "en": "For {n} of 100 replies to objections, rightly told whether they explore the root cause "
        "({cases} test replies).",
    },
    "evals_plain_roleplay": {
        "de": "In {count} von {cases} Szenarien schneidet die gute Antwort besser ab als die schwache.",
        "en": "In {count} of {cases} scenarios the good rep scores higher than the weak one.",
    },
    "evals_plain_retrieval": {
        "de": "Bei {n} von 100 Fragen steht der richtige Abschnitt unter den ersten fünf Treffern "
        "({cases} Testfragen).",
        "en": "For {n} of 100 questions the right section is among the first five hits ({cases} test questions).",
    },
    "evals_plain_generic": {"de": "{suite}: {cases} Fälle geprüft.", "en": "{suite}: {cases} cases checked."},
    "evals_plain_holdout": {
        "de": "Auf dem Teil, an dem nicht abgestimmt wurde: {n}.",
        "en": "On the part we did not tune on: {n}.",
    },
    "evals_plain_blind": {"de": "Auf dem Blindtest: {n}.", "en": "On the blind test set: {n}."},
    "evals_plain_note": {
        "de": "„Von 100“ ist auf 100 umgerechnet. Die Testtexte wurden vor dem Messen geschrieben.",
        "en": "“Of 100” is scaled to 100. The test texts were written before measuring.",
    },
    "passed": {"de": "bestanden", "en": "passed"},
    "failed": {"de": "nicht bestanden", "en": "failed"},
}

SETTINGS: _T = {
    "set_brain_pick": {"de": "Gehirn für diese Sitzung", "en": "Brain for this session"},
    "set_brain_info": {
        "de": "Gilt nur in diesem Browserfenster. Endpunkt und Modell kommen aus der Konfiguration.",
        "en": "Applies to this browser window only. Endpoint and model come from the configuration.",
    },
    "set_provider": {"de": "Anbieter", "en": "Provider"},
    "set_model": {"de": "Modell", "en": "Model"},
    "set_leaves": {"de": "Text verlässt diesen Rechner", "en": "Text leaves this machine"},
    "set_endpoint": {"de": "Endpunkt", "en": "Endpoint"},
    "set_redact": {"de": "Schwärzung personenbezogener Daten", "en": "Personal data redacted"},
    "set_local_file": {"de": "Modelldatei", "en": "Model file"},
    "set_packaged": {"de": "mitgeliefertes Gemma 3 270M", "en": "packaged Gemma 3 270M"},
    "set_note": {"de": "Hinweis", "en": "Note"},
    "set_not_configured": {
        "de": "Nicht konfiguriert – es wird offline gearbeitet (siehe rechts).",
        "en": "Not configured – the coach works offline (see the right).",
    },
    "set_home": {"de": "Datenordner (COACH_HOME)", "en": "Data folder (COACH_HOME)"},
    "set_index": {"de": "Wissensindex", "en": "Knowledge index"},
    "set_index_missing": {"de": "fehlt – `coach index` ausführen", "en": "missing – run `coach index`"},
    "set_history": {"de": "Verlauf (SQLite)", "en": "History (SQLite)"},
    "set_playbooks": {"de": "Eigene Playbooks", "en": "Own playbooks"},
    "test_button": {"de": "Verbindung testen", "en": "Test the connection"},
    "test_offline": {
        "de": "Offline ist immer verfügbar: regelbasierte Engines auf Basis des Wissens, kein Sprachmodell.",
        "en": "Offline is always available: rule-based engines built on the knowledge, no language model.",
    },
    "test_running": {"de": "Frage den Endpunkt an …", "en": "Asking the endpoint …"},
    "test_prompt": {
        "de": "Nenne drei Vorteile eines Abschlussgesprächs.",
        "en": "Name three benefits of a decision meeting.",
    },
    "test_speed": {"de": "{rate} Teile/s auf diesem Rechner", "en": "{rate} tokens/s on this machine"},
    "test_smoke_note": {
        "de": "Das ist das mitgelieferte Smoke-Test-Modell: Es zeigt, dass die lokale Kette läuft, coacht aber "
        "nicht brauchbar. Für echtes Coaching `COACH_LOCAL_MODEL=/pfad/modell.gguf` setzen (z. B. ein "
        "Instruct-Modell mit 4–8 Mrd. Parametern) oder einen OpenAI-kompatiblen Endpunkt.",
        "en": "This is the packaged smoke-test model: it shows that the local chain works, but it does not "
        "coach usefully. For real coaching set `COACH_LOCAL_MODEL=/path/model.gguf` (e.g. an instruct model "
        "with 4–8 billion parameters) or an OpenAI-compatible endpoint.",
    },
    "set_user": {
        "de": "Angemeldet als <b>{name}</b>: Verlauf, Analysen, Playbooks und Deals sehen nur Sie.",
        "en": "Signed in as <b>{name}</b>: only you see your history, analyses, playbooks and deals.",
    },
    "set_single_user": {
        "de": "Einzelplatz-Modus: ohne Anmeldung, nur auf diesem Rechner (127.0.0.1). Alle, die diese Seite "
        "öffnen, teilen Verlauf und Playbooks. Für ein Team: <code>coach user add NAME</code>, dann <code>coach ui --auth</code>.",
        "en": "Single-user mode: no login, this machine only (127.0.0.1). Everyone who opens this page shares "
        "the history and playbooks. For a team: <code>coach user add NAME</code>, then <code>coach ui --auth</code>.",
    },
    "set_howto": {
        "de": "**Für ein echtes Sprachmodell** (vor `coach ui` setzen, dann neu starten):\n\n"
        "- **Ein Modell auf diesem Rechner** (Text bleibt hier): `COACH_LOCAL_MODEL=/pfad/modell.gguf` – eine "
        "GGUF-Datei eines Instruct-Modells (z. B. 4–8 Mrd. Parameter).\n"
        "- **Ein Server im Team oder bei einem Anbieter**: `OPENAI_BASE_URL` (z. B. Ollama "
        "`http://127.0.0.1:11434/v1`, vLLM, LM Studio) bzw. `OPENAI_API_KEY` für OpenAI, dazu `COACH_MODEL`.\n"
        "- **Fest einstellen**: `COACH_PROVIDER=offline|local|openai` (Standard: automatisch).\n\n"
        "Zur Auswahl stehen oben nur Gehirne, die hier antworten können. Gesprächsnotizen sind Kundendaten: "
        "Oben steht immer, ob Text diesen Rechner verlässt.",
        "en": "**For a real language model** (set before `coach ui`, then restart):\n\n"
        "- **A model on this machine** (text stays here): `COACH_LOCAL_MODEL=/path/model.gguf` – a GGUF file "
        "of an instruct model (e.g. 4–8 billion parameters).\n"
        "- **A server of your team or a provider**: `OPENAI_BASE_URL` (e.g. Ollama "
        "`http://127.0.0.1:11434/v1`, vLLM, LM Studio) or `OPENAI_API_KEY` for OpenAI, plus `COACH_MODEL`.\n"
        "- **To fix the choice**: `COACH_PROVIDER=offline|local|openai` (default: automatic).\n\n"
        "Only brains that can answer here are offered above. Call notes are customer data: the line at the "
        "top always says whether text leaves this machine.",
    },
}

# What `coach ui` prints in the terminal (the CLI's language: COACH_LANG, else the locale, else English)
SERVER: _T = {
    "server_auth_format": {
        "de": "--auth / COACH_AUTH muss die Form benutzer:passwort haben.",
        "en": "--auth / COACH_AUTH must look like user:password.",
    },
    "server_public_refused": {
        "de": "Auf {host} wird ohne Passwort nicht gestartet: die Kundennotizen stünden dem Netz offen. "
        "Geben Sie --auth benutzer:passwort an (oder setzen Sie COACH_AUTH).",
        "en": "Refusing to serve on {host} without a password: customer notes would be open to the network. "
        "Add --auth user:password (or set COACH_AUTH).",
    },
    "server_port_busy": {
        "de": "Auf {host}:{port} kann nicht gestartet werden: der Port ist belegt oder nicht erlaubt. "
        "Wählen Sie einen anderen mit --port.",
        "en": "Cannot serve on {host}:{port}: the port is in use or not allowed. Choose another with --port.",
    },
    "server_ready": {
        "de": "coach: bereit auf {url} — Gehirn: {brain}; {privacy}",
        "en": "coach: ready on {url} — brain: {brain}; {privacy}",
    },
}

# A big input's progress line (coach.web.engine_run): what runs, for how long so far, and the time it is given.
PROGRESS: _T = {
    "big_sentences": {
        "de": "Große Eingabe ({size} Zeichen): jeder neue Satz wird gelesen — {seconds} s, höchstens {budget} s.",
        "en": "Large input ({size} characters): every new sentence is read — {seconds} s, at most {budget} s.",
    },
    "big_minutes": {
        "de": "Großes Protokoll ({size} Zeichen): Teilnehmer, Entscheidung und Aufgaben werden gesucht — "
        "{seconds} s, höchstens {budget} s.",
        "en": "Large minutes ({size} characters): participants, decision and action items are being found — "
        "{seconds} s, at most {budget} s.",
    },
}

TEXTS: _T = {
    **APP,
    **PROGRESS,
    **ERRORS,
    **BRAIN,
    **NOTES,
    **MINUTES,
    **ROLEPLAY,
    **KNOWLEDGE,
    **EVALS,
    **SETTINGS,
    **SERVER,
}

from coach.web.texts_deals import DEALS  # noqa: E402 - the Deals tab's texts live in their own module

TEXTS.update(DEALS)

# the Deals tab's control to set a deal's stage by hand (what happened outside the tool)
DEALS_STAGE: _T = {
    "deals_kind_stage": {"de": "Phase von Hand", "en": "Stage set by hand"},
    "deals_set_stage": {"de": "Phase von Hand setzen", "en": "Set the stage by hand"},
    "deals_stage_pick": {"de": "Neue Phase", "en": "New stage"},
    "deals_stage_note": {"de": "Notiz (was geschah?)", "en": "Note (what happened?)"},
    "deals_stage_note_ph": {
        "de": "z. B. Vertrag per Post unterschrieben zurück",
        "en": "e.g. contract came back signed by post",
    },
    "deals_stage_date": {"de": "Datum (TT.MM.JJJJ, leer = heute)", "en": "Date (YYYY-MM-DD, empty = today)"},
    "deals_stage_button": {"de": "Phase setzen", "en": "Set stage"},
    "deals_stage_done": {
        "de": "Phase {stage} von Hand gesetzt ({date}). Die Qualitätstore bleiben, was die Protokolle belegen.",
        "en": "Stage {stage} set by hand ({date}). The quality gates stay what the minutes prove.",
    },
}
TEXTS.update(DEALS_STAGE)
