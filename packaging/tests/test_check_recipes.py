"""packaging/check_recipes.py: that its checks catch what they are for, on small scripts, and
that the project's recipes pass them."""

import check_recipes
from check_recipes import unconverted_switches


def test_slash_switches_of_windows_programs_are_caught():
    # The ISCC call build.sh made: both switches reach ISCC as paths under Git Bash.
    script = 'ISCC=iscc\n"$ISCC" /Q "/DAppVersion=$VERSION" packaging/windows/app.iss\n'
    assert unconverted_switches(script) == ["line 2: /Q", "line 2: /DAppVersion=$VERSION"]
    assert unconverted_switches('setup.exe /VERYSILENT /SUPPRESSMSGBOXES && echo done') == [
        "line 1: /VERYSILENT", "line 1: /SUPPRESSMSGBOXES"]
    # Continued lines are one command, reported at the line it starts on.
    assert unconverted_switches('echo start\ntimeout 120 \\\n    "$app" /S\n') == ["line 2: /S"]


def test_dash_switches_and_paths_pass():
    assert unconverted_switches('"$ISCC" -Q "-DAppVersion=$VERSION" packaging/windows/app.iss') == []
    assert unconverted_switches('[ -x "/c/Program Files (x86)/Inno Setup 6/ISCC.exe" ] || x >/dev/null') == []
    assert unconverted_switches('ls /usr/lib /tmp 2>/dev/null | sed "s/^/  /"') == []


def test_switches_are_fine_where_the_conversion_is_off():
    assert unconverted_switches('MSYS2_ARG_CONV_EXCL="*" "$ISCC" /Q app.iss') == []
    assert unconverted_switches('MSYS_NO_PATHCONV=1 setup.exe /VERYSILENT') == []
    assert unconverted_switches('setup.exe /VERYSILENT', conversion_off=True) == []
    # export turns it off for what follows, not for what came before.
    script = 'a.exe /X\nexport MSYS_NO_PATHCONV=1  # keep switches\nb.exe /Y\n'
    assert unconverted_switches(script) == ["line 1: /X"]
    # A prefix assignment covers its own command only.
    assert unconverted_switches('MSYS_NO_PATHCONV=1 a.exe /X; b.exe /Y') == ["line 1: /Y"]


def test_the_windows_scripts_are_found_and_pass():
    scripts = check_recipes.windows_run_scripts()
    wheres = [where for where, script, off in scripts]
    assert "packaging/build.sh" in wheres
    # The installer test (which passes /VERYSILENT) is among the scripts looked at.
    assert any("/VERYSILENT" in script for where, script, off in scripts)
    # The Linux- and macOS-only steps are not.
    assert not any("dpkg" in script or "hdiutil" in script for where, script, off in scripts[1:])
    assert [(where, hit) for where, script, off in scripts for hit in unconverted_switches(script, off)] == []


def test_the_project_recipes_pass_every_check(capsys):
    assert check_recipes.main() == 0, capsys.readouterr().out
