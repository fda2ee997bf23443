"""Table-driven checks of the offline detectors: sentences a salesperson would write, with negations and traps."""

from __future__ import annotations

import pytest

from coach.qualify.assess import assess

HEADER_DE = "Discovery-Call Muster GmbH, 10.11.2026\n"
HEADER_EN = "Discovery call, Example Ltd, 10 Nov 2026\n"

CASES: list[tuple[str, str, str]] = [
    # --- goals ---
    ("Ziel: Reklamationsquote halbieren.", "goals", "covered"),
    ("Zielvorgabe: 15 % mehr Umsatz bis 2028.", "goals", "covered"),
    ("Goal: grow revenue.", "goals", "partial"),
    ("They want to become more efficient in dispatch.", "goals", "partial"),
    ("Sie will die Durchlaufzeit von 10 auf 6 Tage senken.", "goals", "covered"),
    ("Our goal for the call was to introduce the product.", "goals", "missing"),
    ("Ziel des Termins: Kennenlernen.", "goals", "missing"),
    ("Targets haven't been defined yet.", "goals", "missing"),
    ("Ziele wurden noch nicht besprochen.", "goals", "missing"),
    ("Goals: tbd", "goals", "missing"),
    ("I suggested aiming for 10% fewer returns, he did not comment.", "goals", "missing"),
    # --- plans ---
    ("Plan: erst Pilot in Werk A, dann Rollout auf alle 5 Werke.", "plans", "covered"),
    ("Hiring two SDRs in Q1 is planned.", "plans", "covered"),
    ("Sie planen, im Frühjahr ein neues ERP einzuführen.", "plans", "covered"),
    ("They're thinking about switching providers.", "plans", "partial"),
    ("They want to replace their CRM at some point.", "plans", "partial"),
    ("Mögliche Idee: Schichtplanung digitalisieren.", "plans", "partial"),
    ("No concrete plan yet.", "plans", "missing"),
    ("Vorgehen: noch offen", "plans", "missing"),
    ("Our plan: send the proposal, then a demo.", "plans", "missing"),
    ("Unser Plan: Angebot bis Freitag, dann Demo.", "plans", "missing"),
    # --- challenges ---
    ("Die Rechnungsprüfung dauert im Schnitt 9 Tage.", "challenges", "covered"),
    ("Their biggest pain: no visibility into stock levels across 4 warehouses.", "challenges", "covered"),
    ("Manual data entry ties up 3 FTE every month.", "challenges", "covered"),
    ("Some issues with the current process.", "challenges", "partial"),
    ("Probleme gibt es angeblich keine.", "challenges", "missing"),
    ("Customer says there are no real pain points.", "challenges", "missing"),
    # --- timeline ---
    ("Go-live geplant für März 2027.", "timeline", "covered"),
    ("Sie wollen bis Jahresende live sein.", "timeline", "covered"),
    ("They need it before the audit in June 2027.", "timeline", "covered"),
    ("Start nach den Sommerferien.", "timeline", "partial"),
    ("Rollout sometime next year.", "timeline", "partial"),
    ("Go-live maybe in April.", "timeline", "partial"),
    ("We'll talk again on Tuesday 17 Nov.", "timeline", "missing"),
    ("Nächster Call am 12.05.", "timeline", "missing"),
    ("Wir telefonieren am Dienstag wieder.", "timeline", "missing"),
    ("Demo scheduled for 3 March.", "timeline", "missing"),
    ("Angebot schicke ich bis 20.11.", "timeline", "missing"),
    ("No timeline yet.", "timeline", "missing"),
    ("Zeitplan: tbd", "timeline", "missing"),
    ("Zeitlich ist nichts festgelegt.", "timeline", "missing"),
    ("Er geht 2029 in Rente.", "timeline", "missing"),
    # --- budget ---
    ("Budget: ca. 50.000 € für 2027 eingeplant.", "budget", "covered"),
    ("They have 120k EUR allocated for this project.", "budget", "covered"),
    ("Budget vorhanden, Höhe unbekannt.", "budget", "partial"),
    ("Money is tight this year.", "budget", "partial"),
    ("Sie geben heute 200k pro Jahr für Leiharbeit aus.", "budget", "partial"),
    ("Budget steht noch nicht fest.", "budget", "missing"),
    ("Pricing comes later.", "budget", "missing"),
    ("We have not discussed money.", "budget", "missing"),
    ("Kein Budget für 2027 eingeplant.", "budget", "missing"),
    ("We quoted 35k for the first year.", "budget", "missing"),
    ("Unser Angebot liegt bei 28.000 €.", "budget", "missing"),
    ("The competitor offered 40k.", "budget", "missing"),
    ("Anything above 10k needs CFO sign-off.", "budget", "missing"),
    ("Er bekommt eine Prämie von 5.000 €, wenn das Projekt klappt.", "budget", "missing"),
    ("Objektleiter haben kein Zeitbudget für Schulungen.", "budget", "missing"),
    # --- authority ---
    ("Die Entscheidung trifft Herr Müller, der Geschäftsführer.", "authority", "covered"),
    ("CFO Maria Lopez signs the contract.", "authority", "covered"),
    ("Sarah Lee, their Head of Operations, has the final say.", "authority", "covered"),
    ("Decision maker: Tom Becker (COO)", "authority", "covered"),
    ("Frau Wolf entscheidet gemeinsam mit dem Vorstand.", "authority", "covered"),
    ("Final sign-off is with the board.", "authority", "partial"),
    ("Der Einkauf muss noch zustimmen.", "authority", "partial"),
    ("The decision will be made by the steering committee.", "authority", "partial"),
    ("He needs approval from his boss.", "authority", "partial"),
    ("No idea who signs.", "authority", "missing"),
    ("Wer unterschreibt, ist unklar.", "authority", "missing"),
    ("Entscheider: noch offen", "authority", "missing"),
    ("Our sales director will approve the discount.", "authority", "missing"),
    ("Unser Vertriebsleiter gibt den Rabatt frei.", "authority", "missing"),
    ("Decision makers were not discussed.", "authority", "missing"),
    # --- negative consequences ---
    (
        "If nothing changes, they will lose the Bosch account (2 M€ revenue).",
        "negative_consequences",
        "covered",
    ),
    ("Wenn das nicht klappt, droht eine Vertragsstrafe von 100.000 €.", "negative_consequences", "covered"),
    ("Otherwise it could get uncomfortable for him.", "negative_consequences", "partial"),
    ("Last year a data breach cost them 300k EUR.", "negative_consequences", "partial"),
    ("Risiken wurden nicht besprochen.", "negative_consequences", "missing"),
    ("Budget: 80 T€, sonst verfällt es.", "negative_consequences", "missing"),
    # --- positive implications ---
    ("If it works, Anna gets promoted to Head of Ops.", "positive_implications", "covered"),
    (
        "Wenn das Projekt gelingt, will er das Modell auf alle 12 Filialen ausrollen.",
        "positive_implications",
        "covered",
    ),
    ("Er bekommt eine Prämie von 5.000 €, wenn das Projekt klappt.", "positive_implications", "covered"),
    ("Wenn es klappt, wäre das super.", "positive_implications", "partial"),
    ("Das Projekt steht in seinen Jahreszielen.", "positive_implications", "missing"),
    # --- relevance of information ---
    ("They compare 4 vendors against a 30-point requirements list.", "information_relevance", "covered"),
    ("Er hat schon zig Whitepaper gelesen und ist etwas überfordert.", "information_relevance", "partial"),
    ("We sent them our brochure and two case studies.", "information_relevance", "missing"),
    # --- fit of our offer ---
    ("Our reporting module covers exactly their reporting need.", "offer_fit", "covered"),
    (
        "Unsere Software kann keine Mehrmandantenfähigkeit, das ist für sie aber Pflicht.",
        "offer_fit",
        "covered",
    ),
    ("Unsere Lösung könnte passen.", "offer_fit", "partial"),
    ("Interesse an unserer App, Anforderungen noch unklar.", "offer_fit", "missing"),
]


