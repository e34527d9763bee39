"""Hand-written gold for plan 4 (Huyện ủy Củ Chi, Party plan as a Party website HTML page). Quotes are checked
against the page text with tags stripped and entities unescaped."""
import html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

NAME = "ho-chi-minh_cu-chi_215-KH-HU_2023_asean-partyweb"
raw = open(f"/work/unseen10a/{NAME}.html", encoding="utf-8").read()
SRC = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<br\s*/?>", "\n", raw))).replace("\xa0", " ")

M = meta("215-KH/HU", "Kế hoạch", "Huyện ủy Củ Chi", "Hồ Chí Minh", "2023-03-17",
         "thông tin, tuyên truyền về ASEAN giai đoạn 2023 - 2025 trên địa bàn huyện Củ Chi",
         {"start": 2023, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "154-KH/BTGTU", "type": "Kế hoạch", "date": "2023-01-10"}],
         {"name": "Nguyễn Hoàng Phúc", "position": "Phó Bí thư"})
M["note"] = ("Party layout: 'ĐẢNG CỘNG SẢN VIỆT NAM' instead of the state motto, '*' under the issuing body, 'Số 215-KH/HU' "
             "without colon, 'T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ'. Issuer = last left-column line 'HUYỆN ỦY CỦ CHI' (parent line "
             "'ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH'); province Hồ Chí Minh (a centrally-run city, 'Thành phố' dropped). The web "
             "page's posting date 21/03/2023 is page furniture, not the issue date. Title keeps the printed lower case.")

