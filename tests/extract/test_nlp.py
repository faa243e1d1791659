"""Word segmentation: spaCy zh + jieba + the domain user dictionary and lexicon."""

from __future__ import annotations

import pytest
from spacy.language import Language

from zhkg.extract.lexicon import Lexicon
from zhkg.extract.model import Document
from zhkg.extract.nlp import make_nlp, segment, segment_sentences, user_dictionary_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "为主播、商家和消费者提供服务",
            ["为", "主播", "、", "商家", "和", "消费者", "提供", "服务"],
        ),
        ("平台还需承担合规性责任", ["平台", "还", "需承担", "合规性", "责任"]),
        ("平台内经营者应当遵守", ["平台内经营者", "应当", "遵守"]),
        ("直播电商的售后服务", ["直播电商", "的", "售后服务"]),
        ("电子商务平台经营者应当核验", ["电子商务平台经营者", "应当", "核验"]),
    ],
)
def test_domain_words_come_out_whole(nlp: Language, text: str, words: list[str]) -> None:
    assert [token.text for token in nlp(text)] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a list joiner the guesser glues to a one-character ending before it or to a
        # division after it is split off: the names around it keep their parts
        ("卫生界、媒体界及社会各界", ["卫生界", "、", "媒体", "界", "及", "社会各界"]),
        ("市规划局及区规划局", ["市", "规划局", "及", "区", "规划局"]),
        # so is a preposition glued to the one-character ending of a body's name the
        # dictionary lacks (白水局对…, 青河局向…): the ending stays in the name
        ("白水局对水电站进行检查", ["白水", "局", "对", "水电站", "进行", "检查"]),
        ("青河局向水电站通报", ["青河", "局", "向", "水电站", "通报"]),
        # and so is a modal, or an adverb before one, glued to such an ending (白水局要…,
        # 样本提供方应…, 样本使用方则…): the name keeps its ending, the clause its trigger
        ("白水局要加强巡查", ["白水", "局", "要", "加强", "巡查"]),
        ("样本提供方应按约定报送", ["样本", "提供", "方", "应", "按", "约定", "报送"]),
        ("样本使用方则需取得同意", ["样本", "使用", "方", "则", "需", "取得", "同意"]),
        # a pair the dictionary lists stays whole (方可: only then may)
        ("审核通过方可上线", ["审核", "通过", "方可", "上线"]),
    ],
)
def test_a_glued_list_joiner_is_split_off(nlp: Language, text: str, words: list[str]) -> None:
    assert [token.text for token in nlp(text)] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the place of an act before a level opens the authority's name
        ("迁出地省级民政部门", ["迁出地", "省级", "民政部门"]),
        ("接受地市环保局", ["接受地", "市", "环保局"]),
        # no level after it: 地 stays apart, and so after a word that is no verb
        ("迁出地的民政部门", ["迁出", "地", "的", "民政部门"]),
        ("积极地推进工作", ["积极", "地", "推进", "工作"]),
    ],
)
def test_the_place_of_an_act_before_a_level_is_one_word(
    nlp: Language, text: str, words: list[str]
) -> None:
    assert [token.text for token in nlp(text)] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # an institute's ending cut off as a function word joins its name before a
        # preposition, a modal or a mark
        ("甲院亚热带所与县政府合作", ["甲院", "亚热带所", "与", "县政府", "合作"]),
        ("亚热带所应当加强管理", ["亚热带所", "应当", "加强", "管理"]),
        # before any other word 所 opens a relative clause, whatever the verb's tag
        ("科研项目所产生的数据", ["科研项目", "所", "产生", "的", "数据"]),
        ("企业所承担的责任", ["企业", "所", "承担", "的", "责任"]),
        # a modal or a verb of demanding opening the word after 所 is the clause's verb
        ("政府所要求的标准", ["政府", "所", "要求", "的", "标准"]),
    ],
)
def test_an_institute_s_ending_cut_off_joins_its_name(
    nlp: Language, text: str, words: list[str]
) -> None:
    assert [token.text for token in nlp(text)] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a side named by its role keeps its ending before 可 (管理方|可, not 管理|方可)
        ("平台管理方可从源头入手", ["平台", "管理方", "可", "从", "源头", "入手"]),
        # 方可 with no party's name before it stays one word
        ("审核通过后方可上岗", ["审核", "通过", "后方", "可", "上岗"]),
        ("登记方可营业", ["登记", "方可", "营业"]),
    ],
)
def test_a_side_s_ending_the_dictionary_joined_to_a_modal_is_taken_back(
    nlp: Language, text: str, words: list[str]
) -> None:
    assert [token.text for token in nlp(text)] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # an office's ending the dictionary joined to 于 before a date is the office's
        ("计划处于2019年发出通知", ["计划处", "于", "2019", "年", "发出通知"]),
        # 处于 as "to be in" stays one word: no date, or a date that modifies a noun
        ("企业处于起步阶段", ["企业", "处于", "起步", "阶段"]),
        ("产量处于2015年的水平", ["产量", "处于", "2015", "年", "的", "水平"]),
        # an adverb of the past the guesser glued to a preposition is split off it
        ("住户曾到物业公司投诉", ["住户", "曾", "到", "物业公司", "投诉"]),
    ],
)
def test_an_office_ending_glued_to_a_dated_preposition_is_split_off(
    nlp: Language, text: str, words: list[str]
) -> None:
    assert [token.text for token in nlp(text)] == words


