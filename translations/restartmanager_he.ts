<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>AffectedAppsModel</name>
    <message>
        <location filename="../ui/affected_apps_model.cpp" line="+47"/>
        <location line="+174"/>
        <source>Application</source>
        <translation>יישום</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Application window</source>
        <translation>חלון יישום</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop shell</source>
        <translation>מעטפת שולחן העבודה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal program</source>
        <translation>תוכנית מסוף</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System process</source>
        <translation>תהליך מערכת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program</source>
        <translation>תוכנית</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped by systemd</source>
        <translation>נעצר על ידי systemd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asked to close its windows</source>
        <translation>מתבקש לסגור את חלונותיו</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked to quit</source>
        <translation>מתבקש לצאת</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent a quit signal (unsaved work may be lost)</source>
        <translation>נשלח אליו אות יציאה (עבודה שלא נשמרה עלולה לאבוד)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be closed</source>
        <translation>לא ניתן לסגור</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left running</source>
        <translation>ימשיך לפעול</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed, not restarted</source>
        <translation>ייסגר ולא יופעל מחדש</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed and restarted</source>
        <translation>ייסגר ויופעל מחדש</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process ID: %1</source>
        <translation>מזהה תהליך: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: %1</source>
        <translation>סוג: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>משתמש: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses: %1</source>
        <translation>משתמש בקבצים: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close: %1</source>
        <translation>כיצד ההתקנה מבקשת ממנו להיסגר: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An application of another user uses the files, and setup may not close it.</source>
        <translation>יישום של משתמש אחר משתמש בקבצים, ותוכנית ההתקנה אינה רשאית לסגור אותו.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An application in another login session or container uses the files.</source>
        <translation>יישום בהפעלת כניסה אחרת או במכולה משתמש בקבצים.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part of the system that cannot be stopped uses the files.</source>
        <translation>רכיב מערכת שלא ניתן לעצור משתמש בקבצים.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A system service that cannot be stopped uses the files.</source>
        <translation>שירות מערכת שלא ניתן לעצור משתמש בקבצים.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup itself uses the files.</source>
        <translation>תוכנית ההתקנה עצמה משתמשת בקבצים.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your desktop itself (its window manager or shell) uses the files, and setup does not close it: log out and log in again after setup, or restart the computer.</source>
        <translation>שולחן העבודה עצמו (מנהל החלונות או המעטפת שלו) משתמש בקבצים, ותוכנית ההתקנה אינה סוגרת אותו: התנתק והתחבר מחדש לאחר ההתקנה, או הפעל מחדש את המחשב.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (service %2)</source>
        <translation>%1 (שירות %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(registered)</source>
        <translation>(רשום)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Process ID</source>
        <translation>מזהה תהליך</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>משתמש</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation>משתמש ב</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How setup asks it to close</source>
        <translation>כיצד ההתקנה מבקשת ממנו להיסגר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What setup will do</source>
        <translation>הפעולה המתוכננת</translation>
    </message>
</context>
<context>
    <name>ComponentsPage</name>
    <message>
        <location filename="../ui/wizard/components_page.cpp" line="+53"/>
        <source>%1 (required)</source>
        <translation>%1 (נדרש)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Space needed: %1</source>
        <translation>נפח נדרש: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components</source>
        <translation>רכיבים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what to install.</source>
        <translation>בחר מה להתקין.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>רכיב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>גודל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components to install</source>
        <translation>רכיבים להתקנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the component</source>
        <translation>תיאור הרכיב</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/setup/error_text.cpp" line="+19"/>
        <source>Access was denied: a file or folder belongs to another user, or another user could change it.</source>
        <translation>הגישה נדחתה: קובץ או תיקייה שייכים למשתמש אחר, או שמשתמש אחר יכול לשנות אותם.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Restart Manager session is no longer open.</source>
        <translation>ההפעלה של מנהל ההפעלה מחדש כבר אינה פתוחה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough memory.</source>
        <translation>אין די זיכרון.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file could not be read or written (the disk may be full or read-only).</source>
        <translation>לא ניתן היה לקרוא או לכתוב קובץ (ייתכן שהדיסק מלא או לקריאה בלבד).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package asked for something that cannot be done.</source>
        <translation>החבילה ביקשה דבר שלא ניתן לבצע.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another setup program is busy with the Restart Manager; try again in a moment.</source>
        <translation>תוכנית התקנה אחרת עסוקה במנהל ההפעלה מחדש; נסו שוב בעוד רגע.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applications could not be closed: a restart of the computer is needed.</source>
        <translation>לא ניתן היה לסגור את היישומים: יש להפעיל מחדש את המחשב.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications did not close.</source>
        <translation>חלק מהיישומים לא נסגרו.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some applications could not be started again.</source>
        <translation>לא ניתן היה להפעיל שוב חלק מהיישומים.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many setup programs are running at the same time.</source>
        <translation>יותר מדי תוכניות התקנה פועלות בו־זמנית.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installer could not join setup&apos;s session.</source>
        <translation>המתקין לא הצליח להצטרף להפעלה של ההתקנה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operation was cancelled.</source>
        <translation>הפעולה בוטלה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setup file is damaged. Download it again.</source>
        <translation>קובץ ההתקנה פגום. הורידו אותו שוב.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unexpected error occurred (code %1).</source>
        <translation>אירעה שגיאה בלתי צפויה (קוד %1).</translation>
    </message>
</context>
<context>
    <name>FilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/files_in_use_page.cpp" line="+89"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+316"/>
        <source>A restart of the computer will be needed: %1</source>
        <translation>תידרש הפעלה מחדש של המחשב: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+20"/>
        <source>Files in use</source>
        <translation>קבצים בשימוש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications use files that setup needs to replace.</source>
        <translation>יישומים אלה משתמשים בקבצים שתוכנית ההתקנה צריכה להחליף.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. You can also close them yourself and click Refresh.</source>
        <translation>שמור תחילה את עבודתך ביישומים אלה. ניתן גם לסגור אותם בעצמך וללחוץ על „רענון”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+8"/>
        <source>Applications that use the files</source>
        <translation>יישומים שמשתמשים בקבצים</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Details of the selected application</source>
        <translation>פרטי היישום הנבחר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the applications automatically and restart them after setup</source>
        <translation>&amp;סגור את היישומים אוטומטית והפעל אותם מחדש לאחר ההתקנה</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+3"/>
        <source>&amp;Do not close the applications (a restart of the computer will be required)</source>
        <translation>אל &amp;תסגור את היישומים (תידרש הפעלה מחדש של המחשב)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;רענון</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Refresh the list of applications</source>
        <translation>רענן את רשימת היישומים</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/wizard/finish_page.cpp" line="+79"/>
        <location line="+10"/>
        <source>Setup log</source>
        <translation>יומן ההתקנה</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The setup log&apos;s file</source>
        <translation>קובץ יומן ההתקנה</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Open in another application</source>
        <translation>&amp;פתיחה ביישום אחר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the log in another application</source>
        <translation>פתיחת היומן ביישום אחר</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Setup failed</source>
        <translation>ההתקנה נכשלה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setup is complete</source>
        <translation>ההתקנה הושלמה</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not installed. Everything setup changed was put back.</source>
        <translation>%1 לא הותקן. כל השינויים של תוכנית ההתקנה בוטלו.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 was installed in %3.</source>
        <translation>%1 %2 הותקן בתיקייה %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installed: %1</source>
        <translation>הותקן: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed %1: it was kept, and the new version is beside it as %2.</source>
        <translation>שינית את %1: הוא נשמר, והגרסה החדשה נמצאת לצידו בשם %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed from the old version: %1</source>
        <translation>הוסר מהגרסה הישנה: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not close when asked, and setup forced it to close: unsaved work in it was lost.</source>
        <translation>%1 לא נסגר כשהתבקש, וההתקנה אילצה אותו להיסגר: עבודה שלא נשמרה בו אבדה.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+128"/>
        <source>Started again: %1</source>
        <translation>הופעל מחדש: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup could not start these applications again: %1. Start them yourself.</source>
        <translation>תוכנית ההתקנה לא הצליחה להפעיל שוב את היישומים האלה: %1. הפעל אותם בעצמך.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To uninstall %1 later, run: %2</source>
        <translation>כדי להסיר את %1 מאוחר יותר, יש להריץ: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To uninstall %1 later, choose &quot;Uninstall&quot; on its entry in the applications menu (right-click it), or run: %2</source>
        <translation>כדי להסיר את %1 מאוחר יותר, יש לבחור &quot;הסרת התקנה&quot; בפריט שלו בתפריט היישומים (בלחיצה ימנית עליו), או להריץ: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A restart of the computer is required to finish the installation.</source>
        <translation>יש להפעיל מחדש את המחשב כדי לסיים את ההתקנה.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These applications still run the old files: %1. To finish the update, close them and start them again, or restart the computer.</source>
        <translation>יישומים אלה עדיין מריצים את הקבצים הישנים: %1. כדי להשלים את העדכון, סגור אותם והפעל אותם מחדש, או הפעל מחדש את המחשב.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show the lo&amp;g</source>
        <translation>הצג את &amp;היומן</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>L&amp;aunch %1</source>
        <translation>ה&amp;פעל את %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch %1</source>
        <translation>הפעל את %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+19"/>
        <source>Restart the computer &amp;now</source>
        <translation>הפעל מחדש את המחשב &amp;עכשיו</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>Restart the computer now</source>
        <translation>הפעל מחדש את המחשב עכשיו</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I will restart the applications or the computer &amp;later</source>
        <translation>אפעיל מחדש את היישומים או את המחשב &amp;מאוחר יותר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the applications or the computer later</source>
        <translation>הפעל מחדש את היישומים או את המחשב מאוחר יותר</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+2"/>
        <source>I will restart the computer &amp;later</source>
        <translation>אפעיל מחדש את המחשב &amp;מאוחר יותר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the computer later</source>
        <translation>הפעל מחדש את המחשב מאוחר יותר</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The log of this setup: %1</source>
        <translation>יומן ההתקנה הזו: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the setup log</source>
        <translation>הצג את יומן ההתקנה</translation>
    </message>
</context>
<context>
    <name>InstallEngine</name>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="+158"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+128"/>
        <source>The applications that use the files could not be listed: %1</source>
        <translation>לא ניתן היה לפרט את היישומים שמשתמשים בקבצים: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+58"/>
        <source>Starting a Restart Manager session…</source>
        <translation>מתחיל הפעלה של מנהל ההפעלה מחדש…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>The Restart Manager session could not be started: %1</source>
        <translation>לא ניתן היה להתחיל את ההפעלה של מנהל ההפעלה מחדש: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the installer of %1…</source>
        <translation>מפעיל את תוכנית ההתקנה של %1…</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>joining the session</source>
        <translation>ההצטרפות להפעלה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registering its files</source>
        <translation>רישום הקבצים שלה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>installing its files</source>
        <translation>התקנת הקבצים שלה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confirming its files</source>
        <translation>אישור הקבצים שלה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaving the session</source>
        <translation>היציאה מההפעלה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undoing its changes</source>
        <translation>ביטול השינויים שלה</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 %2 is installed, which is newer than %3: a downgrade needs your confirmation.</source>
        <translation>‏%1 %2 מותקן, והוא חדש יותר מ-%3: מעבר לגרסה ישנה דורש את אישורך.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Setup cannot find the folders for the menu entries: %1</source>
        <translation>תוכנית ההתקנה אינה מוצאת את התיקיות של פריטי התפריט: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+724"/>
        <source>Setup could not register its own files: %1</source>
        <translation>תוכנית ההתקנה לא הצליחה לרשום את הקבצים שלה: %1</translation>
    </message>
    <message>
        <location line="-692"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+15"/>
        <source>Looking for applications that use the files…</source>
        <translation>מחפש יישומים שמשתמשים בקבצים…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+5"/>
        <source>Ready.</source>
        <translation>מוכן.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Setup could not read what its session holds: %1</source>
        <translation>תוכנית ההתקנה לא הצליחה לקרוא את תוכן ההפעלה שלה: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Setup could not register the files of %1: %2</source>
        <translation>תוכנית ההתקנה לא הצליחה לרשום את הקבצים של %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting for the installer of %1…</source>
        <translation>ממתין לתוכנית ההתקנה של %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The installer of %1 failed while %2: %3</source>
        <translation>תוכנית ההתקנה של %1 נכשלה במהלך %2: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+69"/>
        <location line="+6"/>
        <source>Closing applications…</source>
        <translation>סוגר יישומים…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Installing %1…</source>
        <translation>מתקין את %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Setup cannot examine the files of %1: %2</source>
        <translation>תוכנית ההתקנה אינה יכולה לבדוק את הקבצים של %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installing files…</source>
        <translation>מתקין קבצים…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+500"/>
        <source>Setup could not remove the files the new version does not ship: %1</source>
        <translation>תוכנית ההתקנה לא הצליחה להסיר את הקבצים שהגרסה החדשה כבר אינה כוללת: %1</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>Setup could not add %1 to the desktop: %2</source>
        <translation>תוכנית ההתקנה לא הצליחה להוסיף את %1 לשולחן העבודה: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="+29"/>
        <source>Setup could not write its own files: %1</source>
        <translation>תוכנית ההתקנה לא הצליחה לכתוב את הקבצים שלה: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Setup could not write the menu entries: %1</source>
        <translation>תוכנית ההתקנה לא הצליחה לכתוב את פריטי התפריט: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirming the installation…</source>
        <translation>מאשר את ההתקנה…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <location line="+194"/>
        <location line="+3"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-65"/>
        <location line="+124"/>
        <source>Starting the closed applications again…</source>
        <translation>מפעיל מחדש את היישומים שנסגרו…</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Files installed.</source>
        <translation>הקבצים הותקנו.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Setup could not confirm its own files: %1</source>
        <translation>תוכנית ההתקנה לא הצליחה לאשר את הקבצים שלה: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+15"/>
        <location line="+44"/>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-141"/>
        <location line="+23"/>
        <source>Undoing the changes…</source>
        <translation>מבטל את השינויים…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The record of the installed %1 cannot be used: %2</source>
        <translation>לא ניתן להשתמש ברשומה של %1 המותקן: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Setup cannot read %1.</source>
        <translation>תוכנית ההתקנה אינה יכולה לקרוא את %1.</translation>
    </message>
</context>
<context>
    <name>InstallingPage</name>
    <message>
        <location filename="../ui/wizard/installing_page.cpp" line="+202"/>
        <source>%1 (%2): closing…</source>
        <translation>%1 (%2): נסגר…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>%1 (%2): still running</source>
        <translation>%1 (%2): עדיין פועל</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (%2): closed</source>
        <translation>%1 (%2): נסגר</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting for %1 to close… %2 s</source>
        <translation>ממתין לסגירת %1… %2 שנ׳</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) may be asking you to save your work. Switch to it, then choose Retry.</source>
        <translation>ייתכן ש-%1 (%2) מבקש ממך לשמור את עבודתך. עבור אליו ואז בחר &apos;נסה שוב&apos;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Installing</source>
        <translation>מתקין</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup closes the applications, replaces the files and starts the applications again.</source>
        <translation>תוכנית ההתקנה סוגרת את היישומים, מחליפה את הקבצים ומפעילה את היישומים מחדש.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation progress</source>
        <translation>התקדמות ההתקנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left for the applications to close</source>
        <translation>הזמן שנותר לסגירת היישומים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications being closed</source>
        <translation>יישומים שנסגרים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Force the applications to close now (unsaved work in them is lost)</source>
        <translation>אלץ את היישומים להיסגר עכשיו (עבודה שלא נשמרה בהם תאבד)</translation>
    </message>
