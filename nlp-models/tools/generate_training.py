#!/usr/bin/env python3
"""Builds the corpora nlp-models/corpora/{zh,bo}-train.jsonl and {zh,bo}-dev.jsonl (labels per nlp-schema.md).

Training: lines generated from templates, the hand-written lines of corpora/handwritten-train.jsonl, and the
training share of the hand-written complaints in corpora/written/*.jsonl. Dev: the first hand-written dev lines
(ids LANG-dev-NNN, kept as they are in LANG-dev.jsonl) and the dev share of corpora/written/, a quarter of it chosen
by a hash of each id, so a line's side never changes when others are added.

Deterministic (fixed seed): run `python3 nlp-models/tools/generate_training.py` from the repository root, then
retrain with `java -jar backend/target/xinsheng.jar nlp-train`.
"""
import glob
import json
import os
import random
import zlib

from numerals import cn, count, money, tib_digits, tib_number, tib_small

random.seed(20261122)
OUT = os.path.join(os.path.dirname(__file__), "..", "corpora")

TOWNSHIPS_ZH = {
    "maai": ["玛艾镇", "玛艾", "县城", "碌曲县城"],
    "langmusi": ["郎木寺镇", "郎木寺", "郎木寺镇上"],
    "gahai": ["尕海镇", "尕海", "尕海乡"],
    "xicang": ["西仓镇", "西仓"],
    "shuangcha": ["双岔镇", "双岔"],
    "larenguan": ["拉仁关乡", "拉仁关"],
    "ala": ["阿拉乡"],
}
OUTSIDE = ["合作市", "夏河县", "临潭", "兰州", "玛曲县", "卓尼"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯曹彭田董袁潘蒋蔡杜魏丁沈姚卢崔谭"
GIVEN = ["某", "某某", "建国", "国强", "海军", "老三", "小军", "德明", "文斌", "志刚", "红", "伟", "强", "军"]
TIB_NAMES_ZH = ["才让", "扎西", "多杰", "尕藏", "旦正", "索南", "更登", "贡保", "东主", "尼玛", "道吉"]
CORES = ["鑫达", "宏远", "恒通", "雪域", "格桑", "吉祥", "华兴", "安居", "路通", "金川", "鸿运", "昌盛", "天马",
         "瑞丰", "高原", "洮河", "草原", "祥和", "顺达", "锦绣", "康乐", "白龙江", "阿尼玛卿"]
PREFIX = ["甘肃", "甘南", "甘南州", "碌曲县", "", "", ""]

SECTORS = {
    "construction": {
        "work": ["在{p}建房子", "在{p}的楼盘干活", "在{p}搭脚手架", "在{p}浇混凝土", "在{p}给人修房子", "在{p}做外墙保温",
                 "在{p}干防水", "在{p}装门窗", "在{p}的工地上搬砖", "在{p}盖楼", "给{p}的安置房砌墙", "在{p}干装修", "在{p}小区贴瓷砖",
                 "在{p}的工地上绑钢筋", "在{p}干木工", "在{p}给人盖房子", "在{p}的学校工地干小工", "在{p}刷墙粉刷",
                 "在{p}干水电安装", "在{p}的酒店工地上干活", "在{p}搞市政管网"],
        "org": ["建筑工程有限公司", "建设有限公司", "劳务有限公司", "装饰工程公司", "建筑公司", "装修队", "施工队"],
    },
    "transport": {
        "work": ["在{p}修公路涵洞", "在{p}的高速项目上干活", "在{p}修通村路", "在{p}开货车跑运输", "在{p}拉砂石料",
                 "在{p}修路", "在{p}修县道", "在{p}那边修桥", "在{p}的公路工地上干活", "在{p}铺沥青", "在{p}修乡道",
                 "给{p}的物流公司开大车拉货", "在{p}干隧道", "在{p}修路基", "在{p}装公路护栏", "给运输公司跑货运"],
        "org": ["路桥工程有限公司", "公路工程公司", "物流有限公司", "运输公司", "交通建设公司"],
    },
    "water": {
        "work": ["在{p}修蓄水池", "在{p}的引水工程干活", "在{p}修灌渠", "在{p}的供水管网项目上干", "在{p}干水利工程",
                 "在{p}修水渠", "在{p}的水库工地干活", "在{p}搞饮水工程", "在{p}挖水管沟", "在{p}修小水电站",
                 "在{p}干河道治理", "在{p}做灌溉渠道", "在{p}修防洪堤坝", "在{p}铺自来水管"],
        "org": ["水利水电工程有限公司", "水利工程公司", "水电建设公司", "水务工程队"],
    },
    "agriculture": {
        "work": ["在{p}给牧民放牦牛", "在{p}的农场干活", "在{p}种大棚蔬菜", "在{p}草原上拉网围栏", "在{p}给合作社挤奶",
                 "在{p}的牧场放牛", "在{p}给合作社放羊", "在{p}修草场围栏", "在{p}的大棚里干活", "在{p}剪羊毛",
                 "在{p}干高标准农田", "在{p}的养殖场喂牦牛", "在{p}种青稞", "在{p}搞乡村振兴的种植项目"],
        "org": ["牦牛养殖合作社", "畜牧专业合作社", "生态牧场", "农牧发展有限公司", "种植合作社"],
    },
    "manufacturing": {
        "work": ["在{p}的厂里做工", "在{p}的车间上班", "在{p}的食品厂包装", "在{p}的酥油加工厂干活", "在{p}的木材加工厂",
                 "在{p}的加工厂上班", "在{p}的乳制品厂干活", "在{p}的砖厂搬砖坯", "在{p}牦牛肉加工厂车间干活",
                 "在{p}的藏香厂上班", "在{p}厂里流水线上干活", "在{p}的包装车间干活"],
        "org": ["乳制品厂", "牦牛肉加工厂", "砖厂", "藏香加工厂", "食品有限公司", "民族用品厂"],
    },
    "services": {
        "work": ["在{p}的餐厅端盘子", "在{p}的酒店前台上班", "在{p}的商店卖东西", "在{p}的茶馆上班", "在{p}洗车店洗车",
                 "在{p}的理发店当学徒", "在{p}的饭店当服务员", "在{p}一家宾馆打扫卫生", "在{p}的客栈干活", "在{p}超市当收银员",
                 "在{p}火锅店后厨洗碗", "在{p}景区当导游", "在{p}的酒店当保安", "在{p}的物业公司干保洁",
                 "在{p}的藏餐馆做饭", "在{p}民宿帮忙"],
        "org": ["饭店", "宾馆", "酒店", "客栈", "超市", "火锅店", "藏餐馆", "物业公司", "保洁公司"],
    },
    "gig": {
        "work": ["在{p}骑电动车送外卖", "在{p}做美团骑手", "在{p}帮快递公司送件", "在{p}开滴滴", "在{p}干代驾",
                 "在{p}送外卖", "在{p}跑美团", "在{p}当骑手", "在{p}送快递", "在{p}开网约车", "在{p}跑饿了么",
                 "在{p}快递站派件", "在{p}干跑腿配送"],
        "org": ["美团", "饿了么", "滴滴", "货拉拉", "快递站"],
    },
    "public_sector": {
        "work": ["在{p}的学校当代课老师", "在{p}卫生院打扫卫生", "在{p}的敬老院当护工", "在{p}镇上的政府食堂做饭",
                 "在{p}村委会当文书", "在{p}的小学代课", "在{p}学校食堂做饭", "在{p}卫生院当临时工", "在{p}当护林员", "在{p}镇政府当临时工",
                 "在{p}幼儿园当保育员", "在{p}干草原管护员公益岗"],
        "org": ["中心小学", "卫生院", "中学", "幼儿园", "人民政府"],
    },
    "other": {
        "work": ["在{p}装宽带", "在{p}给人打杂", "在{p}的石料场干活", "在{p}装太阳能板", "在{p}挖沙",
                 "在{p}干活", "在{p}打零工", "在{p}采石场干活", "在{p}装光缆", "在{p}给通信公司架线",
                 "在{p}帮人干活", "在{p}打工"],
        "org": ["通信工程公司", "采石场", "光缆施工队", "石料场"],
    },
}

ROLES = ["包工头", "老板", "工头", "老板", "项目经理", "负责人", "承包人"]
TITLES = ["老板", "总", "经理", "老板娘"]


def person_name():
    if random.random() < 0.25:
        return random.choice(TIB_NAMES_ZH)
    return random.choice(SURNAMES) + random.choice(GIVEN)


def employer_phrase(sector, place_word):
    """Returns (text, label) for the party that owes."""
    r = random.random()
    if r < 0.32:
        role = random.choice(ROLES)
        name = person_name()
        return role + name, role + name
    if r < 0.44:
        s = random.choice(SURNAMES) + random.choice(TITLES)
        return s, s
    if r < 0.52:
        role = random.choice(["工头", "老板", "包工头"])
        name = person_name()
        intro = random.choice(["叫", "是"])
        return f"{role}{intro}{name}", name
    if r < 0.80:
        kind = random.choice(SECTORS[sector]["org"])
        if sector == "gig" and kind != "快递站":
            return kind, kind
        if sector == "public_sector":
            name = (place_word if place_word and place_word.endswith(("镇", "乡")) else "碌曲县") + kind
            return name, name
        name = random.choice(PREFIX) + random.choice(CORES) + kind
        return name, name
    bare = random.choice(["老板", "工头", "包工头", "公司", "项目部", "老板"])
    return bare, None


def place(key):
    if key is None:
        return random.choice(["这边", "镇上", "附近", "村里", random.choice(OUTSIDE), "工地上"])
    return random.choice(TOWNSHIPS_ZH[key])


def workers_phrase():
    """Returns (subject text, workers label, plural)."""
    r = random.random()
    if r < 0.38:
        return random.choice(["我", "我", "本人", "我一个人"]), 1, False
    if r < 0.45:
        rel = random.choice(["我爸", "我老公", "我儿子", "我哥"])
        return rel, 1, False
    if r < 0.78:
        n = random.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 18, 20, 23, 26, 30, 35, 40, 45])
        form = random.random()
        if form < 0.35:
            return f"我们{count(n)}个人", n, True
        if form < 0.55:
            return f"我们一共{count(n)}个工人", n, True
        if form < 0.7 and n <= 10:
            return f"我和另外{count(n - 1)}个工友", n, True
        if form < 0.85:
            return f"我们{count(n)}名农民工", n, True
        return f"我们{count(n)}个", n, True
    return random.choice(["我们", "我们二十多个人", "我们十几个工友", "我们一帮兄弟", "好多工友", "我们几个"]), None, True


