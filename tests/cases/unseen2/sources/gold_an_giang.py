from gold_common import *
VHTT = A("Phòng Văn hóa và Thông tin huyện")
TT = A("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện")
XA = A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)
HD = A("Huyện Đoàn Chợ Mới")
BTG = A("Ban Tuyên giáo Huyện ủy")
NN = A("Phòng Nông nghiệp và Phát triển nông thôn huyện")
win = {"2022 - 2025": ("2022-01-01", "2025-12-31"), "Năm 2022": ("2022-01-01", "2022-12-31"),
       "Quý III/2022": ("2022-07-01", "2022-09-30"), "Quý II/2023": ("2023-04-01", "2023-06-30"),
       "Năm 2023": ("2023-01-01", "2023-12-31"), "Năm 2024": ("2024-01-01", "2024-12-31"),
       "Quý III/2024": ("2024-07-01", "2024-09-30"), "2023 - 2025": ("2023-01-01", "2025-12-31"),
       "Quý IV/2025": ("2025-10-01", "2025-12-31")}
rows = [  # (STT, title, lead, support, time) typed from the annex
 (1, 'Xây dựng chuyên mục "ASEAN - Cộng đồng chung" trên Trang thông tin điện tử huyện', [TT], [VHTT], "2022 - 2025"),
 (2, "Phát trên hệ thống truyền thanh huyện, xã các tin, bài về hợp tác ASEAN trong ứng phó đại dịch COVID-19 và phục hồi kinh tế", [TT], [XA], "Thường xuyên"),
 (3, "Lập nhóm Zalo, Fanpage chia sẻ thông tin về ASEAN", [VHTT], [HD], "Năm 2022"),
 (4, "Cổ động trực quan: treo cờ ASEAN, pa nô, áp phích, băng rôn tại trụ sở cơ quan và các tuyến đường chính nhân kỷ niệm Ngày thành lập ASEAN", [TT], [XA], "Quý III/2022"),
 (5, "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ báo cáo viên, tuyên truyền viên, cán bộ văn hóa - thông tin các xã, thị trấn", [VHTT], [BTG], "Quý II/2023"),
 (6, "Hội nghị thông tin cho doanh nghiệp, hợp tác xã về thương mại điện tử, chuyển đổi số, Cơ chế một cửa ASEAN và cơ hội xuất khẩu nông sản, thủy sản sang thị trường các nước ASEAN", [A("Phòng Kinh tế và Hạ tầng huyện")], [NN, A("Hội Nông dân huyện")], "Năm 2023"),
 (7, "Tổ chức Cuộc thi tìm hiểu về ASEAN dành cho học sinh trung học cơ sở", [A("Phòng Giáo dục và Đào tạo huyện")], [HD], "Năm 2024"),
 (8, "Lồng ghép nội dung ASEAN vào sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, nông dân, cựu chiến binh", [A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban MTTQ Việt Nam huyện")], [A("Các đoàn thể chính trị - xã hội huyện", coll=True)], "2022 - 2025"),
 (9, "Giao lưu văn hóa, văn nghệ, thể thao; trưng bày ảnh về đất nước, con người các nước ASEAN", [TT], [VHTT], "Quý III/2024"),
 (10, "Giới thiệu, quảng bá tiềm năng, thế mạnh, sản phẩm OCOP và làng nghề của huyện tới đối tác, du khách các nước ASEAN", [NN], [VHTT, XA], "2023 - 2025"),
 (11, "Theo dõi dư luận, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại và hội nhập ASEAN trên không gian mạng", [A("Công an huyện")], [BTG, VHTT], "Thường xuyên"),
 (12, "Sơ kết, đánh giá kết quả thực hiện Kế hoạch giai đoạn 2022-2025", [VHTT], [A("Các cơ quan, đơn vị liên quan", coll=True)], "Quý IV/2025"),
]
tasks, dls = [], []
for n, title, lead, sup, tm in rows:
    tf = TF(tm, *win[tm]) if tm in win else None
    tasks.append(T(f"PL.{n}", title, lead, sup, tf,
                   note="Annex numbered independently of the body (section III has no numbered items): PL. task." if n == 1 else
                   ("Row breaks across the page: the support cell 'Hội Nông dân huyện' is split over pages 3-4." if n == 6 else None)))
    if tf:
        dls.append(D(tm, "period", f"PL.{n}", start=tf["start"], end=tf["end"], subject=title[:60]))
dls += [D("trước ngày 20/11 hằng năm", "due", "V.1", due="--11-20", rec="yearly", subject="báo cáo UBND huyện"),
        D("trước ngày 10/11 hằng năm", "due", "V.5", due="--11-10", rec="yearly", subject="báo cáo kết quả về Phòng Văn hóa và Thông tin huyện")]
g = {"schema": "planparse/plan@1",
 "meta": {"number": "85/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện Chợ Mới",
  "province": "An Giang", "issued": "2022-03-14",
  "title": "Thông tin, tuyên truyền về ASEAN giai đoạn 2022-2025 trên địa bàn huyện Chợ Mới",
  "period": {"start": 2022, "end": 2025},
  "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
            {"number": "745/KH-UBND", "type": "Kế hoạch", "date": "2021-11-10"}],
  "signer": {"name": "Nguyễn Thanh Phong", "position": "Phó Chủ tịch"}},
 "sections": [S("I", "MỤC ĐÍCH, YÊU CẦU", "purpose"), S("II", "NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN", "content"),
  S("III", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", "tasks"), S("IV", "KINH PHÍ THỰC HIỆN", "budget"),
  S("V", "TỔ CHỨC THỰC HIỆN", "organization"),
  S("V.1", "Phòng Văn hóa và Thông tin huyện"), S("V.2", "Phòng Tài chính - Kế hoạch huyện"),
  S("V.3", "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện"),
  S("V.4", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện lồng ghép nội dung tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên"),
  S("V.5", "Ủy ban nhân dân các xã, thị trấn")],
 "tasks": tasks,
 "assignments": [
  {"agency": VHTT, "section": "V.1", "duties": ["Chủ trì, hướng dẫn, theo dõi việc triển khai Kế hoạch", "Tổng hợp kết quả thực hiện, báo cáo UBND huyện trước ngày 20/11 hằng năm"]},
  {"agency": A("Phòng Tài chính - Kế hoạch huyện"), "section": "V.2", "duties": ["Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch"]},
  {"agency": TT, "section": "V.3", "duties": ["Xây dựng chuyên mục, tin bài tuyên truyền về ASEAN"]},
  {"agency": A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), "section": "V.4", "duties": ["lồng ghép nội dung tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên"]},
  {"agency": A("Các đoàn thể chính trị - xã hội huyện", "các đoàn thể chính trị - xã hội huyện", True), "section": "V.4", "duties": ["lồng ghép nội dung tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên"]},
  {"agency": A("Ủy ban nhân dân các xã, thị trấn", coll=True), "section": "V.5", "duties": ["Triển khai Kế hoạch tại địa phương; báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 10/11 hằng năm"]}],
 "deadlines": dls,
 "budget": {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget", "other_lawful"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách huyện, được bố trí trong dự toán chi ngân sách của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành", "section": "IV"}],
  "amounts": [{"text": "khoảng 80 triệu đồng mỗi năm", "vnd": 80000000}]}}
dump(g, "../an-giang-cho-moi_85-KH-UBND_2022_asean.plan.json")
