<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>DemoNotesWindow</name>
    <message>
        <location filename="../ui/demo_notes_window.cpp" line="+103"/>
        <source>About Demo Notes</source>
        <translation>Informazioni su Demo Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;The demo application of the Restart Manager for Linux. It keeps its word list open while it runs, so that an installer has to close it to update it, and it keeps your text when it is closed and started again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;L&apos;applicazione dimostrativa di Gestione riavvio per Linux. Mentre è in esecuzione tiene aperto il proprio elenco di parole, perciò un programma di installazione deve chiuderla per aggiornarla, e conserva il testo quando viene chiusa e riavviata.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossibile creare la cartella %1.</translation>
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
        <translation>Impossibile conservare le note: %1

Chiudere comunque e perderle?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo Notes (unknown version)</source>
        <translation>Demo Notes (versione sconosciuta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Notes %1</source>
        <translation>Demo Notes %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored after an update.</source>
        <translation>Ripristinato dopo un aggiornamento.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ready.</source>
        <translation>Pronto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored with your text. Nothing was updated.</source>
        <translation>Ripristinato con il tuo testo. Non è stato aggiornato nulla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the dictionary: %L1</source>
        <translation>Parole nel dizionario: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dictionary installed</source>
        <translation>Nessun dizionario installato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes. They are kept when Demo Notes closes.</source>
        <translation>Le tue note. Vengono conservate quando Demo Notes si chiude.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your notes here. They are kept when Demo Notes closes, also when an installer closes it for an update.</source>
        <translation>Scrivi qui le tue note. Vengono conservate quando Demo Notes si chiude, anche quando un programma di installazione lo chiude per un aggiornamento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu bar</source>
        <translation>Barra dei menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Demo Notes</source>
        <translation>&amp;Informazioni su Demo Notes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/demo_notes_main.cpp" line="+120"/>
        <source>Demo Notes: a small notes editor that keeps its text when an installer closes it for an update.</source>
        <translation>Demo Notes: un piccolo editor di note che conserva il testo quando un programma di installazione lo chiude per un aggiornamento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the unsaved text in &lt;folder&gt;.</source>
        <translation>Conserva il testo non salvato in &lt;cartella&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>cartella</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with &lt;text&gt; when no text was kept.</source>
        <translation>Inizia con &lt;testo&gt; se non è stato conservato alcun testo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started again by an installer after an update.</source>
        <translation>Riavviato da un programma di installazione dopo un aggiornamento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de.</source>
        <translation>Lingua dell&apos;interfaccia utente, ad es. it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .demonotes file to start with, when no text was kept.</source>
        <translation>Un file .demonotes con cui iniziare quando non è stato conservato alcun testo.</translation>
    </message>
</context>
</TS>
