<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>lga::app</name>
    <message>
        <source>Flesch reading ease %1, reading age %2, %3 words in %4 sentences (%5 words a sentence)</source>
        <translation>Rhwyddineb darllen Flesch %1, oedran darllen %2, %3 gair mewn %4 brawddeg (%5 gair i bob brawddeg)</translation>
    </message>
    <message>
        <source>too few words to score (%1 words, %2 needed)</source>
        <translation>rhy ychydig o eiriau i roi sgôr (%1 gair, mae angen %2)</translation>
    </message>
    <message>
        <source>readability</source>
        <translation>darllenadwyedd</translation>
    </message>
    <message>
        <source>Usage: localgov-author [--store PATH | --demo] [--page TITLE] [--site URL]
       localgov-author render FILE.md
       localgov-author check [--json] [--settings FILE.ini] FILE.md|FILE.html
       localgov-author export --store PATH FOLDER
       localgov-author import --store PATH FOLDER
       localgov-author sync --store PATH --site URL [--user NAME]
                      [--password-env VAR | --token-env VAR]
                      [--pull-only | --push-only] [--message TEXT]
       localgov-author --version

Write and check council web pages offline, then publish them to a LocalGov Drupal site.

  --store PATH   open the pages stored at PATH (created if missing)
  --demo         open a fresh temporary store with demo pages
  --page TITLE   open the page with this title first
  --site URL     sync with this site as the user editor (Basic), for this
                 session only; with --demo the password is read from the
                 environment variable LGA_DEMO_PASSWORD
  render FILE    print the sanitised HTML body the site would receive
  check FILE     check a page body for accessibility and plain English, one
                 line a finding (FILE:LINE:COLUMN: error|warning|tip: message
                 [rule]) and the readability; of a whole HTML page only &lt;main&gt;
                 is checked. Exit status 1 when there are errors.
    --json       print {&quot;findings&quot;:[...],&quot;readability&quot;:{...}} instead
    --settings FILE.ini  use the [Checker] settings in this file instead of
                 the app&apos;s
  export         write every page to FOLDER as Markdown with front matter
  import         read FOLDER back: known pages are updated, new ones added
  sync           bring the site&apos;s changes into the store, then send the
                 store&apos;s changes to the site; prints progress and exits 1 when
                 the sync failed, 3 when pages were refused or are in conflict
    --user NAME  sign in with this user name (Basic authentication), with the
                 password in the environment variable named by --password-env
    --token-env VAR  use the OAuth2 access token in this environment variable
    --message TEXT   the revision log message sent with every change
  --version      print the version
  --help         print this help
</source>
        <translation>Defnydd: localgov-author [--store PATH | --demo] [--page TITLE] [--site URL]
       localgov-author render FILE.md
       localgov-author check [--json] [--settings FILE.ini] FILE.md|FILE.html
       localgov-author export --store PATH FOLDER
       localgov-author import --store PATH FOLDER
       localgov-author sync --store PATH --site URL [--user NAME]
                      [--password-env VAR | --token-env VAR]
                      [--pull-only | --push-only] [--message TEXT]
       localgov-author --version

Ysgrifennu a gwirio tudalennau gwe&apos;r cyngor all-lein, yna eu cyhoeddi ar wefan LocalGov Drupal.

  --store PATH   agor y tudalennau sydd wedi&apos;u storio yn PATH (caiff ei chreu
                 os nad yw&apos;n bodoli)
  --demo         agor storfa dros dro newydd gyda thudalennau enghreifftiol
  --page TITLE   agor y dudalen sydd â&apos;r teitl hwn yn gyntaf
  --site URL     cysoni â&apos;r wefan hon fel y defnyddiwr editor (Basic), ar gyfer
                 y sesiwn hon yn unig; gyda --demo, caiff y cyfrinair ei
                 ddarllen o&apos;r newidyn amgylchedd LGA_DEMO_PASSWORD
  render FILE    argraffu&apos;r corff HTML glân y byddai&apos;r wefan yn ei gael
  check FILE     gwirio corff tudalen am hygyrchedd a Saesneg clir, un llinell
                 i bob canfyddiad (FILE:LINE:COLUMN: error|warning|tip: neges
                 [rheol]) a&apos;r darllenadwyedd; o dudalen HTML gyfan, dim ond
                 &lt;main&gt; sy&apos;n cael ei wirio. Statws gadael 1 pan fo gwallau.
    --json       argraffu {&quot;findings&quot;:[...],&quot;readability&quot;:{...}} yn lle hynny
    --settings FILE.ini  defnyddio gosodiadau [Checker] y ffeil hon yn lle
                 rhai&apos;r ap
  export         ysgrifennu pob tudalen i FOLDER fel Markdown gyda
                 rhagymadrodd (front matter)
  import         darllen FOLDER yn ôl: caiff tudalennau hysbys eu diweddaru,
                 ac ychwanegir rhai newydd
  sync           dod â newidiadau&apos;r wefan i&apos;r storfa, yna anfon newidiadau&apos;r
                 storfa i&apos;r wefan; mae&apos;n argraffu&apos;r cynnydd ac yn gadael â 1
                 pan fo&apos;r cysoni wedi methu, 3 pan wrthodwyd tudalennau neu
                 pan fo gwrthdaro
    --user NAME  mewngofnodi gyda&apos;r enw defnyddiwr hwn (dilysu Basic), gyda&apos;r
                 cyfrinair yn y newidyn amgylchedd a enwir gan --password-env
    --token-env VAR  defnyddio&apos;r tocyn mynediad OAuth2 sydd yn y newidyn
                 amgylchedd hwn
    --message TEXT   y neges log diwygiad a anfonir gyda phob newid
  --version      argraffu&apos;r fersiwn
  --help         argraffu&apos;r cymorth hwn
</translation>
    </message>
