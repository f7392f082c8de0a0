"""The visible text of an HTML page, laid out as a browser would show it.

inscriptis renders HTML to text with block elements on their own lines, drops what a
reader never sees (<head>, <script>, <style>, `display:none`), and keeps menus and
headings: migtext's page component recognises navigation itself, so nothing is cut by
a main-content heuristic that may guess wrong on an agency's layout.
"""

from __future__ import annotations

from migtext.errors import InputError
from migtext.io.documents import declared_html_charset, decode_text


def html_to_text(html: str) -> str:
    """Visible text of an HTML document (str)."""
    from inscriptis import get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    try:
        return get_text(html, ParserConfig(css=CSS_PROFILES["strict"], display_links=False))
    except Exception as err:  # lxml raises several unrelated types on broken markup
        raise InputError(f"HTML could not be parsed ({type(err).__name__}: {err})") from None


def decode_html(data: bytes, what: str = "file") -> str:
    """HTML bytes as text: a byte-order mark, else the page's <meta charset>, else UTF-8."""
    charset = declared_html_charset(data)
    has_bom = data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
    if charset and not charset.startswith(("utf-8", "utf-16")) and not has_bom:
        try:
            return data.decode(charset)
        except UnicodeDecodeError as err:
            raise InputError(f"{what} declares charset {charset}, but byte {err.start} is not {charset}") from None
    return decode_text(data, what)
