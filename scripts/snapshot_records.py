"""Records of every gold text and sample, one JSON line each: a change meant to keep the
output (a speed-up, a refactoring) must leave this file byte-identical.

    python scripts/snapshot_records.py /tmp/before.jsonl      # on the old code
    python scripts/snapshot_records.py /tmp/after.jsonl       # on the new code
    cmp /tmp/before.jsonl /tmp/after.jsonl

Records hold every entity with its offsets, label, norm, method, score and attributes,
the document date and its source, and the people table.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterator, Optional, Tuple

ROOT = Path(__file__).resolve().parents[1]


def documents(root: Path) -> Iterator[Tuple[str, str, Optional[str]]]:
    """(key, text, date) of the gold documents, then the samples, in a fixed order."""
    for gold in sorted(root.glob("gold/*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                yield f"{gold.stem}:{doc['id']}", doc["text"], doc.get("date")
    for sample in sorted(root.glob("samples/*.txt")):
        yield sample.name, sample.read_text(encoding="utf-8"), None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the .jsonl file to write")
    parser.add_argument("--pos", choices=("windows", "full"), help="the part-of-speech mode (default: load()'s)")
    args = parser.parse_args()

    import migtext
    from migtext.pipeline.language import make_doc

    nlp = migtext.load() if args.pos is None else migtext.load(pos=args.pos)
    n = 0
    with args.output.open("w", encoding="utf-8") as out:
        for key, text, date in documents(ROOT):
            record = migtext.doc_to_record(nlp(make_doc(nlp, text, date, key)))
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True, default=str) + "\n")
            n += 1
    print(f"{n} documents -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
