"""Word classes from the segmenter's own dictionary, looked up without tagging.

jieba's dictionary carries a part-of-speech tag for every entry; reading it is a
dictionary lookup, far cheaper than running a tagger over each sentence, and it
is enough to tell a verb that opens a predicate (履行…) from a modifier that opens
a name (跨境…, 各级…). Words not in the dictionary (domain terms) count as nouns.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = [
    "AGENT_ENDINGS",
    "NON_AGENT_NOUNS",
    "has_agentive_ending",
    "in_dictionary",
    "is_actor_noun",
    "is_agent_suffix",
    "is_agentive_noun",
    "word_class",
]


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


def word_class(word: str) -> str:
    """The dictionary's tag of ``word`` (e.g. "v", "n", "vn"), "n" when unknown."""
    return _tags().get(word, "n")


def in_dictionary(word: str) -> bool:
    """Whether the segmenter's dictionary lists ``word`` (需求 yes, 需承担 no)."""
    return word in _tags()


#: Word classes of nouns that can name a party (common, organisation, other proper
#: nouns, abbreviations such as 环保局 tagged j); not personal names (nr), which the
#: dictionary also gives to some adverb-verb idioms (严格执行).
_NOUN_CLASSES = frozenset({"n", "ns", "nt", "nz", "j", "ng"})
#: Endings that make a noun an agent or an organisation: a person by role
#: (骑手, 教师, 业主), a body (…局, …委, …院, …中心) or a collective (…力量, …家庭).
AGENT_ENDINGS = (
    "者",
    "人",
    "员",
    "师",
    "手",
    "户",
    "商",
    "家",
    "方",
    "局",
    "委",
    "办",
    "院",
    "校",
    "所",
    "站",
    "行",
    "社",
    "队",
    "厅",
    "署",
    "长",
    "主任",
    "科",
    "馆",
    "店",
    "厂",
    "室",
    "协会",
    "学会",
    "商会",
    "工会",
    "委员会",
    "基金会",
    "理事会",
    "董事会",
    "联合会",
    "办事处",
    "企业",
    "单位",
    "机构",
    "组织",
    "部门",
    "机关",
    "政府",
    "平台",
    "公司",
    "集团",
    "中心",
    "食堂",
    "力量",
    "家庭",
    "家属",
    "业主",
    "子女",
    "父母",
    "群众",
    "居民",
    "市民",
    "村民",
    "农民",
    "职工",
    "司机",
    "乘客",
    "旅客",
    "游客",
    "顾客",
    "客户",
    "医生",
    "护士",
    "儿童",
    "幼儿",
    "婴儿",
    "少年",
    "孕妇",
    "妇女",
    "老人",
)
#: Nouns with an agentive ending that name no one: places, events, abstractions.
NON_AGENT_NOUNS = frozenset(
    {
        "国家",
        "大家",
        "人家",
        "自家",
        "全家",
        "老家",
        "居家",
        "地方",
        "方面",
        "配方",
        "处方",
        "药方",
        "比方",
        "东方",
        "西方",
        "南方",
        "北方",
        "前方",
        "后方",
        "上方",
        "下方",
        "远方",
        "双手",
        "一手",
        "二手",
        "人手",
        "账户",
        "帐户",
        "门户",
        "窗户",
        "言行",
        "罪行",
        "品行",
        "格局",
        "布局",
        "结局",
        "大局",
        "全局",
        "时局",
        "骗局",
        "僵局",
        "场所",
        "住所",
        "处所",
        "厕所",
        "网站",
        "车站",
        "社会",
        "庭院",
        "特长",
        "专长",
        "周长",
        "波长",
        "身长",
        "增长",
        "成长",
        "延长",
        "擅长",
        "生长",
        "教室",
        "卧室",
        "浴室",
        "温室",
        "密室",
        "学科",
        "本科",
        "专科",
        "百科",
        "前科",
        "会商",
        "协商",
        "磋商",
        "招商",
        "智商",
        "情商",
    }
)

#: Endings that name a sector or trade rather than a party (直播电商 "live-stream e-commerce").
NON_AGENT_ENDINGS = ("电商",)
#: A compound ending in a non-agent noun is none either (公共场所, 政府网站).
_NON_AGENT_ENDINGS = (*NON_AGENT_ENDINGS, *sorted(NON_AGENT_NOUNS))


#: One-character endings the segmenter may split off (市/生态环境/局, 护士/站).
SUFFIX_CHARACTERS = frozenset(ending for ending in AGENT_ENDINGS if len(ending) == 1) - {"人", "者"}


#: Word classes of the noun an ending was split from: nouns, idioms, verbal nouns and
#: the adjectives of agency names (卫生/健康 + 委).
_SUFFIX_BEFORE_CLASSES = _NOUN_CLASSES | {"l", "vn", "a", "an"}


def is_agent_suffix(word: str, before: str) -> bool:
    """A one-character agentive ending split from the noun before it (生态环境 + 局)."""
    return word in SUFFIX_CHARACTERS and word_class(before) in _SUFFIX_BEFORE_CLASSES


@lru_cache(maxsize=1 << 16)
def is_agentive_noun(word: str) -> bool:
    """Whether ``word`` is a noun that can bear a duty: 骑手, 市民政局, 职业院校, 社会力量.

    Why: texts of other domains name parties the domain lexicon has never seen;
    an agentive or organisational ending on a noun marks them, while
    商品/信息/制度 (no such ending) and 格局/场所 (listed exceptions) do not.
    """
    return word_class(word) in _NOUN_CLASSES and has_agentive_ending(word)