</context>
<context>
    <name>lga::app::Application</name>
    <message>
        <source>LocalGov Author</source>
        <translation>LocalGov Author</translation>
    </message>
    <message>
        <source>Open or create a store</source>
        <translation>Agor neu greu storfa</translation>
    </message>
    <message>
        <source>LocalGov Author stores (*.sqlite)</source>
        <translation>Storfeydd LocalGov Author (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>lga::app::CheckCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>methu darllen %1: %2</translation>
    </message>
    <message>
        <source>cannot read the settings file %1</source>
        <translation>methu darllen y ffeil gosodiadau %1</translation>
    </message>
</context>
<context>
    <name>lga::app::CommandLine</name>
    <message>
        <source>Try &apos;localgov-author --help&apos;.</source>
        <translation>Rhowch gynnig ar &apos;localgov-author --help&apos;.</translation>
    </message>
    <message>
        <source>render needs exactly one file.</source>
        <translation>mae angen union un ffeil ar render.</translation>
    </message>
    <message>
        <source>--settings needs a file name.</source>
        <translation>mae angen enw ffeil ar --settings.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Dewis anhysbys: %1</translation>
    </message>
    <message>
        <source>check needs exactly one file.</source>
        <translation>mae angen union un ffeil ar check.</translation>
    </message>
    <message>
        <source>Usage: localgov-author export --store PATH FOLDER</source>
        <translation>Defnydd: localgov-author export --store PATH FOLDER</translation>
    </message>
    <message>
        <source>Usage: localgov-author import --store PATH FOLDER</source>
        <translation>Defnydd: localgov-author import --store PATH FOLDER</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>mae angen gwerth ar %1.</translation>
    </message>
    <message>
        <source>sync needs --store PATH and --site URL.</source>
        <translation>mae angen --store PATH a --site URL ar sync.</translation>
    </message>
    <message>
        <source>Use either --password-env or --token-env, not both.</source>
        <translation>Defnyddiwch naill ai --password-env neu --token-env, nid y ddau.</translation>
    </message>
    <message>
        <source>--password-env needs --user NAME.</source>
        <translation>mae angen --user NAME ar --password-env.</translation>
    </message>
    <message>
        <source>Use either --pull-only or --push-only, not both.</source>
        <translation>Defnyddiwch naill ai --pull-only neu --push-only, nid y ddau.</translation>
    </message>
    <message>
        <source>--store needs a path.</source>
        <translation>mae angen llwybr ar --store.</translation>
    </message>
    <message>
        <source>--page needs a page title.</source>
        <translation>mae angen teitl tudalen ar --page.</translation>
    </message>
    <message>
        <source>--site needs a web address.</source>
        <translation>mae angen cyfeiriad gwe ar --site.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>mae angen enw ffeil ar --screenshot.</translation>
    </message>
    <message>
        <source>Use either --store or --demo, not both.</source>
        <translation>Defnyddiwch naill ai --store neu --demo, nid y ddau.</translation>
    </message>
</context>
<context>
    <name>lga::app::RenderCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>methu darllen %1: %2</translation>
    </message>
</context>
<context>
    <name>lga::app::SyncCommand</name>
    <message>
        <source>%1 is not a web address.</source>
        <translation>Nid yw %1 yn gyfeiriad gwe.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>Mae&apos;r newidyn amgylchedd %1 yn wag.</translation>
    </message>
    <message>
        <source>--user needs --password-env VAR: the password is never given on the command line.</source>
        <translation>mae angen --password-env VAR ar --user: ni roddir y cyfrinair byth ar y llinell orchymyn.</translation>
    </message>
    <message>
        <source>sync needs --user NAME with --password-env VAR, or --token-env VAR.</source>
        <translation>mae angen --user NAME gyda --password-env VAR, neu --token-env VAR, ar sync.</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (try %3).</source>
        <translation>%1 Rhoi cynnig arall arni ymhen %2 eiliad (ymgais %3).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Wrthi&apos;n cysylltu â %1…</translation>
    </message>
    <message>
        <source>Signed in as %1. Bringing in the site&apos;s changes…</source>
        <translation>Wedi mewngofnodi fel %1. Wrthi&apos;n dod â newidiadau&apos;r wefan i mewn…</translation>
    </message>
    <message>
        <source>Sending this store&apos;s changes…</source>
        <translation>Wrthi&apos;n anfon newidiadau&apos;r storfa hon…</translation>
    </message>
    <message numerus="yes">
        <source>  %n page(s) read</source>
        <translation>
            <numerusform>  %n tudalen wedi&apos;u darllen</numerusform>
            <numerusform>  %n dudalen wedi&apos;i darllen</numerusform>
            <numerusform>  %n tudalen wedi&apos;u darllen</numerusform>
            <numerusform>  %n tudalen wedi&apos;u darllen</numerusform>
            <numerusform>  %n tudalen wedi&apos;u darllen</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 of %2 sent</source>
        <translation>  Anfonwyd %1 o %2</translation>
    </message>
    <message>
        <source>Pulled %1, merged %2, created %3, updated %4, in conflict %5 (%6 requests).</source>
        <translation>Tynnwyd %1, cyfunwyd %2, crëwyd %3, diweddarwyd %4, mewn gwrthdaro %5 (%6 cais).</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
</context>
<context>
    <name>lga::check::CheckSettings</name>
    <message>
        <source>plan, list of aims (use &quot;agenda&quot; only for meetings)</source>
        <translation>plan, list of aims (defnyddiwch &quot;agenda&quot; ar gyfer cyfarfodydd yn unig)</translation>
    </message>
    <message>
        <source>improving, moving on (say what you are doing)</source>
        <translation>improving, moving on (dywedwch beth rydych chi&apos;n ei wneud)</translation>
    </message>
    <message>
        <source>work with</source>
        <translation>work with</translation>
    </message>
    <message>
        <source>stopping, reducing, solving</source>
        <translation>stopping, reducing, solving</translation>
    </message>
    <message>
        <source>plan to, will (say what you will do)</source>
        <translation>plan to, will (dywedwch beth fyddwch chi&apos;n ei wneud)</translation>
    </message>
    <message>
        <source>promise, will (say what you will do)</source>
        <translation>promise, will (dywedwch beth fyddwch chi&apos;n ei wneud)</translation>
    </message>
    <message>
        <source>answering, stopping</source>
        <translation>answering, stopping</translation>
    </message>
    <message>
        <source>make, provide, give (only pizzas, post and services are delivered)</source>
        <translation>make, provide, give (dim ond pitsas, post a gwasanaethau sy&apos;n cael eu &quot;delivered&quot;)</translation>
    </message>
    <message>
        <source>use, put in place (unless military or software)</source>
        <translation>use, put in place (oni bai ei fod yn filwrol neu&apos;n feddalwedd)</translation>
    </message>
    <message>
        <source>talk, discussion</source>
        <translation>talk, discussion</translation>
    </message>
    <message>
        <source>discourage, put off</source>
        <translation>discourage, put off</translation>
    </message>
    <message>
        <source>encourage</source>
        <translation>encourage</translation>
    </message>
    <message>
        <source>let, allow, help</source>
        <translation>let, allow, help</translation>
    </message>
    <message>
        <source>help, make possible (say what you are doing)</source>
        <translation>help, make possible (dywedwch beth rydych chi&apos;n ei wneud)</translation>
    </message>
    <message>
        <source>working on, concentrating on</source>
        <translation>working on, concentrating on</translation>
    </message>
    <message>
        <source>encourage, support (unless it is about children)</source>
        <translation>encourage, support (oni bai ei fod yn ymwneud â phlant)</translation>
    </message>
    <message>
        <source>affect, change, have an effect on (as a verb)</source>
        <translation>affect, change, have an effect on (fel berf)</translation>
    </message>
    <message>
        <source>start, begin</source>
        <translation>start, begin</translation>
    </message>
    <message>
        <source>important, main (unless it unlocks something)</source>
        <translation>important, main (oni bai ei fod yn datgloi rhywbeth)</translation>
    </message>
    <message>
        <source>get, win, achieve (as a verb)</source>
        <translation>get, win, achieve (fel berf)</translation>
    </message>
    <message>
        <source>use, influence (unless financial)</source>
        <translation>use, influence (oni bai ei fod yn ariannol)</translation>
    </message>
    <message>
        <source>work with, talk to</source>
        <translation>work with, talk to</translation>
    </message>
    <message>
        <source>overall, main, or leave it out</source>
        <translation>overall, main, neu gadewch y gair allan</translation>
    </message>
    <message>
        <source>move forward, develop, make progress (as a verb)</source>
        <translation>move forward, develop, make progress (fel berf)</translation>
    </message>
    <message>
        <source>recommend, support, encourage (unless marketing)</source>
        <translation>recommend, support, encourage (oni bai ei fod yn farchnata)</translation>
    </message>
    <message>
        <source>strong, well thought out (say why)</source>
        <translation>strong, well thought out (dywedwch pam)</translation>
    </message>
    <message>
        <source>reducing, cutting</source>
        <translation>reducing, cutting</translation>
    </message>
    <message>
        <source>simplify, speed up</source>
        <translation>simplify, speed up</translation>
    </message>
    <message>
        <source>increasing, improving (unless structures)</source>
        <translation>increasing, improving (oni bai ei fod yn ymwneud â strwythurau)</translation>
    </message>
    <message>
        <source>stopping, solving, dealing with (unless sport)</source>
        <translation>stopping, solving, dealing with (oni bai ei fod yn ymwneud â chwaraeon)</translation>
    </message>
    <message>
        <source>changing (say how you are changing it)</source>
        <translation>changing (dywedwch sut rydych chi&apos;n ei newid)</translation>
    </message>
    <message>
        <source>use</source>
        <translation>use</translation>
    </message>
    <message>
        <source>encourage, increase, lead to (unless vehicles)</source>
        <translation>encourage, increase, lead to (oni bai ei fod yn ymwneud â cherbydau)</translation>
    </message>
    <message>
        <source>remove, get rid of (unless cattle)</source>
        <translation>remove, get rid of (oni bai ei fod yn ymwneud â gwartheg)</translation>
    </message>
    <message>
        <source>from now on, in future</source>
        <translation>from now on, in future</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>one place (say what people can do there)</source>
        <translation>one place (dywedwch beth all pobl ei wneud yno)</translation>
    </message>
    <message>
        <source>keeping for, setting aside, protecting</source>
        <translation>keeping for, setting aside, protecting</translation>
    </message>
</context>
<context>
    <name>lga::check::Checker</name>
    <message>
        <source>This text&apos;s colour does not stand out enough from its background (%1:1; it needs %2:1).</source>
        <translation>Nid yw lliw&apos;r testun hwn yn sefyll allan ddigon o&apos;i gefndir (%1:1; mae angen %2:1).</translation>
    </message>
    <message>
        <source>People with low vision or colour blindness, or reading on a phone in sunlight, cannot read pale text. Use the site&apos;s normal text colour, or a darker one.</source>
        <translation>Ni all pobl â golwg gwan neu ddallineb lliw, na rhywun sy&apos;n darllen ar ffôn yng ngolau&apos;r haul, ddarllen testun gwelw. Defnyddiwch liw testun arferol y wefan, neu un tywyllach.</translation>
    </message>
    <message>
        <source>This heading has no text.</source>
        <translation>Does dim testun yn y pennawd hwn.</translation>
    </message>
    <message>
        <source>Screen reader users move around a page by its headings. An empty heading is announced with nothing to say. Add text or remove the heading.</source>
        <translation>Mae defnyddwyr darllenwyr sgrin yn symud o gwmpas tudalen yn ôl ei phenawdau. Caiff pennawd gwag ei gyhoeddi heb ddim i&apos;w ddweud. Ychwanegwch destun neu dilëwch y pennawd.</translation>
    </message>
    <message>
        <source>This heading is longer than %1 characters.</source>
        <translation>Mae&apos;r pennawd hwn yn hirach na %1 nod.</translation>
    </message>
    <message>
        <source>Headings help people find their way through the page. Keep them short and put the detail in the text below.</source>
        <translation>Mae penawdau&apos;n helpu pobl i ganfod eu ffordd drwy&apos;r dudalen. Cadwch nhw&apos;n fyr a rhowch y manylion yn y testun oddi tanynt.</translation>
    </message>
    <message>
        <source>This is a level 1 heading, but the page title is already the level 1 heading.</source>
        <translation>Pennawd lefel 1 yw hwn, ond teitl y dudalen yw&apos;r pennawd lefel 1 yn barod.</translation>
    </message>
    <message>
        <source>A page should have one main heading. Use level 2 for the sections of the body.</source>
        <translation>Dylai fod gan dudalen un prif bennawd. Defnyddiwch lefel 2 ar gyfer adrannau&apos;r corff.</translation>
    </message>
    <message>
        <source>This heading skips a level.</source>
        <translation>Mae&apos;r pennawd hwn yn neidio dros lefel.</translation>
    </message>
    <message>
        <source>Headings show how the page is organised. Going from a level 2 to a level 4 heading suggests something is missing. Use the next level down.</source>
        <translation>Mae penawdau&apos;n dangos sut mae&apos;r dudalen wedi&apos;i threfnu. Mae mynd o bennawd lefel 2 i bennawd lefel 4 yn awgrymu bod rhywbeth ar goll. Defnyddiwch y lefel nesaf i lawr.</translation>
    </message>
    <message>
        <source>This bold line looks like a heading, but it is not one.</source>
        <translation>Mae&apos;r llinell drwm hon yn edrych fel pennawd, ond nid pennawd yw hi.</translation>
    </message>
    <message>
        <source>Screen reader users jump between headings to find their way, and they cannot find bold text that way. If it starts a section, make it a heading.</source>
        <translation>Mae defnyddwyr darllenwyr sgrin yn neidio rhwng penawdau i ganfod eu ffordd, ac ni allan nhw ganfod testun trwm felly. Os yw&apos;n dechrau adran, gwnewch hi&apos;n bennawd.</translation>
    </message>
    <message>
        <source>This quotation is very short. Is it a heading formatted as a quotation?</source>
        <translation>Mae&apos;r dyfyniad hwn yn fyr iawn. Ai pennawd ydyw wedi&apos;i fformatio fel dyfyniad?</translation>
    </message>
    <message>
        <source>Screen readers announce a quotation, not a heading, so people cannot use it to find their way. If it starts a section, make it a heading; use quotation formatting only for quotes.</source>
        <translation>Mae darllenwyr sgrin yn cyhoeddi dyfyniad, nid pennawd, felly ni all pobl ei ddefnyddio i ganfod eu ffordd. Os yw&apos;n dechrau adran, gwnewch ef yn bennawd; defnyddiwch fformat dyfynnu ar gyfer dyfyniadau yn unig.</translation>
    </message>
    <message>
        <source>This image has no alt text.</source>
        <translation>Does dim testun amgen gan y ddelwedd hon.</translation>
    </message>
    <message>
        <source>Screen readers read out the file name or say nothing, so people who cannot see the image miss what it shows. Describe it, or mark it as decorative.</source>
        <translation>Mae darllenwyr sgrin yn darllen enw&apos;r ffeil neu&apos;n dweud dim, felly mae pobl na allan nhw weld y ddelwedd yn colli&apos;r hyn mae&apos;n ei ddangos. Disgrifiwch hi, neu nodwch ei bod yn addurnol.</translation>
    </message>
    <message>
        <source>This image is marked as decorative, so screen readers skip it.</source>
        <translation>Mae&apos;r ddelwedd hon wedi&apos;i nodi&apos;n addurnol, felly mae darllenwyr sgrin yn ei hepgor.</translation>
    </message>
    <message>
        <source>Check that it adds nothing a reader needs. If it carries information, describe it in alt text.</source>
        <translation>Gwiriwch nad yw&apos;n ychwanegu dim y mae ar ddarllenydd ei angen. Os yw&apos;n cyfleu gwybodaeth, disgrifiwch hi mewn testun amgen.</translation>
    </message>
    <message>
        <source>This image&apos;s alt text is only spaces.</source>
        <translation>Dim ond bylchau sydd yn nhestun amgen y ddelwedd hon.</translation>
    </message>
    <message>
        <source>Some screen readers then read the file name. Write a description, or leave the alt text empty if the image is decorative.</source>
        <translation>Yna mae rhai darllenwyr sgrin yn darllen enw&apos;r ffeil. Ysgrifennwch ddisgrifiad, neu gadewch y testun amgen yn wag os yw&apos;r ddelwedd yn addurnol.</translation>
    </message>
    <message>
        <source>This image&apos;s alt text is a file name.</source>
        <translation>Enw ffeil yw testun amgen y ddelwedd hon.</translation>
    </message>
    <message>
        <source>A file name tells a screen reader user nothing about the image. Describe what the image shows.</source>
        <translation>Nid yw enw ffeil yn dweud dim am y ddelwedd wrth ddefnyddiwr darllenydd sgrin. Disgrifiwch yr hyn mae&apos;r ddelwedd yn ei ddangos.</translation>
    </message>
    <message>
        <source>This image&apos;s alt text is a placeholder word.</source>
        <translation>Gair llenwi yw testun amgen y ddelwedd hon.</translation>
    </message>
    <message>
        <source>A word like &quot;image&quot; or &quot;logo&quot; does not say what the image shows. Describe it, or name the organisation for a logo.</source>
        <translation>Nid yw gair fel &quot;image&quot; neu &quot;logo&quot; yn dweud beth mae&apos;r ddelwedd yn ei ddangos. Disgrifiwch hi, neu enwch y sefydliad ar gyfer logo.</translation>
    </message>
    <message>
        <source>This image&apos;s alt text starts with words like &quot;image of&quot;.</source>
        <translation>Mae testun amgen y ddelwedd hon yn dechrau â geiriau fel &quot;image of&quot;.</translation>
    </message>
    <message>
        <source>Screen readers already say it is an image. Start with what it shows.</source>
        <translation>Mae darllenwyr sgrin eisoes yn dweud mai delwedd yw hi. Dechreuwch â&apos;r hyn mae&apos;n ei ddangos.</translation>
    </message>
    <message>
        <source>This image&apos;s alt text is longer than %1 characters.</source>
        <translation>Mae testun amgen y ddelwedd hon yn hirach na %1 nod.</translation>
    </message>
    <message>
        <source>Long alt text cannot be paused or skimmed. Keep it short and put the detail in the page text or a caption.</source>
        <translation>Ni ellir oedi na bwrw golwg dros destun amgen hir. Cadwch ef yn fyr a rhowch y manylion yn nhestun y dudalen neu mewn capsiwn.</translation>
    </message>
    <message>
        <source>This image&apos;s alt text repeats the text of its link.</source>
        <translation>Mae testun amgen y ddelwedd hon yn ailadrodd testun ei dolen.</translation>
    </message>
    <message>
        <source>Screen readers read the same words twice. Leave the image&apos;s alt text empty, or describe something the link text does not say.</source>
        <translation>Mae darllenwyr sgrin yn darllen yr un geiriau ddwywaith. Gadewch destun amgen y ddelwedd yn wag, neu disgrifiwch rywbeth nad yw testun y ddolen yn ei ddweud.</translation>
    </message>
    <message>
        <source>This linked image has no alt text.</source>
        <translation>Does dim testun amgen gan y ddelwedd hon sy&apos;n ddolen.</translation>
    </message>
    <message>
        <source>The image is all there is in the link, so screen readers cannot say where it goes. Give the image alt text that describes the destination.</source>
        <translation>Y ddelwedd yw&apos;r unig beth yn y ddolen, felly ni all darllenwyr sgrin ddweud i ble mae&apos;n mynd. Rhowch destun amgen i&apos;r ddelwedd sy&apos;n disgrifio&apos;r gyrchfan.</translation>
    </message>
    <message>
        <source>This link has no text.</source>
        <translation>Does dim testun gan y ddolen hon.</translation>
    </message>
    <message>
        <source>Screen readers announce it as just &quot;link&quot;, and keyboard users see nothing to click. Add text that says where it goes.</source>
        <translation>Mae darllenwyr sgrin yn ei chyhoeddi fel &quot;dolen&quot; yn unig, ac nid yw defnyddwyr bysellfwrdd yn gweld dim i&apos;w glicio. Ychwanegwch destun sy&apos;n dweud i ble mae&apos;n mynd.</translation>
    </message>
    <message>
        <source>This link&apos;s text does not say where it goes.</source>
        <translation>Nid yw testun y ddolen hon yn dweud i ble mae&apos;n mynd.</translation>
    </message>
    <message>
        <source>People who use screen readers often list the links on a page. &quot;Click here&quot; or &quot;read more&quot; means nothing there. Use words that describe the destination.</source>
        <translation>Mae pobl sy&apos;n defnyddio darllenwyr sgrin yn aml yn rhestru&apos;r dolenni ar dudalen. Nid yw &quot;Click here&quot; neu &quot;read more&quot; yn golygu dim yno. Defnyddiwch eiriau sy&apos;n disgrifio&apos;r gyrchfan.</translation>
    </message>
    <message>
        <source>This link&apos;s text is a web address.</source>
        <translation>Cyfeiriad gwe yw testun y ddolen hon.</translation>
    </message>
    <message>
        <source>Screen readers read addresses out letter by letter, and they are hard to read. Use words that describe the destination.</source>
        <translation>Mae darllenwyr sgrin yn darllen cyfeiriadau fesul llythyren, ac maen nhw&apos;n anodd eu darllen. Defnyddiwch eiriau sy&apos;n disgrifio&apos;r gyrchfan.</translation>
    </message>
    <message>
        <source>This link opens a document, but its text does not say what kind.</source>
        <translation>Mae&apos;r ddolen hon yn agor dogfen, ond nid yw ei thestun yn dweud pa fath.</translation>
    </message>
    <message>
        <source>People need to know before they follow it that a download or another program will open. Add the file type and size, for example &quot;(PDF, 1.2 MB)&quot;.</source>
        <translation>Mae angen i bobl wybod cyn ei dilyn y bydd lawrlwythiad neu raglen arall yn agor. Ychwanegwch y math o ffeil a&apos;i maint, er enghraifft &quot;(PDF, 1.2 MB)&quot;.</translation>
    </message>
    <message>
        <source>This link opens in a new tab without saying so.</source>
        <translation>Mae&apos;r ddolen hon yn agor mewn tab newydd heb ddweud hynny.</translation>
    </message>
    <message>
        <source>A new tab can disorient people, and the back button no longer works. Open the link in the same tab, or add &quot;(opens in a new tab)&quot; to its text.</source>
        <translation>Gall tab newydd ddrysu pobl, ac nid yw&apos;r botwm yn ôl yn gweithio mwyach. Agorwch y ddolen yn yr un tab, neu ychwanegwch &quot;(opens in a new tab)&quot; at ei thestun.</translation>
    </message>
    <message>
        <source>Another link on this page has the same text but goes somewhere else.</source>
        <translation>Mae gan ddolen arall ar y dudalen hon yr un testun ond mae&apos;n mynd i rywle arall.</translation>
    </message>
    <message>
        <source>People who list the links on a page cannot tell them apart. Give each link text that says where it goes.</source>
        <translation>Ni all pobl sy&apos;n rhestru&apos;r dolenni ar dudalen wahaniaethu rhyngddynt. Rhowch destun i bob dolen sy&apos;n dweud i ble mae&apos;n mynd.</translation>
    </message>
    <message>
        <source>This link goes to a part of the page that does not exist.</source>
        <translation>Mae&apos;r ddolen hon yn mynd i ran o&apos;r dudalen nad yw&apos;n bodoli.</translation>
    </message>
    <message>
        <source>Nothing on the page has the id it points to, so the link does nothing. Check the spelling, or add the id to the heading it should go to.</source>
        <translation>Does gan ddim byd ar y dudalen yr id mae&apos;n pwyntio ato, felly nid yw&apos;r ddolen yn gwneud dim. Gwiriwch y sillafu, neu ychwanegwch yr id at y pennawd y dylai fynd iddo.</translation>
    </message>
    <message>
        <source>These lines look like a list, but they are not one.</source>
        <translation>Mae&apos;r llinellau hyn yn edrych fel rhestr, ond nid rhestr ydyn nhw.</translation>
    </message>
    <message>
        <source>Screen readers say how many items a real list has and let people move through them. Typed dashes, bullets or numbers are read out as text. Make it a list.</source>
        <translation>Mae darllenwyr sgrin yn dweud faint o eitemau sydd mewn rhestr go iawn ac yn gadael i bobl symud drwyddynt. Caiff llinellau toriad, bwledi neu rifau wedi&apos;u teipio eu darllen fel testun. Gwnewch hi&apos;n rhestr.</translation>
    </message>
    <message>
        <source>Another element on this page has the same id &quot;%1&quot;.</source>
        <translation>Mae gan elfen arall ar y dudalen hon yr un id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Links to a part of the page, and screen readers, use the first element with an id and miss this one. Give each id a different name.</source>
        <translation>Mae dolenni i ran o&apos;r dudalen, a darllenwyr sgrin, yn defnyddio&apos;r elfen gyntaf sydd â&apos;r id ac yn methu&apos;r un hon. Rhowch enw gwahanol i bob id.</translation>
    </message>
    <message>
        <source>This embedded frame has no title.</source>
        <translation>Does dim teitl gan y ffrâm fewnosodedig hon.</translation>
    </message>
    <message>
        <source>Screen readers announce a frame by its title, so people can decide whether to go into it. Add a title that says what it holds, such as &quot;Map of Wardown Park&quot;.</source>
        <translation>Mae darllenwyr sgrin yn cyhoeddi ffrâm yn ôl ei theitl, fel y gall pobl benderfynu a ydyn nhw am fynd iddi. Ychwanegwch deitl sy&apos;n dweud beth sydd ynddi, fel &quot;Map of Wardown Park&quot;.</translation>
    </message>
    <message>
        <source>Markdown does not allow a &lt;%1&gt; element, so the website will show its code as text instead.</source>
        <translation>Nid yw Markdown yn caniatáu elfen &lt;%1&gt;, felly bydd y wefan yn dangos ei chod fel testun yn lle hynny.</translation>
    </message>
    <message>
        <source>Embedded frames, scripts and styles cannot be written in Markdown. Ask the web team to add the embed, or link to it instead.</source>
        <translation>Ni ellir ysgrifennu fframiau mewnosodedig, sgriptiau ac arddulliau yn Markdown. Gofynnwch i&apos;r tîm gwe ychwanegu&apos;r elfen fewnosodedig, neu rhowch ddolen iddi yn lle hynny.</translation>
    </message>
    <message>
        <source>Check that this audio has a transcript.</source>
        <translation>Gwiriwch fod trawsgrifiad gan y sain hon.</translation>
    </message>
    <message>
        <source>People who are deaf or hard of hearing need the words in writing. Link to a transcript next to the audio.</source>
        <translation>Mae angen y geiriau yn ysgrifenedig ar bobl fyddar neu drwm eu clyw. Rhowch ddolen i drawsgrifiad wrth ymyl y sain.</translation>
    </message>
    <message>
        <source>Check that this video has accurate captions.</source>
        <translation>Gwiriwch fod capsiynau cywir gan y fideo hwn.</translation>
    </message>
    <message>
        <source>People who are deaf or hard of hearing, or watching without sound, rely on captions. Automatic captions are often wrong: check them, and correct them if needed.</source>
        <translation>Mae pobl fyddar neu drwm eu clyw, neu sy&apos;n gwylio heb sain, yn dibynnu ar gapsiynau. Mae capsiynau awtomatig yn aml yn anghywir: gwiriwch nhw, a&apos;u cywiro os oes angen.</translation>
    </message>
    <message>
        <source>The council&apos;s website accepts only some kinds of markup, and removes the rest when the page is published. Do not rely on it: readers will not get it.</source>
        <translation>Dim ond rhai mathau o farcio mae gwefan y cyngor yn eu derbyn, ac mae&apos;n dileu&apos;r gweddill pan gaiff y dudalen ei chyhoeddi. Peidiwch â dibynnu arno: ni fydd darllenwyr yn ei gael.</translation>
    </message>
    <message>
        <source>The website will remove this &lt;%1&gt; element and everything in it.</source>
        <translation>Bydd y wefan yn dileu&apos;r elfen &lt;%1&gt; hon a phopeth sydd ynddi.</translation>
    </message>
    <message>
        <source>The website will remove the &lt;%1&gt; tag here; only the text in it stays.</source>
        <translation>Bydd y wefan yn dileu&apos;r tag &lt;%1&gt; yma; dim ond y testun sydd ynddo fydd yn aros.</translation>
    </message>
    <message>
        <source>The website will remove these attributes from this &lt;%1&gt; element: %2.</source>
        <translation>Bydd y wefan yn dileu&apos;r priodoleddau hyn o&apos;r elfen &lt;%1&gt; hon: %2.</translation>
    </message>
    <message>
        <source>This table header cell is empty.</source>
        <translation>Mae&apos;r gell pennyn tabl hon yn wag.</translation>
    </message>
    <message>
        <source>Screen readers read each cell with its row or column header. An empty header leaves people guessing what the cells below mean. Add a header, even a short one.</source>
        <translation>Mae darllenwyr sgrin yn darllen pob cell gyda phennyn ei rhes neu ei cholofn. Mae pennyn gwag yn gadael pobl i ddyfalu beth mae&apos;r celloedd oddi tano&apos;n ei olygu. Ychwanegwch bennyn, hyd yn oed un byr.</translation>
    </message>
    <message>
        <source>This table seems to be used for layout.</source>
        <translation>Mae&apos;n ymddangos bod y tabl hwn yn cael ei ddefnyddio ar gyfer gosodiad.</translation>
    </message>
    <message>
        <source>Screen readers announce rows and columns, which makes no sense for layout, and the layout breaks on small screens. Use headings, paragraphs and lists instead. If it is a table of data, give it header cells.</source>
        <translation>Mae darllenwyr sgrin yn cyhoeddi rhesi a cholofnau, sy&apos;n gwneud dim synnwyr ar gyfer gosodiad, ac mae&apos;r gosodiad yn torri ar sgriniau bach. Defnyddiwch benawdau, paragraffau a rhestrau yn lle hynny. Os yw&apos;n dabl data, rhowch gelloedd pennyn iddo.</translation>
    </message>
    <message>
        <source>This table has no header cells.</source>
        <translation>Does dim celloedd pennyn yn y tabl hwn.</translation>
    </message>
    <message>
        <source>Screen readers read each cell with its row or column header, so without headers people hear values without knowing what they are. Make the first row (or column) header cells.</source>
        <translation>Mae darllenwyr sgrin yn darllen pob cell gyda phennyn ei rhes neu ei cholofn, felly heb benynnau mae pobl yn clywed gwerthoedd heb wybod beth ydyn nhw. Gwnewch y rhes gyntaf (neu&apos;r golofn gyntaf) yn gelloedd pennyn.</translation>
    </message>
    <message>
        <source>This heading is inside a table.</source>
        <translation>Mae&apos;r pennawd hwn y tu mewn i dabl.</translation>
    </message>
    <message>
        <source>Headings in a table break the outline of the page that screen reader users move through, and the table&apos;s structure too. Put the heading above the table, or use header cells.</source>
        <translation>Mae penawdau mewn tabl yn torri amlinelliad y dudalen y mae defnyddwyr darllenwyr sgrin yn symud drwyddo, a strwythur y tabl hefyd. Rhowch y pennawd uwchben y tabl, neu defnyddiwch gelloedd pennyn.</translation>
    </message>
    <message>
        <source>This text is in capital letters.</source>
        <translation>Mae&apos;r testun hwn mewn priflythrennau.</translation>
    </message>
    <message>
        <source>Text in capitals is harder to read: words lose the shapes people recognise them by, and it can feel like shouting. Some screen readers spell it out letter by letter. Use sentence case, and bold for emphasis.</source>
        <translation>Mae testun mewn priflythrennau&apos;n anoddach ei ddarllen: mae geiriau&apos;n colli&apos;r siapiau mae pobl yn eu hadnabod wrthynt, a gall deimlo fel gweiddi. Mae rhai darllenwyr sgrin yn ei sillafu fesul llythyren. Defnyddiwch briflythyren ar ddechrau brawddeg yn unig, a thestun trwm i bwysleisio.</translation>
    </message>
    <message>
        <source>This text is underlined.</source>
        <translation>Mae&apos;r testun hwn wedi&apos;i danlinellu.</translation>
    </message>
    <message>
        <source>On the web, underlined text looks like a link, and people will try to click it. Use bold for emphasis instead.</source>
        <translation>Ar y we, mae testun wedi&apos;i danlinellu&apos;n edrych fel dolen, a bydd pobl yn ceisio ei glicio. Defnyddiwch destun trwm i bwysleisio yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>lga::check::PlainEnglish</name>
    <message numerus="yes">
        <source>This sentence has %n words.</source>
        <translation>
            <numerusform>Mae gan y frawddeg hon %n gair.</numerusform>
            <numerusform>Mae gan y frawddeg hon %n gair.</numerusform>
            <numerusform>Mae gan y frawddeg hon %n gair.</numerusform>
            <numerusform>Mae gan y frawddeg hon %n gair.</numerusform>
            <numerusform>Mae gan y frawddeg hon %n gair.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long sentences are hard to follow, and harder still for people with learning disabilities or reading in a second language. GOV.UK advises no more than %n words. Split it, or cut words that add nothing.</source>
        <translation>
            <numerusform>Mae brawddegau hir yn anodd eu dilyn, ac yn anoddach fyth i bobl ag anableddau dysgu neu sy&apos;n darllen mewn ail iaith. Mae GOV.UK yn cynghori dim mwy na %n gair. Rhannwch hi, neu torrwch eiriau nad ydyn nhw&apos;n ychwanegu dim.</numerusform>
            <numerusform>Mae brawddegau hir yn anodd eu dilyn, ac yn anoddach fyth i bobl ag anableddau dysgu neu sy&apos;n darllen mewn ail iaith. Mae GOV.UK yn cynghori dim mwy na %n gair. Rhannwch hi, neu torrwch eiriau nad ydyn nhw&apos;n ychwanegu dim.</numerusform>
            <numerusform>Mae brawddegau hir yn anodd eu dilyn, ac yn anoddach fyth i bobl ag anableddau dysgu neu sy&apos;n darllen mewn ail iaith. Mae GOV.UK yn cynghori dim mwy na %n gair. Rhannwch hi, neu torrwch eiriau nad ydyn nhw&apos;n ychwanegu dim.</numerusform>
            <numerusform>Mae brawddegau hir yn anodd eu dilyn, ac yn anoddach fyth i bobl ag anableddau dysgu neu sy&apos;n darllen mewn ail iaith. Mae GOV.UK yn cynghori dim mwy na %n gair. Rhannwch hi, neu torrwch eiriau nad ydyn nhw&apos;n ychwanegu dim.</numerusform>
            <numerusform>Mae brawddegau hir yn anodd eu dilyn, ac yn anoddach fyth i bobl ag anableddau dysgu neu sy&apos;n darllen mewn ail iaith. Mae GOV.UK yn cynghori dim mwy na %n gair. Rhannwch hi, neu torrwch eiriau nad ydyn nhw&apos;n ychwanegu dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try a plainer word than &quot;%1&quot;.</source>
        <translation>Rhowch gynnig ar air symlach na &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Instead of &quot;%1&quot;, try: %2.</source>
        <translation>Yn lle &quot;%1&quot;, rhowch gynnig ar: %2.</translation>
    </message>
    <message>
        <source>GOV.UK asks for plain English. Words like this are vague or jargon, so readers have to work out what you mean. Plain words help everyone, and people reading in a second language most.</source>
        <translation>Mae GOV.UK yn gofyn am Saesneg clir. Mae geiriau fel hyn yn amwys neu&apos;n jargon, felly mae&apos;n rhaid i ddarllenwyr weithio allan beth rydych chi&apos;n ei olygu. Mae geiriau clir yn helpu pawb, a phobl sy&apos;n darllen mewn ail iaith fwyaf oll.</translation>
    </message>
    <message>
        <source>This page is hard to read: its reading ease score is %1 out of 100, a reading age of about %2.</source>
        <translation>Mae&apos;r dudalen hon yn anodd ei darllen: ei sgôr rhwyddineb darllen yw %1 allan o 100, sef oedran darllen o tua %2.</translation>
    </message>
    <message>
        <source>GOV.UK writes for a reading age of 9: people read plain text faster and understand more of it, whatever their reading age. Use shorter sentences and shorter, common words.</source>
        <translation>Mae GOV.UK yn ysgrifennu ar gyfer oedran darllen o 9: mae pobl yn darllen testun clir yn gyflymach ac yn deall mwy ohono, beth bynnag yw eu hoedran darllen. Defnyddiwch frawddegau byrrach a geiriau byrrach, cyffredin.</translation>
    </message>
</context>
<context>
    <name>lga::check::Repairs</name>
    <message>
        <source>Make it a list</source>
        <translation>Ei gwneud yn rhestr</translation>
    </message>
    <message>
        <source>Change to sentence case</source>
        <translation>Newid i briflythyren ar ddechrau brawddeg yn unig</translation>
    </message>
    <message>
        <source>Make it a level 2 heading</source>
        <translation>Ei wneud yn bennawd lefel 2</translation>
    </message>
    <message>
        <source>Fix the heading level</source>
        <translation>Cywiro lefel y pennawd</translation>
    </message>
    <message>
        <source>Add file type and size</source>
        <translation>Ychwanegu math a maint y ffeil</translation>
    </message>
    <message>
        <source>Write alt text…</source>
        <translation>Ysgrifennu testun amgen…</translation>
    </message>
    <message>
        <source>Mark as decorative</source>
        <translation>Nodi ei bod yn addurnol</translation>
    </message>
    <message>
        <source>Rewrite link text…</source>
        <translation>Ailysgrifennu testun y ddolen…</translation>
    </message>
</context>
<context>
    <name>lga::core</name>
    <message>
        <source>Service page</source>
        <translation>Tudalen gwasanaeth</translation>
    </message>
    <message>
        <source>Service landing page</source>
        <translation>Tudalen lanio gwasanaeth</translation>
    </message>
    <message>
        <source>Service sub-landing page</source>
        <translation>Is-dudalen lanio gwasanaeth</translation>
    </message>
    <message>
        <source>Guide overview</source>
        <translation>Trosolwg canllaw</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Tudalen canllaw</translation>
    </message>
    <message>
        <source>News article</source>
        <translation>Erthygl newyddion</translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation>Ystafell newyddion</translation>
    </message>
    <message>
        <source>Step-by-step overview</source>
        <translation>Trosolwg cam wrth gam</translation>
    </message>
    <message>
        <source>Step-by-step page</source>
        <translation>Tudalen cam wrth gam</translation>
    </message>
</context>
<context>
    <name>lga::core::FieldDefinition</name>
    <message>
        <source>Top tasks</source>
        <translation>Prif dasgau</translation>
    </message>
    <message>
        <source>The most common things people come to this page to do. At most 6.</source>
        <translation>Y pethau mwyaf cyffredin y daw pobl i&apos;r dudalen hon i&apos;w gwneud. Chwech ar y mwyaf.</translation>
    </message>
    <message>
        <source>Parent page</source>
        <translation>Tudalen rhiant</translation>
    </message>
    <message>
        <source>The landing or sub-landing page this page sits under. It sets the breadcrumb and the web address.</source>
        <translation>Y dudalen lanio neu is-dudalen lanio y mae&apos;r dudalen hon oddi tani. Mae&apos;n pennu&apos;r briwsion bara a&apos;r cyfeiriad gwe.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Pynciau</translation>
    </message>
    <message>
        <source>Separate topics with commas.</source>
        <translation>Rhowch goma rhwng pynciau.</translation>
    </message>
    <message>
        <source>Related links</source>
        <translation>Dolenni cysylltiedig</translation>
    </message>
    <message>
        <source>Links to other pages that help with the same task.</source>
        <translation>Dolenni i dudalennau eraill sy&apos;n helpu gyda&apos;r un dasg.</translation>
    </message>
    <message>
        <source>Show only my related links</source>
        <translation>Dangos fy nolenni cysylltiedig i yn unig</translation>
    </message>
    <message>
        <source>Replace the links the site would suggest with the ones above.</source>
        <translation>Rhoi&apos;r dolenni uchod yn lle&apos;r rhai y byddai&apos;r wefan yn eu hawgrymu.</translation>
    </message>
    <message>
        <source>Hide related topics</source>
        <translation>Cuddio pynciau cysylltiedig</translation>
    </message>
    <message>
        <source>Leave ticked unless the topics help readers find similar pages.</source>
        <translation>Gadewch hwn wedi&apos;i dicio oni bai bod y pynciau&apos;n helpu darllenwyr i ganfod tudalennau tebyg.</translation>
    </message>
    <message>
        <source>Child pages</source>
        <translation>Tudalennau plentyn</translation>
    </message>
    <message>
        <source>The pages listed on this landing page, in order.</source>
        <translation>Y tudalennau a restrir ar y dudalen lanio hon, yn eu trefn.</translation>
    </message>
    <message>
        <source>Popular topics</source>
        <translation>Pynciau poblogaidd</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Oriau agor</translation>
    </message>
    <message>
        <source>Link to map</source>
        <translation>Dolen i fap</translation>
    </message>
    <message>
        <source>Guide contents list</source>
        <translation>Rhestr cynnwys y canllaw</translation>
    </message>
    <message>
        <source>Bulleted</source>
        <translation>Bwledi</translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation>Rhifau</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Teitl yr adran</translation>
    </message>
    <message>
        <source>The overview&apos;s own title in the guide&apos;s contents list.</source>
        <translation>Teitl y trosolwg ei hun yn rhestr cynnwys y canllaw.</translation>
    </message>
    <message>
        <source>Guide pages</source>
        <translation>Tudalennau&apos;r canllaw</translation>
    </message>
    <message>
        <source>The pages of the guide, in reading order.</source>
        <translation>Tudalennau&apos;r canllaw, yn y drefn darllen.</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Canllaw</translation>
    </message>
    <message>
        <source>The guide overview this page belongs to.</source>
        <translation>Y trosolwg canllaw y mae&apos;r dudalen hon yn perthyn iddo.</translation>
    </message>
    <message>
        <source>The page&apos;s title in the guide&apos;s contents list.</source>
        <translation>Teitl y dudalen yn rhestr cynnwys y canllaw.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Delwedd</translation>
    </message>
    <message>
        <source>The article&apos;s main image. It needs alt text.</source>
        <translation>Prif ddelwedd yr erthygl. Mae angen testun amgen arni.</translation>
    </message>
    <message>
        <source>News date</source>
        <translation>Dyddiad y newyddion</translation>
    </message>
    <message>
        <source>Newsroom</source>
        <translation>Ystafell newyddion</translation>
    </message>
    <message>
        <source>The newsroom that lists this article.</source>
        <translation>Yr ystafell newyddion sy&apos;n rhestru&apos;r erthygl hon.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorïau</translation>
    </message>
    <message>
        <source>Related news</source>
        <translation>Newyddion cysylltiedig</translation>
    </message>
    <message>
        <source>Up to 3 other articles.</source>
        <translation>Hyd at 3 erthygl arall.</translation>
    </message>
    <message>
        <source>Featured news</source>
        <translation>Newyddion dan sylw</translation>
    </message>
    <message>
        <source>Up to 3 articles shown first.</source>
        <translation>Hyd at 3 erthygl a ddangosir gyntaf.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>The steps, in order.</source>
        <translation>Y camau, yn eu trefn.</translation>
    </message>
    <message>
        <source>Step-by-step</source>
        <translation>Cam wrth gam</translation>
    </message>
    <message>
        <source>The step-by-step overview this step belongs to.</source>
        <translation>Y trosolwg cam wrth gam y mae&apos;r cam hwn yn perthyn iddo.</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Teitl y cam</translation>
    </message>
    <message>
        <source>The step&apos;s title in the list of steps.</source>
        <translation>Teitl y cam yn y rhestr o gamau.</translation>
    </message>
    <message>
        <source>Step summary</source>
        <translation>Crynodeb o&apos;r cam</translation>
    </message>
</context>
<context>
    <name>lga::core::FieldValidator</name>
    <message>
        <source>Give the page a title.</source>
        <translation>Rhowch deitl i&apos;r dudalen.</translation>
    </message>
    <message>
        <source>The title is %1 characters long; the site takes at most 255.</source>
        <translation>Mae&apos;r teitl yn %1 nod o hyd; mae&apos;r wefan yn derbyn 255 ar y mwyaf.</translation>
    </message>
    <message>
        <source>The site requires a summary for a %1. Say in a sentence or two what the page is for.</source>
        <translation>Mae&apos;r wefan yn gofyn am grynodeb ar gyfer %1. Dywedwch mewn brawddeg neu ddwy beth yw pwrpas y dudalen.</translation>
    </message>
    <message>
        <source>The site requires a body text.</source>
        <translation>Mae&apos;r wefan yn gofyn am destun yn y corff.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Mae angen %1.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>Rhaid i %1 fod yn destun.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the site takes at most 255.</source>
        <translation>Mae %1 yn %2 nod o hyd; mae&apos;r wefan yn derbyn 255 ar y mwyaf.</translation>
    </message>
    <message>
        <source>%1 has a value the site does not offer.</source>
        <translation>Mae gan %1 werth nad yw&apos;r wefan yn ei gynnig.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>Rhaid i %1 fod yn ie neu na.</translation>
    </message>
    <message>
        <source>%1 is not a date. Use a date such as 2026-03-31.</source>
        <translation>Nid yw %1 yn ddyddiad. Defnyddiwch ddyddiad fel 2026-03-31.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>Rhaid i %1 fod yn rhestr.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n item(s); remove %2.</source>
        <translation>
            <numerusform>Mae %1 yn derbyn %n eitem ar y mwyaf; tynnwch %2.</numerusform>
            <numerusform>Mae %1 yn derbyn %n eitem ar y mwyaf; tynnwch %2.</numerusform>
            <numerusform>Mae %1 yn derbyn %n eitem ar y mwyaf; tynnwch %2.</numerusform>
            <numerusform>Mae %1 yn derbyn %n eitem ar y mwyaf; tynnwch %2.</numerusform>
            <numerusform>Mae %1 yn derbyn %n eitem ar y mwyaf; tynnwch %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link %1 in %2 has no address.</source>
        <translation>Does dim cyfeiriad gan ddolen %1 yn %2.</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a web address. Use a full address starting with https:// or a site path starting with /.</source>
        <translation>Nid yw “%1” yn %2 yn gyfeiriad gwe. Defnyddiwch gyfeiriad llawn sy&apos;n dechrau â https:// neu lwybr ar y wefan sy&apos;n dechrau â /.</translation>
    </message>
    <message>
        <source>Link %1 in %2 needs link text.</source>
        <translation>Mae angen testun dolen ar ddolen %1 yn %2.</translation>
    </message>
    <message>
        <source>Item %1 in %2 is a page that is no longer in the store.</source>
        <translation>Mae eitem %1 yn %2 yn dudalen nad yw yn y storfa mwyach.</translation>
    </message>
    <message>
        <source>Item %1 in %2 is a %3, which the site does not accept here.</source>
        <translation>Mae eitem %1 yn %2 yn %3, ac nid yw&apos;r wefan yn derbyn hynny yma.</translation>
    </message>
    <message>
        <source>%1 has an empty item; remove it.</source>
        <translation>Mae eitem wag yn %1; tynnwch hi.</translation>
    </message>
    <message>
        <source>A page cannot be its own %1.</source>
        <translation>Ni all tudalen fod yn %1 iddi hi ei hun.</translation>
    </message>
    <message>
        <source>The page chosen as %1 is no longer in the store.</source>
        <translation>Nid yw&apos;r dudalen a ddewiswyd fel %1 yn y storfa mwyach.</translation>
    </message>
    <message>
        <source>A %1 cannot be the %2 of this page.</source>
        <translation>Ni all %1 fod yn %2 i&apos;r dudalen hon.</translation>
    </message>
    <message>
        <source>The image chosen for %1 is no longer in the store.</source>
        <translation>Nid yw&apos;r ddelwedd a ddewiswyd ar gyfer %1 yn y storfa mwyach.</translation>
    </message>
    <message>
        <source>The image for %1 has no alt text, which the site requires. Add it in the media library.</source>
        <translation>Does dim testun amgen gan y ddelwedd ar gyfer %1, ac mae&apos;r wefan yn gofyn amdano. Ychwanegwch ef yn y llyfrgell gyfryngau.</translation>
    </message>
    <message numerus="yes">
        <source>Alt text is missing on %n image(s) in the body. Describe each image, or mark it decorative in the media library.</source>
        <translation>
            <numerusform>Mae testun amgen ar goll ar %n delwedd yn y corff. Disgrifiwch bob delwedd, neu nodwch ei bod yn addurnol yn y llyfrgell gyfryngau.</numerusform>
            <numerusform>Mae testun amgen ar goll ar %n delwedd yn y corff. Disgrifiwch bob delwedd, neu nodwch ei bod yn addurnol yn y llyfrgell gyfryngau.</numerusform>
            <numerusform>Mae testun amgen ar goll ar %n delwedd yn y corff. Disgrifiwch bob delwedd, neu nodwch ei bod yn addurnol yn y llyfrgell gyfryngau.</numerusform>
            <numerusform>Mae testun amgen ar goll ar %n delwedd yn y corff. Disgrifiwch bob delwedd, neu nodwch ei bod yn addurnol yn y llyfrgell gyfryngau.</numerusform>
            <numerusform>Mae testun amgen ar goll ar %n delwedd yn y corff. Disgrifiwch bob delwedd, neu nodwch ei bod yn addurnol yn y llyfrgell gyfryngau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::core::MediaMarkdown</name>
    <message>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word document</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG image</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF image</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>lga::core::ModerationState</name>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>I&apos;w hadolygu</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Wedi&apos;i chyhoeddi</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Wedi&apos;i harchifo</translation>
    </message>
</context>
<context>
    <name>lga::core::Workflow</name>
    <message>
        <source>Create New Draft</source>
        <translation>Creu drafft newydd</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Cyflwyno i&apos;w hadolygu</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Cymeradwyo</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Gwrthod</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Cyhoeddi</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archifo</translation>
    </message>
    <message>
        <source>Restore to Draft</source>
        <translation>Adfer i ddrafft</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
</context>
<context>
    <name>lga::review::WordDiff</name>
    <message>
        <source>deleted: </source>
        <translation>wedi&apos;i ddileu: </translation>
    </message>
    <message>
        <source>inserted: </source>
        <translation>wedi&apos;i fewnosod: </translation>
    </message>
</context>
<context>
    <name>lga::spell::SpellChecker</name>
    <message>
        <source>Spelling is not checked: the dictionary “%1” was not found in %2.</source>
        <translation>Nid yw&apos;r sillafu&apos;n cael ei wirio: ni chafwyd hyd i&apos;r geiriadur “%1” yn %2.</translation>
    </message>
</context>
<context>
    <name>lga::store::BackupManager</name>
    <message>
        <source>The store&apos;s connection is not an SQLite connection.</source>
        <translation>Nid cysylltiad SQLite yw cysylltiad y storfa.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Nid yw&apos;r storfa ar agor.</translation>
    </message>
    <message>
        <source>The folder %1 for backups cannot be created. Check that no file has that name and that you may write to the folder that holds it.</source>
        <translation>Ni ellir creu&apos;r ffolder %1 ar gyfer copïau wrth gefn. Gwiriwch nad oes ffeil â&apos;r enw hwnnw a bod gennych hawl i ysgrifennu i&apos;r ffolder sy&apos;n ei dal.</translation>
    </message>
    <message>
        <source>The backup %1 already exists.</source>
        <translation>Mae&apos;r copi wrth gefn %1 yn bodoli&apos;n barod.</translation>
    </message>
    <message>
        <source>The backup file %1 could not be written (%2). Check that the disk is not full and that you may write to the folder %3.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r ffeil copi wrth gefn %1 (%2). Gwiriwch nad yw&apos;r ddisg yn llawn a bod gennych hawl i ysgrifennu i&apos;r ffolder %3.</translation>
    </message>
    <message>
        <source>The backup could not be renamed to %1.</source>
        <translation>Nid oedd modd ailenwi&apos;r copi wrth gefn yn %1.</translation>
    </message>
</context>
<context>
    <name>lga::store::DismissalStore</name>
    <message>
        <source>Only a finding on a saved page can be dismissed.</source>
        <translation>Dim ond canfyddiad ar dudalen sydd wedi&apos;i chadw y gellir ei ddiystyru.</translation>
    </message>
    <message>
        <source>The page is no longer in the store.</source>
        <translation>Nid yw&apos;r dudalen yn y storfa mwyach.</translation>
    </message>
</context>
<context>
    <name>lga::store::MarkdownFolder</name>
    <message>
        <source>Media: %1</source>
        <translation>Cyfryngau: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Methu creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a list of media (%2)</source>
        <translation>%1: nid rhestr o gyfryngau (%2)</translation>
    </message>
    <message>
        <source>%1: an entry has no file or uuid</source>
        <translation>%1: does dim ffeil na uuid gan gofnod</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>Allforiwyd %n tudalen i %1.</numerusform>
            <numerusform>Allforiwyd %n tudalen i %1.</numerusform>
            <numerusform>Allforiwyd %n tudalen i %1.</numerusform>
            <numerusform>Allforiwyd %n tudalen i %1.</numerusform>
            <numerusform>Allforiwyd %n tudalen i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Media files written: %1.</source>
        <translation>Ffeiliau cyfryngau a ysgrifennwyd: %1.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Does dim ffolder %1.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Mewnforiwyd o %1</translation>
    </message>
    <message>
        <source>%1: another file in the folder has the same uuid</source>
        <translation>%1: mae gan ffeil arall yn y ffolder yr un uuid</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>Mewnforiwyd %1: %2 newydd, %3 wedi&apos;u diweddaru, %4 heb eu newid.</translation>
    </message>
    <message>
        <source>Media files added or changed: %1.</source>
        <translation>Ffeiliau cyfryngau a ychwanegwyd neu a newidiwyd: %1.</translation>
    </message>
</context>
<context>
    <name>lga::store::MediaStore</name>
    <message>
        <source>PNG, JPEG or GIF images, and PDF or Word (DOCX) documents</source>
        <translation>Delweddau PNG, JPEG neu GIF, a dogfennau PDF neu Word (DOCX)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Delweddau (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx)</source>
        <translation>Dogfennau (*.pdf *.docx)</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Does dim ffeil “%1”.</translation>
    </message>
    <message>
        <source>“%1” is %2, larger than the %3 a file may be. Make it smaller (for an image, save it at a lower resolution) and try again.</source>
        <translation>Mae “%1” yn %2, yn fwy na&apos;r %3 a ganiateir i ffeil. Gwnewch hi&apos;n llai (ar gyfer delwedd, cadwch hi ar gydraniad is) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Nid oedd modd darllen “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be added: only %2 can be. Save it in one of those formats and try again.</source>
        <translation>Ni ellir ychwanegu “%1”: dim ond %2 y gellir eu hychwanegu. Cadwch y ffeil yn un o&apos;r fformatau hynny a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>“%1” is a %2 but its name does not end in .%3. Rename it and try again.</source>
        <translation>Mae “%1” yn %2 ond nid yw ei henw&apos;n gorffen â .%3. Ailenwch hi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>“%1” looks like a %2 but cannot be read (%3). It may be damaged; try saving it again from the program that made it.</source>
        <translation>Mae “%1” yn edrych fel %2 ond ni ellir ei darllen (%3). Efallai ei bod wedi&apos;i difrodi; ceisiwch ei chadw eto o&apos;r rhaglen a&apos;i gwnaeth.</translation>
    </message>
    <message>
        <source>The file has no identifier.</source>
        <translation>Does dim dynodydd gan y ffeil.</translation>
    </message>
    <message>
        <source>The file is no longer in the store.</source>
        <translation>Nid yw&apos;r ffeil yn y storfa mwyach.</translation>
    </message>
    <message>
        <source>Write alt text for the image, or mark it as decorative.</source>
        <translation>Ysgrifennwch destun amgen ar gyfer y ddelwedd, neu nodwch ei bod yn addurnol.</translation>
    </message>
    <message>
        <source>The same file is already in the store under another name.</source>
        <translation>Mae&apos;r un ffeil yn y storfa&apos;n barod dan enw arall.</translation>
    </message>
</context>
<context>
    <name>lga::store::PageSearch</name>
    <message>
        <source>The store is not open.</source>
        <translation>Nid yw&apos;r storfa ar agor.</translation>
    </message>
    <message>
        <source>The search could not be run because the store could not be read.</source>
        <translation>Nid oedd modd chwilio oherwydd nad oedd modd darllen y storfa.</translation>
    </message>
</context>
<context>
    <name>lga::store::PageStore</name>
    <message>
        <source>No store file was given.</source>
        <translation>Ni roddwyd ffeil storfa.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>Ffolder yw %1, nid ffeil storfa.</translation>
    </message>
    <message>
        <source>LocalGov Author cannot create the folder %1 for its store. Check that the path is right and that you may write there.</source>
        <translation>Ni all LocalGov Author greu&apos;r ffolder %1 ar gyfer ei storfa. Gwiriwch fod y llwybr yn gywir a bod gennych hawl i ysgrifennu yno.</translation>
    </message>
    <message>
        <source>LocalGov Author is already open with this store. Switch to that window, or close it and try again.</source>
        <translation>Mae LocalGov Author eisoes ar agor gyda&apos;r storfa hon. Ewch i&apos;r ffenestr honno, neu caewch hi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>LocalGov Author is already open with this store on the computer %1 (process %2). Close it there and try again.</source>
        <translation>Mae LocalGov Author eisoes ar agor gyda&apos;r storfa hon ar y cyfrifiadur %1 (proses %2). Caewch hi yno a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>LocalGov Author is already open with this store (process %1). Switch to that window, or close it and try again.</source>
        <translation>Mae LocalGov Author eisoes ar agor gyda&apos;r storfa hon (proses %1). Ewch i&apos;r ffenestr honno, neu caewch hi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>LocalGov Author cannot write to the folder %1. Check that you may change files there.</source>
        <translation>Ni all LocalGov Author ysgrifennu i&apos;r ffolder %1. Gwiriwch fod gennych hawl i newid ffeiliau yno.</translation>
    </message>
    <message>
        <source>LocalGov Author could not lock the store %1. Check that the disk is not full.</source>
        <translation>Nid oedd LocalGov Author yn gallu cloi&apos;r storfa %1. Gwiriwch nad yw&apos;r ddisg yn llawn.</translation>
    </message>
    <message>
        <source>LocalGov Author cannot read the store %1. Check that you may open it.</source>
        <translation>Ni all LocalGov Author ddarllen y storfa %1. Gwiriwch fod gennych hawl i&apos;w hagor.</translation>
    </message>
    <message>
        <source>The file %1 is not a LocalGov Author store: it is not an SQLite database. It has been left as it is; move it aside or choose another file.</source>
        <translation>Nid storfa LocalGov Author yw&apos;r ffeil %1: nid cronfa ddata SQLite yw hi. Mae wedi&apos;i gadael fel y mae; symudwch hi o&apos;r neilltu neu dewiswch ffeil arall.</translation>
    </message>
    <message>
        <source>The store %1 is read-only, so LocalGov Author cannot save pages in it. Check that you may change the file.</source>
        <translation>Mae&apos;r storfa %1 yn un darllen yn unig, felly ni all LocalGov Author gadw tudalennau ynddi. Gwiriwch fod gennych hawl i newid y ffeil.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed, so the store cannot be opened.</source>
        <translation>Nid yw gyrrwr SQLite Qt (QSQLITE) wedi&apos;i osod, felly ni ellir agor y storfa.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of LocalGov Author (store version %2; this version knows up to %3). Update LocalGov Author to open it; the file has been left as it is.</source>
        <translation>Ysgrifennwyd y storfa %1 gan fersiwn mwy newydd o LocalGov Author (fersiwn storfa %2; mae&apos;r fersiwn hwn yn deall hyd at %3). Diweddarwch LocalGov Author i&apos;w hagor; mae&apos;r ffeil wedi&apos;i gadael fel y mae.</translation>
    </message>
    <message>
        <source>LocalGov Author must update the store %1 for this version, but could not first make a backup of it, so it has left the store as it was. Check that the disk is not full and that you may write to the folder %2.</source>
        <translation>Mae&apos;n rhaid i LocalGov Author ddiweddaru&apos;r storfa %1 ar gyfer y fersiwn hwn, ond nid oedd modd gwneud copi wrth gefn ohoni yn gyntaf, felly mae wedi gadael y storfa fel yr oedd. Gwiriwch nad yw&apos;r ddisg yn llawn a bod gennych hawl i ysgrifennu i&apos;r ffolder %2.</translation>
    </message>
    <message>
        <source>Today&apos;s backup of your pages could not be made: %1 Your pages are safe; LocalGov Author will try again the next time it opens the store.</source>
        <translation>Nid oedd modd gwneud copi wrth gefn heddiw o&apos;ch tudalennau: %1 Mae eich tudalennau&apos;n ddiogel; bydd LocalGov Author yn rhoi cynnig arall arni y tro nesaf y bydd yn agor y storfa.</translation>
    </message>
    <message>
        <source>The store&apos;s log file %1, which held your most recent saves, is missing: it was deleted, or not copied with the store. Those saves are lost; the store opened as it was before them. Check your recent work.</source>
        <translation>Mae ffeil log y storfa %1, a oedd yn dal y newidiadau diweddaraf a gadwyd gennych, ar goll: cafodd ei dileu, neu ni chafodd ei chopïo gyda&apos;r storfa. Mae&apos;r newidiadau hynny wedi&apos;u colli; agorodd y storfa fel yr oedd cyn hynny. Gwiriwch eich gwaith diweddar.</translation>
    </message>
    <message>
        <source>The store&apos;s log file %1, which held your most recent saves, is missing: it was deleted, or not copied with the store. Those saves are lost; the store opened as it was before them, with changes up to %2. Check work saved after that.</source>
        <translation>Mae ffeil log y storfa %1, a oedd yn dal y newidiadau diweddaraf a gadwyd gennych, ar goll: cafodd ei dileu, neu ni chafodd ei chopïo gyda&apos;r storfa. Mae&apos;r newidiadau hynny wedi&apos;u colli; agorodd y storfa fel yr oedd cyn hynny, gyda newidiadau hyd at %2. Gwiriwch waith a gadwyd ar ôl hynny.</translation>
    </message>
    <message>
        <source>The page is not in the store.</source>
        <translation>Nid yw&apos;r dudalen yn y storfa.</translation>
    </message>
    <message>
        <source>The page has no identifier, so it cannot be stored.</source>
        <translation>Does dim dynodydd gan y dudalen, felly ni ellir ei storio.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Nid yw&apos;r storfa ar agor.</translation>
    </message>
    <message>
        <source>The store %1 is damaged, so LocalGov Author has not opened it. The file has been left as it is: restore it from a backup, or move it aside to start afresh.</source>
        <translation>Mae&apos;r storfa %1 wedi&apos;i difrodi, felly nid yw LocalGov Author wedi&apos;i hagor. Mae&apos;r ffeil wedi&apos;i gadael fel y mae: adferwch hi o gopi wrth gefn, neu symudwch hi o&apos;r neilltu i ddechrau o&apos;r newydd.</translation>
    </message>
    <message>
        <source>The store is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Mae&apos;r storfa&apos;n brysur: mae rhaglen arall yn ysgrifennu iddi. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>LocalGov Author cannot write to the store %1. Check that you may change the file and its folder.</source>
        <translation>Ni all LocalGov Author ysgrifennu i&apos;r storfa %1. Gwiriwch fod gennych hawl i newid y ffeil a&apos;i ffolder.</translation>
    </message>
    <message>
        <source>The disk that holds the store is full. Free some space, then try again.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal y storfa&apos;n llawn. Rhyddhewch rywfaint o le, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>A page with the same identifier is already in the store.</source>
        <translation>Mae tudalen â&apos;r un dynodydd yn y storfa&apos;n barod.</translation>
    </message>
    <message>
        <source>The store %1 could not be read or written (%2).</source>
        <translation>Nid oedd modd darllen nac ysgrifennu&apos;r storfa %1 (%2).</translation>
    </message>
</context>
<context>
    <name>lga::store::RevisionStore</name>
    <message>
        <source>Restored the version of %1</source>
        <translation>Adferwyd fersiwn %1</translation>
    </message>
    <message>
        <source>That version of the page is no longer kept.</source>
        <translation>Nid yw&apos;r fersiwn hwnnw o&apos;r dudalen yn cael ei gadw mwyach.</translation>
    </message>
    <message>
        <source>The page is not in the store.</source>
        <translation>Nid yw&apos;r dudalen yn y storfa.</translation>
    </message>
    <message>
        <source>The page&apos;s history could not be written: the page is not in the store.</source>
        <translation>Nid oedd modd ysgrifennu hanes y dudalen: nid yw&apos;r dudalen yn y storfa.</translation>
    </message>
</context>
<context>
    <name>lga::store::StoreAccess</name>
    <message>
        <source>The store is not open.</source>
        <translation>Nid yw&apos;r storfa ar agor.</translation>
    </message>
</context>
<context>
    <name>lga::store::StoreRecovery</name>
    <message>
        <source>There is no store file at %1, so there is nothing to recover.</source>
        <translation>Does dim ffeil storfa yn %1, felly does dim i&apos;w adfer.</translation>
    </message>
    <message>
        <source>LocalGov Author is already open with the store %1. Close it there, then try the recovery again.</source>
        <translation>Mae LocalGov Author eisoes ar agor gyda&apos;r storfa %1. Caewch hi yno, yna rhowch gynnig arall ar ei hadfer.</translation>
    </message>
    <message>
        <source>LocalGov Author could not move the damaged store %1 aside (%2), so it has changed nothing. Check that you may change files in that folder.</source>
        <translation>Nid oedd LocalGov Author yn gallu symud y storfa sydd wedi&apos;i difrodi, %1, o&apos;r neilltu (%2), felly nid yw wedi newid dim. Gwiriwch fod gennych hawl i newid ffeiliau yn y ffolder honno.</translation>
    </message>
    <message>
        <source>LocalGov Author moved the damaged store aside as %1 but could not restore the backup %2 (%3). Check that the disk is not full, then try again.</source>
        <translation>Symudodd LocalGov Author y storfa sydd wedi&apos;i difrodi o&apos;r neilltu fel %1, ond nid oedd yn gallu adfer y copi wrth gefn %2 (%3). Gwiriwch nad yw&apos;r ddisg yn llawn, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>LocalGov Author moved the damaged store aside as %1, but the store in its place does not open: %2</source>
        <translation>Symudodd LocalGov Author y storfa sydd wedi&apos;i difrodi o&apos;r neilltu fel %1, ond nid yw&apos;r storfa yn ei lle yn agor: %2</translation>
    </message>
    <message>
        <source>The store was damaged. LocalGov Author has put it aside as %1 and restored the backup taken on %2.</source>
        <translation>Roedd y storfa wedi&apos;i difrodi. Mae LocalGov Author wedi&apos;i rhoi o&apos;r neilltu fel %1 ac wedi adfer y copi wrth gefn a wnaed ar %2.</translation>
    </message>
    <message>
        <source>The damaged file could not be read, so LocalGov Author cannot tell which pages changed after the backup. Check your recent work.</source>
        <translation>Nid oedd modd darllen y ffeil sydd wedi&apos;i difrodi, felly ni all LocalGov Author ddweud pa dudalennau a newidiodd ar ôl y copi wrth gefn. Gwiriwch eich gwaith diweddar.</translation>
    </message>
    <message>
        <source>No pages were lost.</source>
        <translation>Ni chollwyd unrhyw dudalennau.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) changed after the backup could not be recovered; they are listed below. The damaged file has been kept.</source>
        <translation>
            <numerusform>Nid oedd modd adfer %n tudalen a newidiodd ar ôl y copi wrth gefn; maen nhw wedi&apos;u rhestru isod. Mae&apos;r ffeil sydd wedi&apos;i difrodi wedi&apos;i chadw.</numerusform>
            <numerusform>Nid oedd modd adfer %n tudalen a newidiodd ar ôl y copi wrth gefn; maen nhw wedi&apos;u rhestru isod. Mae&apos;r ffeil sydd wedi&apos;i difrodi wedi&apos;i chadw.</numerusform>
            <numerusform>Nid oedd modd adfer %n tudalen a newidiodd ar ôl y copi wrth gefn; maen nhw wedi&apos;u rhestru isod. Mae&apos;r ffeil sydd wedi&apos;i difrodi wedi&apos;i chadw.</numerusform>
            <numerusform>Nid oedd modd adfer %n tudalen a newidiodd ar ôl y copi wrth gefn; maen nhw wedi&apos;u rhestru isod. Mae&apos;r ffeil sydd wedi&apos;i difrodi wedi&apos;i chadw.</numerusform>
            <numerusform>Nid oedd modd adfer %n tudalen a newidiodd ar ôl y copi wrth gefn; maen nhw wedi&apos;u rhestru isod. Mae&apos;r ffeil sydd wedi&apos;i difrodi wedi&apos;i chadw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store was damaged and there is no good backup of it. LocalGov Author has put it aside as %1 and started a new, empty store.</source>
        <translation>Roedd y storfa wedi&apos;i difrodi a does dim copi wrth gefn da ohoni. Mae LocalGov Author wedi&apos;i rhoi o&apos;r neilltu fel %1 ac wedi dechrau storfa newydd, wag.</translation>
    </message>
    <message>
        <source>The damaged file could not be read, so LocalGov Author cannot list the pages it held.</source>
        <translation>Nid oedd modd darllen y ffeil sydd wedi&apos;i difrodi, felly ni all LocalGov Author restru&apos;r tudalennau oedd ynddi.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) from the damaged store could not be recovered; they are listed below. The damaged file has been kept.</source>
        <translation>
            <numerusform>Nid oedd modd adfer %n tudalen o&apos;r storfa sydd wedi&apos;i difrodi; maen nhw wedi&apos;u rhestru isod. Mae&apos;r ffeil sydd wedi&apos;i difrodi wedi&apos;i chadw.</numerusform>
            <numerusform>Nid oedd modd adfer %n tudalen o&apos;r storfa sydd wedi&apos;i difrodi; maen nhw wedi&apos;u rhestru isod. Mae&apos;r ffeil sydd wedi&apos;i difrodi wedi&apos;i chadw.</numerusform>
            <numerusform>Nid oedd modd adfer %n tudalen o&apos;r storfa sydd wedi&apos;i difrodi; maen nhw wedi&apos;u rhestru isod. Mae&apos;r ffeil sydd wedi&apos;i difrodi wedi&apos;i chadw.</numerusform>
            <numerusform>Nid oedd modd adfer %n tudalen o&apos;r storfa sydd wedi&apos;i difrodi; maen nhw wedi&apos;u rhestru isod. Mae&apos;r ffeil sydd wedi&apos;i difrodi wedi&apos;i chadw.</numerusform>
            <numerusform>Nid oedd modd adfer %n tudalen o&apos;r storfa sydd wedi&apos;i difrodi; maen nhw wedi&apos;u rhestru isod. Mae&apos;r ffeil sydd wedi&apos;i difrodi wedi&apos;i chadw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::store::SyncStore</name>
    <message>
        <source>The page&apos;s sync record could not be saved.</source>
        <translation>Nid oedd modd cadw cofnod cysoni&apos;r dudalen.</translation>
    </message>
    <message>
        <source>The page has never been synced.</source>
        <translation>Nid yw&apos;r dudalen erioed wedi&apos;i chysoni.</translation>
    </message>
