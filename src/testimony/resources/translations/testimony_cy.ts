<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="59"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="59"/>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="59"/>
        <source>Reviewed</source>
        <translation>Wedi&apos;i adolygu</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="59"/>
        <source>Themes</source>
        <translation>Themâu</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="60"/>
        <source>Words</source>
        <translation>Geiriau</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <location filename="../../ui/accounts/view.py" line="50"/>
        <source>Your account</source>
        <translation>Eich hanes</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="55"/>
        <source>Opening your account…</source>
        <translation>Wrthi&apos;n agor eich hanes…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="77"/>
        <source>You recorded this with someone helping you.</source>
        <translation>Fe wnaethoch chi gofnodi hwn gyda rhywun yn eich helpu chi.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="101"/>
        <source>Account from %1</source>
        <translation>Hanes o %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="105"/>
        <source>Finished. Last changed on %1.</source>
        <translation>Wedi gorffen. Newidiwyd ddiwethaf ar %1.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="108"/>
        <source>Not finished yet. Last saved on %1.</source>
        <translation>Heb orffen eto. Cadwyd ddiwethaf ar %1.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="115"/>
        <source>Who can see it: %1</source>
        <translation>Pwy sy&apos;n gallu ei weld: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/view.py" line="121"/>
        <source>You have changed this %n time(s).</source>
        <translation>
            <numerusform>Rydych chi wedi newid hwn %n gwaith.</numerusform>
            <numerusform>Rydych chi wedi newid hwn %n waith.</numerusform>
            <numerusform>Rydych chi wedi newid hwn %n gwaith.</numerusform>
            <numerusform>Rydych chi wedi newid hwn %n gwaith.</numerusform>
            <numerusform>Rydych chi wedi newid hwn %n gwaith.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="124"/>
        <source>See your past choices</source>
        <translation>Gweld eich dewisiadau blaenorol</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="130"/>
        <source>Your answers</source>
        <translation>Eich atebion</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="133"/>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="143"/>
        <source>Change answers</source>
        <translation>Newid atebion</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="145"/>
        <source>Continue</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="150"/>
        <source>Who can see this</source>
        <translation>Pwy sy&apos;n ei weld</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="154"/>
        <source>Delete this account</source>
        <translation>Dileu&apos;r hanes</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="163"/>
        <source>This account cannot be opened</source>
        <translation>Does dim modd agor yr hanes hwn</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="176"/>
        <source>Delete this account?</source>
        <translation>Dileu&apos;r hanes hwn?</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="180"/>
        <source>This cannot be undone. The account and all your answers will be gone from your vault.</source>
        <translation>Does dim modd dadwneud hyn. Bydd yr hanes a&apos;ch holl atebion wedi mynd o&apos;ch claddgell.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="186"/>
        <source>If you have shared it already, deleting it here does not take it back.</source>
        <translation>Os ydych chi wedi&apos;i rannu&apos;n barod, dydy ei ddileu yma ddim yn ei dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="190"/>
        <source>Yes, delete it</source>
        <translation>Ydw, dilëwch e</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="193"/>
        <source>No, keep it</source>
        <translation>Nac ydw, cadwch e</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts/model.py" line="170"/>
        <source>When it happened</source>
        <translation>Pryd ddigwyddodd e</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="171"/>
        <source>When you started writing it</source>
        <translation>Pryd dechreuoch chi ei ysgrifennu</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="178"/>
        <source>Started %1</source>
        <translation>Dechreuwyd %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="183"/>
        <source>Account from %1</source>
        <translation>Hanes o %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="185"/>
        <source>Finished</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="185"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="189"/>
        <source>Words may be shared</source>
        <translation>Gall y geiriau gael eu rhannu</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="191"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="191"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="201"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="202"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="203"/>
        <source>Status</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="204"/>
        <source>Who can see it</source>
        <translation>Pwy sy&apos;n gweld</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="205"/>
        <source>With support</source>
        <translation>Gyda chymorth</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/accounts/page.py" line="50"/>
        <location filename="../../ui/accounts/page.py" line="105"/>
        <source>Your accounts</source>
        <translation>Eich hanesion</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="57"/>
        <location filename="../../ui/accounts/page.py" line="150"/>
        <source>Record what happened</source>
        <translation>Cofnodi hanes</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="58"/>
        <source>Start a new account</source>
        <translation>Dechrau hanes newydd</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="60"/>
        <source>Share</source>
        <translation>Rhannu</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="62"/>
        <source>Send an anonymised copy of accounts you chose to share</source>
        <translation>Anfon copi dienw o&apos;r hanesion rydych chi wedi dewis eu rhannu</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="65"/>
        <source>What I have shared</source>
        <translation>Beth a rannais</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="67"/>
        <source>See what you have shared, and take it back</source>
        <translation>Gweld beth rydych chi wedi&apos;i rannu, a&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="72"/>
        <location filename="../../ui/accounts/page.py" line="73"/>
        <source>Search your accounts</source>
        <translation>Chwilio eich hanesion</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="74"/>
        <source>Finds accounts that contain every word</source>
        <translation>Yn dod o hyd i hanesion sy&apos;n cynnwys pob gair</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="81"/>
        <source>Number of accounts</source>
        <translation>Nifer yr hanesion</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="85"/>
        <source>No accounts match your search. Try fewer words.</source>
        <translation>Does dim hanes yn cyfateb i&apos;ch chwiliad. Rhowch gynnig ar lai o eiriau.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="116"/>
        <source>Accounts</source>
        <translation>Hanesion</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="117"/>
        <source>Press Enter to open the chosen account</source>
        <translation>Pwyswch Enter i agor yr hanes a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="138"/>
        <source>Nothing recorded yet</source>
        <translation>Dim byd wedi&apos;i gofnodi eto</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="141"/>
        <source>You can write down what happened when you needed help. It stays on your USB stick, locked. You choose if anyone else sees it.</source>
        <translation>Gallwch chi ysgrifennu beth ddigwyddodd pan oedd angen help arnoch chi. Mae&apos;n aros ar eich cof bach USB, dan glo. Chi sy&apos;n dewis a yw unrhyw un arall yn ei weld.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="146"/>
        <source>You can write down what happened when you needed help. It stays on this computer, locked. You choose if anyone else sees it.</source>
        <translation>Gallwch chi ysgrifennu beth ddigwyddodd pan oedd angen help arnoch chi. Mae&apos;n aros ar y cyfrifiadur hwn, dan glo. Chi sy&apos;n dewis a oes unrhyw un arall yn ei weld.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/page.py" line="191"/>
        <source>More than %n account(s) match</source>
        <translation>
            <numerusform>Mwy na %n hanes yn cyfateb</numerusform>
            <numerusform>Mwy na %n hanes yn cyfateb</numerusform>
            <numerusform>Mwy na %n hanes yn cyfateb</numerusform>
            <numerusform>Mwy na %n hanes yn cyfateb</numerusform>
            <numerusform>Mwy na %n hanes yn cyfateb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/page.py" line="193"/>
        <source>%n account(s) match</source>
        <translation>
            <numerusform>%n hanes yn cyfateb</numerusform>
            <numerusform>%n hanes yn cyfateb</numerusform>
            <numerusform>%n hanes yn cyfateb</numerusform>
            <numerusform>%n hanes yn cyfateb</numerusform>
            <numerusform>%n hanes yn cyfateb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/page.py" line="195"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n hanes</numerusform>
            <numerusform>%n hanes</numerusform>
            <numerusform>%n hanes</numerusform>
            <numerusform>%n hanes</numerusform>
            <numerusform>%n hanes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="66"/>
        <source>See the pattern</source>
        <translation>Gweld y patrwm</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="67"/>
        <source>Reading the records…</source>
        <translation>Wrthi&apos;n darllen y cofnodion…</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="70"/>
        <source>Counts below the threshold are shown as “suppressed”, and some others with them, so that nobody can be picked out. Reports show the same.</source>
        <translation>Mae niferoedd o dan y trothwy yn cael eu dangos fel “wedi&apos;i guddio”, a rhai eraill gyda nhw, fel nad oes modd adnabod neb. Mae adroddiadau&apos;n dangos yr un peth.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="79"/>
        <source>Counts</source>
        <translation>Niferoedd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="93"/>
        <source>Save counts as CSV…</source>
        <translation>Cadw&apos;r niferoedd fel CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="94"/>
        <source>Counts for a spreadsheet, small ones suppressed</source>
        <translation>Niferoedd ar gyfer taenlen, a&apos;r rhai bach wedi&apos;u cuddio</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="97"/>
        <source>Save report as PDF…</source>
        <translation>Cadw&apos;r adroddiad fel PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="98"/>
        <source>A report to publish: counts, charts, how the numbers were protected</source>
        <translation>Adroddiad i&apos;w gyhoeddi: niferoedd, siartiau, a sut cafodd y rhifau eu diogelu</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="105"/>
        <source>A CSV or PDF file is not encrypted. Anyone who gets a copy can read it. Save it only where you mean to share it.</source>
        <translation>Dydy ffeil CSV neu PDF ddim wedi&apos;i hamgryptio. Gall unrhyw un sy&apos;n cael copi ei darllen. Cadwch hi dim ond lle rydych chi&apos;n bwriadu ei rhannu.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="129"/>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="130"/>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="131"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="132"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="133"/>
        <source>From (month)</source>
        <translation>O (mis)</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="134"/>
        <source>To (month)</source>
        <translation>I (mis)</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="135"/>
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="136"/>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="162"/>
        <source>Any</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="169"/>
        <source>Earliest</source>
        <translation>Cynharaf</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="170"/>
        <source>Latest</source>
        <translation>Diweddaraf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/analysis_page.py" line="242"/>
        <source>Fewer than %n record(s) match, so no counts can be shown.</source>
        <translation>
            <numerusform>Mae llai na %n cofnod yn cyfateb, felly does dim modd dangos niferoedd.</numerusform>
            <numerusform>Mae llai na %n cofnod yn cyfateb, felly does dim modd dangos niferoedd.</numerusform>
            <numerusform>Mae llai na %n cofnod yn cyfateb, felly does dim modd dangos niferoedd.</numerusform>
            <numerusform>Mae llai na %n cofnod yn cyfateb, felly does dim modd dangos niferoedd.</numerusform>
            <numerusform>Mae llai na %n cofnod yn cyfateb, felly does dim modd dangos niferoedd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/analysis_page.py" line="249"/>
        <source>%n record(s) match.</source>
        <translation>
            <numerusform>Mae %n cofnod yn cyfateb.</numerusform>
            <numerusform>Mae %n cofnod yn cyfateb.</numerusform>
            <numerusform>Mae %n cofnod yn cyfateb.</numerusform>
            <numerusform>Mae %n cofnod yn cyfateb.</numerusform>
            <numerusform>Mae %n cofnod yn cyfateb.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="251"/>
        <source>Counts below {0} are suppressed.</source>
        <translation>Mae niferoedd o dan {0} wedi&apos;u cuddio.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="259"/>
        <source>Accounts by service</source>
        <translation>Hanesion fesul gwasanaeth</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="260"/>
        <source>Accounts by concern</source>
        <translation>Hanesion fesul pryder</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="272"/>
        <source>Save counts</source>
        <translation>Cadw&apos;r niferoedd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="276"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="282"/>
        <source>Save report</source>
        <translation>Cadw&apos;r adroddiad</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="286"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="322"/>
        <source>A period must start and end with whole quarters (January to March, April to June, July to September, October to December), so nothing can be shown.</source>
        <translation>Rhaid i gyfnod ddechrau a gorffen gyda chwarteri cyfan (Ionawr i Fawrth, Ebrill i Fehefin, Gorffennaf i Fedi, Hydref i Ragfyr), felly does dim modd dangos dim.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="326"/>
        <source>With this filter the table cannot be shown. Filter by one of its own headings, or by nothing.</source>
        <translation>Gyda&apos;r hidlydd hwn does dim modd dangos y tabl. Hidlwch yn ôl un o&apos;i benawdau ei hun, neu heb hidlydd.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="330"/>
        <source>Area, period and consent are never counted together.</source>
        <translation>Dydy ardal, cyfnod a chaniatâd byth yn cael eu cyfrif gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="337"/>
        <source>Saved {0}. It is not encrypted: anyone who gets it can read it.</source>
        <translation>Wedi cadw {0}. Dydy hi ddim wedi&apos;i hamgryptio: gall unrhyw un sy&apos;n ei chael ei darllen.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../ui/accounts/viewer.py" line="30"/>
        <source>Your file: %1</source>
        <translation>Eich ffeil: %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/viewer.py" line="32"/>
        <source>%1, %2. Added on %3.</source>
        <translation>%1, %2. Ychwanegwyd ar %3.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/viewer.py" line="53"/>
        <source>Photo: %1</source>
        <translation>Llun: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/viewer.py" line="82"/>
        <source>PDF: %1, %n page(s)</source>
        <translation>
            <numerusform>PDF: %1, %n tudalen</numerusform>
            <numerusform>PDF: %1, %n dudalen</numerusform>
            <numerusform>PDF: %1, %n tudalen</numerusform>
            <numerusform>PDF: %1, %n tudalen</numerusform>
            <numerusform>PDF: %1, %n tudalen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/viewer.py" line="94"/>
        <source>Text of %1</source>
        <translation>Testun %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/viewer.py" line="101"/>
        <source>Testimony cannot show this file. It is still kept safely in your vault. It may be damaged.</source>
        <translation>Dydy Testimony ddim yn gallu dangos y ffeil hon. Mae&apos;n dal i gael ei chadw&apos;n ddiogel yn eich claddgell. Efallai ei bod wedi&apos;i difrodi.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="62"/>
        <source>Your files</source>
        <translation>Eich ffeiliau</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="66"/>
        <source>Keep photos, scans and letters with this account: PNG, JPEG, PDF or text, up to 50 MB each. They are locked in your vault and are never shared.</source>
        <translation>Cadwch luniau, sganiau a llythyrau gyda&apos;r hanes hwn: PNG, JPEG, PDF neu destun, hyd at 50 MB yr un. Maen nhw dan glo yn eich claddgell a dydyn nhw byth yn cael eu rhannu.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="71"/>
        <source>No files yet.</source>
        <translation>Dim ffeiliau eto.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="76"/>
        <source>Files in this account</source>
        <translation>Ffeiliau yn yr hanes hwn</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="77"/>
        <source>Press Enter to open the chosen file</source>
        <translation>Pwyswch Enter i agor y ffeil a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="85"/>
        <source>Add a photo or document</source>
        <translation>Ychwanegu llun neu ddogfen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="87"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="88"/>
        <source>Open the chosen file</source>
        <translation>Agor y ffeil a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="90"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="91"/>
        <source>Delete the chosen file</source>
        <translation>Dileu&apos;r ffeil a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="143"/>
        <source>Add photos or documents</source>
        <translation>Ychwanegu lluniau neu ddogfennau</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="146"/>
        <source>Photos, PDFs and text files</source>
        <translation>Lluniau, ffeiliau PDF a ffeiliau testun</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../ui/record/autosave.py" line="92"/>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location filename="../../ui/record/autosave.py" line="103"/>
        <source>Saved</source>
        <translation>Wedi cadw</translation>
    </message>
    <message>
        <location filename="../../ui/record/autosave.py" line="110"/>
        <source>Not saved. %1</source>
        <translation>Heb ei gadw. %1</translation>
    </message>
</context>
<context>
    <name>BackupOptions</name>
    <message>
        <location filename="../../ui/backup.py" line="44"/>
        <source>Backup copy</source>
        <translation>Copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="48"/>
        <source>A backup copy is one file with everything in this vault, still locked with your passphrase. Keep it somewhere else, like a second USB stick.</source>
        <translation>Un ffeil gyda phopeth yn y gladdgell hon yw copi wrth gefn, wedi&apos;i chloi o hyd gyda&apos;ch cyfrinymadrodd. Cadwch hi rywle arall, fel ail gof bach USB.</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="57"/>
        <source>Make a backup copy…</source>
        <translation>Gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="57"/>
        <source>Choose where to save the backup copy</source>
        <translation>Dewis ble i gadw&apos;r copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="68"/>
        <source>No backup copy made yet.</source>
        <translation>Does dim copi wrth gefn wedi&apos;i wneud eto.</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="70"/>
        <source>Last backup copy: %1.</source>
        <translation>Copi wrth gefn olaf: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="74"/>
        <source>Save the backup copy</source>
        <translation>Cadw&apos;r copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="93"/>
        <source>A file with that name is already there. Choose another.</source>
        <translation>Mae ffeil gyda&apos;r enw hwnnw yno&apos;n barod. Dewiswch un arall.</translation>
    </message>
</context>
<context>
    <name>BreakPage</name>
    <message>
        <location filename="../../ui/record/pages.py" line="292"/>
        <source>Take a break</source>
        <translation>Cymryd seibiant</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="294"/>
        <source>You can stop here for as long as you need. What you wrote is kept.</source>
        <translation>Gallwch chi stopio yma am gyhyd ag y mae angen. Mae&apos;r hyn ysgrifennoch chi wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="296"/>
        <source>If you want to talk to someone now</source>
        <translation>Os ydych chi eisiau siarad â rhywun nawr</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="298"/>
        <source>Samaritans: call 116 123. It is free, day or night.</source>
        <translation>Y Samariaid: ffoniwch 116 123. Mae am ddim, ddydd neu nos. I siarad yn Gymraeg, ffoniwch 0808 164 0123.</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="299"/>
        <source>Shout: text SHOUT to 85258. It is free, day or night.</source>
        <translation>Shout: tecstiwch SHOUT i 85258. Mae am ddim, ddydd neu nos.</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="300"/>
        <source>NHS 111: call 111 and choose the mental health option.</source>
        <translation>GIG 111: ffoniwch 111 a dewis yr opsiwn iechyd meddwl.</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="301"/>
        <source>If your life is in danger now, call 999.</source>
        <translation>Os yw eich bywyd mewn perygl nawr, ffoniwch 999.</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="309"/>
        <source>Please know: the coalition (the campaign group that collects these accounts) cannot see what you write here. It cannot reply to anyone, and it cannot help in a crisis.</source>
        <translation>Cofiwch: dydy&apos;r glymblaid (y grŵp ymgyrchu sy&apos;n casglu&apos;r hanesion hyn) ddim yn gallu gweld beth rydych chi&apos;n ei ysgrifennu yma. Dydy hi ddim yn gallu ateb neb, a dydy hi ddim yn gallu helpu mewn argyfwng.</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="315"/>
        <source>Go back to where I was</source>
        <translation>Mynd yn ôl i ble roeddwn i</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/record/check.py" line="23"/>
        <source>Check your account</source>
        <translation>Gwirio eich hanes</translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="25"/>
        <source>Read your answers. You can change any of them before you finish.</source>
        <translation>Darllenwch eich atebion. Gallwch chi newid unrhyw un ohonyn nhw cyn gorffen.</translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="37"/>
        <source>When you finish, you choose who may see this account. Nothing is shared unless you choose it.</source>
        <translation>Pan fyddwch chi&apos;n gorffen, chi sy&apos;n dewis pwy all weld yr hanes hwn. Does dim byd yn cael ei rannu oni bai eich bod chi&apos;n dewis hynny.</translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="42"/>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="44"/>
        <source>Mark this account as finished, then choose who may see it</source>
        <translation>Nodi bod yr hanes hwn wedi&apos;i orffen, yna dewis pwy all ei weld</translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="58"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="58"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="59"/>
        <source>Someone helping you today</source>
        <translation>Rhywun yn eich helpu chi heddiw</translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="73"/>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="79"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="80"/>
        <source>Change: %1</source>
        <translation>Newid: %1</translation>
    </message>
