#!/usr/bin/env python3
"""Checks a labelled rows file (pages.jsonl: url, lang, kind, text, labels, source) before it is
rendered with render.py: required fields, label types, ISO country codes, no URL twice, no URL of an
earlier set. Usage: check_rows.py pages.jsonl [KNOWN_URLS.txt]"""
import json, re, sys

FORMATS = {"meeting", "summit", "telephone", "video", "courtesy-call", "meal", "other"}
ISO2 = re.compile(r"^[A-Z]{2}$")


def fail(n, msg):
    print(f"line {n}: {msg}")
    return 1


def person(n, p, side):
    bad = 0
    if not isinstance(p, dict) or "name" not in p or "title" not in p:
        return fail(n, f"{side}: needs name and title: {p}")
    if side == "counterparts" and p.get("country") is not None and not ISO2.match(p["country"]):
        bad += fail(n, f"counterpart country must be an ISO 3166 alpha-2 code (or EU): {p['country']}")
    return bad


def main(path, known_path=None):
    known = set()
    if known_path:
        known = {u.strip().replace("http://", "https://") for u in open(known_path) if u.strip()}
    seen, bad, rows = set(), 0, 0
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        rows += 1
        r = json.loads(line)
        for k in ("url", "lang", "kind", "text", "labels", "source"):
            if k not in r:
                bad += fail(n, f"missing {k}")
        u = r.get("url", "").replace("http://", "https://")
        if not u.startswith("https://www.mofa.go.jp/"):
            bad += fail(n, f"not a www.mofa.go.jp URL: {u}")
        if u in seen:
            bad += fail(n, f"URL twice: {u}")
        if u in known:
            bad += fail(n, f"URL of an earlier set: {u}")
        seen.add(u)
        if r.get("lang") not in ("en", "ja"):
            bad += fail(n, "lang must be en or ja")
        if r.get("kind") not in ("readout", "not-readout"):
            bad += fail(n, "kind must be readout or not-readout")
        L = r.get("labels") or {}
        if r.get("kind") != "readout":
            continue
        if L.get("date") is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", L["date"]):
            bad += fail(n, f"date must be YYYY-MM-DD: {L['date']}")
        if L.get("startTime") is not None and not re.match(r"^\d{2}:\d{2}$", L["startTime"]):
            bad += fail(n, f"startTime must be HH:MM: {L['startTime']}")
        if L.get("durationMinutes") is not None and not isinstance(L["durationMinutes"], int):
            bad += fail(n, "durationMinutes must be an integer or null")
        if L.get("format") not in FORMATS:
            bad += fail(n, f"format must be one of {sorted(FORMATS)}: {L.get('format')}")
        for side in ("japanParticipants", "counterparts"):
            if not isinstance(L.get(side), list):
                bad += fail(n, f"{side} must be a list")
                continue
            for p in L[side]:
                bad += person(n, p, side)
        loc = L.get("location")
        if loc is not None and (not isinstance(loc, dict) or not ISO2.match(loc.get("country") or "")):
            bad += fail(n, f"location must be null or {{city, country (ISO alpha-2), venue?}}: {loc}")
        if L.get("title") is not None and L["title"].strip() not in [x.strip() for x in r["text"].split("\n")[:4]]:
            bad += fail(n, "title must be one of the first lines of text exactly (or null when the page has no headline)")
        for k in ("truncated", "notes", "pointCount", "topics"):
            if k not in L:
                bad += fail(n, f"labels.{k} missing")
    print(f"{rows} rows, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
