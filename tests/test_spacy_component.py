"""planparse.spacy: the gazetteer as a spaCy pipeline component."""
import pytest


def test_agencies_marked_with_canonical_names():
    spacy = pytest.importorskip("spacy")
    import planparse.spacy  # noqa: F401 - registers the factory
    nlp = spacy.blank("xx")
    nlp.add_pipe("planparse_agencies")
    doc = nlp("Sở Văn hóa Thể thao và Du lịch chủ trì, phối hợp với UBND tỉnh và Ban Tuyên giáo Tỉnh ủy.")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        ("Sở Văn hóa Thể thao và Du lịch", "ORG", "Sở Văn hóa, Thể thao và Du lịch"),
        ("UBND tỉnh", "ORG", "Ủy ban nhân dân tỉnh"),
        ("Ban Tuyên giáo Tỉnh ủy", "ORG", "Ban Tuyên giáo Tỉnh ủy"),
    ]
