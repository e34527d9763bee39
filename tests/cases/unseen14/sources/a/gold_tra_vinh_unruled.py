"""Hand gold for the Trà Vinh PDF with an unruled annex. Values typed by hand. write_gold checks quotes against
pdftotext -raw of the delivered PDF plus the column texts of the annex page (pdfplumber crop per column, because in a
table without rules the raw text interleaves the wrapped cells of a row). Never parses the plan."""
import sys, subprocess
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
import pdfplumber
NAME = "tra-vinh_215-KH-SVHTTDL_2020_asean-unruledannex"

def annex_columns():
    """Text of each annex column read from the delivered PDF (page 3), column bounds from the header words."""
    with pdfplumber.open(STAGE / f"{NAME}.pdf") as pdf:
        pg = pdf.pages[-1]
        ws = pg.extract_words()
        hdr = {w["text"]: w for w in ws if w["text"] in ("STT", "Nội", "Đơn", "Thời")}
        xs = sorted({round(w["x0"]) for w in ws if w["text"] in ("Nội", "Đơn", "Thời") and abs(w["top"] - hdr["STT"]["top"]) < 3})
        bounds = [0] + [x - 4 for x in xs] + [pg.width]
        out = []
        for a, b in zip(bounds, bounds[1:]):
            out.append(pg.crop((a, hdr["STT"]["bottom"] + 15, b, pg.height)).extract_text())
        return "\n".join(out)
COLS = annex_columns()
SRC = delivered_text(NAME, "pdf") + "\n" + COLS
QL = lambda: A("Phòng Quản lý Văn hóa và Gia đình")
XT = lambda: A("Trung tâm Thông tin và Xúc tiến Du lịch")
DL_ = lambda: A("Phòng Quản lý Du lịch")
m = meta("215/KH-SVHTTDL", "Kế hoạch", "Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Vinh", "Trà Vinh", "2020-02-05",
         "Tuyên truyền, quảng bá ASEAN năm 2020 của ngành Văn hóa, Thể thao và Du lịch", {"start": 2020, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "68/KH-UBND", "type": "Kế hoạch", "date": "2019-10-22"}],
         {"name": "Thạch Thị Sa Rên", "position": "Phó Giám đốc"})
m["note"] = ("Issuer from 'UBND TỈNH TRÀ VINH' / 'SỞ VĂN HÓA, THỂ THAO' / 'VÀ DU LỊCH' (the body's name wraps over two header lines). "
             "The activities exist only in the annex (page 3), a Word table whose borders were removed: no ruling lines, cells wrap; "
             "it is numbered independently of the body (which has no numbered tasks) → tasks PL.1-PL.8.")
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
        SEC("III", "III.", "CÁC HOẠT ĐỘNG CỤ THỂ", 1, "tasks", note="One sentence pointing to the annex; no numbered items."),
        SEC("IV", "IV.", "KINH PHÍ", 1, "budget"), SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
        SEC("V.1", "1.", "Phòng Quản lý Văn hóa và Gia đình", 2), SEC("V.2", "2.", "Các phòng, đơn vị sự nghiệp thuộc Sở", 2),
        SEC("V.3", "3.", "Văn phòng Sở", 2)]
ROWS = [
 ("Trưng bày chuyên đề \"Việt Nam - Chủ tịch ASEAN 2020\" và giới thiệu sách, tư liệu về các nước ASEAN", [A("Thư viện tỉnh")], [QL()], ("Tháng 7 - 8/2020", "2020-07-01", "2020-08-31")),
 ("Duy trì, bổ sung tài liệu cho Góc ASEAN tại Thư viện tỉnh và thư viện các huyện, thị xã, thành phố", [A("Thư viện tỉnh")],
  [A("Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố", coll=True)], ("Năm 2020", "2020-01-01", "2020-12-31")),
 ("Cổ động trực quan: pa nô, băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN", [A("Trung tâm Văn hóa tỉnh")], [QL()], ("Tháng 7/2020", "2020-07-01", "2020-07-31")),
 ("Giao lưu văn hóa, nghệ thuật Khmer với đoàn nghệ thuật tỉnh Takeo (Vương quốc Campuchia)", [A("Đoàn Nghệ thuật Khmer Ánh Bình Minh")], [QL()], ("Quý III/2020", "2020-07-01", "2020-09-30")),
 ("Quảng bá du lịch Trà Vinh (Ao Bà Om, chùa Âng, biển Ba Động) tới du khách ASEAN qua tờ gấp song ngữ Việt - Anh và Trang thông tin điện tử của Sở", [XT()], [DL_()], ("Năm 2020", "2020-01-01", "2020-12-31")),
 ("Tham gia Hội chợ Du lịch quốc tế Việt Nam (VITM) và các sự kiện xúc tiến du lịch tại các nước ASEAN", [XT()], [DL_()], None),
 ("Lồng ghép tuyên truyền về ASEAN tại Giải Đua ghe Ngo đồng bào Khmer tỉnh Trà Vinh mở rộng", [A("Trung tâm Huấn luyện và Thi đấu thể dục thể thao")],
  [A("Phòng Quản lý Thể dục thể thao")], ("Tháng 11/2020", "2020-11-01", "2020-11-30")),
 ("Tập huấn kiến thức về ASEAN cho hướng dẫn viên du lịch và cán bộ văn hóa cơ sở", [DL_()], [A("Hiệp hội Du lịch tỉnh Trà Vinh")], ("Quý II/2020", "2020-04-01", "2020-06-30")),
]
tasks, dls = [], []
for i, (title, lead, sup, tf) in enumerate(ROWS, 1):
    note = "Time cell 'Theo kế hoạch của Bộ': no window, no deadline." if i == 6 else None
    tasks.append(TASK(f"PL.{i}", title, lead, sup, TF(*tf) if tf else None, note))
    if tf:
        dls.append(DL(tf[0], "period", f"PL.{i}", title, start=tf[1], end=tf[2]))