def amount_phrase(workers, plural):
    """Returns (text, amount label)."""
    r = random.random()
    heads = workers if workers is not None else None
    if r < 0.30:
        n = random.choice([3000, 4500, 6000, 8000, 12000, 13500, 20000, 35000, 48000, 60000, 86000, 120000, 250000,
                           2800, 5200, 9600, 15000, 31000, 160000])
        t = random.choice(["欠了{m}", "一共欠{m}", "工资{m}一直没给", "总共{m}的工钱没结", "还有{m}没给",
                           "欠我们{m}工资", "欠工资{m}"])
        return t.format(m=money(n)), n
    if r < 0.47:
        rate = random.choice([3000, 3500, 4000, 4500, 5000, 5500, 6000, 7000])
        months = random.choice([2, 3, 4, 5, 6])
        if plural and heads is None:
            label = None
        else:
            label = rate * months * (heads or 1)
        t = random.choice(["说好每月{r}，干了{n}个月一分没给", "月工资{r}，欠了{n}个月", "一个月{r}，{n}个月的工资都没发",
                           "每人每月{r}，拖了{n}个月", "{r}一个月，干了{n}个月没拿到钱"])
        return t.format(r=money(rate) if random.random() < 0.5 else str(rate), n=count(months)), label
    if r < 0.60:
        rate = random.choice([150, 180, 200, 220, 250, 300, 350, 400])
        days = random.choice([10, 15, 20, 25, 30, 40, 45, 60, 80])
        label = None if plural and heads is None else rate * days * (heads or 1)
        t = random.choice(["一天{r}块，干了{n}天", "每天{r}，干了{n}天", "日工资{r}元，干了{n}个工", "一个工{r}，做了{n}天"])
        return t.format(r=rate if random.random() < 0.6 else cn(rate), n=count(days)), label
    if r < 0.70:
        total = random.choice([20000, 30000, 45000, 50000, 80000, 100000, 12000, 9000])
        paid = random.choice([2000, 5000, 3000, 10000, 4000])
        t = random.choice(["总共{t}，只给了{p}", "一共{t}的活，先给了{p}，剩下的不给", "工钱一共{t}，预支了{p}"])
        return t.format(t=money(total), p=money(paid)), total - paid
    if r < 0.76:
        base = random.choice([2, 3, 5, 8])
        unit = random.choice([(10000, "万"), (1000, "千")])
        t = random.choice(["欠了{b}{u}多", "{b}{u}多块钱没给", "欠我们{b}{u}多"])
        return t.format(b=cn(base) if base != 2 else "两", u=unit[1]), base * unit[0]
    if r < 0.81:
        lo = random.choice([(5, 6, 1000, "千"), (2, 3, 10000, "万"), (3, 4, 10000, "万"), (7, 8, 1000, "千")])
        digits = "零一二三四五六七八九"
        return f"欠了{digits[lo[0]] if lo[0] != 2 else '两'}{digits[lo[1]]}{lo[3]}块", lo[0] * lo[2]
    if r < 0.87:
        return random.choice(["欠了十几万", "好几千块没给", "欠了几万块", "欠了上万块"]), None
    return random.choice(["工资一直没给", "工钱拖着不结", "一分钱都没拿到", "工资到现在还没发"]), None


