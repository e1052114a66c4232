"""packaging/shiboken_support.py: PySide6's support package, compiled for the bundle, is
imported from the bundle's shiboken6/files.dir without its sources and without writing."""

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import shiboken_support

MODULES = {
    "signature_bootstrap.py": "raise SystemExit('the bootstrap is not part of the package')\n",
    "shibokensupport/__init__.py": "",
    "shibokensupport/feature.py": "FEATURES = ('snake_case', 'true_property')\n",
    "shibokensupport/signature/__init__.py": "",
    "shibokensupport/signature/lib/__init__.py": "",
    "shibokensupport/signature/lib/tool.py": "def twice(x):\n    return 2 * x\n",
    "shibokensupport/signature/loader.py": (
        "from shibokensupport.feature import FEATURES\n"
        "from shibokensupport.signature.lib.tool import twice\n"
        "RESULT = (FEATURES, twice(21))\n"
        "def fail():\n    raise ValueError('from the loader')\n"),
    "shibokensupport/signature/notes.txt": "not a module\n",
}


def archive():
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        for name, text in MODULES.items():
            z.writestr(name, text)
    return zipfile.ZipFile(data)


def install(datas, bundle):
    """Copies the data entries to their folders, as PyInstaller lays out a bundle."""
    for source, folder in datas:
        target = bundle / folder
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)


def test_every_module_of_the_package_and_nothing_else_goes_to_files_dir(tmp_path):
    datas = shiboken_support.compile_package(archive(), tmp_path / "build")
    placed = sorted(str(Path(folder) / Path(source).name) for source, folder in datas)
    assert placed == [
        "shiboken6/files.dir/shibokensupport/__init__.pyc",
        "shiboken6/files.dir/shibokensupport/feature.pyc",
        "shiboken6/files.dir/shibokensupport/signature/__init__.pyc",
        "shiboken6/files.dir/shibokensupport/signature/lib/__init__.pyc",
        "shiboken6/files.dir/shibokensupport/signature/lib/tool.pyc",
        "shiboken6/files.dir/shibokensupport/signature/loader.pyc",
    ]


def test_the_compiled_package_imports_without_sources_from_a_read_only_folder(tmp_path):
    install(shiboken_support.compile_package(archive(), tmp_path / "build"), tmp_path / "bundle")
    files_dir = tmp_path / "bundle" / "shiboken6" / "files.dir"
    assert not list(files_dir.rglob("*.py"))
    for folder, _, _ in os.walk(files_dir):
        os.chmod(folder, 0o555)
    try:
        # What shiboken6's bootstrap does with files.dir: first on sys.path, then import.
        script = (
            "import sys; sys.path.insert(0, sys.argv[1])\n"
            "import shibokensupport.signature.loader as loader\n"
            "print(loader.RESULT, loader.__spec__.loader.__class__.__name__)\n"
            "try:\n    loader.fail()\n"
            "except ValueError:\n    import traceback; traceback.print_exc(file=sys.stdout)\n")
        run = subprocess.run([sys.executable, "-c", script, str(files_dir)],
                             capture_output=True, text=True, check=True)
    finally:
        for folder, _, _ in os.walk(files_dir):
            os.chmod(folder, 0o755)
    assert "(('snake_case', 'true_property'), 42) SourcelessFileLoader" in run.stdout
    # Tracebacks name the module as the archive does.
    assert 'File "shibokensupport/signature/loader.py"' in run.stdout
    assert not list(files_dir.rglob("__pycache__"))


def test_no_archive_found_means_nothing_to_compile(monkeypatch):
    monkeypatch.setitem(sys.modules, "shiboken6", type(sys)("shiboken6"))
    monkeypatch.setitem(sys.modules, "shibokensupport", type(sys)("shibokensupport"))
    assert shiboken_support.embedded_archive() is None
