"""Objection role-play: scenarios, the reply checker, the buyer state machine, the scorecard and the history.

Engine only: no UI or CLI code. Typical use::

    session = RoleplaySession.start("de-price-energy", difficulty="medium", hints=True)
    print(session.opening.text)
    result = session.reply("Danke für die Offenheit. Was genau lässt das Angebot zu teuer wirken?")
    card = session.end()
"""

from coach.roleplay.checker import ReplyCheck, check_reply
from coach.roleplay.history import HistoryStore
from coach.roleplay.scenarios import Scenario, get_scenario, load_scenarios, scenario_library
from coach.roleplay.scorecard import Scorecard
from coach.roleplay.session import ReplyChunk, ReplyResult, RoleplayResult, RoleplaySession, start
from coach.roleplay.techniques import classify_reply

__all__ = [
    "HistoryStore",
    "ReplyCheck",
    "ReplyChunk",
    "ReplyResult",
    "RoleplayResult",
    "RoleplaySession",
    "Scenario",
    "Scorecard",
    "check_reply",
    "classify_reply",
    "get_scenario",
    "load_scenarios",
    "scenario_library",
    "start",
]
