"""The data behind the exploration charts, as plain tables (no plotting here).

Every function takes what `migtext.to_dataframe` gives (the entity table, attributes in
its JSON `attrs` column) or the Docs/records themselves, and returns a pandas DataFrame,
so each chart of the notebook can be checked by a test on its numbers.  Attributes are
spread into columns (`expand_attrs`); they come from the entity components and may be
missing: a missing attribute gives an empty (or "unknown") result, never a crash.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from functools import cache
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import pandas as pd

from migtext.core.text import fold
from migtext.pipeline.records import doc_to_record, expand_attrs, to_dataframe

PLACE_LABELS = ("COUNTRY", "NATIONALITY")
# The five UN M49 regions (the level above sub-regions), with their French names.
M49_LEVELS = ("region", "subregion", "intermediate")
M49_REGIONS = {"002": "Afrique", "019": "Amériques", "142": "Asie", "150": "Europe", "009": "Océanie"}
UNKNOWN = "unknown"

# TIMEX3 values placed on a timeline: a date, a month, a year, an ISO week, a quarter,
# each optionally followed by a time of day; a range "A/B" is placed at its start.
_TIMEX_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_TIMEX_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_TIMEX_YEAR = re.compile(r"^(\d{4})$")
_TIMEX_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_TIMEX_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
PRECISIONS = ("year", "quarter", "month", "week", "day")


# ---------------------------------------------------------------- inputs


def entity_frame(data: Any) -> pd.DataFrame:
    """The entity table with one column per attribute, from a DataFrame, Docs or records."""
    if isinstance(data, pd.DataFrame):
        return expand_attrs(data)
    return expand_attrs(to_dataframe(list(data)))


def as_records(data: Iterable[Any]) -> List[Dict[str, Any]]:
    """Records (dicts) from Docs or records; people live only in records, not in the table."""
    return [item if isinstance(item, Mapping) else doc_to_record(item) for item in data]


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column, or a column of None when the attribute was never set."""
    if name in frame.columns:
        return frame[name]
    return pd.Series([None] * len(frame), index=frame.index, dtype=object)


def _of_labels(frame: pd.DataFrame, labels: Sequence[str]) -> pd.DataFrame:
    if frame.empty or "label" not in frame.columns:
        return frame.iloc[0:0]
    return frame[frame["label"].isin(labels)]


def _blank(value: Any) -> bool:
    """None, NaN, <NA> or "": what a table cell holds where there is nothing."""
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float):
        return value != value
    return isinstance(value, str) and value == ""


def _mention_key(norm: Any, text: Any) -> str:
    """What identifies an entity: its norm, else its folded text (for unlisted names)."""
    if not _blank(norm):
        return str(norm)
    return " ".join(fold(str(text or "")).split())


def _keys(rows: pd.DataFrame) -> pd.Series:
    """The `_mention_key` of every row."""
    return pd.Series([_mention_key(n, t) for n, t in zip(rows["norm"], rows["text"], strict=True)], index=rows.index)


def _most_common(values: Iterable[Any]) -> Optional[str]:
    """The most frequent non-blank value (ties: the first seen), or None."""
    counts = Counter(str(v) for v in values if not _blank(v))
    return counts.most_common(1)[0][0] if counts else None


# ---------------------------------------------------------------- countries


@cache
def country_name_fr(alpha3: str) -> str:
    """French short name of an ISO 3166-1 (or former state's 3166-3) alpha-3 code, from the
    iso-codes translations pycountry bundles; the code itself when unknown.

    Inverted official names keep their head: "Russie, Fédération de" → "Russie".
    """
    import gettext

    import pycountry

    country, domain = pycountry.countries.get(alpha_3=alpha3), "iso3166-1"
    if country is None:
        country, domain = pycountry.historic_countries.get(alpha_3=alpha3), "iso3166-3"
    if country is None:
        return alpha3
    name = getattr(country, "common_name", None) or country.name
    try:
        name = gettext.translation(domain, pycountry.LOCALES_DIR, languages=["fr"]).gettext(name)
    except OSError:  # no French catalogue: the English name is still a name
        pass
    return name.split(", ")[0]


