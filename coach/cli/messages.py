"""The CLI's own messages by id (German and English); the commands print them in the user's language."""

from __future__ import annotations

from coach.messages import define

define(
    {
        "cli.provider_missing": {
            "de": "Das Modul für „{provider}“ ist nicht installiert ({module}); es wird offline gearbeitet.",
            "en": "The {provider} provider is not available ({module}); using offline.",
        },
        "cli.search.k": {"de": "-k muss mindestens 1 sein", "en": "-k must be at least 1"},
        "cli.search.none": {"de": "Keine Treffer.", "en": "No hits."},
        "cli.index.progress": {"de": "Indexieren", "en": "Indexing"},
        "cli.rp.objection_empty": {
            "de": "Der Einwand ist leer: geben Sie den Einwand des Kunden mit --objection an.",
            "en": "The objection is empty: give the buyer's objection with --objection.",
        },
        "cli.rp.reply_empty": {
            "de": "Die Antwort ist leer: geben Sie Ihre Antwort mit --reply an.",
            "en": "The reply is empty: give the rep's answer with --reply.",
        },
        "cli.rp.script_empty": {
            "de": "Das Skript {source} hat keine Zeilen: schreiben Sie eine Antwort pro Zeile.",
            "en": "The script {source} has no lines: write one rep line per line.",
        },
        "cli.rp.choose_one": {
            "de": "Wählen Sie nur eine Option: {options}.",
            "en": "Choose one of {options}.",
        },
        "cli.rp.stdin_twice": {
            "de": "--from-notes - und --script - können nicht beide von stdin lesen.",
            "en": "--from-notes - and --script - cannot both read stdin.",
        },
        "cli.rp.lines_left": {
            "de": "Der Kunde hat das Gespräch beendet; {n} Zeile(n) des Skripts wurden nicht gespielt.",
            "en": "The buyer ended the conversation; {n} script line(s) were not played.",
        },
        "cli.rp.saved": {
            "de": "Szenario gespeichert: {path}  (erneut spielen: coach roleplay --scenario {id})",
            "en": "Scenario saved: {path}  (replay: coach roleplay --scenario {id})",
        },
        "cli.minutes_table": {
            "de": "{name} ist eine Tabelle, keine Besprechungsnotizen: geben Sie die Notizen des Meetings an "
            "(Text, Word, PDF, Transkript oder E-Mail).",
            "en": "{name} is a table, not meeting notes: give the notes of the meeting "
            "(text, Word, PDF, a transcript or an e-mail).",
        },
        "cli.output_folder_missing": {
            "de": "Der Ordner {folder} existiert nicht: legen Sie ihn an oder wählen Sie einen anderen Pfad als {path}.",
            "en": "The folder {folder} does not exist: create it or choose another path than {path}.",
        },
        "cli.output_is_folder": {
            "de": "{path} ist ein Ordner: geben Sie einen Dateinamen an.",
            "en": "{path} is a folder: give a file name.",
        },
        "cli.report_suffix": {
            "de": "--report braucht einen Dateinamen auf .html oder .md.",
            "en": "--report must end in .html or .md.",
        },
        "cli.cannot_write": {
            "de": "{path} lässt sich nicht schreiben: {error}",
            "en": "Cannot write {path}: {error}",
        },
        "cli.wrote": {
            "de": "{path} geschrieben ({fmt}, {size} Bytes)",
            "en": "wrote {path} ({fmt}, {size} bytes)",
        },
        "cli.interrupted": {"de": "abgebrochen", "en": "interrupted"},
        "seller_unknown": {
            "de": "Kein Sprecher namens „{name}“ gefunden – die Seiten wurden automatisch erkannt.",
            "en": "No speaker named “{name}” – sides detected automatically.",
        },
    }
)
