<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DemoNotesWindow</name>
    <message>
        <location filename="../ui/demo_notes_window.cpp" line="+103"/>
        <source>About Demo Notes</source>
        <translation>عن Demo Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;The demo application of the Restart Manager for Linux. It keeps its word list open while it runs, so that an installer has to close it to update it, and it keeps your text when it is closed and started again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;التطبيق التجريبي لمدير إعادة التشغيل لنظام Linux. يُبقي قائمة كلماته مفتوحة أثناء تشغيله، لذا يضطر المثبّت إلى إغلاقه لتحديثه، ويحتفظ بنصك عند إغلاقه وتشغيله من جديد.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The folder %1 cannot be created.</source>
        <translation>يتعذّر إنشاء المجلد %1.</translation>
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
        <translation>يتعذّر الاحتفاظ بملاحظاتك: %1

هل تريد الإغلاق على أي حال وفقدانها؟</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo Notes (unknown version)</source>
        <translation>Demo Notes (إصدار غير معروف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Notes %1</source>
        <translation>Demo Notes %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored after an update.</source>
        <translation>استُعيد بعد تحديث.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ready.</source>
        <translation>جاهز.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored with your text. Nothing was updated.</source>
        <translation>استُعيد نصك. لم يُحدَّث شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the dictionary: %L1</source>
        <translation>الكلمات في القاموس: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dictionary installed</source>
        <translation>لا يوجد قاموس مثبّت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes. They are kept when Demo Notes closes.</source>
        <translation>ملاحظاتك. يُحتفظ بها عند إغلاق Demo Notes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your notes here. They are kept when Demo Notes closes, also when an installer closes it for an update.</source>
        <translation>اكتب ملاحظاتك هنا. يُحتفظ بها عند إغلاق Demo Notes، وكذلك عندما يغلقه مثبّت من أجل تحديث.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu bar</source>
        <translation>شريط القوائم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>تعليمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Demo Notes</source>
        <translation>&amp;عن Demo Notes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/demo_notes_main.cpp" line="+120"/>
        <source>Demo Notes: a small notes editor that keeps its text when an installer closes it for an update.</source>
        <translation>Demo Notes: محرر ملاحظات صغير يحتفظ بنصه عندما يغلقه مثبّت من أجل تحديث.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the unsaved text in &lt;folder&gt;.</source>
        <translation>احتفظ بالنص غير المحفوظ في &lt;مجلد&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with &lt;text&gt; when no text was kept.</source>
        <translation>ابدأ بـ &lt;نص&gt; إذا لم يُحتفظ بأي نص.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started again by an installer after an update.</source>
        <translation>أُعيد تشغيله بواسطة مثبّت بعد تحديث.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de.</source>
        <translation>لغة واجهة المستخدم، مثل ar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>لغة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .demonotes file to start with, when no text was kept.</source>
        <translation>ملف ‎.demonotes يبدأ به البرنامج حين لا يكون هناك نص محفوظ.</translation>
    </message>
</context>
</TS>