def mentions_per_country(data: Any, labels: Sequence[str] = PLACE_LABELS) -> pd.DataFrame:
    """Mentions per country (alpha-3 norm): countries named and nationalities pointing to them.

    Columns: norm, name (French), one count column per label (`COUNTRY`, `NATIONALITY`),
    mentions (their sum) and documents (how many documents mention it); most mentioned first.
    """
    columns = ["norm", "name", *labels, "mentions", "documents"]
    rows = _of_labels(entity_frame(data), labels)
    rows = rows[rows["norm"].map(lambda v: not _blank(v))] if not rows.empty else rows
    if rows.empty:
        return pd.DataFrame(columns=columns)
    short_names, names = _column(rows, "short_name_fr"), _column(rows, "name_fr")
    table = []
    for norm, group in rows.groupby("norm", sort=False):
        entry = {"norm": norm, "name": _country_label(norm, short_names.loc[group.index], names.loc[group.index])}
        for label in labels:
            entry[label] = int((group["label"] == label).sum())
        entry["mentions"] = len(group)
        entry["documents"] = group["id"].nunique()
        table.append(entry)
    result = pd.DataFrame(table, columns=columns)
    return result.sort_values(["mentions", "norm"], ascending=[False, True], ignore_index=True)


def _country_label(norm: str, short_names: pd.Series, names: pd.Series) -> str:
    """A short French name for a chart: the entities' short name, else pycountry's, else
    the (possibly official) name the entities give, else the code."""
    short = _most_common(short_names)
    if short:
        return short
    known = country_name_fr(norm)
    return known if known != norm else (_most_common(names) or norm)


def mentions_per_region(data: Any, level: str = "region", labels: Sequence[str] = PLACE_LABELS) -> pd.DataFrame:
    """Mentions per UN M49 region (`level="region"`: Africa, Americas, ...), sub-region
    ("subregion": Northern Africa, Sub-Saharan Africa, ...) or intermediate region
    ("intermediate": Western Africa, South America, ...).

    Countries and nationalities count for the region their attributes name
    (`m49_region`, `m49_subregion`, `m49_intermediate`); `REGION` mentions whose norm is that very M49 code
    ("Afrique" → 002) are counted apart. Columns: code, name, country_mentions,
    region_mentions, mentions, documents.
    """
    if level not in M49_LEVELS:
        raise ValueError(f"level must be one of {M49_LEVELS}, not {level!r}")
    columns = ["code", "name", "country_mentions", "region_mentions", "mentions", "documents"]
    frame = entity_frame(data)
    places = _of_labels(frame, labels)
    code_col, name_col = f"m49_{level}", f"m49_{level}_name"
    parts = []
    if not places.empty and code_col in places.columns:
        part = pd.DataFrame(
            {"id": places["id"], "code": places[code_col], "name": _column(places, name_col), "kind": "country"}
        )
        parts.append(part)
    regions = _of_labels(frame, ("REGION",))
    if not regions.empty:
        known = set(M49_REGIONS) if level == "region" else set()
        if parts:
            known |= {_m49_code(v) for v in parts[0]["code"] if not _blank(v)}
        codes = regions["norm"].map(lambda v: None if _blank(v) else _m49_code(v))
        direct = regions[codes.isin(known)]
        parts.append(
            pd.DataFrame(
                {"id": direct["id"], "code": codes[direct.index], "name": _column(direct, "name_fr"), "kind": "region"}
            )
        )
    if not parts:
        return pd.DataFrame(columns=columns)
    rows = pd.concat(parts, ignore_index=True)
    rows = rows[rows["code"].map(lambda v: not _blank(v))]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    rows["code"] = rows["code"].map(_m49_code)
    table = []
    for code, group in rows.groupby("code", sort=False):
        table.append(
            {
                "code": code,
                "name": _most_common(group["name"]) or M49_REGIONS.get(code, code),
                "country_mentions": int((group["kind"] == "country").sum()),
                "region_mentions": int((group["kind"] == "region").sum()),
                "mentions": len(group),
                "documents": group["id"].nunique(),
            }
        )
    result = pd.DataFrame(table, columns=columns)
    return result.sort_values(["mentions", "code"], ascending=[False, True], ignore_index=True)


def _m49_code(value: Any) -> str:
    """M49 codes are three digits with leading zeros ("2" read as a number → "002")."""
    text = str(int(value)) if isinstance(value, float) else str(value)
    return text.zfill(3) if text.isdigit() else text


