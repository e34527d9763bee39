"""Plan 4 (layout: MARKDOWN CONTENT FILE OF A STATIC-SITE GENERATOR (Hugo, goldmark)).

Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi, ASEAN 2024 (1160/QĐ-TTg; the province's plan 32/KH-UBND).
YAML front matter (title, date, slug, categories, tags, toc); the header block as hard-broken lines (two trailing
spaces); `#` only on the document type; `##` carries the Roman parts and `###` the Arabic items (labels kept in the
heading text, as the site's TOC shows them); task fields as goldmark DEFINITION LISTS (`Chủ trì` on one line, `: value`
on the next); a Hugo shortcode for the attachment at the end.
Writes ../<NAME>.md (UTF-8, LF). The file itself is the reference text for the gold."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE

NAME = "quang-ngai_1425-KH-SVHTTDL_2024_asean-hugomd"


def task(n, title, fields):
    out = [f"### {n}. {title}", ""]
    for k, v in fields:
        out += [k, f": {v}", ""]
    return "\n".join(out)


TEXT = "\n".join([
"---",
'title: "Kế hoạch thông tin tuyên truyền về ASEAN năm 2024"',
"date: 2024-04-02T09:15:00+07:00",
"draft: false",
'slug: "ke-hoach-1425-kh-svhttdl-thong-tin-tuyen-truyen-ve-asean-nam-2024"',
'categories: ["Văn bản chỉ đạo, điều hành"]',
'tags: ["ASEAN", "tuyên truyền", "kế hoạch"]',
"toc: true",
"---",
"",
"UBND TỈNH QUẢNG NGÃI  ",
"**SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH**  ",
"Số: 1425/KH-SVHTTDL",
"",
"**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ",
"**Độc lập - Tự do - Hạnh phúc**  ",
"*Quảng Ngãi, ngày 02 tháng 4 năm 2024*",
"",
"# KẾ HOẠCH",
"",
"**Thông tin tuyên truyền về ASEAN năm 2024**",
"",
"Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ ban hành Chương trình hành động thông tin tuyên "
"truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;",
"",
"Thực hiện Kế hoạch số 32/KH-UBND ngày 22/02/2024 của UBND tỉnh Quảng Ngãi về thông tin tuyên truyền về ASEAN năm 2024;",
"",
"Xét đề nghị của Trưởng phòng Quản lý Văn hóa, Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch thông tin tuyên truyền về "
"ASEAN năm 2024 như sau:",
"",
"## I. MỤC ĐÍCH, YÊU CẦU",
"",
"### 1. Mục đích",
"",
"- Tuyên truyền sâu rộng về Cộng đồng ASEAN theo chủ đề năm ASEAN 2024 \"ASEAN: Tăng cường kết nối và khả năng tự cường\"; "
"góp phần hình thành cảm nhận thuộc về một cộng đồng chung trong cán bộ, viên chức, người lao động của ngành và Nhân dân trong tỉnh.",
"- Quảng bá hình ảnh, con người, văn hóa, du lịch Quảng Ngãi đến bạn bè, du khách các nước ASEAN.",
"",
"### 2. Yêu cầu",
"",
"- Các hoạt động thông tin tuyên truyền phải thiết thực, gắn với các sự kiện văn hóa, thể thao, du lịch của tỉnh năm 2024; "
"tăng cường công tác phối hợp thông tin giữa các phòng, đơn vị thuộc Sở với các cơ quan báo chí.",
"",
"## II. NHIỆM VỤ VÀ HOẠT ĐỘNG CỤ THỂ",
"",
task(1, "Trang trí, cổ động trực quan nhân Ngày thành lập ASEAN", [
 ("Nội dung", "Treo cờ ASEAN cùng Quốc kỳ tại trụ sở Sở và các đơn vị trực thuộc; thực hiện pa nô, áp phích, băng rôn điện tử "
              "trên màn hình LED tại Quảng trường Phạm Văn Đồng nhân kỷ niệm 57 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2024)."),
 ("Chủ trì", "Trung tâm Văn hóa tỉnh"),
 ("Phối hợp", "Văn phòng Sở; Phòng Quản lý Văn hóa"),
 ("Thời gian", "Từ ngày 01/8 đến ngày 10/8/2024")]),
task(2, "Triển lãm ảnh \"Bản sắc Cộng đồng ASEAN\"", [
 ("Nội dung", "Tổ chức triển lãm ảnh giới thiệu nét tương đồng văn hóa, bản sắc Cộng đồng ASEAN và hình ảnh đất nước, con người "
              "Quảng Ngãi tại Bảo tàng Tổng hợp tỉnh."),
 ("Chủ trì", "Bảo tàng Tổng hợp tỉnh"),
 ("Phối hợp", "Hội Văn học Nghệ thuật tỉnh"),
 ("Thời gian", "Tháng 8/2024")]),
task(3, "Giao lưu văn hóa, thể thao với các nước ASEAN", [
 ("Nội dung", "Phối hợp đón, tổ chức biểu diễn cho các đoàn nghệ thuật các nước ASEAN đến giao lưu tại tỉnh; hỗ trợ vận động "
              "viên của tỉnh tham gia các giải thể thao khu vực Đông Nam Á."),
 ("Chủ trì", "Phòng Quản lý Văn hóa; Phòng Quản lý Thể dục thể thao"),
 ("Phối hợp", "Trung tâm Văn hóa tỉnh; Trung tâm Huấn luyện và Thi đấu thể thao tỉnh"),
 ("Thời gian", "Năm 2024")]),
task(4, "Quảng bá du lịch Quảng Ngãi tới thị trường ASEAN", [
 ("Nội dung", "Giới thiệu tiềm năng, thế mạnh du lịch của tỉnh (đảo Lý Sơn, Khu chứng tích Sơn Mỹ, biển Mỹ Khê) tại các hội "
              "chợ, hội nghị xúc tiến du lịch có sự tham gia của các nước ASEAN; xây dựng video quảng bá có phụ đề tiếng Anh "
              "đăng trên mạng xã hội."),
 ("Chủ trì", "Trung tâm Thông tin Xúc tiến Du lịch"),
 ("Phối hợp", "Phòng Quản lý Du lịch; Hiệp hội Du lịch tỉnh"),
 ("Thời gian", "Quý III - Quý IV/2024")]),
task(5, "Duy trì Góc ASEAN và tổ chức cuộc thi tìm hiểu về ASEAN", [
 ("Nội dung", "Duy trì Góc ASEAN tại Thư viện tỉnh; tổ chức cuộc thi tìm hiểu về ASEAN dành cho học sinh, sinh viên trên địa "
              "bàn tỉnh bằng hình thức trực tuyến."),
 ("Chủ trì", "Thư viện tỉnh"),
 ("Phối hợp", "Sở Giáo dục và Đào tạo; Tỉnh Đoàn"),
 ("Thời gian", "Tháng 9 - tháng 11/2024")]),
task(6, "Thông tin trên Trang thông tin điện tử của Sở", [
 ("Nội dung", "Đăng tải tin, bài, hình ảnh về các hoạt động văn hóa, thể thao, du lịch gắn với ASEAN, kể cả những câu chuyện "
              "thực tiễn về giao lưu văn hóa Việt Nam - ASEAN, trên Trang thông tin điện tử và Fanpage của Sở."),
 ("Chủ trì", "Văn phòng Sở"),
 ("Thời gian", "Thường xuyên")]),
"## III. KINH PHÍ",
"",
"Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Sở Văn hóa, Thể thao và Du lịch năm 2024 và các nguồn xã hội hóa "
"hợp pháp. Tổng kinh phí dự kiến: 185.000.000 đồng (Một trăm tám mươi lăm triệu đồng).",
"",
"## IV. TỔ CHỨC THỰC HIỆN",
"",
"### 1. Phòng Quản lý Văn hóa",
"",
"- Là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch.",
"- Tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 30/11/2024.",
"",
"### 2. Phòng Kế hoạch - Tài chính",
"",
"- Tham mưu Giám đốc Sở bố trí kinh phí thực hiện Kế hoạch.",
"",
"### 3. Các phòng, đơn vị thuộc Sở",
"",
"- Căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết và tổ chức thực hiện; báo cáo kết quả về Phòng Quản lý Văn hóa "
"trước ngày 20/11/2024.",
"",
"Trên đây là Kế hoạch thông tin tuyên truyền về ASEAN năm 2024 của Sở Văn hóa, Thể thao và Du lịch; đề nghị các phòng, "
"đơn vị nghiêm túc triển khai thực hiện./.",
"",
"**Nơi nhận:**",
"",
"- UBND tỉnh (b/c);",
"- Sở Thông tin và Truyền thông;",
"- Giám đốc, các PGĐ Sở;",
"- Các phòng, đơn vị thuộc Sở;",
"- Lưu: VT, QLVH.",
"",
"**KT. GIÁM ĐỐC**  ",
"**PHÓ GIÁM ĐỐC**",
"",
"*(Đã ký)*",
"",
"**Võ Thị Thanh Nhàn**",
"",
'{{< file-download path="/uploads/2024/04/1425-KH-SVHTTDL.pdf" title="Tải về văn bản (PDF)" >}}',
"",
])


def main():
    (STAGE / f"{NAME}.md").write_text(TEXT, encoding="utf-8")
    print("wrote", STAGE / f"{NAME}.md")


if __name__ == "__main__":
    main()