</context>
<context>
    <name>lga::sync</name>
    <message>
        <source>The site said: %1</source>
        <translation>Dywedodd y wefan: %1</translation>
    </message>
    <message>
        <source>The site took too long to answer.</source>
        <translation>Cymerodd y wefan ormod o amser i ateb.</translation>
    </message>
    <message>
        <source>The site refused the connection.</source>
        <translation>Gwrthododd y wefan y cysylltiad.</translation>
    </message>
    <message>
        <source>The connection to the site was cut off.</source>
        <translation>Torrwyd y cysylltiad â&apos;r wefan.</translation>
    </message>
    <message>
        <source>The site&apos;s address could not be found. Check the address and your internet connection.</source>
        <translation>Nid oedd modd dod o hyd i gyfeiriad y wefan. Gwiriwch y cyfeiriad a&apos;ch cysylltiad â&apos;r rhyngrwyd.</translation>
    </message>
    <message>
        <source>The site could not be reached.</source>
        <translation>Nid oedd modd cyrraedd y wefan.</translation>
    </message>
</context>
<context>
    <name>lga::sync::CollectionPage</name>
    <message>
        <source>The site&apos;s answer is not JSON.</source>
        <translation>Nid JSON yw ateb y wefan.</translation>
    </message>
    <message>
        <source>The site&apos;s answer holds no list of pages.</source>
        <translation>Does dim rhestr o dudalennau yn ateb y wefan.</translation>
    </message>
    <message>
        <source>The site&apos;s list of pages holds something else.</source>
        <translation>Mae rhywbeth arall yn rhestr tudalennau&apos;r wefan.</translation>
    </message>
    <message>
        <source>The site&apos;s link to the next page is not valid.</source>
        <translation>Nid yw dolen y wefan i&apos;r dudalen nesaf yn ddilys.</translation>
    </message>
