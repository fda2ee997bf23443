"""Bilingual cue words and patterns per qualification dimension, field labels, and the traps to set aside."""

from __future__ import annotations

import re

from coach.qualify.segment import register_labels

IC = re.IGNORECASE


def rx(pattern: str) -> re.Pattern[str]:
    """Return a case-insensitive compiled pattern."""
    return re.compile(pattern, IC)


# --- field labels ("Budget: ...") -> dimensions; labels of our own activities -> nothing ---------------------
LABELS: dict[str, tuple[str, ...]] = {}
for names, dims in [
    (
        "ziel|ziele|zielsetzung|goal|goals|target|targets|objective|objectives|aim|aims|kpi|kpis|priorität|priorities|"
        "priority|ziele des kunden|customer goals|zielvorgabe|zielvorgaben|zielbild|business goals|unternehmensziele",
        ("goals",),
    ),
    (
        "plan|pläne|plans|vorgehen|vorhaben|maßnahmen|massnahmen|approach|roadmap|projektplan|current plan|their plan|"
        "ihr plan|umsetzung|plan des kunden|wie|how|lösungsansatz|ansatz|ideen|ideas",
        ("plans",),
    ),
    (
        "problem|probleme|pain|pains|pain points|painpoints|challenge|challenges|herausforderung|herausforderungen|"
        "hürde|hürden|issue|issues|schmerz|schmerzpunkte|engpass|obstacle|obstacles|status quo|ist-zustand|probl",
        ("challenges",),
    ),
    (
        "zeitplan|zeitl|zeitlich|zeitrahmen|zeit|timing|timeline|time frame|timeframe|deadline|go-live|golive|start|"
        "zeitschiene",
        ("timeline",),
    ),
    (
        "budget|geld|money|$$|$|€€|€|finanzierung|funding|invest|investition|kosten/budget|budget/kosten|preisrahmen",
        ("budget",),
    ),
    (
        "entscheidung|entscheider|entscheidungsträger|decision|decision maker|decision makers|dm|authority|approval|"
        "freigabe|wer entscheidet|who decides|buying center|buying centre|einkaufsgremium|unterschrift|sign-off|signoff|"
        "befugnis",
        ("authority",),
    ),
    (
        "budget/entscheider|budget/authority|budget/decision|budget/entscheidung|budget & entscheider|budget/dm",
        ("budget", "authority"),
    ),
    (
        "risiko|risiken|risk|risks|konsequenz|konsequenzen|consequence|consequences|negative konsequenzen|"
        "negative consequences|what if not",
        ("negative_consequences",),
    ),
    (
        "chancen|upside|implications|positive implikationen|positive implications|benefits",
        ("positive_implications",),
    ),
    ("veränderungswille|will to change|motivation|commitment", ("will_to_change",)),
    (
        "kriterien|criteria|evaluation|bewertung|bewertungskriterien|auswahlkriterien|wettbewerb|competition|"
        "competitors|shortlist|informationsstand",
        ("information_relevance",),
    ),
    ("fit|passung|offer fit|passgenauigkeit|lösung fit", ("offer_fit",)),
]:
    for name in names.split("|"):
        LABELS[name] = dims
_EXTRA_LABELS = {
    "challenges": "ist|ist-situation|ist-stand|as-is|current state|current situation|situation",
    "timeline": "zp|zeitpl|when|wann|go live",
    "budget": "bdgt|budg",
    "authority": "entsch|entscheidung/unterschrift|who signs|wer unterschreibt",
}
for dim, names in _EXTRA_LABELS.items():
    for name in names.split("|"):
        LABELS.setdefault(name, (dim,))
# labels that belong to us or to the meeting itself: what stands under them is never customer evidence
OWN_LABELS = {
    "unser plan",
    "our plan",
    "mein plan",
    "my plan",
    "ziel des calls",
    "ziel des termins",
    "ziel des gesprächs",
    "ziel des meetings",
    "call goal",
    "meeting goal",
    "goal of the call",
    "agenda",
    "next",
    "next step",
    "next steps",
    "nxt",
    "nächster schritt",
    "nächste schritte",
    "folgetermin",
    "nächster termin",
    "next call",
    "next meeting",
    "follow-up",
    "follow up",
    "f/u",
    "wv",
    "wiedervorlage",
    "todo",
    "todos",
    "to-do",
    "to do",
    "action items",
    "aufgaben",
    "offer",
    "angebot",
    "unser angebot",
    "our offer",
    "pricing",
    "preis",
    "our price",
    "unser preis",
}
# labels that only describe the call (who, when, which company)
META_LABELS = {
    "teilnehmer",
    "teiln",
    "teilnehmer kunde",
    "teilnehmer wir",
    "attendees",
    "participants",
    "contact",
    "kontakt",
    "ansprechpartner",
    "ansprechpartnerin",
    "gesprächspartner",
    "gesprächspartnerin",
    "date",
    "datum",
    "account",
    "prospect",
    "kunde",
    "customer",
    "company",
    "firma",
    "unternehmen",
    "thema",
    "topic",
    "notes",
    "notizen",
    "betreff",
    "subject",
    "ort",
    "location",
    "dauer",
    "duration",
}
register_labels(set(LABELS) | OWN_LABELS | META_LABELS)

# a notes field ("Notes: she wants …") is content when it holds a sentence, not when it titles the call
NOTES_LABELS = {"notes", "notizen", "notiz", "note"}
_CALL_TITLE = rx(
    r"^\W*(?:(?:discovery|intro|erst|kennenlern|follow[- ]?up|demo)?\s*(?:call|anruf|meeting|gespräch|termin|telefonat|"
    r"besuch|visit)\w*|(?:from|vom|von|of|zum|zur|for|für)\b)"
)


def notes_content(label: str | None, rest: str) -> bool:
    """Return True when a notes label ("Notes:", "Notizen:") heads an inline sentence of content, not a title."""
    if not label or label.strip().strip(".:").lower() not in NOTES_LABELS:
        return False
    return len(rest.split()) >= 4 and not _CALL_TITLE.search(rest)


PLACEHOLDER = rx(
    r"^\W*(?:tbd|tbc|t\.b\.d\.?|todo\b.*|to-do\b.*|n/?a|k\.\s?a\.?|offen|open|unklar|unclear|unknown|unbekannt|"
    r"\?+|[-–—]+|x+|none|nichts|keine?s?|nix|leer|empty|pending|ausstehend|noch offen|folgt|follows|later|"
    r"später|nachfragen|ask\b.*|fragen\b.*|klären\b.*|not discussed\b.*|nicht besprochen\b.*|n\.\s?besprochen\b.*|"
    r"not asked\b.*|nicht gefragt\b.*|not mentioned\b.*|nicht erwähnt\b.*|-)\W*$"
)