FIRST = "Numbered paragraph without a separate heading: title = its first sentence."
sections = [
    SEC("I", "I-", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
    SEC("I.1", "1.", "Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân huyện về Cộng đồng ASEAN, về phương châm \"Tư duy Cộng đồng, Hành động Cộng đồng\" và vai trò, đóng góp của Việt Nam trong ASEAN; qua đó củng cố niềm tin vào đường lối đối ngoại của Đảng", 2, note=FIRST),
    SEC("I.2", "2.", "Công tác tuyên truyền phải bám sát sự lãnh đạo của cấp ủy, sự định hướng của Ban Tuyên giáo Thành ủy, gắn với nhiệm vụ chính trị của huyện; tăng cường phối hợp giữa các cơ quan, đơn vị; kịp thời đấu tranh phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng và Nhà nước", 2),
    SEC("II", "II-", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only: no tasks."),
    SEC("III", "III-", "HÌNH THỨC, BIỆN PHÁP TUYÊN TRUYỀN", 1, "forms",
        note="'Hình thức, biện pháp' -> forms; 'tasks' would be defensible too. Its Arabic items are tasks either way."),
    SEC("III.1", "1.", "Tuyên truyền miệng", 2),
    SEC("III.2", "2.", "Tuyên truyền trên hệ thống truyền thanh", 2),
    SEC("III.3", "3.", "Tuyên truyền trên Trang thông tin điện tử và mạng xã hội", 2),
    SEC("III.4", "4.", "Tuyên truyền trực quan", 2),
    SEC("III.5", "5.", "Bồi dưỡng đội ngũ báo cáo viên, tuyên truyền viên", 2),
    SEC("III.6", "6.", "Cuộc thi tìm hiểu về ASEAN", 2),
    SEC("III.7", "7.", "Quảng bá hình ảnh huyện Củ Chi", 2),
    SEC("IV", "IV-", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
    SEC("IV.1", "1.", "Ban Tuyên giáo Huyện ủy chủ trì, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; định hướng nội dung tuyên truyền cho Đài Truyền thanh huyện, Trang thông tin điện tử huyện; tổng hợp kết quả, báo cáo Ban Thường vụ Huyện ủy và Ban Tuyên giáo Thành ủy trước ngày 25/11 hằng năm", 2),
    SEC("IV.2", "2.", "Ủy ban nhân dân huyện chỉ đạo Phòng Văn hóa và Thông tin huyện, Đài Truyền thanh huyện và Ủy ban nhân dân các xã, thị trấn triển khai các hình thức tuyên truyền nêu tại mục III Kế hoạch này; phối hợp với Ban Quản lý các Khu chế xuất và công nghiệp Thành phố thông tin đến doanh nghiệp về cơ hội hợp tác với các nước ASEAN", 2),
    SEC("IV.3", "3.", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên; vận động hội viên tham gia cuộc thi tìm hiểu về ASEAN", 2),
    SEC("IV.4", "4.", "Đảng ủy các xã, thị trấn; chi, đảng bộ cơ sở trực thuộc Huyện ủy căn cứ Kế hoạch, xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế; báo cáo kết quả về Ban Tuyên giáo Huyện ủy trước ngày 15/11 hằng năm", 2),
]
tt = {s["id"]: s["title"] for s in sections}

BTG = A("Ban Tuyên giáo Huyện ủy")
VHTT = A("Phòng Văn hóa và Thông tin huyện")
UBH = A("Ủy ban nhân dân huyện")
tasks = [
    TASK("III.1", tt["III.1"], [BTG], [],
         note="Lead = agency opening the text. 'đội ngũ báo cáo viên, tuyên truyền viên cơ sở' in the second clause are performers, not listed."),
    TASK("III.2", tt["III.2"], [A("Đài Truyền thanh huyện")], [VHTT]),
    TASK("III.3", tt["III.3"], [VHTT], [BTG]),
    TASK("III.4", tt["III.4"], [UBH], [],
         note="'nhân kỷ niệm Ngày thành lập ASEAN (08/8)' is an event, not a deadline."),
    TASK("III.5", tt["III.5"], [BTG], [A("Trung tâm Chính trị huyện")], TF("quý III/2023", "2023-07-01", "2023-09-30"),
         note="Window given in the sentence ('trong quý III/2023')."),
    TASK("III.6", tt["III.6"], [A("Huyện Đoàn")], [A("Phòng Giáo dục và Đào tạo huyện")], TF("tháng 8/2024", "2024-08-01", "2024-08-31")),
    TASK("III.7", tt["III.7"], [UBH], []),
]

D3 = ["lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên", "vận động hội viên tham gia cuộc thi tìm hiểu về ASEAN"]
D4 = ["căn cứ Kế hoạch, xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế",
      "báo cáo kết quả về Ban Tuyên giáo Huyện ủy trước ngày 15/11 hằng năm"]
assignments = [
    ASG(BTG, "IV.1", ["chủ trì, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch",
                      "định hướng nội dung tuyên truyền cho Đài Truyền thanh huyện, Trang thông tin điện tử huyện",
                      "tổng hợp kết quả, báo cáo Ban Thường vụ Huyện ủy và Ban Tuyên giáo Thành ủy trước ngày 25/11 hằng năm"],
        note="Numbered paragraph opening with the agency names the assignee."),
    ASG(UBH, "IV.2", ["chỉ đạo Phòng Văn hóa và Thông tin huyện, Đài Truyền thanh huyện và Ủy ban nhân dân các xã, thị trấn triển khai các hình thức tuyên truyền nêu tại mục III Kế hoạch này",
                      "phối hợp với Ban Quản lý các Khu chế xuất và công nghiệp Thành phố thông tin đến doanh nghiệp về cơ hội hợp tác với các nước ASEAN"],
        note="The offices UBND huyện is to direct are a sub-delegation, not assignees of this plan."),
    ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), "IV.3", D3, note="'X và Y' -> one assignment per agency."),
    ASG(A("Các tổ chức chính trị - xã hội huyện", "các tổ chức chính trị - xã hội huyện", True), "IV.3", D3),
    ASG(A("Đảng ủy các xã, thị trấn", coll=True), "IV.4", D4, note="Two collectives separated by ';' -> two assignments."),
    ASG(A("Chi, đảng bộ cơ sở trực thuộc Huyện ủy", "chi, đảng bộ cơ sở trực thuộc Huyện ủy", True), "IV.4", D4),
]

deadlines = [
    DL("định kỳ hằng quý", "recurring", "III.1", "đưa nội dung về ASEAN vào hội nghị báo cáo viên", rec="quarterly"),
    DL("quý III/2023", "period", "III.5", "tổ chức 01 lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN", start="2023-07-01", end="2023-09-30"),
    DL("tháng 8/2024", "period", "III.6", "tổ chức cuộc thi tìm hiểu về ASEAN", start="2024-08-01", end="2024-08-31"),
    DL("trước ngày 25/11 hằng năm", "due", "IV.1", "báo cáo Ban Thường vụ Huyện ủy và Ban Tuyên giáo Thành ủy", due="--11-25", rec="yearly"),
    DL("trước ngày 15/11 hằng năm", "due", "IV.4", "báo cáo kết quả về Ban Tuyên giáo Huyện ủy", due="--11-15", rec="yearly"),
]

budget = {"present": False, "section": None, "sources": [], "clauses": [], "amounts": []}

P = plan(M, sections, tasks, assignments, deadlines, budget)

areas = [
    AREA("B01", "covered", "II", "Chủ đề ASEAN theo từng năm; những thành tựu hợp tác trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và đóng góp của Việt Nam đối với ASEAN"),
    AREA("B02", "missing", note="No COVID-19 or recovery content."),
    AREA("B03", "covered", "II", "Những câu chuyện thực tiễn, nhân vật điển hình trong hợp tác, giao lưu với các nước ASEAN"),
    AREA("B04", "missing", note="'Tư duy Cộng đồng, Hành động Cộng đồng' appears in the purposes only as the motto; nothing on Community identity or belonging. 'partial' is arguable."),
    AREA("B05", "covered", "III.7", "Ủy ban nhân dân huyện giới thiệu tiềm năng, cơ hội đầu tư, du lịch của huyện đến du khách, nhà đầu tư các nước ASEAN"),
    AREA("B06", "covered", "II", "Cơ hội từ kinh tế số, chuyển đổi số, thương mại điện tử và dịch chuyển lao động trong ASEAN"),
    AREA("B07", "covered", "III.3", "đăng tải tin, bài về ASEAN trên Trang thông tin điện tử huyện, trang Fanpage \"Củ Chi ngày mới\" và các nhóm Zalo của khu phố, ấp"),
    AREA("B08", "covered", "III.4", "Ủy ban nhân dân huyện chỉ đạo treo cờ ASEAN, pa nô, băng rôn tại trụ sở cơ quan và các tuyến đường chính nhân kỷ niệm Ngày thành lập ASEAN"),
    AREA("B09", "covered", "III.5", "tổ chức 01 lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN cho báo cáo viên, tuyên truyền viên cơ sở"),
    AREA("B10", "covered", "III.6", "tổ chức cuộc thi tìm hiểu về ASEAN trên nền tảng số cho đoàn viên, thanh niên, học sinh trung học cơ sở"),
    AREA("B11", "partial", "III.7", "các hội chợ, sự kiện văn hóa - du lịch của Thành phố",
         note="Fairs and cultural events appear only as channels inside the promotion task; no exchange or fair is organised or attended as a commitment."),
    AREA("B12", "partial", "I.2", "kịp thời đấu tranh phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng và Nhà nước",
         note="Only in the requirements (section I)."),
    AREA("B13", "partial", "I.2", "tăng cường phối hợp giữa các cơ quan, đơn vị", note="Only in the requirements (section I)."),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg and Kế hoạch 154-KH/BTGTU of the city's Ban Tuyên giáo Thành ủy",
                         "period 2023-2025 inside 2021-2025",
                         "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; 3 trụ cột; kinh tế số, chuyển đổi số"],
           areas,
           [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
            ("S2", "fail", "no funding section or clause anywhere in the plan"),
            ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 6 assignments"),
            ("S4", "pass", "IV.1 báo cáo trước ngày 25/11 hằng năm; IV.4 báo cáo trước ngày 15/11 hằng năm"),
            ("S5", "pass", "every task III.1-III.7 opens with its lead agency"),
            ("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg (13/7/2021)")])

if __name__ == "__main__":
    write_gold(NAME, P, AU, SRC)
