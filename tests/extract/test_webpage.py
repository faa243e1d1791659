"""Web pages: the article without navigation, sidebars, footers and the site's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.extract.document import read_document
from zhkg.extract.extractor import extract
from zhkg.extract.webpage import main_text, page_title
from zhkg.ontology.lexicon import load_lexicon

NEWS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>社区食堂管理新规解读_民生频道_江城新闻网</title>
<meta property="og:site_name" content="江城新闻网"></head><body>
<div class="top-bar"><a href="/">首页</a><a href="/m">民生</a><a href="/login">登录</a></div>
<nav><a href="/">首页</a> <a href="/a">食堂必须加强卫生管理</a></nav>
<div class="wrap"><div class="col-main">
<h1>社区食堂管理新规解读</h1>
<p>近日，江城市发布社区食堂管理新规。</p>
<p>社区食堂应当公示食品来源，并<b>每日</b>留存样品。</p>
<ul><li>经营者不得使用过期原料；</li><li>街道办事处应当每月检查一次。</li></ul>
</div>
<div class="col-side"><h3>热门推荐</h3><ul>
<li><a href="/x">平台应当加强主播管理</a></li><li><a href="/y">商家须知</a></li>
<li><a href="/z">消费者必读</a></li></ul></div></div>
<div id="footer">版权所有 江城新闻网 联系我们</div>
</body></html>"""


@pytest.mark.parametrize(
    ("title", "h1", "site", "expected"),
    [
        ("社区食堂管理新规解读_民生频道_江城新闻网", "", "", "社区食堂管理新规解读"),
        ("社区食堂管理新规解读 - 江城新闻网", "", "江城新闻网", "社区食堂管理新规解读"),
        ("江城新闻网 | 社区食堂管理新规解读", "", "江城新闻网", "社区食堂管理新规解读"),
        (
            "新规：社区食堂 - 解读 | 江城新闻网",
            "新规：社区食堂 - 解读",
            "",
            "新规：社区食堂 - 解读",
        ),
        ("社区食堂管理规定", "", "", "社区食堂管理规定"),
    ],
)
def test_page_title_loses_the_site_suffix(title: str, h1: str, site: str, expected: str) -> None:
    assert page_title(title, h1=h1, site=site) == expected


def test_main_text_drops_navigation_sidebar_and_footer() -> None:
    text, title = main_text(NEWS_PAGE)
    assert title == "社区食堂管理新规解读"
    assert text.splitlines() == [
        "社区食堂管理新规解读",
        "近日，江城市发布社区食堂管理新规。",
        "社区食堂应当公示食品来源，并每日留存样品。",
        "经营者不得使用过期原料；",
        "街道办事处应当每月检查一次。",
    ]


def test_no_fact_comes_from_a_sidebar_link(tmp_path: Path) -> None:
    path = tmp_path / "news.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    document = read_document(path)
    assert document.title == "社区食堂管理新规解读"
    extraction = extract(document, load_lexicon())
    evidence = {document.sentences[r.sentence].text for r in extraction.responsibilities}
    assert evidence and not any("主播" in text or "卫生管理" in text for text in evidence)
    assert "社区食堂应当公示食品来源，并每日留存样品。" in evidence
