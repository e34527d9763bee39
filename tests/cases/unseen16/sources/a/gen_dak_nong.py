"""Plan 3 — Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Nông, 1876/KH-BCH (15/10/2019), asean-2019-2020. A signed printout
scanned to an image-only PDF: DOCX (python-docx) -> LibreOffice PDF (build/) -> pdftoppm 240 dpi greyscale -> Pillow:
blue ink signature and a red round stamp over the signature block on the last page, a slight tilt per page
(0.4-1.1 degrees), scanner noise and a faint grey edge -> one JPEG per page in a PDF (no text layer).
Military header (`BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG` over the issuer), `KT. CHỈ HUY TRƯỞNG / PHÓ CHÍNH ỦY` with the rank
before the name, units named as the command names them (`Phòng Chính trị`, `Phòng Trinh sát`, `các Đồn Biên phòng`).
The text of the intermediate PDF is kept as build/NAME.source.txt: gold quotes are checked against it."""
import sys, math, random, subprocess
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
from kit16 import underline_cell_line
NAME = "dak-nong_1876-KH-BCH_2019_asean-bdbpscan"
BUILD = Path(__file__).parent / "build"
SIGNER = "Vũ Ngọc Tuấn"
BODY = [
 ("P", "Căn cứ Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN về việc ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020;"),
 ("P", "Thực hiện Kế hoạch số 612/KH-UBND ngày 27/9/2019 của Ủy ban nhân dân tỉnh Đắk Nông về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh;"),
 ("P", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh xây dựng Kế hoạch triển khai thực hiện như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Nâng cao nhận thức của cán bộ, chiến sĩ Bộ đội Biên phòng tỉnh và Nhân dân khu vực biên giới về Cộng đồng ASEAN, về vai trò, vị thế của Việt Nam trong ASEAN, nhất là trong năm Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN 2020."),
 ("P", "- Góp phần xây dựng đường biên giới Việt Nam - Campuchia hòa bình, hữu nghị, hợp tác và phát triển; củng cố \u201cthế trận lòng dân\u201d vững chắc trên khu vực biên giới."),
 ("H", "2. Yêu cầu"),
 ("P", "- Tuyên truyền bám sát sự lãnh đạo, chỉ đạo của Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng, Tỉnh ủy, Ủy ban nhân dân tỉnh; nội dung chính xác, hình thức phù hợp với đồng bào dân tộc thiểu số khu vực biên giới."),
 ("P", "- Kết hợp chặt chẽ với nhiệm vụ quản lý, bảo vệ chủ quyền, an ninh biên giới và công tác đối ngoại biên phòng."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Vai trò, vị thế của ASEAN; thành tựu xây dựng Cộng đồng ASEAN trên 3 trụ cột; đất nước, con người các nước ASEAN, nhất là Vương quốc Campuchia."),
 ("P", "- Sự kiện Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN 2020; kỷ niệm 25 năm Việt Nam gia nhập ASEAN (1995 - 2020)."),
 ("P", "- Các văn kiện hợp tác quản lý biên giới Việt Nam - Campuchia; hợp tác ASEAN trong phòng, chống tội phạm xuyên quốc gia, mua bán người, ma túy."),
 ("H", "III. HÌNH THỨC, BIỆN PHÁP TUYÊN TRUYỀN"),
 ("H", "1. Tuyên truyền trong cán bộ, chiến sĩ"),
 ("P", "Phòng Chính trị chủ trì, hướng dẫn các đơn vị đưa nội dung về ASEAN vào chương trình giáo dục chính trị, sinh hoạt \u201cNgày Chính trị - Văn hóa tinh thần\u201d hằng tháng; tổ chức nói chuyện chuyên đề về Năm Chủ tịch ASEAN 2020 cho cán bộ, chiến sĩ toàn đơn vị trong quý I/2020."),
 ("H", "2. Tuyên truyền cho Nhân dân khu vực biên giới"),
 ("P", "Các Đồn Biên phòng phối hợp với Ủy ban nhân dân các xã biên giới lồng ghép tuyên truyền về ASEAN trong các buổi họp thôn, bon, sinh hoạt của Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên; phát huy vai trò của già làng, người có uy tín trong đồng bào M\u2019Nông, Mạ, Ê Đê tham gia tuyên truyền."),
 ("H", "3. Tuyên truyền trên báo chí, phát thanh, truyền hình"),
 ("P", "Phòng Chính trị phối hợp với Báo Đắk Nông, Đài Phát thanh và Truyền hình tỉnh duy trì chuyên mục \u201cBiên phòng Đắk Nông\u201d, đăng, phát tin, bài, phóng sự về hợp tác ASEAN và quan hệ hữu nghị Việt Nam - Campuchia trên tuyến biên giới; mỗi quý ít nhất 02 tin, bài."),
 ("H", "4. Tuyên truyền trực quan tại các cửa khẩu"),
 ("P", "Đồn Biên phòng Cửa khẩu Quốc tế Bu Prăng và Đồn Biên phòng Cửa khẩu Đắk Peur chủ trì làm mới pa nô, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020 tại khu vực cửa khẩu; hoàn thành trước ngày 31/12/2019."),
 ("H", "5. Đối ngoại biên phòng, giao lưu hữu nghị"),
 ("P", "Phòng Tham mưu chủ trì, phối hợp với Phòng Chính trị tổ chức giao lưu văn hóa, thể thao với lực lượng bảo vệ biên giới tỉnh Mondulkiri (Vương quốc Campuchia) nhân dịp gặp mặt đầu năm 2020; lồng ghép giới thiệu về Năm Chủ tịch ASEAN 2020 của Việt Nam."),
 ("H", "6. Bồi dưỡng đội ngũ báo cáo viên, tuyên truyền viên"),
 ("P", "Phòng Chính trị chủ trì tổ chức 01 lớp bồi dưỡng kiến thức về ASEAN và kỹ năng tuyên truyền cho báo cáo viên, tuyên truyền viên, cán bộ chính trị các Đồn Biên phòng; thời gian: tháng 11/2019."),
 ("H", "7. Nắm tình hình, đấu tranh với thông tin sai trái"),
 ("P", "Phòng Trinh sát chủ trì, phối hợp với Công an tỉnh nắm chắc tình hình dư luận xã hội khu vực biên giới; kịp thời phát hiện, đấu tranh, phản bác các thông tin sai trái, xuyên tạc lợi dụng các vấn đề biên giới, dân tộc, tôn giáo để chống phá."),
 ("H", "IV. BẢO ĐẢM KINH PHÍ"),
 ("P", "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách công tác đảng, công tác chính trị năm 2019, năm 2020 của Bộ Chỉ huy; Phòng Hậu cần - Kỹ thuật phối hợp với Phòng Chính trị bảo đảm theo quy định."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Chính trị"),
 ("P", "Là cơ quan thường trực, giúp Đảng ủy, Bộ Chỉ huy chỉ đạo, hướng dẫn, kiểm tra các đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo kết quả về Cục Chính trị Bộ đội Biên phòng và Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 05/12/2019 và trước ngày 05/12/2020."),
 ("H", "2. Phòng Tham mưu, Phòng Trinh sát, Phòng Hậu cần - Kỹ thuật"),
 ("P", "Theo chức năng, nhiệm vụ, phối hợp chặt chẽ với Phòng Chính trị thực hiện các nội dung được giao tại Kế hoạch này."),
 ("H", "3. Các Đồn Biên phòng"),
 ("P", "Xây dựng kế hoạch cụ thể để triển khai thực hiện tại đơn vị, địa bàn; báo cáo kết quả về Bộ Chỉ huy (qua Phòng Chính trị) trước ngày 25/11 hằng năm."),
]
RECIP = ["Nơi nhận:", "- Cục Chính trị BĐBP (để b/c);", "- UBND tỉnh Đắk Nông (để b/c);", "- Sở Thông tin và Truyền thông;",
         "- Đ/c Chỉ huy trưởng, Chính ủy;", "- Các phòng, Đồn Biên phòng;", "- Lưu: VT, CT. H15b."]
SIGN = ["KT. CHỈ HUY TRƯỞNG", "PHÓ CHÍNH ỦY", "", "", "", "", "Thượng tá " + SIGNER]


def build_docx():
    doc = new_doc(size=14, left=3.0, right=1.8)
    t = header(doc, size=11.5, wl=7.9, wr=8.9, bold_left=(1, 2),
               left=["BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG", "TỈNH ĐẮK NÔNG", "", "Số: 1876/KH-BCH"],
               right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "", "Đắk Nông, ngày 15 tháng 10 năm 2019"])
    underline_cell_line(t.cell(1, 1), 0)
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trong\nBộ đội Biên phòng tỉnh và Nhân dân khu vực biên giới",
      align="center", bold=True, after=12)
    for kind, text in BODY:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    src = BUILD / f"{NAME}.docx"
    doc.save(src)
    return to_pdf(src, BUILD)


def stamp_image(px):
    from PIL import Image, ImageDraw, ImageFont
    red = (200, 28, 38, 215)
    st = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(st)
    d.ellipse((6, 6, px - 6, px - 6), outline=red, width=max(6, px // 55))
    d.ellipse((px * 0.2, px * 0.2, px * 0.8, px * 0.8), outline=red, width=max(3, px // 120))
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", px // 15)
    txt = "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG \u2605 TỈNH ĐẮK NÔNG \u2605 "
    r = px * 0.39
    for j, ch in enumerate(txt):
        a = 2 * math.pi * j / len(txt) - math.pi / 2
        x, y = px / 2 + r * math.cos(a), px / 2 + r * math.sin(a)
        g = Image.new("RGBA", (px // 10, px // 10), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((px // 40, 0), ch, font=f, fill=red)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        st.alpha_composite(g, (int(x - px // 20), int(y - px // 20)))
    fs = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", px // 4)
    d.text((px / 2, px / 2), "\u2605", font=fs, fill=red, anchor="mm")
    return st.rotate(-14, resample=Image.BICUBIC)


def signature_image(w, h):
    from PIL import Image, ImageDraw
    random.seed(16)
    sg = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(sg)
    blue = (20, 40, 150, 235)
    pts = []
    for i in range(60):
        t = i / 59
        x = w * (0.05 + 0.9 * t)
        y = h * (0.55 + 0.28 * math.sin(t * 11) * (1 - t) - 0.2 * t) + random.uniform(-3, 3)
        pts.append((x, y))
    d.line(pts, fill=blue, width=5, joint="curve")
    d.line([(w * 0.15, h * 0.85), (w * 0.95, h * 0.35)], fill=blue, width=4)
    return sg


def scan(pdf, out, dpi=240):
    from PIL import Image, ImageFilter, ImageChops
    import pdfplumber
    tmp = Path("/tmp/set16a/scan")
    tmp.mkdir(parents=True, exist_ok=True)
    for old in tmp.glob("pg-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(tmp / "pg")], check=True)
    files = sorted(tmp.glob("pg-*.png"))
    k = dpi / 72
    with pdfplumber.open(pdf) as p:
        words = p.pages[-1].extract_words()
        w_rank = [w for w in words if w["text"] == "Thượng"][-1]
        w_kt = [w for w in words if w["text"] == "PHÓ"][-1]
    angles = [0.6, -0.9, 1.1, -0.4]
    random.seed(7)
    pages = []
    for i, f in enumerate(files):
        img = Image.open(f).convert("L")
        if i == len(files) - 1:
            img = img.convert("RGB")
            sx, sy = w_rank["x0"] * k, w_rank["top"] * k
            top = w_kt["bottom"] * k
            sg = signature_image(int(110 * k), int(int(sy - top) * 0.9))
            img.paste(sg, (int(sx + 20 * k), int(top + 2 * k)), sg)
            st = stamp_image(int(118 * k))
            img.paste(st, (int(sx - 70 * k), int(top - 18 * k)), st)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        noise = Image.effect_noise(img.size, 14).convert("L").point(lambda v: (v - 128) // 3 + 128)
        if img.mode == "RGB":
            img = ImageChops.add(img, Image.merge("RGB", [noise] * 3), 1.0, -128)
            img = ImageChops.multiply(img, Image.new("RGB", img.size, (246, 244, 238)))
            fill = (235, 233, 228)
        else:
            img = ImageChops.add(img, noise, 1.0, -128)
            img = ImageChops.multiply(img, Image.new("L", img.size, 243))
            fill = 232
        img = img.rotate(angles[i % len(angles)], resample=Image.BICUBIC, expand=False, fillcolor=fill)
        pages.append(img.convert("RGB"))
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=dpi, quality=72)


def main():
    pdf = build_docx()
    txt = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True).stdout
    (BUILD / f"{NAME}.source.txt").write_text(txt, encoding="utf-8")
    out = STAGE / f"{NAME}.pdf"
    scan(pdf, out)
    print("wrote", out, "from", pdf)


main()
