"""Plan 2: Phú Yên / Tuy An, Google Docs 'Download as HTML' look-alike: class-based lists with CSS
counters (the numbers of the tasks are not in the text), inline-styled spans, header in a two-column
table, headings as bold <p> (no <h1>)."""
import html, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import N, STAGE

NAME = "phu-yen_tuy-an_287-KH-UBND_2019_asean-gdocs"
MK = N((Path(__file__).parent / f"{NAME}.mk").read_text(encoding="utf-8"))
LA, LB = "kix_7m2q1x9r4d0a", "kix_p3k8w2n5z1c6"
FONT = 'font-family:&quot;Times New Roman&quot;;color:#000000;font-size:13pt;vertical-align:baseline;'

def span(t, w=400, it=False, size=13):
    st = FONT.replace("13pt", f"{size}pt") + f"font-weight:{w};font-style:{'italic' if it else 'normal'};text-decoration:none"
    return f'<span class="c{2 if w == 400 else 1}" style="{st}">{html.escape(t, quote=False)}</span>'

css_lists = []
for lid, fmts in ((LA, ("decimal", "lower-latin")), (LB, ("decimal",))):
    for lvl, fmt in enumerate(fmts):
        suf = ". " if lvl == 0 else ") "
        css_lists.append(f'.lst-{lid}-{lvl}>li:before{{content:"" counter(lst-ctn-{lid}-{lvl},{fmt}) "{suf}"}}')
        css_lists.append(f'.lst-{lid}-{lvl}>li{{counter-increment:lst-ctn-{lid}-{lvl}}}')
        css_lists.append(f'ol.lst-{lid}-{lvl}.start{{counter-reset:lst-ctn-{lid}-{lvl} 0}}')
        css_lists.append(f'ol.lst-{lid}-{lvl}{{list-style-type:none}}')
    css_lists.append(f'.lst-{lid}-0>li{{counter-reset:lst-ctn-{lid}-1}}')
style = ("@import url('https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98');"
         + "".join(css_lists)
         + "ol{margin:0;padding:0}table td,table th{padding:0}"
         ".c0{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#ffffff;border-top-width:0pt;border-right-width:0pt;border-left-color:#ffffff;vertical-align:top;border-right-color:#ffffff;border-left-width:0pt;border-top-style:solid;border-left-style:solid;border-bottom-width:0pt;width:200pt;border-top-color:#ffffff;border-bottom-style:solid}"
         ".c4{padding-top:0pt;padding-bottom:3pt;line-height:1.15;orphans:2;widows:2;text-align:justify;text-indent:36pt}"
         ".c6{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:center}"
         ".c8{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:3pt;line-height:1.15;text-align:justify}"
         ".c9{margin-left:54pt;padding-top:0pt;padding-left:0pt;padding-bottom:3pt;line-height:1.15;text-align:justify}"
         ".c11{border-spacing:0;border-collapse:collapse;margin-right:auto}"
         ".c12{background-color:#ffffff;max-width:453.6pt;padding:56.7pt 42.5pt 56.7pt 85pt}"
         ".title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:&quot;Arial&quot;;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
         "li{color:#000000;font-size:13pt;font-family:&quot;Times New Roman&quot;}p{margin:0;color:#000000;font-size:13pt;font-family:&quot;Times New Roman&quot;}")

out, src = [], []
hdr, sig = [], []
state = {"open": None, "A0": 0, "A1": 0, "B0": 0}
li_id = [0]

def close_list():
    if state["open"]:
        out.append("</ol>" * state["open"][1])
        state["open"] = None

def open_list(lid, lvl, n, fresh):
    cls = f"c5 lst-{lid}-{lvl}" + (" start" if fresh else "")
    out.append(f'<ol class="{cls}" start="{n}">')

