# Build Hadir's one-folder bundle on Windows (the twin of build_spec/build.sh):
#   dist\hadir\hadir.exe       the window (no console window)
#   dist\hadir\hadir-cli.exe   the same program for a terminal: hadir-cli --version, hadir-cli demo ...
#   dist\hadir-VERSION-windows-x64.zip   the folder in one file, to hand out
#
#   powershell -ExecutionPolicy Bypass -File build_spec\build.ps1 [-Python py] [-Test]
#
# Needs Python 3.11+ (python.org installer, "py" launcher) and internet access for pip.
# -Test then runs the smoke test (tests\bundle, marker "bundle") against dist\hadir.
param(
    [string]$Python = $(if ($env:PYTHON) { $env:PYTHON } else { "py" }),
    [string]$Venv = $(if ($env:HADIR_BUILD_VENV) { $env:HADIR_BUILD_VENV } else { "build\venv" }),
    [switch]$Test
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed (exit code $LASTEXITCODE)" }
}

$VenvPython = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VenvPython)) {
    if ($Python -eq "py") { Invoke-Checked "py" @("-3.11", "-m", "venv", $Venv) }
    else { Invoke-Checked $Python @("-m", "venv", $Venv) }
}
Invoke-Checked $VenvPython @("-m", "pip", "install", "-q", "--upgrade", "pip")
# setuptools reuses build\lib between builds: a module deleted from the source would live on there.
Remove-Item -Recurse -Force "build\lib", "build\bdist.*" -ErrorAction SilentlyContinue
# The project itself (not editable): the bundle ships its installed metadata, so --version is right.
Invoke-Checked $VenvPython @("-m", "pip", "install", "-q", ".", "pyinstaller>=6.10,<7")

# .qm files are build products (gitignored): compile them with this venv's lrelease.
Invoke-Checked $VenvPython @("scripts\build_translations.py")

Remove-Item -Recurse -Force "dist\hadir" -ErrorAction SilentlyContinue
Invoke-Checked $VenvPython @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "build_spec\hadir.spec")

$Version = (& $VenvPython -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
$Zip = "dist\hadir-$Version-windows-x64.zip"
Remove-Item "dist\hadir-*-windows-*.zip" -ErrorAction SilentlyContinue
Compress-Archive -Path "dist\hadir" -DestinationPath $Zip

$Bytes = (Get-ChildItem "dist\hadir" -Recurse -File | Measure-Object -Property Length -Sum).Sum
Write-Host ("Built dist\hadir\ ({0:N0} MB): hadir.exe (window), hadir-cli.exe (terminal)" -f ($Bytes / 1MB))
Write-Host ("      $Zip ({0:N0} MB)" -f ((Get-Item $Zip).Length / 1MB))

if ($Test) {
    Invoke-Checked $VenvPython @("-m", "pip", "install", "-q", "pytest")
    Invoke-Checked $VenvPython @("-m", "pytest", "-m", "bundle", "tests\bundle", "-p", "no:cacheprovider", "-q", "-rs")
}
