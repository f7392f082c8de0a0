# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Exploring migration news with migtext
#
# Before trusting what migtext finds in a corpus, look at it. This notebook annotates the
# sample corpus bundled with the project (`samples/*.txt`: ten short French news items
# written for migtext, each opening with a dateline) and shows
#
# 1. the documents with their entities highlighted, each with its canonical id;
# 2. a table of every entity with its identifiers and attributes;
# 3. charts: mentions per country and per UN M49 region, organisations by type, a
#    timeline of dated mentions, organisations and countries that appear together,
#    people with their roles, legal instruments cited;
# 4. the migration figures: how many people, doing what, where, when, who, according
#    to whom; figures by event and country over time, and flows origin → country;
# 5. a world map of country mentions, drawn offline.
#
# Every chart is drawn from a plain table of `migtext.analysis.explore`, shown just above it, so
# the numbers can be read, exported or tested. To explore your own corpus, point
# `CORPUS` below at a folder of `.txt` files.

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import SVG, Markdown
from IPython.display import display as show

import migtext
from migtext.analysis import explore, plots
from migtext.analysis.display import display

pd.set_option("display.max_rows", 60)
pd.set_option("display.max_colwidth", 60)


def repository_folder(name: str) -> Path:
    """The project's `name` folder, looked for from the notebook's folder upwards."""
    for folder in (Path.cwd(), *Path.cwd().parents):
        if (folder / name).is_dir() and (folder / "pyproject.toml").is_file():
            return folder / name
    raise FileNotFoundError(f"no {name}/ folder beside a pyproject.toml above {Path.cwd()}: run from the repository")


CORPUS = repository_folder("samples")
paths = sorted(CORPUS.glob("*.txt"))
print(f"{len(paths)} documents in {CORPUS}")

# %% [markdown]
# ## Annotate
#
# The documents carry no date of their own here: migtext reads it from each dateline
# ("Genève, 12 mars 2024 (OIM) –"), and relative dates ("la semaine dernière") are
# resolved against it. Pass `date=` per document when you know it.

# %%
nlp = migtext.load()
items = [{"id": path.stem, "text": path.read_text(encoding="utf-8")} for path in paths]
docs = list(migtext.annotate_many(items, nlp=nlp))
records = [migtext.doc_to_record(doc) for doc in docs]
entities = migtext.to_dataframe(records)

overview = pd.DataFrame(
    {
        "date": [record["date"] for record in records],
        "date from": [record["date_source"] for record in records],
        "entities": [len(record["entities"]) for record in records],
        "people": [len(record["people"]) for record in records],
    },
    index=[record["id"] for record in records],
)
if not entities.empty:
    overview = overview.join(pd.crosstab(entities["id"], entities["label"])).fillna(0)
show(overview)

# %% [markdown]
# ## Highlighted documents
#
# Each entity is marked in its label's colour, with its canonical id beside the label
# (ISO 3166 alpha-3 for countries and nationalities, M49 code for regions, the UN
# acronym for organisations, TIMEX3 for dates, the treaty reference for instruments; a
# link goes to Wikidata where an organisation has a QID). All text is HTML-escaped.
# Use `display(doc, labels=["ORG", "PER"])` to show only some labels.

# %%
for doc in docs[:3]:
    display(doc)

# %% [markdown]
# A page scraped from a website: menu lines and debris should carry no entity, and names
# broken across lines are still one mention.

# %%
scraped = [doc for doc in docs if "scraped" in (doc._.doc_id or "")]
for doc in scraped[:1]:
    display(doc)

# %% [markdown]
# ## Every entity with its identifiers
#
# One row per mention: the document, the text as written, label, canonical id, how it
# was found (`method`) and with what confidence (`score`), then the attributes the
# entity components give (ISO codes and M49 region for countries, French acronym, QID
# and type for organisations, role for people, title and year for instruments). Only
# the columns that some entity actually has are shown.

# %%
explore.entity_table(entities)

# %% [markdown]
# ## Mentions per country
#
# A country counts whether it is named ("la Libye") or pointed to by a nationality
# ("les Soudanais"); `documents` is the number of documents that mention it.

# %%
countries = explore.mentions_per_country(entities)
countries.head(20)

