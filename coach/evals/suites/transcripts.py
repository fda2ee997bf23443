"""The `transcripts` eval suite: how well the text layer reads transcripts and documents it has never seen.

Dataset: a folder of label files `<author>.yaml` (evals/datasets/transcripts/FORMAT.md) whose cases name a file
beside them, or one such label file. `.teams.txt` cases are turned into a real .docx first. Metrics, over all
cases: turns attributed to the right speaker and side (aligned in order; also per format and per author),
participants found and their sides, the format detected, the seller's and the customer's company (also per author),
seller claims taken as evidence by qualification (must be 0), and qualification label accuracy (and `covered`
precision / recall, per dimension, and which label is read as which) on the labelled dimensions. A blind folder (`blind`, `blind5`, …) is scored without itemised
failures, and one line (date, commit, figures) is appended to `BLIND_LOG.md` beside it."""

from __future__ import annotations

import difflib
import io
import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from coach.evals.base import EvalContext, Failure, SuiteOutcome
from coach.evals.folders import append_log_line, current_commit, is_blind
from coach.text.document import read_document
from coach.text.model import Document
from coach.text.quotes import quote_in
from coach.text.sides import company_key, same_company

_TITLES = re.compile(r"^(?:(?:dr|prof|herr|frau|mr|mrs|ms|hr|fr)\.?\s+)+", re.IGNORECASE)


def _key(name: str | None) -> str:
    text = unicodedata.normalize("NFKD", (name or "").casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_TITLES.sub("", text).replace("’", "'").split())


def same_person(expected: str | None, got: str | None) -> bool:
    """Return True when two speaker names denote the same person ('Jana Roth' ~ 'Jana', case and accents aside)."""
    a, b = _key(expected), _key(got)
    if not a or not b:
        return False
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    return set(wa) <= set(wb) or set(wb) <= set(wa)


