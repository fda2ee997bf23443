"""Example inputs for every tab: realistic German and English notes, so one click shows what the coach does.

All companies, people and addresses are invented; e-mail domains are example.com / example.de.
"""

from __future__ import annotations

CALL_NOTES: list[tuple[str, str]] = [
    (
        "DE · Discovery-Call Lebensmittelhersteller",
        """Discovery-Call Feinkost Wagner GmbH, 18.11.2026
Teilnehmer: Claudia Wagner (Geschäftsführerin), Ralf Simon (Leiter Qualitätssicherung)
- Ziel: Reklamationsquote von 1,8 % auf unter 0,8 % senken, bis Ende Q3 2027
- Plan: zuerst Linie 2 (Feinkostsalate) digital überwachen, danach Linien 1 und 3; QS-Team wird im Januar geschult
- Problem: Temperaturprotokolle werden von Hand geführt, Abweichungen fallen erst beim Kunden auf
- Zeitplan: Pilot Linie 2 ab 01.02.2027, alle Linien bis 30.06.2027
- Budget: noch nicht besprochen
- Entscheidung: Frau Wagner entscheidet, will aber den Beirat einbinden
- Wenn sich nichts ändert: Handelskette Nordmarkt droht mit Auslistung nach der dritten Reklamation
- Hinweis: Herr Simon hat schon zwei andere Anbieter angeschaut und findet die Angebote schwer vergleichbar
""",
    ),
    (
        "DE · Erstgespräch Stadtwerke (knapp)",
        """Telefonat Stadtwerke Talheim, Hr. Kurz (Vertrieb Privatkunden), 25.11.
- wollen "irgendwas mit Digitalisierung" im Kundenservice
- Callcenter überlastet, Wartezeiten im Winter bis 20 Min
- Preis gefragt -> Lizenzpreis genannt, fand er "sportlich"
- wer entscheidet? "das macht dann die Geschäftsführung"
- Rückruf Do 14 Uhr, Referenzliste schicken
""",
    ),
    (
        "EN · Discovery call, software company",
        """Discovery call with Hannah Brooks (VP Customer Success) and Leo Park (RevOps), Brightline Analytics, 19 Nov 2026

Hannah wants to cut logo churn from 14% to 9% by the end of FY2027 - it is on the board scorecard. Their plan is to roll out health scores to all CSMs in Q1 and to add playbooks for at-risk accounts in Q2. Today the CSMs track renewals in spreadsheets; three of the last five churned accounts showed warning signs nobody saw. Go-live for the health scores is planned for 1 March 2027.
Budget: Hannah has USD 120k approved for CS tooling this fiscal year. The CFO, Marcus Lee, signs anything above USD 50k.
If churn stays at 14%, the Series C plan is at risk. If they reach 9%, Hannah gets headcount for a second CS team.
""",
    ),
    (
        "EN · First call, manufacturing (thin)",
        """Quick intro call, Dunmore Plastics - Greg Hollis (maintenance lead)
- unplanned downtime "a real pain", no numbers yet
- asked about our price, sent the list price sheet
- not sure who signs off, maybe the plant manager
- follow-up next Tuesday 10am
""",
    ),
]

MEETING_NOTES: list[tuple[str, str]] = [
    (
        "DE · Entscheidung: Ja, aber …",
        """Entscheidungsmeeting Wartungsportal – Kessler Fördertechnik AG
Datum: 17.11.2026, 14:00–15:30, vor Ort in Ulm
Teilnehmer Kunde: Dr. Ines Kessler (Vorstand Technik), Paul Brandl (Leiter Instandhaltung), Miriam Ott (Einkauf, miriam.ott@kessler-foerdertechnik.example.de)
Teilnehmer wir: Jan Hofmann (Account Executive), Selin Aydin (Solution Architect)

- Rückblick auf Discovery, Werksbegehung und Pilot in Halle 3 durchgegangen; Dr. Kessler bestätigt, dass alle Ergebnisse bekannt und verstanden sind
- Angebot vorgestellt: 3 Werke, 48 Monate Laufzeit, Einführung in 2 Phasen
- Einwand Brandl: zu teuer -> nachgefragt, eigentlicher Punkt: Schulungsaufwand für 40 Techniker im laufenden Betrieb. Selin bietet Schulungen in Randzeiten an.
- Entscheidung: Ja, aber nur wenn die SAP-PM-Schnittstelle bis zum Go-Live abgenommen ist.
- Frau Ott schickt die Bestellung nach Freigabe der Schnittstelle; Vertrag noch nicht unterschrieben.

ToDos
- Testplan SAP-Schnittstelle an Brandl schicken – Selin Aydin – bis Freitag
- Vertragsentwurf mit Schnittstellenklausel – Jan Hofmann – 24.11.2026
- Protokoll an alle Teilnehmenden des Kunden – Jan Hofmann – morgen
""",
    ),
    (
        "DE · Entscheidung: Zusage, alles unterschrieben",
        """Protokoll Abschlussgespräch – Lernplattform für Pflegeschulen
Datum: 09.12.2026, 10:00–11:00, Teams
Kunde: Bildungswerk Sonnenhang gGmbH
Teilnehmer Kunde: Thomas Berger (Geschäftsführer), Anja Weiß (Schulleitung), Frank Lorenz (IT, frank.lorenz@sonnenhang.example.de)
Teilnehmer wir: Katrin Vogel (Account Executive)

- Rückblick auf Bedarfsanalyse und Testphase mit zwei Klassen: Herr Berger bestätigt, dass alles bekannt und verstanden ist
- Angebot: 600 Lernende, 24 Monate, Start zum Sommersemester
- Entscheidung: Ja. Herr Berger hat die Bestellung per E-Mail bestätigt.
- Vertrag inkl. Leistungsbeschreibung, Preisblatt, Zeitplan und AGB von Herrn Berger unterschrieben – vollständig.

ToDos
- Kick-off planen – Katrin Vogel – nächste Woche Montag
- SSO-Anbindung vorbereiten – Frank Lorenz – bis 20.12.2026
""",
    ),
    (
        "EN · Decision meeting: pending",
        """Decision meeting - Fleet maintenance platform - Harbor Freight Lines Ltd
Date: 2 December 2026, 3pm, video call
Customer: Olivia Grant (COO), Sam Patel (Head of Fleet), Nina Cole (Procurement, nina.cole@harborfreight.example.com)
Us: Daniel Reed (Account Executive), Priya Shah (Solutions Engineer)

- Walked through discovery, the depot workshop and the 20-truck pilot; Olivia confirmed the results are understood.
- Offer presented: 310 trucks, 36 months, rollout in three waves.
- Objection (Sam): worried about driver adoption -> asked why; root cause is the old app that drivers hated. Priya showed the one-tap inspection flow.
- Decision: not today. Olivia wants to discuss it with the CFO first and decide by 16 December.

Next steps
- Send driver adoption figures from the pilot - Priya Shah - by Friday
- Book follow-up with the CFO - Daniel Reed - next week
""",
    ),
]

SEARCH_QUERIES: list[str] = [
    "Bis wann muss das Protokoll beim Kunden sein?",
    "Kunde sagt „zu teuer“ – wie finde ich die eigentliche Ursache?",
    "Which questions uncover the prospect's goals?",
    "What are the three quality gates of milestone 6?",
]
