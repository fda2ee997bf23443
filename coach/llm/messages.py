"""The language-model layer's messages: why a provider is not used, why a call fell back to offline."""

from coach.messages import define

define(
    {
        "llm.openai_unconfigured": {
            "de": "OpenAI ist gewählt, aber weder OPENAI_API_KEY noch OPENAI_BASE_URL ist gesetzt: es läuft offline.",
            "en": "OpenAI is selected but neither OPENAI_API_KEY nor OPENAI_BASE_URL is set: using offline.",
        },
        "llm.local_extra_missing": {
            "de": "Das lokale Modell braucht das Extra „local“ (xllamacpp): es läuft offline.",
            "en": "The local provider needs the 'local' extra (xllamacpp): using offline.",
        },
        "llm.local_failed": {
            "de": "Das lokale Modell ließ sich nicht starten ({error}): es läuft offline.",
            "en": "The local model could not be started ({error}): using offline.",
        },
        "llm.offline_result": {
            "de": "{reason} – angezeigt wird das Offline-Ergebnis.",
            "en": "{reason}; showing the offline result.",
        },
        "llm.format_twice": {
            "de": "Die Antwort des Modells passte zweimal nicht zum erwarteten Format – angezeigt wird das "
            "Offline-Ergebnis.",
            "en": "the model's answer did not match the expected format twice; showing the offline result.",
        },
        "llm.reason.http": {
            "de": "Der Modell-Endpunkt antwortete mit HTTP {status}",
            "en": "the model endpoint answered HTTP {status}",
        },
        "llm.reason.timeout": {
            "de": "Der Modell-Endpunkt hat nicht rechtzeitig geantwortet",
            "en": "the model endpoint did not answer in time",
        },
        "llm.reason.unreachable": {
            "de": "Der Modell-Endpunkt ist nicht erreichbar",
            "en": "the model endpoint cannot be reached",
        },
        "llm.reason.format": {
            "de": "Die Antwort des Modells passte nicht zum erwarteten Format",
            "en": "the model's answer did not match the expected format",
        },
        "llm.reason.failed": {
            "de": "Der Modellaufruf ist fehlgeschlagen ({name})",
            "en": "the model call failed ({name})",
        },
        "llm.sent_to": {
            "de": "Die Notizen wurden an {label} geschickt.",
            "en": "The notes were sent to {label}.",
        },
        "llm.sent_to_redacted": {
            "de": "Die Notizen wurden an {label} geschickt (personenbezogene Daten geschwärzt).",
            "en": "The notes were sent to {label} (personal data redacted).",
        },
    }
)
