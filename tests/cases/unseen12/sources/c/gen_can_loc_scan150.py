"""Plan 3 (layout: IMAGE-ONLY SCAN, 2 pages, 150 dpi, each page rotated about 1.5 degrees, grey background tint).

UBND huyện Can Lộc (Hà Tĩnh), ASEAN 2020 (implements the province's plan 4218/KH-UBND under 02/QĐ-BCĐASEAN).
Chain: text below → DOCX (python-docx; kept as sources/<NAME>.intermediate.docx) → PDF (soffice) → grey PNG at 150 dpi
(pdftoppm -r 150 -gray) → grey paper tint (background ~ RGB 214-218, uneven, darker towards one edge as on a cheap
flatbed with the lid open), light toner noise, rotation +1.4° on page 1 and -1.6° on page 2 with the exposed corners
filled darker grey → image-only PDF at 150 dpi written by Pillow (JPEG pages, no text layer).
Writes ../<NAME>.pdf and sources/<NAME>.source.txt (the text put on the page: the gold's reference text)."""
import random, subprocess, sys, tempfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from docxkit import new_doc, para, set_widths, borders, cell_text, set_core
from PIL import Image, ImageDraw, ImageFilter, ImageChops

HERE = Path(__file__).parent
NAME = "ha-tinh_can-loc_215-KH-UBND_2020_asean-scan150"
DPI = 150

HDR_L = [("ỦY BAN NHÂN DÂN", "b"), ("HUYỆN CAN LỘC", "b"), ("", ""), ("Số: 215/KH-UBND", "")]
HDR_R = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
         ("Can Lộc, ngày 03 tháng 3 năm 2020", "i")]
SUBJECT = ["Tuyên truyền, quảng bá ASEAN năm 2020", "trên địa bàn huyện Can Lộc"]