# --- goals -------------------------------------------------------------------------------------------------
GOAL_NOUN = rx(
    r"\b(?:ziel(?:e|en|setzung|vorgabe\w*|wert\w*)?|(?:jahres|unternehmens|umsatz|gewinn|haupt|kern|wachstums)ziel\w*|"
    r"goals?|targets?|objectives?|aim(?:s|ing)?\b|kpis?|priorit(?:y|ies|ät|äten)|top[- ]priorit\w*)\b"
)
GOAL_NOT = rx(
    r"\b(?:ziel des (?:calls|termins|gesprächs|meetings|anrufs)|call goal|meeting goal|goal (?:of|for) (?:the|this|our|today'?s) "
    r"(?:call|meeting|conversation)|zielgruppe\w*|target group|target audience|zielsystem|zielmarkt|target market|"
    r"erreichbar\w*|zielt? (?:auf|darauf))\b"
)
_IMPROVE = (
    r"senk\w*|reduzier\w*|verringer\w*|steiger\w*|erhöh\w*|verkürz\w*|verbesser\w*|halbier\w*|verdoppel\w*|"
    r"beschleunig\w*|abbau\w*|bringen|zu bringen|runter\w*|wachsen|ausbauen|gewinnen|automatisieren|automatisch|"
    r"cut(?:ting)?|reduc\w*|lower\w*|lift\w*|rais\w*|increas\w*|grow\w*|improv\w*|halv\w*|doubl\w*|boost\w*|"
    r"shorten\w*|einspar\w*|sparen|save|saving|better|schneller|faster|effizienter|more efficient|günstiger|cheaper|bring\w* (?:\w+\s+){0,4}?(?:down|up|under|below|to)|get\w* (?:\w+\s+){0,3}?(?:under|below|down|to)|"
    r"speed\w* up|minimi[sz]\w*|maximi[sz]\w*|elimin\w*|have all|hit|reach\w*|erreich\w*|"
    r"\w+er aufstell\w*|besser aufstell\w*|in den griff|under control|sorted|sort(?:ed)? out|tighten\w*(?: up)?|"
    r"(?:become|get|be|werden|sein)\s+(?:\w+\s+)?(?:more\s+)?(?:efficient|faster|better|leaner|competitive|profitable|"
    r"effizienter|schneller|besser|schlanker|wettbewerbsfähiger|profitabler)"
)
GOAL_VERB = rx(
    rf"\b(?:will|wollen|willst|möchte\w*|soll(?:en|te|ten)?|muss|müssen|want\w*|wish\w*|'d like|would like|need\w* to|"
    rf"aim\w*|hope\w* to|plan\w* to|is to|are to|ist es|intend\w*)\b,?(?:\s+\S+){{0,14}}?\s+[\"“„']?(?:{_IMPROVE})\b"
)
GOAL_PURPOSE = rx(
    r"\b(?:damit|sodass|so dass|so that|in order to|um)\b.{0,80}?\b(?:sinkt|sinken|steigt|steigen|fällt|fallen|wächst|"
    r"wachsen|verkürz\w*|halbier\w*|drops?|falls?|rises?|grows?|improves?|shrinks?|goes (?:up|down)|zu (?:senken|steigern|"
    r"erhöhen|verkürzen|reduzieren|verbessern))\b"
)
GOAL_TARGET_NUMBER = rx(
    r"\b(?:wants?|will|wollen|möchte\w*|need\w*|expects?|erwartet|fordert|verlangt|requires?)\s+(?:\w+\s+){0,2}?"
    r"[+-]?\d[\d.,]*\s?(?:%|prozent|percent)|"
    r"\b(?:wants?|wollen|möchte\w*|need\w*|expects?|erwartet|fordert|verlangt|requires?)\b,?\s+(?:(?:dass|that)\s+)?"
    r"(?:\w+\s+){0,4}?(?:under|below|above|over|unter|über|auf|to|mindestens|at least|höchstens|at most|maximal)\s+"
    r"[+-]?\d[\d.,]*"
)
GOAL_NEED = rx(
    r"\b(?:brauchen wir|benötigen wir|we need|they need|need something|just need|müssen wir (?:mehr|besser)|"
    r"loswerden|get rid of|wollen weg von|move away from)\b"
)
GOAL_QUANT = rx(
    r"\d+(?:[.,]\d+)?\s?(?:%|prozent|percent|pp|tage|days|arbeitstage|working days|stunden|hours|minuten|minutes|"
    r"wochen|weeks|sek\w*|sec\w*)|\b(?:von|from)\s+[\d.,]+\s*\S*\s+(?:auf|to)\s+(?:unter\s+|under\s+|below\s+)?[\d.,]+|"
    r"\b(?:unter|under|below|über|above|auf|to|um|by|\+|minus|mindestens|at least|höchstens|at most)\s?[\d.,]+|[+-]\s?\d+\s?%|"
    r"\b(?:spätestens|höchstens|maximal|at most|within|innerhalb von|binnen) (?:einen|einem|einer|eine|one|a|an) \w+|"
    r"\b(?:by|um) (?:a|one|ein|zwei|two) (?:third|quarter|drittel|viertel)|\b(?:a|one|ein) (?:third|quarter|drittel|viertel)\b|"
    r"\b(?:unter|under|below) (?:einen|eins|one)\b|by half|um die hälfte|"
    r"\b(?:every|each|jede[nrs]?|zero|null) (?!(?:day|week|month|year|time|morning|tag|woche|monat|jahr|mal|morgen)\w*)\w+|"
    r"\b(?:in half|halbieren|halbiert|"
    r"verdoppeln|double|all (?:\w+ )?(?:eleven|twelve|ten|\d+)|alle (?:\w+ )?\d+)\b|\b(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b"
)
# the rep's own suggestion or marketing claim is not the customer's goal
GOAL_OURS = rx(
    r"\b(?:i suggested|we suggested|ich habe vorgeschlagen|ich schlug|wir schlugen|our clients|our customers|"
    r"unsere kunden (?:sparen|erreichen)|typically save|im schnitt sparen|i explained|ich habe erklärt)\b"
)
GOAL_PAST = rx(
    r"\b(?:verfehlt|nicht erreicht|not reached|failed to reach|(?:was|were|been|has|have|had) missed|"
    r"missed (?:the|its|it|their|our|his|her|that|this|last)\b)"
)

