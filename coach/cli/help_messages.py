"""The help texts of `coach --help` and every subcommand's `--help`, by id, in German and English.

Ids: ``help.<command>`` is the one line in the command list, ``help.<command>.description`` the lead text of the
command's own help, ``help.<command>.<option>`` an option's or argument's help. Option names, choices and metavars
stay as they are in every language; the texts avoid both "du" and "Sie" (short noun phrases and infinitives).
"""

from __future__ import annotations

from coach.messages import define, msg

define(
    {
        # coach
        "help.coach.description": {
            "de": "Coaching-Assistent für den B2B-Vertrieb: Einwand-Rollenspiel, Qualifizierung von "
            "Gesprächsnotizen, Entscheidungsprotokolle.",
            "en": "Coaching assistant for B2B sales: objection role-play, call-note qualification, decision minutes.",
        },
        "help.coach.version": {
            "de": "Versionsnummer anzeigen und beenden",
            "en": "show program's version number and exit",
        },
        "help.coach.lang": {
            "de": "Sprache der Hilfe und der Meldungen (Standard: COACH_LANG, sonst die Systemsprache)",
            "en": "language of help and messages (default: COACH_LANG, else the system locale)",
        },
        # the input flags of the analysing commands (coach/cli/text_args.py)
        "help.text.input_format": {
            "de": "Format der Eingabe (Standard: an der Datei erkannt)",
            "en": "how to read the input (default: detected from the file)",
        },
        "help.text.seller": {
            "de": "Person auf der Verkäuferseite (mehrfach möglich); korrigiert die erkannten Seiten",
            "en": "a speaker on the selling side (repeatable); corrects the detected sides",
        },
        "help.text.seller_company": {
            "de": "verkaufendes Unternehmen (Standard: COACH_COMPANY); seine Leute bilden die Verkäuferseite",
            "en": "the selling company (default COACH_COMPANY); its people are the seller's side",
        },
        # index, search
        "help.index": {
            "de": "Wissensindex aufbauen oder aktualisieren (knowledge/ und eigene Playbooks)",
            "en": "build or update the knowledge index (knowledge/ plus your playbooks)",
        },
        "help.index.paths": {
            "de": "weitere Dateien oder Ordner: .md, .txt, .pdf, .docx",
            "en": "extra files or folders: .md, .txt, .pdf, .docx",
        },
        "help.index.rebuild": {
            "de": "Index verwerfen und komplett neu aufbauen",
            "en": "drop the index and build it from scratch",
        },
        "help.index.json": {"de": "Bericht als JSON ausgeben", "en": "print the report as JSON"},
        "help.search": {
            "de": "Wissensbasis durchsuchen (Deutsch oder Englisch)",
            "en": "search the knowledge (German or English)",
        },
        "help.search.query": {"de": "Suchbegriffe", "en": "what to look for"},
        "help.search.k": {"de": "Anzahl der Treffer (Standard: 5)", "en": "number of hits (default 5)"},
        "help.search.lang": {"de": "nur Treffer in dieser Sprache", "en": "only hits in this language"},
        "help.search.json": {"de": "Treffer als JSON-Liste ausgeben", "en": "print a JSON list of hits"},
        # qualify
        "help.qualify": {
            "de": "Gesprächsnotizen bewerten (GPCTBA/C&I) und nächste Fragen vorschlagen",
            "en": "assess call notes (GPCTBA/C&I) and suggest the next questions",
        },
        "help.qualify.description": {
            "de": "Bewertung von Notizen aus Discovery-Gesprächen je Qualifizierungsdimension, "
            "mit Vorschlägen für die nächsten Fragen.",
            "en": "Assess discovery-call notes per qualification dimension and suggest the next questions.",
        },
        "help.qualify.file": {
            "de": "Notizen, Transkript oder E-Mail (.txt, .md, .docx, .pdf, .vtt, .srt, .eml) oder - für stdin",
            "en": "notes, transcript or e-mail (.txt, .md, .docx, .pdf, .vtt, .srt, .eml) or - for stdin",
        },
        "help.qualify.json": {
            "de": "Ergebnis als ein JSON-Objekt ausgeben",
            "en": "print the result as one JSON object",
        },
        "help.qualify.lang": {
            "de": "Sprache des Ergebnisses (Standard: COACH_LANG, sonst die Sprache der Notizen)",
            "en": "language of the result (default: COACH_LANG, else the notes' language)",
        },
        "help.qualify.provider": {
            "de": "Anbieter für die Auswertung (Standard: COACH_PROVIDER)",
            "en": "which brain to use (default COACH_PROVIDER)",
        },
        # minutes
        "help.minutes": {
            "de": "Protokoll eines Entscheidungsmeetings aus Notizen entwerfen (Entscheidung, Aufgaben, "
            "Qualitätstore)",
            "en": "draft minutes of a decision meeting from notes (decision, action items, quality gates)",
        },
        "help.minutes.description": {
            "de": "Protokollentwurf eines Entscheidungsmeetings aus Rohnotizen: Teilnehmende, Entscheidung, "
            "Aufgaben mit Fälligkeit und die drei Qualitätstore mit zitierten Belegen. Ausgabe als Markdown, "
            "sofern nicht anders gewählt.",
            "en": "Draft minutes of a decision meeting from raw notes: participants, decision, action items "
            "with due dates, and the three quality gates with quoted evidence. Prints Markdown unless told "
            "otherwise.",
        },
        "help.minutes.file": {
            "de": "Notizen oder Transkript (.txt, .md, .docx, .pdf, .vtt, .srt, .eml) oder - für stdin",
            "en": "the notes or a transcript (.txt, .md, .docx, .pdf, .vtt, .srt, .eml) or - to read stdin",
        },
        "help.minutes.json": {
            "de": "Ergebnis als ein JSON-Objekt ausgeben",
            "en": "print the result as one JSON object",
        },
        "help.minutes.format": {
            "de": "md (Standard), docx (Word) oder eml (E-Mail-Entwurf)",
            "en": "md (default), docx (Word) or eml (e-mail draft)",
        },
        "help.minutes.output": {
            "de": "Protokoll in diese Datei schreiben",
            "en": "write the minutes to this file",
        },
        "help.minutes.internal": {
            "de": "mit internem Teil (Qualitätstore, Nachbesprechung, Coaching-Hinweise): Standard bei md; "
            "bei docx die interne Fassung; nicht mit eml",
            "en": "include the internal section (quality gates, debrief, coaching notes): "
            "the default for md; with docx it writes the internal copy; not with eml",
        },
        "help.minutes.customer": {
            "de": "nur der Teil für den Kunden (Teilnehmende, Angebot, Entscheidung, Bedingungen, Aufgaben, "
            "nächster Termin): Standard bei docx und eml",
            "en": "only what goes to the customer (participants, offer, decision, conditions, action items, "
            "next meeting): the default for docx and eml",
        },
        "help.minutes.lang": {
            "de": "Sprache des Protokolls (Standard: die der Notizen)",
            "en": "language of the minutes (default: that of the notes)",
        },
        "help.minutes.provider": {
            "de": "Anbieter für den Fließtext (Standard: auto)",
            "en": "who writes the prose (default: auto)",
        },
        # eval
        "help.eval": {
            "de": "alle Module an den Kriterien des Frameworks prüfen (Exit-Code 1 unter dem Schwellenwert)",
            "en": "check every engine against the framework's criteria (exit 1 below threshold)",
        },
        "help.eval.suite": {
            "de": "auszuführende Suite (mehrfach möglich; Standard: alle)",
            "en": "suite to run (repeatable; default all)",
        },
        "help.eval.provider": {
            "de": "zu prüfender Anbieter (Standard: offline)",
            "en": "brain under test (default offline)",
        },
        "help.eval.dataset": {
            "de": "andere Datensatzdatei für die (einzelne) Suite",
            "en": "another dataset file for the (single) suite",
        },
        "help.eval.json": {"de": "Ergebnis als JSON ausgeben", "en": "print the result as JSON"},
        "help.eval.report": {
            "de": "Bericht schreiben: DATEI.html (eigenständig) oder DATEI.md",
            "en": "write a report: FILE.html (self-contained) or FILE.md",
        },
        "help.eval.baseline": {
            "de": "früheres --json-Ergebnis: Fälle mit geändertem Ausgang auflisten",
            "en": "an earlier --json result: list the cases that flipped",
        },
        "help.eval.judge": {
            "de": "Fließtexte zusätzlich vom konfigurierten LLM als Prüfer bewerten lassen",
            "en": "also score prose outputs with the configured LLM as judge",
        },
        "help.eval.quiet": {
            "de": "nur das Gesamturteil in einer Zeile ausgeben",
            "en": "print only the one-line verdict",
        },
        # doctor
        "help.doctor": {
            "de": "Konfiguration prüfen: Index, Embeddings, Sprachmodell-Anbieter",
            "en": "check the configuration: index, embeddings, language-model providers",
        },
        "help.doctor.json": {"de": "Bericht als JSON ausgeben", "en": "print the report as JSON"},
        "help.doctor.provider": {"de": "diesen Anbieter prüfen", "en": "check this provider"},
        "help.doctor.local": {
            "de": "lokales Modell laden und Tokens/s messen (Standard: nur wenn local aktiv ist)",
            "en": "load the local model and measure tokens/s (default: only when local is active)",
        },
        # ui
        "help.ui": {
            "de": "Web-App starten (http://127.0.0.1:7860)",
            "en": "start the web app (http://127.0.0.1:7860)",
        },
        "help.ui.host": {
            "de": "Adresse, auf der die App erreichbar ist (Standard: 127.0.0.1, nur dieser Rechner)",
            "en": "address to listen on (default 127.0.0.1, this machine only)",
        },
        "help.ui.port": {"de": "Port (Standard: 7860)", "en": "port (default 7860)"},
        "help.ui.auth": {
            "de": "Anmeldung verlangen: ohne Wert mit den Konten der Benutzerdatei (COACH_USERS_FILE, "
            "`coach user add`), sonst mit einem benutzer:passwort (oder COACH_AUTH); nötig für einen "
            "öffentlichen --host",
            "en": "require a login: alone, the accounts of the users file (COACH_USERS_FILE, `coach user add`); "
            "or one user:password (or COACH_AUTH); needed for a public --host",
        },
        "help.ui.provider": {"de": "verwendeter Anbieter", "en": "which brain to use"},
        "help.ui.lang": {
            "de": "Sprache der Oberfläche (Standard: COACH_LANG oder de)",
            "en": "interface language (default COACH_LANG or de)",
        },
        "help.ui.open": {
            "de": "App im Standardbrowser öffnen",
            "en": "open the app in the default web browser",
        },
        # deal
        "help.deal": {
            "de": "Deal bis Meilenstein 6 begleiten: Notizen, Protokolle, zusammengeführte Qualifizierung, "
            "Qualitätstore, CRM-Export",
            "en": "follow a deal through milestone 6: notes, minutes, merged qualification, gates, CRM export",
        },
        "help.deal.description": {
            "de": "Ein Deal sammelt datierte Gesprächsnotizen und Protokolle; `show` führt die Qualifizierung "
            "über alle Notizen zusammen, prüft die drei Qualitätstore über den ganzen Verlauf des Deals und "
            "nennt die Phase.",
            "en": "A deal holds dated call notes and minutes; `show` merges the qualification over all notes, "
            "checks the three quality gates over the deal's life and names the stage.",
        },
        "help.deal.json": {"de": "ein JSON-Objekt ausgeben", "en": "print one JSON object"},
        "help.deal.lang": {
            "de": "Sprache der Beschriftungen und Meldungen",
            "en": "language of labels and messages",
        },
        "help.deal.user": {
            "de": "wessen Deals (bei gemeinsamer Datenbank; Standard: lokal)",
            "en": "whose deals (a shared database; default: local)",
        },
        "help.deal.new": {"de": "Deal anlegen und seine ID ausgeben", "en": "create a deal and print its id"},
        "help.deal.new.description": {
            "de": "Legt einen Deal an; gibt seine ID aus.",
            "en": "Create a deal; prints its id.",
        },
        "help.deal.customer": {"de": "Organisation des Kunden", "en": "the customer organisation"},
        "help.deal.offer": {
            "de": "unser Angebot in wenigen einfachen Worten",
            "en": "our offer in a few plain words",
        },
        "help.deal.add": {
            "de": "Gesprächsnotizen oder Protokoll hinzufügen (analysiert und datiert)",
            "en": "add call notes or minutes (analysed and dated)",
        },
        "help.deal.add.description": {
            "de": "Fügt datierte Notizen oder ein Protokoll hinzu.",
            "en": "Add dated notes or minutes.",
        },
        "help.deal.add.file": {
            "de": "Notizen (.txt, .md, .docx, .pdf) oder - für stdin",
            "en": "notes (.txt, .md, .docx, .pdf) or - for stdin",
        },
        "help.deal.add.date": {
            "de": "Datum des Gesprächs (Standard: aus den Notizen, sonst heute)",
            "en": "date of the conversation (default: from the notes, else today)",
        },
        "help.deal.add.kind": {
            "de": "Gesprächsnotizen (Standard) oder Protokoll",
            "en": "call notes (default) or minutes",
        },
        "help.deal.add.provider": {"de": "Anbieter für die Analyse", "en": "which brain analyses"},
        "help.deal.show": {
            "de": "Deal anzeigen: Einträge, zusammengeführte Qualifizierung, Qualitätstore, Phase",
            "en": "show a deal: items, merged qualification, gates, stage",
        },
        "help.deal.list": {"de": "eigene Deals auflisten", "en": "list your deals"},
        "help.deal.set": {
            "de": "Kunde oder Angebot eines Deals festlegen",
            "en": "set the customer or the offer of a deal",
        },
        "help.deal.sent": {
            "de": "neuestes Protokoll als an den Kunden gesendet markieren",
            "en": "mark the newest minutes as sent to the customer",
        },
        "help.deal.export": {
            "de": "Deal für einen CRM-Import exportieren (JSON oder CSV)",
            "en": "export a deal for a CRM import (JSON or CSV)",
        },
        "help.deal.export.description": {
            "de": "Ein Datensatz mit Spaltennamen passend für HubSpot/Salesforce; die Zuordnung steht im README.",
            "en": "One record with HubSpot/Salesforce-ready column names; the mapping is in the README.",
        },
        "help.deal.export.format": {"de": "Format des Exports", "en": "format of the export"},
        "help.deal.export.output": {
            "de": "in diese Datei statt auf stdout schreiben",
            "en": "write to this file instead of stdout",
        },
        # prepare
        "help.prepare": {
            "de": "Entscheidungsmeeting vorbereiten: Checkliste, One-Pager, Einladung (.eml/.ics), "
            "zu erwartende Einwände",
            "en": "prepare the decision meeting: checklist, one-pager, invitation (.eml/.ics), likely objections",
        },
        "help.prepare.description": {
            "de": "Vorbereitung des Entscheidungsmeetings aus Gesprächsnotizen (Datei, stdin oder die Einträge "
            "eines Deals): was vorab zu prüfen ist, die vier Kernelemente des Angebots als One-Pager, eine "
            "Einladung an das Buying Center und die zu erwartenden Einwände. Was die Notizen nicht hergeben, "
            "wird als fehlend markiert.",
            "en": "Prepare the decision meeting from call notes (a file, stdin, or a deal's items): what to "
            "check first, the offer's four core elements as a one-pager, an invitation to the buying centre and "
            "the objections to expect. Facts the notes do not give are marked missing.",
        },
        "help.prepare.file": {
            "de": "Gesprächsnotizen (.txt, .md, .docx, .pdf) oder - für stdin",
            "en": "call notes (.txt, .md, .docx, .pdf) or - for stdin",
        },
        "help.prepare.deal": {
            "de": "Vorbereitung aus den Notizen und Protokollen eines Deals statt aus einer Datei",
            "en": "prepare from a deal's notes and minutes instead of a file",
        },
        "help.prepare.meeting_date": {
            "de": "Datum (und Uhrzeit) des Entscheidungsmeetings",
            "en": "date (and time) of the decision meeting",
        },
        "help.prepare.offer": {
            "de": "unser Angebot in einfachen Worten (bei einer Datei; ein Deal hat sein eigenes)",
            "en": "our offer in plain words (for a file; a deal has its own)",
        },
        "help.prepare.customer": {
            "de": "Organisation des Kunden (bei einer Datei)",
            "en": "the customer organisation (for a file)",
        },
        "help.prepare.json": {
            "de": "Vorbereitung als ein JSON-Objekt ausgeben",
            "en": "print the preparation as one JSON object",
        },
        "help.prepare.format": {
            "de": "md (Standard), docx (One-Pager), eml oder ics (Einladung)",
            "en": "md (default), docx (one-pager), eml or ics (invitation)",
        },
        "help.prepare.output": {"de": "in diese Datei schreiben", "en": "write to this file"},
        "help.prepare.sender": {
            "de": "eigene E-Mail-Adresse (From / ORGANIZER; Standard: COACH_SENDER)",
            "en": "your e-mail address (From / ORGANIZER; default COACH_SENDER)",
        },
        "help.prepare.timezone": {
            "de": "Zeitzone von --meeting-date in der .ics (IANA-Name; Standard: COACH_TIMEZONE, "
            "sonst Europe/Berlin)",
            "en": "time zone of --meeting-date in the .ics (IANA name; default COACH_TIMEZONE, else Europe/Berlin)",
        },
        "help.prepare.no_save": {
            "de": "mit --deal: Vorbereitung nicht im Deal speichern",
            "en": "with --deal: do not store the preparation in the deal",
        },
        "help.prepare.lang": {
            "de": "Sprache (Standard: die der Notizen)",
            "en": "language (default: that of the notes)",
        },
        "help.prepare.user": {
            "de": "wessen Deal (bei gemeinsamer Datenbank; Standard: lokal)",
            "en": "whose deal (a shared database; default: local)",
        },
        "help.prepare.provider": {
            "de": "Anbieter für die Qualifizierung der Datei",
            "en": "which brain qualifies the file",
        },
        # check-reply, roleplay, history
        "help.check_reply": {
            "de": "Antwort auf einen Einwand einordnen und eine bessere vorschlagen",
            "en": "classify a reply to an objection and suggest a better one",
        },
        "help.check_reply.objection": {"de": "Einwand des Kunden", "en": "the buyer's objection"},
        "help.check_reply.reply": {"de": "Antwort des Verkäufers", "en": "the rep's reply"},
        "help.check_reply.type": {
            "de": "Einwandtyp (Standard: am Wortlaut erkannt)",
            "en": "objection type (default: detected from the wording)",
        },
        "help.check_reply.lang": {
            "de": "Sprache des Feedbacks (Standard: die der Antwort)",
            "en": "language of the feedback (default: that of the reply)",
        },
        "help.check_reply.provider": {
            "de": "Anbieter, der das Feedback formuliert (Standard: COACH_PROVIDER)",
            "en": "which brain words the feedback (default COACH_PROVIDER)",
        },
        "help.check_reply.json": {"de": "Ergebnis als JSON ausgeben", "en": "print the result as JSON"},
        "help.roleplay": {
            "de": "Einwandbehandlung mit einem KI-Kunden üben",
            "en": "practise objection handling with an AI buyer",
        },
        "help.roleplay.list": {"de": "Szenarien auflisten", "en": "list the scenarios"},
        "help.roleplay.scenario": {
            "de": "ID des Szenarios (siehe --list; auch eigene unter COACH_HOME/scenarios/)",
            "en": "scenario id (see --list; your own ones under COACH_HOME/scenarios/ too)",
        },
        "help.roleplay.scenario_file": {
            "de": "eigenes Szenario aus einer YAML-Datei spielen",
            "en": "play your own scenario from a YAML file",
        },
        "help.roleplay.template": {
            "de": "Vorlage für ein eigenes Szenario ausgeben (siehe --lang)",
            "en": "print a scenario template to start your own (see --lang)",
        },
        "help.roleplay.from_notes": {
            "de": "Szenario aus eigenen Gesprächsnotizen erstellen ('-' für stdin), speichern und spielen",
            "en": "build a scenario from your call notes ('-' for stdin), save it and play it",
        },
        "help.roleplay.lang": {
            "de": "Sprache der Vorlage oder des Szenarios aus Notizen",
            "en": "language of the template or of the notes scenario",
        },
        "help.roleplay.difficulty": {
            "de": "Schwierigkeit des Szenarios überschreiben",
            "en": "override the scenario's difficulty",
        },
        "help.roleplay.hints": {
            "de": "nach jeder eigenen Antwort einen Live-Tipp zeigen",
            "en": "show a live hint after each of your replies",
        },
        "help.roleplay.script": {
            "de": "Sätze des Verkäufers aus einer Datei spielen (einer pro Zeile, '-' für stdin)",
            "en": "play the rep's lines from a file (one per line, '-' for stdin)",
        },
        "help.roleplay.seed": {
            "de": "Formulierungen des Kunden variieren (gleicher Seed, gleiches Gespräch)",
            "en": "vary the buyer's wording (same seed, same conversation)",
        },
        "help.roleplay.no_save": {
            "de": "Sitzung nicht im Verlauf speichern",
            "en": "do not store the session in the history",
        },
        "help.roleplay.provider": {
            "de": "Anbieter, der den Kunden spricht (Standard: COACH_PROVIDER)",
            "en": "which brain voices the buyer (default COACH_PROVIDER)",
        },
        "help.roleplay.json": {
            "de": "JSON ausgeben (die Liste oder die Sitzung mit Scorecard)",
            "en": "print JSON (the list, or the session with its scorecard)",
        },
        "help.history": {
            "de": "bisherige Rollenspiele und Verlauf je Kriterium",
            "en": "past role-play sessions and the trend per criterion",
        },
        "help.history.limit": {
            "de": "nur die neuesten N Sitzungen zeigen",
            "en": "show only the newest N sessions",
        },
        "help.history.purge": {
            "de": "alle gespeicherten Sitzungen löschen (mit Rückfrage)",
            "en": "delete all stored sessions (asks first)",
        },
        "help.history.yes": {"de": "mit --purge: ohne Rückfrage", "en": "with --purge: do not ask"},
        "help.history.json": {"de": "JSON ausgeben", "en": "print JSON"},
        # user
        "help.user": {
            "de": "Konten der Web-App verwalten (COACH_USERS_FILE)",
            "en": "manage the accounts of the web app (COACH_USERS_FILE)",
        },
        "help.user.add": {
            "de": "Benutzer hinzufügen (Passwort wird zweimal verdeckt abgefragt)",
            "en": "add a user (asks for the password twice, without echo)",
        },
        "help.user.name": {
            "de": "Benutzername: Buchstaben, Ziffern, '.', '_', '-', '@'",
            "en": "user name: letters, digits, '.', '_', '-', '@'",
        },
        "help.user.add.password_stdin": {
            "de": "Passwort von stdin lesen (eine Zeile)",
            "en": "read the password from stdin (one line)",
        },
        "help.user.add.replace": {
            "de": "neues Passwort für einen bestehenden Benutzer setzen",
            "en": "set a new password for an existing user",
        },
        "help.user.lang": {"de": "Sprache der Meldungen", "en": "language of messages"},
        "help.user.list": {"de": "Benutzernamen auflisten", "en": "list the user names"},
        "help.user.list.json": {"de": "JSON-Liste ausgeben", "en": "print a JSON list"},
        "help.user.remove.name": {"de": "Name des zu entfernenden Benutzers", "en": "the user to remove"},
        "help.user.remove": {
            "de": "Benutzer entfernen (Daten bleiben bis zum Löschen erhalten)",
            "en": "remove a user (their data stays until purged)",
        },
    }
)


def help_msg(mid: str, lang: str) -> str:
    """Return help text mid in lang (the texts hold no '%': argparse formats help strings with it)."""
    return msg(mid, lang)
