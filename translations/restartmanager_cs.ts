<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
<context>
    <name>AffectedAppsModel</name>
    <message>
        <location filename="../ui/affected_apps_model.cpp" line="+47"/>
        <location line="+174"/>
        <source>Application</source>
        <translation>Aplikace</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Application window</source>
        <translation>Okno aplikace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Služba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop shell</source>
        <translation>Shell pracovní plochy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal program</source>
        <translation>Terminálový program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System process</source>
        <translation>Systémový proces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped by systemd</source>
        <translation>Zastaví ji systemd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked to close its windows</source>
        <translation>Požádáno o zavření oken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked to quit</source>
        <translation>Požádáno o ukončení</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent a quit signal (unsaved work may be lost)</source>
        <translation>Dostane signál k ukončení (neuložená práce se může ztratit)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be closed</source>
        <translation>Nelze zavřít</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left running</source>
        <translation>Zůstane spuštěno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed, not restarted</source>
        <translation>Zavřeno, nebude znovu spuštěno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed and restarted</source>
        <translation>Zavřít a znovu spustit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process ID: %1</source>
        <translation>ID procesu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>Uživatel: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses: %1</source>
        <translation>Používá: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close: %1</source>
        <translation>Jak ho instalační program požádá o zavření: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An application of another user uses the files, and setup may not close it.</source>
        <translation>Soubory používá aplikace jiného uživatele a instalační program ji nesmí zavřít.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An application in another login session or container uses the files.</source>
        <translation>Soubory používá aplikace v jiné přihlašovací relaci nebo kontejneru.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part of the system that cannot be stopped uses the files.</source>
        <translation>Soubory používá část systému, kterou nelze zastavit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A system service that cannot be stopped uses the files.</source>
        <translation>Soubory používá systémová služba, kterou nelze zastavit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup itself uses the files.</source>
        <translation>Soubory používá samotný instalační program.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your desktop itself (its window manager or shell) uses the files, and setup does not close it: log out and log in again after setup, or restart the computer.</source>
        <translation>Soubory používá samotné vaše pracovní prostředí (jeho správce oken nebo shell) a instalační program ho nezavře: po dokončení instalace se odhlaste a znovu přihlaste, nebo restartujte počítač.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (service %2)</source>
        <translation>%1 (služba %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(registered)</source>
        <translation>(registrováno)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Process ID</source>
        <translation>ID procesu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation>Používá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close</source>
        <translation>Jak ho instalační program požádá o zavření</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What setup will do</source>
        <translation>Plánovaná akce</translation>
    </message>
</context>
<context>
    <name>ComponentsPage</name>
    <message>
        <location filename="../ui/wizard/components_page.cpp" line="+53"/>
        <source>%1 (required)</source>
        <translation>%1 (povinné)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Space needed: %1</source>
        <translation>Potřebné místo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components</source>
        <translation>Součásti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what to install.</source>
        <translation>Vyberte, co se má nainstalovat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Součást</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components to install</source>
        <translation>Součásti k instalaci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the component</source>
        <translation>Popis součásti</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/setup/error_text.cpp" line="+19"/>
        <source>Access was denied: a file or folder belongs to another user, or another user could change it.</source>
        <translation>Přístup byl odepřen: soubor nebo složka patří jinému uživateli, nebo je jiný uživatel může změnit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Restart Manager session is no longer open.</source>
        <translation>Relace Správce restartování již není otevřená.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough memory.</source>
        <translation>Není dostatek paměti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read or written (the disk may be full or read-only).</source>
        <translation>Soubor nelze přečíst nebo zapsat (disk může být plný nebo jen pro čtení).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package asked for something that cannot be done.</source>
        <translation>Balíček požadoval něco, co nelze provést.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another setup program is busy with the Restart Manager; try again in a moment.</source>
        <translation>Jiný instalační program právě pracuje se Správcem restartování; zkuste to za chvíli znovu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applications could not be closed: a restart of the computer is needed.</source>
        <translation>Aplikace nelze zavřít: je nutné restartovat počítač.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications did not close.</source>
        <translation>Některé aplikace se nezavřely.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications could not be started again.</source>
        <translation>Některé aplikace nelze znovu spustit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many setup programs are running at the same time.</source>
        <translation>Současně běží příliš mnoho instalačních programů.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installer could not join setup&apos;s session.</source>
        <translation>Instalátor se nemohl připojit k relaci instalačního programu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled.</source>
        <translation>Operace byla zrušena.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file is damaged. Download it again.</source>
        <translation>Instalační soubor je poškozený. Stáhněte jej znovu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unexpected error occurred (code %1).</source>
        <translation>Došlo k neočekávané chybě (kód %1).</translation>
    </message>
</context>
<context>
    <name>FilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/files_in_use_page.cpp" line="+89"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+316"/>
        <source>A restart of the computer will be needed: %1</source>
        <translation>Bude nutné restartovat počítač: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+20"/>
        <source>Files in use</source>
        <translation>Používané soubory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications use files that setup needs to replace.</source>
        <translation>Tyto aplikace používají soubory, které musí instalační program nahradit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. You can also close them yourself and click Refresh.</source>
        <translation>Nejprve v nich uložte svou práci. Můžete je také zavřít sami a kliknout na Obnovit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+8"/>
        <source>Applications that use the files</source>
        <translation>Aplikace, které používají soubory</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Details of the selected application</source>
        <translation>Podrobnosti o vybrané aplikaci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the applications automatically and restart them after setup</source>
        <translation>&amp;Automaticky zavřít aplikace a po instalaci je znovu spustit</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+3"/>
        <source>&amp;Do not close the applications (a restart of the computer will be required)</source>
        <translation>&amp;Nezavírat aplikace (bude nutné restartovat počítač)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Refresh the list of applications</source>
        <translation>Obnovit seznam aplikací</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/wizard/finish_page.cpp" line="+79"/>
        <location line="+10"/>
        <source>Setup log</source>
        <translation>Protokol instalace</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The setup log&apos;s file</source>
        <translation>Soubor protokolu instalace</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Open in another application</source>
        <translation>&amp;Otevřít v jiné aplikaci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the log in another application</source>
        <translation>Otevřít protokol v jiné aplikaci</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Setup failed</source>
        <translation>Instalace se nezdařila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setup is complete</source>
        <translation>Instalace je dokončena</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not installed. Everything setup changed was put back.</source>
        <translation>%1 nebyl nainstalován. Všechny změny instalačního programu byly vráceny zpět.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 was installed in %3.</source>
        <translation>%1 %2 byl nainstalován do %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installed: %1</source>
        <translation>Nainstalováno: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed %1: it was kept, and the new version is beside it as %2.</source>
        <translation>Soubor %1 jste změnili: byl ponechán a nová verze je vedle něj jako %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed from the old version: %1</source>
        <translation>Odebráno ze staré verze: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not close when asked, and setup forced it to close: unsaved work in it was lost.</source>
        <translation>%1 se na požádání nezavřel(a), a proto instalační program vynutil jeho zavření: neuložená práce v něm byla ztracena.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+128"/>
        <source>Started again: %1</source>
        <translation>Znovu spuštěno: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup could not start these applications again: %1. Start them yourself.</source>
        <translation>Instalační program nemohl tyto aplikace znovu spustit: %1. Spusťte je sami.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To uninstall %1 later, run: %2</source>
        <translation>Chcete-li %1 později odinstalovat, spusťte: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To uninstall %1 later, choose &quot;Uninstall&quot; on its entry in the applications menu (right-click it), or run: %2</source>
        <translation>Chcete-li %1 později odinstalovat, zvolte „Odinstalovat“ u jeho položky v nabídce aplikací (klepněte na ni pravým tlačítkem), nebo spusťte: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A restart of the computer is required to finish the installation.</source>
        <translation>K dokončení instalace je nutné restartovat počítač.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These applications still run the old files: %1. To finish the update, close them and start them again, or restart the computer.</source>
        <translation>Tyto aplikace stále používají staré soubory: %1. Aktualizaci dokončíte tak, že je zavřete a znovu spustíte, nebo restartujete počítač.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show the lo&amp;g</source>
        <translation>Zobrazit pro&amp;tokol</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>L&amp;aunch %1</source>
        <translation>&amp;Spustit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch %1</source>
        <translation>Spustit %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+19"/>
        <source>Restart the computer &amp;now</source>
        <translation>Restartovat počítač &amp;nyní</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Restart the computer now</source>
        <translation>Restartovat počítač nyní</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I will restart the applications or the computer &amp;later</source>
        <translation>Aplikace nebo počítač restartuji &amp;později</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the applications or the computer later</source>
        <translation>Restartovat aplikace nebo počítač později</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>I will restart the computer &amp;later</source>
        <translation>Počítač restartuji &amp;později</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the computer later</source>
        <translation>Restartovat počítač později</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The log of this setup: %1</source>
        <translation>Protokol této instalace: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the setup log</source>
        <translation>Zobrazit protokol instalace</translation>
    </message>
</context>
<context>
    <name>InstallEngine</name>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="+158"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+128"/>
        <source>The applications that use the files could not be listed: %1</source>
        <translation>Aplikace, které používají soubory, nebylo možné zjistit: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+58"/>
        <source>Starting a Restart Manager session…</source>
        <translation>Spouštění relace Správce restartování…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>The Restart Manager session could not be started: %1</source>
        <translation>Relaci Správce restartování nebylo možné spustit: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the installer of %1…</source>
        <translation>Spouštění instalačního programu pro %1…</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>joining the session</source>
        <translation>připojování k relaci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registering its files</source>
        <translation>registraci svých souborů</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>installing its files</source>
        <translation>instalaci svých souborů</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirming its files</source>
        <translation>potvrzování svých souborů</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaving the session</source>
        <translation>opouštění relace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undoing its changes</source>
        <translation>vracení svých změn zpět</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 %2 is installed, which is newer than %3: a downgrade needs your confirmation.</source>
        <translation>Je nainstalován %1 %2, který je novější než %3: přechod na starší verzi vyžaduje vaše potvrzení.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Setup cannot find the folders for the menu entries: %1</source>
        <translation>Instalátor nemůže najít složky pro položky nabídky: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+724"/>
        <source>Setup could not register its own files: %1</source>
        <translation>Instalační program nemohl zaregistrovat své vlastní soubory: %1</translation>
    </message>
    <message>
        <location line="-692"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+15"/>
        <source>Looking for applications that use the files…</source>
        <translation>Hledání aplikací, které používají soubory…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>Ready.</source>
        <translation>Připraveno.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Setup could not read what its session holds: %1</source>
        <translation>Instalační program nemohl přečíst obsah své relace: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Setup could not register the files of %1: %2</source>
        <translation>Instalační program nemohl zaregistrovat soubory součásti %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting for the installer of %1…</source>
        <translation>Čekání na instalační program pro %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The installer of %1 failed while %2: %3</source>
        <translation>Instalační program pro %1 selhal při %2: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+69"/>
        <location line="+6"/>
        <source>Closing applications…</source>
        <translation>Zavírání aplikací…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Installing %1…</source>
        <translation>Instalace %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup cannot examine the files of %1: %2</source>
        <translation>Instalační program nemůže prověřit soubory součásti %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installing files…</source>
        <translation>Instalace souborů…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+500"/>
        <source>Setup could not remove the files the new version does not ship: %1</source>
        <translation>Instalační program nemohl odebrat soubory, které nová verze již nedodává: %1</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>Setup could not add %1 to the desktop: %2</source>
        <translation>Instalační program nemohl přidat %1 do pracovního prostředí: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+29"/>
        <source>Setup could not write its own files: %1</source>
        <translation>Instalační program nemohl zapsat své vlastní soubory: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Setup could not write the menu entries: %1</source>
        <translation>Instalátor nemohl zapsat položky nabídky: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirming the installation…</source>
        <translation>Potvrzování instalace…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <location line="+194"/>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-65"/>
        <location line="+124"/>
        <source>Starting the closed applications again…</source>
        <translation>Opětovné spouštění zavřených aplikací…</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Files installed.</source>
        <translation>Soubory byly nainstalovány.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Setup could not confirm its own files: %1</source>
        <translation>Instalační program nemohl potvrdit své vlastní soubory: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+15"/>
        <location line="+44"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-141"/>
        <location line="+23"/>
        <source>Undoing the changes…</source>
        <translation>Vracení změn zpět…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The record of the installed %1 cannot be used: %2</source>
        <translation>Záznam o nainstalovaném %1 nelze použít: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Setup cannot read %1.</source>
        <translation>Instalační program nemůže číst %1.</translation>
    </message>
</context>
<context>
    <name>InstallingPage</name>
    <message>
        <location filename="../ui/wizard/installing_page.cpp" line="+202"/>
        <source>%1 (%2): closing…</source>
        <translation>%1 (%2): zavírá se…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>%1 (%2): still running</source>
        <translation>%1 (%2): stále běží</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (%2): closed</source>
        <translation>%1 (%2): zavřeno</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting for %1 to close… %2 s</source>
        <translation>Čeká se na zavření: %1… %2 s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) may be asking you to save your work. Switch to it, then choose Retry.</source>
        <translation>%1 (%2) se vás možná ptá, zda uložit práci. Přepněte se do něj a pak zvolte Opakovat.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Installing</source>
        <translation>Probíhá instalace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup closes the applications, replaces the files and starts the applications again.</source>
        <translation>Instalační program zavře aplikace, nahradí soubory a aplikace znovu spustí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation progress</source>
        <translation>Průběh instalace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left for the applications to close</source>
        <translation>Zbývající čas na zavření aplikací</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications being closed</source>
        <translation>Zavírané aplikace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Force the applications to close now (unsaved work in them is lost)</source>
        <translation>Vynutit zavření aplikací nyní (neuložená práce v nich bude ztracena)</translation>
    </message>