</context>
<context>
    <name>LicensePage</name>
    <message>
        <location filename="../ui/wizard/license_page.cpp" line="+74"/>
        <source>License agreement</source>
        <translation>הסכם רישיון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please read the license of %1.</source>
        <translation>נא לקרוא את הרישיון של %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>License text</source>
        <translation>טקסט הרישיון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;accept the license agreement</source>
        <translation>אני &amp;מקבל את הסכם הרישיון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the license agreement</source>
        <translation>קבל את הסכם הרישיון</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="+72"/>
        <location line="+74"/>
        <source>Install location</source>
        <translation>מיקום ההתקנה</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_plan.cpp" line="+38"/>
        <source>Enter a full path, starting with / or ~/.</source>
        <translation>הזן נתיב מלא שמתחיל ב־„/” או ב־„~/”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder.</source>
        <translation>%1 אינו תיקייה.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not write to %1.</source>
        <translation>אין לך הרשאת כתיבה ל־%1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough room: %1 needed, %2 free.</source>
        <translation>אין מספיק מקום: נדרש %1, פנוי %2.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/location_page.cpp" line="-37"/>
        <source>%1 needed, %2 free.</source>
        <translation>נדרש %1, פנוי %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is installed here: this is an upgrade from %2 to %3.</source>
        <translation>‏%1 מותקן כאן: זהו שדרוג מ-%2 ל-%3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a reinstall of the same version.</source>
        <translation>‏%1 מותקן כאן: זוהי התקנה מחדש של אותה גרסה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is installed here: this is a downgrade to the older version %2.</source>
        <translation>‏%1 מותקן כאן: זהו מעבר לגרסה הישנה יותר %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the folder to install %1 in.</source>
        <translation>בחר את התיקייה שבה יותקן %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;תיקייה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder</source>
        <translation>תיקיית ההתקנה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;עיון…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the &amp;older version anyway</source>
        <translation>התקן בכל זאת את הגרסה ה&amp;ישנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the older version anyway</source>
        <translation>התקן בכל זאת את הגרסה הישנה</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Browse for the install folder</source>
        <translation>עיון אחר תיקיית ההתקנה</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../ui/setup/package.cpp" line="+96"/>
        <source>The package folder does not exist.</source>
        <translation>תיקיית החבילה אינה קיימת.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other users can change this folder of the package, and so swap its files while setup installs them.</source>
        <translation>משתמשים אחרים יכולים לשנות תיקייה זו של החבילה, וכך להחליף את קבציה בזמן שתוכנית ההתקנה מתקינה אותם.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The package has no readable manifest: %1</source>
        <translation>לחבילה אין מניפסט קריא: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manifest is not valid JSON: %1.</source>
        <translation>המניפסט אינו JSON תקין: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest must be a JSON object ({ ... }).</source>
        <translation>המניפסט חייב להיות אובייקט JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This field is missing.</source>
        <translation>שדה זה חסר.</translation>
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
        <translation>שדה זה חייב להיות טקסט (מחרוזת JSON).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+94"/>
        <source>The icon size %1 is not one of 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 or &quot;scalable&quot;.</source>
        <translation>גודל הסמל %1 אינו אחד מהערכים 16, 22, 24, 32, 48, 64, 96, 128, 256, 512 או &quot;scalable&quot;.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location filename="../ui/setup/package.cpp" line="-223"/>
        <location line="+193"/>
        <location line="+34"/>
        <source>This field holds a control or direction character (%1), which is not allowed.</source>
        <translation>שדה זה מכיל תו בקרה או תו כיווניות (%1), דבר שאינו מותר.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../ui/setup/package.cpp" line="-221"/>
        <location line="+211"/>
        <source>This field must not be empty.</source>
        <translation>שדה זה אינו יכול להיות ריק.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/setup/package.cpp" line="-187"/>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot;, &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>&quot;%1&quot; אינו קוד שפה כמו &quot;en&quot;‏, &quot;de&quot; או &quot;pt_BR&quot;.</translation>
    </message>
    <message>
        <location line="-116"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>A text given per language needs an &quot;en&quot; entry, the one shown in every other language.</source>
        <translation>טקסט שניתן לפי שפה צריך רשומה &quot;en&quot;, שמוצגת בכל שאר השפות.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="+14"/>
        <source>This field must be a whole number.</source>
        <translation>שדה זה חייב להיות מספר שלם.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown manifest format %1: this setup program reads format %2.</source>
        <translation>תבנית מניפסט לא ידועה %1: תוכנית התקנה זו קוראת את תבנית %2.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+86"/>
        <location filename="../ui/setup/package.cpp" line="+11"/>
        <source>&quot;%1&quot; is outside the package.</source>
        <translation>„%1” נמצא מחוץ לחבילה.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <source>&quot;%1&quot; is missing from the package.</source>
        <translation>„%1” חסר בחבילה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+7"/>
        <source>&quot;%1&quot; leads outside the package.</source>
        <translation>„%1” מוביל אל מחוץ לחבילה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+4"/>
        <location line="+210"/>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1” אינו קובץ.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a category: use letters, digits and &quot;-&quot;.</source>
        <translation>&quot;%1&quot; אינו קטגוריה: יש להשתמש באותיות, בספרות וב-&quot;-&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a MIME type such as &quot;application/x-example&quot;.</source>
        <translation>&quot;%1&quot; אינו סוג MIME כגון &quot;application/x-example&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a file name pattern such as &quot;*.example&quot;.</source>
        <translation>&quot;%1&quot; אינו תבנית שמות קבצים כגון &quot;*.example&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An icon with a size in pixels must be a .png file, a &quot;scalable&quot; one an .svg file.</source>
        <translation>סמל בגודל בפיקסלים חייב להיות קובץ ‎.png, וסמל &quot;scalable&quot; קובץ ‎.svg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>&quot;%1&quot; מופיע פעמיים.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries and MIME types need the product&apos;s &quot;id&quot;, such as &quot;org.example.App&quot;.</source>
        <translation>פריטי תפריט וסוגי MIME זקוקים ל-&quot;id&quot; של המוצר, כגון &quot;org.example.App&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A keyword must not contain &quot;;&quot;.</source>
        <translation>מילת מפתח אינה יכולה להכיל &quot;;&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-188"/>
        <source>The license &quot;%1&quot; cannot be read: %2</source>
        <translation>לא ניתן לקרוא את הרישיון „%1”: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The folder must be an absolute path or start with &quot;~/&quot;.</source>
        <translation>התיקייה חייבת להיות נתיב מוחלט או להתחיל ב־„~/”.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="-227"/>
        <location line="+18"/>
        <location filename="../ui/setup/package.cpp" line="+27"/>
        <source>This field must be a JSON object ({ ... }).</source>
        <translation>שדה זה חייב להיות אובייקט JSON ‏({ ... }).</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>&quot;%1&quot; is not allowed here: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (an id in reverse-DNS form, such as &quot;org.example.App&quot;).</source>
        <translation>&quot;%1&quot; אינו מותר כאן: יש להשתמש באותיות, בספרות, ב-&quot;.&quot;, ב-&quot;_&quot; וב-&quot;-&quot; (מזהה בתבנית DNS הפוכה, כגון &quot;org.example.App&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a command name: use letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;+&quot; and &quot;-&quot;, not starting with &quot;.&quot;.</source>
        <translation>&quot;%1&quot; אינו שם פקודה: יש להשתמש באותיות, בספרות, ב-&quot;.&quot;, ב-&quot;_&quot;, ב-&quot;+&quot; וב-&quot;-&quot;, ולא להתחיל ב-&quot;.&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/setup/package.cpp" line="+10"/>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a target of any file of the package.</source>
        <translation>&quot;%1&quot; אינו יעד של אף קובץ בחבילה.</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+37"/>
        <location filename="../ui/setup/package.cpp" line="-54"/>
        <location line="+30"/>
        <location line="+144"/>
        <location line="+101"/>
        <source>This field must be a list (a JSON array).</source>
        <translation>שדה זה חייב להיות רשימה (מערך JSON).</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-97"/>
        <source>The package has no components.</source>
        <translation>בחבילה אין רכיבים.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The component id &quot;%1&quot; is already used by %2.</source>
        <translation>מזהה הרכיב „%1” כבר נמצא בשימוש על ידי %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A component must be a JSON object ({ ... }).</source>
        <translation>רכיב חייב להיות אובייקט JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A component id may contain only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>מזהה רכיב יכול להכיל רק אותיות, ספרות, „.”, „_” ו־„-”.</translation>
    </message>
    <message>
        <location filename="../ui/setup/desktop_manifest.cpp" line="+56"/>
        <location filename="../ui/setup/package.cpp" line="+12"/>
        <location line="+117"/>
        <source>This field must be true or false.</source>
        <translation>שדה זה חייב להיות true או false.</translation>
    </message>
    <message>
        <location filename="../ui/setup/package.cpp" line="-371"/>
        <source>The folder must be an absolute path.</source>
        <translation>התיקייה חייבת להיות נתיב מוחלט.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+69"/>
        <location line="+5"/>
        <location line="+11"/>
        <source>&quot;%1&quot; is not an SVG or PNG image.</source>
        <translation>„%1” אינו תמונת SVG או PNG.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+11"/>
        <location line="+22"/>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>לא ניתן לקרוא את „%1”: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&quot;%1&quot; is too large: an image may have at most %2, and %3 × %3 pixels.</source>
        <translation>„%1” גדול מדי: לתמונה מותר להיות לכל היותר %2 ו־%3 × %3 פיקסלים.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The installer must be &quot;stock&quot; or a program in the package; &quot;%1&quot; is neither.</source>
        <translation>תוכנית ההתקנה חייבת להיות „stock” או תוכנית בחבילה; „%1” אינו אף אחד מהם.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The installer &quot;%1&quot; leads outside the package.</source>
        <translation>תוכנית ההתקנה „%1” מובילה אל מחוץ לחבילה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installer &quot;%1&quot; is not an executable file.</source>
        <translation>תוכנית ההתקנה „%1” אינה קובץ הפעלה.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installer &quot;%1&quot; can be changed by other users.</source>
        <translation>משתמשים אחרים יכולים לשנות את תוכנית ההתקנה „%1”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The component has no files.</source>
        <translation>ברכיב אין קבצים.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file must be a JSON object ({ ... }).</source>
        <translation>קובץ חייב להיות אובייקט JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not a product id: use reverse-DNS, such as &quot;org.example.AcmeViewer&quot; (letters, digits, &apos;-&apos; and &apos;_&apos;, in two or more parts separated by dots).</source>
        <translation>‏&quot;%1&quot; אינו מזהה מוצר: השתמש בכתיב DNS הפוך, כמו &quot;org.example.AcmeViewer&quot; (אותיות, ספרות, &apos;-&apos; ו-&apos;_&apos;, בשני חלקים או יותר המופרדים בנקודות).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The mode must be a text such as &quot;0755&quot; or &quot;0644&quot;.</source>
        <translation>מצב ההרשאות חייב להיות טקסט כגון „0755” או „0644”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mode %1 is not allowed: an installed file gets &quot;0755&quot; (a program) or &quot;0644&quot; (any other file), never setuid, setgid, sticky or writable by group or others.</source>
        <translation>מצב ההרשאות %1 אינו מותר: קובץ מותקן מקבל „0755” (תוכנית) או „0644” (כל קובץ אחר), ולעולם לא setuid, setgid, sticky או הרשאת כתיבה לקבוצה או לאחרים.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The target &quot;%1&quot; must be relative to the installation folder.</source>
        <translation>היעד „%1” חייב להיות יחסי לתיקיית ההתקנה.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; must not contain &quot;..&quot;.</source>
        <translation>היעד „%1” אינו יכול להכיל „..”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target &quot;%1&quot; does not name a file.</source>
        <translation>היעד „%1” אינו מציין קובץ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target &quot;%1&quot; ends in &quot;%2&quot;, which setup reserves for its own copies.</source>
        <translation>היעד „%1” מסתיים ב־„%2”, סיומת שתוכנית ההתקנה שומרת לעותקים שלה.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target &quot;%1&quot; is already installed by %2.</source>
        <translation>היעד „%1” כבר מותקן על ידי %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; is a folder of %2.</source>
        <translation>היעד „%1” הוא תיקייה של %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target &quot;%1&quot; needs &quot;%2&quot; to be a folder, but %3 installs a file there.</source>
        <translation>היעד „%1” דורש ש־„%2” יהיה תיקייה, אבל %3 מתקין שם קובץ.</translation>
    </message>
    <message>
        <location filename="../ui/setup/embedded_package.cpp" line="+31"/>
        <source>The package does not exist.</source>
        <translation>החבילה אינה קיימת.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No private folder for a copy of the package: %1</source>
        <translation>אין תיקייה פרטית לעותק של החבילה: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The package cannot be copied to a temporary folder: %1</source>
        <translation>לא ניתן להעתיק את החבילה לתיקייה זמנית: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the folder of %1</source>
        <translation>לא ניתן ליצור את התיקייה של %1</translation>
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
        <translation>הכנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup starts the installers of the components and looks for applications that use the files.</source>
        <translation>תוכנית ההתקנה מפעילה את תוכניות ההתקנה של הרכיבים ומחפשת יישומים שמשתמשים בקבצים.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparation progress</source>
        <translation>התקדמות ההכנה</translation>
    </message>
</context>
<context>
    <name>ProductRecord</name>
    <message>
        <location filename="../ui/setup/product_record.cpp" line="+109"/>
        <source>The record is not valid JSON.</source>
        <translation>הרשומה אינה JSON תקין.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The record has no valid product id.</source>
        <translation>לרשומה אין מזהה מוצר תקין.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record names an install folder that is not a full path: %1</source>
        <translation>הרשומה מציינת תיקיית התקנה שאינה נתיב מלא: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record names a file outside its install folder: %1</source>
        <translation>הרשומה מציינת קובץ מחוץ לתיקיית ההתקנה שלה: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record names a file twice: %1</source>
        <translation>הרשומה מציינת קובץ פעמיים: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a folder outside its install folder: %1</source>
        <translation>הרשומה מציינת תיקייה מחוץ לתיקיית ההתקנה שלה: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record names a desktop file outside the desktop folders: %1</source>
        <translation>הרשומה מציינת קובץ שולחן עבודה מחוץ לתיקיות שולחן העבודה: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Other users can change the folder of the records, %1.</source>
        <translation>משתמשים אחרים יכולים לשנות את תיקיית הרשומות, %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record is a symbolic link.</source>
        <translation>הרשומה היא קישור סמלי.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record cannot be read: %1</source>
        <translation>לא ניתן לקרוא את הרשומה: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record is not a regular file.</source>
        <translation>הרשומה אינה קובץ רגיל.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record belongs to another user (user ID %1), not to you.</source>
        <translation>הרשומה שייכת למשתמש אחר (מזהה משתמש %1), לא לך.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other users can change the record.</source>
        <translation>משתמשים אחרים יכולים לשנות את הרשומה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record is too large.</source>
        <translation>הרשומה גדולה מדי.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The record is that of another product (%1).</source>
        <translation>הרשומה שייכת למוצר אחר (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a product id.</source>
        <translation>‏&quot;%1&quot; אינו מזהה מוצר.</translation>
    </message>
</context>
<context>
    <name>PublisherPage</name>
    <message>
        <location filename="../ui/wizard/publisher_page.cpp" line="+40"/>
        <source>The publisher could not be verified</source>
        <translation>לא ניתן לאמת את המפרסם</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This setup file is not signed.</source>
        <translation>קובץ ההתקנה הזה אינו חתום.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody can tell who made this setup file or whether it was changed after it was made. Install it only if you trust where it came from.</source>
        <translation>אין דרך לדעת מי יצר את קובץ ההתקנה הזה או אם שונה לאחר שנוצר. התקינו אותו רק אם אתם סומכים על המקור שלו.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This setup file is signed with a key that is not trusted on this computer.</source>
        <translation>קובץ ההתקנה הזה חתום במפתח שהמחשב הזה אינו סומך עליו.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is intact, but its key (ID %1) is not among the keys this computer trusts, so nobody can tell who made this setup file. Install it only if you trust where it came from.</source>
        <translation>החתימה תקינה, אך המפתח שלה (מזהה %1) אינו בין המפתחות שהמחשב הזה סומך עליהם, ולכן אין דרך לדעת מי יצר את קובץ ההתקנה הזה. התקינו אותו רק אם אתם סומכים על המקור שלו.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;understand the risk and want to install it anyway</source>
        <translation>אני מ&amp;בין את הסיכון ורוצה להתקין בכל זאת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install although the publisher could not be verified</source>
        <translation>להתקין למרות שלא ניתן לאמת את המפרסם</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+67"/>
        <source>&amp;Yes</source>
        <translation>&amp;כן</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No</source>
        <translation>&amp;לא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>סגור</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>אישור</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-8"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;אחורה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;קדימה &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>בצע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;סיים</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="+25"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+1"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../ui/wizard/ready_page.cpp" line="+26"/>
        <source>Ready to install</source>
        <translation>מוכן להתקנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup has what it needs. Click Install to begin.</source>
        <translation>לתוכנית ההתקנה יש כל מה שהיא צריכה. לחץ על „התקנה” כדי להתחיל.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install</source>
        <translation>&amp;התקנה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product: %1 %2
Folder: %3
Space needed: %4
Components:
%5</source>
        <translation>מוצר: %1 %2
תיקייה: %3
נפח נדרש: %4
רכיבים:
%5</translation>
    </message>
</context>
<context>
    <name>SecondaryInstallerProcess</name>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+161"/>
        <source>its installer sent a malformed line</source>
        <translation>תוכנית ההתקנה שלו שלחה שורה פגומה</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its installer answered something else: %1</source>
        <translation>תוכנית ההתקנה שלו החזירה תשובה בלתי צפויה: %1</translation>
    </message>
    <message>
        <location filename="../ui/setup/install_engine.cpp" line="-481"/>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="-97"/>
        <location line="+114"/>
        <source>its installer stopped unexpectedly</source>
        <translation>תוכנית ההתקנה שלו נעצרה באופן בלתי צפוי</translation>
    </message>
    <message>
        <location filename="../ui/setup/secondary_installer_process.cpp" line="+8"/>
        <source>its installer did not answer in time</source>
        <translation>תוכנית ההתקנה שלו לא ענתה בזמן</translation>
    </message>
</context>
<context>
    <name>SetupRun</name>
    <message>
        <location filename="../ui/setup/setup_run.cpp" line="+203"/>
        <source>Closing %1…</source>
        <translation>סוגר את %1…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/answer_source.cpp" line="+23"/>
        <source>Applications still running</source>
        <translation>יישומים עדיין פועלים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These applications did not close:</source>
        <translation>יישומים אלה לא נסגרו:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retry</source>
        <translation>&amp;נסה שוב</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/wizard/installing_page.cpp" line="-2"/>
        <source>&amp;Force close</source>
        <translation>&amp;כפה סגירה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ignore (restart the computer later)</source>
        <translation>&amp;התעלם (הפעל מחדש את המחשב מאוחר יותר)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel setup</source>
        <translation>&amp;בטל את ההתקנה</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The package cannot be installed</source>
        <translation>לא ניתן להתקין את החבילה</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location filename="../ui/wizard/finish_page.cpp" line="-118"/>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="+243"/>
        <source>Close</source>
        <translation>סגור</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Setup is already running</source>
        <translation>ההתקנה כבר פועלת</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel setup</source>
        <translation>ביטול ההתקנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to cancel setup? Everything it changed will be put back.</source>
        <translation>לבטל את ההתקנה? כל מה שהשתנה יוחזר לקדמותו.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes, cancel setup</source>
        <translation>כן, בטל את ההתקנה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, continue setup</source>
        <translation>לא, המשך בהתקנה</translation>
    </message>
    <message>
        <location filename="../ui/silent_window.cpp" line="-2"/>
        <location filename="../ui/wizard/setup_wizard.cpp" line="+327"/>
        <source>%1 %2 Setup</source>
        <translation>התקנת %1 %2</translation>
    </message>
</context>
<context>
    <name>UninstallEngine</name>
    <message>
        <location filename="../ui/setup/uninstall_engine.cpp" line="-116"/>
        <source>Checking the files of %1…</source>
        <translation>בודק את הקבצים של %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Nothing was removed: %1</source>
        <translation>דבר לא הוסר: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Setup could not register the files: %1</source>
        <translation>תוכנית ההתקנה לא הצליחה לרשום את הקבצים: %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+11"/>
        <source>Removing files…</source>
        <translation>מסיר קבצים…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>The files could not be removed: %1</source>
        <translation>לא ניתן היה להסיר את הקבצים: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Removing the desktop entries…</source>
        <translation>מסיר את רשומות שולחן העבודה…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was removed.</source>
        <translation>‏%1 הוסר.</translation>
    </message>
</context>
<context>
    <name>UninstallFilesInUsePage</name>
    <message>
        <location filename="../ui/wizard/uninstall_wizard.cpp" line="-458"/>
        <location line="+65"/>
        <source>&amp;Uninstall</source>
        <translation>&amp;הסר התקנה</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>These applications use files that setup is about to remove.</source>
        <translation>יישומים אלה משתמשים בקבצים שתוכנית ההתקנה עומדת להסיר.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your work in them first. The programs of %1 are closed and not started again; other applications are started again once the files are gone. You can also close them yourself and click Refresh.</source>
        <translation>שמור תחילה את עבודתך בהם. התוכניות של %1 ייסגרו ולא יופעלו מחדש; יישומים אחרים יופעלו מחדש לאחר הסרת הקבצים. ניתן גם לסגור אותם בעצמך וללחוץ על רענון.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close the applications automatically</source>
        <translation>&amp;סגור את היישומים אוטומטית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the applications automatically</source>
        <translation>סגור את היישומים אוטומטית</translation>
    </message>
</context>
<context>
    <name>UninstallFinishPage</name>
    <message>
        <location line="+102"/>
        <source>Uninstall failed</source>
        <translation>ההסרה נכשלה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uninstall complete</source>
        <translation>ההסרה הושלמה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not removed. Nothing was changed.</source>
        <translation>%1 לא הוסר. דבר לא שונה.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from your computer.</source>
        <translation>%1 הוסר מהמחשב שלך.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files removed: %1</source>
        <translation>קבצים שהוסרו: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept, because you changed them since they were installed (remove them yourself, or uninstall with &quot;Also remove the files I changed&quot;):</source>
        <translation>נשמרו, כי שינית אותם מאז שהותקנו (הסר אותם בעצמך, או הסר את ההתקנה עם „הסר גם את הקבצים ששיניתי”):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept, because they hold files that setup did not install:</source>
        <translation>נשמרו, כי הן מכילות קבצים שתוכנית ההתקנה לא התקינה:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These menu entries, icons or commands could not be removed:</source>
        <translation>לא ניתן היה להסיר את פריטי התפריט, הסמלים או הפקודות האלה:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed: %1</source>
        <translation>נסגרו: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not be started again: %1</source>
        <translation>לא ניתן היה להפעיל מחדש: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These applications still use the removed files: %1. A restart of the computer is required to finish.</source>
        <translation>יישומים אלה עדיין משתמשים בקבצים שהוסרו: %1. נדרשת הפעלה מחדש של המחשב כדי לסיים.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was removed and what was kept</source>
        <translation>מה הוסר ומה נשמר</translation>
    </message>
</context>
<context>
    <name>UninstallRemovingPage</name>
    <message>
        <location line="-90"/>
        <source>Removing</source>
        <translation>מסיר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup is removing %1. Cancel puts everything back.</source>
        <translation>תוכנית ההתקנה מסירה את %1. ביטול מחזיר הכול למקומו.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress of the removal</source>
        <translation>התקדמות ההסרה</translation>
    </message>
</context>
<context>
    <name>UninstallSummaryPage</name>
    <message>
        <location line="-224"/>
        <source>Uninstall %1</source>
        <translation>הסרת %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setup will remove the files that it installed, and nothing else.</source>
        <translation>תוכנית ההתקנה תסיר את הקבצים שהיא התקינה, ותו לא.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product: %1</source>
        <translation>מוצר: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product: %1 (%2)</source>
        <translation>מוצר: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>תיקייה: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files: %1 (%2)</source>
        <translation>קבצים: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu entries, icons and commands: %1</source>
        <translation>פריטי תפריט, סמלים ופקודות: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for files that you changed since they were installed…</source>
        <translation>מחפש קבצים ששינית מאז שהותקנו…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing can be removed: %1</source>
        <translation>לא ניתן להסיר דבר: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed none of the installed files.</source>
        <translation>לא שינית אף אחד מהקבצים המותקנים.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed these files since they were installed. They will be removed too:</source>
        <translation>שינית את הקבצים האלה מאז שהותקנו. גם הם יוסרו:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed these files since they were installed. They will be kept:</source>
        <translation>שינית את הקבצים האלה מאז שהותקנו. הם יישמרו:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you changed</source>
        <translation>קבצים ששינית</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Also remove the files I changed</source>
        <translation>הסר &amp;גם את הקבצים ששיניתי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also remove the files I changed</source>
        <translation>הסר גם את הקבצים ששיניתי</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Uninstall</source>
        <translation>&amp;הסר התקנה</translation>
    </message>
</context>
<context>
    <name>UninstallWizard</name>
    <message>
        <location line="+457"/>
        <source>Uninstall %1</source>
        <translation>הסרת %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Setup cannot uninstall</source>
        <translation>תוכנית ההתקנה אינה יכולה להסיר</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/wizard/welcome_page.cpp" line="+62"/>
        <source>Welcome to %1 %2</source>
        <translation>ברוכים הבאים להתקנת %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This wizard installs %1 %2 on your computer.

Publisher: %3

If applications use files that setup replaces, setup can close them and start them again afterwards.</source>
        <translation>אשף זה מתקין את %1 %2 במחשב שלך.

מפרסם: %3

אם יישומים משתמשים בקבצים שההתקנה מחליפה, ההתקנה יכולה לסגור אותם ולהפעיל אותם מחדש לאחר מכן.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Setup restarted applications that an earlier setup had closed: %1.</source>
        <translation>תוכנית ההתקנה הפעילה מחדש יישומים שהתקנה קודמת סגרה: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of setup</source>
        <translation>שפת ההתקנה</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/setup_main.cpp" line="+325"/>
        <source>(you changed it; the new version is %1)</source>
        <translation>(שינית אותו; הגרסה החדשה היא %1)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>refused: %1</source>
        <translation>נדחה: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+63"/>
        <location line="+412"/>
        <source>%1 is not installed.</source>
        <translation>‏%1 אינו מותקן.</translation>
    </message>
    <message>
        <location line="-469"/>
        <location line="+58"/>
        <source>The record of %1 is refused, and nothing was removed: %2</source>
        <translation>הרשומה של %1 נדחתה, ודבר לא הוסר: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Installs a package with the Restart Manager.</source>
        <translation>מתקין חבילה באמצעות מנהל ההפעלה מחדש.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User interface language, e.g. de.</source>
        <translation>שפת ממשק המשתמש, למשל he.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package directory (default: the demo package).</source>
        <translation>תיקיית החבילה (ברירת מחדל: חבילת ההדגמה).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the log to this file.</source>
        <translation>כתוב את היומן לקובץ זה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer a question without asking, e.g. StillRunning=force or ConfirmCancel=yes.</source>
        <translation>ענה על שאלה בלי לשאול אותה, למשל StillRunning=force או ConfirmCancel=yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the milliseconds until the first page shows.</source>
        <translation>הדפס את מספר אלפיות השנייה עד להצגת הדף הראשון.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the exit code to this file (the shell sees it only modulo 256).</source>
        <translation>כתוב את קוד היציאה גם לקובץ זה (המעטפת רואה אותו רק מודולו 256).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk every page of an installation into a temporary folder and write a screenshot and a list of the widgets of each page to this folder (--lang all: every language).</source>
        <translation>לעבור על כל דפי ההתקנה לתיקייה זמנית ולכתוב לתיקייה זו צילום מסך ורשימת רכיבים של כל דף (‎--lang all: כל השפות).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install without a window and without questions; needs no display.</source>
        <translation>התקנה ללא חלון וללא שאלות; אין צורך בתצוגה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install without questions, showing only the progress.</source>
        <translation>התקנה ללא שאלות, עם הצגת ההתקדמות בלבד.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install in this folder.</source>
        <translation>התקנה בתיקייה זו.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install these components, e.g. app,dictionary.</source>
        <translation>התקנת רכיבים אלה, למשל app,dictionary.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications that use the files and restart them afterwards (default).</source>
        <translation>סגירת היישומים שמשתמשים בקבצים והפעלתם מחדש לאחר מכן (ברירת מחדל).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the applications running; the computer must restart later.</source>
        <translation>השארת היישומים פועלים; יהיה צורך להפעיל מחדש את המחשב מאוחר יותר.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the applications; end those that do not close in time.</source>
        <translation>סגירת היישומים; סיום אלה שאינם נסגרים בזמן.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not start the closed applications again.</source>
        <translation>לא להפעיל שוב את היישומים שנסגרו.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never restart the computer; exit with 3010 when a restart is needed.</source>
        <translation>לעולם לא להפעיל מחדש את המחשב; לצאת עם 3010 כשנדרשת הפעלה מחדש.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the product once it is installed, as the user who ran setup.</source>
        <translation>להפעיל את המוצר לאחר ההתקנה, בתור המשתמש שהריץ את ההתקנה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the answers from this file (Key=Value lines).</source>
        <translation>קריאת התשובות מקובץ זה (שורות Key=Value).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the answers of this run to this file.</source>
        <translation>כתיבת התשובות של הרצה זו לקובץ זה.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The publisher could not be verified (the signer&apos;s key ID, or unsigned): ask the user first.</source>
        <translation>לא ניתן לאמת את המפרסם (מזהה המפתח של החותם, או unsigned): לשאול קודם את המשתמש.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the installed product with this id.</source>
        <translation>הסר את המוצר המותקן בעל מזהה זה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --uninstall: remove the files you changed too.</source>
        <translation>עם ‎--uninstall: הסר גם את הקבצים ששינית.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the installed products.</source>
        <translation>הצג את המוצרים המותקנים.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --list-installed: as JSON.</source>
        <translation>עם ‎--list-installed: בתבנית JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install an older version over a newer one without asking.</source>
        <translation>התקן גרסה ישנה מעל גרסה חדשה יותר בלי לשאול.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the missing or changed files of the installed product (with the package of its version).</source>
        <translation>שחזר את הקבצים החסרים או שהשתנו של המוצר המותקן (עם החבילה של הגרסה שלו).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add or remove components of the installed product (with --components).</source>
        <translation>הוסף או הסר רכיבים של המוצר המותקן (עם ‎--components).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No display is available. Use --unattended to install without a window.</source>
        <translation>אין תצוגה זמינה. השתמשו ב־‎--unattended כדי להתקין ללא חלון.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+48"/>
        <source>Setup of %1 is already running. Wait until it has finished, then start setup again.</source>
        <translation>ההתקנה של %1 כבר פועלת. המתן עד שתסתיים, ואז הפעל שוב את ההתקנה.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>--repair needs the package of the installed version %1.</source>
        <translation>‏‎--repair דורש את החבילה של הגרסה המותקנת %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The install folder %1 cannot be used: %2</source>
        <translation>לא ניתן להשתמש בתיקיית ההתקנה %1: %2</translation>
    </message>
</context>
</TS>
