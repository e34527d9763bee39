"""Re-check every gold quote against the source text AND the text extracted from each delivered document
(pdftotext + pdfplumber cells / python-docx paragraphs incl. table cells / HTML tag-strip + entity decoding /
raw Markdown with HTML tags stripped). Never imports or runs planparse."""
from common import verify
ok = all([verify('cao-bang_2316-KH-UBND_2019_asean-crossref', 'docx'),
          verify('lao-cai_bat-xat_145-KH-UBND_2022_asean-htmltable', 'md'),
          verify('ha-noi_soc-son_58-KH-UBND_2020_asean-fonttable', 'html'),
          verify('tien-giang_1245-KH-SCT_2022_asean-landscape', 'pdf')])
raise SystemExit(0 if ok else 1)
