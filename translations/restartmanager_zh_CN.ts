<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AffectedAppsModel</name>
    <message>
        <location filename="../ui/affected_apps_model.cpp" line="+47"/>
        <location line="+174"/>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Application window</source>
        <translation>应用程序窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop shell</source>
        <translation>桌面外壳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal program</source>
        <translation>终端程序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System process</source>
        <translation>系统进程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped by systemd</source>
        <translation>由 systemd 停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked to close its windows</source>
        <translation>请求其关闭窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked to quit</source>
        <translation>请求其退出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent a quit signal (unsaved work may be lost)</source>
        <translation>发送退出信号（未保存的工作可能丢失）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be closed</source>
        <translation>无法关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left running</source>
        <translation>保持运行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed, not restarted</source>
        <translation>关闭，不再重新启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed and restarted</source>
        <translation>关闭并重新启动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process ID: %1</source>
        <translation>进程 ID：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses: %1</source>
        <translation>使用的文件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close: %1</source>
        <translation>安装程序请求其关闭的方式：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An application of another user uses the files, and setup may not close it.</source>
        <translation>另一用户的应用程序正在使用这些文件，安装程序无权关闭它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An application in another login session or container uses the files.</source>
        <translation>另一登录会话或容器中的应用程序正在使用这些文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part of the system that cannot be stopped uses the files.</source>
        <translation>系统中无法停止的部分正在使用这些文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A system service that cannot be stopped uses the files.</source>
        <translation>无法停止的系统服务正在使用这些文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup itself uses the files.</source>
        <translation>安装程序本身正在使用这些文件。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your desktop itself (its window manager or shell) uses the files, and setup does not close it: log out and log in again after setup, or restart the computer.</source>
        <translation>您的桌面本身（其窗口管理器或外壳）正在使用这些文件，安装程序不会关闭它：请在安装后注销并重新登录，或重新启动计算机。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (service %2)</source>
        <translation>%1（服务 %2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(registered)</source>
        <translation>（已注册）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Process ID</source>
        <translation>进程 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation>使用的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close</source>
        <translation>安装程序请求其关闭的方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What setup will do</source>
        <translation>安装程序将执行的操作</translation>
    </message>
</context>
<context>
    <name>ComponentsPage</name>
    <message>
        <location filename="../ui/wizard/components_page.cpp" line="+53"/>
        <source>%1 (required)</source>
        <translation>%1（必需）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Space needed: %1</source>
        <translation>所需空间：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what to install.</source>
        <translation>请选择要安装的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components to install</source>
        <translation>要安装的组件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the component</source>
        <translation>组件说明</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/setup/error_text.cpp" line="+19"/>
        <source>Access was denied: a file or folder belongs to another user, or another user could change it.</source>
        <translation>访问被拒绝：某个文件或文件夹属于其他用户，或其他用户可以更改它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Restart Manager session is no longer open.</source>
        <translation>重启管理器会话已不再打开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read or written (the disk may be full or read-only).</source>
        <translation>无法读取或写入某个文件（磁盘可能已满或为只读）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package asked for something that cannot be done.</source>
        <translation>软件包请求了无法完成的操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another setup program is busy with the Restart Manager; try again in a moment.</source>
        <translation>另一个安装程序正在使用重启管理器；请稍后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applications could not be closed: a restart of the computer is needed.</source>
        <translation>无法关闭应用程序：需要重启计算机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications did not close.</source>
        <translation>部分应用程序未关闭。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications could not be started again.</source>
        <translation>部分应用程序无法重新启动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many setup programs are running at the same time.</source>
        <translation>同时运行的安装程序过多。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installer could not join setup&apos;s session.</source>
        <translation>安装程序无法加入安装会话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file is damaged. Download it again.</source>
        <translation>安装文件已损坏。请重新下载。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unexpected error occurred (code %1).</source>
        <translation>发生意外错误（代码 %1）。</translation>
    </message>
