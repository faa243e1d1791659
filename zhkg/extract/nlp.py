"""The spaCy ``zh`` pipeline with the jieba segmenter and the domain user dictionary.

spaCy's jieba segmenter calls the *global* jieba module, so the user dictionary
(``data/userdict.txt``, plus the words of the domain lexicon passed in) is loaded
into that global dictionary once per process. Plain jieba splits 为主播 as 为主/播;
with 主播 in the user dictionary it comes out 为/主播.
"""

from __future__ import annotations

import logging
import math
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from importlib import resources
from itertools import accumulate
from threading import Lock
from typing import Any

from spacy import util
from spacy.lang.zh import ChineseTokenizer, Segmenter
from spacy.language import Language
from spacy.tokens import Doc

__all__ = [
    "TOKEN_SPANS",
    "USER_DICT",
    "dictionary_count",
    "jieba_cut",
    "listed_by_chance",
    "make_nlp",
    "segment",
    "segment_sentences",
    "token_spans",
    "user_dictionary_words",
]

USER_DICT = "userdict.txt"
#: Frequency given to a lexicon word not in the user dictionary: enough to beat the
#: common two-character words it overlaps (为主 of 为主播), small enough not to glue
#: ordinary words to it.
LEXICON_WORD_FREQ = 2000
_LOCK = Lock()
_loaded_words: set[str] = set()


@lru_cache(maxsize=1)
def _jieba():  # type: ignore[no-untyped-def]
    """jieba, imported and quietened once (``dictionary_count`` asks for it per word)."""
    with warnings.catch_warnings():  # jieba imports the deprecated pkg_resources
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.WARNING)
    return jieba


def user_dictionary_words() -> list[tuple[str, int]]:
    """(word, frequency) pairs of the packaged user dictionary."""
    text = resources.files("zhkg.extract").joinpath("data", USER_DICT).read_text("utf-8")
    words = []
    for line in text.splitlines():
        parts = line.split()
        if parts and not parts[0].startswith("#"):
            words.append((parts[0], int(parts[1]) if len(parts) > 1 else LEXICON_WORD_FREQ))
    return words


def dictionary_count(word: str) -> int:
    """The count jieba's dictionary gives ``word`` (0 when it lists no such word).

    Why: the dictionary lists many pairs of a modal and a verb with a count of a few
    (须持, 应报: 3); a caller tells such a chance entry from a real word (应用, 须知) by it.
    """
    jieba = _jieba()
    jieba.initialize()
    count: int = jieba.dt.FREQ.get(word) or 0
    return count


#: The highest count of a chance entry in jieba's dictionary (dict.txt of jieba 0.42.1,
#: whose counts start at 2): a pair of a modal and a verb listed with 3 or less, the count
#: it gives such pairs (须持, 应报), is no word of its own; a word is listed far higher
#: (须知). A number of that dictionary release: check it when jieba's dictionary changes.
_CHANCE_COUNT = 3


def listed_by_chance(word: str) -> bool:
    """Whether jieba's dictionary lacks ``word`` or lists it only by chance (须持, 可先)."""
    return dictionary_count(word) <= _CHANCE_COUNT


def _load_words(words: Iterable[str]) -> None:
    """Add the user dictionary and ``words`` to jieba's global dictionary (once each)."""
    jieba = _jieba()
    with _LOCK:
        jieba.initialize()
        if not _loaded_words:
            for word, freq in user_dictionary_words():
                jieba.add_word(word, freq)
                _loaded_words.add(word)
        for word in words:
            word = word.strip()
            if not word or word in _loaded_words or any(ch.isspace() for ch in word):
                continue
            known = jieba.dt.FREQ.get(word) or 0
            jieba.add_word(word, max(known, LEXICON_WORD_FREQ))
            _loaded_words.add(word)


