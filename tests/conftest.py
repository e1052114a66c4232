"""Shared test configuration.

Under CI (the CI variable set) property tests run derandomized, so a submission's result
does not depend on which random examples a run happens to draw; locally they explore new
examples every run.
"""

import os
import tempfile

from hypothesis import settings

# No test reads or writes the person's own data folder (downloaded rates, my.units): every
# test process, and every process it starts, gets an empty one of its own.
os.environ["EMBEDDED_UNIT_CONVERTER_DATA_DIR"] = tempfile.mkdtemp(prefix="euc-test-data-")

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
