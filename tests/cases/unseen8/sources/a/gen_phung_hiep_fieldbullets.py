"""Plan 4 (layout: district plan in plain UTF-8 text with field bullets): UBND huyện Phụng Hiệp (Hậu Giang), ASEAN 2024.

Each task is a numbered line ('1. Tuyên truyền trên hệ thống thông tin cơ sở') followed by field bullets in the
district clerk's habit: '- Nội dung: …' then '+ Chủ trì: …' / '+ Phối hợp: …' / '+ Thời gian: …' (one task has no
'+ Phối hợp' line). The header's two columns are laid side by side with runs of spaces, the signature block sits
beside the 'Nơi nhận' list, and the province is named only in the preamble ('Ủy ban nhân dân tỉnh Hậu Giang').
The document text is written by hand in sources/<NAME>.source.txt; this script only copies it to ../<NAME>.txt."""
import shutil
from pathlib import Path
HERE = Path(__file__).parent
NAME = "hau-giang_phung-hiep_86-KH-UBND_2024_asean-fieldbullets"
shutil.copyfile(HERE / f"{NAME}.source.txt", HERE.parent / f"{NAME}.txt")
print("wrote", NAME)
