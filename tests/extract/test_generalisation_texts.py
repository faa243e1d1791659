"""Regression floors on the generalisation texts (real texts, annotated before the first run).

The floors sit a little below the first-run scores recorded in tests/data/README.md.
They only catch regressions: these texts are a measure of generalisation and are
not to be tuned on, so the floors are not raised by rules written for them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.pipeline import evaluate

TEXTS = Path(__file__).resolve().parents[1] / "data" / "generalisation"

#: text stem -> minimum F1 (first-run score minus a margin)
FLOORS = {
    "reg_mingma_biaojia_2022": 0.72,
    "guide_weichengnianren_moshi_2024": 0.40,
    "paper_zhiku_falv_zeren": 0.44,
    "paper_kexue_shuju_gongxiang": 0.60,
    "paper_dili_weizhi_yinsi": 0.40,
    "reg_jiayong_qiche_sanbao_2021": 0.78,
    "plan_beijing_dianxin_shuju_anquan_2024": 0.58,
    "paper_juece_zixun_zhidu": 0.37,
    "paper_zhuanjiyin_zhongzhi_guanli": 0.27,
    "paper_shandong_lvse_fazhan": 0.37,
    "paper_jiceng_yaoshi_quanke_hezuo": 0.60,
    "paper_quanke_jiating_baoli": 0.38,
    "reg_beijing_fan_shipin_langfei_2021": 0.63,
    "reg_dianxin_weifa_jubao_chuli_2023": 0.75,
    "plan_beijing_chelianwang_anquan_zhuji_2024": 0.80,
    "paper_hulianwang_qiye_geren_shuju_baohu": 0.60,
    "paper_meitan_kuangqu_shengtai_xiufu": 0.60,
    "paper_huli_bu_anquan_yinsu": 0.66,
    "reg_beijing_yiyuan_anquan_zhixu_2020": 0.75,
    "notice_wangluo_baoli_zhili_2022": 0.88,
    "paper_shehui_zhiku_zijin_chouji": 0.33,
    "paper_shuju_jianguan_zhengce": 0.03,
    "paper_bim_shizi_chanjiao_ronghe": 0.0,
    "reg_shanghai_xiaowai_shijian_jiaoyu_2024": 0.70,
    "notice_yinhang_baoxian_yidong_yingyong_2024": 0.80,
    "paper_tushuguan_kaifang_qikan_quanyi": 0.55,
    "paper_kepu_fazhi_jianshe": 0.20,
    "paper_jiben_gonggong_weisheng_fuwu": 0.25,
    "reg_shandong_yiliao_feiwu_2020": 0.78,
    "reg_jinan_zengshe_dianti_2019": 0.72,
    "reg_huzhou_yangquan_guanli_2021": 0.63,
    "notice_dianxin_zhapian_lianhe_chengjie_2024": 0.16,
    "paper_huanzhe_baogao_jieju_lunli": 0.45,
    "paper_haiwai_liyi_anbao_shichanghua": 0.77,
    "paper_yuyinben_zhiliang_kongzhi": 0.59,
    "paper_shengwu_yangbenku_zhiqing_tongyi": 0.15,
    "paper_hulianwang_qiye_yidaiyilu": 0.67,
    "paper_zhiku_yunxing_jizhi": 0.47,
    "reg_guangdong_fangwu_zulin_2021": 0.71,
    "reg_zhongxiao_qiye_kuanxiang_2020": 0.81,
    "news_shendu_hecheng_jiedu_2023": 0.42,
    "notice_yuzhi_ruanjian_2022": 0.73,
    "paper_shizhizheng_xingdong_jihua": 0.09,
    "paper_tufa_shijian_zeren_guiyin": 0.52,
    "paper_zhuanye_tushuguan_chengguo_zhuanhua": 0.60,
    "reg_shanghai_yufu_xiaofeika_2018": 0.83,
    "reg_zhejiang_jiating_jiaoyu_2019": 0.66,
    "paper_zhuanli_zhiya_baoxian": 0.63,
    "paper_shuzi_yinyue_yuanshuju": 0.62,
    "paper_guangzhou_shengwu_yiyao_pingtai": 0.43,
    "reg_shanghai_xuesheng_shanghai_shigu_2024": 0.53,
    "reg_beijing_kongzhi_xiyan_2021": 0.73,
    "notice_hulianwang_caichan_baoxian_2024": 0.71,
    "paper_qiye_jishu_chuangxin_keji_qiangguo": 0.48,
    "paper_zhihui_tushuguan_shijian": 0.59,
    "paper_keyan_zizhu_jigou_shuju_zhengce": 0.40,
    "reg_beijing_jujia_yanglao_2015": 0.77,
    "reg_shanghai_zhiyuan_fuwu_2019": 0.85,
    "notice_gonggong_shuju_shouquan_yunying_2025": 0.85,
    "paper_zhudong_jiankang_zhuti_celue": 0.28,
    "paper_jiegan_zonghe_liyong": 0.53,
    "paper_yiliao_xinxi_jishu_buliang_shijian": 0.62,
    "reg_beijing_yinyongshui_weisheng_2016": 0.55,
    "reg_jinan_chengshi_gonggong_jiaotong_2013": 0.80,
    "notice_app_dengzai_shiyong_ditu_2024": 0.84,
    "paper_gongkai_qingbao_duice": 0.76,
    "paper_tushuguan_wenxian_chuandi": 0.60,
    "paper_yuqing_fengxian_zhili": 0.55,
    "plan_shuju_zichan_guanli_shidian_2024": 0.19,
    "reg_guangdong_muying_baojian_2023": 0.88,
    "reg_hangzhou_quanmin_jianshen_2010": 0.78,
    "paper_jizhen_hushi_jiaolv": 0.36,
    "paper_gaoxueya_fangzhi_moshi": 0.14,
    "paper_qingnian_keyan_renyuan_peiyang": 0.48,
    "reg_beijing_xiaofeizhe_quanyi_banfa": 0.84,
    "reg_shanghai_shequ_gonggong_wenhua_2012": 0.74,
    "notice_kuaiji_shiwusuo_shuju_anquan_2024": 0.83,
    "paper_keyan_xiangmu_jingzhun_guanli": 0.52,
    "paper_liti_tudi_changshouming_zhuzhai": 0.0,
    "paper_shuzi_zhengfu_touru_qudong": 0.15,
    "reg_zibo_zhuanli_guanli_2014": 0.85,
    "reg_taizhou_dianti_anquan_2017": 0.7,
    "notice_qinglang_zimeiti_luanxiang_2023": 0.44,
    "guide_shuju_anquan_chanye_2023": 0.69,
    "paper_kegong_shumu_pingtai_jianshe": 0.39,
    "paper_shehui_zijin_jichu_yanjiu_zhuanhua": 0.56,
    "paper_wenhua_yichan_gongzuo_wenti": 0.31,
    "reg_beijing_yufuka_guanli_2021": 0.89,
    "reg_guangdong_jiazheng_fuwu_2023": 0.88,
    "guide_wangluo_anquan_baoxian_2022": 0.73,
    "paper_guojia_zhanlue_keji_liliang": 0.14,
    "paper_meiguo_gaoxiao_chengguo_zhuanhua": 0.53,
    "paper_yuyinben_pingtai_duice": 0.53,
    "reg_hangzhou_jiating_baoli_2010": 0.76,
    "reg_shanghai_binzang_guanli_2024": 0.8,
    "paper_qihou_bianhua_quanqiu_zhili": 0.19,
    "paper_shequ_weisheng_dangliangfa": 0.46,
    "paper_yingji_kepu_jieru_jizhi": 0.52,
    "reg_jinan_qixiang_zaihai_fangyu_2014": 0.88,
    "reg_jinan_ranqi_guanli_2014": 0.91,
    "reg_ningbo_xianxue_2020": 0.77,
    "paper_ganhanqu_xiangcun_zhenxing": 0.96,
    "paper_gannan_qihou_shiying": 0.8,
    "paper_jiating_yisheng_tuandui": 0.57,
    "paper_jindi_tianti_yujing_fangyu": 0.36,
    "paper_shengtai_baohu_buchang": 0.21,
    "paper_shequ_aizibing_fangzhi": 0.0,
    "reg_chongqing_gonglu_guanxian_2010": 0.73,
    "reg_hulianwang_yaopin_xinxi_2004": 0.63,
    "reg_shanghai_nongye_keji_2007": 0.59,
    "paper_shuzi_renminbi_xiaowei_rongzi": 0.84,
    "paper_yihuan_gongxiang_juece": 0.44,
    "paper_zidong_jiashi_xingren_jiaohu": 0.36,
    "reg_henan_daibiao_jianyi_banli_2000": 0.57,
    "reg_nanyang_zhuzhaiqu_xiaofang_2021": 0.64,
    "reg_shantou_hezhangzhi_2023": 0.61,
    "paper_guanli_xinli_caozong_jianyan": 0.52,
    "paper_zhongya_shiyou_touzi_fengxian": 0.69,
    "paper_zhongyi_zhinan_zhixiuding": 0.13,
    "reg_beijing_gushu_mingmu_2019": 0.53,
    "reg_xiaoche_anquan_guanli_2012": 0.7,
    "reg_zhejiang_jianyi_yongwei_2020": 0.73,
}


def test_every_generalisation_text_has_a_floor() -> None:
    assert {p.name.removesuffix(".txt") for p in TEXTS.glob("*.txt")} == set(FLOORS)


@pytest.mark.parametrize(("stem", "floor"), sorted(FLOORS.items()))
def test_generalisation_text_stays_above_its_floor(stem: str, floor: float) -> None:
    result = evaluate(TEXTS / f"{stem}.txt", TEXTS / f"{stem}_gold.tsv")
    assert result.f1 >= floor, "\n".join(result.summary_lines())
