"""Plan 2 (layout: SCANNED PDF at 200 dpi, image only, with a round RED STAMP over the signature).

UBND huyện Tuy An (Phú Yên), ASEAN 2019-2020 (implements the province's plan under 02/QĐ-BCĐASEAN).
Chain: text below → DOCX (python-docx; kept as sources/<NAME>.intermediate.docx) → PDF (soffice) → grey PNG at
200 dpi (pdftoppm -r 200 -gray) → on the last page a pen signature (drawn strokes) and a round red stamp of the
district people's committee placed half over the signature and the "CHỦ TỊCH" lines, as Vietnamese offices stamp
(Pillow) → paper tone, toner specks, a slight skew and blur (seeded) → image-only PDF at 200 dpi (Pillow, JPEG).
The signature block's position is found with pdfplumber on the intermediate PDF (layout aid only).
Writes ../<NAME>.pdf and sources/<NAME>.source.txt (the text put on the page: the gold's reference text)."""
import math, random, subprocess, sys, tempfile
from pathlib import Path
from docx.shared import Pt, Cm
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from docxkit import new_doc, para, set_widths, borders, cell_text, set_core
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps

HERE = Path(__file__).parent
NAME = "phu-yen_tuy-an_146-KH-UBND_2019_asean-scan200"
DPI = 200

HDR_L = [("ỦY BAN NHÂN DÂN", "b"), ("HUYỆN TUY AN", "b"), ("", ""), ("Số: 146/KH-UBND", "")]
HDR_R = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
         ("Tuy An, ngày 12 tháng 9 năm 2019", "i")]
TITLE = "KẾ HOẠCH"
SUBJECT = ["Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020", "trên địa bàn huyện Tuy An"]

