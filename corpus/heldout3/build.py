# -*- coding: utf-8 -*-
"""Convert docs_src.py (inline-annotated documents) into heldout3.jsonl and check it."""
import collections
import json
import re
import sys
from pathlib import Path
from docs_src import DOCS

LABELS = {"COUNTRY", "NATIONALITY", "REGION", "LOC", "ORG", "PER", "DATE", "LEGAL"}
ORG_NORMS = {"IOM", "UNHCR", "ILO", "UNDP", "UNFPA", "UNODC", "ECLAC", "UNESCO", "UNICEF",
             "WHO", "WFP", "FAO", "OCHA", "OHCHR", "UNRWA", "UNWOMEN", "UN", "UNSC", "UNGA",
             "WB", "IMF", "WTO", "OECD", "EU", "EC", "EP", "FRONTEX", "AU", "OAU", "ECOWAS",
             "CAN", "SEGIB", "ICRC", "IFRC", "NATO"}
LEGAL_NORMS = {"untc:IV-13", "untc:XVIII-12", "untc:XVIII-12-a", "untc:XVIII-12-b",
               "untc:XVIII-12-c", "untc:V-2", "untc:V-5", "untc:V-3", "untc:V-4", "untc:IV-4",
               "untc:IV-3", "untc:IV-2", "untc:IV-8", "untc:IV-9", "untc:IV-11", "untc:IV-15",
               "untc:IV-16", "ilo:C097", "ilo:C143", "ilo:C189", "ilo:C029", "ilo:P029",
               "au:oau-refugee-convention-1969", "au:kampala-convention-2009",
               "cartagena-declaration-1984", "unga:A/RES/73/195", "unga:A/RES/73/151",
               "unga:A/RES/71/1", "unga:A/RES/70/1", "unga:A/RES/217(III)", "coe:ETS-005",
               "celex:32013R0604", "eu:pact-migration-asylum-2024"}
M49 = {"002", "015", "011", "014", "017", "018", "202", "019", "419", "029", "013", "005",
       "021", "142", "030", "034", "035", "145", "143", "150", "151", "154", "039", "155",
       "009", "001"}
QUAL = {"e": "exact", "a": "approx", "m": "min", "x": "max"}
UNIT = {"p": "person", "h": "household"}
GROUPS = {"migrant", "refugee", "asylum_seeker", "idp", "returnee", "stateless",
          "trafficking_victim", "migrant_worker", "child", "person"}
EVENTS = {"stock", "arrival", "departure", "crossing", "displacement", "return", "deportation",
          "interception", "rescue", "death", "missing", "assistance", "resettlement",
          "application", "detention", "at_risk", "other"}

_pt = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
DATE_POINT = re.compile(r"^(?:" + _pt + r"|\d{4}-Q[1-4]|\d{4}-W\d{2}|\d{3}|\d{2})$")
DATE_DUR = re.compile(r"^P(?:\d+|X)[YMWD]$|^PT\d+H$")

def date_ok(v):
    if v is None:
        return True
    if "/" in v:
        a, b = v.split("/")
        return bool(DATE_POINT.match(a) and DATE_POINT.match(b))
    return bool(DATE_POINT.match(v) or DATE_DUR.match(v))

def nul(x):
    return None if x in ("-", "") else x

TOKEN = re.compile(r"⟦(.*?)⟧|⟨(.*?)⟩", re.S)

def parse(src, known):
    text, ents, figs = [], [], []
    pos = 0; out_len = 0
    for m in TOKEN.finditer(src):
        chunk = src[pos:m.start()]
        text.append(chunk); out_len += len(chunk)
        if m.group(1) is not None:
            parts = m.group(1).split("|")
            surf, label = parts[0], parts[1]
            if len(parts) > 2:
                norm = nul(parts[2])
            else:
                norm = known.get((label, surf))
            if norm is not None:
                known.setdefault((label, surf), norm)
            ents.append({"start": out_len, "end": out_len + len(surf), "label": label,
                         "norm": norm, "text": surf})
        else:
            p = m.group(2).split("|")
            assert len(p) == 11, ("bad figure", p)
            surf = p[0]
            figs.append({"start": out_len, "end": out_len + len(surf), "value": int(p[1]),
                         "value_max": None if p[2] == "-" else int(p[2]),
                         "qualifier": QUAL[p[3]], "unit": UNIT[p[4]], "group": p[5],
                         "event": p[6], "country": nul(p[7]), "origin": nul(p[8]),
                         "date": nul(p[9]), "source": nul(p[10]), "text": surf})
        text.append(surf); out_len += len(surf)
        pos = m.end()
    text.append(src[pos:])
    t = "".join(text)
    assert "⟦" not in t and "⟧" not in t and "⟨" not in t and "⟩" not in t
    return t, ents, figs