def world_map_values(data: Any) -> pd.DataFrame:
    """Mentions per country keyed by ISO alpha-2 (what map libraries use).

    Columns: alpha2 (lower case), norm, name, mentions. Codes without an alpha-2 (a former
    state such as SUN) are left out: they cannot be drawn on today's map.
    """
    import pycountry

    counts = mentions_per_country(data)
    rows = []
    for entry in counts.itertuples(index=False):
        country = pycountry.countries.get(alpha_3=entry.norm)
        if country is not None:
            rows.append(
                {"alpha2": country.alpha_2.lower(), "norm": entry.norm, "name": entry.name, "mentions": entry.mentions}
            )
    return pd.DataFrame(rows, columns=["alpha2", "norm", "name", "mentions"])


# ---------------------------------------------------------------- organisations


def organisations(data: Any) -> pd.DataFrame:
    """One row per organisation (its norm, else its folded name): name, type, mentions, documents."""
    columns = ["key", "norm", "name", "type", "mentions", "documents"]
    rows = _of_labels(entity_frame(data), ("ORG",))
    if rows.empty:
        return pd.DataFrame(columns=columns)
    keys = _keys(rows)
    names = _column(rows, "acronym_fr").where(_column(rows, "acronym_fr").notna(), rows["text"])
    types = _column(rows, "type")
    table = []
    for key, group in rows.groupby(keys, sort=False):
        norm = group["norm"].iloc[0]
        table.append(
            {
                "key": key,
                "norm": None if _blank(norm) else norm,
                "name": _most_common(names.loc[group.index]) or key,
                "type": _most_common(types.loc[group.index]) or UNKNOWN,
                "mentions": len(group),
                "documents": group["id"].nunique(),
            }
        )
    result = pd.DataFrame(table, columns=columns)
    return result.sort_values(["mentions", "key"], ascending=[False, True], ignore_index=True)


def organisations_by_type(data: Any) -> pd.DataFrame:
    """Organisation mentions per type (UN entity, IGO, NGO, media, ...); untyped ones under
    "unknown". Columns: type, organisations (distinct), mentions, documents."""
    columns = ["type", "organisations", "mentions", "documents"]
    frame = entity_frame(data)
    orgs = organisations(frame)
    if orgs.empty:
        return pd.DataFrame(columns=columns)
    rows = _of_labels(frame, ("ORG",))
    keys = _keys(rows)
    type_of = dict(zip(orgs["key"], orgs["type"], strict=True))
    mention_types = keys.map(type_of)
    table = []
    for kind, group in rows.groupby(mention_types, sort=False):
        table.append(
            {
                "type": kind,
                "organisations": int(keys.loc[group.index].nunique()),
                "mentions": len(group),
                "documents": group["id"].nunique(),
            }
        )
    result = pd.DataFrame(table, columns=columns)
    return result.sort_values(["mentions", "type"], ascending=[False, True], ignore_index=True)


