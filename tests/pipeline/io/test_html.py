"""HTML pages: the visible text, decoded with the charset the page declares."""

from __future__ import annotations

from tests.pipeline.io.test_readers import docs, write

HTML = """<!DOCTYPE html><html lang="fr"><head><title>OIM – Communiqué</title>
<style>.menu { color: red }</style><script>var tracking = "Maroc";</script></head>
<body><nav><ul><li>Qui sommes nous</li><li>Partenariats</li></ul></nav>
<h1>Soudan : l’OIM appelle à l’aide</h1>
<p>Plus de <b>8 millions</b> de personnes ont fui depuis avril 2023, selon l’<a href="/oim">OIM</a>.</p>
<div style="display:none">Texte caché sur le Tchad</div>
<p>Contact&nbsp;: Genève &amp; Nairobi</p></body></html>"""


def test_html_gives_the_visible_text(tmp_path):
    [doc] = docs(write(tmp_path / "page.html", HTML))
    assert doc.error is None
    assert "Soudan : l’OIM appelle à l’aide" in doc.text
    assert "selon l’OIM." in doc.text  # inline links and bold stay in the sentence
    assert "Qui sommes nous\nPartenariats" in doc.text  # menus stay: the page component marks them
    assert "Genève & Nairobi" in doc.text  # character references decoded
    for hidden in ("tracking", "Maroc", "color: red", "Communiqué", "Texte caché"):
        assert hidden not in doc.text


def test_html_with_a_declared_latin1_charset_is_decoded_with_it(tmp_path):
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Réfugiés érythréens</p></body></html>'
    [doc] = docs(write(tmp_path / "old.htm", page.encode("latin-1")))
    assert doc.error is None and doc.text.strip() == "Réfugiés érythréens"


def test_html_in_latin1_without_declaration_is_an_error(tmp_path):
    page = "<html><body><p>Réfugiés érythréens</p></body></html>".encode("latin-1")
    [doc] = docs(write(tmp_path / "old.html", page))
    assert "not UTF-8" in doc.error
