<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>DemoNotesWindow</name>
    <message>
        <location filename="../ui/demo_notes_window.cpp" line="+103"/>
        <source>About Demo Notes</source>
        <translation>Over Demo Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;The demo application of the Restart Manager for Linux. It keeps its word list open while it runs, so that an installer has to close it to update it, and it keeps your text when it is closed and started again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;De demotoepassing van Herstartbeheer voor Linux. Zolang de toepassing draait, houdt ze haar woordenlijst geopend, zodat een installatieprogramma haar moet sluiten om haar bij te werken, en ze bewaart uw tekst wanneer ze wordt gesloten en opnieuw gestart.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Demo Notes</source>
        <translation>Demo Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes cannot be kept: %1

Close anyway and lose them?</source>
        <translation>Uw notities kunnen niet worden bewaard: %1

Toch sluiten en ze kwijtraken?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo Notes (unknown version)</source>
        <translation>Demo Notes (onbekende versie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Notes %1</source>
        <translation>Demo Notes %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored after an update.</source>
        <translation>Hersteld na een update.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ready.</source>
        <translation>Gereed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored with your text. Nothing was updated.</source>
        <translation>Hersteld met uw tekst. Er is niets bijgewerkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the dictionary: %L1</source>
        <translation>Woorden in het woordenboek: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dictionary installed</source>
        <translation>Geen woordenboek geïnstalleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes. They are kept when Demo Notes closes.</source>
        <translation>Uw notities. Ze blijven bewaard wanneer Demo Notes wordt gesloten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your notes here. They are kept when Demo Notes closes, also when an installer closes it for an update.</source>
        <translation>Schrijf hier uw notities. Ze blijven bewaard wanneer Demo Notes wordt gesloten, ook wanneer een installatieprogramma het voor een update sluit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu bar</source>
        <translation>Menubalk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Demo Notes</source>
        <translation>&amp;Over Demo Notes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/demo_notes_main.cpp" line="+120"/>
        <source>Demo Notes: a small notes editor that keeps its text when an installer closes it for an update.</source>
        <translation>Demo Notes: een kleine notitie-editor die zijn tekst bewaart wanneer een installatieprogramma hem voor een update sluit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the unsaved text in &lt;folder&gt;.</source>
        <translation>De niet-opgeslagen tekst in &lt;map&gt; bewaren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>map</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with &lt;text&gt; when no text was kept.</source>
        <translation>Met &lt;tekst&gt; beginnen wanneer er geen tekst bewaard is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started again by an installer after an update.</source>
        <translation>Na een update opnieuw gestart door een installatieprogramma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de.</source>
        <translation>Taal van de gebruikersinterface, bijv. nl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .demonotes file to start with, when no text was kept.</source>
        <translation>Een .demonotes-bestand om mee te beginnen als er geen tekst bewaard is.</translation>
    </message>
</context>
</TS>
