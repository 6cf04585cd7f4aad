"""The web UI: a read-only Flask app over :class:`search.SearchIndex`.

It imports the ``search`` package only (the library's public API), never ``index``.

``create_app(test_config)`` builds the app; nothing is bound at import time. Modules, one
job each:

- :mod:`webui.app`         - the factory: blueprints, language choice, security headers
- :mod:`webui.state`       - the shared lazily opened index and request limits
- :mod:`webui.links`       - links that keep the page state (language, parameters), and the
                             parameters a page ignored (a shared link's ``fbclid``)
- :mod:`webui.params`      - query-string validation (all UI state lives in the URL)
- :mod:`webui.queries`     - what each page asks the library (shared by page and JSON twin)
- :mod:`webui.views`       - HTML pages; :mod:`webui.api` - their JSON twins
- :mod:`webui.search_page` - facets and filter chips of the results page
- :mod:`webui.paging`      - numbered page links (results, speaker index)
- :mod:`webui.overview`    - aggregate counts for the overview charts, cached per generation
- :mod:`webui.charts`      - bar lists and SVG time charts drawn per screen size
- :mod:`webui.timeline`    - counts per month grouped into as many columns as a chart fits
- :mod:`webui.i18n`        - Indonesian/English strings (``data/strings.json``), formats,
                             errors rendered in the reader's language, ``lang`` marks
- :mod:`webui.errors`      - one JSON error shape, friendly 4xx/5xx pages
- :mod:`webui.compression` - gzip for text responses, with ``Vary`` and ETags kept right
"""

from .app import create_app

__all__ = ["create_app"]
