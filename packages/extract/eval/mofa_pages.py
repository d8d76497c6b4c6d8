"""Shared by the held-out sets' generators (heldoutN/gen.py): the markup a page's real MOFA text is
wrapped in, in the dev set's current/plain/legacy styles, and the writer of pages plus labels.jsonl."""
import html, json, os


def fname(url):
    path = url.split('mofa.go.jp/', 1)[1] if 'mofa.go.jp/' in url else url.split('://', 1)[1]
    return path.replace('/', '-')


def JPN(n, t=None, latin=None):
    d = {"name": n, "title": t}
    if latin:
        d["nameLatin"] = latin
    return d


def CP(n, t, c, latin=None):
    d = {"name": n, "title": t, "country": c}
    if latin:
        d["nameLatin"] = latin
    return d


E = html.escape


def caption_html(c):
    return E(c).replace("\n", "<br>")


def body_html(blocks):
    o = []
    for kind, v in blocks:
        if kind == "p":
            o.append(f"<p>{E(v)}</p>")
        elif kind == "ol":
            o.append('<ol class="list-number">' + "".join(f"<li>\n<p>{E(x)}</p>\n</li>" for x in v) + "</ol>")
        elif kind == "ul":
            o.append('<ul class="list-disc">' + "".join(f"<li>{E(x)}</li>" for x in v) + "</ul>")
        elif kind in ("numpar", "jnum", "raw"):
            o.extend(f"<p>{E(x)}</p>" for x in v)
        elif kind == "caps":
            o.extend(f'<div class="photo"><img src="/files/photo.jpg" alt=""><p class="caption">{caption_html(c)}</p></div>' for c in v)
        elif kind == "h3p":
            for h, t in v:
                o.append(f"<h3>{E(h)}</h3>\n<p>{E(t)}</p>")
    return "\n".join(o)


def caps(p):
    return "".join(f'<div class="photo"><img src="/files/photo{i}.jpg" alt=""><p class="caption">{caption_html(c)}</p></div>\n'
                   for i, c in enumerate(p.get("captions") or []))


HOME_EN = '<ul class="gnav"><li><a href="/">Home</a></li><li><a href="/">Foreign Policy</a></li><li><a href="/">Countries &amp; Regions</a></li><li><a href="/">Press Releases</a></li><li><a href="/">Japanese</a></li></ul>'
HOME_JA = '<ul class="gnav"><li><a href="/mofaj/">ホーム</a></li><li><a href="/mofaj/">外交政策</a></li><li><a href="/mofaj/">国・地域</a></li><li><a href="/mofaj/">会見・発表・広報</a></li><li><a href="/">English</a></li></ul>'


def page(p):
    ja = p["lang"] == "ja"
    nav = HOME_JA if ja else HOME_EN
    t = p.get("title") or p.get("section") or ""
    site = "外務省" if ja else "Ministry of Foreign Affairs of Japan"
    realurl = p["url"] if "mofa.go.jp" in p["url"] else None
    meta = ""
    if realurl:
        meta = f'<link rel="canonical" href="{E(realurl)}">'
        if p["tpl"] != "legacy":
            meta = f'<meta property="og:url" content="{E(realurl)}">' + meta
    if p.get("title") and p["tpl"] != "legacy":
        meta = f'<meta property="og:title" content="{E(p["title"])}">' + meta
    sec = f'<p class="section-title">{E(p["section"])}</p>\n' if p.get("section") else ""
    pre = f'<p>{E(p["pre"])}</p>\n' if p.get("pre") else ""
    h1 = f'<h1 class="title1">{E(p["title"])}</h1>\n' if p.get("title") else ""
    sub = f'<p class="subtitle">{E(p["sub"])}</p>\n' if p.get("sub") else ""
    dl = f'<p class="rightalign">{E(p["dateline"])}</p>\n' if p.get("dateline") else ""
    after = f'<p class="lang-link"><a href="#">{E(p["pre_after_date"])}</a></p>\n' if p.get("pre_after_date") else ""
    back = f'<p class="link-back"><a href="./index.html">{E(p["back"])}</a></p>\n' if p.get("back") else ""
    top = '<p class="pagetop"><a href="#header">このページのトップへ戻る</a></p>\n' if ja and p.get("back") else ""
    if p["tpl"] == "legacy":
        return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="{p["lang"]}"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{E(t)} | {site}</title>{meta}</head>
<body><div id="header"><a href="/"><img src="/common/images/logo.gif" alt="{site}"></a>{nav}</div>
<div id="contents"><table width="100%"><tr><td class="left-menu">{nav}</td><td class="main">
{sec}{pre}{h1.replace(' class="title1"', '')}{sub}{dl.replace(' class="rightalign"', ' align="right"')}{after}{caps(p)}{body_html(p["body"])}
{top}{back}</td></tr></table></div>
<div id="footer"><p>Copyright &copy; {site}</p></div></body></html>
'''
    head = f'''<!DOCTYPE html>
<html lang="{p["lang"]}"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(t)} | {site}</title>{meta}
<link rel="stylesheet" href="/common/css/base.css"></head>
<body><a class="skip" href="#maincontents">Skip to main content</a>
'''
    if p["tpl"] == "current":
        return head + f'''<header id="header"><div class="logo"><a href="/">{site}</a></div><nav>{nav}</nav><form class="search"><input type="text" name="q"></form></header>
<div id="breadcrumb"><ol><li><a href="#">Home</a></li><li><a href="#">{E(p.get("section") or "")}</a></li></ol></div>
<div id="maincontents"><div class="main-section section">
{sec}{pre}{h1}{sub}{dl}{after}<div class="social-btn-top"><a href="#">Tweet</a><a href="#">Share</a></div>
{caps(p)}<div class="any-area">
{body_html(p["body"])}
</div>
{top}{back}</div>
<aside class="related"><h2>Related Links</h2><ul><li><a href="#">Countries &amp; Regions</a></li></ul></aside></div>
<footer id="footer"><p>Copyright &copy; {site}</p></footer></body></html>
'''
    return head + f'''<div id="header">{nav}</div>
<div id="maincontents">
{sec}{pre}{h1}{sub}{dl}{after}{caps(p)}<div class="any-area">
{body_html(p["body"])}
</div>
{top}{back}</div>
<div id="footer">Copyright &copy; {site}</div></body></html>
'''


def write_set(out, pages):
    """Rewrites every page of the set in `out` and its labels.jsonl; returns how many pages."""
    for f in os.listdir(out):
        if f.endswith(".html"):
            os.remove(os.path.join(out, f))
    with open(os.path.join(out, "labels.jsonl"), "w") as L:
        for p in pages:
            fn = p.get("fname") or fname(p["url"])
            with open(os.path.join(out, fn), "w") as f:
                f.write(page(p))
            lab = p["labels"]
            lab.setdefault("topics", None)
            L.write(json.dumps({"file": fn, "url": p["url"], "lang": p["lang"], "kind": p.get("kind", "readout"),
                                "template": p["tpl"], "labels": lab}, ensure_ascii=False) + "\n")
    return len(pages)
