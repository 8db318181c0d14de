<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>DemoNotesWindow</name>
    <message>
        <location filename="../ui/demo_notes_window.cpp" line="+103"/>
        <source>About Demo Notes</source>
        <translation>Demo Notes 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;The demo application of the Restart Manager for Linux. It keeps its word list open while it runs, so that an installer has to close it to update it, and it keeps your text when it is closed and started again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;Linux용 다시 시작 관리자의 데모 응용 프로그램입니다. 실행 중에는 단어 목록을 열어 두므로 설치 프로그램이 업데이트하려면 이를 닫아야 하며, 닫았다가 다시 시작해도 입력한 텍스트를 유지합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
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
        <translation>메모를 보관할 수 없습니다: %1

메모를 잃더라도 닫으시겠습니까?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo Notes (unknown version)</source>
        <translation>Demo Notes(알 수 없는 버전)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Notes %1</source>
        <translation>Demo Notes %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored after an update.</source>
        <translation>업데이트 후 복원되었습니다.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ready.</source>
        <translation>준비되었습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored with your text. Nothing was updated.</source>
        <translation>텍스트와 함께 복원되었습니다. 업데이트된 항목이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the dictionary: %L1</source>
        <translation>사전의 단어 수: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dictionary installed</source>
        <translation>설치된 사전 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes. They are kept when Demo Notes closes.</source>
        <translation>메모입니다. Demo Notes를 닫아도 유지됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your notes here. They are kept when Demo Notes closes, also when an installer closes it for an update.</source>
        <translation>여기에 메모를 작성하십시오. Demo Notes를 닫아도 유지되며, 설치 프로그램이 업데이트를 위해 닫는 경우에도 유지됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu bar</source>
        <translation>메뉴 모음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Demo Notes</source>
        <translation>Demo Notes 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/demo_notes_main.cpp" line="+120"/>
        <source>Demo Notes: a small notes editor that keeps its text when an installer closes it for an update.</source>
        <translation>Demo Notes: 설치 프로그램이 업데이트를 위해 닫아도 텍스트를 유지하는 작은 메모 편집기입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the unsaved text in &lt;folder&gt;.</source>
        <translation>저장하지 않은 텍스트를 &lt;폴더&gt;에 보관합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with &lt;text&gt; when no text was kept.</source>
        <translation>보관된 텍스트가 없으면 &lt;텍스트&gt;로 시작합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started again by an installer after an update.</source>
        <translation>업데이트 후 설치 프로그램이 다시 시작했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de.</source>
        <translation>사용자 인터페이스 언어(예: ko).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .demonotes file to start with, when no text was kept.</source>
        <translation>보관된 텍스트가 없을 때 시작할 .demonotes 파일입니다.</translation>
    </message>
</context>
</TS>
