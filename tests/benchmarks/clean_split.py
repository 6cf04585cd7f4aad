"""The fixed blind/tune split of the cleaner's real-page benchmark (``bench/realhtml``), by site.

The realhtml pages carry per-page checks (first and last body sentence, noise strings) that
are easy to overfit: a rule written while looking at one site's failures says little about
a site nobody looked at. So part of the benchmark is blind: nobody prints its failures, its
per-page details or its cleaned text while changing the cleaner, and its figures are quoted
first. The split was fixed on 2026-12-07, before any cleaner change of that round, by this
rule:

- the site of a page is the ``site`` field of ``index.jsonl`` (the only host label every
  page has; some pages have no URL), lower-cased;
- a site whose SHA-256 of that name starts with an even byte is blind.

:data:`BLIND_SITES` is the rule's result, frozen, so that pages added to the benchmark later
never move an existing site between the two sides (a new site is placed by the rule).
The AEB set is not split here: it is a public benchmark whose other half is already kept
aside by the shared folder (see ``../shared/bench/README.md``).
"""

from __future__ import annotations

import hashlib

BLIND_SITES = frozenset({"antara", "kompas"})
TUNE_SITES = frozenset({"kapanlagi", "tempo"})
"""The rule's result on 2026-12-07 for the sites then in the benchmark."""


def site_key(site: str) -> str:
    """The page's ``site`` label as the rule reads it."""
    return (site or "").strip().lower()


def rule_says_blind(site: str) -> bool:
    """The hash rule itself (used for sites that were not in the benchmark when frozen)."""
    return hashlib.sha256(site_key(site).encode()).digest()[0] % 2 == 0


def is_blind(site: str) -> bool:
    """Whether the realhtml pages of ``site`` belong to the blind part."""
    key = site_key(site)
    if key in BLIND_SITES or key in TUNE_SITES:
        return key in BLIND_SITES
    return rule_says_blind(key)
