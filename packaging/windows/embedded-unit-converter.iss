; Inno Setup 6 script: the Windows installer for Embedded Unit Converter.
;
;   ISCC -DAppVersion=0.1.0 packaging\windows\embedded-unit-converter.iss
;
; (ISCC takes "-" and "/" switches alike; from Git Bash only "-" works, as bash turns an
; argument that starts with "/" into a path.)
; packaging/build.sh runs it after PyInstaller, passing the version of the project's
; package (the same one the app reports), with the onedir bundle in dist\ and the icon in
; build\icons\. The result is dist\embedded-unit-converter-VERSION-windows-x64-setup.exe.
;
; Installs per user, without administrator rights (into %LOCALAPPDATA%\Programs), unless
; the person chooses "install for all users" in the dialog; adds a Start menu entry, an
; optional desktop shortcut, and an uninstaller listed in Settings > Apps.

#ifndef AppVersion
  #error Pass the version: ISCC -DAppVersion=X.Y.Z embedded-unit-converter.iss
#endif
#define AppName "Embedded Unit Converter"
#define AppExe "embedded-unit-converter.exe"
#define RepoRoot "..\.."

[Setup]
; The AppId identifies the app to upgrades and the uninstaller: never change it.
AppId={{E018602C-A131-48A5-A946-103FDB577EB1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Embedded Unit Converter maintainers
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#RepoRoot}\dist
OutputBaseFilename=embedded-unit-converter-{#AppVersion}-windows-x64-setup
SetupIconFile={#RepoRoot}\build\icons\embedded-unit-converter.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#RepoRoot}\dist\embedded-unit-converter\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python may leave compiled caches next to the bundle; the folder is the app's alone.
Type: filesandordirs; Name: "{app}\_internal"