asg = [
 ASG(QL(), "V.1", ["Là đầu mối theo dõi, hướng dẫn, đôn đốc các đơn vị triển khai Kế hoạch",
                   "tổng hợp kết quả báo cáo Sở Thông tin và Truyền thông trước ngày 10/12/2020"]),
 ASG(A("Các phòng, đơn vị sự nghiệp thuộc Sở", coll=True), "V.2",
     ["Căn cứ nhiệm vụ tại Phụ lục, xây dựng kế hoạch chi tiết, tổ chức thực hiện và gửi báo cáo kết quả về Phòng Quản lý Văn hóa và Gia đình trước ngày 30/11/2020"]),
 ASG(A("Văn phòng Sở"), "V.3", ["Đăng tải Kế hoạch và tin, bài về các hoạt động trên Trang thông tin điện tử của Sở"]),
]
dls += [
 DL("trước ngày 10/12/2020", "due", "V.1", "tổng hợp kết quả báo cáo Sở Thông tin và Truyền thông", due="2020-12-10"),
 DL("trước ngày 30/11/2020", "due", "V.2", "gửi báo cáo kết quả về Phòng Quản lý Văn hóa và Gia đình", due="2020-11-30"),
]
bud = {"present": True, "section": "IV", "sources": ["unit_budget", "sponsorship"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được sử dụng từ nguồn kinh phí sự nghiệp văn hóa, thể thao và du lịch năm 2020 đã giao cho các đơn vị", "section": "IV"},
                   {"text": "khuyến khích vận động tài trợ của các doanh nghiệp du lịch", "section": "IV"}],
       "amounts": [], "note": "Recurrent (sự nghiệp) funds already allocated to the units → unit_budget; state_budget would be arguable."}
areas = [
 AREA("A01", "missing"), AREA("A02", "missing"), AREA("A03", "missing"), AREA("A04", "missing"),
 AREA("A05", "partial", "PL.8", "Tập huấn kiến thức về ASEAN cho hướng dẫn viên du lịch và cán bộ văn hóa cơ sở",
      note="Training in ASEAN knowledge for guides and cultural staff, not propaganda skills for propagandists/reporters."),
 AREA("A06", "missing"), AREA("A07", "missing"),
 AREA("A08", "covered", "PL.2", "Duy trì, bổ sung tài liệu cho Góc ASEAN tại Thư viện tỉnh và thư viện các huyện, thị xã, thành phố"),
 AREA("A09", "partial", "V.3", "Đăng tải Kế hoạch và tin, bài về các hoạt động trên Trang thông tin điện tử của Sở",
      note="Only the department's own website; no press/broadcast programmes."),
 AREA("A10", "covered", "PL.4", "Giao lưu văn hóa, nghệ thuật Khmer với đoàn nghệ thuật tỉnh Takeo (Vương quốc Campuchia)"),
 AREA("A11", "covered", "PL.6", "Tham gia Hội chợ Du lịch quốc tế Việt Nam (VITM) và các sự kiện xúc tiến du lịch tại các nước ASEAN"),
 AREA("A12", "partial", "PL.5", "tờ gấp song ngữ Việt - Anh", note="Leaflets promote Trà Vinh tourism, not ASEAN content."),
 AREA("A13", "covered", "II", "Các hoạt động trong Năm Chủ tịch ASEAN 2020 của Việt Nam; kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II", "Quá trình hình thành, phát triển, vai trò, vị thế của ASEAN; đất nước, con người, văn hóa các nước thành viên ASEAN"),
 AREA("A15", "missing"),
 AREA("A16", "covered", "PL.5", "Quảng bá du lịch Trà Vinh (Ao Bà Om, chùa Âng, biển Ba Động) tới du khách ASEAN"),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"), ("S2", "pass", "section IV KINH PHÍ (unit funds, sponsorship)"),
          ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 3 assignments"),
          ("S4", "pass", "V.1 report to Sở TT&TT 'trước ngày 10/12/2020'"),
          ("S5", "pass", "all 8 annex tasks PL.1–PL.8 have an Đơn vị chủ trì"),
          ("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN")]
au = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN", "period 2020 within 2019-2020", "fingerprints: Chủ tịch ASEAN 2020, 25 năm Việt Nam gia nhập ASEAN"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
