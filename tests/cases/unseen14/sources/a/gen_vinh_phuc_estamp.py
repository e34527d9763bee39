"""Plan 6 — Vĩnh Phúc, Sở Thông tin và Truyền thông, 1024/KH-STTTT (2023), asean-2021-2025.
Layout (own invention, same family as 'what office software does'): an E-OFFICE SIGNED PDF. The body was re-rendered
by the signing software WORD BY WORD (every word its own text object, justified lines by moving the words, no space
characters at all). The number and the day/month were left blank in the draft ("Số:        /KH-STTTT",
"ngày      tháng      năm 2023") and were STAMPED into the blanks by the document-management system after signing:
they are separate text objects written at the END of page 1's content stream. A digital-signature box
("Ký bởi: … Thời gian ký: …") is overlaid at the top right of page 1, also at the end of the stream.
Built with PyMuPDF (insert_text per word, Liberation Serif ~ Times New Roman)."""
import sys
from pathlib import Path
import pymupdf as fitz
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
NAME = "vinh-phuc_1024-KH-STTTT_2023_asean-estamp"
FD = "/usr/share/fonts/truetype/liberation2/"
FONTS = {"R": FD + "LiberationSerif-Regular.ttf", "B": FD + "LiberationSerif-Bold.ttf", "I": FD + "LiberationSerif-Italic.ttf"}
F = {k: fitz.Font(fontfile=v) for k, v in FONTS.items()}
W, H = 595.3, 841.9
L, R, TOP, BOT = 85.0, 56.7, 56.7, 60.0
SIZE, LEAD = 13.5, 18.0

