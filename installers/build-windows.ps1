# Builds the Mediadesk app-image and .msi on Windows into desktop\target\jpackage\dist\, signed
# when the environment names a certificate. Written for Windows; NOT run on Windows yet (see
# installers\README.md). Extra arguments go to Maven.
#
#   MEDIADESK_WIN_CERT_SHA1   thumbprint of a code-signing certificate in the user's store; set =>
#                             signtool signs the launchers before the .msi is made, then the .msi
#   MEDIADESK_WIN_TIMESTAMP   RFC 3161 timestamp server (default http://timestamp.digicert.com)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
Set-Location $root

function Require($cmd, $hint) {
  if (-not (Get-Command $cmd -ErrorAction SilentlyContinue)) { throw "$cmd not found: $hint" }
}
Require 'jpackage' 'install a JDK 17+ (e.g. Temurin 17) and put its bin\ on PATH'
Require 'mvn' 'install Maven 3.8+ and put its bin\ on PATH'
# JDK 17's jpackage drives WiX 3 (candle.exe, light.exe); WiX 4+ is understood from JDK 21.0.3/22.
Require 'candle.exe' 'install WiX Toolset 3.14 (https://wixtoolset.org) and put its bin\ on PATH'
Require 'light.exe' 'install WiX Toolset 3.14 and put its bin\ on PATH'

# 1. Maven: filtered argument files, the class path, the jlinked runtime and the app-image; the
#    .msi only when nothing needs signing.
$sign = -not [string]::IsNullOrEmpty($env:MEDIADESK_WIN_CERT_SHA1)
$mvnArgs = @('-B', '-q', '-Ppackage', '-pl', 'desktop', '-am', 'package', '-DskipTests')
if ($sign) { $mvnArgs += '-Djpackage.installer.skip=true' }
& mvn @mvnArgs @args
if ($LASTEXITCODE -ne 0) { throw "the Maven build failed" }
Set-Location 'desktop\target\jpackage'

# 2. Signed: the launchers inside the app-image first (the .msi copies them), then the .msi.
if ($sign) {
  Require 'signtool.exe' 'install the Windows SDK signing tools'
  $ts = if ($env:MEDIADESK_WIN_TIMESTAMP) { $env:MEDIADESK_WIN_TIMESTAMP } else { 'http://timestamp.digicert.com' }
  $signArgs = @('sign', '/sha1', $env:MEDIADESK_WIN_CERT_SHA1, '/fd', 'sha256', '/tr', $ts, '/td', 'sha256')
  Get-ChildItem 'dist\Mediadesk\*.exe' | ForEach-Object { & signtool.exe @signArgs $_.FullName; if ($LASTEXITCODE -ne 0) { throw "signtool failed on $_" } }
  & jpackage '@installer.args' '@windows/msi.args'
  if ($LASTEXITCODE -ne 0) { throw "jpackage --type msi failed" }
  Get-ChildItem 'dist\*.msi' | ForEach-Object { & signtool.exe @signArgs $_.FullName; if ($LASTEXITCODE -ne 0) { throw "signtool failed on $_" } }
} else {
  Write-Host 'build-windows: MEDIADESK_WIN_CERT_SHA1 not set: unsigned .msi (SmartScreen will warn)'
}
Get-ChildItem 'dist'
