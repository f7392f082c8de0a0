"""Extensions: registered once, plain values, a user's own extensions left alone."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from migtext.core.extensions import DOC_EXTENSIONS, SPAN_EXTENSIONS, register_extensions


def test_registration_is_idempotent_and_gives_every_extension():
    register_extensions()
    register_extensions()
    assert all(Doc.has_extension(name) for name in DOC_EXTENSIONS)
    assert all(Span.has_extension(name) for name in SPAN_EXTENSIONS)


def test_defaults_are_plain_values():
    assert all(default is None or isinstance(default, (str, int, float, tuple))
               for default in {**DOC_EXTENSIONS, **SPAN_EXTENSIONS}.values())


def test_a_users_own_extension_of_the_same_name_is_not_overwritten():
    name = "migtext_test_user_extension"
    Doc.set_extension(name, default="the user's")
    try:
        DOC_EXTENSIONS[name] = None
        register_extensions()
        assert Doc.get_extension(name)[0] == "the user's"
    finally:
        del DOC_EXTENSIONS[name]
        Doc.remove_extension(name)
