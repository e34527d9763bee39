"""Hand-written gold for plan 3 (phường Cốc Lếu, .doc)."""
import sys
sys.path.insert(0, "/work/unseen4a/sources")
from common import *

NAME = "lao-cai_coc-leu_45-KH-UBND_2022_asean-doc"
src = (STAGE / "sources" / f"{NAME}.source.txt").read_text(encoding="utf-8")
VHXH = A("Bộ phận Văn hóa - Xã hội phường")
MTTQ = A("Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Ủy ban MTTQ Việt Nam phường")
T_NOTE = "Lettered item directly under the part '2. NỘI DUNG VÀ NHIỆM VỤ': the plan's parts are level-1 Arabic, so their items (here lettered) are the tasks; the spec's 'lettered items are not tasks' is read as applying to letters below Arabic items."

plan = {
 "schema": "planparse/plan@1",
 "meta": {
  "number": "45/KH-UBND", "doc_type": "Kế hoạch",
  "issuer": "Ủy ban nhân dân phường Cốc Lếu", "province": "Lào Cai",
  "issued": "2022-03-10",
  "title": "Tuyên truyền về Cộng đồng ASEAN năm 2022 trên địa bàn phường Cốc Lếu",
  "period": {"start": 2022, "end": 2022},
  "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
            {"number": "38/KH-UBND", "type": "Kế hoạch", "date": "2022-02-18"}],
  "signer": {"name": "Vũ Thị Thu Hà", "position": "Chủ tịch"},
 },
 "sections": [
  SEC("1", "1.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
  SEC("2", "2.", "NỘI DUNG VÀ NHIỆM VỤ", 1, "tasks"),
  SEC("2.a", "a)", "Tuyên truyền trên hệ thống loa truyền thanh phường", 2),
  SEC("2.b", "b)", "Trang trí, cổ động trực quan", 2),
  SEC("2.c", "c)", "Lồng ghép tuyên truyền trong sinh hoạt khu dân cư và đoàn thể", 2),
  SEC("2.d", "d)", "Phổ biến kiến thức hội nhập cho hộ kinh doanh", 2),
  SEC("2.đ", "đ)", "Nắm bắt dư luận, đấu tranh với thông tin xấu độc", 2),
  SEC("2.e", "e)", "Tổ chức cuộc thi tìm hiểu về ASEAN", 2),
  SEC("2.g", "g)", "Thông tin trên trang mạng xã hội của phường", 2),
  SEC("2.h", "h)", "Giao lưu văn nghệ, thể thao chào mừng Ngày ASEAN", 2),
  SEC("3", "3.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  SEC("4", "4.", "CHẾ ĐỘ BÁO CÁO", 1, "reporting"),
  SEC("5", "5.", "TỔ CHỨC THỰC HIỆN", 1, "organization", note="bullets only"),
 ],
 "tasks": [
  TASK("2.a", "Tuyên truyền trên hệ thống loa truyền thanh phường", [VHXH], [A("Các tổ dân phố", "các tổ dân phố", True)],
       TF("trong tháng 8/2022", "2022-08-01", "2022-08-31"), note=T_NOTE),
  TASK("2.b", "Trang trí, cổ động trực quan", [VHXH], [A("Ban Chỉ huy Quân sự phường")], None,
       note="Fields in a trailing parenthesis; 'hoàn thành trước ngày 05/8/2022' is a due date."),
  TASK("2.c", "Lồng ghép tuyên truyền trong sinh hoạt khu dân cư và đoàn thể", [MTTQ],
       [A("Hội Liên hiệp Phụ nữ phường"), A("Đoàn Thanh niên phường"), A("Hội Cựu chiến binh phường")], None),
  TASK("2.d", "Phổ biến kiến thức hội nhập cho hộ kinh doanh", [A("Bộ phận Kinh tế phường")], [A("Ban Quản lý chợ Cốc Lếu")],
       TF("Quý III/2022", "2022-07-01", "2022-09-30")),
  TASK("2.đ", "Nắm bắt dư luận, đấu tranh với thông tin xấu độc", [A("Công an phường")], [VHXH], None),
  TASK("2.e", "Tổ chức cuộc thi tìm hiểu về ASEAN", [A("Đoàn Thanh niên phường")], [A("Trường Trung học cơ sở Cốc Lếu")],
       TF("trong tháng 10/2022", "2022-10-01", "2022-10-31"),
       note="Actor opens the sentence and 'phối hợp với' names support."),
  TASK("2.g", "Thông tin trên trang mạng xã hội của phường", [VHXH], [], None),
  TASK("2.h", "Giao lưu văn nghệ, thể thao chào mừng Ngày ASEAN", [MTTQ], [A("Các tổ dân phố", "các tổ dân phố", True)],
       TF("tháng 8/2022", "2022-08-01", "2022-08-31")),
 ],
 "assignments": [
  ASG(VHXH, "5", ["tham mưu UBND phường triển khai, theo dõi, đôn đốc thực hiện Kế hoạch"]),
  ASG(A("Bộ phận Tài chính - Kế toán phường"), "5", ["cân đối, bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
  ASG(MTTQ, "5", ["phối hợp tuyên truyền, vận động đoàn viên, hội viên tích cực tham gia các hoạt động về ASEAN"]),
  ASG(A("Các đoàn thể chính trị - xã hội phường", "các đoàn thể chính trị - xã hội phường", True), "5",
      ["phối hợp tuyên truyền, vận động đoàn viên, hội viên tích cực tham gia các hoạt động về ASEAN"]),
  ASG(A("Các tổ dân phố", coll=True), "5", ["phổ biến nội dung tuyên truyền đến từng hộ gia đình",
                                             "treo cờ ASEAN tại nhà văn hóa tổ dân phố"]),
 ],
 "deadlines": [
  DL("trong tháng 8/2022", "period", "2.a", "phát 02 lần/tuần", start="2022-08-01", end="2022-08-31"),
  DL("hoàn thành trước ngày 05/8/2022", "due", "2.b", "Treo cờ ASEAN, băng rôn, pa nô tại trụ sở UBND phường và các tuyến phố chính", due="2022-08-05"),
  DL("thực hiện hằng quý", "recurring", "2.c", "lồng ghép nội dung về ASEAN trong các cuộc họp tổ dân phố, sinh hoạt chi hội", rec="quarterly"),
  DL("Quý III/2022", "period", "2.d", "Phổ biến kiến thức hội nhập cho hộ kinh doanh", start="2022-07-01", end="2022-09-30"),
  DL("trong tháng 10/2022", "period", "2.e", "tổ chức cuộc thi tìm hiểu về ASEAN", start="2022-10-01", end="2022-10-31"),
  DL("tháng 8/2022", "period", "2.h", "Giao lưu văn nghệ, thể thao chào mừng Ngày ASEAN", start="2022-08-01", end="2022-08-31"),
  DL("trước ngày 15/8/2022", "due", "4", "báo cáo nhanh kết quả các hoạt động kỷ niệm Ngày thành lập ASEAN về UBND thành phố", due="2022-08-15"),
  DL("trước ngày 25/11/2022", "due", "4", "báo cáo kết quả về UBND phường", due="2022-11-25"),
  DL("trước ngày 30/11/2022", "due", "4", "báo cáo UBND thành phố", due="2022-11-30"),
 ],
 "budget": {
  "present": True, "section": "3", "sources": ["state_budget", "socialization"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách phường năm 2022 (dự kiến 15.000.000 đồng) và huy động nguồn xã hội hóa", "section": "3"}],
  "amounts": [{"text": "15.000.000 đồng", "vnd": 15000000}],
 },
}
audit = {
 "schema": "planparse/audit@1",
 "reference": REF21,
 "applicable": {"value": True, "reasons": ["cites 1160/QĐ-TTg", "year 2022 within 2021-2025", "3 trụ cột, Chủ đề ASEAN năm 2022"]},
 "areas": [
  AREA("B01", "covered", "2.a", "xây dựng tin, bài về Chủ đề ASEAN năm 2022 và 3 trụ cột của Cộng đồng ASEAN"),
  AREA("B02", "missing", note="COVID-19 not mentioned"),
  AREA("B03", "missing"),
  AREA("B04", "missing"),
  AREA("B05", "missing", note="no promotion of the locality to ASEAN partners"),
  AREA("B06", "covered", "2.d", "phổ biến cho tiểu thương, hộ kinh doanh về thương mại điện tử, quy tắc xuất xứ hàng hóa và cơ chế hải quan một cửa ASEAN"),
  AREA("B07", "covered", "2.g", "cập nhật, chia sẻ tin bài về ASEAN từ Cổng Thông tin điện tử tỉnh Lào Cai lên trang Facebook và nhóm Zalo của phường"),
  AREA("B08", "covered", "2.b", "Treo cờ ASEAN, băng rôn, pa nô tại trụ sở UBND phường và các tuyến phố chính"),
  AREA("B09", "missing", note="no training"),
  AREA("B10", "covered", "2.e", "tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh và thanh thiếu niên trên địa bàn"),
  AREA("B11", "covered", "2.h", "Giao lưu văn nghệ, thể thao chào mừng Ngày ASEAN"),
  AREA("B12", "covered", "2.đ", "kịp thời phản bác quan điểm sai trái, xuyên tạc về chính sách hội nhập ASEAN của Việt Nam trên mạng xã hội"),
  AREA("B13", "missing", note="no coordination among departments, localities and media beyond task-level 'phối hợp'"),
 ],
 "checks": [
  {"id": "S1", "status": "pass", "detail": "section 1 MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "section 3 KINH PHÍ THỰC HIỆN"},
  {"id": "S3", "status": "pass", "detail": "section 5 with 5 assignments (bullets)"},
  {"id": "S4", "status": "pass", "detail": "section 4: reports due 15/8, 25/11 and 30/11/2022"},
  {"id": "S5", "status": "pass", "detail": "all 8 lettered tasks name a lead"},
  {"id": "S6", "status": "pass", "detail": "basis cites 1160/QĐ-TTg"},
 ],
}
write_gold(NAME, plan, audit, src.replace("#B ", ""))