ABSCONDED = ["现在{e}跑路了", "{e}电话打不通了", "{e}把我们微信拉黑了", "人联系不上了", "{e}说一分都不给",
             "{e}失联了", "找不到人了", "{e}拒不支付", "{e}手机关机了", "{e}不认账", "说爱告哪告哪去"]
DELAY = ["{e}一直说过几天给", "说年底一起结", "老是找借口拖着", "说等工程款下来再给", "{e}说下个月给", "一直拖",
         "", "", "{e}说没钱，让等等"]
OPENERS = ["", "", "", "你好，", "领导好，", "我要投诉，", "麻烦帮帮忙，", "求助！", "我是农民工，", "您好，"]
CLOSERS = ["", "", "。", "，请政府帮帮我们。", "，希望尽快处理！", "，谢谢", "，快过年了，家里等着用钱", "。求帮助",
           "，没办法才投诉的"]


def zh_wage(sector):
    key = random.choice(list(TOWNSHIPS_ZH) + [None])
    where = place(key)
    subject, workers, plural = workers_phrase()
    work = random.choice(SECTORS[sector]["work"]).format(p=where)
    emp_text, emp_label = employer_phrase(sector, where)
    amount_text, amount = amount_phrase(workers, plural)
    absconded = random.random() < 0.35
    ref = "他" if emp_label is None or emp_label != emp_text or random.random() < 0.5 else emp_text
    tail = random.choice(ABSCONDED if absconded else DELAY).format(e=ref)
    home = ""
    if random.random() < 0.08 and key:
        other = random.choice([k for k in TOWNSHIPS_ZH if k != key])
        home = f"我是{random.choice(TOWNSHIPS_ZH[other][:1])}人，"
    form = random.random()
    if form < 0.45:
        text = f"{subject}{work}，{emp_text}{amount_text}"
    elif form < 0.75:
        text = f"{subject}跟着{emp_text}{work}，{amount_text}"
    else:
        text = f"{emp_text}欠薪！{subject}{work}，{amount_text}"
        if emp_label is not None and not emp_text.startswith(emp_label):
            # "工头叫X欠薪" reads badly; fall back to the plain form
            text = f"{subject}{work}，{emp_text}{amount_text}"
    text = random.choice(OPENERS) + home + text + (("，" + tail) if tail else "") + random.choice(CLOSERS)
    if random.random() < 0.15:
        text = text.replace("，", " ")
    if random.random() < 0.05:
        text += "，我电话1" + "".join(random.choice("3456789") for _ in range(10))
    if random.random() < 0.05:
        text += "，押金500也没退"
    if key is None and where in ("县城",):
        key = "maai"
    return dict(text=text, lang="zh", wage_arrears=True, sector=sector, employer=emp_label, amount_yuan=amount,
                workers=workers, township=key, absconded=absconded and emp_label is not None or absconded)