def cooccurrence(
    data: Any,
    rows: Sequence[str] = ("ORG",),
    columns: Sequence[str] = PLACE_LABELS,
    top: Optional[int] = None,
) -> pd.DataFrame:
    """How many documents mention both an organisation and a country (a heatmap's data).

    Index: organisations (French acronym or name); columns: countries (alpha-3); values:
    number of documents where both appear. `top` keeps the most mentioned of each side.
    Entities without a norm on the country side are left out (they cannot be named).
    """
    frame = entity_frame(data)
    left, right = _of_labels(frame, rows), _of_labels(frame, columns)
    right = right[right["norm"].map(lambda v: not _blank(v))] if not right.empty else right
    if left.empty or right.empty:
        return pd.DataFrame(dtype=int)
    orgs = organisations(left) if tuple(rows) == ("ORG",) else None
    left_keys = _keys(left)
    if orgs is not None:
        label_of = dict(zip(orgs["key"], orgs["name"], strict=True))
        left_keys = left_keys.map(label_of)
    pairs = pd.DataFrame({"id": left["id"], "row": left_keys}).drop_duplicates()
    cols = pd.DataFrame({"id": right["id"], "col": right["norm"]}).drop_duplicates()
    joined = pairs.merge(cols, on="id")
    if joined.empty:
        return pd.DataFrame(dtype=int)
    matrix = pd.crosstab(joined["row"], joined["col"])
    if top is not None:
        row_order = left_keys.value_counts().index[:top]
        col_order = right["norm"].value_counts().index[:top]
        matrix = matrix.reindex(
            index=[r for r in row_order if r in matrix.index], columns=[c for c in col_order if c in matrix.columns]
        )
    matrix = matrix.loc[matrix.sum(axis=1) > 0, matrix.sum(axis=0) > 0]  # `top` can leave a row with nothing
    matrix = matrix.loc[matrix.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    matrix = matrix[matrix.sum(axis=0).sort_values(ascending=False, kind="stable").index]
    matrix.index.name, matrix.columns.name = "organisation", "country"
    return matrix.astype(int)


# ---------------------------------------------------------------- dates


def timex_start(value: Any) -> Optional[Tuple[_dt.date, str]]:
    """The first day and precision of a TIMEX3 value that can be placed on a calendar.

    "2018-12-21" → (2018-12-21, "day"); "2018-12" → month; "2018" → year; "2018-W52" →
    the week's Monday, "week"; "2018-Q3" → quarter; "2024-05-03/2024-05-05" → its start.
    Durations (P3Y), sets, decades, centuries and year-less values (XXXX-12-21) → None.
    """
    if _blank(value):
        return None
    text = str(value).strip().split("/")[0]
    try:
        if m := _TIMEX_DAY.match(text):
            return _dt.date(int(m[1]), int(m[2]), int(m[3])), "day"
        if m := _TIMEX_MONTH.match(text):
            return _dt.date(int(m[1]), int(m[2]), 1), "month"
        if m := _TIMEX_YEAR.match(text):
            return _dt.date(int(m[1]), 1, 1), "year"
        if m := _TIMEX_WEEK.match(text):
            return _dt.date.fromisocalendar(int(m[1]), int(m[2]), 1), "week"
        if m := _TIMEX_QUARTER.match(text):
            return _dt.date(int(m[1]), 3 * int(m[2]) - 2, 1), "quarter"
    except ValueError:  # "2018-13", "2018-02-30", "2018-W60": not a calendar date
        return None
    return None


def dated_mentions(data: Any) -> pd.DataFrame:
    """DATE mentions that fall on the calendar: id, text, norm, start (a date), precision."""
    columns = ["id", "text", "norm", "start", "precision"]
    rows = _of_labels(entity_frame(data), ("DATE",))
    table = []
    for entry in rows.itertuples(index=False):
        placed = timex_start(entry.norm)
        if placed is not None:
            table.append(
                {"id": entry.id, "text": entry.text, "norm": entry.norm, "start": placed[0], "precision": placed[1]}
            )
    return pd.DataFrame(table, columns=columns)


def timeline(data: Any, freq: str = "year") -> pd.DataFrame:
    """Dated mentions per period (`freq` "year" or "month"), in calendar order.

    A mention counts only where it is at least as precise as the period: "2018" is on a
    yearly timeline but not on a monthly one (placing it in January would be false).
    Columns: period ("2018" or "2018-12"), mentions, documents.
    """
    allowed = {"year": set(PRECISIONS), "month": {"month", "week", "day"}}
    if freq not in allowed:
        raise ValueError(f"freq must be 'year' or 'month', not {freq!r}")
    columns = ["period", "mentions", "documents"]
    dated = dated_mentions(data)
    dated = dated[dated["precision"].isin(allowed[freq])]
    if dated.empty:
        return pd.DataFrame(columns=columns)
    if freq == "year":
        period = dated["start"].map(lambda d: f"{d.year:04d}")
    else:  # a week belongs to the month of its Thursday, as ISO weeks belong to years
        period = dated.apply(
            lambda r: _month_of(r["start"] + _dt.timedelta(days=3) if r["precision"] == "week" else r["start"]), axis=1
        )
    grouped = dated.groupby(period.rename("period"))
    result = pd.DataFrame({"mentions": grouped.size(), "documents": grouped["id"].nunique()}).reset_index()
    return result[columns].sort_values("period", ignore_index=True)


def _month_of(day: _dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


# ---------------------------------------------------------------- people


def people(data: Iterable[Any]) -> pd.DataFrame:
    """One row per person across documents: name (norm), role, role_norm, affiliation,
    mentions and documents.

    From each record's `people` list; a record without one (a pipeline without the people
    component, or an entity table) falls back on its PER entities and their attributes.
    """
    columns = ["person", "role", "role_norm", "affiliation", "mentions", "documents"]
    if isinstance(data, pd.DataFrame):
        rows = _people_from_entities(entity_frame(data))
    else:
        rows = []
        for record in as_records(data):
            listed = [p for p in record.get("people") or [] if not _blank(p.get("norm"))]
            if not listed:
                rows += _people_from_entities(entity_frame([dict(record, people=[])]))
            for person in listed:
                rows.append({"id": record.get("id"), "person": person["norm"], "role": person.get("role"),
                             "role_norm": person.get("role_norm"), "affiliation": person.get("affiliation"),
                             "mentions": len(person.get("mentions") or []) or 1})
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(rows)
    table = []
    for name, group in frame.groupby("person", sort=False):
        table.append(
            {
                "person": name,
                "role": _most_common(group["role"]),
                "role_norm": _most_common(group["role_norm"]),
                "affiliation": _most_common(group["affiliation"]),
                "mentions": int(group["mentions"].sum()),
                "documents": group["id"].nunique(),
            }
        )
    result = pd.DataFrame(table, columns=columns)
    return result.sort_values(["mentions", "person"], ascending=[False, True], ignore_index=True)


def _people_from_entities(frame: pd.DataFrame) -> List[Dict[str, Any]]:
    """One row per PER mention: its norm (else its text) with the role attributes it has."""
    per = _of_labels(frame, ("PER",))
    roles = {name: _column(per, name) for name in ("role", "role_norm", "affiliation")}
    return [
        {"id": per.at[i, "id"], "person": per.at[i, "norm"] if not _blank(per.at[i, "norm"]) else per.at[i, "text"],
         **{name: values[i] for name, values in roles.items()}, "mentions": 1}
        for i in per.index
    ]


def roles(data: Iterable[Any]) -> pd.DataFrame:
    """People per normalised role ("spokesperson", "director general", ...; none → "unknown")."""
    found = people(data)
    if found.empty:
        return pd.DataFrame(columns=["role_norm", "people", "mentions"])
    role = found["role_norm"].fillna(UNKNOWN)
    grouped = found.groupby(role.rename("role_norm"))
    result = pd.DataFrame({"people": grouped.size(), "mentions": grouped["mentions"].sum()}).reset_index()
    return result.sort_values(["people", "role_norm"], ascending=[False, True], ignore_index=True)


# ---------------------------------------------------------------- legal instruments


def legal_instruments(data: Any) -> pd.DataFrame:
    """Legal instruments cited: one row per instrument id (a mention naming several
    instruments, "untc:V-2;untc:V-5", counts for each), unlisted ones by their folded title.

    Columns: id (None when unlisted), title, year, kind, mentions, documents.
    """
    columns = ["id", "title", "year", "kind", "mentions", "documents"]
    rows = _of_labels(entity_frame(data), ("LEGAL",))
    if rows.empty:
        return pd.DataFrame(columns=columns)
    titles, years, kinds = _column(rows, "title_fr"), _column(rows, "year"), _column(rows, "kind")
    exploded = []
    for index, entry in zip(rows.index, rows.itertuples(index=False), strict=True):
        ids = [] if _blank(entry.norm) else [i.strip() for i in str(entry.norm).split(";") if i.strip()]
        single = len(ids) == 1
        for key in ids or [_mention_key(None, entry.text)]:
            exploded.append(
                {
                    "key": key,
                    "id": key if ids else None,
                    "doc": entry.id,
                    "text": entry.text,
                    # a joint mention's attributes describe no single instrument
                    "title": titles[index] if single or not ids else None,
                    "year": years[index] if single or not ids else None,
                    "kind": kinds[index] if single or not ids else None,
                }
            )
    frame = pd.DataFrame(exploded)
    table = []
    for _, group in frame.groupby("key", sort=False):
        year = _most_common(group["year"])
        table.append(
            {
                "id": group["id"].iloc[0],
                "title": _most_common(group["title"]) or _most_common(group["text"]),
                "year": int(float(year)) if year is not None else None,
                "kind": _most_common(group["kind"]),
                "mentions": len(group),
                "documents": group["doc"].nunique(),
            }
        )
    result = pd.DataFrame(table, columns=columns)
    result["_key"] = result["id"].fillna(result["title"])
    result = result.sort_values(["mentions", "_key"], ascending=[False, True], ignore_index=True)
    return result.drop(columns="_key")


# ---------------------------------------------------------------- the table


IDENTIFIER_COLUMNS = (
    "alpha2",
    "alpha3",
    "numeric",
    "m49_region_name",
    "m49_subregion_name",
    "name_fr",
    "acronym_fr",
    "name_en",
    "qid",
    "type",
    "parent",
    "role",
    "role_norm",
    "affiliation",
    "title_fr",
    "year",
    "kind",
)


def entity_table(data: Any) -> pd.DataFrame:
    """The entity table to read: document, text, label, norm, method, score, then the
    identifier and attribute columns that some entity actually has."""
    frame = entity_frame(data)
    base = [c for c in ("id", "text", "label", "norm", "method", "score") if c in frame.columns]
    extra = [c for c in IDENTIFIER_COLUMNS if c in frame.columns and frame[c].notna().any()]
    return frame[base + extra].reset_index(drop=True)


# ---------------------------------------------------------------- migration figures


def figure_frame(data: Any) -> pd.DataFrame:
    """The figures table (one row per figure, `migtext.figures_table`): a DataFrame with a
    `value` column is returned as is; Docs or records are turned into one."""
    if isinstance(data, pd.DataFrame):
        return data
    from migtext.pipeline.records import figures_table

    return figures_table(list(data))


def _period(month: Any, date: Any, doc_date: Any, freq: str) -> Optional[str]:
    """The month ("2024-01") or year ("2024") a figure falls in; None when it has no time."""
    if not _blank(month):
        return str(month) if freq == "month" else str(month)[:4]
    if freq == "year":
        for value in (date, doc_date):
            if not _blank(value) and re.match(r"^\d{4}", str(value)):
                return str(value)[:4]
    return None


def figures_over_time(data: Any, by: Sequence[str] = ("event", "country"), freq: str = "month") -> pd.DataFrame:
    """Figures per period and per `by` (event, country, origin, group...): how many figures,
    their total and the largest. A figure with no month (or year) of its own or of its
    document is left out. Totals add counts of different kinds (a stock and a flow, a
    figure repeated in a summary): read them as the size of what the news reports, not as
    statistics."""
    if freq not in ("month", "year"):
        raise ValueError(f"freq must be 'month' or 'year', not {freq!r}")
    frame = figure_frame(data)
    columns = ["period", *by, "figures", "total", "largest"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    frame = frame.assign(
        period=[_period(m, d, dd, freq) for m, d, dd in zip(frame["month"], frame["date"], frame["doc_date"],
                                                           strict=True)]
    )
    frame = frame[frame["period"].notna()]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    keys = ["period", *by]
    filled = frame.assign(**{k: frame[k].astype(object).where(frame[k].notna(), UNKNOWN) for k in by})
    grouped = filled.groupby(keys, dropna=False)["value"].agg(figures="count", total="sum", largest="max")
    return grouped.reset_index().sort_values(keys).reset_index(drop=True)[columns]


# Events that move people from an origin to a country.
MOVEMENT_EVENTS = (
    "arrival", "departure", "crossing", "displacement", "return", "deportation", "interception", "rescue",
    "resettlement", "application", "stock",
)


def figure_flows(data: Any, events: Sequence[str] = MOVEMENT_EVENTS) -> pd.DataFrame:
    """Flows as the news reports them: one row per origin -> country with the figures that
    name both (of `events`), how many, their total and the largest."""
    frame = figure_frame(data)
    columns = ["origin", "country", "figures", "total", "largest"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    frame = frame[frame["event"].isin(list(events)) & frame["origin"].notna() & frame["country"].notna()]
    frame = frame[frame["origin"] != frame["country"]]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    grouped = frame.groupby(["origin", "country"])["value"].agg(figures="count", total="sum", largest="max")
    return grouped.reset_index().sort_values("total", ascending=False).reset_index(drop=True)[columns]