</context>
<context>
    <name>CoalitionWindow</name>
    <message>
        <location filename="../../ui/coalition/window.py" line="25"/>
        <source>Coalition workspace</source>
        <translation>Gweithle&apos;r glymblaid</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/window.py" line="31"/>
        <source>See the pattern</source>
        <translation>Gweld y patrwm</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/window.py" line="32"/>
        <source>Read the words</source>
        <translation>Darllen y geiriau</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/window.py" line="33"/>
        <source>Themes</source>
        <translation>Themâu</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/window.py" line="34"/>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/window.py" line="35"/>
        <source>Public key</source>
        <translation>Allwedd gyhoeddus</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/consent/page.py" line="55"/>
        <source>Who can see this account</source>
        <translation>Pwy sy&apos;n gallu gweld yr hanes hwn</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="60"/>
        <location filename="../../ui/consent/page.py" line="122"/>
        <source>How did you make this choice?</source>
        <translation>Sut gwnaethoch chi&apos;r dewis hwn?</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="64"/>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="67"/>
        <location filename="../../ui/consent/page.py" line="132"/>
        <source>Your choices so far</source>
        <translation>Eich dewisiadau hyd yma</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="71"/>
        <source>Save my choice</source>
        <translation>Cadw fy newis</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="73"/>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="74"/>
        <source>Leave this page</source>
        <translation>Gadael y dudalen hon</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="105"/>
        <source>To take back a choice, choose “%1”.</source>
        <translation>I dynnu dewis yn ôl, dewiswch “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="115"/>
        <source>I read this and chose myself</source>
        <translation>Darllenais i hwn a dewis fy hun</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="116"/>
        <source>It was read to me, and I chose with someone helping me</source>
        <translation>Cafodd ei ddarllen i mi, a dewisais i gyda rhywun yn fy helpu</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="133"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="133"/>
        <source>Choice</source>
        <translation>Dewis</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="133"/>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="164"/>
        <source>Nothing chosen yet, so it is private</source>
        <translation>Dim byd wedi&apos;i ddewis eto, felly mae&apos;n breifat</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="185"/>
        <source>Chose myself</source>
        <translation>Dewisais fy hun</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="186"/>
        <source>Chose with support</source>
        <translation>Dewisais gyda chymorth</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="187"/>
        <source>Added from a file</source>
        <translation>Ychwanegwyd o ffeil</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="234"/>
        <source>Saved. Your choice is now: %1.</source>
        <translation>Wedi cadw. Eich dewis nawr yw: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="236"/>
        <source>Nothing changed. Your choice is still: %1.</source>
        <translation>Dim byd wedi newid. Eich dewis o hyd yw: %1.</translation>
    </message>
</context>
<context>
    <name>CopyPage</name>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="35"/>
        <source>Make a readable copy</source>
        <translation>Gwneud copi i&apos;w ddarllen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="37"/>
        <source>This is a copy of your account to print or keep as a PDF. It has your own words, with nothing taken out. You could give it to a solicitor or an advocate.</source>
        <translation>Dyma gopi o&apos;ch hanes i&apos;w argraffu neu ei gadw fel PDF. Mae&apos;n cynnwys eich geiriau eich hun, heb dynnu dim allan. Gallech chi ei roi i gyfreithiwr neu eiriolwr.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="28"/>
        <source>What the copy will say</source>
        <translation>Beth fydd y copi yn ei ddweud</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="42"/>
        <source>The copy is not encrypted. Anyone who gets it can read it.</source>
        <translation>Dydy&apos;r copi ddim wedi&apos;i amgryptio. Gall unrhyw un sy&apos;n ei gael ei ddarllen.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="45"/>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="45"/>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="43"/>
        <source>my-account.pdf</source>
        <translation>fy-hanes.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="44"/>
        <source>Saved the copy to %1.</source>
        <translation>Wedi cadw&apos;r copi yn %1.</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../ui/create_vault.py" line="164"/>
        <source>Make a vault</source>
        <translation>Gwneud claddgell</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="165"/>
        <source>A vault is a locked folder for your accounts.</source>
        <translation>Ffolder dan glo ar gyfer eich hanesion yw claddgell.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="175"/>
        <source>Making your vault</source>
        <translation>Wrthi&apos;n gwneud eich claddgell</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="177"/>
        <location filename="../../ui/create_vault.py" line="245"/>
        <source>Making your vault. This takes a moment.</source>
        <translation>Wrthi&apos;n gwneud eich claddgell. Mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="182"/>
        <source>Make vault</source>
        <translation>Gwneud claddgell</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="184"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="192"/>
        <location filename="../../ui/create_vault.py" line="195"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="193"/>
        <source>Only you will see this. For example: My accounts.</source>
        <translation>Dim ond chi fydd yn gweld hwn. Er enghraifft: Fy hanesion.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="194"/>
        <source>My accounts</source>
        <translation>Fy hanesion</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="203"/>
        <source>Where to keep it</source>
        <translation>Ble i&apos;w chadw</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="204"/>
        <location filename="../../ui/create_vault.py" line="205"/>
        <source>On this computer</source>
        <translation>Ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="206"/>
        <location filename="../../ui/create_vault.py" line="207"/>
        <source>Somewhere I choose, like a USB stick</source>
        <translation>Rhywle rydw i&apos;n ei ddewis, fel cof bach USB</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="214"/>
        <source>Choose a folder…</source>
        <translation>Dewis ffolder…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="214"/>
        <location filename="../../ui/create_vault.py" line="314"/>
        <source>Choose where to keep the vault</source>
        <translation>Dewis ble i gadw&apos;r gladdgell</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="226"/>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="227"/>
        <location filename="../../ui/create_vault.py" line="228"/>
        <source>Also make a recovery code</source>
        <translation>Gwneud cod adfer hefyd</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="231"/>
        <source>A recovery code is a spare key. It opens the vault if you forget your passphrase. You will need to write it down and keep it safe.</source>
        <translation>Allwedd sbâr yw cod adfer. Mae&apos;n agor y gladdgell os byddwch chi&apos;n anghofio eich cyfrinymadrodd. Bydd angen i chi ei ysgrifennu a&apos;i gadw&apos;n ddiogel.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="277"/>
        <source>Give your vault a name.</source>
        <translation>Rhowch enw i&apos;ch claddgell.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="279"/>
        <source>Choose a folder, or keep the vault on this computer.</source>
        <translation>Dewiswch ffolder, neu cadwch y gladdgell ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="291"/>
        <source>Opening your new vault. This takes a moment.</source>
        <translation>Wrthi&apos;n agor eich claddgell newydd. Mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="326"/>
        <location filename="../../ui/create_vault.py" line="330"/>
        <source>It will be kept in: {0}</source>
        <translation>Bydd yn cael ei chadw yn: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="328"/>
        <source>No folder chosen yet.</source>
        <translation>Dim ffolder wedi&apos;i ddewis eto.</translation>
    </message>
</context>
<context>
    <name>CrossTabModel</name>
    <message>
        <location filename="../../ui/coalition/model.py" line="58"/>
        <source>suppressed</source>
        <translation>wedi&apos;i guddio</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/model.py" line="62"/>
        <source>Hidden so that nobody can be picked out from a small number.</source>
        <translation>Wedi&apos;i guddio fel nad oes modd adnabod neb o rif bach.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/model.py" line="75"/>
        <source>All</source>
        <translation>Y cyfan</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../ui/record/questions.py" line="277"/>
        <location filename="../../ui/record/questions.py" line="289"/>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <location filename="../../ui/record/questions.py" line="277"/>
        <source>Choose a month</source>
        <translation>Dewis mis</translation>
    </message>
    <message>
        <location filename="../../ui/record/questions.py" line="280"/>
        <location filename="../../ui/record/questions.py" line="290"/>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <location filename="../../ui/record/questions.py" line="280"/>
        <source>Choose a year</source>
        <translation>Dewis blwyddyn</translation>
    </message>
    <message>
        <location filename="../../ui/record/questions.py" line="283"/>
        <location filename="../../ui/record/questions.py" line="291"/>
        <source>Day (if you know it)</source>
        <translation>Diwrnod (os ydych chi&apos;n gwybod)</translation>
    </message>
    <message>
        <location filename="../../ui/record/questions.py" line="283"/>
        <source>No day</source>
        <translation>Dim diwrnod</translation>
    </message>
    <message>
        <location filename="../../ui/record/questions.py" line="300"/>
        <source>Choose a month and a year so this can be saved.</source>
        <translation>Dewiswch fis a blwyddyn er mwyn i hyn gael ei gadw.</translation>
    </message>
</context>
<context>
    <name>DeleteFilePage</name>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="286"/>
        <source>Delete this file?</source>
        <translation>Dileu&apos;r ffeil hon?</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="289"/>
        <source>It will be gone from your vault. This cannot be undone.</source>
        <translation>Bydd wedi mynd o&apos;ch claddgell. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="293"/>
        <source>No, keep it</source>
        <translation>Nac ydw, cadwch e</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="295"/>
        <source>Yes, delete it</source>
        <translation>Ydw, dilëwch e</translation>
    </message>
</context>
<context>
    <name>DestroyOptions</name>
    <message>
        <location filename="../../ui/destroy.py" line="53"/>
        <source>Destroying this vault</source>
        <translation>Dinistrio&apos;r gladdgell hon</translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="57"/>
        <source>Destroy this vault after too many wrong passphrases</source>
        <translation>Dinistrio&apos;r gladdgell hon ar ôl gormod o gyfrinymadroddion anghywir</translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="61"/>
        <source>How many wrong passphrases in a row</source>
        <translation>Faint o gyfrinymadroddion anghywir yn olynol</translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="70"/>
        <source>Destroy this vault now…</source>
        <translation>Dinistrio&apos;r gladdgell hon nawr…</translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="71"/>
        <source>You will be asked again before anything happens</source>
        <translation>Byddwch chi&apos;n cael eich holi eto cyn i ddim ddigwydd</translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="95"/>
        <source>Destroy this vault?</source>
        <translation>Dinistrio&apos;r gladdgell hon?</translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="98"/>
        <source>Destroy this vault now? Everything in it will be gone for good. This cannot be undone.</source>
        <translation>Dinistrio&apos;r gladdgell hon nawr? Bydd popeth ynddi wedi mynd am byth. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="103"/>
        <source>Destroy it</source>
        <translation>Ei dinistrio</translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="104"/>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/export/export_steps.py" line="123"/>
        <source>Your file is ready</source>
        <translation>Mae eich ffeil yn barod</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="131"/>
        <source>The file is sealed so only the coalition can open it. Nobody else can read it, even if they find it.</source>
        <translation>Mae&apos;r ffeil wedi&apos;i selio fel mai dim ond y glymblaid sy&apos;n gallu ei hagor. Does neb arall yn gallu ei darllen, hyd yn oed os ydyn nhw&apos;n dod o hyd iddi.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="135"/>
        <source>What to do next</source>
        <translation>Beth i&apos;w wneud nesaf</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="138"/>
        <source>Send the file to the coalition, in the way they ask. For example, attach it to an email, or hand it over on a USB stick.</source>
        <translation>Anfonwch y ffeil at y glymblaid, yn y ffordd maen nhw&apos;n gofyn. Er enghraifft, atodwch hi i e-bost, neu rhowch hi iddyn nhw ar gof bach USB.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="143"/>
        <source>You can take it back later. Go to “What I have shared” and choose Withdraw.</source>
        <translation>Gallwch chi ei thynnu&apos;n ôl wedyn. Ewch i “Beth a rannais” a dewis Tynnu&apos;n ôl.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="145"/>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/export_steps.py" line="151"/>
        <source>You saved %n account(s) in this file.</source>
        <translation>
            <numerusform>Fe wnaethoch chi gadw %n hanes yn y ffeil hon.</numerusform>
            <numerusform>Fe wnaethoch chi gadw %n hanes yn y ffeil hon.</numerusform>
            <numerusform>Fe wnaethoch chi gadw %n hanes yn y ffeil hon.</numerusform>
            <numerusform>Fe wnaethoch chi gadw %n hanes yn y ffeil hon.</numerusform>
            <numerusform>Fe wnaethoch chi gadw %n hanes yn y ffeil hon.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="153"/>
        <source>File name: %1
Folder: %2</source>
        <translation>Enw&apos;r ffeil: %1
Ffolder: %2</translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <location filename="../../ui/accounts/evidence.py" line="49"/>
        <source>Use your account</source>
        <translation>Defnyddio eich hanes</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/evidence.py" line="53"/>
        <source>Make a copy to give to someone who helps you, or write a letter to ask what a service holds about you, or to complain.</source>
        <translation>Gwnewch gopi i&apos;w roi i rywun sy&apos;n eich helpu chi, neu ysgrifennwch lythyr i ofyn beth mae gwasanaeth yn ei gadw amdanoch chi, neu i gwyno.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/evidence.py" line="61"/>
        <source>Make a readable copy</source>
        <translation>Gwneud copi i&apos;w ddarllen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/evidence.py" line="63"/>
        <source>Write a letter</source>
        <translation>Ysgrifennu llythyr</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/export/export_page.py" line="63"/>
        <location filename="../../ui/export/export_page.py" line="81"/>
        <source>Share an anonymised copy</source>
        <translation>Rhannu copi dienw</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="78"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="84"/>
        <source>Choose what to share. We take out names and other details, and you check the words. Then we save a file that is sealed so only the coalition can open it. You send the file to them yourself.</source>
        <translation>Dewiswch beth i&apos;w rannu. Rydyn ni&apos;n tynnu enwau a manylion eraill allan, a chi sy&apos;n gwirio&apos;r geiriau. Yna rydyn ni&apos;n cadw ffeil sydd wedi&apos;i selio fel mai dim ond y glymblaid sy&apos;n gallu ei hagor. Chi sy&apos;n anfon y ffeil atyn nhw.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="89"/>
        <source>Getting your accounts ready…</source>
        <translation>Wrthi&apos;n paratoi eich hanesion…</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="90"/>
        <source>1. Accounts to share</source>
        <translation>1. Hanesion i&apos;w rhannu</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="94"/>
        <source>2. Who can open it</source>
        <translation>2. Pwy sy&apos;n gallu ei hagor</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="99"/>
        <source>Add or change keys</source>
        <translation>Ychwanegu neu newid allweddi</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="101"/>
        <source>Add the coalition&apos;s key, or remove one</source>
        <translation>Ychwanegu allwedd y glymblaid, neu dynnu un</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="105"/>
        <source>3. Save the file</source>
        <translation>3. Cadw&apos;r ffeil</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="107"/>
        <source>Choose where to save it, for example a USB stick or your Documents folder.</source>
        <translation>Dewiswch ble i&apos;w chadw, er enghraifft cof bach USB neu eich ffolder Dogfennau.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="112"/>
        <source>Choose where to save</source>
        <translation>Dewis ble i gadw</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="138"/>
        <source>None of your accounts can be shared. They are all kept private.</source>
        <translation>Does dim un o&apos;ch hanesion yn gallu cael ei rannu. Maen nhw i gyd yn cael eu cadw&apos;n breifat.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="142"/>
        <source>Kept private</source>
        <translation>Wedi&apos;i gadw&apos;n breifat</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="144"/>
        <source>%1 — kept private</source>
        <translation>%1 — wedi&apos;i gadw&apos;n breifat</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="150"/>
        <source>Accounts kept private never leave. To share one, open it and change who can see it.</source>
        <translation>Dydy hanesion sy&apos;n cael eu cadw&apos;n breifat byth yn gadael. I rannu un, agorwch e a newid pwy sy&apos;n gallu ei weld.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="177"/>
        <source>Check the words</source>
        <translation>Gwirio&apos;r geiriau</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="177"/>
        <source>Look at the words again</source>
        <translation>Edrych ar y geiriau eto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/export_page.py" line="192"/>
        <source>It also says how many files you keep with it (%n), but not the files.</source>
        <translation>
            <numerusform>Mae hefyd yn dweud faint o ffeiliau rydych chi&apos;n eu cadw gydag e (%n), ond nid y ffeiliau eu hunain.</numerusform>
            <numerusform>Mae hefyd yn dweud faint o ffeiliau rydych chi&apos;n eu cadw gydag e (%n), ond nid y ffeiliau eu hunain.</numerusform>
            <numerusform>Mae hefyd yn dweud faint o ffeiliau rydych chi&apos;n eu cadw gydag e (%n), ond nid y ffeiliau eu hunain.</numerusform>
            <numerusform>Mae hefyd yn dweud faint o ffeiliau rydych chi&apos;n eu cadw gydag e (%n), ond nid y ffeiliau eu hunain.</numerusform>
            <numerusform>Mae hefyd yn dweud faint o ffeiliau rydych chi&apos;n eu cadw gydag e (%n), ond nid y ffeiliau eu hunain.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="202"/>
        <source>%1. Only your answers to the questions with choices are shared.</source>
        <translation>%1. Dim ond eich atebion i&apos;r cwestiynau gyda dewisiadau sy&apos;n cael eu rhannu.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="206"/>
        <source>You changed it after you checked the words. Check them again.</source>
        <translation>Fe wnaethoch chi ei newid ar ôl gwirio&apos;r geiriau. Gwiriwch nhw eto.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="208"/>
        <source>You need to check the words before they can be shared.</source>
        <translation>Mae angen i chi wirio&apos;r geiriau cyn iddyn nhw gael eu rhannu.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="210"/>
        <source>You have checked the words.</source>
        <translation>Rydych chi wedi gwirio&apos;r geiriau.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="219"/>
        <source>Add the coalition&apos;s key first. You only need to do this once.</source>
        <translation>Ychwanegwch allwedd y glymblaid yn gyntaf. Dim ond unwaith mae angen gwneud hyn.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="226"/>
        <location filename="../../ui/export/export_page.py" line="229"/>
        <source>Code: %1</source>
        <translation>Cod: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="245"/>
        <source>An account with no name</source>
        <translation>Hanes heb enw</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="283"/>
        <source>Choose at least one account to share.</source>
        <translation>Dewiswch o leiaf un hanes i&apos;w rannu.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="285"/>
        <source>Choose who can open it. If there is nobody to choose, add a key.</source>
        <translation>Dewiswch pwy sy&apos;n gallu ei hagor. Os does neb i&apos;w ddewis, ychwanegwch allwedd.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="292"/>
        <source>Check the words of “%1” first, or untick it. Words leave only after you have checked them.</source>
        <translation>Gwiriwch eiriau “%1” yn gyntaf, neu dad-diciwch e. Dim ond ar ôl i chi eu gwirio mae geiriau&apos;n gadael.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="53"/>
        <source>Choose where to save the file</source>
        <translation>Dewis ble i gadw&apos;r ffeil</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../../ui/export/words.py" line="18"/>
        <source>a name</source>
        <translation>enw</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="19"/>
        <source>a police officer&apos;s name</source>
        <translation>enw swyddog heddlu</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="20"/>
        <source>a staff member&apos;s name</source>
        <translation>enw aelod o staff</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="21"/>
        <source>a place</source>
        <translation>lle</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="22"/>
        <source>an organisation</source>
        <translation>sefydliad</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="23"/>
        <source>an address</source>
        <translation>cyfeiriad</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="24"/>
        <source>a postcode</source>
        <translation>cod post</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="25"/>
        <source>a phone number</source>
        <translation>rhif ffôn</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="26"/>
        <source>an email address</source>
        <translation>cyfeiriad e-bost</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="27"/>
        <source>a web address</source>
        <translation>cyfeiriad gwe</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="28"/>
        <source>a social media name</source>
        <translation>enw ar y cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="29"/>
        <source>an NHS number</source>
        <translation>rhif GIG</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="30"/>
        <source>a National Insurance number</source>
        <translation>rhif Yswiriant Gwladol</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="31"/>
        <source>a passport number</source>
        <translation>rhif pasbort</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="32"/>
        <source>a driving licence number</source>
        <translation>rhif trwydded yrru</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="33"/>
        <source>a number plate</source>
        <translation>plât rhif</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="34"/>
        <source>a bank card number</source>
        <translation>rhif cerdyn banc</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="35"/>
        <source>a bank account number</source>
        <translation>rhif cyfrif banc</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="36"/>
        <source>a computer&apos;s internet address</source>
        <translation>cyfeiriad rhyngrwyd cyfrifiadur</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="37"/>
        <source>a reference number</source>
        <translation>cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="38"/>
        <source>a date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="39"/>
        <source>a time</source>
        <translation>amser</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="40"/>
        <source>an age</source>
        <translation>oedran</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="41"/>
        <source>a group of people, like a nationality or faith</source>
        <translation>grŵp o bobl, fel cenedligrwydd neu ffydd</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="44"/>
        <source>words you chose to take out</source>
        <translation>geiriau a ddewisoch chi eu tynnu allan</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="45"/>
        <source>a detail of this computer</source>
        <translation>manylyn am y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="51"/>
        <source>you told us this is your name</source>
        <translation>fe ddywedoch chi wrthon ni mai hwn yw eich enw</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="54"/>
        <source>you told us this is a name people call you</source>
        <translation>fe ddywedoch chi wrthon ni mai hwn yw enw mae pobl yn eich galw chi</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="57"/>
        <source>you told us this is someone you mention</source>
        <translation>fe ddywedoch chi wrthon ni mai hwn yw rhywun rydych chi&apos;n sôn amdano</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="60"/>
        <source>you told us this is a place you mention</source>
        <translation>fe ddywedoch chi wrthon ni mai hwn yw lle rydych chi&apos;n sôn amdano</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="63"/>
        <source>you told us this is your address</source>
        <translation>fe ddywedoch chi wrthon ni mai hwn yw eich cyfeiriad</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="66"/>
        <source>you told us this is your postcode</source>
        <translation>fe ddywedoch chi wrthon ni mai hwn yw eich cod post</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="69"/>
        <source>you told us this is your phone number</source>
        <translation>fe ddywedoch chi wrthon ni mai hwn yw eich rhif ffôn</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="72"/>
        <source>you told us this is your email address</source>
        <translation>fe ddywedoch chi wrthon ni mai hwn yw eich cyfeiriad e-bost</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="75"/>
        <source>you told us this is your NHS number</source>
        <translation>fe ddywedoch chi wrthon ni mai hwn yw eich rhif GIG</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="78"/>
        <source>you told us this is your date of birth</source>
        <translation>fe ddywedoch chi wrthon ni mai hwn yw eich dyddiad geni</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="81"/>
        <source>it looks like an NHS number (the check digit fits)</source>
        <translation>mae&apos;n edrych fel rhif GIG (mae&apos;r digid gwirio&apos;n cyd-fynd)</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="84"/>
        <source>it looks like a National Insurance number</source>
        <translation>mae&apos;n edrych fel rhif Yswiriant Gwladol</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="87"/>
        <source>it looks like a postcode</source>
        <translation>mae&apos;n edrych fel cod post</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="88"/>
        <source>it looks like the first part of a postcode</source>
        <translation>mae&apos;n edrych fel rhan gyntaf cod post</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="91"/>
        <source>it looks like a passport number</source>
        <translation>mae&apos;n edrych fel rhif pasbort</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="94"/>
        <source>it looks like a driving licence number</source>
        <translation>mae&apos;n edrych fel rhif trwydded yrru</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="97"/>
        <source>it looks like a number plate</source>
        <translation>mae&apos;n edrych fel plât rhif</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="100"/>
        <source>it looks like a bank card number (the check digit fits)</source>
        <translation>mae&apos;n edrych fel rhif cerdyn banc (mae&apos;r digid gwirio&apos;n cyd-fynd)</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="103"/>
        <source>it looks like a bank account number (the check digits fit)</source>
        <translation>mae&apos;n edrych fel rhif cyfrif banc (mae&apos;r digidau gwirio&apos;n cyd-fynd)</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="106"/>
        <source>it looks like an email address</source>
        <translation>mae&apos;n edrych fel cyfeiriad e-bost</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="109"/>
        <source>it looks like a web address</source>
        <translation>mae&apos;n edrych fel cyfeiriad gwe</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="110"/>
        <source>it looks like a social media name</source>
        <translation>mae&apos;n edrych fel enw ar y cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="113"/>
        <location filename="../../ui/export/words.py" line="116"/>
        <source>it looks like a computer&apos;s internet address</source>
        <translation>mae&apos;n edrych fel cyfeiriad rhyngrwyd cyfrifiadur</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="119"/>
        <source>it looks like a reference number</source>
        <translation>mae&apos;n edrych fel cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="122"/>
        <source>it looks like a UK phone number</source>
        <translation>mae&apos;n edrych fel rhif ffôn yn y DU</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="125"/>
        <location filename="../../ui/export/words.py" line="128"/>
        <source>it looks like a phone number</source>
        <translation>mae&apos;n edrych fel rhif ffôn</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="131"/>
        <source>it looks like a phone number, from the words around it</source>
        <translation>mae&apos;n edrych fel rhif ffôn, o&apos;r geiriau o&apos;i gwmpas</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="134"/>
        <source>it looks like a postcode written after a place</source>
        <translation>mae&apos;n edrych fel cod post wedi&apos;i ysgrifennu ar ôl enw lle</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="137"/>
        <source>a police title like PC or Sgt comes before it</source>
        <translation>mae teitl heddlu fel PC neu Sgt yn dod o&apos;i flaen</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="140"/>
        <source>a title like Dr comes before it</source>
        <translation>mae teitl fel Dr yn dod o&apos;i flaen</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="141"/>
        <source>a title like Nurse or Sister comes before it</source>
        <translation>mae teitl fel Nyrs neu Sister yn dod o&apos;i flaen</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="144"/>
        <source>the word paramedic comes before it</source>
        <translation>mae&apos;r gair parafeddyg yn dod o&apos;i flaen</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="147"/>
        <source>a title like Judge comes before it</source>
        <translation>mae teitl fel Barnwr yn dod o&apos;i flaen</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="150"/>
        <source>a title like Mr or Mrs comes before it</source>
        <translation>mae teitl fel Mr neu Mrs yn dod o&apos;i flaen</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="153"/>
        <source>words like “called” or “named” come before it</source>
        <translation>mae geiriau fel “o&apos;r enw” neu “sy&apos;n cael ei alw” yn dod o&apos;i flaen</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="156"/>
        <source>it is a common first name</source>
        <translation>mae&apos;n enw cyntaf cyffredin</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="157"/>
        <source>it is the name of a place in the UK</source>
        <translation>mae&apos;n enw lle yn y DU</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="160"/>
        <source>it names a group of people, like a nationality or faith</source>
        <translation>mae&apos;n enwi grŵp o bobl, fel cenedligrwydd neu ffydd</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="163"/>
        <source>a word with a capital letter that is not a common word</source>
        <translation>gair gyda phriflythyren sydd ddim yn air cyffredin</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="166"/>
        <source>a word that is not in our list of English words</source>
        <translation>gair sydd ddim yn ein rhestr o eiriau Saesneg</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="169"/>
        <source>it ends like the name of an organisation, like Ltd or Trust</source>
        <translation>mae&apos;n gorffen fel enw sefydliad, fel Ltd neu Trust</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="172"/>
        <source>it ends like the name of a place, like Ward or Hospital</source>
        <translation>mae&apos;n gorffen fel enw lle, fel Ward neu Ysbyty</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="175"/>
        <source>it looks like part of an address, like Road or Street</source>
        <translation>mae&apos;n edrych fel rhan o gyfeiriad, fel Ffordd neu Stryd</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="178"/>
        <source>it looks like a flat or house number</source>
        <translation>mae&apos;n edrych fel rhif fflat neu dŷ</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="181"/>
        <source>it looks like a date</source>
        <translation>mae&apos;n edrych fel dyddiad</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="182"/>
        <source>it looks like a time</source>
        <translation>mae&apos;n edrych fel amser</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="183"/>
        <source>it looks like someone&apos;s age</source>
        <translation>mae&apos;n edrych fel oedran rhywun</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="184"/>
        <source>it is the name of this computer, your user name or a folder name</source>
        <translation>enw&apos;r cyfrifiadur hwn yw e, eich enw defnyddiwr neu enw ffolder</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="187"/>
        <source>you chose to take it out</source>
        <translation>fe ddewisoch chi ei dynnu allan</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="200"/>
        <source>something that could identify someone</source>
        <translation>rhywbeth a allai ddangos pwy yw rhywun</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="210"/>
        <source>a job title comes before it</source>
        <translation>mae teitl swydd yn dod o&apos;i flaen</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="212"/>
        <source>it is a number written after a word like ref, case or crime</source>
        <translation>mae&apos;n rhif wedi&apos;i ysgrifennu ar ôl gair fel cyf, achos neu drosedd</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="216"/>
        <source>you told us about it</source>
        <translation>fe ddywedoch chi wrthon ni amdano</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="217"/>
        <source>it looks like something that could identify someone</source>
        <translation>mae&apos;n edrych fel rhywbeth a allai ddangos pwy yw rhywun</translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="230"/>
        <source>%1, and %2</source>
        <translation>%1, a %2</translation>
    </message>
