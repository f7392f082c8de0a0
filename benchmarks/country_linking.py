"""Country linking: migtext.countries.lookup against country_converter and hdx-python-country.

All three tools get the same French names as news write them (the hand-written mention
list of tests/components/test_countries_mentions.py: articles, no accents, curly
apostrophes, old names, acronyms, misspellings, names broken across lines) and must
return the ISO alpha-3 code.  Prints accuracy, lookups per second (median of several
repeats; migtext's per-name cache is cleared before every repeat, so each repeat
resolves every name afresh) and the speed ratio to country_converter.

Benchmark-only dependencies:  pip install country_converter hdx-python-country
Run:  python benchmarks/country_linking.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import statistics
import time
from pathlib import Path
from typing import Callable, List, Optional, Sequence, Tuple

import migtext.countries as migtext_countries
from migtext.countries import conversion

MENTIONS = Path(__file__).resolve().parents[1] / "tests" / "countries" / "test_component_mentions.py"


def french_names() -> List[Tuple[str, str]]:
    """(name as written, expected alpha-3): the test suite's hand-written list."""
    spec = importlib.util.spec_from_file_location("country_mentions", MENTIONS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [(name, code) for name, code in module.COUNTRY_MENTIONS]


def migtext_tool() -> Callable[[Sequence[str]], List[Optional[str]]]:
    def run(names):
        conversion._resolve.cache_clear()
        return migtext_countries.to_alpha3(names)

    return run


def coco_tool() -> Callable[[Sequence[str]], List[Optional[str]]]:
    import country_converter as coco
    import pandas as pd
    from country_converter.country_converter import COUNTRY_DATA_FILE

    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    # country_converter 1.3.2 cannot start under pandas 3 (Namibia's ISO2 "NA" is read
    # as missing); give it its own data file read as plain strings.
    data = pd.read_csv(COUNTRY_DATA_FILE, sep="\t", encoding="utf-8", dtype=str, keep_default_na=False, na_values=[""])
    converter = coco.CountryConverter(country_data=data)

    def run(names):
        out = converter.convert(list(names), to="ISO3", not_found=None)
        out = out if isinstance(out, list) else [out]
        return [code if isinstance(code, str) and len(code) == 3 and code.isupper() else None for code in out]

    return run


def hdx_tool() -> Callable[[Sequence[str]], List[Optional[str]]]:
    from hdx.location.country import Country

    logging.getLogger("hdx").setLevel(logging.CRITICAL)

    def run(names):
        return [Country.get_iso3_country_code_fuzzy(name, use_live=False)[0] for name in names]

    return run


def measure(run, names: Sequence[str], repeats: int) -> Tuple[List[Optional[str]], float]:
    """Results of one run and the median lookups per second over `repeats` runs."""
    result = run(names)  # warm-up: tables are built once per process by every tool
    rates = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        run(names)
        rates.append(len(names) / (time.perf_counter() - t0))
    return result, statistics.median(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    pairs = french_names()
    names = [name for name, _ in pairs]
    expected = [code for _, code in pairs]
    tools = {"migtext": migtext_tool, "country_converter": coco_tool, "hdx-python-country": hdx_tool}
    rows = []
    for label, factory in tools.items():
        try:
            run = factory()
        except ImportError as err:
            print(f"{label}: not installed ({err}); pip install country_converter hdx-python-country")
            continue
        result, rate = measure(run, names, args.repeats)
        accuracy = sum(r == e for r, e in zip(result, expected, strict=True)) / len(expected)
        rows.append((label, accuracy, rate))
    base = next((rate for label, _, rate in rows if label == "country_converter"), None)
    print(f"{len(names)} French country names, median of {args.repeats} repeats\n")
    print("| tool | accuracy | lookups/s | speed vs country_converter |")
    print("| --- | --- | --- | --- |")
    for label, accuracy, rate in rows:
        ratio = f"{rate / base:.1f}x" if base else "n/a"
        print(f"| {label} | {accuracy:.3f} | {rate:,.0f} | {ratio} |")


if __name__ == "__main__":
    main()
