"""Regular expressions that skip, at once, the positions where no match can start.

Many of migtext's patterns open with optional words ("(?:ce\\s+)?(?:lundi\\s+)?1er mai"),
so Python's engine tries them at every word of the text.  A lookahead on the characters
a match can start with ("(?=[0-9cdjlmpsv])") costs one set test per position and
changes no match: it only states what the pattern already requires.
"""

from __future__ import annotations

import re
from typing import Optional, Set

try:  # Python >= 3.11
    from re import _compiler as _sre_compile
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_WORD: r"\w"}


def _first(items, out: Set[str]) -> Optional[bool]:
    """Add to `out` the characters a match of the parsed sequence `items` can start with.

    Returns True when the sequence can match the empty string (what follows it counts
    too), False when it cannot, None when unsure (then no lookahead is used).
    """
    for op, arg in items:
        if op is _sre.AT or op in (_sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: \b, ^, lookarounds consume nothing
        if op is _sre.LITERAL:
            out.add(re.escape(chr(arg)))
            return False
        if op is _sre.IN:
            for set_op, set_arg in arg:
                if set_op is _sre.LITERAL:
                    out.add(re.escape(chr(set_arg)))
                elif set_op is _sre.RANGE:
                    out.add(f"{re.escape(chr(set_arg[0]))}-{re.escape(chr(set_arg[1]))}")
                elif set_op is _sre.CATEGORY and set_arg in _CATEGORIES:
                    out.add(_CATEGORIES[set_arg])
                else:
                    return None  # negated sets, other categories
            return False
        if op is _sre.SUBPATTERN:
            _, add_flags, del_flags, body = arg
            if add_flags or del_flags:
                return None  # "(?i:...)": the lookahead would not share the group's flags
            nullable = _first(body, out)
        elif op is _sre.BRANCH:
            results = [_first(branch, out) for branch in arg[1]]
            nullable = None if None in results else any(results)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, _, body = arg
            nullable = _first(body, out)
            nullable = None if nullable is None else nullable or low == 0
        else:
            return None  # ".", back-references, conditionals, ...: unsure
        if nullable is None:
            return None
        if not nullable:
            return False
    return True


def first_chars(pattern: str, flags: int = 0) -> Optional[str]:
    """A character class of every character a match of `pattern` can start with, or None
    when the pattern can match the empty string or is too complex to tell.

    >>> first_chars(r"\\b(?:le\\s+)?\\d+ mai")
    '[\\\\dl]'
    """
    out: Set[str] = set()
    if _first(_sre_parse.parse(pattern, flags), out) is not False:
        return None
    return "[" + "".join(sorted(out)) + "]"


def _engine_skips(pattern: str, flags: int) -> bool:
    """True when the regex engine already skips to where a match can start: the pattern
    opens with a literal or a set of characters that it finds by itself (a lookahead
    in front would hide that and make the scan slower)."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
        flags = parsed.state.flags
        literal = _sre_compile._get_literal_prefix(parsed, flags)[0]
        return bool(literal or _sre_compile._get_charset_prefix(parsed, flags))
    except Exception:  # pragma: no cover - the engine's internals changed: add the lookahead
        return False


def compile_skipping(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, with a lookahead on the first characters when they
    are known and the engine does not skip by itself: the same matches, found without
    trying the pattern everywhere."""
    first = None if _engine_skips(pattern, flags) else first_chars(pattern, flags)
    if first is None:
        return re.compile(pattern, flags)
    try:
        return re.compile(f"(?={first})" + pattern, flags)
    except re.error:  # inline global flags ("(?i)...") must stay at the start
        return re.compile(pattern, flags)