# --- plans -------------------------------------------------------------------------------------------------
PLAN_STRONG = rx(
    r"\b(?:plan(?:s|ned|en|ung)?\b|geplant|vorgehen|maßnahmen|roadmap|rolling out|roll(?:s|ed)? out|rollout|"
    r"ausroll\w*|einführ\w*|introduc\w*|implement\w*|umsetz\w*|pilot\w*|migrat\w*|migrier\w*|ausstatt\w*|"
    r"equip\w*|geschult|schulen wir|train (?:the|all|their)|training (?:all|the) |centrali[sz]\w*|zentralisier\w*|"
    r"digitalisier\w*|digital erfass\w*|automatisier\w*|move (?:all )?\w+ (?:onto|to)|"
    r"umstellung auf|umstellen auf|aufbauen|set up|setting up|install\w*|nachrüst\w*|retrofit\w*|add(?:ing)? "
    r"(?:sub-?)?\w+ (?:in|to)|first .{3,60}?(?:,|;)? then|zuerst .{3,60}?(?:,|;)? (?:danach|dann|anschließend)|"
    r"build(?:s|ing)? (?:a|an|the|new|second|third)\b|bauen (?:ein|eine|einen|neue)|errichten|eröffnen|"
    r"open(?:ing)? (?:a|new) |stell\w* (?:\w+ ){0,4}?(?:um|ein)\b|consolidat\w*|konsolidier\w*|bündeln|zusammenführ\w*|"
    r"moving (?:everything|all)|move everything|recovery on|abgleich|\w+ first,? then|zuerst,? (?:danach|dann)|(?:bereits|schon|already) (?:\S+ ){0,6}?(?:angefragt|gebucht|beauftragt|bestellt|booked|ordered|commissioned|requested)|outsourc\w*|hir(?:e|ing) (?:\d+|two|three|four|five|new|additional)|einstellen (?:\d|zwei|drei)|build on|"
    # a project already set up: "kicked off a transformation programme", "ein Projekt aufgesetzt"
    r"(?<!not )(?<!n't )(?<!never )(?:kicked off|launched|started|set up|initiated|began) (?:a|an|the|their|its|our) (?:[\w-]+ ){0,3}?"
    r"(?:programme|program|project|initiative|workstream)|(?<!kein )(?<!keine )\b\w*(?:projekt|programm|initiative)\w* "
    r"(?:\w+ ){0,3}?"
    r"(?<!nicht )(?<!nie )(?:gestartet|aufgesetzt|angestoßen|initiiert|ins leben gerufen))\b"
)
PLAN_WEAK = rx(
    r"\b(?:switch\w*|wechsel\w*|replace\w*|replacing|ablös\w*|ablösung|(?:want\w*|need\w*|looking for|suchen|brauchen|wollen|planen|evaluat\w*)\s+(?:\w+\s+){0,2}?neue[nrs]? (?:plattform|system|lösung|tool|software)|"
    r"(?:want\w*|need\w*|look(?:ing|s)? for|evaluat\w*|plan\w* to)\s+(?:\w+\s+){0,2}?(?:a\s+)?new (?:platform|system|solution|tool|software)|soll (?:\w+ ){0,3}(?:elektrisch|digital|automatisch) werden|"
    r"test(?:en)? something|etwas testen|\w+ testen\b|to test\b|wants? to test|will testen|look(?:ing)? at (?:\w+ing|options)|"
    r"(?:sammelt|sammeln|holt|holen|einholen) (?:\w+ )?angebote|collect\w* (?:quotes|offers|proposals)|"
    r"request\w* (?:quotes|proposals)|rfq|angebotsanfrage\w*|angebote (?:[\w-]+ ){0,6}?einzuholen|move (?:off|away from)|weg von|tender\w*|ausschreib\w*|fixing prices|(?:might|may|could|könnten|wollen|will) (?:\w+ )?(?:do|tun|machen) (?:something|etwas|was)|idee\w*|idea to|überleg\w* (?:ob|zu)|considering|erwäg\w*|think(?:ing)? about (?:\w+ing|a|an|the|new|switching|replacing)|with sms|per sms|"
    r"der alte plan|the old plan|thema [\w-]*ablösung|modernis\w*|erneuer\w*|umsteig\w*|umzusteigen|umrüst\w*|rfp|"
    r"do something about|(?:will|wollen|möchte\w*)\s+(?:\w+\s+){0,4}?[\"„“]?(?:was|etwas|irgendwas) (?:tun|machen|ändern)|"
    r"look at (?:some|a|an|new)\b|neue[snr]? (?:tool|system|software|plattform|lösung)|"
    r"(?:mit|with|über|via) (?:einem|einer|a|an|some kind of|irgendein\w*) (?:[\w-]+ )?[\w-]*(?:portal|tool|system|software|"
    r"lösung|app|plattform|platform|solution)|"
    r"(?:want\w*|need\w*|will|wollen|möchte\w*) (?:\w+ ){0,3}(?:live|in place|up and running|im einsatz|eingeführt|produktiv))\b"
)
PLAN_SEQUENCE = rx(
    r"\b(?:zuerst|erst\b|danach|dann|anschließend|im anschluss|first|then|next|afterwards|after that|followed by|"
    r"phase|stufe|welle|wave|step|schritt)\b|[,;]\s*\w+\s+\w+\s+\w+|\band\b|\bund\b"
)
PLAN_HOW_OPEN = rx(
    r"\b(?:(?:wissen|weiß|know\w*|klar|sure) (?:\w+ ){0,3}(?:nicht|not) (?:yet |genau |so )?(?:wie|how)|noch unklar,? wie|"
    r"not sure how|no idea how|keine ahnung,? wie)\b"
)
PLAN_NOT = rx(
    r"\b(?:unser(?:e|en)? plan|our plan|my plan|mein plan|unser vorgehen|our approach|business plan|"
    r"pricing plan|tarif|service plan|plan b|it plan|capex plan|budget plan|haushaltsplan\w*|investitionsplan\w*|"
    r"wirtschaftsplan\w*|financial plan|next year'?s plan|jahresplan\w*|operating plan|marketingplan\w*|"
    r"(?:our|unser\w*) (?:\w+ ){0,2}?(?:lead time|lieferzeit|rollout|implementation|implementierung|einführung|onboarding|"
    r"delivery))\b"
)
# A worry about the project ("Bedenken: der Rollout …", "worried the rollout clashes …"): a risk, not the plan
PLAN_CONCERN = rx(
    r"\b(?:bedenken|besorgt|sorgen?\b(?!\s+(?:für|dafür|wir|ich))|befürcht\w*|angst|riskant|"
    r"worr(?:y|ied|ies)|concern(?:s|ed)?|afraid|fear(?:s|ed)?|risky|nervous)\b"
)
PLAN_INTENT_WITH_SIZE = rx(
    r"\b(?:wollen|will|möchten|möchte|want|wants|planen)\b.{0,50}?\b\d[\d.,]*\s?(?:m2|m²|qm|fahrzeuge|lkw|standorte|"
    r"sites|users|nutzer|lizenzen|licen[cs]es|vehicles|trucks|units|arbeitsplätze|seats)\b"
)

# --- challenges --------------------------------------------------------------------------------------------
CHALLENGE = rx(
    r"\b(?:problem\w*|\w+problem\w*|pain\w*|schmerz\w*|headache\w*|kopfschmerz\w*|challeng\w*|herausforder\w*|"
    r"hürde\w*|obstacle\w*|hurdle\w*|issue\w*|engp[aä]ss\w*|bottleneck\w*|struggl\w*|kämpf\w*|schwierig\w*|"
    r"difficult\w*|mühsam|aufwändig|aufwendig|manuell\w*|manual\w*|von hand|per hand|by hand|händisch|"
    r"excel\w*|spreadsheet\w*|auf papier|on paper|papier\w*|paper[- ]based|re-?typ\w*|abtipp\w*|doppel(?:te|erfassung)\w*|"
    r"stillst[aä]nd\w*|downtime|ausf[aä]ll\w*|failure\w*|drop(?:s|ped)? out|abspring\w*|understaffed|unterbesetzt|"
    r"fachkräftemangel|personalmangel|staff shortage|turnover|fluktuation|fehlerquote|fehler\w*|errors?|"
    r"ausschuss\w*|scrap\b|rework|nacharbeit\w*|neuanfertigung\w*|beschwerde\w*|complaint\w*|rückstand\w*|backlog\w*|"
    r"arrears|verzug|zu spät|too late|delay\w*|verzöger\w*|wart(?:e|en|et|ete|eten|ezeit\w*|eschlange\w*)\b|wait\w*|liegen bleiben|bleiben liegen|"
    r"kann keine|kann nicht|können nicht|can'?t|cannot|unable|keine (?:übersicht|transparenz|daten)|no (?:visibility|overview)|"
    r"silos?|insellösung\w*|verstreut|scattered|sits in|four different|verschiedenen portalen|frisst|eat(?:s|ing) up|"
    r"arbeitsmarkt|bewerbungen|applications? (?:dropped|fell)|verluste?\b|losses|kosten (?:sind )?gestiegen|"
    r"costs? (?:went|rose|increased|have risen)|teurer|more expensive|veraltet|outdated|legacy|dauert\w*|takes? "
    r"(?:\w+ ){0,2}(?:days|hours|weeks)|gehen .{0,30}verloren|verloren|lost|keiner im blick|nobody (?:tracks|has)|"
    r"fällt zu spät|fallen zu spät|re-?enter\w*|chase\w*|chasing|hinterher\w*|überlast\w*|overload\w*|"
    r"findings?|feststellung\w*|beanstandung\w*|mängel\w*|tipp\w* (?:\w+ ){0,3}ab\b|per post|no-?shows?|reklamation\w*|retoure\w*|return rate|leerfahrt\w*|krankenstand|absentee\w*|kündigungen|"
    r"cancellations?|abbr[üu]ch\w*|abandon\w*|late payments?|late fees?|zahlungsverzug|mahnung\w*|overdue|stockouts?|"
    r"fehlbestände|lieferengp\w*|shortages?|unplanned|ungeplant\w*|incidents?|vorfälle|störung\w*|outages?|"
    r"costs? (?:them|us|him|her) (?:roughly |about |around |ca\.? )?[€$£]?\d|firefighting|"
    r"in rente|retir\w*|überstunden|overtime|churn\w*|hakt|hapert|chaoti\w*|messy|durcheinander|supportende|end of support|plagen?|nervt|frustr\w*|kritisch|critical|verfehlt|missed|"
    r"only \d+ ?%|nur \d+ ?%|verlieren (?:jedes|jährlich|jeden|pro|every|each|\w+ \d)|losing (?:\d|customers|clients)|"
    r"(?:beträgt|liegt (?:aktuell |derzeit |heute )?bei|is currently|currently at|sits at|stands at) [^.]{0,20}\d|killing us|kills us|hurting us|bringt uns um|macht uns fertig|went up|gone up|going up|verdoppelt|doubled|verdreifacht|tripled|explodiert|exploded|kann erst|können erst|can only (?:be|start)|erst (?:gebaut|umgesetzt|gestartet|begonnen) werden|depends on|"
    r"abhängig von|hängt (?:\w+ )?ab|verschwind\w*|verschoben|go(?:es)? missing|disappear\w*|reibungsverlust\w*|friction|"
    r"(?:fällt|fallen|fiel|fielen) (?:\w+ ){0,3}?aus\b|\d+ jahre alt|(?:zwölf|zehn|fünfzehn|zwanzig) jahre alt|\d+ years old|"
    r"write-?offs?|excursions?|gaps?\b|lücke\w*|bemängel\w*|beanstand\w*|fehlende\w*|mangelnde\w*|lack(?:s|ing)?\b|"
    r"deficienc\w*|dauerbesetzt|always busy|nur (?:telefonisch|per telefon|per fax|per post|auf papier)|only by (?:phone|fax|post)|"
    r"erst (?:nach )?[\d.,]+ (?:tage|tagen|wochen|monate|monaten|stunden)|only after [\d.,]+ (?:days|weeks|months|hours)|"
    r"too high|zu hoch|(?:bis zu|up to)\s+[\d.,]+\s+\w+|"
    r"\d[\d.,]*\s+(?:anrufe|calls|tickets|anfragen|requests|e-?mails|bestellungen|orders|rechnungen|invoices|"
    r"papierrechnungen|meldungen)\b(?:\s+(?:a|per|pro|im)\s+\w+)?(?:\s+and\s+\d+\s?%)?)"
)
# a problem told without substance ("a few frictions", "no numbers") stays vague even in a long sentence
CHALLENGE_VAGUE = rx(
    r"\b(?:ein paar|einige|gewisse|some|a few|a bit|somewhere|irgendwo|irgendwie|no numbers?|keine zahlen?|ohne zahlen?|"
    r"no figures?|not quantified|nicht beziffert)\b"
)
CHALLENGE_COST = rx(r"\b(?:kosten|costs?|ausgaben|spend(?:ing)?)\b")
CHALLENGE_CONCRETE = rx(
    r"\b(?:excel|spreadsheet\w*|papier\w*|paper|e-?mail|mail|portal\w*|manuell\w*|manual\w*|von hand|by hand|"
    r"händisch|sap|erp|crm|tms|wms|mes|datev|fax|zettel\w*|stundenzettel|telefon\w*|phone)\b"
)
CHALLENGE_NOT = rx(
    r"\b(?:listenpreis\w*|list price|unser\w* preis\w*|our price|we quoted|angebot über|unser(?:e|en)? (?:tool|lösung|software|modul|produkt|system|app|plattform)|our (?:tool|solution|product|"
    r"module|platform|programme|program|app)|ein [\w-]*modul haben wir|no problem|kein problem|nicht das problem|"
    r"not a problem|not the problem|problem ist gelöst|daran scheitert es nicht)\b"
)