NOT_WAGE_ZH = [
    "我在{p}工地上干活摔伤了腿，老板不给报医药费，花了{m}",
    "{p}的{org}不给我们交社保，干了两年了",
    "在{p}{org}上班交了{m}押金，不干了押金不退",
    "老板扣着我的身份证不给，我在{p}打工",
    "中介收了我{m}中介费，说介绍到{p}干活结果没有活",
    "我们{p}的草原补贴还没发下来，问问怎么回事",
    "{p}那边的工资已经拿到了，谢谢你们帮忙",
    "之前投诉的事撤回，{p}的老板已经结清了",
    "我上周投诉欠薪的事到哪一步了，想查询一下进度",
    "{org}不跟我们签劳动合同，在{p}干了半年",
    "我在{p}的{org}被辞退了，工资倒是结清了，想问能不能要赔偿",
    "{p}街上有个大坑好久没人管，晚上很危险",
    "{p}邻居装修噪音太大了，天天吵",
    "在{p}干活时手被机器压伤了，算不算工伤，老板只给了{m}",
    "{p}的路灯坏了一个月了",
    "想咨询一下农民工工伤保险怎么报，我在{p}",
    "我在{p}的{org}上班，工资按时发的，就是想问加班费怎么算",
    "感谢{p}政府帮我们要回了工资",
    "我的投诉编号忘了，怎么查询",
    "请问我之前反映的问题处理得怎么样了，有没有结果",
    "上次投诉的事情已经解决了，钱拿到了，撤销投诉",
    "老板把工资都发了，不用处理了，谢谢",
    "想举报{p}一家{org}违法排污",
    "{p}有人卖假药，希望管一管",
    "我在{p}干活的时候被砸伤了，想申请工伤认定",
    "工伤鉴定需要什么材料，我在{p}受的伤",
    "{org}一直不给我们上保险，出了事谁管",
    "{p}的{org}扣着我的毕业证和身份证不还",
    "在{p}租的房子，房东不退押金{m}",
    "交了{m}的培训费，说包分配工作，结果啥也没有",
    "我的养老保险断了，想问怎么补缴",
    "被{org}开除了，没给经济补偿，工资是结清了的",
    "合同到期了公司不续签，想问有没有补偿",
    "村里的低保为什么没有我家",
    "{p}的草场被人占了，想反映一下",
    "问一下农民工讨薪的热线电话是多少",
    "我想咨询一下劳动仲裁怎么申请",
    "感谢{p}镇政府和人社局，工资全部拿到了",
    "{p}工地晚上施工太吵，影响休息",
    "{p}的饭店卫生很差，吃坏了肚子",
    "孩子在{p}上学，学校乱收费{m}",
    "老板给我们买的意外险到期了没续，这个能投诉吗",
    "加班费怎么算，我每天干十二个小时",
    "上个月的工资老板已经打卡上了，之前的投诉撤回",
    "我没有被欠工资，就是想问问最低工资标准是多少",
    "{org}让我们签一个自愿放弃社保的协议，合法吗",
    "在{p}摔伤了胳膊，{org}只给了医药费{m}，后续治疗不管了",
]


def zh_not_wage():
    key = random.choice(list(TOWNSHIPS_ZH) + [None, None])
    where = place(key)
    sector = random.choice(list(SECTORS))
    org = random.choice(PREFIX) + random.choice(CORES) + random.choice(SECTORS[sector]["org"])
    t = random.choice(NOT_WAGE_ZH)
    if "{p}" not in t:
        key = None
    text = random.choice(OPENERS) + t.format(p=where, org=org, m=money(random.choice([500, 800, 2000, 3000, 1500])))
    if where == "县城":
        key = "maai"
    return dict(text=text, lang="zh", wage_arrears=False, sector="not_wage", employer=None, amount_yuan=None,
                workers=None, township=key, absconded=False)


