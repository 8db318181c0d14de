<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AffectedAppsModel</name>
    <message>
        <location filename="../ui/affected_apps_model.cpp" line="+47"/>
        <location line="+174"/>
        <source>Application</source>
        <translation>Toepassing</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Application window</source>
        <translation>Toepassingsvenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop shell</source>
        <translation>Bureaubladshell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal program</source>
        <translation>Terminalprogramma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System process</source>
        <translation>Systeemproces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped by systemd</source>
        <translation>Gestopt door systemd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked to close its windows</source>
        <translation>Gevraagd zijn vensters te sluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked to quit</source>
        <translation>Gevraagd af te sluiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent a quit signal (unsaved work may be lost)</source>
        <translation>Krijgt een stopsignaal (niet-opgeslagen werk kan verloren gaan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be closed</source>
        <translation>Kan niet worden gesloten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left running</source>
        <translation>Blijft actief</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed, not restarted</source>
        <translation>Gesloten, niet opnieuw gestart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed and restarted</source>
        <translation>Gesloten en opnieuw gestart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process ID: %1</source>
        <translation>Proces-ID: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>Gebruiker: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses: %1</source>
        <translation>Gebruikt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close: %1</source>
        <translation>Hoe de installatie vraagt om af te sluiten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An application of another user uses the files, and setup may not close it.</source>
        <translation>Een toepassing van een andere gebruiker gebruikt de bestanden, en het installatieprogramma mag deze niet sluiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An application in another login session or container uses the files.</source>
        <translation>Een toepassing in een andere aanmeldsessie of container gebruikt de bestanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part of the system that cannot be stopped uses the files.</source>
        <translation>Een deel van het systeem dat niet kan worden gestopt, gebruikt de bestanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A system service that cannot be stopped uses the files.</source>
        <translation>Een systeemservice die niet kan worden gestopt, gebruikt de bestanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup itself uses the files.</source>
        <translation>Het installatieprogramma gebruikt de bestanden zelf.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your desktop itself (its window manager or shell) uses the files, and setup does not close it: log out and log in again after setup, or restart the computer.</source>
        <translation>Uw bureaublad zelf (de vensterbeheerder of shell ervan) gebruikt de bestanden, en het installatieprogramma sluit het niet: meld u na de installatie af en weer aan, of start de computer opnieuw op.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (service %2)</source>
        <translation>%1 (service %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(registered)</source>
        <translation>(geregistreerd)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Process ID</source>
        <translation>Proces-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close</source>
        <translation>Hoe de installatie vraagt om af te sluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What setup will do</source>
        <translation>Geplande actie</translation>
    </message>
</context>
<context>
    <name>ComponentsPage</name>
    <message>
        <location filename="../ui/wizard/components_page.cpp" line="+53"/>
        <source>%1 (required)</source>
        <translation>%1 (vereist)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Space needed: %1</source>
        <translation>Benodigde ruimte: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what to install.</source>
        <translation>Kies wat u wilt installeren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components to install</source>
        <translation>Te installeren onderdelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the component</source>
        <translation>Beschrijving van het onderdeel</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/setup/error_text.cpp" line="+19"/>
        <source>Access was denied: a file or folder belongs to another user, or another user could change it.</source>
        <translation>Toegang geweigerd: een bestand of map is van een andere gebruiker, of een andere gebruiker kan het wijzigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Restart Manager session is no longer open.</source>
        <translation>De sessie van Herstartbeheer is niet meer open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough memory.</source>
        <translation>Er is niet genoeg geheugen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read or written (the disk may be full or read-only).</source>
        <translation>Een bestand kon niet worden gelezen of geschreven (de schijf is misschien vol of alleen-lezen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package asked for something that cannot be done.</source>
        <translation>Het pakket vroeg om iets wat niet kan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another setup program is busy with the Restart Manager; try again in a moment.</source>
        <translation>Een ander installatieprogramma is bezig met Herstartbeheer; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applications could not be closed: a restart of the computer is needed.</source>
        <translation>De toepassingen konden niet worden gesloten: de computer moet opnieuw worden opgestart.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications did not close.</source>
        <translation>Sommige toepassingen zijn niet gesloten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications could not be started again.</source>
        <translation>Sommige toepassingen konden niet opnieuw worden gestart.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many setup programs are running at the same time.</source>
        <translation>Er draaien te veel installatieprogramma’s tegelijk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installer could not join setup&apos;s session.</source>
        <translation>Het installatieprogramma kon niet deelnemen aan de sessie van de installatie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled.</source>
        <translation>De bewerking is geannuleerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file is damaged. Download it again.</source>
        <translation>Het installatiebestand is beschadigd. Download het opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unexpected error occurred (code %1).</source>
        <translation>Er is een onverwachte fout opgetreden (code %1).</translation>
    </message>
</context>
<context>
    <name>FilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/files_in_use_page.cpp" line="+89"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+316"/>
        <source>A restart of the computer will be needed: %1</source>
        <translation>De computer moet opnieuw worden opgestart: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+20"/>
        <source>Files in use</source>
        <translation>Bestanden in gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications use files that setup needs to replace.</source>
        <translation>Deze toepassingen gebruiken bestanden die het installatieprogramma moet vervangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. You can also close them yourself and click Refresh.</source>
        <translation>Sla eerst uw werk in deze toepassingen op. U kunt ze ook zelf sluiten en op Vernieuwen klikken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+8"/>
        <source>Applications that use the files</source>
        <translation>Toepassingen die de bestanden gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Details of the selected application</source>
        <translation>Details van de geselecteerde toepassing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the applications automatically and restart them after setup</source>
        <translation>Toepassingen automatisch &amp;sluiten en na de installatie opnieuw starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+3"/>
        <source>&amp;Do not close the applications (a restart of the computer will be required)</source>
        <translation>Toepassingen &amp;niet sluiten (de computer moet opnieuw worden opgestart)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+4"/>
        <source>&amp;Refresh</source>
        <translation>Vernieu&amp;wen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Refresh the list of applications</source>
        <translation>De lijst met toepassingen vernieuwen</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/wizard/finish_page.cpp" line="+79"/>
        <location line="+10"/>
        <source>Setup log</source>
        <translation>Installatielogboek</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The setup log&apos;s file</source>
        <translation>Bestand van het installatielogboek</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Open in another application</source>
        <translation>&amp;Openen in een andere toepassing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the log in another application</source>
        <translation>Het logboek openen in een andere toepassing</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Setup failed</source>
        <translation>Installatie mislukt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setup is complete</source>
        <translation>Installatie voltooid</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not installed. Everything setup changed was put back.</source>
        <translation>%1 is niet geïnstalleerd. Alle wijzigingen van het installatieprogramma zijn ongedaan gemaakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 was installed in %3.</source>
        <translation>%1 %2 is geïnstalleerd in %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installed: %1</source>
        <translation>Geïnstalleerd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed %1: it was kept, and the new version is beside it as %2.</source>
        <translation>U hebt %1 gewijzigd: het is behouden en de nieuwe versie staat ernaast als %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed from the old version: %1</source>
        <translation>Verwijderd uit de oude versie: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not close when asked, and setup forced it to close: unsaved work in it was lost.</source>
        <translation>%1 sloot niet af toen daarom werd gevraagd; de installatie heeft het geforceerd afgesloten. Niet-opgeslagen werk is verloren gegaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+128"/>
        <source>Started again: %1</source>
        <translation>Opnieuw gestart: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup could not start these applications again: %1. Start them yourself.</source>
        <translation>Het installatieprogramma kon deze toepassingen niet opnieuw starten: %1. Start ze zelf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To uninstall %1 later, run: %2</source>
        <translation>Voer dit uit om %1 later te verwijderen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To uninstall %1 later, choose &quot;Uninstall&quot; on its entry in the applications menu (right-click it), or run: %2</source>
        <translation>Om %1 later te verwijderen, kiest u &quot;Verwijderen&quot; bij het item in het toepassingenmenu (klik er met de rechtermuisknop op), of voert u dit uit: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A restart of the computer is required to finish the installation.</source>
        <translation>De computer moet opnieuw worden opgestart om de installatie te voltooien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These applications still run the old files: %1. To finish the update, close them and start them again, or restart the computer.</source>
        <translation>Deze toepassingen gebruiken nog de oude bestanden: %1. Sluit ze af en start ze opnieuw, of start de computer opnieuw op om de update te voltooien.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show the lo&amp;g</source>
        <translation>Lo&amp;gboek weergeven</translation>
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
        <translation>De computer &amp;nu opnieuw opstarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Restart the computer now</source>
        <translation>De computer nu opnieuw opstarten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I will restart the applications or the computer &amp;later</source>
        <translation>Ik start de toepassingen of de computer &amp;later opnieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the applications or the computer later</source>
        <translation>De toepassingen of de computer later opnieuw starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>I will restart the computer &amp;later</source>
        <translation>Ik start de computer &amp;later opnieuw op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the computer later</source>
        <translation>De computer later opnieuw opstarten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The log of this setup: %1</source>
        <translation>Logboek van deze installatie: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the setup log</source>
        <translation>Het installatielogboek weergeven</translation>
    </message>
</context>
<context>
    <name>InstallEngine</name>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="+158"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+128"/>
        <source>The applications that use the files could not be listed: %1</source>
        <translation>De toepassingen die de bestanden gebruiken, konden niet worden opgesomd: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+58"/>
        <source>Starting a Restart Manager session…</source>
        <translation>Een sessie van Herstartbeheer wordt gestart…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>The Restart Manager session could not be started: %1</source>
        <translation>De sessie van Herstartbeheer kon niet worden gestart: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the installer of %1…</source>
        <translation>Het installatieprogramma van %1 wordt gestart…</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>joining the session</source>
        <translation>deelnemen aan de sessie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registering its files</source>
        <translation>registreren van zijn bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>installing its files</source>
        <translation>installeren van zijn bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirming its files</source>
        <translation>bevestigen van zijn bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaving the session</source>
        <translation>verlaten van de sessie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undoing its changes</source>
        <translation>ongedaan maken van zijn wijzigingen</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 %2 is installed, which is newer than %3: a downgrade needs your confirmation.</source>
        <translation>%1 %2 is geïnstalleerd en is nieuwer dan %3: een downgrade vereist uw bevestiging.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Setup cannot find the folders for the menu entries: %1</source>
        <translation>Setup kan de mappen voor de menu-items niet vinden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+724"/>
        <source>Setup could not register its own files: %1</source>
        <translation>Het installatieprogramma kon zijn eigen bestanden niet registreren: %1</translation>
    </message>
    <message>
        <location line="-692"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+15"/>
        <source>Looking for applications that use the files…</source>
        <translation>Toepassingen zoeken die de bestanden gebruiken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>Ready.</source>
        <translation>Gereed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Setup could not read what its session holds: %1</source>
        <translation>Het installatieprogramma kon niet lezen wat zijn sessie bevat: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Setup could not register the files of %1: %2</source>
        <translation>Het installatieprogramma kon de bestanden van %1 niet registreren: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting for the installer of %1…</source>
        <translation>Wachten op het installatieprogramma van %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The installer of %1 failed while %2: %3</source>
        <translation>Het installatieprogramma van %1 is mislukt bij het %2: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+69"/>
        <location line="+6"/>
        <source>Closing applications…</source>
        <translation>Toepassingen sluiten…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Installing %1…</source>
        <translation>%1 installeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup cannot examine the files of %1: %2</source>
        <translation>Het installatieprogramma kan de bestanden van %1 niet onderzoeken: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installing files…</source>
        <translation>Bestanden installeren…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+500"/>
        <source>Setup could not remove the files the new version does not ship: %1</source>
        <translation>Setup kon de bestanden die de nieuwe versie niet meer bevat niet verwijderen: %1</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>Setup could not add %1 to the desktop: %2</source>
        <translation>Setup kon %1 niet aan het bureaublad toevoegen: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+29"/>
        <source>Setup could not write its own files: %1</source>
        <translation>Het installatieprogramma kon zijn eigen bestanden niet schrijven: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Setup could not write the menu entries: %1</source>
        <translation>Setup kon de menu-items niet schrijven: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirming the installation…</source>
        <translation>Installatie bevestigen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <location line="+194"/>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-65"/>
        <location line="+124"/>
        <source>Starting the closed applications again…</source>
        <translation>De gesloten toepassingen opnieuw starten…</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Files installed.</source>
        <translation>Bestanden geïnstalleerd.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Setup could not confirm its own files: %1</source>
        <translation>Het installatieprogramma kon zijn eigen bestanden niet bevestigen: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+15"/>
        <location line="+44"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-141"/>
        <location line="+23"/>
        <source>Undoing the changes…</source>
        <translation>Wijzigingen ongedaan maken…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The record of the installed %1 cannot be used: %2</source>
        <translation>Het register van het geïnstalleerde %1 kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Setup cannot read %1.</source>
        <translation>Setup kan %1 niet lezen.</translation>
    </message>
</context>
<context>
    <name>InstallingPage</name>
    <message>
        <location filename="../ui/wizard/installing_page.cpp" line="+202"/>
        <source>%1 (%2): closing…</source>
        <translation>%1 (%2): wordt gesloten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>%1 (%2): still running</source>
        <translation>%1 (%2): draait nog</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (%2): closed</source>
        <translation>%1 (%2): gesloten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting for %1 to close… %2 s</source>
        <translation>Wachten tot %1 is gesloten… %2 s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) may be asking you to save your work. Switch to it, then choose Retry.</source>
        <translation>%1 (%2) vraagt u mogelijk om uw werk op te slaan. Schakel ernaar over en kies daarna Opnieuw proberen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Installing</source>
        <translation>Bezig met installeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup closes the applications, replaces the files and starts the applications again.</source>
        <translation>Het installatieprogramma sluit de toepassingen, vervangt de bestanden en start de toepassingen opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation progress</source>
        <translation>Voortgang van de installatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left for the applications to close</source>
        <translation>Resterende tijd om de toepassingen te sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications being closed</source>
        <translation>Toepassingen die worden gesloten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Force the applications to close now (unsaved work in them is lost)</source>
        <translation>De toepassingen nu geforceerd afsluiten (niet-opgeslagen werk gaat verloren)</translation>
    </message>
</context>
<context>
    <name>LicensePage</name>
    <message>
        <location filename="../ui/wizard/license_page.cpp" line="+74"/>
        <source>License agreement</source>
        <translation>Licentieovereenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please read the license of %1.</source>
        <translation>Lees de licentie van %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License text</source>
        <translation>Licentietekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;accept the license agreement</source>
        <translation>Ik &amp;ga akkoord met de licentieovereenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the license agreement</source>
        <translation>Akkoord gaan met de licentieovereenkomst</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="+72"/>
        <location line="+74"/>
        <source>Install location</source>
        <translation>Installatielocatie</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_plan.cpp" line="+38"/>
        <source>Enter a full path, starting with / or ~/.</source>
        <translation>Voer een volledig pad in dat met / of ~/ begint.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder.</source>
        <translation>%1 is geen map.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not write to %1.</source>
        <translation>U hebt geen schrijfrechten voor %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough room: %1 needed, %2 free.</source>
        <translation>Onvoldoende ruimte: %1 nodig, %2 vrij.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="-37"/>
        <source>%1 needed, %2 free.</source>
        <translation>%1 nodig, %2 vrij.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is installed here: this is an upgrade from %2 to %3.</source>
        <translation>%1 is hier geïnstalleerd: dit is een upgrade van %2 naar %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a reinstall of the same version.</source>
        <translation>%1 is hier geïnstalleerd: dit is een herinstallatie van dezelfde versie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a downgrade to the older version %2.</source>
        <translation>%1 is hier geïnstalleerd: dit is een downgrade naar de oudere versie %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the folder to install %1 in.</source>
        <translation>Kies de map waarin %1 moet worden geïnstalleerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder</source>
        <translation>Installatiemap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the &amp;older version anyway</source>
        <translation>Toch de &amp;oudere versie installeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the older version anyway</source>
        <translation>Toch de oudere versie installeren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Browse for the install folder</source>
        <translation>Naar de installatiemap bladeren</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../ui/setup/package.cpp" line="+96"/>
        <source>The package folder does not exist.</source>
        <translation>De pakketmap bestaat niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other users can change this folder of the package, and so swap its files while setup installs them.</source>
        <translation>Andere gebruikers kunnen deze map van het pakket wijzigen en zo de bestanden verwisselen terwijl het installatieprogramma ze installeert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package has no readable manifest: %1</source>
        <translation>Het pakket heeft geen leesbaar manifest: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manifest is not valid JSON: %1.</source>
        <translation>Het manifest is geen geldige JSON: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest must be a JSON object ({ ... }).</source>
        <translation>Het manifest moet een JSON-object zijn ({ ... }).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This field is missing.</source>
        <translation>Dit veld ontbreekt.</translation>
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
        <translation>Dit veld moet een tekst zijn (een JSON-string).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+94"/>
        <source>The icon size %1 is not one of 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 or &quot;scalable&quot;.</source>
        <translation>De pictogramgrootte %1 is niet een van 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 of &quot;scalable&quot;.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location filename="../ui/setup/package.cpp" line="-223"/>
        <location line="+193"/>
        <location line="+34"/>
        <source>This field holds a control or direction character (%1), which is not allowed.</source>
        <translation>Dit veld bevat een stuur- of richtingsteken (%1); dat is niet toegestaan.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../ui/setup/package.cpp" line="-221"/>
        <location line="+211"/>
        <source>This field must not be empty.</source>
        <translation>Dit veld mag niet leeg zijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/setup/package.cpp" line="-187"/>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot;, &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>&quot;%1&quot; is geen taalcode zoals &quot;en&quot;, &quot;de&quot; of &quot;pt_BR&quot;.</translation>
    </message>
    <message>
        <location line="-116"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>A text given per language needs an &quot;en&quot; entry, the one shown in every other language.</source>
        <translation>Een tekst per taal heeft een &quot;en&quot;-item nodig; dat wordt in alle andere talen getoond.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="+14"/>
        <source>This field must be a whole number.</source>
        <translation>Dit veld moet een geheel getal zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown manifest format %1: this setup program reads format %2.</source>
        <translation>Onbekende manifestindeling %1: dit installatieprogramma leest indeling %2.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+86"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>&quot;%1&quot; is outside the package.</source>
        <translation>‘%1’ ligt buiten het pakket.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <source>&quot;%1&quot; is missing from the package.</source>
        <translation>‘%1’ ontbreekt in het pakket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+7"/>
        <source>&quot;%1&quot; leads outside the package.</source>
        <translation>‘%1’ verwijst naar een plek buiten het pakket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+4"/>
        <location line="+210"/>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>‘%1’ is geen bestand.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a category: use letters, digits and &quot;-&quot;.</source>
        <translation>&quot;%1&quot; is geen categorie: gebruik letters, cijfers en &quot;-&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a MIME type such as &quot;application/x-example&quot;.</source>
        <translation>&quot;%1&quot; is geen MIME-type zoals &quot;application/x-example&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a file name pattern such as &quot;*.example&quot;.</source>
        <translation>&quot;%1&quot; is geen bestandsnaampatroon zoals &quot;*.example&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An icon with a size in pixels must be a .png file, a &quot;scalable&quot; one an .svg file.</source>
        <translation>Een pictogram met een grootte in pixels moet een .png-bestand zijn, een &quot;scalable&quot;-pictogram een .svg-bestand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>&quot;%1&quot; staat er twee keer in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries and MIME types need the product&apos;s &quot;id&quot;, such as &quot;org.example.App&quot;.</source>
        <translation>Menu-items en MIME-typen hebben de &quot;id&quot; van het product nodig, zoals &quot;org.example.App&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A keyword must not contain &quot;;&quot;.</source>
        <translation>Een trefwoord mag geen &quot;;&quot; bevatten.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-188"/>
        <source>The license &quot;%1&quot; cannot be read: %2</source>
        <translation>De licentie ‘%1’ kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The folder must be an absolute path or start with &quot;~/&quot;.</source>
        <translation>De map moet een absoluut pad zijn of met ‘~/’ beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="-227"/>
        <location line="+18"/>
        <location filename="../ui/setup/package.cpp" line="+27"/>
        <source>This field must be a JSON object ({ ... }).</source>
        <translation>Dit veld moet een JSON-object ({ ... }) zijn.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>&quot;%1&quot; is not allowed here: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (an id in reverse-DNS form, such as &quot;org.example.App&quot;).</source>
        <translation>&quot;%1&quot; is hier niet toegestaan: gebruik letters, cijfers, &quot;.&quot;, &quot;_&quot; en &quot;-&quot; (een id in omgekeerde DNS-vorm, zoals &quot;org.example.App&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a command name: use letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;+&quot; and &quot;-&quot;, not starting with &quot;.&quot;.</source>
        <translation>&quot;%1&quot; is geen opdrachtnaam: gebruik letters, cijfers, &quot;.&quot;, &quot;_&quot;, &quot;+&quot; en &quot;-&quot;, en begin niet met &quot;.&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a target of any file of the package.</source>
        <translation>&quot;%1&quot; is geen doel van een bestand in het pakket.</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+37"/>
        <location filename="../ui/setup/package.cpp" line="-54"/>
        <location line="+30"/>
        <location line="+144"/>
        <location line="+101"/>
        <source>This field must be a list (a JSON array).</source>
        <translation>Dit veld moet een lijst zijn (een JSON-array).</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-97"/>
        <source>The package has no components.</source>
        <translation>Het pakket heeft geen onderdelen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The component id &quot;%1&quot; is already used by %2.</source>
        <translation>De onderdeel-ID ‘%1’ wordt al gebruikt door %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A component must be a JSON object ({ ... }).</source>
        <translation>Een onderdeel moet een JSON-object zijn ({ ... }).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A component id may contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>Een onderdeel-ID mag alleen letters, cijfers, ‘.’, ‘_’ en ‘-’ bevatten.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+56"/>
        <location filename="../ui/setup/package.cpp" line="+12"/>
        <location line="+117"/>
        <source>This field must be true or false.</source>
        <translation>Dit veld moet true of false zijn.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-371"/>
        <source>The folder must be an absolute path.</source>
        <translation>De map moet een absoluut pad zijn.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+69"/>
        <location line="+5"/>
        <location line="+11"/>
        <source>&quot;%1&quot; is not an SVG or PNG image.</source>
        <translation>&quot;%1&quot; is geen SVG- of PNG-afbeelding.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+11"/>
        <location line="+22"/>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>&quot;%1&quot; kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&quot;%1&quot; is too large: an image may have at most %2, and %3 × %3 pixels.</source>
        <translation>&quot;%1&quot; is te groot: een afbeelding mag hoogstens %2 en %3 × %3 pixels zijn.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The installer must be &quot;stock&quot; or a program in the package; &quot;%1&quot; is neither.</source>
        <translation>Het installatieprogramma moet ‘stock’ of een programma in het pakket zijn; ‘%1’ is geen van beide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The installer &quot;%1&quot; leads outside the package.</source>
        <translation>Het installatieprogramma ‘%1’ verwijst naar een plek buiten het pakket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installer &quot;%1&quot; is not an executable file.</source>
        <translation>Het installatieprogramma ‘%1’ is geen uitvoerbaar bestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installer &quot;%1&quot; can be changed by other users.</source>
        <translation>Het installatieprogramma ‘%1’ kan door andere gebruikers worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The component has no files.</source>
        <translation>Het onderdeel heeft geen bestanden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file must be a JSON object ({ ... }).</source>
        <translation>Een bestand moet een JSON-object zijn ({ ... }).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not a product id: use reverse-DNS, such as &quot;org.example.AcmeViewer&quot; (letters, digits, &apos;-&apos; and &apos;_&apos;, in two or more parts separated by dots).</source>
        <translation>&quot;%1&quot; is geen product-id: gebruik omgekeerde DNS, zoals &quot;org.example.AcmeViewer&quot; (letters, cijfers, &apos;-&apos; en &apos;_&apos;, in twee of meer delen gescheiden door punten).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The mode must be a text such as &quot;0755&quot; or &quot;0644&quot;.</source>
        <translation>De modus moet een tekst zijn, zoals ‘0755’ of ‘0644’.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mode %1 is not allowed: an installed file gets &quot;0755&quot; (a program) or &quot;0644&quot; (any other file), never setuid, setgid, sticky or writable by group or others.</source>
        <translation>De modus %1 is niet toegestaan: een geïnstalleerd bestand krijgt ‘0755’ (een programma) of ‘0644’ (elk ander bestand), nooit setuid, setgid, sticky of schrijfbaar voor groep of anderen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The target &quot;%1&quot; must be relative to the installation folder.</source>
        <translation>Het doel ‘%1’ moet relatief zijn ten opzichte van de installatiemap.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; must not contain &quot;..&quot;.</source>
        <translation>Het doel ‘%1’ mag geen ‘..’ bevatten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target &quot;%1&quot; does not name a file.</source>
        <translation>Het doel ‘%1’ geeft geen bestand aan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target &quot;%1&quot; ends in &quot;%2&quot;, which setup reserves for its own copies.</source>
        <translation>Het doel ‘%1’ eindigt op ‘%2’, wat het installatieprogramma voor zijn eigen kopieën reserveert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target &quot;%1&quot; is already installed by %2.</source>
        <translation>Het doel ‘%1’ wordt al geïnstalleerd door %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; is a folder of %2.</source>
        <translation>Het doel ‘%1’ is een map van %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; needs &quot;%2&quot; to be a folder, but %3 installs a file there.</source>
        <translation>Het doel ‘%1’ vereist dat ‘%2’ een map is, maar %3 installeert daar een bestand.</translation>
    </message>
    <message>
        <location filename="../ui/setup/embedded_package.cpp" line="+31"/>
        <source>The package does not exist.</source>
        <translation>Het pakket bestaat niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No private folder for a copy of the package: %1</source>
        <translation>Er kon geen privémap voor een kopie van het pakket worden gemaakt: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The package cannot be copied to a temporary folder: %1</source>
        <translation>Het pakket kan niet naar een tijdelijke map worden gekopieerd: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the folder of %1</source>
        <translation>kan de map van %1 niet aanmaken</translation>
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
        <translation>Voorbereiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup starts the installers of the components and looks for applications that use the files.</source>
        <translation>Het installatieprogramma start de installatieprogramma&apos;s van de onderdelen en zoekt naar toepassingen die de bestanden gebruiken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparation progress</source>
        <translation>Voortgang van de voorbereiding</translation>
    </message>
</context>
<context>
    <name>ProductRecord</name>
    <message>
        <location filename="../ui/setup/product_record.cpp" line="+109"/>
        <source>The record is not valid JSON.</source>
        <translation>Het register is geen geldige JSON.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The record has no valid product id.</source>
        <translation>Het register heeft geen geldige product-id.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record names an install folder that is not a full path: %1</source>
        <translation>Het register noemt een installatiemap die geen volledig pad is: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record names a file outside its install folder: %1</source>
        <translation>Het register noemt een bestand buiten de installatiemap: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record names a file twice: %1</source>
        <translation>Het register noemt een bestand twee keer: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a folder outside its install folder: %1</source>
        <translation>Het register noemt een map buiten de installatiemap: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a desktop file outside the desktop folders: %1</source>
        <translation>Het register noemt een bureaubladbestand buiten de bureaubladmappen: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Other users can change the folder of the records, %1.</source>
        <translation>Andere gebruikers kunnen de map met registers wijzigen: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record is a symbolic link.</source>
        <translation>Het register is een symbolische koppeling.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record cannot be read: %1</source>
        <translation>Het register kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record is not a regular file.</source>
        <translation>Het register is geen gewoon bestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record belongs to another user (user ID %1), not to you.</source>
        <translation>Het register is van een andere gebruiker (gebruikers-id %1), niet van u.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other users can change the record.</source>
        <translation>Andere gebruikers kunnen het register wijzigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record is too large.</source>
        <translation>Het register is te groot.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The record is that of another product (%1).</source>
        <translation>Het register hoort bij een ander product (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a product id.</source>
        <translation>&quot;%1&quot; is geen product-id.</translation>
    </message>
</context>
<context>
    <name>PublisherPage</name>
    <message>
        <location filename="../ui/wizard/publisher_page.cpp" line="+40"/>
        <source>The publisher could not be verified</source>
        <translation>De uitgever kon niet worden geverifieerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This setup file is not signed.</source>
        <translation>Dit installatiebestand is niet ondertekend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can tell who made this setup file or whether it was changed after it was made. Install it only if you trust where it came from.</source>
        <translation>Niemand kan zeggen wie dit installatiebestand heeft gemaakt of dat het daarna is gewijzigd. Installeer het alleen als u de herkomst vertrouwt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This setup file is signed with a key that is not trusted on this computer.</source>
        <translation>Dit installatiebestand is ondertekend met een sleutel die deze computer niet vertrouwt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is intact, but its key (ID %1) is not among the keys this computer trusts, so nobody can tell who made this setup file. Install it only if you trust where it came from.</source>
        <translation>De handtekening is intact, maar de sleutel ervan (ID %1) hoort niet bij de sleutels die deze computer vertrouwt, dus niemand kan zeggen wie dit installatiebestand heeft gemaakt. Installeer het alleen als u de herkomst vertrouwt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;understand the risk and want to install it anyway</source>
        <translation>Ik &amp;begrijp het risico en wil het toch installeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install although the publisher could not be verified</source>
        <translation>Installeren, ook al kon de uitgever niet worden geverifieerd</translation>
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
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
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
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Vastleggen (commit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>Vol&amp;tooien</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="+25"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../ui/wizard/ready_page.cpp" line="+26"/>
        <source>Ready to install</source>
        <translation>Klaar om te installeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup has what it needs. Click Install to begin.</source>
        <translation>Het installatieprogramma heeft alles wat het nodig heeft. Klik op Installeren om te beginnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install</source>
        <translation>&amp;Installeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product: %1 %2
Folder: %3
Space needed: %4
Components:
%5</source>
        <translation>Product: %1 %2
Map: %3
Benodigde ruimte: %4
Onderdelen:
%5</translation>
    </message>
</context>
<context>
    <name>SecondaryInstallerProcess</name>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+161"/>
        <source>its installer sent a malformed line</source>
        <translation>het installatieprogramma stuurde een ongeldige regel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its installer answered something else: %1</source>
        <translation>het installatieprogramma gaf een onverwacht antwoord: %1</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="-481"/>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="-97"/>
        <location line="+114"/>
        <source>its installer stopped unexpectedly</source>
        <translation>het installatieprogramma is onverwacht gestopt</translation>
    </message>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+8"/>
        <source>its installer did not answer in time</source>
        <translation>het installatieprogramma antwoordde niet op tijd</translation>
    </message>
</context>
<context>
    <name>SetupRun</name>
    <message>
        <location filename="../ui/setup/setup_run.cpp" line="+203"/>
        <source>Closing %1…</source>
        <translation>%1 wordt afgesloten…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/answer_source.cpp" line="+23"/>
        <source>Applications still running</source>
        <translation>Toepassingen nog actief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications did not close:</source>
        <translation>Deze toepassingen zijn niet gesloten:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/installing_page.cpp" line="-2"/>
        <source>&amp;Force close</source>
        <translation>Sluiten &amp;forceren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ignore (restart the computer later)</source>
        <translation>&amp;Negeren (computer later opnieuw opstarten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel setup</source>
        <translation>Installatie &amp;annuleren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The package cannot be installed</source>
        <translation>Het pakket kan niet worden geïnstalleerd</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location filename="../ui/wizard/finish_page.cpp" line="-118"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+243"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Setup is already running</source>
        <translation>De installatie wordt al uitgevoerd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel setup</source>
        <translation>Installatie annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to cancel setup? Everything it changed will be put back.</source>
        <translation>Wilt u de installatie annuleren? Alle wijzigingen worden ongedaan gemaakt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, cancel setup</source>
        <translation>Ja, installatie annuleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, continue setup</source>
        <translation>Nee, installatie voortzetten</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="-2"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+327"/>
        <source>%1 %2 Setup</source>
        <translation>Installatie van %1 %2</translation>
    </message>
</context>
<context>
    <name>UninstallEngine</name>
    <message>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-116"/>
        <source>Checking the files of %1…</source>
        <translation>De bestanden van %1 worden gecontroleerd…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Nothing was removed: %1</source>
        <translation>Er is niets verwijderd: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Setup could not register the files: %1</source>
        <translation>Setup kon de bestanden niet registreren: %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+11"/>
        <source>Removing files…</source>
        <translation>Bestanden worden verwijderd…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>The files could not be removed: %1</source>
        <translation>De bestanden konden niet worden verwijderd: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Removing the desktop entries…</source>
        <translation>Bureaubladitems worden verwijderd…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was removed.</source>
        <translation>%1 is verwijderd.</translation>
    </message>
</context>
<context>
    <name>UninstallFilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="-458"/>
        <location line="+65"/>
        <source>&amp;Uninstall</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>These applications use files that setup is about to remove.</source>
        <translation>Deze toepassingen gebruiken bestanden die Setup gaat verwijderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. The programs of %1 are closed and not started again; other applications are started again once the files are gone. You can also close them yourself and click Refresh.</source>
        <translation>Sla eerst uw werk erin op. De programma&apos;s van %1 worden gesloten en niet opnieuw gestart; andere toepassingen worden opnieuw gestart zodra de bestanden weg zijn. U kunt ze ook zelf sluiten en op Vernieuwen klikken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close the applications automatically</source>
        <translation>Toepassingen automatisch &amp;sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the applications automatically</source>
        <translation>Toepassingen automatisch sluiten</translation>
    </message>
</context>
<context>
    <name>UninstallFinishPage</name>
    <message>
        <location line="+102"/>
        <source>Uninstall failed</source>
        <translation>Verwijderen mislukt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uninstall complete</source>
        <translation>Verwijderen voltooid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not removed. Nothing was changed.</source>
        <translation>%1 is niet verwijderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from your computer.</source>
        <translation>%1 is van uw computer verwijderd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files removed: %1</source>
        <translation>Verwijderde bestanden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept, because you changed them since they were installed (remove them yourself, or uninstall with &quot;Also remove the files I changed&quot;):</source>
        <translation>Bewaard, omdat u ze sinds de installatie hebt gewijzigd (verwijder ze zelf, of verwijder met ‘Ook de bestanden die ik heb gewijzigd verwijderen’):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept, because they hold files that setup did not install:</source>
        <translation>Bewaard, omdat ze bestanden bevatten die Setup niet heeft geïnstalleerd:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These menu entries, icons or commands could not be removed:</source>
        <translation>Deze menu-items, pictogrammen of opdrachten konden niet worden verwijderd:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed: %1</source>
        <translation>Gesloten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be started again: %1</source>
        <translation>Konden niet opnieuw worden gestart: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These applications still use the removed files: %1. A restart of the computer is required to finish.</source>
        <translation>Deze toepassingen gebruiken de verwijderde bestanden nog: %1. De computer moet opnieuw worden opgestart om te voltooien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was removed and what was kept</source>
        <translation>Wat is verwijderd en wat is bewaard</translation>
    </message>
</context>
<context>
    <name>UninstallRemovingPage</name>
    <message>
        <location line="-90"/>
        <source>Removing</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup is removing %1. Cancel puts everything back.</source>
        <translation>Setup verwijdert %1. Annuleren zet alles terug.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress of the removal</source>
        <translation>Voortgang van het verwijderen</translation>
    </message>
</context>
<context>
    <name>UninstallSummaryPage</name>
    <message>
        <location line="-224"/>
        <source>Uninstall %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup will remove the files that it installed, and nothing else.</source>
        <translation>Setup verwijdert de bestanden die het heeft geïnstalleerd, en verder niets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product: %1</source>
        <translation>Product: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product: %1 (%2)</source>
        <translation>Product: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>Map: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files: %1 (%2)</source>
        <translation>Bestanden: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries, icons and commands: %1</source>
        <translation>Menu-items, pictogrammen en opdrachten: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for files that you changed since they were installed…</source>
        <translation>Zoeken naar bestanden die u sinds de installatie hebt gewijzigd…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing can be removed: %1</source>
        <translation>Er kan niets worden verwijderd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed none of the installed files.</source>
        <translation>U hebt geen van de geïnstalleerde bestanden gewijzigd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed these files since they were installed. They will be removed too:</source>
        <translation>U hebt deze bestanden sinds de installatie gewijzigd. Ze worden ook verwijderd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed these files since they were installed. They will be kept:</source>
        <translation>U hebt deze bestanden sinds de installatie gewijzigd. Ze blijven bewaard:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you changed</source>
        <translation>Bestanden die u hebt gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Also remove the files I changed</source>
        <translation>Ook de bestanden die ik heb gewijzigd &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also remove the files I changed</source>
        <translation>Ook de bestanden die ik heb gewijzigd verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Uninstall</source>
        <translation>Verwij&amp;deren</translation>
    </message>
</context>
<context>
    <name>UninstallWizard</name>
    <message>
        <location line="+457"/>
        <source>Uninstall %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Setup cannot uninstall</source>
        <translation>Setup kan niet verwijderen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcome_page.cpp" line="+62"/>
        <source>Welcome to %1 %2</source>
        <translation>Welkom bij de installatie van %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This wizard installs %1 %2 on your computer.

Publisher: %3

If applications use files that setup replaces, setup can close them and start them again afterwards.</source>
        <translation>Deze wizard installeert %1 %2 op uw computer.

Uitgever: %3

Als toepassingen bestanden gebruiken die de installatie vervangt, kan de installatie ze afsluiten en daarna opnieuw starten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Setup restarted applications that an earlier setup had closed: %1.</source>
        <translation>Het installatieprogramma heeft toepassingen opnieuw gestart die een eerdere installatie had gesloten: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of setup</source>
        <translation>Taal van de installatie</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/setup_main.cpp" line="+325"/>
        <source>(you changed it; the new version is %1)</source>
        <translation>(u hebt het gewijzigd; de nieuwe versie is %1)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>refused: %1</source>
        <translation>geweigerd: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+63"/>
        <location line="+412"/>
        <source>%1 is not installed.</source>
        <translation>%1 is niet geïnstalleerd.</translation>
    </message>
    <message>
        <location line="-469"/>
        <location line="+58"/>
        <source>The record of %1 is refused, and nothing was removed: %2</source>
        <translation>Het register van %1 wordt geweigerd en er is niets verwijderd: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Installs a package with the Restart Manager.</source>
        <translation>Installeert een pakket met Herstartbeheer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User interface language, e.g. de.</source>
        <translation>Taal van de gebruikersinterface, bijv. nl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package directory (default: the demo package).</source>
        <translation>De pakketmap (standaard: het demopakket).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the log to this file.</source>
        <translation>Het logboek naar dit bestand schrijven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer a question without asking, e.g. StillRunning=force or ConfirmCancel=yes.</source>
        <translation>Een vraag beantwoorden zonder die te stellen, bijv. StillRunning=force of ConfirmCancel=yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the milliseconds until the first page shows.</source>
        <translation>Het aantal milliseconden tot de eerste pagina verschijnt weergeven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the exit code to this file (the shell sees it only modulo 256).</source>
        <translation>De afsluitcode ook naar dit bestand schrijven (de shell ziet die alleen modulo 256).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk every page of an installation into a temporary folder and write a screenshot and a list of the widgets of each page to this folder (--lang all: every language).</source>
        <translation>Alle pagina&apos;s van een installatie in een tijdelijke map doorlopen en van elke pagina een schermafbeelding en een lijst van de elementen naar deze map schrijven (--lang all: alle talen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install without a window and without questions; needs no display.</source>
        <translation>Installeren zonder venster en zonder vragen; heeft geen beeldscherm nodig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install without questions, showing only the progress.</source>
        <translation>Installeren zonder vragen, alleen de voortgang tonen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install in this folder.</source>
        <translation>In deze map installeren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install these components, e.g. app,dictionary.</source>
        <translation>Deze onderdelen installeren, bijv. app,dictionary.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications that use the files and restart them afterwards (default).</source>
        <translation>De toepassingen sluiten die de bestanden gebruiken en ze daarna opnieuw starten (standaard).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the applications running; the computer must restart later.</source>
        <translation>De toepassingen laten draaien; de computer moet later opnieuw opstarten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications; end those that do not close in time.</source>
        <translation>De toepassingen sluiten; beëindigen wat niet op tijd sluit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not start the closed applications again.</source>
        <translation>De gesloten toepassingen niet opnieuw starten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never restart the computer; exit with 3010 when a restart is needed.</source>
        <translation>De computer nooit opnieuw opstarten; afsluiten met 3010 als een herstart nodig is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the product once it is installed, as the user who ran setup.</source>
        <translation>Het product na de installatie starten, als de gebruiker die de installatie uitvoerde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the answers from this file (Key=Value lines).</source>
        <translation>De antwoorden uit dit bestand lezen (regels Key=Value).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the answers of this run to this file.</source>
        <translation>De antwoorden van deze uitvoering naar dit bestand schrijven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The publisher could not be verified (the signer&apos;s key ID, or unsigned): ask the user first.</source>
        <translation>De uitgever kon niet worden geverifieerd (sleutel-ID van de ondertekenaar, of unsigned): eerst de gebruiker vragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the installed product with this id.</source>
        <translation>Het geïnstalleerde product met deze id verwijderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --uninstall: remove the files you changed too.</source>
        <translation>Met --uninstall: ook de bestanden verwijderen die u hebt gewijzigd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the installed products.</source>
        <translation>De geïnstalleerde producten weergeven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --list-installed: as JSON.</source>
        <translation>Met --list-installed: als JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install an older version over a newer one without asking.</source>
        <translation>Een oudere versie zonder te vragen over een nieuwere installeren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the missing or changed files of the installed product (with the package of its version).</source>
        <translation>De ontbrekende of gewijzigde bestanden van het geïnstalleerde product herstellen (met het pakket van zijn versie).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add or remove components of the installed product (with --components).</source>
        <translation>Onderdelen van het geïnstalleerde product toevoegen of verwijderen (met --components).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No display is available. Use --unattended to install without a window.</source>
        <translation>Er is geen beeldscherm beschikbaar. Gebruik --unattended om zonder venster te installeren.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+48"/>
        <source>Setup of %1 is already running. Wait until it has finished, then start setup again.</source>
        <translation>De installatie van %1 wordt al uitgevoerd. Wacht tot die klaar is en start de installatie dan opnieuw.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--repair needs the package of the installed version %1.</source>
        <translation>--repair heeft het pakket van de geïnstalleerde versie %1 nodig.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The install folder %1 cannot be used: %2</source>
        <translation>De installatiemap %1 kan niet worden gebruikt: %2</translation>
    </message>
</context>
</TS>
