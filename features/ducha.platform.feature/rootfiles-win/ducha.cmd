@echo off
rem Starts the Ducha workbench on Windows. There is no native launcher (org.eclipse.equinox.executable is not on
rem Maven Central): this script runs the Equinox launcher jar with the arguments p2 wrote into eclipse.ini.
rem   JAVA_HOME      Java 21 or newer (otherwise java.exe on PATH)
rem   DUCHA_DATA     data folder (default %USERPROFILE%\.ducha): configuration, embedded database, backups
rem   DUCHA_VMARGS   extra JVM arguments
setlocal
call "%~dp0ducha-env.cmd" || exit /b 1
rem Below the database (level 4) until the log-in dialog shows; the workbench then raises the framework to level 6
"%DUCHA_JAVA%" %DUCHA_INI_VMARGS% %DUCHA_JVM_FLAGS% -Dosgi.startLevel=4 -Dducha.startLevel=6 %DUCHA_VMARGS% -jar "%DUCHA_LAUNCHER%" %DUCHA_INI_PROGARGS% -nl %DUCHA_LANGUAGE% -data "%DUCHA_DATA_DIR%\workspace" %*
exit /b %ERRORLEVEL%
