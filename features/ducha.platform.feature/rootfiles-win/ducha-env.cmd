@rem Called by ducha.cmd, ducha-cli.cmd and ducha-p2.cmd: finds Java 21+, the launcher jar, eclipse.ini and the
@rem language, as ducha-env.sh does on Linux. Sets DUCHA_* variables in the caller's environment (setlocal there).
set "DUCHA_HOME=%~dp0"
if "%DUCHA_HOME:~-1%"=="\" set "DUCHA_HOME=%DUCHA_HOME:~0,-1%"

set "DUCHA_JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" call :accept_java "%JAVA_HOME%\bin\java.exe"
if not defined DUCHA_JAVA for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined DUCHA_JAVA call :accept_java "%%j"
if not defined DUCHA_JAVA (
  echo ducha: Java 21 or newer is needed; none found in JAVA_HOME or on PATH. Install one or set JAVA_HOME. 1>&2
  exit /b 1
)

set "DUCHA_LAUNCHER="
for %%f in ("%DUCHA_HOME%\plugins\org.eclipse.equinox.launcher_*.jar") do set "DUCHA_LAUNCHER=%%~f"
if not defined DUCHA_LAUNCHER (
  echo ducha: %DUCHA_HOME%\plugins holds no org.eclipse.equinox.launcher jar: the installation is broken. 1>&2
  exit /b 1
)

if defined DUCHA_DATA (set "DUCHA_DATA_DIR=%DUCHA_DATA%") else (set "DUCHA_DATA_DIR=%USERPROFILE%\.ducha")
rem ducha-p2 manages the installation only: it sets DUCHA_NO_DATA and never creates a data folder
if not defined DUCHA_NO_DATA if not exist "%DUCHA_DATA_DIR%" mkdir "%DUCHA_DATA_DIR%"

rem language=zh_CN|en in ducha.properties (written by the workbench's preferences); Chinese by default
set "DUCHA_LANGUAGE=zh_CN"
if exist "%DUCHA_DATA_DIR%\ducha.properties" for /f "tokens=1,* delims==" %%a in ('findstr /r /b /c:"language *=" "%DUCHA_DATA_DIR%\ducha.properties"') do for /f "tokens=*" %%v in ("%%b") do set "DUCHA_LANGUAGE=%%v"

rem eclipse.ini: program arguments before -vmargs, JVM arguments after (one token per line, no spaces)
set "DUCHA_INI_PROGARGS="
set "DUCHA_INI_VMARGS="
set "DUCHA_IN_VMARGS="
for /f "usebackq delims=" %%l in ("%DUCHA_HOME%\eclipse.ini") do call :ini_line "%%l"

set "DUCHA_JVM_FLAGS=--enable-native-access=ALL-UNNAMED "-Dducha.data=%DUCHA_DATA_DIR%" "-Djava.util.logging.config.file=%DUCHA_HOME%\logging.properties""
exit /b 0

:accept_java
rem %1 is used when its java.specification.version is 21 or more
for /f "tokens=2 delims==" %%v in ('"%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do for /f "tokens=1 delims=. " %%m in ("%%v") do if %%m GEQ 21 set "DUCHA_JAVA=%~1"
exit /b 0

:ini_line
if "%~1"=="-vmargs" (set "DUCHA_IN_VMARGS=1" & exit /b 0)
if defined DUCHA_IN_VMARGS (set "DUCHA_INI_VMARGS=%DUCHA_INI_VMARGS% %~1") else (set "DUCHA_INI_PROGARGS=%DUCHA_INI_PROGARGS% %~1")
exit /b 0
