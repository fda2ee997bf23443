"""The meeting date of an e-mail thread (the recap replied to) and of a minutes title that names a committee."""

from __future__ import annotations

from datetime import date

from coach.minutes import draft_minutes

THREAD = """From: Ruth Bauer <ruth.bauer@hollin.example>
To: Sam Ode <sam@vendo.example>
Date: Fri, 12 Mar 2027 09:10
Subject: Re: Recap of today's decision meeting

Sam, thanks. Confirmed from our side.

Ruth

On Wed, 10 Mar 2027 at 17:05, Sam Ode <sam@vendo.example> wrote:
> Hi Ruth, recap of today's meeting: yes to the rollout.
> Sam to send the order form by Friday.
"""

TITLE = """MILLBROOK TENANTS ASSOCIATION
Minutes of the Finance Committee, 3 February 2027, 6pm, Hall B

Present: Ada Wren (Chair), Luis Peral (Treasurer)
Decision: the committee approved the new ledger tool.
"""


def test_a_reply_thread_dates_the_meeting_by_the_recap() -> None:
    result = draft_minutes(THREAD)
    assert result.meeting_date == date(2027, 3, 10)
    assert result.send_by == date(2027, 3, 11)


def test_a_committee_named_in_the_title_line_does_not_hide_its_date() -> None:
    assert draft_minutes(TITLE).meeting_date == date(2027, 2, 3)
