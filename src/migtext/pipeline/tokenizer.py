"""The tokenizer every migtext pipeline uses: spaCy's own, over the normalised view.

`migtext.core.normalise` says why a text is read through a view (NFD accents, character
references, zero-width characters, markup); a page flattened to one line also gets the
line breaks back before its dateline and its dated list items
(`migtext.dates.dateline.dateline_breaks`, `migtext.dates.agenda.item_breaks`) and around
its menus, breadcrumb trail, byline and buttons (`migtext.page.flattened.page_breaks`), so
the page, the headline, the dateline, the body and an agenda read as they did on the page.

Doing it in the tokenizer means every way of making a Doc (`nlp(text)`, `nlp.pipe`,
`migtext.annotate`, the CLI) reads the same view, and the base model's NER sees composed
letters too.  The text as given is kept on the Doc when it
differs (`source_text(doc)`); records and scores map offsets back to it.

Registered as `migtext.normalising_tokenizer.v1` (a `spacy_tokenizers` entry point), so a
saved pipeline's config names it and `spacy.load` finds it in a fresh process.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator, Optional

from spacy.language import Language, create_tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from migtext.core.normalise import SOURCE_KEY, Normalised, normalise
from migtext.dates.agenda import item_breaks
from migtext.dates.dateline import dateline_breaks
from migtext.page.flattened import page_breaks

TOKENIZER_NAME = "migtext.normalising_tokenizer.v1"


def _written_blank(view: Optional[Normalised]) -> Optional[Callable[[int], bool]]:
    """Whether a blank of the view was written as a blank (not markup blanked); None without markup."""
    return view.written_blank if view is not None and view.markup else None


def _on_written_blanks(read: str, breaks: Iterable[int], written: Callable[[int], bool]) -> list:
    """Each line break on a blank written as one in its run of blanks (the first), none where
    the run is all markup blanked: '","<a href=…>FTDES</a> – …' had no line break before FTDES."""
    out = []
    for pos in breaks:
        start = pos
        while start > 0 and read[start - 1] in " \t":
            start -= 1
        end = pos
        while end < len(read) and read[end] in " \t":
            end += 1
        at = next((i for i in range(start, end) if written(i)), None)
        if at is not None:
            out.append(at)
    return out


class NormalisingTokenizer:
    """Wraps spaCy's tokenizer: normalises, tokenizes, keeps the text as given if it changed.

    Everything else (special cases, serialisation, `explain`) is the wrapped tokenizer's.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        read = self.view(text)
        doc = self.tokenizer(read)
        if read is not text:
            doc.user_data[SOURCE_KEY] = text
        return doc

    @staticmethod
    def view(text: str) -> str:
        """What the tokenizer reads: `text` itself (the same object) when it needs no view."""
        view = normalise(text)
        read = text if view is None else view.text
        written = _written_blank(view)
        breaks = dateline_breaks(read) + item_breaks(read) + page_breaks(read, written)
        if written is not None:
            breaks = _on_written_blanks(read, breaks, written)
        if breaks:  # a page flattened to one line: its dateline and list items get their lines back
            chars = list(read)
            for pos in breaks:
                chars[pos] = "\n"
            read = "".join(chars)
        return read

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def to_disk(self, path, **kwargs) -> None:
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs) -> NormalisingTokenizer:
        self.tokenizer.from_disk(path, **kwargs)
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> NormalisingTokenizer:
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


@registry.tokenizers(TOKENIZER_NAME)
def create_normalising_tokenizer() -> Callable[[Language], NormalisingTokenizer]:
    """The config function: spaCy's default tokenizer for the language, normalising."""
    make_default = create_tokenizer()

    def tokenizer_factory(nlp: Language) -> NormalisingTokenizer:
        return NormalisingTokenizer(make_default(nlp))

    return tokenizer_factory
