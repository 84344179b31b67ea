@echo off
rem Ducha's command line on Windows: database administration, accounts, ledgers, demo data and every plugin's
rem commands. Run 'ducha-cli --help' for the commands. Same environment variables as ducha.cmd.
setlocal
call "%~dp0ducha-env.cmd" || exit /b 1
rem As in ducha-cli on Linux: a framework configuration of its own in the data folder, with the installation's
rem bundles.info less the lines ducha-cli.exclude matches (UI, p2) and the persistence bundle not started (the first
rem command that needs the database starts it; help never does). Both files are derived afresh on every start and
rem replace those in the data folder when they differ (p2 rewrote the list, or someone changed a derived file); a
rem new installation folder or config.ini starts the area afresh.
set "CLI_CONF=%DUCHA_DATA_DIR%\cli-configuration"
set "CLI_SRC=%DUCHA_HOME%\configuration"
set "CLI_LIST=org.eclipse.equinox.simpleconfigurator\bundles.info"
if not exist "%CLI_CONF%\org.eclipse.equinox.simpleconfigurator" mkdir "%CLI_CONF%\org.eclipse.equinox.simpleconfigurator"
> "%CLI_CONF%\config.ini.new" echo # derived by ducha-cli from %CLI_SRC%\config.ini
>>"%CLI_CONF%\config.ini.new" findstr /v /b /c:"eclipse.p2.data.area=" "%CLI_SRC%\config.ini"
fc /b "%CLI_CONF%\config.ini.new" "%CLI_CONF%\config.ini" >nul 2>&1 || call :new_configuration
del "%CLI_CONF%\config.ini.new" >nul 2>&1
findstr /v /r /g:"%DUCHA_HOME%\ducha-cli.exclude" "%CLI_SRC%\%CLI_LIST%" | findstr /v /b /c:"ducha.persistence," > "%CLI_CONF%\%CLI_LIST%.new"
for /f "tokens=1-4 delims=," %%a in ('findstr /b /c:"ducha.persistence," "%CLI_SRC%\%CLI_LIST%"') do >>"%CLI_CONF%\%CLI_LIST%.new" echo %%a,%%b,%%c,%%d,false
fc /b "%CLI_CONF%\%CLI_LIST%.new" "%CLI_CONF%\%CLI_LIST%" >nul 2>&1 || move /y "%CLI_CONF%\%CLI_LIST%.new" "%CLI_CONF%\%CLI_LIST%" >nul
del "%CLI_CONF%\%CLI_LIST%.new" >nul 2>&1
if not exist "%CLI_CONF%\%CLI_LIST%" goto no_configuration
rem As in ducha-cli on Linux: later C2 thresholds (a command's start-up code is compiled by C1 only, the log-in's
rem PBKDF2 still by C2), a class-data archive in the data folder, persistence units made when first used, no
rem hourly sweep of supervision orders (the desktops' job; 'ducha-cli cases remind --sweep' runs one), the
rem component runtime's descriptions of the components kept in the configuration area (ds.cache.metadata).
set "DUCHA_CLI_FLAGS=-Dducha.persistence.lazyUnits=true -Dducha.cases.sweep=off -Dds.cache.metadata=true -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off"
"%DUCHA_JAVA%" %DUCHA_INI_VMARGS% %DUCHA_JVM_FLAGS% %DUCHA_CLI_FLAGS% "-XX:SharedArchiveFile=%DUCHA_DATA_DIR%\ducha-cli.jsa" -Djava.awt.headless=true %DUCHA_VMARGS% -Declipse.log.level=WARNING -jar "%DUCHA_LAUNCHER%" -nosplash -configuration "%CLI_CONF%" -application ducha.cli.app -data @none %*
exit /b %ERRORLEVEL%

:no_configuration
echo ducha-cli: cannot write its configuration in %CLI_CONF% 1>&2
exit /b 1

:new_configuration
rem another installation folder or framework: the command line's framework starts afresh from this config.ini
for %%f in ("%CLI_CONF%\*") do if /i not "%%~nxf"=="config.ini.new" del /q "%%f"
for /d %%d in ("%CLI_CONF%\*") do rmdir /s /q "%%d"
mkdir "%CLI_CONF%\org.eclipse.equinox.simpleconfigurator"
copy /y "%CLI_CONF%\config.ini.new" "%CLI_CONF%\config.ini" >nul
exit /b 0
