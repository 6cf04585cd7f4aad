"""``python -m search`` runs the ``webinar-search`` command line."""

from .cli import main

main()
