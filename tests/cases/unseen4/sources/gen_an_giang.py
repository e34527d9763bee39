# Turns the intended text into a "copied from a PDF viewer" text: hard wraps at ~80 columns,
# running header with the plan number and footer "Trang N/M" on every page, double spaces, a ligature.
import textwrap, unicodedata
N = "an-giang_812-KH-SNgV_2019_asean-foreign-affairs"
src = open(f"/work/unseen4c/sources/{N}.source.txt", encoding="utf-8").read()
lines = []
for para in src.split("\n"):
    if not para.strip():
        continue
    if para.startswith("• "):
        w = textwrap.wrap(para, 80, subsequent_indent="  ")
    else:
        w = textwrap.wrap(para, 80) or [""]
    lines += w
# artefacts: double spaces inside some lines, ligature fi in "file"
art = {"Trang thông tin điện tử Sở": "Trang thông tin  điện tử Sở", "(file)": "(ﬁle)",
       "chủ động thích ứng": "chủ động  thích ứng", "Hiệp hội Doanh nghiệp tỉnh An Giang": "Hiệp hội Doanh nghiệp  tỉnh An Giang",
       "nguồn kinh phí thông tin đối ngoại": "nguồn kinh  phí thông tin đối ngoại"}
out = "\n".join(lines)
for a, b in art.items():
    assert a in out, a
    out = out.replace(a, b, 1)
lines = out.split("\n")
PER = 32
pages = [lines[i:i + PER] for i in range(0, len(lines), PER)]
M = len(pages)
buf = []
for k, pg in enumerate(pages, 1):
    if k > 1:
        buf.append("812/KH-SNgV                     Kế hoạch thông tin, tuyên truyền ASEAN 2019 - 2020")
    buf += pg
    buf.append(f"Trang {k}/{M}")
    buf.append("\f" if k < M else "")
text = unicodedata.normalize("NFC", "\n".join(buf).replace("\n\f\n", "\n\f"))
open(f"/work/unseen4c/{N}.txt", "w", encoding="utf-8").write(text)
print(M, "pages", len(lines), "lines")
