<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="59"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="59"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="59"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="59"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="60"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <location filename="../../ui/accounts/view.py" line="50"/>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="55"/>
        <source>Opening your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="77"/>
        <source>You recorded this with someone helping you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="101"/>
        <source>Account from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="105"/>
        <source>Finished. Last changed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="108"/>
        <source>Not finished yet. Last saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="115"/>
        <source>Who can see it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/view.py" line="121"/>
        <source>You have changed this %n time(s).</source>
        <translation>
            <numerusform>You have changed this %n time.</numerusform>
            <numerusform>You have changed this %n times.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="124"/>
        <source>See your past choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="130"/>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="133"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="143"/>
        <source>Change answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="145"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="150"/>
        <source>Who can see this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="154"/>
        <source>Delete this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="163"/>
        <source>This account cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="176"/>
        <source>Delete this account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="180"/>
        <source>This cannot be undone. The account and all your answers will be gone from your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="186"/>
        <source>If you have shared it already, deleting it here does not take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="190"/>
        <source>Yes, delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/view.py" line="193"/>
        <source>No, keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts/model.py" line="170"/>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="171"/>
        <source>When you started writing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="178"/>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="183"/>
        <source>Account from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="185"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="185"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="189"/>
        <source>Words may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="191"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="191"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="201"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="202"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="203"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="204"/>
        <source>Who can see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="205"/>
        <source>With support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/accounts/page.py" line="50"/>
        <location filename="../../ui/accounts/page.py" line="105"/>
        <source>Your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="57"/>
        <location filename="../../ui/accounts/page.py" line="150"/>
        <source>Record what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="58"/>
        <source>Start a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="60"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="62"/>
        <source>Send an anonymised copy of accounts you chose to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="65"/>
        <source>What I have shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="67"/>
        <source>See what you have shared, and take it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="72"/>
        <location filename="../../ui/accounts/page.py" line="73"/>
        <source>Search your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="74"/>
        <source>Finds accounts that contain every word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="81"/>
        <source>Number of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="85"/>
        <source>No accounts match your search. Try fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="116"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="117"/>
        <source>Press Enter to open the chosen account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="138"/>
        <source>Nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="141"/>
        <source>You can write down what happened when you needed help. It stays on your USB stick, locked. You choose if anyone else sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="146"/>
        <source>You can write down what happened when you needed help. It stays on this computer, locked. You choose if anyone else sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/page.py" line="191"/>
        <source>More than %n account(s) match</source>
        <translation>
            <numerusform>More than %n account matches</numerusform>
            <numerusform>More than %n accounts match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/page.py" line="193"/>
        <source>%n account(s) match</source>
        <translation>
            <numerusform>%n account matches</numerusform>
            <numerusform>%n accounts match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/page.py" line="195"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="66"/>
        <source>See the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="67"/>
        <source>Reading the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="70"/>
        <source>Counts below the threshold are shown as “suppressed”, and some others with them, so that nobody can be picked out. Reports show the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="79"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="93"/>
        <source>Save counts as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="94"/>
        <source>Counts for a spreadsheet, small ones suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="97"/>
        <source>Save report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="98"/>
        <source>A report to publish: counts, charts, how the numbers were protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="105"/>
        <source>A CSV or PDF file is not encrypted. Anyone who gets a copy can read it. Save it only where you mean to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="129"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="130"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="131"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="132"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="133"/>
        <source>From (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="134"/>
        <source>To (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="135"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="136"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="162"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="169"/>
        <source>Earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="170"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/analysis_page.py" line="242"/>
        <source>Fewer than %n record(s) match, so no counts can be shown.</source>
        <translation>
            <numerusform>Fewer than %n record matches, so no counts can be shown.</numerusform>
            <numerusform>Fewer than %n records match, so no counts can be shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/analysis_page.py" line="249"/>
        <source>%n record(s) match.</source>
        <translation>
            <numerusform>%n record matches.</numerusform>
            <numerusform>%n records match.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="251"/>
        <source>Counts below {0} are suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="259"/>
        <source>Accounts by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="260"/>
        <source>Accounts by concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="272"/>
        <source>Save counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="276"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="282"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="286"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="322"/>
        <source>A period must start and end with whole quarters (January to March, April to June, July to September, October to December), so nothing can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="326"/>
        <source>With this filter the table cannot be shown. Filter by one of its own headings, or by nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="330"/>
        <source>Area, period and consent are never counted together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/analysis_page.py" line="337"/>
        <source>Saved {0}. It is not encrypted: anyone who gets it can read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../ui/accounts/viewer.py" line="30"/>
        <source>Your file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/viewer.py" line="32"/>
        <source>%1, %2. Added on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/viewer.py" line="53"/>
        <source>Photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/viewer.py" line="82"/>
        <source>PDF: %1, %n page(s)</source>
        <translation>
            <numerusform>PDF: %1, %n page</numerusform>
            <numerusform>PDF: %1, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/viewer.py" line="94"/>
        <source>Text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/viewer.py" line="101"/>
        <source>Testimony cannot show this file. It is still kept safely in your vault. It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="62"/>
        <source>Your files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="66"/>
        <source>Keep photos, scans and letters with this account: PNG, JPEG, PDF or text, up to 50 MB each. They are locked in your vault and are never shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="71"/>
        <source>No files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="76"/>
        <source>Files in this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="77"/>
        <source>Press Enter to open the chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="85"/>
        <source>Add a photo or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="87"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="88"/>
        <source>Open the chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="90"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="91"/>
        <source>Delete the chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="143"/>
        <source>Add photos or documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="146"/>
        <source>Photos, PDFs and text files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../ui/record/autosave.py" line="92"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/autosave.py" line="103"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/autosave.py" line="110"/>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupOptions</name>
    <message>
        <location filename="../../ui/backup.py" line="44"/>
        <source>Backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="48"/>
        <source>A backup copy is one file with everything in this vault, still locked with your passphrase. Keep it somewhere else, like a second USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="57"/>
        <source>Make a backup copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="57"/>
        <source>Choose where to save the backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="68"/>
        <source>No backup copy made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="70"/>
        <source>Last backup copy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="74"/>
        <source>Save the backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="93"/>
        <source>A file with that name is already there. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakPage</name>
    <message>
        <location filename="../../ui/record/pages.py" line="292"/>
        <source>Take a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="294"/>
        <source>You can stop here for as long as you need. What you wrote is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="296"/>
        <source>If you want to talk to someone now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="298"/>
        <source>Samaritans: call 116 123. It is free, day or night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="299"/>
        <source>Shout: text SHOUT to 85258. It is free, day or night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="300"/>
        <source>NHS 111: call 111 and choose the mental health option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="301"/>
        <source>If your life is in danger now, call 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="309"/>
        <source>Please know: the coalition (the campaign group that collects these accounts) cannot see what you write here. It cannot reply to anyone, and it cannot help in a crisis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="315"/>
        <source>Go back to where I was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/record/check.py" line="23"/>
        <source>Check your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="25"/>
        <source>Read your answers. You can change any of them before you finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="37"/>
        <source>When you finish, you choose who may see this account. Nothing is shared unless you choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="42"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="44"/>
        <source>Mark this account as finished, then choose who may see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="58"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="58"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="59"/>
        <source>Someone helping you today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="73"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="79"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/check.py" line="80"/>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoalitionWindow</name>
    <message>
        <location filename="../../ui/coalition/window.py" line="25"/>
        <source>Coalition workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/window.py" line="31"/>
        <source>See the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/window.py" line="32"/>
        <source>Read the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/window.py" line="33"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/window.py" line="34"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/window.py" line="35"/>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/consent/page.py" line="55"/>
        <source>Who can see this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="60"/>
        <location filename="../../ui/consent/page.py" line="122"/>
        <source>How did you make this choice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="64"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="67"/>
        <location filename="../../ui/consent/page.py" line="132"/>
        <source>Your choices so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="71"/>
        <source>Save my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="73"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="74"/>
        <source>Leave this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="105"/>
        <source>To take back a choice, choose “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="115"/>
        <source>I read this and chose myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="116"/>
        <source>It was read to me, and I chose with someone helping me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="133"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="133"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="133"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="164"/>
        <source>Nothing chosen yet, so it is private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="185"/>
        <source>Chose myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="186"/>
        <source>Chose with support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="187"/>
        <source>Added from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="234"/>
        <source>Saved. Your choice is now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent/page.py" line="236"/>
        <source>Nothing changed. Your choice is still: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyPage</name>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="35"/>
        <source>Make a readable copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="37"/>
        <source>This is a copy of your account to print or keep as a PDF. It has your own words, with nothing taken out. You could give it to a solicitor or an advocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="28"/>
        <source>What the copy will say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="42"/>
        <source>The copy is not encrypted. Anyone who gets it can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="45"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="45"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="43"/>
        <source>my-account.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/copy_page.py" line="44"/>
        <source>Saved the copy to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../ui/create_vault.py" line="164"/>
        <source>Make a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="165"/>
        <source>A vault is a locked folder for your accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="175"/>
        <source>Making your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="177"/>
        <location filename="../../ui/create_vault.py" line="245"/>
        <source>Making your vault. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="182"/>
        <source>Make vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="184"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="192"/>
        <location filename="../../ui/create_vault.py" line="195"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="193"/>
        <source>Only you will see this. For example: My accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="194"/>
        <source>My accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="203"/>
        <source>Where to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="204"/>
        <location filename="../../ui/create_vault.py" line="205"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="206"/>
        <location filename="../../ui/create_vault.py" line="207"/>
        <source>Somewhere I choose, like a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="214"/>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="214"/>
        <location filename="../../ui/create_vault.py" line="314"/>
        <source>Choose where to keep the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="226"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="227"/>
        <location filename="../../ui/create_vault.py" line="228"/>
        <source>Also make a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="231"/>
        <source>A recovery code is a spare key. It opens the vault if you forget your passphrase. You will need to write it down and keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="277"/>
        <source>Give your vault a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="279"/>
        <source>Choose a folder, or keep the vault on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="291"/>
        <source>Opening your new vault. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="326"/>
        <location filename="../../ui/create_vault.py" line="330"/>
        <source>It will be kept in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="328"/>
        <source>No folder chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossTabModel</name>
    <message>
        <location filename="../../ui/coalition/model.py" line="58"/>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/model.py" line="62"/>
        <source>Hidden so that nobody can be picked out from a small number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/model.py" line="75"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../ui/record/questions.py" line="277"/>
        <location filename="../../ui/record/questions.py" line="289"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/questions.py" line="277"/>
        <source>Choose a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/questions.py" line="280"/>
        <location filename="../../ui/record/questions.py" line="290"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/questions.py" line="280"/>
        <source>Choose a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/questions.py" line="283"/>
        <location filename="../../ui/record/questions.py" line="291"/>
        <source>Day (if you know it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/questions.py" line="283"/>
        <source>No day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/questions.py" line="300"/>
        <source>Choose a month and a year so this can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteFilePage</name>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="286"/>
        <source>Delete this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="289"/>
        <source>It will be gone from your vault. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="293"/>
        <source>No, keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="295"/>
        <source>Yes, delete it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestroyOptions</name>
    <message>
        <location filename="../../ui/destroy.py" line="53"/>
        <source>Destroying this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="57"/>
        <source>Destroy this vault after too many wrong passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="61"/>
        <source>How many wrong passphrases in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="70"/>
        <source>Destroy this vault now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="71"/>
        <source>You will be asked again before anything happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="95"/>
        <source>Destroy this vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="98"/>
        <source>Destroy this vault now? Everything in it will be gone for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="103"/>
        <source>Destroy it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/destroy.py" line="104"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/export/export_steps.py" line="123"/>
        <source>Your file is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="131"/>
        <source>The file is sealed so only the coalition can open it. Nobody else can read it, even if they find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="135"/>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="138"/>
        <source>Send the file to the coalition, in the way they ask. For example, attach it to an email, or hand it over on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="143"/>
        <source>You can take it back later. Go to “What I have shared” and choose Withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="145"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/export_steps.py" line="151"/>
        <source>You saved %n account(s) in this file.</source>
        <translation>
            <numerusform>You saved %n account in this file.</numerusform>
            <numerusform>You saved %n accounts in this file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="153"/>
        <source>File name: %1
Folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <location filename="../../ui/accounts/evidence.py" line="49"/>
        <source>Use your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/evidence.py" line="53"/>
        <source>Make a copy to give to someone who helps you, or write a letter to ask what a service holds about you, or to complain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/evidence.py" line="61"/>
        <source>Make a readable copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/evidence.py" line="63"/>
        <source>Write a letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/export/export_page.py" line="63"/>
        <location filename="../../ui/export/export_page.py" line="81"/>
        <source>Share an anonymised copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="78"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="84"/>
        <source>Choose what to share. We take out names and other details, and you check the words. Then we save a file that is sealed so only the coalition can open it. You send the file to them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="89"/>
        <source>Getting your accounts ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="90"/>
        <source>1. Accounts to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="94"/>
        <source>2. Who can open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="99"/>
        <source>Add or change keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="101"/>
        <source>Add the coalition&apos;s key, or remove one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="105"/>
        <source>3. Save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="107"/>
        <source>Choose where to save it, for example a USB stick or your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="112"/>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="138"/>
        <source>None of your accounts can be shared. They are all kept private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="142"/>
        <source>Kept private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="144"/>
        <source>%1 — kept private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="150"/>
        <source>Accounts kept private never leave. To share one, open it and change who can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="177"/>
        <source>Check the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="177"/>
        <source>Look at the words again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/export_page.py" line="192"/>
        <source>It also says how many files you keep with it (%n), but not the files.</source>
        <translation>
            <numerusform>It also says how many files you keep with it (%n), but not the files.</numerusform>
            <numerusform>It also says how many files you keep with it (%n), but not the files.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="202"/>
        <source>%1. Only your answers to the questions with choices are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="206"/>
        <source>You changed it after you checked the words. Check them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="208"/>
        <source>You need to check the words before they can be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="210"/>
        <source>You have checked the words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="219"/>
        <source>Add the coalition&apos;s key first. You only need to do this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="226"/>
        <location filename="../../ui/export/export_page.py" line="229"/>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="245"/>
        <source>An account with no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="283"/>
        <source>Choose at least one account to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="285"/>
        <source>Choose who can open it. If there is nobody to choose, add a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="292"/>
        <source>Check the words of “%1” first, or untick it. Words leave only after you have checked them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_page.py" line="53"/>
        <source>Choose where to save the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../../ui/export/words.py" line="18"/>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="19"/>
        <source>a police officer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="20"/>
        <source>a staff member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="21"/>
        <source>a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="22"/>
        <source>an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="23"/>
        <source>an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="24"/>
        <source>a postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="25"/>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="26"/>
        <source>an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="27"/>
        <source>a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="28"/>
        <source>a social media name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="29"/>
        <source>an NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="30"/>
        <source>a National Insurance number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="31"/>
        <source>a passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="32"/>
        <source>a driving licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="33"/>
        <source>a number plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="34"/>
        <source>a bank card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="35"/>
        <source>a bank account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="36"/>
        <source>a computer&apos;s internet address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="37"/>
        <source>a reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="38"/>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="39"/>
        <source>a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="40"/>
        <source>an age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="41"/>
        <source>a group of people, like a nationality or faith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="44"/>
        <source>words you chose to take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="45"/>
        <source>a detail of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="51"/>
        <source>you told us this is your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="54"/>
        <source>you told us this is a name people call you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="57"/>
        <source>you told us this is someone you mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="60"/>
        <source>you told us this is a place you mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="63"/>
        <source>you told us this is your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="66"/>
        <source>you told us this is your postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="69"/>
        <source>you told us this is your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="72"/>
        <source>you told us this is your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="75"/>
        <source>you told us this is your NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="78"/>
        <source>you told us this is your date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="81"/>
        <source>it looks like an NHS number (the check digit fits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="84"/>
        <source>it looks like a National Insurance number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="87"/>
        <source>it looks like a postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="88"/>
        <source>it looks like the first part of a postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="91"/>
        <source>it looks like a passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="94"/>
        <source>it looks like a driving licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="97"/>
        <source>it looks like a number plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="100"/>
        <source>it looks like a bank card number (the check digit fits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="103"/>
        <source>it looks like a bank account number (the check digits fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="106"/>
        <source>it looks like an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="109"/>
        <source>it looks like a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="110"/>
        <source>it looks like a social media name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="113"/>
        <location filename="../../ui/export/words.py" line="116"/>
        <source>it looks like a computer&apos;s internet address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="119"/>
        <source>it looks like a reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="122"/>
        <source>it looks like a UK phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="125"/>
        <location filename="../../ui/export/words.py" line="128"/>
        <source>it looks like a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="131"/>
        <source>it looks like a phone number, from the words around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="134"/>
        <source>it looks like a postcode written after a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="137"/>
        <source>a police title like PC or Sgt comes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="140"/>
        <source>a title like Dr comes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="141"/>
        <source>a title like Nurse or Sister comes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="144"/>
        <source>the word paramedic comes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="147"/>
        <source>a title like Judge comes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="150"/>
        <source>a title like Mr or Mrs comes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="153"/>
        <source>words like “called” or “named” come before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="156"/>
        <source>it is a common first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="157"/>
        <source>it is the name of a place in the UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="160"/>
        <source>it names a group of people, like a nationality or faith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="163"/>
        <source>a word with a capital letter that is not a common word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="166"/>
        <source>a word that is not in our list of English words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="169"/>
        <source>it ends like the name of an organisation, like Ltd or Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="172"/>
        <source>it ends like the name of a place, like Ward or Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="175"/>
        <source>it looks like part of an address, like Road or Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="178"/>
        <source>it looks like a flat or house number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="181"/>
        <source>it looks like a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="182"/>
        <source>it looks like a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="183"/>
        <source>it looks like someone&apos;s age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="184"/>
        <source>it is the name of this computer, your user name or a folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="187"/>
        <source>you chose to take it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="200"/>
        <source>something that could identify someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="210"/>
        <source>a job title comes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="212"/>
        <source>it is a number written after a word like ref, case or crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="216"/>
        <source>you told us about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="217"/>
        <source>it looks like something that could identify someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/words.py" line="230"/>
        <source>%1, and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverPage</name>
    <message>
        <location filename="../../ui/hand_over.py" line="30"/>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="31"/>
        <source>Your vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="32"/>
        <source>Checking this laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="35"/>
        <source>Taking your USB stick out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="38"/>
        <source>Before you pull the stick out, choose “Eject” or “Safely remove” for it in the laptop&apos;s files window, and wait until it says it is safe. Pulling it out too soon can damage what is on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="44"/>
        <source>Next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="45"/>
        <source>Go back to a clean first page for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="57"/>
        <source>Your vault is on your USB stick. Take it with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="61"/>
        <source>Your vault is on this laptop, not on a USB stick. It stays here, locked. Only your passphrase opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="72"/>
        <source>This laptop does not remember your vault or where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="74"/>
        <source>This laptop&apos;s settings still name your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="78"/>
        <source>Some files on this laptop still name your vault. Ask the person running the drop-in to look at them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="84"/>
        <source>No file outside your vault names it or says where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="86"/>
        <source>The clipboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/hand_over.py" line="88"/>
        <source>The clipboard could not be emptied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="31"/>
        <source>Import accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="34"/>
        <source>Add the files people sent you: exports and withdrawal notices. You can add many at once. Each file is checked before anything from it is added; a file that is damaged or not a Testimony file is turned down whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="44"/>
        <source>Drop files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="49"/>
        <source>Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="49"/>
        <source>Pick export files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="52"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="52"/>
        <source>Stop after the file being imported now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="59"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="60"/>
        <source>%v of %m files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="65"/>
        <source>What happened to each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="77"/>
        <source>Choose files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="80"/>
        <source>Testimony files (*.age *.testimony-export);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="124"/>
        <source>Stopping after this file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/import_page.py" line="109"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/import_page.py" line="137"/>
        <source>%n file(s) imported,</source>
        <translation>
            <numerusform>%n file imported,</numerusform>
            <numerusform>%n files imported,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/import_page.py" line="138"/>
        <source>%n turned down.</source>
        <translation>
            <numerusform>%n turned down.</numerusform>
            <numerusform>%n turned down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/import_page.py" line="139"/>
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>%n record added.</numerusform>
            <numerusform>%n records added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="143"/>
        <source>Stopped. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="161"/>
        <source>{0}: not imported (stopped before it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="163"/>
        <source>{0}: turned down: {1}. Nothing from it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="168"/>
        <source>{0}: {1} added, {2} already here, {3} withdrawn by their writer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="170"/>
        <source>{0}: withdrawal notice: {1} removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="173"/>
        <source>{0} not removed, because the secret did not match the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="176"/>
        <source>{0} not here yet; they will be refused if they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="183"/>
        <source>it is larger than a Testimony export can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="184"/>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="185"/>
        <source>it could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="187"/>
        <source>it does not open with this workspace&apos;s key (damaged, incomplete, or sealed for someone else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="190"/>
        <source>what is inside is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="191"/>
        <location filename="../../ui/coalition/import_page.py" line="192"/>
        <source>what is inside is not a Testimony export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="193"/>
        <source>it is not a Testimony export or withdrawal notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="194"/>
        <source>it was made by a newer Testimony; update to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="195"/>
        <location filename="../../ui/coalition/import_page.py" line="197"/>
        <location filename="../../ui/coalition/import_page.py" line="200"/>
        <source>it does not follow the Testimony export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="196"/>
        <source>the same record appears twice in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="198"/>
        <source>it uses questions this version of Testimony does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="199"/>
        <source>an answer does not fit its question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/import_page.py" line="202"/>
        <source>it is not a valid Testimony file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../ui/record/pages.py" line="154"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="158"/>
        <source>What you write stays on your USB stick. It is locked with your passphrase. It is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="163"/>
        <source>What you write stays on this computer. It is locked with your passphrase. It is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="168"/>
        <source>If it gets too much, choose “Take a break”. You can stop at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="170"/>
        <source>Is someone helping you today, like an advocate or supporter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="172"/>
        <source>We only note that you had help. We never ask who.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="177"/>
        <source>Yes, someone is helping me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="178"/>
        <source>No, I am doing this on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="183"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownDetailsEditor</name>
    <message>
        <location filename="../../ui/export/known.py" line="50"/>
        <source>People and places I mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="54"/>
        <source>Tell us names and details you want taken out, and we will look for them in everything you share. They stay locked on this computer. They never leave. You can leave any box empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="60"/>
        <source>Separate them with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="62"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="62"/>
        <source>First name and last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="63"/>
        <source>Names people call you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="65"/>
        <source>People you mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="66"/>
        <source>For example, staff, family or friends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="69"/>
        <source>Places you mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="70"/>
        <source>For example, wards, police stations or streets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="72"/>
        <source>Your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="73"/>
        <source>Your postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="74"/>
        <source>Your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="75"/>
        <source>Your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="76"/>
        <source>Your NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="76"/>
        <source>It is 10 numbers long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="78"/>
        <source>Your date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="79"/>
        <source>Day, month and year, for example 27 3 1990.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="89"/>
        <source>Save and look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="91"/>
        <source>Save this list and look for these details in your words again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/known.py" line="135"/>
        <source>Write your date of birth as day, month and year, for example 27 3 1990.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaptopOptions</name>
    <message>
        <location filename="../../ui/laptop_options.py" line="30"/>
        <source>This laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/laptop_options.py" line="31"/>
        <source>Shared laptop (for a drop-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/laptop_options.py" line="34"/>
        <source>For a laptop that many people use, one after another. It keeps no list of vaults and shows nobody&apos;s name or folder. Each person keeps their vault on their own USB stick, and hands over at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/laptop_options.py" line="41"/>
        <source>Discreet mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/laptop_options.py" line="44"/>
        <source>The window and its pages are called “Notes”, with no other name on screen, and no list of vaults is kept. Files you save get plain names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterEditPage</name>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="36"/>
        <source>Your letter: ask what they hold about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="38"/>
        <source>Your letter: a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="41"/>
        <source>Read it all. Change anything you want: it is your letter. Take off the notes at the end before you send it. This is not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="28"/>
        <source>The letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="29"/>
        <source>You can change any of the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="46"/>
        <source>A saved or printed letter is not encrypted. Anyone who gets it can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="50"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="50"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="48"/>
        <source>letter.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/edit_page.py" line="49"/>
        <source>Saved the letter to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterSetupPage</name>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="34"/>
        <source>Write a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="38"/>
        <source>Testimony writes a first draft from your account. You can read it and change anything before you print or save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="43"/>
        <source>Which letter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="52"/>
        <source>Ask what they hold about me (a subject access request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="55"/>
        <source>Make a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="63"/>
        <source>Who is it to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="64"/>
        <source>For example: Anytown NHS Foundation Trust, or Anytown Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="72"/>
        <source>What kind of organisation is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="83"/>
        <source>Where is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="90"/>
        <source>Your name and address go at the top of the letter, so they can reply. They are not shared with anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="95"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="100"/>
        <source>Your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="106"/>
        <source>Keep my name and address in this vault for my next letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="116"/>
        <source>Write the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="123"/>
        <source>An NHS trust or hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="124"/>
        <source>A GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="125"/>
        <source>An ambulance service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="126"/>
        <source>A police force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="127"/>
        <source>A council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="131"/>
        <source>In England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="131"/>
        <source>In Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/letters/setup_page.py" line="167"/>
        <source>Write the name of the organisation first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Text size, colours and locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Lock the vault now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Lock and close at once. You can also press Ctrl+Shift+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Finish and hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Lock, check that nothing is left on this laptop, and hand it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>Your vault locked itself because it was not used for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>Your vault locked itself when the window was made small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>Your vault is ready. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412"/>
        <source>Your vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="528"/>
        <source>{0} – Testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>Coalition workspace – Testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop_wiring.py" line="117"/>
        <source>The vault was destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../ui/record/pages.py" line="329"/>
        <source>This account cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="334"/>
        <source>Go back to your accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MicrophoneChoice</name>
    <message>
        <location filename="../../ui/record/microphone.py" line="37"/>
        <source>Microphone for “Speak instead”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/microphone.py" line="41"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/microphone.py" line="43"/>
        <source>The microphone Testimony records with when you choose Speak instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/microphone.py" line="57"/>
        <source>The computer&apos;s usual microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/microphone.py" line="65"/>
        <source>“%1” is not plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/microphone.py" line="68"/>
        <source>No microphone was found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/microphone.py" line="70"/>
        <source>The usual microphone will be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesBox</name>
    <message numerus="yes">
        <location filename="../../ui/minutes_box.py" line="19"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotePage</name>
    <message>
        <location filename="../../ui/record/pages.py" line="258"/>
        <source>You can skip them. You can take a break at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="260"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="262"/>
        <location filename="../../ui/record/pages.py" line="276"/>
        <source>Skip these questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="270"/>
        <source>The next question may be hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="271"/>
        <source>The next question asks about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="272"/>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="274"/>
        <source>The next questions may be hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/record/pages.py" line="275"/>
        <source>The next %n question(s) ask about:</source>
        <translation>
            <numerusform>The next %n question asks about:</numerusform>
            <numerusform>The next %n questions ask about:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenWorkspacePage</name>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="49"/>
        <source>Coalition workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="52"/>
        <source>A coalition workspace holds the accounts people send you, encrypted like a vault. Open yours, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="56"/>
        <source>Open a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="57"/>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="58"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="60"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="61"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="66"/>
        <source>Make a new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="67"/>
        <source>New folder (it must not exist yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="68"/>
        <source>Passphrase for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="69"/>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="70"/>
        <source>Make workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="72"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="99"/>
        <source>Choose the workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="112"/>
        <source>Choose the workspace folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="117"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="132"/>
        <source>Give a folder and a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="136"/>
        <source>The two passphrases are different. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/open_page.py" line="141"/>
        <source>Making the workspace and its key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginalsPage</name>
    <message numerus="yes">
        <location filename="../../ui/accounts/attachments.py" line="213"/>
        <source>%n files are added to your account</source>
        <translation>
            <numerusform>%n file is added to your account</numerusform>
            <numerusform>%n files are added to your account</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="215"/>
        <source>Your file is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="220"/>
        <source>A copy is now locked in your vault. The file you chose is still here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="223"/>
        <source>A copy of each is now locked in your vault. The files you chose are still here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="234"/>
        <source>If someone else uses this computer, you can delete the original from there. Deleting a file does not always destroy it. On an SSD or a USB stick, in a backup or in a cloud copy, it may still be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="243"/>
        <source>Keep it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="243"/>
        <source>Keep them there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="249"/>
        <source>Delete it from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/attachments.py" line="249"/>
        <source>Delete them from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/attachments.py" line="271"/>
        <source>%n file(s) could not be deleted. You can delete them yourself.</source>
        <translation>
            <numerusform>%n file could not be deleted. You can delete it yourself.</numerusform>
            <numerusform>%n files could not be deleted. You can delete them yourself.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageFrame</name>
    <message>
        <location filename="../../ui/record/pages.py" line="90"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="91"/>
        <source>Go to the page before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="96"/>
        <source>Take a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="98"/>
        <source>Stop for a moment and see where to get support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="134"/>
        <source>Save and come back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="136"/>
        <source>Save what you have written and go back to your list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../ui/accounts/paper.py" line="80"/>
        <source>Save as PDF (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/paper.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperWarning</name>
    <message>
        <location filename="../../ui/accounts/paper.py" line="38"/>
        <source>The file will not be encrypted. Anyone who gets it can read everything in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/paper.py" line="47"/>
        <source>Save it somewhere only you can reach, or give it straight to someone you trust. Delete it when you no longer need it. A printer may keep a copy too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/paper.py" line="55"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/paper.py" line="63"/>
        <source>Print it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/paper.py" line="64"/>
        <source>Choose a printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/paper.py" line="66"/>
        <source>Save it as a PDF?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/paper.py" line="67"/>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ui/create_vault.py" line="48"/>
        <location filename="../../ui/create_vault.py" line="56"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="51"/>
        <source>Use 4 or more ordinary words that do not usually go together, like: lamp river socks gentle. Do not use a saying, a song line or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="56"/>
        <source>Type your new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="62"/>
        <source>How strong the passphrase is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="65"/>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="67"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="67"/>
        <source>Type the same passphrase again to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="70"/>
        <location filename="../../ui/create_vault.py" line="71"/>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="104"/>
        <source>Type a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="106"/>
        <source>That passphrase is too easy to guess. Add another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="108"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="128"/>
        <source>Strength: none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="129"/>
        <source>Strength: very weak. Add more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="130"/>
        <source>Strength: weak. Add more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="131"/>
        <source>Strength: good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="132"/>
        <source>Strength: very good.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../ui/record/pages.py" line="211"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="224"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="227"/>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/pages.py" line="229"/>
        <source>Go on without answering. You can come back to it later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingPage</name>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="113"/>
        <source>Read the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="116"/>
        <source>These are the words people chose to share, with names and details taken out. Accounts that are only counted have no words, so they are not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="122"/>
        <source>Search the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="123"/>
        <source>Type words to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="125"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="134"/>
        <source>Records with words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="144"/>
        <source>The chosen record&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="169"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="170"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="171"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="172"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="173"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="188"/>
        <source>From (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="188"/>
        <source>To (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="191"/>
        <source>like 2024-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="213"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="221"/>
        <source>Words for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="222"/>
        <source>May be quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="236"/>
        <source>Write a month as year and month, like 2024-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/reading_page.py" line="272"/>
        <source>Showing the newest %n record(s). More match: search for more words.</source>
        <translation>
            <numerusform>Showing the newest %n record. More match: search for more words.</numerusform>
            <numerusform>Showing the newest %n records. More match: search for more words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/reading_page.py" line="275"/>
        <source>%n record(s) with words match.</source>
        <translation>
            <numerusform>%n record with words matches.</numerusform>
            <numerusform>%n records with words match.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="294"/>
        <source>Export id: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="295"/>
        <source>Consent: {0}. Form version {1}. Imported {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="298"/>
        <source>Reviewed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="299"/>
        <source>Themes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="299"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="310"/>
        <location filename="../../ui/coalition/reading_page.py" line="311"/>
        <source>Theme to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="316"/>
        <source>Give the chosen record this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="317"/>
        <source>Tag the record shown above with the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="321"/>
        <source>Take this theme off the chosen record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="322"/>
        <source>Remove the theme from the record shown above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="325"/>
        <source>Give every record found this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="326"/>
        <source>Tag every record that matches the search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="337"/>
        <source>Choose a theme first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="344"/>
        <source>Choose a record first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="24"/>
        <source>Your public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="27"/>
        <source>People use this key to send you their accounts, sealed so that only this workspace can open them. It is safe to share: publish it on your website or in your newsletter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="32"/>
        <location filename="../../ui/coalition/recipient_page.py" line="41"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="35"/>
        <source>People see the same short code in Testimony when they add your key. Ask them to check that it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="42"/>
        <location filename="../../ui/coalition/recipient_page.py" line="50"/>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="53"/>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="53"/>
        <source>Copy the key to paste it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="55"/>
        <source>Save key to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="55"/>
        <source>Save the key as a small text file to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="75"/>
        <source>The key is copied. Paste it where people will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="80"/>
        <source>Save the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="84"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/recipient_page.py" line="95"/>
        <source>Saved the key to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../../ui/export/recipients.py" line="80"/>
        <location filename="../../ui/export/recipients.py" line="84"/>
        <source>The coalition&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="81"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="87"/>
        <source>What you share is sealed so only the coalition can open it. To do that, Testimony needs the coalition&apos;s key. The key is safe to share: it can only lock things, not open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="92"/>
        <source>Keys you have added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="104"/>
        <source>Add a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="105"/>
        <location filename="../../ui/export/recipients.py" line="112"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="107"/>
        <source>Who the key belongs to, for example the name of the coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="117"/>
        <location filename="../../ui/export/recipients.py" line="124"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="119"/>
        <source>Paste the key here. It starts with age1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="131"/>
        <source>Open the key from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="133"/>
        <source>Choose a file the coalition gave you that holds their key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="147"/>
        <source>Check this matches the code the coalition publishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="153"/>
        <source>Add this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="171"/>
        <source>You have not added a key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="188"/>
        <location filename="../../ui/export/recipients.py" line="212"/>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="192"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="193"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="194"/>
        <source>Stop using this key for what you share next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="218"/>
        <source>Open the coalition&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="229"/>
        <location filename="../../ui/export/recipients.py" line="233"/>
        <source>That file does not hold a key. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="243"/>
        <source>That is not a key Testimony can use. A key starts with age1 and is about 60 letters and numbers long. Copy it again from the coalition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/recipients.py" line="250"/>
        <source>Give the key a name, so you know whose it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFlow</name>
    <message>
        <location filename="../../ui/record/flow.py" line="71"/>
        <source>Record what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/flow.py" line="83"/>
        <source>Opening your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/flow.py" line="92"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/flow.py" line="378"/>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/flow.py" line="400"/>
        <source>Not finished. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingItem</name>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="116"/>
        <source>A question this version does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="119"/>
        <source>Spoken answer to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="122"/>
        <source>%1 long. Recorded on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="139"/>
        <location filename="../../ui/accounts/recordings.py" line="233"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="140"/>
        <location filename="../../ui/accounts/recordings.py" line="235"/>
        <source>Play the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="148"/>
        <source>Where in the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="156"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="157"/>
        <source>Delete this recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="169"/>
        <source>What you said, in a few words (only this can be shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="174"/>
        <source>What you said, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="176"/>
        <source>Only these words can be shared. You check them before anything is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="178"/>
        <source>Save these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="194"/>
        <source>Delete this recording? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="195"/>
        <source>No, keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="197"/>
        <source>Yes, delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="233"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="235"/>
        <source>Pause the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="281"/>
        <source>No speaker or headphones were found, so it cannot be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="296"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingsList</name>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="70"/>
        <source>What you said out loud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recordings.py" line="74"/>
        <source>Your voice never leaves this computer. If you want to share what you said, write it in a few words under each recording. Only those words can be shared, and you check them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../ui/create_vault.py" line="351"/>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="354"/>
        <source>Write this code on paper now. Keep it somewhere safe, away from this computer. Anyone with this code can open your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="365"/>
        <source>This is the only time Testimony will show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="366"/>
        <location filename="../../ui/create_vault.py" line="367"/>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="369"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="381"/>
        <source>Recovery code: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../ui/report_pdf.py" line="92"/>
        <source>What people told us about crisis services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="100"/>
        <source>A Testimony coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="146"/>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="155"/>
        <source>a Testimony coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="171"/>
        <source>This report covers fewer than {0} accounts, so its numbers are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="174"/>
        <source>This report counts {0} accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="178"/>
        <source>Only accounts matching: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="184"/>
        <source>{0} of the {1} accounts: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="193"/>
        <source>Where the figures come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="195"/>
        <source>Each account was written by a person with lived experience of crisis services, on their own computer, and sent to us sealed so that only we can open it. The person chose what to share. These accounts are not a random sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="202"/>
        <source>What people agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="204"/>
        <source>Some people agreed only to be counted. Some also shared their words for our team to read. Only some agreed to be quoted in public. A person can take their account back at any time; then it leaves every count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="210"/>
        <source>What anonymous means here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="212"/>
        <source>Before an account left the person’s computer, names, addresses, phone numbers and reference numbers were taken out of the words. Dates are kept only as a month and places only as a region. The tick-box answers counted here are not changed in any other way. Quotes are only from people who read every change made to their words and agreed to be quoted. Words whose changes nobody checked by hand are never quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="221"/>
        <source>How small numbers are hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="223"/>
        <source>Small numbers can point at a person. Any count below {0}, other than zero, is not shown: it reads “hidden”. Some larger counts are hidden too, so that a hidden number cannot be worked out from the others. A zero is shown: it means nobody gave that answer. A chart leaves hidden counts out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="231"/>
        <source>What the figures cannot show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="233"/>
        <source>They cannot say how often these things happen to everyone who uses crisis services. People could choose more than one service, concern and theme, so those counts add up to more than the number of accounts. Themes are chosen by our team when reading the words, so only accounts with words have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="259"/>
        <source>Our team read the words people shared and placed each account under the themes it speaks about. An account can have several themes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="263"/>
        <source>No themes have been given yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="272"/>
        <source>Accounts by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="305"/>
        <source>Hidden counts are left out of this chart; the table shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="315"/>
        <source>{0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="323"/>
        <source>Part {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="353"/>
        <source>These are the words of people who agreed to be quoted in public and who read every change made to their words. Each is shown with the theme our team gave it, and without the person’s other answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="361"/>
        <source>No quotes are included: among these accounts there are none that may be quoted, or too few accounts to quote safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="366"/>
        <source>Theme: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="366"/>
        <source>Themes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="380"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../../ui/backup.py" line="122"/>
        <source>Open a backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="125"/>
        <source>This makes a vault again from a backup copy, and opens it. You need the passphrase the vault had when the copy was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="130"/>
        <source>Choose the backup copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="132"/>
        <source>Choose the backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="136"/>
        <source>Choose where to put the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="138"/>
        <source>Choose where to put the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="141"/>
        <location filename="../../ui/backup.py" line="144"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="151"/>
        <source>Restore and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="154"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="164"/>
        <source>No backup copy chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="165"/>
        <source>No folder chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="173"/>
        <source>Backup copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="177"/>
        <source>The vault will go in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="186"/>
        <source>Choose the backup copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="188"/>
        <source>Choose where to put the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup.py" line="190"/>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewLayout</name>
    <message>
        <location filename="../../ui/export/review_layout.py" line="45"/>
        <source>Check your words before they are shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="52"/>
        <source>Opening your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="67"/>
        <source>We have marked words that could show who you are, or who you talk about. Words with a solid line under them will be taken out. Words with a dashed line will stay. Words with a wavy line are details of this computer. They are always taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="76"/>
        <location filename="../../ui/export/review_layout.py" line="77"/>
        <source>Answer to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="83"/>
        <source>Next answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="85"/>
        <source>Show the next answer you have not looked at yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="98"/>
        <source>Change the people and places I mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="100"/>
        <source>Names and details we should look for and take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="113"/>
        <source>Before you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="116"/>
        <source>Could someone who was there recognise you from this? Think about exact times, names of wards or stations, rare events, injuries, your job, faith, ethnicity or sexuality. If so, select those words and choose “Take this out too”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="137"/>
        <source>Confirm what will leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="140"/>
        <source>Save your choices. These words may then be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="143"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="146"/>
        <source>Go back. Your choices are kept, but these words will not leave until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="169"/>
        <location filename="../../ui/export/review_layout.py" line="171"/>
        <source>Your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="172"/>
        <source>To take out more words, select them here, then choose Take this out too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="178"/>
        <source>Take this out too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="180"/>
        <source>Take out the words you selected in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="183"/>
        <location filename="../../ui/export/review_layout.py" line="187"/>
        <source>What we found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="189"/>
        <source>A tick means it will be taken out. Press Space to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="201"/>
        <source>Take it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="202"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="208"/>
        <source>Do the same for every time this appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="210"/>
        <source>Make the same choice wherever these words appear in this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="218"/>
        <location filename="../../ui/export/review_layout.py" line="222"/>
        <source>What will leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="219"/>
        <source>This is exactly what the coalition will get from this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="231"/>
        <source>Something changed since you last checked this account: its words, or your list of people and places. Please check it again. None of its words will leave until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="237"/>
        <source>We found more to check since you last confirmed. Look at the new marks, then confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="247"/>
        <source>You chose: may be quoted. Your words may be quoted in public, with the marked details taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="252"/>
        <source>You chose: share my words. The coalition may read your words, with the marked details taken out. They will not quote them in public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="255"/>
        <source>You chose: count it. Only your answers to the questions are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="259"/>
        <source>This account is kept private, so nothing in it can leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="261"/>
        <source>This account was made with a newer version of Testimony.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review_layout.py" line="262"/>
        <source>There is nothing in this account to share yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/export/review.py" line="61"/>
        <source>Check your words before they are shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="119"/>
        <source>This account shares only your answers to the questions with choices. There are no words to check. Check what will leave, below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="124"/>
        <source>Check each answer below, then confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="200"/>
        <location filename="../../ui/export/review.py" line="210"/>
        <source>First choose something from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="203"/>
        <source>Details of this computer are always taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export/review.py" line="216"/>
        <source>Done. %n more changed.</source>
        <translation>
            <numerusform>Done. %n more changed.</numerusform>
            <numerusform>Done. %n more changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="222"/>
        <source>First select the words in “Your words”, then choose Take this out too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="232"/>
        <source>Those words will be taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="262"/>
        <source>Saved. We looked through your words again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="321"/>
        <source>Look at each answer before you confirm. You have looked at %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="330"/>
        <source>Save your choices. These words may then be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/review.py" line="336"/>
        <source>You have looked at every answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="55"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="56"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="56"/>
        <source>Leave settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="77"/>
        <source>Text and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="78"/>
        <location filename="../../ui/settings_page.py" line="82"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="81"/>
        <source>{0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="83"/>
        <source>Make all the words bigger or smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="88"/>
        <source>High contrast (light words on a black background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="100"/>
        <source>Language (used the next time you open the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="102"/>
        <source>The same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="105"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="131"/>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="132"/>
        <location filename="../../ui/settings_page.py" line="136"/>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="145"/>
        <source>The window is called “Notes”, with no other name on screen, and no list of vaults is kept on this computer. You will need to find your vault&apos;s folder each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="139"/>
        <source>Lock when the window is made small (minimised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="142"/>
        <source>Discreet mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="155"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="182"/>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="185"/>
        <source>You opened this vault with your recovery code. Choose a new passphrase now, and type your recovery code in the first box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="190"/>
        <location filename="../../ui/settings_page.py" line="193"/>
        <source>Your passphrase now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="196"/>
        <source>Also make a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="199"/>
        <source>Changing your passphrase locks the vault again with a new key. Your old passphrase and your old recovery code will not open it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="208"/>
        <source>Changing your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="216"/>
        <source>Your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="218"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="241"/>
        <location filename="../../ui/settings_page.py" line="242"/>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="248"/>
        <source>Type your passphrase now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="280"/>
        <source>Your passphrase has been changed. Use the new one next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="283"/>
        <source>Your new recovery code is below. Write it down and keep it somewhere safe. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedLaptopPage</name>
    <message>
        <location filename="../../ui/shared_laptop.py" line="20"/>
        <source>Start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="23"/>
        <source>This laptop is shared. It keeps no list of vaults, and it shows nobody&apos;s name or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="29"/>
        <source>A vault is a locked folder for your accounts. It is best kept on your own USB stick, so you take it with you and nothing is left here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="34"/>
        <source>If you need to hide this quickly, press Quick exit, or Ctrl+Shift+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="40"/>
        <source>Start with a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="41"/>
        <source>Make a new vault for the person here now, on their USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="45"/>
        <source>Open a vault from a USB stick or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="46"/>
        <source>Find the folder of a vault someone already has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="51"/>
        <source>Stop using this as a shared laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shared_laptop.py" line="52"/>
        <source>Go back to the usual start, which can keep a list of vaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <location filename="../../ui/export/shared_page.py" line="43"/>
        <location filename="../../ui/export/shared_page.py" line="55"/>
        <source>What I have shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="52"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="58"/>
        <source>Each file you saved to share is listed here. You can take back what you shared at any time: make a withdrawal notice and send it to the coalition. They will then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="74"/>
        <source>Your withdrawal notice is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="79"/>
        <source>It is sealed so only the coalition can open it. It holds none of your words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="81"/>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="84"/>
        <source>Send this file to the coalition, the same way you sent what you shared. When they get it, they will delete those accounts. Until then, they still have what you sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="89"/>
        <source>Back to what I have shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="106"/>
        <source>You have not shared anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="118"/>
        <source>Shared on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="122"/>
        <source>Sealed for %2.
Code: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="127"/>
        <source>File name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="133"/>
        <source>Withdraw everything in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="135"/>
        <source>Make one notice that takes back every account in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="150"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="153"/>
        <source>Withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="160"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="161"/>
        <source>Withdraw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="163"/>
        <source>Make a notice that asks the coalition to delete this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="172"/>
        <source>An account you have since deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="173"/>
        <source>An account with no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="39"/>
        <source>Choose where to save the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/shared_page.py" line="197"/>
        <source>File name: %1
Folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpansModel</name>
    <message>
        <location filename="../../ui/export/spans_model.py" line="129"/>
        <source>you chose to take it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/spans_model.py" line="131"/>
        <source>“%1”: %2. Found because %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/spans_model.py" line="141"/>
        <source>Always taken out. You cannot keep this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/spans_model.py" line="143"/>
        <source>Will be taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/spans_model.py" line="144"/>
        <source>You chose to keep this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Testimony</name>
    <message>
        <location filename="../../ui/record/common.py" line="106"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/common.py" line="107"/>
        <source>Counted only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/common.py" line="108"/>
        <source>Words shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/common.py" line="109"/>
        <source>May be quoted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextsModel</name>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="59"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="84"/>
        <source>version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="86"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="29"/>
        <location filename="../../ui/coalition/themes_page.py" line="39"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="32"/>
        <source>Themes are what an account speaks about. Give them to records on the “Read the words” page. Reports count records by theme, and quote only records that have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="41"/>
        <source>Your themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="46"/>
        <source>The numbers are for your team only. Reports hide small numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="50"/>
        <location filename="../../ui/coalition/themes_page.py" line="51"/>
        <source>Theme name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="56"/>
        <source>Add a new theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="56"/>
        <source>Add a theme with this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="59"/>
        <source>Rename the chosen theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="59"/>
        <source>Give the chosen theme this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="64"/>
        <source>Theme to merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="65"/>
        <source>Merge the chosen theme into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="70"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="71"/>
        <source>Move every record of the chosen theme to the other, then remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="74"/>
        <source>Retire or bring back the chosen theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="75"/>
        <source>A retired theme keeps its records but is not offered or counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coalition/themes_page.py" line="98"/>
        <source>{0}: %n record(s)</source>
        <translation>
            <numerusform>{0}: %n record</numerusform>
            <numerusform>{0}: %n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="100"/>
        <source>(retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="120"/>
        <source>Bring back the chosen theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="122"/>
        <source>Retire the chosen theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="142"/>
        <source>Theme added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="147"/>
        <location filename="../../ui/coalition/themes_page.py" line="154"/>
        <location filename="../../ui/coalition/themes_page.py" line="162"/>
        <source>Choose a theme first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="149"/>
        <source>Theme renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="157"/>
        <source>Themes merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="164"/>
        <source>Theme brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/themes_page.py" line="164"/>
        <source>Theme retired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="46"/>
        <location filename="../../ui/unlock.py" line="98"/>
        <location filename="../../ui/unlock.py" line="133"/>
        <source>Open your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="49"/>
        <location filename="../../ui/unlock.py" line="152"/>
        <location filename="../../ui/unlock.py" line="153"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="59"/>
        <location filename="../../ui/unlock.py" line="60"/>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="72"/>
        <source>Opening your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="74"/>
        <source>Opening your vault. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="77"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="77"/>
        <source>Open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="83"/>
        <source>Choose another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="101"/>
        <source>Open “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="102"/>
        <source>Kept in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="117"/>
        <source>Too many wrong tries. This vault was destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="122"/>
        <source>%n more wrong passphrase(s), and this vault will be destroyed.</source>
        <translation>
            <numerusform>%n more wrong passphrase, and this vault will be destroyed.</numerusform>
            <numerusform>%n more wrong passphrases, and this vault will be destroyed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="145"/>
        <location filename="../../ui/unlock.py" line="146"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="148"/>
        <source>The code you wrote down when you made the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="150"/>
        <source>Use my passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="154"/>
        <source>The passphrase that opens this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="155"/>
        <source>Use my recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="187"/>
        <source>Type your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="188"/>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="263"/>
        <source>Please wait. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Please wait. You can try again in %n second.</numerusform>
            <numerusform>Please wait. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultChooserPage</name>
    <message>
        <location filename="../../ui/vault_chooser.py" line="32"/>
        <source>Choose a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="35"/>
        <source>Vaults on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="36"/>
        <source>Choose a vault, then press Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="43"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="43"/>
        <source>Open the chosen vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="47"/>
        <source>Remove from this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="48"/>
        <source>Testimony forgets where the vault is. The vault itself is not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="52"/>
        <source>Open a vault from another place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="53"/>
        <source>Find a vault folder, for example on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="55"/>
        <source>Make a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="58"/>
        <source>Open a backup copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="58"/>
        <source>Make a vault again from a backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="63"/>
        <source>Open a coalition workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="64"/>
        <source>For coalition staff: import and look at what people share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="69"/>
        <source>This laptop is shared (drop-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="70"/>
        <source>Keep no list of vaults and show nobody&apos;s name, for many people in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="107"/>
        <source>No list of vaults is kept here. Find your vault&apos;s folder to open it, for example on your USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="124"/>
        <source>{0}
in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="126"/>
        <source>{0}
Cannot be found now. Is the USB stick in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="102"/>
        <source>A vault is a locked folder for your accounts. Choose one to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="112"/>
        <source>Find your vault&apos;s folder to open it, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="143"/>
        <source>Choose a vault from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_chooser.py" line="160"/>
        <source>Find your vault&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorVaultPage</name>
    <message>
        <location filename="../../ui/visitor_vault.py" line="34"/>
        <source>Where to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="38"/>
        <source>Your own USB stick is best: you take it with you, and nothing of it stays on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="47"/>
        <location filename="../../ui/visitor_vault.py" line="48"/>
        <source>Another folder I choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="49"/>
        <source>On this laptop (it stays here after you go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="55"/>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="55"/>
        <source>Choose where to keep the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="59"/>
        <source>Look for USB sticks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="60"/>
        <source>Press this after putting a USB stick in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="97"/>
        <source>On the USB stick “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="125"/>
        <source>My accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="189"/>
        <location filename="../../ui/visitor_vault.py" line="201"/>
        <source>It will be kept on your USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="191"/>
        <location filename="../../ui/visitor_vault.py" line="203"/>
        <source>It will be kept on this laptop, in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/visitor_vault.py" line="197"/>
        <source>No folder chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <location filename="../../ui/record/voice.py" line="127"/>
        <source>Speak instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="130"/>
        <source>Record your answer with the microphone. It stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="146"/>
        <source>Time recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="151"/>
        <source>How loud the microphone hears you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="153"/>
        <location filename="../../ui/record/voice.py" line="376"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="154"/>
        <location filename="../../ui/record/voice.py" line="377"/>
        <source>Pause recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="156"/>
        <source>Stop and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="157"/>
        <source>Stop recording and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="194"/>
        <source>Testimony is not allowed to use the microphone. You can allow it in your computer&apos;s settings, or type your answer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="215"/>
        <source>No microphone was found. Plug one in, or type your answer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="224"/>
        <source>The microphone could not be started. You can type instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="245"/>
        <source>Recording. Speak when you are ready. Choose Stop when you have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="256"/>
        <source>Recording again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="262"/>
        <source>Paused. Nothing is being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="299"/>
        <location filename="../../ui/record/voice.py" line="300"/>
        <source>Speak again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="302"/>
        <source>You spoke for %1. It is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="306"/>
        <source>You can listen to it on the account&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="308"/>
        <source>Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="343"/>
        <source>The microphone stopped working. It may have been unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="348"/>
        <source>The microphone stopped sending sound. It may have been unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="356"/>
        <source>The microphone was unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="366"/>
        <source>Some of the recording could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="373"/>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/voice.py" line="374"/>
        <source>Carry on recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="20"/>
        <source>Welcome to Testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="23"/>
        <source>Testimony helps you write down what happened to you when you needed help in a crisis. You can keep it just for you, or choose to share it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="27"/>
        <source>What it keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="28"/>
        <source>Your answers to some questions, and anything else you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="29"/>
        <source>Where it keeps them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="32"/>
        <source>In a vault. A vault is a locked folder for your accounts. It can be on this computer, or on a USB stick that you keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="36"/>
        <source>Who can read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="39"/>
        <source>Only someone who knows your passphrase. A passphrase is like a password made of a few words. Without it, everything in the vault is scrambled and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="44"/>
        <source>Nothing is sent anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="47"/>
        <source>Testimony does not use the internet. Nothing leaves this computer unless you choose to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="53"/>
        <source>If you need to hide Testimony quickly, press Quick exit at the top, or press Ctrl+Shift+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="59"/>
        <source>Make a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="60"/>
        <source>Make a new locked folder for your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="64"/>
        <source>Open a vault I already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="65"/>
        <source>Find a vault on this computer or on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="71"/>
        <source>I work for the coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="72"/>
        <source>Open or make a coalition workspace, to import what people share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="77"/>
        <source>This laptop is shared (drop-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="78"/>
        <source>Keep no list of vaults and show nobody&apos;s name, for many people in turn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingPage</name>
    <message>
        <location filename="../../ui/export/export_steps.py" line="82"/>
        <source>Making your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="87"/>
        <source>How far it has got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="92"/>
        <location filename="../../ui/export/export_steps.py" line="99"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="92"/>
        <source>Stop. No file will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="105"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="109"/>
        <source>Getting your accounts ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="110"/>
        <source>Putting your accounts together…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="111"/>
        <source>Sealing it so only the coalition can open it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="112"/>
        <source>Saving the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export/export_steps.py" line="113"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ChoiceBase</name>
    <message>
        <location filename="../../ui/record/questions.py" line="76"/>
        <source>Clear my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record/questions.py" line="78"/>
        <source>Takes away your answer to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../ui/coalition/charts.py" line="44"/>
        <source>{0} ({1} suppressed, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coalition</name>
    <message>
        <location filename="../../ui/coalition/words.py" line="17"/>
        <source>That record is not here any more, or has no words. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/words.py" line="39"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/words.py" line="40"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/words.py" line="41"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/words.py" line="42"/>
        <source>Period (quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/words.py" line="43"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/words.py" line="44"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>That passphrase does not open this vault. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>That recovery code does not open this vault. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>This vault is damaged and cannot be opened safely. Nothing has been deleted. If you have a backup copy, open that instead, or ask someone you trust for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>This vault was made by a newer version of Testimony. Install the newest version to open it. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Testimony cannot find a vault there. If it is on a USB stick, put the stick in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>There is already a vault with that name there. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>The part of this vault that holds its lock is damaged or has been changed, so it will not open. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>Your vault is locked. Open it again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>Testimony cannot reach your vault. If it is on a USB stick, put the stick back in. What you typed is still on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>This account was made with a newer version of Testimony. This version cannot show its questions. Nothing has been changed or deleted. Update Testimony to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>This account is no longer here. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>Testimony&apos;s questions could not be loaded. Try installing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>One of the answers could not be saved. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>That file is not in a form Testimony can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>Testimony could not save in that place. Choose another folder, or check that the USB stick is not full or locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>That is the wrong kind of folder here. A coalition workspace and a personal vault are opened in different places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>That is not a coalition key. A coalition key starts with age1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>That file cannot be opened. It may be damaged or unfinished, or it was locked for someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>That file is not a Testimony export or a withdrawal notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>Nothing was shared. No account&apos;s choices allow it to be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>Testimony cannot find that export in this vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>That file cannot be added. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113"/>
        <source>That file is too large. Each file can be up to 50 MB. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="116"/>
        <source>That file is named like a photo, but it is not a photo Testimony can read. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>That photo is damaged or cut short. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>That PDF is damaged or cut short, so it cannot be read. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>Testimony can keep photos (PNG or JPEG), PDFs and plain text files. That file is none of these. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132"/>
        <source>That file is no longer in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>There is already a file with that name. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>That account is no longer in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="141"/>
        <source>There is not enough space on the disk. Nothing was lost. Make some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>This vault is older than its lock says. Someone may have put back an old copy, and newer accounts may be missing. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="151"/>
        <source>The passphrase of this vault was changed in another Testimony window. Lock it and open it again with the new passphrase. What you typed is still on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="157"/>
        <source>There have been several wrong tries. Please wait, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="161"/>
        <source>You stopped it. No file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="164"/>
        <source>Check the words of every account you chose first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="167"/>
        <source>There is already a file with that name there. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>That folder is not there any more. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>There is nothing to share in what you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>Testimony cannot find who this was sealed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="179"/>
        <source>The file could not be saved there. Choose another place, or check that the USB stick is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="185"/>
        <source>That folder is a person&apos;s vault, not a coalition workspace. Choose the workspace folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="190"/>
        <source>Something already exists there. Choose a new folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="194"/>
        <source>That change to the themes cannot be made. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="197"/>
        <source>That record is not in this workspace. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="200"/>
        <source>Something went wrong. Nothing has been changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="93"/>
        <source>May be quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="93"/>
        <source>Words for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="98"/>
        <source>Yes, by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="100"/>
        <source>No: automatic changes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coalition/reading_page.py" line="101"/>
        <source>Not known (older export)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
