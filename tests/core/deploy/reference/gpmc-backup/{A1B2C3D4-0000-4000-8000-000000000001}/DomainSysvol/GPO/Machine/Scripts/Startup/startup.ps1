Write-Output 'reference startup script'
