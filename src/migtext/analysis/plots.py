"""Charts of a corpus, drawn from the tables in `migtext.analysis.explore`.

matplotlib (and pygal for the world map) are optional: they are imported when a chart
is drawn, so `import migtext` never needs them. Every function takes Docs, records or
an entity table, draws on `ax` (a new figure when None) and returns the Axes; an empty
table gives an Axes that says so rather than an error.
"""

from __future__ import annotations

import textwrap
from typing import Any, Optional

from migtext.analysis import explore
from migtext.analysis.display import LABEL_COLOURS

EDGE = "#444444"


def _axes(ax, height: float = 4.0, width: float = 8.0):
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=(width, height), layout="constrained")
    return ax


def _nothing(ax, title: str):
    ax.set_title(title)
    ax.text(0.5, 0.5, "nothing found in this corpus", ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    return ax


def _whole_numbers(axis) -> None:
    """Counts get whole-number ticks (no 0.2 mentions)."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def _short(text: Any, width: int = 45) -> str:
    return textwrap.shorten(str(text), width=width, placeholder="…")


def countries(data: Any, top: int = 20, ax=None):
    """Horizontal bars: mentions per country, split into names and nationalities."""
    table = explore.mentions_per_country(data).head(top)
    ax = _axes(ax, height=max(3.0, 0.3 * len(table) + 1))
    title = "Mentions per country"
    if table.empty:
        return _nothing(ax, title)
    table = table.iloc[::-1]
    labels = [f"{name} ({norm})" for name, norm in zip(table["name"], table["norm"], strict=True)]
    left = 0
    for label in ("COUNTRY", "NATIONALITY"):
        ax.barh(labels, table[label], left=left, color=LABEL_COLOURS[label], edgecolor=EDGE, label=label.lower())
        left = left + table[label].to_numpy()
    _whole_numbers(ax.xaxis)
    ax.set_xlabel("mentions")
    ax.set_title(title)
    ax.legend(loc="best")
    return ax


def regions(data: Any, level: str = "region", ax=None):
    """Bars: mentions per UN M49 region (or sub-region), from countries and region names."""
    table = explore.mentions_per_region(data, level=level)
    ax = _axes(ax, height=max(3.0, 0.3 * len(table) + 1))
    title = "Mentions per M49 " + {"subregion": "sub-region", "intermediate": "intermediate region"}.get(level, level)
    if table.empty:
        return _nothing(ax, title)
    table = table.iloc[::-1]
    labels = [f"{name} ({code})" for name, code in zip(table["name"], table["code"], strict=True)]
    ax.barh(labels, table["country_mentions"], color=LABEL_COLOURS["COUNTRY"], edgecolor=EDGE,
            label="countries and nationalities")
    ax.barh(labels, table["region_mentions"], left=table["country_mentions"], color=LABEL_COLOURS["REGION"],
            edgecolor=EDGE, label="the region named")
    _whole_numbers(ax.xaxis)
    ax.set_xlabel("mentions")
    ax.set_title(title)
    ax.legend(loc="best")
    return ax


def organisation_types(data: Any, ax=None):
    """Bars: organisation mentions per type, with the number of distinct organisations."""
    table = explore.organisations_by_type(data)
    ax = _axes(ax, height=max(3.0, 0.4 * len(table) + 1))
    title = "Organisations by type"
    if table.empty:
        return _nothing(ax, title)
    table = table.iloc[::-1]
    labels = [f"{kind} ({n} org.)" for kind, n in zip(table["type"], table["organisations"], strict=True)]
    ax.barh(labels, table["mentions"], color=LABEL_COLOURS["ORG"], edgecolor=EDGE)
    _whole_numbers(ax.xaxis)
    ax.set_xlabel("mentions")
    ax.set_title(title)
    return ax


def timeline(data: Any, freq: str = "year", ax=None):
    """Bars on a time axis: dated mentions per year or month."""
    import matplotlib.dates as mdates
    import pandas as pd

    table = explore.timeline(data, freq=freq)
    ax = _axes(ax, height=3.5, width=10.0)
    title = f"Dated mentions per {freq}"
    if table.empty:
        return _nothing(ax, title)
    when = pd.to_datetime(table["period"], format="%Y" if freq == "year" else "%Y-%m")
    width = pd.Timedelta(days=300 if freq == "year" else 25)
    ax.bar(when, table["mentions"], width=width, align="edge", color=LABEL_COLOURS["DATE"], edgecolor=EDGE)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    _whole_numbers(ax.yaxis)
    ax.set_ylabel("mentions")
    ax.set_title(title)
    return ax


def cooccurrence(data: Any, top: int = 15, ax=None):
    """Heatmap: in how many documents each organisation and each country appear together."""
    from matplotlib.ticker import MaxNLocator

    matrix = explore.cooccurrence(data, top=top)
    ax = _axes(ax, height=max(3.0, 0.4 * len(matrix) + 1.5), width=max(6.0, 0.5 * len(matrix.columns) + 3))
    title = "Organisations and countries in the same documents"
    if matrix.empty:
        return _nothing(ax, title)
    image = ax.imshow(matrix.to_numpy(), cmap="YlOrBr", aspect="auto", vmin=0)
    ax.set_xticks(range(len(matrix.columns)), matrix.columns, rotation=90)
    ax.set_yticks(range(len(matrix.index)), [_short(i, 30) for i in matrix.index])
    high = matrix.to_numpy().max()
    for (row, col), value in _cells(matrix):
        if value:
            ax.text(col, row, str(value), ha="center", va="center", fontsize=8,
                    color="white" if value > high / 2 else "black")
    ax.figure.colorbar(image, ax=ax, label="documents", ticks=MaxNLocator(integer=True))
    ax.set_title(title)
    return ax


def _cells(matrix):
    values = matrix.to_numpy()
    for row in range(values.shape[0]):
        for col in range(values.shape[1]):
            yield (row, col), int(values[row, col])


def people(data: Any, top: int = 15, ax=None):
    """Horizontal bars: the most mentioned people, labelled with role and affiliation."""
    table = explore.people(data).head(top)
    ax = _axes(ax, height=max(3.0, 0.35 * len(table) + 1))
    title = "People and their roles"
    if table.empty:
        return _nothing(ax, title)
    table = table.iloc[::-1]
    labels = []
    for entry in table.itertuples(index=False):
        role = ", ".join(str(v) for v in (entry.role_norm, entry.affiliation) if isinstance(v, str) and v)
        labels.append(f"{entry.person} — {role}" if role else entry.person)
    ax.barh(labels, table["mentions"], color=LABEL_COLOURS["PER"], edgecolor=EDGE)
    _whole_numbers(ax.xaxis)
    ax.set_xlabel("mentions")
    ax.set_title(title)
    return ax


def legal_instruments(data: Any, top: int = 15, ax=None):
    """Horizontal bars: legal instruments cited, by mentions."""
    table = explore.legal_instruments(data).head(top)
    ax = _axes(ax, height=max(3.0, 0.35 * len(table) + 1), width=10.0)
    title = "Legal instruments cited"
    if table.empty:
        return _nothing(ax, title)
    table = table.iloc[::-1]
    labels = [
        f"{_short(title_)} [{ident}]" if isinstance(ident, str) else f"{_short(title_)} [not in the table]"
        for title_, ident in zip(table["title"], table["id"], strict=True)
    ]
    ax.barh(labels, table["mentions"], color=LABEL_COLOURS["LEGAL"], edgecolor=EDGE)
    _whole_numbers(ax.xaxis)
    ax.set_xlabel("mentions")
    ax.set_title(title)
    return ax


def _map_codes() -> Optional[set]:
    try:
        from pygal_maps_world.i18n import COUNTRIES
    except ImportError:
        return None
    return set(COUNTRIES)


def off_the_map(data: Any) -> list:
    """Countries mentioned that the world map cannot draw (no alpha-2, or not on pygal's
    map, such as South Sudan or Kosovo): say so beside the map rather than lose them."""
    frame = explore.entity_frame(data)
    table = explore.mentions_per_country(frame)
    codes = _map_codes() or set()
    values = explore.world_map_values(frame)
    on_map = set(values.loc[values["alpha2"].isin(codes), "norm"])
    return [norm for norm in table["norm"] if norm not in on_map]


def world_map(data: Any, title: str = "Country mentions") -> Optional[str]:
    """A world map of country mentions as SVG text, drawn offline by pygal_maps_world, or
    None when that package is not installed. No script is linked: the SVG needs no network."""
    try:
        import pygal
        from pygal_maps_world.maps import World
    except ImportError:
        return None
    values = explore.world_map_values(data)
    config = pygal.Config()
    config.js = []  # pygal links its tooltip script from the web by default
    config.title = title
    chart = World(config)
    chart.add("mentions", {code: int(n) for code, n in zip(values["alpha2"], values["mentions"], strict=True)})
    return chart.render(is_unicode=True)


# One colour per event, steady from chart to chart.
EVENT_COLOURS = {
    "stock": "#4c72b0", "arrival": "#55a868", "departure": "#8c8c8c", "crossing": "#64b5cd", "displacement": "#dd8452",
    "return": "#8172b3", "deportation": "#c44e52", "interception": "#937860", "rescue": "#2ca02c",
    "death": "#000000", "missing": "#7f7f7f", "assistance": "#da8bc3", "resettlement": "#17becf",
    "application": "#bcbd22", "detention": "#8b4513", "at_risk": "#ff7f0e", "other": "#cccccc",
}


def figures_over_time(data: Any, freq: str = "month", ax=None):
    """Each figure at its month (or year), its value on a log scale, coloured by event and
    labelled with its country: what the news counted, when, where."""
    import matplotlib.dates as mdates
    import pandas as pd

    table = explore.figures_over_time(data, by=("event", "country"), freq=freq)
    ax = _axes(ax, height=4.5, width=10.0)
    title = f"Migration figures per {freq}, by event and country"
    if table.empty:
        return _nothing(ax, title)
    when = pd.to_datetime(table["period"], format="%Y" if freq == "year" else "%Y-%m")
    for event, rows in table.groupby("event"):
        at = when[rows.index]
        ax.scatter(at, rows["largest"], s=30 + 20 * rows["figures"], color=EVENT_COLOURS.get(event, "#999999"),
                   edgecolor=EDGE, label=event, zorder=3)
        for x, y, country in zip(at, rows["largest"], rows["country"], strict=True):
            ax.annotate(country, (x, y), textcoords="offset points", xytext=(5, 3), fontsize=7)
    ax.set_yscale("log")
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_ylabel("people (largest figure, log scale)")
    ax.legend(fontsize=7, ncol=2, loc="best")
    ax.set_title(title)
    return ax


def figure_flows(data: Any, top: int = 15, ax=None):
    """Flows origin -> country: origins on the left, countries on the right, a band per
    pair as wide as the square root of its total (so small flows stay visible)."""
    table = explore.figure_flows(data).head(top)
    ax = _axes(ax, height=max(3.0, 0.45 * max(len(set(table["origin"])), len(set(table["country"])), 1) + 1))
    title = "Flows reported: origin → country"
    if table.empty:
        return _nothing(ax, title)
    origins = list(dict.fromkeys(table.sort_values("origin")["origin"]))
    countries = list(dict.fromkeys(table.sort_values("country")["country"]))
    y_left = {o: 1 - (i + 0.5) / len(origins) for i, o in enumerate(origins)}
    y_right = {c: 1 - (i + 0.5) / len(countries) for i, c in enumerate(countries)}
    largest = float(table["total"].max()) or 1.0
    for origin, country, total in zip(table["origin"], table["country"], table["total"], strict=True):
        width = 1 + 14 * (float(total) / largest) ** 0.5
        ax.plot([0.1, 0.9], [y_left[origin], y_right[country]], color=LABEL_COLOURS["COUNTRY"], alpha=0.6,
                linewidth=width, solid_capstyle="butt")
        ax.annotate(f"{int(total):,}".replace(",", " "), ((0.1 + 0.9) / 2, (y_left[origin] + y_right[country]) / 2),
                    ha="center", va="center", fontsize=7)
    for origin, y in y_left.items():
        ax.text(0.08, y, origin, ha="right", va="center", fontsize=9)
    for country, y in y_right.items():
        ax.text(0.92, y, country, ha="left", va="center", fontsize=9)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_axis_off()
    ax.set_title(title)
    return ax
