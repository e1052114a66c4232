"""The spec's trimming (packaging/bundle_trim.py) on the layouts of the platforms this
machine cannot build: a macOS .app's Qt frameworks, as PyInstaller's own code lays them out,
and Windows' Qt6*.dll; Linux's shared libraries too, which the real build also exercises."""

import os
from pathlib import Path

import pytest

import bundle_trim

# PyInstaller's framework handling, the code the macOS build runs (importable on Linux
# with macholib installed).
osxutils = pytest.importorskip("PyInstaller.utils.osx")

QT_LIB = "PySide6/Qt/lib"

# Which library each binary links to, by file name (what bindepend.get_imports reports,
# e.g. '@rpath/QtCore.framework/Versions/A/QtCore').
MACOS_LINKS = {
    "QtGui": ["QtCore"],
    "QtQml": ["QtCore"],
    "QtQuick": ["QtQml", "QtGui", "QtCore"],
    "QtQuickControls2": ["QtQuick"],
    "QtQuick3D": ["QtQuick", "QtShaderTools"],  # its QML plugin was filtered out by the spec
    "QtShaderTools": ["QtGui"],
    "QtCore": [],
    "QtCore.abi3.so": ["QtCore"],
    "QtQuick.abi3.so": ["QtQuick", "QtQml", "QtGui", "QtCore"],
    "libqcocoa.dylib": ["QtGui", "QtCore"],
    "libqtquick2plugin.dylib": ["QtQuick"],
    "libqtquickcontrols2plugin.dylib": ["QtQuickControls2"],
    "Python": [],
}
KEPT_FRAMEWORKS = ["QtCore", "QtGui", "QtQml", "QtQuick", "QtQuickControls2"]
PRUNED_FRAMEWORKS = ["QtQuick3D", "QtShaderTools"]


def imports_from(table):
    return lambda src: ["@rpath/%s.framework/Versions/A/%s" % (n, n) for n in table[Path(src).name]]


def make_file(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xcf\xfa\xed\xfe" + path.name.encode())
    return str(path)


def macos_analysis(src: Path):
    """The TOC PyInstaller's Analysis hands the spec on macOS, built by its own code from a
    site-packages tree laid out like PySide6's macOS wheel (no links in wheels: Info.plist in
    the framework's top-level Resources/, or in Versions/A/Resources/)."""
    toc = []
    for index, name in enumerate(KEPT_FRAMEWORKS + PRUNED_FRAMEWORKS):
        framework = src / QT_LIB / f"{name}.framework"
        binary = f"{QT_LIB}/{name}.framework/Versions/A/{name}"
        toc.append((binary, make_file(src / binary), "BINARY"))
        plist = framework / ("Resources" if index % 2 else "Versions/A/Resources") / "Info.plist"
        make_file(plist)
        # bindepend: a link in the top-level folder to each library collected elsewhere.
        toc.append((name, binary, "SYMLINK"))
    for dest, kind in [("PySide6/QtCore.abi3.so", "EXTENSION"), ("PySide6/QtQuick.abi3.so", "EXTENSION"),
                       ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "BINARY"),
                       ("PySide6/Qt/qml/QtQuick/libqtquick2plugin.dylib", "BINARY"),
                       ("PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.dylib", "BINARY")]:
        toc.append((dest, make_file(src / dest), kind))
    toc.append(("PySide6/Qt/qml/QtQuick/qmldir", make_file(src / "PySide6/Qt/qml/QtQuick/qmldir"), "DATA"))
    # Python itself, from python.org's framework build (Analysis.__init__).
    python = src / "Python.framework/Versions/3.11/Python"
    make_file(python)
    make_file(src / "Python.framework/Versions/3.11/Resources/Info.plist")
    toc += [("Python.framework/Versions/3.11/Python", str(python), "BINARY"),
            ("Python", "Python.framework/Versions/3.11/Python", "SYMLINK")]
    # What Analysis.assemble does on macOS: Info.plist collected, Versions/Current and the
    # framework's top-level links made.
    toc = osxutils.collect_files_from_framework_bundles(toc)
    binaries = [e for e in toc if e[2] in ("BINARY", "EXTENSION")]
    datas = [e for e in toc if e[2] not in ("BINARY", "EXTENSION")]
    return binaries, datas


def trim_as_the_spec_does(binaries, datas, imports_of, platform):
    before = binaries
    binaries = bundle_trim.reachable_libraries(binaries, imports_of, platform)
    datas = bundle_trim.outside(datas, bundle_trim.removed_frameworks(before, binaries))
    dangling = bundle_trim.dangling_symlinks(binaries + datas)
    return bundle_trim.without(binaries, dangling), bundle_trim.without(datas, dangling)


