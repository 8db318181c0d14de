<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>DemoNotesWindow</name>
    <message>
        <location filename="../ui/demo_notes_window.cpp" line="+103"/>
        <source>About Demo Notes</source>
        <translation>Demo Notes Hakkında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;The demo application of the Restart Manager for Linux. It keeps its word list open while it runs, so that an installer has to close it to update it, and it keeps your text when it is closed and started again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;Linux için Yeniden Başlatma Yöneticisi&apos;nin tanıtım uygulaması. Çalışırken sözcük listesini açık tutar; bu yüzden bir kurulum programı onu güncellemek için kapatmak zorundadır. Kapatılıp yeniden başlatıldığında metninizi korur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
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
        <translation>Notlarınız saklanamıyor: %1

Yine de kapatılıp notlar kaybedilsin mi?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo Notes (unknown version)</source>
        <translation>Demo Notes (bilinmeyen sürüm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Notes %1</source>
        <translation>Demo Notes %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored after an update.</source>
        <translation>Bir güncellemeden sonra geri yüklendi.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ready.</source>
        <translation>Hazır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored with your text. Nothing was updated.</source>
        <translation>Metninizle birlikte geri yüklendi. Hiçbir şey güncellenmedi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the dictionary: %L1</source>
        <translation>Sözlükteki sözcükler: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dictionary installed</source>
        <translation>Sözlük kurulu değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes. They are kept when Demo Notes closes.</source>
        <translation>Notlarınız. Demo Notes kapandığında korunurlar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your notes here. They are kept when Demo Notes closes, also when an installer closes it for an update.</source>
        <translation>Notlarınızı buraya yazın. Demo Notes kapandığında, bir kurulum programı onu güncelleme için kapattığında da korunurlar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu bar</source>
        <translation>Menü çubuğu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Demo Notes</source>
        <translation>Demo Notes &amp;Hakkında</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/demo_notes_main.cpp" line="+120"/>
        <source>Demo Notes: a small notes editor that keeps its text when an installer closes it for an update.</source>
        <translation>Demo Notes: bir kurulum programı onu güncelleme için kapattığında metnini koruyan küçük bir not düzenleyici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the unsaved text in &lt;folder&gt;.</source>
        <translation>Kaydedilmemiş metni &lt;klasör&gt; içinde sakla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>klasör</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with &lt;text&gt; when no text was kept.</source>
        <translation>Hiç metin saklanmamışsa &lt;metin&gt; ile başla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started again by an installer after an update.</source>
        <translation>Bir güncellemeden sonra bir kurulum programı tarafından yeniden başlatıldı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de.</source>
        <translation>Kullanıcı arayüzü dili, ör. tr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .demonotes file to start with, when no text was kept.</source>
        <translation>Saklanan bir metin yoksa başlangıçta açılacak .demonotes dosyası.</translation>
    </message>
</context>
</TS>