@pytest.mark.parametrize(("sentence", "dim", "expected"), CASES, ids=[f"{d}:{s[:40]}" for s, d, _ in CASES])
def test_sentence_status(sentence: str, dim: str, expected: str) -> None:
    header = (
        HEADER_DE
        if any(ch in sentence for ch in "äöüß") or " ist " in sentence or " die " in sentence
        else HEADER_EN
    )
    result = assess(header + sentence)
    assert result.status[dim] == expected, [(m.level, m.reason) for m in result.mentions[dim]]


WILL_CASES: list[tuple[str, str, bool]] = [
    ("Decision: CEO Mark Evans signs.\nMark said he is happy with the current setup.", "covered", True),
    ("Entscheidung: GF Peter Lang unterschreibt.\nLang treibt das Thema persönlich voran.", "covered", False),
    ("Entscheidung: Inhaberin Eva Roth.\nMein Bauchgefühl: Frau Roth ist nicht überzeugt.", "partial", True),
    ("Entscheidung: Inhaberin Eva Roth.\nDer Projektleiter Jan will unbedingt wechseln.", "missing", False),
]


@pytest.mark.parametrize(("notes", "expected", "weak"), WILL_CASES)
def test_will_to_change_is_about_the_decision_maker(notes: str, expected: str, weak: bool) -> None:
    result = assess(HEADER_EN + notes)
    assert result.status["will_to_change"] == expected
    assert any(m.flag == "weak" for m in result.mentions["will_to_change"]) is weak


