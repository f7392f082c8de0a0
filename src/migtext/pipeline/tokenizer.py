"""The tokenizer every migtext pipeline uses: spaCy's own, over the normalised view.

`migtext.core.normalise` says why a text is read through a view (NFD accents, character
references, zero-width characters).  Doing it in the tokenizer means every way of making
a Doc (`nlp(text)`, `nlp.pipe`, `migtext.annotate`, the CLI) reads the same view, and the
base model's NER sees composed letters too.  The text as given is kept on the Doc when it
differs (`source_text(doc)`); records and scores map offsets back to it.

Registered as `migtext.normalising_tokenizer.v1` (a `spacy_tokenizers` entry point), so a
saved pipeline's config names it and `spacy.load` finds it in a fresh process.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator

from spacy.language import Language, create_tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from migtext.core.normalise import SOURCE_KEY, normalise

TOKENIZER_NAME = "migtext.normalising_tokenizer.v1"


class NormalisingTokenizer:
    """Wraps spaCy's tokenizer: normalises, tokenizes, keeps the text as given if it changed.

    Everything else (special cases, serialisation, `explain`) is the wrapped tokenizer's.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        view = normalise(text)
        if view is None:
            return self.tokenizer(text)
        doc = self.tokenizer(view.text)
        doc.user_data[SOURCE_KEY] = text
        return doc

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
