@echo off
rem Ducha's command line on Windows: database administration, accounts, ledgers, demo data and every plugin's
rem commands. Run 'ducha-cli --help' for the commands. Same environment variables as ducha.cmd.
setlocal
call "%~dp0ducha-env.cmd" || exit /b 1
rem As in ducha-cli on Linux: a framework configuration of its own in the data folder, with the installation's
rem bundles.info less the lines ducha-cli.exclude matches (UI, p2), derived again when p2 has rewritten it; a new
rem installation folder or config.ini starts it afresh.
set "CLI_CONF=%DUCHA_DATA_DIR%\cli-configuration"
set "CLI_SRC=%DUCHA_HOME%\configuration"
set "CLI_LIST=org.eclipse.equinox.simpleconfigurator\bundles.info"
if not exist "%CLI_CONF%" mkdir "%CLI_CONF%"
> "%CLI_CONF%\ducha-source.new" echo %DUCHA_HOME%
>>"%CLI_CONF%\ducha-source.new" type "%CLI_SRC%\config.ini"
fc /b "%CLI_CONF%\ducha-source.new" "%CLI_CONF%\ducha-source" >nul 2>&1 || call :new_configuration
del "%CLI_CONF%\ducha-source.new" >nul 2>&1
copy /b /y "%CLI_SRC%\%CLI_LIST%" + "%DUCHA_HOME%\ducha-cli.exclude" "%CLI_CONF%\ducha-source-info.new" >nul
fc /b "%CLI_CONF%\ducha-source-info.new" "%CLI_CONF%\ducha-source.info" >nul 2>&1 || call :new_list
del "%CLI_CONF%\ducha-source-info.new" >nul 2>&1
if not exist "%CLI_CONF%\%CLI_LIST%" goto no_configuration
rem As in ducha-cli on Linux: later C2 thresholds (a command's start-up code is compiled by C1 only, the log-in's
rem PBKDF2 still by C2), a class-data archive in the data folder, persistence units made when first used, no
rem hourly sweep of supervision orders (the desktops' job; 'ducha-cli cases remind --sweep' runs one).
set "DUCHA_CLI_FLAGS=-Dducha.persistence.lazyUnits=true -Dducha.cases.sweep=off -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off"
"%DUCHA_JAVA%" %DUCHA_INI_VMARGS% %DUCHA_JVM_FLAGS% %DUCHA_CLI_FLAGS% "-XX:SharedArchiveFile=%DUCHA_DATA_DIR%\ducha-cli.jsa" -Djava.awt.headless=true %DUCHA_VMARGS% -Declipse.log.level=WARNING -jar "%DUCHA_LAUNCHER%" -nosplash -configuration "%CLI_CONF%" -application ducha.cli.app -data @none %*
exit /b %ERRORLEVEL%

:no_configuration
echo ducha-cli: cannot write its configuration in %CLI_CONF% 1>&2
exit /b 1

:new_configuration
rem another installation folder or framework: the command line's framework starts afresh from this config.ini
for %%f in ("%CLI_CONF%\*") do if /i not "%%~nxf"=="ducha-source.new" del /q "%%f"
for /d %%d in ("%CLI_CONF%\*") do rmdir /s /q "%%d"
mkdir "%CLI_CONF%\org.eclipse.equinox.simpleconfigurator"
findstr /v /b /c:"eclipse.p2.data.area=" "%CLI_SRC%\config.ini" > "%CLI_CONF%\config.ini"
copy /y "%CLI_CONF%\ducha-source.new" "%CLI_CONF%\ducha-source" >nul
exit /b 0

:new_list
findstr /v /r /g:"%DUCHA_HOME%\ducha-cli.exclude" "%CLI_SRC%\%CLI_LIST%" > "%CLI_CONF%\%CLI_LIST%.new"
move /y "%CLI_CONF%\%CLI_LIST%.new" "%CLI_CONF%\%CLI_LIST%" >nul
copy /y "%CLI_CONF%\ducha-source-info.new" "%CLI_CONF%\ducha-source.info" >nul
exit /b 0