SHORT_WAGE_ZH = ["老板不给钱", "欠薪", "工资{n}个月没发了", "我的工资什么时候能发", "老板欠我工资不给", "干了活拿不到钱",
                 "被欠薪{m}", "工钱{m}要不回来", "欠我{m}工资", "讨薪", "拖欠工资{m}", "老板一直拖着工资不给",
                 "工资被拖了{n}个月", "帮我要工资", "欠了我{m}的工钱没结", "老板说没钱发工资", "要了好几次工钱都不给"]


def zh_short_wage():
    t = random.choice(SHORT_WAGE_ZH)
    n = random.choice([2, 3, 4, 5])
    m = random.choice([3000, 4500, 8000, 12000, 20000])
    key = random.choice(list(TOWNSHIPS_ZH) + [None, None, None])
    text = t.format(n=count(n), m=money(m))
    if key and random.random() < 0.6:
        text = f"在{random.choice(TOWNSHIPS_ZH[key])}{random.choice(['干活', '打工', '上班'])}，" + text
    else:
        key = None
    return dict(text=random.choice(OPENERS) + text, lang="zh", wage_arrears=True, sector="other", employer=None,
                amount_yuan=m if "{m}" in t else None, workers=1, township=key, absconded=False)


# ---------------------------------------------------------------- Tibetan
TOWNSHIPS_BO = {
    "maai": ["玛艾镇", "རྫོང་སྒར", "མ་ཨེ་གྲོང་རྡལ"],
    "langmusi": ["སྟག་ཚང་ལྷ་མོ", "སྟག་ཚང་ལྷ་མོ་གྲོང་རྡལ", "郎木寺"],
    "gahai": ["尕海", "尕海镇"],
    "xicang": ["ཤིས་ཚང", "ཤིས་ཚང་གྲོང་རྡལ"],
    "shuangcha": ["ཟམ་ཚ", "ཟམ་ཚ་གྲོང་རྡལ"],
    "larenguan": ["བླ་རི་མགུལ", "བླ་རི་མགུལ་ཤང"],
    "ala": ["ཨ་ལ་ཤང", "ཨ་ལ"],
}
BO_NAMES = ["བཀྲ་ཤིས", "ཚེ་རིང", "བསོད་ནམས", "ནོར་བུ", "དོན་འགྲུབ", "བློ་བཟང", "འཇམ་དབྱངས", "ཀུན་དགའ", "ཆོས་འཕེལ",
            "དཔལ་ལྡན", "ཚེ་བརྟན", "བསམ་གྲུབ"]
BO_WORK = {
    "construction": ["ཁང་པ་རྩིག་པའི་ལས་ཀ", "ཐོག་ཁང་བཟོ་བའི་ལས་ཀ", "ཁང་བཟོའི་ལས་ར་ནང་གི་ལས་ཀ", "ཁང་པའི་ནང་སྒྲིག་གི་ལས་ཀ"],
    "transport": ["ལམ་བཟོ་བའི་ལས་ཀ", "ཟམ་པ་བཟོ་བའི་ལས་ཀ", "གཞུང་ལམ་གྱི་ལས་ཀ", "ཐེག་འཁོར་གྱིས་དངོས་པོ་སྣོན་འདྲེན་གྱི་ལས་ཀ"],
    "water": ["ཆུ་རྫིང་བཟོ་བའི་ལས་ཀ", "ཆུ་ཡུར་བཟོ་བའི་ལས་ཀ", "འཐུང་ཆུའི་ཆུ་སྦུག་འཛུགས་པའི་ལས་ཀ", "ཆུ་གློག་ས་ཚིགས་ཀྱི་ལས་ཀ"],
    "agriculture": ["རྩྭ་ཐང་ལ་ལྕགས་རི་རྒྱག་པའི་ལས་ཀ", "འབྲོག་ར་ནང་གཡག་འཚོ་བའི་ལས་ཀ", "ལུག་བལ་བྲེག་པའི་ལས་ཀ",
                    "ཞིང་ཁའི་ལས་ཀ", "ལྷན་སྡེའི་ནང་ལུག་འཚོ་བའི་ལས་ཀ"],
    "manufacturing": ["བཟོ་གྲྭའི་ནང་གི་ལས་ཀ", "གཡག་ཤ་བཟོ་བཅོས་བཟོ་གྲྭའི་ལས་ཀ", "འོ་མའི་བཟོ་གྲྭའི་ལས་ཀ", "སོ་ཕག་བཟོ་གྲྭའི་ལས་ཀ"],
    "services": ["ཟ་ཁང་ནང་ཞབས་ཞུའི་ལས་ཀ", "མགྲོན་ཁང་ནང་གཙང་སྦྲའི་ལས་ཀ", "ཚོང་ཁང་ནང་གི་ལས་ཀ", "ཡུལ་སྐོར་ལམ་སྟོན་གྱི་ལས་ཀ",
                 "ཇ་ཁང་ནང་གི་ལས་ཀ"],
    "gig": ["外卖་ཁ་ལག་སྐྱེལ་བའི་ལས་ཀ", "快递་སྐྱེལ་འདྲེན་གྱི་ལས་ཀ", "美团་ཐོག་ཁ་ལག་སྐྱེལ་བའི་ལས་ཀ", "滴滴་ཁ་ལོ་བའི་ལས་ཀ"],
    "public_sector": ["སློབ་གྲྭ་ནང་ཚབ་དགེ་རྒན་གྱི་ལས་ཀ", "སློབ་གྲྭའི་ཟ་ཁང་ནང་ཁ་ལག་བཟོ་བའི་ལས་ཀ", "སྨན་ཁང་ནང་གནས་སྐབས་ལས་ཀ",
                      "ནགས་སྲུང་བའི་ལས་ཀ", "གཞུང་ལས་ཁང་ནང་གནས་སྐབས་ལས་ཀ"],
    "other": ["ལས་ཀ", "རྡོ་ཁུང་ནང་གི་ལས་ཀ", "གློག་སྐུད་འཐེན་པའི་ལས་ཀ", "གནས་སྐབས་ཀྱི་ལས་ཀ"],
}
BO_ORG = {
    "construction": ["建筑工程有限公司", "建设有限公司"], "transport": ["路桥工程有限公司", "运输公司"],
    "water": ["水利水电工程有限公司"], "agriculture": ["牦牛养殖合作社"], "manufacturing": ["乳制品厂", "牦牛肉加工厂"],
    "services": ["ཟ་ཁང", "མགྲོན་ཁང", "ཚོང་ཁང"], "gig": ["美团"], "public_sector": ["སློབ་གྲྭ"], "other": ["通信工程公司"],
}
BO_ORG_NAMES = ["བདེ་སྐྱིད", "གངས་རི", "ནོར་གླིང", "པདྨ", "བཀྲ་ཤིས", "མཚོ་སྔོན", "ཤར་དུང"]
BO_ROLES = ["ལས་དཔོན", "ལས་དཔོན", "བདག་པོ", "ཚོང་དཔོན", "ལས་འགོ"]
ERG = {"ས": "ས", "ག": "གིས", "ང": "གིས", "ད": "ཀྱིས", "བ": "ཀྱིས", "ན": "གྱིས", "མ": "གྱིས", "ར": "གྱིས", "ལ": "གྱིས"}


