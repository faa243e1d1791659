"""Relations between parties stated in one sentence, through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from zhkg.extract.model import Modality
from zhkg.extract.relation_cues import cue_table, live_cues
from zhkg.extract.relations import _may_state_relation
from zhkg.extract.responsibilities import split_clauses

#: Nine fields of departments, for a long coordinated group.
_NINE_FIELDS = ("消防", "水务", "交通", "园林", "环保", "文旅", "体育", "商务", "粮食")


RELATIONS = [
    # under another's supervision and help (在甲的监督和协助下) the party is supervised
    ("在甲委员会的监督和协助下，乙基金会应当开展研究。", [("甲委员会", "SUPERVISES", "乙基金会")]),
    # 会同 opens the predicate of the party before it, however long its object
    (
        "甲发展改革委会同相关部门做好重点任务落实的跟踪推进工作。",
        [("甲发展改革委", "COLLABORATES_WITH", "相关部门")],
    ),
    ("丙局要求甲银行对乙类小微企业，不得随意抽贷。", [("丙局", "REQUIRES", "甲银行")]),
    # a party placed under another's command (甲会由乙董事会领导, 由乙局直接领导或管理): the
    # agent after 由 supervises it; 由于 gives a cause, and a relative clause (由乙局管理的
    # 丙中心) names a party, it is not the clause's subject
    ("甲基金会由乙董事会领导。", [("乙董事会", "SUPERVISES", "甲基金会")]),
    ("甲智库由乙政府直接领导或管理。", [("乙政府", "SUPERVISES", "甲智库")]),
    ("甲公司由于代客户管理财产而受关注。", []),
    ("丁委员会对由甲协会管理的丙企业缺乏了解。", []),
    # the noun 领导, a leader, ends no clause: no command (由乙局领导担任, 由乙局领导牵头)
    ("甲委员会由乙局领导干部组成。", []),
    ("甲工作组组长由乙局领导担任。", []),
    ("由乙局领导牵头，甲中心负责具体实施。", []),
    ("甲中心由乙局统一领导，丙科负责日常工作。", [("乙局", "SUPERVISES", "甲中心")]),
    # a governing head coordinated with another verb is a verb, not a head of the name
    # (受乙学院领导和管理); one before a personnel noun stays a person (领导和管理人员)
    ("甲研究所受乙学院领导和管理。", [("乙学院", "SUPERVISES", "甲研究所")]),
    # advice or plans made for a party serve it (为 B 谋划…, 为 B 建言献策)
    ("甲智库应当为乙局建言献策。", [("甲智库", "SERVES", "乙局")]),
    ("甲智库应当为乙委员会谋划发展战略。", [("甲智库", "SERVES", "乙委员会")]),
    # the possessors of an agreement are its parties (根据甲会和乙局的协议), and parties
    # agreeing together contract (甲会与乙局同意…); a contract form (合同书) or a signatory
    # (协议人) names no agreement between the two
    (
        "根据甲委员会和乙政府的协议，丙署应尽量避免公开评论。",
        [("甲委员会", "CONTRACTS_WITH", "乙政府")],
    ),
    (
        "丙委员会与乙政府同意在报告提交前避免公开争辩。",
        [("丙委员会", "CONTRACTS_WITH", "乙政府")],
    ),
    ("甲公司和乙公司的合同书应当备案。", []),
    # supplying goods to a party serves it (向 B 供应…, 供应 B); a supplier (供应商) is a
    # name, not the act
    ("甲公司向乙图书馆供应书籍。", [("甲公司", "SERVES", "乙图书馆")]),
    ("甲公司长期供应乙医院药品。", [("甲公司", "SERVES", "乙医院")]),
    ("甲公司向乙供应商采购书籍。", []),
    # directing a party to act requires it to (指示 B …); the noun after a basis word or
    # 的 (按乙局的指示) and a sign (指示标志) direct no one
    ("甲室指示前线警员在乙站等候。", [("甲室", "REQUIRES", "前线警员")]),
    ("收件人可以指示承运人将商品置于指定地点。", [("收件人", "REQUIRES", "承运人")]),
    ("甲公司应当设置疏散指示标志。", []),
    # 因应 (in response to) is a preposition: the party after it is no part of the name
    # of the subject before it
    ("丙校因应今年乙局要求丙校制订课程框架，今年纳入题目。", []),
    # a review or an assessment of a party or its work supervises it, also one named with
    # its kind (进行年度绩效评估) or one the party receives (接受 B 的评审); an assessment
    # of a thing (对乙项目进行评估) or the noun of a report (评估报告) names no party
    ("甲研究所对乙单位进行年度绩效评估。", [("甲研究所", "SUPERVISES", "乙单位")]),
    ("甲研究所应当对乙单位的成果进行评审。", [("甲研究所", "SUPERVISES", "乙单位")]),
    ("戊研究员应当接受甲委员会的评审。", [("甲委员会", "SUPERVISES", "戊研究员")]),
    ("甲研究所应当对乙项目进行评估。", []),
    ("甲研究所对乙单位进行评估报告的编写。", []),
    # a head that names no one alone is an end with the relative clause before it
    # (委托|具备资格的单位); a list's bare role words share its first name's domain, as
    # subject and as object (丙农机制造商、代理商 → 丙农机代理商)
    ("甲公司应当委托具备资格的单位编制方案。", [("甲公司", "CONTRACTS_WITH", "具备资格的单位")]),
    ("甲局应当通知参加会议的人员按时到场。", [("甲局", "INFORMS", "参加会议的人员")]),
    (
        "丙农机制造商、代理商可以委托乙公司销售。",
        [
            ("丙农机制造商", "CONTRACTS_WITH", "乙公司"),
            ("丙农机代理商", "CONTRACTS_WITH", "乙公司"),
        ],
    ),
    (
        "乙公司应当协助丙农机制造商、代理商开展检修。",
        [("乙公司", "SERVES", "丙农机制造商"), ("乙公司", "SERVES", "丙农机代理商")],
    ),
    # a thing a disposal mark opens may have modifiers before the name the chunker read
    # (将审批信息|通报乙局, 将整改结果|报乙局): the verb hands it over to the party; a
    # verb inside a body's name after the mark (协同监管服务平台) hands nothing over
    ("甲局应当将审批信息通报乙局。", [("甲局", "INFORMS", "乙局")]),
    ("甲公司应当将整改结果报乙局。", [("甲公司", "REPORTS_TO", "乙局")]),
    ("甲公司应当将整改情况报乙局。", [("甲公司", "REPORTS_TO", "乙局")]),
    ("甲公司应当将申报材料报乙局。", [("甲公司", "REPORTS_TO", "乙局")]),
    ("甲公司应当将实施方案报乙局。", [("甲公司", "REPORTS_TO", "乙局")]),
    ("甲公司应当将处理意见报乙局。", [("甲公司", "REPORTS_TO", "乙局")]),
    ("甲公司应当将年度报告报乙局。", [("甲公司", "REPORTS_TO", "乙局")]),
    # a bare 报 after a manner or time adverbial (书面报, 及时报, 十日内报) still reports
    ("甲公司应当及时将整改结果书面报乙局。", [("甲公司", "REPORTS_TO", "乙局")]),
    ("甲公司应当及时报乙局。", [("甲公司", "REPORTS_TO", "乙局")]),
    # (a thing handed over as a service, 交付给, too)
    (
        "首先由甲厂将加工完成的样品模型交付给乙厂，并组织验收。",
        [("甲厂", "SERVES", "乙厂")],
    ),
    ("甲公司应当将业务系统与协同监管服务平台对接。", []),
    # an application or report put forward to a party (向 B 提出/发起…申请) reports to B;
    # a request for review (提出复核申请) is feedback, not a report
    ("会员可以向协会提出退会申请。", [("会员", "REPORTS_TO", "协会")]),
    ("甲公司向区住建局发起项目变更备案。", [("甲公司", "REPORTS_TO", "区住建局")]),
    (
        "申请人可以向上一级主管部门提出复核申请。",
        [("申请人", "GIVES_FEEDBACK_TO", "上一级主管部门")],
    ),
    # a determiner 相应 (the body concerned) before the party is skipped like 相关; on a
    # bare generic head (相应部门) it stays, as 相关 does
    (
        "甲公司发现异常的，应当及时向相应监管机构报告。",
        [("甲公司", "REPORTS_TO", "监管机构")],
    ),
    ("乙医院应当向相应部门报送数据。", [("乙医院", "REPORTS_TO", "相应部门")]),
    # supervision received that B carries out (接受 B 依法实施的检查) is B's, and so is a
    # sanction suffered from B (被 B 处以罚款)
    ("甲单位应当接受乙局依法实施的监督检查。", [("乙局", "SUPERVISES", "甲单位")]),
    ("甲公司曾被区市场监管局处以罚款。", [("区市场监管局", "SUPERVISES", "甲公司")]),
    ("甲公司被区市场监管局约谈后，整改了问题。", [("区市场监管局", "SUPERVISES", "甲公司")]),
    # a demand put to a party may be described (对乙方提出相关的技术要求, 提出了更高的要求);
    # the party's own demand (对乙方提出的要求) is none put to it
    ("业主可以对设计方提出相关的技术要求。", [("业主", "REQUIRES", "设计方")]),
    ("甲局对乙公司提出了更高的要求。", [("甲局", "REQUIRES", "乙公司")]),
    ("甲局对乙公司提出的要求应当公开。", []),
    # after a cue opening inside a word (间|接受|到) the cue at the next word (受到) is tried
    ("甲研究所直接或者间接受到区政府的管理与监督。", [("区政府", "SUPERVISES", "甲研究所")]),
    # a determiner opening a later member of a list (、其他的乙) keeps the list going
    (
        "甲学会可以与高校、其他的科研机构开展合作。",
        [("甲学会", "COLLABORATES_WITH", "高校"), ("甲学会", "COLLABORATES_WITH", "科研机构")],
    ),
    # the cue's own noun after 的 (在甲局的领导下) leaves the possessor as the end, not a
    # leader (领导) read as a party; 之 and 来自 may stand in the frame
    (
        "在市政府的领导下，区文旅局负责日常工作。",
        [("市政府", "SUPERVISES", "区文旅局")],
    ),
    ("区文旅局在市政府的领导下开展工作。", [("市政府", "SUPERVISES", "区文旅局")]),
    ("研究所受区政府之领导。", [("区政府", "SUPERVISES", "研究所")]),
    # a chained clause opening with a verb cue the chunker glued to its object's name
    # (…，资助|乙校…) goes on with the subject before; a verb before a bare head or a
    # modal after the name opens a name (培训机构应当…)
    (
        "区科技局可以通过设立引导资金，资助科研院所和培训机构开展攻关。",
        [("区科技局", "SERVES", "科研院所"), ("区科技局", "SERVES", "培训机构")],
    ),
    ("区政府应当完善制度，培训机构应当配合。", []),
    # a non-party (力量) or a possessed channel after a means preposition before a cue is
    # no acting party: the clause's subject acts
    ("区图书馆借助高校的力量为读者提供培训。", [("区图书馆", "SERVES", "读者")]),
    ("区图书馆借助高校的专家为读者提供培训。", [("区图书馆", "SERVES", "读者")]),
    # 要求 after 按照 B is B's demand, a noun addressing no one after it; a demand
    # answered (响应来自 B 的要求) is B's
    ("甲公司应当按照区网信办要求选派评估机构。", [("区网信办", "REQUIRES", "甲公司")]),
    ("委员会需要响应来自区政府的要求。", [("区政府", "REQUIRES", "委员会")]),
    # an office named by the verb of its task (审计署, tagged as a verb; 统计|署, split)
    ("审计署要求甲局提交报告。", [("审计署", "REQUIRES", "甲局")]),
    ("甲县统计署要求农户提交报告。", [("甲县统计署", "REQUIRES", "农户")]),
    # a verb of judging before a head verbs modify is part of the name (评价 + 机构)
    ("甲公司应当委托乙评价机构开展评估。", [("甲公司", "CONTRACTS_WITH", "乙评价机构")]),
    ("乙单位应当严格按照主管部门的具体要求选派评估机构。", [("主管部门", "REQUIRES", "乙单位")]),
    # 要求 after 的 or a basis word is the noun: the party after it is not required
    ("甲物业公司应当按照要求接入乙平台。", []),
    (
        "甲单位应当按乙方的要求协助丙方开展核查。",
        [("乙方", "REQUIRES", "甲单位"), ("甲单位", "SERVES", "丙方")],
    ),
    # …的 closing a condition, then 要求 with a pronoun object: the verb
    (
        "甲商场应当对在禁行区域内的骑车人予以提醒，对拒不改正的要求其下车推行。",
        [("甲商场", "REQUIRES", "骑车人")],
    ),
    # a point's number before a verb is no noun the verb modifies: 联合 opens a predicate
    (
        "甲研究院应当推进协作。一是联合乙企业与丙学院等单位开展攻关。",
        [("甲研究院", "COLLABORATES_WITH", "乙企业"), ("甲研究院", "COLLABORATES_WITH", "丙学院")],
    ),
    (
        "乙单位应当按照主管部门的要求协助监管机构开展检查。",
        [("主管部门", "REQUIRES", "乙单位"), ("乙单位", "SERVES", "监管机构")],
    ),
    # 会同 B 组织…: the name ends before 组织, the verb of the joint act
    (
        "区水务局应当会同有关部门组织编制防汛预案。",
        [("区水务局", "COLLABORATES_WITH", "有关部门")],
    ),
    # a party a directive addresses before a means (鼓励乙通过…，) acts in the clause after it
    (
        "区政府鼓励行业协会通过制定行业规范，引导会员企业诚信经营。",
        [("区政府", "REQUIRES", "行业协会"), ("行业协会", "REQUIRES", "会员企业")],
    ),
    (
        "区政府应当督促物业公司通过多种方式，为业主提供服务。",
        [("区政府", "REQUIRES", "物业公司"), ("物业公司", "SERVES", "业主")],
    ),
    ("研究所需接受来自区政府的指导和监督。", [("区政府", "SUPERVISES", "研究所")]),
    ("品牌方应当与供应商共同协作，保障产品质量。", [("品牌方", "COLLABORATES_WITH", "供应商")]),
    (
        "学校应当为学生和家长提供心理咨询服务。",
        [("学校", "SERVES", "学生"), ("学校", "SERVES", "家长")],
    ),
    (
        "市场监督管理部门应当对食品生产企业进行监督检查。",
        [("市场监督管理部门", "SUPERVISES", "食品生产企业")],
    ),
    ("消费者向商家反馈商品质量问题。", [("消费者", "GIVES_FEEDBACK_TO", "商家")]),
    # a verb cue is the whole word, not the first half an alternation tries (监督|监督管理)
    ("市交通局应当监督管理网约车平台。", [("市交通局", "SUPERVISES", "网约车平台")]),
    (
        "市交通局负责监督管理出租车公司、网约车平台的运营服务。",
        [("市交通局", "SUPERVISES", "出租车公司"), ("市交通局", "SUPERVISES", "网约车平台")],
    ),
    # a verb cue after a determiner of names (本, 该) names a text: 本通知 informs no one
    ("社会福利机构应当做好工作，本通知发布前入住的老人按原办法执行。", []),
    # …but never inside a body's or a text's name (丁监督管理局, 戊监督管理条例)
    (
        "甲省食品药品监督管理局应当报国家食品药品监督管理总局备案。",
        [("甲省食品药品监督管理局", "REPORTS_TO", "国家食品药品监督管理总局")],
    ),
    (
        "网络平台未采取必要措施的，依法与该经营者承担连带责任。",
        [("网络平台", "JOINTLY_LIABLE_WITH", "经营者")],
    ),
    ("平台应当要求主播如实介绍商品。", [("平台", "REQUIRES", "主播")]),
    ("学校应当定期检查消防设施。", []),
    # a bare 报 B after a comma, 并 or a modal files with B, also when read glued to B's name
    (
        "区文旅局应当提出审核意见，报市人民政府。",
        [("区文旅局", "REPORTS_TO", "市人民政府")],
    ),
    ("报刊发行单位应当依法经营。", []),
    # federations, standing committees, project teams and relatives are parties
    (
        "区文化馆应当为项目组和文联提供场地。",
        [("区文化馆", "SERVES", "项目组"), ("区文化馆", "SERVES", "文联")],
    ),
    ("区政府应当向区人大常委会报告工作。", [("区政府", "REPORTS_TO", "区人大常委会")]),
    ("医院应当及时通知患者亲属。", [("医院", "INFORMS", "患者亲属")]),
    # herders, managers and the Red Cross are parties too
    ("畜牧站应当为牧民提供技术指导。", [("畜牧站", "SERVES", "牧民")]),
    ("项目经理应当向部门负责人报告进展。", [("项目经理", "REPORTS_TO", "部门负责人")]),
    ("区红十字会应当为志愿者提供培训。", [("区红十字会", "SERVES", "志愿者")]),
    # persons by their place in a school, a journal or an audience, and small bodies
    # (师生, 编辑, 受众, 顾客, 分会) are parties, as 学生 and 委员会 are
    (
        "甲学院应当为师生和受众提供讲座。",
        [("甲学院", "SERVES", "师生"), ("甲学院", "SERVES", "受众")],
    ),
    ("甲学院应当为本校师生提供讲座。", [("甲学院", "SERVES", "本校师生")]),
    ("作者应当向期刊编辑提交数据。", [("作者", "REPORTS_TO", "期刊编辑")]),
    ("乙商场应当为顾客提供寄存服务。", [("乙商场", "SERVES", "顾客")]),
    ("甲协会与各地分会合作开展调研。", [("甲协会", "COLLABORATES_WITH", "各地分会")]),
    (
        "甲学院应当为研究生和高中生提供讲座。",
        [("甲学院", "SERVES", "研究生"), ("甲学院", "SERVES", "高中生")],
    ),
    ("乙课题组应当向调查组提供数据。", [("乙课题组", "SERVES", "调查组")]),
    (
        "丙县农业局应当为兽医和百姓提供培训。",
        [("丙县农业局", "SERVES", "兽医"), ("丙县农业局", "SERVES", "百姓")],
    ),
    (
        "甲中心应当为同学和顾问提供场地。",
        [("甲中心", "SERVES", "同学"), ("甲中心", "SERVES", "顾问")],
    ),
    ("派出所应当为失主提供帮助。", [("派出所", "SERVES", "失主")]),
    # a party said to be another's clients
    ("社区居民是街道服务中心的主要服务对象。", [("街道服务中心", "SERVES", "社区居民")]),
    (
        "甲基金会应当为精英和金主提供服务。",
        [("甲基金会", "SERVES", "精英"), ("甲基金会", "SERVES", "金主")],
    ),
    # a passive role (被投诉人) is a party after a cue as well as before a modal
    ("区文旅局应当及时告知被投诉人。", [("区文旅局", "INFORMS", "被投诉人")]),
    ("区文旅局应当对被投诉人进行调查。", [("区文旅局", "SUPERVISES", "被投诉人")]),
    # modifiers the dictionary tags as verbs open names of parties (留守儿童, 殡葬服务单位)
    (
        "区民政局应当为留守儿童和新婚夫妻提供帮扶。",
        [("区民政局", "SERVES", "留守儿童"), ("区民政局", "SERVES", "新婚夫妻")],
    ),
    ("区民政局应当对殡葬服务单位进行检查。", [("区民政局", "SUPERVISES", "殡葬服务单位")]),
    ("外卖平台应当对入网商户进行审核。", [("外卖平台", "SUPERVISES", "入网商户")]),
    # 提请 B 处理 reports to B; 提请 B 注意/阅读 informs B
    ("街道办事处可以提请区文旅局依法处理。", [("街道办事处", "REPORTS_TO", "区文旅局")]),
    ("售票点应当以醒目方式提请游客阅读须知。", [("售票点", "INFORMS", "游客")]),
    # a bare 报 after 及时 or a modal reports to the parties after it
    (
        "维修站发现险情要及时报区房管局、物业公司。",
        [("维修站", "REPORTS_TO", "区房管局"), ("维修站", "REPORTS_TO", "物业公司")],
    ),
    # the party closing a relative clause after 将 is what is filed, not who files it
    (
        "区农业局应当将乡镇推荐的示范合作社报市农业局备案。",
        [("区农业局", "REPORTS_TO", "市农业局")],
    ),
    # a body named only as the unit its staff belong to does not supervise them; a body
    # named in its own right does
    (
        "巡查员玩忽职守的，由其所在单位或者上级主管部门对巡查员给予处分。",
        [("上级主管部门", "SUPERVISES", "巡查员")],
    ),
    # handing something back or over to a body reports to it; information copied to it informs it
    ("承租单位应当将门禁卡交回物业服务企业。", [("承租单位", "REPORTS_TO", "物业服务企业")]),
    (
        "社区服务中心应当将走访情况抄送街道办事处。",
        [("社区服务中心", "INFORMS", "街道办事处")],
    ),
    # 对 B 提供 reads like 为 B 提供; B's own provision (对 B 提供的材料) is not served
    (
        "物业公司应当对老年业主、残疾业主等提供上门帮扶。",
        [("物业公司", "SERVES", "老年业主"), ("物业公司", "SERVES", "残疾业主")],
    ),
    ("乙公司应当对甲公司提供的样品进行检验。", []),
    # a four-character verbal noun coordinated before the cue's verb: both are read
    (
        "物业公司应当加强对保洁人员的教育培训和管理。",
        [("物业公司", "SUPERVISES", "保洁人员"), ("物业公司", "SERVES", "保洁人员")],
    ),
    # a plain verb joined by 、 or 和 to a directive shares its party (引导、陪同 B)
    ("物业公司应当引导、陪同业主参加消防演练。", [("物业公司", "REQUIRES", "业主")]),
    # ... also a verb the tagger reads as a noun (陪伴), after 、
    ("护工应当督促、陪伴患者完成康复训练。", [("护工", "REQUIRES", "患者")]),
    ("护工应当督促并陪伴患者完成康复训练。", [("护工", "REQUIRES", "患者")]),
    # guidance given as a service (对 B 进行…指导) serves B; 对 B 的指导 requires, and an
    # authority's (a public body, an association over its members) supervises
    ("消费者协会应当对经营者进行合规指导。", [("消费者协会", "SERVES", "经营者")]),
    # care or health services done to a party (对 B 进行随访/治疗/知识的普及) serve it
    ("卫生院应当对出院患者进行定期随访。", [("卫生院", "SERVES", "出院患者")]),
    ("卫生院应当对村民进行卫生知识的普及。", [("卫生院", "SERVES", "村民")]),
    (
        "物业公司应当加强对业主开展装修活动的指导。",
        [("物业公司", "REQUIRES", "业主")],
    ),
    (
        "消费者协会应当加强对经营者开展促销活动的指导。",
        [("消费者协会", "SUPERVISES", "经营者")],
    ),
    (
        "卫生健康部门应当加强对医疗机构投诉工作的指导。",
        [("卫生健康部门", "SUPERVISES", "医疗机构")],
    ),
    # 推动/促进 B 做… is no demand put to B (most annotated texts give it no row)
    ("科技局应当推动高校开展成果转化。", []),
    ("科技局应当推动高校科研成果转化。", []),
    ("科技局应当促进高校和企业之间的交流。", []),
    # an opening purpose belongs to the next clause's subject, not to a verb phrase two
    # clauses on that the chunker read as a name
    (
        "为了促进机关和大型企业及时支付款项，维护供应商权益，优化营商环境，制定本条例。",
        [],
    ),
    ("为了鼓励会员参与更多活动，俱乐部通常会设计多种奖励。", [("俱乐部", "REQUIRES", "会员")]),
    # noun modifiers that the chunker left before a party's head belong to its name
    (
        "保险机构应当对移动应用注册用户进行身份核验。",
        [("保险机构", "SUPERVISES", "移动应用注册用户")],
    ),
    (
        "诊所应当将废液交由污水集中处置单位进行处置。",
        [("诊所", "CONTRACTS_WITH", "污水集中处置单位")],
    ),
    # a cue verb inside the object's own longer name is no verb (农民合作社: not 与农民合作)
    (
        "卫生部门可以会同民政部门和农民合作社，委托医院开展康复培训。",
        [
            ("卫生部门", "COLLABORATES_WITH", "民政部门"),
            ("卫生部门", "COLLABORATES_WITH", "农民合作社"),
            ("卫生部门", "CONTRACTS_WITH", "医院"),
        ],
    ),
    # the party after a preposition of means is the channel, the clause's subject acts
    (
        "物业公司应当通过业主委员会向业主公示维修资金使用情况。",
        [("物业公司", "INFORMS", "业主")],
    ),
    # accepting B's guidance and supervision: B supervises (guidance accepted is supervision)
    ("行业协会应当接受民政部门的指导和监督。", [("民政部门", "SUPERVISES", "行业协会")]),
    ("护林队应当接受林业站的指导和安排。", [("林业站", "SUPERVISES", "护林队")]),
    # working under B's guidance or leadership (在 B (的)指导/领导下): B supervises
    ("棋类协会在文体局的指导下举办比赛。", [("文体局", "SUPERVISES", "棋类协会")]),
    ("棋类协会在文体局的指导和监督下举办比赛。", [("文体局", "SUPERVISES", "棋类协会")]),
    # checks a party is to assist (对甲局开展的监督检查予以配合): the checking body
    # supervises the party, never the other way round
    (
        "棋类协会应当对文体局依法开展的监督检查予以配合。",
        [("文体局", "SUPERVISES", "棋类协会")],
    ),
    ("气象站在区政府领导下开展预警工作。", [("区政府", "SUPERVISES", "气象站")]),
    # coordinated parties acting jointly (联合 V) collaborate; 采取联合…措施 names a measure
    (
        "消防站、派出所和医院联合开展演练。",
        [
            ("消防站", "COLLABORATES_WITH", "医院"),
            ("派出所", "COLLABORATES_WITH", "医院"),
            ("消防站", "COLLABORATES_WITH", "派出所"),
        ],
    ),
    ("消防站和派出所联合巡查。", [("消防站", "COLLABORATES_WITH", "派出所")]),
    # a list closed by 等 and a bare head, then an adverb: the listed bodies act together
    ("区商务局、区财政局等单位共同制定了办法。", [("区商务局", "COLLABORATES_WITH", "区财政局")]),
    ("税务局和海关应当采取联合惩戒措施。", []),
    # a report sent to B for review (送交 B 审核, 经 B 审核): B reviews, so supervises, the sender,
    # who reports to B when it sends the report (as with 报 B 审核)
    (
        "合作社应当编制财务报告，送交农业局审核。",
        [("农业局", "SUPERVISES", "合作社"), ("合作社", "REPORTS_TO", "农业局")],
    ),
    ("合作社的年度预算应当经农业局审核。", [("农业局", "SUPERVISES", "合作社")]),
    # under B's encouragement the party is still only required
    ("棋类协会在文体局的引导下举办比赛。", [("文体局", "REQUIRES", "棋类协会")]),
    # a directive glued to the party it addresses through 其 (责令其监护人 read as a name)
    ("民政部门可以责令其监护人履行监护职责。", [("民政部门", "REQUIRES", "监护人")]),
    (
        "学生有严重不良行为的，学校可以责令其家长或者其他监护人加强管教。",
        [("学校", "REQUIRES", "家长"), ("学校", "REQUIRES", "监护人")],
    ),
    # a thing as the subject (a noun before an adverb or a preposition): no party acts,
    # so no zero subject is left for the context to fill
    ("手册也为志愿者提供了详细的操作说明。", []),
    # guidance of B's work (对 B 及时…工作进行指导) is no service to B
    ("卫生部门应当对医疗机构及时采购药品工作进行指导。", []),
    # sharing a concern or a need (共同关注, 共同需要) is no joint action
    ("科技协会、高校和企业应当共同关注人才培养问题。", []),
    ("医院应当与学校共同关注学生心理健康。", []),
    # 处罚 heading a noun (处罚案件, 处罚决定) is no sanction of the party before it
    ("对经营者主动改正的处罚案件，监管部门应当从轻办理。", []),
    # a call on many sides to exert themselves together (共同发力) names no joint action
    ("今后还需要行业协会、社区、学校、家长等都联合起来共同发力。", []),
    # a verb cue before a one-character noun is part of a noun (审核制), not a directive
    ("协会建立了管理制度，包括会员审核制、律师评议制等。", []),
    # the ten types, each from an invented sentence
    ("行业协会应当督促会员单位遵守公约。", [("行业协会", "REQUIRES", "会员单位")]),
    ("物业公司应当及时告知业主停水安排。", [("物业公司", "INFORMS", "业主")]),
    ("运营方应当向监管机构报送年度报告。", [("运营方", "REPORTS_TO", "监管机构")]),
    # the provincial formula after a seat word or 各 stays one party
    (
        "运营方应当向所在地省、自治区、直辖市林业部门报送年度报告。",
        [("运营方", "REPORTS_TO", "所在地省、自治区、直辖市林业部门")],
    ),
    (
        "林业总局对各省、自治区、直辖市林业部门的审批工作进行监督。",
        [("林业总局", "SUPERVISES", "各省、自治区、直辖市林业部门")],
    ),
    ("旅客可以向铁路运输企业投诉。", [("旅客", "GIVES_FEEDBACK_TO", "铁路运输企业")]),
    ("县政府应当加强对承包单位的督察。", [("县政府", "SUPERVISES", "承包单位")]),
    # explaining to a party informs it; a request for review is a complaint; an inspection
    # one undergoes is supervision
    ("导游应当向游客讲解景区规定。", [("导游", "INFORMS", "游客")]),
    (
        "投保人对理赔结论有异议的，可以向保险监管机构提出复议申请。",
        [("投保人", "GIVES_FEEDBACK_TO", "保险监管机构")],
    ),
    ("船员应当每年接受海事管理机构的考核。", [("海事管理机构", "SUPERVISES", "船员")]),
    ("出租人应当与承租人签订书面合同。", [("出租人", "CONTRACTS_WITH", "承租人")]),
    ("承运人应当赔偿托运人的损失。", [("承运人", "COMPENSATES", "托运人")]),  # a named owner
    ("承运人应当满足托运人的需求。", []),  # 托运人的需求: no cue, and the head is no party
    # a bare or counted person (人, 每人, 一人) names no party, nor does a questioned one (哪些部门)
    ("医院要求每人佩戴口罩。", []),
    ("卫生院应鼓励一人兼任多个岗位。", []),
    ("学生要学会与人合作。", []),
    ("企业智库应以哪些决策部门为服务对象？", []),
    # a closing 等 before 的 (甲、乙等的合作) keeps the parties modifiers of the noun
    (
        "协会应当促进企业与科研院所、高校等的合作。",
        [("企业", "COLLABORATES_WITH", "科研院所"), ("企业", "COLLABORATES_WITH", "高校")],
    ),
    ("街道办事处应当督促指导物业服务企业。", [("街道办事处", "REQUIRES", "物业服务企业")]),
    ("承运人应当对托运人承担赔偿责任。", [("承运人", "COMPENSATES", "托运人")]),
    (
        "造成乘客损害的，客运企业应当承担赔偿责任。",
        [("客运企业", "COMPENSATES", "乘客")],
    ),
    ("社区卫生机构接受卫生健康部门的监督。", [("卫生健康部门", "SUPERVISES", "社区卫生机构")]),
    (
        "违反本条例规定的，由卫生健康部门责令改正。",
        [],  # the sanctioned party is not named
    ),
    (
        "托育机构违反本条例规定的，由卫生健康部门责令改正。",
        [("卫生健康部门", "SUPERVISES", "托育机构")],
    ),
    # the subject of a condition after a relative clause (承办…的乙公司…的，由丙局…)
    (
        "承办展会的乙公司擅自变更场地的，由丙局责令改正。",
        [("丙局", "SUPERVISES", "乙公司")],
    ),
    # a subject after a relative clause acts, also with an adverb before its modal
    (
        "甲局负责统筹工作，设在各区的服务中心同样可以为居民提供咨询。",
        [("服务中心", "SERVES", "居民")],
    ),
    # the party a sanction names after 责令 is supervised by the agent 由 names, also when
    # the chunker read agent, verb and party as one name
    (
        "违反本规定，新建小区未配建停车设施的，由交通部门责令建设单位限期补建。",
        [("交通部门", "SUPERVISES", "建设单位")],
    ),
    # a subject imposing a sanction on no named party after a condition (…的，乙应当责令改正)
    # supervises the condition's actor, as 由乙责令改正 does; a named party is required
    (
        "物业公司违反本办法规定的，住房和城乡建设部门应当责令限期改正。",
        [("住房和城乡建设部门", "SUPERVISES", "物业公司")],
    ),
    # … also with 依法处罚 (no 予以), and for a list named first as the topic, whose
    # parties act in the condition after it; a party after 及其 is one of the list
    (
        "甲公司违反本办法规定的，区市场监管局依法处罚。",
        [("区市场监管局", "SUPERVISES", "甲公司")],
    ),
    (
        "装修、保洁等单位及其雇员，发现存在违规行为的，区商务局依法处罚。",
        [
            ("区商务局", "SUPERVISES", "装修单位"),
            ("区商务局", "SUPERVISES", "保洁单位"),
            ("区商务局", "SUPERVISES", "雇员"),
        ],
    ),
    ("甲公司违反本办法规定的，区市场监管局作出处罚决定。", []),  # a step, no sanction
    # … and for the parties of a topic 对 opens before the sanctioning subject (a reward
    # is no sanction)
    (
        "对负有责任的教职员，区教育局或者学校应当给予行政处分。",
        [("区教育局", "SUPERVISES", "教职员"), ("学校", "SUPERVISES", "教职员")],
    ),
    ("对表现突出的教职员，区教育局应当给予奖励。", []),
    # a list of bodies such a topic names is sanctioned by the agent 由 names, each body
    # (对违规的甲企业和乙单位，由…); a list of staff is the boilerplate discipline of staff
    (
        "对有下列情形之一的甲企业和乙单位，由其主管部门或者丙协会给予通报批评。",
        [
            ("主管部门", "SUPERVISES", "甲企业"),
            ("主管部门", "SUPERVISES", "乙单位"),
            ("丙协会", "SUPERVISES", "甲企业"),
            ("丙协会", "SUPERVISES", "乙单位"),
        ],
    ),
    ("对直接负责的甲类人员和其他直接责任人员，由其上级主管部门给予处分。", []),
    # a list closed by 等 + its head ends before the violation it commits; the sanctioning
    # levels (市、区) do not sanction one another
    (
        "施工、监理等单位违反本办法的，市、区建设部门应当责令改正。",
        [
            ("市建设部门", "SUPERVISES", "施工单位"),
            ("市建设部门", "SUPERVISES", "监理单位"),
            ("区建设部门", "SUPERVISES", "施工单位"),
            ("区建设部门", "SUPERVISES", "监理单位"),
        ],
    ),
    ("物业公司违反本办法规定的，街道办事处应当及时处理。", []),
    ("业主投诉的，住房和城乡建设部门应当依法处理。", []),  # a complaint is no violation
    # a relative clause of one verb after the agent names the party that acts (由甲局指定的乙)
    (
        "甲公司未按规定公示价格的，由物价局指定的部门责令改正。",
        [("部门", "SUPERVISES", "甲公司")],
    ),
    # the agent 由 names at a clause's opening acts in the clauses chained after it
    (
        "该场地的设置，由文体局征求街道办事处意见后，报区政府批准。",
        [("街道办事处", "GIVES_FEEDBACK_TO", "文体局"), ("文体局", "REPORTS_TO", "区政府")],
    ),
    # submitting to a body for approval (报 B 批准) reports to it; B's approval is no
    # supervision stated (经 B 审核 and 送交 B 审核 are)
    ("文体局应当制定场馆规划，报区政府批准后实施。", [("文体局", "REPORTS_TO", "区政府")]),
    (
        "对违规经营的，由商务局依法查处，并将相关信息向信用平台归集。",
        [("商务局", "REPORTS_TO", "信用平台")],
    ),
    # regulating a party's conduct supervises it; a title names a text and states nothing
    ("市场监管局应当规范物业公司的收费行为。", [("市场监管局", "SUPERVISES", "物业公司")]),
    ("市场监管局应当执行《关于规范物业公司收费行为的通知》。", []),
    ("市场监管局应当执行《关于督促物业公司公开收费标准的通知》。", []),
    ("文体局应当完善场馆描述规范、提供会员预约服务。", []),
    # 配合 B 的…: working with B on its own task is working with B
    ("物业公司应当配合消防部门的检查。", [("物业公司", "COLLABORATES_WITH", "消防部门")]),
    # coordination: one row per pair; co-objects are not paired
    (
        "运营方应当与承包商及监理单位共同协作。",
        [("运营方", "COLLABORATES_WITH", "承包商"), ("运营方", "COLLABORATES_WITH", "监理单位")],
    ),
    ("医院与卫生院之间的合作日益紧密。", [("医院", "COLLABORATES_WITH", "卫生院")]),
    # prohibitions and failures are not relations
    ("运营方不得向乘客收取额外费用。", []),
    ("运营方未向监管机构报送年度报告的，予以警告。", []),
    ("承运人对托运人未尽到告知义务。", []),
    # an act a party rarely does, will not do or neglects is a failure: no relation
    ("多数教师很少向家长介绍课程安排。", []),
    ("部分企业不会向消费者提供发票。", []),
    ("有些商家忽视了为消费者提供售后服务。", []),
    # 为 B 带来 serves B with gains B receives, not with an effect on B
    ("直播平台能为商户带来大量订单。", [("直播平台", "SERVES", "商户")]),
    ("新的服务模式能给读者带来益处。", []),
    ("图书馆究竟给读者带来了怎样的价值？", []),
    # a verb the chunker read into a name after an adverb or a predicate coordinator
    # (及时通报甲局, 或者通报乙部门) opens a predicate: the rest of the "name" is addressed
    ("监理单位应当依法处理，或者通报主管部门。", [("监理单位", "INFORMS", "主管部门")]),
    ("监理单位发现问题的，应当及时通报公安机关。", [("监理单位", "INFORMS", "公安机关")]),
    ("由甲局或者监督机构处理。", []),
    # 被 + the act done to a party names the other side of a procedure (被约谈单位), not
    # the party that acts (约谈单位); 被 before a noun is a passive's agent (被甲公司投诉的)
    ("督办单位应当审核被督办单位的整改情况。", [("督办单位", "SUPERVISES", "被督办单位")]),
    ("督办单位应当督促被督办单位完成整改。", [("督办单位", "REQUIRES", "被督办单位")]),
    ("挂牌单位应当向被挂牌单位下发通知书。", [("挂牌单位", "INFORMS", "被挂牌单位")]),
    ("监理单位应当对被甲公司投诉的业主进行调查。", [("监理单位", "SUPERVISES", "业主")]),
    # a list closed by 等 and a label naming its kind (甲、乙等金融机构): the members are the
    # ends, and the cue's verb may follow the label
    ("监管局应当向公安机关等执法机构报告。", [("监管局", "REPORTS_TO", "公安机关")]),
    (
        "监管局应当为商业银行和保险公司等金融机构提供服务。",
        [("监管局", "SERVES", "商业银行"), ("监管局", "SERVES", "保险公司")],
    ),
    ("监管局应当与网信办等数据管理机构开展执法协作。", [("监管局", "COLLABORATES_WITH", "网信办")]),
    ("鼓励企业、社会组织和公民等社会力量支持教育。", []),
    # a loss or a risk brought to B is harm, not a service (带来业务损失)
    ("这次停电给商户带来了业务损失。", []),
    ("直播平台为商户带来大量业务。", [("直播平台", "SERVES", "商户")]),
    # monitoring or following up a party supervises it; a device or a technique named by
    # the verb, or a follow-up of a case with 对, does not
    ("市交通委应当跟踪作业单位的整改情况。", [("市交通委", "SUPERVISES", "作业单位")]),
    ("董事会应当监控管理层的表现。", [("董事会", "SUPERVISES", "管理层")]),
    ("乙单位应当接受市交通委的跟踪。", [("市交通委", "SUPERVISES", "乙单位")]),
    ("建立视频监控系统的码头经营人应当保存图像。", []),
    # 请 asks a named party to act; a polite imperative, 报请 or 邀请 asks no one
    ("甲公司应当及时请乙公司协助核查。", [("甲公司", "REQUIRES", "乙公司")]),
    ("请勿冒充失主领取物品。", []),
    ("甲公司与乙公司达成交易。", [("甲公司", "CONTRACTS_WITH", "乙公司")]),
    ("甲局可以与此类院校建立合作关系。", [("甲局", "COLLABORATES_WITH", "院校")]),
    # a relation verb glued to a noun of a duty or a record names that noun, no act
    ("市交通委可以邀请负有监管职责的乙局参加会议。", []),
    ("甲局应当将约谈纪要抄送丙局。", [("甲局", "REPORTS_TO", "丙局")]),
    ("甲局应当要求责任单位整改。", [("甲局", "REQUIRES", "责任单位")]),
    ("甲会应当规管乙公司的经营。", [("甲会", "SUPERVISES", "乙公司")]),
    ("甲局多次催促乙公司整改。", [("甲局", "REQUIRES", "乙公司")]),
    ("甲局应当检查技术要求高的乙单位。", [("甲局", "SUPERVISES", "乙单位")]),
    ("甲局应当将技术评估意见反馈乙单位。", [("甲局", "INFORMS", "乙单位")]),
    ("用户可以将意见反馈乙平台。", [("用户", "GIVES_FEEDBACK_TO", "乙平台")]),
    # an agreement reached with a party on a matter is a contract with it
    (
        "甲公司与乙方应当就赔偿损失等事项达成书面协议。",
        [("甲公司", "CONTRACTS_WITH", "乙方")],
    ),
    # an act a party need not or cannot do is no relation either
    ("出版社发布书目无需报经主管部门同意。", []),
    ("协会不可能要求所有会员都亲自到场。", []),
    ("小型机构难以向用户提供全天候服务。", []),
    # an act exempted or not wanted is none either
    ("主管部门对该企业作出了免于监管的决定。", []),
    ("多数教师不希望对学生进行排名评价。", []),
    # fostering a market or a trait that a party only modifies serves no one
    ("政府应当培育智库市场的健康发展。", []),
    ("县政府应当培育社区养老服务机构。", [("县政府", "SERVES", "社区养老服务机构")]),
    # 联合 opening a name or a title is no joint act
    ("甲委员会的联合主席由乙部部长担任。", []),
    ("学会和协会应借助联合国的倡议开展宣传。", []),
    # 约束力 is the binding force of a text, no party's supervision
    ("商户签署承诺书后，承诺书对商户和市场管理方均具有约束力。", []),
    # 平台内: a place, not the party
    ("监管部门应当对平台内的商品进行检查。", []),
    # 为 B 的权益: B is a modifier, not the receiver
    ("学校为学生权益提供保障。", []),
    # a relative clause between the cue and the party
    (
        "平台应当提示尚未登记的商户办理登记。",
        [("平台", "INFORMS", "商户")],
    ),
    # 其 stands for a party named earlier in the sentence
    (
        "经营者根据用户的偏好向其推荐商品，并向其提供说明。",
        [("经营者", "SERVES", "用户")],
    ),
    # so do the plural third-person pronouns 他们 and 她们
    (
        "站长要经常与志愿者交流，多听取他们的建议。",
        [("志愿者", "GIVES_FEEDBACK_TO", "站长")],
    ),
    ("店长应当多与店员沟通，并引导她们提升技能。", [("店长", "REQUIRES", "店员")]),
    # a name closed by 号 is an account's, no party (公众号)
    ("平台为公众号运营者提供推送服务。", [("平台", "SERVES", "公众号运营者")]),
    ("平台为微信公众号提供推送服务。", []),
    ("校园公众号为用户提供资讯。", []),
    # a clause the writer or the reader opens (我们, 您) borrows no party from the one before
    ("平台不提供售后服务，您可以向商家投诉。", []),
    ("协会不负责调解，我们建议向法院起诉。", []),
    # also inside a quotation: the speaker's 我们 is no party of the context
    ("乙委员会宣布，“我们积极鼓励研究人员分享论文手稿”。", []),
    ("乙委员会宣布，「我们将要求会员企业提交报告」。", []),
    ("平台不提供售后服务，商家可以向协会投诉。", [("商家", "GIVES_FEEDBACK_TO", "协会")]),
    # and a plural one stands for every party of the group named last (甲和乙 → both)
    (
        "馆方要引导讲解员和志愿者提升技能，帮助他们熟悉展品。",
        [
            ("馆方", "REQUIRES", "讲解员"),
            ("馆方", "REQUIRES", "志愿者"),
            ("馆方", "SERVES", "讲解员"),
            ("馆方", "SERVES", "志愿者"),
        ],
    ),
    # the outcome of handling fed back to a party informs it; a party's own 反馈 is feedback
    ("服务中心应当将处理结果反馈居民。", [("服务中心", "INFORMS", "居民")]),
    ("租户可以反馈管理处。", [("租户", "GIVES_FEEDBACK_TO", "管理处")]),
    # a directive hands the rest of the clause to its addressee
    (
        "管理处应当告知租户可以向仲裁机构申请仲裁。",
        [("管理处", "INFORMS", "租户"), ("租户", "REPORTS_TO", "仲裁机构")],
    ),
    # coordinated subjects of a reciprocal predicate are paired
    (
        "公安、交通运输等部门要加强信息共享，建立联合执法机制。",
        [("公安部门", "COLLABORATES_WITH", "交通运输部门")],
    ),
    # a party right before the preposition acts, not the clause's subject
    (
        "街道办事处应当指导物业服务企业为居家老年人提供服务。",
        [
            ("街道办事处", "REQUIRES", "物业服务企业"),
            ("物业服务企业", "SERVES", "居家老年人"),
        ],
    ),
    # encouragement without a named encourager gives only the inner relation
    ("鼓励物业服务企业为居家老年人提供服务。", [("物业服务企业", "SERVES", "居家老年人")]),
    # generic classes of persons are no ends
    ("任何单位和个人可以向教育行政部门举报。", []),
    # co-objects of a preposition are not paired with each other
    (
        "研究院应当与高校和医院加强合作。",
        [("研究院", "COLLABORATES_WITH", "高校"), ("研究院", "COLLABORATES_WITH", "医院")],
    ),
    ("街道办事处应当对物业服务企业给予资金支持。", [("街道办事处", "SERVES", "物业服务企业")]),
    ("运营方应当在监管机构的监督下开展工作。", [("监管机构", "SUPERVISES", "运营方")]),
    ("监管机构应当将运营方纳入重点监管。", [("监管机构", "SUPERVISES", "运营方")]),
    ("运营方应当及时受理乘客的投诉。", [("乘客", "GIVES_FEEDBACK_TO", "运营方")]),
    (
        "乘客可以要求承运人赔偿。",
        [("乘客", "REQUIRES", "承运人"), ("承运人", "COMPENSATES", "乘客")],
    ),
    # guidance and teaching of a party, also as verbal nouns after 对 B 的…
    (
        "体育局应当加强对各俱乐部开展青训工作的引导和检查。",
        [("体育局", "SUPERVISES", "俱乐部"), ("体育局", "REQUIRES", "俱乐部")],
    ),
    ("图书馆应当加强对读者的阅读指导。", [("图书馆", "REQUIRES", "读者")]),
    ("社区应当对居民加强垃圾分类知识的宣传教育。", [("社区", "SERVES", "居民")]),
    ("园区企业可以向慈善组织捐赠物资。", [("园区企业", "SERVES", "慈善组织")]),
    # a verb after a modal opens the predicate: it is no part of a party's name
    ("林业局应当监督苗木企业建立台账。", [("林业局", "SUPERVISES", "苗木企业")]),
    ("林业局应当会同水利部门制定规划。", [("林业局", "COLLABORATES_WITH", "水利部门")]),
    # 会同 before a name that opens with 同 (同行业…) is still one word
    (
        "检查标准由税务部门会同行业主管部门确定。",
        [("税务部门", "COLLABORATES_WITH", "行业主管部门")],
    ),
    # co-verbs share the actor and the object; the object acts only after its name
    (
        "区住建局负责指导监督本区物业和保安服务企业落实安全要求。",
        [("区住建局", "SUPERVISES", "本区物业和保安服务企业")],  # an authority's 指导
    ),
    # a sanction with a manner phrase before its verb
    (
        "旅行社违反本规定的，由文旅局、市场监管局按照各自职责责令改正。",
        [("文旅局", "SUPERVISES", "旅行社"), ("市场监管局", "SUPERVISES", "旅行社")],
    ),
    # finding a party's violation, refunding it, making it act, agreeing with it
    ("景区管理方发现商户有违规行为的，应当及时制止。", [("景区管理方", "SUPERVISES", "商户")]),
    ("商家应当退还消费者多收的费用。", [("商家", "COMPENSATES", "消费者")]),
    ("行业协会应当促使会员单位规范经营。", [("行业协会", "REQUIRES", "会员单位")]),
    ("出租人与承租人另有约定的，从其约定。", [("出租人", "CONTRACTS_WITH", "承租人")]),
    # inquiries of a party supervise it; a name holding a cue's verb is no verb
    (
        "税务局可以向纳税人、代理人调查。",
        [("税务局", "SUPERVISES", "纳税人"), ("税务局", "SUPERVISES", "代理人")],
    ),
    # a frame opened by 在 before a clause's subject (no comma) is an adverbial, for
    # relations as for duties; the subject acts in the clauses chained after it
    (
        "在暴雨时社区服务中心收留行人，为受困者提供食物。",
        [("社区服务中心", "SERVES", "行人"), ("社区服务中心", "SERVES", "受困者")],
    ),
    # the object of 对于 is the party after the whole preposition
    ("市场监管局对于网店经营者进行监督检查。", [("市场监管局", "SUPERVISES", "网店经营者")]),
    # heads of office holders, owners, carers and associations name parties as objects too
    ("理事会应当向理事通报财务情况。", [("理事会", "INFORMS", "理事")]),
    ("卫生院应当督促护工做好护理。", [("卫生院", "REQUIRES", "护工")]),
    ("平台应当要求广告主提供资质证明。", [("平台", "REQUIRES", "广告主")]),
    ("景区应当为导游提供休息场所。", [("景区", "SERVES", "导游")]),
    # a passive participle acts on no one
    ("被移交的档案馆应当在三日内签收。", []),
    # a reversed frame takes its party directly: 处理 inside a relative clause is no cue
    (
        "区教育局应当告知家长向有处理权限的市教育局申诉。",
        [("区教育局", "INFORMS", "家长"), ("家长", "GIVES_FEEDBACK_TO", "市教育局")],
    ),
    # co-verbs at a clause's start are no party's name
    (
        "卫生健康委应当指导、监督医院完善制度。",
        [("卫生健康委", "SUPERVISES", "医院")],
    ),
    # making things easier for a party serves it; strengthening the management of a
    # party's affairs supervises it
    ("图书馆应当开通线上预约，方便读者借阅。", [("图书馆", "SERVES", "读者")]),
    # a listed group after 与 is the co-operating side, not pairs among themselves
    (
        "地方政府应加强与高校、科研院所、专业企业的深度合作。",
        [
            ("地方政府", "COLLABORATES_WITH", "高校"),
            ("地方政府", "COLLABORATES_WITH", "科研院所"),
            ("地方政府", "COLLABORATES_WITH", "专业企业"),
        ],
    ),
    # 会同 B; 报告 B; a verb that opens the object's name is no co-verb (报送|监管部门)
    (
        "市公安局会同市卫生健康部门制定安全规范。",
        [("市公安局", "COLLABORATES_WITH", "市卫生健康部门")],
    ),
    ("企业应当立即报告公安机关。", [("企业", "REPORTS_TO", "公安机关")]),
    ("企业应当报送监管部门。", [("企业", "REPORTS_TO", "监管部门")]),
    # a directive verb after a complete name opens the predicate (…等部门|指导…)
    (
        "卫生健康部门应当会同教育、商务等部门指导监督校外供餐单位。",
        [
            ("卫生健康部门", "SUPERVISES", "校外供餐单位"),
            ("卫生健康部门", "COLLABORATES_WITH", "教育部门"),
            ("卫生健康部门", "COLLABORATES_WITH", "商务部门"),
        ],
    ),
    # a government's departments listed by field; a joint mechanism pairs them all
    (
        "县人民政府卫生、公安、交通等部门应当建立健全执法结果通报、监管资源信息共享机制。",
        [
            ("县人民政府卫生部门", "COLLABORATES_WITH", "县人民政府公安部门"),
            ("县人民政府卫生部门", "COLLABORATES_WITH", "县人民政府交通部门"),
            ("县人民政府公安部门", "COLLABORATES_WITH", "县人民政府交通部门"),
        ],
    ),
    # a joint action of the subject group, also after an adverbial clause
    (
        "公安、财政、交通等部门应当按照各自职责，共同做好安全保障工作。",
        [
            ("公安部门", "COLLABORATES_WITH", "财政部门"),
            ("公安部门", "COLLABORATES_WITH", "交通部门"),
            ("财政部门", "COLLABORATES_WITH", "交通部门"),
        ],
    ),
    # a long enumeration of departments doing their parts of a common task: no pairs
    (
        "消防、水务、交通、园林、环保、文旅、体育、商务、粮食等部门应当按照各自职责，"
        "共同做好防汛工作。",
        [],
    ),
    # a long group acting jointly, with no share of its own for each: every pair
    (
        "消防、水务、交通、园林、环保、文旅、体育、商务、粮食部门联合开展防汛演练。",
        [
            (a + "部门", "COLLABORATES_WITH", b + "部门")
            for i, a in enumerate(_NINE_FIELDS)
            for b in _NINE_FIELDS[i + 1 :]
        ],
    ),
    # a ruling: the court supervises the party it orders, who then acts
    (
        "法院判决甲公司赔偿乙公司经济损失。",
        [("法院", "SUPERVISES", "甲公司"), ("甲公司", "COMPENSATES", "乙公司")],
    ),
    # a violation dealt with by an authority (…的，由 B 依法处理)
    (
        "餐饮外卖平台违反本规定的，由有关部门依法处理。",
        [("有关部门", "SUPERVISES", "餐饮外卖平台")],
    ),
    # a fine or discipline imposed with 对 B after the agent 由 names acts on B; with no agent
    # named, the violator of the condition fines no one
    (
        "甲厂违反本办法规定的，由区农业局责令改正，对甲厂负责人处一万元罚款。",
        [("区农业局", "SUPERVISES", "甲厂"), ("区农业局", "SUPERVISES", "甲厂负责人")],
    ),
    (
        "甲厂违反本办法规定的，由区农业局责令改正，对甲厂负责人给予处分。",
        [("区农业局", "SUPERVISES", "甲厂"), ("区农业局", "SUPERVISES", "甲厂负责人")],
    ),
    ("甲厂违反本办法规定的，对其负责人处一万元罚款。", []),
    ("区农业局对违规的甲厂处一万元罚款。", [("区农业局", "SUPERVISES", "甲厂")]),
    # the body that hands a case over to the sanctioning one in the clause before is not
    # the party it sanctions (…应当报告乙局，由乙局依法处理)
    (
        "区卫生院应当立即向公安机关报案，由公安机关依法处理。",
        [("区卫生院", "GIVES_FEEDBACK_TO", "公安机关")],
    ),
    (
        "对拒不改正的，区商务局应当将有关信息告知区执法局，由区执法局依法处罚。",
        [("区商务局", "INFORMS", "区执法局")],
    ),
    # a duty clause after a condition of another party acts through its own bearer
    # (甲死亡后，乙应当通知丙: 乙 notifies, not 甲)
    ("委托人死亡后，执行人应当及时通知接收单位办理手续。", [("执行人", "INFORMS", "接收单位")]),
    # reporting a case to the police; handing data over to a body
    ("医院应当及时向公安机关报案。", [("医院", "GIVES_FEEDBACK_TO", "公安机关")]),
    ("科研人员应当将科学数据汇交至数据中心。", [("科研人员", "REPORTS_TO", "数据中心")]),
    # a person named with an official title is a party
    ("张三书记要求各部门加强值守。", [("张三书记", "REQUIRES", "部门")]),
    # strengthened checks, invitations, hiring, building together
    ("网站平台应当加强用户真实身份核验。", [("网站平台", "SUPERVISES", "用户")]),
    ("专家应市政府之邀参加论证。", [("市政府", "REQUIRES", "专家")]),
    # 应 + a party + a noun of asking with no 的: the party's request is met
    ("某公司已应区政府要求，委任独立顾问开展调查。", [("区政府", "REQUIRES", "某公司")]),
    # an invitation asks, it requires nothing (the relation conventions list no 邀请)
    ("市政府邀请专家参加座谈。", []),
    ("研究团队可以邀请资深编码员对访谈记录进行复核。", []),
    ("学校聘请律师担任法律顾问。", [("学校", "CONTRACTS_WITH", "律师")]),
    # hiring experts or staff is employment, no contract between parties; a firm engaged is
    ("丙县林业局可以聘用护林技术人员开展巡护。", []),
    ("抢险指挥部应当聘请相关专家组成顾问团。", []),
    ("甲街道可以聘请义务监督员开展巡查。", []),
    ("区政府可以聘请甲公司提供评估服务。", [("区政府", "CONTRACTS_WITH", "甲公司")]),
    ("教师要与企业共建实训基地。", [("教师", "COLLABORATES_WITH", "企业")]),
    # care, resources offered for use, training given, problems solved, services bought
    ("医院应当及时救治患者。", [("医院", "SERVES", "患者")]),
    ("平台应当开放数据供用户使用。", [("平台", "SERVES", "用户")]),
    ("学校应当对新入职教师进行了岗前培训。", [("学校", "SERVES", "新入职教师")]),
    ("社区医生要为居民解决实际困难。", [("社区医生", "SERVES", "居民")]),
    ("政府应当购买社会组织的养老服务。", [("社会组织", "SERVES", "政府")]),
    ("物业公司应当加强业主装修信息管理。", [("物业公司", "SUPERVISES", "业主")]),
    # bodies that issue a document together collaborate
    (
        "市教委、市卫健委联合印发了实施方案。",
        [("市教委", "COLLABORATES_WITH", "市卫健委")],
    ),
    # a person a report names without a name (张某) is a party
    ("张某向法院提起诉讼。", [("张某", "GIVES_FEEDBACK_TO", "法院")]),
    # a verb cue modifying a noun has no object
    ("学校和家长是监督的重要力量。", []),
    # registering with a body, and sending it what it must receive
    ("民办学校应当在教育局登记。", [("民办学校", "REPORTS_TO", "教育局")]),
    ("开发公司应当在监管机构进行登记。", [("开发公司", "REPORTS_TO", "监管机构")]),
    ("承租人应当到物业服务企业办理退租手续。", [("承租人", "REPORTS_TO", "物业服务企业")]),
    ("检测机构应当上报卫生健康部门。", [("检测机构", "REPORTS_TO", "卫生健康部门")]),
    # general cue vocabulary of each type
    ("市场监管局应当督查餐饮企业落实整改。", [("市场监管局", "SUPERVISES", "餐饮企业")]),
    ("卫生监督机构应当抽查医疗机构的消毒情况。", [("卫生监督机构", "SUPERVISES", "医疗机构")]),
    ("街道办事处应当责成物业公司限期整改。", [("街道办事处", "REQUIRES", "物业公司")]),
    ("行业协会应当督促会员企业开展自律。", [("行业协会", "REQUIRES", "会员企业")]),
    ("志愿者应当照顾孤寡老人。", [("志愿者", "SERVES", "孤寡老人")]),
    ("科研人员应当向数据中心汇交科学数据。", [("科研人员", "REPORTS_TO", "数据中心")]),
    (
        "业主委员会可以向街道办事处提出改进物业管理的建议。",
        [("业主委员会", "GIVES_FEEDBACK_TO", "街道办事处")],
    ),
    ("承租人应当向出租人支付违约金。", [("承租人", "COMPENSATES", "出租人")]),
    (
        "居民委员会与物业公司同心协力做好防疫工作。",
        [("居民委员会", "COLLABORATES_WITH", "物业公司")],
    ),
    ("物业公司应当在五个工作日内向居民作出答复。", [("物业公司", "INFORMS", "居民")]),
    # a cue word inside a party's name between the object and the verb is no cue; the
    # objects a coordinator adds are objects too, a passive 被 kept in their names
    (
        "税务机关可以向纳税人、被投诉人或者证人询问情况。",
        [
            ("税务机关", "SUPERVISES", "纳税人"),
            ("税务机关", "SUPERVISES", "被投诉人"),
            ("税务机关", "SUPERVISES", "证人"),
        ],
    ),
    # a directive verb opens a predicate, never a party's name; 教育引导 teaches and guides
    (
        "行业协会应当制定自律公约，约束行业内成员的经营行为。",
        [("行业协会", "SUPERVISES", "行业内成员")],
    ),
    (
        "社区居民委员会应当教育引导居民自觉遵守公约。",
        [("社区居民委员会", "REQUIRES", "居民"), ("社区居民委员会", "SERVES", "居民")],
    ),
    ("学校可以将食堂交由餐饮企业经营。", [("学校", "CONTRACTS_WITH", "餐饮企业")]),
    # following a party's 要求 without 的; a complaint received; a ruling; advice given
    ("居民委员会应当按照街道办事处要求开展排查。", [("街道办事处", "REQUIRES", "居民委员会")]),
    ("电信企业应当及时受理用户申诉。", [("用户", "GIVES_FEEDBACK_TO", "电信企业")]),
    (
        "法院判令甲公司赔偿乙公司损失。",
        [("法院", "SUPERVISES", "甲公司"), ("甲公司", "COMPENSATES", "乙公司")],
    ),
    ("研究机构可以为政府出谋划策。", [("研究机构", "SERVES", "政府")]),
    # the agents 由 names act together; 与 B 联合 V is a joint action; 和 inside a
    # listed name is no coordinator
    (
        "具体标准由卫生健康部门会同财政部门确定。",
        [("卫生健康部门", "COLLABORATES_WITH", "财政部门")],
    ),
    ("由农业部门、科研院所合力推广新品种。", [("农业部门", "COLLABORATES_WITH", "科研院所")]),
    ("派出所与社区警务站联合办公。", [("派出所", "COLLABORATES_WITH", "社区警务站")]),
    # 会同 a government's departments of listed fields: each department is a partner
    (
        "县民政局应当会同县人民政府公安、卫生等部门开展检查。",
        [
            ("县民政局", "COLLABORATES_WITH", "县人民政府公安部门"),
            ("县民政局", "COLLABORATES_WITH", "县人民政府卫生部门"),
        ],
    ),
    # a group after 由 whose first word the tagger glues to it; a list closed by 等 + a count
    (
        "去年由林业局、水利局、气象局联合开展了调查。",
        [
            ("林业局", "COLLABORATES_WITH", "水利局"),
            ("林业局", "COLLABORATES_WITH", "气象局"),
            ("水利局", "COLLABORATES_WITH", "气象局"),
        ],
    ),
    (
        "林业局、水利局、气象局等3个部门联合印发了预案。",
        [
            ("林业局", "COLLABORATES_WITH", "水利局"),
            ("林业局", "COLLABORATES_WITH", "气象局"),
            ("水利局", "COLLABORATES_WITH", "气象局"),
        ],
    ),
    # a time word between the list's head and the joint verb (等部门近日联合…)
    (
        "林业局、水利局等部门近日联合印发了预案。",
        [("林业局", "COLLABORATES_WITH", "水利局")],
    ),
    (
        "市通信管理局、经济和信息化局联合开展检查。",
        [("市通信管理局", "COLLABORATES_WITH", "经济和信息化局")],
    ),
    # after a causative (让, 使) the party it names acts
    (
        "市政府应当创造条件，让志愿者协助社区居民委员会开展工作。",
        [("志愿者", "SERVES", "社区居民委员会")],
    ),
    ("学校应当完善制度，使家长能够向学校反馈意见。", [("家长", "GIVES_FEEDBACK_TO", "学校")]),
    # care for a party, help granted to it, a clause of its own inside 为…提供
    ("护理人员应当加强对患者的人文关怀。", [("护理人员", "SERVES", "患者")]),
    ("街道办事处应当给予低保户必要的帮助。", [("街道办事处", "SERVES", "低保户")]),
    ("教育局应当为乡村教师长期在偏远山区任教提供生活补贴。", [("教育局", "SERVES", "乡村教师")]),
    # a prepositional object glued to the verb and what follows it is cut before the verb
    ("培训机构应当向区教育局备案培训机构收费标准。", [("培训机构", "REPORTS_TO", "区教育局")]),
    # the agent 由 names acts for the cues after it in its clause
    ("检测报告由检测机构定期向卫生健康部门报送。", [("检测机构", "REPORTS_TO", "卫生健康部门")]),
    ("培训课程由行业协会统一为会员企业提供。", [("行业协会", "SERVES", "会员企业")]),
    # an authority's guidance supervises; anyone else's guides; a joined directive decides
    ("卫生健康部门应当指导医院制定应急预案。", [("卫生健康部门", "SUPERVISES", "医院")]),
    ("家长应当指导未成年人合理使用网络。", [("家长", "REQUIRES", "未成年人")]),
    ("市教育局应当指导、监督培训机构落实安全责任。", [("市教育局", "SUPERVISES", "培训机构")]),
    # the subject of an adverbial opener comes in the next clause
    (
        "通过与高校的合作，研究院能够培养人才。",
        [("研究院", "COLLABORATES_WITH", "高校")],
    ),
    # 报 B 备案/批准 reports; a reporting verb glued to its receiver is no subject
    ("物业公司应当制定应急预案，并报街道办事处备案。", [("物业公司", "REPORTS_TO", "街道办事处")]),
    ("区分局审核后，层报市公安局。", [("区分局", "REPORTS_TO", "市公安局")]),
    # a guessed word gluing a time word, a preposition and a division (前向区) is split
    ("培训机构应当在开业前向区教育局备案。", [("培训机构", "REPORTS_TO", "区教育局")]),
    # a document issued to a party (向/给 B 出具) serves it, as 为 B 出具 does
    ("经营者应当在结算前向消费者出具结算清单。", [("经营者", "SERVES", "消费者")]),
    ("培训机构应当向学员出具结业证书。", [("培训机构", "SERVES", "学员")]),
    ("社区卫生站可以给居民出具体检报告。", [("社区卫生站", "SERVES", "居民")]),
    # ... and one gluing the adverbial 地 to a preposition (有针对性地向)
    ("物业公司应当有针对性地向业主提示安全风险。", [("物业公司", "INFORMS", "业主")]),
    # a guessed word gluing a preposition to what follows (对托育) is split: the party is
    # 托育机构, once, and no end keeps the preposition
    ("区市场监管局应当加强对托育机构的安全监督。", [("区市场监管局", "SUPERVISES", "托育机构")]),
    # 未经 (without) negates nothing after it
    (
        "物业公司未经业主同意擅自改变用途造成业主损失的，应当承担赔偿责任。",
        [("物业公司", "COMPENSATES", "业主")],
    ),
    # 请求 B hands the clause to B, as 要求 does
    (
        "业主可以请求街道办事处督促物业公司整改。",
        [("业主", "REQUIRES", "街道办事处"), ("街道办事处", "REQUIRES", "物业公司")],
    ),
    (
        "分支机构应当向所在地市场监督管理部门进行登记。",
        [("分支机构", "REPORTS_TO", "所在地市场监督管理部门")],
    ),
    # 负责 B…的管理工作: B's conduct stands for B; the area determiner is dropped
    (
        "区人民政府负责本行政区域内养老机构服务质量的管理工作。",
        [("区人民政府", "SUPERVISES", "养老机构")],
    ),
    # a negation inside B's conduct (…拒不履行…的行为) does not negate the supervision
    (
        "消费者协会应当加强对经营者拒不履行退货义务行为的社会监督。",
        [("消费者协会", "SUPERVISES", "经营者")],
    ),
    # a verb cue heading a compound noun (促进工作) opens no relative clause before B
    ("省人民政府负责乡村振兴推进工作统筹协调的部门应当编制方案。", []),
    # a body named by its charge is one end, with its scope (县级负责甲工作的部门) or alone
    (
        "省人民政府负责乡村振兴推进工作统筹协调的部门对合作社进行监督检查。",
        [("省人民政府负责乡村振兴推进工作统筹协调的部门", "SUPERVISES", "合作社")],
    ),
    (
        "养老机构应当向县级负责养老服务管理的部门报告。",
        [("养老机构", "REPORTS_TO", "县级负责养老服务管理的部门")],
    ),
    # a seat word before the provincial formula keeps the formula one name
    (
        "养老机构应当向所在地省、自治区、直辖市民政部门报告。",
        [("养老机构", "REPORTS_TO", "所在地省、自治区、直辖市民政部门")],
    ),
    # a named body the charge only describes keeps its own name
    (
        "养老机构应当向负责日常工作的国家邮政总局报告。",
        [("养老机构", "REPORTS_TO", "国家邮政总局")],
    ),
    (
        "必要时，负责养老服务管理的部门可以对养老机构进行检查。",
        [("负责养老服务管理的部门", "SUPERVISES", "养老机构")],
    ),
    # after a preposition a verb and a noun ending in a head verbs modify name a body
    (
        "甲公司应当向监测工作部门报告情况。",
        [("甲公司", "REPORTS_TO", "监测工作部门")],
    ),
    (
        "县级公安机关应当及时呈报设区的市级公安机关审核。",
        [("县级公安机关", "REPORTS_TO", "设区的市级公安机关")],
    ),
    # self-references (本机关, 本单位, 本市) are no second party
    ("市场监督管理部门决定受理投诉的，可以由本机关处理。", []),
    ("设有食堂的单位应当对本单位浪费行为进行监督检查。", []),
    # 将 X 提供给/开放给 B serves B; 将 X 推送给/呈现给 B informs B
    ("图书馆应当定期将借阅统计报告提供给出版社。", [("图书馆", "SERVES", "出版社")]),
    ("平台应当将风险提示信息推送给用户。", [("平台", "INFORMS", "用户")]),
    # handing goods or money to B (分发给/借贷给 B) and donating to B (向 B 进行捐款) serve B;
    # two words naming the clients (重点目标服务对象) keep the cue
    ("图书馆将宣传手册分发给社区居民。", [("图书馆", "SERVES", "社区居民")]),
    ("合作社可以向慈善基金会进行捐款。", [("合作社", "SERVES", "慈善基金会")]),
    # becoming a party's partner collaborates with it; accepting a party's review (接受 B 审查)
    # is B's supervision
    ("图书馆可以成为研究院可靠的合作伙伴。", [("图书馆", "COLLABORATES_WITH", "研究院")]),
    # a list sent to a party (将清单发送 B) and a matter explained to it (向 B 诠释/讲述…) inform it
    ("供货商应当将发货清单发送档案馆。", [("供货商", "INFORMS", "档案馆")]),
    ("专家应当向村民诠释项目的技术原理。", [("专家", "INFORMS", "村民")]),
    # a committee named by its short form (…委会: 村委会, 管委会) is a party
    ("村委会为留守儿童提供课后托管服务。", [("村委会", "SERVES", "留守儿童")]),
    # accounting to a party (向 B 交代/述职) and a report written to it (写给 B) report to it;
    # a contract taken on from a party (承接 B 的…合同) is one made with it
    ("检查组应当向领导小组如实交代问题。", [("检查组", "REPORTS_TO", "领导小组")]),
    ("研究院专门把两份报告写给市长。", [("研究院", "REPORTS_TO", "市长")]),
    ("甲公司承接乙局的研究合同。", [("乙局", "CONTRACTS_WITH", "甲公司")]),
    # support or a donation received from a party (得到了来自 B 的资助, 获得 B 的捐赠): B serves
    ("研究院得到了来自基金会的资助。", [("基金会", "SERVES", "研究院")]),
    ("研究院受到基金会的支持和资助。", [("基金会", "SERVES", "研究院")]),
    ("研究院获得基金会的捐赠。", [("基金会", "SERVES", "研究院")]),
    ("研究所接受来自科技局的资助。", [("科技局", "SERVES", "研究所")]),
    ("基金会的账目应当接受审计机构审查。", [("审计机构", "SUPERVISES", "基金会")]),
    ("农科院以县政府为重点目标服务对象。", [("农科院", "SERVES", "县政府")]),
    # receiving B's request: B requires (收到 B 提出的…要求)
    ("销售者收到消费者提出的退货要求的，应当及时作出答复。", [("消费者", "REQUIRES", "销售者")]),
    # passing information on (将…信息移送 B) informs; a case or file handed on reports
    (
        "市公安局将涉案企业相关信息移送市场监督管理局和税务局。",
        [("市公安局", "INFORMS", "市场监督管理局"), ("市公安局", "INFORMS", "税务局")],
    ),
    ("区分局应当将案件移送检察院。", [("区分局", "REPORTS_TO", "检察院")]),
    # 其 prefers the subject of a clause before over a party inside its modifiers
    (
        "业主通过物业公司热线、街道办事处信箱等途径提出投诉的，区住建局可以告知其通过调解途径解决。",
        [("区住建局", "INFORMS", "业主")],
    ),
    # 信息共享平台 names a platform, not a sharing between the parties
    ("甲公司和乙公司应当按照规定将其违约记录共享到全市信用信息共享平台。", []),
    # 经 B 批准 (approval by B) supervises; 来自 B 的质疑 is B's feedback
    (
        "物业公司改变公共区域用途的，应当经街道办事处批准。",
        [("街道办事处", "SUPERVISES", "物业公司")],
    ),
    # ... but an approval that only describes a noun (经 B 批准的机构) tells how it came to be
    ("托管机构，是指经区教育局批准的校外托管机构。", []),
    ("托管机构必须是经区教育局批准的机构。", []),
    ("平台运营方经常受到来自作者的质疑。", [("作者", "GIVES_FEEDBACK_TO", "平台运营方")]),
    # coordinated parties building a working mechanism collaborate; one body at two
    # levels builds one each
    (
        "派出所和医院保卫部门应当建立日常工作机制。",
        [("派出所", "COLLABORATES_WITH", "医院保卫部门")],
    ),
    ("市、区县人民政府应当建立养犬管理工作协调机制。", []),
    ("省、县（市）人民政府应当建立候鸟保护联动机制。", []),
    ("市、区人民政府应当协同推进候鸟保护工作。", []),
    ("市、县人民政府共同负责湿地保护。", []),
    ("市、县人民政府应当统筹安排，共同做好湿地保护工作。", []),
    ("甲局、乙局应当统筹安排，共同做好湿地保护工作。", [("甲局", "COLLABORATES_WITH", "乙局")]),
    ("省、市人民政府联合发布实施意见。", [("省人民政府", "COLLABORATES_WITH", "市人民政府")]),
    ("人民银行、银保监会联合发布通知。", [("人民银行", "COLLABORATES_WITH", "银保监会")]),
    # 联合部署: the verb after 联合 (部署, ending like 署) is the joint act, not a partner
    (
        "水利部、气象局、应急管理部联合部署汛期检查。",
        [
            ("水利部", "COLLABORATES_WITH", "气象局"),
            ("水利部", "COLLABORATES_WITH", "应急管理部"),
            ("气象局", "COLLABORATES_WITH", "应急管理部"),
        ],
    ),
    # harm caused to B (致使 B 遭受损失) with a liability: compensation; 反馈 B
    (
        "物业公司违规施工致使业主遭受财产损失的，应当依法承担赔偿责任。",
        [("物业公司", "COMPENSATES", "业主")],
    ),
    (
        "街道办事处应当及时处理，并将处理结果告知投诉人，同时反馈区住建局。",
        [
            ("街道办事处", "INFORMS", "投诉人"),
            ("街道办事处", "GIVES_FEEDBACK_TO", "区住建局"),
        ],
    ),
    # 为 B 设置/开设/创造…; 以 B 为服务对象; 辅助 B
    ("医院应当为急危患者设置安全检查绿色通道。", [("医院", "SERVES", "急危患者")]),
    (
        "社区卫生服务中心以辖区老年人为主要服务对象。",
        [("社区卫生服务中心", "SERVES", "辖区老年人")],
    ),
    # a verb and 对象 name a party (救助对象); closing the cue's own words (为其服务对象) none
    ("民政局应当为救助对象发放临时补贴。", [("民政局", "SERVES", "救助对象")]),
    # a cue glued to the verb of such a name modifies it (联合救助对象: jointly aided)
    ("民政局将联合救助对象名单报送财政局。", [("民政局", "REPORTS_TO", "财政局")]),
    ("托养中心以辖区居民为其服务对象。", [("托养中心", "SERVES", "辖区居民")]),
    # a word naming the clients as aimed at (目标服务对象) keeps the cue
    ("康复中心以残疾儿童为目标服务对象。", [("康复中心", "SERVES", "残疾儿童")]),
    ("志愿者协会可以辅助街道办事处开展宣传。", [("志愿者协会", "SERVES", "街道办事处")]),
    # a plain verb joined to a directive shares its party (督促协调 B)
    ("街道办事处应当督促协调物业公司处理投诉。", [("街道办事处", "REQUIRES", "物业公司")]),
    # asking for B's opinions (征求 B 的意见): B gives feedback
    ("区住建局应当征求业主委员会的意见。", [("业主委员会", "GIVES_FEEDBACK_TO", "区住建局")]),
    # receiving B's information: B informs
    (
        "物业公司应当在收到业主委员会的书面信息后及时处理。",
        [("业主委员会", "INFORMS", "物业公司")],
    ),
    # receiving B's letter or decision: B informs; a decision taken after B's application is none
    ("区住建局应当自收到市规划局的复函之日起五日内办理。", [("市规划局", "INFORMS", "区住建局")]),
    ("作者收到编辑部的录用决定后，应当及时修改。", [("编辑部", "INFORMS", "作者")]),
    ("区住建局收到物业公司的申请后作出处理决定。", []),
    # a reply or a letter received from B: B informs
    ("业主委员会收到区住建局的回复后召开会议。", [("区住建局", "INFORMS", "业主委员会")]),
    # a letter sent to B informs it, and a demand put in it requires it
    ("区住建局已去信物业公司，说明整改安排。", [("区住建局", "INFORMS", "物业公司")]),
    (
        "业主委员会曾去信区住建局要求跟进。",
        [("业主委员会", "INFORMS", "区住建局"), ("业主委员会", "REQUIRES", "区住建局")],
    ),
    # a directive opening the clause after a letter asks it of the letter's addressee
    (
        "区应急局去信物业公司，敦促及时清理。",
        [("区应急局", "INFORMS", "物业公司"), ("区应急局", "REQUIRES", "物业公司")],
    ),
    # ... also an appeal (呼吁) in the letter_demands class
    (
        "区应急局去信物业公司，呼吁及时清理。",
        [("区应急局", "INFORMS", "物业公司"), ("区应急局", "REQUIRES", "物业公司")],
    ),
    # ... also after 予 closing the letter verb (去函予B)
    (
        "市场监管局去函予物业公司，督促限期答复。",
        [("市场监管局", "INFORMS", "物业公司"), ("市场监管局", "REQUIRES", "物业公司")],
    ),
    # ... unless it names a party of its own
    (
        "区住建局去信物业公司，要求保安公司整改。",
        [("区住建局", "INFORMS", "物业公司"), ("区住建局", "REQUIRES", "保安公司")],
    ),
    # 导致信息… holds no letter
    ("数据共享不足导致信息传递中断。", []),
    # an order or a warning sent to B supervises it; a plain notice informs it
    (
        "区住建局向物业公司发出停工通知书。",
        [("区住建局", "SUPERVISES", "物业公司")],
    ),
    ("区住建局向物业公司发出书面警告。", [("区住建局", "SUPERVISES", "物业公司")]),
    ("区住建局向物业公司发出通知。", [("区住建局", "INFORMS", "物业公司")]),
    # a questionnaire sent to B neither informs nor inquires into it
    ("协会曾向会员发出问卷。", []),
    ("协会曾向会员寄出问卷调查。", []),
    # a demand a party receives (被 B 要求): B requires it
    ("物业公司被区住建局要求停工。", [("区住建局", "REQUIRES", "物业公司")]),
    # a request of a kind put to B (向 B 提出删除请求): B is required to act
    ("业主向物业公司提出维修请求。", [("业主", "REQUIRES", "物业公司")]),
    # a source a report opens with (据了解, 据悉) is no verb whose object the subject is
    (
        "据了解业主委员会曾以设计不合规为由，要求物业公司负责改装。",
        [("业主委员会", "REQUIRES", "物业公司")],
    ),
    # going to a body to complain or to demand: it receives the complaint or is required
    ("业主曾到物业服务中心反映。", [("业主", "GIVES_FEEDBACK_TO", "物业服务中心")]),
    ("租户到服务站要求答复。", [("租户", "REQUIRES", "服务站")]),
    # 到 closing a verb: the complaint is received, not made
    ("物业公司接受到业主投诉后及时处理。", []),
    # a body whose name the dictionary joins to 于 before a date
    ("计划处于2019年向物业公司发出通知。", [("计划处", "INFORMS", "物业公司")]),
    # coordinated parties of a contract verb, the verb further on; 合同约定 is no verb
    ("出租人与承租人应当依照本办法订立书面合同。", [("出租人", "CONTRACTS_WITH", "承租人")]),
    ("甲公司、乙公司和丙公司应当按照合同约定，及时与供应商结算。", []),
    # constraining or sanctioning measures taken against B supervise B
    ("学校可以依法对违纪学生采取必要的约束措施。", [("学校", "SUPERVISES", "违纪学生")]),
    # a sanction clause whose agent is followed by a long basis (按照…规定处理)
    (
        "托育机构违反本条例规定的，由卫生健康部门按照有关法律、行政法规和本市的规定处理。",
        [("卫生健康部门", "SUPERVISES", "托育机构")],
    ),
    # acting by B's rules: B requires
    (
        "物业公司应当按照住房城乡建设部门的规定公示收费标准。",
        [("住房城乡建设部门", "REQUIRES", "物业公司")],
    ),
    ("派出所应当对当事人进行法制宣教。", [("派出所", "SERVES", "当事人")]),
    # coordinated subjects acting together (共同/一起) collaborate, every pair; not a
    # participation formula or a composition; co-objects after 与…的 are not paired
    (
        "科技协会、高校和企业应当共同推动科学普及。",
        [
            ("科技协会", "COLLABORATES_WITH", "企业"),
            ("高校", "COLLABORATES_WITH", "企业"),
            ("科技协会", "COLLABORATES_WITH", "高校"),
        ],
    ),
    # a last conjunct that is no party (社会各界) lengthens the gap to 共同 and pairs no
    # one, and a broad actor opening the list (国家、) leaves the rest a group
    ("甲协会、乙协会和社会各界应当共同努力。", [("甲协会", "COLLABORATES_WITH", "乙协会")]),
    ("卫生界、媒体界及社会各界应当共同推动改革。", [("卫生界", "COLLABORATES_WITH", "媒体界")]),
    (
        "建设强国需要国家、高校、科研院所和社会各界共同努力。",
        [("高校", "COLLABORATES_WITH", "科研院所")],
    ),
    ("政府、企业和社会组织共同参与的治理体系逐步形成。", []),
    # the formula goes on after 参与 with a coordinated verb before its 的
    ("政府、企业和居民多方共同参与和协商的治理格局日益成熟。", []),
    ("学校、家长和社区共同参与并相互衔接的育人体系正在建立。", []),
    # submitting a manuscript (向 B 投稿, 投稿到 B) or collecting records with a body (向 B
    # 归集) reports to it; 受 B 领导 is B's supervision; 委托给 B engages B
    ("作者可以向出版社投稿。", [("作者", "REPORTS_TO", "出版社")]),
    ("研究人员将论文投稿到出版社。", [("研究人员", "REPORTS_TO", "出版社")]),
    (
        "有关部门应当将企业信用信息向市信用信息平台归集。",
        [("有关部门", "REPORTS_TO", "市信用信息平台")],
    ),
    ("技术员受卫生部门领导。", [("卫生部门", "SUPERVISES", "技术员")]),
    ("市政府委托给物业公司进行维修。", [("市政府", "CONTRACTS_WITH", "物业公司")]),
    # a verb the segmenter glues to the word before it (提出申请) still ends the phrase
    ("养老院应当向民政部门提出申请。", [("养老院", "REPORTS_TO", "民政部门")]),
    # a demand put to a body (向 B 要求), a procedure performed with it (向 B 履行…手续), a
    # joint consultation (与 B 会商)
    ("物业公司可以向区住建部门要求调解。", [("物业公司", "REQUIRES", "区住建部门")]),
    (
        "开发企业应当向规划部门、住建部门履行审批手续。",
        [("开发企业", "REPORTS_TO", "规划部门"), ("开发企业", "REPORTS_TO", "住建部门")],
    ),
    ("区文旅局应当加强与公安等部门会商研判。", [("区文旅局", "COLLABORATES_WITH", "公安部门")]),
    ("业主向物业公司提出的要求应当合理。", []),
    # a payment for a party (为 B 缴纳保险费, 为 B 投保) serves it
    ("家政企业应当为家政服务人员缴纳社会保险费。", [("家政企业", "SERVES", "家政服务人员")]),
    # work done for a party (为 B 安装/维修/供应) serves it
    ("供水公司应当为居民安装计量水表。", [("供水公司", "SERVES", "居民")]),
    # the body a clause designates or sets up at its end acts in the clauses after it; a
    # body built (建立) leaves its builder acting
    (
        "区卫生局应当指定社区医院，为孕产妇提供免费检查服务。",
        [("社区医院", "SERVES", "孕产妇")],
    ),
    (
        "区政府设立养老服务委员会，负责督促有关部门落实养老服务工作。",
        [("养老服务委员会", "REQUIRES", "有关部门")],
    ),
    (
        "区文旅局应当建立公共文化服务平台，为公众提供服务信息。",
        [("区文旅局", "SERVES", "公众")],
    ),
    # demands of a party on the subject (遵守 B 对其…的要求) require the subject; a party
    # found not to meet a standard (发现 B 不符合…) is supervised
    (
        "物业公司应当遵守住建部门、消防部门对其服务质量的要求。",
        [("住建部门", "REQUIRES", "物业公司"), ("消防部门", "REQUIRES", "物业公司")],
    ),
    (
        "区住建局发现物业公司不符合资质条件的，应当责令改正。",
        [("区住建局", "SUPERVISES", "物业公司")],
    ),
    # a noun announcing a list after a colon (向下列部门报告：甲、乙) stands for the list's
    # parties; a bracketed gloss inside the list (甲（乙）) is none of them
    (
        "经营者应当向下列部门报告：市场监管部门、公安机关。",
        [("经营者", "REPORTS_TO", "市场监管部门"), ("经营者", "REPORTS_TO", "公安机关")],
    ),
    (
        "业主可以向以下机构投诉：居民委员会（社区）、物业公司。",
        [("业主", "GIVES_FEEDBACK_TO", "居民委员会"), ("业主", "GIVES_FEEDBACK_TO", "物业公司")],
    ),
    # checks of a party as a task (做好 B 资格审查工作); support given with 给 B 以…
    ("图书馆应当做好读者资格审查工作。", [("图书馆", "SUPERVISES", "读者")]),
    ("协会应当给会员单位以适当的经济鼓励。", [("协会", "SERVES", "会员单位")]),
    # a conjunct that names a thing is passed over in a list of parties; a name that
    # modifies a thing (消费者权益) ends the list
    (
        "平台为商家、进口商品和消费者提供服务。",
        [("平台", "SERVES", "商家"), ("平台", "SERVES", "消费者")],
    ),
    ("平台为商家、消费者权益提供保障。", [("平台", "SERVES", "商家")]),
    # the parties a directive addresses at the end of its clause act in the next one; a
    # directive that gives them something to do in its own clause leaves its actor acting
    (
        "区政府应当督促物业公司、维修单位，为业主提供维修服务。",
        [
            ("区政府", "REQUIRES", "物业公司"),
            ("区政府", "REQUIRES", "维修单位"),
            ("物业公司", "SERVES", "业主"),
            ("维修单位", "SERVES", "业主"),
        ],
    ),
    (
        "区政府应当督促物业公司落实责任，为业主提供维修服务。",
        [("区政府", "REQUIRES", "物业公司"), ("区政府", "SERVES", "业主")],
    ),
    # mutual sharing of information (与 B 的信息共享) is collaboration
    ("卫生部门应当加强与公安机关的信息共享。", [("卫生部门", "COLLABORATES_WITH", "公安机关")]),
    # in the sentence that defines a short name for a list (甲、乙（以下统称丙）), the
    # listed parties act
    (
        "市场监管局、税务局（以下统称主管部门）应当对商家进行检查。",
        [("市场监管局", "SUPERVISES", "商家"), ("税务局", "SUPERVISES", "商家")],
    ),
    # the parties whose strengths a clause puts to work (发挥甲、乙技术优势) act in the
    # next clause; 联合 B there is working with B, the group is not paired
    (
        "充分发挥高校、科研院所技术优势，联合医疗机构开展攻关。",
        [("高校", "COLLABORATES_WITH", "医疗机构"), ("科研院所", "COLLABORATES_WITH", "医疗机构")],
    ),
    (
        "区政府应当发挥行业协会的桥梁作用，引导会员企业诚信经营。",
        [("行业协会", "REQUIRES", "会员企业")],
    ),
    # a party's complaint or opinion the subject handles (对 B 的投诉, 对 B 提出的意见)
    (
        "区市场监管局对消费者的投诉应当及时处理。",
        [("消费者", "GIVES_FEEDBACK_TO", "区市场监管局")],
    ),
    # … but a complaint after 对 B 的 is about B unless B is one who complains: B gives no
    # feedback; the body that handles it supervises B (处理对 B 的举报; 对 B 的投诉，由 A 处理)
    ("区市场监管局对网店经营者的投诉应当及时处理。", []),
    (
        "区市场监管局处理对网店经营者、快递企业的举报有困难的，可以移送市市场监管局处理。",
        [
            ("区市场监管局", "SUPERVISES", "网店经营者"),
            ("区市场监管局", "SUPERVISES", "快递企业"),
            ("区市场监管局", "REPORTS_TO", "市市场监管局"),
        ],
    ),
    ("对网店经营者的举报，由区市场监管局处理。", [("区市场监管局", "SUPERVISES", "网店经营者")]),
    (
        "对网店经营者以及通过其他网络服务销售商品的电子商务经营者的投诉，由区市场监管局处理。",
        [
            ("区市场监管局", "SUPERVISES", "网店经营者"),
            ("区市场监管局", "SUPERVISES", "电子商务经营者"),
        ],
    ),
    ("对消费者的投诉，由区市场监管局处理。", []),
    # ... also across any coordinator of a list of parties (及其, 乃至: the lang coordinators)
    ("区市场监管局对网店经营者乃至快递企业的投诉应当及时处理。", []),
    # ... also after 对于 (the lang object prepositions)
    ("区市场监管局对于网店经营者的投诉应当及时处理。", []),
    # a date and an address listed before a party name are not parties (no 日期人员)
    (
        "区商务局应当提前告知甲方和乙方会谈的日期、地址、陪同人员等。",
        [("区商务局", "INFORMS", "甲方"), ("区商务局", "INFORMS", "乙方")],
    ),
    # a sanction whose agent 由 names and whose target 对 names (由甲对乙负责人给予处分)
    # supervises the target, not the party of the condition
    (
        "区住建局及其工作人员违反本规定，不履行监管职责的，由其上级机关对直接负责的主管人员依法给予处分。",
        [("上级机关", "SUPERVISES", "主管人员")],
    ),
    # rules or records set up to evaluate or check a party (建立 B …评价档案, 制定 B 评价办法)
    ("区人社局应当制定培训机构星级评价办法。", [("区人社局", "SUPERVISES", "培训机构")]),
    ("物业公司应当建立保安人员服务评价档案。", [("物业公司", "SUPERVISES", "保安人员")]),
    ("托育机构应当建立幼儿健康检查制度。", []),
    # harm done to a party that the subject must compensate (造成 B 残疾/死亡的，…赔偿)
    (
        "经营者违反本规定，造成消费者残疾的，应当依法承担赔偿责任。",
        [("经营者", "COMPENSATES", "消费者")],
    ),
    # a partner named between the group and 共同 (配合/会同/与 C 共同): each works with C,
    # the group's members are not paired with one another
    (
        "园林、交通等部门应当按照各自职责，配合环保部门共同做好绿地管理工作。",
        [
            ("园林部门", "COLLABORATES_WITH", "环保部门"),
            ("交通部门", "COLLABORATES_WITH", "环保部门"),
        ],
    ),
    (
        "甲公司和乙公司会同丙部门共同制定标准。",
        [("甲公司", "COLLABORATES_WITH", "丙部门"), ("乙公司", "COLLABORATES_WITH", "丙部门")],
    ),
    ("工作组由三位律师、会计和教师共同组成。", []),
    # supervision cues: 压实 B 的责任, 对 B 进行了约束 / 进行审计 / 作了限定; 辖内 is a determiner
    ("监管局应当压实辖内物业公司的安全责任。", [("监管局", "SUPERVISES", "物业公司")]),
    ("审计局依法对学校使用专项资金情况进行审计。", [("审计局", "SUPERVISES", "学校")]),
    ("行业协会对会员企业进行了约束。", [("行业协会", "SUPERVISES", "会员企业")]),
    ("主管部门对培训机构的收费标准作了限定。", [("主管部门", "SUPERVISES", "培训机构")]),
    # a verb and its object tagged as one noun after B (开拓市场) open B's own clause
    ("区政府应当为企业开拓市场提供支持。", [("区政府", "SERVES", "企业")]),
    # a negated relative clause opening the clause (不能解决的问题…) describes a noun: the
    # relation after it is stated; a negation of the act itself still forbids it
    (
        "巡查员应当对隐患组织排查，无法处理的隐患及时向区应急局报告。",
        [("巡查员", "REPORTS_TO", "区应急局")],
    ),
    ("巡查员发现隐患，不及时向区应急局报告的，予以通报。", []),
    # 教育 B is teaching only as a predicate: after a modal or an adverb, or opening a
    # chained clause; inside a noun phrase (健康教育工作者) it names a field
    ("区卫生局应当教育医务人员遵守纪律。", [("区卫生局", "SERVES", "医务人员")]),
    (
        "区卫生局应当严格落实规定，教育引导医务人员遵守纪律。",
        [("区卫生局", "REQUIRES", "医务人员"), ("区卫生局", "SERVES", "医务人员")],
    ),
    ("目前，社区健康教育工作者尚缺乏经验。", []),
    # an adverbial noun and a verb cue glued to the name after them (书面委托甲 read as one
    # name): the cue addresses the name
    (
        "房东可以书面委托中介代表、物业公司办理出租手续。",
        [("房东", "CONTRACTS_WITH", "中介代表"), ("房东", "CONTRACTS_WITH", "物业公司")],
    ),
    # an adverbial noun the dictionary joins to the verb cue after it (书面通知 as one
    # word): the verb is a cue of its own
    ("房东应当提前一个月书面通知租客。", [("房东", "INFORMS", "租客")]),
    # a co-verb cue glued by the segmenter to the name it addresses (支持系统 read as a
    # word): both verbs address the name after it
    (
        "交通局应当督促和支持系统外运输企业改进服务。",
        [("交通局", "REQUIRES", "系统外运输企业"), ("交通局", "SERVES", "系统外运输企业")],
    ),
    # a group sharing data (共享数据) collaborates
    ("市图书馆和档案馆共享数据。", [("市图书馆", "COLLABORATES_WITH", "档案馆")]),
    (
        "研究院应当与当地的医院、学校共同开展健康教育。",
        [("研究院", "COLLABORATES_WITH", "医院"), ("研究院", "COLLABORATES_WITH", "学校")],
    ),
    # a possessive object: the parties after 的 are addressed
    (
        "培训机构应当及时通知学员的家长或者其他监护人。",
        [("培训机构", "INFORMS", "家长"), ("培训机构", "INFORMS", "监护人")],
    ),
    # a possessive subject: the parties after 的 act, not their possessor
    (
        "学员的家长或者其他监护人应当对学员进行安全管理。",
        [("家长", "SUPERVISES", "学员"), ("监护人", "SUPERVISES", "学员")],
    ),
    # 面向 and 培育 open a predicate: the clause's subject is no longer glued to them
    ("商会面向会员企业开展宣讲，督促企业改进服务。", [("商会", "REQUIRES", "企业")]),
    (
        "基金会应当宣传慈善理念，培育公民的志愿意识，鼓励企业参与捐赠。",
        [("基金会", "REQUIRES", "企业")],
    ),
    # a verb cue before a noun (审核制, 审核工作) addresses no party of a list after it
    ("协会建立了会员常规审核制、行业专家评审制。", []),
    ("学会应当使日常审核工作、领域专家审核有效衔接。", []),
    # a one-character ending (师) is no head a list shares: 工作、律师 names no 工作师
    ("平台应当使日常监督工作、律师审查有效衔接。", []),
    # the verb belongs to the nearer phrase of the same cue: 甲和乙应加强和丙的合作
    (
        "学校和幼儿园应加强和社区医院的合作。",
        [
            ("学校", "COLLABORATES_WITH", "社区医院"),
            ("幼儿园", "COLLABORATES_WITH", "社区医院"),
        ],
    ),
    # 一道 and 一同 are 一起: 与 B 一道 V is a joint action
    ("律所应当与公证处一道开展普法宣传。", [("律所", "COLLABORATES_WITH", "公证处")]),
    # 民众 and 党委 name parties (agent endings)
    ("卫生部门应当及时向民众公布调查结果。", [("卫生部门", "INFORMS", "民众")]),
    # 鼓励 with no named encourager: the duty's holders are the parties it addresses,
    # they do not encourage each other
    ("鼓励医院、学校和其他社会组织自行开展健康宣传。", []),
    # going to a party to serve it (赴/到 B 开展培训, 到 B 坐诊); 赴 ends a name
    ("医疗队每年赴乡镇卫生院开展技术培训。", [("医疗队", "SERVES", "乡镇卫生院")]),
    ("讲师团队赴企业开展技能培训。", [("讲师团队", "SERVES", "企业")]),
    ("省医院专家定期到县医院坐诊。", [("省医院专家", "SERVES", "县医院")]),
    # the segmenter's word 并报 opens a predicate, never a name (并报甲局备案)
    (
        "省人民政府可以补充确定本省的救助项目，并报国务院民政部门备案。",
        [("省人民政府", "REPORTS_TO", "国务院民政部门")],
    ),
    # 报请 B 批准: the body asked approves; 请 is no part of its name
    (
        "养殖场应当报请县畜牧局批准。",
        [("县畜牧局", "SUPERVISES", "养殖场"), ("养殖场", "REPORTS_TO", "县畜牧局")],
    ),
    # 报 B 批准 read by the chunker as a name (报省人民政府): the verb opens the predicate;
    # submitting for approval reports to B (no supervision stated, unlike 经 B 批准)
    (
        "林业局应当会同水利局拟订造林方案，报省人民政府批准后施行。",
        [("林业局", "COLLABORATES_WITH", "水利局"), ("林业局", "REPORTS_TO", "省人民政府")],
    ),
    # a review that approves (经 B 审查同意) supervises, as 经 B 批准
    ("林业局编制造林规划，经规划局审查同意后实施。", [("规划局", "SUPERVISES", "林业局")]),
    # working with one another (多方积极配合, 相互配合) pairs the group; a generic class of
    # persons (个人) in it is no end
    (
        "还需要医院、学校、卫生局和个人等多方积极配合。",
        [
            ("医院", "COLLABORATES_WITH", "学校"),
            ("医院", "COLLABORATES_WITH", "卫生局"),
            ("学校", "COLLABORATES_WITH", "卫生局"),
        ],
    ),
    # working closely together (密切配合) with no partner after it pairs the group, the
    # fields of an elliptical list each taking the shared head
    (
        "文化、体育、教育等部门按照各自职责，密切配合，做好群众健身工作。",
        [
            ("文化部门", "COLLABORATES_WITH", "体育部门"),
            ("文化部门", "COLLABORATES_WITH", "教育部门"),
            ("体育部门", "COLLABORATES_WITH", "教育部门"),
        ],
    ),
    # such a list after a verb (加强甲、乙等部门数据共享) pairs its members too, also before
    # a noun of the joint act; a list whose noun names no joint act pairs no one
    (
        "加强教育、卫生健康、民政等部门数据共享。",
        [
            ("教育部门", "COLLABORATES_WITH", "卫生健康部门"),
            ("教育部门", "COLLABORATES_WITH", "民政部门"),
            ("卫生健康部门", "COLLABORATES_WITH", "民政部门"),
        ],
    ),
    ("区政府应当推动文化、旅游等部门加强协作。", [("文化部门", "COLLABORATES_WITH", "旅游部门")]),
    ("加强公安、民政等部门人员培训。", []),
    # coordination as a noun with a partner (与 B 的政策协调) works with B; being in
    # keeping with (与 B 相协调) and coordinating one's own field (协调本行业) do not
    ("市卫生局要加强与区教育局的政策协调。", [("市卫生局", "COLLABORATES_WITH", "区教育局")]),
    ("乙公司的发展计划应与甲公司相协调。", []),
    ("甲局可同公安部门建立联动机制。", [("甲局", "COLLABORATES_WITH", "公安部门")]),
    # going to a body to file or to be checked (到 B 办理登记, 到区 B 进行核定) reports to it;
    # the guesser's 到区 is split so the body keeps its division
    ("经营单位应当到区交通局办理登记。", [("经营单位", "REPORTS_TO", "区交通局")]),
    ("经营单位应当到区物价部门进行价格核定。", [("经营单位", "REPORTS_TO", "区物价部门")]),
    # sharing with one another (与 B 相互共享) is working together, not informing B
    (
        "市交通局与公安局、城管局等部门相互共享管理信息。",
        [("市交通局", "COLLABORATES_WITH", "公安局"), ("市交通局", "COLLABORATES_WITH", "城管局")],
    ),
    # a relative clause opened by 经 before the party a verb cue addresses (委托经…认定的 B)
    (
        "生产者应当委托经市场监管部门认定的检测机构进行检测。",
        [("生产者", "CONTRACTS_WITH", "检测机构")],
    ),
    # supporting one another (相互支持) and pooling strengths (优势互补) are working together
    ("学校和医院应当相互支持。", [("学校", "COLLABORATES_WITH", "医院")]),
    ("医院与高校优势互补。", [("医院", "COLLABORATES_WITH", "高校")]),
    # an unnamed side as a clause's subject (各主体应…) goes on with the parties named
    # before it: their working with one another pairs them
    (
        "医院、学校、卫生局和个人均是重要角色，各主体应明确责任、相互协作，共同提升服务水平。",
        [
            ("医院", "COLLABORATES_WITH", "学校"),
            ("医院", "COLLABORATES_WITH", "卫生局"),
            ("学校", "COLLABORATES_WITH", "卫生局"),
        ],
    ),
    # training a party organises for another (组织 B 进行/参加…培训) serves B
    (
        "运营公司应当定期组织驾驶人员进行职业道德教育和培训。",
        [("运营公司", "SERVES", "驾驶人员")],
    ),
    ("公司应当组织员工进行年度体检。", [("公司", "SERVES", "员工")]),
    # a filing verb or another verb cue the chunker glued into a name after a noun
    # (检验结果报畜牧行政部门, 措施保护平台经营者): the name after the cue is its party
    ("养殖场应当按时将检验结果报畜牧行政部门备案。", [("养殖场", "REPORTS_TO", "畜牧行政部门")]),
    (
        "交通部门应当采取必要措施保护平台经营者提供的数据信息。",
        [("平台经营者", "SERVES", "交通部门")],
    ),
    # a subject list whose conjuncts have relative clauses of their own, closing its clause
    # before the modal (造成…的甲、乙和接收…的丙，应当…); a topic frame (对于…的乙，要…) is none
    (
        "造成事故的施工单位、监理单位和接收伤员的医疗单位，应当及时向安监部门报告。",
        [
            ("施工单位", "REPORTS_TO", "安监部门"),
            ("监理单位", "REPORTS_TO", "安监部门"),
            ("医疗单位", "REPORTS_TO", "安监部门"),
        ],
    ),
    (
        "另外，护士还应当加强巡视，对于病情较重的老人，要给予其帮助。",
        [("护士", "SERVES", "老人")],
    ),
    # 审计 (tagged a verb) opens a body's name (审计部门), as 主管 does
    (
        "财政部门应当会同教育主管部门、审计部门制定办法。",
        [
            ("财政部门", "COLLABORATES_WITH", "教育主管部门"),
            ("财政部门", "COLLABORATES_WITH", "审计部门"),
        ],
    ),
    # orders a party gives that another carries out (承担 B 的指令性任务) require
    (
        "遇有汛情时，航运公司应当承担防汛指挥部的指令性任务。",
        [("防汛指挥部", "REQUIRES", "航运公司")],
    ),
    # a licence or an approval obtained from a body (取得 B 的许可证): B supervises; a
    # private permission (获得作者的许可) is none
    (
        "渔业码头的经营单位必须取得港务局的经营许可证后，方可营业。",
        [("港务局", "SUPERVISES", "渔业码头的经营单位")],
    ),
    ("养殖场应当获得畜牧局的批准。", [("畜牧局", "SUPERVISES", "养殖场")]),
    ("出版社应当获得作者的许可。", []),
    # the opinion a party is asked for on a matter (征求 B 对…的意见) is its feedback, also
    # after an adverbial the chunker glued into a name (定期征询村民)
    ("卫生局应当定期征求村民对诊所布局的意见。", [("村民", "GIVES_FEEDBACK_TO", "卫生局")]),
    # an adverb the segmenter glues to the handling verb (及时处理) still opens the cue
    ("供暖公司应当及时处理住户投诉。", [("住户", "GIVES_FEEDBACK_TO", "供暖公司")]),
    ("物业公司应当妥善处理业主的意见。", [("业主", "GIVES_FEEDBACK_TO", "物业公司")]),
    (
        "卫生局应当建立评议制度，定期征询村民对诊所布局的意见和建议。",
        [("村民", "GIVES_FEEDBACK_TO", "卫生局")],
    ),
    (
        "文旅局制定保护规划，报市人民政府批准。",
        [("文旅局", "REPORTS_TO", "市人民政府")],
    ),
    (
        "市委要求各级党委和政府听取专家的建议。",
        [
            ("市委", "REQUIRES", "各级党委"),
            ("市委", "REQUIRES", "各级政府"),
            ("专家", "GIVES_FEEDBACK_TO", "各级党委"),
            ("专家", "GIVES_FEEDBACK_TO", "各级政府"),
        ],
    ),
    # 建议 B 做… requires, with a named adviser; it opens the predicate, never a name, and
    # the clauses chained after a clause it opens are B's (建议 B 做甲，为 C 做乙)
    (
        "行业学会在年会上提交了报告，建议卫生部门出台扶持政策，为乡镇卫生院提供培训。",
        [("行业学会", "REQUIRES", "卫生部门"), ("卫生部门", "SERVES", "乡镇卫生院")],
    ),
    ("建议文旅部门出台扶持政策，为乡镇卫生院提供培训。", [("文旅部门", "SERVES", "乡镇卫生院")]),
    (
        "甲协会建议会员单位加强自律，为消费者提供售后服务。",
        [("甲协会", "REQUIRES", "会员单位"), ("会员单位", "SERVES", "消费者")],
    ),
    # the noun 建议 (若干建议, 的建议) advises no one
    ("行业协会的建议会员单位都已采纳。", []),
    # 促使 and 迫使 open a predicate, never a name (激励手段促使B…: B, not 手段促使B)
    ("乙政府通过惩罚与激励手段促使企业自觉履行义务。", [("乙政府", "REQUIRES", "企业")]),
    # a body named in Latin letters (an acronym, a name with an inner capital) is an end;
    # a capitalised word (a cited author) and ABC + noun are none
    ("但 XYZ只能要求会员单位采取这些措施。", [("XYZ", "REQUIRES", "会员单位")]),
    ("志愿者向AbcD提交书面意见。", [("志愿者", "REPORTS_TO", "AbcD")]),
    ("Smith对受访商户进行调查。", []),
    ("XYZ标准委员会要求会员单位采取这些措施。", [("XYZ标准委员会", "REQUIRES", "会员单位")]),
    # name + verb + ending + noun: the verb and its object, not a longer name (会员|使用|
    # 单位账号), while name + verb + ending before a verb is one (会员服务中心|负责)
    ("丁协会要求会员使用单位账号登录。", [("丁协会", "REQUIRES", "会员")]),
    ("丁协会要求会员服务中心做好登记。", [("丁协会", "REQUIRES", "会员服务中心")]),
    # a word the dictionary tags as an adverb (更新 d) ends a name: 动态|更新|重点商户名单
    (
        "市场监管局聚焦薄弱环节，动态更新重点商户名单，督促商户落实整改。",
        [("市场监管局", "REQUIRES", "商户")],
    ),
    # a broad actor (社会, 公众) is an end where a directive addresses it or a received
    # noun names it (接受社会监督), not after 推动 (a process) nor before a noun
    (
        "县文旅局应当开展宣传，动员社会踊跃投身文物保护。",
        [("县文旅局", "REQUIRES", "社会")],
    ),
    ("养护公司应当公开账目，接受社会的监督。", [("社会", "SUPERVISES", "养护公司")]),
    ("县文旅局应当推动社会进步。", []),
    ("县文旅局应当引导社会资本投入文物保护。", []),
    # the second of coordinated possessors, and an adverb before the received noun
    (
        "养护公司应当接受县文旅局的管理及社会的监督。",
        [("县文旅局", "SUPERVISES", "养护公司"), ("社会", "SUPERVISES", "养护公司")],
    ),
    ("养护公司应当接受文保中心的依法检查。", [("文保中心", "SUPERVISES", "养护公司")]),
    # cue words: 为 B 补贴 serves B, 救护 B serves B, 联手 B collaborates, 聘任 B contracts
    ("县财政局为养殖户补贴饲料费用。", [("县财政局", "SERVES", "养殖户")]),
    ("卫生院应当及时救护受伤的村民。", [("卫生院", "SERVES", "村民")]),
    ("甲公司联手乙研究院建设实验基地。", [("甲公司", "COLLABORATES_WITH", "乙研究院")]),
    ("物业公司应当聘任专职保安员。", [("物业公司", "CONTRACTS_WITH", "专职保安员")]),
    # …院校 names a body even where the dictionary tags the word a set phrase (高等院校 l):
    # coordinated with another body it is a party of its own, not part of one long name
    (
        "市卫生局应当引导高等院校和护理学校增设急救课程。",
        [("市卫生局", "REQUIRES", "高等院校"), ("市卫生局", "REQUIRES", "护理学校")],
    ),
    # 对 B 进行…的…指导 is guidance given (no directive); 对 B 开展…工作的指导 guides B's work
    ("卫生院应当对孕妇进行个性化的营养指导。", []),
    (
        "县卫生局应当加强对卫生院开展义诊工作的指导。",
        [("县卫生局", "REQUIRES", "卫生院")],
    ),
    # a participle names the party the actor engaged (委托的 B); 受委托的 B names none
    (
        "物业公司应当告知业主，并在小区网站或委托的代理机构网站予以公示。",
        [("物业公司", "INFORMS", "业主"), ("物业公司", "CONTRACTS_WITH", "代理机构")],
    ),
    ("养殖场和受委托的检测公司应当保存样本。", []),
    # parties who sign together contract with each other; 甲与乙、丙 pairs the first with
    # each co-object only; 甲和乙与丙签订 is no contract between 甲 and 乙
    (
        "学校、家长、培训机构应当签订书面协议。",
        [
            ("学校", "CONTRACTS_WITH", "家长"),
            ("学校", "CONTRACTS_WITH", "培训机构"),
            ("家长", "CONTRACTS_WITH", "培训机构"),
        ],
    ),
    (
        "养殖户与饲料厂、兽药店订立合同时，应当索取票据。",
        [("养殖户", "CONTRACTS_WITH", "饲料厂"), ("养殖户", "CONTRACTS_WITH", "兽药店")],
    ),
    (
        "学校和家长应当与培训机构签订合同。",
        [("学校", "CONTRACTS_WITH", "培训机构"), ("家长", "CONTRACTS_WITH", "培训机构")],
    ),
    # following a party's rules or demands (遵守/落实 B 的规定) is required of one by B
    ("租户应当遵守物业公司的管理制度。", [("物业公司", "REQUIRES", "租户")]),
    # a service aimed at a party (面向 B 提供…) serves it
    ("县图书馆面向村卫生室提供技术服务。", [("县图书馆", "SERVES", "村卫生室")]),
    # news published to a party (面向 B 通报…) informs it
    ("县气象站面向养殖户发布寒潮预警。", [("县气象站", "INFORMS", "养殖户")]),
    # 定期, 面向, 隶属于 (tagged as nouns) end the name before them
    ("县气象站定期面向养殖户发布寒潮预警。", [("县气象站", "INFORMS", "养殖户")]),
    # support given to a party as a noun (对 B 的资金支持) serves it; thanks for B's support do not
    ("在此基础上形成县农技站对小微企业的技术支持。", [("县农技站", "SERVES", "小微企业")]),
    ("县农技站对小微企业的支持表示感谢。", []),
    # a kind of support named before it (信贷, 融资) serves the party too
    ("县农商行要加大对种粮大户的信贷支持力度。", [("县农商行", "SERVES", "种粮大户")]),
    # a mechanism word with a word between its parts (协调推进机制) joins the listed
    # departments as its shorter form does
    (
        "农业、水利、林业等部门要建立协调推进机制。",
        [
            ("农业部门", "COLLABORATES_WITH", "水利部门"),
            ("农业部门", "COLLABORATES_WITH", "林业部门"),
            ("水利部门", "COLLABORATES_WITH", "林业部门"),
        ],
    ),
    # a verb cue and a task noun right after it (监管工作, 审核职责) make one noun: no party
    # is its object
    ("区市场监管局要配齐配强监管工作力量。", []),
    ("县卫健局局长作为本局审核工作第一责任人，要加强领导。", []),
    # sponsorship or a grant received (接受 B 的资金赞助, 获得 B 的拨款) serves the receiver;
    # training by rotation carried out on a party (对 B 展开轮训) serves it
    (
        "社区基金会接受多家企业的资金赞助。",
        [("企业", "SERVES", "社区基金会")],
    ),
    ("师范大学对乡村教师展开轮训。", [("师范大学", "SERVES", "乡村教师")]),
    # a verb cue's party may follow the perfective 了 (联合了 B)
    ("行业协会联合了多家企业开展培训。", [("行业协会", "COLLABORATES_WITH", "企业")]),
    ("协会指导了会员企业。", [("协会", "SUPERVISES", "会员企业")]),
    # a party relied on to do the work (依靠 B 来…) serves the one relying on it
    ("作者依靠出版社来编辑论文。", [("出版社", "SERVES", "作者")]),
    ("企业依靠技术来发展。", []),
    # a supervising engineer's 监理 of a party's works oversees the party
    ("监理单位应当对施工单位的防尘措施进行监理。", [("监理单位", "SUPERVISES", "施工单位")]),
    # warnings and advice sent to a party, counted (发出约200次警告), oversee it, no notice
    ("区民政局共对托育机构发出约200次警告。", [("区民政局", "SUPERVISES", "托育机构")]),
    # an inquiry on a visit to a party oversees it; a bare 检查 there is a check-up
    ("区民政局到养老院进行暗访。", [("区民政局", "SUPERVISES", "养老院")]),
    ("患者到医院进行检查。", []),
    # helping a party act (助力 B 做…) after a modal serves it
    ("县检察院可以助力企业完善管理制度。", [("县检察院", "SERVES", "企业")]),
    (
        "县档案馆隶属于市文化局，每年向市文化局报送年度报告。",
        [("县档案馆", "REPORTS_TO", "市文化局")],
    ),
    # a product made or chosen for a party (为 B 开发/推荐/定制…) serves it
    ("县文化馆为留守儿童推荐课外读物。", [("县文化馆", "SERVES", "留守儿童")]),
    ("软件公司为养老院开发护理排班系统。", [("软件公司", "SERVES", "养老院")]),
    # harm caused to a party, also as a noun (造成的 B 伤害事故), makes the liable party
    # compensate it
    (
        "因设施缺陷造成的游客伤害，景区管理公司依法承担赔偿责任。",
        [("景区管理公司", "COMPENSATES", "游客")],
    ),
    # the party 委托/聘请 engages does the rest of the clause (委托 B 对 C 进行培训: B trains)
    (
        "市卫生局委托有关医学院校对社区医生进行技能培训。",
        [("有关医学院校", "SERVES", "社区医生"), ("市卫生局", "CONTRACTS_WITH", "有关医学院校")],
    ),
    # opening facilities to a party (向 B 开放…) serves it, as 为 B 提供 does
    ("寒暑假期间，县体育馆应当向中小学生开放游泳池。", [("县体育馆", "SERVES", "中小学生")]),
    # a mother-to-be or newborn (…产妇, 新生儿) is a party as …孕妇 is
    ("社区卫生站应当为临产的产妇提供上门随访。", [("社区卫生站", "SERVES", "产妇")]),
    ("妇幼保健站应当为新生儿提供听力筛查。", [("妇幼保健站", "SERVES", "新生儿")]),
    # following a party's rules read with a determiner (按照 B 的有关规定) is required by B
    (
        "社区医院应当按照县卫生局的有关规定开设家庭医生门诊。",
        [("县卫生局", "REQUIRES", "社区医院")],
    ),
    # negotiating terms with a party (与 B 就…进行协商) contracts with it; a principle of
    # negotiation listed as a noun (协商、…的原则) is none
    ("旅行社应当与酒店就团队房价进行协商。", [("旅行社", "CONTRACTS_WITH", "酒店")]),
    # a list joined by 、 right before a prepositional cue acts whole, not its last name
    (
        "卫生部门、教育部门对托育机构开展抽查。",
        [("卫生部门", "SUPERVISES", "托育机构"), ("教育部门", "SUPERVISES", "托育机构")],
    ),
    # 和 joining the last of the acting parties is no cue when 与 names the object after it
    (
        "医院、学校和物业公司与保安公司约定服务期限。",
        [
            ("医院", "CONTRACTS_WITH", "保安公司"),
            ("学校", "CONTRACTS_WITH", "保安公司"),
            ("物业公司", "CONTRACTS_WITH", "保安公司"),
        ],
    ),
    # two verbs the dictionary tags as a personal name (建立健全) still open the predicate
    # after a list closed by 等 and a bare head
    (
        "卫生局应当会同教育、体育等有关部门建立健全联络制度。",
        [("卫生局", "COLLABORATES_WITH", "教育部门"), ("卫生局", "COLLABORATES_WITH", "体育部门")],
    ),
    # B's conduct closed by 的情况 before the verb stands for B: the verbs inside are B's
    (
        "区卫生局应当对养老机构提供护理服务的情况进行考核。",
        [("区卫生局", "SUPERVISES", "养老机构")],
    ),
    (
        "区卫生局应当对养老机构提供护理服务的情况进行评议考核。",
        [("区卫生局", "SUPERVISES", "养老机构")],
    ),
    # a listed word that names a body itself takes no head after 等 (气象局, not 气象局部门)
    (
        "渔业协会应当与气象局、水文局等部门合作。",
        [("渔业协会", "COLLABORATES_WITH", "气象局"), ("渔业协会", "COLLABORATES_WITH", "水文局")],
    ),
    # the party 组织 names acts in the rest of the clause, as after a causative
    ("卫生院应当定期组织专家对村民进行健康指导。", [("专家", "SERVES", "村民")]),
    # a grant (补助) given to a party after 对 serves it, as 补贴 does
    ("县政府应当对乡村教师给予交通补助。", [("县政府", "SERVES", "乡村教师")]),
    # an institution the dictionary tags as a personal name (…院, …所) is a party
    ("卫生院应当与敬老院开展合作。", [("卫生院", "COLLABORATES_WITH", "敬老院")]),
    # (…厂 too: a factory read as a name is a body); a bracket of alternatives to its
    # head (厂（场）) stays in the name, as relation end after 由, 对 and 向
    ("环保站应当对毛巾厂进行检查。", [("环保站", "SUPERVISES", "毛巾厂")]),
    (
        "由区畜牧主管部门对肉品加工厂（场）进行监督检查。",
        [("区畜牧主管部门", "SUPERVISES", "肉品加工厂（场）")],
    ),
    ("经营户应当向肉品加工厂（场）提供检疫证明。", [("经营户", "SERVES", "肉品加工厂（场）")]),
    (
        "事故发生地县（市）公安机关可以书面通知保险机构。",
        [("事故发生地县（市）公安机关", "INFORMS", "保险机构")],
    ),
    # being accountable to a body (向 B 负责) reports to it; 向 B 负责人 names B's officer
    ("专员办公室直接向总理负责。", [("专员办公室", "REPORTS_TO", "总理")]),
    # an industry body's guidance of its members supervises them, as an authority's does
    ("物流行业协会应当指导会员企业规范经营。", [("物流行业协会", "SUPERVISES", "会员企业")]),
    # a verb cue that the chunker glued to the party after it, read after a predicate's
    # adverb (并|倡导甲机构, 主动服务观众): the party is addressed; 服务 only as a predicate
    ("气象台应当加强预警，并倡导相关机构开展演练。", [("气象台", "REQUIRES", "相关机构")]),
    ("博物馆应当主动服务观众。", [("博物馆", "SERVES", "观众")]),
    ("义工协会应当建立义工服务档案的目录。", []),
    # learning a party organises for another (组织 B 学习), and a list closed by 等 before
    # the training: both serve B
    ("站长应定期组织护林员学习防火知识。", [("站长", "SERVES", "护林员")]),
    # a charge of overseeing a party, named without 的 (负责 B 甲类监管工作)
    ("市档案局负责全市档案馆消防监管工作。", [("市档案局", "SUPERVISES", "全市档案馆")]),
    # 力量 (forces, strength) names no party, however quantified
    ("救援队应当动员一切力量参与搜救。", []),
    ("救援队需要号召各方面的力量。", []),
    # support a party receives or seeks from another (争取 B 的支持, 需要 B 等的协助), not a
    # party that modifies the support's noun (需要 B 转型的…)
    ("档案馆应当争取出版社最大限度的支持。", [("出版社", "SERVES", "档案馆")]),
    ("实验员需要设备处等的协助。", [("设备处", "SERVES", "实验员")]),
    ("街道需要企业转型的支持政策。", []),
    # opinions a party is consulted for (征询 B 意见) are its feedback
    ("卫生院应当征询患者意见，改进服务。", [("患者", "GIVES_FEEDBACK_TO", "卫生院")]),
    # a verb cue right after a verb that sets up a body modifies its name (成立联合…)
    ("白鹭公司与青松大学成立联合实验室。", [("白鹭公司", "COLLABORATES_WITH", "青松大学")]),
    # a possessor's place (所在地的, 所在的) leads to the party that acts
    ("青松公司所在地的监管局应当督促青松公司整改。", [("监管局", "REQUIRES", "青松公司")]),
    ("学生所在的学校应当告知家长。", [("学校", "INFORMS", "家长")]),
    # a party before a noun tagged as an adjective's (安全需求) modifies it: 服务 addresses none
    ("卫生院应当长期服务村民安全需求。", []),
    # a formality done for a party (为 B 办理…) serves B
    ("托管中心应当为住户办理门禁卡。", [("托管中心", "SERVES", "住户")]),
    # a body named in Latin letters between a partner preposition and a verb is the
    # partner; a Latin name before a verb and an agent noun modifies that noun
    ("甲大学与ABC合作开展研究。", [("甲大学", "COLLABORATES_WITH", "ABC")]),
    ("甲大学与XyZ签订协议。", [("甲大学", "CONTRACTS_WITH", "XyZ")]),
    ("甲局向ABC参会医生展示诊疗方案。", [("甲局", "INFORMS", "ABC参会医生")]),
    # a modal ends a Latin name (ABC|有权…, not one party ABC有权设立专家组); a later
    # clause whose duty names its own bearer first is that bearer's act, not the
    # first clause's party's
    ("ABC有权设立专家组，专家组可直接向ABC提供信息。", [("专家组", "SERVES", "ABC")]),
    ("甲委员会负责审批，专家组应当向丙局提供信息。", [("专家组", "SERVES", "丙局")]),
    # the space a converted file leaves before a Latin name is none of the object's name
    ("甲部长要求 ABC提交报告。", [("甲部长", "REQUIRES", "ABC")]),
    ("甲部长要求 乙局提交报告。", [("甲部长", "REQUIRES", "乙局")]),
    # bodies named in Latin letters, listed: each is a party
    (
        "甲馆与ABC、XyZ开展合作。",
        [("甲馆", "COLLABORATES_WITH", "ABC"), ("甲馆", "COLLABORATES_WITH", "XyZ")],
    ),
    # a capitalised word listed with another Latin name is a body too (journals, firms)
    (
        "Alpha、Gamma、XYZ均向作者提供投稿模板。",
        [("Alpha", "SERVES", "作者"), ("Gamma", "SERVES", "作者"), ("XYZ", "SERVES", "作者")],
    ),
    # before 等 and a party's name, Latin names give examples of that party
    ("Alpha、XYZ等学术期刊均要求作者存储数据。", [("学术期刊", "REQUIRES", "作者")]),
    # a journal is a party
    ("甲平台应当与核心期刊合作。", [("甲平台", "COLLABORATES_WITH", "核心期刊")]),
    (
        "园区应当组织保安员、保洁员等进行消防知识培训。",
        [("园区", "SERVES", "保安员"), ("园区", "SERVES", "保洁员")],
    ),
    # discipline given to a party (对 B 给予批评教育、处分) supervises B, by the clause's own
    # party only: the violator of a condition before it sanctions no one
    (
        "区教育局应当对负有责任的教练员给予批评教育或者处分。",
        [("区教育局", "SUPERVISES", "教练员")],
    ),
    ("培训机构违反本办法规定的，对直接负责的主管人员依法给予处分。", []),
    # an act of oversight in the clause after a topic 对 opens supervises the topic's
    # parties, a list too; a topic's care or a condition's act is no oversight
    (
        "对有违规记录的甲公司和乙公司，丙局应当增加抽查频次。",
        [("丙局", "SUPERVISES", "甲公司"), ("丙局", "SUPERVISES", "乙公司")],
    ),
    ("对新入驻的商户，市场管理处应当开展现场检查。", [("市场管理处", "SUPERVISES", "商户")]),
    ("对独居老人，社区服务中心应当定期上门探望。", []),
    ("发生火灾的，丙局应当开展现场检查。", []),
    # so does an act of support serve them (予以救助, 加大对其…的支持力度); a topic that
    # names no party is served by no one
    ("对受灾的农户，乡政府应当及时予以救助。", [("乡政府", "SERVES", "农户")]),
    ("对困难的养殖户，甲银行可以加大对其贷款的支持力度。", [("甲银行", "SERVES", "养殖户")]),
    ("对于这个问题，区政府要予以支持。", []),
    # an act with a party of its own after it oversees that party, not the topic's; one the
    # subject receives or helps another body with is no oversight of the topic's parties
    # (the rows left are those of the clause's own cues)
    ("对有违规记录的甲企业，乙局应当检查丙公司的账目。", [("乙局", "SUPERVISES", "丙公司")]),
    ("对有违规记录的甲公司和乙公司，丙局应当接受社会监督。", [("社会", "SUPERVISES", "丙局")]),
    ("对有违规记录的甲公司和乙公司，丙局应当协助丁局做好检查准备。", [("丙局", "SERVES", "丁局")]),
    # a predicate joined right after a directive's addressee (告知 B 或者向 C 报案) is the
    # actor's again; one after the addressee's own verb is the addressee's
    (
        "托育机构发现幼儿受伤的，应当通知监护人或者向卫生院报告。",
        [("托育机构", "INFORMS", "监护人"), ("托育机构", "REPORTS_TO", "卫生院")],
    ),
    (
        "物业公司应当督促业主整改并向街道办事处报告。",
        [("物业公司", "REQUIRES", "业主"), ("业主", "REPORTS_TO", "街道办事处")],
    ),
    # 支持 joined to 鼓励/引导 in one directive encourages; joined to 指导 it also serves
    ("区政府应当鼓励和支持物业公司参与社区治理。", [("区政府", "REQUIRES", "物业公司")]),
    ("区政府应当支持、引导物业公司参与社区治理。", [("区政府", "REQUIRES", "物业公司")]),
    ("区政府应当支持物业公司参与社区治理。", [("区政府", "SERVES", "物业公司")]),
    # a party that only modifies the work served (为 B 救治等工作提供条件) is no end; a
    # party acting in the clause served (为 B 开展活动提供便利) is
    ("区政府应当为孕产妇救治、证明管理等工作提供必要条件。", []),
    ("区政府应当为孕产妇开展活动提供便利。", [("区政府", "SERVES", "孕产妇")]),
    # 其 after a subject that closes a list (甲、乙等丙) stands for the subject, not an item
    ("药店、诊所等医药机构应当对其销售的药品加强检查。", []),
    # a name read with a preposition of means before it (运用甲平台) is a means, not an actor
    ("支持、引导社会组织健全服务网点，运用信息网络服务平台开展紧急呼叫服务；", []),
    # 保证 B 能够查阅 informs B; 使 B 了解 states an effect on B, no notice
    (
        "平台应当公示服务协议，并保证用户能够查阅和下载。",
        [("平台", "INFORMS", "用户")],
    ),
    ("学校应当开设讲座，使学生了解安全知识。", []),
    ("物业公司应当张贴告示，确保业主及时了解停水安排。", []),
    # parties inside a relative clause that modifies a noun (乙、丙共同参与的…机制) are not
    # the subject of the clauses chained after it
    (
        "区政府建立了由街道主导，物业公司、业主多方参与的议事机制，为居民提供调解服务。",
        [("区政府", "SERVES", "居民")],
    ),
    # 推动/促进 B 做… states no relation, as a predicate or describing a noun
    ("区政府是推动物业公司参与社区治理的主导力量。", []),
    ("区政府将促进物业公司参与治理的做法作为重点。", []),
    ("区政府应当推动物业公司履行应尽的职责。", []),
    # 落实 after a party opens its predicate, never continues its name (…主体责任)
    ("区农业局应当督促养殖企业落实安全主体责任。", [("区农业局", "REQUIRES", "养殖企业")]),
    # 对 B 把关 checks B; 抄告 B sends B a copy, a notice
    ("区文旅局应当对演出经营单位严格把关。", [("区文旅局", "SUPERVISES", "演出经营单位")]),
    ("区文旅局查处违法行为后，应当及时抄告公安机关。", [("区文旅局", "INFORMS", "公安机关")]),
    # the parties an unnamed encourager addresses do not go on directing: 推动 after them
    # is the unnamed encourager's
    (
        "鼓励物业公司、志愿团体等加强协作，整合社区资源，推动居民参与垃圾分类。",
        [("物业公司", "COLLABORATES_WITH", "志愿团体")],
    ),
    # 警告 B (the dictionary tags it as a noun) opens a directive, no name of B
    (
        "区文旅局应当发布公告，警告游客和旅行社核对票务网址。",
        [("区文旅局", "REQUIRES", "游客"), ("区文旅局", "REQUIRES", "旅行社")],
    ),
    # 向 B 明确 X states X to B (not 明确地/明确提供, adverbs); 向 B 进行…提醒 reminds B
    ("检测中心应当向送检单位明确样品的保存条件。", [("检测中心", "INFORMS", "送检单位")]),
    (
        "售票平台应当在扣费前向购票人进行明确的提醒。",
        [("售票平台", "REQUIRES", "购票人")],
    ),
    # a case an authority refers to another body informs that body; another party's
    # referral reports to it
    (
        "区市场监督管理部门应当将案件及时移送区公安分局处理。",
        [("区市场监督管理部门", "INFORMS", "区公安分局")],
    ),
    (
        "展会主办方应当及时将投诉移交区知识产权局处理。",
        [("展会主办方", "REPORTS_TO", "区知识产权局")],
    ),
    # a modal after the second party makes 和 a conjunction: the pair supports someone
    # else; a reciprocal verb still pairs them
    ("物业公司和业主应当予以支持和配合。", []),
    ("物业公司与业主委员会应当加强合作。", [("物业公司", "COLLABORATES_WITH", "业主委员会")]),
    # 这些/上述 + the head of a list closed by 等 before it: the list's members are meant
    (
        "简报送给甲局和乙站等机构，市政府要求这些机构限期答复。",
        [("市政府", "REQUIRES", "甲局"), ("市政府", "REQUIRES", "乙站")],
    ),
    (
        "简报已送给甲局、乙站等单位，区政府将督促上述单位限期答复。",
        [("区政府", "REQUIRES", "甲局"), ("区政府", "REQUIRES", "乙站")],
    ),
    # co-objects after 与 and a bare modifier (与海内外知名甲、乙共同…) are not paired;
    # the subject works with each of them
    (
        "市科技局与海内外知名检测机构、职业院校共同举办竞赛。",
        [
            ("市科技局", "COLLABORATES_WITH", "知名检测机构"),
            ("市科技局", "COLLABORATES_WITH", "职业院校"),
        ],
    ),
    # what another party submitted or handed over is received from it: it reports to the receiver
    ("区档案馆负责接收并保管甲单位移交的档案。", [("甲单位", "REPORTS_TO", "区档案馆")]),
    ("市民政局受理申请人提交的材料。", [("申请人", "REPORTS_TO", "市民政局")]),
    # an application and its review in different clauses of one sentence: the applicant
    # reports to the reviewing body, which supervises it; accepting alone only receives it
    (
        "乙方申请退款，甲方受理后于三日内完成审核。",
        [("乙方", "REPORTS_TO", "甲方"), ("甲方", "SUPERVISES", "乙方")],
    ),
    (
        "承租人申请，物业公司核实无误后，为承租人出具证明。",
        [
            ("物业公司", "SERVES", "承租人"),
            ("承租人", "REPORTS_TO", "物业公司"),
            ("物业公司", "SUPERVISES", "承租人"),
        ],
    ),
    ("会员单位提交的材料齐全的，行业协会应当受理。", [("会员单位", "REPORTS_TO", "行业协会")]),
    ("会员单位提交的材料不齐全的，行业协会不予受理。", []),
    # a complaint a party submits is feedback, no application
    (
        "对于业主提交的投诉信息，物业公司应当予以受理。",
        [("业主", "GIVES_FEEDBACK_TO", "物业公司")],
    ),
    ("承租人申请延期，经审核后可以延期。", []),
    # co-applicants do not review one another in the clauses their application chains on
    ("甲公司及其分店申请补贴，应当经审核后发放。", []),
    # a passive role opening a list of subjects is one of them (被检查单位和…)
    (
        "被抽查单位和相关人员应当接受乙局依法组织的检查。",
        [("乙局", "SUPERVISES", "被抽查单位"), ("乙局", "SUPERVISES", "相关人员")],
    ),
    (
        "甲公司和乙公司申请补贴，应当经丙局审查后，报丁局审核。",
        [
            ("丙局", "SUPERVISES", "甲公司"),
            ("丙局", "SUPERVISES", "乙公司"),
            ("甲公司", "REPORTS_TO", "丁局"),
            ("乙公司", "REPORTS_TO", "丁局"),
        ],
    ),
    # a party's report checked by the body it reports to (对 B 报告的…核查): B reports to it
    (
        "区应急局对职工报告的隐患应当及时核查。",
        [("区应急局", "SUPERVISES", "职工"), ("职工", "REPORTS_TO", "区应急局")],
    ),
    # verifying a party or its papers (核实/核查/查验 B 的…) supervises it, as 核验 does,
    # only with a subject the sentence names
    ("物业公司应当核实施工单位的资质。", [("物业公司", "SUPERVISES", "施工单位")]),
    ("公安机关应当查验申请人的身份证明。", [("公安机关", "SUPERVISES", "申请人")]),
    ("经销商应当审验供货商的经营资格。", [("经销商", "SUPERVISES", "供货商")]),
    ("市卫健委应当对医疗机构的资质进行核实。", [("市卫健委", "SUPERVISES", "医疗机构")]),
    ("核查施工单位的资质。", []),
    # knowledge shared with or spread to a party (向 B 分享/传播…) informs it
    ("科技馆应当向参观者传播科学知识。", [("科技馆", "INFORMS", "参观者")]),
    ("志愿者可以向居民分享防灾经验。", [("志愿者", "INFORMS", "居民")]),
    # 发送给 is one word for the segmenter: it ends the name before it and informs B
    ("辅导员应当将课程资料发送给学生。", [("辅导员", "INFORMS", "学生")]),
    # a party right before a place noun (居民|住宅区) names the place, it is no end
    ("区消防救援机构应当定期对居民住宅区的消防设施进行检查。", []),
    (
        "区消防救援机构应当定期对居民小区物业服务企业进行检查。",
        [("区消防救援机构", "SUPERVISES", "居民小区物业服务企业")],
    ),
    # a cue verb closing a head-less field of a 、 list (体育动员、) directs no one
    ("文化、体育动员、卫生部门应当加强指导。", []),
    # chances created for a party serve it
    ("街道办事处可以为困难家庭创设就业机会。", [("街道办事处", "SERVES", "困难家庭")]),
    # a verb the chunker read into a name after 将/把 and a thing still files with the party
    ("驾校应当将教练证件交回公安机关。", [("驾校", "REPORTS_TO", "公安机关")]),
    # compensation provided to a party compensates it, it is no service
    ("区政府应当对受影响的养殖户提供补偿。", [("区政府", "COMPENSATES", "养殖户")]),
    # after 将/把 a verb cue the segmenter glued to the noun before it (情况通报) still
    # addresses the party right after the word
    ("区水务局应当将有关情况通报区环保局。", [("区水务局", "INFORMS", "区环保局")]),
    # a bare 提交 before a party files with it; before a noun the party names the thing
    ("社区卫生站应当将体检材料提交区卫健委。", [("社区卫生站", "REPORTS_TO", "区卫健委")]),
    ("申请人应当提交用户名单。", []),
    # a space between a Latin name and the verb after it is no word between them
    ("种子公司需要在ABCD 进行登记。", [("种子公司", "REPORTS_TO", "ABCD")]),
    # a modal the dictionary joins to the preposition after it (应为, 应对) leaves the
    # preposition to open the object when a party follows; before a thing it is a verb
    ("养老院应为护工提供岗前培训。", [("养老院", "SERVES", "护工")]),
    ("养老院应对护工进行岗前培训。", [("养老院", "SERVES", "护工")]),
    ("养老院应对突发风险。", []),
    # (also when a short relative clause stands before the party: 应为|患有甲病的乙)
    ("养老院应为患有慢性病的老人提供康复训练。", [("养老院", "SERVES", "老人")]),
    ("养老院应对新入职的护工进行岗前培训。", [("养老院", "SERVES", "护工")]),
    ("养老院应对突发疾病的风险。", []),
    # (also when the finder read 应对 into the name after it, and 提供 opens a name)
    ("检测中心应对送检机构的资质进行审核。", [("检测中心", "SUPERVISES", "送检机构")]),
    ("检测中心应对提供机构进行审核。", [("检测中心", "SUPERVISES", "提供机构")]),
    ("养老院能为护工提供岗前培训。", [("养老院", "SERVES", "护工")]),
    ("值班人员应当在两小时内向区应急管理局报告。", [("值班人员", "REPORTS_TO", "区应急管理局")]),
    # forming a body with a party (与乙组建…) is working with it; credit put into a
    # party (加大对乙的信贷投放) serves it
    ("合作社应与种植企业组建农机服务队。", [("合作社", "COLLABORATES_WITH", "种植企业")]),
    ("银行要加大对小微企业的信贷投放。", [("银行", "SERVES", "小微企业")]),
    # a thing opening the clause of a directive (该项制度要求…) directs, not the party
    # before it; one noun (重点督促…) is as often an adverbial
    ("区体育局应当加强监管，该项制度要求健身机构建立台账。", []),
    # an agent 由 names requiring something of a party is no sanction
    ("由区文旅局要求景区经营者提供游客名单。", [("区文旅局", "REQUIRES", "景区经营者")]),
    # 相关要求 is a noun (the rules concerned), no directive
    ("家长可以调整设置，但相关要求禁止儿童使用的功能除外。", []),
    # a Latin name and one word before a party open the object's name
    ("防疫站应当为ABC感染儿童提供随访服务。", [("防疫站", "SERVES", "ABC感染儿童")]),
    # a child named plainly (孩子), as 儿童 or 子女, is a party; so are a sick child (患儿),
    # a freshman (新生) and a colleague (同事)
    ("辅导员要引导孩子合理安排作息。", [("辅导员", "REQUIRES", "孩子")]),
    ("护理站应当为患儿提供陪护。", [("护理站", "SERVES", "患儿")]),
    ("辅导站要为新生提供咨询。", [("辅导站", "SERVES", "新生")]),
    ("店员应当主动帮助同事。", [("店员", "SERVES", "同事")]),
    # keeping a party company in its need (陪伴 B) cares for it, as 陪护 B does
    ("护工可以陪伴病人散步。", [("护工", "SERVES", "病人")]),
    # an act done with a party's help (在 B 的帮助下, 在 B 协助下) has B serve the doer; an
    # adverb the dictionary glues to 支持 (积极支持) keeps the cue
    ("校对员在排版员的帮助下完成了修订。", [("排版员", "SERVES", "校对员")]),
    ("实习生可在辅导员协助下完成访谈。", [("辅导员", "SERVES", "实习生")]),
    # 批核 (approve, in Hong Kong usage) is an approval as 批准 is
    ("商户提交申请，经市场管理处批核后，可以开业。", [("市场管理处", "SUPERVISES", "商户")]),
    ("市档案馆应当积极支持区档案馆开展数字化。", [("市档案馆", "SERVES", "区档案馆")]),
    ("防疫站应当为ABC提供随访服务。", [("防疫站", "SERVES", "ABC")]),
    ("区民政局应当加强监管，重点督促养老机构建立台账。", [("区民政局", "REQUIRES", "养老机构")]),
    # a bare 报 B after a time adverb files with B; 报 B 决策 submits a matter to B
    (
        "区急救中心应当在确认后及时报区卫健委、区应急局。",
        [("区急救中心", "REPORTS_TO", "区卫健委"), ("区急救中心", "REPORTS_TO", "区应急局")],
    ),
    (
        "区应急指挥部应当将重大事项报区人民政府决策。",
        [("区应急指挥部", "REPORTS_TO", "区人民政府")],
    ),
    # questioning a party supervises it; taking persons in cares for them
    ("区人大常委会可以质询区住建局。", [("区人大常委会", "SUPERVISES", "区住建局")]),
    ("区养老服务中心应当收留流浪老人。", [("区养老服务中心", "SERVES", "流浪老人")]),
    # 签定 is 签订; a joint venture or an alliance with a partner is a collaboration
    (
        "甲公司与乙集团签定合作协议。",
        [("甲公司", "COLLABORATES_WITH", "乙集团"), ("甲公司", "CONTRACTS_WITH", "乙集团")],
    ),
    ("甲公司与乙集团合资建设物流园。", [("甲公司", "COLLABORATES_WITH", "乙集团")]),
    ("民宿经营者往往与旅行社结成联盟。", [("民宿经营者", "COLLABORATES_WITH", "旅行社")]),
    ("区城管局应当对违规摊贩的负责人进行追究。", [("区城管局", "SUPERVISES", "负责人")]),
    # a clause that is only an object phrase (对…的 B，) before a clause an agent opens
    # (由 A 吊销其…) names the sanctioned party, not the sentence's subject
    (
        "区文旅局要加强对景区的检查，对违规经营的民宿经营者，由区市场监管局依法吊销其营业执照。",
        [("区市场监管局", "SUPERVISES", "民宿经营者")],
    ),
    # a chained duty's act on a party (尊重乙的利益) is no party's name opening the clause:
    # the bearer goes on acting in the clauses after it
    (
        "养老院应与供应商协商价格，尊重供应商的利益，争取供应商的支持。",
        [("养老院", "CONTRACTS_WITH", "供应商"), ("供应商", "SERVES", "养老院")],
    ),
    # the party's central committee is a party (党中央, 中共中央); a bare 中央 is none
    (
        "省应急指挥部应当及时向党中央、国务院报告。",
        [("省应急指挥部", "REPORTS_TO", "党中央"), ("省应急指挥部", "REPORTS_TO", "国务院")],
    ),
    # a determiner or a count inside a name drops with the words before it; a bare
    # generic head keeps them (本区各部门)
    ("街道办事处应当通知辖区内老旧小区各产权人开展排查。", [("街道办事处", "INFORMS", "产权人")]),
    ("甲集团联合我国其他三家民营企业开发园区。", [("甲集团", "COLLABORATES_WITH", "民营企业")]),
    ("区教育局应当督促本区各部门落实整改。", [("区教育局", "REQUIRES", "本区各部门")]),
    # a count opened by words of scope or approximation only (全国, 近) drops with them
    # even before a bare head, approximate counts included (百余所, 多家); the mutual
    # reading of 与…合作 names the partner as the prepositional frame does (one row)
    ("甲协会与全国百余所学校合作。", [("甲协会", "COLLABORATES_WITH", "学校")]),
    ("甲平台已经与国内近20家期刊建立合作关系。", [("甲平台", "COLLABORATES_WITH", "期刊")]),
    ("乙公司与省内多家医院合作。", [("乙公司", "COLLABORATES_WITH", "医院")]),
    ("丙中心为全市3000余名教师提供培训。", [("丙中心", "SERVES", "教师")]),
    # managing or assessing a party after an adverb or a modal supervises it, each of a
    # group acting together included; a manager's title (管理人员) is no act; an act under
    # a body's jurisdiction is supervised by it
    (
        "甲校与乙院共同管理学生。",
        [
            ("甲校", "SUPERVISES", "学生"),
            ("乙院", "SUPERVISES", "学生"),
            ("甲校", "COLLABORATES_WITH", "乙院"),
        ],
    ),
    ("甲局要考核乙公司。", [("甲局", "SUPERVISES", "乙公司")]),
    ("甲公司应当建立档案，管理人员变更时移交档案。", []),
    ("丙研究所在甲局直接管辖下开展工作。", [("甲局", "SUPERVISES", "丙研究所")]),
    # setting out, recommending or presenting something to a party informs it
    ("甲中心需要向公众阐述政策内容。", [("甲中心", "INFORMS", "公众")]),
    ("馆员要定期向用户推介新的资源。", [("馆员", "INFORMS", "用户")]),
    ("乙公司可以向员工呈现工作成果。", [("乙公司", "INFORMS", "员工")]),
    # 共同 as an attribute names what two parties share, no joint act
    ("甲医院和患者共同的目标是早日康复。", []),
    ("甲平台与商家的共同利益是增加销量。", []),
    ("甲平台与商家的共同目标是增加销量。", []),
    ("甲平台与商家共同制定规则。", [("甲平台", "COLLABORATES_WITH", "商家")]),
    # a body's last character that the dictionary joins to the 将 after it (部将) stays in
    # its name; 将 opens the predicate
    ("乙部将会同市场监管部门开展联合检查。", [("乙部", "COLLABORATES_WITH", "市场监管部门")]),
    # a body's name the dictionary lacks keeps its one-character ending before a
    # preposition the segmenter glued to it (白水局对…)
    ("白水局对水电站进行检查。", [("白水局", "SUPERVISES", "水电站")]),
    # a scope word before the partner (国内外) stands between the preposition and it
    ("甲中心与国内外知名研究机构合作。", [("甲中心", "COLLABORATES_WITH", "知名研究机构")]),
    # a demand named with a word of its field or scope (统一要求, 项目要求) is the party's
    ("甲局按照乙局的统一要求开展工作。", [("乙局", "REQUIRES", "甲局")]),
    ("丙校应根据科研资助机构的项目要求开展工作。", [("科研资助机构", "REQUIRES", "丙校")]),
    # a double oversight received (接受甲和乙的双重管理) is each one's
    (
        "甲所接受市政府和区政府的双重管理。",
        [("市政府", "SUPERVISES", "甲所"), ("区政府", "SUPERVISES", "甲所")],
    ),
    # following up patients (随访 B) serves them, as 对 B 进行随访 does
    ("甲医院应当定期随访出院患者。", [("甲医院", "SERVES", "出院患者")]),
    # the public as persons (社会大众) and a head of government by title (首相) are parties
    (
        "甲协会以会员与社会大众为服务对象。",
        [("甲协会", "SERVES", "会员"), ("甲协会", "SERVES", "社会大众")],
    ),
    ("专家需要向大众解释技术原理。", [("专家", "INFORMS", "大众")]),
    ("顾问委员会直接向首相提供建议。", [("顾问委员会", "SERVES", "首相")]),
    # 由 B 处 + a fine is a sanction clause; 处 before a count ends no body's name
    (
        "甲企业未按规定备案的，由城管执法部门处一万元以上三万元以下罚款。",
        [("城管执法部门", "SUPERVISES", "甲企业")],
    ),
    ("市财务处应当向区政府报告。", [("市财务处", "REPORTS_TO", "区政府")]),
    # a bare generic head (人员, 主体, 中心, 机构) names no party: no end of a relation
    ("甲单位和人员应当支持调解员履行职责。", [("甲单位", "SERVES", "调解员")]),
    ("区政府应当对主体进行监督。", []),
    ("居民可以向机构申请补助。", []),
    ("甲中心还与乙大学共建研究基地。", [("甲中心", "COLLABORATES_WITH", "乙大学")]),
    # staff sent or health teaching given to a party, drills organised for it, and a
    # report handed in to a body (输送, 宣教, 演练, 呈交)
    ("社区医院可定期为糖尿病患者宣教相关知识。", [("社区医院", "SERVES", "糖尿病患者")]),
    ("甲职业学校每年为乙园区输送技工。", [("甲职业学校", "SERVES", "乙园区")]),
    ("甲高校可以组织学生参加应急演练。", [("甲高校", "SERVES", "学生")]),
    ("甲公司向乙局呈交材料。", [("甲公司", "REPORTS_TO", "乙局")]),
    # a person by name acts and is acted on; a title before the name stands for the
    # person (律师林若谷 → 林若谷), a married name of two surnames is one name; a name
    # cited with 等 is an author, no actor
    ("林若谷向区法院申请复核。", [("林若谷", "REPORTS_TO", "区法院")]),
    ("代理律师林若谷在庭审结束后向区法院申请复核。", [("林若谷", "REPORTS_TO", "区法院")]),
    ("区卫健局局长孙晓东要求甲医院提交报告。", [("孙晓东", "REQUIRES", "甲医院")]),
    ("甲公司与何思远签订服务合同。", [("甲公司", "CONTRACTS_WITH", "何思远")]),
    ("陈李若兰要求航空公司职员协助。", [("陈李若兰", "REQUIRES", "航空公司职员")]),
    ("甲公司与何思远等签订服务合同。", []),
    # a surname the segmenter split from the given name (赵|秀英) opens the name all the
    # same; a person by name who only advises (建议, 呼吁) is an author or an expert quoted
    ("甲医院与赵秀英开展合作。", [("甲医院", "COLLABORATES_WITH", "赵秀英")]),
    ("林若谷建议公众参与监督。", []),
    ("林若谷呼吁公众参与监督。", []),
    ("林若谷提示公众注意风险。", []),
    # a court (法庭) is a party as 法院 is; a thing brought to a party (带给 B) serves it
    ("甲公司向法庭申请延期开庭。", [("甲公司", "REPORTS_TO", "法庭")]),
    ("志愿者将药品带给老人。", [("志愿者", "SERVES", "老人")]),
    # stating something to a party (向 B 表明…) informs it, as 向 B 说明 does
    ("客服人员已向用户表明退款规则。", [("客服人员", "INFORMS", "用户")]),
    # kin act as parties (丈夫, 妻子); an errand done for a party serves it (为 B 拿…)
    ("儿子每周为父亲拿药品。", [("儿子", "SERVES", "父亲")]),
    ("母亲为女儿办理入学手续。", [("母亲", "SERVES", "女儿")]),
    ("志愿者每天为老人搬运物资。", [("志愿者", "SERVES", "老人")]),
    # a thing carried (行李) bears no duty and directs no one in the clause after it
    ("箱包须单独过磅，要求旅客到场。", []),
    # a list closed by 等 and its label before 的 and the cue's noun (与甲、乙等机构的合作):
    # the listed parties are the ends; a cue whose noun may not stand for them takes none
    (
        "区医院应当加强与师范学院、农科所等机构的合作。",
        [("区医院", "COLLABORATES_WITH", "师范学院"), ("区医院", "COLLABORATES_WITH", "农科所")],
    ),
    ("区政府为师范学院、农科所等机构的发展提供资金。", []),
    # bodies called by a short name (…部, …联) are listed bodies too, each an end
    (
        "县档案馆应当加强与组织部、侨联等机构的合作。",
        [("县档案馆", "COLLABORATES_WITH", "组织部"), ("县档案馆", "COLLABORATES_WITH", "侨联")],
    ),
    # an adverb of order or time glued to the preposition after it (先向, 已向) is cut
    # before the preposition, which opens the relation's object
    ("甲公司先向乙局报告。", [("甲公司", "REPORTS_TO", "乙局")]),
    ("丙医院已向丁中心提交材料。", [("丙医院", "REPORTS_TO", "丁中心")]),
    # so is one of frequency or restriction (多向, 仅为): 多|向 B 讲解, 仅|为 B 服务
    ("陪护人员可以多向病人讲解康复知识。", [("陪护人员", "INFORMS", "病人")]),
    ("研究部门仅为证券公司服务。", [("研究部门", "SERVES", "证券公司")]),
    # a short body's name as the last party of its sentence, its ending split off
    ("甲公司每季度向海河局报告工作。", [("甲公司", "REPORTS_TO", "海河局")]),
    # the partners 联合 names before 等共同… are the actor's partners, not a group
    # acting together with one another
    (
        "区科技局联合师范学院、农科所等共同组建实验室。",
        [
            ("区科技局", "COLLABORATES_WITH", "师范学院"),
            ("区科技局", "COLLABORATES_WITH", "农科所"),
        ],
    ),
    # orders a party follows (按照 B 的指令) are B's demands
    ("县政府应当按照省政府的指令调配物资。", [("省政府", "REQUIRES", "县政府")]),
    # a thing another party provided that the subject receives (拿到 B 提供的图纸)
    ("监理单位拿到设计院提供的图纸后开展复核。", [("设计院", "SERVES", "监理单位")]),
    # problems passed on to a party (反映到 B) are feedback to it
    ("承包商可以将问题反映到监理单位。", [("承包商", "GIVES_FEEDBACK_TO", "监理单位")]),
    # information passed both ways (与 B 实现信息互通) is working together
    ("承包商通过平台与监理单位实现信息的互通。", [("承包商", "COLLABORATES_WITH", "监理单位")]),
    # a subsidy given to a party (对 B 进行补贴) serves it
    ("县政府可以对种粮农户进行补贴。", [("县政府", "SERVES", "种粮农户")]),
    # money paid back to a party (返回给 B) serves it
    ("合作社将部分收益返回给社员。", [("合作社", "SERVES", "社员")]),
    # 其它 and 其他的 before a party are determiners, not part of its name
    ("区档案馆应当向其它的情报机构通报情况。", [("区档案馆", "INFORMS", "情报机构")]),
    ("区档案馆应当为其它用户提供查询服务。", [("区档案馆", "SERVES", "用户")]),
    # a count of some of a class (部分, 有些) is a determiner, not part of the name; before
    # a bare generic head (许多机构) it stays, the count names the group
    ("部分药剂师会向顾客说明用药风险。", [("药剂师", "INFORMS", "顾客")]),
    ("有些药剂师会为顾客提供送药服务。", [("药剂师", "SERVES", "顾客")]),
    ("许多机构正与师范学院开展合作。", [("许多机构", "COLLABORATES_WITH", "师范学院")]),
    # leading a body (同时领导 B) supervises it; 领导 naming leaders directs no one
    ("甲委员会同时领导乙办公室。", [("甲委员会", "SUPERVISES", "乙办公室")]),
    ("各级领导应当支持工会工作。", []),
    # a penalty imposed on a party (对 B 采取…惩罚) supervises it, as a measure does
    ("平台可以对商户采取封号等惩罚。", [("平台", "SUPERVISES", "商户")]),
    # an account or a channel opened for a party (为 B 开通…) serves it
    ("银行为商户开通收款账户。", [("银行", "SERVES", "商户")]),
    # a party's opinion on a matter that the subject acts on (根据 B 对…的评分) is B's feedback
    ("商家可以根据顾客对菜品的评分调整菜单。", [("顾客", "GIVES_FEEDBACK_TO", "商家")]),
    # units named only by their relevance (有关单位) are no party a relation acts on,
    # though they may act; a named kind of unit (有关施工单位) is one
    ("区水务局应当督促有关单位落实防汛措施。", []),
    ("区水务局应当会同相关单位开展排查。", []),
    ("区水务局应当督促有关施工单位落实防汛措施。", [("区水务局", "REQUIRES", "有关施工单位")]),
    ("有关单位应当及时告知区水务局。", [("有关单位", "INFORMS", "区水务局")]),
    # a cue word inside a field of a list of bearers sharing one head (食品监督抽检等
    # 部门) is part of a name, no verb
    ("市教育、食品监督抽检等部门负责有关工作。", []),
    ("区民政、卫生监督执法、安全生产监督管理等部门应当做好有关工作。", []),
    # an opinion rating (对甲馆的评价较高) or a disputed penalty (对乙局作出的处罚不服)
    # assesses no one; an evaluation carried out does
    ("读者对区图书馆服务的评价较高。", []),
    ("乙店对县税务局作出的处罚不服，提起了诉讼。", []),
    ("区文旅局对区图书馆的服务进行评价。", [("区文旅局", "SUPERVISES", "区图书馆")]),
    # a benefit an agent gives (由甲局给予补贴) is no sanction; a penalty is
    ("养殖户经营困难的，由县农业局给予补贴。", []),
    (
        "养殖户违反本规定的，由县农业局给予警告。",
        [("县农业局", "SUPERVISES", "养殖户")],
    ),
    # 促请 / 吁请 / 敦请 (urging, as in news reports) direct the party they name
    ("消费者委员会促请区政府加快修订收费标准。", [("消费者委员会", "REQUIRES", "区政府")]),
    ("甲行业协会吁请会员企业加强自律。", [("甲行业协会", "REQUIRES", "会员企业")]),
    ("甲行业协会敦请会员企业加强自律。", [("甲行业协会", "REQUIRES", "会员企业")]),
    # 参照 / 遵照 (following a body's view) open an adverbial as 按照 does: no name runs
    # across them (乙公司|参照委员会 is no party)
    ("甲局建议乙公司参照委员会的意见整改。", [("甲局", "REQUIRES", "乙公司")]),
    ("甲局要求乙公司遵照管理委员会的意见整改。", [("甲局", "REQUIRES", "乙公司")]),
    # a subjectless directive reported after a verb of saying (甲指出，要…) is not the
    # speaker's act; the speaker's own plan (将…) and a directive with its own subject are
    ("区卫健委指出，要督促物业公司加强巡查。", []),
    ("专家孙晓东强调，还应当为老人提供上门服务。", []),
    ("区卫健委表示，将督促物业公司加强巡查。", [("区卫健委", "REQUIRES", "物业公司")]),
    ("孙晓东指出，区政府要督促物业公司加强巡查。", [("区政府", "REQUIRES", "物业公司")]),
    (
        "《办法》规定，区卫健委可以根据有关规定，要求物业公司提供资料。",
        [("区卫健委", "REQUIRES", "物业公司")],
    ),
    # a clause opening with 是 names what the subject is: its noun (…设立的乙机构) is no
    # new actor, the subject goes on acting in the clauses after it
    (
        "丙研究院成立于2010年，是丁公司设立的研究机构，与多家高校紧密合作。",
        [("丙研究院", "COLLABORATES_WITH", "高校")],
    ),
    (
        "丙研究院是丁公司设立的研究机构，应当与高校合作。",
        [("丙研究院", "COLLABORATES_WITH", "高校")],
    ),
    # 作为 + a relative clause and its noun predicates the subject: it goes on acting
    (
        "甲研究院作为乙集团创办的新型智库，积极与高校合作。",
        [("甲研究院", "COLLABORATES_WITH", "高校")],
    ),
    # 指示 B … orders as 命令 does; 按照 B 的指示 stays the noun of an instruction received
    ("次日，丙指挥部指示丁分队于河堤进行值守。", [("丙指挥部", "REQUIRES", "丁分队")]),
    # 毋须, 不须 (Hong Kong usage of 无须): no duty, so no report
    ("学校亦毋须向丙局提交数据。", []),
    ("学校亦不须向丙局呈交报告。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), RELATIONS)
def test_relations(
    extraction_nlp: Language, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    found = extraction_nlp(sentence)._.zhkg_relations
    assert [(r.subject.text, r.kind.value, r.object.text) for r in found] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "甲平台应当完善数据保护机制，防止信息泄露。",
        "乙公司应当依法办理登记。",
        "丙商户应当及时更新公示信息。",
    ],
)
def test_a_cue_word_without_its_frame_states_no_relation(
    extraction_nlp: Language, sentence: str
) -> None:
    """A cue's word with no match of its whole pattern (公示 without a party told, 登记
    without the body registered with) states nothing: the reader stops before the actors."""
    live = live_cues(cue_table(), sentence)
    clauses = [(c.start, c.end) for c in split_clauses(sentence)]
    assert live and not _may_state_relation(sentence, live, clauses)
    assert extraction_nlp(sentence)._.zhkg_relations == []


@pytest.mark.parametrize(
    "sentence",
    [
        "乙户申请补助，甲局于五日内审核。",
        "乙户违反规定的，甲局应当予以处罚。",
        "甲中心还与乙大学共建研究基地。",
    ],
)
def test_a_cue_a_sanction_or_an_application_is_read(sentence: str) -> None:
    """The whole pattern of a cue, a sanction or an application: the clauses are read."""
    live = live_cues(cue_table(), sentence)
    clauses = [(c.start, c.end) for c in split_clauses(sentence)]
    assert _may_state_relation(sentence, live, clauses)


def test_a_party_a_cue_verb_opening_a_condition_engages_is_not_sanctioned(
    extraction_nlp: Language,
) -> None:
    """雇用…的人员从事…的，由 B 责令…: 人员 is the object of 雇用, not the condition's subject."""
    found = extraction_nlp("雇用未经培训的人员从事救生服务的，由体育部门责令改正。")
    assert not [r for r in found._.zhkg_relations if r.kind.value == "SUPERVISES"]