</context>
<context>
    <name>lga::sync::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer; the password will be asked each time.</source>
        <translation>Does dim cadwyn allweddi ar gael ar y cyfrifiadur hwn; bydd gofyn am y cyfrinair bob tro.</translation>
    </message>
    <message>
        <source>The keychain did not let LocalGov Author keep the password; it will be asked each time.</source>
        <translation>Ni adawodd y gadwyn allweddi i LocalGov Author gadw&apos;r cyfrinair; bydd gofyn amdano bob tro.</translation>
    </message>
    <message>
        <source>The keychain could not forget the password: %1</source>
        <translation>Nid oedd y gadwyn allweddi yn gallu anghofio&apos;r cyfrinair: %1</translation>
    </message>
</context>
<context>
    <name>lga::sync::ErrorDocument</name>
    <message>
        <source>Someone changed this page on the website since you last synced. Your changes were not sent; compare them with the website&apos;s version first.</source>
        <translation>Mae rhywun wedi newid y dudalen hon ar y wefan ers i chi gysoni ddiwethaf. Ni anfonwyd eich newidiadau; cymharwch nhw â fersiwn y wefan yn gyntaf.</translation>
    </message>
    <message>
        <source>This page has an unpublished draft on the website, so it cannot be updated from here. Finish or discard that draft on the website first.</source>
        <translation>Mae gan y dudalen hon ddrafft heb ei gyhoeddi ar y wefan, felly ni ellir ei diweddaru o&apos;r fan hon. Gorffennwch neu ddilëwch y drafft hwnnw ar y wefan yn gyntaf.</translation>
    </message>
    <message>
        <source>The website refused some of the page&apos;s content. Check the highlighted fields and try again.</source>
        <translation>Gwrthododd y wefan rywfaint o gynnwys y dudalen. Gwiriwch y meysydd sydd wedi&apos;u hamlygu a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The website only allows reading pages through its API. Ask the site administrator to allow changes.</source>
        <translation>Dim ond darllen tudalennau drwy ei API mae&apos;r wefan yn ei ganiatáu. Gofynnwch i weinyddwr y wefan ganiatáu newidiadau.</translation>
    </message>
    <message>
        <source>The website could not find this page. It may have been deleted.</source>
        <translation>Nid oedd y wefan yn gallu dod o hyd i&apos;r dudalen hon. Efallai ei bod wedi&apos;i dileu.</translation>
    </message>
    <message>
        <source>The website did not accept your sign-in. Connect to the site again to sign in.</source>
        <translation>Ni dderbyniodd y wefan eich mewngofnodi. Cysylltwch â&apos;r wefan eto i fewngofnodi.</translation>
    </message>
    <message>
        <source>The website has locked this account after too many failed sign-ins. Wait a few hours or ask the site administrator to unlock it.</source>
        <translation>Mae&apos;r wefan wedi cloi&apos;r cyfrif hwn ar ôl gormod o ymdrechion aflwyddiannus i fewngofnodi. Arhoswch rai oriau neu gofynnwch i weinyddwr y wefan ei ddatgloi.</translation>
    </message>
    <message>
        <source>Your account on the website is not allowed to do this. Ask an editor or the site administrator.</source>
        <translation>Nid yw eich cyfrif ar y wefan yn cael gwneud hyn. Gofynnwch i olygydd neu i weinyddwr y wefan.</translation>
    </message>
    <message>
        <source>The website could not save the page (error %1).</source>
        <translation>Nid oedd y wefan yn gallu cadw&apos;r dudalen (gwall %1).</translation>
    </message>
</context>
<context>
    <name>lga::sync::NodeDocument</name>
    <message>
        <source>The site sent a page whose “%1” has the wrong type.</source>
        <translation>Anfonodd y wefan dudalen lle mae&apos;r math anghywir gan “%1”.</translation>
    </message>
    <message>
        <source>The site&apos;s answer is not JSON.</source>
        <translation>Nid JSON yw ateb y wefan.</translation>
    </message>
    <message>
        <source>The site&apos;s answer holds no page.</source>
        <translation>Does dim tudalen yn ateb y wefan.</translation>
    </message>
    <message>
        <source>The site sent something that is not a page.</source>
        <translation>Anfonodd y wefan rywbeth nad yw&apos;n dudalen.</translation>
    </message>
    <message>
        <source>The site sent a page without a valid id.</source>
        <translation>Anfonodd y wefan dudalen heb id dilys.</translation>
    </message>
</context>
<context>
    <name>lga::sync::OAuthFlow</name>
    <message>
        <source>The site did not accept the sign-in; sign in again.</source>
        <translation>Ni dderbyniodd y wefan y mewngofnodi; mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>The site could not be reached: %1</source>
        <translation>Nid oedd modd cyrraedd y wefan: %1</translation>
    </message>
    <message>
        <source>The site did not accept the sign-in: %1</source>
        <translation>Ni dderbyniodd y wefan y mewngofnodi: %1</translation>
    </message>
    <message>
        <source>LocalGov Author could not listen for the site&apos;s answer on this computer.</source>
        <translation>Nid oedd LocalGov Author yn gallu gwrando am ateb y wefan ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>You are signed in to LocalGov Author. You can close this page and go back to the app.</source>
        <translation>Rydych chi wedi mewngofnodi i LocalGov Author. Gallwch gau&apos;r dudalen hon a mynd yn ôl i&apos;r ap.</translation>
    </message>
    <message>
        <source>There is no web browser to sign in with.</source>
        <translation>Does dim porwr gwe i fewngofnodi ag ef.</translation>
    </message>
    <message>
        <source>There is no refresh token; sign in again.</source>
        <translation>Does dim tocyn adnewyddu; mewngofnodwch eto.</translation>
    </message>
</context>
<context>
    <name>lga::sync::PullJob</name>
    <message>
        <source>The site refused to list its pages (HTTP %1).</source>
        <translation>Gwrthododd y wefan restru ei thudalennau (HTTP %1).</translation>
    </message>
    <message>
        <source>This page was changed on the site as well as here, in the same places. Open it to choose which words to keep.</source>
        <translation>Cafodd y dudalen hon ei newid ar y wefan yn ogystal ag yma, yn yr un mannau. Agorwch hi i ddewis pa eiriau i&apos;w cadw.</translation>
    </message>
</context>
<context>
    <name>lga::sync::PushJob</name>
    <message>
        <source>This page is not on the site yet, so its state cannot change there. Sync it first.</source>
        <translation>Nid yw&apos;r dudalen hon ar y wefan eto, felly ni all ei chyflwr newid yno. Cysonwch hi yn gyntaf.</translation>
    </message>
    <message>
        <source>The page uses an image or document that is no longer in this computer&apos;s media library. Remove it from the page or import it again.</source>
        <translation>Mae&apos;r dudalen yn defnyddio delwedd neu ddogfen nad yw yn llyfrgell gyfryngau&apos;r cyfrifiadur hwn mwyach. Tynnwch hi o&apos;r dudalen neu mewnforiwch hi eto.</translation>
    </message>
    <message>
        <source>The image “%1” has no alt text. Add it (or mark the image decorative) in the media library, then sync again.</source>
        <translation>Does dim testun amgen gan y ddelwedd “%1”. Ychwanegwch ef (neu nodwch fod y ddelwedd yn addurnol) yn y llyfrgell gyfryngau, yna cysonwch eto.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Wedi&apos;i ganslo.</translation>
    </message>
    <message>
        <source>The site did not return the page it already has (HTTP %1).</source>
        <translation>Ni anfonodd y wefan y dudalen sydd ganddi&apos;n barod (HTTP %1).</translation>
    </message>
    <message>
        <source>This page is archived on the site, and an archived page cannot be changed. Set it back to draft (or publish it) to send the changes.</source>
        <translation>Mae&apos;r dudalen hon wedi&apos;i harchifo ar y wefan, ac ni ellir newid tudalen sydd wedi&apos;i harchifo. Gosodwch hi&apos;n ôl yn ddrafft (neu cyhoeddwch hi) i anfon y newidiadau.</translation>
    </message>
    <message>
        <source>This page was changed on the site as well as here, in the same places. Open it to choose which words to keep.</source>
        <translation>Cafodd y dudalen hon ei newid ar y wefan yn ogystal ag yma, yn yr un mannau. Agorwch hi i ddewis pa eiriau i&apos;w cadw.</translation>
    </message>
    <message>
        <source>This page changed on the site after you opened it. Sync to see the new changes, then decide again.</source>
        <translation>Newidiodd y dudalen hon ar y wefan ar ôl i chi ei hagor. Cysonwch i weld y newidiadau newydd, yna penderfynwch eto.</translation>
    </message>
</context>
<context>
    <name>lga::sync::ReviewDecision</name>
    <message>
        <source>Write a comment for the author saying what to change before sending the page back.</source>
        <translation>Ysgrifennwch sylw i&apos;r awdur yn dweud beth i&apos;w newid cyn anfon y dudalen yn ôl.</translation>
    </message>
    <message>
        <source>This page is not on the site yet, so there is nothing to decide. Sync it first.</source>
        <translation>Nid yw&apos;r dudalen hon ar y wefan eto, felly does dim i&apos;w benderfynu. Cysonwch hi yn gyntaf.</translation>
    </message>
    <message>
        <source>This page does not follow the editorial workflow on the site, so it cannot be reviewed here.</source>
        <translation>Nid yw&apos;r dudalen hon yn dilyn llif gwaith golygyddol y wefan, felly ni ellir ei hadolygu yma.</translation>
    </message>
    <message>
        <source>This decision is not part of the site&apos;s workflow.</source>
        <translation>Nid yw&apos;r penderfyniad hwn yn rhan o lif gwaith y wefan.</translation>
    </message>
    <message>
        <source>“%1” is not possible for a page that is %2.</source>
        <translation>Nid yw “%1” yn bosibl ar gyfer tudalen yn y cyflwr “%2”.</translation>
    </message>
    <message>
        <source>The app does not know your role on the site yet. Sync once while online, then decide.</source>
        <translation>Nid yw&apos;r ap yn gwybod eich rôl ar y wefan eto. Cysonwch unwaith tra byddwch ar-lein, yna penderfynwch.</translation>
    </message>
    <message>
        <source>Your role on the site does not allow “%1”. Ask an editor to do it.</source>
        <translation>Nid yw eich rôl ar y wefan yn caniatáu “%1”. Gofynnwch i olygydd wneud hyn.</translation>
    </message>
