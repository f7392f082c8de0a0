"""Country linking: migtext.countries.lookup against country_converter and hdx-python-country.

The three tools get the same hand-written lists, each a column of values with the
ISO alpha-3 code expected:

- French names as news write them (the mention list of
  tests/countries/test_component_mentions.py: articles, no accents, curly apostrophes,
  old names, acronyms, misspellings, names broken across lines);
- English names, catalogue forms (commas and parentheses, French and English),
  abbreviations, former names, and ISO codes (tests/countries/test_conversion_*.py);
- refusals: values that fit several countries or none ("Korea", "England", "Europe",
  "Nigera"), where the right answer is no answer.

For each list and tool it prints the accuracy, the wrong answers (a code other than the
one expected; on the refusals list, any code), the values left unanswered, and lookups
per second (median of several repeats; migtext's per-value cache is cleared before
every repeat, so each repeat resolves every value afresh; a tool slower than 2 s a run
is timed once).  The lists were written for migtext's tests: read the numbers as
coverage of what those lists hold, not as a neutral contest.

Benchmark-only dependencies:  pip install -e ".[bench]"  (country_converter, hdx-python-country)
Run:  python benchmarks/country_linking.py [--repeats 5] [--only french,codes] [--show-wrong]
"""

from __future__ import annotations

import argparse
import ast
import logging
import statistics
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import migtext.countries as migtext_countries
from migtext.countries import conversion

TESTS = Path(__file__).resolve().parents[1] / "tests" / "countries"

# list name -> (test module, the variable holding its "value|expected" lines)
LISTS = {
    "french": ("test_component_mentions.py", "COUNTRY_DATA"),
    "english": ("test_conversion_english.py", "ENGLISH_DATA"),
    "catalogue": ("test_conversion_catalogue.py", "CATALOGUE_DATA"),
    "abbreviations": ("test_conversion_abbreviations.py", "ABBREVIATIONS_DATA"),
    "former": ("test_conversion_former.py", "FORMER_DATA"),
    "codes": ("test_conversion_codes.py", "CODES_DATA"),
    "refusals": ("test_conversion_ambiguity.py", "REFUSALS_DATA"),
}

Tool = Callable[[Sequence[str]], List[Optional[str]]]


def read_list(name: str) -> List[Tuple[str, Optional[str]]]:
    """(value, expected alpha-3 or None) of one hand-written list, read from the test
    module's text (the tests are not imported)."""
    filename, variable = LISTS[name]
    tree = ast.parse((TESTS / filename).read_text(encoding="utf-8"))
    data = next(
        node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == variable for t in node.targets)
    )
    lines = [line.replace("\\n", "\n") for line in data.splitlines() if line.strip() and not line.startswith("#")]
    pairs = [tuple(line.split("|")) for line in lines]
    if name == "refusals":  # the second column is the reason: no code is right
        return [(value, None) for value, _ in pairs]
    return [(value, code) for value, code in pairs]


def migtext_tool() -> Tool:
    def run(names):
        conversion._resolve.cache_clear()
        return migtext_countries.to_alpha3(names)

    return run


NOT_FOUND = "not found"


def _alpha3(code) -> bool:
    return isinstance(code, str) and len(code) == 3 and code.isalpha() and code.isupper()


def coco_tool() -> Tool:
    import country_converter as coco
    import pandas as pd
    from country_converter.country_converter import COUNTRY_DATA_FILE

    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    # country_converter 1.3.2 cannot start under pandas 3 (Namibia's ISO2 "NA" is read
    # as missing); give it its own data file read as plain strings.
    data = pd.read_csv(COUNTRY_DATA_FILE, sep="\t", encoding="utf-8", dtype=str, keep_default_na=False, na_values=[""])
    converter = coco.CountryConverter(country_data=data)

    def run(names):
        # with not_found=None it would echo what it does not know ("DRC", "004")
        out = converter.convert(list(names), to="ISO3", not_found=NOT_FOUND)
        out = out if isinstance(out, list) else [out]
        return [code if _alpha3(code) else None for code in out]

    return run


def hdx_tool() -> Tool:
    from hdx.location.country import Country

    logging.getLogger("hdx").setLevel(logging.CRITICAL)

    def one(name):
        try:
            return Country.get_iso3_country_code_fuzzy(name, use_live=False)[0]
        except Exception:  # noqa: BLE001 - a value it cannot read is no answer
            return None

    def run(names):
        return [one(name) for name in names]

    return run


TOOLS: Dict[str, Callable[[], Tool]] = {
    "migtext": migtext_tool,
    "country_converter": coco_tool,
    "hdx-python-country": hdx_tool,
}


def measure(run: Tool, names: Sequence[str], repeats: int) -> Tuple[List[Optional[str]], float]:
    """Results of one run and the median lookups per second over `repeats` runs."""
    t0 = time.perf_counter()
    result = run(names)  # warm-up: tables are built once per process by every tool
    if time.perf_counter() - t0 > 2:
        repeats = 1
    rates = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        run(names)
        rates.append(len(names) / (time.perf_counter() - t0))
    return result, statistics.median(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", default=",".join(LISTS), help=f"lists to run, from {', '.join(LISTS)}")
    parser.add_argument("--show-wrong", action="store_true", help="print every wrong answer")
    args = parser.parse_args()
    tools = {}
    for label, factory in TOOLS.items():
        try:
            tools[label] = factory()
        except ImportError as err:
            print(f"{label}: not installed ({err}); pip install -e '.[bench]'")
    print(f"median of {args.repeats} repeats\n")
    print("| list | values | tool | accuracy | wrong | no answer | lookups/s | speed vs country_converter |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    wrong_answers = []
    for list_name in args.only.split(","):
        pairs = read_list(list_name)
        names = [value for value, _ in pairs]
        rows = []
        for label, run in tools.items():
            result, rate = measure(run, names, args.repeats)
            right = sum(r == e for r, e in zip(result, (e for _, e in pairs), strict=True))
            wrong = [(v, e, r) for (v, e), r in zip(pairs, result, strict=True) if r is not None and r != e]
            unanswered = sum(r is None and e is not None for (_, e), r in zip(pairs, result, strict=True))
            rows.append((label, right / len(pairs), len(wrong), unanswered, rate))
            wrong_answers += [(list_name, label, *w) for w in wrong]
        base = next((rate for label, *_, rate in rows if label == "country_converter"), None)
        for label, accuracy, wrong, unanswered, rate in rows:
            ratio = f"{rate / base:.1f}x" if base else "n/a"
            print(
                f"| {list_name} | {len(pairs)} | {label} | {accuracy:.3f} | {wrong} | {unanswered} "
                f"| {rate:,.0f} | {ratio} |"
            )
    if args.show_wrong:
        print("\nwrong answers (list, tool, value, expected, given):")
        for row in wrong_answers:
            print("  " + " | ".join(str(x) for x in row))


if __name__ == "__main__":
    main()