@pytest.mark.parametrize("sentence", ["ABC 等用博弈模型帮助商户优化决策。", "ABC的模型帮助商户。"])
def test_a_cited_latin_name_acts_on_no_one(extraction_nlp: Language, sentence: str) -> None:
    """ABC 等 cites authors, ABC 的 possesses: the Latin name is no acting party."""
    found = extraction_nlp(sentence)._.zhkg_relations
    assert [r.subject for r in found if r.subject is not None] == []


def test_a_subject_after_a_relative_clause_acts_in_the_clauses_after_it(
    extraction_nlp: Language,
) -> None:
    """The parties after a relative clause that a modal follows are the clause's subject,
    and the clauses chained after it go on with them (作出…决定的甲、乙可以会同丙，委托丁…);
    the directive inside the relative clause addresses them with no named actor."""
    sentence = (
        "作出责令改正决定的税务机关、市场监管部门可以会同财政部门，"
        "委托有关会计师事务所对纳税人进行辅导。"
    )
    found = extraction_nlp(sentence)._.zhkg_relations
    assert [(r.subject.text, r.kind.value, r.object.text) for r in found if r.subject] == [
        ("税务机关", "COLLABORATES_WITH", "财政部门"),
        ("市场监管部门", "COLLABORATES_WITH", "财政部门"),
        ("税务机关", "CONTRACTS_WITH", "有关会计师事务所"),
        ("市场监管部门", "CONTRACTS_WITH", "有关会计师事务所"),
    ]


