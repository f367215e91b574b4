# Signs Sourcedesk for Windows with signtool; run by cpack through SignStaged.cmake (the staged
# .exe and .dll files, before the MSI is built) and SignPackages.cmake (the .msi and .zip after).
#   sign-windows.ps1 -Path DIR_OR_FILE
# Environment: SOURCEDESK_SIGN_CERT (path to a .pfx code-signing certificate) and
# SOURCEDESK_SIGN_PASSWORD (its password); SOURCEDESK_SIGN_TIMESTAMP_URL overrides the RFC 3161
# time-stamp server. Without a certificate nothing is signed and the script succeeds.
param(
    [Parameter(Mandatory = $true)][string]$Path
)
$ErrorActionPreference = 'Stop'

$cert = $env:SOURCEDESK_SIGN_CERT
if ([string]::IsNullOrEmpty($cert)) {
    Write-Output 'signing skipped: no certificate configured (set SOURCEDESK_SIGN_CERT and SOURCEDESK_SIGN_PASSWORD)'
    exit 0
}
if (-not (Test-Path -LiteralPath $cert)) {
    Write-Error "SOURCEDESK_SIGN_CERT names no file: $cert"
    exit 1
}
$timestamp = $env:SOURCEDESK_SIGN_TIMESTAMP_URL
if ([string]::IsNullOrEmpty($timestamp)) { $timestamp = 'http://timestamp.digicert.com' }

# signtool comes with the Windows SDK; it is rarely on PATH, so look in the SDK's bin folders too.
$signtool = (Get-Command signtool.exe -ErrorAction SilentlyContinue).Source
if (-not $signtool) {
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" -ErrorAction SilentlyContinue |
        Sort-Object FullName -Descending | Select-Object -First 1 -ExpandProperty FullName
}
if (-not $signtool) {
    Write-Error 'signtool.exe not found: install the Windows SDK'
    exit 1
}

if (Test-Path -LiteralPath $Path -PathType Container) {
    $files = Get-ChildItem -LiteralPath $Path -Recurse -File -Include *.exe, *.dll
} else {
    $files = Get-Item -LiteralPath $Path
}
foreach ($file in $files) {
    if ($file.Extension -notin '.exe', '.dll', '.msi') {
        Write-Output "not signed (not .exe, .dll or .msi): $($file.FullName)"
        continue
    }
    # Qt's and the Visual C++ runtime's DLLs come signed by their publishers: keep those signatures.
    if ((Get-AuthenticodeSignature -LiteralPath $file.FullName).Status -eq 'Valid') {
        Write-Output "already signed: $($file.FullName)"
        continue
    }
    Write-Output "signing $($file.FullName)"
    $arguments = @('sign', '/f', $cert, '/fd', 'SHA256', '/tr', $timestamp, '/td', 'SHA256')
    if (-not [string]::IsNullOrEmpty($env:SOURCEDESK_SIGN_PASSWORD)) {
        $arguments += @('/p', $env:SOURCEDESK_SIGN_PASSWORD)
    }
    & $signtool @arguments $file.FullName
    if ($LASTEXITCODE -ne 0) {
        Write-Error "signtool failed ($LASTEXITCODE) on $($file.FullName)"
        exit 1
    }
}
exit 0