def erg(word):
    """The agentive particle for a word, with the tsheg that follows it."""
    if word == "ང":
        return "ས་"
    last = word[-1]
    if last in "ིེོུ" or last == "འ":
        return "ས་"
    if last in "ཀགང":
        return "་གིས་"
    if last in "དབས":
        return "་ཀྱིས་"
    if last in "ནམརལ":
        return "་གྱིས་"
    if "\u4e00" <= last <= "\u9fff":
        return "ཡིས་"
    return "་ཡིས་"


def bo_employer(sector):
    r = random.random()
    if r < 0.45:
        label = random.choice(BO_ROLES) + "་" + random.choice(BO_NAMES)
        return label, label
    if r < 0.75:
        kind = random.choice(BO_ORG[sector])
        if kind in ("美团",):
            return kind, kind
        if kind.startswith("ཟ") or kind.startswith("མ") or kind.startswith("ཚ") or kind.startswith("ས"):
            name = random.choice(BO_ORG_NAMES) + "་" + kind
            return name, name
        name = random.choice(PREFIX[:3]) + random.choice(CORES) + kind
        return name, name
    return random.choice(["ལས་དཔོན", "བདག་པོ", "ཀུང་སི"]), None


def bo_subject():
    r = random.random()
    if r < 0.4:
        return "ང", 1, False
    if r < 0.8:
        n = random.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 20, 30])
        return "ང་ཚོ་མི་" + (tib_small(n) if random.random() < 0.6 else tib_digits(n)), n, True
    return random.choice(["ང་ཚོ", "ང་ཚོ་མི་མང་པོ", "ང་ཚོ་མི་ཉི་ཤུ་ལྷག"]), None, True


