"""The public contract: one pandera model per output table.

Every table under `output/<table>/` is validated against its model before it is written.
"""

from .actors import ActorMentions, Actors
from .dates import Dates
from .documents import Documents, SourceDocuments
from .events import Events
from .quotes import Quotes
from .rejects import Rejects
from .sentences import Sentences
from .stories import Stories, StoryEvents

MODELS = {
    "documents": Documents,
    "rejects": Rejects,
    "sentences": Sentences,
    "dates": Dates,
    "actors": Actors,
    "actor_mentions": ActorMentions,
    "quotes": Quotes,
    "events": Events,
    "stories": Stories,
    "story_events": StoryEvents,
}

# working tables that are not part of the public output
STAGED_MODELS = {"source_documents": SourceDocuments}

__all__ = [
    "MODELS",
    "STAGED_MODELS",
    "Documents",
    "SourceDocuments",
    "Rejects",
    "Sentences",
    "Dates",
    "Actors",
    "ActorMentions",
    "Quotes",
    "Events",
    "Stories",
    "StoryEvents",
]
