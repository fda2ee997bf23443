"""Action items in every usual form, from the whole notes: one item per task, owner resolved, due date resolved.

Forms: to-do sections and "Nächste Schritte" lists; `AI:`/`AP:`/`TODO`/`Action:` labels; `- [ ]` checkboxes;
`Owner: … Due: …` lines; tables (`Wer | Was | Bis wann`, `Owner | Action | Due`); `X -> task`, `X: task`,
`task – X – due`; and prose anywhere ("<name> will …", "<name> to …", "I'll …", "<Name> schickt … bis Freitag",
"Ich schicke …"). The owner is a participant (full name), the speaker or author for "I"/"ich", or a role/team
as written ("IT", "Einkauf"); the due date is resolved against the meeting date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from coach.minutes.models import ActionItem
from coach.text.dates import has_due_phrase, resolve_due
from coach.text.lines import Line, heading
from coach.text.names import TOKEN
from coach.text.people import People
from coach.text.sentences import sentence_texts as split_sentences

_LABEL = re.compile(
    r"^(?:to-?\s?dos?|todos?|aufgaben|action items?|action points|next steps|nächste schritte|follow-?ups?|vereinbart|"
    r"weitere schritte|maßnahmen|massnahmen|agreed actions|vereinbarungen|tasks|actions?|ais?|aps?|a\.i\.|"
    r"action|aktion|(?:was|what)\s+(?:wir|we)\s+(?:vereinbart|agreed)(?:\s+haben)?)\s*[:.-]?\s+",
    re.IGNORECASE,
)
# a label alone on its line, with the to-dos as bullets below it ("AP:", "TODO", "Action items:")
_BARE_LABEL = re.compile(
    r"(?:to-?\s?dos?|todos?|aufgaben|action items?|action points|next steps|nächste schritte|tasks|actions?|ais?|"
    r"aps?|a\.i\.|maßnahmen|massnahmen)\s*:?",
    re.IGNORECASE,
)
_CHECKBOX = re.compile(r"^\s*\[\s*[xX ]?\s*\]\s*")
_OWNER_DUE = re.compile(
    r"^\s*(?:owner|verantwortlich|wer)\s*:\s*(?P<owner>[^—–|;]+?)\s*[—–|;-]+\s*(?:due|fällig|bis wann|bis)\s*:\s*"
    r"(?P<due>[^—–|;]*?)\s*[—–|;-]+\s*(?P<task>.+)$",
    re.IGNORECASE,
)
_ARROW = re.compile(r"^(?P<owner>[^:>→]{1,40}?)\s*(?:->|→|=>)\s*(?P<task>.+)$")
_COLON = re.compile(r"^(?P<owner>[^:]{1,40}?)\s*:\s+(?P<task>.+)$")
_TO = re.compile(
    rf"^(?P<owner>(?:(?:Dr|Mr|Ms|Mrs|Hr|Fr|Herr|Frau)\.?\s+)?{TOKEN}(?:\s+{TOKEN}){{0,2}}|[A-Z]{{2,5}}|I|We|we)\s+"
    r"(?:will|'ll|to|is to|are to|shall|is going to|are going to|agreed to|offered to|promised to|will also|"
    r"needs to|has to|must|wird|werden|soll|sollen)\s+(?P<task>.+)$"
)
_DASH = re.compile(r"\s+[–—-]\s+|\s+\|\s+")
_HELPER_BEFORE = re.compile(
    r"\b(mit|with|für|for|an|to|bei|von|from|und|and|cc|via|über|at)\s+(?:(?:Hr|Fr|Herrn?|Frau|Mr|Ms|Mrs|Dr)\.?\s+)?$",
    re.IGNORECASE,
)
_SELF = re.compile(r"^\s*(?:ich|i|me|myself|mir)\b", re.IGNORECASE)
_TRAILING_CONNECTOR = re.compile(
    r"(?:[,–—-]\s*)?\b(?:bis|by|until|till|on|for|am|zum|vor|before|spätestens|within|in)?\s*$", re.IGNORECASE
)
_ROLE_OWNER = re.compile(
    r"^(?:IT|EDV|Legal|Recht|Rechtsabteilung|Einkauf|Procurement|Purchasing|Finance|Finanzen|Controlling|"
    r"Compliance|HR|Personal|Personalabteilung|Marketing|Vertrieb|Sales|Support|Ops|Operations|Facilities|"
    r"Maintenance|Instandhaltung|Buchhaltung|Accounting|Security|Datenschutz|DSB|Betriebsrat|Geschäftsführung|"
    r"Management|Board|Vorstand|PMO|Projektteam|Team|Customer Success|CS|Delivery|Onboarding|Legal team|"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:amt|abteilung|team|stelle))(?=\W|$)",
    re.IGNORECASE,
)
# Prose: a subject at the start of a sentence, then a commitment.
_EN_COMMIT = re.compile(
    r"^(?:(?:also|and|then|so|ok(?:ay)?|great|sure|yes|yeah|yep|right|fine|perfect|alright|good|cool|absolutely|"
    r"of course|fair enough|understood|noted|thanks),?\s+|[^,.;:]{3,30},\s+)*"
    r"(?P<subj>(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?"
    rf"{TOKEN}(?:\s+{TOKEN}){{0,2}}|I|we|We|[A-Z]{{2,5}}|our\s+\w+|the\s+\w+(?:\s+team)?|[Mm]aintenance|[Ll]egal)\s*"
    r"(?:will|'ll|shall|is going to|are going to|'s going to|agreed to|offered to|promised to|committed to|"
    r"undertook to|is to|are to|to)\s+(?!be\b|have been\b|not\b)(?P<rest>\w.+)$"
)
_EN_PRESENT = re.compile(
    r"^(?:(?:also|and|then),?\s+)*(?P<subj>(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?"
    rf"{TOKEN}(?:\s+{TOKEN}){{0,2}})\s+"
    r"(?P<verb>sends|books|schedules|prepares|checks|shares|sets up|follows up|reviews|drafts|delivers|provides|"
    r"organi[sz]es|arranges|confirms|updates|signs|hands over|circulates|coordinates|contacts|calls|emails|e-mails|"
    r"returns|uploads|creates|writes|owns|takes|clarifies|gets|asks|invites|submits|raises|files|informs|issues|"
    r"books|runs|tests|loops in|introduces|forwards|finali[sz]es|compiles|collects|looks into|investigates)\b"
    r"(?P<rest>.+)$"
)
_DE_VERBS = (
    r"schickt|schicke|schick|sendet|sende|send|übersendet|übermittelt|klärt|kläre|prüft|prüfe|liefert|liefere|"
    r"erstellt|erstelle|bereitet|bereite|richtet|richte|stellt|stelle|übernimmt|übernehme|organisiert|organisiere|"
    r"plant|plane|meldet|melde|kümmert|kümmere|gibt|gebe|nimmt|nehme|sammelt|sammle|informiert|informiere|"
    r"terminiert|lädt|lade|besorgt|besorge|finalisiert|finalisiere|verteilt|verteile|legt|lege|holt|hole|"
    r"stimmt|stimme|reicht|reiche|fordert|fordere|bespricht|bespreche|ruft|rufe|koordiniert|koordiniere|"
    r"aktualisiert|aktualisiere|überarbeitet|überarbeite|entwirft|entwerfe|beantragt|beantrage|vereinbart|"
    r"vereinbare|setzt|setze|baut|baue|testet|teste|leitet|leite|löscht|lösche|bringt|bringe|veranlasst|"
    r"veranlasse|kommt|bestätigt|bestätige|unterschreibt|unterschreibe|zeichnet|schaut|schaue|checkt|checke|"
    r"wird|werde|werden|soll|sollen|muss|müssen|sagt zu|sagte zu|hat zugesagt|will"
)
_DE_COMMIT = re.compile(
    r"^(?:(?:außerdem|ausserdem|dann|und|zudem|also|danach|ok|gut|ja),?\s+)*"
    r"(?P<subj>(?:(?:Dr|Hr|Fr|Herr|Frau|Prof)\.?\s+){0,2}"
    rf"{TOKEN}(?:\s+{TOKEN}){{0,2}}|[Ii]ch|[Ww]ir|[A-ZÄÖÜ]{{2,5}}|[Dd]ie\s+\w+|[Dd]er\s+\w+|[Dd]as\s+\w+)\s+"
    rf"(?P<verb>{_DE_VERBS})\b(?P<rest>.+)$"
)
_DE_INVERTED = re.compile(
    rf"^(?:[^,]{{0,60}}?\s)?(?P<verb>{_DE_VERBS})\s+(?P<subj>ich|wir)\b(?P<rest>.+)$", re.IGNORECASE
)
_NOT_TASK = re.compile(
    r"\b(?:hat|haben|hatte|hatten|was|were|had|has been|have been|did|wurde|wurden|war|waren)\b\s+\w+(?:ed|t|en)\b"
    r"|\?\s*$",
    re.IGNORECASE,
)
_GENERIC_SUBJECT = re.compile(
    r"^(?:the|this|that|it|there|these|they|he|she|you|which|what|der|die|das|es|er|sie|man|dies|diese\w*|"
    r"next|nächste\w*|follow|our|unser\w*|no|kein\w*|all|alle)$",
    re.IGNORECASE,
)
_SPEAKER_LINE = re.compile(
    rf"^\s*(?:\[[\d:.,]+\]\s*)?(?P<who>{TOKEN}(?:\s+{TOKEN}){{0,2}})(?:\s*\([^)]*\))?\s*:\s+(?P<text>.+)$"
)
_TABLE_HEAD = re.compile(r"\b(?:wer|who|owner|verantwortlich|name)\b", re.IGNORECASE)


def _owner_in(segment: str, people: People) -> str | None:
    """Return the first person named in a segment who is not a helper ('mit Otto'), a recipient or a question."""
    for start, end, person in people.mentions(segment):
        before = segment[:start]
        after = segment[end : end + 2]
        if _HELPER_BEFORE.search(before) or after.startswith("?"):
            continue
        return person.name
    return None


def _strip_due(task: str, phrase: str | None) -> str:
    """Return the task without a due phrase at its end ('send the plan by Friday' -> 'send the plan')."""
    task = task.strip().rstrip(".;,")
    if phrase:
        at = task.lower().rfind(phrase.lower())
        if at > 0 and len(task) - (at + len(phrase)) <= 3:
            head = _TRAILING_CONNECTOR.sub("", task[:at]).rstrip(" ,;–—-(")
            if len(head) >= 4:
                return head
    return task


def _resolve_owner(text: str, people: People, speaker: str | None) -> str | None:
    """Return the owner a short owner text names: a participant, the speaker/author for 'I', or a role as written."""
    text = re.sub(r"^(?:(?:Herrn?|Frau|Hr|Fr|Hrn|Mr|Ms|Mrs|Dr|Prof)\.?\s+)+", "", text.strip(" -–—:()[]*"))
    if not text:
        return None
    if _SELF.match(text) or re.match(r"^(?:me|my side|ich)$", text, re.IGNORECASE):
        if speaker:
            person = people.resolve(speaker)
            return person.name if person else speaker
        return people.author.name if people.author else None
    bracket = re.search(r"\(([^)]+)\)", text)
    if bracket:
        inner = people.resolve(bracket.group(1))
        if inner:
            return inner.name
    person = people.resolve(text)
    if person:
        return person.name
    role = _ROLE_OWNER.match(text)
    if role:
        return role.group(0)
    if re.fullmatch(rf"{TOKEN}(?:\s+{TOKEN}){{0,2}}", text) and not _GENERIC_SUBJECT.match(text):
        return text
    if re.fullmatch(r"[A-ZÄÖÜ]{2,5}", text):
        return text
    return None


def _item(task: str, owner: str | None, base: date | None, due_text: str | None = None) -> ActionItem | None:
    task = _CHECKBOX.sub("", task).strip(" .;")
    if due_text:
        due, phrase = resolve_due(due_text, base)
    else:
        due, phrase = resolve_due(task, base)
        task = _strip_due(task, phrase)
    if len(task) < 3:
        return None
    return ActionItem(task=task, owner=owner, due=due, due_text=phrase)


_INFINITIVE = re.compile(r"(?<![\w-])[a-zäöüß]{3,}(?:en|ern|eln)\b")


def _has_verb(piece: str, due: str | None) -> bool:
    """Return True when a piece of a '+' list is a task of its own: a German infinitive ('Vertragsentwurf
    schicken') or an English imperative of three words or more ('return the kit'), not a noun ('award letter')."""
    if due:
        piece = _strip_due(piece, due)
    words = piece.split()
    if _INFINITIVE.search(piece):
        return True
    return len(words) >= 3 and words[0][:1].islower()


def _split_tasks(text: str, base: date | None = None) -> list[str]:
    """Split one line into its tasks ('archive the data by Fri + return the kit by end of next week', 'A; B');
    a '+' list of things stays one task ('issue PO + award letter'). A due phrase that ends the line goes with
    every task split from it ('Rabattstaffel klären + Vertragsentwurf schicken, Ende nächster Woche')."""
    out: list[str] = []
    for part in re.split(r";\s+", text):
        pieces = [p.strip() for p in re.split(r"\s+\+\s+", part)]
        dues = [resolve_due(p, base)[1] for p in pieces]
        if len(pieces) > 1 and all(_has_verb(p, d) for p, d in zip(pieces, dues, strict=True)):
            shared = dues[-1]
            for piece, due in zip(pieces[:-1], dues[:-1], strict=True):
                out.append(piece if due or not shared else f"{piece}, {shared}")
            out.append(pieces[-1])
        else:
            out.append(part.strip())
    return [p for p in out if len(p) > 2]


def _trailing_owner(task: str, people: People, speaker: str | None) -> tuple[str, str | None]:
    """Return (task, owner) for a task ending in a bracketed owner: 'Vertrag zurücksenden (Hr. Çelik)'."""
    m = re.search(r"\s*\((?P<who>[^()]{2,40})\)\s*$", task)
    if m:
        owner = people.resolve(m.group("who"))
        if owner:
            return task[: m.start()].strip(), owner.name
        if _SELF.match(m.group("who")):
            return task[: m.start()].strip(), _resolve_owner("ich", people, speaker)
    return task, None


_FIELD_KEYS = {
    "owner": r"owner|verantwortlich\w*|wer|who|responsible|zuständig",
    "task": r"task|aufgabe|was|what|action|maßnahme|massnahme|item|todo|to-do",
    "due": r"due|fällig|bis wann|deadline|frist|when|wann|termin|by when",
}
_FIELD = re.compile(
    r"^\s*(?P<key>" + "|".join(f"(?P<{k}>{v})" for k, v in _FIELD_KEYS.items()) + r")\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)


def _fields(text: str) -> dict[str, str]:
    """Return the labelled fields of a to-do line in any order ('Owner: X | Task: Y | Due: Z'), else {}."""
    parts = [p for p in re.split(r"\s+[|—–]\s+|\s*;\s+|\s*\|\s*", text) if p.strip()]
    if len(parts) < 2:
        return {}
    out: dict[str, str] = {}
    for part in parts:
        m = _FIELD.match(part)
        if not m:
            return {}
        key = next(k for k in _FIELD_KEYS if m.group(k))
        out[key] = m.group("value").strip(" -–—")
    return out


def _structured(text: str, people: People, base: date | None, speaker: str | None) -> list[ActionItem]:
    """Parse one to-do line ('X -> task', 'X: task', 'X to task', 'task – X – due', 'Owner: X — Due: Y — task')."""
    text = _CHECKBOX.sub("", _LABEL.sub("", _CHECKBOX.sub("", text))).strip()
    fields = _fields(text)
    if fields and "owner" in fields and "task" in fields:
        owner = _resolve_owner(fields["owner"], people, speaker)
        item = _item(fields["task"], owner, base, fields.get("due") or None)
        return [item] if item else []
    m = _OWNER_DUE.match(text)
    if m:
        owner = _resolve_owner(m.group("owner"), people, speaker)
        item = _item(m.group("task"), owner, base, m.group("due") or None)
        return [item] if item else []
    owner: str | None = None
    body = text
    for pattern in (_ARROW, _TO, _COLON):
        mm = pattern.match(text)
        if mm:
            found = _resolve_owner(mm.group("owner"), people, speaker)
            if found:
                owner, body = found, mm.group("task")
                break
    out: list[ActionItem] = []
    if owner is None and _DASH.search(body):
        segments = [s.strip() for s in _DASH.split(body) if s.strip()]
        due_seg = next(
            (
                i
                for i in range(len(segments) - 1, 0, -1)
                if has_due_phrase(segments[i]) and len(segments[i]) <= 40
            ),
            None,
        )
        for i in [*range(1, len(segments)), 0]:
            seg = segments[i]
            if i == due_seg:
                continue
            found = _owner_in(seg, people) or (
                _resolve_owner(seg, people, speaker) if len(seg) <= 40 and "?" not in seg else None
            )
            if found and (i > 0 or len(segments) > 1):
                owner = found
                rest = [s for j, s in enumerate(segments) if j not in (i, due_seg)]
                if rest:
                    item = _item(
                        " – ".join(rest), owner, base, segments[due_seg] if due_seg is not None else None
                    )
                    return [item] if item else []
        if due_seg is not None:
            rest = [s for j, s in enumerate(segments) if j != due_seg]
            task, owner = _trailing_owner(" – ".join(rest), people, speaker)
            owner = owner or _prose_owner(task, people, speaker)
            item = _item(task, owner, base, segments[due_seg])
            return [item] if item else []
    for task in _split_tasks(body, base):
        task, trailing = _trailing_owner(task, people, speaker)
        who = owner or trailing or _prose_owner(task, people, speaker)
        item = _item(task, who, base)
        if item:
            out.append(item)
    return out


def _prose_owner(sentence: str, people: People, speaker: str | None) -> str | None:
    """Return the subject of a to-do sentence: 'Ich …' is the speaker/author, else a person named at its start."""
    if _SELF.match(sentence):
        return _resolve_owner("ich", people, speaker)
    found = people.mentions(sentence)
    if found and found[0][0] <= 12:
        return found[0][2].name
    role = _ROLE_OWNER.match(sentence.strip())
    return role.group(0) if role else None


def _prose(sentence: str, people: People, base: date | None, speaker: str | None) -> ActionItem | None:
    """Return the commitment a prose sentence states ('<name> will …', 'Ich schicke …'), or None."""
    text = sentence.strip()
    if len(text) < 8 or text.endswith("?"):
        return None
    for pattern in (_EN_COMMIT, _EN_PRESENT, _DE_COMMIT, _DE_INVERTED):
        m = pattern.match(text)
        if not m:
            continue
        subj = m.group("subj").strip()
        if _GENERIC_SUBJECT.match(subj.split()[0]) and not re.match(r"^(?:the|die|der|das)\s", subj, re.I):
            continue
        if re.match(r"^(?:the|die|der|das)\s", subj, re.I):
            role = subj.split(None, 1)[1]
            if not _ROLE_OWNER.match(role) and not re.search(r"(?:team|abteilung|amt)$", role, re.I):
                continue
            owner = role
        elif re.match(r"^(?:we|wir)$", subj, re.I):
            owner = None
            if speaker is None and not people.author:
                continue
            owner = _resolve_owner("ich", people, speaker)
        else:
            owner = _resolve_owner(subj, people, speaker)
            if owner is None and not _SELF.match(subj):
                continue  # "I'll …" is a commitment even when the notes do not say who wrote them
            if pattern in (_DE_COMMIT, _EN_PRESENT) and not people.resolve(subj) and not _SELF.match(subj):
                if not _ROLE_OWNER.match(subj):
                    continue
        rest = m.group("rest")
        if pattern is _DE_COMMIT and re.match(
            r"^\s*(?:\w+\s+){0,3}(?:gesagt|erklärt|gemeint|berichtet)\b", rest
        ):
            continue
        return _item(text, owner, base)
    return None


def _table_rows(lines: list[Line]) -> dict[int, dict[str, int]]:
    """Return, for each table row after a header like '| Wer | Was | Bis wann |', the column of owner/task/due."""
    out: dict[int, dict[str, int]] = {}
    columns: dict[str, int] | None = None
    for line in lines:
        text = line.text.strip()
        if not text.startswith("|") and text.count("|") < 2:
            columns = None
            continue
        cells = [c.strip() for c in text.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
            continue
        if _TABLE_HEAD.search(text) and len(cells) >= 2 and columns is None:
            columns = {}
            for i, cell in enumerate(cells):
                low = cell.lower()
                if re.search(r"\b(?:wer|who|owner|verantwortlich|name)\b", low):
                    columns["owner"] = i
                elif re.search(r"\b(?:bis|due|when|wann|frist|termin|date|datum)\b", low):
                    columns["due"] = i
                elif re.search(r"\b(?:was|what|task|aufgabe|action|maßnahme|item)\b", low):
                    columns["task"] = i
            continue
        if columns and "owner" in columns and "task" in columns:
            out[line.index] = columns
    return out


def extract_actions(
    lines: list[Line],
    people: People,
    base: date | None,
    speakers: bool = True,
    authors: dict[int, str] | None = None,
) -> list[ActionItem]:
    """Return the action items of the notes, with owners resolved and due dates counted from base.

    `authors` maps a line index to who wrote it (the sender of an e-mail), the owner of its "I'll …".
    """
    items: list[ActionItem] = []
    tables = _table_rows(lines)
    label_list = False  # the bullets under a bare label line such as "AP:" or "AI:"
    for line in lines:
        if line.section == "participants":
            continue
        if _BARE_LABEL.fullmatch(line.text.strip()):
            label_list = True
            continue
        label_list = label_list and line.bullet
        if label_list and line.section == "body":
            line = replace(line, section="actions")
        if line.index in tables and not _fields(line.text):
            cells = [c.strip() for c in line.text.strip().strip("|").split("|")]
            row = {k: cells[i] if i < len(cells) else "" for k, i in tables[line.index].items()}
            owner = _resolve_owner(row.get("owner", ""), people, None)
            item = _item(row.get("task", ""), owner, base, row.get("due") or None)
            if item:
                items.append(item)
            continue
        section, rest = heading(line.text)
        if section and not rest:
            continue
        text = line.text
        speaker = None
        sm = _SPEAKER_LINE.match(text) if speakers and line.section != "actions" and not line.bullet else None
        if sm and people.resolve(sm.group("who")):
            speaker, text = sm.group("who"), sm.group("text")
        elif authors and line.index in authors and people.resolve(authors[line.index]):
            speaker = authors[line.index]
        labelled = bool(_LABEL.match(text) or _CHECKBOX.match(line.raw.strip().lstrip("-*• ")))
        if line.section == "actions" or labelled or _OWNER_DUE.match(text):
            if line.section == "header" and not labelled:
                continue
            parts = split_sentences(_LABEL.sub("", text))
            if len(parts) == 1 or (len(parts) <= 2 and _DASH.search(text)):
                items.extend(_structured(text, people, base, speaker))
                continue
            if labelled or line.section == "actions":
                for part in parts:
                    item = _prose(part, people, base, speaker)
                    items.extend([item] if item else _structured(part, people, base, speaker))
                continue
        if line.section == "header" and not line.bullet:
            continue
        for sentence in split_sentences(text):
            item = _prose(sentence, people, base, speaker)
            if item:
                items.append(item)
    seen: set[str] = set()
    unique: list[ActionItem] = []
    for item in items:
        key = item.task.lower()
        if key not in seen and len(item.task) > 2:
            seen.add(key)
            unique.append(item)
    return unique
