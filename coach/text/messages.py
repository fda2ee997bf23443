"""Messages of the text layer (reading input, speakers and sides), by id, in German and English."""

from __future__ import annotations

from coach.messages import define

define(
    {
        "text.not_text": {
            "de": "{name} ist kein Text (sieht nach einer Binärdatei aus): Fügen Sie die Notizen ein oder nutzen Sie "
            ".txt, .md, .docx, .pdf, .vtt, .srt oder .eml.",
            "en": "{name} is not text (it looks like a binary file): paste the notes or use .txt, .md, .docx, .pdf, "
            ".vtt, .srt or .eml.",
        },
        "text.too_large": {
            "de": "{name} ist größer als {mb} MB.",
            "en": "{name} is larger than {mb} MB.",
        },
        "text.unreadable_document": {
            "de": "{name} lässt sich nicht als {suffix} lesen ({error}). Ist die Datei beschädigt?",
            "en": "{name} cannot be read as {suffix} ({error}). Is the file damaged?",
        },
        "text.no_text_layer": {
            "de": "{name} enthält keinen Text (ein eingescanntes Bild?). Exportieren Sie sie mit Textebene oder fügen "
            "Sie den Text ein.",
            "en": "{name} contains no text (a scanned image?). Export it with a text layer or paste the text.",
        },
        "text.not_found": {"de": "Datei nicht gefunden: {name}", "en": "File not found: {name}"},
        "text.is_directory": {
            "de": "{name} ist ein Ordner; geben Sie eine Datei an oder '-' für stdin.",
            "en": "{name} is a directory; give a file or '-' for stdin.",
        },
        "text.cannot_read": {
            "de": "{name} lässt sich nicht lesen: {error}",
            "en": "Cannot read {name}: {error}",
        },
        "text.empty": {
            "de": "{name} ist leer: Es gibt nichts auszuwerten.",
            "en": "{name} is empty: there is nothing to analyse.",
        },
        "text.unknown_format": {
            "de": "Unbekanntes Eingabeformat {value}. Erlaubt: {allowed}.",
            "en": "Unknown input format {value}. Allowed: {allowed}.",
        },
        "text.no_speakers": {
            "de": "Keine Sprecher erkennbar: Der Text wurde als Notizen gelesen.",
            "en": "No speakers recognised: the text was read as notes.",
        },
        "text.transcript_in_notes": {
            "de": "Die Notizen enthalten einen kurzen Transkript-Abschnitt: Der ganze Text wurde als Notizen gelesen "
            "(nichts ausgelassen), die Sprecherseiten dieses Abschnitts wurden nicht bestimmt.",
            "en": "The notes contain a short transcript block: the whole text was read as notes (nothing left out), "
            "without telling the sides of that block's speakers.",
        },
        "text.sides_unknown": {
            "de": "Bei einigen Sprechern ist unklar, ob sie zum Verkauf oder zum Kunden gehören; ihre Aussagen zählen "
            "nicht als Verkäufer-Aussagen. Nennen Sie den Verkäufer: im Feld „Verkäufer“ der Web-App oder mit --seller NAME "
            "in der Kommandozeile.",
            "en": "For some speakers it is unclear whether they are the seller or the customer; their statements are "
            "not treated as the seller's. Name the seller: in the web app's seller field, or with --seller NAME on the "
            "command line.",
        },
        "text.sides_guessed": {
            "de": "Wer verkauft, wurde aus dem Gesprächsinhalt erschlossen (wer präsentiert, wer fragt). Prüfen Sie es; "
            "korrigieren lässt es sich im Feld „Verkäufer“ der Web-App oder mit --seller NAME in der Kommandozeile.",
            "en": "Who is selling was inferred from what is said (who pitches, who asks). Check it; correct it in the web "
            "app's seller field, or with --seller NAME on the command line.",
        },
        "text.seller_dropped": {
            "de": "Aussagen des Verkäufers ({speakers}) zählen nicht als Beleg für die Lage des Kunden.",
            "en": "The seller's statements ({speakers}) are not counted as evidence of the customer's situation.",
        },
        "text.date_year_assumed": {
            "de": "Das Meetingdatum hat keine Jahreszahl; {year} wurde angenommen.",
            "en": "The meeting date has no year; {year} was assumed.",
        },
        "text.quoted_replies": {
            "de": "Zitierte ältere Nachrichten wurden als eigene Nachrichten gelesen.",
            "en": "Quoted earlier messages were read as messages of their own.",
        },
        "text.ui_our_company": {
            "de": "Unsere Firma",
            "en": "Our company",
        },
        "text.ui_seller_names": {
            "de": "Verkäufer (Namen, durch Komma getrennt)",
            "en": "Seller (names, comma-separated)",
        },
    }
)
