<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>SessionsOverview</name>
    <message>
        <location filename="../ui/sessions_overview.cpp" line="72"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/sessions_overview.cpp" line="72"/>
        <source>Stale (installer has exited)</source>
        <translation>Verwaist (Installationsprogramm beendet)</translation>
    </message>
    <message>
        <location filename="../ui/sessions_overview.cpp" line="83"/>
        <source>No installer is using the Restart Manager right now.</source>
        <translation>Zurzeit verwendet kein Installationsprogramm den Neustart-Manager.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions_overview.cpp" line="84"/>
        <source>%n Restart Manager session(s) of this user:</source>
        <translation>
            <numerusform>%n Sitzung des Neustart-Managers für diesen Benutzer:</numerusform>
            <numerusform>%n Sitzungen des Neustart-Managers für diesen Benutzer:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions_overview.cpp" line="91"/>
        <source>The session store cannot be read: %1</source>
        <translation>Der Sitzungsspeicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions_overview.cpp" line="97"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/sessions_overview.cpp" line="97"/>
        <source>Installer PID</source>
        <translation>PID des Installationsprogramms</translation>
    </message>
    <message>
        <location filename="../ui/sessions_overview.cpp" line="97"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/sessions_overview.cpp" line="97"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/sessions_overview.cpp" line="97"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/sessions_overview.cpp" line="98"/>
        <source>Restart Manager sessions</source>
        <translation>Sitzungen des Neustart-Managers</translation>
    </message>
    <message>
        <location filename="../ui/sessions_overview.cpp" line="99"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/sessions_overview.cpp" line="100"/>
        <source>Refresh the list of sessions</source>
        <translation>Liste der Sitzungen aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/sessions_overview.cpp" line="102"/>
        <source>Reading the sessions of this user…</source>
        <translation>Die Sitzungen dieses Benutzers werden gelesen …</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/setup_main.cpp" line="45"/>
        <source>User interface language, e.g. de.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de.</translation>
    </message>
    <message>
        <location filename="../app/setup_main.cpp" line="53"/>
        <source>Restart Manager Setup</source>
        <translation>Neustart-Manager – Setup</translation>
    </message>
    <message>
        <location filename="../app/setup_main.cpp" line="56"/>
        <source>&lt;b&gt;Restart Manager for Linux&lt;/b&gt;&lt;br&gt;Installers use it to close the applications that use the files they replace, and to start them again afterwards.</source>
        <translation>&lt;b&gt;Neustart-Manager für Linux&lt;/b&gt;&lt;br&gt;Installationsprogramme schließen damit die Anwendungen, die die zu ersetzenden Dateien verwenden, und starten sie danach wieder.</translation>
    </message>
    <message>
        <location filename="../app/setup_main.cpp" line="69"/>
        <source>Close setup</source>
        <translation>Setup schließen</translation>
    </message>
</context>
</TS>
