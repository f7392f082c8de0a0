"""Generate `src/migtext/data/countries.csv` from pycountry (ISO 3166-1 and 3166-3).

Everything pycountry knows is taken from it rather than typed by hand: codes, English
names, and the French names of the iso-codes gettext catalogues.  Only the states that
no longer exist (ISO 3166-3) are added from pycountry's historic countries; renamed
states that go on (Birmanie, Zaïre, Dahomey...) are aliases of the current code, listed
in the curated `country_aliases.csv`.

Run: python scripts/build_country_data.py   (the output is committed)
"""

from __future__ import annotations

import csv
import gettext
import re
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "migtext" / "data" / "countries.csv"

# ISO 3166-3 entries that are former *states* with no successor code of their own
# (the contract: URSS -> SUN, Yougoslavie -> YUG, Tchécoslovaquie -> CSK, ...).
FORMER_STATES = ("SUN", "YUG", "CSK", "SCG", "DDR", "ANT")

FIELDS = ("alpha3", "alpha2", "numeric", "name_en", "official_name_en", "name_fr", "official_name_fr", "former")

# pycountry's French catalogue sorts some names ("Iran, République islamique d'");
# news write them in natural order.  The few that no general rule puts right:
NATURAL_ORDER_FIXES = {
    "Syrienne, République arabe": "République arabe syrienne",
    "Lao, République démocratique populaire": "République démocratique populaire lao",
    "Taïwan, province de Chine": "Taïwan",
    "Îles Vierges, États-Unis": "Îles Vierges des États-Unis",
    "Malouines, Îles (Falkland)": "Îles Malouines",
    "Cocos (Keeling), Îles": "Îles Cocos",
}
_INVERTED = re.compile(r"^(?P<head>[^,(]+), (?P<tail>[^,]+?)$")


def natural_order(name: str) -> str:
    """ "Iran, République islamique d'" -> "République islamique d'Iran"."""
    if name in NATURAL_ORDER_FIXES:
        return NATURAL_ORDER_FIXES[name]
    m = _INVERTED.match(name)
    if not m or " et " in name:
        return name
    head, tail = m.group("head").strip(), m.group("tail").strip()
    if tail.endswith("'"):
        return f"{tail}{head}"
    if tail[:1].islower():  # "état plurinational de" -> capitalised first word
        tail = tail[0].upper() + tail[1:]
    return f"{tail} {head}"


def drop_article(name: str) -> str:
    """ "L'État d'Érythrée" -> "État d'Érythrée": articles stay outside names."""
    return capitalize(re.sub(r"^L['’]", "", name))


def capitalize(name: str) -> str:
    return name[:1].upper() + name[1:]


def rows():
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    fr3 = gettext.translation("iso3166-3", pycountry.LOCALES_DIR, languages=["fr"])
    for c in pycountry.countries:
        official_en = getattr(c, "official_name", "") or ""
        yield {
            "alpha3": c.alpha_3,
            "alpha2": c.alpha_2,
            "numeric": c.numeric,
            "name_en": getattr(c, "common_name", "") or c.name,
            "official_name_en": official_en or c.name,
            "name_fr": natural_order(fr.gettext(c.name)),
            "official_name_fr": drop_article(fr.gettext(official_en))
            if official_en
            else natural_order(fr.gettext(c.name)),
            "former": 0,
        }
    for c in pycountry.historic_countries:
        if c.alpha_3 not in FORMER_STATES:
            continue
        name_fr = fr3.gettext(c.name)
        short_fr, _, long_fr = (part.strip() for part in name_fr.partition(","))
        yield {
            "alpha3": c.alpha_3,
            "alpha2": c.alpha_2,
            "numeric": getattr(c, "numeric", ""),
            "name_en": c.name.split(",")[0].strip(),
            "official_name_en": c.name,
            "name_fr": short_fr,
            "official_name_fr": capitalize(
                natural_order(name_fr) if long_fr.endswith(("de", "d'", "du")) else long_fr or short_fr
            ),
            "former": 1,
        }


def main() -> None:
    data = sorted(rows(), key=lambda r: r["alpha3"])
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(data)
    print(f"wrote {len(data)} rows to {OUT}")


if __name__ == "__main__":
    main()
