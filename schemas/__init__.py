"""The public contract: one pandera model per output table.

Every table under `output/<table>/` is validated against its model before it is written.
"""
from .actors import ActorMentions, Actors
from .dates import Dates
from .documents import Documents
from .events import Events
from .quotes import Quotes
from .rejects import Rejects
from .sentences import Sentences

MODELS = {
    "documents": Documents,
    "rejects": Rejects,
    "sentences": Sentences,
    "dates": Dates,
    "actors": Actors,
    "actor_mentions": ActorMentions,
    "quotes": Quotes,
    "events": Events,
}

__all__ = ["MODELS", "Documents", "Rejects", "Sentences", "Dates", "Actors", "ActorMentions", "Quotes", "Events"]
