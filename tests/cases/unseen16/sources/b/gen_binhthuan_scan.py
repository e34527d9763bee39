"""Plan 6 - UBND tỉnh Bình Thuận (provincial People's Committee), ASEAN 2021-2025, as the signed and stamped
printout scanned back to an IMAGE-ONLY PDF (no text layer) at 250 dpi, each page slightly tilted.
Chain: python-docx DOCX (kept as NAME.intermediate.docx) → soffice PDF → pdftoppm -r 250 -gray → Pillow: a pen
signature over the signer's name block, the round red stamp of the provincial People's Committee half over it,
paper tone, toner specks, a small rotation per page (seeded), light blur → one JPEG-compressed PDF (Pillow).
The signature block's position is read with pdfplumber from the intermediate PDF (layout aid only).
Writes ../NAME.pdf, NAME.source.txt (the text put on the page) and NAME.extracted.txt (= the source text; the gold's
quotes are checked against what was printed, since the delivered file has no text layer)."""
import math, random, shutil, subprocess, sys, tempfile
from pathlib import Path
sys.path.insert(0, '.')
from kit16 import build, source_text
from common import STAGE
from PIL import Image, ImageDraw, ImageFont, ImageFilter

NAME = 'binh-thuan_2745-KH-UBND_2021_asean-scan250'
DPI = 250

HEADER = ([("ỦY BAN NHÂN DÂN", "b"), ("TỈNH BÌNH THUẬN", "b"), ("", ""), ("Số: 2745/KH-UBND", "")],
          [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
           ("Bình Thuận, ngày 10 tháng 9 năm 2021", "i")])
TITLE = [("KẾ HOẠCH", "b"), ("Thực hiện Chương trình hành động của Chính phủ về tuyên truyền,", "b"),
         ("quảng bá ASEAN trên địa bàn tỉnh Bình Thuận giai đoạn 2021 - 2025", "b")]