def test_a_quantified_passive_agent_is_no_party(extraction_nlp: Language) -> None:
    """被 + a quantifier introduces a passive's agent, neither a role (被申请人) nor a
    participle (被委派机构): 被许多学者界定为… names no acting party."""
    sentence = "社区养老服务，被许多学者界定为通过多种手段为老年人提供照护的服务。"
    found = extraction_nlp(sentence)._.zhkg_relations
    assert [r.subject for r in found if r.subject is not None] == []


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("监管机构应当对运营方进行检查。", "must"),
        ("监管机构可以对运营方进行检查。", "may"),
        ("监管机构对运营方进行检查。", None),
        ("造成运营方损失的，监管机构应当承担赔偿责任。", "must"),
    ],
)
def test_a_relation_keeps_the_modality_of_its_clause(
    extraction_nlp: Language, sentence: str, modality: str | None
) -> None:
    (found,) = extraction_nlp(sentence)._.zhkg_relations
    assert (found.modality.value if found.modality else None) == modality
    if found.kind.value == "SUPERVISES":
        assert sentence[found.start : found.end].startswith("对运营方")
        assert found.rule.startswith("relation.supervises")
    else:
        assert (found.subject.text, found.kind.value, found.object.text) == (  # type: ignore[union-attr]
            "监管机构",
            "COMPENSATES",
            "运营方",
        )


