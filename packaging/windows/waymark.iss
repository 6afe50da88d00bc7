; Inno Setup script for Waymark on Windows. UNTESTED HERE (written on Linux; see packaging/README.md).
;
; Build the one-folder bundle first, on Windows, from the checkout:
;     .venv\Scripts\python scripts\translations.py build
;     .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build packaging\waymark.spec
; then compile this script (Inno Setup 6):
;     iscc /DAppVersion=0.1.0 packaging\windows\waymark.iss
; which writes dist\waymark-0.1.0-windows-x64-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{5B0E7C1A-8E2F-4C39-9A57-57594D4B0001}
AppName=Waymark
AppVersion={#AppVersion}
AppPublisher=Waymark
DefaultDirName={autopf}\Waymark
DefaultGroupName=Waymark
; Per user by default (no administrator rights needed); the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=waymark-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\resources\icons\waymark.ico
UninstallDisplayIcon={app}\waymark.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Explorer re-reads the file association after install and uninstall.
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\Waymark\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\resources\icons\application-x-waymark.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\Waymark"; Filename: "{app}\waymark.exe"
Name: "{group}\{cm:UninstallProgram,Waymark}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Waymark"; Filename: "{app}\waymark.exe"; Tasks: desktopicon

[Registry]
; .waymark -> Waymark.Project, opened by "waymark.exe FILE", with the file type's own icon.
; HKA is HKCU for a per-user install and HKLM for all users; uninsdeletekey removes each again.
Root: HKA; Subkey: "Software\Classes\.waymark"; ValueType: string; ValueName: ""; ValueData: "Waymark.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.waymark"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-waymark"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.waymark\OpenWithProgids"; ValueType: string; ValueName: "Waymark.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Waymark.Project"; ValueType: string; ValueName: ""; ValueData: "Waymark project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Waymark.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\application-x-waymark.ico"",0"
Root: HKA; Subkey: "Software\Classes\Waymark.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\waymark.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\waymark.exe\SupportedTypes"; ValueType: string; ValueName: ".waymark"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\waymark.exe"; Description: "{cm:LaunchProgram,Waymark}"; Flags: nowait postinstall skipifsilent
