<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AffectedAppsModel</name>
    <message>
        <location filename="../ui/affected_apps_model.cpp" line="+47"/>
        <location line="+174"/>
        <source>Application</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Application window</source>
        <translation>نافذة تطبيق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop shell</source>
        <translation>واجهة سطح المكتب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal program</source>
        <translation>برنامج طرفية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System process</source>
        <translation>عملية نظام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program</source>
        <translation>برنامج</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped by systemd</source>
        <translation>يوقفها systemd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked to close its windows</source>
        <translation>يُطلب منه إغلاق نوافذه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked to quit</source>
        <translation>يُطلب منه الإنهاء</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent a quit signal (unsaved work may be lost)</source>
        <translation>تُرسل إليه إشارة إنهاء (قد يضيع العمل غير المحفوظ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be closed</source>
        <translation>لا يمكن إغلاقه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left running</source>
        <translation>يبقى قيد التشغيل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed, not restarted</source>
        <translation>يُغلق ولا يُعاد تشغيله</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed and restarted</source>
        <translation>يُغلق ثم يُعاد تشغيله</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process ID: %1</source>
        <translation>معرّف العملية: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>المستخدم: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses: %1</source>
        <translation>يستخدم: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close: %1</source>
        <translation>كيف يطلب منه الإعداد أن يُغلق: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An application of another user uses the files, and setup may not close it.</source>
        <translation>يستخدم تطبيقٌ لمستخدم آخر هذه الملفات، ولا يُسمح لبرنامج الإعداد بإغلاقه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An application in another login session or container uses the files.</source>
        <translation>يستخدم تطبيقٌ في جلسة دخول أخرى أو في حاوية هذه الملفات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part of the system that cannot be stopped uses the files.</source>
        <translation>يستخدم جزءٌ من النظام لا يمكن إيقافه هذه الملفات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A system service that cannot be stopped uses the files.</source>
        <translation>تستخدم خدمةُ نظامٍ لا يمكن إيقافها هذه الملفات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup itself uses the files.</source>
        <translation>يستخدم برنامج الإعداد نفسه هذه الملفات.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your desktop itself (its window manager or shell) uses the files, and setup does not close it: log out and log in again after setup, or restart the computer.</source>
        <translation>يستخدم سطح المكتب نفسه (مدير نوافذه أو واجهته) هذه الملفات، ولا يغلقه برنامج الإعداد: سجّل الخروج ثم سجّل الدخول مجددًا بعد الإعداد، أو أعد تشغيل الحاسوب.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (service %2)</source>
        <translation>%1 (الخدمة %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(registered)</source>
        <translation>(مُسجّل)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Process ID</source>
        <translation>معرّف العملية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation>يستخدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close</source>
        <translation>كيف يطلب منه الإعداد أن يُغلق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What setup will do</source>
        <translation>الإجراء المقرر</translation>
    </message>
</context>
<context>
    <name>ComponentsPage</name>
    <message>
        <location filename="../ui/wizard/components_page.cpp" line="+53"/>
        <source>%1 (required)</source>
        <translation>%1 (مطلوب)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Space needed: %1</source>
        <translation>المساحة المطلوبة: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components</source>
        <translation>المكونات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what to install.</source>
        <translation>اختر ما تريد تثبيته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components to install</source>
        <translation>المكونات المراد تثبيتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the component</source>
        <translation>وصف المكوّن</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/setup/error_text.cpp" line="+19"/>
        <source>Access was denied: a file or folder belongs to another user, or another user could change it.</source>
        <translation>تم رفض الوصول: ملف أو مجلد يخص مستخدمًا آخر، أو يمكن لمستخدم آخر تغييره.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Restart Manager session is no longer open.</source>
        <translation>لم تعد جلسة مدير إعادة التشغيل مفتوحة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough memory.</source>
        <translation>لا توجد ذاكرة كافية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read or written (the disk may be full or read-only).</source>
        <translation>تعذرت قراءة ملف أو كتابته (قد يكون القرص ممتلئًا أو للقراءة فقط).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package asked for something that cannot be done.</source>
        <translation>طلبت الحزمة شيئًا لا يمكن تنفيذه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another setup program is busy with the Restart Manager; try again in a moment.</source>
        <translation>برنامج إعداد آخر مشغول بمدير إعادة التشغيل؛ حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applications could not be closed: a restart of the computer is needed.</source>
        <translation>تعذر إغلاق التطبيقات: يلزم إعادة تشغيل الحاسوب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications did not close.</source>
        <translation>لم تُغلق بعض التطبيقات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications could not be started again.</source>
        <translation>تعذر بدء بعض التطبيقات من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many setup programs are running at the same time.</source>
        <translation>تعمل برامج إعداد كثيرة جدًا في الوقت نفسه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installer could not join setup&apos;s session.</source>
        <translation>تعذر على المثبّت الانضمام إلى جلسة الإعداد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file is damaged. Download it again.</source>
        <translation>ملف الإعداد تالف. نزّله مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unexpected error occurred (code %1).</source>
        <translation>حدث خطأ غير متوقع (الرمز %1).</translation>
    </message>
</context>
<context>
    <name>FilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/files_in_use_page.cpp" line="+89"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+316"/>
        <source>A restart of the computer will be needed: %1</source>
        <translation>سيلزم إعادة تشغيل الحاسوب: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+20"/>
        <source>Files in use</source>
        <translation>ملفات قيد الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications use files that setup needs to replace.</source>
        <translation>تستخدم هذه التطبيقات ملفات يجب على برنامج الإعداد استبدالها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. You can also close them yourself and click Refresh.</source>
        <translation>احفظ عملك فيها أولًا. يمكنك أيضًا إغلاقها بنفسك ثم النقر على «تحديث».</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+8"/>
        <source>Applications that use the files</source>
        <translation>التطبيقات التي تستخدم الملفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Details of the selected application</source>
        <translation>تفاصيل التطبيق المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the applications automatically and restart them after setup</source>
        <translation>&amp;أغلق التطبيقات تلقائيًا وأعد تشغيلها بعد الإعداد</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+3"/>
        <source>&amp;Do not close the applications (a restart of the computer will be required)</source>
        <translation>&amp;دون إغلاق التطبيقات (ستلزم إعادة تشغيل الحاسوب)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+4"/>
        <source>&amp;Refresh</source>
        <translation>تحدي&amp;ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Refresh the list of applications</source>
        <translation>حدّث قائمة التطبيقات</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/wizard/finish_page.cpp" line="+79"/>
        <location line="+10"/>
        <source>Setup log</source>
        <translation>سجل الإعداد</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The setup log&apos;s file</source>
        <translation>ملف سجل الإعداد</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Open in another application</source>
        <translation>&amp;فتح في تطبيق آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the log in another application</source>
        <translation>فتح السجل في تطبيق آخر</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Setup failed</source>
        <translation>فشل الإعداد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setup is complete</source>
        <translation>اكتمل الإعداد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not installed. Everything setup changed was put back.</source>
        <translation>لم يُثبَّت %1. أُعيد كل ما غيّره برنامج الإعداد إلى ما كان عليه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 was installed in %3.</source>
        <translation>ثُبِّت %1 %2 في %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installed: %1</source>
        <translation>مثبَّت: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed %1: it was kept, and the new version is beside it as %2.</source>
        <translation>لقد غيّرت %1: لذا احتُفظ به، والإصدار الجديد بجانبه باسم %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed from the old version: %1</source>
        <translation>أُزيل من الإصدار القديم: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not close when asked, and setup forced it to close: unsaved work in it was lost.</source>
        <translation>لم يُغلق %1 عندما طُلب منه ذلك، ففرض الإعداد إغلاقه: فُقد العمل غير المحفوظ فيه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+128"/>
        <source>Started again: %1</source>
        <translation>أُعيد تشغيله: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup could not start these applications again: %1. Start them yourself.</source>
        <translation>تعذّر على برنامج الإعداد تشغيل هذه التطبيقات من جديد: %1. شغّلها بنفسك.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To uninstall %1 later, run: %2</source>
        <translation>لإلغاء تثبيت %1 لاحقًا، شغّل: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To uninstall %1 later, choose &quot;Uninstall&quot; on its entry in the applications menu (right-click it), or run: %2</source>
        <translation>لإلغاء تثبيت %1 لاحقًا، اختر &quot;إلغاء التثبيت&quot; من عنصره في قائمة التطبيقات (انقر عليه بزر الفأرة الأيمن)، أو شغّل: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A restart of the computer is required to finish the installation.</source>
        <translation>يلزم إعادة تشغيل الحاسوب لإنهاء التثبيت.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These applications still run the old files: %1. To finish the update, close them and start them again, or restart the computer.</source>
        <translation>لا تزال هذه التطبيقات تشغّل الملفات القديمة: %1. لإتمام التحديث، أغلقها ثم شغّلها من جديد، أو أعد تشغيل الحاسوب.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show the lo&amp;g</source>
        <translation>اعرض ال&amp;سجل</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>L&amp;aunch %1</source>
        <translation>&amp;شغّل %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch %1</source>
        <translation>شغّل %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+19"/>
        <source>Restart the computer &amp;now</source>
        <translation>أعد تشغيل الحاسوب &amp;الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Restart the computer now</source>
        <translation>أعد تشغيل الحاسوب الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I will restart the applications or the computer &amp;later</source>
        <translation>سأعيد تشغيل التطبيقات أو الحاسوب في &amp;وقت لاحق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the applications or the computer later</source>
        <translation>إعادة تشغيل التطبيقات أو الحاسوب لاحقًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>I will restart the computer &amp;later</source>
        <translation>سأعيد تشغيل الحاسوب في &amp;وقت لاحق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the computer later</source>
        <translation>أعد تشغيل الحاسوب لاحقًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The log of this setup: %1</source>
        <translation>سجل هذا الإعداد: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the setup log</source>
        <translation>اعرض سجل الإعداد</translation>
    </message>
</context>
<context>
    <name>InstallEngine</name>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="+158"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+128"/>
        <source>The applications that use the files could not be listed: %1</source>
        <translation>تعذّر سرد التطبيقات التي تستخدم الملفات: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+58"/>
        <source>Starting a Restart Manager session…</source>
        <translation>جارٍ بدء جلسة لمدير إعادة التشغيل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>The Restart Manager session could not be started: %1</source>
        <translation>تعذّر بدء جلسة مدير إعادة التشغيل: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the installer of %1…</source>
        <translation>جارٍ بدء مثبّت %1…</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>joining the session</source>
        <translation>الانضمام إلى الجلسة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registering its files</source>
        <translation>تسجيل ملفاته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>installing its files</source>
        <translation>تثبيت ملفاته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirming its files</source>
        <translation>تأكيد ملفاته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaving the session</source>
        <translation>مغادرة الجلسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undoing its changes</source>
        <translation>التراجع عن تغييراته</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 %2 is installed, which is newer than %3: a downgrade needs your confirmation.</source>
        <translation>‏%1 %2 مثبّت، وهو أحدث من %3: يتطلب الرجوع إلى إصدار أقدم تأكيدك.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Setup cannot find the folders for the menu entries: %1</source>
        <translation>يتعذر على برنامج الإعداد العثور على مجلدات عناصر القائمة: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+724"/>
        <source>Setup could not register its own files: %1</source>
        <translation>تعذّر على برنامج الإعداد تسجيل ملفاته الخاصة: %1</translation>
    </message>
    <message>
        <location line="-692"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+15"/>
        <source>Looking for applications that use the files…</source>
        <translation>جارٍ البحث عن التطبيقات التي تستخدم الملفات…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>Ready.</source>
        <translation>جاهز.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Setup could not read what its session holds: %1</source>
        <translation>تعذّر على برنامج الإعداد قراءة محتوى جلسته: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Setup could not register the files of %1: %2</source>
        <translation>تعذّر على برنامج الإعداد تسجيل ملفات %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting for the installer of %1…</source>
        <translation>جارٍ انتظار مثبّت %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The installer of %1 failed while %2: %3</source>
        <translation>فشل مثبّت %1 أثناء %2: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+69"/>
        <location line="+6"/>
        <source>Closing applications…</source>
        <translation>جارٍ إغلاق التطبيقات…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Installing %1…</source>
        <translation>جارٍ تثبيت %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup cannot examine the files of %1: %2</source>
        <translation>يتعذّر على برنامج الإعداد فحص ملفات %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installing files…</source>
        <translation>جارٍ تثبيت الملفات…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+500"/>
        <source>Setup could not remove the files the new version does not ship: %1</source>
        <translation>تعذّر على برنامج الإعداد إزالة الملفات التي لا يتضمنها الإصدار الجديد: %1</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>Setup could not add %1 to the desktop: %2</source>
        <translation>تعذّر على برنامج الإعداد إضافة %1 إلى سطح المكتب: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+29"/>
        <source>Setup could not write its own files: %1</source>
        <translation>تعذّر على برنامج الإعداد كتابة ملفاته الخاصة: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Setup could not write the menu entries: %1</source>
        <translation>تعذّر على برنامج الإعداد كتابة عناصر القائمة: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirming the installation…</source>
        <translation>جارٍ تأكيد التثبيت…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <location line="+194"/>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-65"/>
        <location line="+124"/>
        <source>Starting the closed applications again…</source>
        <translation>جارٍ تشغيل التطبيقات المغلقة من جديد…</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Files installed.</source>
        <translation>ثُبِّتت الملفات.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Setup could not confirm its own files: %1</source>
        <translation>تعذّر على برنامج الإعداد تأكيد ملفاته الخاصة: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+15"/>
        <location line="+44"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-141"/>
        <location line="+23"/>
        <source>Undoing the changes…</source>
        <translation>جارٍ التراجع عن التغييرات…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The record of the installed %1 cannot be used: %2</source>
        <translation>لا يمكن استخدام سجل %1 المثبّت: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Setup cannot read %1.</source>
        <translation>لا يستطيع برنامج الإعداد قراءة %1.</translation>
    </message>
</context>
<context>
    <name>InstallingPage</name>
    <message>
        <location filename="../ui/wizard/installing_page.cpp" line="+202"/>
        <source>%1 (%2): closing…</source>
        <translation>%1 (%2): جارٍ الإغلاق…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>%1 (%2): still running</source>
        <translation>%1 (%2): لا يزال قيد التشغيل</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (%2): closed</source>
        <translation>%1 (%2): أُغلق</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting for %1 to close… %2 s</source>
        <translation>في انتظار إغلاق %1… %2 ث</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) may be asking you to save your work. Switch to it, then choose Retry.</source>
        <translation>قد يطلب منك %1 (%2) حفظ عملك. انتقل إليه، ثم اختر إعادة المحاولة.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Installing</source>
        <translation>جارٍ التثبيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup closes the applications, replaces the files and starts the applications again.</source>
        <translation>يغلق برنامج الإعداد التطبيقات ويستبدل الملفات ثم يعيد تشغيل التطبيقات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation progress</source>
        <translation>تقدّم التثبيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left for the applications to close</source>
        <translation>الوقت المتبقي لإغلاق التطبيقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications being closed</source>
        <translation>التطبيقات الجاري إغلاقها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Force the applications to close now (unsaved work in them is lost)</source>
        <translation>فرض إغلاق التطبيقات الآن (يُفقد العمل غير المحفوظ فيها)</translation>
    </message>
</context>
<context>
    <name>LicensePage</name>
    <message>
        <location filename="../ui/wizard/license_page.cpp" line="+74"/>
        <source>License agreement</source>
        <translation>اتفاقية الترخيص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please read the license of %1.</source>
        <translation>يُرجى قراءة ترخيص %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License text</source>
        <translation>نص الترخيص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;accept the license agreement</source>
        <translation>&amp;أوافق على اتفاقية الترخيص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the license agreement</source>
        <translation>الموافقة على اتفاقية الترخيص</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="+72"/>
        <location line="+74"/>
        <source>Install location</source>
        <translation>موضع التثبيت</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_plan.cpp" line="+38"/>
        <source>Enter a full path, starting with / or ~/.</source>
        <translation>أدخل مسارًا كاملًا يبدأ بـ «/» أو «~/».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ليس مجلدًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not write to %1.</source>
        <translation>لا تملك إذن الكتابة في %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough room: %1 needed, %2 free.</source>
        <translation>لا توجد مساحة كافية: المطلوب %1، والمتاح %2.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="-37"/>
        <source>%1 needed, %2 free.</source>
        <translation>المطلوب %1، والمتاح %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is installed here: this is an upgrade from %2 to %3.</source>
        <translation>‏%1 مثبّت هنا: هذه ترقية من %2 إلى %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a reinstall of the same version.</source>
        <translation>‏%1 مثبّت هنا: هذه إعادة تثبيت للإصدار نفسه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a downgrade to the older version %2.</source>
        <translation>‏%1 مثبّت هنا: هذا رجوع إلى الإصدار الأقدم %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the folder to install %1 in.</source>
        <translation>اختر المجلد الذي سيُثبَّت فيه %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;المجلد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder</source>
        <translation>مجلد التثبيت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rowse…</source>
        <translation>ت&amp;صفّح…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the &amp;older version anyway</source>
        <translation>ثبّت الإصدار الأ&amp;قدم على أي حال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the older version anyway</source>
        <translation>ثبّت الإصدار الأقدم على أي حال</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Browse for the install folder</source>
        <translation>تصفّح بحثًا عن مجلد التثبيت</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../ui/setup/package.cpp" line="+96"/>
        <source>The package folder does not exist.</source>
        <translation>مجلد الحزمة غير موجود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other users can change this folder of the package, and so swap its files while setup installs them.</source>
        <translation>يمكن لمستخدمين آخرين تغيير هذا المجلد من الحزمة، ومن ثَمّ تبديل ملفاتها أثناء تثبيتها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package has no readable manifest: %1</source>
        <translation>ليس للحزمة بيان مقروء: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manifest is not valid JSON: %1.</source>
        <translation>البيان ليس JSON صالحًا: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest must be a JSON object ({ ... }).</source>
        <translation>يجب أن يكون البيان كائن JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This field is missing.</source>
        <translation>هذا الحقل مفقود.</translation>
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
        <translation>يجب أن يكون هذا الحقل نصًا (سلسلة JSON).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+94"/>
        <source>The icon size %1 is not one of 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 or &quot;scalable&quot;.</source>
        <translation>حجم الأيقونة %1 ليس أحد القيم 16 و22 و24 و32 و48 و64 و96 و128 و256 و512 أو &quot;scalable&quot;.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location filename="../ui/setup/package.cpp" line="-223"/>
        <location line="+193"/>
        <location line="+34"/>
        <source>This field holds a control or direction character (%1), which is not allowed.</source>
        <translation>يحتوي هذا الحقل على محرف تحكم أو محرف اتجاه (%1)، وهذا غير مسموح.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../ui/setup/package.cpp" line="-221"/>
        <location line="+211"/>
        <source>This field must not be empty.</source>
        <translation>يجب ألّا يكون هذا الحقل فارغًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/setup/package.cpp" line="-187"/>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot;, &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>&quot;%1&quot; ليس رمز لغة مثل &quot;en&quot; أو &quot;de&quot; أو &quot;pt_BR&quot;.</translation>
    </message>
    <message>
        <location line="-116"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>A text given per language needs an &quot;en&quot; entry, the one shown in every other language.</source>
        <translation>يحتاج النص المعطى لكل لغة إلى مُدخل &quot;en&quot;، وهو الذي يُعرض في كل اللغات الأخرى.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="+14"/>
        <source>This field must be a whole number.</source>
        <translation>يجب أن يكون هذا الحقل عددًا صحيحًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown manifest format %1: this setup program reads format %2.</source>
        <translation>تنسيق بيان غير معروف %1: يقرأ برنامج الإعداد هذا التنسيق %2.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+86"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>&quot;%1&quot; is outside the package.</source>
        <translation>«%1» خارج الحزمة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <source>&quot;%1&quot; is missing from the package.</source>
        <translation>«%1» مفقود من الحزمة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+7"/>
        <source>&quot;%1&quot; leads outside the package.</source>
        <translation>«%1» يؤدي إلى خارج الحزمة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+4"/>
        <location line="+210"/>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>«%1» ليس ملفًا.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a category: use letters, digits and &quot;-&quot;.</source>
        <translation>&quot;%1&quot; ليست فئة: استخدم الأحرف والأرقام و&quot;-&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a MIME type such as &quot;application/x-example&quot;.</source>
        <translation>&quot;%1&quot; ليس نوع MIME مثل &quot;application/x-example&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a file name pattern such as &quot;*.example&quot;.</source>
        <translation>&quot;%1&quot; ليس نمط أسماء ملفات مثل &quot;*.example&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An icon with a size in pixels must be a .png file, a &quot;scalable&quot; one an .svg file.</source>
        <translation>يجب أن تكون الأيقونة ذات الحجم بالبكسل ملف ‎.png، والأيقونة &quot;scalable&quot; ملف ‎.svg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>&quot;%1&quot; مُدرج مرتين.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries and MIME types need the product&apos;s &quot;id&quot;, such as &quot;org.example.App&quot;.</source>
        <translation>تحتاج عناصر القائمة وأنواع MIME إلى &quot;id&quot; المنتج، مثل &quot;org.example.App&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A keyword must not contain &quot;;&quot;.</source>
        <translation>يجب ألا تحتوي الكلمة المفتاحية على &quot;;&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-188"/>
        <source>The license &quot;%1&quot; cannot be read: %2</source>
        <translation>تتعذّر قراءة الترخيص «%1»: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The folder must be an absolute path or start with &quot;~/&quot;.</source>
        <translation>يجب أن يكون المجلد مسارًا مطلقًا أو أن يبدأ بـ «~/».</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="-227"/>
        <location line="+18"/>
        <location filename="../ui/setup/package.cpp" line="+27"/>
        <source>This field must be a JSON object ({ ... }).</source>
        <translation>يجب أن يكون هذا الحقل كائن JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>&quot;%1&quot; is not allowed here: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (an id in reverse-DNS form, such as &quot;org.example.App&quot;).</source>
        <translation>&quot;%1&quot; غير مسموح به هنا: استخدم الأحرف والأرقام و&quot;.&quot; و&quot;_&quot; و&quot;-&quot; (معرّف بصيغة DNS المعكوسة، مثل &quot;org.example.App&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a command name: use letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;+&quot; and &quot;-&quot;, not starting with &quot;.&quot;.</source>
        <translation>&quot;%1&quot; ليس اسم أمر: استخدم الأحرف والأرقام و&quot;.&quot; و&quot;_&quot; و&quot;+&quot; و&quot;-&quot;، على ألا يبدأ بـ&quot;.&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a target of any file of the package.</source>
        <translation>&quot;%1&quot; ليس هدفًا لأي ملف من ملفات الحزمة.</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+37"/>
        <location filename="../ui/setup/package.cpp" line="-54"/>
        <location line="+30"/>
        <location line="+144"/>
        <location line="+101"/>
        <source>This field must be a list (a JSON array).</source>
        <translation>يجب أن يكون هذا الحقل قائمة (مصفوفة JSON).</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-97"/>
        <source>The package has no components.</source>
        <translation>لا تحتوي الحزمة على أي مكونات.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The component id &quot;%1&quot; is already used by %2.</source>
        <translation>معرّف المكوّن «%1» مستخدم بالفعل في %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A component must be a JSON object ({ ... }).</source>
        <translation>يجب أن يكون المكوّن كائن JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A component id may contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>لا يجوز أن يحتوي معرّف المكوّن إلا على أحرف وأرقام و«.» و«_» و«-».</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+56"/>
        <location filename="../ui/setup/package.cpp" line="+12"/>
        <location line="+117"/>
        <source>This field must be true or false.</source>
        <translation>يجب أن تكون قيمة هذا الحقل true أو false.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-371"/>
        <source>The folder must be an absolute path.</source>
        <translation>يجب أن يكون المجلد مسارًا مطلقًا.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+69"/>
        <location line="+5"/>
        <location line="+11"/>
        <source>&quot;%1&quot; is not an SVG or PNG image.</source>
        <translation>„%1“ ليست صورة SVG أو PNG.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+11"/>
        <location line="+22"/>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>تعذّرت قراءة „%1“: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&quot;%1&quot; is too large: an image may have at most %2, and %3 × %3 pixels.</source>
        <translation>„%1“ كبيرة جدًا: يمكن أن يبلغ حجم الصورة %2 على الأكثر، وأبعادها %3 × %3 بكسل.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The installer must be &quot;stock&quot; or a program in the package; &quot;%1&quot; is neither.</source>
        <translation>يجب أن يكون المثبّت «stock» أو برنامجًا في الحزمة؛ و«%1» ليس أيًّا منهما.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The installer &quot;%1&quot; leads outside the package.</source>
        <translation>المثبّت «%1» يؤدي إلى خارج الحزمة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installer &quot;%1&quot; is not an executable file.</source>
        <translation>المثبّت «%1» ليس ملفًا تنفيذيًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installer &quot;%1&quot; can be changed by other users.</source>
        <translation>يمكن لمستخدمين آخرين تغيير المثبّت «%1».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The component has no files.</source>
        <translation>لا يحتوي المكوّن على أي ملفات.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file must be a JSON object ({ ... }).</source>
        <translation>يجب أن يكون الملف كائن JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not a product id: use reverse-DNS, such as &quot;org.example.AcmeViewer&quot; (letters, digits, &apos;-&apos; and &apos;_&apos;, in two or more parts separated by dots).</source>
        <translation>‏&quot;%1&quot; ليس معرّف منتج: استخدم صيغة DNS المعكوسة، مثل &quot;org.example.AcmeViewer&quot; (حروف وأرقام و&apos;-&apos; و&apos;_&apos;، في جزأين أو أكثر تفصل بينها نقاط).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The mode must be a text such as &quot;0755&quot; or &quot;0644&quot;.</source>
        <translation>يجب أن يكون وضع الأذونات نصًا مثل «0755» أو «0644».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mode %1 is not allowed: an installed file gets &quot;0755&quot; (a program) or &quot;0644&quot; (any other file), never setuid, setgid, sticky or writable by group or others.</source>
        <translation>وضع الأذونات %1 غير مسموح به: يحصل الملف المثبَّت على «0755» (برنامج) أو «0644» (أي ملف آخر)، ولا يكون أبدًا setuid أو setgid أو sticky أو قابلًا للكتابة من المجموعة أو الآخرين.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The target &quot;%1&quot; must be relative to the installation folder.</source>
        <translation>يجب أن يكون الهدف «%1» نسبيًا إلى مجلد التثبيت.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; must not contain &quot;..&quot;.</source>
        <translation>يجب ألّا يحتوي الهدف «%1» على «..».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target &quot;%1&quot; does not name a file.</source>
        <translation>الهدف «%1» لا يسمّي ملفًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target &quot;%1&quot; ends in &quot;%2&quot;, which setup reserves for its own copies.</source>
        <translation>ينتهي الهدف «%1» بـ «%2»، وهي لاحقة يحجزها برنامج الإعداد لنسخه الخاصة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target &quot;%1&quot; is already installed by %2.</source>
        <translation>الهدف «%1» يثبّته %2 بالفعل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; is a folder of %2.</source>
        <translation>الهدف «%1» مجلد في %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; needs &quot;%2&quot; to be a folder, but %3 installs a file there.</source>
        <translation>يحتاج الهدف «%1» إلى أن يكون «%2» مجلدًا، لكن %3 يثبّت ملفًا هناك.</translation>
    </message>
    <message>
        <location filename="../ui/setup/embedded_package.cpp" line="+31"/>
        <source>The package does not exist.</source>
        <translation>الحزمة غير موجودة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No private folder for a copy of the package: %1</source>
        <translation>لا يوجد مجلد خاص لنسخة من الحزمة: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The package cannot be copied to a temporary folder: %1</source>
        <translation>يتعذّر نسخ الحزمة إلى مجلد مؤقت: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the folder of %1</source>
        <translation>يتعذّر إنشاء مجلد %1</translation>
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
        <translation>التحضير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup starts the installers of the components and looks for applications that use the files.</source>
        <translation>يبدأ برنامج الإعداد مثبّتات المكونات ويبحث عن التطبيقات التي تستخدم الملفات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparation progress</source>
        <translation>تقدّم التحضير</translation>
    </message>
</context>
<context>
    <name>ProductRecord</name>
    <message>
        <location filename="../ui/setup/product_record.cpp" line="+109"/>
        <source>The record is not valid JSON.</source>
        <translation>السجل ليس JSON صالحًا.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The record has no valid product id.</source>
        <translation>لا يحتوي السجل على معرّف منتج صالح.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record names an install folder that is not a full path: %1</source>
        <translation>يذكر السجل مجلد تثبيت ليس مسارًا كاملًا: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record names a file outside its install folder: %1</source>
        <translation>يذكر السجل ملفًا خارج مجلد تثبيته: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record names a file twice: %1</source>
        <translation>يذكر السجل ملفًا مرتين: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a folder outside its install folder: %1</source>
        <translation>يذكر السجل مجلدًا خارج مجلد تثبيته: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a desktop file outside the desktop folders: %1</source>
        <translation>يذكر السجل ملف سطح مكتب خارج مجلدات سطح المكتب: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Other users can change the folder of the records, %1.</source>
        <translation>يستطيع مستخدمون آخرون تغيير مجلد السجلات، %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record is a symbolic link.</source>
        <translation>السجل رابط رمزي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record cannot be read: %1</source>
        <translation>تتعذّر قراءة السجل: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record is not a regular file.</source>
        <translation>السجل ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record belongs to another user (user ID %1), not to you.</source>
        <translation>ينتمي السجل إلى مستخدم آخر (معرّف المستخدم %1)، وليس إليك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other users can change the record.</source>
        <translation>يستطيع مستخدمون آخرون تغيير السجل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record is too large.</source>
        <translation>السجل كبير جدًا.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The record is that of another product (%1).</source>
        <translation>السجل يخص منتجًا آخر (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a product id.</source>
        <translation>‏&quot;%1&quot; ليس معرّف منتج.</translation>
    </message>
</context>
<context>
    <name>PublisherPage</name>
    <message>
        <location filename="../ui/wizard/publisher_page.cpp" line="+40"/>
        <source>The publisher could not be verified</source>
        <translation>تعذّر التحقق من الناشر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This setup file is not signed.</source>
        <translation>ملف الإعداد هذا غير موقّع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can tell who made this setup file or whether it was changed after it was made. Install it only if you trust where it came from.</source>
        <translation>لا يمكن لأحد معرفة من صنع ملف الإعداد هذا أو ما إذا كان قد عُدِّل بعد صنعه. لا تثبّته إلا إذا كنت تثق بمصدره.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This setup file is signed with a key that is not trusted on this computer.</source>
        <translation>ملف الإعداد هذا موقّع بمفتاح غير موثوق على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is intact, but its key (ID %1) is not among the keys this computer trusts, so nobody can tell who made this setup file. Install it only if you trust where it came from.</source>
        <translation>التوقيع سليم، لكن مفتاحه (المعرّف %1) ليس من المفاتيح التي يثق بها هذا الحاسوب، لذا لا يمكن لأحد معرفة من صنع ملف الإعداد هذا. لا تثبّته إلا إذا كنت تثق بمصدره.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;understand the risk and want to install it anyway</source>
        <translation>أ&amp;درك الخطر وأريد تثبيته رغم ذلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install although the publisher could not be verified</source>
        <translation>التثبيت رغم تعذّر التحقق من الناشر</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+67"/>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-8"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سّابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تّالي &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>أودع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>أن&amp;هِ</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="+25"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+1"/>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../ui/wizard/ready_page.cpp" line="+26"/>
        <source>Ready to install</source>
        <translation>جاهز للتثبيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup has what it needs. Click Install to begin.</source>
        <translation>لدى برنامج الإعداد كل ما يحتاج إليه. انقر «تثبيت» للبدء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install</source>
        <translation>&amp;تثبيت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product: %1 %2
Folder: %3
Space needed: %4
Components:
%5</source>
        <translation>المنتج: %1 %2
المجلد: %3
المساحة المطلوبة: %4
المكونات:
%5</translation>
    </message>
</context>
<context>
    <name>SecondaryInstallerProcess</name>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+161"/>
        <source>its installer sent a malformed line</source>
        <translation>أرسل مثبّته سطرًا مشوّهًا</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its installer answered something else: %1</source>
        <translation>أرسل مثبّته ردًا غير متوقع: %1</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="-481"/>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="-97"/>
        <location line="+114"/>
        <source>its installer stopped unexpectedly</source>
        <translation>توقّف مثبّته على نحو غير متوقع</translation>
    </message>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+8"/>
        <source>its installer did not answer in time</source>
        <translation>لم يستجب مثبّته في الوقت المحدد</translation>
    </message>
</context>
<context>
    <name>SetupRun</name>
    <message>
        <location filename="../ui/setup/setup_run.cpp" line="+203"/>
        <source>Closing %1…</source>
        <translation>جارٍ إغلاق %1…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/answer_source.cpp" line="+23"/>
        <source>Applications still running</source>
        <translation>ما زالت تطبيقات قيد التشغيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications did not close:</source>
        <translation>لم تُغلق هذه التطبيقات:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retry</source>
        <translation>&amp;إعادة المحاولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/installing_page.cpp" line="-2"/>
        <source>&amp;Force close</source>
        <translation>&amp;فرض الإغلاق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ignore (restart the computer later)</source>
        <translation>&amp;تجاهل (إعادة تشغيل الحاسوب لاحقًا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel setup</source>
        <translation>إلغاء &amp;الإعداد</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The package cannot be installed</source>
        <translation>لا يمكن تثبيت الحزمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location filename="../ui/wizard/finish_page.cpp" line="-118"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+243"/>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Setup is already running</source>
        <translation>الإعداد قيد التشغيل بالفعل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel setup</source>
        <translation>إلغاء الإعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to cancel setup? Everything it changed will be put back.</source>
        <translation>هل تريد إلغاء الإعداد؟ سيُعاد كل ما غيّره إلى ما كان عليه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, cancel setup</source>
        <translation>نعم، ألغِ الإعداد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, continue setup</source>
        <translation>لا، تابع الإعداد</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="-2"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+327"/>
        <source>%1 %2 Setup</source>
        <translation>إعداد %1 %2</translation>
    </message>
</context>
<context>
    <name>UninstallEngine</name>
    <message>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-116"/>
        <source>Checking the files of %1…</source>
        <translation>جارٍ فحص ملفات %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Nothing was removed: %1</source>
        <translation>لم يُزَل أي شيء: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Setup could not register the files: %1</source>
        <translation>تعذّر على برنامج الإعداد تسجيل الملفات: %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+11"/>
        <source>Removing files…</source>
        <translation>جارٍ إزالة الملفات…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>The files could not be removed: %1</source>
        <translation>تعذّرت إزالة الملفات: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Removing the desktop entries…</source>
        <translation>جارٍ إزالة مدخلات سطح المكتب…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was removed.</source>
        <translation>أُزيل %1.</translation>
    </message>
</context>
<context>
    <name>UninstallFilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="-458"/>
        <location line="+65"/>
        <source>&amp;Uninstall</source>
        <translation>&amp;إلغاء التثبيت</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>These applications use files that setup is about to remove.</source>
        <translation>تستخدم هذه التطبيقات ملفات يوشك برنامج الإعداد على إزالتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. The programs of %1 are closed and not started again; other applications are started again once the files are gone. You can also close them yourself and click Refresh.</source>
        <translation>احفظ عملك فيها أولًا. تُغلق برامج %1 ولا يُعاد تشغيلها؛ أما التطبيقات الأخرى فيُعاد تشغيلها بعد إزالة الملفات. يمكنك أيضًا إغلاقها بنفسك ثم النقر على «تحديث».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close the applications automatically</source>
        <translation>&amp;أغلق التطبيقات تلقائيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the applications automatically</source>
        <translation>أغلق التطبيقات تلقائيًا</translation>
    </message>
</context>
<context>
    <name>UninstallFinishPage</name>
    <message>
        <location line="+102"/>
        <source>Uninstall failed</source>
        <translation>فشل إلغاء التثبيت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uninstall complete</source>
        <translation>اكتمل إلغاء التثبيت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not removed. Nothing was changed.</source>
        <translation>لم تُزل %1. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from your computer.</source>
        <translation>أُزيل %1 من حاسوبك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files removed: %1</source>
        <translation>الملفات المُزالة: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept, because you changed them since they were installed (remove them yourself, or uninstall with &quot;Also remove the files I changed&quot;):</source>
        <translation>أُبقيت لأنك غيّرتها منذ تثبيتها (أزِلها بنفسك، أو ألغِ التثبيت مع «أزِل كذلك الملفات التي غيّرتها»):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept, because they hold files that setup did not install:</source>
        <translation>أُبقيت لأنها تحتوي على ملفات لم يثبّتها برنامج الإعداد:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These menu entries, icons or commands could not be removed:</source>
        <translation>تعذّرت إزالة عناصر القائمة أو الأيقونات أو الأوامر هذه:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed: %1</source>
        <translation>أُغلقت: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be started again: %1</source>
        <translation>تعذّرت إعادة تشغيلها: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These applications still use the removed files: %1. A restart of the computer is required to finish.</source>
        <translation>لا تزال هذه التطبيقات تستخدم الملفات المُزالة: %1. يلزم إعادة تشغيل الحاسوب لإكمال العملية.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was removed and what was kept</source>
        <translation>ما أُزيل وما أُبقي</translation>
    </message>
</context>
<context>
    <name>UninstallRemovingPage</name>
    <message>
        <location line="-90"/>
        <source>Removing</source>
        <translation>جارٍ الإزالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup is removing %1. Cancel puts everything back.</source>
        <translation>يزيل برنامج الإعداد %1. يعيد «إلغاء» كل شيء كما كان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress of the removal</source>
        <translation>تقدّم الإزالة</translation>
    </message>
</context>
<context>
    <name>UninstallSummaryPage</name>
    <message>
        <location line="-224"/>
        <source>Uninstall %1</source>
        <translation>إلغاء تثبيت %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup will remove the files that it installed, and nothing else.</source>
        <translation>سيزيل برنامج الإعداد الملفات التي ثبّتها، ولا شيء غيرها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product: %1</source>
        <translation>المنتج: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product: %1 (%2)</source>
        <translation>المنتج: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>المجلد: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files: %1 (%2)</source>
        <translation>الملفات: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries, icons and commands: %1</source>
        <translation>عناصر القائمة والأيقونات والأوامر: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for files that you changed since they were installed…</source>
        <translation>جارٍ البحث عن الملفات التي غيّرتها منذ تثبيتها…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing can be removed: %1</source>
        <translation>لا يمكن إزالة أي شيء: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed none of the installed files.</source>
        <translation>لم تغيّر أيًّا من الملفات المثبّتة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed these files since they were installed. They will be removed too:</source>
        <translation>غيّرت هذه الملفات منذ تثبيتها. ستُزال هي أيضًا:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed these files since they were installed. They will be kept:</source>
        <translation>غيّرت هذه الملفات منذ تثبيتها. ستُبقى:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you changed</source>
        <translation>الملفات التي غيّرتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Also remove the files I changed</source>
        <translation>أزِل &amp;كذلك الملفات التي غيّرتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also remove the files I changed</source>
        <translation>أزِل كذلك الملفات التي غيّرتها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Uninstall</source>
        <translation>&amp;إلغاء التثبيت</translation>
    </message>
</context>
<context>
    <name>UninstallWizard</name>
    <message>
        <location line="+457"/>
        <source>Uninstall %1</source>
        <translation>إلغاء تثبيت %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Setup cannot uninstall</source>
        <translation>يتعذّر على برنامج الإعداد إلغاء التثبيت</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcome_page.cpp" line="+62"/>
        <source>Welcome to %1 %2</source>
        <translation>مرحبًا بك في إعداد %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This wizard installs %1 %2 on your computer.

Publisher: %3

If applications use files that setup replaces, setup can close them and start them again afterwards.</source>
        <translation>يثبّت هذا المعالج %1 %2 على حاسوبك.

الناشر: %3

إذا كانت تطبيقات تستخدم ملفات يستبدلها الإعداد، فيمكن للإعداد إغلاقها ثم تشغيلها من جديد بعد ذلك.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Setup restarted applications that an earlier setup had closed: %1.</source>
        <translation>أعاد الإعداد تشغيل تطبيقات كان إعداد سابق قد أغلقها: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of setup</source>
        <translation>لغة الإعداد</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/setup_main.cpp" line="+325"/>
        <source>(you changed it; the new version is %1)</source>
        <translation>(لقد غيّرته؛ الإصدار الجديد هو %1)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+63"/>
        <location line="+412"/>
        <source>%1 is not installed.</source>
        <translation>‏%1 غير مثبّت.</translation>
    </message>
    <message>
        <location line="-469"/>
        <location line="+58"/>
        <source>The record of %1 is refused, and nothing was removed: %2</source>
        <translation>رُفض سجل %1، ولم يُزَل أي شيء: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Installs a package with the Restart Manager.</source>
        <translation>يثبّت حزمة باستخدام مدير إعادة التشغيل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User interface language, e.g. de.</source>
        <translation>لغة واجهة المستخدم، مثل ar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package directory (default: the demo package).</source>
        <translation>مجلد الحزمة (الافتراضي: الحزمة التجريبية).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the log to this file.</source>
        <translation>اكتب السجل في هذا الملف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer a question without asking, e.g. StillRunning=force or ConfirmCancel=yes.</source>
        <translation>أجب عن سؤال دون طرحه، مثل StillRunning=force أو ConfirmCancel=yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the milliseconds until the first page shows.</source>
        <translation>اطبع عدد الميلي ثانية حتى ظهور الصفحة الأولى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the exit code to this file (the shell sees it only modulo 256).</source>
        <translation>اكتب رمز الخروج في هذا الملف أيضًا (لا ترى الصدفة منه إلا باقي القسمة على 256).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk every page of an installation into a temporary folder and write a screenshot and a list of the widgets of each page to this folder (--lang all: every language).</source>
        <translation>المرور بكل صفحات تثبيت في مجلد مؤقت وكتابة لقطة شاشة وقائمة بعناصر كل صفحة في هذا المجلد (--lang all: كل اللغات).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install without a window and without questions; needs no display.</source>
        <translation>التثبيت دون نافذة ودون أسئلة؛ لا يحتاج إلى شاشة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install without questions, showing only the progress.</source>
        <translation>التثبيت دون أسئلة مع عرض التقدم فقط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install in this folder.</source>
        <translation>التثبيت في هذا المجلد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install these components, e.g. app,dictionary.</source>
        <translation>تثبيت هذه المكونات، مثل app,dictionary.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications that use the files and restart them afterwards (default).</source>
        <translation>إغلاق التطبيقات التي تستخدم الملفات وإعادة تشغيلها بعد ذلك (الافتراضي).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the applications running; the computer must restart later.</source>
        <translation>ترك التطبيقات قيد التشغيل؛ يجب إعادة تشغيل الحاسوب لاحقًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications; end those that do not close in time.</source>
        <translation>إغلاق التطبيقات؛ وإنهاء ما لا يُغلق منها في الوقت المحدد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not start the closed applications again.</source>
        <translation>عدم تشغيل التطبيقات المغلقة من جديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never restart the computer; exit with 3010 when a restart is needed.</source>
        <translation>عدم إعادة تشغيل الحاسوب أبدًا؛ والخروج بالرمز 3010 عند الحاجة إلى إعادة التشغيل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the product once it is installed, as the user who ran setup.</source>
        <translation>شغّل المنتج بعد تثبيته، باسم المستخدم الذي شغّل الإعداد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the answers from this file (Key=Value lines).</source>
        <translation>قراءة الإجابات من هذا الملف (أسطر Key=Value).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the answers of this run to this file.</source>
        <translation>كتابة إجابات هذا التشغيل في هذا الملف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The publisher could not be verified (the signer&apos;s key ID, or unsigned): ask the user first.</source>
        <translation>تعذّر التحقق من الناشر (معرّف مفتاح الموقِّع، أو unsigned): اسأل المستخدم أولًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the installed product with this id.</source>
        <translation>أزِل المنتج المثبّت ذا هذا المعرّف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --uninstall: remove the files you changed too.</source>
        <translation>مع ‎--uninstall: أزِل الملفات التي غيّرتها أيضًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the installed products.</source>
        <translation>اعرض المنتجات المثبّتة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --list-installed: as JSON.</source>
        <translation>مع ‎--list-installed: بصيغة JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install an older version over a newer one without asking.</source>
        <translation>ثبّت إصدارًا أقدم فوق إصدار أحدث دون سؤال.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the missing or changed files of the installed product (with the package of its version).</source>
        <translation>استعِد الملفات المفقودة أو المتغيّرة للمنتج المثبّت (باستخدام حزمة إصداره).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add or remove components of the installed product (with --components).</source>
        <translation>أضِف مكوّنات المنتج المثبّت أو أزِلها (باستخدام ‎--components).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No display is available. Use --unattended to install without a window.</source>
        <translation>لا توجد شاشة متاحة. استخدم ‎--unattended للتثبيت دون نافذة.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+48"/>
        <source>Setup of %1 is already running. Wait until it has finished, then start setup again.</source>
        <translation>إعداد %1 قيد التشغيل بالفعل. انتظر حتى ينتهي، ثم ابدأ الإعداد مرة أخرى.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--repair needs the package of the installed version %1.</source>
        <translation>يتطلب ‎--repair حزمة الإصدار المثبّت %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The install folder %1 cannot be used: %2</source>
        <translation>لا يمكن استخدام مجلد التثبيت %1: %2</translation>
    </message>
</context>
</TS>
