@echo off
rem Ducha's command line on Windows: database administration, accounts, ledgers, demo data and every plugin's
rem commands. Run 'ducha-cli --help' for the commands. Same environment variables as ducha.cmd.
setlocal
call "%~dp0ducha-env.cmd" || exit /b 1
"%DUCHA_JAVA%" %DUCHA_INI_VMARGS% %DUCHA_JVM_FLAGS% -Djava.awt.headless=true %DUCHA_VMARGS% -Declipse.log.level=WARNING -jar "%DUCHA_LAUNCHER%" -nosplash -application ducha.cli.app -data @none %*
exit /b %ERRORLEVEL%
