#!/usr/bin/env python3
"""The Tibetan review sheet, docs/tibetan-review.md: every user-facing Tibetan string with its Chinese source, the
glossary terms it uses and empty columns for a native reviewer; and the way back, writing the reviewer's corrections
into the bundles.

    python3 nlp-models/tools/tibetan_review.py            # regenerate docs/tibetan-review.md from the bundles
    python3 nlp-models/tools/tibetan_review.py --check    # exit 1 if the sheet is out of date
    python3 nlp-models/tools/tibetan_review.py --apply [FILE]
        # read a filled-in sheet (default docs/tibetan-review.md) and write every non-empty "correction" back into
        # its bundle; then regenerate the sheet and run the backend's TibetanGlossaryTest

Python 3 standard library only; run from the repository root or anywhere inside it.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RES = ROOT / "backend/src/main/resources"
SHEET = ROOT / "docs/tibetan-review.md"
GLOSSARY = RES / "i18n/glossary.bo.json"

# bundle name -> (Tibetan file, Chinese file, kind)
BUNDLES = {
    "form": (ROOT / "frontend/src/locales/bo.json", ROOT / "frontend/src/locales/zh.json", "json"),
    "chat": (RES / "chat/messages_bo.properties", RES / "chat/messages_zh.properties", "properties"),
    "sms": (RES / "i18n/notify_bo.properties", RES / "i18n/notify_zh.properties", "properties"),
    "timeline": (RES / "i18n/cases_bo.properties", RES / "i18n/cases_zh.properties", "properties"),
    "jurisdiction": (RES / "jurisdictions/luqu.json", None, "jurisdiction"),
}

COLUMNS = ["id", "Chinese source", "Tibetan now", "glossary terms", "verdict (ok / change / unsure)",
           "correction (full Tibetan string)", "reviewer's note"]


def read_properties(path):
    """key -> value of a UTF-8 .properties file whose entries are one line each (as all of ours are)."""
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith(("#", "!")):
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip()
    return values


def flatten(node, prefix=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from flatten(value, f"{prefix}.{key}" if prefix else key)
    elif isinstance(node, str):
        yield prefix, node


def jurisdiction_texts(node, path=""):
    """(path, zh, bo) for every {"zh": ..., "bo": ...} pair; list items are named by their "key"."""
    if isinstance(node, dict):
        if isinstance(node.get("bo"), str) and isinstance(node.get("zh"), str):
            yield path, node["zh"], node["bo"]
        for key, value in node.items():
            if key in ("zh", "bo"):
                continue
            yield from jurisdiction_texts(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            name = item.get("key", str(i)) if isinstance(item, dict) else str(i)
            yield from jurisdiction_texts(item, f"{path}[{name}]")


def strings():
    """(id, zh, bo) for every user-facing Tibetan string, in bundle order."""
    rows = []
    for bundle, (bo_file, zh_file, kind) in BUNDLES.items():
        if kind == "json":
            zh = dict(flatten(json.loads(zh_file.read_text(encoding="utf-8"))))
            for key, bo in flatten(json.loads(bo_file.read_text(encoding="utf-8"))):
                rows.append((f"{bundle}:{key}", zh.get(key, ""), bo))
        elif kind == "properties":
            zh = read_properties(zh_file)
            for key, bo in read_properties(bo_file).items():
                rows.append((f"{bundle}:{key}", zh.get(key, ""), bo))
        else:
            for path, zh, bo in jurisdiction_texts(json.loads(bo_file.read_text(encoding="utf-8"))):
                rows.append((f"{bundle}:{path}", zh, bo))
    return rows


FUSED = ("འི", "འམ", "འང", "འོ", "ས", "ར")  # case and clause particles written onto a syllable: ཀུང་སིའམ, ལས་དཔོན་ནས


def is_letter(ch):
    return "\u0f40" <= ch <= "\u0fbc"


def occurs(word, text):
    """The word as whole syllables: ཅི in ཅི་ཞིག but not in གཅིག; also with a fused particle (ཀུང་སིའི)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if start == 0 or not is_letter(text[start - 1]):
            if end == len(text) or not is_letter(text[end]):
                return True
            for p in FUSED:
                if text.startswith(p, end) and (end + len(p) == len(text) or not is_letter(text[end + len(p)])):
                    return True
        start = text.find(word, start + 1)
    return False


def glossary_terms(text, concepts):
    return [c["key"] for c in concepts if c["bo"] and occurs(c["bo"], text)]


def cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def render():
    concepts = json.loads(GLOSSARY.read_text(encoding="utf-8"))["concepts"]
    rows = [(i, zh, bo) for i, zh, bo in strings() if re.search("[\u0f40-\u0fbc]", bo)]
    out = [
        "# Tibetan review sheet",
        "",
        "Generated by `python3 nlp-models/tools/tibetan_review.py` from the bundles; do not edit by hand except the",
        "three reviewer columns. Every user-facing Tibetan string of XinSheng is one row: the form and tracking page",
        "(`form:`), the chat (`chat:`), the SMS texts (`sms:`), the public timeline (`timeline:`) and the county's",
        "names and advice (`jurisdiction:`). The words chosen for each concept, their sources and the words to avoid are",
        "in `backend/src/main/resources/i18n/glossary.bo.json` (a summary is at the end of this sheet).",
        "",
        "## How to review",
        "",
        "1. For each row write `ok`, `change` or `unsure` in the verdict column. For `change`, write the whole corrected",
        "   Tibetan string in the correction column (placeholders such as `{0}`, `{code}`, `{units}` must stay).",
        "2. If a correction changes a glossary term (say, a better word for 'complaint'), change it in every row that",
        "   lists that term, and tell the developers so the glossary's chosen form and its words to avoid change too.",
        "3. A developer applies the sheet: `python3 nlp-models/tools/tibetan_review.py --apply`, which writes each",
        "   correction into its bundle file (only rows whose Tibetan is unchanged since the sheet was generated),",
        "   regenerates this sheet, and prints the verdicts. Then run the backend's `TibetanGlossaryTest`,",
        "   `SmsLengthTest` and `MessageBundleParityTest`, and the frontend's `npx vitest run` (locale parity).",
        "",
        f"{len(rows)} strings.",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "---|" * len(COLUMNS),
    ]
    for i, zh, bo in rows:
        terms = ", ".join(glossary_terms(bo, concepts))
        out.append(f"| {cell(i)} | {cell(zh)} | {cell(bo)} | {terms} |  |  |  |")
    glossary = json.loads(GLOSSARY.read_text(encoding="utf-8"))
    out += ["", "## Terms the audit found likely wrong, and what was done", "",
            "Rows of the terminology audit (shared/design/tibetan-terms-audit.md).", "",
            "| audit row | concept | resolution |", "|---|---|---|"]
    for r in glossary.get("likelyWrongRows", []):
        out.append(f"| {r['row']} | {r['concept']} | {cell(r['resolution'])} |")
    out += ["", "## Glossary summary", "",
            "| concept | Chinese | Tibetan | status | avoid |", "|---|---|---|---|---|"]
    for c in concepts:
        out.append(f"| {c['key']} | {cell(c['zh'])} | {cell(c['bo'])} | {c['status']} | "
                   f"{cell(', '.join(c['avoid']))} |")
    return "\n".join(out) + "\n"


def parse_sheet(text):
    """id -> (Tibetan now, verdict, correction, note) from a filled-in sheet."""
    rows = {}
    for line in text.splitlines():
        if not line.startswith("| ") or line.startswith("| id ") or line.startswith("| concept "):
            continue
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        if len(cells) == len(COLUMNS):
            rows[cells[0]] = (cells[2], cells[4], cells[5], cells[6])
    return rows


def apply(sheet_path):
    reviewed = parse_sheet(Path(sheet_path).read_text(encoding="utf-8"))
    current = {i: bo for i, _, bo in strings()}
    verdicts, applied, skipped = {}, 0, []
    for row_id, (was, verdict, correction, _) in reviewed.items():
        verdicts[verdict or "(none)"] = verdicts.get(verdict or "(none)", 0) + 1
        if not correction:
            continue
        if current.get(row_id) != was:
            skipped.append(f"{row_id}: the string changed since the sheet was made")
            continue
        write_back(row_id, was, correction)
        applied += 1
    print("verdicts:", ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))
    print(f"corrections applied: {applied}")
    for s in skipped:
        print("skipped", s)
    SHEET.write_text(render(), encoding="utf-8")


def write_back(row_id, old, new):
    bundle, key = row_id.split(":", 1)
    path, _, kind = BUNDLES[bundle]
    text = path.read_text(encoding="utf-8")
    if kind == "properties":
        pattern = re.compile(rf"^{re.escape(key)}\s*=.*$", re.M)
        text, n = pattern.subn(lambda m: f"{key}={new}", text, count=1)
    elif kind == "json":
        data = json.loads(text)
        node = data
        *parents, last = key.split(".")
        for p in parents:
            node = node[p]
        node[last] = new
        text = json.dumps(data, ensure_ascii=False, indent=2) + ("\n" if text.endswith("\n") else "")
        n = 1
    else:  # hand-formatted jurisdiction file: replace the exact quoted old string where it is unique
        quoted_old, quoted_new = json.dumps(old, ensure_ascii=False), json.dumps(new, ensure_ascii=False)
        n = text.count(quoted_old)
        if n != 1:
            raise SystemExit(f"{row_id}: the old text occurs {n} times in {path.name}; edit it by hand")
        text = text.replace(quoted_old, quoted_new)
    if n != 1:
        raise SystemExit(f"{row_id}: key not found in {path.name}")
    path.write_text(text, encoding="utf-8")


def main(args):
    if args and args[0] == "--apply":
        apply(args[1] if len(args) > 1 else SHEET)
    elif args and args[0] == "--check":
        if not SHEET.exists() or SHEET.read_text(encoding="utf-8") != render():
            print(f"{SHEET.relative_to(ROOT)} is out of date: run python3 nlp-models/tools/tibetan_review.py")
            return 1
    else:
        SHEET.write_text(render(), encoding="utf-8")
        print(f"wrote {SHEET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
