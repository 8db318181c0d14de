<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>DemoNotesWindow</name>
    <message>
        <location filename="../ui/demo_notes_window.cpp" line="+103"/>
        <source>About Demo Notes</source>
        <translation>Про Demo Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;The demo application of the Restart Manager for Linux. It keeps its word list open while it runs, so that an installer has to close it to update it, and it keeps your text when it is closed and started again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Demo Notes %1&lt;/b&gt;&lt;p&gt;Демонстраційний застосунок диспетчера перезапуску для Linux. Під час роботи він тримає відкритим свій список слів, тож програмі встановлення доводиться закривати його для оновлення; після закриття й повторного запуску він зберігає ваш текст.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Не вдається створити теку %1.</translation>
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
        <translation>Не вдається зберегти нотатки: %1

Усе одно закрити й втратити їх?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Demo Notes (unknown version)</source>
        <translation>Demo Notes (невідома версія)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Notes %1</source>
        <translation>Demo Notes %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored after an update.</source>
        <translation>Відновлено після оновлення.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ready.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored with your text. Nothing was updated.</source>
        <translation>Відновлено разом із вашим текстом. Нічого не оновлено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the dictionary: %L1</source>
        <translation>Слів у словнику: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dictionary installed</source>
        <translation>Словник не встановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes. They are kept when Demo Notes closes.</source>
        <translation>Ваші нотатки. Вони зберігаються, коли Demo Notes закривається.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your notes here. They are kept when Demo Notes closes, also when an installer closes it for an update.</source>
        <translation>Пишіть нотатки тут. Вони зберігаються, коли Demo Notes закривається, зокрема коли програма встановлення закриває його для оновлення.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu bar</source>
        <translation>Рядок меню</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Demo Notes</source>
        <translation>&amp;Про Demo Notes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/demo_notes_main.cpp" line="+120"/>
        <source>Demo Notes: a small notes editor that keeps its text when an installer closes it for an update.</source>
        <translation>Demo Notes: невеликий редактор нотаток, який зберігає текст, коли програма встановлення закриває його для оновлення.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the unsaved text in &lt;folder&gt;.</source>
        <translation>Зберігати незбережений текст у &lt;тека&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>тека</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with &lt;text&gt; when no text was kept.</source>
        <translation>Почати з &lt;текст&gt;, якщо текст не було збережено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started again by an installer after an update.</source>
        <translation>Перезапущено програмою встановлення після оновлення.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de.</source>
        <translation>Мова інтерфейсу, наприклад uk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .demonotes file to start with, when no text was kept.</source>
        <translation>Файл .demonotes, з якого почати, якщо збереженого тексту немає.</translation>
    </message>
</context>
</TS>