def check(d):
    errs = []
    t = d["text"]
    for e in d["entities"]:
        s = t[e["start"]:e["end"]]
        if s != e["text"]: errs.append(("offset", e))
        if s != s.strip() or not s: errs.append(("whitespace", e))
        if e["label"] not in LABELS: errs.append(("label", e))
        n, L = e["norm"], e["label"]
        if L in ("COUNTRY", "NATIONALITY") and not (n and re.fullmatch(r"[A-Z]{3}", n)):
            errs.append(("alpha3", e))
        if L == "REGION" and n is not None and n not in M49: errs.append(("m49", e))
        if L == "LOC" and n is not None: errs.append(("locnorm", e))
        if L == "ORG" and n is not None and n not in ORG_NORMS: errs.append(("orgnorm", e))
        if L == "LEGAL" and n is not None:
            ids = n.split(";")
            if ids != sorted(ids) or any(i not in LEGAL_NORMS for i in ids):
                errs.append(("legalnorm", e))
        if L == "DATE" and not date_ok(n): errs.append(("datenorm", e))
        if L == "PER":
            if not n: errs.append(("pernorm", e))
            elif not all(tok in n.split() for tok in s.split()): errs.append(("pernorm2", e))
        # boundary check: a span should not start/end inside a word
        if e["start"] > 0 and t[e["start"]-1].isalnum(): errs.append(("leftboundary", e))
        if e["end"] < len(t) and t[e["end"]].isalnum(): errs.append(("rightboundary", e))
    se = sorted(d["entities"], key=lambda e: e["start"])
    for a, b in zip(se, se[1:]):
        if b["start"] < a["end"]: errs.append(("overlap", a, b))
    # PER norm = fullest form in doc
    pers = [e for e in d["entities"] if e["label"] == "PER"]
    for e in pers:
        longest = max((p["text"] for p in pers if p["norm"] == e["norm"]), key=len)
        if longest != e["norm"]: errs.append(("per-fullest", e))
    for f in d["figures"]:
        s = t[f["start"]:f["end"]]
        if s != f["text"]: errs.append(("foffset", f))
        if f["group"] not in GROUPS: errs.append(("group", f))
        if f["event"] not in EVENTS: errs.append(("event", f))
        for k in ("country", "origin"):
            v = f[k]
            if v is not None and not (re.fullmatch(r"[A-Z]{3}", v) or v in M49):
                errs.append((k, f))
        if not date_ok(f["date"]): errs.append(("fdate", f))
        if f["source"]:
            srcs = f["source"].split(";")
            if srcs != sorted(srcs): errs.append(("sourceorder", f))
        if f["start"] > 0 and t[f["start"]-1].isalnum(): errs.append(("fleft", f))
        if f["end"] < len(t) and t[f["end"]].isalnum(): errs.append(("fright", f))
    sf = sorted(d["figures"], key=lambda f: f["start"])
    for a, b in zip(sf, sf[1:]):
        if b["start"] < a["end"]: errs.append(("foverlap", a, b))
    for f in d["figures"]:
        for e in d["entities"]:
            if f["start"] < e["end"] and e["start"] < f["end"]:
                errs.append(("fig-ent-overlap", f, e))
    return errs

def main():
    known = {}
    out = []
    allerr = 0
    for D in DOCS:
        t, ents, figs = parse(D["src"], known)
        d = {"id": D["id"], "text": t, "date": D["date"], "entities": ents, "figures": figs}
        errs = check(d)
        nw = len(re.findall(r"\w+(?:[’'-]\w+)*", t))
        if not (120 <= nw <= 400): errs.append(("wordcount", nw))
        for e in errs:
            print(D["id"], e); allerr += 1
        out.append(d)
    with open(Path(__file__).resolve().parents[2] / "gold" / "heldout3.jsonl", "w", encoding="utf-8") as fh:
        for d in out:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("docs", len(out), "errors", allerr)

if __name__ == "__main__":
    main()
