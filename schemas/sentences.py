import pandera.pandas as pa
from pandera.typing import Series

from ._types import INT, STRING


class Sentences(pa.DataFrameModel):
    """One row per sentence of each canonical document (spaCy segmentation; paragraph breaks always end a sentence)."""

    sentence_id: Series[STRING] = pa.Field(unique=True, description="`<doc_id>:<index>`, stable for the same text.")
    doc_id: Series[STRING] = pa.Field(description="Document the sentence belongs to (`documents.doc_id`).")
    index: Series[INT] = pa.Field(ge=0, description="Position of the sentence in the document, from 0.")
    paragraph: Series[INT] = pa.Field(ge=0, description="Position of the sentence's paragraph in the document, from 0.")
    start_char: Series[INT] = pa.Field(ge=0, description="Start offset into `documents.text`.")
    end_char: Series[INT] = pa.Field(ge=1, description="End offset (exclusive) into `documents.text`.")
    text: Series[STRING] = pa.Field(description="The sentence text, equal to `documents.text[start_char:end_char]`.")

    class Config:
        strict = True
        coerce = True
