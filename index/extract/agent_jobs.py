"""The job of an agent named after a list word: "dipandu oleh Kepala Program Studi X yaitu
Ibu A", "laporan oleh ketua panitia yakni A".

After "oleh"/"by" the agent may be given by their job first, then named after "yaitu",
"yakni", "adalah" or a colon: the name spells out who holds that job, the way a list after
a role noun spells out who the noun is. The slot reader starts the list after the list word
and so leaves the job behind; here it goes to the one person named. A role noun there is
the programme's role, not a job ("oleh moderator yaitu A").
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import position_words, role_nouns

from .people_2_positions import position_before

_AGENT_JOB = re.compile(r"\s*(?P<agent>(?:[a-z]+\s+){0,4}?(?:oleh|by)\s+)?"
                        r"(?P<job>[^,;:.]{3,120}?)\s*,?\s*(?:yaitu|yakni|adalah|ialah|namely)\s*:?\s*$")


@lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    return position_words() - role_nouns()


def agent_job(lead: str, agent: bool) -> str | None:
    """The job in ``lead`` (the text from a cue to the one person it names), when the lead
    is an agent phrase whose object is a job and a list word ends it. ``agent``: the cue
    itself ends in the agent word ("dipandu oleh")."""
    if not agent and "oleh" not in lead and "by" not in lead:
        return None  # (the necessary word, before the pattern)
    found = _AGENT_JOB.match(lead)
    if found is None or not (agent or found.group("agent")):
        return None
    job = found.group("job")
    words = job.split()
    if words[0].casefold() not in _offices() or position_before(job + " ") != job:
        return None
    return job