def table(rows, widths=(200, 260)):
    t = ['<table class="c11"><tr class="c10">']
    for c in range(2):
        t.append(f'<td class="c0" colspan="1" rowspan="1" style="width:{widths[c]}pt">')
        for r, row in enumerate(rows):
            txt = row[c]
            if not txt.strip():
                t.append('<p class="c6"><span class="c2"></span></p>'); continue
            bold = 700 if (r < 2 and not txt.startswith("Số:")) or txt.isupper() or txt.startswith(("TM.", "KT.")) else 400
            it = txt.startswith("Tuy An,") or txt == "Nơi nhận:"
            if txt == "Nơi nhận:": bold = 700
            t.append(f'<p class="c6">{span(txt, bold, it, 11 if (c == 0 and txt.startswith("-")) else 13)}</p>')
        t.append("</td>")
    t.append("</tr></table>")
    return "".join(t)

items = []
for line in MK.split("\n"):
    if not line.strip(): continue
    if line.startswith("@"):
        tag, _, rest = line.partition(" "); items.append((tag[1:], rest))
    else:
        items.append(("P", line))

last_lvl = None
for tag, rest in items:
    if tag == "HDR":
        l, _, r = rest.partition(" | "); hdr.append((l, r)); src.append(f"{l}\t{r}"); continue
    if hdr:
        out.append(table(hdr)); out.append('<p class="c4"><span class="c2"></span></p>'); hdr = []
    if tag == "SIG":
        l, _, r = rest.partition(" | "); sig.append((l, r)); src.append(l + (f"\t{r}" if r.strip() else "")); continue
    if tag == "C":
        close_list()
        out.append(f'<p class="c6">{span(rest, 700, size=14 if rest == "KẾ HOẠCH" else 13)}</p>'); src.append(rest)
    elif tag == "H":
        close_list()
        out.append(f'<p class="c4" style="text-indent:36pt">{span(rest, 700)}</p>'); src.append(rest)
    elif tag in ("L1", "L2", "LV"):
        if tag == "L1":
            state["A0"] += 1; state["A1"] = 0; lid, lvl, n = LA, 0, state["A0"]
            src.append(f"{n}. {rest}")
        elif tag == "L2":
            state["A1"] += 1; lid, lvl, n = LA, 1, state["A1"]
            src.append(f"{'abcdefgh'[n-1]}) {rest}")
        else:
            state["B0"] += 1; lid, lvl, n = LB, 0, state["B0"]
            src.append(f"{n}. {rest}")
        close_list()
        if lvl == 1:
            # Google Docs nests a level-1 list inside a dummy continuation of the level-0 list
            out.append(f'<ol class="c5 lst-{lid}-1{" start" if n == 1 else ""}" start="{n}">')
            state["open"] = (lid, 1)
        else:
            open_list(lid, 0, n, n == 1); state["open"] = (lid, 1)
        li_id[0] += 1
        out.append(f'<li class="{"c8" if lvl == 0 else "c9"} li-bullet-0">{span(rest, 700 if lvl == 0 else 400, it=(lvl == 1))}</li>')
    else:
        close_list()
        m = re.match(r"^(Cơ quan chủ trì:)(.*?)(Cơ quan phối hợp:)(.*)$", rest)
        if m:
            body = span(m.group(1), 400, True) + span(m.group(2)) + span(m.group(3), 400, True) + span(m.group(4))
        elif rest.startswith("(Chủ trì:"):
            body = span(rest, 400, True)
        else:
            body = span(rest)
        out.append(f'<p class="c4">{body}</p>'); src.append(rest)
close_list()
out.append('<p class="c4"><span class="c2"></span></p>')
out.append(table(sig, (230, 230)))

doc = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
       f'<style type="text/css">{style}</style></head><body class="c12 doc-content">' + "".join(out) + "</body></html>")
(STAGE / f"{NAME}.html").write_text(doc, encoding="utf-8")
(Path(__file__).parent / f"{NAME}.source.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
print("wrote", NAME)
