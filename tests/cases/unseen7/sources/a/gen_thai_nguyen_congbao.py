"""Plan 1: Thái Nguyên plan reprinted in the provincial gazette (Công báo), two-column body, Chromium print."""
import html, subprocess, sys
from pathlib import Path
HERE = Path(__file__).parent
NAME = "thai-nguyen_3518-KH-UBND_2019_asean-congbao"
lines = (HERE / f"{NAME}.source.txt").read_text(encoding="utf-8").splitlines()
E = html.escape
hdr = [l.split(" || ") for l in lines if " || " in l]
body = [l for l in lines if " || " not in l]
head_html = "<table class='hdr'>" + "".join(
    f"<tr><td class='l'>{'<b>'+E(a)+'</b>' if i==1 else E(a)}</td><td class='r'>{'<b>'+E(b)+'</b>' if i==0 else ('<u><b>'+E(b)+'</b></u>' if i==1 else '<i>'+E(b)+'</i>')}</td></tr>"
    for i, (a, b) in enumerate(hdr)) + "</table>"
title, col, sig = [], [], []
for l in body:
    if l.startswith("#"):
        title.append(f"<p class='t{len(title)}'>{E(l[1:])}</p>")
    elif l.startswith("*"):
        col.append(f"<p class='h'>{E(l[1:])}</p>")
    elif l.startswith("@"):
        sig.append(E(l[1:]))
    else:
        col.append(f"<p>{E(l)}</p>")
nn = ("<div class='nn'><b><i>Nơi nhận:</i></b><br>- Ban Chỉ đạo TTTT ASEAN (b/c);<br>- Bộ Thông tin và Truyền thông (b/c);<br>"
      "- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Chủ tịch, các PCT UBND tỉnh;<br>- Các sở, ban, ngành, đoàn thể tỉnh;<br>"
      "- UBND các huyện, thành phố, thị xã;<br>- Báo Thái Nguyên, Đài PT-TH tỉnh;<br>- Lưu: VT, KGVX.</div>")
sg = f"<div class='sig'><b>{sig[0]}<br>{sig[1]}</b><br><br><br><b>{sig[2]}</b></div>"
doc = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 16mm 16mm 16mm; }}
@page :left {{ @top-left {{ content: counter(page); font: bold 10pt 'DejaVu Serif'; }}
  @top-center {{ content: "CÔNG BÁO/Số 45 + 46/Ngày 15-10-2019"; font: bold 10pt 'DejaVu Serif'; border-bottom: 1.2pt double black; }} }}
@page :right {{ @top-right {{ content: counter(page); font: bold 10pt 'DejaVu Serif'; }}
  @top-center {{ content: "CÔNG BÁO/Số 45 + 46/Ngày 15-10-2019"; font: bold 10pt 'DejaVu Serif'; border-bottom: 1.2pt double black; }} }}
body {{ font-family: 'DejaVu Serif'; font-size: 9.6pt; line-height: 1.3; }}
.banner {{ text-align:center; font-weight:bold; font-size:11pt; margin:0 0 2pt; }}
.banner2 {{ text-align:center; font-weight:bold; font-size:10.5pt; margin:0 0 8pt; }}
table.hdr {{ width:100%; border-collapse:collapse; font-size:9.6pt; }} td.l {{ width:40%; text-align:center; }} td.r {{ text-align:center; }}
.t0 {{ text-align:center; font-weight:bold; font-size:11.5pt; margin:10pt 0 0; }} .t1 {{ text-align:center; font-weight:bold; margin:2pt 0 8pt; }}
.cols {{ column-count: 2; column-gap: 7mm; column-rule: 0.5pt solid #444; text-align: justify; }}
.cols p {{ margin: 0 0 3pt; text-indent: 5mm; }} .cols p.h {{ font-weight:bold; text-indent: 5mm; }}
.nn {{ font-size: 8pt; margin-top: 8pt; break-inside: avoid; }} .sig {{ text-align:center; margin-top:6pt; break-inside: avoid; }}
</style></head><body>
<p class='banner'>PHẦN VĂN BẢN KHÁC</p><p class='banner2'>ỦY BAN NHÂN DÂN TỈNH</p>
{head_html}{''.join(title)}
<div class='cols'>{''.join(col)}{sg}{nn}</div></body></html>"""
out_html = Path("/tmp/u7a_congbao.html"); out_html.write_text(doc, encoding="utf-8")
pdf = HERE.parent / f"{NAME}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}", out_html.as_uri()], check=True, capture_output=True)
print("wrote", pdf)
