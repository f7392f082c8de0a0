"""What every kind of entity shares: text folding and phrase matching, candidates and
their resolution into `doc.ents`, regex helpers, data files, extensions and errors.

The core never imports a kind (`migtext.countries`, `migtext.dates`...) or the pipeline;
each module here is imported by its own path (`from migtext.core.text import fold`).

- `text`: `fold()`, `words()`, `PhraseIndex` (longest match over folded words).
- `candidates`: `add_candidate()` and the per-document caches every component reads.
- `resolve`: the `migtext_resolver` component, one span per mention.
- `regexes`: `compile_skipping()`, regexes that skip text that cannot match.
- `data`: the packaged data files under `migtext/data/`, read one way.
- `extensions`: the `Doc._`/`Span._` extensions, registered in one place.
- `errors`: `MigtextError`, `InputError`, `DataError`, `GoldFormatError`.
"""
