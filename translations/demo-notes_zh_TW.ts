<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>DemoNotesWindow</name>
    <message>
        <location filename="../ui/demo_notes_window.cpp" line="+103"/>
        <source>About Demo Notes</source>
        <translation>關於 Demo Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;The demo application of the Restart Manager for Linux. It keeps its word list open while it runs, so that an installer has to close it to update it, and it keeps your text when it is closed and started again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;Linux 版重新啟動管理員的示範應用程式。它在執行時會保持其單字清單開啟，因此安裝程式必須關閉它才能更新它；關閉並重新啟動後，它會保留您的文字。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The folder %1 cannot be created.</source>
        <translation>無法建立資料夾 %1。</translation>
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
        <translation>無法保存您的筆記：%1

仍要關閉並遺失這些筆記嗎？</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo Notes (unknown version)</source>
        <translation>Demo Notes（未知版本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Notes %1</source>
        <translation>Demo Notes %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored after an update.</source>
        <translation>更新後已還原。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ready.</source>
        <translation>就緒。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored with your text. Nothing was updated.</source>
        <translation>已還原，您的文字仍在。未進行任何更新。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the dictionary: %L1</source>
        <translation>字典中的單字數：%L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dictionary installed</source>
        <translation>未安裝字典</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes. They are kept when Demo Notes closes.</source>
        <translation>您的筆記。關閉 Demo Notes 時會保留。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your notes here. They are kept when Demo Notes closes, also when an installer closes it for an update.</source>
        <translation>在此輸入您的筆記。關閉 Demo Notes 時會保留，安裝程式為更新而關閉它時也會保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu bar</source>
        <translation>功能表列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Demo Notes</source>
        <translation>關於 Demo Notes(&amp;A)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/demo_notes_main.cpp" line="+120"/>
        <source>Demo Notes: a small notes editor that keeps its text when an installer closes it for an update.</source>
        <translation>Demo Notes：一個小型筆記編輯器，在安裝程式為更新而關閉它時會保留其文字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the unsaved text in &lt;folder&gt;.</source>
        <translation>將未儲存的文字保留在 &lt;資料夾&gt; 中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with &lt;text&gt; when no text was kept.</source>
        <translation>如果沒有保留的文字，則以 &lt;文字&gt; 開始。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started again by an installer after an update.</source>
        <translation>更新後由安裝程式重新啟動。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de.</source>
        <translation>使用者介面語言，例如 zh_TW。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .demonotes file to start with, when no text was kept.</source>
        <translation>沒有保留文字時用來開始的 .demonotes 檔案。</translation>
    </message>
</context>
</TS>