def bo_amount(workers, plural):
    r = random.random()
    if r < 0.45:
        n = random.choice([3000, 5000, 8000, 12000, 15000, 20000, 30000, 45000, 60000, 100000, 4500, 9600])
        t = random.choice(["གླ་ཕོགས་སྒོར་{m}་མ་སྤྲད", "གླ་ཕོགས་སྒོར་མོ་{m}་ད་དུང་སྤྲད་མེད", "ང་ཚོར་སྒོར་{m}་སྤྲད་རྒྱུ་ལུས་ཡོད"])
        return t.format(m=tib_number(n)), n
    if r < 0.62:
        rate = random.choice([3000, 4000, 4500, 5000, 6000])
        months = random.choice([2, 3, 4, 5])
        label = None if plural and workers is None else rate * months * (workers or 1)
        t = "ཟླ་རེར་སྒོར་{r}་ཡིན། ཟླ་བ་{n}་རིང་གི་གླ་ཕོགས་མ་སྤྲད"
        return t.format(r=tib_number(rate, False), n=tib_small(months)), label
    if r < 0.74:
        rate = random.choice([150, 200, 250, 300])
        days = random.choice([10, 15, 20, 30])
        label = None if plural and workers is None else rate * days * (workers or 1)
        t = "ཉིན་རེར་སྒོར་{r}་ཡིན། ཉིན་{n}་ལས་ཀ་བྱས་ཀྱང་གླ་ཕོགས་མ་སྤྲད"
        return t.format(r=tib_number(rate, False), n=tib_small(days)), label
    if r < 0.82:
        total = random.choice([20000, 30000, 50000])
        paid = random.choice([5000, 10000])
        t = "ཁྱོན་བསྡོམས་སྒོར་{t}་ཡིན། སྒོར་{p}་སྤྲད་ཟིན"
        return t.format(t=tib_number(total), p=tib_number(paid)), total - paid
    if r < 0.88:
        return random.choice(["གླ་ཕོགས་སྒོར་ཁྲི་ཁ་ཤས་མ་སྤྲད", "གླ་ཕོགས་སྒོར་སྟོང་ཁ་ཤས་མ་སྤྲད"]), None
    return random.choice(["གླ་ཕོགས་མ་སྤྲད", "གླ་ཕོགས་ད་བར་སྤྲད་མེད"]), None


BO_ABSCONDED = ["ད་ལྟ་ཁོ་བྲོས་སོང", "ཁ་པར་ལེན་གྱི་མི་འདུག", "འབྲེལ་བ་བྱེད་ཐབས་མེད", "ཁོས་ང་ཚོའི་ཁ་པར་བཀག",
                "སྤྲོད་རྒྱུ་མེད་ཟེར", "ཁོ་ཡལ་སོང", "ཁས་མི་ལེན"]
BO_DELAY = ["ཟླ་བ་རྗེས་མར་སྤྲོད་ཟེར་གྱི་འདུག", "ལོ་མཇུག་ལ་སྤྲོད་ཟེར", "ད་དུང་སྒུག་དགོས་ཟེར", "", ""]
BO_CLOSE = ["།", "། རོགས་རམ་གནང་རོགས།", "། ཐུགས་རྗེ་ཆེ།", "།", " ཁྱེད་ཚོས་རོགས་རམ་གནང་རོགས།"]


def bo_wage(sector):
    key = random.choice(list(TOWNSHIPS_BO) + [None])
    place_text = random.choice(TOWNSHIPS_BO[key]) + "་ལ་" if key else random.choice(["", "ཀླུ་ཆུ་རྫོང་ལ་", "གཙོས་ལ་"])
    subject, workers, plural = bo_subject()
    emp_text, emp_label = bo_employer(sector)
    work = random.choice(BO_WORK[sector])
    amount_text, amount = bo_amount(workers, plural)
    absconded = random.random() < 0.35
    tail = random.choice(BO_ABSCONDED if absconded else BO_DELAY)
    form = random.random()
    if form < 0.5:
        text = f"{subject}{erg(subject)}{place_text}{emp_text}་ལ་{work}་བྱས་ཀྱང་། {amount_text}།"
    else:
        text = f"{place_text}{emp_text}{erg(emp_text)}{subject}{'ར' if subject == 'ང' else '་ལ'}་{work}་བྱེད་དུ་བཅུག་ནས་{amount_text}།"
    if tail:
        text += " " + tail
    text += random.choice(BO_CLOSE)
    return dict(text=text, lang="bo", wage_arrears=True, sector=sector, employer=emp_label, amount_yuan=amount,
                workers=workers, township=key, absconded=absconded)


BO_NOT_WAGE = [
    "ང{p}ལས་ཀ་བྱེད་སྐབས་རྐང་པ་རྨས་སོང་། སྨན་བཅོས་ཀྱི་འགྲོ་སོང་ག་རེ་བྱེད་དགོས།",
    "{p}ཀུང་སི་ཡིས་ང་ཚོར་ཉེན་འགོག་(社保)་མ་སྤྲད།",
    "ངའི་གླ་ཕོགས་ཐོབ་སོང་། བཀའ་དྲིན་ཆེ།",
    "ངའི་ཞུ་སྙན་གྱི་གནས་སྟངས་ག་རེ་རེད། ཞིབ་བཤེར་བྱེད་འདོད།",
    "{p}ལམ་ཁར་དོང་ཆེན་པོ་ཞིག་འདུག",
    "ལས་དཔོན་གྱིས་ངའི་ལག་ཁྱེར་(身份证)་མི་སྤྲོད།",
    "{p}ང་ཚོའི་རྩྭ་ཐང་གི་ཐོབ་ཐང་(补贴)་ད་དུང་མ་ཐོབ།",
    "ངའི་ཞུ་སྙན་ཕྱིར་འཐེན་བྱེད། ལས་དཔོན་གྱིས་གླ་ཕོགས་ཚང་མ་སྤྲད་ཚར་སོང་།",
    "ཐུགས་རྗེ་ཆེ། གླ་ཕོགས་སྤྲད་ཚར།",
    "ལས་དཔོན་གྱིས་ང་ཚོའི་གླ་ཕོགས་ཚང་མ་སྤྲད་སོང་། བཀའ་དྲིན་ཆེ།",
    "{p}ལས་ཀ་བྱེད་སྐབས་ལག་པ་རྨས། ལས་དཔོན་གྱིས་སྒོར་{m}་ལས་མ་སྤྲད། རྨས་སྐྱོན་གྱི་ཐོབ་ཐང་ཞུ་འདོད།",
    "{p}སྒྲིག་ལམ་ཡིག་ཆ་(合同)་མ་བཟོས། ཐབས་ལམ་ག་རེ་ཡོད།",
]


