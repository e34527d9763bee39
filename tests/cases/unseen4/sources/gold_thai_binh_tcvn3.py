"""Hand-written gold for plan 1 (Kiến Xương, TCVN3 DOCX)."""
import sys
sys.path.insert(0, "/work/unseen4a/sources")
from common import *

NAME = "thai-binh_kien-xuong_86-KH-UBND_2019_asean-tcvn3"
src = (STAGE / "sources" / f"{NAME}.source.txt").read_text(encoding="utf-8")

VHTT = A("Phòng Văn hóa và Thông tin huyện")
TTVH = A("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện")
KTHT = A("Phòng Kinh tế và Hạ tầng huyện")
XA = A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)
Y1920 = TF("Năm 2019 - 2020", "2019-01-01", "2020-12-31")

plan = {
 "schema": "planparse/plan@1",
 "meta": {
  "number": "86/KH-UBND", "doc_type": "Kế hoạch",
  "issuer": "Ủy ban nhân dân huyện Kiến Xương", "province": "Thái Bình",
  "issued": "2019-08-22",
  "title": "Thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Kiến Xương",
  "period": {"start": 2019, "end": 2020},
  "basis": [
   {"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
   {"number": "92/KH-UBND", "type": "Kế hoạch", "date": "2019-08-05"}],
  "signer": {"name": "Đỗ Đình Hưng", "position": "Phó Chủ tịch"},
  "note": "Document typed in TCVN3 (.VnTime/.VnTimeH); all values are the Unicode reading."
 },
 "sections": [
  SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
  SEC("I.1", "1.", "Mục đích", 2),
  SEC("I.2", "2.", "Yêu cầu", 2),
  SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="bullets only, no numbered items, so no tasks"),
  SEC("III", "III.", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks"),
  SEC("III.1", "1.", "Tuyên truyền trên hệ thống truyền thanh huyện và cơ sở", 2),
  SEC("III.2", "2.", "Tuyên truyền trên Trang thông tin điện tử huyện và mạng xã hội", 2),
  SEC("III.3", "3.", "Tuyên truyền cổ động trực quan", 2),
  SEC("III.4", "4.", "Lồng ghép tuyên truyền trong sinh hoạt của Mặt trận và các đoàn thể", 2),
  SEC("III.5", "5.", "Phổ biến cam kết ASEAN cho doanh nghiệp, hợp tác xã", 2),
  SEC("III.6", "6.", "Tuyên truyền về ASEAN trong nhà trường", 2),
  SEC("III.7", "7.", "Xây dựng Góc ASEAN tại Thư viện huyện", 2),
  SEC("III.8", "8.", "Quảng bá tiềm năng, sản phẩm của huyện", 2),
  SEC("III.9", "9.", "Tập huấn cho đội ngũ làm công tác tuyên truyền cơ sở", 2),
  SEC("III.10", "10.", "Nắm bắt dư luận, đấu tranh với thông tin sai trái", 2),
  SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
  SEC("V.1", "1.", "Phòng Văn hóa và Thông tin huyện", 2),
  SEC("V.2", "2.", "Phòng Tài chính - Kế hoạch huyện", 2),
  SEC("V.3", "3.", "Các cơ quan, đơn vị được giao nhiệm vụ tại mục III", 2),
  SEC("V.4", "4.", "UBND các xã, thị trấn", 2),
 ],
 "tasks": [
  TASK("III.1", "Tuyên truyền trên hệ thống truyền thanh huyện và cơ sở", [TTVH],
       [VHTT, A("Đài Truyền thanh các xã, thị trấn", coll=True)], Y1920),
  TASK("III.2", "Tuyên truyền trên Trang thông tin điện tử huyện và mạng xã hội",
       [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], [VHTT], None),
  TASK("III.3", "Tuyên truyền cổ động trực quan", [VHTT], [TTVH, XA],
       TF("Quý III/2020", "2020-07-01", "2020-09-30")),
  TASK("III.4", "Lồng ghép tuyên truyền trong sinh hoạt của Mặt trận và các đoàn thể",
       [A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện")],
       [A("Huyện đoàn"), A("Hội Liên hiệp Phụ nữ huyện"), A("Hội Nông dân huyện"), A("Hội Cựu chiến binh huyện")],
       None, note="'Thời gian: Hằng quý' is not a window; kept as a quarterly recurring deadline."),
  TASK("III.5", "Phổ biến cam kết ASEAN cho doanh nghiệp, hợp tác xã", [KTHT],
       [A("Phòng Nông nghiệp và Phát triển nông thôn huyện"), A("Hội Doanh nghiệp huyện")],
       TF("Quý IV/2019", "2019-10-01", "2019-12-31")),
  TASK("III.6", "Tuyên truyền về ASEAN trong nhà trường", [A("Phòng Giáo dục và Đào tạo huyện")], [A("Huyện đoàn")],
       TF("Từ tháng 9/2019 đến tháng 5/2020", "2019-09-01", "2020-05-31")),
  TASK("III.7", "Xây dựng Góc ASEAN tại Thư viện huyện", [VHTT], [TTVH], None,
       note="'hoàn thành trước ngày 30/6/2020' is a due date, not a window."),
  TASK("III.8", "Quảng bá tiềm năng, sản phẩm của huyện", [KTHT], [VHTT, XA], Y1920),
  TASK("III.9", "Tập huấn cho đội ngũ làm công tác tuyên truyền cơ sở", [VHTT], [A("Ban Tuyên giáo Huyện ủy")],
       TF("tháng 10/2019", "2019-10-01", "2019-10-31"),
       note="Lead is the actor opening the paragraph; support from 'phối hợp với'; window 'trong tháng 10/2019'."),
  TASK("III.10", "Nắm bắt dư luận, đấu tranh với thông tin sai trái", [A("Công an huyện")], [VHTT], None),
 ],
 "assignments": [
  ASG(VHTT, "V.1", ["Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương thực hiện Kế hoạch",
                    "Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 05/12 hằng năm"]),
  ASG(A("Phòng Tài chính - Kế hoạch huyện"), "V.2", ["Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
  ASG(A("Các cơ quan, đơn vị được giao nhiệm vụ tại mục III", coll=True), "V.3",
      ["Chủ động xây dựng kế hoạch cụ thể để triển khai",
       "báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện trước ngày 30/11 hằng năm"]),
  ASG(XA, "V.4", ["Chỉ đạo Đài Truyền thanh xã tăng thời lượng phát tin, bài về ASEAN",
                  "treo băng rôn, khẩu hiệu tại trụ sở và nhà văn hóa thôn"]),
 ],
 "deadlines": [
  DL("Năm 2019 - 2020", "period", "III.1", "Tuyên truyền trên hệ thống truyền thanh huyện và cơ sở", start="2019-01-01", end="2020-12-31"),
  DL("Quý III/2020", "period", "III.3", "Tuyên truyền cổ động trực quan", start="2020-07-01", end="2020-09-30"),
  DL("Hằng quý", "recurring", "III.4", "Lồng ghép tuyên truyền trong sinh hoạt của Mặt trận và các đoàn thể", rec="quarterly"),
  DL("Quý IV/2019", "period", "III.5", "Phổ biến cam kết ASEAN cho doanh nghiệp, hợp tác xã", start="2019-10-01", end="2019-12-31"),
  DL("Từ tháng 9/2019 đến tháng 5/2020", "period", "III.6", "Tuyên truyền về ASEAN trong nhà trường", start="2019-09-01", end="2020-05-31"),
  DL("trước ngày 30/6/2020", "due", "III.7", "Bố trí Góc ASEAN trưng bày sách, báo, hình ảnh về đất nước, con người các nước ASEAN", due="2020-06-30"),
  DL("Năm 2019 - 2020", "period", "III.8", "Quảng bá tiềm năng, sản phẩm của huyện", start="2019-01-01", end="2020-12-31"),
  DL("trong tháng 10/2019", "period", "III.9", "mở 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", start="2019-10-01", end="2019-10-31"),
  DL("trước ngày 05/12 hằng năm", "due", "V.1", "Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông", due="--12-05", rec="yearly"),
  DL("trước ngày 30/11 hằng năm", "due", "V.3", "báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện", due="--11-30", rec="yearly"),
 ],
 "budget": {
  "present": True, "section": "IV", "sources": ["state_budget", "socialization"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách huyện năm 2019, năm 2020 giao cho các cơ quan, đơn vị", "section": "IV"},
              {"text": "các xã, thị trấn bố trí từ ngân sách xã và huy động nguồn xã hội hóa", "section": "IV"}],
  "amounts": [{"text": "120 triệu đồng", "vnd": 120000000}],
 },
}

audit = {
 "schema": "planparse/audit@1",
 "reference": REF19,
 "applicable": {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020, nắm bắt được cơ hội để phát triển, Ứng dụng và Fanpage"]},
 "areas": [
  AREA("A01", "partial", "V.1", "Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương thực hiện Kế hoạch",
       note="Only a focal-point role; no vertical/horizontal mechanism, no orienting of the press by period."),
  AREA("A02", "missing", note="No sharing of data with the ASEAN Vietnam portal or a common database."),
  AREA("A03", "covered", "III.2", "giới thiệu, chia sẻ tin bài từ Ứng dụng và Fanpage \"ASEAN và Việt Nam\" tới các nhóm Zalo của cán bộ, đoàn viên"),
  AREA("A04", "covered", "III.4", "Tổ chức các buổi nói chuyện chuyên đề về ASEAN, lồng ghép tuyên truyền trong sinh hoạt chi hội cho đoàn viên, hội viên thanh niên, phụ nữ, nông dân"),
  AREA("A05", "covered", "III.9", "mở 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho cán bộ văn hóa - thông tin, phát thanh viên các xã, thị trấn"),
  AREA("A06", "covered", "III.5", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử cho doanh nghiệp, hợp tác xã trên địa bàn huyện"),
  AREA("A07", "covered", "III.6", "Đưa nội dung giới thiệu về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh các trường trung học cơ sở"),
  AREA("A08", "covered", "III.7", "Bố trí Góc ASEAN trưng bày sách, báo, hình ảnh về đất nước, con người các nước ASEAN"),
  AREA("A09", "covered", "III.1", "tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam và Đài Phát thanh và Truyền hình Thái Bình"),
  AREA("A10", "covered", "III.3", "Treo băng rôn, khẩu hiệu, pa nô tại trung tâm huyện, các trục đường chính và trụ sở cơ quan"),
  AREA("A11", "covered", "III.8", "Tham gia các hội chợ xúc tiến thương mại trong và ngoài tỉnh",
       note="Fairs to promote the district's products, not ASEAN fairs abroad; covered as trade promotion, partial arguable."),
  AREA("A12", "missing", note="No publications or leaflets."),
  AREA("A13", "covered", "II", "Các sự kiện quan trọng của ASEAN năm 2019 - 2020, trọng tâm là năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
  AREA("A14", "covered", "II", "Vai trò, vị thế của ASEAN, những thành tựu sau hơn 50 năm hình thành và phát triển; 3 trụ cột của Cộng đồng ASEAN; đất nước, con người các nước ASEAN"),
  AREA("A15", "covered", "III.10", "kịp thời phản bác thông tin sai trái, xuyên tạc về chủ trương hội nhập ASEAN của Đảng và Nhà nước trên không gian mạng"),
  AREA("A16", "covered", "III.8", "giới thiệu sản phẩm OCOP, sản phẩm làng nghề và tiềm năng, thế mạnh của huyện tới doanh nghiệp, du khách các nước ASEAN"),
 ],
 "checks": [
  {"id": "S1", "status": "pass", "detail": "section I MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "section IV KINH PHÍ THỰC HIỆN"},
  {"id": "S3", "status": "pass", "detail": "section V with 4 assignments"},
  {"id": "S4", "status": "pass", "detail": "reports due before 05/12 and 30/11 each year"},
  {"id": "S5", "status": "pass", "detail": "all 10 tasks name a lead"},
  {"id": "S6", "status": "pass", "detail": "basis cites 02/QĐ-BCĐASEAN"},
 ],
}
write_gold(NAME, plan, audit, src.replace("#HDR3 ", "").replace("#H ", "").replace("#B ", ""))