BODY = [
 ("P", "Thực hiện Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động của Chính phủ về tuyên truyền, quảng bá ASEAN; theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 185/TTr-STTTT ngày 30/8/2021, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện trên địa bàn tỉnh như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Tuyên truyền để cán bộ, đảng viên, doanh nghiệp và Nhân dân trong tỉnh hiểu về Cộng đồng ASEAN, thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; nâng cao ý thức “Tư duy Cộng đồng, Hành động Cộng đồng”."),
 ("P", "- Giúp doanh nghiệp, người dân tận dụng cơ hội từ Cộng đồng ASEAN, nhất là trong phục hồi kinh tế sau đại dịch COVID-19."),
 ("H", "2. Yêu cầu"),
 ("P", "- Tuyên truyền thường xuyên, liên tục, đúng định hướng; đa dạng hóa hình thức, đẩy mạnh truyền thông trên nền tảng số và mạng xã hội."),
 ("P", "- Tăng cường công tác phối hợp thông tin giữa các sở, ban, ngành, địa phương, các tổ chức chính trị - xã hội và các cơ quan báo chí."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Chủ đề ASEAN từng năm; hoạt động của ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; đóng góp của Việt Nam, nhất là sau Năm Chủ tịch ASEAN 2020."),
 ("P", "- Hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế - xã hội."),
 ("P", "- Cơ hội, thách thức đối với doanh nghiệp của tỉnh từ các hiệp định thương mại tự do của ASEAN; kinh tế số, chuyển đổi số."),
 ("P", "- Tiềm năng, thế mạnh của Bình Thuận: du lịch biển Mũi Né, năng lượng tái tạo, thanh long, nước mắm Phan Thiết."),
 ("H", "III. NHIỆM VỤ CỤ THỂ"),
 ("H", "1. Tuyên truyền trên báo chí và Cổng Thông tin điện tử tỉnh"),
 ("P", "Sở Thông tin và Truyền thông chủ trì, phối hợp với Báo Bình Thuận, Đài Phát thanh - Truyền hình Bình Thuận, Cổng Thông tin điện tử tỉnh mở chuyên trang, chuyên mục về ASEAN; khai thác, đăng tải thông tin từ Cổng thông tin ASEAN Việt Nam. Thời gian thực hiện: hằng năm."),
 ("H", "2. Tuyên truyền trên mạng xã hội, nền tảng số"),
 ("P", "Sở Thông tin và Truyền thông phối hợp với Ban Tuyên giáo Tỉnh ủy chia sẻ tin, bài, video, infographic về ASEAN trên các trang mạng xã hội của cơ quan, đơn vị, địa phương và hệ thống thông tin cơ sở."),
 ("H", "3. Tập huấn, bồi dưỡng kỹ năng tuyên truyền"),
 ("P", "Sở Thông tin và Truyền thông tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ phóng viên, biên tập viên, cán bộ làm công tác thông tin đối ngoại, thông tin cơ sở; mỗi năm ít nhất 01 lớp."),
 ("H", "4. Thông tin, hỗ trợ doanh nghiệp"),
 ("P", "Sở Công Thương chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Hiệp hội Thanh long Bình Thuận phổ biến các cam kết trong Cộng đồng Kinh tế ASEAN, quy tắc xuất xứ, thương mại điện tử, cơ chế một cửa ASEAN; hỗ trợ doanh nghiệp đưa thanh long, thủy sản vào thị trường các nước ASEAN. Thời gian thực hiện: 2022 - 2025."),
 ("H", "5. Tuyên truyền trong trường học"),
 ("P", "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh Đoàn đưa nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức, hưởng ứng cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên."),
 ("H", "6. Hoạt động văn hóa, du lịch và cổ động trực quan"),
 ("P", "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ủy ban nhân dân các huyện, thị xã, thành phố quảng bá du lịch Bình Thuận tới thị trường các nước ASEAN tại các hội chợ du lịch trong nước và quốc tế; tổ chức giao lưu văn hóa, thể thao; treo cờ ASEAN, pa nô, áp phích nhân dịp kỷ niệm Ngày thành lập ASEAN (08/8) hằng năm."),
 ("H", "7. Thông tin về lao động, việc làm trong ASEAN"),
 ("P", "Sở Lao động - Thương binh và Xã hội chủ trì tuyên truyền về cơ hội việc làm, dịch chuyển lao động có kỹ năng trong ASEAN, công nhận lẫn nhau về kỹ năng nghề cho người lao động và học viên các cơ sở giáo dục nghề nghiệp. Thời gian thực hiện: 2022 - 2025."),
 ("H", "8. Nắm bắt dư luận, đấu tranh phản bác thông tin sai trái"),
 ("P", "Công an tỉnh chủ trì, phối hợp với Sở Thông tin và Truyền thông theo dõi, nắm bắt dư luận xã hội; kịp thời phản bác thông tin sai trái, xuyên tạc về chủ trương hội nhập ASEAN của Đảng và Nhà nước."),
 ("H", "IV. KINH PHÍ"),
 ("P", "- Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách nhà nước hằng năm của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành; huy động các nguồn xã hội hóa và các nguồn hợp pháp khác."),
 ("P", "- Hằng năm, các cơ quan, đơn vị được giao nhiệm vụ xây dựng dự toán kinh phí, gửi Sở Tài chính thẩm định, trình UBND tỉnh xem xét, bố trí."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("P", "1. Sở Thông tin và Truyền thông là cơ quan thường trực, chủ trì hướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Bộ Thông tin và Truyền thông, UBND tỉnh trước ngày 15/12 hằng năm."),
 ("P", "2. Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định."),
 ("P", "3. Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố căn cứ chức năng, nhiệm vụ xây dựng kế hoạch và tổ chức thực hiện; báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp."),
 ("P", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền, lồng ghép nội dung về ASEAN trong hoạt động của đoàn viên, hội viên."),
 ("P", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Thông tin và Truyền thông để tổng hợp, báo cáo UBND tỉnh xem xét, chỉ đạo./."),
 ("SIGN", ["Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Ban Tuyên giáo Tỉnh ủy;",
           "- UBMTTQ VN tỉnh và các tổ chức CT-XH tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;",
           "- Báo Bình Thuận, Đài PT-TH Bình Thuận;", "- Lưu: VT, KGVXNV."],
  [("TM. ỦY BAN NHÂN DÂN", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("", ""), ("", ""), ("Trần Minh Khoa", "b")]),
]
SPEC = {"header": HEADER, "title": TITLE, "body": BODY, "core": ("VP UBND tinh Binh Thuan", "2021-09-06T10:00:00", "2021-09-10T15:45:00")}
SIGNER_LAST = "Khoa"

FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
FONT_S = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def stamp(diam):
    """Round red stamp of a provincial People's Committee: double outer ring, name on the arc, emblem-like centre."""
    S = diam * 2
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (200, 28, 38, 255)
    c = S // 2
    d.ellipse([8, 8, S - 8, S - 8], outline=red, width=16)
    d.ellipse([44, 44, S - 44, S - 44], outline=red, width=5)
    d.ellipse([int(S * .30), int(S * .30), int(S * .70), int(S * .70)], outline=red, width=6)
    f = ImageFont.truetype(FONT_B, int(S * 0.064))
    fs = ImageFont.truetype(FONT_S, int(S * 0.06))
    def arc_text(text, radius, start_deg, span_deg):
        n = len(text)
        for i, ch in enumerate(text):
            a = math.radians(start_deg + span_deg * (i + .5) / n)
            x, y = c + radius * math.cos(a), c + radius * math.sin(a)
            g = Image.new("RGBA", (int(S * .12), int(S * .12)), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=fs if ch == "★" else f, fill=red, anchor="mm")
            g = g.rotate(-(math.degrees(a) + 90), resample=Image.BICUBIC, expand=False)
            im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    arc_text("ỦY BAN NHÂN DÂN ★ TỈNH BÌNH THUẬN ★ ", S * .38, -90 - 180 * 0.93, 360)
    # centre: a cog-ringed star, standing in for the state emblem
    for k in range(24):
        a = math.radians(15 * k)
        x0, y0 = c + S * .15 * math.cos(a), c + S * .15 * math.sin(a)
        x1, y1 = c + S * .185 * math.cos(a), c + S * .185 * math.sin(a)
        d.line([(x0, y0), (x1, y1)], fill=red, width=7)
    pts = []
    for k in range(10):
        r = S * .12 if k % 2 == 0 else S * .05
        a = math.radians(-90 + 36 * k)
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=red)
    im = im.resize((diam, diam), Image.LANCZOS)
    rnd = random.Random(21)
    px = im.load()
    for y in range(diam):
        for x in range(diam):
            r, g, b, a = px[x, y]
            if a:
                k = 0.5 + 0.5 * rnd.random() * (0.6 + 0.4 * math.sin(x / 19.0) * math.cos(y / 27.0))
                px[x, y] = (r, g, b, int(a * min(1, k + 0.25)))
    return im.rotate(12, resample=Image.BICUBIC)


def signature(w, h):
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    ink = (20, 30, 110, 235)
    rnd = random.Random(5)
    pts = []
    for i in range(140):
        t = i / 139
        x = w * (0.08 + 0.84 * t)
        y = h * (0.6 + 0.22 * math.sin(t * 13) * (1 - 0.6 * t) - 0.25 * t + 0.04 * rnd.random())
        pts.append((x, y))
    d.line(pts, fill=ink, width=6, joint="curve")
    d.line([(w * .15, h * .85), (w * .9, h * .3)], fill=ink, width=5)
    d.arc([w * .05, h * .15, w * .5, h * .95], 190, 330, fill=ink, width=5)
    return im


def main():
    work = Path(tempfile.mkdtemp(prefix="set16b_bt_", dir="/tmp/set16b"))
    inter = f'{NAME}.intermediate.docx'
    build(inter, SPEC, size=13)
    src = source_text(SPEC)
    open(f'{NAME}.source.txt', 'w').write(src)
    open(f'{NAME}.extracted.txt', 'w').write(src)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', str(work), inter], check=True, capture_output=True)
    pdf = work / f'{NAME}.intermediate.pdf'
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        npages = len(p.pages)
        words = p.pages[-1].extract_words()
        name_w = [w for w in words if w["text"] == SIGNER_LAST][-1]
        head_w = [w for w in words if w["text"] == "TM."][-1]
        sc = DPI / 72.0
        box = (head_w["x0"] * sc, head_w["top"] * sc, name_w["x1"] * sc, name_w["bottom"] * sc)
    assert 2 <= npages <= 4, npages
    subprocess.run(['pdftoppm', '-r', str(DPI), '-gray', '-png', str(pdf), str(work / 'pg')], check=True)
    pages = sorted(work.glob('pg-*.png'))
    rnd = random.Random(16)
    out = []
    for i, pth in enumerate(pages):
        g = Image.open(pth).convert("L")
        im = Image.merge("RGB", [g.point(lambda v: int(v * 0.92 + 10))] * 3)
        tone = Image.new("RGB", im.size, (244, 242, 235))
        im = Image.composite(im, tone, g.point(lambda v: 255 - v if v < 248 else 0))
        if i == len(pages) - 1:
            x0, y0, x1, y1 = box
            bw = max(x1 - x0, 520)
            sig = signature(int(bw * 0.85), int((y1 - y0) * 0.5))
            im.paste(sig, (int(x0 + bw * 0.12), int(y0 + (y1 - y0) * 0.38)), sig)
            st = stamp(int(3.6 / 2.54 * DPI))
            im.paste(st, (int(x0 - st.width * 0.38), int(y0 + (y1 - y0) * 0.12)), st)
        d = ImageDraw.Draw(im)
        for _ in range(320):
            x, y = rnd.randrange(im.width), rnd.randrange(im.height)
            r = rnd.choice([1, 1, 2, 2, 3])
            v = rnd.randrange(70, 180)
            d.ellipse([x, y, x + r, y + r], fill=(v, v, v))
        im = im.rotate(rnd.uniform(-1.1, 1.1), resample=Image.BICUBIC, fillcolor=(244, 242, 235))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        out.append(im)
    dst = f'{STAGE}/{NAME}.pdf'
    out[0].save(dst, "PDF", resolution=DPI, save_all=True, append_images=out[1:], quality=72)
    print('wrote', dst, len(out), 'pages')


if __name__ == '__main__':
    main()
