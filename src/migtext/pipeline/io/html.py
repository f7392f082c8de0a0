"""The visible text of an HTML page, laid out as a browser would show it.

inscriptis renders HTML to text with block elements on their own lines, drops what a
reader never sees (<head>, <script>, <style>, `display:none`), and keeps menus and
headings: migtext's page component recognises navigation itself, so nothing is cut by
a main-content heuristic that may guess wrong on an agency's layout.
"""

from __future__ import annotations

from functools import lru_cache

from migtext.pipeline.errors import DocumentError
from migtext.pipeline.io.documents import declared_html_charset, decode_text


def html_to_text(html: str) -> str:
    """Visible text of an HTML document (str)."""
    from inscriptis import get_text

    try:
        return get_text(html, _parser_config())
    except Exception as err:  # lxml raises several unrelated types on broken markup
        raise DocumentError("malformed", f"HTML could not be parsed ({type(err).__name__}: {err})") from None


@lru_cache(maxsize=1)
def _parser_config():
    """inscriptis's "strict" profile (inline elements glued as a browser shows them), with
    list items as plain lines: no "* " bullets or indentation, so a menu item reads
    "Partenariats" exactly as on a scraped page."""
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.html_properties import Display
    from inscriptis.model.config import ParserConfig
    from inscriptis.model.html_element import HtmlElement
    from inscriptis.model.tag import CustomHtmlTagHandlerMapping

    css = dict(CSS_PROFILES["strict"])
    for tag in ("ul", "ol"):
        css[tag] = HtmlElement(display=Display.block, margin_before=0, margin_after=0, padding_inline=0)

    def li_start(state, tag) -> None:
        state.tags[-1].write("")

    def no_op(state, *args) -> None:
        return None

    handlers = CustomHtmlTagHandlerMapping(
        start_tag_mapping={"li": li_start, "ul": no_op, "ol": no_op},
        end_tag_mapping={"ul": no_op, "ol": no_op},
    )
    return ParserConfig(css=css, display_links=False, custom_html_tag_handler_mapping=handlers)


def decode_html(data: bytes, what: str = "file", encoding: str = "utf-8") -> str:
    """HTML bytes as text: a byte-order mark, else the page's <meta charset>, else
    `encoding` (UTF-8 unless the user names another)."""
    charset = declared_html_charset(data)
    has_bom = data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
    if charset and not charset.startswith(("utf-8", "utf-16")) and not has_bom:
        try:
            return data.decode(charset)
        except UnicodeDecodeError as err:
            raise DocumentError(
                "encoding", f"{what} declares charset {charset}, but byte {err.start} is not {charset}"
            ) from None
    return decode_text(data, what, encoding)
