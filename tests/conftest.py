"""Shared test configuration.

Under CI (the CI variable set) property tests run derandomized, so a submission's result
does not depend on which random examples a run happens to draw; locally they explore new
examples every run.
"""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
