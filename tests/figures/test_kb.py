"""The figures lexicon: complete, consistent, keyed by folded singular words."""

from __future__ import annotations

import pytest

from migtext.core.text import phrase_key
from migtext.figures import kb


def test_every_group_and_event_of_figures_md_is_in_the_tables():
    nouns = kb.nouns().values()
    assert {n.group for n in nouns if n.group} == set(kb.GROUPS)
    events = {n.event for n in nouns if n.event} | {c.value for c in kb.cues("event")}
    assert events == set(kb.EVENTS)


def test_plurals_and_accents_meet_their_entry():
    noun, length = kb.match_noun(phrase_key("Demandeurs d'asile"), 0)
    assert (noun.group, length) == ("asylum_seeker", 3)
    assert kb.match_noun(phrase_key("réfugiées"), 0)[0].group == "refugee"
    assert kb.match_noun(phrase_key("familles"), 0)[0].unit == "household"


def test_movement_nouns_count_movements_not_people():
    assert kb.match_noun(phrase_key("traversées"), 0)[0].movement
    assert not kb.match_noun(phrase_key("rescapés"), 0)[0].movement


def test_longest_noun_wins():
    noun, length = kb.match_noun(phrase_key("travailleurs migrants"), 0)
    assert (noun.group, length) == ("migrant_worker", 2)


def test_prefix_cues_match_inflections():
    cue, length = kb.match_cue(phrase_key("interceptées"), 0, "event")
    assert (cue.value, length) == ("interception", 1)
    assert kb.match_cue(phrase_key("ont coûté la vie"), 1, "event")[0].value == "death"
    assert kb.match_cue(phrase_key("maison"), 0, "event") is None


@pytest.mark.parametrize(
    "verb, event",
    [
        # the imperfect of a first-group verb whose participle stem the table gives
        ("débarquaient", "arrival"), ("rentraient", "return"), ("traversait", "crossing"),
        ("hébergeaient", "stock"), ("menaçaient", "at_risk"), ("renvoyaient", "deportation"),
        # third-group verbs, written out
        ("partent", "departure"), ("mouraient", "death"), ("disparaissent", "missing"), ("reviennent", "return"),
    ],
)
def test_verbs_of_events_in_the_present_and_the_imperfect(verb, event):
    cue, length = kb.match_cue(phrase_key(verb), 0, "event")
    assert (cue.value, length) == (event, 1)


def test_qualifier_cues_are_longest_first():
    forms = [form for form, _ in kb.qualifier_cues()]
    assert forms.index("un peu plus de") < forms.index("plus de")


def test_singular():
    assert kb.singular("migrants") == "migrant"
    assert kb.singular("nouveaux") == "nouveau"
    assert kb.singular("des") == "des"


def test_release_domains_name_reference_ids():
    domains = kb.release_domains()
    assert domains["iom.int"] == "IOM" and domains["unhcr.org"] == "UNHCR"
    assert "un.org" not in domains


def test_cues_of_several_kinds_end_where_each_kind_alone_ends():
    keys = "ils sont originaires du mali , partis de tunisie vers la frontiere avec l".split()
    kinds = ("origin", "from", "away", "border", "destination")
    for end in range(1, len(keys) + 1):
        joint = kb.cues_ending(keys, end, kinds)
        alone = {kind: kb.cue_ending(keys, end, kind) for kind in kinds}
        assert joint == {kind: hit for kind, hit in alone.items() if hit}, keys[:end]
    assert set(kb.cues_ending(keys, 4, kinds)) == {"origin"}  # "originaires du"
    assert kb.cues_ending(keys, 0, kinds) == {}


_SENTENCE = (
    "selon les garde-cotes , les migrants ont ete interceptes au large de la libye et "
    "rapatries ; l organisation a indique que des refugies ont ete secourus en mer"
).split()


def _match_by_hand(keys, i, kind):
    """The longest cue of `kind` at word `i`, found by trying every cue (the slow way)."""
    best = None
    for cue in kb.cues(kind):
        n = len(cue.words)
        if i + n > len(keys):
            continue
        ok = all(
            keys[i + k].startswith(w) if cue.prefix and k == n - 1 else w in (keys[i + k], kb.singular(keys[i + k]))
            for k, w in enumerate(cue.words)
        )
        if ok and (best is None or n > best[1]):
            best = (cue, n)
    return best


@pytest.mark.parametrize("kind", ["event", "source_before", "source_after", "context", "at_sea", "origin"])
def test_match_cue_finds_the_longest_cue_any_cue_would(kind):
    for i in range(len(_SENTENCE)):
        found = kb.match_cue(_SENTENCE, i, kind)
        by_hand = _match_by_hand(_SENTENCE, i, kind)
        assert (found is None) == (by_hand is None), (kind, _SENTENCE[i:])
        if found:
            assert found[1] == by_hand[1], (kind, _SENTENCE[i:])


def test_cue_starts_are_the_words_where_a_cue_matches():
    starts = kb.cue_starts(_SENTENCE)
    assert set(starts) == set(kb.SCANNED_KINDS)
    for kind, found in starts.items():
        assert found == [i for i in range(len(_SENTENCE)) if kb.match_cue(_SENTENCE, i, kind)], kind
    assert starts["source_before"] == [0]  # "selon"
    assert _SENTENCE.index("en") in starts["at_sea"]  # "en mer"


def test_a_plural_word_matches_a_cue_written_in_the_singular():
    assert kb.match_cue(["refugies"], 0, "context") is not None
    assert kb.match_cue(["refugie"], 0, "context") is not None
    assert kb.match_cue(["xyzzy"], 0, "context") is None
    assert kb.match_cue([], 0, "context") is None