# --- timeline ----------------------------------------------------------------------------------------------
TIMELINE_CUE = rx(
    r"\b(?:zeitplan\w*|zeitl(?:ich|\.)|zeitrahmen|timeline|timing|time ?frame|go[- ]?live|live gehen|live sein|"
    r"start\w*|beginn\w*|anlauf|anlaufen|launch\w*|rollout|roll[- ]out|deadline\w*|frist\w*|fertig|done by|"
    r"abgeschlossen|completed?|umgesetzt|einsatzbereit|in betrieb|operational|inbetriebnahme|cut-?over|umstieg|"
    r"wechsel|switch\w*|pilot\w*|ready|bereit|laufen|stehen|require\w*|verpflicht\w*|vorgeschrieben|spätestens|"
    r"no later than|frühestens|at the earliest|not before|nicht vor|erst ab|bis wann|by when|results?|ergebnis\w*|"
    r"muss\b|must\b|soll\b|should\b|need(?:s|ed)? to|due(?! to)|fällig\w*|zeitdruck|time pressure)\b"
)
TIME_PREP = rx(
    r"\b(?:ab|bis(?: zum| zur| ende| spätestens)?|by|before|vor dem|vor der|until|till|from|spätestens|frühestens|"
    r"no later than|at the latest|at the earliest|within|innerhalb|binnen|ende|end of|anfang|beginning of|mitte|mid|"
    r"starting|beginning)\s*$"
)
TIME_PREP_NEAR = rx(
    r"\b(?:bis|by|until|before|ab|from|spätestens|frühestens|no later than)\b(?:\s+[\w.-]+){0,4}\s+$"
)
TIMELINE_TRAP = rx(
    r"\b(?:termin\w*|folgetermin|call\w*|anruf\w*|rückruf\w*|callback|telefonier\w*|sprechen \w* ?wieder|talk again|"
    r"speak again|melde mich|meldet sich|melden uns|check(?:ing)? back|follow[- ]?up|f/u|wv\b|wiedervorlage|"
    r"demo\w*|präsentation\w*|presentation|workshop\w*|vor-ort\w*|site visit|besuch\w*|visit|meeting\w*|"
    r"gespräch\w*|schick\w*|send\w*|sende\w*|senden|mail\w*|unterlagen|summary|zusammenfassung|outline|proposal|"
    r"vorschlag|angebot\w*|forecast\w*|quarter[- ]end|our q\d|unser q\d|close this|abschließen bis|"
    r"internally|intern\b|messe\w*|trade fair|urlaub|vacation|holiday|ruhestand|rente|retire\w*|geburtstag|"
    r"programme runs|program runs|dauert \d+ wochen|lead time|lieferzeit|liefer\w*|delivery|review|nächste woche|"
    r"next week|nxt|next:|testphase|trial|probe\w*)\b"
)
CONTRACT_END = rx(
    r"\b(?:contracts?|vertr[aä]g\w*|lizenz\w*|licen[cs]e\w*|support|wartung\w*|leasing\w*|service contracts?)\b"
    r"[^.]{0,40}\b(?:ends?|ending|expires?|expiring|runs? (?:to|until|out)|läuft|laufen|endet|enden|aus)\b|"
    r"\bsupportende\b|\bend of support\b|\bvertragsende\b|\bkündigungsfrist\b"
)
CONTRACT_INTENT = rx(
    r"\b(?:must|muss|müssen|have to|need to|will|wollen|want|switch|wechsel\w*|replace|ablös\w*|before that|vorher|"
    r"davor|look at|ansehen|umsteigen|migrate|go-live|go live|only (?:then|when)|erst dann|erst wenn)\b"
)
TIMELINE_DOUBT = rx(
    r"\b(?:so schnell geht (?:das|es) \w* ?\w* ?nie|never that (?:fast|quick)|nie so schnell|unrealistic|unrealistisch|"
    r"zu knapp|too tight|zu ambitioniert|too ambitious|won'?t happen|"
    r"bezweifl\w*|doubt\w*|widerspr\w*|contradict\w*|uneinig|disagree\w*)\b"
)
DESIRE = rx(
    r"\b(?:will|wollen|möchte\w*|soll\w*|muss|müssen|want\w*|wish\w*|need\w*|'d like|would like|aim\w*|plan\w*|"
    r"fixed|gelöst|erledigt|should|hope\w*)\b"
)