def bo_not_wage():
    key = random.choice(list(TOWNSHIPS_BO) + [None])
    t = random.choice(BO_NOT_WAGE)
    p = (random.choice(TOWNSHIPS_BO[key]) + "་ལ་") if key and "{p}" in t else ""
    if "{p}" not in t:
        key = None
    text = t.format(p=p, m=tib_number(random.choice([500, 1000, 2000])))
    return dict(text=text, lang="bo", wage_arrears=False, sector="not_wage", employer=None, amount_yuan=None,
                workers=None, township=key, absconded=False)


SHORT_WAGE_BO = ["གླ་ཕོགས་མ་ཐོབ", "ལས་དཔོན་གྱིས་གླ་ཕོགས་མི་སྤྲོད", "གླ་ཕོགས་ད་བར་སྤྲད་མེད", "ངའི་གླ་ཕོགས་སྤྲོད་རོགས",
                 "ལས་ཀ་བྱས་ཀྱང་གླ་ཕོགས་མ་ཐོབ", "བདག་པོས་གླ་ཕོགས་སྒོར་{m}་མ་སྤྲད", "གླ་ཕོགས་སྒོར་{m}་ད་དུང་མ་ཐོབ",
                 "ལས་དཔོན་གྱིས་ཟླ་བ་{n}་རིང་གླ་ཕོགས་མ་སྤྲད"]


def bo_short_wage():
    t = random.choice(SHORT_WAGE_BO)
    m = random.choice([3000, 5000, 8000, 12000])
    key = random.choice(list(TOWNSHIPS_BO) + [None, None])
    text = t.format(m=tib_number(m), n=tib_small(random.choice([2, 3, 4])))
    if key:
        text = random.choice(TOWNSHIPS_BO[key]) + "་ལ་" + text
    text = random.choice(["ངས་", ""]) + text
    return dict(text=text + "།", lang="bo", wage_arrears=True, sector="other", employer=None,
                amount_yuan=m if "{m}" in t else None, workers=1, township=key, absconded=False)


def handwritten(lang):
    """Hand-written training complaints in other styles than the templates (corpora/handwritten-train.jsonl)."""
    with open(os.path.join(OUT, "handwritten-train.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [{k: v for k, v in r.items() if k != "id"} for r in rows if r["lang"] == lang]


def train_only(lang):
    """Hand-written complaints written for training only (corpora/train-only/LANG-*.jsonl): never split into dev,
    and appended after the shuffle so that the generated lines and the other language stay as they were."""
    rows = []
    for path in sorted(glob.glob(os.path.join(OUT, "train-only", lang + "-*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return rows


def is_dev(row_id):
    """A quarter of the written complaints are held out for dev, by a stable hash of the id."""
    return zlib.crc32(row_id.encode("utf-8")) % 4 == 0


def written(lang):
    """The hand-written complaints of corpora/written/, split into (train, dev)."""
    rows = []
    for path in sorted(glob.glob(os.path.join(OUT, "written", lang + "-*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return [r for r in rows if not is_dev(r["id"])], [r for r in rows if is_dev(r["id"])]


def first_dev(lang):
    """The dev lines written before corpora/written/ existed (ids LANG-dev-NNN), kept as they are."""
    with open(os.path.join(OUT, lang + "-dev.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [r for r in rows if r["id"].startswith(lang + "-dev-")]


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for i, row in enumerate(rows, 1):
            if "id" not in row:
                row = {"id": f"{row['lang']}-train-{i:04d}", **row}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    zh = []
    for sector in SECTORS:
        zh += [zh_wage(sector) for _ in range(51)]
    zh += [zh_not_wage() for _ in range(125)]
    zh += [zh_short_wage() for _ in range(36)]
    zh += handwritten("zh")
    random.shuffle(zh)
    bo = []
    for sector in SECTORS:
        bo += [bo_wage(sector) for _ in range(27)]
    bo += [bo_not_wage() for _ in range(40)]
    bo += [bo_short_wage() for _ in range(15)]
    bo += handwritten("bo")
    random.shuffle(bo)
    for lang, generated in (("zh", zh), ("bo", bo)):
        train, dev = written(lang)
        write(lang + "-train.jsonl", generated + train + train_only(lang))
        write(lang + "-dev.jsonl", first_dev(lang) + dev)
        print(f"{lang}-train.jsonl: {len(generated)} generated + {len(train)} written + {len(train_only(lang))} train-only; "
              f"{lang}-dev.jsonl: {len(first_dev(lang))} + {len(dev)} written")


if __name__ == "__main__":
    main()