def test_telling_verbs_hand_the_relation_to_another_party(extraction_nlp: Language) -> None:
    found = extraction_nlp("平台应当告知其可以向有关部门投诉。")._.zhkg_relations
    assert found == []


def test_a_zero_subject_relation_takes_the_articles_party() -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text(
        "保险条例\n\n第九条 保险代理机构应当核实投保人身份；未核实的，与保险公司承担连带责任。\n"
    )
    relations = extract(document, load_lexicon()).relations
    # (核实 B 的身份 supervises B, as 核验 does)
    assert [(r.subject.text, r.kind.value, r.object.text) for r in relations] == [
        ("保险代理机构", "SUPERVISES", "投保人"),
        ("保险代理机构", "JOINTLY_LIABLE_WITH", "保险公司"),
    ]


def test_oversight_of_a_topic_has_its_own_rule_and_reaches_a_later_sanction() -> None:
    """对…的甲公司，乙局应当增加抽查…；…的，由乙局吊销其执照: the oversight states no
    sanction (its own rule id), and the sanction after it acts on the same party."""
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text(
        "丙市管理办法\n\n第一条 对有违规记录的甲公司，乙局应当增加抽查频次；"
        "情节严重的，由乙局吊销其执照。\n"
    )
    relations = extract(document, load_lexicon()).relations
    assert [(r.subject.text, r.object.text, r.rule) for r in relations] == [
        ("乙局", "甲公司", "relation.supervises.topic_oversight"),
        ("乙局", "甲公司", "relation.supervises.sanction+zero"),
    ]


