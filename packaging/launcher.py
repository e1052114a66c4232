"""Entry point of the standalone bundle: the same main() as the installed
`embedded-unit-converter` command (pyproject's [project.gui-scripts])."""

import os
import sys

# Started with an empty environment (a bare `env -i`, some launchers and cron), the C
# locale is ASCII-only; Qt then switches to C.UTF-8 anyway, with a warning. Say it first.
if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
    os.environ["LC_CTYPE"] = "C.UTF-8"

from embedded_unit_converter.gui import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
