"""Objection role-play: scenarios, the reply checker, the buyer state machine, the scorecard and the history.

Engine only: no UI or CLI code. Typical use::

    session = RoleplaySession.start("de-price-energy", difficulty="medium", hints=True)
    print(session.opening.text)
    result = session.reply("Danke für die Offenheit. Was genau lässt das Angebot zu teuer wirken?")
    card = session.end()
"""

from coach.lazy import lazy_exports

_EXPORTS = {
    "ReplyCheck": "checker",
    "check_reply": "checker",
    "HistoryStore": "history",
    "Scenario": "scenarios",
    "get_scenario": "scenarios",
    "load_scenarios": "scenarios",
    "scenario_library": "scenarios",
    "Scorecard": "scorecard",
    "ReplyChunk": "session",
    "ReplyResult": "session",
    "RoleplayResult": "session",
    "RoleplaySession": "session",
    "start": "session",
    "classify_reply": "techniques",
}
__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports(__name__, _EXPORTS)
