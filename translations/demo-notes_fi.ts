<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>DemoNotesWindow</name>
    <message>
        <location filename="../ui/demo_notes_window.cpp" line="+103"/>
        <source>About Demo Notes</source>
        <translation>Tietoja: Demo Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;The demo application of the Restart Manager for Linux. It keeps its word list open while it runs, so that an installer has to close it to update it, and it keeps your text when it is closed and started again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;Linuxin uudelleenkäynnistyksen hallinnan esittelysovellus. Se pitää sanaluettelonsa auki ollessaan käynnissä, joten asennusohjelman on suljettava se päivittääkseen sen, ja se säilyttää tekstisi, kun se suljetaan ja käynnistetään uudelleen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Kansiota %1 ei voi luoda.</translation>
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
        <translation>Muistiinpanojasi ei voi säilyttää: %1

Suljetaanko silti, jolloin ne menetetään?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo Notes (unknown version)</source>
        <translation>Demo Notes (tuntematon versio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Notes %1</source>
        <translation>Demo Notes %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored after an update.</source>
        <translation>Palautettu päivityksen jälkeen.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ready.</source>
        <translation>Valmis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored with your text. Nothing was updated.</source>
        <translation>Palautettu tekstisi kanssa. Mitään ei päivitetty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the dictionary: %L1</source>
        <translation>Sanoja sanakirjassa: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dictionary installed</source>
        <translation>Sanakirjaa ei ole asennettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes. They are kept when Demo Notes closes.</source>
        <translation>Muistiinpanosi. Ne säilyvät, kun Demo Notes suljetaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your notes here. They are kept when Demo Notes closes, also when an installer closes it for an update.</source>
        <translation>Kirjoita muistiinpanosi tähän. Ne säilyvät, kun Demo Notes suljetaan, myös silloin, kun asennusohjelma sulkee sen päivitystä varten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu bar</source>
        <translation>Valikkorivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Demo Notes</source>
        <translation>&amp;Tietoja: Demo Notes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/demo_notes_main.cpp" line="+120"/>
        <source>Demo Notes: a small notes editor that keeps its text when an installer closes it for an update.</source>
        <translation>Demo Notes: pieni muistiinpanoeditori, joka säilyttää tekstinsä, kun asennusohjelma sulkee sen päivitystä varten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the unsaved text in &lt;folder&gt;.</source>
        <translation>Säilytä tallentamaton teksti kansiossa &lt;kansio&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>kansio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with &lt;text&gt; when no text was kept.</source>
        <translation>Aloita tekstillä &lt;teksti&gt;, jos tekstiä ei ole säilytetty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started again by an installer after an update.</source>
        <translation>Asennusohjelma käynnisti uudelleen päivityksen jälkeen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de.</source>
        <translation>Käyttöliittymän kieli, esim. fi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .demonotes file to start with, when no text was kept.</source>
        <translation>.demonotes-tiedosto, jolla aloitetaan, kun tekstiä ei ole säilytetty.</translation>
    </message>
</context>
</TS>
