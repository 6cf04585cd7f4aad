"""The web UI: a read-only Flask app over :class:`search.SearchIndex`.

It imports the ``search`` package only (the library's public API), never ``index``.

``create_app(test_config)`` builds the app; nothing is bound at import time. Modules, one
job each:

- :mod:`webui.app`         - the factory: blueprints, language choice, security headers
- :mod:`webui.state`       - the shared lazily opened index and request limits
- :mod:`webui.links`       - links that keep the page state (language, parameters)
- :mod:`webui.params`      - query-string validation (all UI state lives in the URL)
- :mod:`webui.queries`     - what each page asks the library (shared by page and JSON twin)
- :mod:`webui.views`       - HTML pages; :mod:`webui.api` - their JSON twins
- :mod:`webui.search_page` - facets, filter chips and pagination of the results page
- :mod:`webui.overview`    - aggregate counts for the overview charts, cached per generation
- :mod:`webui.charts`      - server-rendered SVG bar and column charts
- :mod:`webui.i18n`        - Indonesian/English strings (``data/strings.json``) and formats
- :mod:`webui.errors`      - one JSON error shape, friendly 4xx/5xx pages
"""

from .app import create_app

__all__ = ["create_app"]