@lru_cache(maxsize=1 << 16)
def has_agentive_ending(word: str) -> bool:
    """The ending test alone, for a word that stands alone as a subject (诊所, tagged v)."""
    return len(word) >= 2 and word.endswith(AGENT_ENDINGS) and not word.endswith(_NON_AGENT_ENDINGS)


#: Heads of nouns that name things, acts and abstractions, never a party, even as the
#: subject of a deontic (信息应当…, 押金应当…, 收费标准应当…): what a party must do is
#: stated about them, they bear nothing.
NON_ACTOR_HEADS = (
    "工作",
    "制度",
    "活动",
    "信息",
    "内容",
    "商品",
    "价格",
    "措施",
    "标准",
    "规定",
    "时间",
    "费用",
    "条件",
    "机制",
    "体系",
    "数据",
    "资料",
    "材料",
    "文件",
    "产品",
    "服务",
    "技术",
    "设备",
    "设施",
    "车辆",
    "物品",
    "食品",
    "药品",
    "资金",
    "经费",
    "押金",
    "保证金",
    "合同",
    "协议",
    "条款",
    "证明",
    "证书",
    "证照",
    "记录",
    "报告",
    "方案",
    "计划",
    "规划",
    "预案",
    "项目",
    "工程",
    "建设",
    "管理",
    "安全",
    "质量",
    "环境",
    "问题",
    "情况",
    "要求",
    "意见",
    "目标",
    "任务",
    "原则",
    "方式",
    "方法",
    "手段",
    "程序",
    "流程",
    "结果",
    "行为",
    "责任",
    "义务",
    "权利",
    "权益",
    "利益",
    "能力",
    "水平",
    "效率",
    "范围",
    "区域",
    "场所",
    "地点",
    "位置",
    "空间",
    "面积",
    "数量",
    "比例",
    "金额",
    "期限",
    "日期",
    "期间",
    "过程",
    "环节",
    "方面",
    "领域",
    "行业",
    "产业",
    "市场",
    "经济",
    "发展",
    "政策",
    "法律",
    "法规",
    "规范",
    "规则",
    "办法",
    "条例",
    "文化",
    "教育",
    "宣传",
    "培训",
    "监督",
    "检查",
    "考核",
    "评估",
    "评价",
    "投诉",
    "举报",
    "处理",
    "处置",
    "收费",
    "税收",
    "补贴",
    "奖励",
    "处罚",
    "网络",
    "系统",
    "网站",
    "页面",
    "账号",
    "软件",
    "算法",
    "广告",
    "标识",
    "标志",
    "标签",
    "包装",
    "说明",
    "说明书",
    "名称",
    "订单",
    "交易",
    "支付",
    "配送",
    "物流",
    "电池",
    "飞行",
    "作业",
    "空域",
    "许可",
    "登记",
    "备案",
    "申请",
    "样品",
    "原料",
    "垃圾",
    "废物",
    "污染",
    "排放",
    "资源",
    "人口",
    "客流",
    "预警",
    "信号",
    "灾害",
    "事故",
    "隐患",
    "风险",
    "意识",
    "理念",
    "思想",
    "观念",
    "精神",
    "氛围",
    "形象",
    "品牌",
    "声誉",
    "主体",
    "对象",
    "结构",
    "模式",
    "功能",
    "作用",
    "效果",
    "事项",
    "事务",
    "业务",
    "渠道",
    "途径",
    "手续",
    "凭证",
    "票据",
    "发票",
    "账户",
    "资产",
    "财产",
    "收入",
    "成本",
    "利润",
    "税款",
    "金融",
    "保险",
    "课程",
    "教材",
    "考试",
    "成绩",
    "病历",
    "处方",
    "档案",
    "证据",
    "平衡",
    "关系",
    "国家",
    "地方",
    "社会",
    "公共",
    "声明",
    "通知",
    "公告",
    "承诺",
    "争议",
    "纠纷",
    "事件",
    "案件",
    "商务",
    "学期",
    "学年",
    "年度",
    "季度",
    "月份",
    "群体",
    "部分",
    "困境",
    "难题",
    "局面",
    "行动",
    "举措",
    "机会",
    "需求",
    "比重",
    "周期",
    "频次",
    "次数",
)
#: Determiners that make the noun after them a set of parties (各景区, 各级新闻媒体, 有关单位).
ACTOR_DETERMINERS = ("各级", "各类", "各", "相关", "有关")


@lru_cache(maxsize=1 << 16)
def is_actor_noun(word: str) -> bool:
    """Whether ``word``, standing as the subject of a deontic, can name a party.

    Why: a regulation addresses everyday nouns as parties (景区, 导游, 新闻媒体,
    社会资本) that carry no agentive ending; in subject position before 应当/要 a
    common, organisation or proper noun is a party unless it names a thing, an
    act or an abstraction (NON_ACTOR_HEADS), e.g. 信息, 押金, 收费标准.
    """
    if is_agentive_noun(word):
        return True
    if word_class(word) not in _NOUN_CLASSES or len(word) < 2:
        return False
    return not word.endswith(NON_ACTOR_HEADS) and not word.endswith(_NON_AGENT_ENDINGS)