BODY = [
 ("P", "Thực hiện Kế hoạch số 203/KH-UBND ngày 20/8/2019 của UBND tỉnh Phú Yên về tuyên truyền, quảng bá ASEAN giai "
       "đoạn 2019 - 2020 trên địa bàn tỉnh, UBND huyện Tuy An ban hành Kế hoạch thực hiện như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "1. Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân trên địa bàn huyện về Cộng đồng ASEAN, về cơ hội và "
       "thách thức khi Việt Nam tham gia Cộng đồng ASEAN; góp phần đấu tranh với các thông tin sai trái về ASEAN."),
 ("P", "2. Công tác tuyên truyền phải thường xuyên, đúng định hướng, hình thức phù hợp với từng đối tượng; gắn với "
       "quảng bá hình ảnh, tiềm năng du lịch của huyện."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Vai trò, vị thế của ASEAN; thành tựu của Cộng đồng ASEAN trên 3 trụ cột; đất nước, con người các nước ASEAN."),
 ("P", "- Các sự kiện quan trọng của ASEAN: Năm Chủ tịch ASEAN 2020 của Việt Nam; kỷ niệm 25 năm Việt Nam gia nhập "
       "ASEAN (28/7/1995 - 28/7/2020)."),
 ("P", "- Cơ hội, thách thức đối với doanh nghiệp, hợp tác xã, ngư dân của huyện khi tham gia thị trường ASEAN."),
 ("H", "III. NHIỆM VỤ CỤ THỂ"),
 ("H", "1. Tuyên truyền trên hệ thống truyền thanh"),
 ("P", "Trung tâm Văn hóa - Thông tin và Thể thao huyện xây dựng chuyên mục “ASEAN - Ngôi nhà chung” phát sóng "
       "hằng tháng; tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh - Truyền hình "
       "Phú Yên trên hệ thống đài truyền thanh huyện và các xã, thị trấn. Thời gian thực hiện: 2019 - 2020."),
 ("H", "2. Tuyên truyền trên Trang thông tin điện tử huyện và mạng xã hội"),
 ("P", "Văn phòng HĐND và UBND huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin huyện đăng tải tin, bài về "
       "ASEAN trên Trang thông tin điện tử huyện; khai thác, sử dụng thông tin, tư liệu từ Cổng thông tin ASEAN Việt "
       "Nam; chia sẻ nội dung từ Ứng dụng và Fanpage “ASEAN và Việt Nam” trên các trang mạng xã hội của huyện."),
 ("H", "3. Tuyên truyền cổ động trực quan"),
 ("P", "Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với UBND các xã, thị trấn treo băng rôn, khẩu hiệu, pa nô "
       "tuyên truyền tại thị trấn Chí Thạnh, dọc Quốc lộ 1 và khu du lịch Gành Đá Đĩa nhân kỷ niệm 25 năm Việt Nam gia "
       "nhập ASEAN. Thời gian thực hiện: Tháng 7/2020."),
 ("H", "4. Lồng ghép tuyên truyền trong sinh hoạt đoàn thể"),
 ("P", "Huyện Đoàn, Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện lồng ghép nội dung về ASEAN vào các buổi sinh hoạt "
       "chi đoàn, chi hội, các buổi nói chuyện chuyên đề; sử dụng tài liệu tuyên truyền do Ban Tuyên giáo Huyện ủy "
       "cung cấp."),
 ("H", "5. Tuyên truyền trong trường học"),
 ("P", "Phòng Giáo dục và Đào tạo huyện chủ trì, chỉ đạo các trường trung học cơ sở đưa nội dung về ASEAN vào hoạt "
       "động ngoại khóa; vận động học sinh tham gia cuộc thi tìm hiểu về ASEAN; xây dựng Góc ASEAN tại thư viện các "
       "trường. Thời gian thực hiện: năm học 2019 - 2020."),
 ("H", "6. Quảng bá tiềm năng du lịch của huyện"),
 ("P", "Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với UBND các xã ven biển giới thiệu tiềm năng, thế mạnh của "
       "huyện: Gành Đá Đĩa, đầm Ô Loan, đặc sản sò huyết Ô Loan tới du khách các nước ASEAN thông qua tờ gấp, video "
       "và các trang mạng xã hội."),
 ("H", "7. Thông tin cho doanh nghiệp, hợp tác xã"),
 ("P", "Phòng Kinh tế và Hạ tầng huyện chủ trì, phối hợp với Phòng Nông nghiệp và Phát triển nông thôn huyện phổ "
       "biến cho doanh nghiệp, hợp tác xã, hộ kinh doanh các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, cơ hội xuất "
       "khẩu thủy sản sang thị trường các nước ASEAN. Thời gian thực hiện: Quý IV/2019."),
 ("H", "IV. KINH PHÍ"),
 ("P", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách huyện giao cho các cơ quan, đơn vị năm 2019, "
       "năm 2020 và lồng ghép trong kinh phí hoạt động thường xuyên của các cơ quan, đơn vị."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("P", "1. Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; "
       "tổng hợp, báo cáo UBND huyện và Sở Thông tin và Truyền thông kết quả thực hiện trước ngày 05/12/2019 và trước "
       "ngày 05/12/2020."),
 ("P", "2. Phòng Tài chính - Kế hoạch huyện tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch."),
 ("P", "3. Các cơ quan, ban, ngành, đoàn thể huyện; UBND các xã, thị trấn căn cứ Kế hoạch này tổ chức thực hiện, báo "
       "cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 25/11 hằng năm."),
 ("P", "Yêu cầu các cơ quan, đơn vị, địa phương triển khai thực hiện nghiêm túc Kế hoạch này./."),
]

RECIP = ["Nơi nhận:", "- Sở Thông tin và Truyền thông;", "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;",
         "- Các cơ quan, ban, ngành, đoàn thể huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."]
SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "", "Trần Hữu Phước"]


def build_docx(path):
    doc = new_doc(size=13, left=3.0, right=1.8, top=1.8, bottom=1.8)
    set_core(doc, "VP UBND huyen Tuy An", "2019-09-10T14:05:00", "2019-09-12T09:20:00")
    src = []
    t = doc.add_table(rows=len(HDR_L), cols=2)
    borders(t, "nil"); set_widths(t, [6.0, 10.2])
    for i, ((l, lf), (r, rf)) in enumerate(zip(HDR_L, HDR_R)):
        cell_text(t.cell(i, 0), [l], bold=(0,) if lf == "b" else ())
        cell_text(t.cell(i, 1), [r], bold=(0,) if rf == "b" else (), italic=(0,) if rf == "i" else ())
        src.append(f"{l} || {r}")
    para(doc, TITLE, bold=True, align="center", before=10, after=0)
    for s in SUBJECT:
        para(doc, s, bold=True, align="center", after=0)
    para(doc, "", after=4)
    src += ["", "# " + TITLE] + ["# " + s for s in SUBJECT] + [""]
    for kind, text in BODY:
        if kind == "H":
            para(doc, text, bold=True, align="justify", indent=True, after=3)
            src.append("## " + text)
        else:
            para(doc, text, align="justify", indent=True, after=3)
            src.append(text)
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil"); set_widths(t, [8.0, 8.2])
    cell_text(t.cell(0, 0), RECIP, bold=(0,), italic=(0,), size=11, align="left")
    cell_text(t.cell(0, 1), SIGN, bold=(0, 1, 6), size=13)
    src += [""] + [f"{a} || {b}" for a, b in zip(RECIP + [""] * 9, SIGN + [""] * 9) if a or b]
    doc.save(path)
    return src


FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def stamp(diam):
    """Round red stamp of a district people's committee: double ring, text on the arc, star in the centre."""
    S = diam * 2
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (205, 30, 40, 255)
    c = S // 2
    d.ellipse([8, 8, S - 8, S - 8], outline=red, width=14)
    d.ellipse([60, 60, S - 60, S - 60], outline=red, width=6)
    d.ellipse([int(S * .33), int(S * .33), int(S * .67), int(S * .67)], outline=red, width=5)
    f = ImageFont.truetype(FONT_B, int(S * 0.062))
    fs = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", int(S * 0.062))
    def arc_text(text, radius, start_deg, span_deg, top=True):
        n = len(text)
        for i, ch in enumerate(text):
            a = math.radians(start_deg + span_deg * (i + .5) / n)
            x, y = c + radius * math.cos(a), c + radius * math.sin(a)
            g = Image.new("RGBA", (int(S * .12), int(S * .12)), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=fs if ch == "★" else f, fill=red, anchor="mm")
            rot = -(math.degrees(a) + 90) if top else -(math.degrees(a) - 90)
            g = g.rotate(rot, resample=Image.BICUBIC, expand=False)
            im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    ring = "ỦY BAN NHÂN DÂN HUYỆN TUY AN ★ TỈNH PHÚ YÊN ★ "
    arc_text(ring, S * .385, -90 - 180 * 0.93, 360, top=True)
    # star
    pts = []
    for k in range(10):
        r = S * .13 if k % 2 == 0 else S * .055
        a = math.radians(-90 + 36 * k)
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=red)
    im = im.resize((diam, diam), Image.LANCZOS)
    # uneven ink
    rnd = random.Random(7)
    px = im.load()
    for y in range(diam):
        for x in range(diam):
            r, g, b, a = px[x, y]
            if a:
                k = 0.55 + 0.45 * rnd.random() * (0.6 + 0.4 * math.sin(x / 23.0) * math.cos(y / 31.0))
                px[x, y] = (r, g, b, int(a * min(1, k + 0.2)))
    return im.rotate(-9, resample=Image.BICUBIC)