</context>
<context>
    <name>lga::sync::SiteClient</name>
    <message>
        <source>Canceled.</source>
        <translation>Wedi&apos;i ganslo.</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate could not be checked (%1). LocalGov Author does not connect to a site it cannot verify; ask your IT team.</source>
        <translation>Nid oedd modd gwirio tystysgrif ddiogelwch y wefan (%1). Nid yw LocalGov Author yn cysylltu â gwefan na all ei gwirio; gofynnwch i&apos;ch tîm TG.</translation>
    </message>
    <message>
        <source>The site&apos;s answer was not complete.</source>
        <translation>Nid oedd ateb y wefan yn gyflawn.</translation>
    </message>
    <message>
        <source>The site is busy or down for maintenance.</source>
        <translation>Mae&apos;r wefan yn brysur neu i lawr ar gyfer gwaith cynnal a chadw.</translation>
    </message>
    <message>
        <source>The site had a problem (HTTP %1).</source>
        <translation>Cafodd y wefan broblem (HTTP %1).</translation>
    </message>
    <message>
        <source>The site&apos;s answer could not be read.</source>
        <translation>Nid oedd modd darllen ateb y wefan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 LocalGov Author tried %n time(s); try again later.</source>
        <translation>
            <numerusform>%1 Rhoddodd LocalGov Author gynnig arni %n gwaith; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
            <numerusform>%1 Rhoddodd LocalGov Author gynnig arni %n gwaith; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
            <numerusform>%1 Rhoddodd LocalGov Author gynnig arni %n gwaith; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
            <numerusform>%1 Rhoddodd LocalGov Author gynnig arni %n gwaith; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
            <numerusform>%1 Rhoddodd LocalGov Author gynnig arni %n gwaith; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The site asked to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1 Gofynnodd y wefan am aros %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>%1 Gofynnodd y wefan am aros %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>%1 Gofynnodd y wefan am aros %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>%1 Gofynnodd y wefan am aros %n eiliad cyn rhoi cynnig arall arni.</numerusform>
            <numerusform>%1 Gofynnodd y wefan am aros %n eiliad cyn rhoi cynnig arall arni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your sign-in to the site has expired. Connect to the site again to sign in.</source>
        <translation>Mae eich mewngofnodi i&apos;r wefan wedi dod i ben. Cysylltwch â&apos;r wefan eto i fewngofnodi.</translation>
    </message>
    <message>
        <source>The site did not accept the user name or password. Check them before trying again: after five failed tries the site locks the account for some hours.</source>
        <translation>Ni dderbyniodd y wefan yr enw defnyddiwr na&apos;r cyfrinair. Gwiriwch nhw cyn rhoi cynnig arall arni: ar ôl pum ymgais aflwyddiannus, mae&apos;r wefan yn cloi&apos;r cyfrif am rai oriau.</translation>
    </message>
</context>
<context>
    <name>lga::sync::SiteProbe</name>
    <message>
        <source>The user name or password was not accepted.</source>
        <translation>Ni dderbyniwyd yr enw defnyddiwr na&apos;r cyfrinair.</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Golygydd</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Awdur</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Cyfrannwr</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <source>Authenticated user</source>
        <translation>Defnyddiwr wedi&apos;i ddilysu</translation>
    </message>
    <message>
        <source>The site&apos;s secure connection could not be trusted: %1</source>
        <translation>Nid oedd modd ymddiried yng nghysylltiad diogel y wefan: %1</translation>
    </message>
    <message>
        <source>The site did not answer in time.</source>
        <translation>Ni atebodd y wefan mewn pryd.</translation>
    </message>
    <message>
        <source>The site could not be reached: %1</source>
        <translation>Nid oedd modd cyrraedd y wefan: %1</translation>
    </message>
    <message>
        <source>This site does not offer session login; choose another way to sign in.</source>
        <translation>Nid yw&apos;r wefan hon yn cynnig mewngofnodi drwy sesiwn; dewiswch ffordd arall o fewngofnodi.</translation>
    </message>
    <message>
        <source>The site refused the login (HTTP %1).</source>
        <translation>Gwrthododd y wefan y mewngofnodi (HTTP %1).</translation>
    </message>
    <message>
        <source>The site refused the login: %1</source>
        <translation>Gwrthododd y wefan y mewngofnodi: %1</translation>
    </message>
    <message>
        <source>The site refused the connection: %1</source>
        <translation>Gwrthododd y wefan y cysylltiad: %1</translation>
    </message>
    <message>
        <source>The site did not accept the sign-in; sign in again.</source>
        <translation>Ni dderbyniodd y wefan y mewngofnodi; mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>JSON:API is not switched on at this site.</source>
        <translation>Nid yw JSON:API wedi&apos;i droi ymlaen ar y wefan hon.</translation>
    </message>
    <message>
        <source>The site would not say who is signed in (HTTP %1).</source>
        <translation>Nid oedd y wefan yn fodlon dweud pwy sydd wedi mewngofnodi (HTTP %1).</translation>
    </message>
    <message>
        <source>The site accepts only reads; ask its administrators to allow JSON:API writes at /admin/config/services/jsonapi.</source>
        <translation>Dim ond darllen mae&apos;r wefan yn ei ganiatáu; gofynnwch i&apos;w gweinyddwyr ganiatáu ysgrifennu drwy JSON:API yn /admin/config/services/jsonapi.</translation>
    </message>
    <message>
        <source>The site did not say whether it accepts changes (HTTP %1).</source>
        <translation>Ni ddywedodd y wefan a yw&apos;n derbyn newidiadau (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>lga::sync::SyncEngine</name>
    <message>
        <source>Edited in LocalGov Author</source>
        <translation>Golygwyd yn LocalGov Author</translation>
    </message>
    <message>
        <source>This site does not offer JSON:API. Its administrators need to switch on the JSON:API module.</source>
        <translation>Nid yw&apos;r wefan hon yn cynnig JSON:API. Mae angen i&apos;w gweinyddwyr droi&apos;r modiwl JSON:API ymlaen.</translation>
    </message>
    <message>
        <source>The site did not accept the user name or password (or the sign-in). Check them before trying again: after five failed tries the site locks the account for some hours.</source>
        <translation>Ni dderbyniodd y wefan yr enw defnyddiwr na&apos;r cyfrinair (na&apos;r mewngofnodi). Gwiriwch nhw cyn rhoi cynnig arall arni: ar ôl pum ymgais aflwyddiannus, mae&apos;r wefan yn cloi&apos;r cyfrif am rai oriau.</translation>
    </message>
</context>
<context>
    <name>lga::sync::UpdateChecker</name>
    <message>
        <source>The update feed %1 is not an https address.</source>
        <translation>Nid yw&apos;r ffrwd diweddariadau %1 yn gyfeiriad https.</translation>
    </message>
    <message>
        <source>The update feed does not name a version.</source>
        <translation>Nid yw&apos;r ffrwd diweddariadau yn enwi fersiwn.</translation>
    </message>
    <message>
        <source>LocalGov Author %1 is available</source>
        <translation>Mae LocalGov Author %1 ar gael</translation>
    </message>
</context>
<context>
    <name>lga::ui::AboutDialog</name>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>%1 (built with)</source>
        <translation>%1 (wrth adeiladu)</translation>
    </message>
    <message>
        <source>About LocalGov Author</source>
        <translation>Ynghylch LocalGov Author</translation>
    </message>
    <message>
        <source>LocalGov Author logo</source>
        <translation>Logo LocalGov Author</translation>
    </message>
    <message>
        <source>LocalGov Author</source>
        <translation>LocalGov Author</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Enw&apos;r rhaglen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Write and check council web pages offline, then publish them to a LocalGov Drupal site.</source>
        <translation>Ysgrifennu a gwirio tudalennau gwe&apos;r cyngor all-lein, yna eu cyhoeddi ar wefan LocalGov Drupal.</translation>
    </message>
    <message>
        <source>What LocalGov Author does</source>
        <translation>Beth mae LocalGov Author yn ei wneud</translation>
    </message>
    <message>
        <source>LocalGov Author is free software: you can share and change it under the GNU General Public Licence, version 2 or (at your choice) any later version (GPL-2.0-or-later). It comes with no warranty. &lt;a href=&quot;%1&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>Meddalwedd rydd yw LocalGov Author: gallwch ei rhannu a&apos;i newid o dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 2 neu (yn ôl eich dewis) unrhyw fersiwn diweddarach (GPL-2.0-or-later). Nid oes gwarant gyda hi. &lt;a href=&quot;%1&quot;&gt;Darllenwch y drwydded&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Trwydded</translation>
    </message>
    <message>
        <source>Home page: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Hafan: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <source>&amp;Libraries used:</source>
        <translation>&amp;Llyfrgelloedd a ddefnyddir:</translation>
    </message>
    <message>
        <source>Libraries used, with their versions and licences</source>
        <translation>Llyfrgelloedd a ddefnyddir, gyda&apos;u fersiynau a&apos;u trwyddedau</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copïo&apos;r manylion</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copïo&apos;r manylion</translation>
    </message>
    <message>
        <source>Copy the version, the system and the libraries, to paste into a message to your support desk</source>
        <translation>Copïo&apos;r fersiwn, y system a&apos;r llyfrgelloedd, i&apos;w gludo i neges at eich desg gymorth</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Wedi copïo</translation>
    </message>
    <message>
        <source>BSD-3-Clause and others</source>
        <translation>BSD-3-Clause ac eraill</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Parth cyhoeddus</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Trwydded: %1</translation>
    </message>
    <message>
        <source>System: %1, kernel %2, %3</source>
        <translation>System: %1, cnewyllyn %2, %3</translation>
    </message>
    <message>
        <source>Display: %1</source>
        <translation>Dangosydd: %1</translation>
    </message>
    <message>
        <source>Interface language: %1</source>
        <translation>Iaith y rhyngwyneb: %1</translation>
    </message>
    <message>
        <source>Syntax highlighting: %1</source>
        <translation>Amlygu cystrawen: %1</translation>
    </message>
    <message>
        <source>Libraries:</source>
        <translation>Llyfrgelloedd:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Llyfrgell</translation>
    </message>
</context>
<context>
    <name>lga::ui::AltTextPrompt</name>
    <message>
        <source>Write alt text</source>
        <translation>Ysgrifennu testun amgen</translation>
    </message>
    <message>
        <source>Describe what the image shows, for people who cannot see it. Say what matters on this page in a sentence or two; do not start with “Image of”.</source>
        <translation>Disgrifiwch beth mae&apos;r ddelwedd yn ei ddangos, ar gyfer pobl nad ydynt yn gallu ei gweld. Dywedwch beth sy&apos;n bwysig ar y dudalen hon mewn brawddeg neu ddwy; peidiwch â dechrau gyda “Image of” (“Delwedd o”).</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>Y ddelwedd</translation>
    </message>
    <message>
        <source>Image address</source>
        <translation>Cyfeiriad y ddelwedd</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Delwedd:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Current alt text</source>
        <translation>Testun amgen presennol</translation>
    </message>
    <message>
        <source>Current alt text:</source>
        <translation>Testun amgen presennol:</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Testun amgen</translation>
    </message>
    <message>
        <source>What the image shows</source>
        <translation>Beth mae&apos;r ddelwedd yn ei ddangos</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Testun amgen:</translation>
    </message>
    <message>
        <source>The image is &amp;decorative: it adds no information</source>
        <translation>Mae&apos;r ddelwedd yn &amp;addurnol: nid yw&apos;n ychwanegu unrhyw wybodaeth</translation>
    </message>
    <message>
        <source>Decorative image</source>
        <translation>Delwedd addurnol</translation>
    </message>
    <message>
        <source>Screen readers skip a decorative image. Its alt text is left empty.</source>
        <translation>Mae darllenwyr sgrin yn hepgor delwedd addurnol. Caiff ei thestun amgen ei adael yn wag.</translation>
    </message>
    <message>
        <source>Why OK is not available</source>
        <translation>Pam nad yw Iawn ar gael</translation>
    </message>
    <message>
        <source>Mark as decorative</source>
        <translation>Marcio&apos;n addurnol</translation>
    </message>
    <message>
        <source>Write the alt text into the page</source>
        <translation>Ysgrifennu&apos;r testun amgen yn y dudalen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>lga::ui::AppActions</name>
    <message>
        <source>&amp;New page</source>
        <translation>&amp;Tudalen newydd</translation>
    </message>
    <message>
        <source>Create a new draft page</source>
        <translation>Creu tudalen ddrafft newydd</translation>
    </message>
    <message>
        <source>&amp;Duplicate page</source>
        <translation>&amp;Dyblygu&apos;r dudalen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Make a draft copy of this page</source>
        <translation>Gwneud copi drafft o&apos;r dudalen hon</translation>
    </message>
    <message>
        <source>De&amp;lete page…</source>
        <translation>D&amp;ileu&apos;r dudalen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Delete this page from this computer</source>
        <translation>Dileu&apos;r dudalen hon o&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Cadw nawr</translation>
    </message>
    <message>
        <source>Pages save automatically; this saves at once</source>
        <translation>Caiff tudalennau eu cadw&apos;n awtomatig; mae hyn yn cadw ar unwaith</translation>
    </message>
    <message>
        <source>Save &amp;version…</source>
        <translation>Cadw &amp;fersiwn…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Keep this state of the page in its history, with a note</source>
        <translation>Cadw&apos;r dudalen fel y mae nawr yn ei hanes, gyda nodyn</translation>
    </message>
    <message>
        <source>Page &amp;history…</source>
        <translation>&amp;Hanes y dudalen…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>See earlier versions of this page, what changed, and restore one</source>
        <translation>Gweld fersiynau cynharach o&apos;r dudalen hon, beth newidiodd, ac adfer un</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Save and close LocalGov Author</source>
        <translation>Cadw a chau LocalGov Author</translation>
    </message>
    <message>
        <source>&amp;Find page</source>
        <translation>Dod o hyd i &amp;dudalen</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Move to the page filter</source>
        <translation>Symud i&apos;r hidlydd tudalennau</translation>
    </message>
    <message>
        <source>Go to &amp;body</source>
        <translation>Mynd i&apos;r &amp;corff</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Move to the page body editor</source>
        <translation>Symud i olygydd corff y dudalen</translation>
    </message>
    <message>
        <source>Show &amp;preview</source>
        <translation>Dangos y &amp;rhagolwg</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Show or hide the live preview</source>
        <translation>Dangos neu guddio&apos;r rhagolwg byw</translation>
    </message>
    <message>
        <source>Show page &amp;fields</source>
        <translation>Dangos &amp;meysydd y dudalen</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Show or hide the page&apos;s fields: top tasks, parent page, dates</source>
        <translation>Dangos neu guddio meysydd y dudalen: prif dasgau, tudalen rhiant, dyddiadau</translation>
    </message>
    <message>
        <source>Show &amp;accessibility and plain English</source>
        <translation>Dangos &amp;hygyrchedd a Saesneg clir</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Show or hide the checker&apos;s findings for this page</source>
        <translation>Dangos neu guddio canfyddiadau&apos;r gwiriwr ar gyfer y dudalen hon</translation>
    </message>
    <message>
        <source>Show &amp;review queue</source>
        <translation>Dangos y &amp;ciw adolygu</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Show or hide the pages waiting for review</source>
        <translation>Dangos neu guddio&apos;r tudalennau sy&apos;n aros i gael eu hadolygu</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>Canfyddiad &amp;nesaf</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Select the next accessibility or plain English finding in the text</source>
        <translation>Dewis y canfyddiad hygyrchedd neu Saesneg clir nesaf yn y testun</translation>
    </message>
    <message>
        <source>Pre&amp;vious finding</source>
        <translation>Canfyddiad &amp;blaenorol</translation>
    </message>
    <message>
        <source>Shift+F4</source>
        <translation>Shift+F4</translation>
    </message>
    <message>
        <source>Select the previous accessibility or plain English finding in the text</source>
        <translation>Dewis y canfyddiad hygyrchedd neu Saesneg clir blaenorol yn y testun</translation>
    </message>
    <message>
        <source>Run full &amp;audit</source>
        <translation>Rhedeg &amp;archwiliad llawn</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Check the previewed page against WCAG with axe-core, as the site will show it</source>
        <translation>Gwirio&apos;r dudalen yn y rhagolwg yn erbyn WCAG gydag axe-core, fel y bydd y wefan yn ei dangos</translation>
    </message>
    <message>
        <source>Check &amp;spelling as you type</source>
        <translation>Gwirio&apos;r &amp;sillafu wrth deipio</translation>
    </message>
    <message>
        <source>Underline words not in the British English dictionary</source>
        <translation>Tanlinellu geiriau nad ydynt yn y geiriadur Saesneg Prydeinig</translation>
    </message>
    <message>
        <source>Next spelling &amp;mistake</source>
        <translation>&amp;Gwall sillafu nesaf</translation>
    </message>
    <message>
        <source>Shift+F7</source>
        <translation>Shift+F7</translation>
    </message>
    <message>
        <source>Select the next word not in the dictionary</source>
        <translation>Dewis y gair nesaf nad yw yn y geiriadur</translation>
    </message>
    <message>
        <source>Insert &amp;image…</source>
        <translation>Mewnosod &amp;delwedd…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Add an image from a file at the cursor, with its alt text</source>
        <translation>Ychwanegu delwedd o ffeil wrth y cyrchwr, gyda&apos;i thestun amgen</translation>
    </message>
    <message>
        <source>Insert &amp;document link…</source>
        <translation>Mewnosod dolen i dd&amp;ogfen…</translation>
    </message>
    <message>
        <source>Add a link to a PDF or Word document at the cursor</source>
        <translation>Ychwanegu dolen i ddogfen PDF neu Word wrth y cyrchwr</translation>
    </message>
    <message>
        <source>&amp;Media library…</source>
        <translation>&amp;Llyfrgell gyfryngau…</translation>
    </message>
    <message>
        <source>See the images and documents in this store and edit their alt text</source>
        <translation>Gweld y delweddau a&apos;r dogfennau yn y storfa hon a golygu eu testun amgen</translation>
    </message>
    <message>
        <source>&amp;About LocalGov Author</source>
        <translation>&amp;Ynghylch LocalGov Author</translation>
    </message>
    <message>
        <source>Version, licence and the libraries used</source>
        <translation>Fersiwn, trwydded a&apos;r llyfrgelloedd a ddefnyddir</translation>
    </message>
    <message>
        <source>&amp;Connect to site…</source>
        <translation>C&amp;ysylltu â gwefan…</translation>
    </message>
    <message>
        <source>Choose the LocalGov Drupal site to sync with and sign in to it</source>
        <translation>Dewis y wefan LocalGov Drupal i gysoni â hi a mewngofnodi iddi</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Cys&amp;oni nawr</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Bring in the site&apos;s changes and send this computer&apos;s changes to the site</source>
        <translation>Dod â newidiadau&apos;r wefan i mewn ac anfon newidiadau&apos;r cyfrifiadur hwn i&apos;r wefan</translation>
    </message>
    <message>
        <source>C&amp;ancel sync</source>
        <translation>C&amp;anslo&apos;r cysoni</translation>
    </message>
    <message>
        <source>Stop the sync; what was already brought in or sent stays so</source>
        <translation>Stopio&apos;r cysoni; mae&apos;r hyn a ddaeth i mewn neu a anfonwyd eisoes yn aros fel y mae</translation>
    </message>
    <message>
        <source>Submit for &amp;review…</source>
        <translation>&amp;Cyflwyno i&apos;w hadolygu…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>Ask an editor to approve this page, with a message</source>
        <translation>Gofyn i olygydd gymeradwyo&apos;r dudalen hon, gyda neges</translation>
    </message>
    <message>
        <source>&amp;Approve and publish…</source>
        <translation>Cy&amp;meradwyo a chyhoeddi…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <source>Publish this page on the site</source>
        <translation>Cyhoeddi&apos;r dudalen hon ar y wefan</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Anfon yn ôl…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>Return this page to its author as a draft, saying what to change</source>
        <translation>Dychwelyd y dudalen hon i&apos;w hawdur fel drafft, gan ddweud beth i&apos;w newid</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>A&amp;rchifo…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+X</source>
        <translation>Ctrl+Alt+X</translation>
    </message>
    <message>
        <source>Take this page off the site and keep it archived</source>
        <translation>Tynnu&apos;r dudalen hon oddi ar y wefan a&apos;i chadw wedi&apos;i harchifo</translation>
    </message>
    <message>
        <source>What &amp;changed…</source>
        <translation>Beth sydd wedi &amp;newid…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+W</source>
        <translation>Ctrl+Alt+W</translation>
    </message>
    <message>
        <source>Compare this page with the version published on the site</source>
        <translation>Cymharu&apos;r dudalen hon â&apos;r fersiwn sydd wedi&apos;i chyhoeddi ar y wefan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Go&amp;sodiadau…</translation>
    </message>
    <message>
        <source>The site, review, language and update settings</source>
        <translation>Gosodiadau&apos;r wefan, adolygu, iaith a diweddariadau</translation>
    </message>
</context>
<context>
    <name>lga::ui::AxeAudit</name>
    <message>
        <source>The accessibility audit took too long and was stopped. Try again, or check a shorter page.</source>
        <translation>Cymerodd yr archwiliad hygyrchedd ormod o amser a chafodd ei atal. Rhowch gynnig arall arni, neu gwiriwch dudalen fyrrach.</translation>
    </message>
    <message>
        <source>The preview is not ready yet, so the page could not be audited.</source>
        <translation>Nid yw&apos;r rhagolwg yn barod eto, felly nid oedd modd archwilio&apos;r dudalen.</translation>
    </message>
    <message>
        <source>The accessibility audit could not start in the preview.</source>
        <translation>Nid oedd modd dechrau&apos;r archwiliad hygyrchedd yn y rhagolwg.</translation>
    </message>
    <message>
        <source>The preview was reloaded during the accessibility audit.</source>
        <translation>Cafodd y rhagolwg ei ail-lwytho yn ystod yr archwiliad hygyrchedd.</translation>
    </message>
    <message>
        <source>The accessibility audit stopped with an error: %1</source>
        <translation>Daeth yr archwiliad hygyrchedd i ben gyda gwall: %1</translation>
    </message>
</context>
<context>
    <name>lga::ui::CheckPanel</name>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Awgrym</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>D&amp;iystyru…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Adf&amp;er</translation>
    </message>
    <message>
        <source>Show dis&amp;missed</source>
        <translation>Dangos rhai wedi&apos;u diyst&amp;yru</translation>
    </message>
    <message>
        <source>Accessibility and plain English</source>
        <translation>Hygyrchedd a Saesneg clir</translation>
    </message>
    <message>
        <source>Readability</source>
        <translation>Darllenadwyedd</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Press Enter on a finding to go to its text in the body editor</source>
        <translation>Pwyswch Enter ar ganfyddiad i fynd i&apos;w destun yng ngolygydd y corff</translation>
    </message>
    <message>
        <source>About the selected finding</source>
        <translation>Ynghylch y canfyddiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Atgyweiriadau</translation>
    </message>
    <message>
        <source>Dismiss this finding</source>
        <translation>Diystyru&apos;r canfyddiad hwn</translation>
    </message>
    <message>
        <source>Stop showing this finding on this page, with a reason</source>
        <translation>Peidio â dangos y canfyddiad hwn ar y dudalen hon, gyda rheswm</translation>
    </message>
    <message>
        <source>Restore this finding</source>
        <translation>Adfer y canfyddiad hwn</translation>
    </message>
    <message>
        <source>Show this dismissed finding again</source>
        <translation>Dangos y canfyddiad hwn a ddiystyrwyd eto</translation>
    </message>
    <message>
        <source>Show dismissed findings</source>
        <translation>Dangos canfyddiadau a ddiystyrwyd</translation>
    </message>
    <message numerus="yes">
        <source>Reading ease %1 out of 100, reading age %2 · %n word(s)</source>
        <translation>
            <numerusform>Rhwyddineb darllen %1 allan o 100, oedran darllen %2 · %n gair</numerusform>
            <numerusform>Rhwyddineb darllen %1 allan o 100, oedran darllen %2 · %n gair</numerusform>
            <numerusform>Rhwyddineb darllen %1 allan o 100, oedran darllen %2 · %n gair</numerusform>
            <numerusform>Rhwyddineb darllen %1 allan o 100, oedran darllen %2 · %n gair</numerusform>
            <numerusform>Rhwyddineb darllen %1 allan o 100, oedran darllen %2 · %n gair</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s): too short to score readability</source>
        <translation>
            <numerusform>%n gair: rhy fyr i roi sgôr darllenadwyedd</numerusform>
            <numerusform>%n gair: rhy fyr i roi sgôr darllenadwyedd</numerusform>
            <numerusform>%n gair: rhy fyr i roi sgôr darllenadwyedd</numerusform>
            <numerusform>%n gair: rhy fyr i roi sgôr darllenadwyedd</numerusform>
            <numerusform>%n gair: rhy fyr i roi sgôr darllenadwyedd</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Heb ganfod unrhyw broblemau.</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and how to fix it.</source>
        <translation>Dewiswch ganfyddiad i weld pam mae&apos;n bwysig a sut i&apos;w gywiro.</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Pam mae&apos;n bwysig:</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>Cynnig:</translation>
    </message>
    <message>
        <source>WCAG:</source>
        <translation>WCAG:</translation>
    </message>
    <message>
        <source>axe rule:</source>
        <translation>Rheol axe:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Ble:</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>llinell %1, colofn %2</translation>
    </message>
    <message>
        <source>Dismissed:</source>
        <translation>Wedi&apos;i ddiystyru:</translation>
    </message>
    <message>
        <source>More help</source>
        <translation>Rhagor o gymorth</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Diystyru canfyddiad</translation>
    </message>
    <message>
        <source>Why is this fine? The finding will not be shown again on this page.</source>
        <translation>Pam mae hyn yn iawn? Ni fydd y canfyddiad yn cael ei ddangos eto ar y dudalen hon.</translation>
    </message>
    <message>
        <source>Checked and OK</source>
        <translation>Wedi&apos;i wirio ac yn iawn</translation>
    </message>
