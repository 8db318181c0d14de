<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AffectedAppsModel</name>
    <message>
        <location filename="../ui/affected_apps_model.cpp" line="+47"/>
        <location line="+174"/>
        <source>Application</source>
        <translation>Aplikacja</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Application window</source>
        <translation>Okno aplikacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop shell</source>
        <translation>Powłoka pulpitu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal program</source>
        <translation>Program terminalowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System process</source>
        <translation>Proces systemowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped by systemd</source>
        <translation>Zatrzymywana przez systemd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked to close its windows</source>
        <translation>Prośba o zamknięcie okien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked to quit</source>
        <translation>Prośba o zakończenie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent a quit signal (unsaved work may be lost)</source>
        <translation>Otrzyma sygnał zakończenia (niezapisana praca może zostać utracona)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be closed</source>
        <translation>Nie można zamknąć</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left running</source>
        <translation>Pozostanie uruchomiona</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed, not restarted</source>
        <translation>Zamknięta, bez ponownego uruchomienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed and restarted</source>
        <translation>Zamknięcie i ponowne uruchomienie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process ID: %1</source>
        <translation>Identyfikator procesu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>Użytkownik: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses: %1</source>
        <translation>Używa: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close: %1</source>
        <translation>Jak instalator prosi o zamknięcie: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An application of another user uses the files, and setup may not close it.</source>
        <translation>Pliki są używane przez aplikację innego użytkownika, a instalator nie może jej zamknąć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An application in another login session or container uses the files.</source>
        <translation>Pliki są używane przez aplikację w innej sesji logowania lub w kontenerze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part of the system that cannot be stopped uses the files.</source>
        <translation>Pliki są używane przez część systemu, której nie można zatrzymać.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A system service that cannot be stopped uses the files.</source>
        <translation>Pliki są używane przez usługę systemową, której nie można zatrzymać.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup itself uses the files.</source>
        <translation>Pliki są używane przez sam instalator.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your desktop itself (its window manager or shell) uses the files, and setup does not close it: log out and log in again after setup, or restart the computer.</source>
        <translation>Pliki są używane przez sam pulpit (jego menedżer okien lub powłokę), a instalator go nie zamyka: po instalacji wyloguj się i zaloguj ponownie albo uruchom ponownie komputer.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (service %2)</source>
        <translation>%1 (usługa %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(registered)</source>
        <translation>(zarejestrowany)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Process ID</source>
        <translation>Identyfikator procesu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation>Używa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close</source>
        <translation>Jak instalator prosi o zamknięcie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What setup will do</source>
        <translation>Planowana czynność</translation>
    </message>
</context>
<context>
    <name>ComponentsPage</name>
    <message>
        <location filename="../ui/wizard/components_page.cpp" line="+53"/>
        <source>%1 (required)</source>
        <translation>%1 (wymagany)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Space needed: %1</source>
        <translation>Wymagane miejsce: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components</source>
        <translation>Składniki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what to install.</source>
        <translation>Wybierz, co chcesz zainstalować.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Składnik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components to install</source>
        <translation>Składniki do zainstalowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the component</source>
        <translation>Opis składnika</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/setup/error_text.cpp" line="+19"/>
        <source>Access was denied: a file or folder belongs to another user, or another user could change it.</source>
        <translation>Odmowa dostępu: plik lub folder należy do innego użytkownika albo inny użytkownik może go zmienić.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Restart Manager session is no longer open.</source>
        <translation>Sesja Menedżera ponownego uruchamiania nie jest już otwarta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough memory.</source>
        <translation>Za mało pamięci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read or written (the disk may be full or read-only).</source>
        <translation>Nie można odczytać ani zapisać pliku (dysk może być pełny lub tylko do odczytu).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package asked for something that cannot be done.</source>
        <translation>Pakiet zażądał czegoś, czego nie można wykonać.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another setup program is busy with the Restart Manager; try again in a moment.</source>
        <translation>Inny program instalacyjny korzysta z Menedżera ponownego uruchamiania; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applications could not be closed: a restart of the computer is needed.</source>
        <translation>Nie można zamknąć aplikacji: konieczne jest ponowne uruchomienie komputera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications did not close.</source>
        <translation>Niektóre aplikacje nie zostały zamknięte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications could not be started again.</source>
        <translation>Nie można ponownie uruchomić niektórych aplikacji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many setup programs are running at the same time.</source>
        <translation>Jednocześnie działa zbyt wiele programów instalacyjnych.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installer could not join setup&apos;s session.</source>
        <translation>Instalator nie mógł dołączyć do sesji instalacji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled.</source>
        <translation>Operacja została anulowana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file is damaged. Download it again.</source>
        <translation>Plik instalacyjny jest uszkodzony. Pobierz go ponownie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unexpected error occurred (code %1).</source>
        <translation>Wystąpił nieoczekiwany błąd (kod %1).</translation>
    </message>
</context>
<context>
    <name>FilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/files_in_use_page.cpp" line="+89"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+316"/>
        <source>A restart of the computer will be needed: %1</source>
        <translation>Konieczne będzie ponowne uruchomienie komputera: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+20"/>
        <source>Files in use</source>
        <translation>Pliki w użyciu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications use files that setup needs to replace.</source>
        <translation>Te aplikacje używają plików, które instalator musi zastąpić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. You can also close them yourself and click Refresh.</source>
        <translation>Najpierw zapisz w nich swoją pracę. Możesz też samodzielnie je zamknąć i kliknąć Odśwież.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+8"/>
        <source>Applications that use the files</source>
        <translation>Aplikacje używające plików</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Details of the selected application</source>
        <translation>Szczegóły wybranej aplikacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the applications automatically and restart them after setup</source>
        <translation>&amp;Automatycznie zamknij aplikacje i uruchom je ponownie po instalacji</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+3"/>
        <source>&amp;Do not close the applications (a restart of the computer will be required)</source>
        <translation>&amp;Nie zamykaj aplikacji (konieczne będzie ponowne uruchomienie komputera)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Refresh the list of applications</source>
        <translation>Odśwież listę aplikacji</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/wizard/finish_page.cpp" line="+79"/>
        <location line="+10"/>
        <source>Setup log</source>
        <translation>Dziennik instalacji</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The setup log&apos;s file</source>
        <translation>Plik dziennika instalacji</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Open in another application</source>
        <translation>&amp;Otwórz w innej aplikacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the log in another application</source>
        <translation>Otwórz dziennik w innej aplikacji</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Setup failed</source>
        <translation>Instalacja nie powiodła się</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setup is complete</source>
        <translation>Instalacja zakończona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not installed. Everything setup changed was put back.</source>
        <translation>Program %1 nie został zainstalowany. Wszystkie zmiany wprowadzone przez instalator zostały cofnięte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 was installed in %3.</source>
        <translation>Program %1 %2 został zainstalowany w %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installed: %1</source>
        <translation>Zainstalowano: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed %1: it was kept, and the new version is beside it as %2.</source>
        <translation>Plik %1 został przez Ciebie zmieniony: pozostawiono go, a nowa wersja leży obok jako %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed from the old version: %1</source>
        <translation>Usunięto ze starej wersji: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not close when asked, and setup forced it to close: unsaved work in it was lost.</source>
        <translation>%1 nie zamknął się na prośbę, więc instalator wymusił zamknięcie: niezapisana praca została utracona.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+128"/>
        <source>Started again: %1</source>
        <translation>Uruchomiono ponownie: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup could not start these applications again: %1. Start them yourself.</source>
        <translation>Instalator nie mógł ponownie uruchomić tych aplikacji: %1. Uruchom je samodzielnie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To uninstall %1 later, run: %2</source>
        <translation>Aby później odinstalować %1, uruchom: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To uninstall %1 later, choose &quot;Uninstall&quot; on its entry in the applications menu (right-click it), or run: %2</source>
        <translation>Aby później odinstalować %1, wybierz „Odinstaluj” przy jego pozycji w menu aplikacji (kliknij ją prawym przyciskiem) lub uruchom: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A restart of the computer is required to finish the installation.</source>
        <translation>Aby zakończyć instalację, należy ponownie uruchomić komputer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These applications still run the old files: %1. To finish the update, close them and start them again, or restart the computer.</source>
        <translation>Te aplikacje nadal używają starych plików: %1. Aby dokończyć aktualizację, zamknij je i uruchom ponownie albo uruchom ponownie komputer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show the lo&amp;g</source>
        <translation>Pokaż &amp;dziennik</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>L&amp;aunch %1</source>
        <translation>&amp;Uruchom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch %1</source>
        <translation>Uruchom %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+19"/>
        <source>Restart the computer &amp;now</source>
        <translation>Uruchom ponownie komputer &amp;teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Restart the computer now</source>
        <translation>Uruchom ponownie komputer teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I will restart the applications or the computer &amp;later</source>
        <translation>Uruchomię ponownie aplikacje lub komputer &amp;później</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the applications or the computer later</source>
        <translation>Uruchom ponownie aplikacje lub komputer później</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>I will restart the computer &amp;later</source>
        <translation>Uruchomię ponownie komputer &amp;później</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the computer later</source>
        <translation>Uruchom ponownie komputer później</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The log of this setup: %1</source>
        <translation>Dziennik tej instalacji: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the setup log</source>
        <translation>Pokaż dziennik instalacji</translation>
    </message>
</context>
<context>
    <name>InstallEngine</name>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="+158"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+128"/>
        <source>The applications that use the files could not be listed: %1</source>
        <translation>Nie udało się ustalić listy aplikacji używających plików: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+58"/>
        <source>Starting a Restart Manager session…</source>
        <translation>Uruchamianie sesji Menedżera ponownego uruchamiania…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>The Restart Manager session could not be started: %1</source>
        <translation>Nie udało się uruchomić sesji Menedżera ponownego uruchamiania: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the installer of %1…</source>
        <translation>Uruchamianie instalatora składnika %1…</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>joining the session</source>
        <translation>dołączania do sesji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registering its files</source>
        <translation>rejestrowania swoich plików</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>installing its files</source>
        <translation>instalowania swoich plików</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirming its files</source>
        <translation>potwierdzania swoich plików</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaving the session</source>
        <translation>opuszczania sesji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undoing its changes</source>
        <translation>cofania swoich zmian</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 %2 is installed, which is newer than %3: a downgrade needs your confirmation.</source>
        <translation>Zainstalowano %1 %2, nowszą niż %3: powrót do starszej wersji wymaga Twojego potwierdzenia.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Setup cannot find the folders for the menu entries: %1</source>
        <translation>Instalator nie może znaleźć folderów na pozycje menu: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+724"/>
        <source>Setup could not register its own files: %1</source>
        <translation>Instalator nie mógł zarejestrować własnych plików: %1</translation>
    </message>
    <message>
        <location line="-692"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+15"/>
        <source>Looking for applications that use the files…</source>
        <translation>Wyszukiwanie aplikacji używających plików…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>Ready.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Setup could not read what its session holds: %1</source>
        <translation>Instalator nie mógł odczytać zawartości swojej sesji: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Setup could not register the files of %1: %2</source>
        <translation>Instalator nie mógł zarejestrować plików składnika %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting for the installer of %1…</source>
        <translation>Oczekiwanie na instalator składnika %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The installer of %1 failed while %2: %3</source>
        <translation>Instalator składnika %1 napotkał błąd podczas %2: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+69"/>
        <location line="+6"/>
        <source>Closing applications…</source>
        <translation>Zamykanie aplikacji…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Installing %1…</source>
        <translation>Instalowanie: %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup cannot examine the files of %1: %2</source>
        <translation>Instalator nie może sprawdzić plików składnika %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installing files…</source>
        <translation>Instalowanie plików…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+500"/>
        <source>Setup could not remove the files the new version does not ship: %1</source>
        <translation>Instalator nie mógł usunąć plików, których nowa wersja już nie zawiera: %1</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>Setup could not add %1 to the desktop: %2</source>
        <translation>Instalator nie mógł dodać %1 do pulpitu: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+29"/>
        <source>Setup could not write its own files: %1</source>
        <translation>Instalator nie mógł zapisać własnych plików: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Setup could not write the menu entries: %1</source>
        <translation>Instalator nie mógł zapisać pozycji menu: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirming the installation…</source>
        <translation>Potwierdzanie instalacji…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <location line="+194"/>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-65"/>
        <location line="+124"/>
        <source>Starting the closed applications again…</source>
        <translation>Ponowne uruchamianie zamkniętych aplikacji…</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Files installed.</source>
        <translation>Pliki zostały zainstalowane.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Setup could not confirm its own files: %1</source>
        <translation>Instalator nie mógł potwierdzić własnych plików: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+15"/>
        <location line="+44"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-141"/>
        <location line="+23"/>
        <source>Undoing the changes…</source>
        <translation>Cofanie zmian…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The record of the installed %1 cannot be used: %2</source>
        <translation>Nie można użyć zapisu zainstalowanego programu %1: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Setup cannot read %1.</source>
        <translation>Instalator nie może odczytać %1.</translation>
    </message>
</context>
<context>
    <name>InstallingPage</name>
    <message>
        <location filename="../ui/wizard/installing_page.cpp" line="+202"/>
        <source>%1 (%2): closing…</source>
        <translation>%1 (%2): zamykanie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>%1 (%2): still running</source>
        <translation>%1 (%2): nadal działa</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (%2): closed</source>
        <translation>%1 (%2): zamknięto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting for %1 to close… %2 s</source>
        <translation>Oczekiwanie na zamknięcie: %1… %2 s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) may be asking you to save your work. Switch to it, then choose Retry.</source>
        <translation>%1 (%2) może pytać o zapisanie pracy. Przełącz się do tej aplikacji, a następnie wybierz Ponów.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Installing</source>
        <translation>Instalowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup closes the applications, replaces the files and starts the applications again.</source>
        <translation>Instalator zamyka aplikacje, zastępuje pliki i ponownie uruchamia aplikacje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation progress</source>
        <translation>Postęp instalacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left for the applications to close</source>
        <translation>Czas pozostały na zamknięcie aplikacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications being closed</source>
        <translation>Zamykane aplikacje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Force the applications to close now (unsaved work in them is lost)</source>
        <translation>Wymuś teraz zamknięcie aplikacji (niezapisana praca zostanie utracona)</translation>
    </message>