@pytest.mark.parametrize(
    ("guessed", "words"),
    [
        # a preposition of time the guesser glued to a party's name before it: the name
        # keeps its ending and the preposition its place
        (["乙团于", "收到"], ["乙团", "于", "收到"]),
        # no party's name before it (光阴: no agent ending): the word stays whole
        (["光阴于", "收到"], ["光阴于", "收到"]),
    ],
)
def test_a_guessed_party_glued_to_a_preposition_of_time_is_split(
    guessed: list[str], words: list[str]
) -> None:
    from zhkg.extract.nlp import _split_guessed

    assert _split_guessed(guessed, {}) == words


def test_bare_jieba_splits_differently() -> None:
    """The baseline the user dictionary improves on (a fresh, untouched tokenizer)."""
    import jieba

    bare = jieba.Tokenizer()
    assert bare.lcut("为主播、商家") == ["为主", "播", "、", "商家"]


def test_lexicon_words_are_kept_whole() -> None:
    nlp = make_nlp(["跨境物流服务商"])
    assert "跨境物流服务商" in [token.text for token in nlp("跨境物流服务商应当及时配送")]


def test_pipelines_are_cached_per_word_set() -> None:
    assert make_nlp(["甲乙丙"]) is make_nlp(("甲乙丙",))
    assert make_nlp(["甲乙丙"]) is not make_nlp(["丁戊己"])


def test_segment_batches_texts(nlp: Language) -> None:
    texts = ["平台应当公示规则。", "主播需要承担责任。"]
    assert list(segment(nlp, texts)) == [
        ["平台", "应当", "公示", "规则", "。"],
        ["主播", "需要", "承担责任", "。"],
    ]


def test_user_dictionary_is_packaged_data() -> None:
    words = dict(user_dictionary_words())
    assert words["主播"] > 0
    assert all(" " not in word for word in words)


def test_batched_segmentation_equals_one_by_one(nlp: Language, paper_document: Document) -> None:
    texts = [sentence.text for sentence in paper_document.sentences]
    texts += ["", "  ", "带空格 的 句子", "line\nbreak"]
    one_by_one = [[t.text for t in nlp(text) if not t.is_space] for text in texts]
    assert segment_sentences(nlp, texts, batch_size=7) == one_by_one


@pytest.mark.parametrize(
    "text",
    [
        "平台应当公示规则。",
        "甲方 应当在3.5日内 告知乙方。",
        "第一条　为了规范管理，制定本办法。\n第二条",
        "  前后有空格  ",
        "Ａ公司与B公司签订合同",
    ],
)
def test_the_tokenizer_gives_spacys_own_doc(nlp: Language, text: str) -> None:
    """The short way for text without whitespace builds the Doc spaCy's tokenizer builds."""
    from spacy.lang.zh import ChineseTokenizer, Segmenter

    stock = ChineseTokenizer(nlp.vocab, segmenter=Segmenter.jieba)(text)
    ours = nlp.make_doc(text)
    assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in stock]
    assert ours.text == text


@pytest.mark.parametrize(
    "text",
    [
        "甲公司应当向乙平台报送数据。",
        "某某巡检员应及时处置隐患，并报区应急管理局备案",
        "ABC-2024版 规则\r\n第3.5条：用户可以在App内申请退款（7日内）。",
        "  空格\t与\u3000全角空格、标点！？……",
        "",
    ],
)
def test_jieba_cut_gives_jiebas_own_words(text: str) -> None:
    import jieba

    from zhkg.extract.nlp import jieba_cut

    assert jieba_cut(jieba.dt, text) == list(jieba.dt.cut(text))


@pytest.mark.parametrize(
    "text", ["园艺队应当修剪树木。", "甲方 应当告知乙方。", "", "跨境物流服务商应及时配送"]
)
def test_the_tokenizer_keeps_the_token_offsets_it_knows(nlp: Language, text: str) -> None:
    """Where the short way built the Doc, its tokens' offsets are kept beside it."""
    from zhkg.extract.nlp import TOKEN_SPANS

    doc = nlp.make_doc(text)
    offsets = [(t.idx, t.idx + len(t.text)) for t in doc]
    if " " in text:
        assert TOKEN_SPANS not in doc.user_data
    else:
        assert doc.user_data[TOKEN_SPANS] == offsets


