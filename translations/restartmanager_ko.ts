<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AffectedAppsModel</name>
    <message>
        <location filename="../ui/affected_apps_model.cpp" line="+47"/>
        <location line="+174"/>
        <source>Application</source>
        <translation>응용 프로그램</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Application window</source>
        <translation>응용 프로그램 창</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop shell</source>
        <translation>데스크톱 셸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal program</source>
        <translation>터미널 프로그램</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System process</source>
        <translation>시스템 프로세스</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped by systemd</source>
        <translation>systemd가 중지함</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked to close its windows</source>
        <translation>창을 닫도록 요청함</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked to quit</source>
        <translation>종료하도록 요청함</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent a quit signal (unsaved work may be lost)</source>
        <translation>종료 신호를 보냄 (저장하지 않은 작업을 잃을 수 있음)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be closed</source>
        <translation>닫을 수 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left running</source>
        <translation>계속 실행</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed, not restarted</source>
        <translation>닫고 다시 시작하지 않음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed and restarted</source>
        <translation>닫은 후 다시 시작</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process ID: %1</source>
        <translation>프로세스 ID: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <translation>종류: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>사용자: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses: %1</source>
        <translation>사용 중인 파일: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close: %1</source>
        <translation>설치 프로그램이 종료를 요청하는 방법: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An application of another user uses the files, and setup may not close it.</source>
        <translation>다른 사용자의 응용 프로그램이 파일을 사용하고 있으며, 설치 프로그램은 이를 닫을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An application in another login session or container uses the files.</source>
        <translation>다른 로그인 세션이나 컨테이너의 응용 프로그램이 파일을 사용하고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part of the system that cannot be stopped uses the files.</source>
        <translation>중지할 수 없는 시스템 구성 요소가 파일을 사용하고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A system service that cannot be stopped uses the files.</source>
        <translation>중지할 수 없는 시스템 서비스가 파일을 사용하고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup itself uses the files.</source>
        <translation>설치 프로그램 자체가 파일을 사용하고 있습니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your desktop itself (its window manager or shell) uses the files, and setup does not close it: log out and log in again after setup, or restart the computer.</source>
        <translation>데스크톱 자체(창 관리자 또는 셸)가 파일을 사용하고 있으며, 설치 프로그램은 이를 닫지 않습니다. 설치 후 로그아웃했다가 다시 로그인하거나 컴퓨터를 다시 시작하십시오.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (service %2)</source>
        <translation>%1(서비스 %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(registered)</source>
        <translation>(등록됨)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Process ID</source>
        <translation>프로세스 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation>사용 중인 파일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close</source>
        <translation>설치 프로그램이 종료를 요청하는 방법</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What setup will do</source>
        <translation>설치 프로그램이 수행할 작업</translation>
    </message>
</context>
<context>
    <name>ComponentsPage</name>
    <message>
        <location filename="../ui/wizard/components_page.cpp" line="+53"/>
        <source>%1 (required)</source>
        <translation>%1 (필수)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Space needed: %1</source>
        <translation>필요한 공간: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what to install.</source>
        <translation>설치할 항목을 선택하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components to install</source>
        <translation>설치할 구성 요소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the component</source>
        <translation>구성 요소 설명</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/setup/error_text.cpp" line="+19"/>
        <source>Access was denied: a file or folder belongs to another user, or another user could change it.</source>
        <translation>액세스가 거부되었습니다. 파일이나 폴더가 다른 사용자의 것이거나 다른 사용자가 변경할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Restart Manager session is no longer open.</source>
        <translation>다시 시작 관리자 세션이 더 이상 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough memory.</source>
        <translation>메모리가 부족합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read or written (the disk may be full or read-only).</source>
        <translation>파일을 읽거나 쓸 수 없습니다(디스크가 가득 찼거나 읽기 전용일 수 있습니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package asked for something that cannot be done.</source>
        <translation>패키지가 수행할 수 없는 작업을 요청했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another setup program is busy with the Restart Manager; try again in a moment.</source>
        <translation>다른 설치 프로그램이 다시 시작 관리자를 사용 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applications could not be closed: a restart of the computer is needed.</source>
        <translation>응용 프로그램을 닫을 수 없습니다. 컴퓨터를 다시 시작해야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications did not close.</source>
        <translation>일부 응용 프로그램이 닫히지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications could not be started again.</source>
        <translation>일부 응용 프로그램을 다시 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many setup programs are running at the same time.</source>
        <translation>동시에 실행 중인 설치 프로그램이 너무 많습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installer could not join setup&apos;s session.</source>
        <translation>설치 관리자가 설치 세션에 참여할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled.</source>
        <translation>작업이 취소되었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file is damaged. Download it again.</source>
        <translation>설치 파일이 손상되었습니다. 다시 다운로드하십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unexpected error occurred (code %1).</source>
        <translation>예기치 않은 오류가 발생했습니다(코드 %1).</translation>
    </message>
</context>
<context>
    <name>FilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/files_in_use_page.cpp" line="+89"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+316"/>
        <source>A restart of the computer will be needed: %1</source>
        <translation>컴퓨터를 다시 시작해야 합니다: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+20"/>
        <source>Files in use</source>
        <translation>사용 중인 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications use files that setup needs to replace.</source>
        <translation>이 응용 프로그램들이 설치 프로그램이 교체해야 하는 파일을 사용하고 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. You can also close them yourself and click Refresh.</source>
        <translation>먼저 해당 응용 프로그램에서 작업을 저장하십시오. 직접 닫은 후 [새로 고침]을 클릭할 수도 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+8"/>
        <source>Applications that use the files</source>
        <translation>파일을 사용하는 응용 프로그램</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Details of the selected application</source>
        <translation>선택한 응용 프로그램의 세부 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the applications automatically and restart them after setup</source>
        <translation>응용 프로그램을 자동으로 닫고 설치 후 다시 시작(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+3"/>
        <source>&amp;Do not close the applications (a restart of the computer will be required)</source>
        <translation>응용 프로그램을 닫지 않음(컴퓨터를 다시 시작해야 함)(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+4"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Refresh the list of applications</source>
        <translation>응용 프로그램 목록 새로 고침</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/wizard/finish_page.cpp" line="+79"/>
        <location line="+10"/>
        <source>Setup log</source>
        <translation>설치 로그</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The setup log&apos;s file</source>
        <translation>설치 로그 파일</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Open in another application</source>
        <translation>다른 응용 프로그램에서 열기(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the log in another application</source>
        <translation>다른 응용 프로그램에서 로그 열기</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Setup failed</source>
        <translation>설치 실패</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setup is complete</source>
        <translation>설치 완료</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not installed. Everything setup changed was put back.</source>
        <translation>%1이(가) 설치되지 않았습니다. 설치 프로그램이 변경한 모든 내용이 되돌려졌습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 was installed in %3.</source>
        <translation>%1 %2이(가) %3에 설치되었습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installed: %1</source>
        <translation>설치됨: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed %1: it was kept, and the new version is beside it as %2.</source>
        <translation>%1을(를) 변경하셨기 때문에 그대로 두었습니다. 새 버전은 옆에 %2(으)로 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed from the old version: %1</source>
        <translation>이전 버전에서 제거됨: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not close when asked, and setup forced it to close: unsaved work in it was lost.</source>
        <translation>%1이(가) 요청해도 종료되지 않아 설치 프로그램이 강제로 종료했습니다. 저장하지 않은 작업은 손실되었습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+128"/>
        <source>Started again: %1</source>
        <translation>다시 시작됨: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup could not start these applications again: %1. Start them yourself.</source>
        <translation>설치 프로그램이 다음 응용 프로그램을 다시 시작할 수 없습니다: %1. 직접 시작하십시오.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To uninstall %1 later, run: %2</source>
        <translation>나중에 %1을(를) 제거하려면 다음을 실행하십시오: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To uninstall %1 later, choose &quot;Uninstall&quot; on its entry in the applications menu (right-click it), or run: %2</source>
        <translation>나중에 %1을(를) 제거하려면 애플리케이션 메뉴의 해당 항목에서 &quot;제거&quot;을(를) 선택하거나(마우스 오른쪽 버튼 클릭) 다음을 실행하십시오: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A restart of the computer is required to finish the installation.</source>
        <translation>설치를 완료하려면 컴퓨터를 다시 시작해야 합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These applications still run the old files: %1. To finish the update, close them and start them again, or restart the computer.</source>
        <translation>다음 응용 프로그램은 아직 이전 파일을 사용하고 있습니다: %1. 업데이트를 마치려면 응용 프로그램을 닫았다가 다시 시작하거나 컴퓨터를 다시 시작하십시오.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show the lo&amp;g</source>
        <translation>로그 보기(&amp;G)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>L&amp;aunch %1</source>
        <translation>%1 실행(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch %1</source>
        <translation>%1 실행</translation>
    </message>
    <message>
        <location line="-31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+19"/>
        <source>Restart the computer &amp;now</source>
        <translation>지금 컴퓨터 다시 시작(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Restart the computer now</source>
        <translation>지금 컴퓨터 다시 시작</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I will restart the applications or the computer &amp;later</source>
        <translation>나중에 응용 프로그램이나 컴퓨터를 다시 시작(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the applications or the computer later</source>
        <translation>나중에 응용 프로그램이나 컴퓨터 다시 시작</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>I will restart the computer &amp;later</source>
        <translation>나중에 직접 컴퓨터를 다시 시작(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the computer later</source>
        <translation>나중에 컴퓨터 다시 시작</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The log of this setup: %1</source>
        <translation>이 설치의 로그: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the setup log</source>
        <translation>설치 로그 보기</translation>
    </message>
</context>
<context>
    <name>InstallEngine</name>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="+158"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+128"/>
        <source>The applications that use the files could not be listed: %1</source>
        <translation>파일을 사용하는 응용 프로그램 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+58"/>
        <source>Starting a Restart Manager session…</source>
        <translation>다시 시작 관리자 세션을 시작하는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>The Restart Manager session could not be started: %1</source>
        <translation>다시 시작 관리자 세션을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the installer of %1…</source>
        <translation>%1 설치 프로그램을 시작하는 중…</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>joining the session</source>
        <translation>세션 참가</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registering its files</source>
        <translation>파일 등록</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>installing its files</source>
        <translation>파일 설치</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirming its files</source>
        <translation>파일 확정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaving the session</source>
        <translation>세션 종료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undoing its changes</source>
        <translation>변경 내용 되돌리기</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 %2 is installed, which is newer than %3: a downgrade needs your confirmation.</source>
        <translation>%1 %2이(가) 설치되어 있으며 %3보다 최신입니다. 이전 버전으로 되돌리려면 확인이 필요합니다.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Setup cannot find the folders for the menu entries: %1</source>
        <translation>설치 프로그램이 메뉴 항목의 폴더를 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+724"/>
        <source>Setup could not register its own files: %1</source>
        <translation>설치 프로그램이 자체 파일을 등록할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="-692"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+15"/>
        <source>Looking for applications that use the files…</source>
        <translation>파일을 사용하는 응용 프로그램을 찾는 중…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>Ready.</source>
        <translation>준비되었습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Setup could not read what its session holds: %1</source>
        <translation>설치 프로그램이 자체 세션의 내용을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Setup could not register the files of %1: %2</source>
        <translation>설치 프로그램이 %1의 파일을 등록할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting for the installer of %1…</source>
        <translation>%1 설치 프로그램을 기다리는 중…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The installer of %1 failed while %2: %3</source>
        <translation>%1 설치 프로그램이 %2 중에 실패했습니다: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+69"/>
        <location line="+6"/>
        <source>Closing applications…</source>
        <translation>응용 프로그램을 닫는 중…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Installing %1…</source>
        <translation>%1 설치 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup cannot examine the files of %1: %2</source>
        <translation>설치 프로그램이 %1의 파일을 검사할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installing files…</source>
        <translation>파일 설치 중…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+500"/>
        <source>Setup could not remove the files the new version does not ship: %1</source>
        <translation>새 버전에 더 이상 포함되지 않는 파일을 제거하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>Setup could not add %1 to the desktop: %2</source>
        <translation>%1을(를) 데스크톱에 추가하지 못했습니다: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+29"/>
        <source>Setup could not write its own files: %1</source>
        <translation>설치 프로그램이 자체 파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Setup could not write the menu entries: %1</source>
        <translation>설치 프로그램이 메뉴 항목을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirming the installation…</source>
        <translation>설치를 확정하는 중…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <location line="+194"/>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-65"/>
        <location line="+124"/>
        <source>Starting the closed applications again…</source>
        <translation>닫은 응용 프로그램을 다시 시작하는 중…</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Files installed.</source>
        <translation>파일이 설치되었습니다.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Setup could not confirm its own files: %1</source>
        <translation>설치 프로그램이 자체 파일을 확정할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+15"/>
        <location line="+44"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-141"/>
        <location line="+23"/>
        <source>Undoing the changes…</source>
        <translation>변경 내용을 되돌리는 중…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The record of the installed %1 cannot be used: %2</source>
        <translation>설치된 %1의 기록을 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Setup cannot read %1.</source>
        <translation>설치 프로그램이 %1을(를) 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>InstallingPage</name>
    <message>
        <location filename="../ui/wizard/installing_page.cpp" line="+202"/>
        <source>%1 (%2): closing…</source>
        <translation>%1 (%2): 닫는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>%1 (%2): still running</source>
        <translation>%1 (%2): 아직 실행 중</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (%2): closed</source>
        <translation>%1 (%2): 닫힘</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting for %1 to close… %2 s</source>
        <translation>%1이(가) 닫히기를 기다리는 중… %2초</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) may be asking you to save your work. Switch to it, then choose Retry.</source>
        <translation>%1 (%2)에서 작업을 저장할지 묻고 있을 수 있습니다. 해당 프로그램으로 전환한 다음 [다시 시도]를 선택하십시오.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Installing</source>
        <translation>설치 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup closes the applications, replaces the files and starts the applications again.</source>
        <translation>설치 프로그램이 응용 프로그램을 닫고 파일을 교체한 후 응용 프로그램을 다시 시작합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation progress</source>
        <translation>설치 진행률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left for the applications to close</source>
        <translation>응용 프로그램이 닫힐 때까지 남은 시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications being closed</source>
        <translation>닫는 중인 응용 프로그램</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Force the applications to close now (unsaved work in them is lost)</source>
        <translation>지금 응용 프로그램을 강제로 종료 (저장하지 않은 작업은 손실됨)</translation>
    </message>
</context>
<context>
    <name>LicensePage</name>
    <message>
        <location filename="../ui/wizard/license_page.cpp" line="+74"/>
        <source>License agreement</source>
        <translation>사용권 계약</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please read the license of %1.</source>
        <translation>%1의 사용권 계약을 읽어 주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License text</source>
        <translation>사용권 계약 본문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;accept the license agreement</source>
        <translation>사용권 계약에 동의합니다(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the license agreement</source>
        <translation>사용권 계약에 동의</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="+72"/>
        <location line="+74"/>
        <source>Install location</source>
        <translation>설치 위치</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_plan.cpp" line="+38"/>
        <source>Enter a full path, starting with / or ~/.</source>
        <translation>/ 또는 ~/로 시작하는 전체 경로를 입력하십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder.</source>
        <translation>%1은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not write to %1.</source>
        <translation>%1에 쓸 권한이 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough room: %1 needed, %2 free.</source>
        <translation>공간이 부족합니다: %1 필요, %2 사용 가능.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="-37"/>
        <source>%1 needed, %2 free.</source>
        <translation>%1 필요, %2 사용 가능.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is installed here: this is an upgrade from %2 to %3.</source>
        <translation>여기에 %1이(가) 설치되어 있습니다. %2에서 %3(으)로 업그레이드합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a reinstall of the same version.</source>
        <translation>여기에 %1이(가) 설치되어 있습니다. 같은 버전을 다시 설치합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a downgrade to the older version %2.</source>
        <translation>여기에 %1이(가) 설치되어 있습니다. 이전 버전 %2(으)로 다운그레이드합니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the folder to install %1 in.</source>
        <translation>%1을(를) 설치할 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder</source>
        <translation>설치 폴더</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rowse…</source>
        <translation>찾아보기(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the &amp;older version anyway</source>
        <translation>이전 버전을 그래도 설치(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the older version anyway</source>
        <translation>이전 버전을 그래도 설치</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Browse for the install folder</source>
        <translation>설치 폴더 찾아보기</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../ui/setup/package.cpp" line="+96"/>
        <source>The package folder does not exist.</source>
        <translation>패키지 폴더가 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other users can change this folder of the package, and so swap its files while setup installs them.</source>
        <translation>다른 사용자가 패키지의 이 폴더를 변경할 수 있으므로, 설치하는 동안 파일이 바뀔 수 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package has no readable manifest: %1</source>
        <translation>패키지에 읽을 수 있는 매니페스트가 없습니다: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manifest is not valid JSON: %1.</source>
        <translation>매니페스트가 올바른 JSON이 아닙니다: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest must be a JSON object ({ ... }).</source>
        <translation>매니페스트는 JSON 개체({ ... })여야 합니다.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This field is missing.</source>
        <translation>이 필드가 없습니다.</translation>
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
        <translation>이 필드는 텍스트(JSON 문자열)여야 합니다.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+94"/>
        <source>The icon size %1 is not one of 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 or &quot;scalable&quot;.</source>
        <translation>아이콘 크기 %1은(는) 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 또는 &quot;scalable&quot; 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location filename="../ui/setup/package.cpp" line="-223"/>
        <location line="+193"/>
        <location line="+34"/>
        <source>This field holds a control or direction character (%1), which is not allowed.</source>
        <translation>이 필드에 제어 문자 또는 방향 문자(%1)가 있으며, 이는 허용되지 않습니다.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../ui/setup/package.cpp" line="-221"/>
        <location line="+211"/>
        <source>This field must not be empty.</source>
        <translation>이 필드는 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/setup/package.cpp" line="-187"/>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot;, &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>&quot;%1&quot;은(는) &quot;en&quot;, &quot;de&quot;, &quot;pt_BR&quot; 같은 언어 코드가 아닙니다.</translation>
    </message>
    <message>
        <location line="-116"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>A text given per language needs an &quot;en&quot; entry, the one shown in every other language.</source>
        <translation>언어별로 지정한 텍스트에는 &quot;en&quot; 항목이 있어야 합니다. 다른 모든 언어에서는 이 항목이 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="+14"/>
        <source>This field must be a whole number.</source>
        <translation>이 필드는 정수여야 합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown manifest format %1: this setup program reads format %2.</source>
        <translation>알 수 없는 매니페스트 형식 %1: 이 설치 프로그램은 형식 %2을(를) 읽습니다.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+86"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>&quot;%1&quot; is outside the package.</source>
        <translation>&quot;%1&quot;은(는) 패키지 밖에 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <source>&quot;%1&quot; is missing from the package.</source>
        <translation>&quot;%1&quot;이(가) 패키지에 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+7"/>
        <source>&quot;%1&quot; leads outside the package.</source>
        <translation>&quot;%1&quot;은(는) 패키지 밖을 가리킵니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+4"/>
        <location line="+210"/>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>&quot;%1&quot;은(는) 파일이 아닙니다.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a category: use letters, digits and &quot;-&quot;.</source>
        <translation>&quot;%1&quot;은(는) 범주가 아닙니다. 문자, 숫자, &quot;-&quot;만 사용하십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a MIME type such as &quot;application/x-example&quot;.</source>
        <translation>&quot;%1&quot;은(는) &quot;application/x-example&quot;과 같은 MIME 형식이 아닙니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a file name pattern such as &quot;*.example&quot;.</source>
        <translation>&quot;%1&quot;은(는) &quot;*.example&quot;과 같은 파일 이름 패턴이 아닙니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An icon with a size in pixels must be a .png file, a &quot;scalable&quot; one an .svg file.</source>
        <translation>픽셀 크기의 아이콘은 .png 파일이어야 하고, &quot;scalable&quot; 아이콘은 .svg 파일이어야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>&quot;%1&quot;이(가) 두 번 나열되어 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries and MIME types need the product&apos;s &quot;id&quot;, such as &quot;org.example.App&quot;.</source>
        <translation>메뉴 항목과 MIME 형식에는 &quot;org.example.App&quot;과 같은 제품의 &quot;id&quot;이(가) 필요합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A keyword must not contain &quot;;&quot;.</source>
        <translation>키워드에는 &quot;;&quot;을(를) 포함할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-188"/>
        <source>The license &quot;%1&quot; cannot be read: %2</source>
        <translation>사용권 &quot;%1&quot;을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The folder must be an absolute path or start with &quot;~/&quot;.</source>
        <translation>폴더는 절대 경로이거나 &quot;~/&quot;로 시작해야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="-227"/>
        <location line="+18"/>
        <location filename="../ui/setup/package.cpp" line="+27"/>
        <source>This field must be a JSON object ({ ... }).</source>
        <translation>이 필드는 JSON 개체({ ... })여야 합니다.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>&quot;%1&quot; is not allowed here: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (an id in reverse-DNS form, such as &quot;org.example.App&quot;).</source>
        <translation>&quot;%1&quot;은(는) 여기에 사용할 수 없습니다. 문자, 숫자, &quot;.&quot;, &quot;_&quot;, &quot;-&quot;만 사용하십시오(&quot;org.example.App&quot;과 같은 역방향 DNS 형식의 ID).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a command name: use letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;+&quot; and &quot;-&quot;, not starting with &quot;.&quot;.</source>
        <translation>&quot;%1&quot;은(는) 명령 이름이 아닙니다. 문자, 숫자, &quot;.&quot;, &quot;_&quot;, &quot;+&quot;, &quot;-&quot;만 사용하고 &quot;.&quot;(으)로 시작하지 마십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a target of any file of the package.</source>
        <translation>&quot;%1&quot;은(는) 패키지의 어떤 파일의 대상도 아닙니다.</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+37"/>
        <location filename="../ui/setup/package.cpp" line="-54"/>
        <location line="+30"/>
        <location line="+144"/>
        <location line="+101"/>
        <source>This field must be a list (a JSON array).</source>
        <translation>이 필드는 목록(JSON 배열)이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-97"/>
        <source>The package has no components.</source>
        <translation>패키지에 구성 요소가 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The component id &quot;%1&quot; is already used by %2.</source>
        <translation>구성 요소 ID &quot;%1&quot;은(는) 이미 %2에서 사용 중입니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A component must be a JSON object ({ ... }).</source>
        <translation>구성 요소는 JSON 개체({ ... })여야 합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A component id may contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>구성 요소 ID에는 문자, 숫자, &quot;.&quot;, &quot;_&quot;, &quot;-&quot;만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+56"/>
        <location filename="../ui/setup/package.cpp" line="+12"/>
        <location line="+117"/>
        <source>This field must be true or false.</source>
        <translation>이 필드는 true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-371"/>
        <source>The folder must be an absolute path.</source>
        <translation>폴더는 절대 경로여야 합니다.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+69"/>
        <location line="+5"/>
        <location line="+11"/>
        <source>&quot;%1&quot; is not an SVG or PNG image.</source>
        <translation>&quot;%1&quot;은(는) SVG 또는 PNG 이미지가 아닙니다.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+11"/>
        <location line="+22"/>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>&quot;%1&quot;을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&quot;%1&quot; is too large: an image may have at most %2, and %3 × %3 pixels.</source>
        <translation>&quot;%1&quot;이(가) 너무 큽니다: 이미지는 최대 %2, %3 × %3 픽셀까지 가능합니다.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The installer must be &quot;stock&quot; or a program in the package; &quot;%1&quot; is neither.</source>
        <translation>설치 프로그램은 &quot;stock&quot; 또는 패키지 안의 프로그램이어야 합니다. &quot;%1&quot;은(는) 둘 다 아닙니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The installer &quot;%1&quot; leads outside the package.</source>
        <translation>설치 프로그램 &quot;%1&quot;은(는) 패키지 밖을 가리킵니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installer &quot;%1&quot; is not an executable file.</source>
        <translation>설치 프로그램 &quot;%1&quot;은(는) 실행 파일이 아닙니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installer &quot;%1&quot; can be changed by other users.</source>
        <translation>설치 프로그램 &quot;%1&quot;은(는) 다른 사용자가 변경할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The component has no files.</source>
        <translation>구성 요소에 파일이 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file must be a JSON object ({ ... }).</source>
        <translation>파일은 JSON 개체({ ... })여야 합니다.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not a product id: use reverse-DNS, such as &quot;org.example.AcmeViewer&quot; (letters, digits, &apos;-&apos; and &apos;_&apos;, in two or more parts separated by dots).</source>
        <translation>&quot;%1&quot;은(는) 제품 ID가 아닙니다. &quot;org.example.AcmeViewer&quot;처럼 역방향 DNS 형식을 사용하십시오(문자, 숫자, &apos;-&apos;, &apos;_&apos;로 이루어진 둘 이상의 부분을 점으로 구분).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The mode must be a text such as &quot;0755&quot; or &quot;0644&quot;.</source>
        <translation>모드는 &quot;0755&quot; 또는 &quot;0644&quot; 같은 텍스트여야 합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mode %1 is not allowed: an installed file gets &quot;0755&quot; (a program) or &quot;0644&quot; (any other file), never setuid, setgid, sticky or writable by group or others.</source>
        <translation>모드 %1은(는) 허용되지 않습니다. 설치되는 파일에는 &quot;0755&quot;(프로그램) 또는 &quot;0644&quot;(그 밖의 파일)가 적용되며, setuid, setgid, sticky나 그룹 또는 다른 사용자의 쓰기 권한은 절대 적용되지 않습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The target &quot;%1&quot; must be relative to the installation folder.</source>
        <translation>대상 &quot;%1&quot;은(는) 설치 폴더에 대한 상대 경로여야 합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; must not contain &quot;..&quot;.</source>
        <translation>대상 &quot;%1&quot;에 &quot;..&quot;을 포함할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target &quot;%1&quot; does not name a file.</source>
        <translation>대상 &quot;%1&quot;은(는) 파일을 가리키지 않습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target &quot;%1&quot; ends in &quot;%2&quot;, which setup reserves for its own copies.</source>
        <translation>대상 &quot;%1&quot;이(가) &quot;%2&quot;(으)로 끝납니다. 이 접미사는 설치 프로그램이 자체 복사본용으로 예약해 두었습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target &quot;%1&quot; is already installed by %2.</source>
        <translation>대상 &quot;%1&quot;은(는) 이미 %2에서 설치합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; is a folder of %2.</source>
        <translation>대상 &quot;%1&quot;은(는) %2의 폴더입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; needs &quot;%2&quot; to be a folder, but %3 installs a file there.</source>
        <translation>대상 &quot;%1&quot;에는 &quot;%2&quot;이(가) 폴더여야 하지만, %3이(가) 그 위치에 파일을 설치합니다.</translation>
    </message>
    <message>
        <location filename="../ui/setup/embedded_package.cpp" line="+31"/>
        <source>The package does not exist.</source>
        <translation>패키지가 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No private folder for a copy of the package: %1</source>
        <translation>패키지 복사본을 위한 개인 폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The package cannot be copied to a temporary folder: %1</source>
        <translation>패키지를 임시 폴더로 복사할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the folder of %1</source>
        <translation>%1의 폴더를 만들 수 없습니다</translation>
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
        <translation>준비 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup starts the installers of the components and looks for applications that use the files.</source>
        <translation>설치 프로그램이 구성 요소의 설치 프로그램을 시작하고 파일을 사용하는 응용 프로그램을 찾습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparation progress</source>
        <translation>준비 진행률</translation>
    </message>
</context>
<context>
    <name>ProductRecord</name>
    <message>
        <location filename="../ui/setup/product_record.cpp" line="+109"/>
        <source>The record is not valid JSON.</source>
        <translation>기록이 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The record has no valid product id.</source>
        <translation>기록에 올바른 제품 ID가 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record names an install folder that is not a full path: %1</source>
        <translation>기록의 설치 폴더가 전체 경로가 아닙니다: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record names a file outside its install folder: %1</source>
        <translation>기록에 설치 폴더 밖의 파일이 있습니다: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record names a file twice: %1</source>
        <translation>기록에 같은 파일이 두 번 있습니다: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a folder outside its install folder: %1</source>
        <translation>기록에 설치 폴더 밖의 폴더가 있습니다: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a desktop file outside the desktop folders: %1</source>
        <translation>기록에 데스크톱 폴더 밖의 데스크톱 파일이 있습니다: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Other users can change the folder of the records, %1.</source>
        <translation>다른 사용자가 기록 폴더 %1을(를) 변경할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record is a symbolic link.</source>
        <translation>기록이 심볼릭 링크입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record cannot be read: %1</source>
        <translation>기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record is not a regular file.</source>
        <translation>기록이 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record belongs to another user (user ID %1), not to you.</source>
        <translation>이 기록은 사용자 본인이 아닌 다른 사용자(사용자 ID %1)의 것입니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other users can change the record.</source>
        <translation>다른 사용자가 이 기록을 변경할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record is too large.</source>
        <translation>기록이 너무 큽니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The record is that of another product (%1).</source>
        <translation>이 기록은 다른 제품(%1)의 것입니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a product id.</source>
        <translation>&quot;%1&quot;은(는) 제품 ID가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>PublisherPage</name>
    <message>
        <location filename="../ui/wizard/publisher_page.cpp" line="+40"/>
        <source>The publisher could not be verified</source>
        <translation>게시자를 확인할 수 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This setup file is not signed.</source>
        <translation>이 설치 파일에는 서명이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can tell who made this setup file or whether it was changed after it was made. Install it only if you trust where it came from.</source>
        <translation>이 설치 파일을 누가 만들었는지, 만든 뒤 변경되었는지 아무도 알 수 없습니다. 출처를 신뢰하는 경우에만 설치하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This setup file is signed with a key that is not trusted on this computer.</source>
        <translation>이 설치 파일은 이 컴퓨터에서 신뢰하지 않는 키로 서명되었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is intact, but its key (ID %1) is not among the keys this computer trusts, so nobody can tell who made this setup file. Install it only if you trust where it came from.</source>
        <translation>서명은 손상되지 않았지만 해당 키(ID %1)가 이 컴퓨터가 신뢰하는 키에 없으므로 이 설치 파일을 누가 만들었는지 알 수 없습니다. 출처를 신뢰하는 경우에만 설치하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;understand the risk and want to install it anyway</source>
        <translation>위험을 이해했으며 그래도 설치합니다(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install although the publisher could not be verified</source>
        <translation>게시자를 확인할 수 없어도 설치</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+67"/>
        <source>&amp;Yes</source>
        <translation>예(&amp;Y)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No</source>
        <translation>아니요(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-8"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 뒤로(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>다음 (&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>커밋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>완료(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="+25"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+1"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../ui/wizard/ready_page.cpp" line="+26"/>
        <source>Ready to install</source>
        <translation>설치 준비 완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup has what it needs. Click Install to begin.</source>
        <translation>설치에 필요한 정보가 모두 준비되었습니다. 시작하려면 [설치]를 클릭하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install</source>
        <translation>설치(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product: %1 %2
Folder: %3
Space needed: %4
Components:
%5</source>
        <translation>제품: %1 %2
폴더: %3
필요한 공간: %4
구성 요소:
%5</translation>
    </message>
</context>
<context>
    <name>SecondaryInstallerProcess</name>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+161"/>
        <source>its installer sent a malformed line</source>
        <translation>설치 프로그램이 잘못된 형식의 줄을 보냈습니다</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its installer answered something else: %1</source>
        <translation>설치 프로그램이 예기치 않은 응답을 보냈습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="-481"/>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="-97"/>
        <location line="+114"/>
        <source>its installer stopped unexpectedly</source>
        <translation>설치 프로그램이 예기치 않게 중지되었습니다</translation>
    </message>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+8"/>
        <source>its installer did not answer in time</source>
        <translation>설치 프로그램이 제때 응답하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>SetupRun</name>
    <message>
        <location filename="../ui/setup/setup_run.cpp" line="+203"/>
        <source>Closing %1…</source>
        <translation>%1 닫는 중…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/answer_source.cpp" line="+23"/>
        <source>Applications still running</source>
        <translation>응용 프로그램이 아직 실행 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications did not close:</source>
        <translation>다음 응용 프로그램이 닫히지 않았습니다:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/installing_page.cpp" line="-2"/>
        <source>&amp;Force close</source>
        <translation>강제로 닫기(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ignore (restart the computer later)</source>
        <translation>무시(나중에 컴퓨터 다시 시작)(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel setup</source>
        <translation>설치 취소(&amp;C)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The package cannot be installed</source>
        <translation>패키지를 설치할 수 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location filename="../ui/wizard/finish_page.cpp" line="-118"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+243"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Setup is already running</source>
        <translation>설치가 이미 실행 중입니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel setup</source>
        <translation>설치 취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to cancel setup? Everything it changed will be put back.</source>
        <translation>설치를 취소하시겠습니까? 변경된 모든 내용이 되돌려집니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, cancel setup</source>
        <translation>예, 설치를 취소합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, continue setup</source>
        <translation>아니요, 설치를 계속합니다</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="-2"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+327"/>
        <source>%1 %2 Setup</source>
        <translation>%1 %2 설치</translation>
    </message>
</context>
<context>
    <name>UninstallEngine</name>
    <message>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-116"/>
        <source>Checking the files of %1…</source>
        <translation>%1의 파일을 확인하는 중…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Nothing was removed: %1</source>
        <translation>아무것도 제거하지 않았습니다: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Setup could not register the files: %1</source>
        <translation>설치 프로그램이 파일을 등록하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+11"/>
        <source>Removing files…</source>
        <translation>파일을 제거하는 중…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>The files could not be removed: %1</source>
        <translation>파일을 제거할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Removing the desktop entries…</source>
        <translation>데스크톱 항목을 제거하는 중…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was removed.</source>
        <translation>%1을(를) 제거했습니다.</translation>
    </message>
</context>
<context>
    <name>UninstallFilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="-458"/>
        <location line="+65"/>
        <source>&amp;Uninstall</source>
        <translation>제거(&amp;U)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>These applications use files that setup is about to remove.</source>
        <translation>이 응용 프로그램들이 설치 프로그램이 제거하려는 파일을 사용하고 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. The programs of %1 are closed and not started again; other applications are started again once the files are gone. You can also close them yourself and click Refresh.</source>
        <translation>먼저 작업 내용을 저장하십시오. %1의 프로그램은 닫히며 다시 시작되지 않습니다. 다른 응용 프로그램은 파일이 제거된 후 다시 시작됩니다. 직접 닫은 후 [새로 고침]을 클릭할 수도 있습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close the applications automatically</source>
        <translation>응용 프로그램을 자동으로 닫기(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the applications automatically</source>
        <translation>응용 프로그램을 자동으로 닫기</translation>
    </message>
</context>
<context>
    <name>UninstallFinishPage</name>
    <message>
        <location line="+102"/>
        <source>Uninstall failed</source>
        <translation>제거하지 못했습니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uninstall complete</source>
        <translation>제거 완료</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not removed. Nothing was changed.</source>
        <translation>%1을(를) 제거하지 않았습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from your computer.</source>
        <translation>%1을(를) 컴퓨터에서 제거했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files removed: %1</source>
        <translation>제거된 파일: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept, because you changed them since they were installed (remove them yourself, or uninstall with &quot;Also remove the files I changed&quot;):</source>
        <translation>설치 후 변경했기 때문에 유지되었습니다(직접 제거하거나 &quot;변경한 파일도 제거&quot;를 선택하여 제거하십시오):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept, because they hold files that setup did not install:</source>
        <translation>설치 프로그램이 설치하지 않은 파일이 있어서 유지되었습니다:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These menu entries, icons or commands could not be removed:</source>
        <translation>다음 메뉴 항목, 아이콘 또는 명령을 제거하지 못했습니다:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed: %1</source>
        <translation>닫은 응용 프로그램: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be started again: %1</source>
        <translation>다시 시작하지 못한 응용 프로그램: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These applications still use the removed files: %1. A restart of the computer is required to finish.</source>
        <translation>다음 응용 프로그램이 제거된 파일을 아직 사용하고 있습니다: %1. 완료하려면 컴퓨터를 다시 시작해야 합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was removed and what was kept</source>
        <translation>제거된 항목과 유지된 항목</translation>
    </message>
</context>
<context>
    <name>UninstallRemovingPage</name>
    <message>
        <location line="-90"/>
        <source>Removing</source>
        <translation>제거하는 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup is removing %1. Cancel puts everything back.</source>
        <translation>설치 프로그램이 %1을(를) 제거하는 중입니다. [취소]를 누르면 모든 것이 원래대로 돌아갑니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress of the removal</source>
        <translation>제거 진행률</translation>
    </message>
</context>
<context>
    <name>UninstallSummaryPage</name>
    <message>
        <location line="-224"/>
        <source>Uninstall %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup will remove the files that it installed, and nothing else.</source>
        <translation>설치 프로그램이 설치한 파일만 제거하며, 그 밖의 것은 제거하지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product: %1</source>
        <translation>제품: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product: %1 (%2)</source>
        <translation>제품: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files: %1 (%2)</source>
        <translation>파일: %1(%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries, icons and commands: %1</source>
        <translation>메뉴 항목, 아이콘 및 명령: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for files that you changed since they were installed…</source>
        <translation>설치 후 변경한 파일을 찾는 중…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing can be removed: %1</source>
        <translation>아무것도 제거할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed none of the installed files.</source>
        <translation>설치된 파일 중 변경한 파일이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed these files since they were installed. They will be removed too:</source>
        <translation>설치 후 이 파일들을 변경했습니다. 이 파일들도 제거됩니다:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed these files since they were installed. They will be kept:</source>
        <translation>설치 후 이 파일들을 변경했습니다. 이 파일들은 유지됩니다:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you changed</source>
        <translation>변경한 파일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Also remove the files I changed</source>
        <translation>변경한 파일도 제거(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also remove the files I changed</source>
        <translation>변경한 파일도 제거</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Uninstall</source>
        <translation>제거(&amp;U)</translation>
    </message>
</context>
<context>
    <name>UninstallWizard</name>
    <message>
        <location line="+457"/>
        <source>Uninstall %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Setup cannot uninstall</source>
        <translation>설치 프로그램에서 제거할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcome_page.cpp" line="+62"/>
        <source>Welcome to %1 %2</source>
        <translation>%1 %2 설치 마법사에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This wizard installs %1 %2 on your computer.

Publisher: %3

If applications use files that setup replaces, setup can close them and start them again afterwards.</source>
        <translation>이 마법사는 컴퓨터에 %1 %2을(를) 설치합니다.

게시자: %3

설치 프로그램이 교체하는 파일을 응용 프로그램이 사용 중이면, 설치 프로그램이 해당 응용 프로그램을 닫았다가 나중에 다시 시작할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Setup restarted applications that an earlier setup had closed: %1.</source>
        <translation>이전 설치에서 닫은 응용 프로그램을 다시 시작했습니다: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of setup</source>
        <translation>설치 언어</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/setup_main.cpp" line="+325"/>
        <source>(you changed it; the new version is %1)</source>
        <translation>(변경된 파일입니다. 새 버전은 %1입니다)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>refused: %1</source>
        <translation>거부됨: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+63"/>
        <location line="+412"/>
        <source>%1 is not installed.</source>
        <translation>%1이(가) 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="-469"/>
        <location line="+58"/>
        <source>The record of %1 is refused, and nothing was removed: %2</source>
        <translation>%1의 기록이 거부되어 아무것도 제거하지 않았습니다: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Installs a package with the Restart Manager.</source>
        <translation>다시 시작 관리자로 패키지를 설치합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User interface language, e.g. de.</source>
        <translation>사용자 인터페이스 언어(예: ko).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package directory (default: the demo package).</source>
        <translation>패키지 디렉터리(기본값: 데모 패키지).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the log to this file.</source>
        <translation>이 파일에 로그를 기록합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer a question without asking, e.g. StillRunning=force or ConfirmCancel=yes.</source>
        <translation>질문하지 않고 답합니다(예: StillRunning=force 또는 ConfirmCancel=yes).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the milliseconds until the first page shows.</source>
        <translation>첫 페이지가 표시될 때까지 걸린 밀리초를 출력합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the exit code to this file (the shell sees it only modulo 256).</source>
        <translation>종료 코드를 이 파일에도 기록합니다(셸에서는 256으로 나눈 나머지만 보입니다).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk every page of an installation into a temporary folder and write a screenshot and a list of the widgets of each page to this folder (--lang all: every language).</source>
        <translation>임시 폴더로 설치하는 모든 페이지를 차례로 거치며 각 페이지의 스크린샷과 위젯 목록을 이 폴더에 씁니다(--lang all: 모든 언어).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install without a window and without questions; needs no display.</source>
        <translation>창과 질문 없이 설치합니다. 디스플레이가 필요 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install without questions, showing only the progress.</source>
        <translation>질문 없이 설치하고 진행률만 표시합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install in this folder.</source>
        <translation>이 폴더에 설치합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install these components, e.g. app,dictionary.</source>
        <translation>이 구성 요소를 설치합니다(예: app,dictionary).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications that use the files and restart them afterwards (default).</source>
        <translation>파일을 사용하는 응용 프로그램을 닫고 나중에 다시 시작합니다(기본값).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the applications running; the computer must restart later.</source>
        <translation>응용 프로그램을 계속 실행합니다. 나중에 컴퓨터를 다시 시작해야 합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications; end those that do not close in time.</source>
        <translation>응용 프로그램을 닫습니다. 제시간에 닫히지 않는 것은 종료합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not start the closed applications again.</source>
        <translation>닫은 응용 프로그램을 다시 시작하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never restart the computer; exit with 3010 when a restart is needed.</source>
        <translation>컴퓨터를 다시 시작하지 않습니다. 다시 시작이 필요하면 3010으로 종료합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the product once it is installed, as the user who ran setup.</source>
        <translation>설치가 끝나면 설치 프로그램을 실행한 사용자로 제품을 시작합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the answers from this file (Key=Value lines).</source>
        <translation>이 파일에서 응답을 읽습니다(Key=Value 줄).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the answers of this run to this file.</source>
        <translation>이번 실행의 응답을 이 파일에 씁니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The publisher could not be verified (the signer&apos;s key ID, or unsigned): ask the user first.</source>
        <translation>게시자를 확인할 수 없습니다(서명자의 키 ID 또는 unsigned): 먼저 사용자에게 묻습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the installed product with this id.</source>
        <translation>이 ID의 설치된 제품을 제거합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --uninstall: remove the files you changed too.</source>
        <translation>--uninstall과 함께: 변경한 파일도 제거합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the installed products.</source>
        <translation>설치된 제품을 나열합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --list-installed: as JSON.</source>
        <translation>--list-installed와 함께: JSON 형식으로 출력합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install an older version over a newer one without asking.</source>
        <translation>묻지 않고 최신 버전 위에 이전 버전을 설치합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the missing or changed files of the installed product (with the package of its version).</source>
        <translation>설치된 제품의 누락되거나 변경된 파일을 복원합니다(해당 버전의 패키지 사용).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add or remove components of the installed product (with --components).</source>
        <translation>설치된 제품의 구성 요소를 추가하거나 제거합니다(--components와 함께).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No display is available. Use --unattended to install without a window.</source>
        <translation>사용할 수 있는 디스플레이가 없습니다. 창 없이 설치하려면 --unattended를 사용하세요.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+48"/>
        <source>Setup of %1 is already running. Wait until it has finished, then start setup again.</source>
        <translation>%1 설치가 이미 실행 중입니다. 완료될 때까지 기다린 후 설치를 다시 시작하십시오.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--repair needs the package of the installed version %1.</source>
        <translation>--repair에는 설치된 버전 %1의 패키지가 필요합니다.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The install folder %1 cannot be used: %2</source>
        <translation>설치 폴더 %1을(를) 사용할 수 없습니다: %2</translation>
    </message>
</context>
</TS>
