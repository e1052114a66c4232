"""Runtime hook of the bundle (the spec's runtime_hooks; it runs before PyInstaller's own
hooks, the first of which already imports PySide6).

PySide6's SBK_EMBED switch, read when shiboken6 starts, deletes (1) or rewrites (0)
shiboken6/files.dir, where the bundle ships PySide6's support modules compiled
(packaging/shiboken_support.py): files of the installed app, not the user's to have
changed by a variable meant for PySide6's own developers."""

import os

os.environ.pop("SBK_EMBED", None)
