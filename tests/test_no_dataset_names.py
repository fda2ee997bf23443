"""No person's or company's name from the labelled datasets occurs in the code or the tests.

The names are the gold labels' own: people (first name and surname together) from the participants and the
transcripts' speakers; companies of two or more words from the customer's and the seller's company fields and the
participants' organisations. Every label file under evals/datasets/ is read, the
blind splits too, as raw data only: a name found only there is never printed ("a blind case's name"). Every text
file under coach/ and tests/ counts: code, comments, docstrings and test inputs. The role-play scenarios' persona
texts (coach/resources/knowledge/scenarios/) are ours: a name written there is no dataset's, even when a dataset
copied it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATASETS = REPO / "evals" / "datasets"
SCANNED = ("coach", "tests")
PERSONAS = REPO / "coach" / "resources" / "knowledge" / "scenarios"
SKIPPED_DATASETS = ("roleplay_probes",)  # questions about our own scenarios, no labelled people or companies
BINARY = {".npz", ".npy", ".pyc", ".gguf", ".bin", ".png", ".jpg", ".jpeg", ".docx", ".pdf", ".sqlite3"}
TITLES = {"dr", "prof", "herr", "herrn", "frau", "mr", "mrs", "ms", "mx", "dipl", "ing", "sir", "dame"}
LEGAL = {
    "gmbh", "mbh", "ggmbh", "ag", "kg", "kgaa", "se", "ug", "ohg", "ev", "eg", "co", "inc", "ltd", "llc", "plc",
    "corp", "sa", "sarl", "bv", "nv", "ab", "oy", "as", "aps", "spa", "srl", "pty", "llp", "lp",
}  # fmt: skip
# labels standing where a name would be: roles, placeholders, departments, devices (no person, no company)
GENERIC = {
    "speaker", "sprecher", "sprecherin", "unknown", "unbekannt", "guest", "gast", "participant", "teilnehmer",
    "teilnehmerin", "team", "einkauf", "vertrieb", "sales", "customer", "kunde", "kundin", "seller", "buyer",
    "client", "iphone", "ipad", "phone", "telefon", "room", "raum", "konferenzraum", "meetingraum", "the", "der",
    "die", "das", "our", "unser", "unsere", "und", "and",
}  # fmt: skip
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_MARKS = re.compile(r"[\u0300-\u036f]")
_SPECIAL = str.maketrans(
    {"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "’": "'", "ʼ": "'"}
)
_UMLAUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
Key = tuple[str, ...]


def fold(text: str) -> str:
    """Return text lower-cased without accents, so that 'Kılınç', 'KILINÇ' and 'Kilinc' read alike."""
    text = text.casefold()
    if text.isascii():
        return text
    return _MARKS.sub("", unicodedata.normalize("NFKD", text.translate(_SPECIAL)))


def words(text: str) -> list[str]:
    """Return the folded words of a text (underscores and hyphens part words: 'ortrud_quandelbeck' is two)."""
    return _WORD.findall(fold(text))


def _person_part(label: str) -> str:
    """Return the name in a person label: without '(Company)' or ', Role'; 'Surname, Given' turned around."""
    label = re.sub(r"\([^)]*\)", " ", label)
    first, _, rest = (part.strip() for part in label.partition(","))
    if rest and len(first.split()) == 1 and len(rest.split()) == 1:
        return f"{rest} {first}"
    return first


def variants(label: str, kind: str) -> set[Key]:
    """Return the word runs under which a labelled name counts as written (none for a generic or one-word name)."""
    out: set[Key] = set()
    if kind == "person":
        label = _person_part(label)
    for form in {label, label.translate(_UMLAUT)}:
        toks = words(form)
        if kind == "person":
            toks = [t for t in toks if t not in TITLES]
            spoken = [w for w in form.split() if fold(w).strip(".") not in TITLES]
            if len(spoken) < 2 or any(t in GENERIC or t.isdigit() or len(t) < 2 for t in toks):
                continue  # one word ("Hui-Wen", "Tiefenbrunn-Veldhusen") is no first name with a surname
            given, surname = tuple(words(spoken[0])), tuple(words(spoken[-1]))  # "Ohm-Vale" stays whole
            out.add(tuple(toks))
            if given and surname:
                out.update({given + surname, surname + given})  # "Surname, Given" too
        else:
            core = [t for t in toks if t not in LEGAL]
            if not core or all(t in GENERIC or t.isdigit() for t in core):
                continue
            out.update(key for key in (tuple(toks), tuple(core)) if len(key) >= 2)
    return out


# a label field at a line's start ("- name: …") or in a flow mapping ("{name: …, side: …}"), then its value
_FIELD = re.compile(
    r"(?:^[ \t]*(?:-[ \t]+)?|[{,][ \t]*)(name|speaker|organisation|customer_company|seller_company|company)"
    r"[ \t]*:[ \t]*(?:\"((?:[^\"\\\n]|\\.)*)\"|'((?:[^'\n]|'')*)'|([^\s,{}\[\]#\"'][^{}\[\]#\n]*))"
)
# a key whose value is a literal block ("notes: |"): the case's text, not a label
_BLOCK = re.compile(r"^[ \t]*(?:-[ \t]+)?([\w-]+)[ \t]*:[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$")
_PERSON_KEYS = {"name", "speaker"}


def labels(raw: str) -> Iterable[tuple[str, str]]:
    """Yield (kind, label) of every person and company field of a label file (one pass, no YAML parser).

    The people are the participants' names and the speakers; the companies the customer's and seller's company
    fields and the participants' organisations. The case texts (literal blocks such as `notes: |`) are skipped.
    """
    block: int | None = None
    for line in raw.splitlines():
        stripped = line.lstrip(" ")
        if block is not None:
            if not stripped or len(line) - len(stripped) > block:
                continue
            block = None
        opens = _BLOCK.match(line)
        if opens:
            block = opens.start(1)
            continue
        for field in _FIELD.finditer(line):
            value = field.group(2) or field.group(3) or ""
            if field.group(4):  # a plain value: in a flow mapping it ends at the next comma
                value = field.group(4).split(",")[0] if "{" in line[: field.start(4)] else field.group(4)
            value = value.strip()
            if value and value != "null":
                yield ("person" if field.group(1) in _PERSON_KEYS else "company"), value


def _blind(path: Path) -> bool:
    return any(part.startswith(("blind", "heldback")) for part in path.relative_to(DATASETS).parts)


def ngrams(toks: list[str], longest: int) -> set[Key]:
    """Return every run of 2 to `longest` words of a word list."""
    return {tuple(toks[i : i + n]) for n in range(2, longest + 1) for i in range(len(toks) - n + 1)}


@lru_cache(maxsize=1)
def dataset_names() -> tuple[dict[Key, tuple[str, str, bool]], set[Key]]:
    """Return {word run: (kind, label, only in blind files)} and the runs our persona texts hold as well."""
    seen: dict[tuple[str, str], bool] = {}  # (kind, label) -> only in blind files
    for path in sorted(DATASETS.rglob("*.yaml")):
        if path.relative_to(DATASETS).parts[0] in SKIPPED_DATASETS:
            continue
        blind = _blind(path)
        for item in set(labels(path.read_text(encoding="utf-8", errors="replace"))):
            seen[item] = seen.get(item, True) and blind
    runs = {(kind, label): variants(label, kind) for kind, label in seen}
    longest = max((len(k) for keys in runs.values() for k in keys), default=2)
    ours: set[Key] = set()
    for path in sorted(PERSONAS.glob("*.yaml")):
        ours |= ngrams(words(path.read_text(encoding="utf-8")), longest)
    names: dict[Key, tuple[str, str, bool]] = {}
    shared: set[Key] = set()
    for (kind, label), blind in sorted(seen.items(), key=lambda kv: kv[1]):  # a tuning label wins its runs
        if runs[kind, label] & ours:  # a persona of ours that a dataset copied: every way of writing it
            shared |= runs[kind, label]
            continue
        for key in runs[kind, label]:
            names.setdefault(key, (kind, label, blind))
    return {k: v for k, v in names.items() if k not in shared}, shared


def _scanned_files() -> list[Path]:
    out: list[Path] = []
    for top in SCANNED:
        for path in sorted((REPO / top).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix.lower() not in BINARY:
                out.append(path)
    return out


def _found(
    toks: list[str], names: dict[Key, tuple[str, str, bool]], starts: dict[str, set[Key]]
) -> list[tuple[int, Key]]:
    """Return (word index, name) of the dataset names in a word list: a set lookup at each word that starts one."""
    return [
        (i, key)
        for i, tok in enumerate(toks)
        if tok in starts
        for key in starts[tok]
        if tuple(toks[i : i + len(key)]) == key
    ]


def records() -> list[tuple[str, int, Key, str]]:
    """Return (file, line, name key, 'file:line: kind name') for every dataset name in coach/ and tests/."""
    names, _ = dataset_names()
    starts: dict[str, set[Key]] = {}
    for key in names:
        starts.setdefault(key[0], set()).add(key)
    out: set[tuple[str, int, Key, str]] = set()
    for path in _scanned_files():
        raw = path.read_bytes()
        if b"\0" in raw:
            continue
        text = raw.decode("utf-8", errors="replace")
        if not _found(words(text), names, starts):  # one pass over the file; most files stop here
            continue
        toks: list[str] = []
        line_of: list[int] = []
        for number, line in enumerate(text.split("\n"), start=1):  # line numbers as editors count them
            found = words(line)
            toks += found
            line_of += [number] * len(found)
        rel = path.relative_to(REPO).as_posix()
        for i, key in _found(toks, names, starts):
            kind, label, blind = names[key]
            shown = "a blind case's name (not shown)" if blind else repr(label)
            out.add((rel, line_of[i], key, f"{rel}:{line_of[i]}: {kind} {shown}"))
    return sorted(out)


def hits() -> list[str]:
    """Return 'file:line: kind name' for every dataset name in coach/ and tests/ (a blind case's name not shown)."""
    return sorted({shown for _, _, _, shown in records()})


# The names that were in the code and tests when this check came (round 17: 525 name occurrences on 481 lines, mostly common
# names that independent authors chose too), kept as digests of (file, name) with their line count, so that the list
# shows no name. A new line with a dataset name fails; renaming an old one is always welcome (then run
# `python tests/test_no_dataset_names.py --write-known` to shrink the list).
KNOWN = REPO / "tests" / "data" / "dataset_names_known.txt"


def _digest(rel: str, key: Key) -> str:
    return hashlib.sha256(f"{rel}\0{' '.join(key)}".encode()).hexdigest()[:16]


def _counts() -> tuple[Counter[str], dict[str, list[str]]]:
    counts: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    for rel, _, key, text in records():
        digest = _digest(rel, key)
        counts[digest] += 1
        shown.setdefault(digest, []).append(text)
    return counts, shown


def known() -> dict[str, int]:
    """Return {digest of (file, name): lines} of the names the code and tests carried when the check came."""
    out: dict[str, int] = {}
    for line in KNOWN.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            digest, count = line.split()
            out[digest] = int(count)
    return out


def write_known() -> int:
    """Write today's names as the known list; return how many (file, name) pairs it holds."""
    counts, _ = _counts()
    lines = ["# digests of (file, dataset name) with their line count: see tests/test_no_dataset_names.py"]
    lines += [f"{digest} {count}" for digest, count in sorted(counts.items())]
    KNOWN.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(counts)


def test_no_new_dataset_name_in_code_or_tests() -> None:
    counts, shown = _counts()
    allowed = known()
    new = [text for digest, n in counts.items() if n > allowed.get(digest, 0) for text in shown[digest]]
    assert not new, (
        f"{len(new)} lines carry a dataset name in coach/ or tests/: invent a name instead "
        "(check it with grep -rIwl NAME evals/datasets):\n" + "\n".join(sorted(new)[:80])
    )


def test_the_known_list_only_shrinks() -> None:
    """The known list holds no more names than the round that brought the check found (525 name lines)."""
    assert sum(known().values()) <= 525


def test_labels_come_from_the_label_fields_not_from_the_case_text() -> None:
    raw = (
        "cases:\n"
        "  - id: zz-01\n"
        "    notes: |\n"
        "      name: Juno Pradlmeier\n"
        "      Teilnehmer: Bertil Ammersjö\n"
        "    customer_company: Zarnitek Fluidtechnik GmbH\n"
        "    participants:\n"
        '      - {name: "Ortrud Quandelbeck", side: customer, organisation: Wendelmoor AG}\n'
        "      - name: Ilvie Brask\n"
        "        side: seller\n"
        "    turns:\n"
        "      - {speaker: 'Quandelbeck, Ortrud', side: customer}\n"
    )
    assert set(labels(raw)) == {
        ("company", "Zarnitek Fluidtechnik GmbH"),
        ("person", "Ortrud Quandelbeck"),
        ("company", "Wendelmoor AG"),
        ("person", "Ilvie Brask"),
        ("person", "Quandelbeck, Ortrud"),
    }


def test_a_person_counts_as_first_name_and_surname_and_a_company_from_two_words() -> None:
    assert ("ortrud", "quandelbeck") in variants("Dr. Ortrud Quandelbeck (Einkauf)", "person")
    assert ("ortrud", "quandelbeck") in variants("Quandelbeck, Ortrud", "person")
    assert ("bertil", "ammersjo") in variants("Bertil Ammersjö", "person")
    assert ("bertil", "ammersjoe") in variants("Bertil Ammersjö", "person")
    assert ("ilvie", "brask") not in variants(
        "Ilvie Wendel-Brask", "person"
    )  # a part of a double name is another name
    assert ("ilvie", "wendel", "brask") in variants("Ilvie Maren Wendel-Brask", "person")
    for generic in ("Speaker 2", "Ilvie-Brask", "Quandelbeck", "Team Einkauf", "iPad Konferenzraum"):
        assert not variants(generic, "person"), generic
    assert ("zarnitek", "fluidtechnik") in variants("Zarnitek Fluidtechnik GmbH", "company")
    assert not variants("Zarnitek", "company")


def test_the_scan_finds_a_name_however_it_is_written() -> None:
    names = {key: ("person", "Ortrud Quandelbeck", False) for key in variants("Ortrud Quandelbeck", "person")}
    starts: dict[str, set[Key]] = {}
    for key in names:
        starts.setdefault(key[0], set()).add(key)
    for text in (
        "x = 'ORTRUD QUANDELBECK'",
        "ortrud_quandelbeck = 1",
        "# Quandelbeck, Ortrud",
        "Ortrüd Quandelbeck",
    ):
        assert _found(words(text), names, starts), text
    assert not _found(words("Ortrud schickt es an Frau Quandelbeck"), names, starts)


def test_our_personas_are_no_dataset_names() -> None:
    names, _ = dataset_names()
    personas = [
        m.group(1)
        for path in sorted(PERSONAS.glob("*.yaml"))
        for m in re.finditer(r"^  name:\s*\"?([^\"\n]+)", path.read_text(encoding="utf-8"), re.M)
    ]
    assert len(personas) >= 12
    assert not [p for p in personas if variants(p, "person") & names.keys()]


def test_the_datasets_give_names_of_both_kinds() -> None:
    names, _ = dataset_names()
    kinds = {kind for kind, _, _ in names.values()}
    assert kinds == {"person", "company"}


if __name__ == "__main__":
    import sys

    if "--write-known" in sys.argv:
        print(f"{write_known()} (file, name) pairs written to {KNOWN}")
    else:
        print("\n".join(hits()))