def test_a_sanction_in_a_later_part_is_imposed_by_the_agent_an_earlier_part_names() -> None:
    """…，由乙局责令改正；拒不改正的，对甲公司负责人处罚款: the agent 由 names in the first
    "；"-part fines the party the later part names; with no agent before, no one does."""
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text(
        "丙市管理办法\n\n第一条 甲公司违反本办法规定的，由乙局责令改正；"
        "拒不改正的，对直接负责的主管人员处1万元罚款。\n\n"
        "第二条 拒不改正的，对直接负责的主管人员处1万元罚款。\n"
    )
    relations = extract(document, load_lexicon()).relations
    assert [(r.subject.text, r.object.text, r.sentence) for r in relations if r.subject] == [
        ("乙局", "甲公司", relations[0].sentence),
        ("乙局", "主管人员", relations[1].sentence),
    ]
    assert relations[1].sentence != relations[0].sentence  # read in the later part


def test_a_zero_subject_directive_takes_the_articles_party() -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text(
        "安全生产条例\n\n第五条 监理单位应当审查施工方案；发现隐患的，应当督促施工单位整改。\n"
    )
    relations = extract(document, load_lexicon()).relations
    found = [(r.subject.text, r.kind.value, r.object.text, r.modality) for r in relations]
    assert ("监理单位", "REQUIRES", "施工单位", Modality.MUST) in found