# %%
plots.countries(entities)
plt.show()

# %% [markdown]
# ## Mentions per UN M49 region
#
# Countries and nationalities count for their M49 region; a region named as such
# ("l'Afrique") counts apart. `level="subregion"` gives Northern Africa, Sub-Saharan
# Africa, South-eastern Asia...; `level="intermediate"` Western Africa, South America...

# %%
explore.mentions_per_region(entities)

# %%
fig, (left, right) = plt.subplots(1, 2, figsize=(15, 5), layout="constrained")
plots.regions(entities, ax=left)
plots.regions(entities, level="subregion", ax=right)
plt.show()

# %% [markdown]
# ## Organisations by type
#
# Organisations without a type in migtext's table (a ministry, an NGO not listed yet)
# are counted as `unknown`.

# %%
explore.organisations(entities).head(20)

# %%
explore.organisations_by_type(entities)

# %%
plots.organisation_types(entities)
plt.show()

# %% [markdown]
# ## Timeline of dated mentions
#
# Only the dates that fall on the calendar are placed (a day, a week, a month, a
# quarter, a year; a range at its start). Durations ("trois ans"), sets ("chaque
# année") and dates without a known year are left out. A year alone is on the yearly
# timeline but not on the monthly one.

# %%
explore.dated_mentions(entities)

# %%
fig, (by_year, by_month) = plt.subplots(2, 1, figsize=(10, 6), layout="constrained")
plots.timeline(entities, freq="year", ax=by_year)
plots.timeline(entities, freq="month", ax=by_month)
plt.show()

# %% [markdown]
# ## Organisations and countries together
#
# How many documents mention both an organisation and a country: who works, reports or
# is quoted on which country.

# %%
explore.cooccurrence(entities, top=15)

# %%
plots.cooccurrence(entities, top=15)
plt.show()

# %% [markdown]
# ## People and their roles
#
# Each person once per corpus, with the role as written, a role normalised across
# genders ("directrice générale" and "directeur général" → "director general") and
# the organisation they speak for.

# %%
explore.people(records)

# %%
explore.roles(records)

# %%
plots.people(records)
plt.show()

# %% [markdown]
# ## Legal instruments cited
#
# Conventions, protocols and compacts with their treaty references; a mention that names
# several instruments ("la Convention de 1951 et son Protocole") counts for each.

# %%
explore.legal_instruments(entities)

# %%
plots.legal_instruments(entities)
plt.show()

# %% [markdown]
# ## Migration figures
#
# Every count of people the news ties to migration, with what it counts
# (`../shared/FIGURES.md`): its value and qualifier, who (`group`), what happened
# (`event`), where (`country`), from where (`origin`), when (`date`, and the `month` to
# group by) and according to whom (`source`). One row per figure, as
# `migtext.figures_table` gives it and `migtext figures` writes it.

# %%
figures = migtext.figures_table(records)
figures[["id", "text", "value", "qualifier", "group", "event", "country", "origin", "date", "source"]]

# %% [markdown]
# Figures by event and country over time: each point is the largest figure of an event in
# a country in a month (log scale; larger points stand for several figures). A total
# adds counts of different kinds (a stock and a flow, a figure repeated in a summary):
# read it as what the news reports, not as statistics.

# %%
explore.figures_over_time(figures, by=("event", "country"), freq="month")

# %%
plots.figures_over_time(figures, freq="month")
plt.show()

# %% [markdown]
# Flows as the news reports them: the figures that name both the people's origin and the
# country where they are or arrive, origin → country.

# %%
explore.figure_flows(figures)

# %%
plots.figure_flows(figures)
plt.show()

# %% [markdown]
# ## A world map of country mentions
#
# Drawn offline as SVG by `pygal_maps_world` when it is installed (the notebook extra
# installs it); nothing is downloaded. Without it the map is skipped.

# %%
world = plots.world_map(entities)
if world is None:
    shown = Markdown("*No offline world map: install `pygal_maps_world` to draw one.*")
else:
    shown = SVG(world)
    missing = plots.off_the_map(entities)
    if missing:
        print("mentioned but not on the map:", ", ".join(missing))
show(shown)
