<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
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
        <translation>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;Demoprogrammet til genstartsstyring til Linux. Mens det kører, holder det sin ordliste åben, så et installationsprogram skal lukke det for at opdatere det, og det beholder din tekst, når det lukkes og startes igen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan ikke oprettes.</translation>
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
        <translation>Dine noter kan ikke gemmes: %1

Vil du lukke alligevel og miste dem?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo Notes (unknown version)</source>
        <translation>Demo Notes (ukendt version)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Notes %1</source>
        <translation>Demo Notes %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored after an update.</source>
        <translation>Gendannet efter en opdatering.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ready.</source>
        <translation>Klar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored with your text. Nothing was updated.</source>
        <translation>Gendannet med din tekst. Intet blev opdateret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the dictionary: %L1</source>
        <translation>Ord i ordbogen: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dictionary installed</source>
        <translation>Ingen ordbog installeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes. They are kept when Demo Notes closes.</source>
        <translation>Dine noter. De bevares, når Demo Notes lukkes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your notes here. They are kept when Demo Notes closes, also when an installer closes it for an update.</source>
        <translation>Skriv dine noter her. De bevares, når Demo Notes lukkes, også når et installationsprogram lukker det for at opdatere det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu bar</source>
        <translation>Menulinje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
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
        <translation>Demo Notes: en lille noteeditor, der beholder sin tekst, når et installationsprogram lukker den for at opdatere den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the unsaved text in &lt;folder&gt;.</source>
        <translation>Bevar den ikke-gemte tekst i &lt;mappe&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>mappe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with &lt;text&gt; when no text was kept.</source>
        <translation>Begynd med &lt;tekst&gt;, når der ikke er bevaret nogen tekst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started again by an installer after an update.</source>
        <translation>Startet igen af et installationsprogram efter en opdatering.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de.</source>
        <translation>Brugerfladens sprog, f.eks. da.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>sprog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .demonotes file to start with, when no text was kept.</source>
        <translation>En .demonotes-fil at starte med, når ingen tekst blev gemt.</translation>
    </message>
</context>
</TS>
