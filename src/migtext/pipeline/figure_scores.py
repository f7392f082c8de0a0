"""Scores of migration figures against gold, exactly as FIGURES.md defines them.

A document is scored for figures only when its gold record has a `figures` key. A
predicted figure is an exact match when its `start` and `end` equal a gold figure's; an
overlap match when it overlaps one (each gold figure matched once, in text order). Among
overlap matches, `value_acc` counts value, value_max and qualifier all equal, and each
field's accuracy counts that field equal (a null must be predicted null). `fact_f` is the
F1 of the predicted figures that overlap a gold one and agree on value, group, event and
country: the table rows a researcher could take as they are.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from migtext.core.errors import GoldFormatError

FIELDS = ("unit", "group", "event", "country", "origin", "date", "source")
VALUE_FIELDS = ("value", "value_max", "qualifier")
FACT_FIELDS = ("value", "group", "event", "country")
RECORD_FIELDS = ("start", "end", *VALUE_FIELDS, *FIELDS)

Figure = Dict[str, Any]


def parse_gold_figures(raw: Dict[str, Any], where: str) -> Optional[Tuple[Figure, ...]]:
    """The gold figures of one gold line (None without a `figures` key), checked enough to score."""
    if "figures" not in raw:
        return None
    figures = raw["figures"]
    if not isinstance(figures, list):
        raise GoldFormatError(f"{where}: 'figures' must be a list, got {type(figures).__name__}")
    text = raw.get("text") or ""
    out = []
    for k, fig in enumerate(figures):
        if not isinstance(fig, dict) or any(f not in fig for f in RECORD_FIELDS):
            missing = [f for f in RECORD_FIELDS if not isinstance(fig, dict) or f not in fig]
            raise GoldFormatError(f"{where}: figure {k} lacks {missing} (FIGURES.md gives every field)")
        start, end = fig["start"], fig["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise GoldFormatError(
                f"{where}: figure {k} has offsets {start}:{end} outside the text (length {len(text)})"
            )
        out.append({f: fig[f] for f in RECORD_FIELDS})
    return tuple(sorted(out, key=lambda f: (f["start"], f["end"])))


def _prf(tp: int, n_pred: int, n_gold: int) -> Tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlaps(a: Figure, b: Figure) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def match(gold: Sequence[Figure], pred: Sequence[Figure]) -> List[Tuple[Optional[Figure], Optional[Figure]]]:
    """(gold, predicted) pairs: overlap matches (each gold once, predictions in text order),
    then the missed gold figures with None, then the false figures with None."""
    used = [False] * len(gold)
    pairs: List[Tuple[Optional[Figure], Optional[Figure]]] = []
    false = []
    for p in sorted(pred, key=lambda f: (f["start"], f["end"])):
        # an exact match first, else the first overlapping gold figure still free
        hit = next((i for i, g in enumerate(gold) if not used[i] and (g["start"], g["end"]) == (p["start"], p["end"])),
                   None)
        if hit is None:
            hit = next((i for i, g in enumerate(gold) if not used[i] and _overlaps(g, p)), None)
        if hit is None:
            false.append((None, p))
        else:
            used[hit] = True
            pairs.append((gold[hit], p))
    pairs.extend((g, None) for i, g in enumerate(gold) if not used[i])
    return pairs + false


def _agree(gold: Figure, pred: Figure, fields: Iterable[str]) -> bool:
    return all(gold[f] == pred.get(f) for f in fields)


def score_figures(pairs: Iterable[Tuple[Optional[Sequence[Figure]], Sequence[Figure]]]) -> Optional[Dict[str, Any]]:
    """Scores for (gold figures or None, predicted figures) per document; None when no
    document has gold figures."""
    n_docs = n_gold = n_pred = exact = overlap = value_ok = fact = 0
    field_ok = dict.fromkeys(FIELDS, 0)
    for gold, pred in pairs:
        if gold is None:
            continue
        n_docs += 1
        n_gold += len(gold)
        n_pred += len(pred)
        for g, p in match(gold, pred):
            if g is None or p is None:
                continue
            overlap += 1
            exact += (g["start"], g["end"]) == (p["start"], p["end"])
            value_ok += _agree(g, p, VALUE_FIELDS)
            fact += _agree(g, p, FACT_FIELDS)
            for f in FIELDS:
                field_ok[f] += g[f] == p.get(f)
    if not n_docs:
        return None
    p, r, f = _prf(exact, n_pred, n_gold)
    return {
        "p": round(p, 4),
        "r": round(r, 4),
        "f": round(f, 4),
        "overlap_f": round(_prf(overlap, n_pred, n_gold)[2], 4),
        "value_acc": round(value_ok / overlap, 4) if overlap else None,
        "field_acc": {name: (round(ok / overlap, 4) if overlap else None) for name, ok in field_ok.items()},
        "fact_f": round(_prf(fact, n_pred, n_gold)[2], 4),
        "support": n_gold,
        "predicted": n_pred,
        "docs": n_docs,
    }


def _summary(fig: Figure) -> str:
    value = fig["value"] if fig.get("value_max") is None else f"{fig['value']}..{fig['value_max']}"
    return (f"{value} {fig['qualifier']} {fig['group']} {fig['event']} country={fig['country']} "
            f"origin={fig['origin']} date={fig['date']} source={fig['source']}")


def error_lines(doc_id: str, text: str, gold: Optional[Sequence[Figure]], pred: Sequence[Figure]) -> List[str]:
    """One line per missed figure, false figure and figure with wrong fields, with context."""
    if gold is None:
        return []
    lines = []
    for g, p in match(gold, pred):
        ref = g or p
        s, e = ref["start"], ref["end"]
        context = text[max(0, s - 40) : e + 40].replace("\n", "⏎")

        # built by joining, not by str.format: a text may hold braces (a JSON row)
        written, around = f"{text[s:e]!r}", f"…{context}…"
        if p is None:
            lines.append("\t".join((doc_id, "FIGURE-MISS", written, _summary(g), around)))
        elif g is None:
            lines.append("\t".join((doc_id, "FIGURE-FP", written, _summary(p), around)))
        else:
            wrong = [f for f in (*VALUE_FIELDS, *FIELDS) if g[f] != p.get(f)]
            if (g["start"], g["end"]) != (p["start"], p["end"]):
                wrong.insert(0, "span")
                g = {**g, "span": text[g["start"] : g["end"]]}
                p = {**p, "span": text[p["start"] : p["end"]]}
            if wrong:
                detail = "; ".join(f"{f} gold {g[f]!r} predicted {p.get(f)!r}" for f in wrong)
                lines.append("\t".join((doc_id, "FIGURE-FIELD", written, detail, around)))
    return lines


TABLE_SCORES = ("p", "r", "f", "overlap_f", "value_acc", "fact_f", "support")


def format_table(scores: Optional[Dict[str, Any]]) -> str:
    """The figure scores as a few readable lines, columns named as in the JSON (empty when
    the gold has no figures)."""
    if not scores:
        return ""
    widths = {name: max(7, len(name) + 2) for name in TABLE_SCORES}

    def cell(name: str, value: Any) -> str:
        text = "-" if value is None else str(value) if name == "support" else f"{value:.3f}"
        return f"{text:>{widths[name]}}"

    head = f"{'figures':<12}" + "".join(f"{name:>{widths[name]}}" for name in TABLE_SCORES)
    row = f"{'':<12}" + "".join(cell(name, scores[name]) for name in TABLE_SCORES)
    fields = "  ".join(f"{name} {'-' if acc is None else f'{acc:.3f}'}" for name, acc in scores["field_acc"].items())
    return "\n".join([head, "-" * len(head), row, f"field_acc: {fields}",
                      f"documents with figures: {scores['docs']}, predicted figures: {scores['predicted']}"])
