"""PER mentions, their roles and affiliations, and `doc._.people` (logic in `names`, `affiliations`, `resolution`)."""

from __future__ import annotations

import bisect
from typing import Dict, Iterator, List, Mapping, Tuple

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from migtext.core.candidates import add_candidate, doc_text, doc_words, get_candidates
from migtext.people.names import Mention
from migtext.people.resolution import analyse

# Evidence that makes a mention a person whatever other components propose there.
STRONG_EVIDENCE = frozenset({"honorific", "first_name", "credit", "role", "speech", "contact"})


class _TagsAt(Mapping[int, str]):
    """Token start -> coarse part of speech, looked up on demand.

    Name finding asks for the tags of a few words per document: a dict over every token
    would cost more than all the lookups."""

    def __init__(self, starts: List[int], pos_ids: List[int], names: Dict[int, str]) -> None:
        self.starts, self.pos_ids, self.names = starts, pos_ids, names

    def __getitem__(self, start: int) -> str:
        k = bisect.bisect_left(self.starts, start)
        if k == len(self.starts) or self.starts[k] != start:
            raise KeyError(start)
        return self.names[self.pos_ids[k]]

    def __iter__(self) -> Iterator[int]:
        return iter(self.starts)

    def __len__(self) -> int:
        return len(self.starts)


class PersonRecognizer:
    """Proposes PER candidates with the person's fullest name as norm.

    Runs after the countries and organisations components and reads their candidates:
    a base-model PER span that is an organisation or a place is not proposed, and the
    organisation or country named next to a role becomes the person's affiliation.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        # candidates have the fields of a `Context`: passed as they are, not copied
        contexts = [c for c in get_candidates(doc) if c.label != "PER"]
        model_spans = [(s, e) for s, e, label in doc._.model_ents or [] if label == "PER"]
        model_other = [(s, e) for s, e, label in doc._.model_ents or [] if label != "PER"]
        pos, verbs = self._pos(doc)
        mentions, people = analyse(
            text,
            model_spans,
            contexts,
            pos,
            doc._.boilerplate or [],
            verbs=verbs,
            model_other=model_other,
            word_list=doc_words(doc),
        )
        strong = {id(m) for m in mentions if m.evidence & STRONG_EVIDENCE}
        strong_people = {i for i, p in enumerate(people) if any(id(m) in strong for m in p.mentions)}
        for i, person in enumerate(people):
            for m in person.mentions:
                method, score = self._method(m, i in strong_people)
                add_candidate(
                    doc,
                    m.start,
                    m.end,
                    "PER",
                    m.norm,
                    method=method,
                    score=score,
                    source=self.name,
                    attrs={
                        "role": person.role,
                        "role_norm": person.role_norm,
                        "affiliation": person.affiliation,
                        "affiliation_label": person.affiliation_label,
                        "former": person.former,
                        "honorific": m.honorific,
                    },
                )
        doc._.people = [p.as_dict() for p in people]
        return doc

    @staticmethod
    def _pos(doc: Doc) -> Tuple[Mapping[int, str], List[int]]:
        """Token start -> coarse part of speech, and the starts of verbs; read as arrays."""
        if not len(doc):
            return {}, []
        idx, pos_ids = doc.to_array(["IDX", "POS"]).T
        pos_list = pos_ids.tolist()
        strings = doc.vocab.strings
        names = {p: strings[p] for p in set(pos_list)}
        if set(names.values()) <= {""}:
            return {}, []  # no tagger in this pipeline
        is_verb = numpy.zeros(len(pos_list), dtype=bool)
        for p, name in names.items():
            if name in ("VERB", "AUX"):
                is_verb |= pos_ids == p
        return _TagsAt(idx.tolist(), pos_list, names), idx[is_verb].tolist()

    @staticmethod
    def _method(mention: Mention, person_is_strong: bool) -> tuple:
        """`context` when the text says it is a person; `model` when only the base model does."""
        if mention.evidence & STRONG_EVIDENCE:
            return "context", 0.9 if "model" in mention.evidence else 0.8
        if person_is_strong:
            return "context", 0.75
        return "model", 0.6
