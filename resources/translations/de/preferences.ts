<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>PreferencesChoices</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Sehr groß</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloid</translation>
    </message>
    <message>
        <source>Poster (one page per journey)</source>
        <translation>Poster (eine Seite pro Journey)</translation>
    </message>
    <message>
        <source>Tiled (pages of the paper size)</source>
        <translation>Gekachelt (Seiten im Papierformat)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Waymark starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Waymark.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark setting</source>
        <translation>„System“ folgt der hellen oder dunklen Einstellung des Desktops</translation>
    </message>
    <message>
        <source>Cards keep their colours; exports stay light.</source>
        <translation>Karten behalten ihre Farben; Exporte bleiben hell.</translation>
    </message>
    <message>
        <source>Board text size</source>
        <translation>Textgröße auf dem Board</translation>
    </message>
    <message>
        <source>The size of the cards&apos; text on the board; exports keep the standard size</source>
        <translation>Die Schriftgröße der Karten auf dem Board; Exporte behalten die Standardgröße</translation>
    </message>
    <message>
        <source>PDF paper</source>
        <translation>PDF-Papierformat</translation>
    </message>
    <message>
        <source>PDF layout</source>
        <translation>PDF-Layout</translation>
    </message>
    <message>
        <source>Export PDF… starts with these; a choice made there is kept until Waymark quits.</source>
        <translation>„PDF exportieren…“ beginnt mit diesen Werten; eine dort getroffene Auswahl gilt, bis Waymark beendet wird.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Where Waymark keeps working copies, recovery files and your templates</source>
        <translation>Hier speichert Waymark Arbeitskopien, Wiederherstellungsdateien und Ihre Vorlagen</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Board te&amp;xt size:</source>
        <translation>&amp;Textgröße auf dem Board:</translation>
    </message>
    <message>
        <source>PDF &amp;paper:</source>
        <translation>PDF-&amp;Papierformat:</translation>
    </message>
    <message>
        <source>PDF la&amp;yout:</source>
        <translation>PDF-&amp;Layout:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
</context>
</TS>