</context>
<context>
    <name>FilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/files_in_use_page.cpp" line="+89"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+316"/>
        <source>A restart of the computer will be needed: %1</source>
        <translation>需要重新启动计算机：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+20"/>
        <source>Files in use</source>
        <translation>正在使用的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications use files that setup needs to replace.</source>
        <translation>这些应用程序正在使用安装程序需要替换的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. You can also close them yourself and click Refresh.</source>
        <translation>请先在这些应用程序中保存您的工作。您也可以自行关闭它们，然后单击“刷新”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+8"/>
        <source>Applications that use the files</source>
        <translation>正在使用这些文件的应用程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Details of the selected application</source>
        <translation>所选应用程序的详细信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the applications automatically and restart them after setup</source>
        <translation>自动关闭应用程序，并在安装后重新启动它们(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+3"/>
        <source>&amp;Do not close the applications (a restart of the computer will be required)</source>
        <translation>不关闭应用程序（需要重新启动计算机）(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+4"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Refresh the list of applications</source>
        <translation>刷新应用程序列表</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/wizard/finish_page.cpp" line="+79"/>
        <location line="+10"/>
        <source>Setup log</source>
        <translation>安装日志</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The setup log&apos;s file</source>
        <translation>安装日志文件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Open in another application</source>
        <translation>在其他应用程序中打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the log in another application</source>
        <translation>在其他应用程序中打开日志</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Setup failed</source>
        <translation>安装失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setup is complete</source>
        <translation>安装完成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not installed. Everything setup changed was put back.</source>
        <translation>%1 未安装。安装程序所做的所有更改均已撤销。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 was installed in %3.</source>
        <translation>%1 %2 已安装到 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installed: %1</source>
        <translation>已安装：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed %1: it was kept, and the new version is beside it as %2.</source>
        <translation>您修改过 %1：已保留该文件，新版本放在其旁边，名为 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed from the old version: %1</source>
        <translation>已从旧版本中删除：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not close when asked, and setup forced it to close: unsaved work in it was lost.</source>
        <translation>%1 在请求时未关闭，安装程序已强制将其关闭：其中未保存的工作已丢失。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+128"/>
        <source>Started again: %1</source>
        <translation>已重新启动：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup could not start these applications again: %1. Start them yourself.</source>
        <translation>安装程序无法重新启动以下应用程序：%1。请自行启动它们。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To uninstall %1 later, run: %2</source>
        <translation>以后要卸载 %1，请运行：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To uninstall %1 later, choose &quot;Uninstall&quot; on its entry in the applications menu (right-click it), or run: %2</source>
        <translation>以后要卸载 %1，请在应用程序菜单中右键单击其条目并选择“卸载”，或运行：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A restart of the computer is required to finish the installation.</source>
        <translation>需要重新启动计算机才能完成安装。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These applications still run the old files: %1. To finish the update, close them and start them again, or restart the computer.</source>
        <translation>这些应用程序仍在使用旧文件：%1。要完成更新，请关闭并重新启动它们，或重新启动计算机。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show the lo&amp;g</source>
        <translation>显示日志(&amp;G)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>L&amp;aunch %1</source>
        <translation>启动 %1(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+19"/>
        <source>Restart the computer &amp;now</source>
        <translation>立即重新启动计算机(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Restart the computer now</source>
        <translation>立即重新启动计算机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I will restart the applications or the computer &amp;later</source>
        <translation>稍后我将重新启动应用程序或计算机(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the applications or the computer later</source>
        <translation>稍后重新启动应用程序或计算机</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>I will restart the computer &amp;later</source>
        <translation>稍后我将手动重新启动计算机(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the computer later</source>
        <translation>稍后重新启动计算机</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The log of this setup: %1</source>
        <translation>本次安装的日志：%1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the setup log</source>
        <translation>显示安装日志</translation>
    </message>
</context>
<context>
    <name>InstallEngine</name>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="+158"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+128"/>
        <source>The applications that use the files could not be listed: %1</source>
        <translation>无法列出正在使用这些文件的应用程序：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+58"/>
        <source>Starting a Restart Manager session…</source>
        <translation>正在启动重启管理器会话…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>The Restart Manager session could not be started: %1</source>
        <translation>无法启动重启管理器会话：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the installer of %1…</source>
        <translation>正在启动 %1 的安装程序…</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>joining the session</source>
        <translation>加入会话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registering its files</source>
        <translation>注册其文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>installing its files</source>
        <translation>安装其文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirming its files</source>
        <translation>确认其文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaving the session</source>
        <translation>退出会话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undoing its changes</source>
        <translation>撤销其更改</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 %2 is installed, which is newer than %3: a downgrade needs your confirmation.</source>
        <translation>已安装 %1 %2，比 %3 更新：降级需要您的确认。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Setup cannot find the folders for the menu entries: %1</source>
        <translation>安装程序找不到菜单项的文件夹：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+724"/>
        <source>Setup could not register its own files: %1</source>
        <translation>安装程序无法注册自己的文件：%1</translation>
    </message>
    <message>
        <location line="-692"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+15"/>
        <source>Looking for applications that use the files…</source>
        <translation>正在查找使用这些文件的应用程序…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Setup could not read what its session holds: %1</source>
        <translation>安装程序无法读取其会话的内容：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Setup could not register the files of %1: %2</source>
        <translation>安装程序无法注册 %1 的文件：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting for the installer of %1…</source>
        <translation>正在等待 %1 的安装程序…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The installer of %1 failed while %2: %3</source>
        <translation>%1 的安装程序在%2时失败：%3</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+69"/>
        <location line="+6"/>
        <source>Closing applications…</source>
        <translation>正在关闭应用程序…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Installing %1…</source>
        <translation>正在安装 %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup cannot examine the files of %1: %2</source>
        <translation>安装程序无法检查 %1 的文件：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installing files…</source>
        <translation>正在安装文件…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+500"/>
        <source>Setup could not remove the files the new version does not ship: %1</source>
        <translation>安装程序无法删除新版本不再包含的文件：%1</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>Setup could not add %1 to the desktop: %2</source>
        <translation>安装程序无法将 %1 添加到桌面：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+29"/>
        <source>Setup could not write its own files: %1</source>
        <translation>安装程序无法写入自己的文件：%1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Setup could not write the menu entries: %1</source>
        <translation>安装程序无法写入菜单项：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirming the installation…</source>
        <translation>正在确认安装…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <location line="+194"/>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-65"/>
        <location line="+124"/>
        <source>Starting the closed applications again…</source>
        <translation>正在重新启动已关闭的应用程序…</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Files installed.</source>
        <translation>文件已安装。</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Setup could not confirm its own files: %1</source>
        <translation>安装程序无法确认自己的文件：%1</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+15"/>
        <location line="+44"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-141"/>
        <location line="+23"/>
        <source>Undoing the changes…</source>
        <translation>正在撤销更改…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The record of the installed %1 cannot be used: %2</source>
        <translation>无法使用已安装的 %1 的记录：%2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Setup cannot read %1.</source>
        <translation>安装程序无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>InstallingPage</name>
    <message>
        <location filename="../ui/wizard/installing_page.cpp" line="+202"/>
        <source>%1 (%2): closing…</source>
        <translation>%1 (%2)：正在关闭…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>%1 (%2): still running</source>
        <translation>%1 (%2)：仍在运行</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (%2): closed</source>
        <translation>%1 (%2)：已关闭</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting for %1 to close… %2 s</source>
        <translation>正在等待 %1 关闭… %2 秒</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) may be asking you to save your work. Switch to it, then choose Retry.</source>
        <translation>%1 (%2) 可能正在询问您是否保存工作。请切换到该程序，然后选择“重试”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Installing</source>
        <translation>正在安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup closes the applications, replaces the files and starts the applications again.</source>
        <translation>安装程序将关闭应用程序、替换文件，然后重新启动应用程序。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation progress</source>
        <translation>安装进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left for the applications to close</source>
        <translation>应用程序关闭的剩余时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications being closed</source>
        <translation>正在关闭的应用程序</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Force the applications to close now (unsaved work in them is lost)</source>
        <translation>立即强制关闭应用程序（其中未保存的工作将丢失）</translation>
    </message>
</context>
<context>
    <name>LicensePage</name>
    <message>
        <location filename="../ui/wizard/license_page.cpp" line="+74"/>
        <source>License agreement</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please read the license of %1.</source>
        <translation>请阅读 %1 的许可协议。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License text</source>
        <translation>许可协议文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;accept the license agreement</source>
        <translation>我接受许可协议(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the license agreement</source>
        <translation>接受许可协议</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="+72"/>
        <location line="+74"/>
        <source>Install location</source>
        <translation>安装位置</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_plan.cpp" line="+38"/>
        <source>Enter a full path, starting with / or ~/.</source>
        <translation>请输入以 / 或 ~/ 开头的完整路径。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not write to %1.</source>
        <translation>您没有写入 %1 的权限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough room: %1 needed, %2 free.</source>
        <translation>空间不足：需要 %1，可用 %2。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="-37"/>
        <source>%1 needed, %2 free.</source>
        <translation>需要 %1，可用 %2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is installed here: this is an upgrade from %2 to %3.</source>
        <translation>此处已安装 %1：这是从 %2 到 %3 的升级。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a reinstall of the same version.</source>
        <translation>此处已安装 %1：这是同一版本的重新安装。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a downgrade to the older version %2.</source>
        <translation>此处已安装 %1：这是降级到旧版本 %2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the folder to install %1 in.</source>
        <translation>请选择 %1 的安装文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder</source>
        <translation>安装文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the &amp;older version anyway</source>
        <translation>仍然安装旧版本(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the older version anyway</source>
        <translation>仍然安装旧版本</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Browse for the install folder</source>
        <translation>浏览安装文件夹</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../ui/setup/package.cpp" line="+96"/>
        <source>The package folder does not exist.</source>
        <translation>软件包文件夹不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other users can change this folder of the package, and so swap its files while setup installs them.</source>
        <translation>其他用户可以更改软件包的此文件夹，从而可能在安装期间替换其中的文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package has no readable manifest: %1</source>
        <translation>软件包没有可读取的清单：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manifest is not valid JSON: %1.</source>
        <translation>清单不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest must be a JSON object ({ ... }).</source>
        <translation>清单必须是 JSON 对象（{ ... }）。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This field is missing.</source>
        <translation>缺少此字段。</translation>
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
        <translation>此字段必须是文本（JSON 字符串）。</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+94"/>
        <source>The icon size %1 is not one of 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 or &quot;scalable&quot;.</source>
        <translation>图标尺寸 %1 不是 16、22、24、32、48、64、96、128、256、512 或 “scalable” 之一。</translation>
    </message>
    <message>
        <location line="-23"/>
        <location filename="../ui/setup/package.cpp" line="-223"/>
        <location line="+193"/>
        <location line="+34"/>
        <source>This field holds a control or direction character (%1), which is not allowed.</source>
        <translation>此字段包含控制字符或方向字符（%1），这是不允许的。</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../ui/setup/package.cpp" line="-221"/>
        <location line="+211"/>
        <source>This field must not be empty.</source>
        <translation>此字段不能为空。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/setup/package.cpp" line="-187"/>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot;, &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>“%1”不是“en”、“de”或“pt_BR”这样的语言代码。</translation>
    </message>
    <message>
        <location line="-116"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>A text given per language needs an &quot;en&quot; entry, the one shown in every other language.</source>
        <translation>按语言提供的文本必须包含“en”条目，其他所有语言都将显示该条目。</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="+14"/>
        <source>This field must be a whole number.</source>
        <translation>此字段必须是整数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown manifest format %1: this setup program reads format %2.</source>
        <translation>未知的清单格式 %1：此安装程序读取格式 %2。</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+86"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>&quot;%1&quot; is outside the package.</source>
        <translation>“%1”位于软件包之外。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <source>&quot;%1&quot; is missing from the package.</source>
        <translation>软件包中缺少“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+7"/>
        <source>&quot;%1&quot; leads outside the package.</source>
        <translation>“%1”指向软件包之外。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+4"/>
        <location line="+210"/>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a category: use letters, digits and &quot;-&quot;.</source>
        <translation>“%1” 不是类别：请使用字母、数字和 “-”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a MIME type such as &quot;application/x-example&quot;.</source>
        <translation>“%1” 不是 MIME 类型（例如 “application/x-example”）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a file name pattern such as &quot;*.example&quot;.</source>
        <translation>“%1” 不是文件名模式（例如 “*.example”）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An icon with a size in pixels must be a .png file, a &quot;scalable&quot; one an .svg file.</source>
        <translation>以像素为尺寸的图标必须是 .png 文件，“scalable” 图标必须是 .svg 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>“%1” 列出了两次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries and MIME types need the product&apos;s &quot;id&quot;, such as &quot;org.example.App&quot;.</source>
        <translation>菜单项和 MIME 类型需要产品的 “id”，例如 “org.example.App”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A keyword must not contain &quot;;&quot;.</source>
        <translation>关键字不能包含 “;”。</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-188"/>
        <source>The license &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取许可协议“%1”：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The folder must be an absolute path or start with &quot;~/&quot;.</source>
        <translation>文件夹必须是绝对路径，或以“~/”开头。</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="-227"/>
        <location line="+18"/>
        <location filename="../ui/setup/package.cpp" line="+27"/>
        <source>This field must be a JSON object ({ ... }).</source>
        <translation>此字段必须是 JSON 对象（{ ... }）。</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>&quot;%1&quot; is not allowed here: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (an id in reverse-DNS form, such as &quot;org.example.App&quot;).</source>
        <translation>此处不允许使用 “%1”：请使用字母、数字、“.”、“_” 和 “-”（反向 DNS 形式的 ID，例如 “org.example.App”）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a command name: use letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;+&quot; and &quot;-&quot;, not starting with &quot;.&quot;.</source>
        <translation>“%1” 不是命令名称：请使用字母、数字、“.”、“_”、“+” 和 “-”，且不要以 “.” 开头。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a target of any file of the package.</source>
        <translation>“%1”不是软件包中任何文件的目标。</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+37"/>
        <location filename="../ui/setup/package.cpp" line="-54"/>
        <location line="+30"/>
        <location line="+144"/>
        <location line="+101"/>
        <source>This field must be a list (a JSON array).</source>
        <translation>此字段必须是列表（JSON 数组）。</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-97"/>
        <source>The package has no components.</source>
        <translation>软件包不包含任何组件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The component id &quot;%1&quot; is already used by %2.</source>
        <translation>组件 ID“%1”已被 %2 使用。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A component must be a JSON object ({ ... }).</source>
        <translation>组件必须是 JSON 对象（{ ... }）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A component id may contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>组件 ID 只能包含字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+56"/>
        <location filename="../ui/setup/package.cpp" line="+12"/>
        <location line="+117"/>
        <source>This field must be true or false.</source>
        <translation>此字段必须为 true 或 false。</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-371"/>
        <source>The folder must be an absolute path.</source>
        <translation>文件夹必须是绝对路径。</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+69"/>
        <location line="+5"/>
        <location line="+11"/>
        <source>&quot;%1&quot; is not an SVG or PNG image.</source>
        <translation>“%1”不是 SVG 或 PNG 图像。</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+11"/>
        <location line="+22"/>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&quot;%1&quot; is too large: an image may have at most %2, and %3 × %3 pixels.</source>
        <translation>“%1”太大：图像最多只能有 %2，且不超过 %3 × %3 像素。</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The installer must be &quot;stock&quot; or a program in the package; &quot;%1&quot; is neither.</source>
        <translation>安装程序必须是“stock”或软件包中的程序；“%1”两者都不是。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The installer &quot;%1&quot; leads outside the package.</source>
        <translation>安装程序“%1”指向软件包之外。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installer &quot;%1&quot; is not an executable file.</source>
        <translation>安装程序“%1”不是可执行文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installer &quot;%1&quot; can be changed by other users.</source>
        <translation>安装程序“%1”可被其他用户更改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The component has no files.</source>
        <translation>该组件不包含任何文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file must be a JSON object ({ ... }).</source>
        <translation>文件必须是 JSON 对象（{ ... }）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not a product id: use reverse-DNS, such as &quot;org.example.AcmeViewer&quot; (letters, digits, &apos;-&apos; and &apos;_&apos;, in two or more parts separated by dots).</source>
        <translation>“%1”不是产品 ID：请使用反向 DNS 格式，例如“org.example.AcmeViewer”（由字母、数字、&apos;-&apos; 和 &apos;_&apos; 组成，用点分隔为两个或更多部分）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The mode must be a text such as &quot;0755&quot; or &quot;0644&quot;.</source>
        <translation>权限模式必须是文本，例如“0755”或“0644”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mode %1 is not allowed: an installed file gets &quot;0755&quot; (a program) or &quot;0644&quot; (any other file), never setuid, setgid, sticky or writable by group or others.</source>
        <translation>不允许使用权限模式 %1：安装的文件只能是“0755”（程序）或“0644”（其他文件），绝不能设置 setuid、setgid、sticky，也不能允许组或其他用户写入。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The target &quot;%1&quot; must be relative to the installation folder.</source>
        <translation>目标“%1”必须是相对于安装文件夹的路径。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; must not contain &quot;..&quot;.</source>
        <translation>目标“%1”不能包含“..”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target &quot;%1&quot; does not name a file.</source>
        <translation>目标“%1”未指明文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target &quot;%1&quot; ends in &quot;%2&quot;, which setup reserves for its own copies.</source>
        <translation>目标“%1”以“%2”结尾，该后缀保留给安装程序自己的副本使用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target &quot;%1&quot; is already installed by %2.</source>
        <translation>目标“%1”已由 %2 安装。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; is a folder of %2.</source>
        <translation>目标“%1”是 %2 的文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; needs &quot;%2&quot; to be a folder, but %3 installs a file there.</source>
        <translation>目标“%1”要求“%2”是文件夹，但 %3 会在该位置安装文件。</translation>
    </message>
    <message>
        <location filename="../ui/setup/embedded_package.cpp" line="+31"/>
        <source>The package does not exist.</source>
        <translation>软件包不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No private folder for a copy of the package: %1</source>
        <translation>无法为软件包副本创建私有文件夹：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The package cannot be copied to a temporary folder: %1</source>
        <translation>无法将软件包复制到临时文件夹：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the folder of %1</source>
        <translation>无法创建 %1 的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="+66"/>
        <source>%1: %2</source>
        <comment>location: problem</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PreparingPage</name>
    <message>
        <location filename="../ui/wizard/preparing_page.cpp" line="+45"/>
        <source>Preparing</source>
        <translation>正在准备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup starts the installers of the components and looks for applications that use the files.</source>
        <translation>安装程序正在启动各组件的安装程序，并查找正在使用这些文件的应用程序。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparation progress</source>
        <translation>准备进度</translation>
    </message>
</context>
<context>
    <name>ProductRecord</name>
    <message>
        <location filename="../ui/setup/product_record.cpp" line="+109"/>
        <source>The record is not valid JSON.</source>
        <translation>记录不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The record has no valid product id.</source>
        <translation>记录中没有有效的产品 ID。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record names an install folder that is not a full path: %1</source>
        <translation>记录中的安装文件夹不是完整路径：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record names a file outside its install folder: %1</source>
        <translation>记录中列出了安装文件夹以外的文件：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record names a file twice: %1</source>
        <translation>记录中同一文件出现了两次：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a folder outside its install folder: %1</source>
        <translation>记录中列出了安装文件夹以外的文件夹：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a desktop file outside the desktop folders: %1</source>
        <translation>记录中列出了桌面文件夹以外的桌面文件：%1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Other users can change the folder of the records, %1.</source>
        <translation>其他用户可以更改记录所在的文件夹 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record is a symbolic link.</source>
        <translation>记录是一个符号链接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record cannot be read: %1</source>
        <translation>无法读取记录：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record is not a regular file.</source>
        <translation>记录不是普通文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record belongs to another user (user ID %1), not to you.</source>
        <translation>此记录属于其他用户（用户 ID %1），而不是您。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other users can change the record.</source>
        <translation>其他用户可以更改此记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record is too large.</source>
        <translation>记录过大。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The record is that of another product (%1).</source>
        <translation>此记录属于另一个产品（%1）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a product id.</source>
        <translation>“%1”不是产品 ID。</translation>
    </message>
</context>
<context>
    <name>PublisherPage</name>
    <message>
        <location filename="../ui/wizard/publisher_page.cpp" line="+40"/>
        <source>The publisher could not be verified</source>
        <translation>无法验证发布者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This setup file is not signed.</source>
        <translation>此安装文件未签名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can tell who made this setup file or whether it was changed after it was made. Install it only if you trust where it came from.</source>
        <translation>无人能确定此安装文件由谁制作，也无法确定它在制作后是否被修改过。仅当您信任其来源时才安装它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This setup file is signed with a key that is not trusted on this computer.</source>
        <translation>此安装文件使用本计算机不信任的密钥签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is intact, but its key (ID %1) is not among the keys this computer trusts, so nobody can tell who made this setup file. Install it only if you trust where it came from.</source>
        <translation>签名完好，但其密钥（ID %1）不在本计算机信任的密钥之列，因此无法确定此安装文件由谁制作。仅当您信任其来源时才安装它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;understand the risk and want to install it anyway</source>
        <translation>我了解风险，仍要安装(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install although the publisher could not be verified</source>
        <translation>即使无法验证发布者也安装</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+67"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-8"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="+25"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../ui/wizard/ready_page.cpp" line="+26"/>
        <source>Ready to install</source>
        <translation>准备安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup has what it needs. Click Install to begin.</source>
        <translation>安装程序已获得所需的全部信息。单击“安装”开始。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product: %1 %2
Folder: %3
Space needed: %4
Components:
%5</source>
        <translation>产品：%1 %2
文件夹：%3
所需空间：%4
组件：
%5</translation>
    </message>
</context>
<context>
    <name>SecondaryInstallerProcess</name>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+161"/>
        <source>its installer sent a malformed line</source>
        <translation>其安装程序发送了格式错误的行</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its installer answered something else: %1</source>
        <translation>其安装程序返回了意外的响应：%1</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="-481"/>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="-97"/>
        <location line="+114"/>
        <source>its installer stopped unexpectedly</source>
        <translation>其安装程序意外停止</translation>
    </message>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+8"/>
        <source>its installer did not answer in time</source>
        <translation>其安装程序未及时响应</translation>
    </message>
</context>
<context>
    <name>SetupRun</name>
    <message>
        <location filename="../ui/setup/setup_run.cpp" line="+203"/>
        <source>Closing %1…</source>
        <translation>正在关闭 %1…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/answer_source.cpp" line="+23"/>
        <source>Applications still running</source>
        <translation>应用程序仍在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications did not close:</source>
        <translation>以下应用程序未关闭：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/installing_page.cpp" line="-2"/>
        <source>&amp;Force close</source>
        <translation>强制关闭(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ignore (restart the computer later)</source>
        <translation>忽略（稍后重新启动计算机）(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel setup</source>
        <translation>取消安装(&amp;C)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The package cannot be installed</source>
        <translation>无法安装该软件包</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location filename="../ui/wizard/finish_page.cpp" line="-118"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+243"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Setup is already running</source>
        <translation>安装程序已在运行</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel setup</source>
        <translation>取消安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to cancel setup? Everything it changed will be put back.</source>
        <translation>是否要取消安装？所做的所有更改都将被撤销。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, cancel setup</source>
        <translation>是，取消安装</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, continue setup</source>
        <translation>否，继续安装</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="-2"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+327"/>
        <source>%1 %2 Setup</source>
        <translation>%1 %2 安装程序</translation>
    </message>
</context>
<context>
    <name>UninstallEngine</name>
    <message>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-116"/>
        <source>Checking the files of %1…</source>
        <translation>正在检查 %1 的文件…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Nothing was removed: %1</source>
        <translation>未删除任何内容：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Setup could not register the files: %1</source>
        <translation>安装程序无法注册这些文件：%1</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+11"/>
        <source>Removing files…</source>
        <translation>正在删除文件…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>The files could not be removed: %1</source>
        <translation>无法删除这些文件：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Removing the desktop entries…</source>
        <translation>正在删除桌面项…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was removed.</source>
        <translation>已删除 %1。</translation>
    </message>
</context>
<context>
    <name>UninstallFilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="-458"/>
        <location line="+65"/>
        <source>&amp;Uninstall</source>
        <translation>卸载(&amp;U)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>These applications use files that setup is about to remove.</source>
        <translation>这些应用程序正在使用安装程序即将删除的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. The programs of %1 are closed and not started again; other applications are started again once the files are gone. You can also close them yourself and click Refresh.</source>
        <translation>请先在其中保存您的工作。%1 的程序将被关闭且不会重新启动；其他应用程序将在文件删除后重新启动。您也可以自行关闭它们，然后单击“刷新”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close the applications automatically</source>
        <translation>自动关闭应用程序(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the applications automatically</source>
        <translation>自动关闭应用程序</translation>
    </message>
</context>
<context>
    <name>UninstallFinishPage</name>
    <message>
        <location line="+102"/>
        <source>Uninstall failed</source>
        <translation>卸载失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uninstall complete</source>
        <translation>卸载完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not removed. Nothing was changed.</source>
        <translation>未删除 %1。未做任何更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from your computer.</source>
        <translation>已从您的计算机中删除 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files removed: %1</source>
        <translation>已删除的文件：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept, because you changed them since they were installed (remove them yourself, or uninstall with &quot;Also remove the files I changed&quot;):</source>
        <translation>已保留，因为自安装后您更改过它们（请自行删除，或选择“同时删除我更改过的文件”进行卸载）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept, because they hold files that setup did not install:</source>
        <translation>已保留，因为其中包含安装程序未安装的文件：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These menu entries, icons or commands could not be removed:</source>
        <translation>无法删除这些菜单项、图标或命令：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed: %1</source>
        <translation>已关闭：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be started again: %1</source>
        <translation>无法重新启动：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These applications still use the removed files: %1. A restart of the computer is required to finish.</source>
        <translation>这些应用程序仍在使用已删除的文件：%1。需要重新启动计算机才能完成。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was removed and what was kept</source>
        <translation>已删除和已保留的内容</translation>
    </message>
</context>
<context>
    <name>UninstallRemovingPage</name>
    <message>
        <location line="-90"/>
        <source>Removing</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup is removing %1. Cancel puts everything back.</source>
        <translation>安装程序正在删除 %1。单击“取消”将恢复所有内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress of the removal</source>
        <translation>删除进度</translation>
    </message>
</context>
<context>
    <name>UninstallSummaryPage</name>
    <message>
        <location line="-224"/>
        <source>Uninstall %1</source>
        <translation>卸载 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup will remove the files that it installed, and nothing else.</source>
        <translation>安装程序将删除它安装的文件，不会删除其他任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product: %1 (%2)</source>
        <translation>产品：%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files: %1 (%2)</source>
        <translation>文件：%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries, icons and commands: %1</source>
        <translation>菜单项、图标和命令：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for files that you changed since they were installed…</source>
        <translation>正在查找自安装后您更改过的文件…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing can be removed: %1</source>
        <translation>无法删除任何内容：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed none of the installed files.</source>
        <translation>您未更改任何已安装的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed these files since they were installed. They will be removed too:</source>
        <translation>自安装后您更改过这些文件。它们也将被删除：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed these files since they were installed. They will be kept:</source>
        <translation>自安装后您更改过这些文件。它们将被保留：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you changed</source>
        <translation>您更改过的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Also remove the files I changed</source>
        <translation>同时删除我更改过的文件(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also remove the files I changed</source>
        <translation>同时删除我更改过的文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Uninstall</source>
        <translation>卸载(&amp;U)</translation>
    </message>
</context>
<context>
    <name>UninstallWizard</name>
    <message>
        <location line="+457"/>
        <source>Uninstall %1</source>
        <translation>卸载 %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Setup cannot uninstall</source>
        <translation>安装程序无法卸载</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcome_page.cpp" line="+62"/>
        <source>Welcome to %1 %2</source>
        <translation>欢迎使用 %1 %2 安装向导</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This wizard installs %1 %2 on your computer.

Publisher: %3

If applications use files that setup replaces, setup can close them and start them again afterwards.</source>
        <translation>此向导将在您的计算机上安装 %1 %2。

发布者：%3

如果有应用程序正在使用安装程序要替换的文件，安装程序可以关闭它们，并在之后重新启动它们。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Setup restarted applications that an earlier setup had closed: %1.</source>
        <translation>安装程序已重新启动先前安装关闭的应用程序：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of setup</source>
        <translation>安装程序语言</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/setup_main.cpp" line="+325"/>
        <source>(you changed it; the new version is %1)</source>
        <translation>（您修改过此文件；新版本为 %1）</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+63"/>
        <location line="+412"/>
        <source>%1 is not installed.</source>
        <translation>未安装 %1。</translation>
    </message>
    <message>
        <location line="-469"/>
        <location line="+58"/>
        <source>The record of %1 is refused, and nothing was removed: %2</source>
        <translation>%1 的记录被拒绝，未删除任何内容：%2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Installs a package with the Restart Manager.</source>
        <translation>使用重启管理器安装软件包。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User interface language, e.g. de.</source>
        <translation>用户界面语言，例如 zh_CN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package directory (default: the demo package).</source>
        <translation>软件包目录（默认：演示软件包）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the log to this file.</source>
        <translation>将日志写入此文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer a question without asking, e.g. StillRunning=force or ConfirmCancel=yes.</source>
        <translation>不提问直接回答问题，例如 StillRunning=force 或 ConfirmCancel=yes。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the milliseconds until the first page shows.</source>
        <translation>输出显示第一页之前所用的毫秒数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the exit code to this file (the shell sees it only modulo 256).</source>
        <translation>同时将退出代码写入此文件（shell 只能看到其对 256 取模的值）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk every page of an installation into a temporary folder and write a screenshot and a list of the widgets of each page to this folder (--lang all: every language).</source>
        <translation>逐页完成一次安装到临时文件夹的过程，并将每页的屏幕截图和控件列表写入此文件夹（--lang all：所有语言）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install without a window and without questions; needs no display.</source>
        <translation>无窗口、无提问地安装；不需要显示器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install without questions, showing only the progress.</source>
        <translation>不提问地安装，仅显示进度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install in this folder.</source>
        <translation>安装到此文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install these components, e.g. app,dictionary.</source>
        <translation>安装这些组件，例如 app,dictionary。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications that use the files and restart them afterwards (default).</source>
        <translation>关闭使用这些文件的应用程序，之后重新启动它们（默认）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the applications running; the computer must restart later.</source>
        <translation>让应用程序继续运行；计算机稍后必须重启。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications; end those that do not close in time.</source>
        <translation>关闭应用程序；结束未及时关闭的应用程序。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not start the closed applications again.</source>
        <translation>不要重新启动已关闭的应用程序。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never restart the computer; exit with 3010 when a restart is needed.</source>
        <translation>从不重启计算机；需要重启时以 3010 退出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the product once it is installed, as the user who ran setup.</source>
        <translation>安装完成后，以运行安装程序的用户身份启动该产品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the answers from this file (Key=Value lines).</source>
        <translation>从此文件读取应答（Key=Value 行）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the answers of this run to this file.</source>
        <translation>将本次运行的应答写入此文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The publisher could not be verified (the signer&apos;s key ID, or unsigned): ask the user first.</source>
        <translation>无法验证发布者（签名者的密钥 ID，或 unsigned）：先询问用户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the installed product with this id.</source>
        <translation>删除具有此 ID 的已安装产品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --uninstall: remove the files you changed too.</source>
        <translation>与 --uninstall 一起使用：同时删除您修改过的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the installed products.</source>
        <translation>列出已安装的产品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --list-installed: as JSON.</source>
        <translation>与 --list-installed 一起使用：以 JSON 格式输出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install an older version over a newer one without asking.</source>
        <translation>不经询问，用旧版本覆盖新版本进行安装。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the missing or changed files of the installed product (with the package of its version).</source>
        <translation>恢复已安装产品中缺失或已更改的文件（使用其对应版本的安装包）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add or remove components of the installed product (with --components).</source>
        <translation>添加或删除已安装产品的组件（与 --components 一起使用）。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No display is available. Use --unattended to install without a window.</source>
        <translation>没有可用的显示器。请使用 --unattended 在无窗口模式下安装。</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+48"/>
        <source>Setup of %1 is already running. Wait until it has finished, then start setup again.</source>
        <translation>%1 的安装程序已在运行。请等待它完成，然后重新启动安装程序。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--repair needs the package of the installed version %1.</source>
        <translation>--repair 需要已安装版本 %1 的安装包。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The install folder %1 cannot be used: %2</source>
        <translation>无法使用安装文件夹 %1：%2</translation>
    </message>
</context>
</TS>