def signature(w, h):
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    ink = (25, 35, 120, 235)
    rnd = random.Random(3)
    pts = []
    for i in range(120):
        t = i / 119
        x = w * (0.05 + 0.9 * t)
        y = h * (0.55 + 0.25 * math.sin(t * 11) * (1 - t) - 0.3 * t + 0.05 * rnd.random())
        pts.append((x, y))
    d.line(pts, fill=ink, width=5, joint="curve")
    d.line([(w * .2, h * .8), (w * .85, h * .35)], fill=ink, width=4)
    d.arc([w * .1, h * .2, w * .45, h * .95], 200, 340, fill=ink, width=4)
    return im


def main():
    work = Path(tempfile.mkdtemp(prefix="u11b_py_"))
    inter = HERE / f"{NAME}.intermediate.docx"
    src = build_docx(inter)
    (HERE / f"{NAME}.source.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(inter)],
                   check=True, capture_output=True)
    pdf = work / f"{NAME}.intermediate.pdf"
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        npages = len(p.pages)
        last = p.pages[-1]
        words = last.extract_words()
        name_w = [w for w in words if w["text"] == "Phước"][0]
        head_w = [w for w in words if w["text"] == "KT."][0]
        scale = DPI / 72.0
        sig_box = (head_w["x0"] * scale, head_w["top"] * scale, name_w["x1"] * scale, name_w["bottom"] * scale)
    assert 2 <= npages <= 3, npages
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), str(work / "pg")], check=True)
    pages = sorted(work.glob("pg-*.png"))
    rnd = random.Random(11)
    out = []
    for i, pth in enumerate(pages):
        g = Image.open(pth).convert("L")
        im = Image.merge("RGB", [g.point(lambda v: int(v * 0.93 + 12))] * 3)
        # paper tone
        tone = Image.new("RGB", im.size, (246, 243, 234))
        im = Image.composite(im, tone, g.point(lambda v: 255 - v if v < 250 else 0))
        if i == len(pages) - 1:
            x0, y0, x1, y1 = sig_box
            sig = signature(int((x1 - x0) * 0.9), int((y1 - y0) * 0.45))
            im.paste(sig, (int(x0 + (x1 - x0) * 0.1), int(y0 + (y1 - y0) * 0.42)), sig)
            st = stamp(int(3.5 / 2.54 * DPI))  # 35 mm stamp
            # half over the signature, left of centre of the signature block (where the stamp usually sits)
            im.paste(st, (int(x0 - st.width * 0.35), int(y0 + (y1 - y0) * 0.15)), st)
        d = ImageDraw.Draw(im)
        for _ in range(260):
            x, y = rnd.randrange(im.width), rnd.randrange(im.height)
            r = rnd.choice([1, 1, 1, 2])
            v = rnd.randrange(60, 170)
            d.ellipse([x, y, x + r, y + r], fill=(v, v, v))
        im = im.rotate(rnd.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=(246, 243, 234))
        im = im.filter(ImageFilter.GaussianBlur(0.55))
        out.append(im)
    dst = STAGE / f"{NAME}.pdf"
    out[0].save(dst, "PDF", resolution=DPI, save_all=True, append_images=out[1:], quality=78)
    print("wrote", dst, len(out), "pages")


if __name__ == "__main__":
    main()