# --- budget ------------------------------------------------------------------------------------------------
BUDGET_CUE = rx(
    r"\b(?:[\w-]*budget\w*|geld\w*|money|\$\$+|€€+|finanzierung\w*|funding|funds?|mittel\b|investitionsplan\w*|"
    r"investitionsbudget|investitions\w*|haushalt(?:s\w*|mittel\w*|plan\w*|jahr\w*)?\b|förder\w*|grants?|subsid\w*|bedenken wegen (?:der )?kosten|cost concerns?|concerned about (?:the )?"
    r"(?:cost|price)|zu teuer|too expensive|preissensib\w*|price[- ]sensitive|earmarked|set aside|beiseite\w*|eingeplant|eingestellt|allocated|"
    r"zugewiesen|bewilligt|spend\w*|ausgeben|umschicht\w*|reallocat\w*|invest(?:ieren|ment)?\b|"
    r"pricing|preisrahmen|price range|zahlungsbereitschaft|willingness to pay|kostenrahmen|"
    r"geben (?:\w+\s+){0,6}?aus|gibt (?:\w+\s+){0,6}?aus|pay(?:s|ing)? (?:\S+\s+){0,6}?(?:per|a|each) (?:year|month)|"
    r"zahl(?:en|t|te|ten) (?:\S+\s+){0,4}?[\d.,]+\s?(?:€|eur\w*|t€|k€|tsd)\S*\s?(?:/|pro |im |per |a )(?:jahr|monat|year|month))\b|\$\$|€€"
)
# cues that only count for budget next to an amount ("120.000 Euro vorgesehen", "Investitionen von 250.000 €")
BUDGET_MONEY_CUE = rx(
    r"\b(?:vorgesehen|reserviert|reserved|bereitgestellt|zur verfügung|available|investition\w*|investments?|"
    r"can spend|kann \w+ ausgeben|spend up to|rechnen mit|budget range|range|freigegeben|genehmigt|approved|eingeplant|"
    r"steht \w* ?(?:\w+ )?bereit|ready for|zurückgelegt|put \S+ into)\b"
)
BUDGET_FIRM = rx(
    r"\b(?:willing to (?:spend|invest|pay)|bereit,? (?:\w+ )?(?:zu )?(?:investieren|auszugeben|zahlen)|up to|bis zu|[\w-]*budget\w*|earmarked|set aside|beiseite\w*|eingeplant|eingestellt|allocated|zugewiesen|bewilligt|"
    r"genehmigt|freigegeben|approved|signed off|haushalt\w*|investitionsplan\w*|umschicht\w*|reallocat\w*|"
    r"abgestimmt|mittel\b|funds?|funding)\b"
)
BUDGET_NOT = rx(
    r"\b(?:zeitbudget|time budget|zeit-budget|personalbudget für|stundenbudget|fehlerbudget|error budget)\b"
)
# our own price, a competitor's price, an approval threshold: not the customer's budget
BUDGET_TRAP = rx(
    r"\b(?:we quoted|quoted|our (?:list )?price\w*|unser\w* (?:listen)?preis\w*|listenpreis\w*|list price|angebotspreis|"
    r"(?:wir|ich) (?:haben|habe) [^.]{0,30}angeboten|our (?:offer|proposal|quote)|unser angebot|we offered|"
    r"per (?:seat|user|licen[cs]e|turbine|month) per|pro (?:nutzer|lizenz|monat)|competitor\w*|wettbewerb\w*|"
    r"konkurrenz\w*|rabatt\w*|discount\w*|nachlass)\b"
)
THRESHOLD = rx(
    r"\b(?:above|over|more than|exceeding|über|oberhalb|ab|jenseits von)\s+(?:€|\$|£)?\s?\d[\d.,]*\s?(?:k|t€|tsd|mio|m|€|eur|euro)?"
)
APPROVAL = rx(
    r"\b(?:sign\w*|approv\w*|freigeb\w*|freigabe|unterschreib\w*|genehmig\w*|zeichnet|entscheid\w*)\b"
)
CURRENT_SPEND = rx(
    r"\b(?:kostet|kosten|costs?|zahlen|pay(?:s|ing)?|spend(?:s|ing)?|ausgaben|gibt \w+ aus|geben \w+ aus|currently|heute|"
    r"derzeit|per year|a year|im jahr|pro jahr|/jahr|jährlich|annually)\b"
)

# --- authority ---------------------------------------------------------------------------------------------
DECISION = rx(
    r"\b(?:entscheid\w*|entschied\w*|entscheidung\w*|entscheider\w*|unterschreib\w*|unterschrift\w*|unterzeichn\w*|"
    r"zeichnet|freigeb\w*|freigabe\w*|gibt frei|genehmig\w*|zustimm\w*|absegn\w*|abnick\w*|vetorecht|veto\w*|"
    r"vorschlagsrecht|das letzte wort|das sagen|decid\w*|decision\w*|signs?\b|signing|signed off|sign[- ]off|"
    r"approv\w*|final (?:word|say|call)|makes? the call|make the call|calls the shots|has the say|buying (?:center|"
    r"centre|committee)|einkaufsgremium|gremium|involved in (?:the |this )?decision|beteiligt an der entscheidung|"
    r"budget owner|budget holder|budgetverantwort\w*|verantwortet das budget|owns the budget|run it past|vorlegen|"
    r"(?:has|have|must|need) to agree|agree\w* on|zuschlag|awards? the contract|vergibt|vergabe|green light|grünes licht|go/no-go|greenlight|signing authority|zeichnungsberechtigt\w*|the call is (?:his|hers)|(?:goes|go|has to go|must go|geht|gehen|muss|müssen|läuft|laufen) (?:\w+ )?(?:through|über|durch) (?:the |die |den |das |unser\w* |their |ihr\w* )?(?:[\w-]+ )?(?:board|committee|management|vorstand|geschäftsführung|geschäftsleitung|gremium|aufsichtsrat|betriebsrat|gesellschafter\w*|ausschuss|cfo|ceo|gf|einkauf|procurement|finance))\b"
)
DECISION_SELF = rx(
    r"\b(?:i|ich|he|she|er|sie)\s+(?:alone\s+|allein\s+|final\w*\s+)?(?:owns? the decision|is the decision[- ]maker|"
    r"ist (?:die |der )?entscheider\w*|hat die entscheidung|make the call|makes the call|decide\w*|"
    r"entscheide\w*|sign\w*|unterschreib\w*|has the final|have the final|habe das letzte|hat das letzte|gibt frei|approve\w*)\b"
)
# "Entscheiden tue ich", "Unterschreiben muss am Ende er", "das entscheide ich": the decider named by a pronoun
DECISION_SELF_INV = rx(
    r"\b(?:entscheiden|entscheidet|unterschreiben|unterschreibt|freigeben|zeichnet) (?:tue |tut |werde |wird |muss |kann |darf )?"
    r"(?:\w+ ){0,2}?(?:ich|er|sie)\b(?! \w+ (?:nicht|noch))|\b(?:das|es) entscheide ich\b|\bthat'?s (?:my|his|her) (?:call|decision)\b"
)
ROLE_GROUP = rx(
    r"\b(?:board|management board|management team|management|vorstand\w*|geschäftsleitung|geschäftsführung|"
    r"führungskreis|führungsteam|leadership team|finance|finanzabteilung|finanz\w*|controlling|einkauf|procurement|"
    r"purchasing|it|hq|headquarters|zentrale|konzern\w*|group|holding|mutterkonzern|parent company|committee|"
    r"gremium|aufsichtsrat|gesellschafter\w*|eigentümer\w*|inhaber\w*|owner\w*|ceo|cfo|cto|coo|cio|fd|md|gf|vp|"
    r"director|direktor\w*|geschäftsführer\w*|chef\w*|boss|someone|jemand|irgendwer|somebody|partners|partner\w*versammlung|"
    r"\w*versammlung|\w*committee|betriebsrat|beirat)\b"
)
# our own colleagues and the regulator are not the customer's decision makers
AUTHORITY_NOT = rx(
    r"\b(?:our (?:trainer|colleague|manager|ceo|cfo|vp|head|boss|sales|team|legal|gf|md)\w*|unser\w* (?:trainer\w*|"
    r"kolleg\w*|chef\w*|vertriebsleit\w*|geschäftsführ\w*|gf|vorstand|rechtsabteilung|legal)|my (?:manager|boss|"
    r"colleague)|mein\w* (?:chef\w*|kolleg\w*|vorgesetzt\w*)|local authority|authorities|behörde\w*|regulator\w*|"
    r"aufsichtsbehörde\w*|entscheidung: ja|decision: yes)\b"
)

