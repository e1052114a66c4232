"""Cross-file checks of the release recipes that cannot be run on Linux (packaging/test.sh).

The Windows and macOS builds happen only in .github/workflows/release.yml. What can be
checked here is that the pieces agree with each other: file names the workflow, build.sh,
the Inno Setup script and the spec expect of one another, the Inno Setup directives the
installer's promises rest on (per-user, Start menu, uninstaller, project version), and
that each matrix job builds, tests and uploads its installers; and, as actionlint would,
shellcheck on the workflow's `run:` scripts. Also what broke or would break on the real
machines without anyone here noticing: switches of Windows programs that Git Bash would
turn into paths, runner images GitHub has retired, actions on a Node.js GitHub removes,
and the minimum macOS the Info.plist, the README and PySide6's wheels must agree on.

Run it as a script (packaging/test.sh does); packaging/tests/ imports its checks.
"""

from __future__ import annotations

import re
import shlex
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
    expect(setup.get("AppVersion") == "{#AppVersion}", ".iss: AppVersion must come from -DAppVersion")
    expect("#error" in iss, ".iss: must refuse to build without -DAppVersion")
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
    expect('"-DAppVersion=$VERSION"' in build_sh, "build.sh does not pass the version to ISCC")


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


# --- Git Bash's argument conversion --------------------------------------------------------
#
# Git for Windows' bash (`shell: bash` on GitHub's Windows runners, and what build.sh asks
# Windows users for) rewrites each argument that starts with "/" into a Windows path when it
# starts a Windows program (msys2-runtime, winsup/cygwin/msys2_path_conv.cc): `/Q` reaches
# the program as `Q:/`, `/DAppVersion=1.0` as `C:/Program Files/Git/DAppVersion=1.0`. So a
# Windows program's switches are written with "-" (ISCC, for one, takes both), or the call
# turns the conversion off (MSYS_NO_PATHCONV=1 or MSYS2_ARG_CONV_EXCL).

SWITCH = re.compile(r"/[A-Za-z?][\w+-]*(?:[=:].*)?")  # /Q, /VERYSILENT, /DAppVersion=1.0
POSIX_ROOTS = {"/tmp", "/usr", "/etc", "/dev", "/bin", "/opt", "/proc", "/home", "/mnt"}
CONVERSION_OFF = ("MSYS_NO_PATHCONV", "MSYS2_ARG_CONV_EXCL")
SEPARATORS = {";", ";;", "&", "&&", "|", "||", "(", ")", "!", "{", "}"}


def _logical_lines(script: str):
    """(line number, tokens) per shell command line: continuations joined, quotes that span
    lines followed, here-documents skipped."""
    lines = script.splitlines()
    i = 0
    while i < len(lines):
        start, text = i + 1, lines[i]
        i += 1
        while True:
            if text.endswith("\\") and i < len(lines):
                text, i = text[:-1] + " " + lines[i], i + 1
                continue
            try:
                lexer = shlex.shlex(text, posix=True, punctuation_chars=";&|()<>")
                lexer.whitespace_split = True
                tokens = list(lexer)
            except ValueError:  # a quote still open: the string goes on on the next line
                if i < len(lines):
                    text, i = text + "\n" + lines[i], i + 1
                    continue
                raise
            break
        heredoc = re.search(r"<<-?\s*['\"]?(\w+)", text)
        if heredoc:
            while i < len(lines) and lines[i].strip() != heredoc[1]:
                i += 1
            i += 1
        yield start, tokens


def unconverted_switches(script: str, conversion_off: bool = False) -> list[str]:
    """'line N: /X' for every switch-like argument Git Bash would turn into a path.
    conversion_off: the environment already turns the conversion off (a step's env:)."""
    found = []
    for number, tokens in _logical_lines(script):
        command: list[str] = []
        for token in tokens + [";"]:
            if token not in SEPARATORS:
                command.append(token)
                continue
            words = list(command)
            command = []
            protected = conversion_off
            while words and (re.match(r"\w+=", words[0]) or words[0] in ("env", "export")):
                protected = protected or words[0].split("=")[0] in CONVERSION_OFF
                if words[0] == "export" and any(w.split("=")[0] in CONVERSION_OFF for w in words[1:]):
                    conversion_off = True  # for the rest of the script
                words.pop(0)
            if protected:
                continue
            found += [f"line {number}: {word}" for word in words[1:]
                      if SWITCH.fullmatch(word) and word not in POSIX_ROOTS]
    return found