TT = "Trung tâm Công nghệ Thông tin và Truyền thông"
PB = "Phòng Thông tin - Báo chí - Xuất bản"
BODY = [
 ("P", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;"),
 ("P", "Thực hiện Kế hoạch số 178/KH-UBND ngày 15/11/2021 của Ủy ban nhân dân tỉnh Vĩnh Phúc về thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025, Sở Thông tin và Truyền thông xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN năm 2023 như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "- Tiếp tục nâng cao nhận thức của cán bộ, công chức, doanh nghiệp và Nhân dân trong tỉnh về Cộng đồng ASEAN, góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng."),
 ("P", "- Phát huy vai trò của các nền tảng số, mạng xã hội trong thông tin về ASEAN; bảo đảm định hướng, chính xác, kịp thời."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Chủ đề ASEAN năm 2023 \"ASEAN tầm vóc: Tâm điểm tăng trưởng\" và các hoạt động của ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; đóng góp của Việt Nam trong ASEAN."),
 ("P", "- Kinh tế số, chuyển đổi số, thương mại điện tử trong ASEAN và cơ hội cho doanh nghiệp Vĩnh Phúc."),
 ("P", "- Tiềm năng, thế mạnh, môi trường đầu tư của tỉnh Vĩnh Phúc đối với nhà đầu tư các nước ASEAN."),
 ("H", "III. NHIỆM VỤ CỤ THỂ"),
 ("H", "1. Hướng dẫn, định hướng thông tin tuyên truyền về ASEAN"),
 ("P", f"{PB} chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy hướng dẫn các cơ quan báo chí địa phương, hệ thống thông tin cơ sở tuyên truyền theo Chủ đề ASEAN năm 2023 và các nội dung trọng tâm từng thời điểm. Thời gian: cả năm 2023."),
 ("H", "2. Tuyên truyền trên Cổng thông tin điện tử và các nền tảng số"),
 ("P", f"2.1. Duy trì chuyên mục \"Vĩnh Phúc - ASEAN\" trên Cổng Thông tin - Giao tiếp điện tử tỉnh. Chủ trì: {TT}; phối hợp: Văn phòng Ủy ban nhân dân tỉnh. Thời gian: năm 2023."),
 ("P", f"2.2. Chia sẻ tin, bài, video ngắn về ASEAN trên các trang mạng xã hội của Sở và hệ thống thông tin cơ sở. Chủ trì: {PB}. Thời gian: hằng quý."),
 ("H", "3. Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 ("P", f"Tổ chức 01 lớp tập huấn kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ thông tin cơ sở. Chủ trì: {PB}; phối hợp: Hội Nhà báo tỉnh. Thời gian: Quý III/2023."),
 ("H", "4. Tuyên truyền về kinh tế số, thương mại điện tử trong ASEAN cho doanh nghiệp"),
 ("P", "Chủ trì: Phòng Công nghệ thông tin; phối hợp: Sở Công Thương, Hiệp hội Doanh nghiệp tỉnh. Thời gian: Quý II - Quý III/2023."),
 ("H", "5. Tuyên truyền trực quan nhân Ngày thành lập ASEAN (08/8)"),
 ("P", f"Đăng tải băng rôn điện tử, pa nô về ASEAN trên màn hình LED công cộng và cổng, trang thông tin điện tử của các cơ quan, địa phương. Chủ trì: {TT}; phối hợp: Ủy ban nhân dân các huyện, thành phố. Thời gian: tháng 8/2023."),
 ("H", "6. Xử lý thông tin sai trái về ASEAN trên không gian mạng"),
 ("P", f"Theo dõi, phát hiện, đề nghị xử lý các thông tin xấu, độc, xuyên tạc về ASEAN và quá trình hội nhập của Việt Nam trên không gian mạng. Chủ trì: {PB}; phối hợp: Công an tỉnh. Thời gian: thường xuyên."),
 ("H", "IV. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Sở Thông tin và Truyền thông năm 2023 (dự kiến 150 triệu đồng) và lồng ghép trong các chương trình, nhiệm vụ khác của Sở."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("H", f"1. {PB}"),
 ("P", "Là đầu mối tham mưu, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo kết quả gửi Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông trước ngày 05/12/2023."),
 ("H", "2. Văn phòng Sở"),
 ("P", "Bảo đảm kinh phí, cơ sở vật chất cho các hoạt động của Kế hoạch."),
 ("H", "3. Các phòng, đơn vị thuộc Sở"),
 ("P", f"Triển khai các nhiệm vụ được giao; báo cáo kết quả về {PB} trước ngày 25/11/2023."),
 ("H", "4. Báo Vĩnh Phúc, Đài Phát thanh và Truyền hình Vĩnh Phúc"),
 ("P", "Đề nghị dành thời lượng, chuyên mục thông tin về ASEAN; phối hợp sản xuất các tin, bài, phóng sự về Chủ đề ASEAN năm 2023."),
 ("P", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN năm 2023 của Sở Thông tin và Truyền thông./."),
]

class Writer:
    def __init__(self, doc):
        self.doc = doc; self.page = None; self.y = 0; self.new_page()
    def new_page(self):
        self.page = self.doc.new_page(width=W, height=H); self.y = TOP
    def word(self, x, y, w, style="R", size=SIZE):
        # one text object per word (what the e-office signer writes)
        tw = fitz.TextWriter(self.page.rect); tw.append((x, y), w, font=F[style], fontsize=size); tw.write_text(self.page)
    def para(self, text, style="R", align="justify", indent=35.0, size=SIZE, x0=L, x1=W - R, after=3):
        words = text.split(" "); f = F[style]; sp = f.text_length(" ", size)
        lines, cur = [], []
        width = lambda ws, first: sum(f.text_length(w, size) for w in ws) + sp * (len(ws) - 1) + (indent if first else 0)
        for w in words:
            if cur and width(cur + [w], not lines) > x1 - x0:
                lines.append(cur); cur = [w]
            else:
                cur.append(w)
        lines.append(cur)
        for i, ws in enumerate(lines):
            if self.y + LEAD > H - BOT:
                self.new_page()
            self.y += LEAD
            first = i == 0; last = i == len(lines) - 1
            avail = x1 - x0 - (indent if first else 0)
            wl = [f.text_length(w, size) for w in ws]
            if align == "justify" and not last and len(ws) > 1:
                gap = (avail - sum(wl)) / (len(ws) - 1); x = x0 + (indent if first else 0)
            elif align == "center":
                gap = sp; x = x0 + (x1 - x0 - (sum(wl) + sp * (len(ws) - 1))) / 2
            else:
                gap = sp; x = x0 + (indent if first else 0)
            for w, ww in zip(ws, wl):
                self.word(x, self.y, w, style, size); x += ww + gap
        self.y += after

def main():
    doc = fitz.open(); wr = Writer(doc)
    # header: two columns, written word by word
    colL, colR = (L - 30, L + 190), (L + 175, W - R + 10)
    y0 = wr.y
    for t, st in (("UBND TỈNH VĨNH PHÚC", "R"), ("SỞ THÔNG TIN", "B"), ("VÀ TRUYỀN THÔNG", "B")):
        wr.para(t, st, "center", 0, 12.5, *colL, after=0)
    wr.y += 6
    wr.para("Số:                /KH-STTTT", "R", "center", 0, 12.5, *colL, after=0)
    yl = wr.y; wr.y = y0
    wr.para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B", "center", 0, 12.5, *colR, after=0)
    wr.para("Độc lập - Tự do - Hạnh phúc", "B", "center", 0, 13, *colR, after=0)
    wr.y += 24
    wr.para("Vĩnh Phúc, ngày        tháng        năm 2023", "I", "center", 0, 13, *colR, after=0)
    wr.y = max(yl, wr.y) + 14
    first_page = wr.page
    # where the blanks are (for the stamp)
    no_y = yl; date_y = wr.y - 14
    wr.para("KẾ HOẠCH", "B", "center", 0, 14, after=0)
    wr.para("Thông tin, tuyên truyền về ASEAN năm 2023", "B", "center", 0, 14, after=10)
    for kind, text in BODY:
        if kind == "H":
            wr.para(text, "B", "justify", 35.0, SIZE, after=2)
        else:
            wr.para(text)
    # recipients + signature
    wr.y += 10; ys = wr.y
    for i, t in enumerate(["Nơi nhận:", "- UBND tỉnh (b/c);", "- Bộ TT&TT (b/c);", "- Giám đốc, các PGĐ Sở;",
                           "- Các phòng, đơn vị thuộc Sở;", "- Báo Vĩnh Phúc, Đài PT-TH tỉnh;", "- Lưu: VT, TTBCXB."]):
        wr.para(t, "B" if i == 0 else "R", "left", 0, 11.5 if i else 12, L, L + 200, after=-5)
    wr.y = ys
    for t, st in (("KT. GIÁM ĐỐC", "B"), ("PHÓ GIÁM ĐỐC", "B")):
        wr.para(t, st, "center", 0, 13, L + 230, W - R, after=0)
    wr.y += 60
    wr.para("Phùng Thị Hạnh", "B", "center", 0, 13.5, L + 230, W - R, after=0)
    # --- e-office stamp, written last into page 1's content stream ---
    p = doc[0]
    cx = (colL[0] + colL[1]) / 2
    def stamp(pos, t, st, size, color=(0, 0, 0)):
        tw = fitz.TextWriter(p.rect, color=color); tw.append(pos, t, font=F[st], fontsize=size); tw.write_text(p)
    stamp((cx - 30, no_y), "1024", "R", 13)
    dx = (colR[0] + colR[1]) / 2
    stamp((dx - 17, date_y), "08", "I", 13)
    stamp((dx + 41, date_y), "5", "I", 13)
    box = fitz.Rect(W - R - 190, 8, W - R + 30, 50)
    p.draw_rect(box, color=(0.8, 0, 0), width=0.8)
    for i, t in enumerate(["Ký bởi: Sở Thông tin và Truyền thông", "Cơ quan: Tỉnh Vĩnh Phúc",
                           "Thời gian ký: 08.05.2023 16:42:10 +07:00"]):
        stamp((box.x0 + 4, box.y0 + 11 + 12 * i), t, "R", 8.5, (0.8, 0, 0))
    doc.set_metadata({"producer": "VGCA Sign Service", "creator": "Microsoft Word", "title": ""})
    doc.save(STAGE / f"{NAME}.pdf", garbage=3, deflate=True)
    print("wrote", NAME, doc.page_count, "pages")

main()