</context>
<context>
    <name>HandOverPage</name>
    <message>
        <location filename="../../ui/hand_over.py" line="30"/>
        <source>Hand over</source>
        <translation>Trosglwyddo</translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="31"/>
        <source>Your vault is locked.</source>
        <translation>Mae eich claddgell dan glo.</translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="32"/>
        <source>Checking this laptop…</source>
        <translation>Wrthi&apos;n gwirio&apos;r gliniadur hwn…</translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="35"/>
        <source>Taking your USB stick out</source>
        <translation>Tynnu eich cof bach USB allan</translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="38"/>
        <source>Before you pull the stick out, choose “Eject” or “Safely remove” for it in the laptop&apos;s files window, and wait until it says it is safe. Pulling it out too soon can damage what is on it.</source>
        <translation>Cyn i chi dynnu&apos;r cof bach allan, dewiswch “Eject” neu “Safely remove” ar ei gyfer yn ffenestr ffeiliau&apos;r gliniadur, ac arhoswch nes ei bod yn dweud ei fod yn ddiogel. Gall ei dynnu allan yn rhy fuan ddifrodi beth sydd arno.</translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="44"/>
        <source>Next person</source>
        <translation>Y person nesaf</translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="45"/>
        <source>Go back to a clean first page for the next person</source>
        <translation>Mynd yn ôl i dudalen gyntaf lân ar gyfer y person nesaf</translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="57"/>
        <source>Your vault is on your USB stick. Take it with you.</source>
        <translation>Mae eich claddgell ar eich cof bach USB. Ewch ag e gyda chi.</translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="61"/>
        <source>Your vault is on this laptop, not on a USB stick. It stays here, locked. Only your passphrase opens it.</source>
        <translation>Mae eich claddgell ar y gliniadur hwn, nid ar gof bach USB. Mae&apos;n aros yma, dan glo. Dim ond eich cyfrinymadrodd sy&apos;n ei hagor hi.</translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="72"/>
        <source>This laptop does not remember your vault or where it is.</source>
        <translation>Dydy&apos;r gliniadur hwn ddim yn cofio eich claddgell na ble mae hi.</translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="74"/>
        <source>This laptop&apos;s settings still name your vault.</source>
        <translation>Mae gosodiadau&apos;r gliniadur hwn yn dal i enwi eich claddgell.</translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="78"/>
        <source>Some files on this laptop still name your vault. Ask the person running the drop-in to look at them:</source>
        <translation>Mae rhai ffeiliau ar y gliniadur hwn yn dal i enwi eich claddgell. Gofynnwch i&apos;r person sy&apos;n rhedeg y sesiwn galw heibio edrych arnyn nhw:</translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="84"/>
        <source>No file outside your vault names it or says where it is.</source>
        <translation>Does dim ffeil y tu allan i&apos;ch claddgell yn ei henwi hi nac yn dweud ble mae hi.</translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="86"/>
        <source>The clipboard is empty.</source>
        <translation>Mae&apos;r clipfwrdd yn wag.</translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="88"/>
        <source>The clipboard could not be emptied.</source>
        <translation>Doedd dim modd gwagio&apos;r clipfwrdd.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="31"/>
        <source>Import accounts</source>
        <translation>Mewnforio hanesion</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="34"/>
        <source>Add the files people sent you: exports and withdrawal notices. You can add many at once. Each file is checked before anything from it is added; a file that is damaged or not a Testimony file is turned down whole.</source>
        <translation>Ychwanegwch y ffeiliau mae pobl wedi&apos;u hanfon atoch chi: allforion a hysbysiadau tynnu&apos;n ôl. Gallwch chi ychwanegu llawer ar unwaith. Mae pob ffeil yn cael ei gwirio cyn ychwanegu dim ohoni; mae ffeil sydd wedi&apos;i difrodi neu sydd ddim yn ffeil Testimony yn cael ei gwrthod yn llwyr.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="44"/>
        <source>Drop files here</source>
        <translation>Gollyngwch ffeiliau yma</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="49"/>
        <source>Choose files…</source>
        <translation>Dewis ffeiliau…</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="49"/>
        <source>Pick export files to import</source>
        <translation>Dewis ffeiliau allforio i&apos;w mewnforio</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="52"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="52"/>
        <source>Stop after the file being imported now</source>
        <translation>Stopio ar ôl y ffeil sy&apos;n cael ei mewnforio nawr</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="59"/>
        <source>Import progress</source>
        <translation>Cynnydd mewnforio</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="60"/>
        <source>%v of %m files</source>
        <translation>%v o %m ffeil</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="65"/>
        <source>What happened to each file</source>
        <translation>Beth ddigwyddodd i bob ffeil</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="77"/>
        <source>Choose files to import</source>
        <translation>Dewis ffeiliau i&apos;w mewnforio</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="80"/>
        <source>Testimony files (*.age *.testimony-export);;All files (*)</source>
        <translation>Ffeiliau Testimony (*.age *.testimony-export);;Pob ffeil (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/import_page.py" line="109"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Wrthi&apos;n mewnforio %n ffeil…</numerusform>
            <numerusform>Wrthi&apos;n mewnforio %n ffeil…</numerusform>
            <numerusform>Wrthi&apos;n mewnforio %n ffeil…</numerusform>
            <numerusform>Wrthi&apos;n mewnforio %n ffeil…</numerusform>
            <numerusform>Wrthi&apos;n mewnforio %n ffeil…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="124"/>
        <source>Stopping after this file…</source>
        <translation>Yn stopio ar ôl y ffeil hon…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/import_page.py" line="137"/>
        <source>%n file(s) imported,</source>
        <translation>
            <numerusform>%n ffeil wedi&apos;u mewnforio,</numerusform>
            <numerusform>%n ffeil wedi&apos;i mewnforio,</numerusform>
            <numerusform>%n ffeil wedi&apos;u mewnforio,</numerusform>
            <numerusform>%n ffeil wedi&apos;u mewnforio,</numerusform>
            <numerusform>%n ffeil wedi&apos;u mewnforio,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/import_page.py" line="138"/>
        <source>%n turned down.</source>
        <translation>
            <numerusform>%n wedi&apos;u gwrthod.</numerusform>
            <numerusform>%n wedi&apos;i gwrthod.</numerusform>
            <numerusform>%n wedi&apos;u gwrthod.</numerusform>
            <numerusform>%n wedi&apos;u gwrthod.</numerusform>
            <numerusform>%n wedi&apos;u gwrthod.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/import_page.py" line="139"/>
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>%n cofnod wedi&apos;u hychwanegu.</numerusform>
            <numerusform>%n cofnod wedi&apos;i ychwanegu.</numerusform>
            <numerusform>%n cofnod wedi&apos;u hychwanegu.</numerusform>
            <numerusform>%n cofnod wedi&apos;u hychwanegu.</numerusform>
            <numerusform>%n cofnod wedi&apos;u hychwanegu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="143"/>
        <source>Stopped. </source>
        <translation>Wedi stopio. </translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="161"/>
        <source>{0}: not imported (stopped before it).</source>
        <translation>{0}: heb ei mewnforio (wedi stopio cyn cyrraedd hon).</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="163"/>
        <source>{0}: turned down: {1}. Nothing from it was added.</source>
        <translation>{0}: wedi&apos;i gwrthod: {1}. Chafodd dim ohoni ei ychwanegu.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="168"/>
        <source>{0}: {1} added, {2} already here, {3} withdrawn by their writer.</source>
        <translation>{0}: {1} wedi&apos;u hychwanegu, {2} yma&apos;n barod, {3} wedi&apos;u tynnu&apos;n ôl gan eu hawdur.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="170"/>
        <source>{0}: withdrawal notice: {1} removed.</source>
        <translation>{0}: hysbysiad tynnu&apos;n ôl: {1} wedi&apos;u tynnu.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="173"/>
        <source>{0} not removed, because the secret did not match the record.</source>
        <translation>{0} heb eu tynnu, oherwydd doedd y gyfrinach ddim yn cyfateb i&apos;r cofnod.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="176"/>
        <source>{0} not here yet; they will be refused if they arrive.</source>
        <translation>{0} ddim yma eto; byddan nhw&apos;n cael eu gwrthod os ydyn nhw&apos;n cyrraedd.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="183"/>
        <source>it is larger than a Testimony export can be</source>
        <translation>mae&apos;n fwy nag y gall allforyn Testimony fod</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="184"/>
        <source>it is a folder, not a file</source>
        <translation>ffolder yw hi, nid ffeil</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="185"/>
        <source>it could not be read</source>
        <translation>doedd dim modd ei darllen</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="187"/>
        <source>it does not open with this workspace&apos;s key (damaged, incomplete, or sealed for someone else)</source>
        <translation>dydy hi ddim yn agor gydag allwedd y gweithle hwn (wedi&apos;i difrodi, yn anghyflawn, neu wedi&apos;i selio ar gyfer rhywun arall)</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="190"/>
        <source>what is inside is too large</source>
        <translation>mae&apos;r hyn sydd y tu mewn yn rhy fawr</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="191"/>
        <location filename="../../ui/coalition/import_page.py" line="192"/>
        <source>what is inside is not a Testimony export</source>
        <translation>dydy&apos;r hyn sydd y tu mewn ddim yn allforyn Testimony</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="193"/>
        <source>it is not a Testimony export or withdrawal notice</source>
        <translation>dydy hi ddim yn allforyn Testimony nac yn hysbysiad tynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="194"/>
        <source>it was made by a newer Testimony; update to import it</source>
        <translation>cafodd ei gwneud gan Testimony mwy newydd; diweddarwch i&apos;w mewnforio</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="195"/>
        <location filename="../../ui/coalition/import_page.py" line="197"/>
        <location filename="../../ui/coalition/import_page.py" line="200"/>
        <source>it does not follow the Testimony export format</source>
        <translation>dydy hi ddim yn dilyn fformat allforio Testimony</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="196"/>
        <source>the same record appears twice in it</source>
        <translation>mae&apos;r un cofnod ynddi ddwywaith</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="198"/>
        <source>it uses questions this version of Testimony does not know</source>
        <translation>mae&apos;n defnyddio cwestiynau dydy&apos;r fersiwn hon o Testimony ddim yn eu hadnabod</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="199"/>
        <source>an answer does not fit its question</source>
        <translation>dydy ateb ddim yn cyd-fynd â&apos;i gwestiwn</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="202"/>
        <source>it is not a valid Testimony file</source>
        <translation>dydy hi ddim yn ffeil Testimony ddilys</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../ui/record/pages.py" line="154"/>
        <source>Before you start</source>
        <translation>Cyn i chi ddechrau</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="158"/>
        <source>What you write stays on your USB stick. It is locked with your passphrase. It is saved as you go.</source>
        <translation>Mae beth rydych chi&apos;n ei ysgrifennu yn aros ar eich cof bach USB. Mae wedi&apos;i gloi gyda&apos;ch cyfrinymadrodd. Mae&apos;n cael ei gadw wrth i chi fynd.</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="163"/>
        <source>What you write stays on this computer. It is locked with your passphrase. It is saved as you go.</source>
        <translation>Mae&apos;r hyn rydych chi&apos;n ei ysgrifennu yn aros ar y cyfrifiadur hwn. Mae dan glo gyda&apos;ch cyfrinymadrodd. Mae&apos;n cael ei gadw wrth i chi fynd.</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="168"/>
        <source>If it gets too much, choose “Take a break”. You can stop at any time.</source>
        <translation>Os yw&apos;n mynd yn ormod, dewiswch “Cymryd seibiant”. Gallwch chi stopio unrhyw bryd.</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="170"/>
        <source>Is someone helping you today, like an advocate or supporter?</source>
        <translation>Oes rhywun yn eich helpu chi heddiw, fel eiriolwr neu gefnogwr?</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="172"/>
        <source>We only note that you had help. We never ask who.</source>
        <translation>Dim ond nodi eich bod wedi cael help rydyn ni. Dydyn ni byth yn gofyn pwy.</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="177"/>
        <source>Yes, someone is helping me</source>
        <translation>Oes, mae rhywun yn fy helpu</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="178"/>
        <source>No, I am doing this on my own</source>
        <translation>Nac oes, rydw i&apos;n gwneud hyn ar fy mhen fy hun</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="183"/>
        <source>Continue</source>
        <translation>Ymlaen</translation>
    </message>
</context>
<context>
    <name>KnownDetailsEditor</name>
    <message>
        <location filename="../../ui/export/known.py" line="50"/>
        <source>People and places I mention</source>
        <translation>Pobl a lleoedd rydw i&apos;n sôn amdanyn nhw</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="54"/>
        <source>Tell us names and details you want taken out, and we will look for them in everything you share. They stay locked on this computer. They never leave. You can leave any box empty.</source>
        <translation>Dywedwch wrthon ni pa enwau a manylion rydych chi eisiau eu tynnu allan, a byddwn ni&apos;n chwilio amdanyn nhw ym mhopeth rydych chi&apos;n ei rannu. Maen nhw&apos;n aros dan glo ar y cyfrifiadur hwn. Dydyn nhw byth yn gadael. Gallwch chi adael unrhyw flwch yn wag.</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="60"/>
        <source>Separate them with commas.</source>
        <translation>Rhowch goma rhyngddyn nhw.</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="62"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="62"/>
        <source>First name and last name.</source>
        <translation>Enw cyntaf a chyfenw.</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="63"/>
        <source>Names people call you</source>
        <translation>Enwau mae pobl yn eich galw chi</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="65"/>
        <source>People you mention</source>
        <translation>Pobl rydych chi&apos;n sôn amdanyn nhw</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="66"/>
        <source>For example, staff, family or friends.</source>
        <translation>Er enghraifft, staff, teulu neu ffrindiau.</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="69"/>
        <source>Places you mention</source>
        <translation>Lleoedd rydych chi&apos;n sôn amdanyn nhw</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="70"/>
        <source>For example, wards, police stations or streets.</source>
        <translation>Er enghraifft, wardiau, gorsafoedd heddlu neu strydoedd.</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="72"/>
        <source>Your address</source>
        <translation>Eich cyfeiriad</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="73"/>
        <source>Your postcode</source>
        <translation>Eich cod post</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="74"/>
        <source>Your phone number</source>
        <translation>Eich rhif ffôn</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="75"/>
        <source>Your email address</source>
        <translation>Eich cyfeiriad e-bost</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="76"/>
        <source>Your NHS number</source>
        <translation>Eich rhif GIG</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="76"/>
        <source>It is 10 numbers long.</source>
        <translation>Mae&apos;n 10 rhif o hyd.</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="78"/>
        <source>Your date of birth</source>
        <translation>Eich dyddiad geni</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="79"/>
        <source>Day, month and year, for example 27 3 1990.</source>
        <translation>Diwrnod, mis a blwyddyn, er enghraifft 27 3 1990.</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="89"/>
        <source>Save and look again</source>
        <translation>Cadw ac edrych eto</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="91"/>
        <source>Save this list and look for these details in your words again</source>
        <translation>Cadw&apos;r rhestr hon a chwilio eto am y manylion hyn yn eich geiriau</translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="135"/>
        <source>Write your date of birth as day, month and year, for example 27 3 1990.</source>
        <translation>Ysgrifennwch eich dyddiad geni fel diwrnod, mis a blwyddyn, er enghraifft 27 3 1990.</translation>
    </message>
</context>
<context>
    <name>LaptopOptions</name>
    <message>
        <location filename="../../ui/laptop_options.py" line="30"/>
        <source>This laptop</source>
        <translation>Y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="../../ui/laptop_options.py" line="31"/>
        <source>Shared laptop (for a drop-in)</source>
        <translation>Gliniadur a rennir (ar gyfer sesiwn galw heibio)</translation>
    </message>
    <message>
        <location filename="../../ui/laptop_options.py" line="34"/>
        <source>For a laptop that many people use, one after another. It keeps no list of vaults and shows nobody&apos;s name or folder. Each person keeps their vault on their own USB stick, and hands over at the end.</source>
        <translation>Ar gyfer gliniadur mae llawer o bobl yn ei ddefnyddio, un ar ôl y llall. Dydy e ddim yn cadw rhestr o gladdgelloedd, a dydy e ddim yn dangos enw na ffolder neb. Mae pob person yn cadw ei gladdgell ar ei gof bach USB ei hun, ac yn trosglwyddo ar y diwedd.</translation>
    </message>
    <message>
        <location filename="../../ui/laptop_options.py" line="41"/>
        <source>Discreet mode</source>
        <translation>Modd cynnil</translation>
    </message>
    <message>
        <location filename="../../ui/laptop_options.py" line="44"/>
        <source>The window and its pages are called “Notes”, with no other name on screen, and no list of vaults is kept. Files you save get plain names.</source>
        <translation>Mae&apos;r ffenestr a&apos;i thudalennau&apos;n cael eu galw&apos;n “Notes”, heb enw arall ar y sgrin, a does dim rhestr o gladdgelloedd yn cael ei chadw. Mae ffeiliau rydych chi&apos;n eu cadw yn cael enwau plaen.</translation>
    </message>
</context>
<context>
    <name>LetterEditPage</name>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="36"/>
        <source>Your letter: ask what they hold about you</source>
        <translation>Eich llythyr: gofyn beth maen nhw&apos;n ei gadw amdanoch chi</translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="38"/>
        <source>Your letter: a complaint</source>
        <translation>Eich llythyr: cwyn</translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="41"/>
        <source>Read it all. Change anything you want: it is your letter. Take off the notes at the end before you send it. This is not legal advice.</source>
        <translation>Darllenwch y cyfan. Newidiwch unrhyw beth rydych chi eisiau: eich llythyr chi yw e. Tynnwch y nodiadau ar y diwedd cyn ei anfon. Nid cyngor cyfreithiol yw hwn.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="28"/>
        <source>The letter</source>
        <translation>Y llythyr</translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="29"/>
        <source>You can change any of the words</source>
        <translation>Gallwch chi newid unrhyw un o&apos;r geiriau</translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="46"/>
        <source>A saved or printed letter is not encrypted. Anyone who gets it can read it.</source>
        <translation>Dydy llythyr sydd wedi&apos;i gadw neu ei argraffu ddim wedi&apos;i amgryptio. Gall unrhyw un sy&apos;n ei gael ei ddarllen.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="50"/>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="50"/>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="48"/>
        <source>letter.pdf</source>
        <translation>llythyr.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="49"/>
        <source>Saved the letter to %1.</source>
        <translation>Wedi cadw&apos;r llythyr yn %1.</translation>
    </message>
</context>
<context>
    <name>LetterSetupPage</name>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="34"/>
        <source>Write a letter</source>
        <translation>Ysgrifennu llythyr</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="38"/>
        <source>Testimony writes a first draft from your account. You can read it and change anything before you print or save it.</source>
        <translation>Mae Testimony yn ysgrifennu drafft cyntaf o&apos;ch hanes. Gallwch chi ei ddarllen a newid unrhyw beth cyn ei argraffu neu ei gadw.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="43"/>
        <source>Which letter?</source>
        <translation>Pa lythyr?</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="52"/>
        <source>Ask what they hold about me (a subject access request)</source>
        <translation>Gofyn beth maen nhw&apos;n ei gadw amdana i (cais gwrthrych am wybodaeth)</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="55"/>
        <source>Make a complaint</source>
        <translation>Gwneud cwyn</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="63"/>
        <source>Who is it to?</source>
        <translation>At bwy mae e?</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="64"/>
        <source>For example: Anytown NHS Foundation Trust, or Anytown Police</source>
        <translation>Er enghraifft: Bwrdd Iechyd Prifysgol Unrhyw Dref, neu Heddlu Unrhyw Dref</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="72"/>
        <source>What kind of organisation is it?</source>
        <translation>Pa fath o sefydliad yw e?</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="83"/>
        <source>Where is it?</source>
        <translation>Ble mae e?</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="90"/>
        <source>Your name and address go at the top of the letter, so they can reply. They are not shared with anyone else.</source>
        <translation>Mae eich enw a&apos;ch cyfeiriad yn mynd ar frig y llythyr, er mwyn iddyn nhw allu ateb. Dydyn nhw ddim yn cael eu rhannu gydag unrhyw un arall.</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="95"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="100"/>
        <source>Your address</source>
        <translation>Eich cyfeiriad</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="106"/>
        <source>Keep my name and address in this vault for my next letter</source>
        <translation>Cadw fy enw a&apos;m cyfeiriad yn y gladdgell hon ar gyfer fy llythyr nesaf</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="116"/>
        <source>Write the letter</source>
        <translation>Ysgrifennu&apos;r llythyr</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="123"/>
        <source>An NHS trust or hospital</source>
        <translation>Ymddiriedolaeth GIG, bwrdd iechyd neu ysbyty</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="124"/>
        <source>A GP practice</source>
        <translation>Meddygfa</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="125"/>
        <source>An ambulance service</source>
        <translation>Gwasanaeth ambiwlans</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="126"/>
        <source>A police force</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="127"/>
        <source>A council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="131"/>
        <source>In England</source>
        <translation>Yn Lloegr</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="131"/>
        <source>In Wales</source>
        <translation>Yng Nghymru</translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="167"/>
        <source>Write the name of the organisation first.</source>
        <translation>Ysgrifennwch enw&apos;r sefydliad yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Text size, colours and locking</source>
        <translation>Maint testun, lliwiau a chloi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Lock the vault now</source>
        <translation>Cloi&apos;r gladdgell nawr</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Quick exit</source>
        <translation>Gadael yn gyflym</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Lock and close at once. You can also press Ctrl+Shift+Q.</source>
        <translation>Cloi a chau ar unwaith. Gallwch chi hefyd bwyso Ctrl+Shift+Q.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Finish and hand over</source>
        <translation>Gorffen a throsglwyddo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Lock, check that nothing is left on this laptop, and hand it over</source>
        <translation>Cloi, gwirio nad oes dim ar ôl ar y gliniadur hwn, a&apos;i drosglwyddo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>Your vault locked itself because it was not used for a while.</source>
        <translation>Fe wnaeth eich claddgell gloi ei hun achos doedd hi ddim wedi cael ei defnyddio ers tro.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>Your vault locked itself when the window was made small.</source>
        <translation>Fe wnaeth eich claddgell gloi ei hun pan gafodd y ffenestr ei gwneud yn fach.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>Your vault is ready. Type your passphrase to open it.</source>
        <translation>Mae eich claddgell yn barod. Teipiwch eich cyfrinymadrodd i&apos;w hagor.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412"/>
        <source>Your vault is locked.</source>
        <translation>Mae eich claddgell dan glo.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="528"/>
        <source>{0} – Testimony</source>
        <translation>{0} – Testimony</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>Coalition workspace – Testimony</source>
        <translation>Gweithle&apos;r glymblaid – Testimony</translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop_wiring.py" line="117"/>
        <source>The vault was destroyed.</source>
        <translation>Cafodd y gladdgell ei dinistrio.</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../ui/record/pages.py" line="329"/>
        <source>This account cannot be opened</source>
        <translation>Does dim modd agor yr hanes hwn</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="334"/>
        <source>Go back to your accounts</source>
        <translation>Mynd yn ôl at eich hanesion</translation>
    </message>
</context>
<context>
    <name>MicrophoneChoice</name>
    <message>
        <location filename="../../ui/record/microphone.py" line="37"/>
        <source>Microphone for “Speak instead”</source>
        <translation>Meicroffon ar gyfer “Siarad yn lle”</translation>
    </message>
    <message>
        <location filename="../../ui/record/microphone.py" line="41"/>
        <source>Microphone</source>
        <translation>Meicroffon</translation>
    </message>
    <message>
        <location filename="../../ui/record/microphone.py" line="43"/>
        <source>The microphone Testimony records with when you choose Speak instead</source>
        <translation>Y meicroffon mae Testimony yn recordio gydag e pan fyddwch chi&apos;n dewis Siarad yn lle</translation>
    </message>
    <message>
        <location filename="../../ui/record/microphone.py" line="57"/>
        <source>The computer&apos;s usual microphone</source>
        <translation>Meicroffon arferol y cyfrifiadur</translation>
    </message>
    <message>
        <location filename="../../ui/record/microphone.py" line="65"/>
        <source>“%1” is not plugged in.</source>
        <translation>Dydy “%1” ddim wedi&apos;i gysylltu.</translation>
    </message>
    <message>
        <location filename="../../ui/record/microphone.py" line="68"/>
        <source>No microphone was found on this computer.</source>
        <translation>Doedd dim meicroffon i&apos;w gael ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location filename="../../ui/record/microphone.py" line="70"/>
        <source>The usual microphone will be used.</source>
        <translation>Bydd y meicroffon arferol yn cael ei ddefnyddio.</translation>
    </message>
</context>
<context>
    <name>MinutesBox</name>
    <message numerus="yes">
        <location filename="../../ui/minutes_box.py" line="19"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotePage</name>
    <message>
        <location filename="../../ui/record/pages.py" line="258"/>
        <source>You can skip them. You can take a break at any time.</source>
        <translation>Gallwch chi eu hepgor. Gallwch chi gymryd seibiant unrhyw bryd.</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="260"/>
        <source>Continue</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="262"/>
        <location filename="../../ui/record/pages.py" line="276"/>
        <source>Skip these questions</source>
        <translation>Hepgor y cwestiynau hyn</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="270"/>
        <source>The next question may be hard</source>
        <translation>Efallai bydd y cwestiwn nesaf yn anodd</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="271"/>
        <source>The next question asks about:</source>
        <translation>Mae&apos;r cwestiwn nesaf yn holi am:</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="272"/>
        <source>Skip this question</source>
        <translation>Hepgor y cwestiwn hwn</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="274"/>
        <source>The next questions may be hard</source>
        <translation>Efallai bydd y cwestiynau nesaf yn anodd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/record/pages.py" line="275"/>
        <source>The next %n question(s) ask about:</source>
        <translation>
            <numerusform>Mae&apos;r %n cwestiwn nesaf yn holi am:</numerusform>
            <numerusform>Mae&apos;r %n cwestiwn nesaf yn holi am:</numerusform>
            <numerusform>Mae&apos;r %n cwestiwn nesaf yn holi am:</numerusform>
            <numerusform>Mae&apos;r %n cwestiwn nesaf yn holi am:</numerusform>
            <numerusform>Mae&apos;r %n cwestiwn nesaf yn holi am:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenWorkspacePage</name>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="49"/>
        <source>Coalition workspace</source>
        <translation>Gweithle&apos;r glymblaid</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="52"/>
        <source>A coalition workspace holds the accounts people send you, encrypted like a vault. Open yours, or make a new one.</source>
        <translation>Mae gweithle clymblaid yn dal yr hanesion mae pobl yn eu hanfon atoch chi, wedi&apos;u hamgryptio fel claddgell. Agorwch eich un chi, neu gwnewch un newydd.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="56"/>
        <source>Open a workspace</source>
        <translation>Agor gweithle</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="57"/>
        <source>Workspace folder</source>
        <translation>Ffolder y gweithle</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="58"/>
        <source>Choose folder…</source>
        <translation>Dewis ffolder…</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="60"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="61"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="66"/>
        <source>Make a new workspace</source>
        <translation>Gwneud gweithle newydd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="67"/>
        <source>New folder (it must not exist yet)</source>
        <translation>Ffolder newydd (rhaid iddo beidio â bodoli eto)</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="68"/>
        <source>Passphrase for it</source>
        <translation>Cyfrinymadrodd ar ei gyfer</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="69"/>
        <source>Type the passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="70"/>
        <source>Make workspace</source>
        <translation>Gwneud gweithle</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="72"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="99"/>
        <source>Choose the workspace folder</source>
        <translation>Dewis ffolder y gweithle</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="112"/>
        <source>Choose the workspace folder first.</source>
        <translation>Dewiswch ffolder y gweithle yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="117"/>
        <source>Opening…</source>
        <translation>Wrthi&apos;n agor…</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="132"/>
        <source>Give a folder and a passphrase.</source>
        <translation>Rhowch ffolder a chyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="136"/>
        <source>The two passphrases are different. Type them again.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol. Teipiwch nhw eto.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="141"/>
        <source>Making the workspace and its key…</source>
        <translation>Wrthi&apos;n gwneud y gweithle a&apos;i allwedd…</translation>
    </message>
</context>
<context>
    <name>OriginalsPage</name>
    <message numerus="yes">
        <location filename="../../ui/accounts/attachments.py" line="213"/>
        <source>%n files are added to your account</source>
        <translation>
            <numerusform>Mae %n ffeil wedi&apos;u hychwanegu at eich hanes</numerusform>
            <numerusform>Mae %n ffeil wedi&apos;i hychwanegu at eich hanes</numerusform>
            <numerusform>Mae %n ffeil wedi&apos;u hychwanegu at eich hanes</numerusform>
            <numerusform>Mae %n ffeil wedi&apos;u hychwanegu at eich hanes</numerusform>
            <numerusform>Mae %n ffeil wedi&apos;u hychwanegu at eich hanes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="215"/>
        <source>Your file is added</source>
        <translation>Mae eich ffeil wedi&apos;i hychwanegu</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="220"/>
        <source>A copy is now locked in your vault. The file you chose is still here:</source>
        <translation>Mae copi nawr dan glo yn eich claddgell. Mae&apos;r ffeil a ddewisoch chi yma o hyd:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="223"/>
        <source>A copy of each is now locked in your vault. The files you chose are still here:</source>
        <translation>Mae copi o bob un nawr dan glo yn eich claddgell. Mae&apos;r ffeiliau a ddewisoch chi yma o hyd:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="234"/>
        <source>If someone else uses this computer, you can delete the original from there. Deleting a file does not always destroy it. On an SSD or a USB stick, in a backup or in a cloud copy, it may still be found.</source>
        <translation>Os yw rhywun arall yn defnyddio&apos;r cyfrifiadur hwn, gallwch chi ddileu&apos;r gwreiddiol o&apos;r fan honno. Dydy dileu ffeil ddim bob amser yn ei dinistrio. Ar SSD neu gof bach USB, mewn copi wrth gefn neu mewn copi yn y cwmwl, efallai y bydd modd dod o hyd iddi o hyd.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="243"/>
        <source>Keep it there</source>
        <translation>Ei chadw yno</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="243"/>
        <source>Keep them there</source>
        <translation>Eu cadw yno</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="249"/>
        <source>Delete it from there</source>
        <translation>Ei dileu o&apos;r fan honno</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="249"/>
        <source>Delete them from there</source>
        <translation>Eu dileu o&apos;r fan honno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/attachments.py" line="271"/>
        <source>%n file(s) could not be deleted. You can delete them yourself.</source>
        <translation>
            <numerusform>Doedd dim modd dileu %n ffeil. Gallwch chi eu dileu eich hun.</numerusform>
            <numerusform>Doedd dim modd dileu %n ffeil. Gallwch chi ei dileu eich hun.</numerusform>
            <numerusform>Doedd dim modd dileu %n ffeil. Gallwch chi eu dileu eich hun.</numerusform>
            <numerusform>Doedd dim modd dileu %n ffeil. Gallwch chi eu dileu eich hun.</numerusform>
            <numerusform>Doedd dim modd dileu %n ffeil. Gallwch chi eu dileu eich hun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageFrame</name>
    <message>
        <location filename="../../ui/record/pages.py" line="90"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="91"/>
        <source>Go to the page before</source>
        <translation>Mynd i&apos;r dudalen flaenorol</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="96"/>
        <source>Take a break</source>
        <translation>Cymryd seibiant</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="98"/>
        <source>Stop for a moment and see where to get support</source>
        <translation>Stopio am eiliad a gweld ble i gael cymorth</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="134"/>
        <source>Save and come back later</source>
        <translation>Cadw a dod yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="136"/>
        <source>Save what you have written and go back to your list</source>
        <translation>Cadw&apos;r hyn rydych chi wedi&apos;i ysgrifennu a mynd yn ôl at eich rhestr</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../ui/accounts/paper.py" line="80"/>
        <source>Save as PDF (not encrypted)</source>
        <translation>Cadw fel PDF (heb ei amgryptio)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/paper.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PaperWarning</name>
    <message>
        <location filename="../../ui/accounts/paper.py" line="38"/>
        <source>The file will not be encrypted. Anyone who gets it can read everything in it.</source>
        <translation>Fydd y ffeil ddim wedi&apos;i hamgryptio. Gall unrhyw un sy&apos;n ei chael ddarllen popeth ynddi.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/paper.py" line="47"/>
        <source>Save it somewhere only you can reach, or give it straight to someone you trust. Delete it when you no longer need it. A printer may keep a copy too.</source>
        <translation>Cadwch hi rywle lle dim ond chi sy&apos;n gallu ei chyrraedd, neu rhowch hi&apos;n syth i rywun rydych chi&apos;n ymddiried ynddo. Dilëwch hi pan na fydd ei hangen arnoch chi mwyach. Efallai y bydd argraffydd yn cadw copi hefyd.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/paper.py" line="55"/>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/paper.py" line="63"/>
        <source>Print it?</source>
        <translation>Ei argraffu?</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/paper.py" line="64"/>
        <source>Choose a printer</source>
        <translation>Dewis argraffydd</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/paper.py" line="66"/>
        <source>Save it as a PDF?</source>
        <translation>Ei gadw fel PDF?</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/paper.py" line="67"/>
        <source>Choose where to save</source>
        <translation>Dewis ble i gadw</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ui/create_vault.py" line="48"/>
        <location filename="../../ui/create_vault.py" line="56"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="51"/>
        <source>Use 4 or more ordinary words that do not usually go together, like: lamp river socks gentle. Do not use a saying, a song line or a name.</source>
        <translation>Defnyddiwch 4 gair cyffredin neu fwy sydd ddim fel arfer yn mynd gyda&apos;i gilydd, fel: lamp afon sanau addfwyn. Peidiwch â defnyddio dywediad, llinell o gân neu enw.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="56"/>
        <source>Type your new passphrase</source>
        <translation>Teipiwch eich cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="62"/>
        <source>How strong the passphrase is</source>
        <translation>Pa mor gryf yw&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="65"/>
        <source>Type the passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="67"/>
        <source>Passphrase again</source>
        <translation>Y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="67"/>
        <source>Type the same passphrase again to check it</source>
        <translation>Teipiwch yr un cyfrinymadrodd eto i&apos;w wirio</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="70"/>
        <location filename="../../ui/create_vault.py" line="71"/>
        <source>Show what I type</source>
        <translation>Dangos beth rydw i&apos;n ei deipio</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="104"/>
        <source>Type a passphrase.</source>
        <translation>Teipiwch gyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="106"/>
        <source>That passphrase is too easy to guess. Add another word or two.</source>
        <translation>Mae&apos;r cyfrinymadrodd yna&apos;n rhy hawdd i&apos;w ddyfalu. Ychwanegwch air neu ddau arall.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="108"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Dydy&apos;r ddau gyfrinymadrodd ddim yr un fath. Teipiwch nhw eto.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="128"/>
        <source>Strength: none yet.</source>
        <translation>Cryfder: dim eto.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="129"/>
        <source>Strength: very weak. Add more words.</source>
        <translation>Cryfder: gwan iawn. Ychwanegwch fwy o eiriau.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="130"/>
        <source>Strength: weak. Add more words.</source>
        <translation>Cryfder: gwan. Ychwanegwch fwy o eiriau.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="131"/>
        <source>Strength: good.</source>
        <translation>Cryfder: da.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="132"/>
        <source>Strength: very good.</source>
        <translation>Cryfder: da iawn.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../ui/record/pages.py" line="211"/>
        <source>Question %1 of %2</source>
        <translation>Cwestiwn %1 o %2</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="224"/>
        <source>Continue</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="227"/>
        <source>Skip this question</source>
        <translation>Hepgor y cwestiwn hwn</translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="229"/>
        <source>Go on without answering. You can come back to it later.</source>
        <translation>Mynd ymlaen heb ateb. Gallwch chi ddod yn ôl ato wedyn.</translation>
    </message>
</context>
<context>
    <name>ReadingPage</name>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="113"/>
        <source>Read the words</source>
        <translation>Darllen y geiriau</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="116"/>
        <source>These are the words people chose to share, with names and details taken out. Accounts that are only counted have no words, so they are not here.</source>
        <translation>Dyma&apos;r geiriau roedd pobl wedi dewis eu rhannu, gydag enwau a manylion wedi&apos;u tynnu allan. Does dim geiriau gan hanesion sydd ddim ond yn cael eu cyfrif, felly dydyn nhw ddim yma.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="122"/>
        <source>Search the words</source>
        <translation>Chwilio&apos;r geiriau</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="123"/>
        <source>Type words to look for</source>
        <translation>Teipiwch eiriau i chwilio amdanyn nhw</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="125"/>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="134"/>
        <source>Records with words</source>
        <translation>Cofnodion gyda geiriau</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="144"/>
        <source>The chosen record&apos;s words</source>
        <translation>Geiriau&apos;r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="169"/>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="170"/>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="171"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="172"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="173"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="188"/>
        <source>From (month)</source>
        <translation>O (mis)</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="188"/>
        <source>To (month)</source>
        <translation>I (mis)</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="191"/>
        <source>like 2024-03</source>
        <translation>fel 2024-03</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="213"/>
        <source>Any</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="221"/>
        <source>Words for reading</source>
        <translation>Geiriau i&apos;w darllen</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="222"/>
        <source>May be quoted</source>
        <translation>Gall gael ei ddyfynnu</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="236"/>
        <source>Write a month as year and month, like 2024-03.</source>
        <translation>Ysgrifennwch fis fel blwyddyn a mis, fel 2024-03.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/reading_page.py" line="272"/>
        <source>Showing the newest %n record(s). More match: search for more words.</source>
        <translation>
            <numerusform>Yn dangos y %n cofnod mwyaf newydd. Mae mwy yn cyfateb: chwiliwch am fwy o eiriau.</numerusform>
            <numerusform>Yn dangos y %n cofnod mwyaf newydd. Mae mwy yn cyfateb: chwiliwch am fwy o eiriau.</numerusform>
            <numerusform>Yn dangos y %n cofnod mwyaf newydd. Mae mwy yn cyfateb: chwiliwch am fwy o eiriau.</numerusform>
            <numerusform>Yn dangos y %n cofnod mwyaf newydd. Mae mwy yn cyfateb: chwiliwch am fwy o eiriau.</numerusform>
            <numerusform>Yn dangos y %n cofnod mwyaf newydd. Mae mwy yn cyfateb: chwiliwch am fwy o eiriau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/reading_page.py" line="275"/>
        <source>%n record(s) with words match.</source>
        <translation>
            <numerusform>Mae %n cofnod gyda geiriau yn cyfateb.</numerusform>
            <numerusform>Mae %n cofnod gyda geiriau yn cyfateb.</numerusform>
            <numerusform>Mae %n cofnod gyda geiriau yn cyfateb.</numerusform>
            <numerusform>Mae %n cofnod gyda geiriau yn cyfateb.</numerusform>
            <numerusform>Mae %n cofnod gyda geiriau yn cyfateb.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="294"/>
        <source>Export id: {0}</source>
        <translation>Rhif yr allforyn: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="295"/>
        <source>Consent: {0}. Form version {1}. Imported {2}.</source>
        <translation>Caniatâd: {0}. Fersiwn y ffurflen {1}. Wedi&apos;i fewnforio {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="298"/>
        <source>Reviewed: {0}</source>
        <translation>Wedi&apos;i adolygu: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="299"/>
        <source>Themes: {0}</source>
        <translation>Themâu: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="299"/>
        <source>none yet</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="310"/>
        <location filename="../../ui/coalition/reading_page.py" line="311"/>
        <source>Theme to give</source>
        <translation>Thema i&apos;w rhoi</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="316"/>
        <source>Give the chosen record this theme</source>
        <translation>Rhoi&apos;r thema hon i&apos;r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="317"/>
        <source>Tag the record shown above with the theme</source>
        <translation>Tagio&apos;r cofnod uchod gyda&apos;r thema</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="321"/>
        <source>Take this theme off the chosen record</source>
        <translation>Tynnu&apos;r thema hon oddi ar y cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="322"/>
        <source>Remove the theme from the record shown above</source>
        <translation>Tynnu&apos;r thema oddi ar y cofnod uchod</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="325"/>
        <source>Give every record found this theme</source>
        <translation>Rhoi&apos;r thema hon i bob cofnod a gafwyd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="326"/>
        <source>Tag every record that matches the search and filters</source>
        <translation>Tagio pob cofnod sy&apos;n cyfateb i&apos;r chwilio a&apos;r hidlwyr</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="337"/>
        <source>Choose a theme first.</source>
        <translation>Dewiswch thema yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="344"/>
        <source>Choose a record first.</source>
        <translation>Dewiswch gofnod yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="24"/>
        <source>Your public key</source>
        <translation>Eich allwedd gyhoeddus</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="27"/>
        <source>People use this key to send you their accounts, sealed so that only this workspace can open them. It is safe to share: publish it on your website or in your newsletter.</source>
        <translation>Mae pobl yn defnyddio&apos;r allwedd hon i anfon eu hanesion atoch chi, wedi&apos;u selio fel mai dim ond y gweithle hwn sy&apos;n gallu eu hagor. Mae&apos;n ddiogel ei rhannu: cyhoeddwch hi ar eich gwefan neu yn eich cylchlythyr.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="32"/>
        <location filename="../../ui/coalition/recipient_page.py" line="41"/>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="35"/>
        <source>People see the same short code in Testimony when they add your key. Ask them to check that it matches.</source>
        <translation>Mae pobl yn gweld yr un cod byr yn Testimony pan fyddan nhw&apos;n ychwanegu eich allwedd. Gofynnwch iddyn nhw wirio ei fod yn cyfateb.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="42"/>
        <location filename="../../ui/coalition/recipient_page.py" line="50"/>
        <source>Public key</source>
        <translation>Allwedd gyhoeddus</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="53"/>
        <source>Copy key</source>
        <translation>Copïo&apos;r allwedd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="53"/>
        <source>Copy the key to paste it</source>
        <translation>Copïo&apos;r allwedd i&apos;w gludo</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="55"/>
        <source>Save key to a file…</source>
        <translation>Cadw&apos;r allwedd mewn ffeil…</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="55"/>
        <source>Save the key as a small text file to publish</source>
        <translation>Cadw&apos;r allwedd fel ffeil destun fach i&apos;w chyhoeddi</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="75"/>
        <source>The key is copied. Paste it where people will see it.</source>
        <translation>Mae&apos;r allwedd wedi&apos;i chopïo. Gludwch hi lle bydd pobl yn ei gweld.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="80"/>
        <source>Save the public key</source>
        <translation>Cadw&apos;r allwedd gyhoeddus</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="84"/>
        <source>Text (*.txt)</source>
        <translation>Testun (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="95"/>
        <source>Saved the key to {0}.</source>
        <translation>Wedi cadw&apos;r allwedd yn {0}.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../../ui/export/recipients.py" line="80"/>
        <location filename="../../ui/export/recipients.py" line="84"/>
        <source>The coalition&apos;s key</source>
        <translation>Allwedd y glymblaid</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="81"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="87"/>
        <source>What you share is sealed so only the coalition can open it. To do that, Testimony needs the coalition&apos;s key. The key is safe to share: it can only lock things, not open them.</source>
        <translation>Mae&apos;r hyn rydych chi&apos;n ei rannu wedi&apos;i selio fel mai dim ond y glymblaid sy&apos;n gallu ei agor. I wneud hynny, mae angen allwedd y glymblaid ar Testimony. Mae&apos;n ddiogel rhannu&apos;r allwedd: dim ond cloi pethau mae hi&apos;n gallu ei wneud, nid eu hagor.</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="92"/>
        <source>Keys you have added</source>
        <translation>Allweddi rydych chi wedi&apos;u hychwanegu</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="104"/>
        <source>Add a key</source>
        <translation>Ychwanegu allwedd</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="105"/>
        <location filename="../../ui/export/recipients.py" line="112"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="107"/>
        <source>Who the key belongs to, for example the name of the coalition.</source>
        <translation>I bwy mae&apos;r allwedd yn perthyn, er enghraifft enw&apos;r glymblaid.</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="117"/>
        <location filename="../../ui/export/recipients.py" line="124"/>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="119"/>
        <source>Paste the key here. It starts with age1.</source>
        <translation>Gludwch yr allwedd yma. Mae&apos;n dechrau gydag age1.</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="131"/>
        <source>Open the key from a file</source>
        <translation>Agor yr allwedd o ffeil</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="133"/>
        <source>Choose a file the coalition gave you that holds their key</source>
        <translation>Dewis ffeil gan y glymblaid sy&apos;n cynnwys eu hallwedd</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="147"/>
        <source>Check this matches the code the coalition publishes.</source>
        <translation>Gwiriwch fod hwn yn cyfateb i&apos;r cod mae&apos;r glymblaid yn ei gyhoeddi.</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="153"/>
        <source>Add this key</source>
        <translation>Ychwanegu&apos;r allwedd hon</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="171"/>
        <source>You have not added a key yet.</source>
        <translation>Dydych chi ddim wedi ychwanegu allwedd eto.</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="188"/>
        <location filename="../../ui/export/recipients.py" line="212"/>
        <source>Code: %1</source>
        <translation>Cod: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="192"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="193"/>
        <source>Remove %1</source>
        <translation>Tynnu %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="194"/>
        <source>Stop using this key for what you share next</source>
        <translation>Peidio â defnyddio&apos;r allwedd hon ar gyfer yr hyn y byddwch chi&apos;n ei rannu nesaf</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="218"/>
        <source>Open the coalition&apos;s key</source>
        <translation>Agor allwedd y glymblaid</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="229"/>
        <location filename="../../ui/export/recipients.py" line="233"/>
        <source>That file does not hold a key. Choose another file.</source>
        <translation>Does dim allwedd yn y ffeil yna. Dewiswch ffeil arall.</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="243"/>
        <source>That is not a key Testimony can use. A key starts with age1 and is about 60 letters and numbers long. Copy it again from the coalition.</source>
        <translation>Dydy honna ddim yn allwedd mae Testimony yn gallu ei defnyddio. Mae allwedd yn dechrau gydag age1 ac mae tua 60 o lythrennau a rhifau o hyd. Copïwch hi eto gan y glymblaid.</translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="250"/>
        <source>Give the key a name, so you know whose it is.</source>
        <translation>Rhowch enw i&apos;r allwedd, er mwyn i chi wybod allwedd pwy yw hi.</translation>
    </message>
</context>
<context>
    <name>RecordFlow</name>
    <message>
        <location filename="../../ui/record/flow.py" line="71"/>
        <source>Record what happened</source>
        <translation>Cofnodi beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../../ui/record/flow.py" line="83"/>
        <source>Opening your account…</source>
        <translation>Wrthi&apos;n agor eich hanes…</translation>
    </message>
    <message>
        <location filename="../../ui/record/flow.py" line="92"/>
        <source>Save status</source>
        <translation>Cyflwr cadw</translation>
    </message>
    <message>
        <location filename="../../ui/record/flow.py" line="378"/>
        <source>Not saved. %1</source>
        <translation>Heb ei gadw. %1</translation>
    </message>
    <message>
        <location filename="../../ui/record/flow.py" line="400"/>
        <source>Not finished. %1</source>
        <translation>Heb orffen. %1</translation>
    </message>
</context>
<context>
    <name>RecordingItem</name>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="116"/>
        <source>A question this version does not know</source>
        <translation>Cwestiwn dydy&apos;r fersiwn hon ddim yn ei wybod</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="119"/>
        <source>Spoken answer to: %1</source>
        <translation>Ateb ar lafar i: %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="122"/>
        <source>%1 long. Recorded on %2.</source>
        <translation>%1 o hyd. Wedi&apos;i recordio ar %2.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="139"/>
        <location filename="../../ui/accounts/recordings.py" line="233"/>
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="140"/>
        <location filename="../../ui/accounts/recordings.py" line="235"/>
        <source>Play the recording</source>
        <translation>Chwarae&apos;r recordiad</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="148"/>
        <source>Where in the recording</source>
        <translation>Ble yn y recordiad</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="156"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="157"/>
        <source>Delete this recording</source>
        <translation>Dileu&apos;r recordiad hwn</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="169"/>
        <source>What you said, in a few words (only this can be shared)</source>
        <translation>Beth ddwedoch chi, mewn ychydig eiriau (dim ond hyn sy&apos;n gallu cael ei rannu)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="174"/>
        <source>What you said, in a few words</source>
        <translation>Beth ddwedoch chi, mewn ychydig eiriau</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="176"/>
        <source>Only these words can be shared. You check them before anything is shared.</source>
        <translation>Dim ond y geiriau hyn sy&apos;n gallu cael eu rhannu. Rydych chi&apos;n eu gwirio cyn i ddim gael ei rannu.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="178"/>
        <source>Save these words</source>
        <translation>Cadw&apos;r geiriau hyn</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="194"/>
        <source>Delete this recording? This cannot be undone.</source>
        <translation>Dileu&apos;r recordiad hwn? Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="195"/>
        <source>No, keep it</source>
        <translation>Nac ydw, cadwch e</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="197"/>
        <source>Yes, delete it</source>
        <translation>Ydw, dilëwch e</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="233"/>
        <source>Pause</source>
        <translation>Saib</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="235"/>
        <source>Pause the recording</source>
        <translation>Rhoi saib ar y recordiad</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="281"/>
        <source>No speaker or headphones were found, so it cannot be played.</source>
        <translation>Doedd dim seinydd na chlustffonau i&apos;w cael, felly does dim modd ei chwarae.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="296"/>
        <source>Saved.</source>
        <translation>Wedi cadw.</translation>
    </message>
</context>
<context>
    <name>RecordingsList</name>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="70"/>
        <source>What you said out loud</source>
        <translation>Beth ddwedoch chi ar lafar</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="74"/>
        <source>Your voice never leaves this computer. If you want to share what you said, write it in a few words under each recording. Only those words can be shared, and you check them first.</source>
        <translation>Dydy eich llais byth yn gadael y cyfrifiadur hwn. Os ydych chi eisiau rhannu beth ddwedoch chi, ysgrifennwch e mewn ychydig eiriau o dan bob recordiad. Dim ond y geiriau hynny sy&apos;n gallu cael eu rhannu, ac rydych chi&apos;n eu gwirio nhw gyntaf.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../ui/create_vault.py" line="351"/>
        <source>Your recovery code</source>
        <translation>Eich cod adfer</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="354"/>
        <source>Write this code on paper now. Keep it somewhere safe, away from this computer. Anyone with this code can open your vault.</source>
        <translation>Ysgrifennwch y cod hwn ar bapur nawr. Cadwch e rywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn. Gall unrhyw un sydd â&apos;r cod hwn agor eich claddgell.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="365"/>
        <source>This is the only time Testimony will show it.</source>
        <translation>Dyma&apos;r unig dro y bydd Testimony yn ei ddangos.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="366"/>
        <location filename="../../ui/create_vault.py" line="367"/>
        <source>I have written it down</source>
        <translation>Rydw i wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="369"/>
        <source>Continue</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="381"/>
        <source>Recovery code: {0}</source>
        <translation>Cod adfer: {0}</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../ui/report_pdf.py" line="92"/>
        <source>What people told us about crisis services</source>
        <translation>Beth ddwedodd pobl wrthon ni am wasanaethau argyfwng</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="100"/>
        <source>A Testimony coalition</source>
        <translation>Clymblaid Testimony</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="146"/>
        <source>Page {0} of {1}</source>
        <translation>Tudalen {0} o {1}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="155"/>
        <source>a Testimony coalition</source>
        <translation>clymblaid Testimony</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="171"/>
        <source>This report covers fewer than {0} accounts, so its numbers are hidden.</source>
        <translation>Mae&apos;r adroddiad hwn yn sôn am lai na {0} hanes, felly mae ei rifau wedi&apos;u cuddio.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="174"/>
        <source>This report counts {0} accounts.</source>
        <translation>Mae&apos;r adroddiad hwn yn cyfrif {0} hanes.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="178"/>
        <source>Only accounts matching: {0}.</source>
        <translation>Dim ond hanesion sy&apos;n cyfateb i: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="184"/>
        <source>{0} of the {1} accounts: {2}.</source>
        <translation>{0} o&apos;r {1} hanes: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="193"/>
        <source>Where the figures come from</source>
        <translation>O ble mae&apos;r ffigurau&apos;n dod</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="195"/>
        <source>Each account was written by a person with lived experience of crisis services, on their own computer, and sent to us sealed so that only we can open it. The person chose what to share. These accounts are not a random sample.</source>
        <translation>Cafodd pob hanes ei ysgrifennu gan rywun sydd â phrofiad byw o wasanaethau argyfwng, ar ei gyfrifiadur ei hun, a&apos;i anfon aton ni wedi&apos;i selio fel mai dim ond ni sy&apos;n gallu ei agor. Y person ddewisodd beth i&apos;w rannu. Dydy&apos;r hanesion hyn ddim yn sampl ar hap.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="202"/>
        <source>What people agreed to</source>
        <translation>Beth gytunodd pobl iddo</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="204"/>
        <source>Some people agreed only to be counted. Some also shared their words for our team to read. Only some agreed to be quoted in public. A person can take their account back at any time; then it leaves every count.</source>
        <translation>Dim ond i gael eu cyfrif y cytunodd rhai pobl. Fe wnaeth rhai hefyd rannu eu geiriau i&apos;n tîm eu darllen. Dim ond rhai a gytunodd i gael eu dyfynnu&apos;n gyhoeddus. Gall person dynnu ei hanes yn ôl unrhyw bryd; wedyn mae&apos;n gadael pob cyfrif.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="210"/>
        <source>What anonymous means here</source>
        <translation>Beth mae dienw yn ei olygu yma</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="212"/>
        <source>Before an account left the person’s computer, names, addresses, phone numbers and reference numbers were taken out of the words. Dates are kept only as a month and places only as a region. The tick-box answers counted here are not changed in any other way. Quotes are only from people who read every change made to their words and agreed to be quoted. Words whose changes nobody checked by hand are never quoted.</source>
        <translation>Cyn i hanes adael cyfrifiadur y person, cafodd enwau, cyfeiriadau, rhifau ffôn a rhifau cyfeirnod eu tynnu allan o&apos;r geiriau. Dim ond fel mis mae dyddiadau&apos;n cael eu cadw, a lleoedd dim ond fel ardal. Dydy&apos;r atebion blwch ticio sy&apos;n cael eu cyfrif yma ddim yn cael eu newid mewn unrhyw ffordd arall. Dim ond gan bobl a ddarllenodd bob newid i&apos;w geiriau ac a gytunodd i gael eu dyfynnu mae&apos;r dyfyniadau. Dydy geiriau na wnaeth neb wirio eu newidiadau â llaw byth yn cael eu dyfynnu.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="221"/>
        <source>How small numbers are hidden</source>
        <translation>Sut mae rhifau bach yn cael eu cuddio</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="223"/>
        <source>Small numbers can point at a person. Any count below {0}, other than zero, is not shown: it reads “hidden”. Some larger counts are hidden too, so that a hidden number cannot be worked out from the others. A zero is shown: it means nobody gave that answer. A chart leaves hidden counts out.</source>
        <translation>Gall rhifau bach bwyntio at unigolyn. Dydy unrhyw nifer o dan {0}, heblaw sero, ddim yn cael ei ddangos: mae&apos;n dweud “wedi&apos;i guddio”. Mae rhai niferoedd mwy yn cael eu cuddio hefyd, fel nad oes modd gweithio allan rhif cudd o&apos;r lleill. Mae sero yn cael ei ddangos: mae&apos;n golygu na roddodd neb yr ateb hwnnw. Mae siart yn gadael niferoedd cudd allan.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="231"/>
        <source>What the figures cannot show</source>
        <translation>Beth na all y ffigurau ei ddangos</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="233"/>
        <source>They cannot say how often these things happen to everyone who uses crisis services. People could choose more than one service, concern and theme, so those counts add up to more than the number of accounts. Themes are chosen by our team when reading the words, so only accounts with words have them.</source>
        <translation>Dydyn nhw ddim yn gallu dweud pa mor aml mae&apos;r pethau hyn yn digwydd i bawb sy&apos;n defnyddio gwasanaethau argyfwng. Roedd pobl yn gallu dewis mwy nag un gwasanaeth, pryder a thema, felly mae&apos;r niferoedd hynny&apos;n dod i fwy na nifer yr hanesion. Ein tîm ni sy&apos;n dewis y themâu wrth ddarllen y geiriau, felly dim ond hanesion gyda geiriau sydd â themâu.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="259"/>
        <source>Our team read the words people shared and placed each account under the themes it speaks about. An account can have several themes.</source>
        <translation>Fe wnaeth ein tîm ddarllen y geiriau roedd pobl wedi&apos;u rhannu a rhoi pob hanes o dan y themâu mae&apos;n sôn amdanyn nhw. Gall hanes gael sawl thema.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="263"/>
        <source>No themes have been given yet.</source>
        <translation>Does dim themâu wedi&apos;u rhoi eto.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="272"/>
        <source>Accounts by {0}</source>
        <translation>Hanesion fesul {0}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="305"/>
        <source>Hidden counts are left out of this chart; the table shows them.</source>
        <translation>Mae niferoedd cudd wedi&apos;u gadael allan o&apos;r siart hwn; mae&apos;r tabl yn eu dangos nhw.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="315"/>
        <source>{0} by {1}</source>
        <translation>{0} fesul {1}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="323"/>
        <source>Part {0} of {1}</source>
        <translation>Rhan {0} o {1}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="353"/>
        <source>These are the words of people who agreed to be quoted in public and who read every change made to their words. Each is shown with the theme our team gave it, and without the person’s other answers.</source>
        <translation>Dyma eiriau pobl a gytunodd i gael eu dyfynnu&apos;n gyhoeddus ac a ddarllenodd bob newid i&apos;w geiriau. Mae pob un yn cael ei ddangos gyda&apos;r thema roddodd ein tîm iddo, a heb atebion eraill y person.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="361"/>
        <source>No quotes are included: among these accounts there are none that may be quoted, or too few accounts to quote safely.</source>
        <translation>Does dim dyfyniadau yma: ymhlith yr hanesion hyn does dim un y gellir ei ddyfynnu, neu mae rhy ychydig o hanesion i ddyfynnu&apos;n ddiogel.</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="366"/>
        <source>Themes: {0}</source>
        <translation>Themâu: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="366"/>
        <source>Theme: {0}</source>
        <translation>Thema: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="380"/>
        <source>hidden</source>
        <translation>wedi&apos;i guddio</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../../ui/backup.py" line="122"/>
        <source>Open a backup copy</source>
        <translation>Agor copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="125"/>
        <source>This makes a vault again from a backup copy, and opens it. You need the passphrase the vault had when the copy was made.</source>
        <translation>Mae hyn yn gwneud claddgell eto o gopi wrth gefn, ac yn ei hagor hi. Mae angen y cyfrinymadrodd oedd gan y gladdgell pan gafodd y copi ei wneud.</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="130"/>
        <source>Choose the backup copy…</source>
        <translation>Dewis y copi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="132"/>
        <source>Choose the backup copy</source>
        <translation>Dewis y copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="136"/>
        <source>Choose where to put the vault…</source>
        <translation>Dewis ble i roi&apos;r gladdgell…</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="138"/>
        <source>Choose where to put the vault</source>
        <translation>Dewis ble i roi&apos;r gladdgell</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="141"/>
        <location filename="../../ui/backup.py" line="144"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="151"/>
        <source>Restore and open</source>
        <translation>Adfer ac agor</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="154"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="164"/>
        <source>No backup copy chosen yet.</source>
        <translation>Does dim copi wrth gefn wedi&apos;i ddewis eto.</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="165"/>
        <source>No folder chosen yet.</source>
        <translation>Dim ffolder wedi&apos;i ddewis eto.</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="173"/>
        <source>Backup copy: %1</source>
        <translation>Copi wrth gefn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="177"/>
        <source>The vault will go in: %1</source>
        <translation>Bydd y gladdgell yn mynd yn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="186"/>
        <source>Choose the backup copy first.</source>
        <translation>Dewiswch y copi wrth gefn yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="188"/>
        <source>Choose where to put the vault.</source>
        <translation>Dewiswch ble i roi&apos;r gladdgell.</translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="190"/>
        <source>Type your passphrase.</source>
        <translation>Teipiwch eich cyfrinymadrodd.</translation>
    </message>
</context>
<context>
    <name>ReviewLayout</name>
    <message>
        <location filename="../../ui/export/review_layout.py" line="45"/>
        <source>Check your words before they are shared</source>
        <translation>Gwiriwch eich geiriau cyn iddyn nhw gael eu rhannu</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="52"/>
        <source>Opening your account…</source>
        <translation>Wrthi&apos;n agor eich hanes…</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="67"/>
        <source>We have marked words that could show who you are, or who you talk about. Words with a solid line under them will be taken out. Words with a dashed line will stay. Words with a wavy line are details of this computer. They are always taken out.</source>
        <translation>Rydyn ni wedi marcio geiriau a allai ddangos pwy ydych chi, neu am bwy rydych chi&apos;n sôn. Bydd geiriau gyda llinell solet oddi tanyn nhw yn cael eu tynnu allan. Bydd geiriau gyda llinell doredig yn aros. Manylion y cyfrifiadur hwn yw geiriau gyda llinell donnog. Maen nhw bob amser yn cael eu tynnu allan.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="76"/>
        <location filename="../../ui/export/review_layout.py" line="77"/>
        <source>Answer to check</source>
        <translation>Ateb i&apos;w wirio</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="83"/>
        <source>Next answer</source>
        <translation>Yr ateb nesaf</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="85"/>
        <source>Show the next answer you have not looked at yet</source>
        <translation>Dangos yr ateb nesaf dydych chi ddim wedi edrych arno eto</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="98"/>
        <source>Change the people and places I mention</source>
        <translation>Newid y bobl a&apos;r lleoedd rydw i&apos;n sôn amdanyn nhw</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="100"/>
        <source>Names and details we should look for and take out</source>
        <translation>Enwau a manylion dylen ni chwilio amdanyn nhw a&apos;u tynnu allan</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="113"/>
        <source>Before you confirm</source>
        <translation>Cyn i chi gadarnhau</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="116"/>
        <source>Could someone who was there recognise you from this? Think about exact times, names of wards or stations, rare events, injuries, your job, faith, ethnicity or sexuality. If so, select those words and choose “Take this out too”.</source>
        <translation>Allai rhywun oedd yno eich adnabod chi o hyn? Meddyliwch am union amseroedd, enwau wardiau neu orsafoedd, digwyddiadau prin, anafiadau, eich swydd, ffydd, ethnigrwydd neu rywioldeb. Os felly, dewiswch y geiriau hynny a dewis “Tynnu hwn allan hefyd”.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="137"/>
        <source>Confirm what will leave</source>
        <translation>Cadarnhau beth fydd yn gadael</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="140"/>
        <source>Save your choices. These words may then be shared.</source>
        <translation>Cadw eich dewisiadau. Yna gall y geiriau hyn gael eu rhannu.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="143"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="146"/>
        <source>Go back. Your choices are kept, but these words will not leave until you confirm.</source>
        <translation>Mynd yn ôl. Mae eich dewisiadau wedi&apos;u cadw, ond fydd y geiriau hyn ddim yn gadael nes i chi gadarnhau.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="169"/>
        <location filename="../../ui/export/review_layout.py" line="171"/>
        <source>Your words</source>
        <translation>Eich geiriau</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="172"/>
        <source>To take out more words, select them here, then choose Take this out too</source>
        <translation>I dynnu mwy o eiriau allan, dewiswch nhw yma, yna dewis Tynnu hwn allan hefyd</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="178"/>
        <source>Take this out too</source>
        <translation>Tynnu hwn allan hefyd</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="180"/>
        <source>Take out the words you selected in your words</source>
        <translation>Tynnu allan y geiriau a ddewisoch chi yn eich geiriau</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="183"/>
        <location filename="../../ui/export/review_layout.py" line="187"/>
        <source>What we found</source>
        <translation>Beth gawson ni hyd iddo</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="189"/>
        <source>A tick means it will be taken out. Press Space to change it.</source>
        <translation>Mae tic yn golygu y bydd yn cael ei dynnu allan. Pwyswch Space i&apos;w newid.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="201"/>
        <source>Take it out</source>
        <translation>Ei dynnu allan</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="202"/>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="208"/>
        <source>Do the same for every time this appears</source>
        <translation>Gwneud yr un peth bob tro mae hwn yn ymddangos</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="210"/>
        <source>Make the same choice wherever these words appear in this account</source>
        <translation>Gwneud yr un dewis ble bynnag mae&apos;r geiriau hyn yn ymddangos yn yr hanes hwn</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="218"/>
        <location filename="../../ui/export/review_layout.py" line="222"/>
        <source>What will leave</source>
        <translation>Beth fydd yn gadael</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="219"/>
        <source>This is exactly what the coalition will get from this account.</source>
        <translation>Dyma&apos;n union beth fydd y glymblaid yn ei gael o&apos;r hanes hwn.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="231"/>
        <source>Something changed since you last checked this account: its words, or your list of people and places. Please check it again. None of its words will leave until you confirm.</source>
        <translation>Mae rhywbeth wedi newid ers i chi wirio&apos;r hanes hwn ddiwethaf: ei eiriau, neu eich rhestr o bobl a lleoedd. Gwiriwch e eto, os gwelwch yn dda. Fydd dim o&apos;i eiriau&apos;n gadael nes i chi gadarnhau.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="237"/>
        <source>We found more to check since you last confirmed. Look at the new marks, then confirm again.</source>
        <translation>Rydyn ni wedi dod o hyd i fwy i&apos;w wirio ers i chi gadarnhau ddiwethaf. Edrychwch ar y marciau newydd, yna cadarnhewch eto.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="247"/>
        <source>You chose: may be quoted. Your words may be quoted in public, with the marked details taken out.</source>
        <translation>Eich dewis: gall gael ei ddyfynnu. Gall eich geiriau gael eu dyfynnu&apos;n gyhoeddus, gyda&apos;r manylion wedi&apos;u marcio wedi&apos;u tynnu allan.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="252"/>
        <source>You chose: share my words. The coalition may read your words, with the marked details taken out. They will not quote them in public.</source>
        <translation>Eich dewis: rhannu fy ngeiriau. Gall y glymblaid ddarllen eich geiriau, gyda&apos;r manylion wedi&apos;u marcio wedi&apos;u tynnu allan. Fyddan nhw ddim yn eu dyfynnu&apos;n gyhoeddus.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="255"/>
        <source>You chose: count it. Only your answers to the questions are shared.</source>
        <translation>Eich dewis: ei gyfrif. Dim ond eich atebion i&apos;r cwestiynau sy&apos;n cael eu rhannu.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="259"/>
        <source>This account is kept private, so nothing in it can leave.</source>
        <translation>Mae&apos;r hanes hwn yn cael ei gadw&apos;n breifat, felly does dim byd ynddo&apos;n gallu gadael.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="261"/>
        <source>This account was made with a newer version of Testimony.</source>
        <translation>Cafodd yr hanes hwn ei wneud gyda fersiwn mwy newydd o Testimony.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="262"/>
        <source>There is nothing in this account to share yet.</source>
        <translation>Does dim byd yn yr hanes hwn i&apos;w rannu eto.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/export/review.py" line="61"/>
        <source>Check your words before they are shared</source>
        <translation>Gwiriwch eich geiriau cyn iddyn nhw gael eu rhannu</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="119"/>
        <source>This account shares only your answers to the questions with choices. There are no words to check. Check what will leave, below.</source>
        <translation>Dim ond eich atebion i&apos;r cwestiynau gyda dewisiadau mae&apos;r hanes hwn yn eu rhannu. Does dim geiriau i&apos;w gwirio. Gwiriwch beth fydd yn gadael, isod.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="124"/>
        <source>Check each answer below, then confirm.</source>
        <translation>Gwiriwch bob ateb isod, yna cadarnhewch.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="200"/>
        <location filename="../../ui/export/review.py" line="210"/>
        <source>First choose something from the list.</source>
        <translation>Dewiswch rywbeth o&apos;r rhestr yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="203"/>
        <source>Details of this computer are always taken out.</source>
        <translation>Mae manylion y cyfrifiadur hwn bob amser yn cael eu tynnu allan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/review.py" line="216"/>
        <source>Done. %n more changed.</source>
        <translation>
            <numerusform>Wedi gorffen. %n arall wedi newid.</numerusform>
            <numerusform>Wedi gorffen. %n arall wedi newid.</numerusform>
            <numerusform>Wedi gorffen. %n arall wedi newid.</numerusform>
            <numerusform>Wedi gorffen. %n arall wedi newid.</numerusform>
            <numerusform>Wedi gorffen. %n arall wedi newid.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="222"/>
        <source>First select the words in “Your words”, then choose Take this out too.</source>
        <translation>Yn gyntaf dewiswch y geiriau yn “Eich geiriau”, yna dewis Tynnu hwn allan hefyd.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="232"/>
        <source>Those words will be taken out.</source>
        <translation>Bydd y geiriau hynny&apos;n cael eu tynnu allan.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="262"/>
        <source>Saved. We looked through your words again.</source>
        <translation>Wedi cadw. Rydyn ni wedi edrych drwy eich geiriau eto.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="321"/>
        <source>Look at each answer before you confirm. You have looked at %1 of %2.</source>
        <translation>Edrychwch ar bob ateb cyn i chi gadarnhau. Rydych chi wedi edrych ar %1 o %2.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="330"/>
        <source>Save your choices. These words may then be shared.</source>
        <translation>Cadw eich dewisiadau. Yna gall y geiriau hyn gael eu rhannu.</translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="336"/>
        <source>You have looked at every answer.</source>
        <translation>Rydych chi wedi edrych ar bob ateb.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="55"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="56"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="56"/>
        <source>Leave settings</source>
        <translation>Gadael y gosodiadau</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="77"/>
        <source>Text and colours</source>
        <translation>Testun a lliwiau</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="78"/>
        <location filename="../../ui/settings_page.py" line="82"/>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="81"/>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="83"/>
        <source>Make all the words bigger or smaller</source>
        <translation>Gwneud yr holl eiriau&apos;n fwy neu&apos;n llai</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="88"/>
        <source>High contrast (light words on a black background)</source>
        <translation>Cyferbyniad uchel (geiriau golau ar gefndir du)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="100"/>
        <source>Language (used the next time you open the app)</source>
        <translation>Iaith (yn cael ei defnyddio y tro nesaf y byddwch chi&apos;n agor yr ap)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="102"/>
        <source>The same as this computer</source>
        <translation>Yr un fath â&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="105"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="131"/>
        <source>Locking</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="132"/>
        <location filename="../../ui/settings_page.py" line="136"/>
        <source>Lock after this many minutes without use</source>
        <translation>Cloi ar ôl hyn o funudau heb ei ddefnyddio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="145"/>
        <source>The window is called “Notes”, with no other name on screen, and no list of vaults is kept on this computer. You will need to find your vault&apos;s folder each time.</source>
        <translation>Mae&apos;r ffenestr yn cael ei galw&apos;n “Notes”, heb enw arall ar y sgrin, a does dim rhestr o gladdgelloedd yn cael ei chadw ar y cyfrifiadur hwn. Bydd angen i chi ffeindio ffolder eich claddgell bob tro.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="139"/>
        <source>Lock when the window is made small (minimised)</source>
        <translation>Cloi pan fydd y ffenestr yn cael ei gwneud yn fach (wedi&apos;i lleihau)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="142"/>
        <source>Discreet mode</source>
        <translation>Modd cynnil</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="155"/>
        <source>Privacy</source>
        <translation>Preifatrwydd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="182"/>
        <source>Change your passphrase</source>
        <translation>Newid eich cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="185"/>
        <source>You opened this vault with your recovery code. Choose a new passphrase now, and type your recovery code in the first box.</source>
        <translation>Fe wnaethoch chi agor y gladdgell hon gyda&apos;ch cod adfer. Dewiswch gyfrinymadrodd newydd nawr, a theipiwch eich cod adfer yn y blwch cyntaf.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="190"/>
        <location filename="../../ui/settings_page.py" line="193"/>
        <source>Your passphrase now</source>
        <translation>Eich cyfrinymadrodd nawr</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="196"/>
        <source>Also make a new recovery code</source>
        <translation>Gwneud cod adfer newydd hefyd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="199"/>
        <source>Changing your passphrase locks the vault again with a new key. Your old passphrase and your old recovery code will not open it any more.</source>
        <translation>Mae newid eich cyfrinymadrodd yn cloi&apos;r gladdgell eto gydag allwedd newydd. Fydd eich hen gyfrinymadrodd a&apos;ch hen god adfer ddim yn ei hagor hi mwyach.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="208"/>
        <source>Changing your passphrase</source>
        <translation>Newid eich cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="216"/>
        <source>Your new recovery code</source>
        <translation>Eich cod adfer newydd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="218"/>
        <source>Change passphrase</source>
        <translation>Newid cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="241"/>
        <location filename="../../ui/settings_page.py" line="242"/>
        <source>Your recovery code</source>
        <translation>Eich cod adfer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="248"/>
        <source>Type your passphrase now.</source>
        <translation>Teipiwch eich cyfrinymadrodd nawr.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="280"/>
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation>Mae eich cyfrinymadrodd wedi newid. Defnyddiwch yr un newydd y tro nesaf.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="283"/>
        <source>Your new recovery code is below. Write it down and keep it somewhere safe. It is shown only this once.</source>
        <translation>Mae eich cod adfer newydd isod. Ysgrifennwch e i lawr a&apos;i gadw rywle diogel. Dim ond y tro hwn mae&apos;n cael ei ddangos.</translation>
    </message>
</context>
<context>
    <name>SharedLaptopPage</name>
    <message>
        <location filename="../../ui/shared_laptop.py" line="20"/>
        <source>Start here</source>
        <translation>Dechrau yma</translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="23"/>
        <source>This laptop is shared. It keeps no list of vaults, and it shows nobody&apos;s name or folder.</source>
        <translation>Mae&apos;r gliniadur hwn yn cael ei rannu. Dydy e ddim yn cadw rhestr o gladdgelloedd, a dydy e ddim yn dangos enw na ffolder neb.</translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="29"/>
        <source>A vault is a locked folder for your accounts. It is best kept on your own USB stick, so you take it with you and nothing is left here.</source>
        <translation>Ffolder dan glo ar gyfer eich hanesion yw claddgell. Mae&apos;n well ei chadw ar eich cof bach USB eich hun, fel eich bod chi&apos;n mynd â hi gyda chi a does dim byd yn cael ei adael yma.</translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="34"/>
        <source>If you need to hide this quickly, press Quick exit, or Ctrl+Shift+Q.</source>
        <translation>Os oes angen i chi guddio hyn yn gyflym, pwyswch Gadael yn gyflym, neu Ctrl+Shift+Q.</translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="40"/>
        <source>Start with a new person</source>
        <translation>Dechrau gyda pherson newydd</translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="41"/>
        <source>Make a new vault for the person here now, on their USB stick</source>
        <translation>Gwneud claddgell newydd ar gyfer y person sydd yma nawr, ar ei gof bach USB</translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="45"/>
        <source>Open a vault from a USB stick or folder</source>
        <translation>Agor claddgell o gof bach USB neu ffolder</translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="46"/>
        <source>Find the folder of a vault someone already has</source>
        <translation>Ffeindio ffolder claddgell sydd gan rywun yn barod</translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="51"/>
        <source>Stop using this as a shared laptop</source>
        <translation>Stopio defnyddio hwn fel gliniadur a rennir</translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="52"/>
        <source>Go back to the usual start, which can keep a list of vaults</source>
        <translation>Mynd yn ôl i&apos;r dechrau arferol, sy&apos;n gallu cadw rhestr o gladdgelloedd</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <location filename="../../ui/export/shared_page.py" line="43"/>
        <location filename="../../ui/export/shared_page.py" line="55"/>
        <source>What I have shared</source>
        <translation>Beth a rannais</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="52"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="58"/>
        <source>Each file you saved to share is listed here. You can take back what you shared at any time: make a withdrawal notice and send it to the coalition. They will then delete it.</source>
        <translation>Mae pob ffeil a gadwoch chi i&apos;w rhannu wedi&apos;i rhestru yma. Gallwch chi dynnu&apos;n ôl yr hyn a rannoch chi unrhyw bryd: gwnewch hysbysiad tynnu&apos;n ôl a&apos;i anfon at y glymblaid. Yna byddan nhw&apos;n ei ddileu.</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="74"/>
        <source>Your withdrawal notice is ready</source>
        <translation>Mae eich hysbysiad tynnu&apos;n ôl yn barod</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="79"/>
        <source>It is sealed so only the coalition can open it. It holds none of your words.</source>
        <translation>Mae wedi&apos;i selio fel mai dim ond y glymblaid sy&apos;n gallu ei agor. Does dim o&apos;ch geiriau ynddo.</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="81"/>
        <source>What to do next</source>
        <translation>Beth i&apos;w wneud nesaf</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="84"/>
        <source>Send this file to the coalition, the same way you sent what you shared. When they get it, they will delete those accounts. Until then, they still have what you sent.</source>
        <translation>Anfonwch y ffeil hon at y glymblaid, yn yr un ffordd ag y gwnaethoch chi anfon yr hyn a rannoch chi. Pan fyddan nhw&apos;n ei chael, byddan nhw&apos;n dileu&apos;r hanesion hynny. Tan hynny, mae ganddyn nhw&apos;r hyn a anfonoch chi o hyd.</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="89"/>
        <source>Back to what I have shared</source>
        <translation>Yn ôl at beth a rannais</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="106"/>
        <source>You have not shared anything yet.</source>
        <translation>Dydych chi ddim wedi rhannu dim eto.</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="118"/>
        <source>Shared on %1</source>
        <translation>Rhannwyd ar %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="122"/>
        <source>Sealed for %2.
Code: %3</source>
        <translation>Wedi&apos;i selio ar gyfer %2.
Cod: %3</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="127"/>
        <source>File name: %1</source>
        <translation>Enw&apos;r ffeil: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="133"/>
        <source>Withdraw everything in this file</source>
        <translation>Tynnu popeth yn y ffeil hon yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="135"/>
        <source>Make one notice that takes back every account in this file</source>
        <translation>Gwneud un hysbysiad sy&apos;n tynnu pob hanes yn y ffeil hon yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="150"/>
        <source>Shared</source>
        <translation>Wedi&apos;i rannu</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="153"/>
        <source>Withdrawn on %1</source>
        <translation>Tynnwyd yn ôl ar %1</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="160"/>
        <source>Withdraw</source>
        <translation>Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="161"/>
        <source>Withdraw %1</source>
        <translation>Tynnu %1 yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="163"/>
        <source>Make a notice that asks the coalition to delete this account</source>
        <translation>Gwneud hysbysiad sy&apos;n gofyn i&apos;r glymblaid ddileu&apos;r hanes hwn</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="172"/>
        <source>An account you have since deleted</source>
        <translation>Hanes rydych chi wedi&apos;i ddileu ers hynny</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="173"/>
        <source>An account with no name</source>
        <translation>Hanes heb enw</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="39"/>
        <source>Choose where to save the notice</source>
        <translation>Dewis ble i gadw&apos;r hysbysiad</translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="197"/>
        <source>File name: %1
Folder: %2</source>
        <translation>Enw&apos;r ffeil: %1
Ffolder: %2</translation>
    </message>
</context>
<context>
    <name>SpansModel</name>
    <message>
        <location filename="../../ui/export/spans_model.py" line="129"/>
        <source>you chose to take it out</source>
        <translation>fe ddewisoch chi ei dynnu allan</translation>
    </message>
    <message>
        <location filename="../../ui/export/spans_model.py" line="131"/>
        <source>“%1”: %2. Found because %3.</source>
        <translation>“%1”: %2. Wedi&apos;i ganfod oherwydd %3.</translation>
    </message>
    <message>
        <location filename="../../ui/export/spans_model.py" line="141"/>
        <source>Always taken out. You cannot keep this.</source>
        <translation>Bob amser yn cael ei dynnu allan. Allwch chi ddim cadw hwn.</translation>
    </message>
    <message>
        <location filename="../../ui/export/spans_model.py" line="143"/>
        <source>Will be taken out.</source>
        <translation>Bydd yn cael ei dynnu allan.</translation>
    </message>
    <message>
        <location filename="../../ui/export/spans_model.py" line="144"/>
        <source>You chose to keep this.</source>
        <translation>Fe ddewisoch chi gadw hwn.</translation>
    </message>
</context>
<context>
    <name>Testimony</name>
    <message>
        <location filename="../../ui/record/common.py" line="106"/>
        <source>Private</source>
        <translation>Preifat</translation>
    </message>
    <message>
        <location filename="../../ui/record/common.py" line="107"/>
        <source>Counted only</source>
        <translation>Wedi&apos;i gyfrif yn unig</translation>
    </message>
    <message>
        <location filename="../../ui/record/common.py" line="108"/>
        <source>Words shared</source>
        <translation>Geiriau wedi&apos;u rhannu</translation>
    </message>
    <message>
        <location filename="../../ui/record/common.py" line="109"/>
        <source>May be quoted</source>
        <translation>Gall gael ei ddyfynnu</translation>
    </message>
</context>
<context>
    <name>TextsModel</name>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="59"/>
        <source>Imported</source>
        <translation>Wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="84"/>
        <source>version {0}</source>
        <translation>fersiwn {0}</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="86"/>
        <source>none yet</source>
        <translation>dim eto</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="29"/>
        <location filename="../../ui/coalition/themes_page.py" line="39"/>
        <source>Themes</source>
        <translation>Themâu</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="32"/>
        <source>Themes are what an account speaks about. Give them to records on the “Read the words” page. Reports count records by theme, and quote only records that have one.</source>
        <translation>Themâu yw beth mae hanes yn sôn amdano. Rhowch nhw i gofnodion ar y dudalen “Darllen y geiriau”. Mae adroddiadau&apos;n cyfrif cofnodion fesul thema, a dim ond yn dyfynnu cofnodion sydd ag un.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="41"/>
        <source>Your themes</source>
        <translation>Eich themâu</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="46"/>
        <source>The numbers are for your team only. Reports hide small numbers.</source>
        <translation>Ar gyfer eich tîm chi yn unig mae&apos;r rhifau. Mae adroddiadau&apos;n cuddio rhifau bach.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="50"/>
        <location filename="../../ui/coalition/themes_page.py" line="51"/>
        <source>Theme name</source>
        <translation>Enw&apos;r thema</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="56"/>
        <source>Add a new theme</source>
        <translation>Ychwanegu thema newydd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="56"/>
        <source>Add a theme with this name</source>
        <translation>Ychwanegu thema gyda&apos;r enw hwn</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="59"/>
        <source>Rename the chosen theme</source>
        <translation>Ailenwi&apos;r thema a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="59"/>
        <source>Give the chosen theme this name</source>
        <translation>Rhoi&apos;r enw hwn i&apos;r thema a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="64"/>
        <source>Theme to merge into</source>
        <translation>Thema i&apos;w huno â hi</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="65"/>
        <source>Merge the chosen theme into</source>
        <translation>Uno&apos;r thema a ddewiswyd â</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="70"/>
        <source>Merge</source>
        <translation>Uno</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="71"/>
        <source>Move every record of the chosen theme to the other, then remove it</source>
        <translation>Symud pob cofnod o&apos;r thema a ddewiswyd i&apos;r llall, yna ei thynnu hi</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="74"/>
        <source>Retire or bring back the chosen theme</source>
        <translation>Ymddeol neu ddod â&apos;r thema a ddewiswyd yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="75"/>
        <source>A retired theme keeps its records but is not offered or counted</source>
        <translation>Mae thema wedi&apos;i hymddeol yn cadw ei chofnodion, ond dydy hi ddim yn cael ei chynnig na&apos;i chyfrif</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/themes_page.py" line="98"/>
        <source>{0}: %n record(s)</source>
        <translation>
            <numerusform>{0}: %n cofnod</numerusform>
            <numerusform>{0}: %n cofnod</numerusform>
            <numerusform>{0}: %n cofnod</numerusform>
            <numerusform>{0}: %n cofnod</numerusform>
            <numerusform>{0}: %n cofnod</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="100"/>
        <source>(retired)</source>
        <translation>(wedi&apos;i hymddeol)</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="120"/>
        <source>Bring back the chosen theme</source>
        <translation>Dod â&apos;r thema a ddewiswyd yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="122"/>
        <source>Retire the chosen theme</source>
        <translation>Ymddeol y thema a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="142"/>
        <source>Theme added.</source>
        <translation>Thema wedi&apos;i hychwanegu.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="147"/>
        <location filename="../../ui/coalition/themes_page.py" line="154"/>
        <location filename="../../ui/coalition/themes_page.py" line="162"/>
        <source>Choose a theme first.</source>
        <translation>Dewiswch thema yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="149"/>
        <source>Theme renamed.</source>
        <translation>Thema wedi&apos;i hailenwi.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="157"/>
        <source>Themes merged.</source>
        <translation>Themâu wedi&apos;u huno.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="164"/>
        <source>Theme brought back.</source>
        <translation>Thema wedi dod yn ôl.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="164"/>
        <source>Theme retired.</source>
        <translation>Thema wedi&apos;i hymddeol.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="46"/>
        <location filename="../../ui/unlock.py" line="98"/>
        <location filename="../../ui/unlock.py" line="133"/>
        <source>Open your vault</source>
        <translation>Agor eich claddgell</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="49"/>
        <location filename="../../ui/unlock.py" line="152"/>
        <location filename="../../ui/unlock.py" line="153"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="59"/>
        <location filename="../../ui/unlock.py" line="60"/>
        <source>Show what I type</source>
        <translation>Dangos beth rydw i&apos;n ei deipio</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="72"/>
        <source>Opening your vault</source>
        <translation>Wrthi&apos;n agor eich claddgell</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="74"/>
        <source>Opening your vault. This takes a moment.</source>
        <translation>Wrthi&apos;n agor eich claddgell. Mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="77"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="77"/>
        <source>Open the vault</source>
        <translation>Agor y gladdgell</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="83"/>
        <source>Choose another vault</source>
        <translation>Dewis claddgell arall</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="101"/>
        <source>Open “{0}”</source>
        <translation>Agor “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="102"/>
        <source>Kept in: {0}</source>
        <translation>Wedi&apos;i chadw yn: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="117"/>
        <source>Too many wrong tries. This vault was destroyed.</source>
        <translation>Gormod o gynigion anghywir. Cafodd y gladdgell hon ei dinistrio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="122"/>
        <source>%n more wrong passphrase(s), and this vault will be destroyed.</source>
        <translation>
            <numerusform>%n cyfrinymadrodd anghywir arall, a bydd y gladdgell hon yn cael ei dinistrio.</numerusform>
            <numerusform>%n cyfrinymadrodd anghywir arall, a bydd y gladdgell hon yn cael ei dinistrio.</numerusform>
            <numerusform>%n cyfrinymadrodd anghywir arall, a bydd y gladdgell hon yn cael ei dinistrio.</numerusform>
            <numerusform>%n cyfrinymadrodd anghywir arall, a bydd y gladdgell hon yn cael ei dinistrio.</numerusform>
            <numerusform>%n cyfrinymadrodd anghywir arall, a bydd y gladdgell hon yn cael ei dinistrio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="145"/>
        <location filename="../../ui/unlock.py" line="146"/>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="148"/>
        <source>The code you wrote down when you made the vault</source>
        <translation>Y cod a ysgrifennoch chi pan wnaethoch chi&apos;r gladdgell</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="150"/>
        <source>Use my passphrase instead</source>
        <translation>Defnyddio fy nghyfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="154"/>
        <source>The passphrase that opens this vault</source>
        <translation>Y cyfrinymadrodd sy&apos;n agor y gladdgell hon</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="155"/>
        <source>Use my recovery code instead</source>
        <translation>Defnyddio fy nghod adfer yn lle hynny</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="187"/>
        <source>Type your recovery code.</source>
        <translation>Teipiwch eich cod adfer.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="188"/>
        <source>Type your passphrase.</source>
        <translation>Teipiwch eich cyfrinymadrodd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="263"/>
        <source>Please wait. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Arhoswch. Gallwch chi roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Arhoswch. Gallwch chi roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Arhoswch. Gallwch chi roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Arhoswch. Gallwch chi roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Arhoswch. Gallwch chi roi cynnig arall arni ymhen %n eiliad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultChooserPage</name>
    <message>
        <location filename="../../ui/vault_chooser.py" line="32"/>
        <source>Choose a vault</source>
        <translation>Dewis claddgell</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="35"/>
        <source>Vaults on this computer</source>
        <translation>Claddgelloedd ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="36"/>
        <source>Choose a vault, then press Open</source>
        <translation>Dewiswch gladdgell, yna pwyswch Agor</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="43"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="43"/>
        <source>Open the chosen vault</source>
        <translation>Agor y gladdgell a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="47"/>
        <source>Remove from this list</source>
        <translation>Tynnu o&apos;r rhestr hon</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="48"/>
        <source>Testimony forgets where the vault is. The vault itself is not deleted.</source>
        <translation>Mae Testimony yn anghofio ble mae&apos;r gladdgell. Dydy&apos;r gladdgell ei hun ddim yn cael ei dileu.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="52"/>
        <source>Open a vault from another place…</source>
        <translation>Agor claddgell o le arall…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="53"/>
        <source>Find a vault folder, for example on a USB stick</source>
        <translation>Dod o hyd i ffolder claddgell, er enghraifft ar gof bach USB</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="55"/>
        <source>Make a new vault</source>
        <translation>Gwneud claddgell newydd</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="58"/>
        <source>Open a backup copy…</source>
        <translation>Agor copi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="58"/>
        <source>Make a vault again from a backup copy</source>
        <translation>Gwneud claddgell eto o gopi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="63"/>
        <source>Open a coalition workspace</source>
        <translation>Agor gweithle clymblaid</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="64"/>
        <source>For coalition staff: import and look at what people share</source>
        <translation>I staff y glymblaid: mewnforio ac edrych ar yr hyn mae pobl yn ei rannu</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="69"/>
        <source>This laptop is shared (drop-in)</source>
        <translation>Mae&apos;r gliniadur hwn yn cael ei rannu (sesiwn galw heibio)</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="70"/>
        <source>Keep no list of vaults and show nobody&apos;s name, for many people in turn</source>
        <translation>Peidio â chadw rhestr o gladdgelloedd, na dangos enw neb, ar gyfer llawer o bobl bob yn un</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="107"/>
        <source>No list of vaults is kept here. Find your vault&apos;s folder to open it, for example on your USB stick.</source>
        <translation>Does dim rhestr o gladdgelloedd yn cael ei chadw yma. Ffeindiwch ffolder eich claddgell i&apos;w hagor hi, er enghraifft ar eich cof bach USB.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="124"/>
        <source>{0}
in {1}</source>
        <translation>{0}
yn {1}</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="126"/>
        <source>{0}
Cannot be found now. Is the USB stick in?</source>
        <translation>{0}
Ddim i&apos;w chael nawr. Ydy&apos;r cof bach USB i mewn?</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="102"/>
        <source>A vault is a locked folder for your accounts. Choose one to open.</source>
        <translation>Ffolder dan glo ar gyfer eich hanesion yw claddgell. Dewiswch un i&apos;w hagor.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="112"/>
        <source>Find your vault&apos;s folder to open it, or make a new one.</source>
        <translation>Dewch o hyd i ffolder eich claddgell i&apos;w hagor, neu gwnewch un newydd.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="143"/>
        <source>Choose a vault from the list first.</source>
        <translation>Dewiswch gladdgell o&apos;r rhestr yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="160"/>
        <source>Find your vault&apos;s folder</source>
        <translation>Dod o hyd i ffolder eich claddgell</translation>
    </message>
</context>
<context>
    <name>VisitorVaultPage</name>
    <message>
        <location filename="../../ui/visitor_vault.py" line="34"/>
        <source>Where to keep it</source>
        <translation>Ble i&apos;w chadw</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="38"/>
        <source>Your own USB stick is best: you take it with you, and nothing of it stays on this laptop.</source>
        <translation>Eich cof bach USB eich hun sydd orau: rydych chi&apos;n mynd ag e gyda chi, a does dim byd ohono&apos;n aros ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="47"/>
        <location filename="../../ui/visitor_vault.py" line="48"/>
        <source>Another folder I choose</source>
        <translation>Ffolder arall rydw i&apos;n ei dewis</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="49"/>
        <source>On this laptop (it stays here after you go)</source>
        <translation>Ar y gliniadur hwn (mae&apos;n aros yma ar ôl i chi fynd)</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="55"/>
        <source>Choose a folder…</source>
        <translation>Dewis ffolder…</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="55"/>
        <source>Choose where to keep the vault</source>
        <translation>Dewis ble i gadw&apos;r gladdgell</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="59"/>
        <source>Look for USB sticks again</source>
        <translation>Chwilio am gofion bach USB eto</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="60"/>
        <source>Press this after putting a USB stick in</source>
        <translation>Pwyswch hwn ar ôl rhoi cof bach USB i mewn</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="97"/>
        <source>On the USB stick “{0}”</source>
        <translation>Ar y cof bach USB “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="125"/>
        <source>My accounts</source>
        <translation>Fy hanesion</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="189"/>
        <location filename="../../ui/visitor_vault.py" line="201"/>
        <source>It will be kept on your USB stick.</source>
        <translation>Bydd yn cael ei chadw ar eich cof bach USB.</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="191"/>
        <location filename="../../ui/visitor_vault.py" line="203"/>
        <source>It will be kept on this laptop, in: {0}</source>
        <translation>Bydd yn cael ei chadw ar y gliniadur hwn, yn: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="197"/>
        <source>No folder chosen yet.</source>
        <translation>Dim ffolder wedi&apos;i ddewis eto.</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <location filename="../../ui/record/voice.py" line="127"/>
        <source>Speak instead</source>
        <translation>Siarad yn lle</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="130"/>
        <source>Record your answer with the microphone. It stays on this computer.</source>
        <translation>Recordiwch eich ateb gyda&apos;r meicroffon. Mae&apos;n aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="146"/>
        <source>Time recorded</source>
        <translation>Amser wedi&apos;i recordio</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="151"/>
        <source>How loud the microphone hears you</source>
        <translation>Pa mor uchel mae&apos;r meicroffon yn eich clywed chi</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="153"/>
        <location filename="../../ui/record/voice.py" line="376"/>
        <source>Pause</source>
        <translation>Saib</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="154"/>
        <location filename="../../ui/record/voice.py" line="377"/>
        <source>Pause recording</source>
        <translation>Rhoi saib ar recordio</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="156"/>
        <source>Stop and save</source>
        <translation>Stopio a chadw</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="157"/>
        <source>Stop recording and save it</source>
        <translation>Stopio recordio a&apos;i gadw</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="194"/>
        <source>Testimony is not allowed to use the microphone. You can allow it in your computer&apos;s settings, or type your answer instead.</source>
        <translation>Dydy Testimony ddim yn cael defnyddio&apos;r meicroffon. Gallwch chi ganiatáu hyn yng ngosodiadau eich cyfrifiadur, neu deipio eich ateb yn lle.</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="215"/>
        <source>No microphone was found. Plug one in, or type your answer instead.</source>
        <translation>Doedd dim meicroffon i&apos;w gael. Cysylltwch un, neu teipiwch eich ateb yn lle.</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="224"/>
        <source>The microphone could not be started. You can type instead.</source>
        <translation>Doedd dim modd dechrau&apos;r meicroffon. Gallwch chi deipio yn lle.</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="245"/>
        <source>Recording. Speak when you are ready. Choose Stop when you have finished.</source>
        <translation>Wrthi&apos;n recordio. Siaradwch pan fyddwch chi&apos;n barod. Dewiswch Stopio pan fyddwch chi wedi gorffen.</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="256"/>
        <source>Recording again.</source>
        <translation>Wrthi&apos;n recordio eto.</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="262"/>
        <source>Paused. Nothing is being recorded.</source>
        <translation>Saib. Does dim byd yn cael ei recordio.</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="299"/>
        <location filename="../../ui/record/voice.py" line="300"/>
        <source>Speak again</source>
        <translation>Siarad eto</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="302"/>
        <source>You spoke for %1. It is saved.</source>
        <translation>Fe wnaethoch chi siarad am %1. Mae wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="306"/>
        <source>You can listen to it on the account&apos;s page.</source>
        <translation>Gallwch chi wrando arno ar dudalen yr hanes.</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="308"/>
        <source>Nothing was recorded.</source>
        <translation>Does dim byd wedi&apos;i recordio.</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="343"/>
        <source>The microphone stopped working. It may have been unplugged.</source>
        <translation>Stopiodd y meicroffon weithio. Efallai ei fod wedi&apos;i ddatgysylltu.</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="348"/>
        <source>The microphone stopped sending sound. It may have been unplugged.</source>
        <translation>Stopiodd y meicroffon anfon sain. Efallai ei fod wedi&apos;i ddatgysylltu.</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="356"/>
        <source>The microphone was unplugged.</source>
        <translation>Cafodd y meicroffon ei ddatgysylltu.</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="366"/>
        <source>Some of the recording could not be saved. %1</source>
        <translation>Doedd dim modd cadw rhan o&apos;r recordiad. %1</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="373"/>
        <source>Carry on</source>
        <translation>Dal ati</translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="374"/>
        <source>Carry on recording</source>
        <translation>Dal ati i recordio</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="20"/>
        <source>Welcome to Testimony</source>
        <translation>Croeso i Testimony</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="23"/>
        <source>Testimony helps you write down what happened to you when you needed help in a crisis. You can keep it just for you, or choose to share it later.</source>
        <translation>Mae Testimony yn eich helpu chi i ysgrifennu beth ddigwyddodd i chi pan oedd angen help arnoch chi mewn argyfwng. Gallwch chi ei gadw i chi&apos;ch hun yn unig, neu ddewis ei rannu wedyn.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="27"/>
        <source>What it keeps</source>
        <translation>Beth mae&apos;n ei gadw</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="28"/>
        <source>Your answers to some questions, and anything else you write.</source>
        <translation>Eich atebion i rai cwestiynau, ac unrhyw beth arall rydych chi&apos;n ei ysgrifennu.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="29"/>
        <source>Where it keeps them</source>
        <translation>Ble mae&apos;n eu cadw</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="32"/>
        <source>In a vault. A vault is a locked folder for your accounts. It can be on this computer, or on a USB stick that you keep.</source>
        <translation>Mewn claddgell. Ffolder dan glo ar gyfer eich hanesion yw claddgell. Gall fod ar y cyfrifiadur hwn, neu ar gof bach USB rydych chi&apos;n ei gadw.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="36"/>
        <source>Who can read them</source>
        <translation>Pwy sy&apos;n gallu eu darllen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="39"/>
        <source>Only someone who knows your passphrase. A passphrase is like a password made of a few words. Without it, everything in the vault is scrambled and cannot be read.</source>
        <translation>Dim ond rhywun sy&apos;n gwybod eich cyfrinymadrodd. Mae cyfrinymadrodd fel cyfrinair wedi&apos;i wneud o ychydig eiriau. Hebddo, mae popeth yn y gladdgell wedi&apos;i gymysgu a does dim modd ei ddarllen.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="44"/>
        <source>Nothing is sent anywhere</source>
        <translation>Does dim yn cael ei anfon i unman</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="47"/>
        <source>Testimony does not use the internet. Nothing leaves this computer unless you choose to share it.</source>
        <translation>Dydy Testimony ddim yn defnyddio&apos;r rhyngrwyd. Does dim yn gadael y cyfrifiadur hwn oni bai eich bod chi&apos;n dewis ei rannu.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="53"/>
        <source>If you need to hide Testimony quickly, press Quick exit at the top, or press Ctrl+Shift+Q.</source>
        <translation>Os oes angen i chi guddio Testimony yn gyflym, pwyswch Gadael yn gyflym ar y brig, neu pwyswch Ctrl+Shift+Q.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="59"/>
        <source>Make a vault</source>
        <translation>Gwneud claddgell</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="60"/>
        <source>Make a new locked folder for your accounts</source>
        <translation>Gwneud ffolder newydd dan glo ar gyfer eich hanesion</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="64"/>
        <source>Open a vault I already have</source>
        <translation>Agor claddgell sydd gen i&apos;n barod</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="65"/>
        <source>Find a vault on this computer or on a USB stick</source>
        <translation>Dod o hyd i gladdgell ar y cyfrifiadur hwn neu ar gof bach USB</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="71"/>
        <source>I work for the coalition</source>
        <translation>Rydw i&apos;n gweithio i&apos;r glymblaid</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="72"/>
        <source>Open or make a coalition workspace, to import what people share</source>
        <translation>Agor neu wneud gweithle clymblaid, i fewnforio&apos;r hyn mae pobl yn ei rannu</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="77"/>
        <source>This laptop is shared (drop-in)</source>
        <translation>Mae&apos;r gliniadur hwn yn cael ei rannu (sesiwn galw heibio)</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="78"/>
        <source>Keep no list of vaults and show nobody&apos;s name, for many people in turn</source>
        <translation>Peidio â chadw rhestr o gladdgelloedd, na dangos enw neb, ar gyfer llawer o bobl bob yn un</translation>
    </message>
</context>
<context>
    <name>WorkingPage</name>
    <message>
        <location filename="../../ui/export/export_steps.py" line="82"/>
        <source>Making your file</source>
        <translation>Wrthi&apos;n gwneud eich ffeil</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="87"/>
        <source>How far it has got</source>
        <translation>Pa mor bell mae wedi cyrraedd</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="92"/>
        <location filename="../../ui/export/export_steps.py" line="99"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="92"/>
        <source>Stop. No file will be saved.</source>
        <translation>Stopio. Fydd dim ffeil yn cael ei chadw.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="105"/>
        <source>Stopping…</source>
        <translation>Wrthi&apos;n stopio…</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="109"/>
        <source>Getting your accounts ready…</source>
        <translation>Wrthi&apos;n paratoi eich hanesion…</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="110"/>
        <source>Putting your accounts together…</source>
        <translation>Wrthi&apos;n rhoi eich hanesion at ei gilydd…</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="111"/>
        <source>Sealing it so only the coalition can open it…</source>
        <translation>Wrthi&apos;n ei selio fel mai dim ond y glymblaid sy&apos;n gallu ei hagor…</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="112"/>
        <source>Saving the file…</source>
        <translation>Wrthi&apos;n cadw&apos;r ffeil…</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="113"/>
        <source>Saved.</source>
        <translation>Wedi cadw.</translation>
    </message>
</context>
<context>
    <name>_ChoiceBase</name>
    <message>
        <location filename="../../ui/record/questions.py" line="76"/>
        <source>Clear my answer</source>
        <translation>Clirio fy ateb</translation>
    </message>
    <message>
        <location filename="../../ui/record/questions.py" line="78"/>
        <source>Takes away your answer to: %1</source>
        <translation>Yn tynnu eich ateb i: %1</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../ui/coalition/charts.py" line="44"/>
        <source>{0} ({1} suppressed, not shown)</source>
        <translation>{0} ({1} wedi&apos;u cuddio, heb eu dangos)</translation>
    </message>
</context>
<context>
    <name>coalition</name>
    <message>
        <location filename="../../ui/coalition/words.py" line="17"/>
        <source>That record is not here any more, or has no words. Nothing changed.</source>
        <translation>Dydy&apos;r cofnod hwnnw ddim yma mwyach, neu does dim geiriau ganddo. Newidiodd dim byd.</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/words.py" line="39"/>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/words.py" line="40"/>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/words.py" line="41"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/words.py" line="42"/>
        <source>Period (quarter)</source>
        <translation>Cyfnod (chwarter)</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/words.py" line="43"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/words.py" line="44"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>That passphrase does not open this vault. Check it and try again.</source>
        <translation>Dydy&apos;r cyfrinymadrodd yna ddim yn agor y gladdgell hon. Gwiriwch e a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>That recovery code does not open this vault. Check it and try again.</source>
        <translation>Dydy&apos;r cod adfer yna ddim yn agor y gladdgell hon. Gwiriwch e a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>This vault is damaged and cannot be opened safely. Nothing has been deleted. If you have a backup copy, open that instead, or ask someone you trust for help.</source>
        <translation>Mae&apos;r gladdgell hon wedi&apos;i difrodi a does dim modd ei hagor yn ddiogel. Does dim wedi&apos;i ddileu. Os oes gennych chi gopi wrth gefn, agorwch hwnnw yn lle hynny, neu gofynnwch am help gan rywun rydych chi&apos;n ymddiried ynddo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>This vault was made by a newer version of Testimony. Install the newest version to open it. Nothing has been changed.</source>
        <translation>Cafodd y gladdgell hon ei gwneud gan fersiwn mwy newydd o Testimony. Gosodwch y fersiwn diweddaraf i&apos;w hagor. Does dim wedi&apos;i newid.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Testimony cannot find a vault there. If it is on a USB stick, put the stick in and try again.</source>
        <translation>Dydy Testimony ddim yn gallu dod o hyd i gladdgell yno. Os yw hi ar gof bach USB, rhowch y cof bach i mewn a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>There is already a vault with that name there. Choose another name.</source>
        <translation>Mae claddgell gyda&apos;r enw yna yno&apos;n barod. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>The part of this vault that holds its lock is damaged or has been changed, so it will not open. Nothing has been changed.</source>
        <translation>Mae&apos;r rhan o&apos;r gladdgell hon sy&apos;n dal ei chlo wedi&apos;i difrodi neu wedi&apos;i newid, felly fydd hi ddim yn agor. Does dim wedi&apos;i newid.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>Your vault is locked. Open it again to carry on.</source>
        <translation>Mae eich claddgell dan glo. Agorwch hi eto i barhau.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>Testimony cannot reach your vault. If it is on a USB stick, put the stick back in. What you typed is still on the screen.</source>
        <translation>Dydy Testimony ddim yn gallu cyrraedd eich claddgell. Os yw hi ar gof bach USB, rhowch y cof bach yn ôl i mewn. Mae&apos;r hyn a deipioch chi ar y sgrin o hyd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>This account was made with a newer version of Testimony. This version cannot show its questions. Nothing has been changed or deleted. Update Testimony to see it.</source>
        <translation>Cafodd yr hanes hwn ei wneud gyda fersiwn mwy newydd o Testimony. Dydy&apos;r fersiwn hon ddim yn gallu dangos ei gwestiynau. Does dim wedi&apos;i newid na&apos;i ddileu. Diweddarwch Testimony i&apos;w weld.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>This account is no longer here. It may have been deleted.</source>
        <translation>Dydy&apos;r hanes hwn ddim yma mwyach. Efallai ei fod wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>Testimony&apos;s questions could not be loaded. Try installing it again.</source>
        <translation>Doedd dim modd llwytho cwestiynau Testimony. Rhowch gynnig ar ei osod eto.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>One of the answers could not be saved. Check it and try again.</source>
        <translation>Doedd dim modd cadw un o&apos;r atebion. Gwiriwch e a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>That file is not in a form Testimony can read.</source>
        <translation>Dydy&apos;r ffeil yna ddim mewn ffurf mae Testimony yn gallu ei darllen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>Testimony could not save in that place. Choose another folder, or check that the USB stick is not full or locked.</source>
        <translation>Doedd Testimony ddim yn gallu cadw yn y lle yna. Dewiswch ffolder arall, neu gwiriwch nad yw&apos;r cof bach USB yn llawn neu dan glo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>That is the wrong kind of folder here. A coalition workspace and a personal vault are opened in different places.</source>
        <translation>Dyna&apos;r math anghywir o ffolder yma. Mae gweithle clymblaid a chladdgell bersonol yn cael eu hagor mewn lleoedd gwahanol.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>That is not a coalition key. A coalition key starts with age1.</source>
        <translation>Dydy honna ddim yn allwedd clymblaid. Mae allwedd clymblaid yn dechrau gydag age1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>That file cannot be opened. It may be damaged or unfinished, or it was locked for someone else.</source>
        <translation>Does dim modd agor y ffeil yna. Efallai ei bod wedi&apos;i difrodi neu heb ei gorffen, neu cafodd ei chloi ar gyfer rhywun arall.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>That file is not a Testimony export or a withdrawal notice.</source>
        <translation>Dydy&apos;r ffeil yna ddim yn allforyn Testimony nac yn hysbysiad tynnu&apos;n ôl.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>Nothing was shared. No account&apos;s choices allow it to be shared.</source>
        <translation>Chafodd dim ei rannu. Dydy dewisiadau dim un hanes yn caniatáu iddo gael ei rannu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>Testimony cannot find that export in this vault. Nothing was changed.</source>
        <translation>Dydy Testimony ddim yn gallu dod o hyd i&apos;r allforyn yna yn y gladdgell hon. Chafodd dim ei newid.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Wedi stopio. Chafodd dim ei newid.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>That file cannot be added. Nothing was added.</source>
        <translation>Does dim modd ychwanegu&apos;r ffeil yna. Chafodd dim ei ychwanegu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113"/>
        <source>That file is too large. Each file can be up to 50 MB. Nothing was added.</source>
        <translation>Mae&apos;r ffeil yna&apos;n rhy fawr. Gall pob ffeil fod hyd at 50 MB. Chafodd dim ei ychwanegu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="116"/>
        <source>That file is named like a photo, but it is not a photo Testimony can read. Nothing was added.</source>
        <translation>Mae enw&apos;r ffeil yna fel enw llun, ond dydy hi ddim yn llun mae Testimony yn gallu ei ddarllen. Chafodd dim ei ychwanegu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>That photo is damaged or cut short. Nothing was added.</source>
        <translation>Mae&apos;r llun yna wedi&apos;i ddifrodi neu&apos;n anghyflawn. Chafodd dim ei ychwanegu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>That PDF is damaged or cut short, so it cannot be read. Nothing was added.</source>
        <translation>Mae&apos;r PDF yna wedi&apos;i ddifrodi neu&apos;n anghyflawn, felly does dim modd ei ddarllen. Chafodd dim ei ychwanegu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>Testimony can keep photos (PNG or JPEG), PDFs and plain text files. That file is none of these. Nothing was added.</source>
        <translation>Gall Testimony gadw lluniau (PNG neu JPEG), ffeiliau PDF a ffeiliau testun plaen. Dydy&apos;r ffeil yna ddim yn un o&apos;r rhain. Chafodd dim ei ychwanegu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132"/>
        <source>That file is no longer in this account.</source>
        <translation>Dydy&apos;r ffeil yna ddim yn yr hanes hwn mwyach.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>There is already a file with that name. Choose another name.</source>
        <translation>Mae ffeil gyda&apos;r enw yna&apos;n barod. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>That account is no longer in this vault.</source>
        <translation>Dydy&apos;r hanes yna ddim yn y gladdgell hon mwyach.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="141"/>
        <source>There is not enough space on the disk. Nothing was lost. Make some space and try again.</source>
        <translation>Does dim digon o le ar y ddisg. Does dim byd wedi&apos;i golli. Gwnewch ychydig o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>This vault is older than its lock says. Someone may have put back an old copy, and newer accounts may be missing. Nothing has been changed.</source>
        <translation>Mae&apos;r gladdgell hon yn hŷn nag mae ei chlo yn ei ddweud. Efallai bod rhywun wedi rhoi hen gopi yn ôl, ac efallai bod hanesion mwy newydd ar goll. Does dim wedi&apos;i newid.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="151"/>
        <source>The passphrase of this vault was changed in another Testimony window. Lock it and open it again with the new passphrase. What you typed is still on the screen.</source>
        <translation>Cafodd cyfrinymadrodd y gladdgell hon ei newid mewn ffenestr Testimony arall. Cloiwch hi a&apos;i hagor eto gyda&apos;r cyfrinymadrodd newydd. Mae beth wnaethoch chi ei deipio yn dal ar y sgrin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="157"/>
        <source>There have been several wrong tries. Please wait, then try again.</source>
        <translation>Mae sawl cynnig anghywir wedi bod. Arhoswch, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="161"/>
        <source>You stopped it. No file was saved.</source>
        <translation>Fe wnaethoch chi ei stopio. Chafodd dim ffeil ei chadw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="164"/>
        <source>Check the words of every account you chose first.</source>
        <translation>Gwiriwch eiriau pob hanes a ddewisoch chi yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="167"/>
        <source>There is already a file with that name there. Choose another name.</source>
        <translation>Mae ffeil gyda&apos;r enw hwnnw yno&apos;n barod. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>That folder is not there any more. Choose another.</source>
        <translation>Dydy&apos;r ffolder honno ddim yno mwyach. Dewiswch un arall.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>There is nothing to share in what you chose.</source>
        <translation>Does dim byd i&apos;w rannu yn beth ddewisoch chi.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>Testimony cannot find who this was sealed for.</source>
        <translation>Dydy Testimony ddim yn gallu ffeindio ar gyfer pwy cafodd hwn ei selio.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="179"/>
        <source>The file could not be saved there. Choose another place, or check that the USB stick is not full.</source>
        <translation>Doedd dim modd cadw&apos;r ffeil yno. Dewiswch le arall, neu gwiriwch nad yw&apos;r cof bach USB yn llawn.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="185"/>
        <source>That folder is a person&apos;s vault, not a coalition workspace. Choose the workspace folder instead.</source>
        <translation>Claddgell person yw&apos;r ffolder yna, nid gweithle clymblaid. Dewiswch ffolder y gweithle yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="190"/>
        <source>Something already exists there. Choose a new folder name.</source>
        <translation>Mae rhywbeth yno&apos;n barod. Dewiswch enw ffolder newydd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="194"/>
        <source>That change to the themes cannot be made. Nothing was changed.</source>
        <translation>Does dim modd gwneud y newid hwnnw i&apos;r themâu. Does dim wedi&apos;i newid.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="197"/>
        <source>That record is not in this workspace. Nothing was changed.</source>
        <translation>Dydy&apos;r cofnod hwnnw ddim yn y gweithle hwn. Does dim wedi&apos;i newid.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="200"/>
        <source>Something went wrong. Nothing has been changed. Please try again.</source>
        <translation>Aeth rhywbeth o&apos;i le. Does dim wedi&apos;i newid. Rhowch gynnig arall arni, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="93"/>
        <source>May be quoted</source>
        <translation>Gall gael ei ddyfynnu</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="93"/>
        <source>Words for reading</source>
        <translation>Geiriau i&apos;w darllen</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="98"/>
        <source>Yes, by the person</source>
        <translation>Ydy, gan y person</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="100"/>
        <source>No: automatic changes only</source>
        <translation>Nac ydy: newidiadau awtomatig yn unig</translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="101"/>
        <source>Not known (older export)</source>
        <translation>Ddim yn hysbys (allforio hŷn)</translation>
    </message>
</context>
</TS>