def test_a_zero_subject_is_never_a_party_its_own_cue_addresses() -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text(
        "基层治理研究\n\n这就要求各级干部、各级政府部门深入基层，倾听群众意见。\n"
    )
    relations = extract(document, load_lexicon()).relations
    found = [(r.subject.text, r.kind.value, r.object.text) for r in relations]
    assert not any(kind == "REQUIRES" for _, kind, _ in found), found
    # a determiner stays on its word: 各级 is not cut to 级
    mentions = [m.text for m in extract(document, load_lexicon()).mentions]
    assert "级干部" not in mentions and "级政府部门" not in mentions


def test_an_addressee_named_with_its_possessor_is_no_zero_subject_of_its_cue() -> None:
    """要求甲系统的开发者和使用者要…: the duty names them whole, the cue's object bare;
    either way they are whom the demand addresses, not who demands."""
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text(
        "数据治理研究\n\n该守则要求甲系统的开发者和使用者要定期更新数据。\n"
    )
    extraction = extract(document, load_lexicon())
    found = [(r.subject.text, r.kind.value, r.object.text) for r in extraction.relations]
    assert not any(kind == "REQUIRES" for _, kind, _ in found), found
    holders = {s.holder.text for s in extraction.responsibilities}
    assert holders == {"甲系统的开发者", "甲系统的使用者"}, holders


