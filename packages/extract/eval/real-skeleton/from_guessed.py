#!/usr/bin/env python3
"""Recovers the page text of a held-out set whose markup was GUESSED (templates current / plain /
legacy) and writes it as rows for render.py, which puts it into the REAL www.mofa.go.jp skeleton.

Usage: from_guessed.py SET_DIR [SET_DIR ...]
  e.g. (from packages/extract/eval) python3 real-skeleton/from_guessed.py heldout heldout2 heldout3 heldout4
Writes SET_DIR/real/pages.jsonl: one row {url, lang, kind, text, labels, source} per row of
SET_DIR/labels.jsonl, in the same order, with url, lang, kind and labels copied unchanged.
Then render: cd SET_DIR/real && python3 ../../real-skeleton/render.py pages.jsonl .

Where the page parts come from: a set with a gen.py (heldout3, heldout4) is read from gen.py's page
list P (section, pre, title, sub, dateline, captions, body blocks, back), which is what its HTML was
built from; a set without one (heldout, heldout2) is read from its HTML with html.parser.

The text has the line shape render.py's split() reads:
  [section label]            p.section-title
  [headline]                 h1 (== labels.title)
  [date line]                p.rightalign / <p align="right">
  [pre-headline lines]       lines the guessed page had before its headline ("[Provisional
                             Translation]", a mirror's source/date line or breadcrumb) and a
                             subtitle, moved below the headline/date where a real page has them
  [photo captions]           p.caption before the body, one line each (a <br> inside one -> space)
  lead, body                 paragraphs and headings in page order, one line each; numbered
                             points as "N. text" (also from "N text" / "N.text"); sub-points
                             "(N) ..." indented 4 spaces under a numbered point (or a "- ..."
                             paragraph), otherwise left as they are; <ol> items
                             numbered from 1 per list ("N. " at top level, "    (N) " under a
                             numbered point, "        N. " under a "(N)" sub-point); <ul> items
                             "- text" (a "(*...)" note in a list stays a plain line); a list
                             item's further lines indented under it; captions
                             found inside the body stay where they are
  [back link]                p.link-back or a last "Back to ..." / "...へ戻る" paragraph
Dropped as site furniture: header, menus, breadcrumb, search, share buttons, language-switch links
("Japanese", "英語版 (English)"), "このページのトップへ戻る", related links, footer.
Stdlib only.
"""
import importlib.util, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
LANG_SWITCH = {"Japanese", "English", "日本語", "英語版", "英語版 (English)", "English version"}
BACK = re.compile(r"^(Back to .+|.+へ戻る)$")
PAGETOP = "このページのトップへ戻る"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
NUM_DOT = re.compile(r"^(\d{1,2})\.\s*(\S.*)$")                              # "1. text", "1.text"
NUM_SP = re.compile(r"^(\d{1,2})[ \u3000]+(?!(?:%s)\b)(\S.*)$" % MONTHS)    # "1 text", "1　text"
SUB = re.compile(r"^[(（](\d{1,2})[)）]")                                     # "(1) text", "(1)text"
BULLET = re.compile(r"^(?:-|•|・)\s+\S")
NOTE = re.compile(r"^(?:[(（]\s*[*＊※注]|[*＊※])")                             # "(*This is a provisional translation ...)"


def clean(s):
    """One block's text as lines: whitespace inside a line collapsed, empty lines dropped."""
    out = []
    for l in s.replace("\r", "").split("\n"):
        l = re.sub(r"[ \t\u00a0]+", " ", l).strip()
        if l:
            out.append(l)
    return out


# ------------------------------------------------------------------ reading guessed HTML
SKIP_TAGS = {"head", "header", "nav", "aside", "footer", "script", "style", "form", "title", "noscript"}
SKIP_IDS = {"header", "footer", "breadcrumb"}
SKIP_CLASSES = {"social-btn-top", "left-menu", "related", "skip", "gnav", "search"}
VOID = {"br", "img", "meta", "link", "input", "hr", "area", "base", "col", "wbr", "source"}
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd"}