def load_cases(dataset: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Return (folder of the label file, case) for every case of a label file or a folder of label files."""
    files = sorted(dataset.glob("*.yaml")) if dataset.is_dir() else [dataset]
    out: list[tuple[Path, dict[str, Any]]] = []
    for f in files:
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        for case in data.get("cases") or []:
            out.append((f.parent, case))
    return out


def teams_docx(text: str) -> bytes:
    """Return a .docx whose paragraphs are the lines of a `.teams.txt` case (as Teams exports them)."""
    import docx

    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def read_case(folder: Path, case: dict[str, Any], **kw: Any) -> Document:
    """Return the Document of a case's file (a .teams.txt case is read as the .docx it stands for)."""
    path = folder / str(case["file"])
    if path.name.endswith(".teams.txt"):
        data = teams_docx(path.read_text(encoding="utf-8"))
        return read_document(data, name=path.name.replace(".teams.txt", ".docx"), **kw)
    return read_document(path, **kw)


def named_in_text(company: str, text: str) -> bool:
    """Return True when the text writes the labelled company's name (legal form, case and accents aside)."""
    key = company_key(company)
    return bool(key) and key in company_key(text.replace("\n", " "))


def align_turns(expected: list[dict[str, Any]], doc: Document) -> tuple[int, int, int]:
    """Return (turns with the right speaker and side, right speaker, right side) after aligning in order."""
    got = doc.turns
    if len(got) == len(expected):
        pairs = list(zip(expected, got, strict=True))
    else:
        a = [_key(str(t.get("speaker"))) for t in expected]
        b = [_key(t.speaker) for t in got]
        matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
        pairs = []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag in ("equal", "replace"):
                pairs.extend(zip(expected[i1:i2], got[j1:j2], strict=False))
    both = speaker = side = 0
    for exp, turn in pairs:
        sp = same_person(str(exp.get("speaker")), turn.speaker)
        sd = exp.get("side") == turn.side
        speaker += sp
        side += sd
        both += sp and sd
    return both, speaker, side


def _seller_leaks(result: Any, claims: list[str]) -> list[str]:
    leaks = []
    for dim in [*result.dimensions, *result.extensions]:
        if dim.key in ("offer_fit", "information_relevance"):
            continue
        for quote in dim.evidence:
            if any(quote_in(claim, quote) or quote_in(quote, claim) for claim in claims):
                leaks.append(f"{dim.key}: {quote}")
    return leaks


def evaluate(ctx: EvalContext) -> SuiteOutcome:
    """Read every case, score turns, participants, format, companies, seller leaks and qualification labels."""
    from coach.qualify import analyse

    cases = load_cases(ctx.dataset)
    failures: list[Failure] = []
    totals = {
        k: 0.0
        for k in (
            "turns",
            "both",
            "speaker",
            "side",
            "people",
            "found",
            "people_side",
            "labels",
            "right",
            "tp",
            "fp",
            "fn",
        )
    }
    fmt_ok = lang_ok = seller_co = customer_co = co_cases_s = co_cases_c = leaks = 0
    # companies whose name the text writes (a label may name one the text never does), and wrong names given
    named = {"seller": [0, 0], "customer": [0, 0]}
    companies_wrong = 0
    claims_total = 0
    per_format: dict[str, list[float]] = {}
    # per author (the case id's prefix): turns right / turns, participants found on the right side / labelled,
    # companies right / companies labelled
    per_author: dict[str, dict[str, list[int]]] = {}
    per_dim: dict[str, list[int]] = {}  # qualification labels right / labelled, per dimension
    confusion: dict[tuple[str, str], int] = {}  # (expected, got) label pairs over every dimension
    for n, (folder, case) in enumerate(cases, 1):
        cid = str(case.get("id", "?"))
        doc = read_case(folder, case)
        expected_turns = list(case.get("turns") or [])
        both, speaker, side = align_turns(expected_turns, doc)
        totals["turns"] += len(expected_turns)
        totals["both"] += both
        totals["speaker"] += speaker
        totals["side"] += side
        fmt = str(case.get("format"))
        author = per_author.setdefault(
            cid.split("-")[0],
            {"turns": [0, 0], "participants": [0, 0], "seller_company": [0, 0], "customer_company": [0, 0]},
        )
        author["turns"][0] += both
        author["turns"][1] += len(expected_turns)
        if expected_turns:
            per_format.setdefault(fmt, [0, 0])  # type: ignore[arg-type]
            per_format[fmt][0] += both
            per_format[fmt][1] += len(expected_turns)
        if both < len(expected_turns):
            failures.append(
                Failure(
                    case=f"{cid}:turns",
                    expected=[f"{t.get('speaker')}/{t.get('side')}" for t in expected_turns],
                    got=[f"{t.speaker}/{t.side}" for t in doc.turns],
                )
            )
        fmt_ok += doc.format == fmt or (fmt == "zoom" and doc.format == "unnamed")
        if doc.format != fmt:
            failures.append(Failure(case=f"{cid}:format", expected=fmt, got=doc.format))
        lang_ok += doc.language == case.get("lang")
        for p in case.get("participants") or []:
            totals["people"] += 1
            match = next((q for q in doc.participants if same_person(p.get("name"), q.name)), None)
            author["participants"][1] += 1
            author["participants"][0] += match is not None and match.side == p.get("side")
            if match is not None:
                totals["found"] += 1
                totals["people_side"] += match.side == p.get("side")
            if match is None or match.side != p.get("side"):
                failures.append(
                    Failure(
                        case=f"{cid}:participant",
                        expected=f"{p.get('name')}/{p.get('side')}",
                        got=f"{match.name}/{match.side}" if match else None,
                    )
                )
        if case.get("seller_company"):
            co_cases_s += 1
            hit = same_company(doc.seller_company, case["seller_company"])
            seller_co += hit
            author["seller_company"][0] += hit
            author["seller_company"][1] += 1
        if case.get("customer_company"):
            co_cases_c += 1
            hit = same_company(doc.customer_company, case["customer_company"])
            customer_co += hit
            author["customer_company"][0] += hit
            author["customer_company"][1] += 1
        for side, got_company in (("seller", doc.seller_company), ("customer", doc.customer_company)):
            want = case.get(f"{side}_company")
            if not want:
                continue
            hit = same_company(got_company, want)
            companies_wrong += bool(got_company) and not hit
            if named_in_text(str(want), doc.text):
                named[side][0] += hit
                named[side][1] += 1
            if not hit:
                failures.append(Failure(case=f"{cid}:{side}_company", expected=str(want), got=got_company))
        labels = case.get("labels") or {}
        claims = [str(c) for c in case.get("seller_claims") or []]
        if labels or claims:
            result = analyse(doc, brain=None)
            got = result.statuses()
            for dim, want in labels.items():
                if dim not in got:
                    continue
                totals["labels"] += 1
                totals["right"] += got[dim] == want
                per_dim.setdefault(dim, [0, 0])
                per_dim[dim][0] += got[dim] == want
                per_dim[dim][1] += 1
                confusion[(want, got[dim])] = confusion.get((want, got[dim]), 0) + 1
                totals["tp"] += want == "covered" and got[dim] == "covered"
                totals["fp"] += want != "covered" and got[dim] == "covered"
                totals["fn"] += want == "covered" and got[dim] != "covered"
                if got[dim] != want:
                    failures.append(Failure(case=f"{cid}:{dim}", expected=want, got=got[dim]))
            claims_total += len(claims)
            found = _seller_leaks(result, claims)
            leaks += len(found)
            if found:
                failures.append(Failure(case=f"{cid}:seller_claim_as_evidence", expected=[], got=found))
        ctx.progress(n)

    def ratio(a: float, b: float) -> float:
        return round(a / b, 4) if b else 1.0

    metrics = {
        "turn_attribution": ratio(totals["both"], totals["turns"]),
        "turn_speaker_accuracy": ratio(totals["speaker"], totals["turns"]),
        "turn_side_accuracy": ratio(totals["side"], totals["turns"]),
        "participant_recall": ratio(totals["found"], totals["people"]),
        "participant_side_accuracy": ratio(totals["people_side"], totals["found"]),
        "format_accuracy": ratio(fmt_ok, len(cases)),
        "language_accuracy": ratio(lang_ok, len(cases)),
        "seller_company_accuracy": ratio(seller_co, co_cases_s),
        "customer_company_accuracy": ratio(customer_co, co_cases_c),
        "seller_company_named_accuracy": ratio(*named["seller"]),
        "customer_company_named_accuracy": ratio(*named["customer"]),
        "companies_wrong": float(companies_wrong),
        "seller_claims_as_evidence": float(leaks),
        "seller_claims_checked": float(claims_total),
        "label_accuracy": ratio(totals["right"], totals["labels"]),
        "covered_precision": ratio(totals["tp"], totals["tp"] + totals["fp"]),
        "covered_recall": ratio(totals["tp"], totals["tp"] + totals["fn"]),
        "turns": totals["turns"],
    }
    for fmt, (right, total) in sorted(per_format.items()):
        metrics[f"turn_attribution_{fmt}"] = ratio(right, total)
    for name, counts in sorted(per_author.items()):
        for metric, (right, total) in counts.items():
            if total:
                metrics[f"author_{name}_{metric}"] = ratio(right, total)
    for dim, (right, total) in sorted(per_dim.items()):
        metrics[f"label_accuracy_{dim}"] = ratio(right, total)
    for (want, got_label), count in sorted(confusion.items()):
        if want != got_label:  # where the labels go wrong: e.g. labels_covered_as_partial
            metrics[f"labels_{want}_as_{got_label}"] = float(count)
    if is_blind(ctx.dataset):
        log_blind_run(ctx.dataset, len(cases), metrics)
        failures = (
            [Failure(case="blind", expected="not itemised", got=f"{len(failures)} failures")]
            if failures
            else []
        )
    return SuiteOutcome(cases=len(cases), metrics=metrics, failures=failures)


def log_blind_run(dataset: Path, cases: int, metrics: dict[str, float]) -> Path:
    """Append one line (date, commit, figures) to BLIND_LOG.md beside a blind folder; return its path."""
    log = dataset.parent / "BLIND_LOG.md"
    header = (
        "# Blind evaluations of the text layer and qualification on transcripts\n\n"
        "One line per run of `coach eval --suite transcripts --dataset <this folder>/blind…` (appended "
        "automatically).\n\n| date (UTC) | commit | cases | turns right | participants found / side | "
        "label accuracy | covered precision | seller claims as evidence |\n|---|---|---|---|---|---|---|---|\n"
    )
    line = (
        f"| {datetime.now(UTC).isoformat(timespec='seconds')} | {current_commit()} | {cases} ({dataset.name}) "
        f"| {metrics['turn_attribution']:.4f} | {metrics['participant_recall']:.4f} / "
        f"{metrics['participant_side_accuracy']:.4f} | {metrics['label_accuracy']:.4f} "
        f"| {metrics['covered_precision']:.4f} | {metrics['seller_claims_as_evidence']:g} |\n"
    )
    return append_log_line(log, header, line)