def test_a_zero_subject_relation_takes_the_paragraphs_last_named_subject() -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text(
        "年度工作安排\n\n一、重点任务\n区文旅局将持续推进景区安全检查。督促景区经营单位完善应急预案。\n"
    )
    relations = extract(document, load_lexicon()).relations
    found = [(r.subject.text, r.kind.value, r.object.text) for r in relations]
    assert ("区文旅局", "REQUIRES", "景区经营单位") in found


def test_a_clause_whose_subject_is_a_thing_takes_no_zero_subject() -> None:
    """甲类公共设施应当为…: a run of nouns naming a thing before the modal is the subject;
    the party of the sentence before does not act (a bare party name still borrows none)."""
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text(
        "县政府应当支持乡村文化建设。\n乡村公共文化设施应当为文化志愿者提供排练场地。\n"
    )
    relations = extract(document, load_lexicon()).relations
    assert [(r.subject.text, r.object.text) for r in relations] == []


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("这也为汽车制造商提供了机遇。", []),
        ("同时还应为汽车制造商提供培训。", [("汽车联盟", "SERVES", "汽车制造商")]),
    ],
)
def test_a_bare_demonstrative_subject_takes_no_zero_subject(
    second: str, expected: list[tuple[str, str, str]]
) -> None:
    """这也为 B 提供了机遇: a bare demonstrative before an adverb points at a fact just told;
    the party of the sentence before does not act (a subjectless clause still borrows it)."""
    found = _document_relations("研究\n\n汽车联盟应当发布行业标准。" + second + "\n")
    assert found == expected


def test_numbered_items_after_a_lead_in_go_on_with_its_party() -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    # a notice: the items' run-in titles and the first item's body stand between the
    # lead-in that names the party and the second item, which still goes on with it
    document = document_from_text(
        "关于开展景区安全检查的通知\n\n一、工作目标\n开展安全检查。\n二、工作要求\n"
        "各区文旅局要提高认识，加强组织领导。\n"
        "1.严格处置标准。督促景区经营单位深入自查自纠。\n"
        "2.加强部门联动。及时通报公安机关。\n"
    )
    relations = extract(document, load_lexicon()).relations
    found = {(r.subject.text, r.kind.value, r.object.text) for r in relations}
    assert ("各区文旅局", "REQUIRES", "景区经营单位") in found
    assert ("各区文旅局", "INFORMS", "公安机关") in found


def test_a_list_item_naming_a_party_by_its_service_is_that_partys_act() -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text(
        "新规观察\n\n区文旅局应当加强景区检查。新规规定了两类经营主体：景区经营单位；"
        "为游客提供讲解服务的导游机构；\n"
    )
    relations = extract(document, load_lexicon()).relations
    found = [(r.subject.text, r.kind.value, r.object.text) for r in relations]
    assert found == [("导游机构", "SERVES", "游客")]


def test_a_party_a_later_cue_directs_is_no_zero_subject_of_an_earlier_one() -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    # 鼓励游客… makes 游客 a duty's holder, but 游客 does not direct the operators
    document = document_from_text(
        "关于开展景区安全检查的通知\n\n一、工作目标\n开展安全检查。\n二、工作要求\n"
        "各区文旅局要提高认识，加强组织领导。\n"
        "1.严格处置标准。督促景区经营单位深入自查自纠，鼓励游客积极提供举报线索。\n"
    )
    relations = extract(document, load_lexicon()).relations
    found = {(r.subject.text, r.kind.value, r.object.text) for r in relations}
    assert ("游客", "REQUIRES", "景区经营单位") not in found


def test_a_named_directive_in_a_later_part_takes_the_sentences_named_party() -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    # 引导 needs a named encourager: the "；"-part goes on with the party named before it
    document = document_from_text(
        "某市节约粮食规定\n\n第一条 学校食堂应当科学制定食谱；在醒目位置设置标识，"
        "引导学生适量取餐。\n"
    )
    relations = extract(document, load_lexicon()).relations
    found = {(r.subject.text, r.kind.value, r.object.text) for r in relations}
    assert ("学校食堂", "REQUIRES", "学生") in found


def test_a_sanction_in_a_later_part_falls_on_the_party_the_earlier_parts_sanction() -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    # 由丙局吊销其执照 names no party of its own: the "；"-part goes on with the violator
    # that the sentence's earlier part sanctions; a sanction with no earlier part names none
    document = document_from_text(
        "某市经营管理规定\n\n第九条 经营单位违反本规定的，由市场监督管理部门责令改正；"
        "造成严重后果的，由市人民政府取消其经营资格。\n"
        "第十条 造成严重后果的，由区人民政府吊销其营业执照。\n"
    )
    relations = extract(document, load_lexicon()).relations
    found = {(r.subject.text, r.kind.value, r.object.text) for r in relations}
    assert ("市场监督管理部门", "SUPERVISES", "经营单位") in found
    assert ("市人民政府", "SUPERVISES", "经营单位") in found
    assert not [r for r in relations if r.subject.text == "区人民政府"]


def test_outside_regulations_a_relations_zero_subject_lapses_like_a_duties() -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    # a paper: the holder named two sentences before in the paragraph no longer acts
    document = document_from_text(
        "高校图书馆服务研究\n\n摘要：本文讨论图书馆服务。\n\n一、引言\n"
        "图书馆应当完善借阅制度。这一问题由来已久，讨论很多。实践中，为读者提供培训十分必要。\n\n"
        "参考文献\n[1] 某文献。\n"
    )
    assert not extract(document, load_lexicon()).relations


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a thing as the subject of the clause (展板内容应…): the thing helps, not the
        # party named before, as the duty reader reads its duty
        ("展板内容应增加图示说明，帮助游客了解路线。", []),
        ("还应增加图示说明，帮助游客了解路线。", [("景区", "SERVES", "游客")]),
    ],
)
def test_outside_regulations_a_things_clause_gives_its_relations_no_zero_subject(
    clause: str, expected: list[tuple[str, str, str]]
) -> None:
    found = _document_relations(
        "景区导览研究\n\n摘要：本文讨论导览设计。\n\n一、导览\n"
        f"景区应当改进导览设计。{clause}\n\n参考文献\n[1] 某文献。\n"
    )
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a text or a speaker says (通知提出，…) directs no party of the context
        ("通知提出，专项整治聚焦重点问题，督促企业自查整改。", []),
        ("会议强调：要聚焦重点问题，督促企业自查整改。", []),
        ("监管局聚焦重点问题，督促企业自查整改。", [("监管局", "REQUIRES", "企业")]),
        # 来说 (具体来说, 对甲来说) says nothing: the zero subject stands
        ("具体来说，要督促企业自查整改。", [("监管局", "REQUIRES", "企业")]),
    ],
)
def test_outside_regulations_a_reported_saying_gives_no_zero_subject(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    found = _document_relations(
        "算法治理研究\n\n摘要：本文讨论算法治理。\n\n一、背景\n"
        f"监管局应当加强算法监管。{sentence}\n\n参考文献\n[1] 某文献。\n"
    )
    assert found == expected


def test_a_directive_in_a_quotation_opened_before_takes_no_zero_subject() -> None:
    """甲局发布《意见》。其中指出：“…。督促企业…。”: the quotation opened in the sentence
    before goes on, so its subjectless directive is the quoted text's, not the issuer's."""
    found = _document_relations(
        "金融研究\n\n为了推进金融合作，监管局于2020年发布《意见》。"
        "其中第三十条指出：“加强权益保护。督促企业完善保护机制。”\n"
    )
    assert found == []


@pytest.mark.parametrize(
    ("before", "told", "expected"),
    [
        # a zero subject of the very kind the relation acts on, only narrower (肾病患者
        # and 患者), is the wrong antecedent: the patient does not tell the patient
        ("慢性肾病老年患者应当定期复查。", "患者", []),
        ("护理人员应当定期随访。", "患者", [("护理人员", "INFORMS", "患者")]),
        # …unless the object is marked as others of the kind (其他患者, 其他的患者)
        ("慢性肾病老年患者应当定期复查。", "其他的患者", [("慢性肾病老年患者", "INFORMS", "患者")]),
    ],
)
def test_a_zero_subject_of_the_objects_own_kind_is_no_actor(
    before: str, told: str, expected: list[tuple[str, str, str]]
) -> None:
    found = _document_relations(
        "老年患者护理研究\n\n摘要：本文讨论护理。\n\n一、护理\n"
        f"{before}应该告诉{told}规律用药的重要性。\n\n参考文献\n[1] 某文献。\n"
    )
    assert found == expected


def test_authors_a_citation_names_are_no_zero_subject() -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    # a citation split at its ";" leaves "Walker et al" as a fragment's subject: a
    # reference, no party the next sentence's subjectless acts go on with
    document = document_from_text(
        "新生适应研究\n\n摘要：本文讨论新生适应。\n\n一、建议\n"
        "例如，高校可以组织迎新活动(Moreau et al.,2016;Walker et al.,2021)。在活动中，"
        "可以让新生向高中生分享经验，在为新生提供机会的同时，又可以帮助高中生了解大学。"
        "\n\n参考文献\n[1] 某文献。\n"
    )
    found = extract(document, load_lexicon()).relations
    assert not [r for r in found if "et al" in r.subject.text]


def test_outside_regulations_a_relations_zero_subject_lapses_across_paragraphs() -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    # a paper: a holder named two sentences before, in another paragraph, no longer acts
    document = document_from_text(
        "社区养老服务研究\n\n摘要：本文讨论社区养老服务。\n\n一、引言\n"
        "养老机构应当完善护理制度。\n这一问题由来已久，讨论很多。\n实践中，为老年人提供陪护十分必要。\n\n"
        "参考文献\n[1] 某文献。\n"
    )
    assert not extract(document, load_lexicon()).relations


def test_a_heading_that_is_a_whole_clause_states_its_relations() -> None:
    """A numbered heading with no body (3.2 鼓励甲委托乙…) is read as a sentence."""
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text(
        "养殖业发展研究\n\n3 对策\n\n3.2鼓励县农业局委托兽医站开展防疫培训\n\n"
        "防疫工作关系到养殖户的收入。\n"
    )
    relations = extract(document, load_lexicon()).relations
    found = [(r.subject.text, r.kind.value, r.object.text) for r in relations]
    assert ("县农业局", "CONTRACTS_WITH", "兽医站") in found, found


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("数字化发展很快。还可以帮助用户适应数字生活。\n", []),
        ("社区医院数量增加。还可以帮助用户适应数字生活。\n", [("社区医院", "SERVES", "用户")]),
    ],
)
def test_a_papers_heading_party_acts_only_where_its_paragraph_names_it(
    paragraph: str, expected: list[tuple[str, str, str]]
) -> None:
    """Outside regulations a heading's party is the section's topic: a subjectless
    relation takes it only in a paragraph that names it."""
    found = _document_relations(
        "社区医院：从理念到实践\n张三1,2 李四1\n（1.某大学，北京，100190）\n"
        "[摘要]本文讨论社区医院的发展。\n[关键词]社区医院；用户服务\n"
        "4社区医院从理念到实践的实施路径\n从发展过程看，数字化是重要方向。\n"
        "4.1应坚持做好到院服务\n数字化发展很快。\n4.2重视医生的作用\n" + paragraph
    )
    assert found == expected


def test_a_demonstrative_subject_of_a_relation_takes_the_party_named_before() -> None:
    """该委员会 as a relation's end resolves to the body the sentence before names."""
    found = _document_relations(
        "研究\n\n区卫生健康委员会在防疫方面发挥了主要作用。"
        "通过与区环保局合作，该委员会建立了巡查机制。\n"
    )
    assert found == [("区卫生健康委员会", "COLLABORATES_WITH", "区环保局")]


def test_a_conditions_party_does_not_act_in_a_main_clause_with_a_subject_of_its_own() -> None:
    """甲违反…的，乙委员会可以…建议丙…: the main clause opens with a name the finder does
    not read; the condition's party is not the one who advises."""
    found = _document_relations(
        "节水条例\n\n第九条 供水单位违反本条例规定，情节严重的，市和区、县（市）节约和保护"
        "用水委员会可以视其情节，建议有关部门对直接负责的主管人员给予处分。\n"
    )
    assert ("供水单位", "REQUIRES", "有关部门") not in found
    assert ("有关部门", "SUPERVISES", "主管人员") in found


def test_a_holder_read_from_a_cue_and_its_object_acts_on_no_one() -> None:
    """报经 B 审核 read by the chunker as one holder's name (报经B): the zero subject that
    name gives is not the party that reports to B."""
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text("确有必要的，报经省级以上海事机关审核认定，可以列入名单。\n")
    assert not extract(document, load_lexicon()).relations


