<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>lga::store::MarkdownFolder</name>
    <message numerus="yes">
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>Exported %n page to %1.</numerusform>
            <numerusform>Exported %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::store::StoreRecovery</name>
    <message numerus="yes">
        <source>%n page(s) changed after the backup could not be recovered; they are listed below. The damaged file has been kept.</source>
        <translation>
            <numerusform>%n page changed after the backup could not be recovered; they are listed below. The damaged file has been kept.</numerusform>
            <numerusform>%n pages changed after the backup could not be recovered; they are listed below. The damaged file has been kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) from the damaged store could not be recovered; they are listed below. The damaged file has been kept.</source>
        <translation>
            <numerusform>%n page from the damaged store could not be recovered; they are listed below. The damaged file has been kept.</numerusform>
            <numerusform>%n pages from the damaged store could not be recovered; they are listed below. The damaged file has been kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
</TS>
