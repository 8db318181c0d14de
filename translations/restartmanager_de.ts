<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AffectedAppsModel</name>
    <message>
        <location filename="../ui/affected_apps_model.cpp" line="+47"/>
        <location line="+174"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Application window</source>
        <translation>Anwendungsfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop shell</source>
        <translation>Desktop-Shell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal program</source>
        <translation>Terminalprogramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System process</source>
        <translation>Systemprozess</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped by systemd</source>
        <translation>Wird von systemd beendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked to close its windows</source>
        <translation>Wird gebeten, seine Fenster zu schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked to quit</source>
        <translation>Wird gebeten, sich zu beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent a quit signal (unsaved work may be lost)</source>
        <translation>Erhält ein Beenden-Signal (ungesicherte Arbeit kann verloren gehen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be closed</source>
        <translation>Kann nicht geschlossen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left running</source>
        <translation>Läuft weiter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed, not restarted</source>
        <translation>Geschlossen, nicht neu gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed and restarted</source>
        <translation>Wird geschlossen und neu gestartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process ID: %1</source>
        <translation>Prozess-ID: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses: %1</source>
        <translation>Verwendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close: %1</source>
        <translation>So fordert Setup es zum Beenden auf: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An application of another user uses the files, and setup may not close it.</source>
        <translation>Eine Anwendung eines anderen Benutzers verwendet die Dateien, und das Setup darf sie nicht schließen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An application in another login session or container uses the files.</source>
        <translation>Eine Anwendung in einer anderen Anmeldesitzung oder in einem Container verwendet die Dateien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part of the system that cannot be stopped uses the files.</source>
        <translation>Ein Teil des Systems, der nicht beendet werden kann, verwendet die Dateien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A system service that cannot be stopped uses the files.</source>
        <translation>Ein Systemdienst, der nicht beendet werden kann, verwendet die Dateien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup itself uses the files.</source>
        <translation>Das Setup selbst verwendet die Dateien.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your desktop itself (its window manager or shell) uses the files, and setup does not close it: log out and log in again after setup, or restart the computer.</source>
        <translation>Ihr Desktop selbst (sein Fenstermanager oder seine Shell) verwendet die Dateien, und das Setup schließt ihn nicht: Melden Sie sich nach dem Setup ab und wieder an, oder starten Sie den Computer neu.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (service %2)</source>
        <translation>%1 (Dienst %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(registered)</source>
        <translation>(registriert)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Process ID</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close</source>
        <translation>So fordert Setup es zum Beenden auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What setup will do</source>
        <translation>Vorgesehene Aktion</translation>
    </message>
</context>
<context>
    <name>ComponentsPage</name>
    <message>
        <location filename="../ui/wizard/components_page.cpp" line="+53"/>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Space needed: %1</source>
        <translation>Benötigter Speicherplatz: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what to install.</source>
        <translation>Wählen Sie aus, was installiert werden soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components to install</source>
        <translation>Zu installierende Komponenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the component</source>
        <translation>Beschreibung der Komponente</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/setup/error_text.cpp" line="+19"/>
        <source>Access was denied: a file or folder belongs to another user, or another user could change it.</source>
        <translation>Zugriff verweigert: Eine Datei oder ein Ordner gehört einem anderen Benutzer, oder ein anderer Benutzer könnte sie ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Restart Manager session is no longer open.</source>
        <translation>Die Sitzung des Neustart-Managers ist nicht mehr offen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough memory.</source>
        <translation>Es ist nicht genügend Arbeitsspeicher vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read or written (the disk may be full or read-only).</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden (der Datenträger ist vielleicht voll oder schreibgeschützt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package asked for something that cannot be done.</source>
        <translation>Das Paket verlangt etwas, das sich nicht ausführen lässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another setup program is busy with the Restart Manager; try again in a moment.</source>
        <translation>Ein anderes Setup-Programm arbeitet gerade mit dem Neustart-Manager; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applications could not be closed: a restart of the computer is needed.</source>
        <translation>Die Anwendungen konnten nicht geschlossen werden: Der Computer muss neu gestartet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications did not close.</source>
        <translation>Einige Anwendungen wurden nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications could not be started again.</source>
        <translation>Einige Anwendungen konnten nicht wieder gestartet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many setup programs are running at the same time.</source>
        <translation>Es laufen zu viele Setup-Programme gleichzeitig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installer could not join setup&apos;s session.</source>
        <translation>Das Installationsprogramm konnte der Sitzung des Setups nicht beitreten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file is damaged. Download it again.</source>
        <translation>Die Setup-Datei ist beschädigt. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unexpected error occurred (code %1).</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten (Code %1).</translation>
    </message>
</context>
<context>
    <name>FilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/files_in_use_page.cpp" line="+89"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+316"/>
        <source>A restart of the computer will be needed: %1</source>
        <translation>Ein Neustart des Computers ist erforderlich: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+20"/>
        <source>Files in use</source>
        <translation>Dateien in Verwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications use files that setup needs to replace.</source>
        <translation>Diese Anwendungen verwenden Dateien, die das Setup ersetzen muss.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. You can also close them yourself and click Refresh.</source>
        <translation>Speichern Sie zuerst Ihre Arbeit in diesen Anwendungen. Sie können sie auch selbst schließen und dann auf „Aktualisieren“ klicken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+8"/>
        <source>Applications that use the files</source>
        <translation>Anwendungen, die die Dateien verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Details of the selected application</source>
        <translation>Details zur ausgewählten Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the applications automatically and restart them after setup</source>
        <translation>Anwendungen automatisch &amp;schließen und nach der Installation neu starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+3"/>
        <source>&amp;Do not close the applications (a restart of the computer will be required)</source>
        <translation>Anwendungen &amp;nicht schließen (ein Neustart des Computers ist erforderlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Refresh the list of applications</source>
        <translation>Liste der Anwendungen aktualisieren</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/wizard/finish_page.cpp" line="+79"/>
        <location line="+10"/>
        <source>Setup log</source>
        <translation>Setup-Protokoll</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The setup log&apos;s file</source>
        <translation>Datei des Setup-Protokolls</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Open in another application</source>
        <translation>In anderer Anwendung ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the log in another application</source>
        <translation>Das Protokoll in einer anderen Anwendung öffnen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Setup failed</source>
        <translation>Installation fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setup is complete</source>
        <translation>Installation abgeschlossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not installed. Everything setup changed was put back.</source>
        <translation>%1 wurde nicht installiert. Alle Änderungen des Setups wurden rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 was installed in %3.</source>
        <translation>%1 %2 wurde in %3 installiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installed: %1</source>
        <translation>Installiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed %1: it was kept, and the new version is beside it as %2.</source>
        <translation>Sie haben %1 geändert: Die Datei wurde behalten, die neue Version liegt daneben als %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed from the old version: %1</source>
        <translation>Aus der alten Version entfernt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not close when asked, and setup forced it to close: unsaved work in it was lost.</source>
        <translation>%1 wurde auf Anfrage nicht beendet, daher hat Setup es zwangsweise beendet: Nicht gespeicherte Arbeit darin ging verloren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+128"/>
        <source>Started again: %1</source>
        <translation>Wieder gestartet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup could not start these applications again: %1. Start them yourself.</source>
        <translation>Das Setup konnte diese Anwendungen nicht wieder starten: %1. Starten Sie sie selbst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To uninstall %1 later, run: %2</source>
        <translation>Um %1 später zu deinstallieren, führen Sie aus: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To uninstall %1 later, choose &quot;Uninstall&quot; on its entry in the applications menu (right-click it), or run: %2</source>
        <translation>Um %1 später zu deinstallieren, wählen Sie „Deinstallieren“ beim Eintrag im Anwendungsmenü (mit der rechten Maustaste anklicken) oder führen Sie aus: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A restart of the computer is required to finish the installation.</source>
        <translation>Um die Installation abzuschließen, muss der Computer neu gestartet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These applications still run the old files: %1. To finish the update, close them and start them again, or restart the computer.</source>
        <translation>Diese Anwendungen verwenden noch die alten Dateien: %1. Um die Aktualisierung abzuschließen, beenden Sie sie und starten Sie sie neu, oder starten Sie den Computer neu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show the lo&amp;g</source>
        <translation>&amp;Protokoll anzeigen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>L&amp;aunch %1</source>
        <translation>%1 st&amp;arten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <location line="-31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+19"/>
        <source>Restart the computer &amp;now</source>
        <translation>Computer &amp;jetzt neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Restart the computer now</source>
        <translation>Computer jetzt neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I will restart the applications or the computer &amp;later</source>
        <translation>&amp;Ich starte die Anwendungen oder den Computer später neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the applications or the computer later</source>
        <translation>Die Anwendungen oder den Computer später neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>I will restart the computer &amp;later</source>
        <translation>&amp;Ich werde den Computer später neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the computer later</source>
        <translation>Computer später neu starten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The log of this setup: %1</source>
        <translation>Protokoll dieser Installation: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the setup log</source>
        <translation>Setup-Protokoll anzeigen</translation>
    </message>
</context>
<context>
    <name>InstallEngine</name>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="+158"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+128"/>
        <source>The applications that use the files could not be listed: %1</source>
        <translation>Die Anwendungen, die die Dateien verwenden, konnten nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+58"/>
        <source>Starting a Restart Manager session…</source>
        <translation>Eine Sitzung des Neustart-Managers wird gestartet …</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>The Restart Manager session could not be started: %1</source>
        <translation>Die Sitzung des Neustart-Managers konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the installer of %1…</source>
        <translation>Das Installationsprogramm für %1 wird gestartet …</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>joining the session</source>
        <translation>Beitreten zur Sitzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registering its files</source>
        <translation>Registrieren seiner Dateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>installing its files</source>
        <translation>Installieren seiner Dateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirming its files</source>
        <translation>Bestätigen seiner Dateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaving the session</source>
        <translation>Verlassen der Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undoing its changes</source>
        <translation>Rückgängigmachen seiner Änderungen</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 %2 is installed, which is newer than %3: a downgrade needs your confirmation.</source>
        <translation>%1 %2 ist installiert und neuer als %3: Ein Downgrade erfordert Ihre Bestätigung.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Setup cannot find the folders for the menu entries: %1</source>
        <translation>Setup findet die Ordner für die Menüeinträge nicht: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+724"/>
        <source>Setup could not register its own files: %1</source>
        <translation>Das Setup konnte seine eigenen Dateien nicht registrieren: %1</translation>
    </message>
    <message>
        <location line="-692"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+15"/>
        <source>Looking for applications that use the files…</source>
        <translation>Anwendungen, die die Dateien verwenden, werden gesucht …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Setup could not read what its session holds: %1</source>
        <translation>Das Setup konnte den Inhalt seiner Sitzung nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Setup could not register the files of %1: %2</source>
        <translation>Das Setup konnte die Dateien von %1 nicht registrieren: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting for the installer of %1…</source>
        <translation>Es wird auf das Installationsprogramm für %1 gewartet …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The installer of %1 failed while %2: %3</source>
        <translation>Das Installationsprogramm für %1 ist beim %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+69"/>
        <location line="+6"/>
        <source>Closing applications…</source>
        <translation>Anwendungen werden geschlossen …</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Installing %1…</source>
        <translation>%1 wird installiert …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup cannot examine the files of %1: %2</source>
        <translation>Das Setup kann die Dateien von %1 nicht prüfen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installing files…</source>
        <translation>Dateien werden installiert …</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+500"/>
        <source>Setup could not remove the files the new version does not ship: %1</source>
        <translation>Setup konnte die Dateien, die die neue Version nicht mehr enthält, nicht entfernen: %1</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>Setup could not add %1 to the desktop: %2</source>
        <translation>Setup konnte %1 nicht in den Desktop einbinden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+29"/>
        <source>Setup could not write its own files: %1</source>
        <translation>Das Setup konnte seine eigenen Dateien nicht schreiben: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Setup could not write the menu entries: %1</source>
        <translation>Setup konnte die Menüeinträge nicht schreiben: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirming the installation…</source>
        <translation>Die Installation wird bestätigt …</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <location line="+194"/>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-65"/>
        <location line="+124"/>
        <source>Starting the closed applications again…</source>
        <translation>Die geschlossenen Anwendungen werden wieder gestartet …</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Files installed.</source>
        <translation>Die Dateien wurden installiert.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Setup could not confirm its own files: %1</source>
        <translation>Das Setup konnte seine eigenen Dateien nicht bestätigen: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+15"/>
        <location line="+44"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-141"/>
        <location line="+23"/>
        <source>Undoing the changes…</source>
        <translation>Die Änderungen werden rückgängig gemacht …</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The record of the installed %1 cannot be used: %2</source>
        <translation>Der Eintrag des installierten %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Setup cannot read %1.</source>
        <translation>Setup kann %1 nicht lesen.</translation>
    </message>
</context>
<context>
    <name>InstallingPage</name>
    <message>
        <location filename="../ui/wizard/installing_page.cpp" line="+202"/>
        <source>%1 (%2): closing…</source>
        <translation>%1 (%2): wird geschlossen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>%1 (%2): still running</source>
        <translation>%1 (%2): läuft noch</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (%2): closed</source>
        <translation>%1 (%2): geschlossen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting for %1 to close… %2 s</source>
        <translation>Warten, bis %1 geschlossen ist … %2 s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) may be asking you to save your work. Switch to it, then choose Retry.</source>
        <translation>%1 (%2) fragt Sie möglicherweise, ob Ihre Arbeit gespeichert werden soll. Wechseln Sie dorthin und wählen Sie dann „Wiederholen“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Installing</source>
        <translation>Installation läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup closes the applications, replaces the files and starts the applications again.</source>
        <translation>Das Setup schließt die Anwendungen, ersetzt die Dateien und startet die Anwendungen wieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation progress</source>
        <translation>Installationsfortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left for the applications to close</source>
        <translation>Verbleibende Zeit zum Schließen der Anwendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications being closed</source>
        <translation>Anwendungen, die geschlossen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Force the applications to close now (unsaved work in them is lost)</source>
        <translation>Die Anwendungen jetzt zwangsweise beenden (nicht gespeicherte Arbeit darin geht verloren)</translation>
    </message>
</context>
<context>
    <name>LicensePage</name>
    <message>
        <location filename="../ui/wizard/license_page.cpp" line="+74"/>
        <source>License agreement</source>
        <translation>Lizenzvereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please read the license of %1.</source>
        <translation>Bitte lesen Sie die Lizenz von %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;accept the license agreement</source>
        <translation>Ich &amp;akzeptiere die Lizenzvereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the license agreement</source>
        <translation>Lizenzvereinbarung akzeptieren</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="+72"/>
        <location line="+74"/>
        <source>Install location</source>
        <translation>Installationsort</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_plan.cpp" line="+38"/>
        <source>Enter a full path, starting with / or ~/.</source>
        <translation>Geben Sie einen vollständigen Pfad ein, der mit / oder ~/ beginnt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not write to %1.</source>
        <translation>Sie haben keine Schreibrechte für %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough room: %1 needed, %2 free.</source>
        <translation>Nicht genügend Speicherplatz: %1 benötigt, %2 frei.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="-37"/>
        <source>%1 needed, %2 free.</source>
        <translation>%1 benötigt, %2 frei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is installed here: this is an upgrade from %2 to %3.</source>
        <translation>Hier ist %1 installiert: Dies ist ein Upgrade von %2 auf %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a reinstall of the same version.</source>
        <translation>Hier ist %1 installiert: Dies ist eine Neuinstallation derselben Version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a downgrade to the older version %2.</source>
        <translation>Hier ist %1 installiert: Dies ist ein Downgrade auf die ältere Version %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the folder to install %1 in.</source>
        <translation>Wählen Sie den Ordner, in den %1 installiert werden soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder</source>
        <translation>Installationsordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the &amp;older version anyway</source>
        <translation>Ältere Version &amp;trotzdem installieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the older version anyway</source>
        <translation>Ältere Version trotzdem installieren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Browse for the install folder</source>
        <translation>Installationsordner auswählen</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../ui/setup/package.cpp" line="+96"/>
        <source>The package folder does not exist.</source>
        <translation>Der Paketordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other users can change this folder of the package, and so swap its files while setup installs them.</source>
        <translation>Andere Benutzer können diesen Ordner des Pakets ändern und so seine Dateien austauschen, während das Setup sie installiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package has no readable manifest: %1</source>
        <translation>Das Paket hat kein lesbares Manifest: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manifest is not valid JSON: %1.</source>
        <translation>Das Manifest ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest must be a JSON object ({ ... }).</source>
        <translation>Das Manifest muss ein JSON-Objekt sein ({ ... }).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This field is missing.</source>
        <translation>Dieses Feld fehlt.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+32"/>
        <location line="+88"/>
        <location line="+20"/>
        <location line="+19"/>
        <location filename="../ui/setup/package.cpp" line="+17"/>
        <location line="+197"/>
        <location line="+33"/>
        <source>This field must be a text (a JSON string).</source>
        <translation>Dieses Feld muss ein Text sein (eine JSON-Zeichenkette).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+94"/>
        <source>The icon size %1 is not one of 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 or &quot;scalable&quot;.</source>
        <translation>Die Symbolgröße %1 ist keine von 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 oder „scalable“.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location filename="../ui/setup/package.cpp" line="-223"/>
        <location line="+193"/>
        <location line="+34"/>
        <source>This field holds a control or direction character (%1), which is not allowed.</source>
        <translation>Dieses Feld enthält ein Steuer- oder Richtungszeichen (%1); das ist nicht erlaubt.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../ui/setup/package.cpp" line="-221"/>
        <location line="+211"/>
        <source>This field must not be empty.</source>
        <translation>Dieses Feld darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/setup/package.cpp" line="-187"/>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot;, &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>„%1“ ist kein Sprachcode wie „en“, „de“ oder „pt_BR“.</translation>
    </message>
    <message>
        <location line="-116"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>A text given per language needs an &quot;en&quot; entry, the one shown in every other language.</source>
        <translation>Ein Text, der je Sprache angegeben ist, braucht einen „en“-Eintrag; er wird in allen anderen Sprachen angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="+14"/>
        <source>This field must be a whole number.</source>
        <translation>Dieses Feld muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown manifest format %1: this setup program reads format %2.</source>
        <translation>Unbekanntes Manifestformat %1: Dieses Setup-Programm liest Format %2.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+86"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>&quot;%1&quot; is outside the package.</source>
        <translation>„%1“ liegt außerhalb des Pakets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <source>&quot;%1&quot; is missing from the package.</source>
        <translation>„%1“ fehlt im Paket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+7"/>
        <source>&quot;%1&quot; leads outside the package.</source>
        <translation>„%1“ verweist auf einen Ort außerhalb des Pakets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+4"/>
        <location line="+210"/>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a category: use letters, digits and &quot;-&quot;.</source>
        <translation>„%1“ ist keine Kategorie: Verwenden Sie Buchstaben, Ziffern und „-“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a MIME type such as &quot;application/x-example&quot;.</source>
        <translation>„%1“ ist kein MIME-Typ wie „application/x-example“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a file name pattern such as &quot;*.example&quot;.</source>
        <translation>„%1“ ist kein Dateinamensmuster wie „*.example“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An icon with a size in pixels must be a .png file, a &quot;scalable&quot; one an .svg file.</source>
        <translation>Ein Symbol mit einer Größe in Pixeln muss eine .png-Datei sein, ein „scalable“-Symbol eine .svg-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>„%1“ ist zweimal aufgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries and MIME types need the product&apos;s &quot;id&quot;, such as &quot;org.example.App&quot;.</source>
        <translation>Menüeinträge und MIME-Typen brauchen die „id“ des Produkts, etwa „org.example.App“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A keyword must not contain &quot;;&quot;.</source>
        <translation>Ein Stichwort darf kein „;“ enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-188"/>
        <source>The license &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Lizenz „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The folder must be an absolute path or start with &quot;~/&quot;.</source>
        <translation>Der Ordner muss ein absoluter Pfad sein oder mit „~/“ beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="-227"/>
        <location line="+18"/>
        <location filename="../ui/setup/package.cpp" line="+27"/>
        <source>This field must be a JSON object ({ ... }).</source>
        <translation>Dieses Feld muss ein JSON-Objekt ({ ... }) sein.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>&quot;%1&quot; is not allowed here: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (an id in reverse-DNS form, such as &quot;org.example.App&quot;).</source>
        <translation>„%1“ ist hier nicht erlaubt: Verwenden Sie Buchstaben, Ziffern, „.“, „_“ und „-“ (eine ID in umgekehrter DNS-Schreibweise, etwa „org.example.App“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a command name: use letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;+&quot; and &quot;-&quot;, not starting with &quot;.&quot;.</source>
        <translation>„%1“ ist kein Befehlsname: Verwenden Sie Buchstaben, Ziffern, „.“, „_“, „+“ und „-“, nicht mit „.“ am Anfang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a target of any file of the package.</source>
        <translation>„%1“ ist kein Ziel einer Datei des Pakets.</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+37"/>
        <location filename="../ui/setup/package.cpp" line="-54"/>
        <location line="+30"/>
        <location line="+144"/>
        <location line="+101"/>
        <source>This field must be a list (a JSON array).</source>
        <translation>Dieses Feld muss eine Liste sein (ein JSON-Array).</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-97"/>
        <source>The package has no components.</source>
        <translation>Das Paket enthält keine Komponenten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The component id &quot;%1&quot; is already used by %2.</source>
        <translation>Die Komponenten-ID „%1“ wird bereits von %2 verwendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A component must be a JSON object ({ ... }).</source>
        <translation>Eine Komponente muss ein JSON-Objekt sein ({ ... }).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A component id may contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>Eine Komponenten-ID darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+56"/>
        <location filename="../ui/setup/package.cpp" line="+12"/>
        <location line="+117"/>
        <source>This field must be true or false.</source>
        <translation>Dieses Feld muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-371"/>
        <source>The folder must be an absolute path.</source>
        <translation>Der Ordner muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+69"/>
        <location line="+5"/>
        <location line="+11"/>
        <source>&quot;%1&quot; is not an SVG or PNG image.</source>
        <translation>„%1“ ist kein SVG- oder PNG-Bild.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+11"/>
        <location line="+22"/>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&quot;%1&quot; is too large: an image may have at most %2, and %3 × %3 pixels.</source>
        <translation>„%1“ ist zu groß: Ein Bild darf höchstens %2 und %3 × %3 Pixel haben.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The installer must be &quot;stock&quot; or a program in the package; &quot;%1&quot; is neither.</source>
        <translation>Das Installationsprogramm muss „stock“ oder ein Programm im Paket sein; „%1“ ist keines von beiden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The installer &quot;%1&quot; leads outside the package.</source>
        <translation>Das Installationsprogramm &quot;%1&quot; führt aus dem Paket hinaus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installer &quot;%1&quot; is not an executable file.</source>
        <translation>Das Installationsprogramm „%1“ ist keine ausführbare Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installer &quot;%1&quot; can be changed by other users.</source>
        <translation>Das Installationsprogramm &quot;%1&quot; kann von anderen Benutzern geändert werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The component has no files.</source>
        <translation>Die Komponente enthält keine Dateien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file must be a JSON object ({ ... }).</source>
        <translation>Eine Datei muss ein JSON-Objekt sein ({ ... }).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not a product id: use reverse-DNS, such as &quot;org.example.AcmeViewer&quot; (letters, digits, &apos;-&apos; and &apos;_&apos;, in two or more parts separated by dots).</source>
        <translation>„%1“ ist keine Produkt-ID: Verwenden Sie umgekehrte DNS-Schreibweise wie „org.example.AcmeViewer“ (Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;, in zwei oder mehr durch Punkte getrennten Teilen).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The mode must be a text such as &quot;0755&quot; or &quot;0644&quot;.</source>
        <translation>Der Modus muss ein Text wie „0755“ oder „0644“ sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mode %1 is not allowed: an installed file gets &quot;0755&quot; (a program) or &quot;0644&quot; (any other file), never setuid, setgid, sticky or writable by group or others.</source>
        <translation>Der Modus %1 ist nicht erlaubt: Eine installierte Datei erhält „0755“ (ein Programm) oder „0644“ (jede andere Datei), nie setuid, setgid, sticky oder Schreibrechte für Gruppe oder andere.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The target &quot;%1&quot; must be relative to the installation folder.</source>
        <translation>Das Ziel „%1“ muss relativ zum Installationsordner angegeben sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; must not contain &quot;..&quot;.</source>
        <translation>Das Ziel „%1“ darf „..“ nicht enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target &quot;%1&quot; does not name a file.</source>
        <translation>Das Ziel „%1“ bezeichnet keine Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target &quot;%1&quot; ends in &quot;%2&quot;, which setup reserves for its own copies.</source>
        <translation>Das Ziel &quot;%1&quot; endet auf &quot;%2&quot;; diese Endung ist für die eigenen Kopien des Setups reserviert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target &quot;%1&quot; is already installed by %2.</source>
        <translation>Das Ziel „%1“ wird bereits von %2 installiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; is a folder of %2.</source>
        <translation>Das Ziel &quot;%1&quot; ist ein Ordner von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; needs &quot;%2&quot; to be a folder, but %3 installs a file there.</source>
        <translation>Das Ziel &quot;%1&quot; braucht &quot;%2&quot; als Ordner, aber %3 installiert dort eine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/setup/embedded_package.cpp" line="+31"/>
        <source>The package does not exist.</source>
        <translation>Das Paket existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No private folder for a copy of the package: %1</source>
        <translation>Es gibt keinen privaten Ordner für eine Kopie des Pakets: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The package cannot be copied to a temporary folder: %1</source>
        <translation>Das Paket kann nicht in einen temporären Ordner kopiert werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="+66"/>
        <source>%1: %2</source>
        <comment>location: problem</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PreparingPage</name>
    <message>
        <location filename="../ui/wizard/preparing_page.cpp" line="+45"/>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup starts the installers of the components and looks for applications that use the files.</source>
        <translation>Das Setup startet die Installationsprogramme der Komponenten und sucht nach Anwendungen, die die Dateien verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparation progress</source>
        <translation>Fortschritt der Vorbereitung</translation>
    </message>
</context>
<context>
    <name>ProductRecord</name>
    <message>
        <location filename="../ui/setup/product_record.cpp" line="+109"/>
        <source>The record is not valid JSON.</source>
        <translation>Der Eintrag ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The record has no valid product id.</source>
        <translation>Der Eintrag hat keine gültige Produkt-ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record names an install folder that is not a full path: %1</source>
        <translation>Der Eintrag nennt einen Installationsordner, der kein vollständiger Pfad ist: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record names a file outside its install folder: %1</source>
        <translation>Der Eintrag nennt eine Datei außerhalb seines Installationsordners: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record names a file twice: %1</source>
        <translation>Der Eintrag nennt eine Datei zweimal: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a folder outside its install folder: %1</source>
        <translation>Der Eintrag nennt einen Ordner außerhalb seines Installationsordners: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a desktop file outside the desktop folders: %1</source>
        <translation>Der Eintrag nennt eine Desktop-Datei außerhalb der Desktop-Ordner: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Other users can change the folder of the records, %1.</source>
        <translation>Andere Benutzer können den Ordner der Einträge ändern: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record is a symbolic link.</source>
        <translation>Der Eintrag ist eine symbolische Verknüpfung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record cannot be read: %1</source>
        <translation>Der Eintrag kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record is not a regular file.</source>
        <translation>Der Eintrag ist keine normale Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record belongs to another user (user ID %1), not to you.</source>
        <translation>Der Eintrag gehört einem anderen Benutzer (Benutzer-ID %1), nicht Ihnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other users can change the record.</source>
        <translation>Andere Benutzer können den Eintrag ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record is too large.</source>
        <translation>Der Eintrag ist zu groß.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The record is that of another product (%1).</source>
        <translation>Der Eintrag gehört zu einem anderen Produkt (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a product id.</source>
        <translation>„%1“ ist keine Produkt-ID.</translation>
    </message>
</context>
<context>
    <name>PublisherPage</name>
    <message>
        <location filename="../ui/wizard/publisher_page.cpp" line="+40"/>
        <source>The publisher could not be verified</source>
        <translation>Der Herausgeber konnte nicht überprüft werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This setup file is not signed.</source>
        <translation>Diese Setup-Datei ist nicht signiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can tell who made this setup file or whether it was changed after it was made. Install it only if you trust where it came from.</source>
        <translation>Niemand kann sagen, wer diese Setup-Datei erstellt hat oder ob sie danach verändert wurde. Installieren Sie sie nur, wenn Sie ihrer Herkunft vertrauen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This setup file is signed with a key that is not trusted on this computer.</source>
        <translation>Diese Setup-Datei ist mit einem Schlüssel signiert, dem dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is intact, but its key (ID %1) is not among the keys this computer trusts, so nobody can tell who made this setup file. Install it only if you trust where it came from.</source>
        <translation>Die Signatur ist intakt, aber ihr Schlüssel (ID %1) gehört nicht zu den Schlüsseln, denen dieser Computer vertraut; niemand kann also sagen, wer diese Setup-Datei erstellt hat. Installieren Sie sie nur, wenn Sie ihrer Herkunft vertrauen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;understand the risk and want to install it anyway</source>
        <translation>Ich &amp;verstehe das Risiko und möchte sie trotzdem installieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install although the publisher could not be verified</source>
        <translation>Installieren, obwohl der Herausgeber nicht überprüft werden konnte</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+67"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-8"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="+25"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../ui/wizard/ready_page.cpp" line="+26"/>
        <source>Ready to install</source>
        <translation>Bereit zur Installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup has what it needs. Click Install to begin.</source>
        <translation>Das Setup hat alle nötigen Angaben. Klicken Sie auf „Installieren“, um zu beginnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product: %1 %2
Folder: %3
Space needed: %4
Components:
%5</source>
        <translation>Produkt: %1 %2
Ordner: %3
Benötigter Speicherplatz: %4
Komponenten:
%5</translation>
    </message>
</context>
<context>
    <name>SecondaryInstallerProcess</name>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+161"/>
        <source>its installer sent a malformed line</source>
        <translation>das Installationsprogramm hat eine fehlerhafte Zeile gesendet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its installer answered something else: %1</source>
        <translation>das Installationsprogramm hat etwas Unerwartetes geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="-481"/>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="-97"/>
        <location line="+114"/>
        <source>its installer stopped unexpectedly</source>
        <translation>das Installationsprogramm wurde unerwartet beendet</translation>
    </message>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+8"/>
        <source>its installer did not answer in time</source>
        <translation>das Installationsprogramm hat nicht rechtzeitig geantwortet</translation>
    </message>
</context>
<context>
    <name>SetupRun</name>
    <message>
        <location filename="../ui/setup/setup_run.cpp" line="+203"/>
        <source>Closing %1…</source>
        <translation>%1 wird geschlossen …</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/answer_source.cpp" line="+23"/>
        <source>Applications still running</source>
        <translation>Anwendungen laufen noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications did not close:</source>
        <translation>Diese Anwendungen konnten nicht geschlossen werden:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/installing_page.cpp" line="-2"/>
        <source>&amp;Force close</source>
        <translation>&amp;Schließen erzwingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ignore (restart the computer later)</source>
        <translation>&amp;Ignorieren (Computer später neu starten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel setup</source>
        <translation>Installation &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The package cannot be installed</source>
        <translation>Das Paket kann nicht installiert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location filename="../ui/wizard/finish_page.cpp" line="-118"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+243"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Setup is already running</source>
        <translation>Setup wird bereits ausgeführt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel setup</source>
        <translation>Installation abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to cancel setup? Everything it changed will be put back.</source>
        <translation>Möchten Sie die Installation abbrechen? Alle bisherigen Änderungen werden rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, cancel setup</source>
        <translation>Ja, Installation abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, continue setup</source>
        <translation>Nein, Installation fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="-2"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+327"/>
        <source>%1 %2 Setup</source>
        <translation>%1 %2 – Setup</translation>
    </message>
</context>
<context>
    <name>UninstallEngine</name>
    <message>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-116"/>
        <source>Checking the files of %1…</source>
        <translation>Die Dateien von %1 werden geprüft …</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Nothing was removed: %1</source>
        <translation>Es wurde nichts entfernt: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Setup could not register the files: %1</source>
        <translation>Setup konnte die Dateien nicht registrieren: %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+11"/>
        <source>Removing files…</source>
        <translation>Dateien werden entfernt …</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>The files could not be removed: %1</source>
        <translation>Die Dateien konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Removing the desktop entries…</source>
        <translation>Die Desktop-Einträge werden entfernt …</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>UninstallFilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="-458"/>
        <location line="+65"/>
        <source>&amp;Uninstall</source>
        <translation>&amp;Deinstallieren</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>These applications use files that setup is about to remove.</source>
        <translation>Diese Anwendungen verwenden Dateien, die das Installationsprogramm gleich entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. The programs of %1 are closed and not started again; other applications are started again once the files are gone. You can also close them yourself and click Refresh.</source>
        <translation>Speichern Sie zuerst Ihre Arbeit darin. Die Programme von %1 werden geschlossen und nicht wieder gestartet; andere Anwendungen werden wieder gestartet, sobald die Dateien entfernt sind. Sie können sie auch selbst schließen und auf „Aktualisieren“ klicken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close the applications automatically</source>
        <translation>Anwendungen automatisch &amp;schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the applications automatically</source>
        <translation>Anwendungen automatisch schließen</translation>
    </message>
</context>
<context>
    <name>UninstallFinishPage</name>
    <message>
        <location line="+102"/>
        <source>Uninstall failed</source>
        <translation>Deinstallation fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uninstall complete</source>
        <translation>Deinstallation abgeschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not removed. Nothing was changed.</source>
        <translation>%1 wurde nicht entfernt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from your computer.</source>
        <translation>%1 wurde von Ihrem Computer entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files removed: %1</source>
        <translation>Entfernte Dateien: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept, because you changed them since they were installed (remove them yourself, or uninstall with &quot;Also remove the files I changed&quot;):</source>
        <translation>Erhalten, weil Sie sie seit der Installation geändert haben (entfernen Sie sie selbst, oder deinstallieren Sie mit „Auch die von mir geänderten Dateien entfernen“):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept, because they hold files that setup did not install:</source>
        <translation>Erhalten, weil sie Dateien enthalten, die das Installationsprogramm nicht installiert hat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These menu entries, icons or commands could not be removed:</source>
        <translation>Diese Menüeinträge, Symbole oder Befehle konnten nicht entfernt werden:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed: %1</source>
        <translation>Geschlossen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be started again: %1</source>
        <translation>Konnten nicht wieder gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These applications still use the removed files: %1. A restart of the computer is required to finish.</source>
        <translation>Diese Anwendungen verwenden die entfernten Dateien noch: %1. Zum Abschließen ist ein Neustart des Computers erforderlich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was removed and what was kept</source>
        <translation>Was entfernt und was erhalten wurde</translation>
    </message>
</context>
<context>
    <name>UninstallRemovingPage</name>
    <message>
        <location line="-90"/>
        <source>Removing</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup is removing %1. Cancel puts everything back.</source>
        <translation>Das Installationsprogramm entfernt %1. „Abbrechen“ stellt alles wieder her.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress of the removal</source>
        <translation>Fortschritt des Entfernens</translation>
    </message>
</context>
<context>
    <name>UninstallSummaryPage</name>
    <message>
        <location line="-224"/>
        <source>Uninstall %1</source>
        <translation>%1 deinstallieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup will remove the files that it installed, and nothing else.</source>
        <translation>Das Installationsprogramm entfernt die Dateien, die es installiert hat, und nichts anderes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product: %1 (%2)</source>
        <translation>Produkt: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files: %1 (%2)</source>
        <translation>Dateien: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries, icons and commands: %1</source>
        <translation>Menüeinträge, Symbole und Befehle: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for files that you changed since they were installed…</source>
        <translation>Es wird nach Dateien gesucht, die Sie seit der Installation geändert haben…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing can be removed: %1</source>
        <translation>Es kann nichts entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed none of the installed files.</source>
        <translation>Sie haben keine der installierten Dateien geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed these files since they were installed. They will be removed too:</source>
        <translation>Diese Dateien haben Sie seit der Installation geändert. Sie werden ebenfalls entfernt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed these files since they were installed. They will be kept:</source>
        <translation>Diese Dateien haben Sie seit der Installation geändert. Sie bleiben erhalten:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you changed</source>
        <translation>Von Ihnen geänderte Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Also remove the files I changed</source>
        <translation>Auch die von mir geänderten Dateien &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also remove the files I changed</source>
        <translation>Auch die von mir geänderten Dateien entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Uninstall</source>
        <translation>&amp;Deinstallieren</translation>
    </message>
</context>
<context>
    <name>UninstallWizard</name>
    <message>
        <location line="+457"/>
        <source>Uninstall %1</source>
        <translation>%1 deinstallieren</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Setup cannot uninstall</source>
        <translation>Das Installationsprogramm kann nicht deinstallieren</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcome_page.cpp" line="+62"/>
        <source>Welcome to %1 %2</source>
        <translation>Willkommen bei der Installation von %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This wizard installs %1 %2 on your computer.

Publisher: %3

If applications use files that setup replaces, setup can close them and start them again afterwards.</source>
        <translation>Dieser Assistent installiert %1 %2 auf Ihrem Computer.

Herausgeber: %3

Wenn Anwendungen Dateien verwenden, die Setup ersetzt, kann Setup sie schließen und danach wieder starten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Setup restarted applications that an earlier setup had closed: %1.</source>
        <translation>Das Setup hat Anwendungen wieder gestartet, die ein früheres Setup geschlossen hatte: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of setup</source>
        <translation>Sprache des Setups</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/setup_main.cpp" line="+325"/>
        <source>(you changed it; the new version is %1)</source>
        <translation>(von Ihnen geändert; die neue Version ist %1)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+63"/>
        <location line="+412"/>
        <source>%1 is not installed.</source>
        <translation>%1 ist nicht installiert.</translation>
    </message>
    <message>
        <location line="-469"/>
        <location line="+58"/>
        <source>The record of %1 is refused, and nothing was removed: %2</source>
        <translation>Der Eintrag von %1 wird abgelehnt, und es wurde nichts entfernt: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Installs a package with the Restart Manager.</source>
        <translation>Installiert ein Paket mit dem Neustart-Manager.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User interface language, e.g. de.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package directory (default: the demo package).</source>
        <translation>Das Paketverzeichnis (Standard: das Demo-Paket).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the log to this file.</source>
        <translation>Das Protokoll in diese Datei schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer a question without asking, e.g. StillRunning=force or ConfirmCancel=yes.</source>
        <translation>Eine Rückfrage ohne Nachfrage beantworten, z. B. StillRunning=force oder ConfirmCancel=yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the milliseconds until the first page shows.</source>
        <translation>Die Millisekunden bis zur Anzeige der ersten Seite ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the exit code to this file (the shell sees it only modulo 256).</source>
        <translation>Den Rückgabewert auch in diese Datei schreiben (die Shell sieht ihn nur modulo 256).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk every page of an installation into a temporary folder and write a screenshot and a list of the widgets of each page to this folder (--lang all: every language).</source>
        <translation>Alle Seiten einer Installation in einen temporären Ordner durchgehen und zu jeder Seite ein Bildschirmfoto und eine Liste ihrer Bedienelemente in diesen Ordner schreiben (--lang all: alle Sprachen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install without a window and without questions; needs no display.</source>
        <translation>Ohne Fenster und ohne Fragen installieren; braucht keine Anzeige.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install without questions, showing only the progress.</source>
        <translation>Ohne Fragen installieren, nur den Fortschritt anzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install in this folder.</source>
        <translation>In diesen Ordner installieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install these components, e.g. app,dictionary.</source>
        <translation>Diese Komponenten installieren, z. B. app,dictionary.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications that use the files and restart them afterwards (default).</source>
        <translation>Die Anwendungen schließen, die die Dateien verwenden, und danach wieder starten (Standard).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the applications running; the computer must restart later.</source>
        <translation>Die Anwendungen weiterlaufen lassen; der Computer muss später neu starten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications; end those that do not close in time.</source>
        <translation>Die Anwendungen schließen; beenden, was nicht rechtzeitig schließt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not start the closed applications again.</source>
        <translation>Die geschlossenen Anwendungen nicht wieder starten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never restart the computer; exit with 3010 when a restart is needed.</source>
        <translation>Den Computer nie neu starten; mit 3010 beenden, wenn ein Neustart nötig ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the product once it is installed, as the user who ran setup.</source>
        <translation>Das Produkt nach der Installation starten, als der Benutzer, der das Setup ausgeführt hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the answers from this file (Key=Value lines).</source>
        <translation>Die Antworten aus dieser Datei lesen (Zeilen Key=Value).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the answers of this run to this file.</source>
        <translation>Die Antworten dieses Laufs in diese Datei schreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The publisher could not be verified (the signer&apos;s key ID, or unsigned): ask the user first.</source>
        <translation>Der Herausgeber konnte nicht überprüft werden (Schlüssel-ID des Signierenden oder unsigned): zuerst den Benutzer fragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the installed product with this id.</source>
        <translation>Das installierte Produkt mit dieser ID entfernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --uninstall: remove the files you changed too.</source>
        <translation>Mit --uninstall: auch die von Ihnen geänderten Dateien entfernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the installed products.</source>
        <translation>Die installierten Produkte auflisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --list-installed: as JSON.</source>
        <translation>Mit --list-installed: als JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install an older version over a newer one without asking.</source>
        <translation>Eine ältere Version ohne Nachfrage über eine neuere installieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the missing or changed files of the installed product (with the package of its version).</source>
        <translation>Die fehlenden oder geänderten Dateien des installierten Produkts wiederherstellen (mit dem Paket seiner Version).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add or remove components of the installed product (with --components).</source>
        <translation>Komponenten des installierten Produkts hinzufügen oder entfernen (mit --components).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No display is available. Use --unattended to install without a window.</source>
        <translation>Es ist keine Anzeige verfügbar. Verwenden Sie --unattended, um ohne Fenster zu installieren.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+48"/>
        <source>Setup of %1 is already running. Wait until it has finished, then start setup again.</source>
        <translation>Das Setup von %1 wird bereits ausgeführt. Warten Sie, bis es beendet ist, und starten Sie das Setup dann erneut.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--repair needs the package of the installed version %1.</source>
        <translation>--repair benötigt das Paket der installierten Version %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The install folder %1 cannot be used: %2</source>
        <translation>Der Installationsordner %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
</TS>
