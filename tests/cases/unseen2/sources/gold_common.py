"""Helpers for hand-written gold (values typed by hand; this only serialises them)."""
import json, unicodedata, pathlib
def A(name, text=None, coll=False):
    return {"name": name, "text": text or name, "collective": coll}
def S(id, title, kind=None, label=None):
    lvl = id.count(".") + 1
    d = {"id": id, "label": label or (id.split(".")[-1] + ("." if not id.split(".")[-1].isalpha() or id.split(".")[-1].isupper() else ")")), "title": title, "level": lvl}
    if kind: d["kind"] = kind
    return d
def T(id, title, lead=(), support=(), tf=None, note=None):
    d = {"id": id, "title": title, "lead": list(lead), "support": list(support), "timeframe": tf}
    if note: d["note"] = note
    return d
def TF(text, s, e): return {"text": text, "start": s, "end": e}
def D(text, kind, section, due=None, start=None, end=None, rec=None, subject="", note=None):
    d = {"text": text, "kind": kind, "due": due, "start": start, "end": end, "recurrence": rec, "section": section, "subject": subject}
    if note: d["note"] = note
    return d
def dump(obj, path):
    s = json.dumps(obj, ensure_ascii=False, indent=1)
    pathlib.Path(path).write_text(unicodedata.normalize("NFC", s) + "\n", encoding="utf-8")
