"""A long document against news items: tokens per second and peak memory, in one process.

    python benchmarks/long_document.py                   # a 1,000,000-character document
    python benchmarks/long_document.py --chars 300000 --repeats 3

The long document is the dev texts joined by blank lines until it is long enough. News
items and the long document are timed in turns (the machine is shared and noisy: ratios
of medians, never one time), then the peak memory of a fresh process that annotates only
the long document is read from the OS.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def dev_texts():
    return [json.loads(line)["text"] for line in (ROOT / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()]


def long_text(chars: int) -> str:
    texts, out, i = dev_texts(), [], 0
    while sum(map(len, out)) < chars:
        out.append(texts[i % len(texts)] + "\n\n")
        i += 1
    return "".join(out)[:chars]


def peak_memory_mib(chars: int) -> float:
    """Max RSS of a fresh process that loads migtext and annotates the long document."""
    here = str(Path(__file__).parent)
    code = (
        f"import resource, sys, migtext; sys.path.insert(0, {here!r}); from long_document import long_text; "
        f"migtext.annotate(long_text({chars})); print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-memory process")
    args = parser.parse_args()

    import migtext

    nlp = migtext.load()
    news = dev_texts()
    big = long_text(args.chars)
    for text in news[:5]:
        migtext.annotate(text, nlp=nlp)  # warm the tables
    rates_news, rates_long = [], []
    for _ in range(args.repeats):
        start, tokens = time.perf_counter(), 0
        for text in news:
            tokens += len(migtext.annotate(text, nlp=nlp))
        rates_news.append(tokens / (time.perf_counter() - start))
        start = time.perf_counter()
        tokens = len(migtext.annotate(big, nlp=nlp))
        rates_long.append(tokens / (time.perf_counter() - start))
    news_rate, long_rate = statistics.median(rates_news), statistics.median(rates_long)
    print(f"== {len(big):,} characters against {len(news)} news items, {args.repeats} interleaved repeats")
    print(f"news items      {news_rate:10,.0f} tokens/s (median)")
    print(f"long document   {long_rate:10,.0f} tokens/s (median)")
    print(f"ratio long / news   {long_rate / news_rate:.2f}x   (target >= 0.90x)")
    print(f"this process's peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")
    if not args.no_memory:
        print(f"peak memory, long document alone {peak_memory_mib(args.chars):,.0f} MiB   (target <= 1,536 MiB)")


if __name__ == "__main__":
    main()
