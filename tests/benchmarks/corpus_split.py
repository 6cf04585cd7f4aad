"""The fixed blind/tune split of the shared labelled corpus, by site.

Figures on articles the rules were tuned on say little about writing the extractor has
never seen, so part of ``../shared/corpus`` is kept blind: nobody reads its disagreements
while changing the extractor, and its scores are quoted first. The split was fixed on
2026-12-06, before any extraction change of that round, by this rule:

- only the files no rule had been tuned on (``kominfo2``, ``campus``, ``agency``) are
  candidates; ``seed``, ``kominfo`` and ``other`` are always tuning data;
- a site that also appears in a tuning file stays on the tuning side (its house style
  was already seen);
- of the remaining sites, those whose SHA-256 of the registered name (lower case, without
  ``www.``/``amp.``/``m.``) starts with an even byte are blind.

:data:`BLIND_SITES` is the rule's result, frozen, so that adding files to the corpus later
never moves an article between the two sides.
"""

from __future__ import annotations

import hashlib

CANDIDATE_FILES = ("kominfo2", "campus", "agency")
TUNING_FILES = ("seed", "kominfo", "other")

BLIND_SITES = frozenset({
    "admpublik.fisip.undip.ac.id", "btm.co.id", "detikdata.com", "dinsos.magelangkota.go.id",
    "ditjenpkp.kemendesa.go.id", "fkip.um-surabaya.ac.id", "fkm.undip.ac.id", "grid.id",
    "indonesiatech.id", "infomakassar.net", "iseas.edu.sg", "jakartadaily.id",
    "jateng.antaranews.com", "kliksumatera.com", "malaysia.ppi.id", "mediapijar.com",
    "nasional.sindonews.com", "sriwijayamedia.com", "stmik-yadika.ac.id", "sunarpos.com",
    "surabaya.uph.edu", "tik.pnj.ac.id", "unitri.ac.id", "untar.ac.id", "wartaevent.com",
})


def registered_site(site: str) -> str:
    """``site`` lower-cased without the prefixes that name the same publisher."""
    site = (site or "").strip().lower()
    for prefix in ("www.", "amp.", "m."):
        if site.startswith(prefix):
            site = site[len(prefix):]
    return site


def rule_says_blind(site: str) -> bool:
    """The hash half of the rule (the frozen set is what the bench uses)."""
    return hashlib.sha256(registered_site(site).encode()).digest()[0] % 2 == 0


def is_blind(site: str) -> bool:
    """Whether an article of ``site`` belongs to the blind part."""
    return registered_site(site) in BLIND_SITES
