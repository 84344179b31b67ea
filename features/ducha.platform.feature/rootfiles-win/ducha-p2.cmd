@echo off
rem For IT on Windows: installs or removes Ducha plugins with the p2 director inside this installation, e.g.
rem   ducha-p2 -repository file:/C:/ducha-repository -installIU ducha.cases.feature.feature.group
rem   ducha-p2 -uninstallIU ducha.cases.feature.feature.group  and then  ducha-p2 -gc
rem The p2 tools run at start level 4: neither the database (level 5) nor any Ducha bundle (level 6) starts.
setlocal
set "DUCHA_NO_DATA=1"
call "%~dp0ducha-env.cmd" || exit /b 1
set "P2_FLAGS=-Dosgi.startLevel=4 -Dosgi.instance.area=@none -Dosgi.user.area=@none"
rem a p2 run lives for seconds: the quick compiler alone and the serial collector halve its CPU time (see ducha-p2)
set "P2_JVM=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if "%~1"=="-publish" (
  "%DUCHA_JAVA%" %P2_JVM% %DUCHA_JVM_FLAGS% %P2_FLAGS% -jar "%DUCHA_LAUNCHER%" -nosplash -application org.eclipse.equinox.p2.publisher.FeaturesAndBundlesPublisher -source "%~2" -metadataRepository "file:/%~3" -artifactRepository "file:/%~3" -publishArtifacts -compress
  exit /b %ERRORLEVEL%
)
if "%~1"=="-gc" (
  "%DUCHA_JAVA%" %P2_JVM% %DUCHA_JVM_FLAGS% %P2_FLAGS% -jar "%DUCHA_LAUNCHER%" -nosplash -application org.eclipse.equinox.p2.garbagecollector.application -profile DefaultProfile
  exit /b %ERRORLEVEL%
)
"%DUCHA_JAVA%" %P2_JVM% %DUCHA_JVM_FLAGS% %P2_FLAGS% -jar "%DUCHA_LAUNCHER%" -nosplash -application org.eclipse.equinox.p2.director -destination "%DUCHA_HOME%" -profile DefaultProfile %*
exit /b %ERRORLEVEL%