def test_evidence_is_the_exact_sentence_without_speaker_and_timestamp() -> None:
    notes = (
        "[00:01:10] Kunde (Heike Brandl, Leiterin Einkauf): Unser Ziel ist, die Durchlaufzeit um 30 % zu senken.\n"
        "[00:02:00] Vertrieb (Jan Otte): Unser Listenpreis liegt bei 40.000 Euro.\n"
    )
    result = assess(notes)
    assert result.evidence("goals") == ["Unser Ziel ist, die Durchlaufzeit um 30 % zu senken."]
    assert result.status["budget"] == "missing"
    assert all("00:01" not in e for e in result.evidence("goals"))


def test_transcript_answer_takes_the_question_context() -> None:
    notes = (
        "[00:04:05] Rep: What happens if you can't report by then?\n"
        "[00:04:20] Customer (Ana Duarte, Facilities Director): Fines of up to 50,000 euros per site.\n"
    )
    assert assess(notes).status["negative_consequences"] == "covered"


MORE_CASES: list[tuple[str, str, str]] = [
    ("Entscheidung liegt beim Geschäftsführer Thomas Brandt.", "authority", "covered"),
    ("Finale Freigabe durch den Vorstand.", "authority", "partial"),
    ("Decision-maker is Karen Mills, VP Operations.", "authority", "covered"),
    ("Karen Mills (VP Operations) has signing authority.", "authority", "covered"),
    ("DM: unclear", "authority", "missing"),
    ("Budget holder is the CFO, Dan Price.", "authority", "covered"),
    ("The CFO gives the green light.", "authority", "partial"),
    ("Grünes Licht muss die Geschäftsführung geben.", "authority", "partial"),
    ("Herr Kaya muss das am Ende abnicken.", "authority", "covered"),
    ("She reports to the COO, who has the final say.", "authority", "partial"),
    ("Einkaufsleiterin Petra Hahn entscheidet mit, unterschreiben muss der Inhaber.", "authority", "covered"),
    ("Who decides? Not clear yet.", "authority", "missing"),
    ("Wer das entscheidet, wissen wir noch nicht.", "authority", "missing"),
    ("Buying center: IT, Einkauf und GF.", "authority", "partial"),
    ("Our account director Paul will join the next call.", "authority", "missing"),
    ("Decision by the end of the month.", "authority", "partial"),
    ("Ich entscheide das allein, sagte Herr Lorenz.", "authority", "covered"),
    ("Budget: rund 80.000 EUR, bereits freigegeben.", "budget", "covered"),
    ("They set aside €250,000 for the new platform.", "budget", "covered"),
    ("Investitionsrahmen bis 150 T€ ist genehmigt.", "budget", "covered"),
    ("Willing to invest up to 40k this year.", "budget", "covered"),
    ("Budget is there, but no number was given.", "budget", "partial"),
    ("Budget ja, Höhe offen.", "budget", "partial"),
    ("Finanzierung über Fördermittel geplant.", "budget", "partial"),
    ("They currently pay 3,000 EUR a month for the old tool.", "budget", "partial"),
    ("Budget: not yet approved, will be decided in Q1.", "budget", "missing"),
    ("Kosten waren kein Thema im Gespräch.", "budget", "missing"),
    ("Our list price is 12k per year.", "budget", "missing"),
    ("I mentioned our price range of 20-30k.", "budget", "missing"),
    ("Wettbewerber X bietet das für 15.000 € an.", "budget", "missing"),
    ("They plan to migrate to SAP S/4 in 2027.", "plans", "covered"),
    ("Geplant ist eine Ausschreibung im zweiten Quartal.", "plans", "covered"),
    ("Next step on their side: a 3-month pilot with 20 users.", "plans", "covered"),
    ("Sie wollen die Disposition zentralisieren und dafür zwei Stellen schaffen.", "plans", "covered"),
    ("Maybe they will look for a new tool next year.", "plans", "partial"),
    ("Es gibt noch keinen Plan, wie sie das angehen.", "plans", "missing"),
    ("How they want to do it is open.", "plans", "missing"),
    ("Fehlerquote in der Kommissionierung liegt bei 4 %.", "challenges", "covered"),
    ("Too many customer complaints about late deliveries, about 60 per week.", "challenges", "covered"),
    ("Die Mitarbeiter machen jeden Monat rund 300 Überstunden.", "challenges", "covered"),
    ("Churn went up to 12% last quarter.", "challenges", "covered"),
    ("Es hakt irgendwie bei der Abstimmung zwischen Vertrieb und Technik.", "challenges", "partial"),
    ("Things are a bit chaotic.", "challenges", "partial"),
    ("Keine besonderen Probleme genannt.", "challenges", "missing"),
    ("Hauptziel: Kosten pro Auftrag um 20 % senken.", "goals", "covered"),
    ("Target is 500 new customers by year end.", "goals", "covered"),
    ("Er möchte, dass alles schneller geht.", "goals", "partial"),
    ("They'd like to grow, no numbers.", "goals", "partial"),
    ("Ziele: keine genannt", "goals", "missing"),
    ("Go-live must be before 1 July 2027.", "timeline", "covered"),
    ("Umsetzung soll im Q3 2027 starten.", "timeline", "covered"),
    ("Projektstart Januar, Abschluss bis Ende Juni.", "timeline", "covered"),
    ("Irgendwann nächstes Jahr.", "timeline", "partial"),
    ("Start: asap", "timeline", "partial"),
    ("Kein fester Termin für die Einführung.", "timeline", "missing"),
    ("Follow-up meeting on 15 January 2027.", "timeline", "missing"),
    ("Angebot bis 30.11. zusenden.", "timeline", "missing"),
    (
        "Bleibt es so, verlieren sie weiter Marktanteile, ca. 2 % pro Jahr.",
        "negative_consequences",
        "covered",
    ),
    ("If they don't fix it, the auditor will escalate to the board.", "negative_consequences", "covered"),
    ("Ohne Lösung droht Ärger mit dem Wirtschaftsprüfer.", "negative_consequences", "partial"),
    ("Bei Erfolg bekommt sie die Leitung der neuen Abteilung.", "positive_implications", "covered"),
    (
        "If successful, they want to roll it out to the US subsidiary next.",
        "positive_implications",
        "covered",
    ),
    ("Our API covers their SAP integration requirement.", "offer_fit", "covered"),
    ("Unsere Lösung deckt nur 2 von 5 Muss-Anforderungen ab.", "offer_fit", "covered"),
    ("We don't support on-premise, which they need.", "offer_fit", "covered"),
]