</context>
<context>
    <name>lga::ui::ChoiceFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Untitled page</source>
        <translation>Tudalen heb deitl</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Anhysbys (%1)</translation>
    </message>
</context>
<context>
    <name>lga::ui::ConnectDialog</name>
    <message>
        <source>Connect to a site</source>
        <translation>Cysylltu â gwefan</translation>
    </message>
    <message>
        <source>https://www.example.gov.uk</source>
        <translation>https://www.example.gov.uk</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Cyfeiriad y wefan</translation>
    </message>
    <message>
        <source>The address of the council&apos;s LocalGov Drupal site, starting with https://</source>
        <translation>Cyfeiriad gwefan LocalGov Drupal y cyngor, yn dechrau gyda https://</translation>
    </message>
    <message>
        <source>Sign in with the site (OAuth2)</source>
        <translation>Mewngofnodi drwy&apos;r wefan (OAuth2)</translation>
    </message>
    <message>
        <source>User name and password (Basic)</source>
        <translation>Enw defnyddiwr a chyfrinair (Basic)</translation>
    </message>
    <message>
        <source>Session login (Cookie)</source>
        <translation>Mewngofnodi sesiwn (Cookie)</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Sut i fewngofnodi</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID y cleient</translation>
    </message>
    <message>
        <source>The OAuth consumer the site&apos;s administrators set up for LocalGov Author</source>
        <translation>Y cleient OAuth (consumer) a osododd gweinyddwyr y wefan ar gyfer LocalGov Author</translation>
    </message>
    <message>
        <source>&amp;Site address:</source>
        <translation>Cyfeiriad y &amp;wefan:</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>&amp;Mewngofnodi gyda:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;yfrinair:</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>&amp;ID y cleient:</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Wrthi&apos;n cysylltu</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>Canlyniad y cysylltiad</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Cysylltu</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Cysylltu</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Enter the site&apos;s address, for example https://www.example.gov.uk.</source>
        <translation>Rhowch gyfeiriad y wefan, er enghraifft https://www.example.gov.uk.</translation>
    </message>
    <message>
        <source>The site address must be a full web address starting with https://.</source>
        <translation>Rhaid i gyfeiriad y wefan fod yn gyfeiriad gwe llawn sy&apos;n dechrau gyda https://.</translation>
    </message>
    <message>
        <source>The site address must start with https://, so that passwords are never sent unencrypted.</source>
        <translation>Rhaid i gyfeiriad y wefan ddechrau gyda https://, fel nad yw cyfrineiriau byth yn cael eu hanfon heb eu hamgryptio.</translation>
    </message>
    <message>
        <source>Enter the client id the site&apos;s administrators gave you.</source>
        <translation>Rhowch yr ID cleient a roddodd gweinyddwyr y wefan i chi.</translation>
    </message>
    <message>
        <source>Enter your user name and password for the site.</source>
        <translation>Rhowch eich enw defnyddiwr a&apos;ch cyfrinair ar gyfer y wefan.</translation>
    </message>
    <message>
        <source>Finish signing in in your web browser…</source>
        <translation>Gorffennwch fewngofnodi yn eich porwr gwe…</translation>
    </message>
    <message>
        <source>Checking the site…</source>
        <translation>Wrthi&apos;n gwirio&apos;r wefan…</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Wedi cysylltu fel %1.</translation>
    </message>
    <message>
        <source>Connected as %1 (%2).</source>
        <translation>Wedi cysylltu fel %1 (%2).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The site accepts changes.</source>
        <translation>Mae&apos;r wefan yn derbyn newidiadau.</translation>
    </message>
    <message>
        <source>The site lists no content types.</source>
        <translation>Nid yw&apos;r wefan yn rhestru unrhyw fathau o gynnwys.</translation>
    </message>
    <message>
        <source>Content types: %1.</source>
        <translation>Mathau o gynnwys: %1.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Cafodd y cysylltu ei ganslo.</translation>
    </message>
</context>
<context>
    <name>lga::ui::DateFieldEditor</name>
    <message>
        <source>Set</source>
        <translation>Gosod</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 wedi&apos;i osod</translation>
    </message>
</context>
<context>
    <name>lga::ui::DecisionDialog</name>
    <message>
        <source>Show the &amp;errors</source>
        <translation>Dangos y &amp;gwallau</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Cyflwyno i&apos;w hadolygu</translation>
    </message>
    <message>
        <source>Submit “%1” for review? An editor is asked to approve it once the next sync has sent it.</source>
        <translation>Cyflwyno “%1” i&apos;w hadolygu? Gofynnir i olygydd ei chymeradwyo unwaith y bydd y cysoni nesaf wedi&apos;i hanfon.</translation>
    </message>
    <message>
        <source>&amp;Message for the reviewer (optional):</source>
        <translation>&amp;Neges i&apos;r adolygydd (dewisol):</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Cyflwyno</translation>
    </message>
    <message>
        <source>Approve and publish</source>
        <translation>Cymeradwyo a chyhoeddi</translation>
    </message>
    <message>
        <source>Approve and publish “%1”? It goes live on the site at the next sync.</source>
        <translation>Cymeradwyo a chyhoeddi “%1”? Bydd yn mynd yn fyw ar y wefan yn ystod y cysoni nesaf.</translation>
    </message>
    <message>
        <source>&amp;Message for the revision log (optional):</source>
        <translation>&amp;Neges ar gyfer y log diwygiadau (dewisol):</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Cymeradwyo</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Anfon yn ôl</translation>
    </message>
    <message>
        <source>Send “%1” back to its author as a draft? It leaves the review queue at the next sync and stays unpublished.</source>
        <translation>Anfon “%1” yn ôl i&apos;w hawdur fel drafft? Bydd yn gadael y ciw adolygu yn ystod y cysoni nesaf ac yn aros heb ei chyhoeddi.</translation>
    </message>
    <message>
        <source>&amp;What should the author change? (required)</source>
        <translation>&amp;Beth ddylai&apos;r awdur ei newid? (gofynnol)</translation>
    </message>
    <message>
        <source>Send &amp;back</source>
        <translation>&amp;Anfon yn ôl</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archifo</translation>
    </message>
    <message>
        <source>Archive “%1”? It is taken off the site at the next sync; an editor can restore it later.</source>
        <translation>Archifo “%1”? Caiff ei thynnu oddi ar y wefan yn ystod y cysoni nesaf; gall golygydd ei hadfer yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>&amp;Archifo</translation>
    </message>
    <message>
        <source>Kept with the page&apos;s history on the site. Ctrl+Enter confirms.</source>
        <translation>Caiff ei chadw gyda hanes y dudalen ar y wefan. Mae Ctrl+Enter yn cadarnhau.</translation>
    </message>
    <message>
        <source>Write what the author should change: they see it with the page, and the site keeps it in the page&apos;s history.</source>
        <translation>Ysgrifennwch beth ddylai&apos;r awdur ei newid: bydd yn ei weld gyda&apos;r dudalen, a bydd y wefan yn ei gadw yn hanes y dudalen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Accessibility errors in this page</source>
        <translation>Gwallau hygyrchedd yn y dudalen hon</translation>
    </message>
    <message>
        <source>Show the errors in the checker</source>
        <translation>Dangos y gwallau yn y gwiriwr</translation>
    </message>
    <message>
        <source>The full accessibility audit found no errors in this page.</source>
        <translation>Ni chanfu&apos;r archwiliad hygyrchedd llawn unrhyw wallau yn y dudalen hon.</translation>
    </message>
    <message>
        <source>The checker found no errors in this page.</source>
        <translation>Ni chanfu&apos;r gwiriwr unrhyw wallau yn y dudalen hon.</translation>
    </message>
    <message numerus="yes">
        <source>The checker and the full accessibility audit found %n error(s) in this page:</source>
        <translation>
            <numerusform>Canfu&apos;r gwiriwr a&apos;r archwiliad hygyrchedd llawn %n gwall yn y dudalen hon:</numerusform>
            <numerusform>Canfu&apos;r gwiriwr a&apos;r archwiliad hygyrchedd llawn %n gwall yn y dudalen hon:</numerusform>
            <numerusform>Canfu&apos;r gwiriwr a&apos;r archwiliad hygyrchedd llawn %n gwall yn y dudalen hon:</numerusform>
            <numerusform>Canfu&apos;r gwiriwr a&apos;r archwiliad hygyrchedd llawn %n gwall yn y dudalen hon:</numerusform>
            <numerusform>Canfu&apos;r gwiriwr a&apos;r archwiliad hygyrchedd llawn %n gwall yn y dudalen hon:</numerusform>
        </translation>
    </message>
    <message>
        <source>The full audit did not run: %1</source>
        <translation>Ni redodd yr archwiliad llawn: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Llinell %1: %2</translation>
    </message>
    <message>
        <source>Your organisation does not allow a page to be submitted for review while it has accessibility errors. Fix them, then submit again.</source>
        <translation>Nid yw eich sefydliad yn caniatáu cyflwyno tudalen i&apos;w hadolygu tra bo ganddi wallau hygyrchedd. Cywirwch nhw, yna cyflwynwch eto.</translation>
    </message>
</context>
<context>
    <name>lga::ui::FieldsPanel</name>
    <message>
        <source>Must fix: %1</source>
        <translation>Rhaid cywiro: %1</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>Cyngor: %1</translation>
    </message>
    <message>
        <source>Problems with the title, summary or body</source>
        <translation>Problemau gyda&apos;r teitl, y crynodeb neu&apos;r corff</translation>
    </message>
    <message>
        <source>No page open.</source>
        <translation>Dim tudalen ar agor.</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>Meysydd %1</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (gofynnol)</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
