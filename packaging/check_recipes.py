"""Cross-file checks of the release recipes that cannot be run on Linux (packaging/test.sh).

The Windows and macOS builds happen only in .github/workflows/release.yml. What can be
checked here is that the pieces agree with each other: file names the workflow, build.sh,
the Inno Setup script and the spec expect of one another, the Inno Setup directives the
installer's promises rest on (per-user, Start menu, uninstaller, project version), and
that each matrix job builds, tests and uploads its installers; and, as actionlint would,
shellcheck on the workflow's `run:` scripts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml  # from yamllint's dependencies

ROOT = Path(__file__).resolve().parent.parent
problems: list[str] = []


def expect(condition: bool, message: str) -> None:
    if not condition:
        problems.append(message)


def inno_setup() -> None:
    iss = (ROOT / "packaging/windows/embedded-unit-converter.iss").read_text("utf-8")
    sections = dict(re.findall(r"^\[(\w+)\]\s*$(.*?)(?=^\[|\Z)", iss, re.M | re.S))
    setup = dict(re.findall(r"^(\w+)=(.*)$", sections.get("Setup", ""), re.M))
    for section in ("Setup", "Files", "Icons", "Languages"):
        expect(section in sections, f".iss: no [{section}] section")
    expect(setup.get("PrivilegesRequired") == "lowest", ".iss: must install without admin rights")
    expect(setup.get("AppVersion") == "{#AppVersion}", ".iss: AppVersion must come from /DAppVersion")
    expect("#error" in iss, ".iss: must refuse to build without /DAppVersion")
    expect(re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup.get("AppId", "")),
           ".iss: AppId must be a fixed GUID")
    expect(setup.get("Uninstallable", "yes") != "no", ".iss: must have an uninstaller")
    expect("{autopf}" in setup.get("DefaultDirName", ""), ".iss: per-user/all-users dir via {autopf}")
    expect("{autoprograms}" in sections.get("Icons", ""), ".iss: no Start menu entry")
    expect(setup.get("SetupIconFile", "").endswith(r"build\icons\embedded-unit-converter.ico"),
           ".iss: SetupIconFile is not the .ico packaging/icons.py writes")
    expect(r"dist\embedded-unit-converter\*" in sections.get("Files", ""),
           ".iss: [Files] does not take the onedir bundle")
    build_sh = (ROOT / "packaging/build.sh").read_text("utf-8")
    expect("$APP-$VERSION-windows-x64-setup.exe" in build_sh and
           setup.get("OutputBaseFilename") == "embedded-unit-converter-{#AppVersion}-windows-x64-setup",
           ".iss OutputBaseFilename and build.sh disagree on the installer's name")
    expect("/DAppVersion=$VERSION" in build_sh, "build.sh does not pass the version to ISCC")


def spec_and_icons() -> None:
    spec = (ROOT / "packaging/embedded-unit-converter.spec").read_text("utf-8")
    icons = (ROOT / "packaging/icons.py").read_text("utf-8")
    expect('NAME = "embedded-unit-converter"' in icons, "icons.py: unexpected icon name")
    for suffix in (".ico", ".icns"):
        expect(f'f"{{APP_NAME}}{suffix}"' in spec, f"spec: does not use the {suffix} icons.py writes")
    expect("BUNDLE(" in spec and "bundle_identifier=BUNDLE_ID" in spec, "spec: no macOS .app")
    metainfo = (ROOT / "packaging/linux/io.github.EmbeddedUnitConverter.metainfo.xml").read_text("utf-8")
    expect('BUNDLE_ID = "io.github.EmbeddedUnitConverter"' in spec and
           "<id>io.github.EmbeddedUnitConverter</id>" in metainfo,
           "the macOS bundle id and the AppStream id differ")
    dmg = (ROOT / "packaging/macos/make-dmg.sh").read_text("utf-8")
    expect("hdiutil create" in dmg and "/Applications" in dmg, "make-dmg.sh: no drag-to-Applications .dmg")
    expect('"Embedded Unit Converter.app"' in (ROOT / "packaging/build.sh").read_text("utf-8")
           or "Embedded Unit Converter.app" in (ROOT / "packaging/build.sh").read_text("utf-8"),
           "build.sh does not hand the .app to make-dmg.sh")


def workflow() -> None:
    flow = yaml.safe_load((ROOT / ".github/workflows/release.yml").read_text("utf-8"))
    triggers = flow.get(True, flow.get("on", {}))  # PyYAML reads `on` as True
    expect("tags" in triggers.get("push", {}), "workflow: not triggered by version tags")
    build = flow["jobs"]["build"]
    oses = [entry["os"] for entry in build["strategy"]["matrix"]["include"]]
    for family in ("ubuntu", "windows", "macos"):
        expect(any(o.startswith(family) for o in oses), f"workflow: no {family} in the matrix")
    runs = "\n".join(step.get("run", "") for step in build["steps"])
    expect("bash packaging/build.sh" in runs, "workflow: does not run packaging/build.sh")
    expect("bash packaging/test.sh" in runs, "workflow: does not run packaging/test.sh")
    expect("--self-test" in runs, "workflow: does not self-test the Windows/macOS builds")
    uses = [step.get("uses", "") for job in flow["jobs"].values() for step in job["steps"]]
    expect(any(u.startswith("actions/upload-artifact") for u in uses), "workflow: uploads nothing")
    artifacts = " ".join(entry["artifacts"] for entry in build["strategy"]["matrix"]["include"])
    for pattern in ("*.deb", "*.tar.gz", "*-setup.exe", "*.dmg"):
        expect(pattern in artifacts, f"workflow: {pattern} is not uploaded")
    for path in re.findall(r"packaging/[\w./-]+\.(?:sh|iss|py|spec)", runs):
        expect((ROOT / path).is_file(), f"workflow: {path} does not exist")


def workflow_scripts() -> None:
    """What actionlint would do for `run:` blocks: shellcheck them (all run under bash)."""
    if not shutil.which("shellcheck"):
        print("check_recipes: no shellcheck here, workflow scripts not checked")
        return
    flow = yaml.safe_load((ROOT / ".github/workflows/release.yml").read_text("utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        for job_name, job in flow["jobs"].items():
            for number, step in enumerate(job["steps"]):
                if "run" not in step:
                    continue
                # ${{ ... }} is substituted by GitHub before bash sees the script.
                body = re.sub(r"\$\{\{.*?\}\}", "EXPRESSION", step["run"])
                script = Path(tmp) / f"{job_name}-{number}.sh"
                script.write_text("#!/usr/bin/env bash\nset -eo pipefail\n" + body)
                result = subprocess.run(["shellcheck", "-S", "warning", str(script)],
                                        capture_output=True, text=True)
                expect(result.returncode == 0,
                       f"workflow: step {step.get('name', number)!r} of job {job_name}:\n{result.stdout}")


inno_setup()
spec_and_icons()
workflow()
workflow_scripts()
for problem in problems:
    print("problem:", problem)
print(f"check_recipes: {'ok' if not problems else f'{len(problems)} problem(s)'}")
sys.exit(1 if problems else 0)