MORE_CASES += [
    ("They will introduce a new WMS in two phases, starting with the Hamburg warehouse.", "plans", "covered"),
    ("Next year they are building a second production line in Brno.", "plans", "covered"),
    ("Sie stellen gerade auf Schichtbetrieb um und stellen 12 neue Fahrer ein.", "plans", "covered"),
    (
        "Ihr Vorhaben: Vertriebsinnendienst zentral in Köln bündeln, Start mit 4 Mitarbeitern.",
        "plans",
        "covered",
    ),
    ("Step 1 is cleaning up master data, step 2 a pilot with the sales team.", "plans", "covered"),
    (
        "Maßnahmen: neue Tourenplanung, Telematik in allen 40 Fahrzeugen, Schulung der Disponenten.",
        "plans",
        "covered",
    ),
    ("They intend to consolidate the three ERPs into one by moving everything to SAP.", "plans", "covered"),
    ("Geplant: Umstellung der Buchhaltung auf DATEV Unternehmen online im Sommer.", "plans", "covered"),
    ("The roadmap has three steps: audit, quick wins, full rollout.", "plans", "covered"),
    ("Sie wollen das Lager automatisieren, wissen aber noch nicht wie.", "plans", "partial"),
    ("Budget approved: EUR 75,000.", "budget", "covered"),
    ("Für das Projekt sind 120.000 Euro vorgesehen.", "budget", "covered"),
    ("They can spend up to 30k without a tender.", "budget", "covered"),
    ("The project has a budget of $200k for 2027.", "budget", "covered"),
    ("Es stehen 50 T€ aus dem Digitalisierungsbudget zur Verfügung.", "budget", "covered"),
    ("Funding of 80k comes from the innovation fund.", "budget", "covered"),
    ("Sie rechnen mit Investitionen von etwa 250.000 €.", "budget", "covered"),
    ("Budget range: 40-60k.", "budget", "covered"),
    ("Budget is approved but the amount was not shared.", "budget", "partial"),
    ("Geld ist da.", "budget", "partial"),
    ("Lisa Becker, the managing director, makes the final decision.", "authority", "covered"),
    ("Approval comes from their CFO Peter Lindqvist.", "authority", "covered"),
    ("Entscheider ist Herr Nowak (Vorstand Technik).", "authority", "covered"),
    ("Unterschreiben wird die Geschäftsführerin Frau Aydin.", "authority", "covered"),
    ("The decision lies with Mr Ito, the plant director.", "authority", "covered"),
    ("Decision: Sven (Head of IT) together with procurement.", "authority", "covered"),
    ("Die Freigabe erteilt der kaufmännische Leiter Jonas Weber.", "authority", "covered"),
    ("Final say: Maria Costa, CEO.", "authority", "covered"),
    ("The IT steering board has to agree.", "authority", "partial"),
    ("Procurement will be involved at some point.", "authority", "partial"),
    ("Dispatchers spend 3 hours a day re-planning routes after cancellations.", "challenges", "covered"),
    (
        "Die Durchlaufzeit eines Auftrags beträgt aktuell 14 Tage, der Wettbewerb schafft 7.",
        "challenges",
        "covered",
    ),
    ("Only 60% of orders ship on time.", "challenges", "covered"),
    ("Sie verlieren jedes Jahr rund 5 % ihrer Kunden an günstigere Anbieter.", "challenges", "covered"),
    ("Kick-off of the project is planned for September 2027.", "timeline", "covered"),
    ("Das neue System muss zum 1. Januar 2028 laufen.", "timeline", "covered"),
    ("Rollout: H1 2028.", "timeline", "covered"),
    ("Kickoff call with the team next Monday.", "timeline", "missing"),
    ("Success would free up two FTEs for customer projects.", "positive_implications", "covered"),
    (
        "Gelingt das, will die Gruppe das Modell in allen 8 Werken einführen.",
        "positive_implications",
        "covered",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "dim", "expected"), MORE_CASES, ids=[f"{d}:{s[:40]}" for s, d, _ in MORE_CASES]
)
def test_more_sentences(sentence: str, dim: str, expected: str) -> None:
    german = any(ch in sentence for ch in "äöüß") or any(
        w in f" {sentence} " for w in (" ist ", " die ", " der ", " das ", " Sie ", " sind ")
    )
    result = assess((HEADER_DE if german else HEADER_EN) + sentence)
    assert result.status[dim] == expected, [(m.level, m.reason) for m in result.mentions[dim]]


