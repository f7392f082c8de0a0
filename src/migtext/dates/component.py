"""DATE mentions: the date grammar's spans with TIMEX3 values against the document date."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from migtext.core.candidates import add_candidate, doc_folded, doc_text, keep_dateline
from migtext.core.tags import BatchTagging, DocTags, WindowTagger
from migtext.dates.agenda import upcoming_item, upcoming_list_start
from migtext.dates.dateline import find_dateline
from migtext.dates.grammar import day_reference, find_dates, reference, uses_direction, value_of
from migtext.dates.scan import Found
from migtext.dates.tense import clause_ranges, direction_at, future_cue_at, present_event_at
from migtext.dates.timex import Anchor, week_like

# "être" in the present right before "aujourd'hui": "sont aujourd'hui déplacées" describes
# how things are, whatever the participle after it looks like.
_STATE_BEFORE = re.compile(r"\b(?:est|sont|reste|restent|demeure|demeurent)\s+(?:encore\s+|toujours\s+)?$")
# Grammar spans are sure of themselves; vague ones ("ces dernières années") less so.
SCORE = 0.9
VAGUE_SCORE = 0.7
# Tokens on each side of a relative date tagged before its verb is looked for, and the
# tokens beyond them that such a verb may read ("a" before "annoncé"): one run of the
# tagger per batch of documents (`BatchTagging`; each run costs half a millisecond, and a
# narrower window misses verbs and runs the tagger again for that document).
NEAR = 6
BESIDE = 4


class DateRecognizer(BatchTagging):
    """Proposes DATE candidates; reads the dateline first when no document date was given.

    The dateline comes first because relative expressions ("la semaine dernière")
    resolve against it. The date rule: a given date, else the dateline, else the
    corpus-wide fallback (`doc._.doc_date_fallback`); `doc._.doc_date_source` says
    which ("given", "dateline", "fallback").
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.tagger = WindowTagger.of(nlp)

    @staticmethod
    def _needs_direction(found: Found, anchor) -> bool:
        """Does the verb's tense decide this expression: its value ("vendredi" before or after
        the document date), or, for "aujourd'hui", whether it names the day at all?"""
        if not found.relative or found.data.get("direction") is not None:
            return False
        if found.data.get("nowadays"):
            return True
        return anchor is not None and uses_direction(found)

    def prepare(self, doc: Doc):
        """The dateline, the expressions, and the tokens around those whose verb decides them."""
        text = doc_text(doc)
        if not doc._.doc_date:
            dateline = find_dateline(text, doc_folded(doc))
            keep_dateline(doc, (dateline.start, dateline.end, dateline.shape) if dateline else None)
            if dateline is not None:
                doc._.doc_date = dateline.value
                doc._.doc_date_source = "dateline"
            elif doc._.doc_date_fallback:  # a corpus-wide date, for documents with neither
                doc._.doc_date = doc._.doc_date_fallback
                doc._.doc_date_source = "fallback"
        anchor = Anchor.parse(doc._.doc_date)
        all_found = find_dates(text, doc_folded(doc))
        tags = DocTags.of(doc, self.tagger)
        asking = [f for f in all_found if self._needs_direction(f, anchor)]
        # the tokens nearest each expression, tagged with the batch's; `direction_at` asks
        # for more only where the nearest tokens hold no verb
        ranges = [r for f in asking for r in clause_ranges(tags, f.start, f.end, NEAR, BESIDE)]
        return (anchor, all_found, {id(f) for f in asking}), ranges

    def finish(self, doc: Doc, state) -> Doc:
        anchor, all_found, asking_ids = state
        text, folded = doc_text(doc), doc_folded(doc)
        tags = DocTags.of(doc, self.tagger)
        previous = None  # the year or month last written, for "l'année précédente"
        previous_day = None  # the day last named, for "le lendemain"
        previous_value = None  # the last date's value, written or resolved, for "la même année"
        previous_week = None  # the last week named, or days of one, for "la même semaine"
        upcoming = None  # where a list of upcoming events starts ("Agenda : les prochains mois")
        for found in all_found:
            direction = found.data.get("direction")
            nowadays = found.data.get("nowadays", False)
            if id(found) in asking_ids:
                direction = direction_at(doc, found.start, found.end, tags)
                if direction is None and anchor is not None and not nowadays:
                    if upcoming is None:
                        upcoming = upcoming_list_start(text, folded) or -1
                    if upcoming_item(text, found, upcoming if upcoming >= 0 else None):
                        direction = "future"  # "18 décembre – Journée des migrants" in an agenda
                    elif found.data.get("lean") or future_cue_at(folded, found.start, found.end):
                        direction = "future"  # "jusqu'à vendredi", "RENDEZ-VOUS DIMANCHE"
            if nowadays and _STATE_BEFORE.search(folded, max(0, found.start - 24), found.start):
                continue  # "sont aujourd'hui déplacées": a state, not an event of the day
            if nowadays and direction is None:
                if not present_event_at(doc, found.start, found.end, tags):
                    continue  # "accueille aujourd'hui 80 000 personnes": "nowadays", not a day
            same_week = found.kind == "anaphor" and found.data.get("grain") == "week" and previous_week
            value, attrs = value_of(found, anchor, direction, previous, previous_day,
                                    previous_week if same_week else previous_value)
            previous = reference(found, value) or previous
            previous_day = day_reference(value) or previous_day
            if value and not value.startswith("P") and found.kind not in ("duration", "set"):
                previous_value = value
                previous_week = value if week_like(value) else previous_week
            if direction:
                attrs["tense"] = direction
            add_candidate(
                doc,
                found.start,
                found.end,
                "DATE",
                value,
                method="grammar",
                score=VAGUE_SCORE if found.kind == "vague" else SCORE,
                source=self.name,
                attrs=attrs,
            )
        return doc
