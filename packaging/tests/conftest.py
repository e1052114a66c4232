"""packaging/tests: the release recipes' logic that Linux can run (`make dist-test` runs
them with build/lint-venv, see packaging/tests/requirements.txt)."""

import sys
from pathlib import Path

# The modules under test are packaging/*.py, imported the way the spec imports them.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
