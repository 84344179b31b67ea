@echo off
rem Ducha's command line on Windows: database administration, accounts, ledgers, demo data and every plugin's
rem commands. Run 'ducha-cli --help' for the commands. Same environment variables as ducha.cmd.
setlocal
call "%~dp0ducha-env.cmd" || exit /b 1
rem As in ducha-cli on Linux: later C2 thresholds (a command's start-up code is compiled by C1 only, the log-in's
rem PBKDF2 still by C2), a class-data archive in the data folder, persistence units made when first used.
set "DUCHA_CLI_FLAGS=-Dducha.persistence.lazyUnits=true -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off"
"%DUCHA_JAVA%" %DUCHA_INI_VMARGS% %DUCHA_JVM_FLAGS% %DUCHA_CLI_FLAGS% "-XX:SharedArchiveFile=%DUCHA_DATA_DIR%\ducha-cli.jsa" -Djava.awt.headless=true %DUCHA_VMARGS% -Declipse.log.level=WARNING -jar "%DUCHA_LAUNCHER%" -nosplash -application ducha.cli.app -data @none %*
exit /b %ERRORLEVEL%
