"""Generate `countries.csv` and `countries.forms.csv` (under `src/migtext/data/`) from
pycountry (ISO 3166-1 and 3166-3).

Everything pycountry knows is taken from it rather than typed by hand: codes, English
names, and the French names of the iso-codes gettext catalogues.

- `countries.csv`: one row per country.  Only the states that no longer exist (ISO
  3166-3) are added from pycountry's historic countries; renamed states that go on
  (Birmanie, Zaïre, Dahomey...) are aliases of the current code, listed in the curated
  `country_aliases.csv`.
- `countries.forms.csv`: every name pycountry gives a country, in English and French,
  as the catalogues write them ("Iran, Islamic Republic of", "Corée, République de"),
  plus the names and codes of every ISO 3166-3 entry, each linked to its successor
  (`successors`).  Read only by the look-up API (`migtext.countries.lookup`), never in
  running text.

Run: python scripts/build_country_data.py   (the output is committed)
"""

from __future__ import annotations

import csv
import gettext
import re
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parents[1] / "src" / "migtext" / "data"
OUT = DATA / "countries.csv"
FORMS_OUT = DATA / "countries.forms.csv"

# ISO 3166-3 entries that are former *states* with no successor code of their own
# (the contract: URSS -> SUN, Yougoslavie -> YUG, Tchécoslovaquie -> CSK, ...).
FORMER_STATES = ("SUN", "YUG", "CSK", "SCG", "DDR", "ANT")

# ISO 3166-3 entries whose alpha-4 code ends in HH (no single successor) and that are
# not former states of their own: the successors pycountry's comments name.
SPLITS = {
    "FQHH": ("ATA", "ATF"),  # French Southern and Antarctic Territories: "now split between AQ and TF"
    "GEHH": ("KIR", "TUV"),  # Gilbert and Ellice Islands: "now split into Kiribati and Tuvalu"
    "NTHH": ("IRQ", "SAU"),  # Neutral Zone: "formerly between Saudi Arabia and Iraq"
    "PCHH": ("FSM", "MHL", "MNP", "PLW"),  # Pacific Islands trust territory: "divided into FM, MH, MP, and PW"
}

FORM_FIELDS = ("alpha3", "form", "kind", "lang")

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


def successors(c) -> tuple:
    """The current alpha-3 codes an ISO 3166-3 entry became.  A former state of
    `countries.csv` is its own successor (the contract: URSS -> SUN); otherwise the
    alpha-4 code says it: its last two letters are the new alpha-2 ("BUMM": Burma ->
    MM), "AA" keeps the alpha-2 ("BYAA": Byelorussian SSR -> BY), "HH" means a split
    (`SPLITS`)."""
    if c.alpha_3 in FORMER_STATES:
        return (c.alpha_3,)
    if c.alpha_4 in SPLITS:
        return SPLITS[c.alpha_4]
    tail = c.alpha_4[2:]
    if tail in ("HH", "XX"):
        raise SystemExit(f"{c.alpha_4} ({c.name}) was split: add its successors to SPLITS")
    alpha2 = c.alpha_2 if tail == "AA" else tail
    return (pycountry.countries.get(alpha_2=alpha2).alpha_3,)


def _current_forms(fr):
    for c in pycountry.countries:
        for kind in ("name", "official_name", "common_name"):
            name = getattr(c, kind, None)
            if name:
                yield c.alpha_3, name, kind, "en"
                yield c.alpha_3, fr.gettext(name), kind, "fr"


def form_rows():
    """(alpha3, form, kind, lang): the catalogue names of current countries, then the
    names and codes of the ISO 3166-3 entries."""
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    fr3 = gettext.translation("iso3166-3", pycountry.LOCALES_DIR, languages=["fr"])
    yield from _current_forms(fr)
    current = {row[1] for row in list(_current_forms(fr))}
    for c in pycountry.historic_countries:
        for alpha3 in successors(c):
            for kind in ("alpha_2", "alpha_3", "alpha_4", "numeric"):
                code = getattr(c, kind, None)
                if code:
                    yield alpha3, code, f"former_{kind}", ""
            for lang, name in (("en", c.name), ("fr", fr3.gettext(c.name))):
                yield alpha3, name, "former_name", lang
                short, _, tail = (part.strip() for part in name.partition(","))
                # "Burma, Socialist Republic of the Union of" -> "Burma"; not "France,
                # Metropolitan" -> "France": a current name is no former one
                if tail and short not in current:
                    yield alpha3, short, "former_short_name", lang
                # "USSR, Union of Soviet Socialist Republics": the tail is a name too
                if len(tail.split()) > 1 and not tail.endswith(("of", "de", "du", "d'")):
                    yield alpha3, tail, "former_name", lang


def write(path: Path, fields, data) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(data)
    print(f"wrote {len(data)} rows to {path}")


def main() -> None:
    write(OUT, FIELDS, sorted(rows(), key=lambda r: r["alpha3"]))
    forms = sorted(set(form_rows()))
    seen = set()
    unique = []
    for alpha3, form, kind, lang in forms:  # one row per form and country: the first kind
        if (alpha3, form) not in seen:
            seen.add((alpha3, form))
            unique.append(dict(zip(FORM_FIELDS, (alpha3, form, kind, lang), strict=True)))
    write(FORMS_OUT, FORM_FIELDS, unique)


if __name__ == "__main__":
    main()
