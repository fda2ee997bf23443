"""Whole notes (bullets, prose, shorthand, transcripts; DE and EN) with every dimension labelled."""

from __future__ import annotations

import pytest
import yaml

from coach.qualify import analyse
from coach.qualify.assess import assess

# Written for these tests (not the eval dataset), labelled by the rules in evals/datasets/qualify.yaml.
# All companies and people are invented.
NOTES_YAML = r"""
cases:
- id: n1
  lang: en
  notes: 'Discovery - Harbor Foods (frozen food distributor, 3 DCs) - 14 Jan 2027

    Attendees: Lisa Grant (Supply Chain Manager), our SE Tim Cole

    - Goal: reduce spoilage from 3.1% to under 1.5% of inventory value this FY

    - Today: temperature checks on paper, 2 people spend half a day per week compiling reports

    - Plan: sensors in all 3 DCs, starting with Reno in March, then Boise and Tacoma in Q3

    - Budget: Lisa has 90k USD approved in the capex plan

    - Sign-off: COO Daniel Ortiz, Lisa recommends

    - Next: Tim sends the sensor spec sheet by Friday

    '
  labels:
    goals: covered
    plans: covered
    challenges: covered
    timeline: covered
    budget: covered
    authority: covered
    negative_consequences: missing
    positive_implications: missing
    will_to_change: missing
    information_relevance: missing
    offer_fit: missing
- id: n2
  lang: de
  notes: 'Telefonat Hr. Becker, IT-Leiter Stadtwerke Nordheim, 05.02.2027

    Sie wollen das alte Ticketsystem ablösen, Details offen. Budget kommt erst mit der Haushaltsplanung im Herbst.

    Entscheiden wird der Werkleiter, Name habe ich nicht. Herr Becker meinte, Zeitdruck gebe es keinen.

    Unser Angebot hatte ich mit ca. 30 T€ grob umrissen. Rückruf in zwei Wochen.

    '
  labels:
    goals: missing
    plans: partial
    challenges: missing
    timeline: missing
    budget: missing
    authority: partial
    negative_consequences: missing
    positive_implications: missing
    will_to_change: missing
    information_relevance: missing
    offer_fit: missing
- id: n3
  lang: en
  notes: '[00:00:20] AE (Sam Patel): Thanks for making time, Jordan.

    [00:01:00] Customer (Jordan Reyes, Head of Customer Success, Loopify): Our net revenue retention dropped to 94% last year,
    the board wants 105% by end of 2027.

    [00:02:30] Customer: We lose most accounts in month 3 because onboarding takes 6 weeks.

    [00:04:00] AE: Who signs off on a tool like ours?

    [00:04:15] Customer: Our CRO, Michelle Tan. She has been pushing this topic herself since Q3.

    [00:06:00] AE: And budget?

    [00:06:10] Customer: Honestly we haven''t talked about money internally yet.

    [00:08:00] Customer: If we don''t fix churn, the Series C is at risk.

    [00:09:00] AE: I''ll send you our pricing sheet tomorrow.

    '
  labels:
    goals: covered
    plans: missing
    challenges: covered
    timeline: covered
    budget: missing
    authority: covered
    negative_consequences: covered
    positive_implications: missing
    will_to_change: covered
    information_relevance: missing
    offer_fit: missing
- id: n4
  lang: de
  notes: 'Erstgespräch Kanzlei Wolff & Partner, 12.03.2027, Frau Wolff (Partnerin)

    Frau Wolff entscheidet über alle Anschaffungen selbst. Sie hat sich schon vier DMS-Anbieter angesehen und vergleicht

    anhand einer Checkliste mit 12 Punkten. Problem: Akten liegen doppelt vor, papierbasiert und im Laufwerk, Suche

    dauert pro Akte im Schnitt 10 Minuten. Ziel: papierlose Kanzlei bis Ende 2027. Einführung soll im Sommer

    starten. Budget: 25.000 € sind eingeplant. Unser DMS löst genau das Suchproblem mit der Volltextsuche.

    '
  labels:
    goals: covered
    plans: covered
    challenges: covered
    timeline: covered
    budget: covered
    authority: covered
    negative_consequences: missing
    positive_implications: missing
    will_to_change: missing
    information_relevance: covered
    offer_fit: covered
- id: n5
  lang: en
  notes: 'quick call w/ Mark (ops) at Brightwater Hotels 3/2/27 - mostly small talk

    - interested in our housekeeping app, they "might do something next year"

    - no budget discussion, no info on who decides

    - pain: housekeepers use whatsapp + paper lists, rooms not ready on time ~15% of days

    - sent brochure, f/u call 10 Feb

    '
  labels:
    goals: missing
    plans: partial
    challenges: covered
    timeline: partial
    budget: missing
    authority: missing
    negative_consequences: missing
    positive_implications: missing
    will_to_change: missing
    information_relevance: missing
    offer_fit: missing
- id: n6
  lang: de
  notes: 'Besuch bei Metallbau Schröder GmbH, 20.01.2027, mit Inhaber Klaus Schröder und Meister Jens Adam.

    Herr Schröder will die Auftragsplanung digitalisieren, damit die Durchlaufzeit von 15 auf 10 Tage sinkt.

    Der Meister plant heute alles in Excel, bei Eilaufträgen bricht die Planung zusammen. Vorgehen: zuerst

    Stammdaten bereinigen, dann im Mai Pilot in der Schweißerei. Herr Schröder unterschreibt, hat aber Bedenken

    wegen der Kosten; eine Zahl hat er nicht genannt. Wenn es nicht klappt, verliert er den Rahmenvertrag mit

    Kunde Hellwig (ca. 800 T€ Umsatz). Unsere Planungssoftware passt gut, die Schnittstelle zu seinem ERP fehlt aber noch.

    '
  labels:
    goals: covered
    plans: covered
    challenges: covered
    timeline: covered
    budget: partial
    authority: covered
    negative_consequences: covered
    positive_implications: missing
    will_to_change: missing
    information_relevance: missing
    offer_fit: covered
- id: n7
  lang: en
  notes: 'Notes - call with Wei Chen (Head of Finance) and Paul Stone (AP lead), Arden Retail, 18 Feb 2027

    They process around 4,000 supplier invoices a month, all keyed in by hand, and late payment fees were about 22k last year.

    Wei wants invoice processing time cut from 12 days to 4 days before the new financial year starts in April 2028.

    No decision on a tool yet; Wei decides together with the CFO, Amanda Price.

    Money: they did not want to talk numbers before seeing a demo.

    Paul is worried their ERP version is too old for any integration.

    Our OCR module handles their invoice formats; the ERP connector would need custom work.

    '
  labels:
    goals: covered
    plans: missing
    challenges: covered
    timeline: covered
    budget: missing
    authority: covered
    negative_consequences: partial
    positive_implications: missing
    will_to_change: missing
    information_relevance: missing
    offer_fit: covered
- id: n8
  lang: de
  notes: '[00:00:10] Vertrieb (Mia Koch): Schön, dass es klappt, Herr Yüksel.

    [00:00:40] Kunde (Deniz Yüksel, Leiter Fuhrpark, Bäckerei Sonnenkorn): Wir haben 35 Lieferwagen, die Touren plant ein
    Kollege jeden Morgen per Hand.

    [00:02:00] Kunde: Die Reklamationsquote wegen zu später Lieferungen liegt bei 8 Prozent.

    [00:03:30] Vertrieb: Was wollen Sie erreichen?

    [00:03:45] Kunde: Pünktlichkeit über 98 Prozent, das hat unser Chef als Jahresziel ausgegeben.

    [00:05:10] Vertrieb: Und wer entscheidet?

    [00:05:20] Kunde: Der Chef, Herr Brandl. Ich bereite das vor.

    [00:06:40] Vertrieb: Gibt es schon ein Budget?

    [00:06:50] Kunde: Das weiß ich nicht, da müssten Sie Herrn Brandl fragen.

    [00:08:00] Vertrieb: Ich schicke Ihnen bis Freitag ein Angebot über 19.800 Euro.

    '
  labels:
    goals: covered
    plans: missing
    challenges: covered
    timeline: missing
    budget: missing
    authority: covered
    negative_consequences: missing
    positive_implications: missing
    will_to_change: missing
    information_relevance: missing
    offer_fit: missing
- id: n9
  lang: en
  notes: '- Prospect: Norvik Clinics (6 clinics), contact Dr. Emma Lund, medical director

    - No-shows at 14% of appointments, costs them roughly 1.2m a year

    - Goals: not discussed in detail, "fewer no-shows"

    - They are already piloting SMS reminders in one clinic since January

    - Decision: board of directors, meets quarterly

    - Budget: unknown

    - Timing: "this year would be good"

    - Emma seemed overwhelmed by the number of patient-engagement vendors pitching her (she mentioned 9)

    '
  labels:
    goals: partial
    plans: covered
    challenges: covered
    timeline: partial
    budget: missing
    authority: partial
    negative_consequences: missing
    positive_implications: missing
    will_to_change: missing
    information_relevance: covered
    offer_fit: missing
- id: n10
  lang: de
  notes: 'Anruf Fr. Meier, Einkauf, Holzwerk Tann, 09.03.2027. Sie sammelt nur Angebote für eine neue Zeiterfassung,

    Vorgaben kommen von der IT. Ziele oder Probleme konnte sie nicht benennen. Entscheider kennt sie nicht genau,

    "wahrscheinlich die Geschäftsleitung". Budget liegt laut ihr bei etwa 15 T€. Angebot soll bis Ende März bei ihr

    sein. Nächster Schritt: Angebot schreiben.

    '
  labels:
    goals: missing
    plans: partial
    challenges: missing
    timeline: missing
    budget: covered
    authority: partial
    negative_consequences: missing
    positive_implications: missing
    will_to_change: missing
    information_relevance: missing
    offer_fit: missing
- id: n11
  lang: en
  notes: 'Met Olivia Grant (COO, Bexley Manufacturing) at her plant, 2 Mar 2027.

    She owns the decision and said she is "done with firefighting": machine downtime cost them 310 hours last quarter.

    Target: downtime below 100 hours per quarter by Q1 2028. Plan: predictive maintenance on the 4 bottleneck presses first,

    then roll out to the other 20 machines. She has already freed up 60k from the maintenance budget.

    If downtime stays this high, their biggest customer will move 25% of the volume to a competitor.

    If it works, Olivia wants to apply the same approach at the Leeds site.

    We discussed our vibration sensors: they fit the presses, no gaps identified.

    '
  labels:
    goals: covered
    plans: covered
    challenges: covered
    timeline: covered
    budget: covered
    authority: covered
    negative_consequences: covered
    positive_implications: covered
    will_to_change: covered
    information_relevance: missing
    offer_fit: covered
- id: n12
  lang: de
  notes: 'Kurznotiz Messe LogiMAT, 12.03.2027: Herr Vogel (Lagerleiter, Firma Brückner Logistik) am Stand.

    Interessiert an AutoStore, "kein Druck, läuft ja". Will sich "mal melden". Karte + Prospekt gegeben.

    '
  labels:
    goals: missing
    plans: missing
    challenges: missing
    timeline: missing
    budget: missing
    authority: missing
    negative_consequences: missing
    positive_implications: missing
    will_to_change: missing
    information_relevance: missing
    offer_fit: missing
- id: n13
  lang: de
  notes: 'Telko 16.02.27 – Fa. Kern Elektro (120 MA), Hr. Albrecht (GF) + Fr. Sommer (Buchhaltung)

    - Ist: Rechnungen per Post, Fr. Sommer tippt alles ab, ca. 600 Belege/Monat

    - Ziel GF: Buchhaltung soll ohne Neueinstellung das Wachstum mittragen

    - Bdgt: "muss sich rechnen", keine Zahl

    - Entsch.: GF allein

    - ZP: bis zum Jahresabschluss, also Ende 2027

    - Wettbewerb: schauen sich noch 2 andere Anbieter an

    - To do: Referenzkunde aus Elektrohandwerk suchen

    '
  labels:
    goals: partial
    plans: missing
    challenges: covered
    timeline: covered
    budget: partial
    authority: covered
    negative_consequences: missing
    positive_implications: missing
    will_to_change: missing
    information_relevance: covered
    offer_fit: missing
- id: n14
  lang: en
  notes: '[00:00:05] Me: Hi Rachel, thanks for the time.

    [00:00:30] Rachel Kim (IT Director, Corvel Insurance): Sure. We have to move off our on-prem Exchange by December 2027,
    Microsoft support ends then.

    [00:02:10] Me: What is driving this besides support?

    [00:02:25] Rachel Kim: Security audit findings. We had 3 major findings last year.

    [00:04:00] Me: What happens if you miss December?

    [00:04:15] Rachel Kim: Then we fail the next audit and our cyber insurance premium goes up, probably by a lot.

    [00:05:30] Me: Who else is involved?

    [00:05:45] Rachel Kim: The CISO has a veto, and procurement runs the tender. I make the recommendation.

    [00:07:00] Me: Any budget set aside?

    [00:07:10] Rachel Kim: Yes, 180k is in next year''s IT plan.

    '
  labels:
    goals: missing
    plans: partial
    challenges: covered
    timeline: covered
    budget: covered
    authority: partial
    negative_consequences: covered
    positive_implications: missing
    will_to_change: missing
    information_relevance: missing
    offer_fit: missing
- id: n15
  lang: en
  notes: 'Spoke briefly with Tom from Greenline Landscaping (25 staff). Owner-run business; Tom is the owner and decides everything.

    He likes the idea of route planning software but honestly said the current setup with paper and phone calls works fine
    for him.

    No real pain, no budget talk. He''ll think about it. I''ll call again in spring.

    '
  labels:
    goals: missing
    plans: missing
    challenges: missing
    timeline: missing
    budget: missing
    authority: covered
    negative_consequences: missing
    positive_implications: missing
    will_to_change: covered
    information_relevance: missing
    offer_fit: missing
- id: n16
  lang: de
  notes: 'Gesprächsnotiz 23.02.2027, Stadtbibliothek Lindau, Frau Dr. Haas (Leitung)

    Frau Dr. Haas möchte die Ausleihe bis zur Wiedereröffnung am 1. September 2027 auf Selbstverbuchung umstellen.

    Geplant sind 6 Selbstverbucher-Terminals im Erdgeschoss, danach eine App. Der Förderantrag über 95.000 € ist

    bewilligt. Über die Vergabe entscheidet der Gemeinderat, den Beschluss bereitet Frau Dr. Haas vor. Wenn die Frist

    verpasst wird, verfallen die Fördermittel.

    '
  labels:
    goals: missing
    plans: covered
    challenges: missing
    timeline: covered
    budget: covered
    authority: partial
    negative_consequences: covered
    positive_implications: missing
    will_to_change: missing
    information_relevance: missing
    offer_fit: missing
- id: n17
  lang: en
  notes: 'Discovery - Pellham Legal (law firm, 80 lawyers) - 4 Mar 2027

    Contact: Grace Liu, COO

    - Goal: bill 10% more hours without hiring, i.e. less admin per lawyer

    - Time recording is done on paper slips, typed in by two assistants every Friday

    - They looked at two competitors last year but stopped, "too complex"

    - Grace wants to start in Q3, after the summer holidays

    - Budget: Grace thinks around 50-70k, not approved yet

    - Managing partner Robert Hale has to approve; Grace says he is sceptical about new software

    - Our mobile timer app fits their workflow, the billing export is standard

    '
  labels:
    goals: covered
    plans: missing
    challenges: covered
    timeline: covered
    budget: partial
    authority: covered
    negative_consequences: missing
    positive_implications: missing
    will_to_change: partial
    information_relevance: covered
    offer_fit: covered
- id: n18
  lang: de
  notes: '[00:01:00] Vertrieb (Nina Roth): Was ist aktuell Ihr größtes Thema, Herr Lange?

    [00:01:20] Kunde (Uwe Lange, Werkleiter, Pumpenwerk Sauer): Ganz klar die Energiekosten, die haben sich seit 2024 verdoppelt.

    [00:03:00] Kunde: Der Vorstand will, dass wir bis 2028 20 Prozent Energie einsparen.

    [00:04:30] Vertrieb: Wie wollen Sie das angehen?

    [00:04:45] Kunde: Erst ein Energieaudit im April, dann entscheiden wir über Maßnahmen.

    [00:06:00] Vertrieb: Wer entscheidet über Investitionen?

    [00:06:10] Kunde: Ab 50.000 Euro der Vorstand, darunter ich.

    [00:07:30] Vertrieb: Gibt es dafür schon Mittel?

    [00:07:40] Kunde: Im Investitionsplan 2027 sind 300.000 Euro für Energieeffizienz reserviert.

    [00:09:00] Vertrieb: Ich schicke Ihnen bis Donnerstag unsere Referenzen.

    '
  labels:
    goals: covered
    plans: covered
    challenges: covered
    timeline: covered
    budget: covered
    authority: partial
    negative_consequences: missing
    positive_implications: missing
    will_to_change: missing
    information_relevance: missing
    offer_fit: missing
- id: n19
  lang: en
  notes: 'Met Hannah at the trade show. She runs marketing at a mid-sized furniture brand. Asked about our analytics tool,

    wants "better reporting". Did not talk about budget, timeline or who decides. She''ll forward our deck to her boss.

    '
  labels:
    goals: partial
    plans: missing
    challenges: missing
    timeline: missing
    budget: missing
    authority: missing
    negative_consequences: missing
    positive_implications: missing
    will_to_change: missing
    information_relevance: missing
    offer_fit: missing
- id: n20
  lang: de
  notes: 'Ergebnis Call 11.03.2027 mit Frau Peters (Personalleitung, Seniorenheim Abendrot, 140 MA):

    Problem: Dienstpläne in Excel, jede Krankmeldung bedeutet stundenlanges Umplanen. Fluktuation bei 25 %.

    Ziel laut Frau Peters: weniger Überstunden, eine Zahl gibt es noch nicht.

    Sie möchte im Herbst mit einer Station testen. Budget: "da muss ich erst fragen".

    Die Heimleitung, Herr Krämer, entscheidet. Frau Peters ist sehr motiviert, die Heimleitung eher zurückhaltend.

    Wenn sich nichts ändert, kündigen laut Frau Peters bis Jahresende weitere Pflegekräfte.

    '
  labels:
    goals: partial
    plans: partial
    challenges: covered
    timeline: partial
    budget: missing
    authority: covered
    negative_consequences: covered
    positive_implications: missing
    will_to_change: partial
    information_relevance: missing
    offer_fit: missing
- id: n21
  lang: en
  notes: '[00:00:15] Rep (Lena Ford): Hi Marcus, thanks for joining.

    [00:00:40] Customer (Marcus Webb, Fleet Manager, Tidewater Transport): Happy to. We run 140 trucks and fuel is killing
    us, it went up 18% this year.

    [00:02:00] Rep: What would success look like?

    [00:02:20] Customer: Cutting fuel per mile by 8% within 12 months.

    [00:03:40] Rep: Have you looked at other telematics providers?

    [00:03:55] Customer: We had a demo from FleetCo, they quoted 25 dollars per truck per month.

    [00:05:10] Rep: Who would sign?

    [00:05:20] Customer: Not sure yet, probably our VP Ops, but that could change after the reorg.

    [00:06:30] Rep: Let''s do a follow-up on the 14th with your IT lead.

    '
  labels:
    goals: covered
    plans: missing
    challenges: covered
    timeline: missing
    budget: missing
    authority: partial
    negative_consequences: missing
    positive_implications: missing
    will_to_change: missing
    information_relevance: partial
    offer_fit: missing
- id: n22
  lang: de
  notes: '- Kunde: Autohaus Berger (3 Standorte), Ansprechpartner Hr. Jung (Serviceleiter)

    - Werkstattauslastung schwankt stark, Terminvergabe nur telefonisch, ca. 30 % Anrufe gehen verloren

    - Ziel: Online-Terminbuchung, damit die Auslastung auf 85 % steigt

    - Plan: erst Standort Nord, dann die anderen zwei

    - Budget: "kein Problem, wenn es sich rechnet"

    - Entscheidung trifft der Inhaber, Herr Berger sen.; Hr. Jung bereitet vor

    - Kickoff-Call mit allen Standortleitern am 02.04.

    - Wenn es gut läuft, will Herr Jung auch die Reifeneinlagerung digitalisieren

    '
  labels:
    goals: covered
    plans: covered
    challenges: covered
    timeline: missing
    budget: partial
    authority: covered
    negative_consequences: missing
    positive_implications: covered
    will_to_change: missing
    information_relevance: missing
    offer_fit: missing
- id: n23
  lang: en
  notes: 'q call, sunrise dental group, 9 clinics, w/ ops dir Priya Shah 22/03/27

    - goal: no idea yet, "just exploring"

    - pain: reception staff spend ~2h/day on reminder calls

    - $: they pay 1,800/mo for the current phone system

    - DM: Priya + the two founding dentists

    - timing: not before their fiscal year starts in July

    - Priya keen, founders "don''t see the need" per Priya

    '
  labels:
    goals: missing
    plans: missing
    challenges: covered
    timeline: covered
    budget: partial
    authority: covered
    negative_consequences: missing
    positive_implications: missing
    will_to_change: partial
    information_relevance: missing
    offer_fit: missing
- id: n24
  lang: de
  notes: 'Kurzer Austausch mit Herrn Scholz (Einkauf, Maschinenbau Hirt), 25.03.2027. Er hat von der GF den Auftrag, bis

    Ende Mai drei Angebote für eine neue CAD-Software einzuholen. Ziele oder Schmerzpunkte kennt er nicht, das müsste

    ich mit der Konstruktion klären. Budget ist laut ihm vorhanden, die Höhe nennt er nicht. Den Zuschlag gibt am Ende

    der Geschäftsführer, Herr Dr. Hirt. Unser Listenpreis liegt bei 4.200 € pro Lizenz, das habe ich ihm genannt.

    '
  labels:
    goals: missing
    plans: partial
    challenges: missing
    timeline: missing
    budget: partial
    authority: covered
    negative_consequences: missing
    positive_implications: missing
    will_to_change: missing
    information_relevance: missing
    offer_fit: missing
- id: n25
  lang: en
  notes: 'Discovery: Kestrel Bank (regional bank, 40 branches) - 29 Mar 2027

    Attendees: Omar Farouk (Head of Compliance), Julia Brandt (IT Architect); from our side: Chris (SE)

    - Goal: pass the 2028 regulator review without findings on KYC

    - Today KYC checks are manual, backlog of ~1,200 files

    - Omar: if the backlog stays, the regulator can impose a fine of up to 2% of revenue

    - If they clear it, Omar expects to get budget for a second phase (AML monitoring)

    - Budget: Omar has 150k EUR in the 2027 compliance budget

    - Final decision: the board; Omar will present it in June

    - They compare us with two other vendors on a 15-point scorecard

    - Our KYC module automates exactly the manual checks

    '
  labels:
    goals: covered
    plans: missing
    challenges: covered
    timeline: covered
    budget: covered
    authority: partial
    negative_consequences: covered
    positive_implications: covered
    will_to_change: missing
    information_relevance: covered
    offer_fit: covered
- id: n26
  lang: de
  notes: 'Termin vor Ort bei Gärtnerei Blum, 30.03.2027, mit Inhaberin Sandra Blum.

    Sie will weg von den Papier-Lieferscheinen, hat aber "eigentlich keine Zeit dafür". Konkrete Ziele: keine.

    Bewässerung läuft schon digital, das Thema ist eher die Rechnungsstellung, die dauert jede Woche einen ganzen Tag.

    Frau Blum entscheidet allein. Budget: "so wenig wie möglich". Unsere Software wäre für ihre Größe eigentlich zu groß,

    die Hälfte der Module bräuchte sie nicht.

    '
  labels:
    goals: missing
    plans: partial
    challenges: covered
    timeline: missing
    budget: partial
    authority: covered
    negative_consequences: missing
    positive_implications: missing
    will_to_change: covered
    information_relevance: missing
    offer_fit: covered
- id: n27
  lang: en
  notes: 'Spoke to Ben Carter, procurement at Hale Foods, 1 Apr 2027. He only handles the RFP process.

    The RFP goes out in May, decision in September, go-live planned for January 2028.

    Requirements doc has 48 line items; he sent it over. Budget is set by the business unit, he doesn''t know the number.

    Who decides: a steering committee, members not shared yet.

    '
  labels:
    goals: missing
    plans: covered
    challenges: missing
    timeline: covered
    budget: partial
    authority: partial
    negative_consequences: missing
    positive_implications: missing
    will_to_change: missing
    information_relevance: covered
    offer_fit: missing
"""
CASES = yaml.safe_load(NOTES_YAML)["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_labels(case: dict) -> None:
    status = assess(case["notes"]).status
    wrong = {k: (v, status[k]) for k, v in case["labels"].items() if status[k] != v}
    assert not wrong, wrong


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_result_is_consistent(case: dict) -> None:
    result = analyse(case["notes"])
    assert result.language == case["lang"]
    notes = " ".join(case["notes"].split())
    for d in (*result.dimensions, *result.extensions):
        assert (d.status == "missing") == (not d.evidence)
        for sentence in d.evidence:
            assert " ".join(sentence.split()) in notes
    assert result.readiness.covered == sum(d.status == "covered" for d in result.dimensions)


def test_flags() -> None:
    by_id = {c["id"]: c for c in CASES}
    assert {f.id for f in analyse(by_id["n15"]["notes"]).flags} >= {"weak_will_to_change"}
    assert "no_decision_maker" in {f.id for f in analyse(by_id["n2"]["notes"]).flags}
    assert "information_overload" in {f.id for f in analyse(by_id["n9"]["notes"]).flags}
    assert "no_decision_maker" not in {f.id for f in analyse(by_id["n11"]["notes"]).flags}