def make_nlp(words: Iterable[str] = ()) -> Language:
    """A blank spaCy ``zh`` pipeline segmenting with jieba and the domain dictionary.

    ``words`` (e.g. ``Lexicon.vocabulary()``) are kept whole too. Pipelines are
    cached per word set and shared: components a caller adds are seen by every
    caller with the same words. jieba's dictionary is process-global, so words
    added for one pipeline are known to all.
    """
    return _make_nlp(frozenset(words))


_WHITESPACE_RE = re.compile(r"\s")
#: The key in a Doc's ``user_data`` of its tokens' (start, end) offsets, where the
#: tokenizer knows them (text without whitespace): a list of pairs, one per token.
TOKEN_SPANS = "zhkg.token_spans"


class _JiebaTokenizer(ChineseTokenizer):
    """spaCy's jieba tokenizer, with a short way for text without whitespace.

    Why: spaCy aligns jieba's words with the text to recover spaces, slicing the rest
    of the text for every word; when the text has no whitespace the words are the
    text exactly and no token is followed by a space, which is what that alignment
    gives too, so the Doc is built from them directly, and the words' (start, end)
    offsets are kept in its ``user_data`` under ``TOKEN_SPANS``.
    """

    def __call__(self, text: str) -> Doc:
        words = self._words(text)
        spans = _spans(text, words)
        if spans is not None:
            doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
            doc.user_data[TOKEN_SPANS] = spans
            return doc
        words, spaces = util.get_words_and_spaces(words, text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def token_spans(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) offsets of the tokens of the Doc of ``text`` (the list its
        ``user_data`` keeps under ``TOKEN_SPANS``, or where whitespace stands, the offsets
        of its tokens), without building the Doc: a caller that reads only the words
        would otherwise cut the text twice and build a Doc it never reads."""
        words = self._words(text)
        spans = _spans(text, words)
        return spans if spans is not None else _spans_around_spaces(text, words)

    def _words(self, text: str) -> list[str]:
        """jieba's words, with the words its HMM guessed split where they glue a
        preposition to a party (``_split_guessed``).

        Why: every other word of the cut is a dictionary word, a single character or a
        space, which the split leaves as it is; so only the guesses are looked at,
        where the cut makes them, not every word of the sentence.
        """
        assert self.jieba_seg is not None
        dictionary = self.jieba_seg.dt
        known, hmm_cut = dictionary.FREQ, _jieba_parts()[2]

        def guess(run: str) -> list[str]:
            return _split_guessed(_guessed(run, hmm_cut), known)

        words = [word for word in jieba_cut(dictionary, text, guess) if word]
        return _split_side_modals(
            _split_dated_offices(_joined_institutes(_joined_prefixed_acts(_joined_places(words))))
        )


@lru_cache(maxsize=1)
def _level_words() -> frozenset[str]:
    """The divisions and their levels (市, 省级, 设区), read once per process."""
    from zhkg.extract.lang import lang_data

    divisions = lang_data().words("divisions")
    return frozenset([*divisions, *(d + "级" for d in divisions), "设区"])


def _joined_places(words: list[str]) -> list[str]:
    """``words`` with a two-character verb and the 地 after it joined into one noun where
    a division or a level follows (迁入|地|市级… → 迁入地|市级…): the place of the act
    (the origin, the destination) opens the authority's name, as 所在地 does.

    Why: the dictionary knows some such places (所在地, 发生地) but not every one (迁出地,
    落户地); cut apart, the verb opens a predicate and the authority loses its name.
    """
    if "地" not in words:
        return words
    from zhkg.extract.wordclass import word_class

    levels = _level_words()
    out: list[str] = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if (
            word == "地"
            and out
            and len(out[-1]) == 2
            and following in levels
            and word_class(out[-1]).startswith("v")
        ):
            out[-1] += word
            continue
        out.append(word)
    return out


@lru_cache(maxsize=1)
def _act_prefixes() -> frozenset[str]:
    """The prefixes of repetition (lang act_prefixes), read once per process."""
    from zhkg.extract.lang import lang_data

    return frozenset(lang_data().words("act_prefixes"))


def _joined_prefixed_acts(words: list[str]) -> list[str]:
    """``words`` with a prefix of repetition and the two-character verb after it joined
    into one noun where a generic head of bodies follows (再|担保|机构 → 再担保|机构; lang
    listed_heads): the repeated act (re-guarantee, re-insurance) names the body's trade,
    as 担保 alone does in 担保机构. Before a body's own name (再|回应|甲署) 再 stays an adverb.

    Why: cut apart, the adverb 再 opens no name, and the body loses its name.
    """
    from zhkg.extract.wordclass import LISTED_HEADS, word_class

    prefixes = _act_prefixes()
    if not prefixes.intersection(words):
        return words
    out: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if word in prefixes and index + 2 < len(words):
            verb, head = words[index + 1], words[index + 2]
            if len(verb) == 2 and word_class(verb).startswith("v") and head in LISTED_HEADS:
                out.append(word + verb)
                index += 2
                continue
        out.append(word)
        index += 1
    return out


#: The ending of an institute the segmenter cuts off as a function word (亚热带|所).
_INSTITUTE_ENDING = "所"
#: Word classes of the name an institute's ending was cut from: nouns and abbreviations.
_INSTITUTE_NAME_CLASSES = ("n", "j")
#: Word classes after an institute's name: a preposition or a conjunction (甲所与乙…).
_AFTER_INSTITUTE_CLASSES = frozenset({"p", "c"})
#: What else may follow an institute's name as a word of its own: a modal opening its
#: duty (甲所应…) or 等 closing a list; a mark opens with a character no word has. Not
#: every modal of lang triggers: 需要 after 所 is a relative clause's verb (甲所需要的).
_AFTER_INSTITUTE_WORDS = frozenset(
    {"应", "应当", "应该", "要", "须", "必须", "可", "可以", "负责", "等"}
)
_MARK_RE = re.compile(r"[\W_]")


@lru_cache(maxsize=1)
def _company_forms() -> frozenset[str]:
    """The legal forms closing a company's name (lang company_forms), read once."""
    from zhkg.extract.lang import lang_data

    return lang_data().word_set("company_forms")


def _joined_institutes(words: list[str]) -> list[str]:
    """``words`` with a noun and a 所 cut off after it joined into one noun where a
    preposition, a conjunction, a modal or a mark follows (甲学|所|与乙… → 甲学所|与乙…):
    the institute's ending; before any other word, 所 is the particle of a relative
    clause (企业|所|承担的…, whose verb the dictionary may tag as a noun) and stays a word.

    Why: cut apart, 所 reads as a function word, and the institute loses its name.
    """
    if _INSTITUTE_ENDING not in words:
        return words
    from zhkg.extract.wordclass import word_class

    out: list[str] = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if (
            word == _INSTITUTE_ENDING
            and out
            and len(out[-1]) >= 2
            and (
                word_class(out[-1]).startswith(_INSTITUTE_NAME_CLASSES)
                # 甲清算|所|有限公司: a company named after the institute, whose name
                # may open with a verb (清算, 交易)
                or following in _company_forms()
            )
            and (
                not following
                or following in _company_forms()
                or word_class(following) in _AFTER_INSTITUTE_CLASSES
                or following in _AFTER_INSTITUTE_WORDS
                or _MARK_RE.match(following) is not None
            )
        ):
            out[-1] += word
            continue
        out.append(word)
    return out


#: Dates after a preposition: a year, a month or a day by its number (于2018年, 于 5月),
#: not one that modifies a noun (处于2018年的水平 is a state).
_DATE_RE = re.compile(r"\d{1,4}\s*[年月日](?!的)")


#: One past the words after a preposition that hold such a date: up to four of them, a
#: space, the number, a space and its unit (于 5 月).
_DATE_WORDS = 5


@lru_cache(maxsize=1)
def _dated_office_words() -> frozenset[str]:
    """Dictionary words of a body's one-character ending and a preposition of time (处于,
    处在), read once per process."""
    from zhkg.extract.lang import lang_data

    return frozenset(
        ending + preposition
        for ending in lang_data().words("body_endings")
        for preposition in _date_prepositions()
    )


@lru_cache(maxsize=1)
def _ending_modal_pairs() -> frozenset[str]:
    """A party's one-character ending and a one-character modal or adverb after it (局要,
    方可; lang agent_endings, ending_glued_modals), read once per process."""
    from zhkg.extract.lang import lang_data

    lang = lang_data()
    endings = [e for e in lang.words("agent_endings") if len(e) == 1]
    return frozenset(e + m for e in endings for m in lang.chars("ending_glued_modals"))


@lru_cache(maxsize=1)
def _side_modal_words() -> frozenset[str]:
    """The pairs of ``_ending_modal_pairs`` the dictionary lists as words (方可); not 所
    (所需, 所要), whose character is as often the particle of a relative clause."""
    from zhkg.extract.wordclass import word_class

    return frozenset(
        word
        for word in _ending_modal_pairs()
        if word_class(word[0]) == "n" and dictionary_count(word)
    )


def _split_side_modals(words: list[str]) -> list[str]:
    """``words`` with a party's ending taken back from the modal the dictionary joined it
    to (甲管理|方可|从… → 甲管理方|可|从…) where the word before and the ending make a
    dictionary noun naming a party (管理方, 合作方).

    Why: 方可 ("only then may") is a common word, so a side named by its role loses its
    ending before 可; where the word before and the ending make no dictionary noun of a
    party (登记|方可, 通过|后方|可), 方可 stays the modal it is.
    """
    glued = _side_modal_words()
    if not glued.intersection(words):
        return words
    from zhkg.extract.wordclass import is_agentive_noun, word_class

    out: list[str] = []
    for word in words:
        side = out[-1] + word[0] if out and word in glued else ""
        if side and dictionary_count(side) and word_class(side) == "n" and is_agentive_noun(side):
            out[-1] = side
            out.append(word[1:])
            continue
        out.append(word)
    return out


def _split_dated_offices(words: list[str]) -> list[str]:
    """``words`` with a body's ending taken back from the preposition of time the
    dictionary joined it to (甲|处于|2018年 → 甲处|于|2018年): the office's name keeps its
    ending, and the date its preposition.

    Why: 处于 ("to be in a state") is a common word, so an office whose name the
    dictionary lacks (甲乙处) loses its ending before a date; only a noun before it that
    the ending makes a party's name, and a date after it, split the word.
    """
    glued = _dated_office_words()
    if not glued.intersection(words):
        return words
    out: list[str] = []
    for index, word in enumerate(words):
        following = "".join(words[index + 1 : index + _DATE_WORDS]).lstrip()
        if word in glued and out and _DATE_RE.match(following) and _names_party(out[-1] + word[0]):
            out[-1] += word[0]
            out.append(word[1:])
            continue
        out.append(word)
    return out


def token_spans(nlp: Language, text: str) -> list[tuple[int, int]] | None:
    """The offsets of the tokens of ``nlp.make_doc(text)`` (what its ``user_data`` keeps
    under ``TOKEN_SPANS`` where it keeps them), without the Doc, where ``nlp``'s tokenizer
    is this module's; else None (make the Doc)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, _JiebaTokenizer) or len(text) > nlp.max_length:
        return None
    return tokenizer.token_spans(text)


def _spans_around_spaces(text: str, words: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each token of the Doc spaCy builds from ``words`` where ``text``
    holds whitespace: its words and trailing spaces (``get_words_and_spaces``), each
    token starting where the one before it and its space end, as a Doc's ``idx`` does."""
    doc_words, spaces = util.get_words_and_spaces(words, text)
    spans: list[tuple[int, int]] = []
    at = 0
    for word, space in zip(doc_words, spaces, strict=True):
        spans.append((at, at + len(word)))
        at += len(word) + space
    return spans


def _spans(text: str, words: list[str]) -> list[tuple[int, int]] | None:
    """(start, end) of each of ``words`` where they spell ``text`` with no space between
    them; None where they do not (spaCy then places the words and spaces itself)."""
    if _WHITESPACE_RE.search(text) is not None or "".join(words) != text:
        return None
    ends = list(accumulate(map(len, words)))
    return list(zip([0, *ends][:-1], ends, strict=True))


def jieba_cut(
    dictionary: Any, text: str, guess: Callable[[str], list[str]] | None = None
) -> list[str]:
    """The words of ``jieba.Tokenizer.cut(text)`` (accurate mode, HMM for unknown runs).

    Why: segmentation is a fifth of the extraction's time. This is jieba's own
    algorithm, step for step, without its per-position dictionaries, tuples and
    generators: the same word graph (every dictionary word at each position), the
    same best route (the same sums of the same logarithms, ties to the longer word)
    and jieba's HMM for runs of single characters; the words are the same. ``guess``
    gives the words of such an unknown run in place of the HMM's own (``_guessed``).
    """
    dictionary.check_initialized()
    han, skip, hmm_cut = _jieba_parts()
    if guess is None:
        guess = partial(_guessed, hmm_cut=hmm_cut)
    words: list[str] = []
    for block in han.split(text):
        if not block:
            continue
        if han.match(block):
            words += _cut_block(dictionary, block, guess)
            continue
        for part in skip.split(block):
            if skip.match(part):
                words.append(part)
            else:
                words.extend(part)  # one character at a time
    return words


@lru_cache(maxsize=1)
def _jieba_parts() -> tuple[re.Pattern[str], re.Pattern[str], Any]:
    """jieba's block and skip patterns of its accurate mode, and its HMM cut."""
    jieba = _jieba()
    return jieba.re_han_default, jieba.re_skip_default, jieba.finalseg.cut


#: Per string looked up in jieba's dictionary, what the route needs of it: a word's
#: log(frequency) - log(total), never above 0; a prefix of words that is no word itself
#: (frequency 0); or no entry (the words from there on are all looked at).
_PROBES: dict[str, float] = {}
_PREFIX_ONLY = 1.0
_NO_ENTRY = 2.0
#: The dictionary ``_PROBES`` holds answers of: its identity, total and number of entries.
_PROBED: list[tuple[int, int, int]] = [(0, 0, 0)]
_MAX_PROBES = 1 << 16


def _probe(freq: dict[str, int], word: str, logtotal: float) -> float:
    """``_PROBES[word]``, looked up in jieba's dictionary and kept."""
    count = freq.get(word)
    if count is None:
        answer = _NO_ENTRY
    elif count:
        answer = math.log(count) - logtotal
    else:
        answer = _PREFIX_ONLY
    _PROBES[word] = answer
    return answer


def _route(dictionary: Any, block: str) -> list[int]:
    """For each position of ``block``, the last index of the word the best route takes
    there (jieba's ``get_DAG`` and ``calc`` in one backward pass).

    Why the probes are kept per string: the route looks up every word and prefix at
    every position, and jieba's dictionary (its words and all their prefixes) is too
    big for the processor's caches, while the strings a text looks up are few and
    recur; what a string answers depends on it alone, until words are added (a word
    deleted with ``del_word``, which changes neither total nor size, is not seen).
    """
    freq, total = dictionary.FREQ, dictionary.total
    state = (id(freq), total, len(freq))
    if _PROBED[0] != state or len(_PROBES) >= _MAX_PROBES:  # words were added: all change
        _PROBES.clear()
        _PROBED[0] = state
    logtotal, get = math.log(total), _PROBES.get
    size = len(block)
    value = [0.0] * (size + 1)
    ends = [0] * (size + 1)
    for start in range(size - 1, -1, -1):
        best, best_end = -math.inf, -1
        at = start
        word = block[start]
        weight = get(word)
        if weight is None:
            weight = _probe(freq, word, logtotal)
        while weight != _NO_ENTRY:  # the prefix is in the dictionary
            if weight <= 0.0:  # a word (a prefix alone has frequency 0)
                score = weight + value[at + 1]
                if score >= best:  # ties: the later end, as max() of tuples
                    best, best_end = score, at
            at += 1
            if at >= size:
                break
            word = block[start : at + 1]
            weight = get(word)
            if weight is None:
                weight = _probe(freq, word, logtotal)
        if best_end < 0:  # no word: the character alone, as if of frequency 1
            best, best_end = math.log(1) - logtotal + value[start + 1], start
        value[start], ends[start] = best, best_end
    return ends


def _cut_block(dictionary: Any, block: str, guess: Callable[[str], list[str]]) -> list[str]:
    """jieba's ``__cut_DAG``: the best route's words, single characters gathered and
    given to the HMM unless they form a dictionary word."""
    ends = _route(dictionary, block)
    get = dictionary.FREQ.get
    words: list[str] = []
    single = ""
    at = 0
    while at < len(block):
        stop = ends[at] + 1
        if stop - at == 1:
            single += block[at]
        else:
            if single:
                _add_singles(single, get, guess, words)
                single = ""
            words.append(block[at:stop])
        at = stop
    if single:
        _add_singles(single, get, guess, words)
    return words


def _add_singles(run: str, get: Any, guess: Callable[[str], list[str]], words: list[str]) -> None:
    if len(run) == 1:
        words.append(run)
    elif not get(run):
        words.extend(guess(run))  # an unknown run: the HMM guesses its words
    else:
        words.extend(run)


#: The HMM's words per unknown run, while the words it must split stay as they were.
_GUESSES: dict[str, list[str]] = {}
_GUESSES_FORCED: list[int] = [0]
_MAX_GUESSES = 1 << 14


@lru_cache(maxsize=1)
def _force_split_words() -> set[str]:
    """jieba's set of words its HMM must split (grown in place by ``add_force_split``)."""
    words: set[str] = _jieba().finalseg.Force_Split_Words
    return words


def _guessed(run: str, hmm_cut: Any) -> list[str]:
    """jieba's HMM words of an unknown run of single characters, kept per run.

    Why: the same unknown runs (a name, a foreign word, a particle and a noun the
    dictionary lacks together) recur in and across texts, and the HMM's answer depends
    on the run alone, as long as jieba's set of words to split (``add_force_split``,
    which only grows) is unchanged.
    """
    forced = len(_force_split_words())
    if forced != _GUESSES_FORCED[0] or len(_GUESSES) >= _MAX_GUESSES:
        _GUESSES.clear()
        _GUESSES_FORCED[0] = forced
    words = _GUESSES.get(run)
    if words is None:
        words = _GUESSES[run] = list(hmm_cut(run))
    return words


@lru_cache(maxsize=1)
def _glue_classes() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Prepositions, one-character divisions and determiners, time words, and the pairs of
    a list joiner and a one-character agent ending before it (界及) or a division after
    it (及县), or of such an ending and a preposition or a modal after it (局对, 局要),
    read once per process (the tokenizer runs on every sentence)."""
    from zhkg.extract.lang import lang_data

    lang = lang_data()
    prepositions = lang.chars("prepositions") | lang.chars("guessed_prepositions")
    divisions = frozenset(
        d for d in (*lang.words("divisions"), *lang.words("name_determiners")) if len(d) == 1
    )
    endings = [e for e in lang.words("agent_endings") if len(e) == 1]
    joiners = lang.chars("list_joiners") - {"、"}
    glued = frozenset(
        [*(ending + joiner for ending in endings for joiner in joiners)]
        + [joiner + division for joiner in joiners for division in divisions]
        # a body's name the dictionary lacks ends glued to the preposition after it
        # (甲河局对乙站… comes out 甲河/局对/乙站; 受托方在…时 comes out 受托/方在): the
        # ending stays in the name
        + [
            ending + preposition
            for ending in endings
            for preposition in prepositions | lang.chars("date_prepositions")
        ]
        # and so does one glued to the modal after it (甲河局要…, 乙提供方应…: 局要, 方应)
        + list(_ending_modal_pairs())
    )
    return prepositions, divisions, lang.chars("glued_before_prepositions"), glued


@lru_cache(maxsize=1)
def _date_prepositions() -> frozenset[str]:
    """Prepositions of time (于, 在), read once per process."""
    from zhkg.extract.lang import lang_data

    return lang_data().chars("date_prepositions")


@lru_cache(maxsize=1)
def _adverbs_of_past() -> frozenset[str]:
    """Adverbs of the past (曾), read once per process."""
    from zhkg.extract.lang import lang_data

    return lang_data().chars("past_adverbs")


def _names_party(word: str) -> bool:
    """Whether a word names a party by its ending (甲乙团, 丙丁处)."""
    from zhkg.extract.wordclass import is_agentive_noun

    return is_agentive_noun(word)


def _split_guessed(words: list[str], known: dict[str, int]) -> list[str]:
    """``words`` with the short words jieba guessed (none of its dictionary) that glue a
    preposition to a division or a determiner (向区/教育局, 由市/卫生健康委, 经本/机关), a
    time word to a preposition (开业/前向/甲局), a preposition to the two characters after it
    (加强/对养护/中心) split there, and so is a list joiner glued to a one-character
    agent ending before it (甲业/界及/乙会) or to a division after it (甲局/及县/乙局), and
    a preposition of time glued to the party's name before it (甲乙团于/收到 → 甲乙团/于)
    or one glued to an adverb of the past before it (曾到/甲馆 → 曾/到/甲馆):
    the party after the preposition keeps its name and the preposition its place; the
    names around the joiner keep their ending and their division."""
    prepositions, divisions, times, glued = _glue_classes()
    dated, past = _date_prepositions(), _adverbs_of_past()
    out: list[str] = []
    for word in words:
        if len(word) not in (2, 3) or known.get(word):
            out.append(word)
            continue
        cuts = [
            at
            for at in range(1, len(word))
            if (word[at - 1] in times and word[at] in prepositions)
            or (word[at - 1] in prepositions and word[at] in divisions)
            or (at == 1 and len(word) == 3 and word[0] in prepositions)
            or (at == 1 and word in glued)
            or (at == len(word) - 1 and word[at] in dated and _names_party(word[:at]))
            or (at == 1 and len(word) == 2 and word[0] in past and word[1] in prepositions)
        ]
        for begin, stop in zip([0, *cuts], [*cuts, len(word)], strict=True):
            out.append(word[begin:stop])
    return out


@lru_cache(maxsize=8)
def _make_nlp(words: frozenset[str]) -> Language:
    import spacy

    _load_words(sorted(words))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        nlp.tokenizer = _JiebaTokenizer(nlp.vocab, segmenter=Segmenter.jieba)
    return nlp


def segment(nlp: Language, texts: Sequence[str], batch_size: int = 256) -> Iterator[list[str]]:
    """The words of each text, through the pipeline's batched ``pipe``."""
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield [token.text for token in doc]


def segment_sentences(
    nlp: Language, sentences: Sequence[str], batch_size: int = 512
) -> list[list[str]]:
    """The words of each sentence, tokenising each batch of sentences in one call.

    jieba only segments inside runs of Han characters and alphanumerics, so
    sentences joined by line breaks segment exactly as they do one by one; one
    tokenizer call per batch saves the per-call overhead on short sentences.
    """
    words: list[list[str]] = []
    for first in range(0, len(sentences), batch_size):
        batch = [sentence.replace("\n", " ") for sentence in sentences[first : first + batch_size]]
        doc = nlp.make_doc("\n".join(batch))
        ends = []
        position = 0
        for sentence in batch:
            position += len(sentence)
            ends.append(position)
            position += 1  # the joining line break
        current: list[str] = []
        sentence_index = 0
        for token in doc:
            while sentence_index < len(ends) and token.idx >= ends[sentence_index]:
                words.append(current)
                current = []
                sentence_index += 1
            if not token.is_space:
                current.append(token.text)
        while sentence_index < len(ends):
            words.append(current)
            current = []
            sentence_index += 1
    return words
