"""Build the Quảng Bình plan as a web-portal HTML page and print it with Chromium (header/footer on)."""
import html, subprocess, sys, os, signal, time, pathlib
here = pathlib.Path(__file__).parent
name = "quang-binh_1452-KH-UBND_2019_asean"
lines = (here / f"{name}.source.txt").read_text(encoding="utf-8").splitlines()
e = html.escape
head = [l.split(" | ") for l in lines[:3]]
body, rec, sig = [], [], []
for l in lines[3:]:
    if l.startswith("#"):
        body.append(f'<p class="c"><b>{e(l[1:])}</b></p>')
    elif l.startswith("="):
        body.append(f'<p class="h1"><b>{e(l[1:])}</b></p>')
    elif l.startswith("*"):
        body.append(f'<p class="h2"><b>{e(l[1:])}</b></p>')
    elif l.startswith("@"):
        rec.append(e(l[1:]))
    elif l.startswith("!"):
        sig.append(e(l[1:]))
    else:
        body.append(f"<p>{e(l)}</p>")
page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Kế hoạch 1452/KH-UBND tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 - Cổng TTĐT tỉnh Quảng Bình</title>
<style>
@page{{size:A4}}
body{{font-family:'DejaVu Serif',serif;font-size:12.5px;margin:0 18px}}
.banner{{background:#a3161b;color:#fff;padding:8px 12px;font-family:sans-serif;font-weight:bold}}
.menu{{font-family:sans-serif;font-size:11px;color:#555;margin:6px 0}}
.meta td{{border:1px solid #ccc;padding:2px 6px;font-family:sans-serif;font-size:11px}}
.doc{{border-top:2px solid #a3161b;margin-top:10px;padding-top:8px}}
.hdr td{{text-align:center;vertical-align:top;padding:0 6px}}
p{{margin:4px 0;text-align:justify}} p.c{{text-align:center}} p.h1{{margin-top:10px}}
.foot{{font-family:sans-serif;font-size:10px;color:#666;border-top:1px solid #ccc;margin-top:18px;padding-top:6px}}
</style></head><body>
<div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH</div>
<div class="menu">Trang chủ &rsaquo; Văn bản &rsaquo; Văn bản chỉ đạo điều hành &nbsp;|&nbsp; Tìm kiếm văn bản</div>
<table class="meta">
<tr><td>Số ký hiệu</td><td>1452/KH-UBND</td><td>Ngày ban hành</td><td>20/08/2019</td></tr>
<tr><td>Loại văn bản</td><td>Kế hoạch</td><td>Cơ quan ban hành</td><td>UBND tỉnh Quảng Bình</td></tr>
<tr><td>Lĩnh vực</td><td>Thông tin - Truyền thông</td><td>Người ký</td><td>Hồ An Phong</td></tr>
</table>
<div class="doc">
<table class="hdr" width="100%"><tr><td width="40%">{head[0][0]}<br><b>{head[1][0]}</b><br>———<br>{e(head[2][0])}</td>
<td><b>{head[0][1]}</b><br><b>{head[1][1]}</b><br>———————<br><i>{e(head[2][1])}</i></td></tr></table>
{''.join(body)}
<table width="100%"><tr><td width="50%" style="vertical-align:top;font-size:11px"><b><i>{rec[0]}</i></b><br>{'<br>'.join(rec[1:])}</td>
<td style="text-align:center;vertical-align:top"><b>{'<br>'.join(sig[:3])}</b><br><br><i>{sig[3]}</i><br><br><b>{sig[4]}</b></td></tr></table>
</div>
<div class="foot">Tệp đính kèm: 1452-KH-UBND.pdf &nbsp;·&nbsp; Lượt xem: 1.203<br>
Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Bình. Địa chỉ: Số 12 Quang Trung, TP. Đồng Hới, Quảng Bình.</div>
</body></html>"""
web = here / "web" / "van-ban" / "chi-tiet"
web.mkdir(parents=True, exist_ok=True)
(web / "1452-kh-ubnd-tuyen-truyen-asean.html").write_text(page, encoding="utf-8")
srv = subprocess.Popen([sys.executable, "-m", "http.server", "8765", "--bind", "127.0.0.1", "-d", str(here / "web")],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    time.sleep(1.5)
    out = here.parent / f"{name}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    f"--print-to-pdf={out}",
                    "http://127.0.0.1:8765/van-ban/chi-tiet/1452-kh-ubnd-tuyen-truyen-asean.html"], check=True)
finally:
    srv.terminate(); srv.wait()