def windows_run_scripts() -> list[tuple[str, str, bool]]:
    """(where, script, conversion off by env:) for what Git Bash runs on Windows: build.sh and
    the workflow's steps in jobs that run on Windows, unless a step's `if:` names another OS."""
    scripts = [("packaging/build.sh", (ROOT / "packaging/build.sh").read_text("utf-8"), False)]
    flow = yaml.safe_load((ROOT / ".github/workflows/release.yml").read_text("utf-8"))
    off = lambda env: any(name in (env or {}) for name in CONVERSION_OFF)
    for job_name, job in flow["jobs"].items():
        matrix = job.get("strategy", {}).get("matrix", {})
        oses = [str(job.get("runs-on", ""))] + [str(e.get("os", "")) for e in matrix.get("include", [])]
        if not any("windows" in o for o in oses):
            continue
        for number, step in enumerate(job["steps"]):
            condition = str(step.get("if", ""))
            if "run" not in step or (("Linux" in condition or "macOS" in condition) and "Windows" not in condition):
                continue
            where = f"workflow job {job_name}, step {step.get('name', number)!r}"
            scripts.append((where, step["run"], off(flow.get("env")) or off(job.get("env")) or off(step.get("env"))))
    return scripts


def windows_switches() -> None:
    for where, script, conversion_off in windows_run_scripts():
        for hit in unconverted_switches(script, conversion_off):
            problems.append(f"{where}, {hit}: Git Bash passes this switch to the Windows program as a "
                            "path; write it with '-' or set MSYS2_ARG_CONV_EXCL='*' for that call")


# --- Runner images and actions -------------------------------------------------------------

# GitHub keeps the two newest versions of each OS; these labels no longer start a job (or
# stop doing so within the year: macos-14 in November 2026).
RETIRED_RUNNERS = {"ubuntu-18.04", "ubuntu-20.04", "windows-2016", "windows-2019", "macos-10.15",
                   "macos-11", "macos-12", "macos-13", "macos-14"}
# The first major version of each action that runs on Node.js 24 (its action.yml's
# `runs.using`); GitHub removes Node.js 20 from the runners in 2026.
NODE24_FROM = {"actions/checkout": 5, "actions/setup-python": 6, "actions/upload-artifact": 6,
               "actions/download-artifact": 7}


def runner_images() -> None:
    flow = yaml.safe_load((ROOT / ".github/workflows/release.yml").read_text("utf-8"))
    for job_name, job in flow["jobs"].items():
        labels = [job.get("runs-on", "")] + [e.get("os", "") for e in
                                             job.get("strategy", {}).get("matrix", {}).get("include", [])]
        for label in labels:
            if not isinstance(label, str) or "${{" in label or not label:
                continue
            expect(label not in RETIRED_RUNNERS, f"workflow job {job_name}: runner image {label} is retired")
            macos = re.fullmatch(r"macos-(\d+)", label)
            expect(not macos or int(macos[1]) >= 15,
                   f"workflow job {job_name}: {label}; the macOS job must run macOS 15 or newer, "
                   "the Gatekeeper the README describes")


def pinned_actions() -> None:
    text = (ROOT / ".github/workflows/release.yml").read_text("utf-8")
    for line in text.splitlines():
        use = re.match(r"\s*(?:-\s*)?uses:\s*([^@\s]+)@(\S+)\s*(?:#\s*(\S+))?", line)
        if not use:
            continue
        action, ref, version = use.groups()
        expect(re.fullmatch(r"[0-9a-f]{40}", ref) is not None,
               f"workflow: {action}@{ref} is not pinned by a full commit SHA")
        major = re.match(r"v(\d+)\.", version or "")
        expect(major is not None, f"workflow: {action}@{ref} has no '# vX.Y.Z' comment naming its tag")
        if major and action in NODE24_FROM:
            expect(int(major[1]) >= NODE24_FROM[action],
                   f"workflow: {action} {version} runs on Node.js 20; use v{NODE24_FROM[action]} or newer")
        elif action.startswith("actions/"):
            problems.append(f"workflow: {action}: add the first major on Node.js 24 to NODE24_FROM")