</context>
<context>
    <name>LicensePage</name>
    <message>
        <location filename="../ui/wizard/license_page.cpp" line="+74"/>
        <source>License agreement</source>
        <translation>Licenční smlouva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please read the license of %1.</source>
        <translation>Přečtěte si licenci produktu %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License text</source>
        <translation>Text licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;accept the license agreement</source>
        <translation>&amp;Souhlasím s licenční smlouvou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the license agreement</source>
        <translation>Souhlasit s licenční smlouvou</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="+72"/>
        <location line="+74"/>
        <source>Install location</source>
        <translation>Umístění instalace</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_plan.cpp" line="+38"/>
        <source>Enter a full path, starting with / or ~/.</source>
        <translation>Zadejte úplnou cestu začínající na / nebo ~/.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder.</source>
        <translation>%1 není složka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not write to %1.</source>
        <translation>Nemáte oprávnění k zápisu do %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough room: %1 needed, %2 free.</source>
        <translation>Nedostatek místa: potřeba %1, volno %2.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="-37"/>
        <source>%1 needed, %2 free.</source>
        <translation>Potřeba %1, volno %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is installed here: this is an upgrade from %2 to %3.</source>
        <translation>Zde je nainstalován %1: jde o přechod z verze %2 na %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a reinstall of the same version.</source>
        <translation>Zde je nainstalován %1: jde o přeinstalaci stejné verze.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a downgrade to the older version %2.</source>
        <translation>Zde je nainstalován %1: jde o přechod na starší verzi %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the folder to install %1 in.</source>
        <translation>Vyberte složku, do které se má %1 nainstalovat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Složka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder</source>
        <translation>Instalační složka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Procházet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the &amp;older version anyway</source>
        <translation>Přesto nainstalovat s&amp;tarší verzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the older version anyway</source>
        <translation>Přesto nainstalovat starší verzi</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Browse for the install folder</source>
        <translation>Vybrat instalační složku</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../ui/setup/package.cpp" line="+96"/>
        <source>The package folder does not exist.</source>
        <translation>Složka balíčku neexistuje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other users can change this folder of the package, and so swap its files while setup installs them.</source>
        <translation>Ostatní uživatelé mohou tuto složku balíčku měnit, a tak vyměnit jeho soubory během instalace.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package has no readable manifest: %1</source>
        <translation>Balíček nemá čitelný manifest: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manifest is not valid JSON: %1.</source>
        <translation>Manifest není platný JSON: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest must be a JSON object ({ ... }).</source>
        <translation>Manifest musí být objekt JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This field is missing.</source>
        <translation>Toto pole chybí.</translation>
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
        <translation>Toto pole musí být text (řetězec JSON).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+94"/>
        <source>The icon size %1 is not one of 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 or &quot;scalable&quot;.</source>
        <translation>Velikost ikony %1 není žádná z hodnot 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 ani „scalable“.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location filename="../ui/setup/package.cpp" line="-223"/>
        <location line="+193"/>
        <location line="+34"/>
        <source>This field holds a control or direction character (%1), which is not allowed.</source>
        <translation>Toto pole obsahuje řídicí znak nebo znak směru (%1), což není povoleno.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../ui/setup/package.cpp" line="-221"/>
        <location line="+211"/>
        <source>This field must not be empty.</source>
        <translation>Toto pole nesmí být prázdné.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/setup/package.cpp" line="-187"/>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot;, &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>„%1“ není kód jazyka, jako je „en“, „de“ nebo „pt_BR“.</translation>
    </message>
    <message>
        <location line="-116"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>A text given per language needs an &quot;en&quot; entry, the one shown in every other language.</source>
        <translation>Text zadaný pro jednotlivé jazyky potřebuje položku „en“, která se zobrazí ve všech ostatních jazycích.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="+14"/>
        <source>This field must be a whole number.</source>
        <translation>Toto pole musí být celé číslo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown manifest format %1: this setup program reads format %2.</source>
        <translation>Neznámý formát manifestu %1: tento instalační program čte formát %2.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+86"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>&quot;%1&quot; is outside the package.</source>
        <translation>„%1“ leží mimo balíček.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <source>&quot;%1&quot; is missing from the package.</source>
        <translation>„%1“ v balíčku chybí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+7"/>
        <source>&quot;%1&quot; leads outside the package.</source>
        <translation>„%1“ vede mimo balíček.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+4"/>
        <location line="+210"/>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1“ není soubor.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a category: use letters, digits and &quot;-&quot;.</source>
        <translation>„%1“ není kategorie: použijte písmena, číslice a „-“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a MIME type such as &quot;application/x-example&quot;.</source>
        <translation>„%1“ není typ MIME jako „application/x-example“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a file name pattern such as &quot;*.example&quot;.</source>
        <translation>„%1“ není vzor názvů souborů jako „*.example“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An icon with a size in pixels must be a .png file, a &quot;scalable&quot; one an .svg file.</source>
        <translation>Ikona s velikostí v pixelech musí být soubor .png, ikona „scalable“ soubor .svg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>„%1“ je uvedeno dvakrát.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries and MIME types need the product&apos;s &quot;id&quot;, such as &quot;org.example.App&quot;.</source>
        <translation>Položky nabídky a typy MIME potřebují „id“ produktu, například „org.example.App“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A keyword must not contain &quot;;&quot;.</source>
        <translation>Klíčové slovo nesmí obsahovat „;“.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-188"/>
        <source>The license &quot;%1&quot; cannot be read: %2</source>
        <translation>Licenci „%1“ nelze přečíst: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The folder must be an absolute path or start with &quot;~/&quot;.</source>
        <translation>Složka musí být absolutní cesta nebo začínat „~/“.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="-227"/>
        <location line="+18"/>
        <location filename="../ui/setup/package.cpp" line="+27"/>
        <source>This field must be a JSON object ({ ... }).</source>
        <translation>Toto pole musí být objekt JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>&quot;%1&quot; is not allowed here: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (an id in reverse-DNS form, such as &quot;org.example.App&quot;).</source>
        <translation>„%1“ zde není povoleno: použijte písmena, číslice, „.“, „_“ a „-“ (identifikátor v obráceném tvaru DNS, například „org.example.App“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a command name: use letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;+&quot; and &quot;-&quot;, not starting with &quot;.&quot;.</source>
        <translation>„%1“ není název příkazu: použijte písmena, číslice, „.“, „_“, „+“ a „-“, nezačínejte znakem „.“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a target of any file of the package.</source>
        <translation>„%1“ není cílem žádného souboru balíčku.</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+37"/>
        <location filename="../ui/setup/package.cpp" line="-54"/>
        <location line="+30"/>
        <location line="+144"/>
        <location line="+101"/>
        <source>This field must be a list (a JSON array).</source>
        <translation>Toto pole musí být seznam (pole JSON).</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-97"/>
        <source>The package has no components.</source>
        <translation>Balíček neobsahuje žádné součásti.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The component id &quot;%1&quot; is already used by %2.</source>
        <translation>ID součásti „%1“ již používá %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A component must be a JSON object ({ ... }).</source>
        <translation>Součást musí být objekt JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A component id may contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>ID součásti smí obsahovat pouze písmena, číslice, „.“, „_“ a „-“.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+56"/>
        <location filename="../ui/setup/package.cpp" line="+12"/>
        <location line="+117"/>
        <source>This field must be true or false.</source>
        <translation>Toto pole musí mít hodnotu true nebo false.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-371"/>
        <source>The folder must be an absolute path.</source>
        <translation>Složka musí být absolutní cesta.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+69"/>
        <location line="+5"/>
        <location line="+11"/>
        <source>&quot;%1&quot; is not an SVG or PNG image.</source>
        <translation>„%1“ není obrázek SVG ani PNG.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+11"/>
        <location line="+22"/>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>„%1“ nelze přečíst: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&quot;%1&quot; is too large: an image may have at most %2, and %3 × %3 pixels.</source>
        <translation>„%1“ je příliš velký: obrázek smí mít nejvýše %2 a %3 × %3 pixelů.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The installer must be &quot;stock&quot; or a program in the package; &quot;%1&quot; is neither.</source>
        <translation>Instalační program musí být „stock“ nebo program v balíčku; „%1“ není ani jedno.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The installer &quot;%1&quot; leads outside the package.</source>
        <translation>Instalační program „%1“ vede mimo balíček.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installer &quot;%1&quot; is not an executable file.</source>
        <translation>Instalační program „%1“ není spustitelný soubor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installer &quot;%1&quot; can be changed by other users.</source>
        <translation>Instalační program „%1“ mohou měnit ostatní uživatelé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The component has no files.</source>
        <translation>Součást neobsahuje žádné soubory.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file must be a JSON object ({ ... }).</source>
        <translation>Soubor musí být objekt JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not a product id: use reverse-DNS, such as &quot;org.example.AcmeViewer&quot; (letters, digits, &apos;-&apos; and &apos;_&apos;, in two or more parts separated by dots).</source>
        <translation>„%1“ není identifikátor produktu: použijte obrácený zápis DNS, například „org.example.AcmeViewer“ (písmena, číslice, &apos;-&apos; a &apos;_&apos; ve dvou nebo více částech oddělených tečkami).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The mode must be a text such as &quot;0755&quot; or &quot;0644&quot;.</source>
        <translation>Režim musí být text, například „0755“ nebo „0644“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mode %1 is not allowed: an installed file gets &quot;0755&quot; (a program) or &quot;0644&quot; (any other file), never setuid, setgid, sticky or writable by group or others.</source>
        <translation>Režim %1 není povolen: nainstalovaný soubor dostane „0755“ (program) nebo „0644“ (jakýkoli jiný soubor), nikdy setuid, setgid, sticky ani právo zápisu pro skupinu či ostatní.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The target &quot;%1&quot; must be relative to the installation folder.</source>
        <translation>Cíl „%1“ musí být relativní vůči instalační složce.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; must not contain &quot;..&quot;.</source>
        <translation>Cíl „%1“ nesmí obsahovat „..“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target &quot;%1&quot; does not name a file.</source>
        <translation>Cíl „%1“ neoznačuje soubor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target &quot;%1&quot; ends in &quot;%2&quot;, which setup reserves for its own copies.</source>
        <translation>Cíl „%1“ končí na „%2“, což si instalační program vyhrazuje pro své vlastní kopie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target &quot;%1&quot; is already installed by %2.</source>
        <translation>Cíl „%1“ již instaluje %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; is a folder of %2.</source>
        <translation>Cíl „%1“ je složkou součásti %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; needs &quot;%2&quot; to be a folder, but %3 installs a file there.</source>
        <translation>Cíl „%1“ vyžaduje, aby „%2“ byla složka, ale %3 tam instaluje soubor.</translation>
    </message>
    <message>
        <location filename="../ui/setup/embedded_package.cpp" line="+31"/>
        <source>The package does not exist.</source>
        <translation>Balíček neexistuje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No private folder for a copy of the package: %1</source>
        <translation>Není k dispozici žádná soukromá složka pro kopii balíčku: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The package cannot be copied to a temporary folder: %1</source>
        <translation>Balíček nelze zkopírovat do dočasné složky: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the folder of %1</source>
        <translation>nelze vytvořit složku pro %1</translation>
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
        <translation>Příprava</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup starts the installers of the components and looks for applications that use the files.</source>
        <translation>Instalační program spouští instalační programy součástí a hledá aplikace, které používají soubory.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparation progress</source>
        <translation>Průběh přípravy</translation>
    </message>
</context>
<context>
    <name>ProductRecord</name>
    <message>
        <location filename="../ui/setup/product_record.cpp" line="+109"/>
        <source>The record is not valid JSON.</source>
        <translation>Záznam není platný JSON.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The record has no valid product id.</source>
        <translation>Záznam nemá platný identifikátor produktu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record names an install folder that is not a full path: %1</source>
        <translation>Záznam uvádí instalační složku, která není úplnou cestou: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record names a file outside its install folder: %1</source>
        <translation>Záznam uvádí soubor mimo svou instalační složku: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record names a file twice: %1</source>
        <translation>Záznam uvádí soubor dvakrát: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a folder outside its install folder: %1</source>
        <translation>Záznam uvádí složku mimo svou instalační složku: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a desktop file outside the desktop folders: %1</source>
        <translation>Záznam uvádí soubor pracovního prostředí mimo jeho složky: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Other users can change the folder of the records, %1.</source>
        <translation>Složku záznamů %1 mohou měnit i jiní uživatelé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record is a symbolic link.</source>
        <translation>Záznam je symbolický odkaz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record cannot be read: %1</source>
        <translation>Záznam nelze přečíst: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record is not a regular file.</source>
        <translation>Záznam není běžný soubor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record belongs to another user (user ID %1), not to you.</source>
        <translation>Záznam patří jinému uživateli (ID uživatele %1), ne vám.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other users can change the record.</source>
        <translation>Záznam mohou měnit i jiní uživatelé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record is too large.</source>
        <translation>Záznam je příliš velký.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The record is that of another product (%1).</source>
        <translation>Záznam patří jinému produktu (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a product id.</source>
        <translation>„%1“ není identifikátor produktu.</translation>
    </message>
</context>
<context>
    <name>PublisherPage</name>
    <message>
        <location filename="../ui/wizard/publisher_page.cpp" line="+40"/>
        <source>The publisher could not be verified</source>
        <translation>Vydavatele nelze ověřit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This setup file is not signed.</source>
        <translation>Tento instalační soubor není podepsán.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can tell who made this setup file or whether it was changed after it was made. Install it only if you trust where it came from.</source>
        <translation>Nikdo nemůže říci, kdo tento instalační soubor vytvořil ani zda byl po vytvoření změněn. Instalujte jej, jen pokud důvěřujete jeho původu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This setup file is signed with a key that is not trusted on this computer.</source>
        <translation>Tento instalační soubor je podepsán klíčem, kterému tento počítač nedůvěřuje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is intact, but its key (ID %1) is not among the keys this computer trusts, so nobody can tell who made this setup file. Install it only if you trust where it came from.</source>
        <translation>Podpis je neporušený, ale jeho klíč (ID %1) nepatří mezi klíče, kterým tento počítač důvěřuje, takže nikdo nemůže říci, kdo tento instalační soubor vytvořil. Instalujte jej, jen pokud důvěřujete jeho původu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;understand the risk and want to install it anyway</source>
        <translation>Ro&amp;zumím riziku a přesto jej chci nainstalovat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install although the publisher could not be verified</source>
        <translation>Instalovat, přestože vydavatele nelze ověřit</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+67"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zavřít</translation>
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
        <translation>&lt; &amp;Zpět</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Další &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Použít</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>Do&amp;končit</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="+25"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+1"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../ui/wizard/ready_page.cpp" line="+26"/>
        <source>Ready to install</source>
        <translation>Připraveno k instalaci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup has what it needs. Click Install to begin.</source>
        <translation>Instalační program má vše potřebné. Instalaci zahájíte kliknutím na Instalovat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install</source>
        <translation>&amp;Instalovat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product: %1 %2
Folder: %3
Space needed: %4
Components:
%5</source>
        <translation>Produkt: %1 %2
Složka: %3
Potřebné místo: %4
Součásti:
%5</translation>
    </message>
</context>
<context>
    <name>SecondaryInstallerProcess</name>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+161"/>
        <source>its installer sent a malformed line</source>
        <translation>jeho instalační program odeslal chybný řádek</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its installer answered something else: %1</source>
        <translation>jeho instalační program odpověděl neočekávaně: %1</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="-481"/>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="-97"/>
        <location line="+114"/>
        <source>its installer stopped unexpectedly</source>
        <translation>jeho instalační program neočekávaně skončil</translation>
    </message>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+8"/>
        <source>its installer did not answer in time</source>
        <translation>jeho instalační program neodpověděl včas</translation>
    </message>
</context>
<context>
    <name>SetupRun</name>
    <message>
        <location filename="../ui/setup/setup_run.cpp" line="+203"/>
        <source>Closing %1…</source>
        <translation>Zavírání: %1…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/answer_source.cpp" line="+23"/>
        <source>Applications still running</source>
        <translation>Aplikace stále běží</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications did not close:</source>
        <translation>Tyto aplikace se nezavřely:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retry</source>
        <translation>&amp;Opakovat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/installing_page.cpp" line="-2"/>
        <source>&amp;Force close</source>
        <translation>&amp;Vynutit zavření</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ignore (restart the computer later)</source>
        <translation>&amp;Ignorovat (restartovat počítač později)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel setup</source>
        <translation>&amp;Zrušit instalaci</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The package cannot be installed</source>
        <translation>Balíček nelze nainstalovat</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location filename="../ui/wizard/finish_page.cpp" line="-118"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+243"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Setup is already running</source>
        <translation>Instalace již běží</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel setup</source>
        <translation>Zrušit instalaci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to cancel setup? Everything it changed will be put back.</source>
        <translation>Chcete zrušit instalaci? Všechny provedené změny budou vráceny zpět.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, cancel setup</source>
        <translation>Ano, zrušit instalaci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, continue setup</source>
        <translation>Ne, pokračovat v instalaci</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="-2"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+327"/>
        <source>%1 %2 Setup</source>
        <translation>Instalace – %1 %2</translation>
    </message>
</context>
<context>
    <name>UninstallEngine</name>
    <message>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-116"/>
        <source>Checking the files of %1…</source>
        <translation>Kontrolují se soubory %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Nothing was removed: %1</source>
        <translation>Nic nebylo odebráno: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Setup could not register the files: %1</source>
        <translation>Instalační program nemohl zaregistrovat soubory: %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+11"/>
        <source>Removing files…</source>
        <translation>Odebírají se soubory…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>The files could not be removed: %1</source>
        <translation>Soubory nebylo možné odebrat: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Removing the desktop entries…</source>
        <translation>Odebírají se položky pracovního prostředí…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was removed.</source>
        <translation>%1 byl odebrán.</translation>
    </message>
</context>
<context>
    <name>UninstallFilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="-458"/>
        <location line="+65"/>
        <source>&amp;Uninstall</source>
        <translation>Od&amp;instalovat</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>These applications use files that setup is about to remove.</source>
        <translation>Tyto aplikace používají soubory, které se instalační program chystá odstranit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. The programs of %1 are closed and not started again; other applications are started again once the files are gone. You can also close them yourself and click Refresh.</source>
        <translation>Nejprve v nich uložte svou práci. Programy %1 se zavřou a znovu se nespustí; ostatní aplikace se po odstranění souborů znovu spustí. Můžete je také zavřít sami a kliknout na Obnovit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close the applications automatically</source>
        <translation>&amp;Automaticky zavřít aplikace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the applications automatically</source>
        <translation>Automaticky zavřít aplikace</translation>
    </message>
</context>
<context>
    <name>UninstallFinishPage</name>
    <message>
        <location line="+102"/>
        <source>Uninstall failed</source>
        <translation>Odinstalace se nezdařila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uninstall complete</source>
        <translation>Odinstalace dokončena</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not removed. Nothing was changed.</source>
        <translation>%1 nebyl odstraněn. Nic nebylo změněno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from your computer.</source>
        <translation>%1 byl z počítače odstraněn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files removed: %1</source>
        <translation>Odstraněné soubory: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept, because you changed them since they were installed (remove them yourself, or uninstall with &quot;Also remove the files I changed&quot;):</source>
        <translation>Zachováno, protože jste je od instalace změnili (odstraňte je sami, nebo odinstalujte s volbou „Odstranit i soubory, které jsem změnil“):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept, because they hold files that setup did not install:</source>
        <translation>Zachováno, protože obsahují soubory, které instalační program nenainstaloval:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These menu entries, icons or commands could not be removed:</source>
        <translation>Tyto položky nabídky, ikony nebo příkazy nelze odstranit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed: %1</source>
        <translation>Zavřeno: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be started again: %1</source>
        <translation>Nelze znovu spustit: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These applications still use the removed files: %1. A restart of the computer is required to finish.</source>
        <translation>Tyto aplikace stále používají odstraněné soubory: %1. K dokončení je nutné restartovat počítač.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was removed and what was kept</source>
        <translation>Co bylo odstraněno a co zachováno</translation>
    </message>
</context>
<context>
    <name>UninstallRemovingPage</name>
    <message>
        <location line="-90"/>
        <source>Removing</source>
        <translation>Odstraňování</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup is removing %1. Cancel puts everything back.</source>
        <translation>Instalační program odstraňuje %1. Zrušení vše vrátí zpět.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress of the removal</source>
        <translation>Průběh odstraňování</translation>
    </message>
</context>
<context>
    <name>UninstallSummaryPage</name>
    <message>
        <location line="-224"/>
        <source>Uninstall %1</source>
        <translation>Odinstalace %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup will remove the files that it installed, and nothing else.</source>
        <translation>Instalační program odstraní soubory, které nainstaloval, a nic jiného.</translation>
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
        <translation>Složka: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files: %1 (%2)</source>
        <translation>Soubory: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries, icons and commands: %1</source>
        <translation>Položky nabídky, ikony a příkazy: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for files that you changed since they were installed…</source>
        <translation>Hledají se soubory, které jste od instalace změnili…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing can be removed: %1</source>
        <translation>Nelze nic odstranit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed none of the installed files.</source>
        <translation>Nezměnili jste žádný z nainstalovaných souborů.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed these files since they were installed. They will be removed too:</source>
        <translation>Tyto soubory jste od instalace změnili. Budou také odstraněny:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed these files since they were installed. They will be kept:</source>
        <translation>Tyto soubory jste od instalace změnili. Budou zachovány:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you changed</source>
        <translation>Soubory, které jste změnili</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Also remove the files I changed</source>
        <translation>&amp;Odstranit i soubory, které jsem změnil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also remove the files I changed</source>
        <translation>Odstranit i soubory, které jsem změnil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Uninstall</source>
        <translation>Od&amp;instalovat</translation>
    </message>
</context>
<context>
    <name>UninstallWizard</name>
    <message>
        <location line="+457"/>
        <source>Uninstall %1</source>
        <translation>Odinstalace %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Setup cannot uninstall</source>
        <translation>Instalační program nemůže odinstalovat</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcome_page.cpp" line="+62"/>
        <source>Welcome to %1 %2</source>
        <translation>Vítá vás instalace produktu %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This wizard installs %1 %2 on your computer.

Publisher: %3

If applications use files that setup replaces, setup can close them and start them again afterwards.</source>
        <translation>Tento průvodce nainstaluje %1 %2 do vašeho počítače.

Vydavatel: %3

Pokud aplikace používají soubory, které instalace nahrazuje, může je instalační program zavřít a potom znovu spustit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Setup restarted applications that an earlier setup had closed: %1.</source>
        <translation>Instalační program znovu spustil aplikace, které zavřela dřívější instalace: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of setup</source>
        <translation>Jazyk instalace</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/setup_main.cpp" line="+325"/>
        <source>(you changed it; the new version is %1)</source>
        <translation>(změnili jste jej; nová verze je %1)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>refused: %1</source>
        <translation>odmítnuto: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+63"/>
        <location line="+412"/>
        <source>%1 is not installed.</source>
        <translation>%1 není nainstalován.</translation>
    </message>
    <message>
        <location line="-469"/>
        <location line="+58"/>
        <source>The record of %1 is refused, and nothing was removed: %2</source>
        <translation>Záznam %1 byl odmítnut a nic nebylo odebráno: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Installs a package with the Restart Manager.</source>
        <translation>Nainstaluje balíček pomocí Správce restartování.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User interface language, e.g. de.</source>
        <translation>Jazyk uživatelského rozhraní, např. cs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package directory (default: the demo package).</source>
        <translation>Složka balíčku (výchozí: ukázkový balíček).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the log to this file.</source>
        <translation>Zapisovat protokol do tohoto souboru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer a question without asking, e.g. StillRunning=force or ConfirmCancel=yes.</source>
        <translation>Odpovědět na dotaz bez ptaní, např. StillRunning=force nebo ConfirmCancel=yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the milliseconds until the first page shows.</source>
        <translation>Vypsat počet milisekund do zobrazení první stránky.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the exit code to this file (the shell sees it only modulo 256).</source>
        <translation>Zapsat návratový kód také do tohoto souboru (shell jej vidí pouze modulo 256).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk every page of an installation into a temporary folder and write a screenshot and a list of the widgets of each page to this folder (--lang all: every language).</source>
        <translation>Projít všechny stránky instalace do dočasné složky a do této složky zapsat snímek obrazovky a seznam prvků každé stránky (--lang all: všechny jazyky).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install without a window and without questions; needs no display.</source>
        <translation>Instalovat bez okna a bez otázek; nepotřebuje displej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install without questions, showing only the progress.</source>
        <translation>Instalovat bez otázek, zobrazit jen průběh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install in this folder.</source>
        <translation>Instalovat do této složky.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install these components, e.g. app,dictionary.</source>
        <translation>Instalovat tyto součásti, např. app,dictionary.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications that use the files and restart them afterwards (default).</source>
        <translation>Zavřít aplikace, které soubory používají, a poté je znovu spustit (výchozí).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the applications running; the computer must restart later.</source>
        <translation>Nechat aplikace běžet; počítač bude nutné později restartovat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications; end those that do not close in time.</source>
        <translation>Zavřít aplikace; ukončit ty, které se nezavřou včas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not start the closed applications again.</source>
        <translation>Nespouštět zavřené aplikace znovu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never restart the computer; exit with 3010 when a restart is needed.</source>
        <translation>Nikdy nerestartovat počítač; při potřebě restartu skončit s kódem 3010.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the product once it is installed, as the user who ran setup.</source>
        <translation>Po instalaci spustit produkt jako uživatel, který spustil instalaci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the answers from this file (Key=Value lines).</source>
        <translation>Načíst odpovědi z tohoto souboru (řádky Key=Value).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the answers of this run to this file.</source>
        <translation>Zapsat odpovědi tohoto běhu do tohoto souboru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The publisher could not be verified (the signer&apos;s key ID, or unsigned): ask the user first.</source>
        <translation>Vydavatele nelze ověřit (ID klíče podepisujícího nebo unsigned): nejprve se zeptat uživatele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the installed product with this id.</source>
        <translation>Odebrat nainstalovaný produkt s tímto identifikátorem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --uninstall: remove the files you changed too.</source>
        <translation>S --uninstall: odebrat i soubory, které jste změnili.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the installed products.</source>
        <translation>Vypsat nainstalované produkty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --list-installed: as JSON.</source>
        <translation>S --list-installed: ve formátu JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install an older version over a newer one without asking.</source>
        <translation>Nainstalovat starší verzi přes novější bez dotazu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the missing or changed files of the installed product (with the package of its version).</source>
        <translation>Obnovit chybějící nebo změněné soubory nainstalovaného produktu (s balíčkem jeho verze).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add or remove components of the installed product (with --components).</source>
        <translation>Přidat nebo odebrat součásti nainstalovaného produktu (s --components).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No display is available. Use --unattended to install without a window.</source>
        <translation>Není k dispozici žádný displej. Pro instalaci bez okna použijte --unattended.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+48"/>
        <source>Setup of %1 is already running. Wait until it has finished, then start setup again.</source>
        <translation>Instalace %1 již běží. Počkejte na její dokončení a pak instalaci spusťte znovu.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--repair needs the package of the installed version %1.</source>
        <translation>--repair vyžaduje balíček nainstalované verze %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The install folder %1 cannot be used: %2</source>
        <translation>Instalační složku %1 nelze použít: %2</translation>
    </message>
</context>
</TS>