def write_bundle(toc, root: Path):
    """What COLLECT does with the TOC: copy the files, make the links (relative targets)."""
    for dest, src, kind in sorted(toc, key=lambda e: e[2] == "SYMLINK"):
        path = root / dest
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "SYMLINK":
            os.symlink(src, path)
        else:
            path.write_bytes(Path(src).read_bytes())


@pytest.fixture
def mac_bundle(tmp_path):
    binaries, datas = macos_analysis(tmp_path / "site-packages")
    binaries, datas = trim_as_the_spec_does(binaries, datas, imports_from(MACOS_LINKS), "darwin")
    root = tmp_path / "bundle"
    write_bundle(binaries + datas, root)
    return root


@pytest.mark.parametrize("name", KEPT_FRAMEWORKS)
def test_kept_qt_frameworks_have_the_structure_codesign_requires(mac_bundle, name):
    framework = mac_bundle / QT_LIB / f"{name}.framework"
    binary = framework / "Versions/A" / name
    assert binary.is_file() and not binary.is_symlink()
    assert (framework / "Versions/A/Resources/Info.plist").is_file()
    current = framework / "Versions/Current"
    assert current.is_symlink() and os.readlink(current) == "A"
    # The framework's top level holds only links into Versions/Current, and they resolve.
    top = framework / name
    assert top.is_symlink() and os.readlink(top) == f"Versions/Current/{name}"
    assert top.resolve() == binary.resolve()
    resources = framework / "Resources"
    assert resources.is_symlink() and os.readlink(resources) == "Versions/Current/Resources"
    assert (resources / "Info.plist").is_file()
    assert sorted(p.name for p in framework.iterdir()) == sorted([name, "Resources", "Versions"])
    assert all((framework / p).is_symlink() for p in (name, "Resources"))
    # And the bundle's top-level link PyInstaller's library path rewriting relies on.
    assert (mac_bundle / name).resolve() == binary.resolve()


@pytest.mark.parametrize("name", PRUNED_FRAMEWORKS)
def test_qt_frameworks_nothing_links_to_go_whole(mac_bundle, name):
    assert not (mac_bundle / QT_LIB / f"{name}.framework").exists()
    assert not os.path.lexists(mac_bundle / name)


def test_mac_bundle_has_no_dangling_links_and_keeps_python(mac_bundle):
    links = [p for p in mac_bundle.rglob("*") if p.is_symlink()]
    assert len(links) > 3 * len(KEPT_FRAMEWORKS)
    assert [str(p) for p in links if not p.exists()] == []
    assert (mac_bundle / "Python").resolve() == (mac_bundle / "Python.framework/Versions/3.11/Python").resolve()
    assert os.readlink(mac_bundle / "Python.framework/Versions/Current") == "3.11"
    for root in ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "PySide6/QtCore.abi3.so",
                 "PySide6/Qt/qml/QtQuick/libqtquick2plugin.dylib"):
        assert (mac_bundle / root).is_file()


def test_links_through_links_and_to_folders_are_kept():
    fw = "Lib/QtCore.framework"
    toc = [(f"{fw}/Versions/A/QtCore", "/src/QtCore", "BINARY"),
           (f"{fw}/Versions/A/Resources/Info.plist", "/src/Info.plist", "DATA"),
           (f"{fw}/Versions/Current", "A", "SYMLINK"),
           (f"{fw}/QtCore", "Versions/Current/QtCore", "SYMLINK"),
           (f"{fw}/Resources", "Versions/Current/Resources", "SYMLINK"),
           ("QtCore", f"{fw}/Versions/A/QtCore", "SYMLINK"),
           ("libgone.so.6", "Lib/libgone.so.6", "SYMLINK"),              # target trimmed away
           (f"{fw}/Headers", "Versions/Current/Headers", "SYMLINK"),    # folder that is not there
           ("outside", "../etc/passwd", "SYMLINK"),                     # leaves the bundle
           ("loop-a", "loop-b", "SYMLINK"), ("loop-b", "loop-a", "SYMLINK"),
           ("via-gone", "libgone.so.6", "SYMLINK")]                     # through a dropped link
    assert bundle_trim.dangling_symlinks(toc) == {
        "libgone.so.6", f"{fw}/Headers", "outside", "loop-a", "loop-b", "via-gone"}


