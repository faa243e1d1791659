"""The questions ``zhkg ask`` understands, as examples for help texts and hints.

Apart from ``ask`` (which needs OpenCC and the store interface) so the command
line shows them without importing either.
"""

from __future__ import annotations

__all__ = ["DEFAULT_QUESTION", "EXAMPLES"]

DEFAULT_QUESTION = "谁负责售后？"
"""What the main job asks unless told otherwise: "who is responsible for after-sales"."""

EXAMPLES: tuple[str, ...] = (
    "谁负责售后？",
    "退换货由谁负责？",
    "主播应当做什么？",
    "商家不得做什么？",
    "平台有哪些责任？",
    "消费者可以做什么？",
    "哪些主体共同负责合规？",
    "主播和商家是什么关系？",
    "平台与哪些主体有关系？",
)
