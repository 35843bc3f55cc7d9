#!/usr/bin/env python3
"""Checks labelled corpus files against nlp-schema.md; prints one line per problem and a summary per file.

usage: python3 nlp-models/tools/check_corpus.py FILE.jsonl [FILE.jsonl ...]
Exit status 1 when any line breaks a rule. Also warns about texts that look templated (a long shared opening,
or the same text once digits are taken out), since the corpora are meant to read like real, varied complaints.
"""
import collections
import json
import re
import sys

FIELDS = ["id", "text", "lang", "wage_arrears", "sector", "employer", "amount_yuan", "workers", "township", "absconded"]
SECTORS = {"construction", "transport", "water", "agriculture", "manufacturing", "services", "gig", "public_sector",
           "other", "not_wage"}
TOWNSHIPS = {"maai", "langmusi", "gahai", "xicang", "shuangcha", "larenguan", "ala"}
TIBETAN = re.compile(r"[\u0F00-\u0FFF]")
HAN = re.compile(r"[\u4e00-\u9fff]")


def problems(rec):
    missing = [f for f in FIELDS if f not in rec]
    if missing:
        yield "missing fields: " + ", ".join(missing)
        return
    text = rec["text"]
    if not isinstance(text, str) or not text.strip():
        yield "text must be a non-empty string"
        return
    tibetan, han = len(TIBETAN.findall(text)), len(HAN.findall(text))
    if rec["lang"] not in ("zh", "bo"):
        yield "lang must be zh or bo"
    elif rec["lang"] == "bo" and tibetan == 0:
        yield "lang bo but no Tibetan script in the text"
    elif rec["lang"] == "zh" and tibetan > 0:
        yield "lang zh but the text has Tibetan script"
    if not isinstance(rec["wage_arrears"], bool) or not isinstance(rec["absconded"], bool):
        yield "wage_arrears and absconded must be true or false"
    if rec["sector"] not in SECTORS:
        yield "unknown sector " + repr(rec["sector"])
    if (rec["sector"] == "not_wage") != (rec["wage_arrears"] is False):
        yield "sector is not_wage exactly when wage_arrears is false"
    if rec["wage_arrears"] is False:
        for f in ("employer", "amount_yuan", "workers"):
            if rec[f] is not None:
                yield f + " must be null on a complaint that is not about wages"
        if rec["absconded"]:
            yield "absconded must be false on a complaint that is not about wages"
    emp = rec["employer"]
    if emp is not None:
        if not isinstance(emp, str) or not emp.strip():
            yield "employer must be null or a non-empty string"
        elif emp not in text:
            yield "employer " + repr(emp) + " is not copied verbatim from the text"
    for f in ("amount_yuan", "workers"):
        v = rec[f]
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v <= 0):
            yield f + " must be null or a positive integer"
    if rec["township"] is not None and rec["township"] not in TOWNSHIPS:
        yield "unknown township " + repr(rec["township"])


def main(paths):
    bad = 0
    ids = collections.Counter()
    shapes = collections.defaultdict(list)
    openings = collections.defaultdict(list)
    for path in paths:
        counts = collections.Counter()
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    print(f"{path}:{n}: not JSON ({e})")
                    bad += 1
                    continue
                ids[rec.get("id")] += 1
                for p in problems(rec):
                    print(f"{path}:{n} {rec.get('id')}: {p}")
                    bad += 1
                if isinstance(rec.get("text"), str):
                    shapes[re.sub(r"[0-9０-９༠-༩]+", "#", rec["text"])].append(rec.get("id"))
                    openings[rec["text"][:14]].append(rec.get("id"))
                counts[rec.get("lang")] += 1
                counts["wage" if rec.get("wage_arrears") else "not_wage"] += 1
        print(f"{path}: {sum(counts[l] for l in ('zh', 'bo'))} lines ({dict(counts)})")
    for i, c in ids.items():
        if c > 1:
            print(f"duplicate id {i} ({c} times)")
            bad += 1
    for shape, who in shapes.items():
        if len(who) > 1:
            print(f"warning: same text but for digits: {', '.join(map(str, who[:6]))}")
    for opening, who in openings.items():
        if len(who) > 3 and len(opening) >= 14:
            print(f"warning: {len(who)} texts open with {opening!r}: looks templated")
    print(f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