def test_windows_qt_dlls_nothing_links_to_are_pruned():
    # PySide6's Windows wheel: Qt's DLLs beside the bindings; PyInstaller's dests use "\\".
    binaries = [(dest.replace("/", "\\"), f"C:/sp/{dest}", "BINARY") for dest in [
        "PySide6/Qt6Core.dll", "PySide6/Qt6Gui.dll", "PySide6/Qt6Quick.dll", "PySide6/Qt6Qml.dll",
        "PySide6/Qt6Quick3D.dll", "PySide6/Qt6ShaderTools.dll", "PySide6/Qt6Pdf.dll",
        "PySide6/QtCore.pyd", "PySide6/pyside6.abi3.dll", "PySide6/opengl32sw.dll",
        "PySide6/d3dcompiler_47.dll", "python311.dll", "python3.dll",
        "PySide6/plugins/platforms/qwindows.dll", "PySide6/qml/QtQuick/qtquick2plugin.dll"]]
    links = {  # as dumpbin would list them: names in any case
        "QtCore.pyd": ["QT6CORE.dll", "pyside6.abi3.dll", "python3.dll"],
        "pyside6.abi3.dll": ["Qt6Core.dll"], "Qt6Gui.dll": ["Qt6Core.dll"],
        "Qt6Qml.dll": ["Qt6Core.dll"], "Qt6Quick.dll": ["Qt6Qml.dll", "Qt6Gui.dll"],
        "Qt6Quick3D.dll": ["Qt6Quick.dll", "Qt6ShaderTools.dll"], "Qt6ShaderTools.dll": ["Qt6Gui.dll"],
        "qwindows.dll": ["Qt6Gui.dll"], "qtquick2plugin.dll": ["qt6quick.dll"],
    }
    kept = bundle_trim.reachable_libraries(binaries, lambda src: links.get(Path(src).name, []), "win32")
    names = {dest.split("\\")[-1] for dest, src, kind in kept}
    assert {"Qt6Quick3D.dll", "Qt6ShaderTools.dll", "Qt6Pdf.dll"}.isdisjoint(names)
    assert names == {"Qt6Core.dll", "Qt6Gui.dll", "Qt6Quick.dll", "Qt6Qml.dll", "QtCore.pyd",
                     "pyside6.abi3.dll", "opengl32sw.dll", "d3dcompiler_47.dll", "python311.dll",
                     "python3.dll", "qwindows.dll", "qtquick2plugin.dll"}


def test_linux_libraries_nothing_links_to_are_pruned():
    binaries = [(dest, f"/sp/{dest}", "BINARY") for dest in [
        "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Quick3D.so.6",
        "PySide6/Qt/lib/libicudata.so.73", "PySide6/QtCore.abi3.so", "libpython3.11.so.1.0",
        "PySide6/Qt/plugins/platforms/libqxcb.so", "libstray.so.1"]]
    links = {"QtCore.abi3.so": ["libQt6Core.so.6"], "libQt6Core.so.6": ["libicudata.so.73"],
             "libQt6Quick3D.so.6": ["libQt6Core.so.6"], "libqxcb.so": ["libQt6Core.so.6"]}
    kept = bundle_trim.reachable_libraries(binaries, lambda src: links.get(Path(src).name, []), "linux")
    assert {Path(dest).name for dest, src, kind in kept} == {
        "libQt6Core.so.6", "libicudata.so.73", "QtCore.abi3.so", "libpython3.11.so.1.0", "libqxcb.so"}


@pytest.mark.parametrize("dest, platform, prunable", [
    ("PySide6\\Qt6Quick3D.dll", "win32", True),
    ("PySide6\\qt6pdf.dll", "win32", True),
    ("PySide6\\opengl32sw.dll", "win32", False),
    ("PySide6\\qml\\QtQuick3D\\Qt6Quick3Dplugin.dll", "win32", False),
    (f"{QT_LIB}/QtPdf.framework/Versions/A/QtPdf", "darwin", True),
    ("Python.framework/Versions/3.11/Python", "darwin", False),
    ("PySide6/libpyside6.abi3.6.11.dylib", "darwin", False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", "linux", True),
    ("PySide6/QtCore.abi3.so", "linux", False),
])
def test_what_may_be_pruned(dest, platform, prunable):
    assert bundle_trim.is_prunable_library(dest, platform) is prunable


def test_macos_minimum_is_the_highest_wheel_tag():
    assert bundle_trim.macos_minimum(["cp310-abi3-macosx_13_0_universal2"]) == "13.0"
    assert bundle_trim.macos_minimum(["cp310-abi3-macosx_11_0_arm64", "cp310-abi3-macosx_13_0_x86_64",
                                      "cp310-abi3-macosx_12_3_universal2"]) == "13.0"
    assert bundle_trim.macos_minimum(["cp310-abi3-manylinux_2_28_x86_64"]) is None
