"""``python -m embedded_unit_converter "5 ft 3 in" cm``."""

from .cli import main

raise SystemExit(main())