# --- negative consequences ---------------------------------------------------------------------------------
NEG_COND = rx(
    r"\b(?:wenn|falls|sollte|sollten)\b[^.;:,]{0,80}?\b(?:nicht|verfehlt\w*|verpasst|versäumt|überschritten|scheiter\w*|ausbleib\w*|misslingt|"
    r"schief|nichts passiert|nichts ändert|nothing changes|so bleibt|weiter so)\b|"
    r"\bif\b[^.;:,]{0,80}?\b(?:miss\w*|fail\w*|not|n'?t|(?:don|doesn|didn|won|can|isn|aren|wasn)'?t|cannot|stays?|remains?|nothing (?:changes|happens)|"
    r"keeps? (?:going|happening))\b|"
    r"^(?:\W*)(?:sinkt|steigt|klappt|gelingt|kommt|schaff\w*|erreich\w*|funktioniert)\b[^,]{0,60}\bnicht\b|"
    r"^(?:\W*)(?:scheiter\w*|misslingt|verfehl\w*)\b|\b(?:so weiter(?:läuft|geht)|weitermachen wie bisher|"
    r"if (?:this|things|it) (?:carries|carry|goes|keeps) on|carry on like this)\b|"
    r"\bif\b[^.;:,]{0,60}?\b(?:(?:happens|occurs|fails|breaks) again|the same (?:\w+ )?(?:gaps|problems|issues|findings|"
    r"errors|mistakes))\b|\b(?:wenn|falls)\b[^.;:,]{0,60}?\b(?:wieder|erneut) (?:\w+ ){0,3}?(?:passiert|vorkommt|auftritt|"
    r"ausfällt|findet|feststellt|scheitert|fehlt)\b|"
    r"\b(?:otherwise|sonst|andernfalls|ansonsten|or else|bleibt (?:es|alles) so|wenn (?:alles )?so bleibt|if things stay|"
    r"if nothing (?:changes|happens)|ohne (?:lösung|änderung|veränderung)|without (?:a )?(?:fix|solution|change))\b|\bwhat happens if\b|\bwas passiert,? wenn\b|"
    # doing nothing: "if we do nothing", "if nothing is done", "wenn wir nichts tun", "tun sie nichts", "the cost of inaction"
    r"\b(?:if|unless)\b[^.;:,]{0,40}?\b(?:do(?:es)?|did) nothing\b|\bif nothing (?:is|gets|was) (?:done|changed)\b|"
    r"\b(?:by |from )?doing nothing\b|\b(?:cost|price|risk) of (?:inaction|waiting|standing still)\b|"
    r"\b(?:wenn|falls)\b[^.;:,]{0,40}?\bnichts (?:tun|tut|machen|macht|unternehmen|unternimmt|ändern|ändert)\b|"
    r"\b(?:wenn|falls) nichts (?:getan|gemacht|unternommen|geändert) wird\b|"
    r"^\W*(?:tun|machen|unternehmen|ändern) (?:wir|sie|die|er) nichts\b|\bnichtstun\w*|"
    r"\b(?:at stake|auf dem spiel|droh\w*|threat\w*|risk\w*|risiko\w*|riskier\w*|gefährd\w*|"
    r"jeopardi[sz]\w*|penalt\w*|strafe\w*|vertragsstrafe\w*|bußgeld\w*|fines|(?:a|the) fine|sanktion\w*)\b"
)
NEG_CONCRETE = rx(
    r"\d|\b(?:verlager\w*|move\w*|moving|relocat\w*|schließ\w*|clos\w*|auslager\w*|outsourc\w*|verlier\w*|los(?:e|ing|t)\b|"
    r"kündig\w*|cancel\w*|fines|strafe\w*|penalt\w*|bußgeld\w*|can'?t open|cannot open|nicht anlaufen|"
    r"kann nicht|können nicht|can'?t|cannot|explain it publicly|öffentlich|job\w*|position|entlass\w*|fired|"
    r"abwander\w*|churn\w*|umsatz\w*|revenue|kunde\w*|customer\w*|rahmenvertrag\w*|contract|werk|plant|standort\w*|"
    r"branches?|filiale\w*|linie|line|verfall\w*|verkauf\w*|sell\w*|sold|patient\w*|weg(?:laufen)?\b|placements?|rated|kreditlinie|credit line|expir\w*|fördermittel\w*|funding|fail\w*|premium\w*|goes up|steig\w*|escalat\w*|eskalier\w*|board|vorstand|auditor\w*|prüfer\w*|marktanteil\w*|market share)\b"
)
NEG_PAST_LOSS = rx(
    r"\b(?:(?:late|penalty|late payment) fees?|fees (?:were|of)|gebühren|mahngebühren|penalties (?:were|of)|hat uns|haben uns|cost (?:us|them|him|her|the company)|costs? us|kostete|gekostet|lost|verloren|verpasst|per (?:event|failure|incident|"
    r"outage)|pro (?:ausfall|vorfall|ereignis|schaden)|je (?:ausfall|vorfall)|schaden von|damage of)\b"
)
NEG_NOT = rx(
    r"\b(?:(?:dann )?passiert (?:\w+ ){0,3}?nichts|nothing (?:much |bad |serious )?(?:would |will )?happens?|"
    r"sonst (?:nix|nichts|noch|alles|keine\w*|wenig)|otherwise nothing|otherwise (?:fine|ok|good)|sonst ist (?:es|das geld) weg|otherwise (?:it'?s|the money is) gone|use (?:it|them) or lose (?:it|them)|sonst verfällt|"
    r"sonst verfallen|otherwise it expires|wenn das klappt|if it works|if successful)\b"
)

# --- positive implications ---------------------------------------------------------------------------------
POS_COND = rx(
    r"\b(?:wenn (?:es|das|das projekt|sie es|wir es|er es) (?:klappt|gelingt|funktioniert|erfolgreich)|"
    r"wenn (?:es|das|das projekt) (?:gut )?läuft|bei erfolg|im erfolgsfall|wenn \w+ (?:das ziel|die ziele) erreich\w*|"
    r"schaffen (?:sie|wir|er) (?:es|das)|gelingt (?:es|das)|klappt (?:es|das)|"
    r"success would|a successful (?:project|rollout) would|erfolg (?:würde|bringt)|if (?:it|this|they|we|he|she) (?:clear\w*|solve\w*|fix\w*|manage\w*|pull\w* it off|get it done)\b|"
    r"wenn (?:sie|er|wir) (?:das|es) (?:schaffen|lösen|hinbekommen)|"
    r"if (?:it|this|the project|the pilot|they|we|he|she) (?:works|succeed\w*|is successful|goes well|pays off|"
    r"reach\w* (?:the|their|its) (?:goal|target)s?|hit\w* (?:the|their) targets?|make it|hit it|hit that|get there|"
    r"reach (?:it|that))|if successful|wenn (?:sie|wir|er|es) (?:das|es|dort) (?:schaff\w*|erreich\w*|hinbekomm\w*)|once "
    r"(?:the goal|the target|this) (?:is|are) (?:reached|achieved|met)|on success|when it works)\b"
)
POS_REWARD = rx(
    r"\b(?:bonus\w*|prämie\w*|promotion|promoted|beförder\w*|befördert|bigger team|larger team|größeres team|"
    r"mehr personal|more headcount|(?:has|have) been promised|wurde \w+ versprochen|versprochen|lead for|leitung für|"
    r"free up|frees up|freisetzen|frei machen|second phase|zweite phase|phase (?:2|two|zwei)|budget for|übernehmen|take over|next (?:big )?(?:step|project|initiative)|folgeprojekt\w*|anschlussprojekt\w*|"
    r"expand\w*|ausweit\w*|roll(?:ing)? (?:it |this |that )?out|ausroll\w*|zertifizier\w*|certif\w*|wachstum|freed up|frei werden)\b"
)
POS_CONCRETE = rx(
    r"\d|\b(?:two|three|zwei|drei|werkleitung|leitung|lead|rollout|zertifizier\w*|certif\w*|pharma|bonus|promotion|phase|"
    r"beförderung|standort\w*|sites?|markt|market|europ\w*|recruiters?|team|headcount|subsidiar\w*|tochter\w*|"
    r"countr\w*|länder\w*|abteilung|department|us|uk|dach|zweite\w*|dritte\w*|vierte\w*|fünfte\w*|second|third|fourth|fifth|"
    r"kauf\w*|buy\w*|acquir\w*|übernahme|eröffn\w*|open\w*|stellen|positions?|fund\w*|leases?)\b"
)

