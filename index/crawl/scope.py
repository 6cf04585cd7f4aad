"""Which URLs a crawl may follow: the seeds' sites by default, narrowed by options.

- **Sites.** A link is followed when its host (``host[:port]``, without ``www.``) is the
  host of a seed, or is named directly by a seed that is a sitemap or a feed (a feed served
  from a feed host lists the news site's URLs), or is where a seed redirected to.
- ``prefixes``: only URLs that start with one of these (instead of the site rule).
- ``include`` / ``exclude``: regular expressions searched in the URL; with ``include`` a URL
  must match one, and it must match no ``exclude``.
- Links to files that are never pages (images, PDFs, archives: ``index/data/
  nonhtml_extensions.txt``) are not requested at all.

Seeds are always fetched (the user named them). Sitemaps listed by a sitemap index are held
to the site rule only, so ``--prefix https://site/berita/`` still reads the site's sitemaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from index.errors import InputError
from index.resources import word_set

from .urlnorm import clean_url, path_extension, site_of

OTHER_SITE = "out of scope (other site)"
NO_PREFIX = "out of scope (--prefix)"
NOT_INCLUDED = "out of scope (--include)"
EXCLUDED = "out of scope (--exclude)"
NON_HTML = "non-HTML link"


def _compile(patterns: Iterable[str], option: str) -> list[re.Pattern[str]]:
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise InputError(f"{option} {pattern!r}: not a valid regular expression ({exc})") \
                from None
    return compiled


class Scope:
    """The crawl's boundary (see the module doc)."""

    def __init__(self, seeds: Iterable[str], *, prefixes: Iterable[str] = (),
                 include: Iterable[str] = (), exclude: Iterable[str] = ()) -> None:
        self.sites = {site_of(seed) for seed in seeds}
        cleaned = []
        for prefix in prefixes:
            url = clean_url(prefix)
            if url is None:
                raise InputError(f"--prefix {prefix!r}: not an http(s) URL")
            # "http://host" (no path) is meant as a string prefix, not as "http://host/".
            cleaned.append(url.rstrip("/") if not urlsplit(prefix).path else url)
        self.prefixes = tuple(cleaned)
        self.include = _compile(include, "--include")
        self.exclude = _compile(exclude, "--exclude")
        self._skip_extensions = word_set("nonhtml_extensions.txt")

    def add_site_of(self, url: str) -> None:
        """Let links to the site of ``url`` in (a site named by a seed sitemap or feed)."""
        self.sites.add(site_of(url))

    def listing_reason(self, url: str) -> str | None:
        """Why a sitemap named by a sitemap index is out of scope, or ``None``."""
        return None if site_of(url) in self.sites else OTHER_SITE

    def page_reason(self, url: str) -> str | None:
        """Why a page link is not followed, or ``None`` when it is in scope."""
        if self.prefixes:
            if not url.startswith(self.prefixes):
                return NO_PREFIX
        elif site_of(url) not in self.sites:
            return OTHER_SITE
        if self.include and not any(p.search(url) for p in self.include):
            return NOT_INCLUDED
        if any(p.search(url) for p in self.exclude):
            return EXCLUDED
        if path_extension(url) in self._skip_extensions:
            return NON_HTML
        return None
