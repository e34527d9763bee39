# Thị trấn Mỹ Xuyên (huyện Mỹ Xuyên, Sóc Trăng), UBND thị trấn: a commune-level plan as plain UTF-8 text, hard-wrapped
# at 76 columns; task headings on their own lines by the clerk's editor (agency names break over line ends). Set 15 wording: "X (chủ trì), Y (phối
# hợp)" with a civil servant's position as a role ("Công chức Văn hóa - Xã hội"), "X chủ trì, phối hợp Y", "Đề nghị
# Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn phối hợp với các đoàn thể (…)", "Ban Nhân dân các khóm"; times
# "03 buổi/tuần", "tháng 7-8/2020", "hoàn thành trước ngày 05/8/2020", "tháng 9/2020", report "trước ngày
# 25/11/2020"; NO funding statement at all. Text hand-written.
import sys, textwrap; sys.path.insert(0, '.')
from common import *
N = 'soc-trang_my-xuyen_45-KH-UBND_2020_asean-commune'
head = '''ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THỊ TRẤN MỸ XUYÊN                          Độc lập - Tự do - Hạnh phúc

Số: 45/KH-UBND                      Mỹ Xuyên, ngày 06 tháng 7 năm 2020

                                KẾ HOẠCH
      Tuyên truyền về ASEAN năm 2020 trên địa bàn thị trấn Mỹ Xuyên
'''
paras = [
 ('p', 'Thực hiện Kế hoạch số 112/KH-UBND ngày 22/6/2020 của Ủy ban nhân dân huyện Mỹ Xuyên về tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện, Ủy ban nhân dân thị trấn Mỹ Xuyên xây dựng Kế hoạch thực hiện như sau:'),
 ('h', 'I. MỤC ĐÍCH, YÊU CẦU'),
 ('p', '- Giúp cán bộ, đảng viên và Nhân dân trên địa bàn thị trấn hiểu biết về Cộng đồng ASEAN, về năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020.'),
 ('p', '- Tuyên truyền phải thiết thực, phù hợp với điều kiện của thị trấn, có đông đồng bào dân tộc Khmer, Hoa sinh sống; sử dụng song ngữ Việt - Khmer khi cần thiết.'),
 ('h', 'II. NỘI DUNG TUYÊN TRUYỀN'),
 ('p', '- Khái quát về ASEAN: quá trình hình thành, phát triển, 3 trụ cột của Cộng đồng ASEAN; đất nước, con người các nước ASEAN.'),
 ('p', '- Năm Chủ tịch ASEAN 2020 với chủ đề “Gắn kết và chủ động thích ứng”; kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020).'),
 ('p', '- Cơ hội, thách thức đối với người dân, hộ kinh doanh khi Việt Nam hội nhập sâu rộng vào Cộng đồng ASEAN.'),
 ('h', 'III. HÌNH THỨC VÀ PHÂN CÔNG THỰC HIỆN'),
 ('p', '1. Tuyên truyền trên Đài Truyền thanh thị trấn: Đài Truyền thanh thị trấn (chủ trì), Công chức Văn hóa - Xã hội (phối hợp) biên tập, phát tin, bài về ASEAN, năm Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN; tiếp âm các chương trình về ASEAN của Đài Tiếng nói Việt Nam. Thời lượng: 03 buổi/tuần trong tháng 7-8/2020.'),
 ('p', '2. Tuyên truyền trực quan: Ban Văn hóa - Thông tin thị trấn chủ trì, phối hợp Ban Nhân dân các khóm treo băng rôn, khẩu hiệu tại trụ sở Ủy ban nhân dân thị trấn, chợ Mỹ Xuyên và các tuyến đường chính; hoàn thành trước ngày 05/8/2020 để tuyên truyền dịp kỷ niệm Ngày thành lập ASEAN (08/8).'),
 ('p', '3. Lồng ghép trong sinh hoạt đoàn thể: Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn phối hợp với các đoàn thể (Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh thị trấn) lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt chi hội, tổ hội, họp dân ở các khóm; chia sẻ tin, bài lên các nhóm Zalo của khóm.'),
 ('p', '4. Tuyên truyền đến hộ kinh doanh, tiểu thương: Ban Quản lý chợ thị trấn chủ trì, phối hợp Hội Liên hiệp Phụ nữ thị trấn phổ biến đến hộ kinh doanh, tiểu thương về cơ hội kinh doanh, bán hàng qua thương mại điện tử khi hàng hóa các nước ASEAN vào thị trường trong nước.'),
 ('p', '5. Tuyên truyền trong nhà trường: Trường THCS thị trấn Mỹ Xuyên lồng ghép giới thiệu về ASEAN trong hoạt động ngoại khóa, sinh hoạt dưới cờ đầu năm học 2020 - 2021. Thời gian: tháng 9/2020.'),
 ('p', '6. Giới thiệu văn hóa, đặc sản địa phương: Công chức Văn hóa - Xã hội phối hợp với Đài Truyền thanh thị trấn giới thiệu văn hóa dân tộc Khmer, lễ hội Oóc Om Bóc, các món ăn đặc sản (bún nước lèo, bánh pía) đến du khách trong và ngoài nước.'),
 ('h', 'IV. TỔ CHỨC THỰC HIỆN'),
 ('p', '1. Công chức Văn hóa - Xã hội là đầu mối theo dõi, hướng dẫn các ngành, các khóm thực hiện Kế hoạch; tổng hợp, báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 25/11/2020.'),
 ('p', '2. Ban Nhân dân các khóm phối hợp tuyên truyền đến từng hộ gia đình; phản ánh kịp thời ý kiến của Nhân dân về Ủy ban nhân dân thị trấn.'),
 ('p', '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn và các đoàn thể chính trị - xã hội thị trấn phối hợp thực hiện tốt Kế hoạch này.'),
 ('p', 'Trên đây là Kế hoạch tuyên truyền về ASEAN năm 2020 trên địa bàn thị trấn Mỹ Xuyên./.'),
]
out = [head]
import re
for kind, t in paras:
    m = re.match(r'(\d\. [^:]+): (.*)', t)
    if kind == 'p' and m and ('Tuyên truyền' in m.group(1) or 'Lồng ghép' in m.group(1) or 'Giới thiệu' in m.group(1)):
        out.append(m.group(1)); t = m.group(2)
    out.append(textwrap.fill(t, 76, break_long_words=False, break_on_hyphens=False) if kind == 'p' else t)
    out.append('')
out.append('''Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
- Phòng VH&TT huyện (b/c);                       CHỦ TỊCH
- TT Đảng ủy, TT HĐND thị trấn;
- UBMTTQVN và các đoàn thể thị trấn;               (Đã ký)
- Ban Nhân dân các khóm;
- Lưu: VT.                                      Lâm Văn Sơn
''')
txt = '\n'.join(out)
open(f'{STAGE}/{N}.txt', 'w', encoding='utf-8').write(txt)
open(f'{N}.extracted.txt', 'w').write(txt)
print(txt.count('\n'), 'lines')