class Guessed(HTMLParser):
    """Collects the content blocks of a guessed page in order: (tag, classes, align, list, text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.blocks, self.cur, self.lists, self.list_no = [], [], None, [], 0

    def skipping(self):
        return any(s for _, s in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = set((a.get("class") or "").split())
        if tag == "br":
            if self.cur is not None and not self.skipping():
                self.cur["text"].append("\n")
            return
        if tag in VOID:
            return
        skip = tag in SKIP_TAGS or a.get("id") in SKIP_IDS or bool(cls & SKIP_CLASSES)
        self.stack.append((tag, skip))
        if self.skipping():
            return
        if tag in ("ol", "ul"):
            if self.cur is not None and self.cur["tag"] == "li":
                raise ValueError("nested list inside a list item: not handled")
            self.flush()
            self.list_no += 1
            self.lists.append((tag, self.list_no))
        elif tag in BLOCKS:
            if self.cur is not None and self.cur["tag"] == "li" and tag != "li":
                return  # a <p> inside an <li> belongs to the item
            self.flush()
            self.cur = {"tag": tag, "cls": cls, "align": a.get("align"), "list": self.lists[-1] if self.lists else None,
                        "text": []}

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        was_skipping = self.skipping()
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break
        if was_skipping:
            return
        if tag in ("ol", "ul"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif self.cur is not None and self.cur["tag"] == tag:
            self.flush()

    def handle_data(self, d):
        if self.skipping():
            return
        if self.cur is None:
            if d.strip():
                raise ValueError("text outside any block: %r" % d.strip()[:60])
            return
        self.cur["text"].append(d)

    def flush(self):
        if self.cur is not None:
            lines = clean("".join(self.cur["text"]))
            if lines:
                self.blocks.append({**self.cur, "lines": lines})
        self.cur = None


def from_html(path):
    p = Guessed()
    p.feed(open(path, encoding="utf-8").read())
    p.close()
    p.flush()
    page = {"section": None, "pre": [], "title": None, "sub": None, "dateline": None, "captions": [], "body": [], "back": None,
            "dropped": []}
    seen_body = False
    blocks = p.blocks
    for k, b in enumerate(blocks):
        cls, tag, text = b["cls"], b["tag"], " ".join(b["lines"])
        if "section-title" in cls:
            page["section"] = text
        elif tag == "h1":
            page["title"] = text
        elif "rightalign" in cls or (b["align"] or "").lower() == "right":
            page["dateline"] = text
        elif "subtitle" in cls:
            page["sub"] = text
        elif "caption" in cls:
            (page["body"].append(("cap", text)) if seen_body else page["captions"].append(text))
        elif "link-back" in cls:
            page["back"] = text
        elif "pagetop" in cls or text == PAGETOP:
            page["dropped"].append(text)
        elif "lang-link" in cls or text in LANG_SWITCH:
            page["dropped"].append(text)
        elif tag == "p" and k == len(blocks) - 1 and BACK.match(text) and not page["back"]:
            page["back"] = text
        elif tag == "p" and not seen_body and page["title"] is None and page["dateline"] is None and b["list"] is None \
                and any(x["tag"] == "h1" for x in blocks[k + 1:]):
            page["pre"].append(text)  # a line printed before the headline
        elif tag == "li":
            kind, no = b["list"]
            if page["body"] and page["body"][-1][0] == "list" and page["body"][-1][2] == no:
                page["body"][-1][3].append(b["lines"])
            else:
                page["body"].append(("list", kind, no, [b["lines"]]))
            seen_body = True
        elif tag in ("h2", "h3", "h4", "h5", "h6"):
            page["body"].append(("h", b["lines"]))
            seen_body = True
        else:
            page["body"].append(("p", b["lines"]))
            seen_body = True
    return page


# ------------------------------------------------------------------ reading gen.py data
def load_gen(set_dir):
    sys.path.insert(0, os.path.dirname(os.path.abspath(set_dir)))  # for ../mofa_pages.py
    spec = importlib.util.spec_from_file_location("gen_" + os.path.basename(os.path.abspath(set_dir)), os.path.join(set_dir, "gen.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # builds mod.P; gen.py writes files only under __main__
    return mod.P


def from_gen(p):
    page = {"section": p.get("section"), "pre": [p["pre"]] if p.get("pre") else [], "title": p.get("title"), "sub": p.get("sub"),
            "dateline": p.get("dateline"), "captions": [" ".join(clean(c)) for c in p.get("captions") or []], "body": [],
            "back": p.get("back"), "dropped": [p["pre_after_date"]] if p.get("pre_after_date") else []}
    no = 0
    for kind, v in p["body"]:
        if kind == "p":
            page["body"].append(("p", clean(v)))
        elif kind in ("ol", "ul"):
            no += 1
            page["body"].append(("list", kind, no, [clean(x) for x in v]))
        elif kind in ("numpar", "jnum", "raw"):
            page["body"].extend(("p", clean(x)) for x in v)
        elif kind == "caps":
            page["body"].extend(("cap", " ".join(clean(c))) for c in v)
        elif kind == "h3p":
            for h, t in v:
                page["body"].append(("h", clean(h)))
                page["body"].append(("p", clean(t)))
        else:
            raise ValueError("unknown body block %r" % kind)
    # the same furniture rules as for HTML pages
    body = []
    for b in page["body"]:
        if b[0] == "p" and " ".join(b[1]) in LANG_SWITCH | {PAGETOP}:
            page["dropped"].append(" ".join(b[1]))
        else:
            body.append(b)
    if not page["back"] and body and body[-1][0] == "p" and BACK.match(" ".join(body[-1][1])):
        page["back"] = " ".join(body.pop()[1])
    page["body"] = body
    return page


# ------------------------------------------------------------------ writing the line shape
def numbered(line, level):
    """A paragraph line in the line shape, and the nesting level after it (0: none, 1: inside
    a numbered point, 2: inside a "(N)" sub-point)."""
    m = NUM_DOT.match(line) or NUM_SP.match(line)
    if m:
        return "%s. %s" % (m.group(1), m.group(2)), 1
    if SUB.match(line):
        return ("    " + line, 2) if level >= 1 else (line, level)
    if BULLET.match(line):
        return line, 1  # a "- heading" paragraph: "(N)" lines after it are its sub-points
    return line, level


def text_of(page):
    head = [x for x in (page["section"], page["title"], page["dateline"]) if x]
    out = list(head) + list(page["pre"]) + ([page["sub"]] if page["sub"] else []) + list(page["captions"])
    level = 0
    for b in page["body"]:
        if b[0] in ("p", "h"):
            first, *rest = b[1]
            line, level = numbered(first, level)
            out.append(line)
            out.extend(rest)
        elif b[0] == "cap":
            out.append(b[1])
        elif b[0] == "list":
            kind, items = b[1], b[3]
            for k, (first, *rest) in enumerate(items, 1):
                if kind == "ul" and NOTE.match(first):
                    out.append(first)  # a translation note the guessed markup put in a list
                    out.extend(rest)
                    continue
                if kind == "ul" and not SUB.match(first):
                    out.append(first if BULLET.match(first) else "- " + first)
                    out.extend("    " + r for r in rest)
                    continue
                if NUM_DOT.match(first) or NUM_SP.match(first) or SUB.match(first):
                    line, lv = numbered(first, level)  # the item carries its own number
                    out.append(line)
                    ind = " " * (len(line) - len(line.lstrip()) + 4)
                    out.extend(ind + r for r in rest)
                    continue
                if level == 0:
                    out.append("%d. %s" % (k, first)); ind = "    "
                elif level == 1:
                    out.append("    (%d) %s" % (k, first)); ind = "        "
                else:
                    out.append("        %d. %s" % (k, first)); ind = "            "
                out.extend(ind + r for r in rest)
    if page["back"]:
        out.append(page["back"])
    return "\n".join(out) + "\n"


def convert(set_dir):
    labels = [json.loads(l) for l in open(os.path.join(set_dir, "labels.jsonl"), encoding="utf-8") if l.strip()]
    gen = load_gen(set_dir) if os.path.exists(os.path.join(set_dir, "gen.py")) else None
    if gen is not None and len(gen) != len(labels):
        raise SystemExit("%s: gen.py has %d pages, labels.jsonl %d" % (set_dir, len(gen), len(labels)))
    rows, report = [], []
    for k, lab in enumerate(labels):
        if gen is not None:
            if gen[k]["url"] != lab["url"]:
                raise SystemExit("%s row %d: gen.py url %s != labels url %s" % (set_dir, k + 1, gen[k]["url"], lab["url"]))
            page = from_gen(gen[k])
        else:
            page = from_html(os.path.join(set_dir, lab["file"]))
        text = text_of(page)
        rows.append({"url": lab["url"], "lang": lab["lang"], "kind": lab["kind"], "text": text, "labels": lab["labels"],
                     "source": os.path.basename(os.path.abspath(set_dir)) + "/" + lab["file"]})
        report.append((lab["file"], page))
    os.makedirs(os.path.join(set_dir, "real"), exist_ok=True)
    with open(os.path.join(set_dir, "real", "pages.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows, report


def main(argv):
    if not argv:
        raise SystemExit(__doc__)
    for set_dir in argv:
        rows, report = convert(set_dir)
        dropped = sum(len(p["dropped"]) for _, p in report)
        print("%s: %d rows -> %s (furniture lines dropped: %d)" % (set_dir, len(rows), os.path.join(set_dir, "real", "pages.jsonl"), dropped))


if __name__ == "__main__":
    main(sys.argv[1:])
