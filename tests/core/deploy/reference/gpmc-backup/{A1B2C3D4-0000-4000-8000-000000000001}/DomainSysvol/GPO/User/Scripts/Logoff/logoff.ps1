Write-Output 'reference logoff script'
