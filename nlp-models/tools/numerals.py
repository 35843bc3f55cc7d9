"""Render numbers the way workers write them (shared by the training-corpus generator)."""
import random

DIG = "零一二三四五六七八九"
FORMAL = "零壹贰叁肆伍陆柒捌玖"


def cn_under_10k(n, digits=DIG, units="十百千", two="两"):
    """Chinese numeral for 1..9999, e.g. 3500 -> 三千五百, 1050 -> 一千零五十."""
    out = []
    parts = [(n // 1000, units[2]), (n // 100 % 10, units[1]), (n // 10 % 10, units[0]), (n % 10, "")]
    zero = False
    started = False
    for d, u in parts:
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out.append(digits[0])
            zero = False
        ch = digits[d]
        if d == 2 and u in (units[2], units[1]) and two and random.random() < 0.6:
            ch = two
        if d == 1 and u == units[0] and not started:
            out.append(u)
        else:
            out.append(ch + u)
        started = True
    return "".join(out)


def cn(n, formal=False):
    """Chinese numeral for any n < 10^8."""
    digits = FORMAL if formal else DIG
    units = "拾佰仟" if formal else "十百千"
    wan_unit = "万"
    if n == 0:
        return digits[0]
    wan, rest = divmod(n, 10000)
    s = ""
    if wan:
        s += ("两" if wan == 2 and not formal and random.random() < 0.7 else cn_under_10k(wan, digits, units, None if formal else "两")) + wan_unit
        if rest and rest < 1000:
            s += digits[0]
    if rest:
        s += cn_under_10k(rest, digits, units, None if formal else "两")
    return s


def abbreviated(n):
    """三万五 (35000), 4千5 (4500), 1.2万 (12000) where the number allows it, else None."""
    if n >= 10000 and n % 1000 == 0 and n % 10000 != 0 and n < 100000:
        w, t = divmod(n, 10000)
        t //= 1000
        return random.choice([f"{cn(w)}万{DIG[t]}", f"{w}万{t}", f"{w}.{t}万"])
    if 1000 <= n < 10000 and n % 100 == 0 and n % 1000 != 0:
        k, h = divmod(n, 1000)
        h //= 100
        return random.choice([f"{cn(k)}千{DIG[h]}", f"{k}千{h}", f"{cn(k)}千{DIG[h]}百"])
    if n >= 10000 and n % 10000 == 0:
        return random.choice([f"{n // 10000}万", f"{cn(n // 10000)}万"])
    return None


def money(n):
    """A sum of money in one of the forms workers use."""
    r = random.random()
    ab = abbreviated(n)
    if ab and r < 0.35:
        return ab + random.choice(["", "块", "元", "块钱"])
    if r < 0.55:
        return cn(n) + random.choice(["块", "元", "块钱"])
    if r < 0.62 and n >= 1000:
        return f"{n:,}元"
    if r < 0.67:
        return "人民币" + cn(n, formal=True) + "元整"
    return str(n) + random.choice(["元", "块", "块钱", "元", ""])


def count(n):
    """A small count: 12, 十二, 两."""
    if n == 2 and random.random() < 0.5:
        return "两"
    return str(n) if random.random() < 0.5 else ("两" if n == 2 else cn(n))


TIB_DIGITS = "༠༡༢༣༤༥༦༧༨༩"
TIB_UNITS = {1: "གཅིག", 2: "གཉིས", 3: "གསུམ", 4: "བཞི", 5: "ལྔ", 6: "དྲུག", 7: "བདུན", 8: "བརྒྱད", 9: "དགུ"}
TIB_TENS = {10: "བཅུ", 20: "ཉི་ཤུ", 30: "སུམ་ཅུ", 40: "བཞི་བཅུ", 50: "ལྔ་བཅུ"}
TIB_TEENS = {11: "བཅུ་གཅིག", 12: "བཅུ་གཉིས", 13: "བཅུ་གསུམ", 14: "བཅུ་བཞི", 15: "བཅོ་ལྔ", 16: "བཅུ་དྲུག",
             17: "བཅུ་བདུན", 18: "བཅོ་བརྒྱད", 19: "བཅུ་དགུ"}


def tib_digits(n):
    return "".join(TIB_DIGITS[int(c)] for c in str(n))


def tib_small(n):
    """A Tibetan number word for 1..50 where we have one, else Tibetan digits."""
    if n in TIB_UNITS:
        return TIB_UNITS[n]
    if n in TIB_TEENS:
        return TIB_TEENS[n]
    if n in TIB_TENS:
        return TIB_TENS[n]
    return tib_digits(n)


def tib_money_words(n):
    """ཁྲི་གསུམ (30000), སྟོང་ལྔ (5000), ཁྲི་གཅིག་དང་སྟོང་ལྔ (15000), or None."""
    if n % 1000 != 0 or n >= 100000 or n == 0:
        return None
    w, k = divmod(n, 10000)
    k //= 1000
    parts = []
    if w:
        parts.append("ཁྲི་" + TIB_UNITS[w])
    if k:
        parts.append("སྟོང་" + TIB_UNITS[k])
    return "་དང་".join(parts)


def tib_number(n, words_ok=True):
    r = random.random()
    words = tib_money_words(n) if words_ok else None
    if words and r < 0.35:
        return words
    if r < 0.75:
        return tib_digits(n)
    return str(n)
