<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>lga::app::SyncCommand</name>
    <message numerus="yes">
        <source>  %n page(s) read</source>
        <translation>
            <numerusform>  %n page read</numerusform>
            <numerusform>  %n pages read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::check::PlainEnglish</name>
    <message numerus="yes">
        <source>This sentence has %n words.</source>
        <translation>
            <numerusform>This sentence has %n words.</numerusform>
            <numerusform>This sentence has %n words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long sentences are hard to follow, and harder still for people with learning disabilities or reading in a second language. GOV.UK advises no more than %n words. Split it, or cut words that add nothing.</source>
        <translation>
            <numerusform>Long sentences are hard to follow, and harder still for people with learning disabilities or reading in a second language. GOV.UK advises no more than %n words. Split it, or cut words that add nothing.</numerusform>
            <numerusform>Long sentences are hard to follow, and harder still for people with learning disabilities or reading in a second language. GOV.UK advises no more than %n words. Split it, or cut words that add nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::core::FieldValidator</name>
    <message numerus="yes">
        <source>%1 takes at most %n item(s); remove %2.</source>
        <translation>
            <numerusform>%1 takes at most %n item; remove %2.</numerusform>
            <numerusform>%1 takes at most %n items; remove %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alt text is missing on %n image(s) in the body. Describe each image, or mark it decorative in the media library.</source>
        <translation>
            <numerusform>Alt text is missing on %n image in the body. Describe each image, or mark it decorative in the media library.</numerusform>
            <numerusform>Alt text is missing on %n images in the body. Describe each image, or mark it decorative in the media library.</numerusform>
        </translation>
    </message>
</context>
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
    <name>lga::sync::SiteClient</name>
    <message numerus="yes">
        <source>%1 LocalGov Author tried %n time(s); try again later.</source>
        <translation>
            <numerusform>%1 LocalGov Author tried %n time; try again later.</numerusform>
            <numerusform>%1 LocalGov Author tried %n times; try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The site asked to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1 The site asked to wait %n second before trying again.</numerusform>
            <numerusform>%1 The site asked to wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::ui::CheckPanel</name>
    <message numerus="yes">
        <source>Reading ease %1 out of 100, reading age %2 · %n word(s)</source>
        <translation>
            <numerusform>Reading ease %1 out of 100, reading age %2 · %n word</numerusform>
            <numerusform>Reading ease %1 out of 100, reading age %2 · %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s): too short to score readability</source>
        <translation>
            <numerusform>%n word: too short to score readability</numerusform>
            <numerusform>%n words: too short to score readability</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::ui::DecisionDialog</name>
    <message numerus="yes">
        <source>The checker and the full accessibility audit found %n error(s) in this page:</source>
        <translation>
            <numerusform>The checker and the full accessibility audit found %n error in this page:</numerusform>
            <numerusform>The checker and the full accessibility audit found %n errors in this page:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::ui::FindingsModel</name>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Errors (%n)</numerusform>
            <numerusform>Errors (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warnings (%n)</numerusform>
            <numerusform>Warnings (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tips (%n)</source>
        <translation>
            <numerusform>Tips (%n)</numerusform>
            <numerusform>Tips (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismissed (%n)</source>
        <translation>
            <numerusform>Dismissed (%n)</numerusform>
            <numerusform>Dismissed (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::ui::LinkListEditor</name>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
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
    <message numerus="yes">
        <source>The full audit found %n problem(s); they are listed with the checker&apos;s findings.</source>
        <translation>
            <numerusform>The full audit found %n problem; they are listed with the checker's findings.</numerusform>
            <numerusform>The full audit found %n problems; they are listed with the checker's findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tip(s)</source>
        <translation>
            <numerusform>%n tip</numerusform>
            <numerusform>%n tips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) waiting for review</source>
        <translation>
            <numerusform>%n page waiting for review</numerusform>
            <numerusform>%n pages waiting for review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::ui::PageListEditor</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::ui::PageListPanel</name>
    <message numerus="yes">
        <source>&amp;Review due within %n days</source>
        <translation>
            <numerusform>&amp;Review due within %n days</numerusform>
            <numerusform>&amp;Review due within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show only pages whose review date is within %n days or has passed</source>
        <translation>
            <numerusform>Show only pages whose review date is within %n days or has passed</numerusform>
            <numerusform>Show only pages whose review date is within %n days or has passed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::ui::ReviewDateEditor</name>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>In %n month</numerusform>
            <numerusform>In %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::ui::ReviewQueueModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::ui::ReviewView</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tip(s)</source>
        <translation>
            <numerusform>%n tip</numerusform>
            <numerusform>%n tips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::ui::SyncController</name>
    <message numerus="yes">
        <source>Syncing… %n page(s) read</source>
        <translation>
            <numerusform>Syncing… %n page read</numerusform>
            <numerusform>Syncing… %n pages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync failed: the site refused %n page(s)</source>
        <translation>
            <numerusform>Sync failed: the site refused %n page</numerusform>
            <numerusform>Sync failed: the site refused %n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
