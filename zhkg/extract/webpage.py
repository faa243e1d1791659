"""HTML -> the main text of the page and its title, without the site around it.

A saved web page carries navigation bars, sidebars of "related articles", footers
and a site name in its ``<title>`` ("文章标题 - 频道 - 网站名"). Read as text, their
link texts become sentences and facts. The main content is found in the DOM:

- the page's ``<article>`` or ``<main>`` (or ``role="main"``) when it has one;
- otherwise the body without page chrome: ``nav``/``aside``/``header``/``footer``
  and their ARIA roles, elements whose class or id names chrome (menu, sidebar,
  breadcrumb, related, share, comment, copyright …), and link lists (blocks of
  several links whose text is mostly link text).

trafilatura was tried for this and not taken: on pages without an ``<article>``
its precision mode drops list items (enumerated duties are exactly the content
wanted here) and its default mode keeps sidebars and breaks inline markup
(``<b>``) into separate lines, which a sentence splitter then cuts.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["main_text", "page_title"]

_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe", "form")
_CHROME_TAGS = ("nav", "aside", "footer", "header")
_CHROME_ROLES = {"navigation", "complementary", "banner", "contentinfo", "search"}
_CHROME_NAME_RE = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|sidebar|side|breadcrumbs?|crumbs?|footer|header|topbar|"
    r"toolbar|related|recommend|hot|share|social|comments?|copyright|ads?|advert|banner|"
    r"pagination|pager)(?:$|[-_\s])",
    re.I,
)
_BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
    "td", "th", "tr", "ul",
)  # fmt: skip
#: Separators between an article title and the site's names in <title>.
_TITLE_SEPARATOR_RE = re.compile(r"\s+[-–—|｜·]\s+|\s*[_｜|]\s*|\s*--\s*|\s+—+\s*")


def main_text(markup: str) -> tuple[str, str]:
    """(text, title) of an HTML page: its main content, one block per line."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    meta = soup.select_one('meta[property="og:site_name"]')
    site = str(meta.get("content") or "") if meta else ""
    for tag in soup.find_all(_INVISIBLE_TAGS):
        tag.decompose()
    heading = soup.find("h1")
    h1 = heading.get_text(" ", strip=True) if heading else ""
    root: Any = soup.find("article") or soup.find("main") or soup.select_one('[role="main"]')
    if root is None or not root.get_text(strip=True):
        root = soup.body or soup
    before = root.get_text(strip=True)
    _prune(root)
    if not root.get_text(strip=True) and before:
        root = BeautifulSoup(markup, "html.parser")  # a page of chrome alone stays whole
        for tag in root.find_all(_INVISIBLE_TAGS):
            tag.decompose()
    for tag in root.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return _tidy(root.get_text()), page_title(title, h1=h1, site=site)


def page_title(title: str, *, h1: str = "", site: str = "") -> str:
    """The article's title from a page <title>: the site and channel names removed.

    The page's own <h1> wins when the <title> contains it; otherwise the part left
    after removing the site's name, or of "标题_频道_网站" the first part.
    """
    title = " ".join(title.split())
    h1 = " ".join(h1.split())
    if h1 and h1 in title:
        return h1
    parts = [part.strip() for part in _TITLE_SEPARATOR_RE.split(title) if part.strip()]
    if len(parts) <= 1:
        return title
    if site:
        kept = [part for part in parts if part != site.strip()]
        if len(kept) == 1:
            return kept[0]
    return parts[0]


def _prune(root: Any) -> None:
    """Drop page chrome under ``root`` (see the module docstring)."""
    for tag in list(root.find_all(True)):
        if getattr(tag, "decomposed", False) or tag.attrs is None:
            continue  # inside chrome dropped already
        if tag.name in _CHROME_TAGS and tag is not root:
            tag.decompose()
            continue
        role = str(tag.get("role") or "")
        names = " ".join([*tag.get("class", []), str(tag.get("id") or "")])
        if role in _CHROME_ROLES or (names.strip() and _CHROME_NAME_RE.search(names)):
            tag.decompose()
            continue
        if tag.name in ("ul", "ol", "div", "section", "table") and _link_list(tag):
            tag.decompose()


def _link_list(tag: Any) -> bool:
    links = tag.find_all("a")
    if len(links) < 3:
        return False
    text = tag.get_text(strip=True)
    linked = sum(len(a.get_text(strip=True)) for a in links)
    return bool(text) and linked >= 0.7 * len(text)


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
