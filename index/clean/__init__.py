"""The clean wing: a news page's HTML in, an :class:`~index.model.Article` out.

:func:`clean_html` runs the cascade documented in :mod:`index.clean.cleaner`; each stage is
a module of its own (decode, tree, meta, dates, pagination, blocks, body, paragraphs,
noise), and :mod:`index.clean.charsets` decodes bytes with a declared charset for the
crawler and the WARC reader too. This wing imports only the core (``index.model``,
``index.resources``...), never another wing: see ``docs/ARCHITECTURE.md``.
"""

from .cleaner import MAX_PAGE_BYTES, clean_html

__all__ = ["MAX_PAGE_BYTES", "clean_html"]