def _document_relations(text: str) -> list[tuple[str, str, str]]:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    relations = extract(document_from_text(text), load_lexicon()).relations
    return [(r.subject.text, r.kind.value, r.object.text) for r in relations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("社区医生向居民说明用药风险。\n", [("社区医生", "INFORMS", "居民")]),
        ("质性研究也发现，社区医生向居民说明用药风险。\n", []),
        ("调查结果显示，甲医院为患者提供随访。\n", []),
        ("文献综述指出，社区医生为患者提供随访。\n", []),
        ("访谈结果表明，社区医生向居民说明用药风险。\n", []),
        (
            "研究发现，随访很重要，因此社区医院应当为患者提供随访。\n",
            [("社区医院", "SERVES", "患者")],
        ),
    ],
)
def test_a_finding_a_study_reports_states_no_relation(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """What a study reports that parties do is its finding (研究也发现，…), not a relation
    the text states; the writer's conclusion after it (因此…) is."""
    assert _document_relations(text) == expected


def test_an_organs_own_inquiry_in_a_regulation_is_no_reported_finding() -> None:
    """调查发现，… in an article is the organ's own inquiry: the relation after it stands,
    while in prose the same sentence reports a finding."""
    sentence = "区市场监督管理局调查发现，经营者存在违法行为的，区市场监督管理局应当约谈经营者。\n"
    regulation = "甲条例\n\n第一条 为了规范经营，制定本条例。\n第二条 " + sentence
    assert _document_relations(regulation) == [("区市场监督管理局", "SUPERVISES", "经营者")]
    assert _document_relations("甲文章\n\n" + sentence) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subjectless inspection in prose: what is done to someone, nobody's oversight
        (
            "甲文章\n\n乙研究院为企业提供咨询服务。"
            "组建专业队伍对相关服务提供者的评估情况进行检查，以评促建。\n",
            [("乙研究院", "SERVES", "企业")],
        ),
        (
            "甲文章\n\n乙研究院为企业提供咨询服务。对服务提供者进行检查，以评促建。\n",
            [("乙研究院", "SERVES", "企业")],
        ),
        # a modal makes it a duty, and a subject named before in the sentence acts
        (
            "甲文章\n\n乙研究院为企业提供咨询服务。对服务提供者应当进行检查。\n",
            [("乙研究院", "SERVES", "企业"), ("乙研究院", "SUPERVISES", "服务提供者")],
        ),
        (
            "甲文章\n\n丙医院为居民提供随访服务，并对护工进行考核。\n",
            [("丙医院", "SERVES", "居民"), ("丙医院", "SUPERVISES", "护工")],
        ),
        # a regulation's subjectless clause goes on with the article's bearer
        (
            "甲条例\n\n第一条 为了规范经营，制定本条例。\n"
            "第二条 乙研究院为企业提供咨询服务。对服务提供者进行检查。\n",
            [("乙研究院", "SERVES", "企业"), ("乙研究院", "SUPERVISES", "服务提供者")],
        ),
    ],
)
def test_prose_describing_an_inspection_names_no_overseer(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Outside a regulation a clause with an oversight verb, no modal and no subject of its
    own or of its sentence (…。对乙进行检查) describes a procedure, not oversight by the
    party of an earlier sentence; a modal, a subject named before in the sentence or a
    regulation's article keeps the row."""
    assert sorted(_document_relations(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甲文章\n\n乙协会为会员提供培训。本研究分析培训数据，为主管部门制定政策提供依据。\n",
            [("乙协会", "SERVES", "会员")],
        ),
        (
            "甲文章\n\n乙医院为患者提供随访。"
            "但是笔者认为仍需更多证据，临床上应充分告知家属随访的意义。\n",
            [("乙医院", "SERVES", "患者")],
        ),
        # without the study as subject the clause goes on with the party before
        (
            "甲文章\n\n乙协会为会员提供培训。为主管部门制定政策提供依据。\n",
            [("乙协会", "SERVES", "会员"), ("乙协会", "SERVES", "主管部门")],
        ),
    ],
)
def test_the_study_as_subject_lends_no_party_to_its_clauses(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """A sentence opening with the study or its author (本研究…, 笔者认为…) acts itself:
    its subjectless clauses take no party of the sentences before."""
    assert sorted(_document_relations(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party names the doer of an activity, and the activity is the subject
        ("甲文章\n\n乙协会建设为会员转变服务模式提供了机遇。\n", []),
        ("甲文章\n\n乙协会发展对会员企业提出了新的要求。\n", []),
        # a nominal verb that opens the predicate is an adverbial: the party acts
        ("甲文章\n\n乙协会统一为会员提供培训。\n", [("乙协会", "SERVES", "会员")]),
        ("甲文章\n\n乙协会定期向主管部门报告工作。\n", [("乙协会", "REPORTS_TO", "主管部门")]),
    ],
)
def test_an_activity_named_after_its_doer_acts_for_no_party(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """甲组织建设为乙提供…: the activity (建设, 发展) is the subject, the party before it
    its modifier, so no party of the clause or the context acts."""
    assert sorted(_document_relations(text)) == sorted(expected)


@pytest.mark.parametrize(("received", "described"), [(False, True), (True, False)])
def test_a_described_sanction_is_judged_by_its_cue_s_side(received: bool, described: bool) -> None:
    """The sanction rule serves a cue read from the overseen side (由甲吊销…) and one read
    from the actor's (责令乙…): the candidate's side, not its rule, spares the first."""
    from zhkg.extract.extractor import _described_oversight
    from zhkg.extract.model import RelationKind
    from zhkg.extract.relations import SANCTION_RULE, RelationCandidate
    from zhkg.extract.stakeholders import Party

    text = "责令乙方限期整改。"
    actor = Party("甲局", "甲局", "Stakeholder", 0, 0)
    obj = Party("乙方", "乙方", "Stakeholder", 2, 4)
    relation = RelationCandidate(
        actor,
        RelationKind.SUPERVISES,
        obj,
        SANCTION_RULE + "+zero",
        0.65,
        None,
        0,
        4,
        received=received,
    )
    assert _described_oversight(relation, text) is described


def test_a_directive_in_a_list_item_takes_the_lead_ins_bearer() -> None:
    """（二）指导乙… under 甲负责下列工作： is 甲's directive; a bare 鼓励乙… is the state's."""
    found = _document_relations(
        "水务条例\n\n第一条 为了规范供水，制定本条例。\n"
        "第二条 镇人民政府负责下列工作：\n（一）建立巡检台账；\n"
        "（二）指导、协调供水企业为用户抢修管网；\n（三）引导各类物业企业参与节水宣传；\n"
        "第三条 鼓励物业企业参与节水宣传。\n"
    )
    assert ("镇人民政府", "SUPERVISES", "供水企业") in found
    assert ("镇人民政府", "REQUIRES", "物业企业") in found
    assert not [row for row in found if row[2] == "物业企业" and row[0] != "镇人民政府"]


def test_a_modal_duty_with_a_zero_subject_names_its_encourager() -> None:
    """应当激励乙… with no subject of its own: the duty's bearer (the article's party)
    encourages."""
    found = _document_relations(
        "水务条例\n\n第一条 为了规范供水，制定本条例。\n"
        "第二条 区水务局负责节水工作。应当激励物业企业开展节水宣传。\n"
    )
    assert ("区水务局", "REQUIRES", "物业企业") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("水务局对供水企业提出明确要求。", [("水务局", "REQUIRES", "供水企业")]),
        ("水务局对供水企业提出的要求进行答复。", []),
        ("水务局应当倡导相关机构开展节水宣传。", [("水务局", "REQUIRES", "相关机构")]),
    ],
)
def test_demands_put_to_a_party_and_advocacy_require(
    extraction_nlp: Language, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """对乙提出…要求 and 倡导乙… require 乙 to act; 乙's own 提出的要求 do not; 相关 stays on a
    bare generic head (相关机构)."""
    found = extraction_nlp(sentence)._.zhkg_relations
    rows = [(r.subject.text, r.kind.value, r.object.text) for r in found]
    assert [row for row in rows if row[1] == "REQUIRES"] == expected


def test_a_numbered_clause_with_no_closed_title_is_read_from_after_its_number() -> None:
    """七、甲会同乙… is a numbered clause, not a title 甲会同 run into 乙…: 甲 is its subject."""
    found = _document_relations(
        "通告\n\n六、其他事项。\n七、市水务局会同市生态环境局加强对排污单位的监督检查。\n"
    )
    assert ("市水务局", "COLLABORATES_WITH", "市生态环境局") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("养老院应当与慈善组织合作。", [("养老院", "COLLABORATES_WITH", "慈善组织")]),
        ("养老院应当向慈善组织报告。", [("养老院", "REPORTS_TO", "慈善组织")]),
        ("街道办事处应当支持慈善组织发展。", [("街道办事处", "SERVES", "慈善组织")]),
        ("养老院每月组织培训。", []),
    ],
)
def test_a_name_ending_in_a_verb_is_read_up_to_the_cues_verb(
    extraction_nlp: Language, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """与乙组织合作, 支持乙组织发展: 组织 followed by a verbal noun reads as a predicate
    (…组织|合作) to the party finder, but between a cue and the verb after it it closes a
    name; 每月组织培训 stays a predicate."""
    found = extraction_nlp(sentence)._.zhkg_relations
    assert [(r.subject.text, r.kind.value, r.object.text) for r in found] == expected


def test_a_received_relation_in_a_duty_with_a_thing_subject_goes_to_the_bearer() -> None:
    """…经费应当公开，并接受乙的监督: the duty's bearer (the article's party) receives 乙's
    supervision, as it bears the duty; the sentence alone names no receiver."""
    text = (
        "条例\n\n第一条 为了规范管理，制定本条例。\n"
        "第二条 慈善组织应当建立台账。项目经费应当公开，并接受审计机关的监督。\n"
    )
    assert ("审计机关", "SUPERVISES", "慈善组织") in _document_relations(text)


def test_a_received_relation_with_no_bearer_stays_out_of_the_sentences_relations(
    extraction_nlp: Language,
) -> None:
    found = extraction_nlp("项目经费应当公开，并接受审计机关的监督。")._.zhkg_relations
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "市文旅局应当会同财政等部门制定补贴办法。",
            [("市文旅局", "COLLABORATES_WITH", "财政部门")],
        ),
        # a class the word before 等 exemplifies keeps its own head (甲站等单位 is no 甲站单位)
        ("市文旅局应当会同游客服务站等单位制定办法。", []),
    ],
)
def test_a_single_field_before_deng_shares_a_departments_head(
    extraction_nlp: Language, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    found = extraction_nlp(sentence)._.zhkg_relations
    rows = [(r.subject.text, r.kind.value, r.object.text) for r in found]
    assert [row for row in rows if row[2].endswith(("部门", "单位"))] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("以慈善基金会为例，它要求申请人提交学习计划。", [("慈善基金会", "REQUIRES", "申请人")]),
        (
            "监理单位负责现场检查，他们每周向建设单位提交周报。",
            [("监理单位", "REPORTS_TO", "建设单位")],
        ),
    ],
)
def test_a_pronoun_subject_stands_for_a_party_named_before_it(
    extraction_nlp: Language, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """它/他们 opening a clause: an earlier clause's subject, else the last party named."""
    found = extraction_nlp(sentence)._.zhkg_relations
    rows = [(r.subject.text if r.subject else None, r.kind.value, r.object.text) for r in found]
    assert rows == expected


def test_an_authoritys_guidance_of_a_bodys_work_supervises_the_body(
    extraction_nlp: Language,
) -> None:
    """指导乙的…工作: 乙's work stands for 乙, as in 审核乙的资质."""
    found = extraction_nlp("市人民政府应当指导区人民政府的防汛工作。")._.zhkg_relations
    rows = [(r.subject.text, r.kind.value, r.object.text) for r in found]
    assert rows == [("市人民政府", "SUPERVISES", "区人民政府")]


def test_a_long_field_name_before_deng_shares_the_departments_head(
    extraction_nlp: Language,
) -> None:
    """甲政府及其乙、丙和丁等部门: a field of nine characters (人力资源和社会保障) still takes
    the head after 等."""
    sentence = "县级以上人民政府及其民政、人力资源和社会保障等部门应当支持养老机构发展。"
    found = extraction_nlp(sentence)._.zhkg_relations
    subjects = {r.subject.text for r in found if r.subject is not None}
    assert {"民政部门", "人力资源和社会保障部门"} <= subjects


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("淘宝还为商家提供培训。", [("淘宝", "SERVES", "商家")]),
        ("新浪对用户进行审核。", [("新浪", "SUPERVISES", "用户")]),
    ],
)
def test_a_proper_name_opening_a_clause_names_the_acting_firm(
    extraction_nlp: Language, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    """A firm or brand named by a proper noun (no head such as 公司) is the clause's actor
    when a preposition marking the other party or an adverb follows it."""
    found = extraction_nlp(sentence)._.zhkg_relations
    assert [(r.subject.text, r.kind.value, r.object.text) for r in found] == expected


def test_a_proper_name_before_a_noun_is_no_actor(extraction_nlp: Language) -> None:
    """淘宝规则: the proper noun modifies a thing, it does not act."""
    found = extraction_nlp("淘宝规则为商家提供指引。")._.zhkg_relations
    assert [r.subject.text for r in found if r.subject is not None] == []


def test_one_verb_and_a_firms_head_after_a_preposition_name_a_firm(
    extraction_nlp: Language,
) -> None:
    """与租赁公司…: after a preposition no predicate opens, so one verb and 公司 are a name
    (without the preposition, 约谈公司 stays a predicate and its object)."""
    found = extraction_nlp("教育局应当与租赁公司、律师事务所签订协议。")._.zhkg_relations
    rows = [(r.subject.text, r.kind.value, r.object.text) for r in found]
    assert rows == [
        ("教育局", "CONTRACTS_WITH", "租赁公司"),
        ("教育局", "CONTRACTS_WITH", "律师事务所"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("甲公司应当委托鉴定机构出具报告。", ("甲公司", "CONTRACTS_WITH", "鉴定机构")),
        ("乙医院可以委托调解组织代为调解。", ("乙医院", "CONTRACTS_WITH", "调解组织")),
        ("丙平台应当配合执法部门开展调查。", ("丙平台", "COLLABORATES_WITH", "执法部门")),
    ],
)
def test_one_verb_and_a_bodys_head_after_a_verb_taking_a_party_name_a_body(
    extraction_nlp: Language, sentence: str, expected: tuple[str, str, str]
) -> None:
    """委托|鉴定|机构: after a verb whose object is a party no predicate opens, so one verb
    and 机构/部门/组织 are a name, as after a preposition."""
    found = extraction_nlp(sentence)._.zhkg_relations
    rows = [(r.subject.text, r.kind.value, r.object.text) for r in found if r.subject]
    assert rows == [expected]


def test_a_short_government_and_its_listed_departments_are_each_a_party(
    extraction_nlp: Language,
) -> None:
    """甲政府及其乙、丙等部门: the government, 乙部门 and 丙部门, not 甲政府及其乙部门."""
    found = extraction_nlp("州人民政府及其财政、文化等部门应当督促剧院报告。")._.zhkg_relations
    rows = [(r.subject.text, r.kind.value, r.object.text) for r in found]
    assert rows == [
        ("州人民政府", "REQUIRES", "剧院"),
        ("财政部门", "REQUIRES", "剧院"),
        ("文化部门", "REQUIRES", "剧院"),
    ]


def test_a_modal_clause_before_a_list_closed_by_deng_is_no_list_item(
    extraction_nlp: Language,
) -> None:
    """甲、乙政府应当指导、监督丙等部门: the words before 等 hold a modal and directive verbs,
    so they are a clause, not fields sharing the head 部门."""
    sentence = "州、县人民政府应当指导、监督交通和水利等部门依法履行职责。"
    found = extraction_nlp(sentence)._.zhkg_relations
    assert {r.subject.text for r in found if r.subject is not None} == {"州人民政府", "县人民政府"}


@pytest.mark.parametrize(
    ("sentence", "objects"),
    [
        ("州人民政府应当监督交通和公安机关等部门依法履行职责。", ["交通部门", "公安机关"]),
        ("州人民政府应当监督文化和旅游等部门依法履行职责。", ["文化和旅游部门"]),
        ("州人民政府应当监督农业和农村局等部门依法履行职责。", ["农业和农村局"]),
    ],
)
def test_a_field_and_a_body_joined_before_deng_are_two_listed_parties(
    extraction_nlp: Language, sentence: str, objects: list[str]
) -> None:
    """甲和乙机关等部门: 乙机关 names a body of its own, so 甲 is a field taking the head
    after 等; a merged agency (甲和乙局) or two fields (甲和乙等部门) stay one name."""
    found = extraction_nlp(sentence)._.zhkg_relations
    assert [r.object.text for r in found] == objects


def test_a_verb_its_object_and_zhe_name_the_agent(extraction_nlp: Language) -> None:
    """上传图片者: a verb, its noun object and 者 name one party (the finder read 图片者)."""
    found = extraction_nlp("平台对上传图片者的身份进行审核。")._.zhkg_relations
    rows = [(r.subject.text, r.kind.value, r.object.text) for r in found]
    assert rows == [("平台", "SUPERVISES", "上传图片者")]


def test_a_count_of_listed_bodies_is_no_part_of_the_last_name(extraction_nlp: Language) -> None:
    """甲局、乙局三部门联合…: 三部门 counts the bodies listed; the last one is 乙局."""
    found = extraction_nlp(
        "由教育部、国家文物局、国家体育总局三部门联合发布了通知。"
    )._.zhkg_relations
    assert {r.object.text for r in found} == {"国家文物局", "国家体育总局"}


def test_a_date_opening_the_clause_is_no_part_of_the_subject(extraction_nlp: Language) -> None:
    """2020年甲部和乙部…: the date frames the clause; 甲部 is the subject."""
    found = extraction_nlp("2020年教育部和民政部联合发布了通知。")._.zhkg_relations
    rows = [(r.subject.text if r.subject else None, r.kind.value, r.object.text) for r in found]
    assert rows == [("教育部", "COLLABORATES_WITH", "民政部")]


def test_a_partner_is_a_party(extraction_nlp: Language) -> None:
    """合作伙伴: 伙伴 is an agentive ending (a partner in a venture)."""
    found = extraction_nlp("白鹭公司应当为合作伙伴提供培训。")._.zhkg_relations
    rows = [(r.subject.text, r.kind.value, r.object.text) for r in found]
    assert rows == [("白鹭公司", "SERVES", "合作伙伴")]


def test_an_adverb_of_joint_action_ends_the_partys_name(extraction_nlp: Language) -> None:
    """甲联合乙一起服务丙: 一起 (tagged a numeral) is an adverb; the partner is 乙 alone."""
    found = extraction_nlp("白鹭公司联合物流服务商一起服务商户。")._.zhkg_relations
    assert [r.object.text for r in found if r.kind.value == "COLLABORATES_WITH"] == ["物流服务商"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name and the same name with a quantifier or a place name one party: no relation
        ("馆员应当协助全体馆员整理图书。", []),
        # a modifier that sets the name apart (次, 上级, 其他) names another party
        ("承租人应当与次承租人订立合同。", [("承租人", "CONTRACTS_WITH", "次承租人")]),
        ("机关应当接受上级机关的监督。", [("上级机关", "SUPERVISES", "机关")]),
        # a level (省级, 县级, 上一级) names another body than the bare name
        ("林业部门应当报省级林业部门批准。", [("林业部门", "REPORTS_TO", "省级林业部门")]),
    ],
)
def test_no_relation_joins_a_party_to_itself(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    relations = extract(document_from_text(f"图书馆规程\n\n{sentence}\n"), load_lexicon()).relations
    assert [(r.subject.text, r.kind.value, r.object.text) for r in relations] == expected


_PAPER = (
    "摘要：本文讨论乡村图书馆的读者服务。\n\n"
    "一、引言\n"
    "乡村图书馆是农民阅读的重要阵地，其服务措施如下[2]：（1）在馆内设立阅读推广员，"
    "负责活动的策划；活动的宣传和组织。（2）为农民提供借阅咨询。（3）督促志愿者按时值班。\n\n"
    "参考文献\n[1] 王五. 乡村阅读. 2019.\n"
)


def test_the_items_of_a_list_a_paper_describes_take_its_subject() -> None:
    """甲的服务措施如下：（1）…；…。（2）为乙提供…。: with no modal, the party named before the
    lead-in acts in its items, also after an item's "；"-part and in items the structure
    made sections of their own."""
    found = _document_relations(_PAPER)
    assert ("乡村图书馆", "SERVES", "农民") in found
    assert ("乡村图书馆", "REQUIRES", "志愿者") in found


def test_a_lead_in_with_no_modal_gives_its_party_to_the_items_after_it() -> None:
    """甲开展下列业务的，适用本条例：（一）为乙提供…: 甲 acts in the items, though the lead-in
    holds no modal and no cue; the cases of a penalty (有下列情形之一的) are no such items."""
    found = _document_relations(
        "数据条例\n\n第一条 为了规范数据处理，制定本条例。\n"
        "第二条 律师事务所开展下列业务活动的，适用本条例：\n"
        "（一）为上市公司提供法律服务的；\n（二）为外资企业提供咨询服务的。\n"
        "第三条 律师事务所有下列情形之一的，依法追究责任：\n"
        "（一）擅自泄露客户数据；\n（二）要求委托人预付全部费用。\n"
    )
    assert ("律师事务所", "SERVES", "上市公司") in found
    assert ("律师事务所", "SERVES", "外资企业") in found
    assert not [row for row in found if row[2] == "委托人"]


def test_a_quoted_name_is_whole_and_a_later_demonstrative_points_back_at_it() -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text(
        "海洋观测综述\n\n甲国“开放海洋观测研究院”在培养观测人才方面发挥了主要作用。"
        "通过与气象局、海事局合作，该研究院建立了共享浮标网络。\n"
    )
    extraction = extract(document, load_lexicon())
    assert "开放海洋观测研究院" in [m.text for m in extraction.mentions]
    found = {(r.subject.text, r.kind.value, r.object.text) for r in extraction.relations}
    assert ("开放海洋观测研究院", "COLLABORATES_WITH", "气象局") in found, found
    # after a character of a word (因此) the demonstrative is that word's, no pointer
    document = document_from_text(
        "平台治理研究\n\n数字阅读平台应当保护作者版权。因此平台应当与出版社合作。\n"
    )
    found = {
        (r.subject.text, r.kind.value, r.object.text)
        for r in extract(document, load_lexicon()).relations
    }
    assert ("平台", "COLLABORATES_WITH", "出版社") in found, found


def test_a_mark_of_another_party_before_the_object_keeps_the_relation() -> None:
    """甲智库为其他智库提供…: the object is read without 其他, yet it names another party
    than the subject whose name ends in it; 甲智库为智库提供… alone would join one party
    to itself."""
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text("智库的发展\n\n高校智库可以为其他智库提供数据服务。\n")
    relations = extract(document, load_lexicon()).relations
    assert [(r.subject.text, r.kind.value, r.object.text) for r in relations] == [
        ("高校智库", "SERVES", "智库")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "养老服务十项建议\n\n1. 民政局须加强督导\n"
        "陈李立新： 为独居老人提供上门探访。亦应照顾一般住户。\n"
        "杨红： 建议民政局为养老机构提供培训。\n",
        "養老服務十項建議\n\n1. 民政局須加強督導\n"
        "陳李立新： 為獨居老人提供上門探訪。亦應照顧一般住戶。\n"
        "楊紅： 建議民政局為養老機構提供培訓。\n",
    ],
)
def test_a_speakers_subjectless_advice_states_no_relation(text: str) -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    # a paragraph opened by a speaker's label (a married woman's two surnames too) is the speaker's
    # speech: its subjectless advice is borne neither by the speaker nor by the heading's
    # party; a party the advice names still acts
    relations = extract(document_from_text(text), load_lexicon()).relations
    found = {(r.subject.text, r.kind.value, r.object.text) for r in relations}
    assert found == {("民政局", "SERVES", "养老机构")}


@pytest.mark.parametrize(
    "text",
    [
        "第一条 甲市卫健部门和其他履行审核职责的部门（以下统称为审核部门）负责检查。\n"
        "第二条 经营者应当按照审核部门要求进行整改。\n",
        "第一條 甲市衛健部門和其他履行審核職責的部門（以下簡稱為審核部門）負責檢查。\n"
        "第二條 經營者應當按照審核部門要求進行整改。\n",
    ],
)
def test_a_short_name_defined_with_wei_names_the_party_later(text: str) -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    # （以下统称为甲）/（以下简称为甲） define a short name as （以下统称甲） does: a verb
    # and a head (审核部门) then name the party in later articles, not its bare head
    relations = extract(document_from_text(text), load_lexicon()).relations
    found = {(r.subject.text, r.kind.value, r.object.text) for r in relations}
    assert ("审核部门", "REQUIRES", "经营者") in found


@pytest.mark.parametrize(
    "text",
    [
        "社区安全\n\n区卫健委强调，要督促物业公司加强巡查。\n",
        "社區安全\n\n區衛健委強調，要督促物業公司加強巡查。\n",
    ],
)
def test_a_directive_reported_after_a_verb_of_saying_is_not_the_speakers(text: str) -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    assert not extract(document_from_text(text), load_lexicon()).relations


def test_a_cue_table_carries_its_own_index_of_cues() -> None:
    """Each table builds its index of cue needs with itself (no registry by object id): a
    table parsed again answers as the packaged one, and its kept answers stay bounded."""
    from dataclasses import replace

    from zhkg.extract.relation_cues import _MAX_KEPT_WORDS, is_verb_cue, opens_with_cue

    table = cue_table()
    copy = replace(table)
    assert copy.kept is not table.kept
    sentence = "甲局应当监督乙企业落实安全责任。"
    assert live_cues(copy, sentence) == live_cues(table, sentence)
    for number in range(_MAX_KEPT_WORDS + 5):
        is_verb_cue(copy, f"词{number}")
    assert len(copy.kept.verb_words) <= _MAX_KEPT_WORDS
    for number in range(_MAX_KEPT_WORDS + 5):
        word = f"词{number}"
        opens_with_cue(copy, word, 0, len(word))
    assert len(copy.kept.opening_words) <= _MAX_KEPT_WORDS


def test_a_demand_after_a_letter_spans_its_directive(extraction_nlp: Language) -> None:
    """The demand read in the clause after a letter spans the directive that makes it."""
    sentence = "市场监管局去函予物业公司，督促限期答复。"
    (demand,) = [r for r in extraction_nlp(sentence)._.zhkg_relations if r.kind.value == "REQUIRES"]
    assert sentence[demand.start : demand.end] == "督促"
    assert demand.rule == "relation.requires.demand"


def test_oversight_in_a_part_the_duty_goes_on_with_is_the_bearer_s() -> None:
    """甲机构要…；对乙机构进行检查: in prose the subjectless "；"-part goes on with the
    duty of the part before, so its oversight is the bearer's, even of a party of the same
    kind; a bare account of an inspection (no duty) stays a description."""
    found = _document_relations(
        "社区治理研究\n\n甲管理机构要会同乙部门强化信息共享；对辖区丙服务机构落实制度情况进行检查。\n"
    )
    assert ("甲管理机构", "SUPERVISES", "辖区丙服务机构") in found
    described = _document_relations(
        "社区治理研究\n\n甲管理机构提供咨询。组建队伍对辖区丙服务机构进行检查。\n"
    )
    assert not [r for r in described if r[1] == "SUPERVISES"]


def test_advice_closing_its_clause_requires_of_the_party_opening_the_next(
    extraction_nlp: Language,
) -> None:
    """甲署建议，乙局应…: the advised party opens the next clause under its own modal; a
    clause that states what it did (乙局已…) or names no party is no advice to one."""

    def required(sentence: str) -> set[tuple[str, str]]:
        relations = extraction_nlp(sentence)._.zhkg_relations
        return {(r.subject.text, r.object.text) for r in relations if r.kind.value == "REQUIRES"}

    assert required("审计署建议，市场监管局应尽快修订收费标准。") == {("审计署", "市场监管局")}
    assert required("消费者协会呼吁：电商平台须加强商家审核。") == {("消费者协会", "电商平台")}
    assert required("审计署建议，市场监管局已修订收费标准。") == set()
    assert required("审计署建议，在修订收费标准时应当公开听证。") == set()


def test_a_verb_of_standing_before_a_person_head_names_the_party(
    extraction_nlp: Language,
) -> None:
    """为签约居民提供…: 签约居民 (residents under contract) is a role, the object of the
    service, not a predicate and its object."""

    def ends(sentence: str) -> set[tuple[str, str, str]]:
        relations = extraction_nlp(sentence)._.zhkg_relations
        return {(r.subject.text, r.kind.value, r.object.text) for r in relations}

    assert ends("社区医生为签约居民提供健康咨询。") == {("社区医生", "SERVES", "签约居民")}
    assert ends("定点医院应当为就诊患者提供便利。") == {("定点医院", "SERVES", "就诊患者")}


def test_a_party_after_a_subjectless_demand_is_no_demander(extraction_nlp: Language) -> None:
    # 要求甲…对乙…: 乙 is what the demanded act is done to; the demander is left to context
    found = extraction_nlp(
        "坚持分类施策，要求甲银行对暂时困难的乙类企业，不得随意抽贷。"
    )._.zhkg_relations
    assert [(r.subject, r.kind.value, r.object.text) for r in found] == [
        (None, "REQUIRES", "甲银行")
    ]
