<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>DemoNotesWindow</name>
    <message>
        <location filename="../ui/demo_notes_window.cpp" line="+103"/>
        <source>About Demo Notes</source>
        <translation>Om Demo Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;The demo application of the Restart Manager for Linux. It keeps its word list open while it runs, so that an installer has to close it to update it, and it keeps your text when it is closed and started again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;Demoprogrammet för omstartshanteraren för Linux. Medan det körs håller det sin ordlista öppen, så att ett installationsprogram måste stänga det för att uppdatera det, och det behåller din text när det stängs och startas igen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
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
        <translation>Dina anteckningar kan inte sparas: %1

Stänga ändå och förlora dem?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo Notes (unknown version)</source>
        <translation>Demo Notes (okänd version)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Notes %1</source>
        <translation>Demo Notes %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored after an update.</source>
        <translation>Återställt efter en uppdatering.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ready.</source>
        <translation>Klar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored with your text. Nothing was updated.</source>
        <translation>Återställd med din text. Inget uppdaterades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the dictionary: %L1</source>
        <translation>Ord i ordlistan: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dictionary installed</source>
        <translation>Ingen ordlista installerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes. They are kept when Demo Notes closes.</source>
        <translation>Dina anteckningar. De behålls när Demo Notes stängs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your notes here. They are kept when Demo Notes closes, also when an installer closes it for an update.</source>
        <translation>Skriv dina anteckningar här. De behålls när Demo Notes stängs, även när ett installationsprogram stänger det för en uppdatering.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu bar</source>
        <translation>Menyrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Demo Notes</source>
        <translation>&amp;Om Demo Notes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/demo_notes_main.cpp" line="+120"/>
        <source>Demo Notes: a small notes editor that keeps its text when an installer closes it for an update.</source>
        <translation>Demo Notes: en liten anteckningsredigerare som behåller sin text när ett installationsprogram stänger den för en uppdatering.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the unsaved text in &lt;folder&gt;.</source>
        <translation>Behåll den osparade texten i &lt;mapp&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>mapp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with &lt;text&gt; when no text was kept.</source>
        <translation>Börja med &lt;text&gt; när ingen text har behållits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started again by an installer after an update.</source>
        <translation>Startades igen av ett installationsprogram efter en uppdatering.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de.</source>
        <translation>Användargränssnittets språk, t.ex. sv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .demonotes file to start with, when no text was kept.</source>
        <translation>En .demonotes-fil att börja med när ingen text har sparats.</translation>
    </message>
</context>
</TS>