</context>
<context>
    <name>lga::ui::FindingsModel</name>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Gwallau (%n)</numerusform>
            <numerusform>Gwallau (%n)</numerusform>
            <numerusform>Gwallau (%n)</numerusform>
            <numerusform>Gwallau (%n)</numerusform>
            <numerusform>Gwallau (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Rhybuddion (%n)</numerusform>
            <numerusform>Rhybuddion (%n)</numerusform>
            <numerusform>Rhybuddion (%n)</numerusform>
            <numerusform>Rhybuddion (%n)</numerusform>
            <numerusform>Rhybuddion (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tips (%n)</source>
        <translation>
            <numerusform>Awgrymiadau (%n)</numerusform>
            <numerusform>Awgrymiadau (%n)</numerusform>
            <numerusform>Awgrymiadau (%n)</numerusform>
            <numerusform>Awgrymiadau (%n)</numerusform>
            <numerusform>Awgrymiadau (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismissed (%n)</source>
        <translation>
            <numerusform>Wedi&apos;u diystyru (%n)</numerusform>
            <numerusform>Wedi&apos;u diystyru (%n)</numerusform>
            <numerusform>Wedi&apos;u diystyru (%n)</numerusform>
            <numerusform>Wedi&apos;u diystyru (%n)</numerusform>
            <numerusform>Wedi&apos;u diystyru (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Y dudalen gyfan</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Llinell %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, llinell %2</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Canfyddiad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Llinell</translation>
    </message>
</context>
<context>
    <name>lga::ui::HistoryDialog</name>
    <message>
        <source>Edits</source>
        <translation>Golygiadau</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Fersiwn wedi&apos;i chadw</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Adferwyd</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Mewnforiwyd</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Adfer y fersiwn hon</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Hanes “%1”</translation>
    </message>
    <message>
        <source>Revisions, newest first</source>
        <translation>Diwygiadau, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Compare the chosen revision with</source>
        <translation>Cymharu&apos;r diwygiad a ddewiswyd â</translation>
    </message>
    <message>
        <source>What changed between the two versions</source>
        <translation>Beth newidiodd rhwng y ddwy fersiwn</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Adfer y fersiwn hon</translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation>&amp;Diwygiadau</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>C&amp;ymharu â:</translation>
    </message>
    <message>
        <source>The revision before it</source>
        <translation>Y diwygiad cyn hwnnw</translation>
    </message>
    <message>
        <source>The current text</source>
        <translation>Y testun presennol</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>&amp;Newidiadau</translation>
    </message>
    <message>
        <source>This page has no saved revisions yet.</source>
        <translation>Nid oes gan y dudalen hon unrhyw ddiwygiadau wedi&apos;u cadw eto.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>the current text</source>
        <translation>y testun presennol</translation>
    </message>
    <message>
        <source>an empty page</source>
        <translation>tudalen wag</translation>
    </message>
    <message>
        <source>C&amp;hanges from %1 to %2</source>
        <translation>&amp;Newidiadau o %1 i %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No differences: the two versions are the same.</source>
        <translation>Dim gwahaniaethau: mae&apos;r ddwy fersiwn yr un fath.</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Meysydd eraill</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Nid oedd modd adfer</translation>
    </message>
</context>
<context>
    <name>lga::ui::InsertMediaDialog</name>
    <message>
        <source>Insert image</source>
        <translation>Mewnosod delwedd</translation>
    </message>
    <message>
        <source>Insert document link</source>
        <translation>Mewnosod dolen i ddogfen</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Dim ffeil wedi&apos;i dewis</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Ffeil a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>Dewis ffeil delwedd</translation>
    </message>
    <message>
        <source>Choose a document file</source>
        <translation>Dewis ffeil dogfen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Ffeil:</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Rhagolwg o&apos;r ddelwedd</translation>
    </message>
    <message>
        <source>Alt text is read out to people who cannot see the image. Say what the image shows that matters for this page, in a sentence or less: for example “Green wheelie bin with a brown lid”. Do not start with “Image of” and do not use the file name. If the image only decorates the page and adds no information, tick “decorative” instead.</source>
        <translation>Caiff testun amgen ei ddarllen yn uchel i bobl nad ydynt yn gallu gweld y ddelwedd. Dywedwch beth mae&apos;r ddelwedd yn ei ddangos sy&apos;n bwysig i&apos;r dudalen hon, mewn brawddeg neu lai: er enghraifft “Bin olwynion gwyrdd gyda chaead brown”. Peidiwch â dechrau gyda “Image of” (“Delwedd o”) a pheidiwch â defnyddio enw&apos;r ffeil. Os mai dim ond addurno&apos;r dudalen mae&apos;r ddelwedd, heb ychwanegu unrhyw wybodaeth, ticiwch “addurnol” yn lle hynny.</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Testun amgen</translation>
    </message>
    <message>
        <source>What the image shows, for people who cannot see it</source>
        <translation>Beth mae&apos;r ddelwedd yn ei ddangos, ar gyfer pobl nad ydynt yn gallu ei gweld</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Testun amgen:</translation>
    </message>
    <message>
        <source>This image is &amp;decorative (no alt text)</source>
        <translation>Mae&apos;r ddelwedd hon yn &amp;addurnol (dim testun amgen)</translation>
    </message>
    <message>
        <source>This image is decorative (no alt text)</source>
        <translation>Mae&apos;r ddelwedd hon yn addurnol (dim testun amgen)</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Testun y ddolen</translation>
    </message>
    <message>
        <source>Words that say what the document is; its type and size are added for you</source>
        <translation>Geiriau sy&apos;n dweud beth yw&apos;r ddogfen; caiff ei math a&apos;i maint eu hychwanegu i chi</translation>
    </message>
    <message>
        <source>&amp;Link text:</source>
        <translation>Testun y do&amp;len:</translation>
    </message>
    <message>
        <source>Say what the document is, such as “Council tax leaflet 2026”, not “click here”. The file type and size are added so people know what they will get.</source>
        <translation>Dywedwch beth yw&apos;r ddogfen, fel “Taflen treth gyngor 2026”, nid “cliciwch yma”. Caiff math a maint y ffeil eu hychwanegu fel bod pobl yn gwybod beth y byddan nhw&apos;n ei gael.</translation>
    </message>
    <message>
        <source>The link as it will read</source>
        <translation>Y ddolen fel y bydd yn darllen</translation>
    </message>
    <message>
        <source>Link reads:</source>
        <translation>Bydd y ddolen yn darllen:</translation>
    </message>
    <message>
        <source>Why the file cannot be inserted yet</source>
        <translation>Pam na ellir mewnosod y ffeil eto</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Mewnosod</translation>
    </message>
    <message>
        <source>Insert the image</source>
        <translation>Mewnosod y ddelwedd</translation>
    </message>
    <message>
        <source>Insert the document link</source>
        <translation>Mewnosod y ddolen i&apos;r ddogfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Dewis delwedd</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Dewis dogfen</translation>
    </message>
    <message>
        <source>“%1” is a document, not an image. Use Insert document link for it.</source>
        <translation>Dogfen yw “%1”, nid delwedd. Defnyddiwch Mewnosod dolen i ddogfen ar ei chyfer.</translation>
    </message>
    <message>
        <source>“%1” is an image, not a document. Use Insert image for it.</source>
        <translation>Delwedd yw “%1”, nid dogfen. Defnyddiwch Mewnosod delwedd ar ei chyfer.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 × %4 pixels, %5)</source>
        <translation>%1 (%2, %3 × %4 picsel, %5)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Write alt text, or tick “decorative” if the image adds no information.</source>
        <translation>Ysgrifennwch destun amgen, neu ticiwch “addurnol” os nad yw&apos;r ddelwedd yn ychwanegu unrhyw wybodaeth.</translation>
    </message>
    <message>
        <source>Alt text should say what the image shows, not name its file.</source>
        <translation>Dylai testun amgen ddweud beth mae&apos;r ddelwedd yn ei ddangos, nid enwi ei ffeil.</translation>
    </message>
    <message>
        <source>“%1” does not tell anyone what the image shows. Describe it.</source>
        <translation>Nid yw “%1” yn dweud wrth neb beth mae&apos;r ddelwedd yn ei ddangos. Disgrifiwch hi.</translation>
    </message>
    <message>
        <source>Choose an image file to insert.</source>
        <translation>Dewiswch ffeil delwedd i&apos;w mewnosod.</translation>
    </message>
    <message>
        <source>Choose a document to link to.</source>
        <translation>Dewiswch ddogfen i greu dolen iddi.</translation>
    </message>
    <message>
        <source>You marked this image as decorative before.</source>
        <translation>Rydych wedi marcio&apos;r ddelwedd hon yn addurnol o&apos;r blaen.</translation>
    </message>
    <message>
        <source>Alt text you wrote before for this image. Check it suits this page.</source>
        <translation>Testun amgen a ysgrifennoch o&apos;r blaen ar gyfer y ddelwedd hon. Gwiriwch ei fod yn addas i&apos;r dudalen hon.</translation>
    </message>
    <message>
        <source>Your change will also be kept for the next time you use this image.</source>
        <translation>Caiff eich newid ei gadw hefyd ar gyfer y tro nesaf y byddwch yn defnyddio&apos;r ddelwedd hon.</translation>
    </message>
    <message>
        <source>Write the link text: what the document is.</source>
        <translation>Ysgrifennwch destun y ddolen: beth yw&apos;r ddogfen.</translation>
    </message>
    <message>
        <source>The file could not be added: %1</source>
        <translation>Nid oedd modd ychwanegu&apos;r ffeil: %1</translation>
    </message>
</context>
<context>
    <name>lga::ui::LinkListEditor</name>
    <message>
        <source>Add link</source>
        <translation>Ychwanegu dolen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Testun y ddolen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Each row is one link: its text, then its address, such as /bins or https://…</source>
        <translation>Mae pob rhes yn un ddolen: ei thestun, yna ei chyfeiriad, fel /bins neu https://…</translation>
    </message>
    <message>
        <source>%1 count</source>
        <translation>Nifer %1</translation>
    </message>
    <message>
        <source>Add a link to %1</source>
        <translation>Ychwanegu dolen at %1</translation>
    </message>
    <message>
        <source>Remove the selected link from %1</source>
        <translation>Tynnu&apos;r ddolen a ddewiswyd o %1</translation>
    </message>
    <message>
        <source>Move the selected link up</source>
        <translation>Symud y ddolen a ddewiswyd i fyny</translation>
    </message>
    <message>
        <source>Move the selected link down</source>
        <translation>Symud y ddolen a ddewiswyd i lawr</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n dolen</numerusform>
            <numerusform>%n dolen</numerusform>
            <numerusform>%n dolen</numerusform>
            <numerusform>%n dolen</numerusform>
            <numerusform>%n dolen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::ui::LinkTextPrompt</name>
    <message>
        <source>Rewrite link text</source>
        <translation>Ailysgrifennu testun y ddolen</translation>
    </message>
    <message>
        <source>Say where the link goes or what it does, so that it makes sense on its own, for example “Pay your council tax”.</source>
        <translation>Dywedwch i ble mae&apos;r ddolen yn mynd neu beth mae&apos;n ei wneud, fel ei bod yn gwneud synnwyr ar ei phen ei hun, er enghraifft “Talu eich treth gyngor”.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Cyfeiriad y ddolen</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>Yn mynd i:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Current link text</source>
        <translation>Testun presennol y ddolen</translation>
    </message>
    <message>
        <source>Current text:</source>
        <translation>Testun presennol:</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Testun y ddolen</translation>
    </message>
    <message>
        <source>Where the link goes</source>
        <translation>I ble mae&apos;r ddolen yn mynd</translation>
    </message>
    <message>
        <source>&amp;Link text:</source>
        <translation>Testun y do&amp;len:</translation>
    </message>
    <message>
        <source>&amp;Use “%1”</source>
        <translation>&amp;Defnyddio “%1”</translation>
    </message>
    <message>
        <source>Use the linked page&apos;s title: %1</source>
        <translation>Defnyddio teitl y dudalen gysylltiedig: %1</translation>
    </message>
    <message>
        <source>Page title:</source>
        <translation>Teitl y dudalen:</translation>
    </message>
    <message>
        <source>Why OK is not available</source>
        <translation>Pam nad yw Iawn ar gael</translation>
    </message>
    <message>
        <source>Change link text</source>
        <translation>Newid testun y ddolen</translation>
    </message>
    <message>
        <source>Change the link text in the page</source>
        <translation>Newid testun y ddolen yn y dudalen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Write the words the link will show.</source>
        <translation>Ysgrifennwch y geiriau y bydd y ddolen yn eu dangos.</translation>
    </message>
    <message>
        <source>“%1” does not say where the link goes.</source>
        <translation>Nid yw “%1” yn dweud i ble mae&apos;r ddolen yn mynd.</translation>
    </message>
    <message>
        <source>Use words rather than the web address.</source>
        <translation>Defnyddiwch eiriau yn hytrach na&apos;r cyfeiriad gwe.</translation>
    </message>
</context>
<context>
    <name>lga::ui::MainWindow</name>
    <message>
        <source>LocalGov Author</source>
        <translation>LocalGov Author</translation>
    </message>
    <message>
        <source>This page on the site</source>
        <translation>Y dudalen hon ar y wefan</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Datrys…</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Datrys y gwrthdaro</translation>
    </message>
    <message>
        <source>Compare your version with the site&apos;s and choose what to keep</source>
        <translation>Cymharu eich fersiwn chi â fersiwn y wefan a dewis beth i&apos;w gadw</translation>
    </message>
    <message>
        <source>&amp;Open on the site</source>
        <translation>Agor ar y w&amp;efan</translation>
    </message>
    <message>
        <source>Open the page&apos;s latest version on the site</source>
        <translation>Agor fersiwn ddiweddaraf y dudalen ar y wefan</translation>
    </message>
    <message>
        <source>The site&apos;s draft can only be edited, approved or sent back in the site&apos;s own editor: open it there in your web browser</source>
        <translation>Dim ond yng ngolygydd y wefan ei hun y gellir golygu, cymeradwyo neu anfon drafft y wefan yn ôl: agorwch ef yno yn eich porwr gwe</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Nifer y geiriau</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>Amser darllen</translation>
    </message>
    <message>
        <source>Accessibility and plain English findings</source>
        <translation>Canfyddiadau hygyrchedd a Saesneg clir</translation>
    </message>
    <message>
        <source>Show the findings (F7)</source>
        <translation>Dangos y canfyddiadau (F7)</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Wedi cadw am %1</translation>
    </message>
    <message>
        <source>Not saved yet: %1 Your text is kept here and saving will be tried again.</source>
        <translation>Heb gadw eto: %1 Mae eich testun yn cael ei gadw yma a bydd ymgais arall i gadw.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Gwirio</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Cadw fersiwn</translation>
    </message>
    <message>
        <source>What changed in this version? (optional)</source>
        <translation>Beth newidiodd yn y fersiwn hon? (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>Mewno&amp;sod</translation>
    </message>
    <message>
        <source>That document is not in this store.</source>
        <translation>Nid yw&apos;r ddogfen honno yn y storfa hon.</translation>
    </message>
    <message>
        <source>The document could not be opened: %1</source>
        <translation>Nid oedd modd agor y ddogfen: %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Pob newid wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Could not save the version</source>
        <translation>Nid oedd modd cadw&apos;r fersiwn</translation>
    </message>
    <message>
        <source>Version saved</source>
        <translation>Fersiwn wedi&apos;i chadw</translation>
    </message>
    <message>
        <source>Restored an earlier version</source>
        <translation>Wedi adfer fersiwn gynharach</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wrthi&apos;n golygu…</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n munud o ddarllen</numerusform>
            <numerusform>%n munud o ddarllen</numerusform>
            <numerusform>%n munud o ddarllen</numerusform>
            <numerusform>%n munud o ddarllen</numerusform>
            <numerusform>%n munud o ddarllen</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled page</source>
        <translation>Tudalen heb deitl</translation>
    </message>
    <message>
        <source>Could not create the page</source>
        <translation>Nid oedd modd creu&apos;r dudalen</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copi o %1</translation>
    </message>
    <message>
        <source>Could not duplicate the page</source>
        <translation>Nid oedd modd dyblygu&apos;r dudalen</translation>
    </message>
    <message>
        <source>Delete page?</source>
        <translation>Dileu&apos;r dudalen?</translation>
    </message>
    <message>
        <source>Delete “%1” from this computer? This cannot be undone.</source>
        <translation>Dileu “%1” o&apos;r cyfrifiadur hwn? Nid oes modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Could not delete the page</source>
        <translation>Nid oedd modd dileu&apos;r dudalen</translation>
    </message>
    <message>
        <source>Your changes are not saved</source>
        <translation>Nid yw eich newidiadau wedi&apos;u cadw</translation>
    </message>
    <message>
        <source>Page fields</source>
        <translation>Meysydd y dudalen</translation>
    </message>
    <message>
        <source>%1 (decorative)</source>
        <translation>%1 (addurnol)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The full audit found no problems in the page as the site will show it.</source>
        <translation>Ni chanfu&apos;r archwiliad llawn unrhyw broblemau yn y dudalen fel y bydd y wefan yn ei dangos.</translation>
    </message>
    <message numerus="yes">
        <source>The full audit found %n problem(s); they are listed with the checker&apos;s findings.</source>
        <translation>
            <numerusform>Canfu&apos;r archwiliad llawn %n problem; maen nhw wedi&apos;u rhestru gyda chanfyddiadau&apos;r gwiriwr.</numerusform>
            <numerusform>Canfu&apos;r archwiliad llawn %n problem; mae wedi&apos;i rhestru gyda chanfyddiadau&apos;r gwiriwr.</numerusform>
            <numerusform>Canfu&apos;r archwiliad llawn %n problem; maen nhw wedi&apos;u rhestru gyda chanfyddiadau&apos;r gwiriwr.</numerusform>
            <numerusform>Canfu&apos;r archwiliad llawn %n problem; maen nhw wedi&apos;u rhestru gyda chanfyddiadau&apos;r gwiriwr.</numerusform>
            <numerusform>Canfu&apos;r archwiliad llawn %n problem; maen nhw wedi&apos;u rhestru gyda chanfyddiadau&apos;r gwiriwr.</numerusform>
        </translation>
    </message>
    <message>
        <source>The full audit did not finish: %1</source>
        <translation>Ni orffennodd yr archwiliad llawn: %1</translation>
    </message>
    <message>
        <source>Accessibility and plain English</source>
        <translation>Hygyrchedd a Saesneg clir</translation>
    </message>
    <message>
        <source>Running the full audit…</source>
        <translation>Wrthi&apos;n rhedeg yr archwiliad llawn…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tip(s)</source>
        <translation>
            <numerusform>%n awgrym</numerusform>
            <numerusform>%n awgrym</numerusform>
            <numerusform>%n awgrym</numerusform>
            <numerusform>%n awgrym</numerusform>
            <numerusform>%n awgrym</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Heb ganfod unrhyw broblemau</translation>
    </message>
    <message>
        <source>Could not dismiss the finding</source>
        <translation>Nid oedd modd diystyru&apos;r canfyddiad</translation>
    </message>
    <message>
        <source>Could not restore the finding</source>
        <translation>Nid oedd modd adfer y canfyddiad</translation>
    </message>
    <message>
        <source>Sync with the site</source>
        <translation>Cysoni â&apos;r wefan</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>Beth wnaeth y cysoni diwethaf</translation>
    </message>
    <message>
        <source>Could not open %1 in your web browser.</source>
        <translation>Nid oedd modd agor %1 yn eich porwr gwe.</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Ciw adolygu</translation>
    </message>
    <message>
        <source>Bring in the site&apos;s changes and send this computer&apos;s changes to the site (%1)</source>
        <translation>Dod â newidiadau&apos;r wefan i mewn ac anfon newidiadau&apos;r cyfrifiadur hwn i&apos;r wefan (%1)</translation>
    </message>
    <message>
        <source>No site is set: use File &gt; Connect to site… first</source>
        <translation>Nid oes gwefan wedi&apos;i gosod: defnyddiwch Ffeil &gt; Cysylltu â gwefan… yn gyntaf</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) waiting for review</source>
        <translation>
            <numerusform>%n tudalen yn aros i gael eu hadolygu</numerusform>
            <numerusform>%n tudalen yn aros i gael ei hadolygu</numerusform>
            <numerusform>%n tudalen yn aros i gael eu hadolygu</numerusform>
            <numerusform>%n tudalen yn aros i gael eu hadolygu</numerusform>
            <numerusform>%n tudalen yn aros i gael eu hadolygu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>This page was changed on the site too. Resolve the differences to send your changes.</source>
        <translation>Cafodd y dudalen hon ei newid ar y wefan hefyd. Datryswch y gwahaniaethau i anfon eich newidiadau.</translation>
    </message>
    <message>
        <source>The site refused the last change to this page.</source>
        <translation>Gwrthododd y wefan y newid diwethaf i&apos;r dudalen hon.</translation>
    </message>
    <message>
        <source>The site refused the last change to this page: %1</source>
        <translation>Gwrthododd y wefan y newid diwethaf i&apos;r dudalen hon: %1</translation>
    </message>
    <message>
        <source>This page has a draft on the site; changes made here cannot be sent until it is published or archived there.</source>
        <translation>Mae gan y dudalen hon ddrafft ar y wefan; ni ellir anfon newidiadau a wnaed yma nes iddo gael ei gyhoeddi neu ei archifo yno.</translation>
    </message>
    <message>
        <source>Could not save the resolved page</source>
        <translation>Nid oedd modd cadw&apos;r dudalen wedi&apos;i datrys</translation>
    </message>
    <message>
        <source>Resolved; the page is sent at the next sync</source>
        <translation>Wedi&apos;i datrys; caiff y dudalen ei hanfon yn ystod y cysoni nesaf</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>&amp;Adolygu</translation>
    </message>
    <message>
        <source>Connect to a site to review pages (File &gt; Connect to site…)</source>
        <translation>Cysylltwch â gwefan i adolygu tudalennau (Ffeil &gt; Cysylltu â gwefan…)</translation>
    </message>
    <message>
        <source>Sync once so the app learns your role on the site</source>
        <translation>Cysonwch unwaith fel bod yr ap yn dysgu eich rôl ar y wefan</translation>
    </message>
    <message>
        <source>Open a page to decide on it</source>
        <translation>Agorwch dudalen i wneud penderfyniad arni</translation>
    </message>
    <message>
        <source>This page is not on the site yet: sync to send it first</source>
        <translation>Nid yw&apos;r dudalen hon ar y wefan eto: cysonwch i&apos;w hanfon yn gyntaf</translation>
    </message>
    <message>
        <source>The site holds a newer draft of this page: decide on it on the site</source>
        <translation>Mae gan y wefan ddrafft mwy diweddar o&apos;r dudalen hon: gwnewch benderfyniad arno ar y wefan</translation>
    </message>
    <message>
        <source>Your role on the site has no decision for a page that is %1</source>
        <translation>Nid oes gan eich rôl ar y wefan benderfyniad ar gyfer tudalen â&apos;r statws %1</translation>
    </message>
    <message>
        <source>This page is not in the site&apos;s editorial workflow</source>
        <translation>Nid yw&apos;r dudalen hon yn llif gwaith golygyddol y wefan</translation>
    </message>
    <message>
        <source>Checking the page before you submit it…</source>
        <translation>Yn gwirio&apos;r dudalen cyn i chi ei chyflwyno…</translation>
    </message>
    <message>
        <source>Your decision is kept and sent at the next sync.</source>
        <translation>Caiff eich penderfyniad ei gadw a&apos;i anfon yn ystod y cysoni nesaf.</translation>
    </message>
    <message>
        <source>Sending your decision to the site…</source>
        <translation>Wrthi&apos;n anfon eich penderfyniad i&apos;r wefan…</translation>
    </message>
    <message>
        <source>The site refused your decision on “%1”.</source>
        <translation>Gwrthododd y wefan eich penderfyniad ar “%1”.</translation>
    </message>
    <message>
        <source>Your decision on “%1” is kept and sent at the next sync.</source>
        <translation>Caiff eich penderfyniad ar “%1” ei gadw a&apos;i anfon yn ystod y cysoni nesaf.</translation>
    </message>
    <message>
        <source>“%1” is waiting for review on the site.</source>
        <translation>Mae “%1” yn aros i gael ei hadolygu ar y wefan.</translation>
    </message>
    <message>
        <source>“%1” is published on the site.</source>
        <translation>Mae “%1” wedi&apos;i chyhoeddi ar y wefan.</translation>
    </message>
    <message>
        <source>“%1” is back with its author as a draft.</source>
        <translation>Mae “%1” yn ôl gyda&apos;i hawdur fel drafft.</translation>
    </message>
    <message>
        <source>“%1” is archived on the site.</source>
        <translation>Mae “%1” wedi&apos;i harchifo ar y wefan.</translation>
    </message>
    <message>
        <source>The latest changes to “%1” could not be saved.

If you quit now, they will be lost. Cancel to keep them while saving is tried again.</source>
        <translation>Nid oedd modd cadw&apos;r newidiadau diweddaraf i “%1”.

Os byddwch yn gadael nawr, byddant yn cael eu colli. Dewiswch Canslo i&apos;w cadw tra bo&apos;r cadw&apos;n cael ei roi ar brawf eto.</translation>
    </message>
    <message>
        <source>the preview did not show the page, so axe-core could not read it</source>
        <translation>ni ddangosodd y rhagolwg y dudalen, felly nid oedd axe-core yn gallu ei darllen</translation>
    </message>
    <message>
        <source>“%1” changed on the site after you read it, so your decision was not sent. These are the changes since the version you read; decide again once you have read them.</source>
        <translation>Newidiodd “%1” ar y wefan ar ôl i chi ei darllen, felly ni anfonwyd eich penderfyniad. Dyma&apos;r newidiadau ers y fersiwn a ddarllenoch; penderfynwch eto pan fyddwch wedi eu darllen.</translation>
    </message>
</context>
<context>
    <name>lga::ui::MediaLibraryDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: decorative</source>
        <translation>%1: addurnol</translation>
    </message>
    <message>
        <source>%1: no alt text yet</source>
        <translation>%1: dim testun amgen eto</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Media library</source>
        <translation>Llyfrgell gyfryngau</translation>
    </message>
    <message>
        <source>&amp;Images and documents in this store:</source>
        <translation>&amp;Delweddau a dogfennau yn y storfa hon:</translation>
    </message>
    <message>
        <source>Images and documents</source>
        <translation>Delweddau a dogfennau</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Rhagolwg o&apos;r ddelwedd</translation>
    </message>
    <message>
        <source>File details</source>
        <translation>Manylion y ffeil</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Testun amgen</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Testun amgen:</translation>
    </message>
    <message>
        <source>This image is &amp;decorative (no alt text)</source>
        <translation>Mae&apos;r ddelwedd hon yn &amp;addurnol (dim testun amgen)</translation>
    </message>
    <message>
        <source>This image is decorative (no alt text)</source>
        <translation>Mae&apos;r ddelwedd hon yn addurnol (dim testun amgen)</translation>
    </message>
    <message>
        <source>&amp;Save alt text</source>
        <translation>&amp;Cadw&apos;r testun amgen</translation>
    </message>
    <message>
        <source>Save alt text</source>
        <translation>Cadw&apos;r testun amgen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>There are no images or documents yet. Use Insert image or Insert document link to add some.</source>
        <translation>Nid oes unrhyw ddelweddau na dogfennau eto. Defnyddiwch Mewnosod delwedd neu Mewnosod dolen i ddogfen i ychwanegu rhai.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 × %4 pixels, %5)</source>
        <translation>%1 (%2, %3 × %4 picsel, %5)</translation>
    </message>
    <message>
        <source>Also change it where the current page shows this image</source>
        <translation>Newid y testun hefyd lle mae&apos;r dudalen bresennol yn dangos y ddelwedd hon</translation>
    </message>
    <message>
        <source>The current page shows this image</source>
        <translation>Mae&apos;r dudalen bresennol yn dangos y ddelwedd hon</translation>
    </message>
    <message>
        <source>The current page does not show this image</source>
        <translation>Nid yw&apos;r dudalen bresennol yn dangos y ddelwedd hon</translation>
    </message>
    <message>
        <source>The alt text could not be saved: %1</source>
        <translation>Nid oedd modd cadw&apos;r testun amgen: %1</translation>
    </message>
    <message>
        <source>Saved, and changed in the current page. It will be offered the next time you insert this image.</source>
        <translation>Wedi&apos;i gadw, a&apos;i newid yn y dudalen bresennol. Caiff ei gynnig y tro nesaf y byddwch yn mewnosod y ddelwedd hon.</translation>
    </message>
    <message>
        <source>Saved. It will be offered the next time you insert this image.</source>
        <translation>Wedi&apos;i gadw. Caiff ei gynnig y tro nesaf y byddwch yn mewnosod y ddelwedd hon.</translation>
    </message>
</context>
<context>
    <name>lga::ui::MergeDialog</name>
    <message>
        <source>Resolve conflicts: %1</source>
        <translation>Datrys gwrthdaro: %1</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Datrys gwrthdaro</translation>
    </message>
    <message>
        <source>Conflict number</source>
        <translation>Rhif y gwrthdaro</translation>
    </message>
    <message>
        <source>Part of the page</source>
        <translation>Rhan o&apos;r dudalen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>You and someone on the site both changed this part of the page since your last sync. Choose a version, or edit the result.</source>
        <translation>Rydych chi a rhywun ar y wefan wedi newid y rhan hon o&apos;r dudalen ers eich cysoni diwethaf. Dewiswch fersiwn, neu golygwch y canlyniad.</translation>
    </message>
    <message>
        <source>Text around this part</source>
        <translation>Testun o gwmpas y rhan hon</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Eich fersiwn chi</translation>
    </message>
    <message>
        <source>Site version</source>
        <translation>Fersiwn y wefan</translation>
    </message>
    <message>
        <source>Last synced version (base)</source>
        <translation>Fersiwn y cysoni diwethaf (sylfaen)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>&amp;Your version</source>
        <translation>E&amp;ich fersiwn chi</translation>
    </message>
    <message>
        <source>&amp;Site version</source>
        <translation>Fersiwn y &amp;wefan</translation>
    </message>
    <message>
        <source>&amp;Last synced version (base)</source>
        <translation>Fersiwn y cysoni &amp;diwethaf (sylfaen)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Canlyniad</translation>
    </message>
    <message>
        <source>Use &amp;mine</source>
        <translation>Defnyddio &amp;fy fersiwn i</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Defnyddio fy fersiwn i</translation>
    </message>
    <message>
        <source>Use your version for this part.</source>
        <translation>Defnyddio eich fersiwn chi ar gyfer y rhan hon.</translation>
    </message>
    <message>
        <source>Use &amp;theirs</source>
        <translation>Defnyddio fersiwn y w&amp;efan</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Defnyddio fersiwn y wefan</translation>
    </message>
    <message>
        <source>Use the site&apos;s version for this part.</source>
        <translation>Defnyddio fersiwn y wefan ar gyfer y rhan hon.</translation>
    </message>
    <message>
        <source>Use b&amp;oth</source>
        <translation>Defnyddio&apos;r ddw&amp;y</translation>
    </message>
    <message>
        <source>Use both</source>
        <translation>Defnyddio&apos;r ddwy</translation>
    </message>
    <message>
        <source>Keep your version followed by the site&apos;s version.</source>
        <translation>Cadw eich fersiwn chi ac yna fersiwn y wefan.</translation>
    </message>
    <message>
        <source>Use &amp;base</source>
        <translation>Defnyddio&apos;r &amp;sylfaen</translation>
    </message>
    <message>
        <source>Use base</source>
        <translation>Defnyddio&apos;r sylfaen</translation>
    </message>
    <message>
        <source>Go back to the last synced version of this part.</source>
        <translation>Mynd yn ôl at fersiwn y cysoni diwethaf o&apos;r rhan hon.</translation>
    </message>
    <message>
        <source>&amp;Previous conflict</source>
        <translation>Gwrthdaro &amp;blaenorol</translation>
    </message>
    <message>
        <source>Previous conflict</source>
        <translation>Gwrthdaro blaenorol</translation>
    </message>
    <message>
        <source>Previous conflict (Shift+F8)</source>
        <translation>Gwrthdaro blaenorol (Shift+F8)</translation>
    </message>
    <message>
        <source>&amp;Next conflict</source>
        <translation>Gwrthdaro &amp;nesaf</translation>
    </message>
    <message>
        <source>Next conflict</source>
        <translation>Gwrthdaro nesaf</translation>
    </message>
    <message>
        <source>Next conflict (F8)</source>
        <translation>Gwrthdaro nesaf (F8)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Available once every conflict is decided.</source>
        <translation>Ar gael unwaith y bydd penderfyniad ar bob gwrthdaro.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Dim gwrthdaro</translation>
    </message>
    <message>
        <source>Conflict %1 of %2</source>
        <translation>Gwrthdaro %1 o %2</translation>
    </message>
    <message>
        <source>Choose a version above, or type the result here.</source>
        <translation>Dewiswch fersiwn uchod, neu teipiwch y canlyniad yma.</translation>
    </message>
    <message>
        <source>Choose a version above.</source>
        <translation>Dewiswch fersiwn uchod.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Body (the whole text: one side changed between Markdown and HTML)</source>
        <translation>Corff (y testun cyfan: newidiodd un ochr rhwng Markdown a HTML)</translation>
    </message>
    <message>
        <source>Body, changed passage %1</source>
        <translation>Corff, darn wedi&apos;i newid %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(wedi&apos;i dynnu)</translation>
    </message>
    <message>
        <source>Before: (start of the page)</source>
        <translation>Cyn: (dechrau&apos;r dudalen)</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Cyn: %1</translation>
    </message>
    <message>
        <source>After: (end of the page)</source>
        <translation>Ar ôl: (diwedd y dudalen)</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Ar ôl: %1</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Heb benderfynu eto</translation>
    </message>
    <message>
        <source>Decided: your version</source>
        <translation>Penderfynwyd: eich fersiwn chi</translation>
    </message>
    <message>
        <source>Decided: the site&apos;s version</source>
        <translation>Penderfynwyd: fersiwn y wefan</translation>
    </message>
    <message>
        <source>Decided: both versions</source>
        <translation>Penderfynwyd: y ddwy fersiwn</translation>
    </message>
    <message>
        <source>Decided: the last synced version</source>
        <translation>Penderfynwyd: fersiwn y cysoni diwethaf</translation>
    </message>
    <message>
        <source>Decided: edited by hand</source>
        <translation>Penderfynwyd: wedi&apos;i olygu â llaw</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 decided)</source>
        <translation>%1 (penderfynwyd ar %2 o %3)</translation>
    </message>
</context>
<context>
    <name>lga::ui::NoticeBar</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Diystyr&amp;u</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hysbysiad</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Diystyru&apos;r hysbysiad</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Pwysig:</translation>
    </message>
</context>
<context>
    <name>lga::ui::PageEditor</name>
    <message>
        <source>Page type and status</source>
        <translation>Math a statws y dudalen</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Teitl y dudalen</translation>
    </message>
    <message>
        <source>Page summary</source>
        <translation>Crynodeb y dudalen</translation>
    </message>
    <message>
        <source>Summary: one or two sentences that say what the page is for</source>
        <translation>Crynodeb: brawddeg neu ddwy sy&apos;n dweud beth yw diben y dudalen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Cry&amp;nodeb</translation>
    </message>
    <message>
        <source>&amp;Body (HTML)</source>
        <translation>Co&amp;rff (HTML)</translation>
    </message>
    <message>
        <source>&amp;Body (Markdown)</source>
        <translation>Co&amp;rff (Markdown)</translation>
    </message>
    <message>
        <source>No page open. Choose a page from the list or create a new one.</source>
        <translation>Dim tudalen ar agor. Dewiswch dudalen o&apos;r rhestr neu crëwch un newydd.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>lga::ui::PageListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Page to add to %1</source>
        <translation>Tudalen i&apos;w hychwanegu at %1</translation>
    </message>
    <message>
        <source>Add the chosen page to %1</source>
        <translation>Ychwanegu&apos;r dudalen a ddewiswyd at %1</translation>
    </message>
    <message>
        <source>Remove the selected page from %1</source>
        <translation>Tynnu&apos;r dudalen a ddewiswyd o %1</translation>
    </message>
    <message>
        <source>Move the selected page up</source>
        <translation>Symud y dudalen a ddewiswyd i fyny</translation>
    </message>
    <message>
        <source>Move the selected page down</source>
        <translation>Symud y dudalen a ddewiswyd i lawr</translation>
    </message>
    <message>
        <source>Untitled page</source>
        <translation>Tudalen heb deitl</translation>
    </message>
    <message>
        <source>Unknown page (%1)</source>
        <translation>Tudalen anhysbys (%1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::ui::PageListModel</name>
    <message>
        <source>Review overdue since %1</source>
        <translation>Adolygiad yn hwyr ers %1</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Adolygiad yn hwyr</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>Adolygu erbyn %1</translation>
    </message>
    <message>
        <source>(untitled page)</source>
        <translation>(tudalen heb deitl)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
Last edited %2</source>
        <translation>%1
Golygwyd ddiwethaf %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Not on site yet</source>
        <translation>Ddim ar y wefan eto</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Newidiwyd yma</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Draft on site</source>
        <translation>Drafft ar y wefan</translation>
    </message>
</context>
<context>
    <name>lga::ui::PageListPanel</name>
    <message numerus="yes">
        <source>&amp;Review due within %n days</source>
        <translation>
            <numerusform>Adolygiad yn ddyledus &amp;o fewn %n diwrnod</numerusform>
            <numerusform>Adolygiad yn ddyledus &amp;o fewn %n diwrnod</numerusform>
            <numerusform>Adolygiad yn ddyledus &amp;o fewn %n diwrnod</numerusform>
            <numerusform>Adolygiad yn ddyledus &amp;o fewn %n diwrnod</numerusform>
            <numerusform>Adolygiad yn ddyledus &amp;o fewn %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Search pages</source>
        <translation>Chwilio tudalennau</translation>
    </message>
    <message>
        <source>Search titles, summaries and text</source>
        <translation>Chwilio teitlau, crynodebau a thestun</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Math o gynnwys</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Pob cyflwr</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Adolygiad yn ddyledus</translation>
    </message>
    <message numerus="yes">
        <source>Show only pages whose review date is within %n days or has passed</source>
        <translation>
            <numerusform>Dangos dim ond tudalennau y mae eu dyddiad adolygu o fewn %n diwrnod neu wedi mynd heibio</numerusform>
            <numerusform>Dangos dim ond tudalennau y mae eu dyddiad adolygu o fewn %n diwrnod neu wedi mynd heibio</numerusform>
            <numerusform>Dangos dim ond tudalennau y mae eu dyddiad adolygu o fewn %n diwrnod neu wedi mynd heibio</numerusform>
            <numerusform>Dangos dim ond tudalennau y mae eu dyddiad adolygu o fewn %n diwrnod neu wedi mynd heibio</numerusform>
            <numerusform>Dangos dim ond tudalennau y mae eu dyddiad adolygu o fewn %n diwrnod neu wedi mynd heibio</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>Tuda&amp;lennau</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Mat&amp;h:</translation>
    </message>
    <message>
        <source>Stat&amp;e:</source>
        <translation>C&amp;yflwr:</translation>
    </message>
</context>
<context>
    <name>lga::ui::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>The page as the council website will show it</source>
        <translation>Y dudalen fel y bydd gwefan y cyngor yn ei dangos</translation>
    </message>
</context>
<context>
    <name>lga::ui::RepairController</name>
    <message>
        <source>Add file type and size</source>
        <translation>Ychwanegu math a maint y ffeil</translation>
    </message>
    <message>
        <source>How big is “%1”? For example “245 KB” or “1.2 MB”.</source>
        <translation>Pa mor fawr yw “%1”? Er enghraifft “245 KB” neu “1.2 MB”.</translation>
    </message>
</context>
<context>
    <name>lga::ui::ReviewDateEditor</name>
    <message>
        <source>&amp;Review this page by</source>
        <translation>Adolygu&apos;r dudalen hon er&amp;byn</translation>
    </message>
    <message>
        <source>Review this page by a date</source>
        <translation>Adolygu&apos;r dudalen hon erbyn dyddiad</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <source>Set the review date from today</source>
        <translation>Gosod y dyddiad adolygu o heddiw</translation>
    </message>
    <message>
        <source>Set from today…</source>
        <translation>Gosod o heddiw…</translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>Ymhen %n mis</numerusform>
            <numerusform>Ymhen %n mis</numerusform>
            <numerusform>Ymhen %n mis</numerusform>
            <numerusform>Ymhen %n mis</numerusform>
            <numerusform>Ymhen %n mis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lga::ui::ReviewQueueModel</name>
    <message>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ddoe</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>Dim wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Yn hwyr ers %1</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>Adolygu erbyn %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Heb ganfod unrhyw broblemau</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Math o gynnwys</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Cyflwynwyd</translation>
    </message>
    <message>
        <source>Accessibility and plain English</source>
        <translation>Hygyrchedd a Saesneg clir</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Submitted on the site</source>
        <translation>Cyflwynwyd ar y wefan</translation>
    </message>
    <message>
        <source>Submitted on the site. The site does not say who owns this page.</source>
        <translation>Cyflwynwyd ar y wefan. Nid yw&apos;r wefan yn dweud pwy sy&apos;n berchen ar y dudalen hon.</translation>
    </message>
    <message>
        <source>Submitted on the site. The site did not give the owner&apos;s name: the page may have no named owner, or your account may not be allowed to see theirs.</source>
        <translation>Cyflwynwyd ar y wefan. Ni roddodd y wefan enw&apos;r perchennog: efallai nad oes gan y dudalen berchennog a enwir, neu efallai nad yw eich cyfrif yn cael gweld ei enw.</translation>
    </message>
    <message>
        <source>Submitted from this computer, not sent yet. You are not signed in to a site, so your name is not known.</source>
        <translation>Cyflwynwyd o&apos;r cyfrifiadur hwn, heb ei anfon eto. Nid ydych wedi mewngofnodi i wefan, felly nid yw eich enw&apos;n hysbys.</translation>
    </message>
    <message>
        <source>Submitted from this computer, not sent yet</source>
        <translation>Cyflwynwyd o&apos;r cyfrifiadur hwn, heb ei anfon eto</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Awdur</translation>
    </message>
</context>
<context>
    <name>lga::ui::ReviewQueuePanel</name>
    <message>
        <source>No pages are waiting for review.</source>
        <translation>Nid oes unrhyw dudalennau yn aros i gael eu hadolygu.</translation>
    </message>
    <message>
        <source>Pages waiting for review</source>
        <translation>Tudalennau sy&apos;n aros i gael eu hadolygu</translation>
    </message>
    <message>
        <source>Oldest first. Press Enter to open the selected page; choose a column heading to sort by it.</source>
        <translation>Yr hynaf yn gyntaf. Pwyswch Enter i agor y dudalen a ddewiswyd; dewiswch bennawd colofn i drefnu yn ôl y golofn honno.</translation>
    </message>
    <message>
        <source>Waiting for review (%1)</source>
        <translation>Yn aros am adolygiad (%1)</translation>
    </message>
</context>
<context>
    <name>lga::ui::ReviewView</name>
    <message>
        <source>Side b&amp;y side</source>
        <translation>Ochr &amp;yn ochr</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>Adolygu “%1”</translation>
    </message>
    <message>
        <source>Show the versions side by side</source>
        <translation>Dangos y fersiynau ochr yn ochr</translation>
    </message>
    <message>
        <source>What changed, inline</source>
        <translation>Beth newidiodd, yn y testun</translation>
    </message>
    <message>
        <source>What changed, side by side: published version left, proposed version right</source>
        <translation>Beth newidiodd, ochr yn ochr: y fersiwn gyhoeddedig ar y chwith, y fersiwn arfaethedig ar y dde</translation>
    </message>
    <message>
        <source>The proposed page with changed blocks labelled</source>
        <translation>Y dudalen arfaethedig gyda&apos;r blociau a newidiwyd wedi&apos;u labelu</translation>
    </message>
    <message>
        <source>Source of the proposed version, read-only</source>
        <translation>Ffynhonnell y fersiwn arfaethedig, darllen yn unig</translation>
    </message>
    <message>
        <source>Review views</source>
        <translation>Golygon adolygu</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>&amp;Beth newidiodd</translation>
    </message>
    <message>
        <source>&amp;Rendered changes</source>
        <translation>Newidiadau ar y &amp;dudalen</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Ffynhonnell</translation>
    </message>
    <message>
        <source>Checker findings for the proposed version</source>
        <translation>Canfyddiadau&apos;r gwiriwr ar gyfer y fersiwn arfaethedig</translation>
    </message>
    <message>
        <source>&amp;Findings: %1, %2, %3</source>
        <translation>&amp;Canfyddiadau: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
            <numerusform>%n gwall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
            <numerusform>%n rhybudd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tip(s)</source>
        <translation>
            <numerusform>%n awgrym</numerusform>
            <numerusform>%n awgrym</numerusform>
            <numerusform>%n awgrym</numerusform>
            <numerusform>%n awgrym</numerusform>
            <numerusform>%n awgrym</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewer&apos;s notes</source>
        <translation>Nodiadau&apos;r adolygydd</translation>
    </message>
    <message>
        <source>Notes for yourself while you read; kept until you quit.</source>
        <translation>Nodiadau i chi&apos;ch hun wrth i chi ddarllen; cânt eu cadw nes i chi adael.</translation>
    </message>
    <message>
        <source>Reviewer&apos;s &amp;notes</source>
        <translation>&amp;Nodiadau&apos;r adolygydd</translation>
    </message>
    <message>
        <source>Changes from the published version to the version in review.</source>
        <translation>Newidiadau o&apos;r fersiwn gyhoeddedig i&apos;r fersiwn sy&apos;n cael ei hadolygu.</translation>
    </message>
    <message>
        <source>This page has never been published: all of it is new.</source>
        <translation>Nid yw&apos;r dudalen hon erioed wedi&apos;i chyhoeddi: mae&apos;r cyfan ohoni&apos;n newydd.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corff</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(heb newid)</translation>
    </message>
    <message>
        <source>Published version</source>
        <translation>Fersiwn gyhoeddedig</translation>
    </message>
    <message>
        <source>Proposed version</source>
        <translation>Fersiwn arfaethedig</translation>
    </message>
    <message>
        <source>Moved from here</source>
        <translation>Wedi&apos;i symud o fan hyn</translation>
    </message>
    <message>
        <source>Moved here</source>
        <translation>Wedi&apos;i symud i fan hyn</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Wedi newid</translation>
    </message>
    <message>
        <source>Words changed:</source>
        <translation>Geiriau a newidiwyd:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Wedi&apos;i dynnu</translation>
    </message>
    <message>
        <source>The proposed body is empty.</source>
        <translation>Mae&apos;r corff arfaethedig yn wag.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>llinell %1</translation>
    </message>
    <message>
        <source>whole page</source>
        <translation>y dudalen gyfan</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No findings: the checker found nothing to fix.</source>
        <translation>Dim canfyddiadau: ni chanfu&apos;r gwiriwr unrhyw beth i&apos;w gywiro.</translation>
    </message>
    <message>
        <source>Body (the words only: the versions are written in different formats)</source>
        <translation>Corff (y geiriau yn unig: mae&apos;r fersiynau wedi&apos;u hysgrifennu mewn fformatau gwahanol)</translation>
    </message>
</context>
<context>
    <name>lga::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Tudalennau gosodiadau</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Gwefan</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Gwefan</translation>
    </message>
    <message>
        <source>https://www.example.gov.uk</source>
        <translation>https://www.example.gov.uk</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Cyfeiriad y wefan</translation>
    </message>
    <message>
        <source>The address of the council&apos;s LocalGov Drupal site, starting with https://</source>
        <translation>Cyfeiriad gwefan LocalGov Drupal y cyngor, yn dechrau gyda https://</translation>
    </message>
    <message>
        <source>Sign in with the site (OAuth2)</source>
        <translation>Mewngofnodi drwy&apos;r wefan (OAuth2)</translation>
    </message>
    <message>
        <source>User name and password (Basic)</source>
        <translation>Enw defnyddiwr a chyfrinair (Basic)</translation>
    </message>
    <message>
        <source>Session login (Cookie)</source>
        <translation>Mewngofnodi sesiwn (Cookie)</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Sut i fewngofnodi</translation>
    </message>
    <message>
        <source>OAuth2 client id</source>
        <translation>ID cleient OAuth2</translation>
    </message>
    <message>
        <source>The OAuth consumer the site&apos;s administrators set up for LocalGov Author</source>
        <translation>Y cleient OAuth (consumer) a osododd gweinyddwyr y wefan ar gyfer LocalGov Author</translation>
    </message>
    <message>
        <source>Site a&amp;ddress:</source>
        <translation>Cyfeiriad y &amp;wefan:</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Mewngofnodi &amp;gyda:</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>ID c&amp;leient:</translation>
    </message>
    <message>
        <source>You sign in with File &gt; Connect to site…; your password and tokens are kept in the system&apos;s keychain.</source>
        <translation>Rydych yn mewngofnodi drwy Ffeil &gt; Cysylltu â gwefan…; cedwir eich cyfrinair a&apos;ch tocynnau yng nghadwyn allweddi&apos;r system.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Adolygu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <source>Re&amp;fuse “Submit for review” while the accessibility audit finds errors</source>
        <translation>&amp;Gwrthod “Cyflwyno i&apos;w hadolygu” tra bo&apos;r archwiliad hygyrchedd yn canfod gwallau</translation>
    </message>
    <message>
        <source>Refuse “Submit for review” while the accessibility audit finds errors</source>
        <translation>Gwrthod “Cyflwyno i&apos;w hadolygu” tra bo&apos;r archwiliad hygyrchedd yn canfod gwallau</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Rhyngwyneb</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Rhyngwyneb</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dilyn y system</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Iaith y rhyngwyneb</translation>
    </message>
    <message>
        <source>Takes effect when you restart LocalGov Author.</source>
        <translation>Daw i rym pan fyddwch yn ailgychwyn LocalGov Author.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>&amp;Diweddariadau</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Diweddariadau</translation>
    </message>
    <message>
        <source>Check for a &amp;newer version when LocalGov Author starts</source>
        <translation>Gwirio am fersiwn &amp;newydd pan fydd LocalGov Author yn dechrau</translation>
    </message>
    <message>
        <source>Check for a newer version when LocalGov Author starts</source>
        <translation>Gwirio am fersiwn newydd pan fydd LocalGov Author yn dechrau</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problem gyda&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Wedi&apos;i osod gan eich sefydliad</translation>
    </message>
</context>
<context>
    <name>lga::ui::SourceEditor</name>
    <message>
        <source>Page body</source>
        <translation>Corff y dudalen</translation>
    </message>
    <message>
        <source>The body of the page, written in Markdown</source>
        <translation>Corff y dudalen, wedi&apos;i ysgrifennu yn Markdown</translation>
    </message>
</context>
<context>
    <name>lga::ui::SpellingController</name>
    <message>
        <source>Not in the British English dictionary</source>
        <translation>Ddim yn y geiriadur Saesneg Prydeinig</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Dim awgrymiadau</translation>
    </message>
    <message>
        <source>&amp;Add to dictionary</source>
        <translation>&amp;Ychwanegu at y geiriadur</translation>
    </message>
    <message>
        <source>&amp;Ignore on this page</source>
        <translation>&amp;Anwybyddu ar y dudalen hon</translation>
    </message>
    <message>
        <source>Editor actions</source>
        <translation>Camau&apos;r golygydd</translation>
    </message>
</context>
<context>
    <name>lga::ui::StoreErrorDialog</name>
    <message>
        <source>LocalGov Author cannot open your pages</source>
        <translation>Ni all LocalGov Author agor eich tudalennau</translation>
    </message>
    <message>
        <source>Your pages at %1 could not be opened.</source>
        <translation>Nid oedd modd agor eich tudalennau yn %1.</translation>
    </message>
    <message>
        <source>Nothing has been changed or overwritten. You can open another store, try the app with a temporary store, or quit.</source>
        <translation>Nid oes dim wedi&apos;i newid na&apos;i drosysgrifo. Gallwch agor storfa arall, rhoi cynnig ar yr ap gyda storfa dros dro, neu adael.</translation>
    </message>
    <message>
        <source>&amp;Restore from backup</source>
        <translation>&amp;Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translation>Agor &amp;storfa arall…</translation>
    </message>
    <message>
        <source>Use a &amp;temporary store</source>
        <translation>Defnyddio storfa &amp;dros dro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Open another store</source>
        <translation>Agor storfa arall</translation>
    </message>
    <message>
        <source>Use a temporary store</source>
        <translation>Defnyddio storfa dros dro</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Your pages were restored from a backup</source>
        <translation>Cafodd eich tudalennau eu hadfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Pages that could not be recovered:</source>
        <translation>Tudalennau nad oedd modd eu hadfer:</translation>
    </message>
</context>
<context>
    <name>lga::ui::SyncController</name>
    <message>
        <source>Not synced yet</source>
        <translation>Heb gysoni eto</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Heb gysylltu</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wrthi&apos;n cysoni…</translation>
    </message>
    <message>
        <source>The password for this site is not saved on this computer. Use File &gt; Connect to site… to sign in again.</source>
        <translation>Nid yw&apos;r cyfrinair ar gyfer y wefan hon wedi&apos;i gadw ar y cyfrifiadur hwn. Defnyddiwch Ffeil &gt; Cysylltu â gwefan… i fewngofnodi eto.</translation>
    </message>
    <message>
        <source>Sent from LocalGov Author</source>
        <translation>Anfonwyd o LocalGov Author</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n page(s) read</source>
        <translation>
            <numerusform>Wrthi&apos;n cysoni… %n tudalen wedi&apos;u darllen</numerusform>
            <numerusform>Wrthi&apos;n cysoni… %n tudalen wedi&apos;i darllen</numerusform>
            <numerusform>Wrthi&apos;n cysoni… %n tudalen wedi&apos;u darllen</numerusform>
            <numerusform>Wrthi&apos;n cysoni… %n tudalen wedi&apos;u darllen</numerusform>
            <numerusform>Wrthi&apos;n cysoni… %n tudalen wedi&apos;u darllen</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 sent</source>
        <translation>Wrthi&apos;n cysoni… %1 o %2 wedi&apos;u hanfon</translation>
    </message>
    <message>
        <source>Syncing… %1 Trying again.</source>
        <translation>Wrthi&apos;n cysoni… %1 Yn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Methodd y cysoni: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync failed: the site refused %n page(s)</source>
        <translation>
            <numerusform>Methodd y cysoni: gwrthododd y wefan %n tudalen</numerusform>
            <numerusform>Methodd y cysoni: gwrthododd y wefan %n tudalen</numerusform>
            <numerusform>Methodd y cysoni: gwrthododd y wefan %n tudalen</numerusform>
            <numerusform>Methodd y cysoni: gwrthododd y wefan %n tudalen</numerusform>
            <numerusform>Methodd y cysoni: gwrthododd y wefan %n tudalen</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Wedi cysoni am %1</translation>
    </message>
    <message>
        <source>No site is set. Use File &gt; Connect to site… to choose one.</source>
        <translation>Nid oes gwefan wedi&apos;i gosod. Defnyddiwch Ffeil &gt; Cysylltu â gwefan… i ddewis un.</translation>
    </message>
    <message>
        <source>No sync has run yet. Press Sync now (Ctrl+Shift+Y).</source>
        <translation>Nid oes cysoni wedi digwydd eto. Pwyswch Cysoni nawr (Ctrl+Shift+Y).</translation>
    </message>
    <message>
        <source>Last sync with %1 at %2.</source>
        <translation>Cysoni diwethaf â %1 am %2.</translation>
    </message>
    <message>
        <source>It stopped: %1</source>
        <translation>Daeth i ben: %1</translation>
    </message>
    <message>
        <source>Brought in %1, merged %2, created on the site %3, updated on the site %4, in conflict %5.</source>
        <translation>Daeth i mewn: %1, cyfunwyd: %2, crëwyd ar y wefan: %3, diweddarwyd ar y wefan: %4, mewn gwrthdaro: %5.</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Cysoni wedi&apos;i ganslo</translation>
    </message>
</context>
<context>
    <name>lga::ui::TextFieldEditor</name>
    <message>
        <source>For example: Bins, Recycling</source>
        <translation>Er enghraifft: Biniau, Ailgylchu</translation>
    </message>
</context>
</TS>
