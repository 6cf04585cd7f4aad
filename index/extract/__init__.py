"""The extract wing: an Article's prose in, the :class:`~index.model.Event` it reports out.

:func:`extract_event` (:mod:`index.extract.event`) runs the field extractors in order. The
people of the programme are read in seven steps whose module names show their order:
``people_1_runs`` (candidate names) -> ``people_2_positions`` (job titles around them) ->
``people_3_phrase`` (one person in a phrase) -> ``people_4_split`` (cutting a list into
pieces) -> ``people_5_assembly`` (reading the pieces as people) -> ``people_6_slots`` and
``people_6_frames`` (role cues of a sentence and their slots) -> ``people_7_merge`` (one
entry per person), driven by :mod:`index.extract.speakers`, which also reads
:mod:`index.extract.listings` (lists across sentences) and
:mod:`index.extract.reported_speech` (people seen only through what they said). Word lists
live in ``index/data/``.
"""

from .event import extract_event, reports_event

__all__ = ["extract_event", "reports_event"]
