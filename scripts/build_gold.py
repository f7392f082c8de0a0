"""Compile the dev corpus markup (corpus/dev/*.txt) into gold/dev.jsonl and validate gold files.

Why markup: gold written inline stays readable and reviewable (edsnlp does the same); the
JSONL offsets are computed here, never typed by hand.

A corpus file is a header, a line ``---``, then the document text::

    date: 2024-03-12            (ISO date of the document, or null)
    unmarked: Niger; HCR        (optional: surfaces deliberately left unmarked somewhere)
    ---
    Genève, [[12 mars 2024|DATE|2024-03-12]] ([[OIM|ORG|IOM]]) – ...

An entity is ``[[text|LABEL|norm]]``; the norm may be left out (``[[Lima|LOC]]``), which
means null, except for PER where it defaults to the text itself (white space collapsed).
The text may span lines. The document text is the body with its markup removed and its
trailing line breaks stripped; offsets refer to that text exactly.

The migration figures of the documents (FIGURES.md) are written apart, one line per
figure, in ``corpus/figures/<corpus>.txt`` (format in ``scripts/figures_gold.py``), and
compiled into each record's ``figures`` key.

Usage::

    python scripts/build_gold.py                      # build gold/dev.jsonl, validate it
    python scripts/build_gold.py --check gold/seed.jsonl gold/dev.jsonl   # validate only

Exits with status 1 and one message per problem (file, entity, what is wrong).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent))
import figures_gold  # noqa: E402  (the figures' side file and validator, FIGURES.md)

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "corpus" / "dev"
DEV_GOLD = ROOT / "gold" / "dev.jsonl"
# The figures of a corpus: corpus/figures/<corpus name>.txt (see scripts/figures_gold.py)
FIGURES_DIR = ROOT / "corpus" / "figures"

LABELS = ("COUNTRY", "NATIONALITY", "REGION", "LOC", "ORG", "PER", "DATE", "LEGAL")

# The reference tables of ../shared/reference/identifiers.md (tests check they agree with it).
ORG_NORMS = frozenset(
    "IOM UNHCR ILO UNDP UNFPA UNODC ECLAC UNESCO UNICEF WHO WFP FAO OCHA OHCHR UNRWA UNWOMEN UN "
    "UNSC UNGA WB IMF WTO OECD EU EC EP FRONTEX AU OAU ECOWAS CAN SEGIB ICRC IFRC NATO".split()
)
LEGAL_NORMS = frozenset(
    "untc:IV-13 untc:XVIII-12 untc:XVIII-12-a untc:XVIII-12-b untc:XVIII-12-c untc:V-2 untc:V-5 "
    "untc:V-3 untc:V-4 untc:IV-4 untc:IV-3 untc:IV-2 untc:IV-8 untc:IV-9 untc:IV-11 untc:IV-15 "
    "untc:IV-16 ilo:C097 ilo:C143 ilo:C189 ilo:C029 ilo:P029 au:oau-refugee-convention-1969 "
    "au:kampala-convention-2009 cartagena-declaration-1984 unga:A/RES/73/195 unga:A/RES/73/151 "
    "unga:A/RES/71/1 unga:A/RES/70/1 unga:A/RES/217(III) coe:ETS-005 celex:32013R0604 "
    "eu:pact-migration-asylum-2024".split()
)
REGION_NORMS = frozenset(
    "002 015 011 014 017 018 202 019 419 029 013 005 021 142 030 034 035 145 143 150 151 154 039 "
    "155 009 001".split()
)
# ISO 3166-3 codes of states renamed but not dissolved: the contract wants the current code.
RENAMED_STATES = {
    "BUR": "MMR", "ZAR": "COD", "DHY": "BEN", "HVO": "BFA", "RHO": "ZWE", "TMP": "TLS",
    "NHB": "VUT", "BYS": "BLR", "AFI": "DJI", "FXX": "FRA",
}
COUNTRY_CODES = frozenset(c.alpha_3 for c in pycountry.countries)
FORMER_STATE_CODES = frozenset(c.alpha_3 for c in pycountry.historic_countries) - set(RENAMED_STATES)

_DAY = r"(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)"
_POINT = (
    rf"(?:{_DAY}|(?:\d{{4}}|XXXX)-(?:\d{{2}}|XX)|\d{{4}}|\d{{4}}-W\d{{2}}(?:-WE)?|\d{{4}}-(?:SP|SU|FA|WI)"
    r"|\d{4}-Q[1-4]|\d{4}-H[12]|\d{3}|\d{2})"
)
_DURATION = r"P(?:X[YMWD]|(?=\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?|T(?:X[HMS]|(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?))"
TIMEX_VALUE = re.compile(rf"^(?:{_POINT}|{_DURATION}|{_POINT}/{_POINT})$")

ENTITY_MARK = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)
# Lower-case words that must stay outside a span (contract, span rules).
LEADING_FUNCTION_WORDS = re.compile(
    r"^(?:le|la|les|l['’`]|d['’`]|de|du|des|au|aux|à|en|un|une|depuis|dès|pendant|vers|avant|après|il y a)"
    r"(?:\s|$|(?<=['’`]))"
)
APOSTROPHES = "’`ʼ‘´"


class GoldError(Exception):
    """A corpus file or gold record that breaks the contract; the message names it."""


def fold(text: str) -> str:
    """Lowercase, unaccented, one apostrophe; same length as ``text`` so offsets carry over."""
    out = []
    for char in text:
        if char in APOSTROPHES:
            out.append("'")
            continue
        base = unicodedata.normalize("NFD", char)[0].lower()[:1] or char
        out.append(" " if base.isspace() else base)
    return "".join(out)


# ---------------------------------------------------------------- compiling the markup


def parse_corpus_file(path: Path) -> dict:
    """One corpus file -> a gold record with entity offsets into the plain text."""
    raw = path.read_text(encoding="utf-8")
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise GoldError(f"{path.name}: no '---' line between the header and the text")
    header = {}
    for line in head.splitlines():
        key, colon, value = line.partition(":")
        if not colon:
            raise GoldError(f"{path.name}: header line without 'key:' -> {line!r}")
        header[key.strip()] = value.strip()
    if "date" not in header:
        raise GoldError(f"{path.name}: header has no 'date:' line (write 'date: null' when unknown)")
    doc_date = None if header["date"] == "null" else header["date"]
    if doc_date is not None:
        try:
            date.fromisoformat(doc_date)
        except ValueError as err:
            raise GoldError(f"{path.name}: header date {doc_date!r} is not YYYY-MM-DD") from err
    unknown = set(header) - {"date", "unmarked", "note"}
    if unknown:
        raise GoldError(f"{path.name}: unknown header keys {sorted(unknown)}")

    pieces: list[str] = []
    entities = []
    cursor = 0
    length = 0
    body = body.rstrip("\n")
    for match in ENTITY_MARK.finditer(body):
        before = body[cursor : match.start()]
        pieces.append(before)
        length += len(before)
        fields = match.group(1).split("|")
        if len(fields) not in (2, 3):
            raise GoldError(f"{path.name}: entity markup needs text|LABEL[|norm] -> [[{match.group(1)}]]")
        surface, label = fields[0], fields[1]
        norm = fields[2] if len(fields) == 3 else None
        if norm == "":
            raise GoldError(f"{path.name}: empty norm in [[{match.group(1)}]] (leave the field out for null)")
        if label == "PER" and norm is None:
            norm = " ".join(surface.split())
        entities.append({"start": length, "end": length + len(surface), "label": label, "norm": norm, "text": surface})
        pieces.append(surface)
        length += len(surface)
        cursor = match.end()
    pieces.append(body[cursor:])
    text = "".join(pieces)
    for stray in ("[[", "]]"):
        if stray in text:
            raise GoldError(f"{path.name}: unbalanced markup {stray!r} near offset {text.index(stray)}")
    record = {"id": path.stem, "text": text, "date": doc_date, "entities": entities}
    unmarked = [s.strip() for s in header.get("unmarked", "").split(";") if s.strip()]
    return record | {"_unmarked": unmarked}


def build_records(corpus_dir: Path = CORPUS_DIR) -> list[dict]:
    """The gold records of a corpus, with the figures of corpus/figures/<corpus name>.txt if any."""
    paths = sorted(corpus_dir.glob("*.txt"))
    if not paths:
        raise GoldError(f"{corpus_dir}: no corpus files (*.txt)")
    records = [parse_corpus_file(path) for path in paths]
    try:
        return figures_gold.attach_figures(records, FIGURES_DIR / f"{corpus_dir.name}.txt")
    except figures_gold.FiguresError as err:
        raise GoldError(str(err)) from None


def to_jsonl(records: Iterable[dict]) -> str:
    lines = []
    for record in records:
        public = {key: value for key, value in record.items() if not key.startswith("_")}
        lines.append(json.dumps(public, ensure_ascii=False, sort_keys=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- validation


def check_norm(label: str, norm, text: str) -> str | None:
    """The problem with this norm for this label, or None."""
    if label in ("COUNTRY", "NATIONALITY"):
        if norm is None:
            return "needs an ISO alpha-3 norm"
        if norm in RENAMED_STATES:
            return f"{norm} is a renamed state: use the current code {RENAMED_STATES[norm]}"
        if norm not in COUNTRY_CODES and norm not in FORMER_STATE_CODES:
            return f"{norm!r} is not an ISO 3166-1 or 3166-3 alpha-3 code"
    elif label == "REGION":
        if norm is not None and norm not in REGION_NORMS:
            return f"{norm!r} is not an M49 region code of the reference table"
    elif label == "LOC":
        if norm is not None:
            return f"LOC norm must be null, got {norm!r}"
    elif label == "ORG":
        if norm is not None and norm not in ORG_NORMS:
            return f"{norm!r} is not an organisation id of the reference table"
    elif label == "LEGAL":
        if norm is not None:
            ids = norm.split(";")
            if ids != sorted(ids) or len(set(ids)) != len(ids):
                return f"several instruments must be joined sorted and unique: {norm!r}"
            bad = [i for i in ids if i not in LEGAL_NORMS]
            if bad:
                return f"{bad} not instrument ids of the reference table"
    elif label == "PER":
        if not norm:
            return "needs the person's fullest name as norm"
        if norm not in " ".join(text.split()):
            return f"norm {norm!r} does not occur in the document"
    elif label == "DATE":
        if norm is not None:
            if not TIMEX_VALUE.match(norm):
                return f"{norm!r} is not a TIMEX3 value shape"
            for day in re.findall(r"\d{4}-\d{2}-\d{2}", norm):
                try:
                    date.fromisoformat(day)
                except ValueError:
                    return f"{day} is not a calendar date"
            if "/" in norm:
                first, last = norm.split("/")
                if first > last:
                    return f"interval {norm!r} ends before it starts"
    return None


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def check_edges(text: str, start: int, end: int, label: str) -> str | None:
    span = text[start:end]
    if span != span.strip():
        return "span starts or ends on white space"
    if span[-1] in ".,;:!?(«»\"":
        return f"span ends on punctuation {span[-1]!r}"
    if LEADING_FUNCTION_WORDS.match(span) and label not in ("DATE", "LEGAL"):
        return "an article, contraction or preposition starts the span"
    if label == "DATE" and re.match(r"^(?:depuis|dès|en|à|au|pendant|il y a|vers)\s|^(?:le|du|les)\s+\d", span):
        return "a preposition or the article before a day number starts the DATE span"
    if label == "LEGAL" and re.match(r"^(?:la|le|les|l['’`])", span):
        return "an article starts the LEGAL span"
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    glued = before.islower() and span[0].isupper()  # scraped "nousL'Organisation"
    if _is_word_char(before) and _is_word_char(span[0]) and not glued:
        return f"span starts inside a word ({text[max(0, start - 10):end]!r})"
    if _is_word_char(after) and _is_word_char(span[-1]) and not (span[-1].islower() and after.isupper()):
        return f"span ends inside a word ({text[start:end + 10]!r})"
    return None


def _occurrences(folded_text: str, surface: str) -> Iterator[tuple[int, int]]:
    pattern = r"\s+".join(re.escape(part) for part in fold(surface).split())
    for match in re.finditer(rf"(?<![\w]){pattern}(?![\w])", folded_text):
        yield match.start(), match.end()


def _in_address(text: str, start: int, end: int) -> bool:
    """True inside an e-mail address or URL (scraped debris), where names are not mentions."""
    left = max(text.rfind(c, 0, start) for c in ' \n"')
    right = min([i for i in (text.find(c, end) for c in ' \n"') if i != -1] or [len(text)])
    token = text[left + 1 : right]
    return "@" in token or "://" in token or token.startswith("www.")


def validate_record(record: dict, where: str, unmarked: Iterable[str] | None = None) -> list[str]:
    """Every problem of one gold record, each message naming the file and document.

    ``unmarked`` switches on the authoring check that a name marked once is marked at every
    occurrence (surfaces listed there are exempt); it needs the corpus header, so a bare
    JSONL check leaves it off.
    """
    problems: list[str] = []
    name = f"{where}: document {record.get('id')!r}"
    for key in ("id", "text", "date", "entities"):
        if key not in record:
            return [f"{name}: missing key {key!r}"]
    text = record["text"]
    if record["date"] is not None:
        try:
            date.fromisoformat(record["date"])
        except (TypeError, ValueError):
            problems.append(f"{name}: document date {record['date']!r} is not YYYY-MM-DD or null")
    previous_end = -1
    spans = []
    for number, ent in enumerate(record["entities"]):
        label, start, end = ent.get("label"), ent.get("start"), ent.get("end")
        shown = f"{name}, entity {number} {label} {text[start:end]!r}" if isinstance(start, int) else name
        if label not in LABELS:
            problems.append(f"{shown}: unknown label {label!r} (labels: {', '.join(LABELS)})")
            continue
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            problems.append(f"{shown}: offsets {start}..{end} outside the text (length {len(text)})")
            continue
        if "text" in ent and ent["text"] != text[start:end]:
            problems.append(f"{shown}: text[start:end] is {text[start:end]!r}, entity text says {ent['text']!r}")
        if start < previous_end:
            problems.append(f"{shown}: overlaps the previous entity or is out of order")
        previous_end = max(previous_end, end)
        for problem in (check_edges(text, start, end, label), check_norm(label, ent.get("norm"), text)):
            if problem:
                problems.append(f"{shown}: {problem}")
        spans.append((start, end, label, ent.get("norm"), text[start:end]))

    # The same surface must keep its norm in one document, and must not be left unmarked elsewhere.
    folded = fold(text)
    seen: dict[tuple[str, str], object] = {}
    allowed_unmarked = {fold(s) for s in unmarked or ()}
    for _start, _end, label, norm, surface in spans:
        key = (fold(" ".join(surface.split())), label)
        if label in ("COUNTRY", "NATIONALITY", "REGION", "ORG", "LEGAL") and seen.setdefault(key, norm) != norm:
            problems.append(f"{name}: {label} {surface!r} has norms {seen[key]!r} and {norm!r}")
        if unmarked is None or label in ("DATE", "LEGAL") or key[0] in allowed_unmarked:
            continue
        for occ_start, occ_end in _occurrences(folded, surface):
            if _in_address(text, occ_start, occ_end):
                continue
            if not any(s < occ_end and occ_start < e for s, e, *_ in spans):
                problems.append(
                    f"{name}: {surface!r} is marked {label} elsewhere but not at offset {occ_start} "
                    f"({text[max(0, occ_start - 20):occ_end + 20]!r}); mark it or list it under 'unmarked:'"
                )
    problems.extend(
        figures_gold.validate_figures(record, where, COUNTRY_CODES | FORMER_STATE_CODES, REGION_NORMS, TIMEX_VALUE)
    )
    return problems


def validate_jsonl(path: Path) -> list[str]:
    problems = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        return [f"{path}: cannot read ({err})"]
    ids = set()
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{path}:{number}: not JSON ({err})")
            continue
        if record.get("id") in ids:
            problems.append(f"{path}:{number}: duplicate document id {record.get('id')!r}")
        ids.add(record.get("id"))
        problems.extend(validate_record(record, f"{path.name}:{number}"))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", nargs="+", type=Path, help="validate these gold JSONL files, build nothing")
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    parser.add_argument("--out", type=Path, default=DEV_GOLD)
    args = parser.parse_args(argv)

    if args.check:
        problems = [p for path in args.check for p in validate_jsonl(path)]
    else:
        try:
            records = build_records(args.corpus)
        except GoldError as err:
            print(err, file=sys.stderr)
            return 1
        problems = [
            p for r in records for p in validate_record(r, f"{args.corpus.name}/{r['id']}.txt", r["_unmarked"])
        ]
        if not problems:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(to_jsonl(records), encoding="utf-8")
            count = sum(len(r["entities"]) for r in records)
            with_figures = [r for r in records if "figures" in r]
            figures = sum(len(r["figures"]) for r in with_figures)
            print(f"{args.out}: {len(records)} documents, {count} entities, {figures} figures in {len(with_figures)}")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