@pytest.mark.parametrize(
    "text",
    [
        "园艺队应当修剪树木。",
        "甲方 应当告知乙方。",
        "",
        "花店巡检员应每日浇水",
        " 花店  应当\t浇水 ",
        "\u3000园艺队应当修剪\n树木。",
        "  ",
    ],
)
def test_a_text_read_from_its_words_alone_needs_no_doc(extraction_nlp: Language, text: str) -> None:
    """A heading's tokens come from the tokenizer without a Doc, and are those the
    Doc's would be (a modal split off an unknown word too), also where whitespace
    stands in the text (spaCy's words and trailing spaces)."""
    from zhkg.extract.extractor import _segmented, doc_tokens
    from zhkg.extract.nlp import token_spans

    doc = extraction_nlp.make_doc(text)
    spans = token_spans(extraction_nlp, text)
    assert spans == [(t.idx, t.idx + len(t)) for t in doc]
    assert _segmented(extraction_nlp, text) == (text, doc_tokens(doc))


def test_the_components_results_read_through_spacys_underscore(extraction_nlp: Language) -> None:
    """The extraction writes its Doc attributes where ``doc._`` reads them."""
    from zhkg.extract.extractor import doc_tokens

    doc = extraction_nlp("物业公司应当修剪树木。")
    assert doc._.zhkg_text == "物业公司应当修剪树木。"
    assert [p.text for p in doc._.zhkg_parties] == ["物业公司"]
    assert doc._.zhkg_analysis.duties
    assert doc._.zhkg_tokens == doc_tokens(doc) == [(t.idx, t.idx + len(t)) for t in doc]


def test_the_hmm_words_of_an_unknown_run_are_kept_per_run() -> None:
    """An unknown run of single characters is guessed once; the kept words are the HMM's."""
    import jieba

    from zhkg.extract.nlp import _guessed, jieba_cut

    hmm_cut = jieba.finalseg.cut
    first = _guessed("欧阳铎说", hmm_cut)
    assert first == list(hmm_cut("欧阳铎说"))
    assert _guessed("欧阳铎说", hmm_cut) is first
    text = "欧阳铎说过，上官燕也说过。"
    assert jieba_cut(jieba.dt, text) == jieba_cut(jieba.dt, text) == list(jieba.dt.cut(text))


def test_the_components_alone_read_sentences_without_docs(lexicon: Lexicon) -> None:
    """With only the extraction components in the pipeline, ``extract`` calls them on
    each sentence's ``user_data`` (no Doc); a pipeline with another component runs
    spaCy's ``pipe`` over Docs. Both give the same extraction."""
    from spacy.tokens import Doc

    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import _Read, _read_sentences, extract, pipeline_for
    from zhkg.extract.nlp import _make_nlp

    text = (
        "第一条 花店应当每日浇水。\n第二条 园艺队应当修剪树木，并向花店报告。\n甲方 应当告知乙方。"
    )
    document = document_from_text(text, source="<invented>")
    ours = pipeline_for(lexicon)
    reads = list(_read_sentences(ours, ["园艺队应当修剪树木。", "甲方 应当告知乙方。"], [0, 0]))
    assert [type(read) for read in reads] == [_Read, _Read]  # (a space too: no Doc)

    @Language.component("zhkg_test_passthrough")
    def passthrough(doc: Doc) -> Doc:
        return doc

    other = _make_nlp.__wrapped__(frozenset(lexicon.vocabulary()))
    other.add_pipe("zhkg_test_passthrough")
    with_other = extract(document, lexicon, nlp=other)
    assert all(isinstance(d, Doc) for d in _read_sentences(other, ["花店应当浇水。"], [0]))
    assert with_other == extract(document, lexicon)
    assert with_other.responsibilities


def test_the_extension_attributes_are_read_through_properties() -> None:
    """Each extension attribute of the extraction is a property of ``_Ext`` (no failed
    lookup before ``__getattr__``), reading the key spaCy's ``doc._`` reads; another
    name still reads None."""
    from zhkg.extract.extractor import _EXTENSIONS, _Ext, _Read

    read = _Read("花店应当浇水。", [(0, 2), (2, 4), (4, 6), (6, 7)])
    ext = _Ext(read)
    ext.zhkg_body = 2
    assert all(isinstance(vars(_Ext)[name], property) for name in _EXTENSIONS)
    assert ext.zhkg_body == read.user_data[("._.", "zhkg_body", None, None)] == 2
    assert ext.zhkg_parties is None and ext.zhkg_unknown is None


def test_a_glued_modal_is_split_only_from_a_guessed_word() -> None:
    """方应 (a guessed word: an agent ending and a modal) is split; 所需, a word of the
    dictionary, stays whole though its second character is a glued modal."""
    from zhkg.extract.nlp import _split_guessed

    assert _split_guessed(["提供", "方应"], {"提供": 1}) == ["提供", "方", "应"]
    assert _split_guessed(["本", "所需"], {"本": 1, "所需": 1}) == ["本", "所需"]