</context>
<context>
    <name>LicensePage</name>
    <message>
        <location filename="../ui/wizard/license_page.cpp" line="+74"/>
        <source>License agreement</source>
        <translation>Umowa licencyjna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please read the license of %1.</source>
        <translation>Przeczytaj licencję programu %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License text</source>
        <translation>Tekst licencji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;accept the license agreement</source>
        <translation>&amp;Akceptuję umowę licencyjną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the license agreement</source>
        <translation>Zaakceptuj umowę licencyjną</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="+72"/>
        <location line="+74"/>
        <source>Install location</source>
        <translation>Miejsce instalacji</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_plan.cpp" line="+38"/>
        <source>Enter a full path, starting with / or ~/.</source>
        <translation>Wprowadź pełną ścieżkę zaczynającą się od / lub ~/.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder.</source>
        <translation>%1 nie jest folderem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not write to %1.</source>
        <translation>Nie masz uprawnień do zapisu w %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough room: %1 needed, %2 free.</source>
        <translation>Za mało miejsca: wymagane %1, wolne %2.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="-37"/>
        <source>%1 needed, %2 free.</source>
        <translation>Wymagane %1, wolne %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is installed here: this is an upgrade from %2 to %3.</source>
        <translation>W tym miejscu zainstalowano %1: to aktualizacja z wersji %2 do %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a reinstall of the same version.</source>
        <translation>W tym miejscu zainstalowano %1: to ponowna instalacja tej samej wersji.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a downgrade to the older version %2.</source>
        <translation>W tym miejscu zainstalowano %1: to powrót do starszej wersji %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the folder to install %1 in.</source>
        <translation>Wybierz folder, w którym ma zostać zainstalowany program %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder</source>
        <translation>Folder instalacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the &amp;older version anyway</source>
        <translation>Mimo to zainstaluj &amp;starszą wersję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the older version anyway</source>
        <translation>Mimo to zainstaluj starszą wersję</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Browse for the install folder</source>
        <translation>Wybierz folder instalacji</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../ui/setup/package.cpp" line="+96"/>
        <source>The package folder does not exist.</source>
        <translation>Folder pakietu nie istnieje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other users can change this folder of the package, and so swap its files while setup installs them.</source>
        <translation>Inni użytkownicy mogą zmieniać ten folder pakietu, a więc podmienić jego pliki podczas instalacji.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package has no readable manifest: %1</source>
        <translation>Pakiet nie ma czytelnego manifestu: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manifest is not valid JSON: %1.</source>
        <translation>Manifest nie jest poprawnym plikiem JSON: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest must be a JSON object ({ ... }).</source>
        <translation>Manifest musi być obiektem JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This field is missing.</source>
        <translation>Brak tego pola.</translation>
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
        <translation>To pole musi być tekstem (ciągiem JSON).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+94"/>
        <source>The icon size %1 is not one of 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 or &quot;scalable&quot;.</source>
        <translation>Rozmiar ikony %1 nie jest żadną z wartości 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 ani „scalable”.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location filename="../ui/setup/package.cpp" line="-223"/>
        <location line="+193"/>
        <location line="+34"/>
        <source>This field holds a control or direction character (%1), which is not allowed.</source>
        <translation>To pole zawiera znak sterujący lub znak kierunku (%1), co jest niedozwolone.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../ui/setup/package.cpp" line="-221"/>
        <location line="+211"/>
        <source>This field must not be empty.</source>
        <translation>To pole nie może być puste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/setup/package.cpp" line="-187"/>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot;, &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>„%1” nie jest kodem języka, takim jak „en”, „de” czy „pt_BR”.</translation>
    </message>
    <message>
        <location line="-116"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>A text given per language needs an &quot;en&quot; entry, the one shown in every other language.</source>
        <translation>Tekst podany dla poszczególnych języków wymaga wpisu „en”, wyświetlanego we wszystkich pozostałych językach.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="+14"/>
        <source>This field must be a whole number.</source>
        <translation>To pole musi być liczbą całkowitą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown manifest format %1: this setup program reads format %2.</source>
        <translation>Nieznany format manifestu %1: ten instalator odczytuje format %2.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+86"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>&quot;%1&quot; is outside the package.</source>
        <translation>„%1” znajduje się poza pakietem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <source>&quot;%1&quot; is missing from the package.</source>
        <translation>Brak „%1” w pakiecie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+7"/>
        <source>&quot;%1&quot; leads outside the package.</source>
        <translation>„%1” prowadzi poza pakiet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+4"/>
        <location line="+210"/>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1” nie jest plikiem.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a category: use letters, digits and &quot;-&quot;.</source>
        <translation>„%1” nie jest kategorią: użyj liter, cyfr i „-”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a MIME type such as &quot;application/x-example&quot;.</source>
        <translation>„%1” nie jest typem MIME, takim jak „application/x-example”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a file name pattern such as &quot;*.example&quot;.</source>
        <translation>„%1” nie jest wzorcem nazw plików, takim jak „*.example”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An icon with a size in pixels must be a .png file, a &quot;scalable&quot; one an .svg file.</source>
        <translation>Ikona o rozmiarze w pikselach musi być plikiem .png, a ikona „scalable” plikiem .svg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>„%1” występuje dwukrotnie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries and MIME types need the product&apos;s &quot;id&quot;, such as &quot;org.example.App&quot;.</source>
        <translation>Pozycje menu i typy MIME wymagają pola „id” produktu, np. „org.example.App”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A keyword must not contain &quot;;&quot;.</source>
        <translation>Słowo kluczowe nie może zawierać „;”.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-188"/>
        <source>The license &quot;%1&quot; cannot be read: %2</source>
        <translation>Nie można odczytać licencji „%1”: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The folder must be an absolute path or start with &quot;~/&quot;.</source>
        <translation>Folder musi być ścieżką bezwzględną lub zaczynać się od „~/”.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="-227"/>
        <location line="+18"/>
        <location filename="../ui/setup/package.cpp" line="+27"/>
        <source>This field must be a JSON object ({ ... }).</source>
        <translation>To pole musi być obiektem JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>&quot;%1&quot; is not allowed here: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (an id in reverse-DNS form, such as &quot;org.example.App&quot;).</source>
        <translation>„%1” jest tu niedozwolone: użyj liter, cyfr, „.”, „_” i „-” (identyfikator w odwróconej notacji DNS, np. „org.example.App”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a command name: use letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;+&quot; and &quot;-&quot;, not starting with &quot;.&quot;.</source>
        <translation>„%1” nie jest nazwą polecenia: użyj liter, cyfr, „.”, „_”, „+” i „-”, nie zaczynając od „.”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a target of any file of the package.</source>
        <translation>„%1” nie jest celem żadnego pliku pakietu.</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+37"/>
        <location filename="../ui/setup/package.cpp" line="-54"/>
        <location line="+30"/>
        <location line="+144"/>
        <location line="+101"/>
        <source>This field must be a list (a JSON array).</source>
        <translation>To pole musi być listą (tablicą JSON).</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-97"/>
        <source>The package has no components.</source>
        <translation>Pakiet nie zawiera składników.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The component id &quot;%1&quot; is already used by %2.</source>
        <translation>Identyfikator składnika „%1” jest już używany przez %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A component must be a JSON object ({ ... }).</source>
        <translation>Składnik musi być obiektem JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A component id may contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>Identyfikator składnika może zawierać tylko litery, cyfry, „.”, „_” i „-”.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+56"/>
        <location filename="../ui/setup/package.cpp" line="+12"/>
        <location line="+117"/>
        <source>This field must be true or false.</source>
        <translation>To pole musi mieć wartość true lub false.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-371"/>
        <source>The folder must be an absolute path.</source>
        <translation>Folder musi być ścieżką bezwzględną.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+69"/>
        <location line="+5"/>
        <location line="+11"/>
        <source>&quot;%1&quot; is not an SVG or PNG image.</source>
        <translation>„%1” nie jest obrazem SVG ani PNG.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+11"/>
        <location line="+22"/>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>Nie można odczytać „%1”: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&quot;%1&quot; is too large: an image may have at most %2, and %3 × %3 pixels.</source>
        <translation>„%1” jest za duży: obraz może mieć najwyżej %2 i %3 × %3 pikseli.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The installer must be &quot;stock&quot; or a program in the package; &quot;%1&quot; is neither.</source>
        <translation>Instalator musi mieć wartość „stock” lub być programem z pakietu; „%1” nie jest żadnym z nich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The installer &quot;%1&quot; leads outside the package.</source>
        <translation>Instalator „%1” prowadzi poza pakiet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installer &quot;%1&quot; is not an executable file.</source>
        <translation>Instalator „%1” nie jest plikiem wykonywalnym.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installer &quot;%1&quot; can be changed by other users.</source>
        <translation>Instalator „%1” może zostać zmieniony przez innych użytkowników.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The component has no files.</source>
        <translation>Składnik nie zawiera plików.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file must be a JSON object ({ ... }).</source>
        <translation>Plik musi być obiektem JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not a product id: use reverse-DNS, such as &quot;org.example.AcmeViewer&quot; (letters, digits, &apos;-&apos; and &apos;_&apos;, in two or more parts separated by dots).</source>
        <translation>„%1” nie jest identyfikatorem produktu: użyj odwróconego zapisu DNS, np. „org.example.AcmeViewer” (litery, cyfry, &apos;-&apos; i &apos;_&apos;, w dwóch lub więcej częściach oddzielonych kropkami).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The mode must be a text such as &quot;0755&quot; or &quot;0644&quot;.</source>
        <translation>Tryb dostępu musi być tekstem, takim jak „0755” lub „0644”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mode %1 is not allowed: an installed file gets &quot;0755&quot; (a program) or &quot;0644&quot; (any other file), never setuid, setgid, sticky or writable by group or others.</source>
        <translation>Tryb dostępu %1 jest niedozwolony: instalowany plik otrzymuje „0755” (program) lub „0644” (każdy inny plik) i nigdy nie ma bitów setuid, setgid, sticky ani prawa zapisu dla grupy lub innych użytkowników.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The target &quot;%1&quot; must be relative to the installation folder.</source>
        <translation>Cel „%1” musi być względny wobec folderu instalacji.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; must not contain &quot;..&quot;.</source>
        <translation>Cel „%1” nie może zawierać „..”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target &quot;%1&quot; does not name a file.</source>
        <translation>Cel „%1” nie wskazuje pliku.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target &quot;%1&quot; ends in &quot;%2&quot;, which setup reserves for its own copies.</source>
        <translation>Cel „%1” kończy się na „%2”, a ta końcówka jest zarezerwowana dla własnych kopii instalatora.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target &quot;%1&quot; is already installed by %2.</source>
        <translation>Cel „%1” jest już instalowany przez %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; is a folder of %2.</source>
        <translation>Cel „%1” jest folderem składnika %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; needs &quot;%2&quot; to be a folder, but %3 installs a file there.</source>
        <translation>Cel „%1” wymaga, aby „%2” był folderem, ale %3 instaluje tam plik.</translation>
    </message>
    <message>
        <location filename="../ui/setup/embedded_package.cpp" line="+31"/>
        <source>The package does not exist.</source>
        <translation>Pakiet nie istnieje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No private folder for a copy of the package: %1</source>
        <translation>Nie można utworzyć prywatnego folderu na kopię pakietu: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The package cannot be copied to a temporary folder: %1</source>
        <translation>Nie można skopiować pakietu do folderu tymczasowego: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the folder of %1</source>
        <translation>nie można utworzyć folderu dla %1</translation>
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
        <translation>Przygotowywanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup starts the installers of the components and looks for applications that use the files.</source>
        <translation>Instalator uruchamia instalatory składników i wyszukuje aplikacje używające plików.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparation progress</source>
        <translation>Postęp przygotowania</translation>
    </message>
</context>
<context>
    <name>ProductRecord</name>
    <message>
        <location filename="../ui/setup/product_record.cpp" line="+109"/>
        <source>The record is not valid JSON.</source>
        <translation>Zapis nie jest prawidłowym plikiem JSON.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The record has no valid product id.</source>
        <translation>Zapis nie ma prawidłowego identyfikatora produktu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record names an install folder that is not a full path: %1</source>
        <translation>Zapis wskazuje folder instalacji, który nie jest pełną ścieżką: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record names a file outside its install folder: %1</source>
        <translation>Zapis wskazuje plik spoza swojego folderu instalacji: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record names a file twice: %1</source>
        <translation>Zapis wskazuje plik dwukrotnie: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a folder outside its install folder: %1</source>
        <translation>Zapis wskazuje folder spoza swojego folderu instalacji: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a desktop file outside the desktop folders: %1</source>
        <translation>Zapis wskazuje plik pulpitu spoza folderów pulpitu: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Other users can change the folder of the records, %1.</source>
        <translation>Inni użytkownicy mogą zmieniać folder zapisów, %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record is a symbolic link.</source>
        <translation>Zapis jest dowiązaniem symbolicznym.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record cannot be read: %1</source>
        <translation>Nie można odczytać zapisu: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record is not a regular file.</source>
        <translation>Zapis nie jest zwykłym plikiem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record belongs to another user (user ID %1), not to you.</source>
        <translation>Zapis należy do innego użytkownika (identyfikator %1), a nie do Ciebie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other users can change the record.</source>
        <translation>Inni użytkownicy mogą zmieniać ten zapis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record is too large.</source>
        <translation>Zapis jest zbyt duży.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The record is that of another product (%1).</source>
        <translation>Zapis dotyczy innego produktu (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a product id.</source>
        <translation>„%1” nie jest identyfikatorem produktu.</translation>
    </message>
</context>
<context>
    <name>PublisherPage</name>
    <message>
        <location filename="../ui/wizard/publisher_page.cpp" line="+40"/>
        <source>The publisher could not be verified</source>
        <translation>Nie można zweryfikować wydawcy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This setup file is not signed.</source>
        <translation>Ten plik instalacyjny nie jest podpisany.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can tell who made this setup file or whether it was changed after it was made. Install it only if you trust where it came from.</source>
        <translation>Nikt nie wie, kto utworzył ten plik instalacyjny ani czy został później zmieniony. Instaluj go tylko wtedy, gdy ufasz jego źródłu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This setup file is signed with a key that is not trusted on this computer.</source>
        <translation>Ten plik instalacyjny jest podpisany kluczem, któremu ten komputer nie ufa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is intact, but its key (ID %1) is not among the keys this computer trusts, so nobody can tell who made this setup file. Install it only if you trust where it came from.</source>
        <translation>Podpis jest nienaruszony, ale jego klucz (ID %1) nie należy do kluczy zaufanych na tym komputerze, więc nikt nie wie, kto utworzył ten plik instalacyjny. Instaluj go tylko wtedy, gdy ufasz jego źródłu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;understand the risk and want to install it anyway</source>
        <translation>Ro&amp;zumiem ryzyko i mimo to chcę go zainstalować</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install although the publisher could not be verified</source>
        <translation>Zainstaluj, mimo że nie można zweryfikować wydawcy</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+67"/>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zamknij</translation>
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
        <translation>&lt; &amp;Wstecz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Dokonaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="+25"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../ui/wizard/ready_page.cpp" line="+26"/>
        <source>Ready to install</source>
        <translation>Gotowy do instalacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup has what it needs. Click Install to begin.</source>
        <translation>Instalator ma wszystko, czego potrzebuje. Kliknij Zainstaluj, aby rozpocząć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install</source>
        <translation>&amp;Zainstaluj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product: %1 %2
Folder: %3
Space needed: %4
Components:
%5</source>
        <translation>Produkt: %1 %2
Folder: %3
Wymagane miejsce: %4
Składniki:
%5</translation>
    </message>
</context>
<context>
    <name>SecondaryInstallerProcess</name>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+161"/>
        <source>its installer sent a malformed line</source>
        <translation>jego instalator wysłał niepoprawny wiersz</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its installer answered something else: %1</source>
        <translation>jego instalator udzielił nieoczekiwanej odpowiedzi: %1</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="-481"/>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="-97"/>
        <location line="+114"/>
        <source>its installer stopped unexpectedly</source>
        <translation>jego instalator nieoczekiwanie zakończył działanie</translation>
    </message>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+8"/>
        <source>its installer did not answer in time</source>
        <translation>jego instalator nie odpowiedział na czas</translation>
    </message>
</context>
<context>
    <name>SetupRun</name>
    <message>
        <location filename="../ui/setup/setup_run.cpp" line="+203"/>
        <source>Closing %1…</source>
        <translation>Zamykanie: %1…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/answer_source.cpp" line="+23"/>
        <source>Applications still running</source>
        <translation>Aplikacje są nadal uruchomione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications did not close:</source>
        <translation>Te aplikacje nie zostały zamknięte:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retry</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/installing_page.cpp" line="-2"/>
        <source>&amp;Force close</source>
        <translation>Wymuś &amp;zamknięcie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ignore (restart the computer later)</source>
        <translation>&amp;Ignoruj (uruchom ponownie komputer później)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel setup</source>
        <translation>&amp;Anuluj instalację</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The package cannot be installed</source>
        <translation>Nie można zainstalować pakietu</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location filename="../ui/wizard/finish_page.cpp" line="-118"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+243"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Setup is already running</source>
        <translation>Instalator jest już uruchomiony</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel setup</source>
        <translation>Anuluj instalację</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to cancel setup? Everything it changed will be put back.</source>
        <translation>Czy chcesz anulować instalację? Wszystkie wprowadzone zmiany zostaną cofnięte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, cancel setup</source>
        <translation>Tak, anuluj instalację</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, continue setup</source>
        <translation>Nie, kontynuuj instalację</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="-2"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+327"/>
        <source>%1 %2 Setup</source>
        <translation>Instalator programu %1 %2</translation>
    </message>
</context>
<context>
    <name>UninstallEngine</name>
    <message>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-116"/>
        <source>Checking the files of %1…</source>
        <translation>Sprawdzanie plików programu %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Nothing was removed: %1</source>
        <translation>Niczego nie usunięto: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Setup could not register the files: %1</source>
        <translation>Instalator nie mógł zarejestrować plików: %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+11"/>
        <source>Removing files…</source>
        <translation>Usuwanie plików…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>The files could not be removed: %1</source>
        <translation>Nie udało się usunąć plików: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Removing the desktop entries…</source>
        <translation>Usuwanie wpisów pulpitu…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was removed.</source>
        <translation>Usunięto %1.</translation>
    </message>
</context>
<context>
    <name>UninstallFilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="-458"/>
        <location line="+65"/>
        <source>&amp;Uninstall</source>
        <translation>Od&amp;instaluj</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>These applications use files that setup is about to remove.</source>
        <translation>Te aplikacje używają plików, które instalator zamierza usunąć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. The programs of %1 are closed and not started again; other applications are started again once the files are gone. You can also close them yourself and click Refresh.</source>
        <translation>Najpierw zapisz w nich swoją pracę. Programy %1 zostaną zamknięte i nie zostaną ponownie uruchomione; inne aplikacje zostaną ponownie uruchomione po usunięciu plików. Możesz też zamknąć je samodzielnie i kliknąć Odśwież.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close the applications automatically</source>
        <translation>&amp;Automatycznie zamknij aplikacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the applications automatically</source>
        <translation>Automatycznie zamknij aplikacje</translation>
    </message>
</context>
<context>
    <name>UninstallFinishPage</name>
    <message>
        <location line="+102"/>
        <source>Uninstall failed</source>
        <translation>Odinstalowanie nie powiodło się</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uninstall complete</source>
        <translation>Odinstalowanie zakończone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not removed. Nothing was changed.</source>
        <translation>Nie usunięto %1. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from your computer.</source>
        <translation>Usunięto %1 z komputera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files removed: %1</source>
        <translation>Usunięte pliki: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept, because you changed them since they were installed (remove them yourself, or uninstall with &quot;Also remove the files I changed&quot;):</source>
        <translation>Zachowano, ponieważ zostały zmienione od instalacji (usuń je samodzielnie lub odinstaluj z opcją „Usuń także zmienione przeze mnie pliki”):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept, because they hold files that setup did not install:</source>
        <translation>Zachowano, ponieważ zawierają pliki, których instalator nie zainstalował:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These menu entries, icons or commands could not be removed:</source>
        <translation>Nie można usunąć tych pozycji menu, ikon lub poleceń:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed: %1</source>
        <translation>Zamknięte: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be started again: %1</source>
        <translation>Nie można ponownie uruchomić: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These applications still use the removed files: %1. A restart of the computer is required to finish.</source>
        <translation>Te aplikacje nadal używają usuniętych plików: %1. Aby zakończyć, należy ponownie uruchomić komputer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was removed and what was kept</source>
        <translation>Co usunięto, a co zachowano</translation>
    </message>
</context>
<context>
    <name>UninstallRemovingPage</name>
    <message>
        <location line="-90"/>
        <source>Removing</source>
        <translation>Usuwanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup is removing %1. Cancel puts everything back.</source>
        <translation>Instalator usuwa %1. Anulowanie przywraca wszystko.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress of the removal</source>
        <translation>Postęp usuwania</translation>
    </message>
</context>
<context>
    <name>UninstallSummaryPage</name>
    <message>
        <location line="-224"/>
        <source>Uninstall %1</source>
        <translation>Odinstaluj %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup will remove the files that it installed, and nothing else.</source>
        <translation>Instalator usunie pliki, które zainstalował, i nic więcej.</translation>
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
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files: %1 (%2)</source>
        <translation>Pliki: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries, icons and commands: %1</source>
        <translation>Pozycje menu, ikony i polecenia: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for files that you changed since they were installed…</source>
        <translation>Wyszukiwanie plików zmienionych przez Ciebie od instalacji…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing can be removed: %1</source>
        <translation>Nie można niczego usunąć: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed none of the installed files.</source>
        <translation>Nie zmieniono żadnego z zainstalowanych plików.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed these files since they were installed. They will be removed too:</source>
        <translation>Te pliki zostały zmienione przez Ciebie od instalacji. Również zostaną usunięte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed these files since they were installed. They will be kept:</source>
        <translation>Te pliki zostały zmienione przez Ciebie od instalacji. Zostaną zachowane:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you changed</source>
        <translation>Zmienione przez Ciebie pliki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Also remove the files I changed</source>
        <translation>&amp;Usuń także zmienione przeze mnie pliki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also remove the files I changed</source>
        <translation>Usuń także zmienione przeze mnie pliki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Uninstall</source>
        <translation>Od&amp;instaluj</translation>
    </message>
</context>
<context>
    <name>UninstallWizard</name>
    <message>
        <location line="+457"/>
        <source>Uninstall %1</source>
        <translation>Odinstaluj %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Setup cannot uninstall</source>
        <translation>Instalator nie może odinstalować</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcome_page.cpp" line="+62"/>
        <source>Welcome to %1 %2</source>
        <translation>Witamy w instalatorze programu %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This wizard installs %1 %2 on your computer.

Publisher: %3

If applications use files that setup replaces, setup can close them and start them again afterwards.</source>
        <translation>Ten kreator zainstaluje %1 %2 na tym komputerze.

Wydawca: %3

Jeśli aplikacje używają plików zastępowanych przez instalator, może on je zamknąć i później uruchomić ponownie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Setup restarted applications that an earlier setup had closed: %1.</source>
        <translation>Instalator ponownie uruchomił aplikacje zamknięte przez wcześniejszą instalację: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of setup</source>
        <translation>Język instalatora</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/setup_main.cpp" line="+325"/>
        <source>(you changed it; the new version is %1)</source>
        <translation>(zmieniono go; nowa wersja to %1)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>refused: %1</source>
        <translation>odrzucono: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+63"/>
        <location line="+412"/>
        <source>%1 is not installed.</source>
        <translation>%1 nie jest zainstalowany.</translation>
    </message>
    <message>
        <location line="-469"/>
        <location line="+58"/>
        <source>The record of %1 is refused, and nothing was removed: %2</source>
        <translation>Zapis %1 został odrzucony i niczego nie usunięto: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Installs a package with the Restart Manager.</source>
        <translation>Instaluje pakiet przy użyciu Menedżera ponownego uruchamiania.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User interface language, e.g. de.</source>
        <translation>Język interfejsu użytkownika, np. pl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package directory (default: the demo package).</source>
        <translation>Folder pakietu (domyślnie: pakiet demonstracyjny).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the log to this file.</source>
        <translation>Zapisuj dziennik do tego pliku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer a question without asking, e.g. StillRunning=force or ConfirmCancel=yes.</source>
        <translation>Odpowiedz na pytanie bez zadawania go, np. StillRunning=force lub ConfirmCancel=yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the milliseconds until the first page shows.</source>
        <translation>Wypisz liczbę milisekund do wyświetlenia pierwszej strony.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the exit code to this file (the shell sees it only modulo 256).</source>
        <translation>Zapisz również kod wyjścia do tego pliku (powłoka widzi go tylko modulo 256).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk every page of an installation into a temporary folder and write a screenshot and a list of the widgets of each page to this folder (--lang all: every language).</source>
        <translation>Przejdź przez wszystkie strony instalacji do folderu tymczasowego i zapisz w tym folderze zrzut ekranu oraz listę elementów każdej strony (--lang all: wszystkie języki).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install without a window and without questions; needs no display.</source>
        <translation>Instaluj bez okna i bez pytań; nie wymaga ekranu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install without questions, showing only the progress.</source>
        <translation>Instaluj bez pytań, pokazując tylko postęp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install in this folder.</source>
        <translation>Instaluj w tym folderze.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install these components, e.g. app,dictionary.</source>
        <translation>Instaluj te składniki, np. app,dictionary.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications that use the files and restart them afterwards (default).</source>
        <translation>Zamknij aplikacje używające plików i uruchom je potem ponownie (domyślnie).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the applications running; the computer must restart later.</source>
        <translation>Pozostaw aplikacje uruchomione; komputer trzeba będzie później uruchomić ponownie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications; end those that do not close in time.</source>
        <translation>Zamknij aplikacje; zakończ te, które nie zamkną się na czas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not start the closed applications again.</source>
        <translation>Nie uruchamiaj ponownie zamkniętych aplikacji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never restart the computer; exit with 3010 when a restart is needed.</source>
        <translation>Nigdy nie uruchamiaj ponownie komputera; zakończ z kodem 3010, gdy potrzebny jest restart.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the product once it is installed, as the user who ran setup.</source>
        <translation>Uruchom produkt po instalacji jako użytkownik, który uruchomił instalator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the answers from this file (Key=Value lines).</source>
        <translation>Wczytaj odpowiedzi z tego pliku (wiersze Key=Value).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the answers of this run to this file.</source>
        <translation>Zapisz odpowiedzi z tego uruchomienia do tego pliku.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The publisher could not be verified (the signer&apos;s key ID, or unsigned): ask the user first.</source>
        <translation>Nie można zweryfikować wydawcy (ID klucza podpisującego lub unsigned): najpierw zapytaj użytkownika.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the installed product with this id.</source>
        <translation>Usuń zainstalowany produkt o tym identyfikatorze.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --uninstall: remove the files you changed too.</source>
        <translation>Z --uninstall: usuń również zmienione przez Ciebie pliki.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the installed products.</source>
        <translation>Wyświetl zainstalowane produkty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --list-installed: as JSON.</source>
        <translation>Z --list-installed: w formacie JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install an older version over a newer one without asking.</source>
        <translation>Zainstaluj starszą wersję na nowszej bez pytania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the missing or changed files of the installed product (with the package of its version).</source>
        <translation>Przywróć brakujące lub zmienione pliki zainstalowanego produktu (z pakietu jego wersji).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add or remove components of the installed product (with --components).</source>
        <translation>Dodaj lub usuń składniki zainstalowanego produktu (z --components).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No display is available. Use --unattended to install without a window.</source>
        <translation>Brak dostępnego ekranu. Użyj --unattended, aby zainstalować bez okna.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+48"/>
        <source>Setup of %1 is already running. Wait until it has finished, then start setup again.</source>
        <translation>Instalacja %1 jest już uruchomiona. Poczekaj, aż się zakończy, a potem uruchom instalację ponownie.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--repair needs the package of the installed version %1.</source>
        <translation>--repair wymaga pakietu zainstalowanej wersji %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The install folder %1 cannot be used: %2</source>
        <translation>Nie można użyć folderu instalacji %1: %2</translation>
    </message>
</context>
</TS>