# Rules added for generalisation (plans vs. intentions, budget vs. prices/rewards/deferral, authority by pronoun or
# group, challenges without substance, project timing vs. budget years, upsides told as answers).
GENERAL_CASES: list[tuple[str, str, str]] = [
    # goals: vague improvement wishes, targets with 'at least' / fractions, a missed shift is not a missed goal
    ("Er will den Vertrieb besser aufstellen.", "goals", "partial"),
    ("She wants the onboarding mess sorted.", "goals", "partial"),
    ("Sie möchten, dass mindestens 30 % der Bestellungen digital eingehen.", "goals", "covered"),
    ("Goal: cut returns by a third next year.", "goals", "covered"),
    ("Goal: missed deliveries below 20 a week by June 2027.", "goals", "covered"),
    ("Ziel: Ausfälle im Griff behalten, Zahl nicht genannt.", "goals", "partial"),
    # plans: steps taken vs. vague tools; success upsides and budget purposes are not plans
    ("Sie hat schon ein Lean-Coaching bei der IHK angefragt.", "plans", "covered"),
    ("Email reminders first, then an automated dunning run in March.", "plans", "covered"),
    ("Vielleicht mit einer neuen Software, entschieden ist nichts.", "plans", "partial"),
    ("They want to switch to electric vans at some point.", "plans", "partial"),
    ("Wenn es klappt, will er ein drittes Lager eröffnen.", "plans", "missing"),
    ("Für die Digitalisierung der Wareneingänge sind 60.000 € freigegeben.", "plans", "missing"),
    ("Our lead time for the rollout is 8 weeks.", "plans", "missing"),
    # challenges: substance vs. vague feelings
    ("Die Scanner sind neun Jahre alt und fallen mehrmals pro Woche aus.", "challenges", "covered"),
    ("Rechnungen gehen im Schnitt erst 12 Tage nach Lieferung raus.", "challenges", "covered"),
    ("The auditor found gaps in the access logs at 2 sites.", "challenges", "covered"),
    ("He feels there are a few frictions in planning somewhere, no numbers.", "challenges", "partial"),
    ("Budget shouldn't be a problem if the business case works.", "challenges", "missing"),
    # timeline: goal deadlines under a label, budget years and 'due to'
    ("Ziel: alle Verträge bis zum Audit im März 2028 digital ablegen.", "timeline", "covered"),
    ("Audit is due in September.", "timeline", "covered"),
    ("Für 2027 sind 80.000 € Budget freigegeben.", "timeline", "missing"),
    ("Delays are due to the staff shortage.", "timeline", "missing"),
    ("Kein Zeitdruck, vielleicht nach der Erntesaison.", "timeline", "partial"),
    # budget: own money, time spent, rewards, deferral, open amount
    ("Budget: läuft über das IT-Budget, Höhe unbekannt.", "budget", "partial"),
    ("Admins spend about 10 hours a week on fixing rosters.", "budget", "missing"),
    ("If they hit the target, the savings fund a new warehouse.", "budget", "missing"),
    ('Budget: "let\'s get to that once we have a business case"', "budget", "missing"),
    ("Über Geld reden wir später.", "budget", "missing"),
    ("Sie zahlen heute 4.000 €/Monat an einen externen Dienstleister.", "budget", "partial"),
    ("Die Hälfte der Haushalte im Netzgebiet heizt mit Gas.", "budget", "missing"),
    # authority: pronoun deciders, groups, open matters, guesses
    ("Frau Brandt leitet den Einkauf. Entscheiden tut sie allein.", "authority", "covered"),
    ("Unterschreiben muss am Ende Herr Vogel.", "authority", "covered"),
    ("Everything security-related goes through the risk committee.", "authority", "partial"),
    ("Nothing decided yet about the scope.", "authority", "missing"),
    ("Wer am Ende entscheidet, konnte sie nicht sagen.", "authority", "missing"),
    ("DM: prob. Anna Berger (plant dir.), not 100% sure", "authority", "partial"),
    # consequences and upsides
    ("Scheitert das Projekt, muss das Werk in Kassel schließen.", "negative_consequences", "covered"),
    ("Wenn das so weiterläuft, kündigt der Großkunde den Rahmenvertrag.", "negative_consequences", "covered"),
    ("If they get there, the board has promised her a second plant.", "positive_implications", "covered"),
    ("Budget is fine if it pays off.", "positive_implications", "missing"),
    # will to change of the decision maker, information situation, fit
    (
        "Inhaber Kurt Lenz meinte, es laufe doch eigentlich ganz gut so, er will nichts übers Knie brechen.",
        "will_to_change",
        "covered",
    ),
    ("He has read a pile of studies and is reading up on three tools.", "information_relevance", "covered"),
    ("Unser Tool kann Prozesse nur sehr eingeschränkt dokumentieren.", "offer_fit", "covered"),
]