BODY = [
 ("P", "Căn cứ Kế hoạch số 4218/KH-UBND ngày 28/11/2019 của UBND tỉnh Hà Tĩnh về tuyên truyền, quảng bá ASEAN giai đoạn "
       "2019 - 2020; Ủy ban nhân dân huyện ban hành Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 với các nội dung sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về Cộng đồng ASEAN, về Năm Chủ tịch ASEAN 2020 và kỷ niệm 25 "
       "năm Việt Nam gia nhập ASEAN."),
 ("P", "- Tuyên truyền phải thiết thực, phù hợp với điều kiện của huyện, lồng ghép với các nhiệm vụ chính trị của địa phương."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "1. Vai trò, vị thế của ASEAN; những thành tựu của Cộng đồng ASEAN trên 3 trụ cột; đất nước, con người các nước ASEAN."),
 ("P", "2. Năm Chủ tịch ASEAN 2020 của Việt Nam với chủ đề \"Gắn kết và Chủ động thích ứng\"; kỷ niệm 25 năm Việt Nam gia "
       "nhập ASEAN (28/7/1995 - 28/7/2020)."),
 ("P", "3. Tiềm năng, thế mạnh của huyện: Khu di tích lịch sử Ngã ba Đồng Lộc, nghệ thuật Ca trù Can Lộc, các sản phẩm OCOP "
       "của huyện."),
 ("H", "III. HÌNH THỨC TUYÊN TRUYỀN VÀ PHÂN CÔNG THỰC HIỆN"),
 ("H", "1. Tuyên truyền trên hệ thống truyền thanh"),
 ("P", "Xây dựng chuyên mục \"ASEAN - Ngôi nhà chung\" phát sóng định kỳ hằng tháng; tiếp, phát sóng các chương trình về "
       "ASEAN của Đài Tiếng nói Việt Nam trên hệ thống truyền thanh huyện và các xã, thị trấn."),
 ("P", "- Chủ trì: Trung tâm Văn hóa - Truyền thông huyện; phối hợp: Đài truyền thanh các xã, thị trấn."),
 ("P", "- Thời gian: Từ tháng 3 đến tháng 12/2020."),
 ("H", "2. Tuyên truyền trên Cổng thông tin điện tử huyện và mạng xã hội"),
 ("P", "Đăng tải tin, bài về ASEAN; chia sẻ nội dung từ Ứng dụng và Fanpage \"ASEAN và Việt Nam\" trên các nhóm Zalo, trang "
       "Facebook của huyện và các xã, thị trấn."),
 ("P", "- Chủ trì: Văn phòng HĐND và UBND huyện; phối hợp: Phòng Văn hóa và Thông tin huyện."),
 ("P", "- Thời gian: Năm 2020."),
 ("H", "3. Tuyên truyền cổ động trực quan"),
 ("P", "Treo băng rôn, khẩu hiệu, pa nô tại thị trấn Nghèn, dọc Quốc lộ 1 và tại Khu di tích lịch sử Ngã ba Đồng Lộc nhân "
       "kỷ niệm 25 năm Việt Nam gia nhập ASEAN và các Hội nghị Cấp cao ASEAN tổ chức tại Việt Nam."),
 ("P", "- Chủ trì: Phòng Văn hóa và Thông tin huyện; phối hợp: UBND các xã, thị trấn."),
 ("P", "- Thời gian: Tháng 7/2020."),
 ("H", "4. Tuyên truyền trong nhà trường"),
 ("P", "Đưa nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức cho học sinh trung học cơ sở tham gia cuộc thi tìm hiểu về "
       "ASEAN; xây dựng Góc ASEAN tại thư viện Trường THCS Thị trấn Nghèn."),
 ("P", "- Chủ trì: Phòng Giáo dục và Đào tạo huyện; phối hợp: Huyện Đoàn."),
 ("P", "- Thời gian: Quý IV/2020."),
 ("H", "5. Lồng ghép tuyên truyền trong sinh hoạt của các đoàn thể"),
 ("P", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện lồng ghép nội dung về ASEAN trong "
       "sinh hoạt chi hội, các buổi nói chuyện chuyên đề, hội nghị báo cáo viên. Thời gian: Năm 2020."),
 ("H", "6. Đấu tranh với thông tin sai trái"),
 ("P", "Công an huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin huyện theo dõi dư luận xã hội, kịp thời phát hiện, "
       "phản bác các thông tin sai trái, xuyên tạc về tiến trình hội nhập ASEAN của Việt Nam trên không gian mạng. Thời gian: "
       "Thường xuyên."),
 ("H", "IV. KINH PHÍ"),
 ("P", "Kinh phí thực hiện từ nguồn chi thường xuyên năm 2020 của các cơ quan, đơn vị; UBND huyện hỗ trợ 30 triệu đồng cho "
       "hoạt động tuyên truyền cổ động trực quan tại mục 3 phần III."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("P", "1. Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, tham mưu UBND huyện theo dõi, đôn đốc thực hiện Kế hoạch; "
       "tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 25/11/2020."),
 ("P", "2. Các cơ quan, đơn vị được giao nhiệm vụ; UBND các xã, thị trấn căn cứ nội dung Kế hoạch tổ chức triển khai thực "
       "hiện, báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 15/11/2020./."),
]

RECIP = ["Nơi nhận:", "- Sở Thông tin và Truyền thông;", "- TT Huyện ủy, TT HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;",
         "- Các cơ quan, đơn vị liên quan;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Nguyễn Đình Khang"]


def build_docx(path):
    doc = new_doc(size=13, left=3.0, right=1.8, top=1.8, bottom=1.8)
    set_core(doc, "VP HDND-UBND huyen Can Loc", "2020-03-02T15:10:00", "2020-03-03T08:30:00")
    src = []
    t = doc.add_table(rows=len(HDR_L), cols=2)
    borders(t, "nil"); set_widths(t, [6.0, 10.2])
    for i, ((l, lf), (r, rf)) in enumerate(zip(HDR_L, HDR_R)):
        cell_text(t.cell(i, 0), [l], bold=(0,) if lf == "b" else ())
        cell_text(t.cell(i, 1), [r], bold=(0,) if rf == "b" else (), italic=(0,) if rf == "i" else ())
        src.append(f"{l} || {r}")
    para(doc, "KẾ HOẠCH", bold=True, align="center", before=8, after=0)
    for s in SUBJECT:
        para(doc, s, bold=True, align="center", after=0)
    para(doc, "", after=2)
    src += ["", "# KẾ HOẠCH"] + ["# " + s for s in SUBJECT] + [""]
    for kind, text in BODY:
        if kind == "H":
            para(doc, text, bold=True, align="justify", indent=True, after=2)
            src.append("## " + text)
        else:
            para(doc, text, align="justify", indent=True, after=2)
            src.append(text)
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil"); set_widths(t, [8.0, 8.2])
    cell_text(t.cell(0, 0), RECIP, bold=(0,), italic=(0,), size=11, align="left")
    cell_text(t.cell(0, 1), SIGN, bold=(0, 1, 2, 6), italic=(4,), size=13)
    src += [""] + [f"{a} || {b}" for a, b in zip(RECIP + [""] * 9, SIGN + [""] * 9) if a or b]
    doc.save(path)
    return src


def scan_page(g, angle, rnd):
    """g: grey page image (L). Returns RGB page with grey tint, noise and rotation."""
    w, h = g.size
    # uneven grey background: 218 at the left edge falling to 206 at the right, slight vertical banding
    grad = Image.linear_gradient("L").rotate(90, expand=True).resize((w, h))
    bg = grad.point(lambda v: int(206 + 12 * v / 255))
    band = Image.effect_noise((max(1, w // 40), max(1, h // 40)), 18).resize((w, h), Image.BILINEAR)
    bg = ImageChops.add(bg, band.point(lambda v: int((v - 128) * 0.15)), 1.0, 0)
    ink = g.point(lambda v: int(v * 0.92))
    page = ImageChops.darker(bg, ink.point(lambda v: 255 if v > 230 else v))
    page = ImageChops.multiply(page, ink.point(lambda v: 255 if v > 230 else min(255, v + 20)))
    noise = Image.effect_noise((w, h), 10)
    page = ImageChops.add(page, noise.point(lambda v: int((v - 128) * 0.35)), 1.0, 0)
    d = ImageDraw.Draw(page)
    for _ in range(180):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice([1, 1, 2])
        v = rnd.randrange(70, 150)
        d.ellipse([x, y, x + r, y + r], fill=v)
    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=150)
    page = page.filter(ImageFilter.GaussianBlur(0.45))
    return page.convert("RGB")


def main():
    work = Path(tempfile.mkdtemp(prefix="u12c_cl_"))
    inter = HERE / f"{NAME}.intermediate.docx"
    src = build_docx(inter)
    (HERE / f"{NAME}.source.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(inter)],
                   check=True, capture_output=True)
    pdf = work / f"{NAME}.intermediate.pdf"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), str(work / "pg")], check=True)
    pages = sorted(work.glob("pg-*.png"))
    assert len(pages) == 2, len(pages)
    rnd = random.Random(1203)
    out = [scan_page(Image.open(p).convert("L"), a, rnd) for p, a in zip(pages, [1.4, -1.6])]
    dst = STAGE / f"{NAME}.pdf"
    out[0].save(dst, "PDF", resolution=DPI, save_all=True, append_images=out[1:], quality=80)
    print("wrote", dst, len(out), "pages", out[0].size)


if __name__ == "__main__":
    main()