def macos_minimum() -> None:
    """The minimum macOS: the spec's MACOS_MINIMUM, written into Info.plist, noted as the
    PySide6 wheel tag of the pinned version, and stated in the README, all agree."""
    spec = (ROOT / "packaging/embedded-unit-converter.spec").read_text("utf-8")
    readme = (ROOT / "README.md").read_text("utf-8")
    pins = dict(re.findall(r"^([\w-]+)==(\S+)", (ROOT / "packaging/requirements-dist.txt").read_text("utf-8"), re.M))
    minimum = re.search(r'^MACOS_MINIMUM = "(\d+)\.(\d+)"', spec, re.M)
    expect(minimum is not None, "spec: no MACOS_MINIMUM")
    if not minimum:
        return
    expect('"LSMinimumSystemVersion": MACOS_MINIMUM' in spec, "spec: Info.plist lacks LSMinimumSystemVersion")
    tag = re.search(r"wheel tag macosx_(\d+)_(\d+)_\w+ for the pinned ([\w.]+)", spec)
    expect(tag is not None and tag.group(3) == pins.get("PySide6-Essentials"),
           "spec: MACOS_MINIMUM's note names another PySide6-Essentials than requirements-dist.txt pins; "
           "look up that wheel's macosx tag and update MACOS_MINIMUM, the note and the README")
    expect(tag is not None and tag.group(1, 2) == minimum.group(1, 2),
           "spec: MACOS_MINIMUM differs from the PySide6 wheel tag noted beside it")
    shown = minimum[1] if minimum[2] == "0" else f"{minimum[1]}.{minimum[2]}"
    install = readme.split("## Download and install", 1)[-1].split("\n## ", 1)[0]
    install = re.sub(r"\s+", " ", install)
    expect(re.search(rf"\*\*macOS\*\* {re.escape(shown)}\b", install) is not None,
           f"README: the macOS entry of 'Download and install' does not say macOS {shown}")
    expect("Open Anyway" in install and "Privacy & Security" in install,
           "README: since macOS 15 an unnotarised app opens via Privacy & Security > Open Anyway")
    for sentence in re.split(r"(?<=[.!?)])\s+", install):
        expect(not re.search(r"control-click|right-click", sentence, re.I) or "no longer" in sentence,
               "README: Control-click > Open no longer passes Gatekeeper since macOS 15")
    flow = (ROOT / ".github/workflows/release.yml").read_text("utf-8")
    expect(f"LSMinimumSystemVersion raw \"$bundle/Contents/Info.plist\")\" = {minimum[1]}.{minimum[2]}" in flow,
           "workflow: the macOS job does not check Info.plist's LSMinimumSystemVersion")


def flaky_steps() -> None:
    """hdiutil fails now and then with 'Resource busy' on GitHub's macOS runners
    (actions/runner-images#7522): each create and detach goes through a retry."""
    dmg = (ROOT / "packaging/macos/make-dmg.sh").read_text("utf-8")
    flow = (ROOT / ".github/workflows/release.yml").read_text("utf-8")
    for where, text in (("make-dmg.sh", dmg), ("workflow", flow)):
        for line in text.splitlines():
            if re.search(r"\bhdiutil (create|detach)\b", line) and not line.lstrip().startswith("#"):
                expect(re.search(r"\bretry\b", line) is not None, f"{where}: '{line.strip()}' is not retried")
    expect("QT_QPA_FONTDIR" in flow and "screenshot_text.py" in flow,
           "workflow: the Windows screenshot must be taken with fonts (QT_QPA_FONTDIR) and checked for text")


def main() -> int:
    inno_setup()
    spec_and_icons()
    workflow()
    workflow_scripts()
    windows_switches()
    runner_images()
    pinned_actions()
    macos_minimum()
    flaky_steps()
    for problem in problems:
        print("problem:", problem)
    print(f"check_recipes: {'ok' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
