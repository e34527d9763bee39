"""A spaCy pipeline component that marks agencies with planparse's gazetteer.

    import spacy, planparse.spacy
    nlp = spacy.blank("vi")          # or "xx"; any pipeline
    nlp.add_pipe("planparse_agencies")
    doc = nlp("Sở Văn hóa Thể thao và Du lịch chủ trì …")
    [(e.text, e.label_, e.kb_id_) for e in doc.ents]   # kb_id_ is the canonical name

For people who already work in spaCy; ``planparse.parse`` does not need it.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .extract.agencies import find_all


@Language.factory("planparse_agencies", default_config={"label": "ORG"})
def make_agency_marker(nlp: Language, name: str, label: str):
    return AgencyMarker(label)


class AgencyMarker:
    def __init__(self, label: str = "ORG") -> None:
        self.label = label

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for s, e, agency in find_all(doc.text):
            sp = doc.char_span(s, e, label=self.label, kb_id=agency.name, alignment_mode="expand")
            if sp is not None:
                spans.append(Span(doc, sp.start, sp.end, label=self.label, kb_id=agency.name))
        doc.ents = filter_spans(list(doc.ents) + spans)
        return doc
