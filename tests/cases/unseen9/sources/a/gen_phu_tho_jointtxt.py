"""Plan 4 (layout: JOINT plan 'Kế hoạch liên tịch', plain text as pasted from Word).

Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ + Tỉnh đoàn Phú Thọ, 15/KHLT-SVHTTDL-TĐTN, 2023 (1160/QĐ-TTg generation).
The text imitates what Word puts on the clipboard as plain text when the whole document is copied and pasted
into Notepad and saved as "UTF-8 with BOM" with Windows line ends:
- the header is a 3-column borderless table built one row per line (Sở | BCH Đoàn tỉnh | national motto), so each
  row becomes one line with cells separated by TAB; the number cell spans the first two columns (one TAB less);
- Word automatic list numbers and bullets become text followed by a TAB ("1.<TAB>Mục đích", "-<TAB>Thời gian: …");
  the Roman headings were typed;
- the two signatures sit side by side in a borderless 2-column table built one row per line: left = Tỉnh đoàn
  (TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / PHÓ BÍ THƯ), right = the lead body, Sở VHTTDL (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC);
  the recipients follow under the signatures.
Writes ../<NAME>.txt (BOM + CRLF) and sources/<NAME>.source.txt (same text, LF, no BOM)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE

HERE = Path(__file__).parent
NAME = "phu-tho_15-KHLT-SVHTTDL-TDTN_2023_asean-jointtxt"
T = "\t"

LINES = [
 f"UBND TỈNH PHÚ THỌ{T}BCH ĐOÀN TỈNH PHÚ THỌ{T}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
 f"SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH{T}***{T}Độc lập - Tự do - Hạnh phúc",
 f"Số: 15/KHLT-SVHTTDL-TĐTN{T}Phú Thọ, ngày 12 tháng 5 năm 2023",
 "",
 "KẾ HOẠCH LIÊN TỊCH",
 "Tuyên truyền, quảng bá về ASEAN trong đoàn viên, thanh niên",
 "gắn với quảng bá du lịch Đất Tổ năm 2023",
 "",
 "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, "
 "tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;",
 "Căn cứ Kế hoạch số 4315/KH-UBND ngày 22/10/2021 của UBND tỉnh Phú Thọ về thông tin, tuyên truyền về ASEAN trên địa bàn "
 "tỉnh giai đoạn 2021 - 2025;",
 "Căn cứ Chương trình phối hợp số 01/CTrPH-SVHTTDL-TĐTN ngày 15/3/2022 giữa Sở Văn hóa, Thể thao và Du lịch và Ban Thường "
 "vụ Tỉnh đoàn Phú Thọ giai đoạn 2022 - 2027;",
 "Sở Văn hóa, Thể thao và Du lịch và Ban Thường vụ Tỉnh đoàn Phú Thọ thống nhất ban hành Kế hoạch liên tịch tuyên truyền, "
 "quảng bá về ASEAN trong đoàn viên, thanh niên gắn với quảng bá du lịch Đất Tổ năm 2023, cụ thể như sau:",
 "I. MỤC ĐÍCH, YÊU CẦU",
 f"1.{T}Mục đích",
 f"-{T}Giúp đoàn viên, thanh niên hiểu rõ về Cộng đồng ASEAN, hình thành tư duy Cộng đồng, hành động Cộng đồng; góp phần "
 "nâng cao cảm nhận của thanh niên về một cộng đồng ASEAN chung.",
 f"-{T}Phát huy vai trò xung kích của tuổi trẻ trong quảng bá hình ảnh, văn hóa, du lịch Đất Tổ tới bạn bè các nước ASEAN.",
 f"2.{T}Yêu cầu",
 f"-{T}Tăng cường phối hợp giữa ngành Văn hóa, Thể thao và Du lịch với tổ chức Đoàn các cấp; các hoạt động thiết thực, sáng "
 "tạo, phù hợp với thanh thiếu nhi.",
 f"-{T}Bảo đảm tiết kiệm, an toàn, hiệu quả.",
 "II. NỘI DUNG HOẠT ĐỘNG",
 f"1.{T}Tuyên truyền trên các nền tảng số",
 "Ban Tuyên giáo Tỉnh đoàn chủ trì, phối hợp với Trung tâm Thông tin Xúc tiến Du lịch mở chuyên mục “Tuổi trẻ Đất Tổ với "
 "ASEAN” trên Fanpage “Tuổi trẻ Phú Thọ” và Trang thông tin điện tử du lịch Phú Thọ; đăng tải tin, bài, video ngắn về Chủ đề "
 "ASEAN năm 2023 “ASEAN tầm vóc: Tâm điểm tăng trưởng” và hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa "
 "- Xã hội.",
 f"-{T}Thời gian: Từ tháng 5 đến tháng 12/2023.",
 f"2.{T}Cuộc thi trực tuyến “Tìm hiểu về Cộng đồng ASEAN và du lịch Đất Tổ”",
 "Ban Tuyên giáo Tỉnh đoàn chủ trì, phối hợp với Phòng Quản lý Du lịch tổ chức cuộc thi trực tuyến dành cho đoàn viên, thanh "
 "niên, học sinh, sinh viên trên địa bàn tỉnh; trao giải cho tập thể, cá nhân có thành tích xuất sắc.",
 f"-{T}Thời gian: Tháng 7 - tháng 9/2023.",
 f"3.{T}Ngày hội “Thanh niên Phú Thọ - Sắc màu văn hóa ASEAN”",
 "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ban Tuyên giáo Tỉnh đoàn, Thành đoàn Việt Trì tổ chức ngày hội giao "
 "lưu văn hóa, thể thao, ẩm thực giữa thanh niên Phú Thọ với lưu học sinh Lào đang học tập tại Trường Đại học Hùng Vương; "
 "trưng bày ảnh về đất nước, con người các nước ASEAN; treo cờ ASEAN, băng rôn, pa nô tại khu vực tổ chức.",
 f"-{T}Thời gian: Ngày 08/8/2023 (nhân kỷ niệm 56 năm Ngày thành lập ASEAN).",
 f"-{T}Địa điểm: Quảng trường Hùng Vương, thành phố Việt Trì.",
 f"4.{T}Hỗ trợ thanh niên phát triển sản phẩm du lịch cộng đồng",
 "Phòng Quản lý Du lịch chủ trì, phối hợp với Hội Liên hiệp Thanh niên Việt Nam tỉnh hỗ trợ thanh niên khởi nghiệp du lịch "
 "cộng đồng tại Vườn quốc gia Xuân Sơn và các làng Xoan; giới thiệu sản phẩm tới các doanh nghiệp lữ hành, khách du lịch đến "
 "từ các nước ASEAN.",
 f"-{T}Thời gian: Quý III - Quý IV/2023.",
 f"5.{T}Bồi dưỡng kỹ năng thương mại điện tử cho thanh niên khởi nghiệp",
 "Hội Doanh nhân trẻ tỉnh chủ trì, phối hợp với Trung tâm Thông tin Xúc tiến Du lịch bồi dưỡng cho thanh niên kinh doanh du "
 "lịch, đặc sản (chè, bưởi Đoan Hùng) kỹ năng thương mại điện tử, chuyển đổi số, quảng bá sản phẩm trên nền tảng số tới thị "
 "trường các nước ASEAN.",
 f"-{T}Thời gian: Quý III/2023.",
 f"6.{T}Tập huấn kỹ năng tuyên truyền về ASEAN",
 "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ban Tuyên giáo Tỉnh đoàn tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng "
 "tuyên truyền về ASEAN cho cán bộ Đoàn chủ chốt, hướng dẫn viên du lịch tại điểm; hoàn thành trước ngày 30/9/2023.",
 f"7.{T}Đấu tranh, phản bác thông tin sai trái trên không gian mạng",
 "Các huyện, thành, thị đoàn phát huy vai trò Đội hình thanh niên xung kích trên không gian mạng, kịp thời đấu tranh, phản bác "
 "các quan điểm sai trái, xuyên tạc về chính sách đối ngoại và quá trình hội nhập ASEAN của Việt Nam.",
 "III. KINH PHÍ THỰC HIỆN",
 f"-{T}Sở Văn hóa, Thể thao và Du lịch bố trí 60.000.000 đồng từ nguồn kinh phí sự nghiệp văn hóa năm 2023 được giao trong "
 "dự toán.",
 f"-{T}Tỉnh đoàn bố trí 25.000.000 đồng từ nguồn kinh phí hoạt động thường xuyên của cơ quan; vận động tài trợ từ các doanh "
 "nghiệp, nhà tài trợ để tổ chức ngày hội và cuộc thi.",
 "IV. TỔ CHỨC THỰC HIỆN",
 f"1.{T}Sở Văn hóa, Thể thao và Du lịch",
 f"-{T}Chỉ đạo Phòng Quản lý Du lịch là đầu mối phối hợp với Ban Tuyên giáo Tỉnh đoàn triển khai Kế hoạch; chỉ đạo Trung tâm "
 "Thông tin Xúc tiến Du lịch hỗ trợ nội dung, hình ảnh quảng bá du lịch.",
 f"-{T}Bố trí kinh phí, hướng dẫn thanh toán, quyết toán theo quy định.",
 f"2.{T}Ban Thường vụ Tỉnh đoàn",
 f"-{T}Chỉ đạo Ban Tuyên giáo Tỉnh đoàn là đầu mối tham mưu tổ chức các hoạt động; hướng dẫn các huyện, thành, thị đoàn, "
 "đoàn trực thuộc triển khai Kế hoạch.",
 f"-{T}Tổng hợp kết quả, phối hợp với Phòng Quản lý Du lịch báo cáo UBND tỉnh, Trung ương Đoàn trước ngày 15/12/2023.",
 f"3.{T}Đề nghị Ủy ban nhân dân các huyện, thành, thị",
 "Chỉ đạo Phòng Văn hóa và Thông tin phối hợp với huyện, thành, thị đoàn tổ chức các hoạt động tuyên truyền về ASEAN tại địa "
 "phương.",
 f"4.{T}Các huyện, thành, thị đoàn",
 "Xây dựng kế hoạch triển khai phù hợp với thực tế; báo cáo kết quả về Tỉnh đoàn (qua Ban Tuyên giáo) trước ngày 30/11/2023.",
 "Trên đây là Kế hoạch liên tịch tuyên truyền, quảng bá về ASEAN trong đoàn viên, thanh niên gắn với quảng bá du lịch Đất Tổ "
 "năm 2023. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng Quản lý Du lịch (đ/c Nguyễn Thị Lan, chuyên "
 "viên) hoặc Ban Tuyên giáo Tỉnh đoàn (đ/c Đỗ Văn Khánh, Phó Trưởng ban) để phối hợp giải quyết./.",
 f"TM. BAN THƯỜNG VỤ TỈNH ĐOÀN{T}KT. GIÁM ĐỐC",
 f"PHÓ BÍ THƯ{T}PHÓ GIÁM ĐỐC",
 f"{T}",
 f"(Đã ký){T}(Đã ký)",
 f"{T}",
 f"Nguyễn Thu Hà{T}Hoàng Minh Tuấn",
 "",
 "Nơi nhận:",
 "- Ban Tuyên giáo Trung ương Đoàn (b/c);",
 "- UBND tỉnh (b/c);",
 "- Sở Thông tin và Truyền thông;",
 "- Lãnh đạo Sở VHTTDL;",
 "- Thường trực Tỉnh đoàn;",
 "- UBND các huyện, thành, thị;",
 "- Các huyện, thành, thị đoàn, đoàn trực thuộc;",
 "- Lưu: VT Sở VHTTDL, VT Tỉnh đoàn.",
]


def build():
    text = "\n".join(LINES) + "\n"
    (STAGE / f"{NAME}.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    (HERE / f"{NAME}.source.txt").write_text(text, encoding="utf-8")
    print("wrote", STAGE / f"{NAME}.txt")


if __name__ == "__main__":
    build()
