"""Turn the intended text into a 'pdftotext' style copy of a printed PDF:
hard wrap at ~76 chars, occasional end-of-line hyphenation, double spaces,
page breaks (\f) with the page number alone on a line at the top of each page."""
import unicodedata
src = open("nam-dinh_112-KH-UBND_2019_asean-hai-hau.source.txt", encoding="utf-8").read()
src = unicodedata.normalize("NFC", src)
lines = src.split("\n")
header = [
    "        ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "         HUYỆN HẢI HẬU                    Độc lập - Tự do - Hạnh phúc",
    "",
    "      Số: 112/KH-UBND                Hải Hậu, ngày 09 tháng 9 năm 2019",
    "",
]
body_start = lines.index("KẾ HOẠCH")
sig_start = lines.index("Nơi nhận:")
W = 76
out = list(header)
hy_count = 0
ds_count = 0
def wrap(par, indent):
    global hy_count, ds_count
    words = par.split(" ")
    res, cur = [], indent
    for w in words:
        cand = (cur + " " + w) if cur.strip() else cur + w
        if len(cand) <= W:
            cur = cand
            continue
        room = W - len(cur) - 2
        if len(w) >= 5 and room >= 2 and hy_count % 4 == 1 and w.isalpha():
            k = min(room, len(w) - 2)
            res.append(cur + " " + w[:k] + "-")
            cur = w[k:]
            hy_count += 1
            continue
        if len(w) >= 5:
            hy_count += 1
        res.append(cur)
        cur = w
    res.append(cur)
    fixed = []
    for l in res:
        if ", " in l:
            ds_count += 1
            if ds_count % 4 == 0:
                l = l.replace(", ", ",  ", 1)
        fixed.append(l)
    return fixed
for l in lines[body_start:sig_start]:
    if l in ("KẾ HOẠCH",) or l.startswith("Tuyên truyền, quảng bá ASEAN giai đoạn") or l == "trên địa bàn huyện Hải Hậu":
        out.append(" " * ((W - len(l)) // 2) + l)
        continue
    if not l.strip():
        out.append("")
        continue
    is_heading = l[:2] in ("I.", "V.") or l.split(" ")[0] in ("II.", "III.", "IV.", "V.") or (l[0].isdigit() and len(l) < 120 and l[1] in ". ")
    indent = "" if (l.startswith("-") or is_heading) else "    "
    if is_heading and l[0].isdigit():
        indent = ""
    out.extend(wrap(l, indent))
sig = lines[sig_start:]
right = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Vũ Văn Thành"]
left = [x for x in sig if x not in right]
out.append("")
for i in range(max(len(left), len(right))):
    a = left[i] if i < len(left) else ""
    b = right[i] if i < len(right) else ""
    out.append(f"{a:<44}{b}" if b else a)
# paginate
PAGE = 50
pages = [out[i:i + PAGE] for i in range(0, len(out), PAGE)]
text = ""
for n, p in enumerate(pages, 1):
    if n > 1:
        text += "\f" + " " * 37 + str(n) + "\n\n"
    text += "\n".join(p) + "\n"
open("../nam-dinh_112-KH-UBND_2019_asean-hai-hau.txt", "w", encoding="utf-8").write(text)
print(len(pages), "pages")