# --- will to change (the decision maker's) -----------------------------------------------------------------
WILL_STRONG = rx(
    r"\b(?:selbst (?:\w+ ){0,6}?(?:angestoßen|angekündigt|initiiert|gesetzt|angeschoben|auf den weg gebracht)|"
    r"(?:hat|haben) (?:das|es|\w+) (?:\w+ ){0,6}?selbst (?:\w+ ){0,4}?(?:angestoßen|angekündigt|initiiert|gesetzt)|"
    r"auf die agenda|top-?thema|chefsache|durchziehen|will es (?:\w+ ){0,3}(?:\"|„)?dieses mal|"
    r"treibt (?:\w+ ){0,3}voran|vorantreib\w*|personally (?:driv|push|sponsor)\w*|(?:is|are) (?:driving|pushing)|"
    r"drives? (?:it|this|the project)|push(?:es|ing)? (?:it|this|hard)|(?:has been|have been|is|are|was) (?:driving|pushing)|"
    r"pushing (?:this|it|the topic|for)|kicked (?:it|this) off|initiated|"
    r"put (?:it|this) on the agenda|announced|made it (?:a|his|her) (?:top )?priority|top priority|committed to|"
    r"sponsor\w*|wants? (?:this|it) (?:fixed|done|solved)|will (?:das|es) (?:gelöst|erledigt|umgesetzt)|"
    r"already (?:freed up|allocated|started|kicked off|set aside|hired)|hat (?:bereits|schon) (?:\w+ ){0,3}?(?:freigegeben|"
    r"gestartet|angestoßen|bereitgestellt)|done with|hat genug von|fed up|"
    r"fest entschlossen|determined to|absolut dahinter|fully behind|ernst (?:damit|gemeint)|serious about|supportive|"
    r"on board|behind (?:it|this|the project)|steht (?:voll )?dahinter|done with|hat (?:die nase )?voll)\b"
)
WILL_WEAK = rx(
    r"\b(?:funktioniert|hat funktioniert|works? fine|working fine|works for me|keinen grund|kein grund|no reason|"
    r"status quo|zufrieden|happy with|satisfied|not really behind|nicht wirklich dahinter|if (?:she|he) lets|"
    r"wenn (?:sie|er) (?:mich )?lässt|won'?t spend much|nicht viel ausgeben|keine eile|no rush|no urgency|"
    r"kein druck|no pressure|skeptisch|sceptical|skeptical|not convinced|nicht überzeugt|wait and see|abwarten|"
    r"not a priority|keine priorität|nicht (?:so )?wichtig|not (?:that )?important|that'?s normal|ist normal|"
    r"keine zeit dafür|no time for (?:it|this)|don'?t see the need|do not see the need|sehen? keinen bedarf|keinen bedarf|zurückhaltend|reserved|hesitant|zögerlich|zögert|lukewarm|verhalten|unentschlossen|undecided|"
    r"lieber (?:so )?lassen|leave (?:it|things) as|übers knie brechen|keinen anlass|no need to change|"
    r"läuft (?:doch |eigentlich |ja |im grunde )+(?:ganz |alles )?gut|(?:eigentlich|im grunde) ganz gut|"
    r"seit \d+ jahren so|always done it (?:this|that) way|"
    r"verdien\w* gut)\b"
)
WILL_HEARSAY = rx(
    r"\b(?:gut feeling|bauchgefühl|my impression|mein eindruck|ich glaube|i think|i believe|seems?|scheint|wohl|"
    r"angeblich|reportedly|\w+ says\b|\bsagt\b|eher|rather|somewhat|per [A-Z]\w+|laut [A-Z]\w+|lt\. [A-Z]\w+|according to|sagt (?:sein|ihr)\w*|(?:he|she) "
    r"says (?:his|her) (?:boss|ceo)|kept saying|hört man|i hear)\b"
)
# second-hand or an impression only: "according to X", "laut X", "he seemed", "I'm told", "hab ich mir sagen lassen"
SECOND_HAND = rx(
    r"\b(?:laut|lt\.|according to) (?:ihr\w*|sein\w*|his|her|their|dem|der|the)?\s?(?-i:[A-ZÄÖÜ])\w+|"
    r"\b(?:apparently|reportedly|supposedly|allegedly|angeblich|offenbar|anscheinend|wohl|"
    r"i'?m told|i was told|i hear|i heard|we hear|word is|rumou?r\w*|gerücht\w*|hört man|hab(?:e)? ich (?:mir )?sagen lassen|"
    r"hab(?:e)? ich gehört|soll (?:\w+ ){0,4}?(?:sein|haben)|gut feeling|bauchgefühl)\b",
)
# an impression of the person ("she seemed determined"), unless the notes quote the person's own words
IMPRESSION = rx(
    r"\b(?:wirkt\w*|seemed|seems|scheint|comes? across|came across|my impression|mein eindruck|unser eindruck|"
    r"our impression)\b"
)
OWN_WORDS = re.compile(r"[\"„“”«»][^\"„“”«»]{12,}[\"“”«»]|\b(?:zitat|quote)\b", IC)


def second_hand(text: str) -> bool:
    """Return True when a sentence about a person is hearsay, or an impression with no quote of their own words."""
    return bool(SECOND_HAND.search(text) or (IMPRESSION.search(text) and not OWN_WORDS.search(text)))


DM_ROLE_WORD = rx(
    r"\b(?:owner|inhaber\w*|ceo|geschäftsführer\w*|gf|vorstand\w*|chef\w*|boss|managing director|president|"
    r"partner\w*|eigentümer\w*|founders?|gründer\w*|founding)\b"
)

