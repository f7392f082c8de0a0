"""Counts in tables: rows of a list under a title line, rows labelled by a period, key
figures, and tables written in prose ("Décès de migrants par région : Amériques, 1 233").

A row takes what it counts from its own label, else from its table's title, else from
the first row that says it; the title dates and places the rows under it. `TableRows`
is a part of `reading.Reader`: it reads the reader's text, words (`ctx`), sentences
(`ranges`) and the heads of the document's numbers (`_heads`, `_sorted_numbers`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Optional, Tuple

from migtext.core.lexicon import ARTICLES
from migtext.core.text import fold
from migtext.figures import attach, kb
from migtext.figures.heads import CLAUSE_BREAKS as _CLAUSE_BREAKS
from migtext.figures.heads import PARTS as _PARTS
from migtext.figures.heads import WEAK_EVENTS as _WEAK_EVENTS
from migtext.figures.heads import Head as _Head
from migtext.figures.numbers import Number

_ROWS_REACH = 24
# A line of a list of counts by label: "– Ouest (dont Port-au-Prince) : 512 000" (the label, no digit in it).
_ROW_LINE_LABEL = re.compile(r"[ \t]*(?:[–•*·-][ \t]*)?[^\d\n:]{1,100}:[ \t]*")
_ROW_LINE = re.compile(
    r"[ \t]*(?:[–•*·-][ \t]*)?[^\d\n:]{1,100}:[ \t]*"
    r"(?:(?:plus|près|moins)[ \t]+d(?:e[ \t]+|['’])|environ[ \t]+|quelque[ \t]+|au moins[ \t]+)?"  # "plus de 190 000"
    r"\d[\d  .,]*[ \t]*(?:[^\W\d][\w'’-]*[ \t]*)?(?:[.;,(–-][^\n]*)?"
)
# A line of key figures, the count first: "410 500 réfugiés", "• 1 910 personnes au centre d'Agadez".
_ROW_BULLET = re.compile(r"[ \t]*(?:[–•*·-][ \t]*)?")
_KEY_FIGURE_LINE = re.compile(r"[ \t]*(?:[–•*·-][ \t]*)?\d(?:[\d  .,]*\d)?[ \t]+[^\W\d][^\n\d.;:!?«»]{0,60}")
_LABEL_COUNT_LINE = re.compile(r"[ \t]*(?:[–•*·-][ \t]*)?[^\W\d][^\d\n:]{0,40}[ \t]+\d(?:[\d  .,]*\d)?[ \t]*")
_CHANGE_AFTER = re.compile(r"\([^()\n]{0,20}%[^()\n]{0,20}\)")  # "(-56 %)", "(+4 % sur un an)"
_SUB_ROW = re.compile(r"[ \t]*(?:[–•*·-][ \t]*)?dont\b", re.I)  # "– dont Crète et Gavdos : 17 940"
# a table whose countries are the people's ("Principaux pays de provenance")
_BY_ORIGIN = re.compile(r"\bnationalit|\bpays d'origine|\borigine|\bprovenance")
# Nouns of things a row's label may count, before the people or movements they hold: "Nombre
# d'événements de débarquement", "Opérations de sauvetage", "Embarcations interceptées".
_THINGS_COUNTED = frozenset({"evenement", "evenements", "operation", "operations", "embarcation", "embarcations",
                             "bateau", "bateaux", "navire", "navires", "vol", "vols", "convoi", "convois", "dossier",
                             "dossiers", "decision", "decisions", "place", "places", "site", "sites", "camp", "camps"})
# Nouns of a country's places that its adjective follows: "les côtes italiennes", "les eaux grecques".
_PLACE_NOUNS = frozenset({"cotes", "cote", "eaux", "frontiere", "frontieres", "territoire", "iles", "ports", "sol",
                          "plages", "rivages", "littoral"})
# A row's label that compares it with the row above: "Même période de 2025 :", "Même période en 2024 :".
_COMPARED_LABEL = re.compile(r"\s*(?:[–•*·-]\s*)?(?:meme|la meme) periode (?:de |d'|en |l'annee )[^\n:]{0,40}:\s*")
_ROWS_AFTER = 200  # characters after a row where the next row may be


def noun_of(figure: dict, movement: bool = True) -> kb.Noun:
    """A figure's people as the noun of a count that stands for them (a table under it, "en",
    "ils", "même période de 2025"): its group, unit and event, the event kept whatever verb
    follows when `movement`."""
    return kb.Noun(figure["group"], figure["unit"], figure["event"], movement=movement)


class TableRows:
    """The readers of table rows (a part of `reading.Reader`)."""

    _rows_text: Optional[str] = None

    @property
    def _row_text(self) -> str:
        """The text with the digits of its dates inside a line made letters, so that a row's label
        may hold a date ("Migrants débarqués du 1er janvier au 15 décembre 2025 : 64 312", "Même
        période de 2024 : 64 105"); a date that opens its line ("2023 : 29 437") stays a period row's."""
        if self._rows_text is None:
            chars = list(self.text)
            for m in self.ctx.mentions:
                if m.label == "DATE" and m.start > 0 and self.text[m.start - 1] != "\n":
                    for k in range(m.start, m.end):
                        if chars[k].isdigit():
                            chars[k] = "x"
            self._rows_text = "".join(chars)
        return self._rows_text

    def _row(self, number: Number, sent_first: int, opened: bool = False) -> Optional[_Head]:
        """A row of a table written in prose, after ":": "les détections se répartissent ainsi par
        route : Méditerranée centrale, 55 500 (-61 %) ; Afrique de l'Ouest, 35 800 (+21 %)", "Décès
        de migrants par région : Amériques, 1 233 ; Asie, 2 778". The noun before ":" says what is
        counted (and its "de" complement, who); the row's label places it if it is a country or a
        region. With `opened`, only rows whose label opens them (after ":" or ";")."""
        ctx = self.ctx
        keys = ctx.keys
        left, i = ctx.word_at(number.left), ctx.word_at(number.end)
        if not (0 < left and keys[left - 1] == ","):
            return None
        k = bisect_left(ctx.mention_starts, ctx.starts[left - 1]) - 1
        label = ctx.mentions[k] if k >= 0 else None
        if label is None or label.label not in attach.PLACE_LABELS:
            return None
        if self.text[label.end : ctx.starts[left - 1]].strip():
            return None
        before = ctx.word_at(label.start) - 1
        while before > sent_first and keys[before] in ARTICLES:
            before -= 1
        changes = keys[i : i + 1] == ["("] and "%" in keys[i : i + 5]  # "35 800 (+21 %)"
        if (before < sent_first or keys[before] not in _PARTS) and (opened or not changes):
            return None
        colon = next((j for j in range(left - 1, sent_first - 1, -1) if keys[j] == ":"), None)
        if colon is None:
            return None
        # the title's noun: its first noun of what happened ("Décès et disparitions de migrants"),
        # else its last noun of people
        nouns = [(j, hit) for j in range(sent_first, colon) for hit in [kb.match_noun(keys, j)] if hit]
        title = next(((j, hit) for j, hit in nouns if hit[0].movement or hit[0].event), None) or next(
            ((j, hit) for j, hit in reversed(nouns) if hit[0].group and hit[0].group != "person"), None
        )
        if title is None:
            return None
        noun = title[1][0]
        # a country label places its row; a region does too, but not in a table of changes by
        # route ("Afrique de l'Ouest, 35 800 (+21 %)" names Frontex's route, not the region)
        placing = ("COUNTRY",) if changes else ("COUNTRY", "REGION")
        place = label.norm if label.label in placing and label.norm else ""
        # who: the title's noun of people ("Décès et disparitions de migrants", "Migrants morts")
        people = next(
            (h.group for _, (h, _) in nouns if h.group not in (None, "person", "child") and not h.movement), None
        )
        group = noun.group if noun.group not in (None, "person") else people or noun.group
        return _Head(noun, i, group, (False, None), place=place, title=(ctx.starts[sent_first], ctx.starts[colon]))

    def _dated_row(self, number: Number, sent_index: int) -> Optional[_Head]:
        """A row of a table by period, one line each under a title that says what is counted:
        "Arrivées au Yémen par mois" then "Avril : 6 120 au total (…)", "Mai : 7 345 (…)".
        The row's period dates it; the title's noun and place are the count's."""
        ctx = self.ctx
        keys = ctx.keys
        if self._row_label(sent_index) != ctx.word_at(number.left):
            return None
        i = ctx.word_at(number.end)
        ends_line = not self.text[number.end : self._line(number.end)[1]].strip()  # "2023 : 29 437"
        if not (i >= len(keys) or ends_line or keys[i] in _CLAUSE_BREAKS or keys[i : i + 2] == ["au", "total"]):
            return None
        title = sent_index - 1
        while title >= 0 and self._row_label(title) is not None:
            title -= 1  # past the rows above
        if title < 0 or sent_index - title > _ROWS_REACH:
            return None
        noun = self._title_noun(self.ranges[title]) or self._first_row_noun(self.ranges[title][1], number.left)
        if noun is None:
            return None
        place = attach.country(ctx, [self.ranges[title]], noun.event or "stock")
        return _Head(noun, i, noun.group, (False, None), place=place or "")

    def _pipe_row(self, number: Number) -> Optional[_Head]:
        """A cell of a table written with "|" under a header row that names its columns:
        "Année | Décès et disparitions" then "2023 | 2 526", "Pays | Arrivées" then "Italie |
        66 317". The header cell over the count says what it counts; the row's first cell dates
        it (a period) or places it (a country, a place) or says who (a nationality)."""
        text = self.text
        start, end = self._line(number.start)
        if "|" not in text[start:number.start]:
            return None
        cells = _cells(text, start, end)
        column = next((k for k, (a, b) in enumerate(cells) if a <= number.start and number.end <= b), None)
        if column is None or column == 0 or text[cells[column][0] : cells[column][1]].strip() != text[
            number.start : number.end
        ]:
            return None  # the count fills its cell, and a label cell comes first
        ctx = self.ctx

        def dated(a: int, b: int) -> Optional[str]:  # the period a header cell is ("Août 2024"), if only that
            found = ctx.in_range(a, b, ("DATE",))
            return found[0].norm if found and text[a:b].strip() == found[0].text.strip() else None

        def undated_digits(a: int, b: int) -> int:  # digits of a header cell outside its dates
            dates = ctx.in_range(a, b, ("DATE",))
            return sum(ch.isdigit() and not any(m.start <= a + k < m.end for m in dates)
                       for k, ch in enumerate(text[a:b]))

        pos, header = start, None
        for _ in range(_ROWS_REACH):  # up past the rows above, to the header row
            if pos == 0:
                break
            above = self._line(pos - 1)
            above_cells = _cells(text, *above)
            if len(above_cells) != len(cells):
                break
            # no count in its cells, a date aside ("dont arrivés depuis le 1er janvier", "Semaine du 4 au 10 mai")
            if all(not any(ch.isdigit() for ch in self._row_text[a:b]) or dated(a, b) or undated_digits(a, b) == 0
                   for a, b in above_cells[1:]):
                header = above_cells  # "Année | Décès et disparitions", "Nationalité | Août 2024 | Août 2025"
                break
            pos = above[0]
        if header is None:
            return None
        # the table's title is its header row and the line above it ("Arrivées par pays (janvier-octobre 2025)")
        title = (self._line(header[0][0] - 1)[0] if header[0][0] > 0 else header[0][0], header[-1][1])

        def noun_in(a: int, b: int) -> Optional[kb.Noun]:
            # the noun of what happened ("Décès et disparitions"), else of people ("Réfugiés")
            nouns = [hit[0] for j in range(ctx.word_at(a), ctx.word_at(b))
                     for hit in [kb.match_noun(ctx.keys, j)] if hit]
            found = next((n for n in nouns if n.event), None) or next((n for n in nouns if n.group != "person"), None)
            told = self._title_event((a, b)) if found is not None and not found.event else None
            return replace(found, event=told) if told else found  # "Migrants débarqués": arrivals

        # the row's label when it says what it counts ("Arrivées en Crète et à Gavdos | 1 034 | 6 580"), else
        # the header cell over the count, else the title ("Primo-demandeurs d'asile, principales nationalités"),
        # with what the header cell says happened to them ("Réfugiés soudanais …" over "dont arrivés depuis …")
        labelled = noun_in(*cells[0])
        noun = labelled if labelled is not None and labelled.event else noun_in(*header[column])
        parted = column > 1 and fold(text[header[column][0] : header[column][1]]).strip().startswith("dont ")
        if noun is not None and not noun.event and parted:
            # "Migrants débarqués | dont mineurs non accompagnés": a part of the column before, what happened to it
            whole = noun_in(*header[column - 1])
            noun = replace(noun, event=whole.event) if whole is not None and whole.event else noun
        if noun is None:
            noun = noun_in(title[0], header[0][0])
            told = self._title_event(header[column]) if noun is not None else None
            noun = replace(noun, event=told) if told else noun
        if noun is None:
            return None
        label = ctx.in_range(cells[0][0], cells[0][1], ("DATE", "COUNTRY", "LOC", "NATIONALITY"))
        first = label[0] if label else None
        date = first.norm if first is not None and first.label == "DATE" else dated(*header[column])
        if date is None and column > 0:
            # "dont arrivés depuis le 1er janvier": an interval up to the day the table is at ("(au 28 février)")
            day = next((m.norm for m in ctx.in_range(title[0], header[0][0], ("DATE",))
                        if m.norm and len(m.norm) == 10 and ctx.keys_before(m.start, 1) == ["au"]), None)
            date = attach.date(ctx, [header[column]], number.start, self.doc_date, (), day or self._as_of)
        origin = (True, first.norm) if first is not None and first.label == "NATIONALITY" else (False, None)
        if not origin[0]:
            # "Réfugiés soudanais dans les camps du Ouaddaï": the people of the whole table
            named = ctx.in_range(title[0], header[0][0], ("NATIONALITY",))
            origin = (True, named[0].norm) if len({m.norm for m in named}) == 1 else origin
        placed = None
        if first is not None and first.label == "COUNTRY" and _BY_ORIGIN.search(fold(text[title[0] : header[0][1]])):
            # "Nationalités déclarées au débarquement en Italie" then "Pays | Migrants débarqués", "Bangladesh | 19 840"
            origin, first = (True, first.norm), None
        elif first is not None and first.label in ("COUNTRY", "LOC"):
            place = attach.place_code(ctx, first)
            placed = place[1] if place and place[0] == "country" else None
        if first is None or first.label not in ("COUNTRY", "LOC"):
            placed = attach.country(ctx, [title], noun.event or "stock")
        if placed is None or placed is attach.UNDECIDED:
            # a table that neither its row nor its title places ("Afghanistan | 402 | 438" in a release of
            # the Swiss SEM, "Arrivées sur les îles de l'Égée | 486" in a Greek bulletin): the one country
            # the page is about, else the state of the body that publishes it
            placed = self._page_country() or self._body_country(self.agency)
        # the title line dates the counts its header cell does not ("Population" under "… (au 28 février)")
        return _Head(noun, ctx.word_at(number.end), noun.group, origin, place=placed or "",
                     title=(title[0], header[0][0]), date=date)

    def _first_row_noun(self, start: int, end: int) -> Optional[kb.Noun]:
        """The noun the first row of a table says it counts, for the rows under it that leave it
        out: "2022 : 45 774 arrivées (record)" then "2023 : 29 437"."""
        k = bisect_left(self._sorted_numbers, start)
        if k < len(self._sorted_numbers) and self._sorted_numbers[k] < end:
            head = self._heads.get(self._sorted_numbers[k])
            if head is not None and head.noun is not None and (head.noun.group not in (None, "person")
                                                               or head.noun.movement):
                return head.noun
        return None

    def _ends_labelled_row(self, number: Number) -> bool:
        """Whether a count ends a line "label : count" ("Arrivées par la frontière de l'Évros : 3 410"):
        a row of a list, whatever the rows before it counted."""
        start, end = self._line(number.start)
        rest = self.text[number.end : end].strip()
        if rest and not _CHANGE_AFTER.fullmatch(rest):
            return False  # other words follow; a change in brackets may ("Balkans occidentaux : 5 900 (-56 %)")
        # a label with a date must say what it counts ("Migrants débarqués du … 2025 : 64 312"), unlike
        # "Même période de 2024 : 64 105" (a comparison with the row above)
        dated = self._row_text[start : number.left] != self.text[start : number.left]
        return bool(_ROW_LINE_LABEL.fullmatch(self._row_text, start, number.left)) and (
            not dated or self._title_noun((start, number.left)) is not None
        )

    def _line_row(self, number: Number) -> Optional[_Head]:
        """A line of a list that gives one count per label, under a title line that says what
        is counted: "Répartition des déplacés par département :" then "– Artibonite : 243 000",
        "– Centre : 147 000"; "Principales nationalités des primo-demandeurs :" then "Afghans :
        5 300". The title's noun is the count's; a country label places it, a nationality is
        the people's origin."""
        rest = self.text[number.end : self._line(number.end)[1]].strip()
        if rest and rest[0] not in ".;,(":
            return None  # the count ends its row, or other columns follow ("412 000 ; 81 %")
        row = self._table_row(number)
        if row is None:
            return None
        start, title = row
        # the row's own label first ("Réfugiés burkinabè dans les pays voisins : plus de 190 000", "Personnes
        # dans le besoin : 4,4 millions"), then the title
        noun = self._label_noun(start, number.left)
        if (noun is None or noun.event is None) and _SUB_ROW.match(self.text, start) and start > title[1] + 1:
            # "– dont îles de l'Égée orientale : 11 870" under "Arrivées par la mer : 36 120": the row
            # above's noun; "dont enfants : 161 000" under "Personnes déplacées … : 286 000": its event
            above = self._line(start - 1)
            while _SUB_ROW.match(self.text, above[0]) and above[0] > title[1] + 1:
                above = self._line(above[0] - 1)  # past the other parts: "– dont Lesbos : 214" "– dont Samos : 163"
            parent = self._label_noun(above[0], above[1])
            if noun is None:
                noun = parent
            elif parent is not None and parent.event is not None:
                noun = replace(noun, event=parent.event)
        noun = noun or self._title_noun(title) or self._first_row_noun(title[1], number.left)
        ctx = self.ctx
        labelled = ctx.in_range(start, number.left, ("COUNTRY", "NATIONALITY"))
        if noun is None and labelled and not self._title_event(title):
            # "Principaux pays d'accueil, mars 2025 :" then "Espagne : 13 100 (21 %)": a title that
            # names no people goes on counting those the text counted right before it
            noun = self._counted_before(title[0])
        opening = kb.match_noun(ctx.keys, ctx.word_at(start)) if noun is not None else None
        if opening and opening[0].unit == "household" and noun.unit != "household":
            noun = replace(noun, unit="household")  # "Ménages déplacés : 4 215": households, displaced
        label = ctx.in_range(start, number.left, ("COUNTRY", "NATIONALITY"))
        if label and label[0].label == "NATIONALITY" and _PLACE_NOUNS.intersection(
                ctx.keys_before(label[0].start, 1)):
            # "Migrants débarqués sur les côtes italiennes : 24 615": where, not who
            label = [attach.Mention(label[0].start, label[0].end, "COUNTRY", label[0].norm, label[0].text)]
        if noun is None and not (label and self._title_event(title)):
            return None  # a table says what it counts by a noun, or its rows are people by what happened to them
        origin = (True, label[0].norm) if label and label[0].label == "NATIONALITY" else (False, None)
        if label and label[0].label == "COUNTRY":
            placed = label[0].norm
        else:
            placed = attach.country(ctx, [title], noun.event if noun else "stock")
        if placed is None and ctx.in_range(start, number.left, ("REGION",)):
            placed = ""  # "Balkans occidentaux : 5 900", a route's row: not the place of the row above
        if noun is None:
            # "Principales nationalités renvoyées, premier trimestre 2025" then "Géorgiens 2 350"
            return _Head(None, ctx.word_at(number.end), None, origin, place=placed, title=title)
        return _Head(noun, ctx.word_at(number.end), noun.group, origin, place=placed, title=title)

    def _counted_before(self, pos: int) -> Optional[kb.Noun]:
        """What the figure read right before `pos` (a table's title) counts, as a noun: its group,
        unit and event; None when it is further than the line above."""
        figures = self._read_so_far
        if not figures or figures[-1]["group"] in (None, "person") or "\n" in self.text[figures[-1]["end"] : pos - 1]:
            return None
        last = figures[-1]
        return noun_of(last, movement=False)

    def _compared_row(self, number: Number, figures) -> Optional[_Head]:
        """ "Même période de 2025 : 21 903" under "Migrants débarqués … du 1er janvier au 28 mai 2026 :
        24 615": the count of the row above at the time the label compares it with."""
        start, end = self._line(number.start)
        if not figures or start == 0 or not _COMPARED_LABEL.fullmatch(self.folded, start, number.left):
            return None
        above = self._line(start - 1)
        # "Même période de 2024" under "Même période de 2025": the count both compare with
        last = self._not_compared(figures[-1])
        if self.text[number.end : end].strip() or not above[0] <= figures[-1]["start"] < above[1]:
            return None
        when = self.ctx.in_range(start, number.left, ("DATE",))
        if not when or not when[-1].norm:
            return None
        noun = noun_of(last)
        return _Head(noun, self.ctx.word_at(number.end), last["group"], (False, None), compared=True,
                     date=when[-1].norm, place=last["country"] or "")

    def _row_above(self, number: Number, figures) -> Optional[dict]:
        """The figure of the row a "– dont …" row is a part of ("Nouveaux arrivants depuis le 1er
        janvier : 41 260" above "– dont Sud-Soudanais : 17 850"), or of the part above it."""
        start = self._line(number.start)[0]
        if not figures or not _SUB_ROW.match(self.text, start) or start == 0:
            return None
        above = self._line(start - 1)
        return figures[-1] if above[0] <= figures[-1]["start"] < above[1] else None

    def _told_label(self, sent_start: int, colon: int) -> Optional[Tuple[kb.Noun, Tuple[int, int]]]:
        """The noun and span of the label before a colon, from its sentence's start, when it says
        who is counted and what happened to them ("Débarquements enregistrés hier :", "Principales
        nationalités des migrants débarqués :"; not "Même période de 2024 :")."""
        start = self._label_start(sent_start, colon)
        if start is None or colon - start < 3:
            return None
        noun = self._label_noun(start, colon)
        return (noun, (start, colon)) if noun is not None and noun.event is not None else None

    def _label_before(self, number: Number, sent_start: int) -> Optional[Tuple[kb.Noun, Tuple[int, int]]]:
        """`_told_label` of the colon right before a count in running text ("Débarquements
        enregistrés hier : 412 personnes")."""
        colon = self.text.rfind(":", sent_start, number.left)
        if colon < 0 or self.text[colon + 1 : number.left].strip():
            return None  # the count is not right after a colon
        return self._told_label(sent_start, colon)

    def _label_start(self, sent_start: int, colon: int) -> Optional[int]:
        """Where the label before a colon starts: its sentence's start, or past the quote that
        opens a record's field ('"texte": "Migrants débarqués … :'); None when another colon or a
        line break is in it."""
        start = max(sent_start, max(self.text.rfind(q, sent_start, colon) for q in '"«') + 1)
        label = self.text[start:colon]
        start += len(label) - len(label.lstrip(" -–•*"))
        return None if ":" in self.text[start:colon] or "\n" in self.text[start:colon] else start

    def _labelled_sentence(self, number: Number, sent_start: int) -> Optional[_Head]:
        """A count given after its label in running text, as a record's key figures are when
        its lines are run together: "Migrants débarqués du 1er janvier au 2 avril 2026 : 9 846
        (même période de 2025 : 11 233). Mineurs non accompagnés débarqués : 1 104." The label
        says who is counted and what happened to them, and its time is theirs."""
        rest = self.text[number.end : number.end + 2].lstrip()
        if rest and rest[0] not in ".;,(":
            return None  # a noun or words follow: the count's own head says what it is
        told = self._label_before(number, sent_start)
        if told is None:
            return None
        noun, label = told
        placed = self.ctx.in_range(label[0], label[1], ("COUNTRY",))
        return _Head(noun, self.ctx.word_at(number.end), noun.group, (False, None),
                     place=placed[0].norm if len(placed) == 1 else None, title=label)

    def _list_label(self, sent_start: int, item: int) -> Optional[Tuple[kb.Noun, Tuple[int, int]]]:
        """`_told_label` of the colon a list of nationalities is given after ("Principales
        nationalités des migrants débarqués : Bangladesh (2 318), …")."""
        colon = self.text.rfind(":", sent_start, item)
        return self._told_label(sent_start, colon) if colon >= 0 else None

    def _label_event(self, number: Number, sent_start: int) -> Optional[str]:
        """What the label before a count says happened to the people its noun names:
        "Débarquements enregistrés hier : 412 personnes" (arrivals)."""
        told = self._label_before(number, sent_start)
        return told[0].event if told is not None else None

    def _label_noun(self, start: int, end: int) -> Optional[kb.Noun]:
        """What a row's own label counts, with what it says happened to them: "Réfugiés
        burkinabè", "Personnes déplacées par la sécheresse" (displaced), "Personnes dans le
        besoin" (at risk), "Personnes ayant reçu une aide alimentaire" (assisted)."""
        ctx = self.ctx
        keys = ctx.keys
        first, last = ctx.word_at(start), ctx.word_at(end)
        while first < last and not keys[first].isalnum():
            first += 1  # a bullet
        opening = keys[first + 1] if keys[first : first + 1] == ["nombre"] and first + 2 < last else None
        if keys[first] in _THINGS_COUNTED or opening in ("d", "de") and keys[first + 2] in _THINGS_COUNTED:
            return None  # "Nombre d'événements de débarquement : 612", "Embarcations arrivées : 79": things
        noun = self._title_noun((start, end))
        people = kb.match_noun(keys, first)
        if noun is None and (people is None or people[0].group not in ("person", "child") or people[0].movement):
            return None
        if noun is not None and noun.event is not None:
            return noun
        after = first + people[1] if people is not None else first
        for j in range(after, last):
            cue = kb.match_cue(keys, j, "event")
            if cue is not None:
                return replace(noun or people[0], event=cue[0].value)
        if noun is None and people is not None and people[0].event:
            return people[0]  # "Résidents des centres (au 8 février) : 6 934": a population
        return noun

    def _table_row(self, number: Number) -> Optional[Tuple[int, Tuple[int, int]]]:
        """(line start, title line) of a count that opens a row "label : count" of a list of such
        rows under a title line ("Résidents des centres au 14 juillet" then "Samos : 2 310
        résidents", "Kos : 1 960 résidents"), or a row of key figures, the count first
        ("CHIFFRES CLÉS (au 31 mai 2025)" then "410 500 réfugiés", "26 300 demandeurs d'asile"),
        else None."""
        text = self._row_text
        start, end = self._line(number.left)[0], self._line(number.end)[1]
        if _ROW_LINE_LABEL.fullmatch(text, start, number.left):
            row = _ROW_LINE
        elif _ROW_BULLET.fullmatch(text, start, number.left) and _KEY_FIGURE_LINE.fullmatch(text, start, end):
            row = _KEY_FIGURE_LINE
        elif _LABEL_COUNT_LINE.fullmatch(text, start, end) and not text[number.end : end].strip():
            row = _LABEL_COUNT_LINE  # "Géorgiens 2 350": a label, then the count that ends its line
        else:
            return None
        lines = row.findall(text, end, min(len(text), end + _ROWS_AFTER))
        pos, rows = start, 1 + bool(lines)
        while pos > 0:  # up past the rows above, to the title
            above = text.rfind("\n", 0, pos - 1) + 1
            if not row.fullmatch(text, above, pos - 1):
                break
            pos, rows = above, rows + 1
        if rows < 2 or pos == 0:
            return None  # a list has rows; a lone "Bilan : 300" is no table
        return start, (text.rfind("\n", 0, pos - 1) + 1, pos - 1)

    def _line(self, pos: int) -> Tuple[int, int]:
        """(start, end) of the line that holds `pos`, its line break left out."""
        end = self.text.find("\n", pos)
        return self.text.rfind("\n", 0, pos) + 1, len(self.text) if end < 0 else end

    def _bare_row(self, number: Number) -> bool:
        """Whether a count opens a row of key figures that holds only it and its noun ("98 200 rapatriés")."""
        start, end = self._line(number.left)[0], self._line(number.end)[1]
        return bool(_KEY_FIGURE_LINE.fullmatch(self.text, start, end)) and len(self.text[number.end : end].split()) <= 2

    def _title_noun(self, title: Tuple[int, int]) -> Optional[kb.Noun]:
        """The noun a table's title says its rows count ("Répartition des déplacés", "PDI sur sites")."""
        ctx = self.ctx
        for j in range(ctx.word_at(title[0]), ctx.word_at(title[1])):
            hit = kb.match_noun(ctx.keys, j)
            if hit and (hit[0].group and hit[0].group != "person" or hit[0].movement):
                return hit[0]
        return None

    def _title_event(self, title: Tuple[int, int]) -> Optional[str]:
        """What a table's title says happened to those its rows count, by its participle ("… soit
        611 personnes débarquées :"); not what they wish or plan ("souhaitant rentrer")."""
        keys = self.ctx.keys
        for j in range(self.ctx.word_at(title[0]), self.ctx.word_at(title[1])):
            hit = kb.match_cue(keys, j, "event")
            if hit and hit[0].value not in _WEAK_EVENTS and self._participle_form(j):
                return hit[0].value
        return None

    def _ends_row(self, number: Number, nxt: int) -> bool:
        """Whether a count ends its row "label : count" and what follows is the next line's."""
        text = self.text
        if "\n" not in text[number.end : nxt]:
            return False
        start = self._line(number.left)[0]
        if "|" in text[start : number.start] and not text[number.end : self._line(number.end)[1]].strip():
            return True  # the last cell of a table's row: "Vénézuéliens | 6 300 | 5 900"
        if _ROW_LINE_LABEL.fullmatch(self._row_text, start, number.left):
            return True
        # "Géorgiens 2 350" then "Albanais 2 080": rows whose label comes first, without ":"
        end = self._line(number.end)[1]
        after = self._line(end + 1)[1]
        return bool(_LABEL_COUNT_LINE.fullmatch(text, start, end) and _LABEL_COUNT_LINE.fullmatch(text, end + 1, after))

    def _row_label(self, sent_index: int) -> Optional[int]:
        """Where the count of a row labelled by a period starts ("Avril : 6 120"), else None."""
        found = self._label(self.ranges[sent_index][0], ("DATE",))
        keys = self.ctx.keys
        return found[1] if found and found[1] < len(keys) and keys[found[1]][:1].isdigit() else None


def _cells(text: str, start: int, end: int) -> list:
    """The (start, end) of the cells of a line split by "|"; none for a line without "|"."""
    out, a = [], start
    for k in range(start, end):
        if text[k] == "|":
            out.append((a, k))
            a = k + 1
    out.append((a, end))
    return out if len(out) > 1 else []