@pytest.mark.parametrize(
    ("sentence", "dim", "expected"), GENERAL_CASES, ids=[f"{d}:{s[:40]}" for s, d, _ in GENERAL_CASES]
)
def test_general_sentences(sentence: str, dim: str, expected: str) -> None:
    german = any(ch in sentence for ch in "äöüß") or any(
        w in f" {sentence} " for w in (" ist ", " die ", " der ", " das ", " Sie ", " sie ", " sind ", " er ")
    )
    result = assess((HEADER_DE if german else HEADER_EN) + sentence)
    assert result.status[dim] == expected, [(m.level, m.reason) for m in result.mentions[dim]]


def test_answer_to_an_upside_question_counts_as_positive_implication() -> None:
    notes = (
        "[00:01:00] Rep (Tom Hill): And if that works?\n"
        "[00:01:20] Customer (Jane Roe, COO): Then we can open two more depots next year.\n"
    )
    assert assess(notes).status["positive_implications"] == "covered"


def test_hedged_answer_to_a_risk_question_stays_partial() -> None:
    notes = (
        "[00:01:00] Vertrieb (Eva Lorenz): Und wenn sich nichts ändert?\n"
        "[00:01:20] Kunde (Merle Hansen, Leitung): Dann wandern wohl noch mehr Kunden ab, schwer zu sagen.\n"
    )
    assert assess(notes).status["negative_consequences"] == "partial"
