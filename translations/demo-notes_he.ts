<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>DemoNotesWindow</name>
    <message>
        <location filename="../ui/demo_notes_window.cpp" line="+103"/>
        <source>About Demo Notes</source>
        <translation>אודות Demo Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;The demo application of the Restart Manager for Linux. It keeps its word list open while it runs, so that an installer has to close it to update it, and it keeps your text when it is closed and started again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;יישום ההדגמה של מנהל ההפעלה מחדש ל־Linux. בזמן שהוא פועל הוא שומר את רשימת המילים שלו פתוחה, כך שתוכנית התקנה חייבת לסגור אותו כדי לעדכן אותו, והוא שומר את הטקסט שלך כשהוא נסגר ומופעל מחדש.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The folder %1 cannot be created.</source>
        <translation>לא ניתן ליצור את התיקייה %1.</translation>
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
        <translation>לא ניתן לשמור את הפתקים שלך: %1

לסגור בכל זאת ולאבד אותם?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo Notes (unknown version)</source>
        <translation>Demo Notes (גרסה לא ידועה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Notes %1</source>
        <translation>Demo Notes %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored after an update.</source>
        <translation>שוחזר לאחר עדכון.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ready.</source>
        <translation>מוכן.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored with your text. Nothing was updated.</source>
        <translation>שוחזר עם הטקסט שלך. דבר לא עודכן.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the dictionary: %L1</source>
        <translation>מילים במילון: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dictionary installed</source>
        <translation>לא מותקן מילון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>פתקים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes. They are kept when Demo Notes closes.</source>
        <translation>הפתקים שלך. הם נשמרים כש־Demo Notes נסגר.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your notes here. They are kept when Demo Notes closes, also when an installer closes it for an update.</source>
        <translation>כתוב כאן את הפתקים שלך. הם נשמרים כש־Demo Notes נסגר, גם כשתוכנית התקנה סוגרת אותו לצורך עדכון.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu bar</source>
        <translation>שורת תפריטים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>עזרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;יציאה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Demo Notes</source>
        <translation>&amp;אודות Demo Notes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/demo_notes_main.cpp" line="+120"/>
        <source>Demo Notes: a small notes editor that keeps its text when an installer closes it for an update.</source>
        <translation>Demo Notes: עורך פתקים קטן ששומר את הטקסט שלו כשתוכנית התקנה סוגרת אותו לצורך עדכון.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the unsaved text in &lt;folder&gt;.</source>
        <translation>שמור את הטקסט שלא נשמר בתוך &lt;תיקייה&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>תיקייה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with &lt;text&gt; when no text was kept.</source>
        <translation>התחל עם &lt;טקסט&gt; כשלא נשמר טקסט.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started again by an installer after an update.</source>
        <translation>הופעל מחדש על ידי תוכנית התקנה לאחר עדכון.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de.</source>
        <translation>שפת ממשק המשתמש, למשל he.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .demonotes file to start with, when no text was kept.</source>
        <translation>קובץ ‎.demonotes להתחיל ממנו כאשר לא נשמר טקסט.</translation>
    </message>
</context>
</TS>
