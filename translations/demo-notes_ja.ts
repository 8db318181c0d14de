<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>DemoNotesWindow</name>
    <message>
        <location filename="../ui/demo_notes_window.cpp" line="+103"/>
        <source>About Demo Notes</source>
        <translation>Demo Notes のバージョン情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;The demo application of the Restart Manager for Linux. It keeps its word list open while it runs, so that an installer has to close it to update it, and it keeps your text when it is closed and started again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;Linux 用再起動マネージャーのデモ アプリケーションです。実行中は単語リストを開いたままにするため、インストーラーは更新のためにこれを閉じる必要があります。また、閉じて再起動してもテキストは保持されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
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
        <translation>メモを保持できません: %1

メモを失ってもかまわずに閉じますか?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo Notes (unknown version)</source>
        <translation>Demo Notes (不明なバージョン)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Notes %1</source>
        <translation>Demo Notes %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored after an update.</source>
        <translation>更新後に復元されました。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ready.</source>
        <translation>準備完了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored with your text. Nothing was updated.</source>
        <translation>テキストとともに復元されました。更新は行われていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the dictionary: %L1</source>
        <translation>辞書の単語数: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dictionary installed</source>
        <translation>辞書がインストールされていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes. They are kept when Demo Notes closes.</source>
        <translation>メモです。Demo Notes を閉じても保持されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your notes here. They are kept when Demo Notes closes, also when an installer closes it for an update.</source>
        <translation>ここにメモを書いてください。Demo Notes を閉じても保持されます。インストーラーが更新のために閉じた場合も同様です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu bar</source>
        <translation>メニュー バー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Demo Notes</source>
        <translation>Demo Notes のバージョン情報(&amp;A)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/demo_notes_main.cpp" line="+120"/>
        <source>Demo Notes: a small notes editor that keeps its text when an installer closes it for an update.</source>
        <translation>Demo Notes: インストーラーが更新のために閉じてもテキストを保持する小さなメモ エディター。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the unsaved text in &lt;folder&gt;.</source>
        <translation>保存されていないテキストを &lt;フォルダー&gt; に保持します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with &lt;text&gt; when no text was kept.</source>
        <translation>保持されたテキストがない場合は &lt;テキスト&gt; で開始します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started again by an installer after an update.</source>
        <translation>更新後にインストーラーによって再起動されました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de.</source>
        <translation>ユーザー インターフェイスの言語 (例: ja)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .demonotes file to start with, when no text was kept.</source>
        <translation>保存されたテキストがないときに開く .demonotes ファイル。</translation>
    </message>
</context>
</TS>