# --- relevance of information ------------------------------------------------------------------------------
INFO = rx(
    r"\b(?:kriteri\w*|criteri\w*|bewertungsmatrix|bewertungsschema|scoring|lastenheft\w*|pflichtenheft\w*|"
    r"anforderungsliste\w*|anforderungskatalog\w*|requirements? (?:list|catalog\w*|document)|rfp|rfi|shortlist\w*|"
    r"long ?list|vergleich\w*|compar\w*|anbieter (?:angesehen|verglichen|im vergleich)|(?:looked at|evaluat\w*|"
    r"angesehen|gesichtet) \w* ?(?:\w+ )?(?:anbieter|vendors|providers|suppliers|tools|solutions|lösungen|competitors|"
    r"wettbewerber|alternatives|alternativen)|"
    r"(?:\d+|zwei|drei|vier|fünf|elf|zwölf|two|three|four|five|eleven|several|mehrere) (?:\w+ )?(?:anbieter|vendors|providers|"
    r"brokers?|tools|lösungen|solutions|competitors|wettbewerber)|analyst\w*|gartner|forrester|"
    r"webinar\w*|whitepaper\w*|white papers?|studien|studies|read (?:a (?:ton|lot)|everything)|gelesen|"
    r"informationen (?:sammeln|gesammelt)|sammelt (?:\w+ )?informationen|gathering information|collecting information|"
    r"research\w*|recherch\w*|lost in it|gathering options|reading up|liest sich \w* ?ein|erfahrungsberichte|"
    r"(?:sammelt|sammeln) (?:gerade )?(?:\w+ )?(?:optionen|infos|informationen|erfahrungen)|overwhelm\w*|überfordert|information overload|informationsflut|"
    r"how to compare|wie (?:sie|er|man) (?:das|die angebote)? ?vergleichen|keine kriterien|no criteria)\b"
)
INFO_OVERLOAD = rx(
    r"\b(?:unzählige|countless|endless|a ton|tons of|jede menge|zu viele|too many|lost in it|a bit lost|overwhelm\w*|"
    r"überfordert|information overload|informationsflut|how to compare|"
    r"weiß nicht,? wie (?:er|sie|man) (?:das |die \w+ )?vergleich\w*|no (?:way|means) to compare|keine kriterien|no criteria|"
    r"haben keine|we have none|have none|jeder (?:hier )?findet (?:etwas )?anderes|everyone wants (?:something|sth) different|"
    r"elf anbieter|eleven vendors|blick\w* (?:\w+ )?nicht (?:mehr )?durch|"
    r"(?:stapel|haufen) (?:\w+ )?(?:studien|unterlagen|angebote\w*|whitepaper\w*|prospekte\w*|infos?\w*)|"
    r"(?:pile|stack) of (?:\w+ )?(?:studies|reports|proposals|brochures|info\w*|white ?papers)|"
    r"(?:[5-9]|\d{2,}|sieben|acht|neun|zehn|zwölf|seven|eight|nine|ten|twelve) (?:\w+ )?(?:anbieter|vendors|providers|tools|"
    r"lösungen|solutions|systeme|systems))\b"
)
INFO_NOT = rx(
    r"\b(?:(?:we|i|wir|ich) (?:sent|send|schicke\w*|schicken|geschickt|versendet|mailed)|infomaterial|brochure\w*|"
    r"broschüre\w*|case stud\w*|referenzliste|one-?pager|präsentation|unsere? webinar\w*|our webinar\w*|"
    r"unseren webinaren|calendar link|visitenkarte\w*)\b"
)
INFO_SPECIFIC = rx(
    r"\d|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|lastenheft\w*|pflichtenheft\w*|bewertungsmatrix|anforderungsliste\w*|datev|sap|"
    r"how to compare|keine kriterien|no criteria|haben keine)\b"
)

# --- fit of our offer --------------------------------------------------------------------------------------
OUR_OFFER = rx(
    r"\b(?:unser(?:e|en|em|er)?\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:tool|lösung|software|modul|produkt|system|app|plattform|"
    r"programm|service|dienst|angebot|telematik|erkennung|erfassung|portal|ticketsystem|lösungen|funktion\w*)|"
    r"our\s+(?:[\w-]+\s+){0,2}?(?:tool|solution|software|module|product|system|app|platform|programme|program|"
    r"service|offer|offering|feature\w*|api|interface|integration|connector|sensor\w*|devices?|hardware|machines?|"
    r"robots?|apps?|modules?|solutions?|products?|platform|suite|plugin|add-?on)|unser\w* (?:[\w-]+\s+)?(?:schnittstelle|api)|"
    r"we (?:don'?t|do not|can'?t|cannot) (?:support|offer|provide|do|handle)|wir (?:können|bieten|unterstützen) (?:\w+ )?(?:kein\w*|nicht)|"
    r"das haben wir|we have (?:that|it|one)|"
    r"ein [\w-]*modul haben wir|wir bieten|we offer|we provide)\b"
)
# "Unser DMS", "our CX suite": any named thing of ours (case-sensitive: a capitalised noun or an acronym)
OUR_THING = re.compile(r"\b(?:[Uu]nser(?:e|en|em|er)?|[Oo]ur)\s+(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][\w-]+")
FIT_GOOD = rx(
    r"\b(?:handles?|supports\b|unterstützt|kann das|können das|abbild\w*|works with|löst|lösen|passt|passen|trifft|treffen|deckt|abdeck\w*|adressiert|solves?|fits?|fitting|addresses|"
    r"matches|covers?|exactly|genau das|genau die|direkt auf|tailor-?made|wie gemacht|das haben wir|"
    r"we have that|ideal)\b"
)
FIT_POOR = rx(
    r"\b(?:ändert (?:\w+ ){0,4}nichts|changes nothing|doesn'?t (?:solve|fix|address|cover|help)|does not (?:solve|"
    r"fix|address|cover|help)|won'?t (?:solve|fix|help)|löst (?:das|es|\w+) (?:\w+ )?nicht|nicht das thema|"
    r"kein thema|not (?:their|the) (?:issue|problem|need)|rudimentär|rudimentary|basic only|"
    r"nur rudimentär|eher für|vor allem für .{0,40}gedacht|mainly for|passt nicht|doesn'?t fit|does not fit|"
    r"not a (?:good )?fit|poor fit|kaum passend|fehlt uns|we lack|we don'?t (?:have|support|offer)|"
    r"haben wir nicht|können wir nicht|können wir leider nicht|can'?t (?:do|offer|support)|nur teilweise|"
    r"zu groß|too big|oversized|überdimensioniert|overkill|bräuchte (?:sie|er) nicht|braucht (?:sie|er) nicht|"
    r"wouldn'?t need|only partly|only partially|nur die interne|only the internal|an den \w+ .{0,30}nichts|kann kein\w*|"
    r"können kein\w*|nur (?:sehr |stark )?eingeschränkt|only (?:to a )?(?:very )?limited|very limited|barely|hardly|can'?t handle|cannot handle|doesn'?t support|does not support|unterstützt (?:\w+ )?(?:kein\w*|nicht))\b"
)
# the customer's own verdict on our offer, with no product named: "exactly what we need", "genau sowas haben wir
# gesucht" (a fit) or "then we're not the right fit", "dann sind Sie raus" (a poor fit)
FIT_VERDICT_GOOD = rx(
    r"\b(?:genau (?:das|so\w*|die lösung),? (?:was|wonach|die|das) (?:wir|die|sie|er) (?:\w+ )?(?:brauch\w*|such\w*|"
    r"gesucht|wollen|wollten)|(?:haben|hatten) wir (?:\w+ )?gesucht|was wir (?:\w+ )?gesucht haben|"
    r"exactly (?:what|the (?:gap|thing|tool|solution)) (?:we|they|he|she|i) (?:\w+ )?(?:need\w*|want\w*|(?:were|are|have been|'ve been) "
    r"looking for)|(?:that'?s|this is|that is) exactly the (?:gap|problem|pain)|what we(?:'ve| have)? been looking for)\b"
)
# "if not, you're out", "wenn das stimmt, wäre das genau das …", "sounds like exactly what we need": no verdict yet
FIT_VERDICT_DOUBT = rx(
    r"\b(?:if|wenn|falls|sofern|unless|otherwise|sonst|wäre|would|sounds like|klingt|looks like|sieht \w+ aus)\b"
)
FIT_VERDICT_YES = rx(r"\b(?:yes|ja)\b")
FIT_VERDICT_POOR = rx(
    r"\b(?:not (?:the|a) right fit|nicht (?:der|die|das) richtig\w* (?:partner\w*|anbieter|lösung)|"
    r"(?:sind|wären|seid) (?:sie|ihr) (?:\w+ )?raus|(?:you'?re|you are|you'?d be) out\b|nichts für uns|not for us)\b"
)
FIT_HEDGE = rx(
    r"\b(?:könnte|could|might|möglicherweise|maybe|vielleicht|probably|wahrscheinlich|eventuell)\b"
)
