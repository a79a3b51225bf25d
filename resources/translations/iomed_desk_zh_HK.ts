<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/about.py" line="32"/>
        <source>About IOMed Desk</source>
        <extracomment>(component, licence) for everything shipped with or loaded by the application</extracomment>
        <translation>關於 IOMed Desk</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/about.py" line="34"/>
        <source>IOMed Desk</source>
        <translation>IOMed Desk</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/about.py" line="36"/>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/about.py" line="39"/>
        <source>A desk for mediators: caucus notes kept apart for each party, disclosure only with the consents the case&apos;s rules require, in one encrypted case file. It opens no network connection, ever.</source>
        <translation>調解員的工作台：各當事方的單方會談筆記分開保存，只有在案件規則要求的同意齊備時才能披露，全部內容保存在一個加密的案件檔案中。本軟件從不建立任何網絡連接。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/about.py" line="45"/>
        <source>Python {py}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Python {py}，Qt {qt}，PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/about.py" line="49"/>
        <source>Licences</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>屏幕擷取</translation>
    </message>
</context>
<context>
    <name>Anchors</name>
    <message>
        <location filename="../../iomed_desk/gui/anchors.py" line="74"/>
        <source>The audit record of {file} does not contain the last state of this case seen on this computer: the file may have been rolled back, cut short, or replaced by an older backup.

Last seen here: event {seen_seq}, {seen_hash}
This file ends at: event {file_seq}, {file_hash}

Open it only if you restored an older copy on purpose; opening it is recorded in the case&apos;s audit log. Otherwise close it and find the newer file.</source>
        <translation>{file} 的審計記錄不包含本機上次所見的此案件狀態：該檔案可能已被回滾、截短，或被較舊的備份取代。

本機上次所見：事件 {seen_seq}，{seen_hash}
此檔案結束於：事件 {file_seq}，{file_hash}

僅當您有意還原較舊的副本時才開啟它；開啟操作將記錄在案件的審計日誌中。否則請關閉它並找出較新的檔案。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/anchors.py" line="83"/>
        <source>This case file is older than the one last seen here</source>
        <translation>此案件檔案比本機上次所見的更舊</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="173"/>
        <source>Who is in the room — %1</source>
        <translation>在場人員 — %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="176"/>
        <source>Untick anyone who is not here; add counsel, interpreters, experts and observers. Non-party attendees give a confidentiality undertaking.</source>
        <translation>取消剔選不在場的人員；加入律師、傳譯員、專家及觀察員。非當事方的出席者須作出保密承諾。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="181"/>
        <source>Attendance list</source>
        <translation>出席名單</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="181"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="181"/>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="189"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="181"/>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="189"/>
        <source>For</source>
        <translation>所屬方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="181"/>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="190"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="181"/>
        <source>Undertaking</source>
        <translation>保密承諾</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="188"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="189"/>
        <source>Name of the attendee to add</source>
        <translation>要加入的出席者姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="190"/>
        <source>no party</source>
        <translation>不代表任何當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="190"/>
        <source>language (interpreter)</source>
        <translation>語言（傳譯員）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="191"/>
        <source>&amp;Undertaking given</source>
        <translation>已作出保密承諾(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="188"/>
        <source>&amp;Add</source>
        <translation>加入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="188"/>
        <source>A&amp;dd someone:</source>
        <translation>加入人員(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="193"/>
        <source>&amp;Start the session</source>
        <translation>開始會議(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="199"/>
        <source>given</source>
        <translation>已作出</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="199"/>
        <source>refused</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="234"/>
        <source>%1 attend for another party than %2. Start the caucus with them in the room?</source>
        <translation>%1 代表的並非 %2，而是另一當事方。仍要在他們在場的情況下開始單方會談嗎？</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="50"/>
        <source>Mediator</source>
        <translation>調解員</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="51"/>
        <source>Representative</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="52"/>
        <source>Counsel</source>
        <translation>律師</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="53"/>
        <source>Interpreter</source>
        <translation>傳譯員</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="54"/>
        <source>Expert</source>
        <translation>專家</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="55"/>
        <source>Observer</source>
        <translation>觀察員</translation>
    </message>
</context>
<context>
    <name>AttestDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="72"/>
        <source>Attest after paper signatures</source>
        <translation>紙本簽署後作出證明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="82"/>
        <source>Once every paper signature is on the printed agreement, record who witnessed each, then the mediator attests: the attestation signs last and locks the PDF.</source>
        <translation>列印的和解協議上的所有紙本簽署齊備後，請記錄每個簽署的見證人，然後由調解員作出證明：證明最後加上，並鎖定該 PDF。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="85"/>
        <source>PDF awaiting paper signatures</source>
        <translation>等待紙本簽署的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="87"/>
        <source>&amp;Choose…</source>
        <translation>選擇(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="87"/>
        <source>Choose the PDF awaiting paper signatures</source>
        <translation>選擇等待紙本簽署的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="88"/>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="129"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="94"/>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="129"/>
        <source>Save the attested agreement as</source>
        <translation>將已證明的和解協議另存為</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="96"/>
        <source>Mediator identity file</source>
        <translation>調解員身份檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="97"/>
        <source>Passphrase of the identity file</source>
        <translation>身份檔案的密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="109"/>
        <source>&amp;Attest</source>
        <translation>作出證明(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="110"/>
        <source>Record the paper signatures and attest</source>
        <translation>記錄紙本簽署並作出證明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="114"/>
        <source>&amp;Verify…</source>
        <translation>驗證(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="121"/>
        <source>&amp;PDF:</source>
        <translation>PDF(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="128"/>
        <source>Save &amp;as:</source>
        <translation>另存為(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="129"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="131"/>
        <source>Mediator &amp;identity:</source>
        <translation>調解員身份(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="132"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="132"/>
        <source>Choose the mediator&apos;s identity file</source>
        <translation>選擇調解員身份檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="133"/>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>身份檔案 (*.p12 *.pfx);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="134"/>
        <source>Pass&amp;phrase:</source>
        <translation>密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="146"/>
        <source>Awaiting paper signatures: {exports}.</source>
        <translation>等待紙本簽署：{exports}。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="147"/>
        <source>export {n}, {file}</source>
        <translation>第 {n} 次匯出，{file}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="149"/>
        <source>No export of this case awaits paper signatures.</source>
        <translation>本案件沒有等待紙本簽署的匯出。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="171"/>
        <source>Looking up the PDF…</source>
        <translation>正在查找該 PDF…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="186"/>
        <source>Export {n}, awaiting the paper signatures of {parties}.</source>
        <translation>第 {n} 次匯出，等待 {parties} 的紙本簽署。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="194"/>
        <source>Who witnessed the paper signature of {party}</source>
        <translation>{party} 紙本簽署的見證人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="196"/>
        <source>Witness for {party}:</source>
        <translation>{party} 的見證人：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="214"/>
        <source>Attesting and checking the agreement…</source>
        <translation>正在作出證明並檢查和解協議…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="225"/>
        <source>{what}.
The final agreement: {file}
Signing records written beside it:
{files}</source>
        <translation>{what}。
最終和解協議：{file}
已在其旁寫入簽署記錄：
{files}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="245"/>
        <source>Mediator&apos;s attestation</source>
        <translation>調解員證明</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="133"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="134"/>
        <location filename="../../iomed_desk/gui/audit_page.py" line="136"/>
        <source>all parties</source>
        <translation>所有當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="136"/>
        <source>to %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="138"/>
        <source>consent of %1</source>
        <translation>%1 同意</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="141"/>
        <source>statutory exception %1</source>
        <translation>法定例外 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="143"/>
        <source>changed: %1</source>
        <translation>已更改：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="145"/>
        <source>revision %1</source>
        <translation>修訂版 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="147"/>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="206"/>
        <source>Audit log</source>
        <translation>審計記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="213"/>
        <source>Show actions</source>
        <translation>顯示操作</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="222"/>
        <source>Audit events</source>
        <translation>審計事件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="236"/>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iomed_desk/gui/audit_page.py" line="251"/>
        <source>%n event(s), newest first. The record is append-only and hash-chained.</source>
        <translation>
            <numerusform>共 %n 項事件，最新的在前。記錄只可追加，並以雜湊鏈相連。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="154"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="154"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="155"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="155"/>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="156"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="46"/>
        <source>Case created</source>
        <translation>已建立案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="47"/>
        <source>Note added</source>
        <translation>已新增筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="48"/>
        <source>Note edited</source>
        <translation>已編輯筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="49"/>
        <source>Note deleted</source>
        <translation>已刪除筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="51"/>
        <source>Session started</source>
        <translation>會議開始</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="52"/>
        <source>Session ended</source>
        <translation>會議結束</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="53"/>
        <source>Disclosed</source>
        <translation>已披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="54"/>
        <source>Disclosure revoked</source>
        <translation>已撤銷披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="55"/>
        <source>Backup written</source>
        <translation>已寫入備份</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="56"/>
        <source>Passphrase changed</source>
        <translation>已更改密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="57"/>
        <source>Draft started</source>
        <translation>已開始草案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="58"/>
        <source>Draft edited</source>
        <translation>已編輯草案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="59"/>
        <source>Draft version saved</source>
        <translation>已儲存草案版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="60"/>
        <source>Version tabled</source>
        <translation>已提交版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="61"/>
        <source>Position recorded</source>
        <translation>已記錄立場</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="62"/>
        <source>Agreement concluded</source>
        <translation>已訂立和解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="63"/>
        <source>Agreement exported</source>
        <translation>已匯出和解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="64"/>
        <source>Agreement reopened</source>
        <translation>已重新開啟和解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="97"/>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="98"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="99"/>
        <source>Sessions</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="100"/>
        <source>Disclosures</source>
        <translation>披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="101"/>
        <source>Drafting</source>
        <translation>草擬</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="102"/>
        <source>Positions</source>
        <translation>立場</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="103"/>
        <source>Agreement</source>
        <translation>和解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="107"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="50"/>
        <source>Released from confidence</source>
        <translation>已解除保密</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="65"/>
        <source>Case file upgraded</source>
        <translation>案件檔案已升級</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="66"/>
        <source>Opened without the remembered audit head</source>
        <translation>在缺少已記錄審計鏈頭的情況下開啟</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="67"/>
        <source>Time zone changed</source>
        <translation>時區已更改</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="68"/>
        <source>Signatories recorded</source>
        <translation>已記錄簽署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="69"/>
        <source>Agreement attested</source>
        <translation>和解協議已獲證明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="70"/>
        <source>Caucus material destroyed</source>
        <translation>單方會談材料已銷毀</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="71"/>
        <source>Destruction certificate written</source>
        <translation>已寫入銷毀證明書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="72"/>
        <source>Agreement to mediate recorded</source>
        <translation>已記錄調解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="73"/>
        <source>Attendance recorded</source>
        <translation>已記錄出席情況</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="74"/>
        <source>Departure recorded</source>
        <translation>已記錄離場</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="75"/>
        <source>Confidentiality undertaking recorded</source>
        <translation>已記錄保密承諾</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="76"/>
        <source>Authority to settle recorded</source>
        <translation>已記錄和解授權</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="77"/>
        <source>Declaration made</source>
        <translation>已作出聲明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="78"/>
        <source>Declaration answered</source>
        <translation>已回覆聲明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="79"/>
        <source>Retention period set</source>
        <translation>已設定保留期限</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="80"/>
        <source>Mediation terminated</source>
        <translation>調解已終止</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="81"/>
        <source>Termination record signed</source>
        <translation>已簽署終止記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="82"/>
        <source>Impartiality record exported</source>
        <translation>已匯出公正性記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="83"/>
        <source>Negotiation issue added</source>
        <translation>已新增談判議題</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="84"/>
        <source>Offer recorded</source>
        <translation>已記錄出價</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="85"/>
        <source>Offer destroyed</source>
        <translation>出價已銷毀</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="86"/>
        <source>Overlap check agreed</source>
        <translation>已議定重疊核查</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="87"/>
        <source>Overlap check round revealed</source>
        <translation>已公佈重疊核查的一輪結果</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="88"/>
        <source>Overlap check round abandoned</source>
        <translation>重疊核查的一輪已放棄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="89"/>
        <source>Offers ledger exported</source>
        <translation>已匯出報價記錄簿</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="90"/>
        <source>Exhibit imported</source>
        <translation>已匯入證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="91"/>
        <source>Exhibit revised</source>
        <translation>證據文件已修訂</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="92"/>
        <source>Exhibit deleted</source>
        <translation>證據文件已刪除</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="93"/>
        <source>Exhibit exported</source>
        <translation>已匯出證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="94"/>
        <source>Exhibit size limit set</source>
        <translation>已設定證據文件大小上限</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="104"/>
        <source>Process record</source>
        <translation>程序記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="105"/>
        <source>Offers</source>
        <translation>報價</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="106"/>
        <source>Exhibits</source>
        <translation>證據文件</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="39"/>
        <source>Working</source>
        <translation>正在處理</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="78"/>
        <source>The case</source>
        <translation>案件資料</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="79"/>
        <source>How the case is referred to, and the language of its documents.</source>
        <translation>案件的稱謂及其文件所用的語言。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="81"/>
        <source>Case reference</source>
        <translation>案件編號</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="82"/>
        <source>e.g. IOMed/2026/017</source>
        <translation>例如 IOMed/2026/017</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="84"/>
        <source>Case title</source>
        <translation>案件名稱</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="86"/>
        <source>Kind of dispute</source>
        <translation>爭議類型</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="87"/>
        <source>Interstate</source>
        <translation>國家間</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="88"/>
        <source>International commercial</source>
        <translation>國際商事</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="89"/>
        <source>Investment</source>
        <translation>投資</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="92"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="92"/>
        <source>Chinese (Simplified)</source>
        <translation>中文（簡體）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="93"/>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁體）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="95"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="97"/>
        <source>Second language</source>
        <translation>第二語言</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="98"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="106"/>
        <source>&amp;Reference:</source>
        <translation>編號(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="107"/>
        <source>&amp;Title:</source>
        <translation>名稱(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="108"/>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="109"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="110"/>
        <source>&amp;Second language:</source>
        <translation>第二語言(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="121"/>
        <source>The second language must differ from the first.</source>
        <translation>第二語言必須與第一語言不同。</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="31"/>
        <source>Case navigation</source>
        <translation>案件導覽</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="49"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="50"/>
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="51"/>
        <source>Channels</source>
        <translation>頻道</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="52"/>
        <source>Joint</source>
        <translation>聯席會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="56"/>
        <source>Mediator&apos;s notebook</source>
        <translation>調解員筆記簿</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="58"/>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="59"/>
        <source>Audit log</source>
        <translation>審計記錄</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="92"/>
        <source>Case overview — visible to you only</source>
        <extracomment>the keyboard path through a session (docs/user-guide.md&apos;s table, checked by tests/gui/test_keyboard_table.py)</extracomment>
        <translation>案件概覽 — 只有您可見</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="93"/>
        <source>Audit log — visible to you only</source>
        <translation>審計記錄 — 只有您可見</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="144"/>
        <source>Locked</source>
        <extracomment>how a search hit of another kind than a note opens (&quot;version&quot;, &quot;tabling&quot;: the Drafts page)</extracomment>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="178"/>
        <source>Single text</source>
        <translation>單一文本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="179"/>
        <source>Drafting</source>
        <translation>草擬</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="180"/>
        <source>The negotiating text — drafts are yours; parties see only what is tabled to them</source>
        <translation>談判文本 — 草案只有您可見；當事方只能看到向其提交的內容</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="195"/>
        <source>Offers</source>
        <translation>報價</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="196"/>
        <source>Offers ledger — private figures and caucus offers: visible to you only</source>
        <translation>報價記錄簿 — 私下數額及單方會談中的出價：只有您可見</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="212"/>
        <source>New note</source>
        <translation>新增筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="213"/>
        <source>Delete note…</source>
        <translation>刪除筆記…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="214"/>
        <source>Delete the note for good (the audit log keeps that it existed)</source>
        <translation>永久刪除該筆記（審計記錄會保留其曾存在的記錄）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="215"/>
        <source>Disclose…</source>
        <translation>披露…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="216"/>
        <source>Disclose this caucus note, with the consents the rules require</source>
        <translation>在取得規則要求的同意後披露這則單方會談筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="218"/>
        <source>Attendance…</source>
        <translation>出席情況…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="220"/>
        <source>Record who leaves and who arrives late while the session runs</source>
        <translation>在會議進行期間記錄誰離場、誰遲到</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="221"/>
        <source>Find…</source>
        <translation>尋找…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="222"/>
        <source>Import exhibit…</source>
        <translation>匯入證據文件…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="223"/>
        <source>Import files into the channel on screen as exhibits (or drop them on the channel)</source>
        <translation>將檔案作為證據文件匯入屏幕上的頻道（或將檔案拖放至頻道上）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="225"/>
        <source>Export and sign the agreement…</source>
        <translation>匯出並簽署和解協議…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="226"/>
        <source>Render the concluded agreement, collect the signatures in the room and save the signed PDF</source>
        <translation>產生已訂立的和解協議，在現場收集簽署，並儲存已簽署的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="228"/>
        <source>Copy securely</source>
        <translation>安全複製</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="229"/>
        <source>Copy the selection (or the whole note); the clipboard is marked secret and cleared after the countdown</source>
        <translation>複製所選內容（或整則筆記）；剪貼簿內容標示為機密，並在倒數結束後清除</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="232"/>
        <source>Start caucus with the party on screen</source>
        <translation>與屏幕上的當事方開始單方會談</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="234"/>
        <source>Start a caucus with the party whose channel is open</source>
        <translation>與目前開啟其頻道的當事方開始單方會談</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="235"/>
        <source>Show the sidebar</source>
        <translation>顯示側邊欄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="237"/>
        <source>Show or fold away the case navigation (more room on a small screen)</source>
        <translation>顯示或收起案件導覽（在小屏幕上騰出更多空間）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="262"/>
        <source>Go to channel</source>
        <extracomment>the tips of the actions whose tip says why they are off, while they are on</extracomment>
        <translation>前往頻道</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="268"/>
        <source>Channel %1</source>
        <translation>頻道 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="316"/>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="318"/>
        <source>Exhibits</source>
        <translation>證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="389"/>
        <source>Search results as %1 would see them</source>
        <translation>按 %1 的視角顯示的搜尋結果</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="392"/>
        <source>Search results as the joint screen would show them — what every party may see</source>
        <translation>按聯席屏幕的顯示方式列出的搜尋結果 — 所有當事方均可見的內容</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="395"/>
        <source>Search results from every channel — confidential material of every party, visible to you only</source>
        <translation>來自所有頻道的搜尋結果 — 包含各當事方的保密材料，只有您可見</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="469"/>
        <source>No note on screen: open a channel (Ctrl+1, Ctrl+2, …) and choose a note</source>
        <translation>屏幕上沒有筆記：請開啟一個頻道（Ctrl+1、Ctrl+2…）並選擇一則筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="472"/>
        <source>The %1 tab is on screen: go back to the Notes tab to act on a note</source>
        <translation>目前顯示的是「%1」分頁：請返回「筆記」分頁處理筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="475"/>
        <source>This note is disclosed here from another channel: act on it in its own channel</source>
        <translation>此筆記是從另一頻道披露至此的：請在其所屬頻道中處理</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="477"/>
        <source>No note on screen: choose one in the list</source>
        <translation>屏幕上沒有筆記：請在清單中選擇一則</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="496"/>
        <source>Every party sees the Joint channel&apos;s exhibits already</source>
        <translation>各當事方已能看到聯席會議頻道的證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="497"/>
        <source>Choose one of this channel&apos;s exhibits to disclose it</source>
        <translation>請選擇此頻道的一份證據文件以作披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="501"/>
        <source>Every party sees the Joint channel&apos;s notes already</source>
        <translation>各當事方已能看到聯席會議頻道的筆記</translation>
    </message>
    <message>
        <source>Note added to %1</source>
        <translation type="vanished">已新增筆記至 %1</translation>
    </message>
    <message>
        <source>Delete the note “%1”? Its text is removed from the case file for good; the audit log keeps that it existed.</source>
        <translation type="vanished">刪除筆記「%1」？其內容將從案件檔案中永久移除；審計記錄會保留其曾存在的記錄。</translation>
    </message>
    <message>
        <source>Copied — the clipboard is cleared in %1 s</source>
        <translation type="vanished">已複製 — 剪貼簿將於 %1 秒後清除</translation>
    </message>
    <message>
        <source>Open a party&apos;s channel first (Ctrl+2, Ctrl+3, …), then start the caucus.</source>
        <translation type="vanished">請先開啟一方當事方的頻道（Ctrl+2、Ctrl+3…），再開始單方會談。</translation>
    </message>
    <message>
        <source>This is a version of the negotiating text; open it from its draft.</source>
        <translation type="vanished">這是談判文本的一個版本；請從其所屬草案中開啟。</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>Agreement reopened</source>
        <translation>已重新開啟和解協議</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>已披露</translation>
    </message>
    <message>
        <source>Disclosure revoked</source>
        <translation>已撤銷披露</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>草案已儲存</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>沒有更改</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>已新增筆記</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>已刪除筆記</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>已更改密碼短語</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>Joint session started</source>
        <translation>聯席會議已開始</translation>
    </message>
    <message>
        <source>Caucus with %1 started</source>
        <translation>與%1的單方會談已開始</translation>
    </message>
    <message>
        <source>Session ended after %1 min</source>
        <translation>會議已結束，歷時%1分鐘</translation>
    </message>
    <message>
        <source>Backup written to %1; its audit record contains head %2</source>
        <translation>備份已寫入%1；其審計記錄包含審計鏈頭 %2</translation>
    </message>
    <message>
        <source>Opened although older than the case last seen here</source>
        <translation>已開啟，儘管此檔案比本機上次所見的案件更舊</translation>
    </message>
    <message>
        <source>Signatories of %1 recorded</source>
        <translation>已記錄 %1 的簽署人</translation>
    </message>
    <message>
        <source>Time zone of the place set to %1</source>
        <translation>調解地時區已設為 %1</translation>
    </message>
    <message>
        <source>Case closed: %1 notes (%2 revisions), %3 positions and %4 offers destroyed</source>
        <translation>已結案：已銷毀 %1 則筆記（%2 個修訂版）、%3 項立場及 %4 項出價</translation>
    </message>
    <message>
        <source>Case closed: %1 notes (%2 revisions) and %3 positions destroyed</source>
        <translation>已結案：已銷毀 %1 則筆記（%2 個修訂版）及 %3 項立場</translation>
    </message>
    <message>
        <source>The case was already closed on %1; its file was written anew</source>
        <translation>本案已於 %1 結案；其檔案已重新寫入</translation>
    </message>
    <message>
        <source>%1 accepts the %2 remaining clauses</source>
        <translation>%1 接受其餘 %2 項條款</translation>
    </message>
    <message>
        <source>Largest exhibit set to %1</source>
        <translation>證據文件大小上限已設為 %1</translation>
    </message>
    <message>
        <source>Exhibit %1 added</source>
        <translation>已加入證據文件 %1</translation>
    </message>
    <message>
        <source>New revision of the exhibit saved</source>
        <translation>已儲存證據文件的新修訂版</translation>
    </message>
    <message>
        <source>Exhibit %1 exported (SHA-256 %2)</source>
        <translation>已匯出證據文件 %1（SHA-256 %2）</translation>
    </message>
    <message>
        <source>Agreement exported to %1, awaiting the paper signatures</source>
        <translation>和解協議已匯出至 %1，等待紙本簽署</translation>
    </message>
    <message>
        <source>Paper signatures recorded and the agreement attested in %1</source>
        <translation>已記錄紙本簽署，和解協議已在 %1 中獲證明</translation>
    </message>
    <message>
        <source>Impartiality record written to %1</source>
        <translation>公正性記錄已寫入 %1</translation>
    </message>
    <message>
        <source>Private figure of %1 noted in its caucus</source>
        <translation>已在單方會談中記下 %1 的私下數額</translation>
    </message>
    <message>
        <source>Demand of %1 recorded</source>
        <translation>已記錄 %1 的要價</translation>
    </message>
    <message>
        <source>Offer of %1 recorded</source>
        <translation>已記錄 %1 的出價</translation>
    </message>
    <message>
        <source>Overlap check agreed: %1 round(s)</source>
        <translation>已議定重疊核查：共 %1 輪</translation>
    </message>
    <message>
        <source>Round %1 of %2: each party types its limit on the handover screen</source>
        <translation>第 %1 輪（共 %2 輪）：各當事方在移交畫面上輸入其底線</translation>
    </message>
    <message>
        <source>The round was cancelled; nothing was sealed</source>
        <translation>本輪已取消；未封存任何內容</translation>
    </message>
    <message>
        <source>Limit of %1 sealed</source>
        <translation>已封存 %1 的底線</translation>
    </message>
    <message>
        <source>No round is in progress</source>
        <translation>沒有正在進行的一輪</translation>
    </message>
    <message>
        <source>Round %1 cancelled; nothing of it was kept</source>
        <translation>第 %1 輪已取消；其內容均未保留</translation>
    </message>
    <message>
        <source>Offers ledger written to %1</source>
        <translation>報價記錄簿已寫入 %1</translation>
    </message>
    <message>
        <source>Issue %1 added</source>
        <translation>已新增議題 %1</translation>
    </message>
    <message>
        <source>Round %1: the limits overlap</source>
        <translation>第 %1 輪：雙方底線重疊</translation>
    </message>
    <message>
        <source>Round %1: the limits overlap; figure by the agreed rule: %2</source>
        <translation>第 %1 輪：雙方底線重疊；按議定規則得出的數額：%2</translation>
    </message>
    <message>
        <source>Round %1: there is a gap</source>
        <translation>第 %1 輪：存在差距</translation>
    </message>
    <message>
        <source>Round %1: there is a gap, within %2 %</source>
        <translation>第 %1 輪：存在差距，在 %2 % 以內</translation>
    </message>
    <message>
        <source>Round %1: there is a gap, more than %2 %</source>
        <translation>第 %1 輪：存在差距，超過 %2 %</translation>
    </message>
    <message>
        <source>Round %1: there is a gap, within %2 days</source>
        <translation>第 %1 輪：存在差距，在 %2 日以內</translation>
    </message>
    <message>
        <source>Round %1: there is a gap, more than %2 days</source>
        <translation>第 %1 輪：存在差距，超過 %2 日</translation>
    </message>
    <message>
        <source>Declaration recorded</source>
        <translation>已記錄聲明</translation>
    </message>
    <message>
        <source>%1 %2 the declaration</source>
        <translation>%1 %2該聲明</translation>
    </message>
    <message>
        <source>%1 recorded as attending</source>
        <translation>已記錄 %1 出席</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 已離場</translation>
    </message>
    <message>
        <source>Confidentiality undertaking of %1 recorded</source>
        <translation>已記錄 %1 的保密承諾</translation>
    </message>
    <message>
        <source>Authority of %1 (%2) recorded</source>
        <translation>已記錄 %1（%2）的授權</translation>
    </message>
    <message>
        <source>Mediation ended: %1</source>
        <translation>調解已結束：%1</translation>
    </message>
    <message>
        <source>Termination record signed (%1)</source>
        <translation>已簽署終止記錄（%1）</translation>
    </message>
    <message>
        <source>Caucus material kept %1 days after the mediation ends</source>
        <translation>單方會談材料在調解結束後保留 %1 日</translation>
    </message>
    <message>
        <source>Proceeding without an agreement to mediate: reason recorded</source>
        <translation>在沒有調解協議的情況下進行：已記錄理由</translation>
    </message>
    <message>
        <source>Agreement to mediate recorded (%1)</source>
        <translation>已記錄調解協議（%1）</translation>
    </message>
    <message>
        <source>Exhibit deleted</source>
        <translation>證據文件已刪除</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="vanished">備份已寫入%1</translation>
    </message>
    <message>
        <source>Draft “%1” created</source>
        <translation>已建立草案「%1」</translation>
    </message>
    <message>
        <source>Version %1 saved</source>
        <translation>第%1版已儲存</translation>
    </message>
    <message>
        <source>Version %1 tabled to all parties</source>
        <translation>第%1版已提交全體當事方</translation>
    </message>
    <message>
        <source>Version %1 tabled to %2</source>
        <translation>第 %1 版已提交予 %2</translation>
    </message>
    <message>
        <source>%1 accepts %2</source>
        <translation>%1接受%2</translation>
    </message>
    <message>
        <source>%1 rejects %2</source>
        <translation>%1拒絕%2</translation>
    </message>
    <message>
        <source>%1 reserves its position on %2</source>
        <translation>%1對%2保留立場</translation>
    </message>
    <message>
        <source>Agreement concluded on version %1</source>
        <translation>和解協議已按第%1版訂立</translation>
    </message>
    <message>
        <source>Agreement exported to %1</source>
        <translation>和解協議已匯出至%1</translation>
    </message>
    <message>
        <source>Released from confidence</source>
        <translation>已解除保密</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="13"/>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="32"/>
        <source>Change passphrase</source>
        <translation>更改密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="15"/>
        <source>The case file is re-encrypted under the new passphrase. If this is interrupted, the file keeps the old one; nothing is lost.</source>
        <translation>案件檔案將以新密碼短語重新加密。如過程被中斷，檔案仍使用舊密碼短語，不會遺失任何內容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="19"/>
        <source>Current passphrase</source>
        <translation>目前密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="20"/>
        <source>New passphrase</source>
        <translation>新密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="21"/>
        <source>Repeat the new passphrase</source>
        <translation>再次輸入新密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="26"/>
        <source>&amp;Current passphrase:</source>
        <translation>目前密碼短語(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="27"/>
        <source>&amp;New passphrase:</source>
        <translation>新密碼短語(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="29"/>
        <source>&amp;Repeat:</source>
        <translation>再次輸入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="50"/>
        <source>The two new passphrases differ.</source>
        <translation>兩次輸入的新密碼短語不一致。</translation>
    </message>
</context>
<context>
    <name>ChangeValue</name>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="55"/>
        <source>paper</source>
        <extracomment>what was shown, for tests: (kind, title, text) the English words the app puts into some templates&apos; places: template -&gt; place -&gt; word -&gt; (context &quot;ChangeValue&quot;)</extracomment>
        <translation>紙本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="56"/>
        <source>digital</source>
        <translation>電子簽署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="57"/>
        <source>without one</source>
        <translation>未簽訂</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="59"/>
        <source>acknowledged</source>
        <translation>已確認</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="60"/>
        <source>objected to</source>
        <translation>反對</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="62"/>
        <source>settled</source>
        <translation>和解</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="63"/>
        <source>partially settled</source>
        <translation>部分和解</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="64"/>
        <source>not settled</source>
        <translation>未能和解</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="65"/>
        <source>withdrawn by a party</source>
        <translation>一方退出</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="66"/>
        <source>terminated by the mediator</source>
        <translation>由調解員終止</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="34"/>
        <source>Joint</source>
        <translation>聯席會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="36"/>
        <source>Mediator&apos;s notebook</source>
        <translation>調解員筆記簿</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="37"/>
        <source>Caucus — %1</source>
        <translation>單方會談 — %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="69"/>
        <source>Confidential — caucus with %1</source>
        <translation>保密 — 與 %1 的單方會談</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="71"/>
        <source>Joint — visible to all parties</source>
        <translation>聯席會議 — 所有當事方可見</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="72"/>
        <source>Mediator&apos;s notebook — visible to you only</source>
        <translation>調解員筆記簿 — 只有您可見</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="94"/>
        <source>Clause being edited</source>
        <extracomment>below this width per language, the languages are stacked one above the other instead of side by side</extracomment>
        <translation>正在編輯的條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="122"/>
        <source>Heading</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="123"/>
        <source>Heading in %1</source>
        <translation>%1標題</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="130"/>
        <source>Text of the clause</source>
        <translation>條款正文</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="131"/>
        <source>Text in %1</source>
        <translation>%1正文</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="188"/>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="198"/>
        <source>Clause %1 of %2</source>
        <translation>第 %1 條，共 %2 條</translation>
    </message>
    <message>
        <source>No clauses yet: use “Add clause” (Ctrl+Shift+N) for a blank clause or a template.</source>
        <translation type="vanished">尚無條款：使用「加入條款」（Ctrl+Shift+N）加入空白條款或從範本加入。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="190"/>
        <source>No clauses yet: use “Add clause” (Ctrl+Alt+N) for a blank clause or a template.</source>
        <translation>尚無條款：使用「加入條款」（Ctrl+Alt+N）新增空白條款或範本條款。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="289"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="291"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="293"/>
        <source>Remove clause</source>
        <translation>刪除條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="295"/>
        <source>Blank clause</source>
        <translation>空白條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="296"/>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="330"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="297"/>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="331"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="303"/>
        <source>From a template</source>
        <translation>來自範本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="305"/>
        <source>Clause templates</source>
        <translation>條款範本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="318"/>
        <source>Add clause</source>
        <translation>加入條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="319"/>
        <source>Add a clause after the selected one</source>
        <translation>在所選條款之後加入條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="320"/>
        <source>Add a blank clause (Ctrl+Alt+N), or one from a template</source>
        <translation>新增空白條款（Ctrl+Alt+N），或從範本新增</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="339"/>
        <source>This text is final</source>
        <translation>此文本已為最終版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="340"/>
        <source>Reopen…</source>
        <translation>重新開啟…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="341"/>
        <source>Reopen the concluded agreement, with a reason</source>
        <translation>重新開啟已訂立的和解協議，並說明理由</translation>
    </message>
    <message>
        <source>Add a blank clause (Ctrl+Shift+N), or one from a template</source>
        <translation type="vanished">加入空白條款（Ctrl+Shift+N），或從範本加入</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="327"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="327"/>
        <source>Remove the selected clause (Delete)</source>
        <translation>刪除所選條款（Delete）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="328"/>
        <source>↑ Up</source>
        <translation>↑ 上移</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="328"/>
        <source>Move the clause up (Alt+Up)</source>
        <translation>上移條款（Alt+Up）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="329"/>
        <source>↓ Down</source>
        <translation>↓ 下移</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="329"/>
        <source>Move the clause down (Alt+Down)</source>
        <translation>下移條款（Alt+Down）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="330"/>
        <source>Undo the last clause operation (Ctrl+Z)</source>
        <translation>復原上一次條款操作（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="331"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="332"/>
        <source>Save version…</source>
        <translation>儲存版本…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="334"/>
        <source>Save the text as a new version</source>
        <translation>將文本儲存為新版本</translation>
    </message>
</context>
<context>
    <name>ClauseList</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_list.py" line="139"/>
        <source>Untitled clause</source>
        <translation>無標題條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_list.py" line="149"/>
        <source>Clause %1: %2</source>
        <translation>第 %1 條：%2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_list.py" line="151"/>
        <source>Clause %1 — drag, or press Alt+Up / Alt+Down, to move it</source>
        <translation>第 %1 條 — 拖動或按 Alt+Up / Alt+Down 可移動</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_list.py" line="260"/>
        <source>Clauses</source>
        <translation>條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_list.py" line="261"/>
        <source>The clauses of the draft in order. Alt+Up and Alt+Down move the selected clause; Delete removes it.</source>
        <translation>按次序列出的草案條款。Alt+Up 及 Alt+Down 移動所選條款；Delete 刪除所選條款。</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose the party&apos;s colour</source>
        <translation type="vanished">選擇當事方的顏色</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="46"/>
        <source>Choose the party&apos;s colour (Space)</source>
        <translation>選擇當事方的顏色（空格鍵）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="55"/>
        <source>Party colour {colour}</source>
        <translation>當事方顏色 {colour}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="61"/>
        <source>Party colour</source>
        <translation>當事方顏色</translation>
    </message>
</context>
<context>
    <name>ConcludeDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="38"/>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="73"/>
        <source>Conclude agreement</source>
        <translation>訂立和解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="39"/>
        <source>Conclude “%1”, version %2, as the agreement?</source>
        <translation>將「%1」第 %2 版訂立為和解協議？</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="47"/>
        <source>accepted all %1 clauses</source>
        <translation>已接受全部 %1 條條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="51"/>
        <source>Version %1, saved %2 by %3.</source>
        <translation>第 %1 版，由 %3 於 %2 儲存。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="53"/>
        <source>Parties</source>
        <translation>當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="58"/>
        <source>Fingerprint of the agreed text</source>
        <translation>議定文本的指紋</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="62"/>
        <source>This is the fingerprint of the draft version. The exported PDF prints its own agreement fingerprint (SHA-256 of the canonical text: the clauses in every language with the parties, signatories, place and date), which differs from this draft fingerprint; verify checks that one.</source>
        <translation>這是草案版本的指紋。匯出的 PDF 會印上其本身的和解協議指紋（規範文本的 SHA-256：各語言的條款，連同當事方、簽署人、地點及日期），與此草案指紋不同；驗證時核對的是前者。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="67"/>
        <source>The text is frozen under this fingerprint, the case becomes settled and the conclusion is recorded in the audit log. Until the agreement is exported it can be reopened, with a recorded reason.</source>
        <translation>文本將以此指紋凍結，案件狀態變為已和解，訂立情況記入審計記錄。在和解協議匯出之前，可以重新開啟，但須記錄理由。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="83"/>
        <source>Draft fingerprint (SHA-256 of this version&apos;s text)</source>
        <translation>草案指紋（此版本文本的 SHA-256）</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256 of the canonical text)</source>
        <translation type="vanished">指紋（規範文本的 SHA-256）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="135"/>
        <source>Agreement concluded on version %1 and exported: it is final.</source>
        <translation>已按第 %1 版訂立並匯出和解協議：協議已為最終版本。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="137"/>
        <source>✓ Agreement concluded on version %1, %2 · fingerprint %3…</source>
        <translation>✓ 已按第 %1 版訂立和解協議，%2 · 指紋 %3…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="141"/>
        <source>Every party has accepted every clause of version %1: ready to conclude.</source>
        <translation>各當事方均已接受第 %1 版的全部條款：可以訂立。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="146"/>
        <source>%1 positions still to be accepted.</source>
        <translation>尚有 %1 項立場待接受。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="147"/>
        <source>Not ready to conclude: %1</source>
        <translation>尚不能訂立：%1</translation>
    </message>
</context>
<context>
    <name>ConfidentialityBanner</name>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="81"/>
        <source>Confidentiality banner</source>
        <translation>保密橫額</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="93"/>
        <source>Case overview — visible to you only</source>
        <translation>案件概覽 — 只有您可見</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="22"/>
        <source>Said in caucus</source>
        <translation>在單方會談中口頭表示</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="23"/>
        <source>In writing</source>
        <translation>書面</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="24"/>
        <source>Signed on screen</source>
        <translation>在螢幕上簽署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="85"/>
        <source>%1 consents</source>
        <translation>%1 表示同意</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="86"/>
        <source>Consent of %1</source>
        <translation>%1 的同意</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="87"/>
        <source>Given by (name)</source>
        <translation>同意人（姓名）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="88"/>
        <source>Consent of %1 given by</source>
        <translation>代表 %1 表示同意的人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="135"/>
        <source>How the consents were given</source>
        <translation>同意的表示方式</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="139"/>
        <source>Optional — e.g. the other side&apos;s counsel or a co-mediator</source>
        <translation>可選 — 例如對方律師或共同調解員</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="140"/>
        <source>Witnessed by</source>
        <translation>見證人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="145"/>
        <source>&amp;How given:</source>
        <translation>表示方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="147"/>
        <source>&amp;Witnessed by:</source>
        <translation>見證人(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="51"/>
        <source>Create a mediator identity</source>
        <translation>建立調解員身份</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="56"/>
        <source>Name on the certificate</source>
        <translation>證書上的姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="58"/>
        <source>Organisation (optional)</source>
        <translation>機構（可選）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="60"/>
        <source>New identity file</source>
        <translation>新身份檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="61"/>
        <source>Passphrase of the new identity</source>
        <translation>新身份的密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="62"/>
        <source>Repeat the passphrase</source>
        <translation>再次輸入密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="68"/>
        <source>&amp;Create</source>
        <translation>建立(&amp;C)</translation>
    </message>
    <message>
        <source>A key and a certificate that sign the attestation and can issue certificates to the parties in the room. The passphrase cannot be recovered: keep it safe.</source>
        <translation type="vanished">一對密鑰及證書，用於簽署證明，並可在現場向當事方簽發證書。密碼短語無法取回，請妥善保管。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="73"/>
        <source>Two keys: one signs the attestation; the other, kept in a second file beside it, only issues certificates to the parties in the room. The passphrase (the same for both) cannot be recovered: keep it safe.</source>
        <translation>兩個密鑰：一個用於簽署證明；另一個保存在旁邊的第二個檔案中，只用於在現場向當事方簽發證書。密碼短語（兩者相同）無法取回，請妥善保管。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="76"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="77"/>
        <source>&amp;Organisation:</source>
        <translation>機構(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="78"/>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="79"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="79"/>
        <source>Save the new identity as</source>
        <translation>將新身份另存為</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="80"/>
        <source>Identity files (*.p12)</source>
        <translation>身份檔案 (*.p12)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="81"/>
        <source>&amp;Passphrase:</source>
        <translation>密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="83"/>
        <source>&amp;Repeat:</source>
        <translation>再次輸入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="92"/>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的密碼短語不一致。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="103"/>
        <source>Creating the identity…</source>
        <translation>正在建立身份…</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="59"/>
        <source>Party consent (ICSID Mediation Rules style)</source>
        <translation>當事方同意（ICSID 調解規則模式）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="60"/>
        <source>UNCITRAL Model Law on International Commercial Mediation (2018)</source>
        <translation>《貿易法委員會國際商事調解示範法》（2018 年）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="61"/>
        <source>Hong Kong Mediation Ordinance (Cap. 620), s.8</source>
        <translation>香港《調解條例》（第 620 章）第 8 條</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="66"/>
        <source>Nothing leaves a caucus without the authorisation of the party it came from.</source>
        <translation>未經提供資料的當事方授權，任何單方會談內容均不得披露。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="67"/>
        <source>The mediator may disclose a party&apos;s information unless the party gave it on condition of confidentiality.</source>
        <translation>調解員可披露一方當事方提供的資料，但該當事方以保密為條件提供者除外。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="69"/>
        <source>Disclosure needs the consent of every party, every mediator and the person who made the communication, or one of the statutory exceptions.</source>
        <translation>披露須經每一當事方、每一調解員及作出該通訊的人同意，或符合其中一項法定例外情況。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="76"/>
        <source>All parties (joint)</source>
        <translation>所有當事方（聯席）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="79"/>
        <source>The mediator</source>
        <translation>調解員</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="93"/>
        <source>Disclose a note</source>
        <translation>披露筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="95"/>
        <source>Disclose “%1”</source>
        <translation>披露「%1」</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="101"/>
        <source>From: %1. This case runs under %2: %3</source>
        <translation>來源：%1。本案適用%2：%3</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="128"/>
        <source>Disclose to</source>
        <translation>披露對象</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="134"/>
        <source>Disclose to %1</source>
        <translation>披露予 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="141"/>
        <source>Consents on record</source>
        <translation>已記錄的同意</translation>
    </message>
    <message>
        <source>%1 consents</source>
        <translation type="vanished">%1 表示同意</translation>
    </message>
    <message>
        <source>Consent of %1</source>
        <translation type="vanished">%1 的同意</translation>
    </message>
    <message>
        <source>Given by (name)</source>
        <translation type="vanished">同意人（姓名）</translation>
    </message>
    <message>
        <source>Consent of %1 given by</source>
        <translation type="vanished">代表 %1 表示同意的人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="272"/>
        <source>These rules require no consent for this item; the disclosure is still recorded in the audit log.</source>
        <translation>根據這些規則，此項無須同意；但披露仍會記入審計記錄。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="150"/>
        <source>Statutory exception</source>
        <translation>法定例外情況</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="93"/>
        <source>Disclose an exhibit</source>
        <translation>披露證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="107"/>
        <source>Which revision is disclosed</source>
        <translation>披露的修訂版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="111"/>
        <source>Came from</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="112"/>
        <source>The party whose information this exhibit holds: its consent is what the rules ask for.</source>
        <translation>此證據文件所載資料所屬的當事方：規則要求的是該當事方的同意。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="114"/>
        <source>The party whose information this note holds: its consent is what the rules ask for.</source>
        <translation>本筆記所載資料來自哪一當事方：規則要求的是該當事方的同意。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="117"/>
        <source>Several parties</source>
        <translation>多個當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="119"/>
        <source>Came from %1</source>
        <translation>來自 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="151"/>
        <source>None — the consents above are on record</source>
        <translation>無 — 上述同意已記錄在案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="155"/>
        <source>Or a statutory exception (Cap. 620, s.8(2)(b)–(g))</source>
        <translation>或法定例外情況（第 620 章第 8(2)(b)–(g) 條）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="160"/>
        <source>Note for the record (optional)</source>
        <translation>記錄備註（可選）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="161"/>
        <source>Note for the record</source>
        <translation>記錄備註</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="167"/>
        <source>Why the disclosure was refused</source>
        <translation>披露被拒絕的原因</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="170"/>
        <source>Disclosures of this note</source>
        <translation>此筆記的披露記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="170"/>
        <source>Disclosures of this exhibit</source>
        <translation>此證據文件的披露記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="172"/>
        <source>To</source>
        <translation>對象</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="172"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="172"/>
        <source>On the strength of</source>
        <translation>依據</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="172"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="173"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="184"/>
        <source>Revoke…</source>
        <translation>撤銷…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="185"/>
        <source>Revoke the selected disclosure</source>
        <translation>撤銷所選披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="194"/>
        <source>Disclose</source>
        <translation>披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="195"/>
        <source>Record the disclosure</source>
        <translation>記錄此次披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="264"/>
        <source>The consents it needs depend on where it came from.</source>
        <translation>所需的同意取決於資料來源。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="280"/>
        <source>Choose which party this came from, or several.</source>
        <translation>請選擇資料來自哪一當事方，或來自多個當事方。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="282"/>
        <source>Choose who the exhibit is disclosed to.</source>
        <translation>請選擇向誰披露此證據文件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="283"/>
        <source>Choose who the note is disclosed to.</source>
        <translation>請選擇筆記的披露對象。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="285"/>
        <source>Recorded on the statutory ground chosen; no consent is needed.</source>
        <translation>按所選法定理由記錄；無須同意。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="287"/>
        <source>Still needed: %1</source>
        <translation>尚需：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="289"/>
        <source>Every consent these rules require is on record.</source>
        <translation>這些規則要求的所有同意均已記錄在案。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="299"/>
        <source>Discloses %1 — the file as it is now.</source>
        <translation>披露%1 — 即檔案的目前狀態。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="301"/>
        <source>Discloses revision %1 — the text as it is now.</source>
        <translation>披露修訂版 %1 — 即目前文本。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="309"/>
        <source>All parties already see this revision.</source>
        <translation>所有當事方已能看到此修訂版。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="310"/>
        <source>%1 already sees this revision.</source>
        <translation>%1 已能看到此修訂版。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="312"/>
        <source>All parties see revision %1 until this disclosure is recorded.</source>
        <translation>在記錄本次披露之前，所有當事方看到的是修訂版 %1。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="314"/>
        <source>%1 sees revision %2 until this disclosure is recorded.</source>
        <translation>在記錄本次披露之前，%1 看到的是修訂版 %2。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosable.py" line="41"/>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="341"/>
        <source>revision %1</source>
        <extracomment>the text the audience will see, in words (&quot;revision 3&quot;, or &quot;file revision 2: survey.pdf, SHA-256 …&quot;)</extracomment>
        <translation>修訂版 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosable.py" line="49"/>
        <source>file revision %1 (%2, SHA-256 %3…)</source>
        <translation>檔案修訂版 %1（%2，SHA-256 %3…）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="354"/>
        <source>Revoke the disclosure to %1? It stops from now on; the audit log keeps that it happened.</source>
        <translation>撤銷對 %1 的披露？披露將自即時起停止；審計記錄會保留其曾發生的記錄。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="395"/>
        <source>No consent required</source>
        <translation>無須同意</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="397"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="402"/>
        <source>witnessed by %1</source>
        <translation>見證人：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="404"/>
        <source>came from several parties</source>
        <translation>來自多個當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="406"/>
        <source>came from %1</source>
        <translation>來自 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="412"/>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="414"/>
        <source>Revoked %1</source>
        <translation>已於 %1 撤銷</translation>
    </message>
</context>
<context>
    <name>DraftUndo</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/undo_commands.py" line="43"/>
        <source>Add clause</source>
        <translation>加入條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/undo_commands.py" line="55"/>
        <source>Remove clause</source>
        <translation>刪除條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/undo_commands.py" line="71"/>
        <source>Move clause</source>
        <translation>移動條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/undo_commands.py" line="89"/>
        <source>Edit clause</source>
        <translation>編輯條款</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="125"/>
        <source>Drafts</source>
        <translation>草案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="147"/>
        <source>Single text</source>
        <extracomment>(agreement id, status) of the agreement whose final text the editor shows read-only, else None</extracomment>
        <translation>單一文本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="150"/>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="153"/>
        <source>New draft…</source>
        <translation>新增草案…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="154"/>
        <source>Start a new draft</source>
        <translation>開始新草案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="158"/>
        <source>Save state</source>
        <translation>儲存狀態</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="172"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="173"/>
        <source>Versions and redline</source>
        <translation>版本及修訂對照</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="174"/>
        <source>Positions</source>
        <translation>立場</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="176"/>
        <source>No draft yet.
Start the single negotiating text with “New draft…”.</source>
        <translation>尚無草案。
使用「新增草案…」開始單一談判文本。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="211"/>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="325"/>
        <source>Save a version, then table it to the parties.</source>
        <translation>請先儲存版本，再向當事方提交。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="326"/>
        <source>No version to conclude yet.</source>
        <translation>尚無可訂立的版本。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="362"/>
        <source>Concluded on %1 (version %2) and exported on %3 — final, read-only. To change it, negotiate an amendment as a new draft.</source>
        <translation>已於 %1 訂立（第 %2 版），並於 %3 匯出 — 最終版本，唯讀。如需更改，請以新草案形式協商修訂。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="366"/>
        <source>Concluded on %1 (version %2) — read-only; Reopen… to change it.</source>
        <translation>已於 %1 訂立（第 %2 版）— 唯讀；如需更改，請使用「重新開啟…」。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="376"/>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="389"/>
        <source>Editing…</source>
        <translation>正在編輯…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="378"/>
        <source>Working copy saved · no version yet</source>
        <translation>工作副本已儲存 · 尚無版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="380"/>
        <source>Working copy saved · changed since version %1</source>
        <translation>工作副本已儲存 · 自第 %1 版以來有更改</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="382"/>
        <source>Same as version %1</source>
        <translation>與第 %1 版相同</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="476"/>
        <source>Record that %1 accepts every clause of version %2 on which it has not yet taken a position? Positions already recorded stay as they are.</source>
        <translation>記錄 %1 接受第 %2 版中其尚未表明立場的所有條款？已記錄的立場維持不變。</translation>
    </message>
</context>
<context>
    <name>ExhibitDetailsDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="76"/>
        <source>Import exhibit</source>
        <translation>匯入證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="78"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="83"/>
        <source>Label</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="86"/>
        <source>Produced by</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="92"/>
        <source>File name</source>
        <translation>檔案名稱</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="94"/>
        <source>&amp;Label:</source>
        <translation>編號(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="95"/>
        <source>&amp;Produced by:</source>
        <translation>提供方(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="98"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="113"/>
        <source>An exhibit needs a label (such as C-12).</source>
        <translation>證據文件須有編號（例如 C-12）。</translation>
    </message>
</context>
<context>
    <name>ExhibitImport</name>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="223"/>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="185"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="223"/>
        <source>Import exhibit</source>
        <translation>匯入證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="231"/>
        <source>Importing %1 as revision %2 of %3…</source>
        <translation>正在將 %1 匯入為 %3 的修訂版 %2…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="233"/>
        <source>New revision</source>
        <translation>新修訂版</translation>
    </message>
</context>
<context>
    <name>ExhibitPreview</name>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="55"/>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="61"/>
        <source>Exhibit preview</source>
        <translation>證據文件預覽</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="64"/>
        <source>Exhibit text</source>
        <translation>證據文件文字</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="76"/>
        <source>Choose an exhibit to see it here.</source>
        <translation>選擇一份證據文件，即可在此查看。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="86"/>
        <source>This PDF cannot be shown (it is damaged or not a PDF Qt can read). Export it to open it elsewhere.</source>
        <translation>無法顯示此 PDF（檔案已損壞，或並非 Qt 可讀取的 PDF）。請將其匯出後以其他程式開啟。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="98"/>
        <source>This image cannot be shown. Export it to open it elsewhere.</source>
        <translation>無法顯示此圖片。請將其匯出後以其他程式開啟。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="122"/>
        <source>%1 shown as its text (layout, tables and images are not shown; export it to open the file).</source>
        <translation>%1 只顯示其文字（不顯示版面、表格及圖片；如需開啟該檔案，請將其匯出）。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="125"/>
        <source>No text to show for this %1; export it to open it.</source>
        <translation>此 %1 沒有可顯示的文字；請將其匯出後開啟。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="128"/>
        <source>No preview for this file; export it to open it.</source>
        <translation>此檔案無法預覽；請將其匯出後開啟。</translation>
    </message>
</context>
<context>
    <name>ExhibitsPanel</name>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="130"/>
        <source>Disclosed to all parties from %1 (revision %2)</source>
        <translation>自 %1 向所有當事方披露（修訂版 %2）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="153"/>
        <source>in session, %1</source>
        <translation>會議中，%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="215"/>
        <source>Exhibits</source>
        <translation>證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="231"/>
        <source>Import exhibit…</source>
        <translation>匯入證據文件…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="232"/>
        <source>Import files into this channel as exhibits (or drop them on the channel)</source>
        <translation>將檔案作為證據文件匯入此頻道（或將檔案拖放至頻道上）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="235"/>
        <source>Export exhibit…</source>
        <translation>匯出證據文件…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="236"/>
        <source>Save a copy of the exhibit where you choose (recorded in the audit log)</source>
        <translation>將證據文件的副本儲存至您選擇的位置（記入審計記錄）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="238"/>
        <source>Disclose…</source>
        <translation>披露…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="239"/>
        <source>Disclose this exhibit&apos;s current file revision, with the consents the rules require</source>
        <translation>在取得規則要求的同意後，披露此證據文件的目前檔案修訂版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="242"/>
        <source>New &amp;revision…</source>
        <translation>新修訂版(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="243"/>
        <source>Import a new file as the next revision of this exhibit (the earlier revisions, and what was disclosed of them, stay)</source>
        <translation>匯入新檔案作為此證據文件的下一個修訂版（較早的修訂版及其已披露的內容均會保留）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="246"/>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="247"/>
        <source>Delete this exhibit and the file of every revision for good (the audit log keeps that it existed)</source>
        <translation>永久刪除此證據文件及其所有修訂版的檔案（審計記錄會保留其曾存在的記錄）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="262"/>
        <source>Disclose the selected exhibit</source>
        <translation>披露所選證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="265"/>
        <source>New revision of the selected exhibit</source>
        <translation>所選證據文件的新修訂版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="268"/>
        <source>Delete the selected exhibit</source>
        <translation>刪除所選證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="314"/>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="429"/>
        <source>Choose an exhibit to see it here.</source>
        <translation>選擇一份證據文件，即可在此查看。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="329"/>
        <source>No exhibits in this channel yet: import files, or drop them here.</source>
        <translation>此頻道尚無證據文件：請匯入檔案，或將檔案拖放至此處。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="330"/>
        <source>%1 exhibits</source>
        <translation>%1 份證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="434"/>
        <source>%1 · %2 · %3 · SHA-256 %4</source>
        <translation>%1 · %2 · %3 · SHA-256 %4</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="437"/>
        <source>revision %1</source>
        <translation>修訂版 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="439"/>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="463"/>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="475"/>
        <source>Open a channel first; its exhibits are imported there.</source>
        <translation>請先開啟一個頻道；證據文件會匯入該頻道。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="465"/>
        <source>Import exhibits into %1</source>
        <translation>將證據文件匯入%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="534"/>
        <source>New revision of %1</source>
        <translation>%1 的新修訂版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="545"/>
        <source>Choose the exhibit again; the list changed.</source>
        <translation>清單已有變動，請重新選擇證據文件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="571"/>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="578"/>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="599"/>
        <source>Delete exhibit</source>
        <translation>刪除證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="574"/>
        <source>Delete the exhibit “%1” (%2)? Its file, in every revision, is removed from the case file for good; the audit log keeps that it existed.</source>
        <translation>刪除證據文件「%1」（%2）？其所有修訂版的檔案將從案件檔案中永久移除；審計記錄會保留其曾存在的記錄。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="577"/>
        <source>Those it was disclosed to no longer see it.</source>
        <translation>曾獲披露此證據文件的各方將不再能看到它。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="586"/>
        <source>Deleting %1…</source>
        <translation>正在刪除 %1…</translation>
    </message>
    <message>
        <source>Import exhibit</source>
        <translation type="vanished">匯入證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="609"/>
        <source>Export exhibit %1</source>
        <translation>匯出證據文件 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="620"/>
        <source>Exporting to %1…</source>
        <translation>正在匯出至 %1…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="627"/>
        <source>Exhibit %1 saved to %2.
SHA-256 %3</source>
        <translation>證據文件 %1 已儲存至 %2。
SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="628"/>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="631"/>
        <source>Export exhibit</source>
        <translation>匯出證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="70"/>
        <source>Label</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="71"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="72"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="73"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="74"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="75"/>
        <source>Produced by</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="76"/>
        <source>Session</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="156"/>
        <source>Only files can be dropped here, to import them as exhibits.</source>
        <translation>此處只可拖放檔案，以將其作為證據文件匯入。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="80"/>
        <source>Exhibits (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.txt);;All files (*)</source>
        <translation>證據文件 (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="45"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="84"/>
        <source>There is no concluded agreement to export. Conclude the agreement on the Drafting page first.</source>
        <translation>沒有可匯出的已訂立和解協議。請先在「草擬」頁面訂立和解協議。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="231"/>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="292"/>
        <source>Export the signed agreement</source>
        <translation>匯出已簽署的和解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="364"/>
        <source>Mediator&apos;s attestation</source>
        <translation>調解員證明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="385"/>
        <source>{who}: choose a PIN of at least {n} characters and type it twice. A certificate is issued in your name for this one signature, marked “issued in the room”; its key is destroyed after it signs.</source>
        <translation>{who}：請設定至少 {n} 個字元的 PIN 碼，並輸入兩次。系統將以您的名義為這一次簽署簽發一張證書，標示為「現場簽發」；其密鑰在簽署後即被銷毀。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="387"/>
        <source>Choose a &amp;PIN:</source>
        <translation>設定 PIN 碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="388"/>
        <source>Issuing the certificate…</source>
        <translation>正在簽發證書…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="393"/>
        <source>{who}: type the PIN of your token {token}. Your key never leaves it.</source>
        <translation>{who}：請輸入您的令牌 {token} 的 PIN 碼。您的密鑰始終不會離開該令牌。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="394"/>
        <source>Token &amp;PIN:</source>
        <translation>令牌 PIN 碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="395"/>
        <source>Opening the token…</source>
        <translation>正在開啟令牌…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="407"/>
        <source>{who}: type the passphrase of your identity file {file}. It unlocks your key for this signature only and is not kept.</source>
        <translation>{who}：請輸入您的身份檔案 {file} 的密碼短語。它只為這次簽署解鎖您的密鑰，不會被保存。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="409"/>
        <source>&amp;Passphrase:</source>
        <translation>密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="410"/>
        <source>Opening the identity file…</source>
        <translation>正在開啟身份檔案…</translation>
    </message>
</context>
<context>
    <name>FileJobs</name>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="65"/>
        <source>Working</source>
        <translation>正在處理</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="166"/>
        <source>File and passphrase</source>
        <translation>檔案及密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="167"/>
        <source>The case file is encrypted with this passphrase. It cannot be recovered if forgotten: keep it as you would the key to a safe.</source>
        <translation>案件檔案以此密碼短語加密。一旦遺忘便無法取回：請像保管保險箱鑰匙一樣妥善保管。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="170"/>
        <source>Case file</source>
        <translation>案件檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="172"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="173"/>
        <source>Choose where to save the case file</source>
        <translation>選擇案件檔案的儲存位置</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="178"/>
        <source>Passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="179"/>
        <source>Repeat the passphrase</source>
        <translation>再次輸入密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="181"/>
        <source>Remember on this computer (in the system keyring)</source>
        <translation>在本電腦上記住（儲存於系統密鑰圈）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="182"/>
        <source>Remember the key on this computer</source>
        <translation>在本電腦上記住密鑰</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="189"/>
        <source>Creating the case</source>
        <translation>正在建立案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="194"/>
        <source>&amp;Save as:</source>
        <translation>另存為(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="196"/>
        <source>At least 8 characters. A few unrelated words are strong and easy to type.</source>
        <translation>至少 8 個字元。幾個互不相關的詞語組合起來既安全又方便輸入。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="202"/>
        <source>&amp;Passphrase:</source>
        <translation>密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="204"/>
        <source>&amp;Repeat:</source>
        <translation>再次輸入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="223"/>
        <source>Save the new case as</source>
        <translation>將新案件另存為</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="224"/>
        <source>IOMed Desk cases (*.iomed)</source>
        <translation>IOMed Desk 案件 (*.iomed)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="234"/>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的密碼短語不一致。</translation>
    </message>
</context>
<context>
    <name>FirstWindow</name>
    <message>
        <location filename="../../iomed_desk/gui/first_window.py" line="37"/>
        <source>IOMed Desk</source>
        <extracomment>the main window&apos;s menu titles (its menus&apos; own context, so they read the same in every language)</extracomment>
        <translation>IOMed Desk</translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="110"/>
        <source>Signature — IOMed Desk</source>
        <translation>簽署 — IOMed Desk</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="120"/>
        <source>Signature of {party}</source>
        <translation>{party} 的簽署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="129"/>
        <source>You are signing “{title}”</source>
        <translation>您正在簽署「{title}」</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="133"/>
        <source>Agreement fingerprint</source>
        <translation>和解協議指紋</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="135"/>
        <source>Agreement fingerprint (SHA-256 of the agreed text, printed on every page)</source>
        <translation>和解協議指紋（議定文本的 SHA-256，印於每一頁）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="146"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="177"/>
        <source>Repeat the PIN</source>
        <translation>再次輸入 PIN 碼</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="181"/>
        <source>&amp;Sign</source>
        <translation>簽署(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="182"/>
        <source>Confirm and sign</source>
        <translation>確認並簽署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="184"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="185"/>
        <source>Cancel: the case locks</source>
        <translation>取消：案件將鎖定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="191"/>
        <source>&amp;Repeat:</source>
        <translation>再次輸入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="209"/>
        <source>Thank you. Please hand the computer back to the mediator.</source>
        <translation>謝謝。請將電腦交還調解員。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="211"/>
        <source>The mediator takes it back with the case passphrase.</source>
        <translation>調解員憑案件密碼短語取回電腦。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="212"/>
        <source>Case passphrase</source>
        <translation>案件密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="215"/>
        <source>&amp;Take back</source>
        <translation>取回(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="216"/>
        <source>Take the computer back</source>
        <translation>取回電腦</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="218"/>
        <source>Cancel and lock</source>
        <translation>取消並鎖定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="219"/>
        <source>Cancel the export and lock the case</source>
        <translation>取消匯出並鎖定案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="222"/>
        <source>Case &amp;passphrase:</source>
        <translation>案件密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="248"/>
        <source>The two PINs differ.</source>
        <translation>兩次輸入的 PIN 碼不一致。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="275"/>
        <source>Checking the passphrase…</source>
        <translation>正在檢查密碼短語…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="324"/>
        <source>That is not the case passphrase. The computer stays on this screen.</source>
        <translation>這不是案件密碼短語。電腦將停留在此畫面。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="120"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="125"/>
        <source>Table version…</source>
        <translation>提交版本…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="126"/>
        <source>Table the selected version to the parties</source>
        <translation>向當事方提交所選版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="129"/>
        <source>Older version</source>
        <translation>較早版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="130"/>
        <source>Newer version</source>
        <translation>較新版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="133"/>
        <source>Changed clauses only</source>
        <translation>只顯示有更改的條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="135"/>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="136"/>
        <source>Print the redline</source>
        <translation>列印修訂對照</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="140"/>
        <source>Agreement record</source>
        <translation>和解協議記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="162"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="164"/>
        <source>with</source>
        <translation>與</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="201"/>
        <source>all parties</source>
        <translation>所有當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="203"/>
        <source>Version %1 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="204"/>
        <source>Tabled to %1</source>
        <translation>已提交予 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="204"/>
        <source>Not tabled yet</source>
        <translation>尚未提交</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="207"/>
        <source>(no note)</source>
        <translation>（無備註）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="216"/>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="223"/>
        <source>No saved versions yet. Save a version to start the history.</source>
        <translation>尚無已儲存的版本。儲存一個版本即可開始記錄歷史。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="229"/>
        <source>Concluded on version %1, %2</source>
        <translation>已按第 %1 版訂立，%2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="232"/>
        <source>Exported %1 — final</source>
        <translation>已於 %1 匯出 — 最終版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="234"/>
        <source>Reopened %1 by %2: “%3”</source>
        <translation>%1 由 %2 重新開啟：「%3」</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="262"/>
        <source>Version %1 is the first version; save another to compare.</source>
        <translation>第 %1 版是第一個版本；請再儲存一個版本以便比較。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="264"/>
        <source>Choose two different versions to compare.</source>
        <translation>請選擇兩個不同的版本作比較。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="268"/>
        <source>Comparing…</source>
        <translation>正在比較…</translation>
    </message>
</context>
<context>
    <name>Hygiene</name>
    <message>
        <location filename="../../iomed_desk/gui/hygiene.py" line="56"/>
        <source>Windows display affinity (WDA_EXCLUDEFROMCAPTURE)</source>
        <translation>Windows 顯示親和性（WDA_EXCLUDEFROMCAPTURE）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/hygiene.py" line="58"/>
        <source>macOS window sharing type: none</source>
        <translation>macOS 視窗共享類型：無</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/hygiene.py" line="59"/>
        <source>not available: install pyobjc to exclude windows from capture</source>
        <translation>不可用：請安裝 pyobjc，以禁止擷取視窗</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/hygiene.py" line="61"/>
        <source>not available: X11 and Wayland let any client capture the screen</source>
        <translation>不可用：X11 及 Wayland 容許任何用戶端擷取屏幕</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <location filename="../../iomed_desk/gui/lock.py" line="209"/>
        <source>Idle lock countdown</source>
        <extracomment>how long the countdown banner shows before the idle lock (at most half the idle time)</extracomment>
        <translation>閒置鎖定倒數</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/lock.py" line="239"/>
        <source>The case locks in %1 s for lack of activity — press any key or move the mouse to keep it open.</source>
        <translation>由於沒有操作，案件將在 %1 秒後鎖定 — 按任何鍵或移動滑鼠可保持開啟。</translation>
    </message>
</context>
<context>
    <name>ImpartialityView</name>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="46"/>
        <source>Impartiality record</source>
        <translation>公正性記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="46"/>
        <source>Case {reference}, as of {when} ({zone})</source>
        <translation>案件 {reference}，截至 {when}（{zone}）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="47"/>
        <source>Counts and times only: this record shows how the mediator&apos;s time and the process were shared between the parties. It contains no content of any session, note or draft.</source>
        <translation>只載次數及時間：本記錄顯示調解員的時間及調解程序在各當事方之間的分配情況，不載任何會議、筆記或草案的內容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="49"/>
        <source>Caucus time (minutes)</source>
        <translation>單方會談時間（分鐘）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="49"/>
        <source>Counts</source>
        <translation>次數</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="49"/>
        <source>Caucus minutes</source>
        <translation>單方會談分鐘數</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="50"/>
        <source>Caucuses</source>
        <translation>單方會談</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="50"/>
        <source>Disclosures from</source>
        <translation>來自該方的披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="50"/>
        <source>Disclosures to</source>
        <translation>向該方的披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="51"/>
        <source>Tablings seen</source>
        <translation>獲提交文本次數</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="51"/>
        <source>Positions recorded</source>
        <translation>已記錄的立場</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="51"/>
        <source>Party</source>
        <translation>當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="52"/>
        <source>Last caucus</source>
        <translation>最近一次單方會談</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="52"/>
        <source>Tablings seen at</source>
        <translation>獲提交文本的時間</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="52"/>
        <source>in caucus</source>
        <translation>單方會談中</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="53"/>
        <source>+{n} earlier</source>
        <translation>另有 {n} 次更早</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="53"/>
        <source>Last position</source>
        <translation>最近的立場</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="53"/>
        <source>(running)</source>
        <translation>（進行中）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="54"/>
        <source>Joint sessions: {sessions} ({minutes} min). Tabled to all parties: {tablings}. Disclosed to all parties: {disclosures}. Revoked disclosures (counted above): {revoked}.</source>
        <translation>聯席會議：{sessions} 次（{minutes} 分鐘）。向全體當事方提交：{tablings} 次。向全體當事方披露：{disclosures} 次。已撤銷的披露（已計入上述數字）：{revoked} 次。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="163"/>
        <source>Reading the case…</source>
        <translation>正在讀取案件…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="176"/>
        <source>Figures per party</source>
        <translation>各當事方的數據</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="177"/>
        <source>&amp;Export as PDF…</source>
        <translation>匯出為 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="253"/>
        <source>Export the impartiality record</source>
        <translation>匯出公正性記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="254"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>JointScreen</name>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="56"/>
        <source>Caucus — %1</source>
        <translation>單方會談 — %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="57"/>
        <source>Joint session — all parties</source>
        <translation>聯席會議 — 所有當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="63"/>
        <source>Disclosed from the caucus with %1</source>
        <translation>披露自與 %1 的單方會談</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="65"/>
        <source>Disclosed from the mediator&apos;s notes</source>
        <translation>披露自調解員筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="68"/>
        <source>, under %1</source>
        <translation>，依據%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="70"/>
        <source> (no consent required under the case&apos;s rules)</source>
        <translation>（根據本案規則無須同意）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="72"/>
        <source> with the consent of %1</source>
        <translation>，經 %1 同意</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="100"/>
        <source>Joint screen — IOMed Desk</source>
        <translation>聯席屏幕 — IOMed Desk</translation>
    </message>
    <message>
        <source>IOMed Desk — joint screen</source>
        <translation type="vanished">IOMed Desk — 聯席屏幕</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="103"/>
        <source>Joint screen</source>
        <translation>聯席屏幕</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="119"/>
        <source>Shown to the room</source>
        <translation>正向全場展示</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="216"/>
        <source>all parties</source>
        <translation>所有當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="219"/>
        <source>Version %1, tabled to %2</source>
        <translation>第 %1 版，已提交予 %2</translation>
    </message>
    <message>
        <source>Nothing is shown at the moment.</source>
        <translation>目前沒有展示任何內容。</translation>
    </message>
</context>
<context>
    <name>JointScreenControl</name>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="287"/>
        <source>Show joint screen</source>
        <translation>顯示聯席屏幕</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="289"/>
        <source>Show what the room may see on a second window or display</source>
        <translation>在第二個視窗或顯示器上展示全場可見的內容</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <location filename="../../iomed_desk/gui/i18n.py" line="37"/>
        <source>System</source>
        <extracomment>setting value -&gt; the language&apos;s name in that language (&quot;&quot; follows the system) our language code -&gt; Qt&apos;s own catalogue for the standard dialogs (Qt ships no zh_HK one)</extracomment>
        <translation>跟隨系統</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中文（簡體）</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁體）</translation>
    </message>
</context>
<context>
    <name>LimitHandover</name>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="35"/>
        <source>The most you would pay</source>
        <translation>您願意支付的最高數額</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="35"/>
        <source>The least you would accept</source>
        <translation>您可接受的最低數額</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="37"/>
        <source>Type your confidential limit on this issue. Nobody sees it, the mediator included: the room learns only whether the two limits overlap (and a figure by the rule you agreed), never your limit.</source>
        <translation>請輸入您在此議題上的保密底線。任何人均看不到它，包括調解員：在場各方只會得知雙方底線是否重疊（以及按您同意的規則得出的數額），絕不會得知您的底線。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="40"/>
        <source>Your &amp;limit:</source>
        <translation>您的底線(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="40"/>
        <source>Sealing your limit…</source>
        <translation>正在封存您的底線…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="43"/>
        <source>Confidential limit — IOMed Desk</source>
        <translation>保密底線 — IOMed Desk</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="45"/>
        <source>Issue: {issue}. {round}</source>
        <translation>議題：{issue}。{round}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="54"/>
        <source>If there is a gap, tell the room its size as a band (only when the other party asks too)</source>
        <translation>如有差距，以區間告知在場各方差距大小（只在對方亦如此要求時）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="56"/>
        <source>Ask for the gap&apos;s size as a band</source>
        <translation>要求以區間告知差距大小</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="61"/>
        <source>&amp;Seal my limit</source>
        <translation>封存我的底線(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="62"/>
        <source>Seal my limit</source>
        <translation>封存我的底線</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="63"/>
        <source>Cancel: the round is dropped and the case locks</source>
        <translation>取消：本輪作廢，案件將鎖定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="64"/>
        <source>Thank you: your limit is sealed. Please hand the computer back to the mediator.</source>
        <translation>謝謝：您的底線已封存。請將電腦交還調解員。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="65"/>
        <source>Cancel the round and lock the case</source>
        <translation>取消本輪並鎖定案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="69"/>
        <source>Your limit is typed (not shown). Press Enter to seal it.</source>
        <translation>已輸入您的底線（不顯示）。按 Enter 即可封存。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="70"/>
        <source>Nothing typed yet: what you type is not shown.</source>
        <translation>尚未輸入任何內容：您輸入的內容不會顯示。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../iomed_desk/gui/lock.py" line="333"/>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/lock.py" line="334"/>
        <source>This case is locked</source>
        <translation>此案件已鎖定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/lock.py" line="340"/>
        <source>The case file is closed and nothing of it is left on screen. Enter the passphrase to continue where you left off.</source>
        <translation>案件檔案已關閉，屏幕上不留任何內容。輸入密碼短語即可從中斷處繼續。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/lock.py" line="346"/>
        <source>Close case</source>
        <translation>關閉案件</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="53"/>
        <source>&amp;File</source>
        <extracomment>workspace action key -&gt; (menu, placeholder text, default shortcut when the workspace sets none); shortcuts are built on use, since a QKeySequence needs the application to exist</extracomment>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="53"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="53"/>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="54"/>
        <source>&amp;Session</source>
        <translation>會議(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="54"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="54"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="58"/>
        <source>&amp;New case…</source>
        <translation>新增案件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="59"/>
        <source>&amp;Open case…</source>
        <translation>開啟案件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="60"/>
        <source>Open the &amp;demo case</source>
        <translation>開啟示範案件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="62"/>
        <source>&amp;Backup…</source>
        <translation>備份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="63"/>
        <source>Change &amp;passphrase…</source>
        <translation>更改密碼短語(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="65"/>
        <source>&amp;Verify PDF…</source>
        <translation>驗證 PDF(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="67"/>
        <source>&amp;Lock</source>
        <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="69"/>
        <source>&amp;Close case</source>
        <translation>關閉案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="72"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="75"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="77"/>
        <source>&amp;About IOMed Desk</source>
        <translation>關於 IOMed Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="92"/>
        <source>Attest after paper signatures…</source>
        <translation>紙本簽署後作出證明…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="93"/>
        <source>Record who witnessed each paper signature, then apply the mediator&apos;s attestation, which locks the agreement</source>
        <translation>記錄每個紙本簽署的見證人，然後加上調解員證明，和解協議隨即鎖定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="97"/>
        <source>&amp;Impartiality record…</source>
        <translation>公正性記錄(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="98"/>
        <source>Caucus time, disclosures, tablings and positions per party: counts and times only, exportable as one PDF page for the parties</source>
        <translation>各當事方的單方會談時間、披露、提交文本及立場：只載次數及時間，可匯出為一頁 PDF 供當事方查閱</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="106"/>
        <source>P&amp;rocess</source>
        <translation>程序(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="110"/>
        <source>&amp;Agreement to mediate…</source>
        <translation>調解協議(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="110"/>
        <source>How the agreement to mediate was signed, or why the mediation proceeds without it</source>
        <translation>調解協議的簽署方式，或在沒有該協議的情況下進行調解的理由</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="112"/>
        <source>&amp;Declarations…</source>
        <translation>聲明(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="112"/>
        <source>The mediators&apos; declarations of independence and impartiality and each party&apos;s answer</source>
        <translation>調解員的獨立性及公正性聲明，以及各當事方的回覆</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="114"/>
        <source>A&amp;uthorities…</source>
        <translation>和解授權(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="114"/>
        <source>The instrument seen for each representative&apos;s authority to settle</source>
        <translation>已查驗的各代表和解授權文書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="116"/>
        <source>&amp;Terminate the mediation…</source>
        <translation>終止調解(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="116"/>
        <source>Record how the mediation ended; the case becomes read-only</source>
        <translation>記錄調解如何結束；案件將變為唯讀</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="118"/>
        <source>&amp;Close the file…</source>
        <translation>結案(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="118"/>
        <source>Destroy the caucus material and sign the destruction certificate</source>
        <translation>銷毀單方會談材料並簽署銷毀證明書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="162"/>
        <source>The mediation ended (%1) on %2: the case is read-only</source>
        <translation>調解已於 %2 結束（%1）：案件為唯讀</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="175"/>
        <source>Terminate the mediation first</source>
        <translation>請先終止調解</translation>
    </message>
    <message>
        <source>Copy securely</source>
        <translation>安全複製</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>尋找…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新增筆記</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>刪除筆記</translation>
    </message>
    <message>
        <source>Disclose…</source>
        <translation>披露…</translation>
    </message>
    <message>
        <source>Start joint session</source>
        <translation>開始聯席會議</translation>
    </message>
    <message>
        <source>Start caucus with</source>
        <translation>與以下當事方開始單方會談</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>結束會議</translation>
    </message>
    <message>
        <source>Show joint screen</source>
        <translation>顯示聯席屏幕</translation>
    </message>
    <message>
        <source>Export and sign the agreement…</source>
        <translation>匯出並簽署和解協議…</translation>
    </message>
    <message>
        <source>Import exhibit…</source>
        <translation>匯入證據文件…</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>出席情況…</translation>
    </message>
    <message>
        <source>Signatories…</source>
        <translation>簽署人…</translation>
    </message>
    <message>
        <source>Place and time zone…</source>
        <translation>地點及時區…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="221"/>
        <source>{file} — IOMed Desk</source>
        <extracomment>workspace actions without a placeholder slot in the menus, added to them while a case is open the joint screen left up for the room by an idle lock (frozen, joint material only), else None starts the new process for &quot;Restart now&quot; (program, args) -&gt; started</extracomment>
        <translation>{file} — IOMed Desk</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="223"/>
        <source>Locked — IOMed Desk</source>
        <translation>已鎖定 — IOMed Desk</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="225"/>
        <source>IOMed Desk</source>
        <translation>IOMed Desk</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="249"/>
        <source>Case created</source>
        <translation>已建立案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="253"/>
        <source>Open a case</source>
        <translation>開啟案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="254"/>
        <source>IOMed Desk cases (*.iomed);;All files (*)</source>
        <translation>IOMed Desk 案件 (*.iomed);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="266"/>
        <source>There is no case file at {path}.</source>
        <translation>{path} 沒有案件檔案。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="275"/>
        <source>Case opened</source>
        <translation>案件已開啟</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="281"/>
        <source>Demo passphrase: {passphrase}</source>
        <translation>示範案件密碼短語：{passphrase}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="289"/>
        <source>The demo case is not part of this build of IOMed Desk.</source>
        <translation>此版本的 IOMed Desk 不包含示範案件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="354"/>
        <source>The case will lock as soon as the file operation finishes.</source>
        <translation>檔案操作完成後，案件將立即鎖定。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="362"/>
        <source>Your last edit could not be saved, so the case was not locked (locking would lose it). Free some disk space, then lock again.</source>
        <translation>您最近的編輯未能儲存，因此案件沒有鎖定（鎖定會令該編輯遺失）。請騰出一些磁碟空間，然後再次鎖定。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="380"/>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="407"/>
        <source>Unlocked</source>
        <translation>已解鎖</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="438"/>
        <source>Your last edit could not be saved. Close the case anyway and lose it?</source>
        <translation>您最近的編輯未能儲存。仍要關閉案件並放棄該編輯嗎？</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="453"/>
        <source>Case closed</source>
        <translation>案件已關閉</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="517"/>
        <source>Restart when the file operation has finished.</source>
        <translation>請在檔案操作完成後重新啟動。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="526"/>
        <source>IOMed Desk could not start again by itself; start it yourself to see the new language.</source>
        <translation>IOMed Desk 無法自行重新啟動；請自行啟動以使用新語言。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="537"/>
        <source>Settings saved</source>
        <translation>設定已儲存</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="566"/>
        <source>Finishing the file operation before quitting…</source>
        <translation>正在完成檔案操作，隨後結束…</translation>
    </message>
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="229"/>
        <source>The mediator&apos;s identity</source>
        <translation>調解員身份</translation>
    </message>
    <message>
        <source>The mediator signs last, attesting that the agreement resulted from this mediation. The same identity can issue certificates to the parties here.</source>
        <translation type="vanished">調解員最後簽署，證明本和解協議產生於是次調解。同一身份亦可在此向當事方簽發證書。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="234"/>
        <source>Mediator identity file</source>
        <translation>調解員身份檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="235"/>
        <source>A PKCS#12 file (.p12 or .pfx)</source>
        <translation>PKCS#12 檔案（.p12 或 .pfx）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="237"/>
        <source>Passphrase of the identity file</source>
        <translation>身份檔案的密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="239"/>
        <source>&amp;Create a mediator identity…</source>
        <translation>建立調解員身份(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="240"/>
        <source>Create a new mediator identity file</source>
        <translation>建立新的調解員身份檔案</translation>
    </message>
    <message>
        <source>No identity yet? Create one: a key and a certificate in a new file protected by a passphrase.</source>
        <translation type="vanished">還沒有身份？建立一個：一對密鑰及證書，儲存於受密碼短語保護的新檔案中。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="230"/>
        <source>The mediator certifies the agreement first and attests last. The identity has two keys: one signs, the other issues any certificates made in the room.</source>
        <translation>調解員首先對和解協議作核證簽署，最後作出證明。該身份有兩個密鑰：一個用於簽署，另一個用於簽發在現場製作的證書。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="242"/>
        <source>No identity yet? Create one: two keys in new files protected by a passphrase, and the certificate to hand to verifiers (the issuing certificate, a .pem file) beside them.</source>
        <translation>還沒有身份？請建立一個：兩個密鑰保存在以密碼短語保護的新檔案中，旁邊另有交給驗證者的證書（簽發證書，一個 .pem 檔案）。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="245"/>
        <source>Verifiers trust the issuing certificate: hand them the .pem file written when the identity was created, or save it from the last page.</source>
        <translation>驗證者信任的是簽發證書：請把建立身份時寫入的 .pem 檔案交給他們，或在最後一頁儲存該證書。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="249"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="249"/>
        <source>Choose the mediator&apos;s identity file</source>
        <translation>選擇調解員身份檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="250"/>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>身份檔案 (*.p12 *.pfx);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="252"/>
        <source>Identity &amp;file:</source>
        <translation>身份檔案(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="253"/>
        <source>&amp;Passphrase:</source>
        <translation>密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="278"/>
        <source>Unlocked: created just now</source>
        <translation>已解鎖：剛剛建立</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="291"/>
        <source>Created {file}. The certificate to hand to verifiers is the issuing certificate, {pem}.</source>
        <translation>已建立 {file}。要交給驗證者的證書是簽發證書 {pem}。</translation>
    </message>
    <message>
        <source>Created {file}. Its certificate, for verifiers to trust, is {pem}.</source>
        <translation type="vanished">已建立 {file}。供驗證者信任的證書為 {pem}。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="305"/>
        <source>Opening the identity file…</source>
        <translation>正在開啟身份檔案…</translation>
    </message>
</context>
<context>
    <name>MethodsPage</name>
    <message>
        <source>How each party signs</source>
        <translation type="vanished">各當事方的簽署方式</translation>
    </message>
    <message>
        <source>Each party&apos;s representative signs in turn at this keyboard, with their own identity file or a certificate the mediator issues now; or on paper.</source>
        <translation type="vanished">各當事方代表依次在這部電腦的鍵盤上簽署，使用本人的身份檔案或由調解員即場簽發的證書；亦可在紙本上簽署。</translation>
    </message>
    <message>
        <source>Name the representative of {party} (at most 64 characters).</source>
        <translation type="vanished">請填寫 {party} 的代表姓名（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>Choose an existing identity file for {party}.</source>
        <translation type="vanished">請為 {party} 選擇現有的身份檔案。</translation>
    </message>
    <message>
        <source>The mediator&apos;s certificate may not issue certificates; choose another way for {party} to sign.</source>
        <translation type="vanished">調解員的證書無權簽發證書；請為 {party} 選擇其他簽署方式。</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="265"/>
        <source>New case</source>
        <translation>新增案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="293"/>
        <source>Creating the encrypted case file…</source>
        <translation>正在建立加密的案件檔案…</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="92"/>
        <source>New draft</source>
        <translation>新增草案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="93"/>
        <source>Settlement Agreement</source>
        <translation>和解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="94"/>
        <source>Name of the draft</source>
        <translation>草案名稱</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="97"/>
        <source>Start from the standard clauses of a settlement agreement</source>
        <translation>以和解協議的標準條款為起點</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="98"/>
        <source>Parties and authority to sign, recitals, obligations, payment, release, confidentiality, dispute resolution, governing law and the statement that the agreement resulted from mediation, in the case&apos;s languages.</source>
        <translation>以本案語言列出：當事方及簽署授權、鑑於條款、義務、付款、免除責任、保密、爭議解決、適用法律，以及關於本協議產生於調解的聲明。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="104"/>
        <source>Create draft</source>
        <translation>建立草案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="109"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="109"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="110"/>
        <source>Note title</source>
        <translation>筆記標題</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="121"/>
        <source>Save state</source>
        <translation>儲存狀態</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="131"/>
        <source>Tag: %1</source>
        <translation>標籤：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="138"/>
        <source>Given in confidence — not to be disclosed without consent</source>
        <translation>保密提供 — 未經同意不得披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="139"/>
        <source>Given in confidence</source>
        <translation>保密提供</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="142"/>
        <source>Said by (optional)</source>
        <translation>發言人（可選）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="143"/>
        <source>Said by</source>
        <translation>發言人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="146"/>
        <location filename="../../iomed_desk/gui/note_editor.py" line="147"/>
        <source>Show on the joint screen</source>
        <translation>在聯席屏幕上顯示</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="156"/>
        <source>Who sees this note</source>
        <translation>誰能看到這則筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="161"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="164"/>
        <source>Show the note rendered (Ctrl+Shift+M)</source>
        <translation>顯示筆記的排版效果（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="165"/>
        <source>Rendered view</source>
        <translation>排版檢視</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="171"/>
        <source>Note text (Markdown)</source>
        <translation>筆記正文（Markdown）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="172"/>
        <source>Write the note here. Markdown: **bold**, - lists, # headings.</source>
        <translation>在此撰寫筆記。支援 Markdown：**粗體**、- 清單、# 標題。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="176"/>
        <source>Rendered note</source>
        <translation>排版後的筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="268"/>
        <source>Editing…</source>
        <translation>正在編輯…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="317"/>
        <source>Released from confidence</source>
        <translation>已解除保密</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="347"/>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="353"/>
        <source>Saved — this edit is not disclosed</source>
        <translation>已儲存 — 此次修改尚未披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="356"/>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="374"/>
        <source>later edits stay in this caucus until you disclose the note again.</source>
        <translation>其後的修改只留在本單方會談中，直至您再次披露這則筆記。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="376"/>
        <source>later edits stay in your notebook until you disclose the note again.</source>
        <translation>其後的修改只留在您的筆記本中，直至您再次披露這則筆記。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="397"/>
        <source>All parties still see revision %1.</source>
        <translation>所有當事方看到的仍是修訂版 %1。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="399"/>
        <source>%1 still sees revision %2.</source>
        <translation>%1 看到的仍是修訂版 %2。</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_state.py" line="47"/>
        <source>On the joint screen</source>
        <translation>在聯席屏幕上</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_state.py" line="26"/>
        <source>all parties</source>
        <translation>所有當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_state.py" line="31"/>
        <source>Disclosed to %1</source>
        <translation>已披露予 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_state.py" line="32"/>
        <source>Disclosed to %1: revision %2 of %3</source>
        <translation>已披露予 %1：修訂版 %2（共 %3 版）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_state.py" line="52"/>
        <source>Private</source>
        <translation>私人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_state.py" line="53"/>
        <source>In confidence</source>
        <translation>保密</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_state.py" line="53"/>
        <source>May be disclosed</source>
        <translation>可披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="137"/>
        <source>Disclosed to all parties from %1 (revision %2)</source>
        <extracomment>a channel lists its most recent notes; older ones are found by search (a case may hold 100,000) who sees the note through a disclosure, and which revision: the list&apos;s third line (&quot;&quot; if none)</extracomment>
        <translation>自 %1 向所有當事方披露（修訂版 %2）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="159"/>
        <source>Disclosed text</source>
        <translation>已披露的文本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="171"/>
        <source>read-only here; later edits stay in its own channel until disclosed again.</source>
        <translation>此處為唯讀；其後的修改只留在其所屬頻道中，直至再次披露。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="249"/>
        <source>New note</source>
        <translation>新增筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="250"/>
        <source>New note in this channel</source>
        <translation>在此頻道新增筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="255"/>
        <location filename="../../iomed_desk/gui/notes_page.py" line="306"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="268"/>
        <source>Only the %1 most recent notes are listed; search finds older ones.</source>
        <translation>只列出最近的%1則筆記；較早的筆記可透過搜尋找到。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="345"/>
        <source>New note in %1 (Ctrl+N)</source>
        <translation>在%1中新增筆記（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="459"/>
        <source>No notes here yet.
Press “New note” (Ctrl+N) to write the first one.</source>
        <translation>這裏還沒有筆記。
按「新增筆記」（Ctrl+N）撰寫第一則筆記。</translation>
    </message>
</context>
<context>
    <name>OffersChart</name>
    <message>
        <location filename="../../iomed_desk/gui/offers_chart.py" line="30"/>
        <source>Negotiation dance chart</source>
        <translation>談判進退圖</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_chart.py" line="47"/>
        <source>%n move(s) charted</source>
        <translation>已繪出 %n 次出價或要價</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_chart.py" line="74"/>
        <source>filled: offer, ring: demand; in the order made</source>
        <translation>實心：出價，空心：要價；按提出次序排列</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_chart.py" line="78"/>
        <source>No communicated moves on this issue yet</source>
        <translation>此議題尚無已轉達的出價或要價</translation>
    </message>
</context>
<context>
    <name>OffersDialogs</name>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="44"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="44"/>
        <source>Percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="44"/>
        <source>Years</source>
        <translation>年數</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="45"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="49"/>
        <source>Overlap or gap only</source>
        <translation>只告知重疊或差距</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="49"/>
        <source>Split the difference</source>
        <translation>差額平分</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="50"/>
        <source>Midpoint of the overlap (given the figures on the table)</source>
        <translation>重疊區間的中點（以已提出的數額為界）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="65"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="97"/>
        <source>New issue</source>
        <translation>新議題</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="99"/>
        <source>&amp;Issue:</source>
        <translation>議題(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="100"/>
        <source>For example: Purchase price</source>
        <translation>例如：購買價格</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="101"/>
        <source>&amp;Unit:</source>
        <translation>單位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="104"/>
        <source>&amp;Currency:</source>
        <translation>貨幣(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="121"/>
        <source>Record an offer or demand — %1</source>
        <translation>記錄出價或要價 — %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="126"/>
        <source>&amp;Made by:</source>
        <translation>提出方(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="127"/>
        <source>&amp;To:</source>
        <translation>對象(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="130"/>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="131"/>
        <source>Offer</source>
        <translation>出價</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="132"/>
        <source>Demand</source>
        <translation>要價</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="133"/>
        <source>&amp;Figure:</source>
        <translation>數額(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="136"/>
        <source>T&amp;erms:</source>
        <translation>條件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="137"/>
        <source>Optional — e.g. cash at closing</source>
        <translation>可選 — 例如交收時以現金支付</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="138"/>
        <source>&amp;Private figure: the mediator&apos;s note, not to be passed on</source>
        <translation>私下數額(&amp;P)：調解員的筆記，不得轉告</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="140"/>
        <source>A joint session is running: the offer is made openly to the room.</source>
        <translation>聯席會議正在進行：此出價將向在場各方公開提出。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="141"/>
        <source>Made in caucus or between sessions: communicated offers are disclosed to the party they go to, with the consents the case&apos;s rules ask for.</source>
        <translation>在單方會談中或會議之間提出：已轉達的出價或要價將在取得本案規則要求的同意後，向其對象當事方披露。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="163"/>
        <source>Every other party</source>
        <translation>所有其他當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="173"/>
        <source>No consent is required by the case&apos;s rules.</source>
        <translation>本案規則不要求取得同意。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="193"/>
        <source>Private overlap check — %1</source>
        <translation>保密重疊核查 — %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="195"/>
        <source>Agree these with the parties before the first round. Each party then types its limit on a handover screen nobody else sees; the room learns only overlap or gap (and, if agreed, a figure by the rule). Note: with a midpoint rule, a party that knows its own limit can work out the other&apos;s from the figure.</source>
        <translation>請在第一輪之前與各當事方議定以下各項。之後各當事方在他人看不到的移交畫面上輸入自己的底線；在場各方只會得知重疊或差距（如有議定，亦會得知按規則得出的數額）。注意：採用中點規則時，知道自己底線的一方可從該數額推算出對方的底線。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="202"/>
        <source>&amp;Ceiling (most it would pay):</source>
        <translation>上限(&amp;C)（願意支付的最高數額）：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="203"/>
        <source>&amp;Floor (least it would accept):</source>
        <translation>下限(&amp;F)（可接受的最低數額）：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="208"/>
        <source>&amp;Rule:</source>
        <translation>規則(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="212"/>
        <source>R&amp;ounds agreed:</source>
        <translation>議定輪數(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="58"/>
        <location filename="../../iomed_desk/gui/offers_page.py" line="108"/>
        <source>Offers ledger</source>
        <translation>報價記錄簿</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="58"/>
        <source>Case {reference}: {title}. Times at the seat ({zone}).</source>
        <translation>案件 {reference}：{title}。時間以調解地為準（{zone}）。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="59"/>
        <source>For the mediator. Confidential: private figures and offers made in caucus appear here; do not show this document to a party.</source>
        <translation>供調解員使用。保密：此處載有私下數額及在單方會談中提出的出價；請勿向任何當事方展示本文件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="61"/>
        <location filename="../../iomed_desk/gui/offers_page.py" line="104"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="61"/>
        <location filename="../../iomed_desk/gui/offers_page.py" line="104"/>
        <source>Session</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="61"/>
        <location filename="../../iomed_desk/gui/offers_page.py" line="104"/>
        <source>Made by</source>
        <translation>提出方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="61"/>
        <location filename="../../iomed_desk/gui/offers_page.py" line="104"/>
        <source>To</source>
        <translation>對象</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="61"/>
        <source>Offer / demand</source>
        <translation>出價 / 要價</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="62"/>
        <location filename="../../iomed_desk/gui/offers_page.py" line="104"/>
        <source>Figure</source>
        <translation>數額</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="62"/>
        <location filename="../../iomed_desk/gui/offers_page.py" line="104"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="62"/>
        <location filename="../../iomed_desk/gui/offers_page.py" line="105"/>
        <source>Terms</source>
        <translation>條件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="62"/>
        <source>offer</source>
        <translation>出價</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="62"/>
        <source>demand</source>
        <translation>要價</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="63"/>
        <source>every other party</source>
        <translation>所有其他當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="63"/>
        <source>communicated</source>
        <translation>已轉達</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="64"/>
        <source>private figure (mediator&apos;s note)</source>
        <translation>私下數額（調解員的筆記）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="64"/>
        <source>joint session</source>
        <translation>聯席會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="64"/>
        <source>caucus</source>
        <translation>單方會談</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="65"/>
        <source>No offers recorded on this issue.</source>
        <translation>此議題尚未記錄任何出價。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="66"/>
        <source>Overlap check: {ceiling} gives a ceiling, {floor} a floor; rule: {rule}; {rounds} round(s) agreed.</source>
        <translation>重疊核查：{ceiling} 給出上限，{floor} 給出下限；規則：{rule}；議定 {rounds} 輪。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="68"/>
        <source>Round {number}: {outcome}</source>
        <translation>第 {number} 輪：{outcome}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="69"/>
        <source>overlap or gap only</source>
        <translation>只告知重疊或差距</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="69"/>
        <source>split the difference</source>
        <translation>差額平分</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="70"/>
        <source>midpoint of the overlap</source>
        <translation>重疊區間的中點</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="86"/>
        <source>Issue</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="88"/>
        <source>&amp;Issue:</source>
        <translation>議題(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="90"/>
        <source>&amp;New issue…</source>
        <translation>新議題(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="92"/>
        <source>View as</source>
        <translation>檢視角度</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="93"/>
        <source>View &amp;as:</source>
        <translation>檢視角度(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="95"/>
        <source>Mediator (everything)</source>
        <translation>調解員（全部內容）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="96"/>
        <source>Joint screen (every party)</source>
        <translation>聯席屏幕（所有當事方）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="99"/>
        <source>&amp;Record offer…</source>
        <translation>記錄出價(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="100"/>
        <source>E&amp;xport ledger PDF…</source>
        <translation>匯出記錄簿 PDF(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="104"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="204"/>
        <source>As you see it: every offer and demand, private figures included. Never show this view to a party.</source>
        <translation>您所見的內容：所有出價及要價，包括私下數額。切勿向任何當事方展示此檢視。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="207"/>
        <source>As the joint screen would show it: what every party may see.</source>
        <translation>按聯席屏幕的顯示方式：所有當事方均可見的內容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="209"/>
        <source>As %1 would see it: its own figures and what was communicated to it.</source>
        <translation>按 %1 所見：其本方的數額以及已轉達予它的內容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="217"/>
        <source>Add an issue to start the ledger.</source>
        <translation>請新增一個議題以開始記錄。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="225"/>
        <source>Demand</source>
        <translation>要價</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="225"/>
        <source>Offer</source>
        <translation>出價</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="233"/>
        <source>Negotiation dance: %1 — as you see it</source>
        <translation>談判進退：%1 — 您所見</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="234"/>
        <source>Negotiation dance: %1 — as %2 sees it</source>
        <translation>談判進退：%1 — %2 所見</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="242"/>
        <source>The room</source>
        <translation>在場各方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="243"/>
        <source>Every other party</source>
        <translation>所有其他當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="247"/>
        <source>Private (your note)</source>
        <translation>私下（您的筆記）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="249"/>
        <source>Made in the joint session</source>
        <translation>在聯席會議中提出</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="250"/>
        <source>Communicated</source>
        <translation>已轉達</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="280"/>
        <source>Export the offers ledger</source>
        <translation>匯出報價記錄簿</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="280"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OverlapCheckPanel</name>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="37"/>
        <source>more than %1 %</source>
        <translation>超過 %1 %</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="37"/>
        <source>within %1 %</source>
        <translation>在 %1 % 以內</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="39"/>
        <source>more than %1 days</source>
        <translation>超過 %1 日</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="39"/>
        <source>within %1 days</source>
        <translation>在 %1 日以內</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="46"/>
        <source>Round %1 of %2:</source>
        <translation>第 %1 輪（共 %2 輪）：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="49"/>
        <source>the limits overlap.</source>
        <translation>雙方底線重疊。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="50"/>
        <source>the limits overlap. Figure by the agreed rule (%1): %2</source>
        <translation>雙方底線重疊。按議定規則（%1）得出的數額：%2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="53"/>
        <source>there is a gap, %1.</source>
        <translation>存在差距，%1。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="54"/>
        <source>there is a gap.</source>
        <translation>存在差距。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="68"/>
        <source>Private overlap check</source>
        <translation>保密重疊核查</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="80"/>
        <source>What the room is told</source>
        <translation>告知在場各方的內容</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="85"/>
        <source>&amp;Agree a check…</source>
        <translation>議定核查(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="86"/>
        <source>Start &amp;round</source>
        <translation>開始一輪(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="87"/>
        <source>&amp;Hand over</source>
        <translation>移交(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="88"/>
        <source>Re&amp;veal to the room</source>
        <translation>向在場各方公佈(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="89"/>
        <source>Cancel round</source>
        <translation>取消本輪</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="90"/>
        <source>Cancel the round: its limits are destroyed unread</source>
        <translation>取消本輪：其底線未經讀取即被銷毀</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="128"/>
        <source>No check agreed on this issue.</source>
        <translation>此議題尚未議定核查。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="132"/>
        <source>%1 gives a ceiling (the most it would pay), %2 a floor (the least it would accept); rule: %3; %4 round(s) agreed.</source>
        <translation>%1 給出上限（願意支付的最高數額），%2 給出下限（可接受的最低數額）；規則：%3；議定 %4 輪。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="138"/>
        <source>No round run yet.</source>
        <translation>尚未進行任何一輪。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="143"/>
        <source>Start &amp;round %1</source>
        <translation>開始第 %1 輪(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="146"/>
        <source>&amp;Hand over to %1</source>
        <translation>移交予 %1(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="190"/>
        <source>Round %1 of %2.</source>
        <translation>第 %1 輪，共 %2 輪。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="244"/>
        <source>The round was cancelled; nothing of it was kept.</source>
        <translation>本輪已取消；其內容均未保留。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="71"/>
        <source>%1 — time zone not known; set it before exporting</source>
        <translation>%1 — 時區不詳；請在匯出前設定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="93"/>
        <source>Si&amp;gnatories…</source>
        <extracomment>a case setting was recorded from one of the page&apos;s dialogs</extracomment>
        <translation>簽署人(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="94"/>
        <source>Record who signs the agreement for each party, in what capacity and on what authority</source>
        <translation>記錄代表各當事方簽署和解協議的人、其簽署職銜及授權依據</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="97"/>
        <source>&amp;Place and time zone…</source>
        <translation>地點及時區(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="98"/>
        <source>The time zone that dates the agreement at its place</source>
        <translation>按和解協議訂立地點確定其日期的時區</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="102"/>
        <source>Case overview</source>
        <translation>案件概覽</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="116"/>
        <location filename="../../iomed_desk/gui/overview_page.py" line="148"/>
        <source>Place and time zone</source>
        <translation>地點及時區</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="117"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="118"/>
        <source>Change the place&apos;s time zone</source>
        <translation>更改該地點的時區</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="138"/>
        <source>Session history</source>
        <translation>會議記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="139"/>
        <source>Session</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="139"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="139"/>
        <source>Ended</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="139"/>
        <source>Duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="149"/>
        <source>Disclosure rules</source>
        <translation>披露規則</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="150"/>
        <source>Parties</source>
        <translation>當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="151"/>
        <source>Mediators</source>
        <translation>調解員</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="152"/>
        <source>Process record</source>
        <translation>程序記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="153"/>
        <source>Sessions</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="161"/>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="172"/>
        <source>Joint session</source>
        <translation>聯席會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="173"/>
        <source>running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="180"/>
        <source>No sessions yet</source>
        <translation>尚無會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="188"/>
        <source>No representative recorded</source>
        <translation>未記錄代表</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="193"/>
        <source>Signs: %1</source>
        <translation>簽署人：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="196"/>
        <source>Signatories…</source>
        <translation>簽署人…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="197"/>
        <source>Signatories of %1</source>
        <translation>%1 的簽署人</translation>
    </message>
    <message>
        <source>Interstate</source>
        <translation>國家間</translation>
    </message>
    <message>
        <source>International commercial</source>
        <translation>國際商事</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投資</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已和解</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>State</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>State entity</source>
        <translation>國家實體</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
</context>
<context>
    <name>PartyKind</name>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="32"/>
        <source>State</source>
        <translation>國家</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="32"/>
        <source>State entity</source>
        <translation>國家實體</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="33"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="33"/>
        <source>Individual</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="34"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <source>How {party} signs</source>
        <translation type="vanished">{party} 的簽署方式</translation>
    </message>
    <message>
        <source>A certificate issued now by the mediator</source>
        <translation type="vanished">由調解員即場簽發的證書</translation>
    </message>
    <message>
        <source>Their own identity file (PKCS#12)</source>
        <translation type="vanished">本人的身份檔案（PKCS#12）</translation>
    </message>
    <message>
        <source>On paper, by hand</source>
        <translation type="vanished">在紙本上親筆簽署</translation>
    </message>
    <message>
        <source>Representative of {party}</source>
        <translation type="vanished">{party} 的代表</translation>
    </message>
    <message>
        <source>Identity file of {party}</source>
        <translation type="vanished">{party} 的身份檔案</translation>
    </message>
    <message>
        <source>A PKCS#12 file (.p12 or .pfx)</source>
        <translation type="vanished">PKCS#12 檔案（.p12 或 .pfx）</translation>
    </message>
    <message>
        <source>Signs &amp;with:</source>
        <translation type="vanished">簽署方式(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation type="vanished">代表(&amp;R)：</translation>
    </message>
    <message>
        <source>Identity &amp;file:</source>
        <translation type="vanished">身份檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="vanished">瀏覽…</translation>
    </message>
    <message>
        <source>Choose the identity file of {party}</source>
        <translation type="vanished">選擇 {party} 的身份檔案</translation>
    </message>
    <message>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation type="vanished">身份檔案 (*.p12 *.pfx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>The printed agreement keeps a signature line for this party.</source>
        <translation type="vanished">列印的和解協議將為該當事方保留簽署欄。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="74"/>
        <source>Name of the party</source>
        <translation>當事方名稱</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="80"/>
        <source>Representatives, separated by ;</source>
        <translation>代表，以 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="82"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="98"/>
        <source>Party {n} name</source>
        <translation>當事方 {n} 名稱</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="99"/>
        <source>Party {n} kind</source>
        <translation>當事方 {n} 類型</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="100"/>
        <source>Party {n} representatives</source>
        <translation>當事方 {n} 代表</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="101"/>
        <source>Remove party {n}</source>
        <translation>移除當事方 {n}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="111"/>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="112"/>
        <source>Who mediates, and the parties. Each party&apos;s caucus is shown in its colour.</source>
        <translation>調解員及各當事方。各當事方的單方會談以其顏色顯示。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="114"/>
        <source>Mediator</source>
        <translation>調解員</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="115"/>
        <source>Your name as it should appear on the agreement</source>
        <translation>您在和解協議上顯示的姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="117"/>
        <source>Co-mediator</source>
        <translation>共同調解員</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="118"/>
        <source>Optional</source>
        <translation>可選</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="122"/>
        <source>&amp;Mediator:</source>
        <translation>調解員(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="123"/>
        <source>&amp;Co-mediator:</source>
        <translation>共同調解員(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="125"/>
        <source>Parties</source>
        <translation>當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="130"/>
        <source>Add party</source>
        <translation>加入當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="131"/>
        <source>Add a party</source>
        <translation>加入一個當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="200"/>
        <source>Two parties have the same name.</source>
        <translation>有兩個當事方名稱相同。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="204"/>
        <source>Give each party its own colour, so their caucuses cannot be confused.</source>
        <translation>請為每個當事方設定不同顏色，以免混淆各方的單方會談。</translation>
    </message>
</context>
<context>
    <name>PlaceAndZoneDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="101"/>
        <source>Place and time zone</source>
        <translation>地點及時區</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="105"/>
        <source>Where the agreement is made</source>
        <translation>和解協議的訂立地點</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="107"/>
        <source>The agreement is dated as at its place: the date it bears is the date in this time zone when it is exported, whatever this computer&apos;s clock is set to.</source>
        <translation>和解協議按其訂立地點註明日期：協議所載日期是匯出時此時區的日期，與本電腦的時鐘設定無關。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="114"/>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="115"/>
        <source>The zone known for %1 is %2.</source>
        <translation>%1 的已知時區為 %2。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="117"/>
        <source>No zone is known for %1: choose the zone of the place.</source>
        <translation>%1 沒有已知時區：請選擇該地點的時區。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="123"/>
        <source>Filter the time zones</source>
        <translation>篩選時區</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="124"/>
        <source>Type part of a name, e.g. Hong Kong, Geneva, New York</source>
        <translation>輸入名稱的一部分，例如 Hong Kong、Geneva、New York</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="127"/>
        <source>Time zones</source>
        <translation>時區</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="133"/>
        <source>Use the place&apos;s &amp;zone</source>
        <translation>使用該地點的時區(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="140"/>
        <source>Date and time at the place now</source>
        <translation>該地點目前的日期及時間</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="146"/>
        <source>Place:</source>
        <translation>地點：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="147"/>
        <source>&amp;Time zone:</source>
        <translation>時區(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="152"/>
        <source>Now there:</source>
        <translation>當地現在：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="201"/>
        <source>Choose a time zone</source>
        <translation>選擇時區</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="209"/>
        <source>Choose a time zone from the list.</source>
        <translation>請從清單中選擇時區。</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../../iomed_desk/gui/places.py" line="16"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/places.py" line="16"/>
        <source>Hong Kong SAR</source>
        <translation>香港特別行政區</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/places.py" line="17"/>
        <source>Macao</source>
        <translation>澳門</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/places.py" line="17"/>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/places.py" line="18"/>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/places.py" line="18"/>
        <source>Shenzhen</source>
        <translation>深圳</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/places.py" line="19"/>
        <source>Guangzhou</source>
        <translation>廣州</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/places.py" line="19"/>
        <source>Taipei</source>
        <translation>台北</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/places.py" line="20"/>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="39"/>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="80"/>
        <source>Record position</source>
        <translation>記錄立場</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="42"/>
        <source>Version %1. A position belongs to the party that takes it: it is kept in that party&apos;s caucus channel and no other party sees it.</source>
        <translation>第 %1 版。立場屬於表明該立場的當事方：它保存在該當事方的單方會談頻道中，其他當事方均看不到。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="47"/>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="84"/>
        <source>Party</source>
        <translation>當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="50"/>
        <source>%1 (not tabled to this party)</source>
        <translation>%1（未向該當事方提交）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="56"/>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="85"/>
        <source>Clause</source>
        <translation>條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="70"/>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="87"/>
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="71"/>
        <source>What the party said, e.g. “needs board approval”</source>
        <translation>當事方的說法，例如「須經董事會批准」</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="86"/>
        <source>Position</source>
        <translation>立場</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="112"/>
        <source>Caucus with %1 in progress: the position goes to %1&apos;s caucus channel.</source>
        <translation>與 %1 的單方會談正在進行：該立場將記入 %1 的單方會談頻道。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="114"/>
        <source>Filed in %1&apos;s caucus channel.</source>
        <translation>記入 %1 的單方會談頻道。</translation>
    </message>
</context>
<context>
    <name>PositionMatrixModel</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="85"/>
        <source>Clause</source>
        <translation>條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="136"/>
        <source>%1 — %2: no position yet.</source>
        <translation>%1 — %2：尚無立場。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="137"/>
        <source>%1 — %2: %3 (recorded %4)</source>
        <translation>%1 — %2：%3（記錄於 %4）</translation>
    </message>
    <message>
        <source>Untitled clause</source>
        <translation>無標題條款</translation>
    </message>
</context>
<context>
    <name>PositionsMatrixView</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="183"/>
        <source>Positions of the parties, clause by clause</source>
        <translation>各當事方對每一條款的立場</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="222"/>
        <source>Version shown in the matrix</source>
        <translation>矩陣中顯示的版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="226"/>
        <source>Table…</source>
        <translation>提交…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="227"/>
        <source>Table this version</source>
        <translation>提交此版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="229"/>
        <source>Record position…</source>
        <translation>記錄立場…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="230"/>
        <source>Record a party&apos;s position</source>
        <translation>記錄當事方的立場</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="232"/>
        <source>Accept all remaining…</source>
        <translation>接受其餘全部…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="233"/>
        <source>Record that the party of the chosen column accepts every clause it has not yet taken a position on</source>
        <translation>記錄所選欄的當事方接受其尚未表明立場的所有條款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="246"/>
        <source>Comment on the chosen position</source>
        <translation>所選立場的意見</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="252"/>
        <source>State of the agreement</source>
        <translation>和解協議狀態</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="254"/>
        <source>Conclude agreement…</source>
        <translation>訂立和解協議…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="256"/>
        <source>Conclude the agreement</source>
        <translation>訂立和解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="258"/>
        <source>Reopen…</source>
        <translation>重新開啟…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="259"/>
        <source>Reopen the concluded agreement</source>
        <translation>重新開啟已訂立的和解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="263"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="290"/>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="311"/>
        <source>%1 accepts every clause it has not yet taken a position on (one act, recorded clause by clause)</source>
        <translation>%1 接受其尚未表明立場的所有條款（一次操作，逐條記錄）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="312"/>
        <source>Choose a cell in a party&apos;s column first</source>
        <translation>請先在某一當事方的欄中選擇一個儲存格</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="322"/>
        <source>Choose a cell to read the party&apos;s comment; hover for a preview, double-click or press Enter to record a position.</source>
        <translation>選擇儲存格可查看當事方的意見；滑鼠懸停可預覽，按兩下或按 Enter 可記錄立場。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="335"/>
        <source>Every party has accepted every clause of this version.</source>
        <translation>各當事方均已接受此版本的全部條款。</translation>
    </message>
    <message>
        <source>Not yet:</source>
        <translation>尚未符合：</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="95"/>
        <source>Check the agreement</source>
        <translation>檢查和解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="96"/>
        <source>This is the document the parties and the mediator will sign. Nothing is signed or saved yet.</source>
        <translation>這是當事方及調解員將要簽署的文件。目前尚未簽署或儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="106"/>
        <source>Preview of the agreement</source>
        <translation>和解協議預覽</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="111"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="111"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="112"/>
        <source>Fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="112"/>
        <source>Fit the page width</source>
        <translation>按頁面寬度顯示</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="120"/>
        <source>Annexes</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="122"/>
        <source>Exhibits visible to all parties; a ticked one is annexed: listed in the agreement with its SHA-256 and embedded in the signed PDF</source>
        <translation>所有當事方均可見的證據文件；剔選的即作為附件：連同其 SHA-256 列入和解協議，並嵌入已簽署的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="124"/>
        <source>Annexes (exhibits visible to all parties; tick to annex):</source>
        <translation>附件（所有當事方均可見的證據文件；剔選即作為附件）：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="171"/>
        <source>Preparing the preview…</source>
        <translation>正在準備預覽…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="194"/>
        <source>{pages} pages · agreement fingerprint {fp}</source>
        <translation>共 {pages} 頁 · 和解協議指紋 {fp}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iomed_desk/gui/export_wizard.py" line="196"/>
        <source>%n annex(es)</source>
        <translation>
            <numerusform>%n 份附件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessClosing</name>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="77"/>
        <source>Terminate the mediation</source>
        <translation>終止調解</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="80"/>
        <source>Recording the end of the mediation freezes the case: no note, session, disclosure, draft or process record can be added afterwards. A running session is ended.</source>
        <translation>記錄調解結束後，案件即被凍結：此後不能再加入任何筆記、會議、披露、草案或程序記錄。正在進行的會議將被結束。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="95"/>
        <source>Grounds</source>
        <translation>依據</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="98"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="100"/>
        <source>Keep caucus material after the end</source>
        <translation>調解結束後保留單方會談材料</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="101"/>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="102"/>
        <source>&amp;Withdrawn by:</source>
        <translation>退出方(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="105"/>
        <source>&amp;Ended on:</source>
        <translation>結束日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="106"/>
        <source>&amp;Grounds:</source>
        <translation>依據(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="107"/>
        <source>Recorded &amp;by:</source>
        <translation>記錄人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="108"/>
        <source>&amp;Keep caucus material:</source>
        <translation>保留單方會談材料(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="111"/>
        <source>&amp;Terminate</source>
        <translation>終止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="125"/>
        <source>End the mediation as “%1”? The case becomes read-only; this cannot be undone.</source>
        <translation>以「%1」結束調解嗎？案件將變為唯讀；此操作無法復原。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="151"/>
        <source>The mediation ended (%1): the case is read-only. Sign the termination record now, or later from the overview.</source>
        <translation>調解已結束（%1）：案件為唯讀。請立即簽署終止記錄，或稍後在概覽中簽署。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="153"/>
        <source>&amp;Sign the termination record…</source>
        <translation>簽署終止記錄(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="154"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="173"/>
        <source>Close the file</source>
        <translation>結案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="182"/>
        <source>Closing destroys every caucus note (with all its revisions), every position, every caucus offer and every caucus exhibit, for good, and writes the case file anew. The parties, the agreement, the termination record and the audit chain stay. The destruction certificate is signed with your identity.</source>
        <translation>結案將永久銷毀所有單方會談筆記（連同其全部修訂版）、所有立場、所有單方會談中的出價及所有單方會談證據文件，並重新寫入案件檔案。當事方、和解協議、終止記錄及審計鏈將予保留。銷毀證明書以您的身份簽署。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="189"/>
        <source>What will be destroyed</source>
        <translation>將被銷毀的內容</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="190"/>
        <source>Channel</source>
        <translation>頻道</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="190"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="190"/>
        <source>Revisions</source>
        <translation>修訂版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="190"/>
        <source>Positions</source>
        <translation>立場</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="190"/>
        <source>Offers</source>
        <translation>報價</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="191"/>
        <source>Exhibits</source>
        <translation>證據文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="209"/>
        <source>your identity (PKCS#12, .p12)</source>
        <translation>您的身份（PKCS#12，.p12）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="210"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="216"/>
        <source>Passphrase of the identity</source>
        <translation>身份的密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="220"/>
        <source>Type the case reference to confirm</source>
        <translation>輸入案件編號以確認</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="223"/>
        <source>&amp;Identity:</source>
        <translation>身份(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="226"/>
        <source>Identity &amp;passphrase:</source>
        <translation>身份密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="227"/>
        <source>&amp;Certificate:</source>
        <translation>證明書(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="228"/>
        <source>Type the case reference (%1) to &amp;confirm:</source>
        <translation>輸入案件編號（%1）以確認(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="231"/>
        <source>&amp;Destroy and close</source>
        <translation>銷毀並結案(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="243"/>
        <source>Your signing identity</source>
        <translation>您的簽署身份</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="243"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="269"/>
        <source>Destruction certificate</source>
        <translation>銷毀證明書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="272"/>
        <source>the mediator&apos;s certificate to trust (.pem)</source>
        <translation>要信任的調解員證書（.pem）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="273"/>
        <source>Trusted certificate</source>
        <translation>受信任的證書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="277"/>
        <source>Written to %1
SHA-256 %2</source>
        <translation>已寫入 %1
SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="282"/>
        <source>Verification report</source>
        <translation>驗證報告</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="284"/>
        <source>Verify checks the signature, the record as signed and the page drawn again.</source>
        <translation>驗證會檢查簽署、所簽署的記錄，並重新繪製頁面進行比對。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="287"/>
        <source>&amp;Verify</source>
        <translation>驗證(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="292"/>
        <source>&amp;Trust:</source>
        <translation>信任(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="307"/>
        <source>Verifying…</source>
        <translation>正在驗證…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="313"/>
        <source>Verified: the certificate is signed and unchanged.</source>
        <translation>已驗證：證明書已簽署且未被更改。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="313"/>
        <source>NOT verified: see the problems below.</source>
        <translation>未通過驗證：請查看下方列出的問題。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="346"/>
        <source>Your last edit could not be saved; the file was not closed.</source>
        <translation>您最近的編輯未能儲存；未能結案。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="352"/>
        <source>Destroying the caucus material and writing the certificate…</source>
        <translation>正在銷毀單方會談材料並寫入證明書…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="388"/>
        <source>The file was not closed</source>
        <translation>未能結案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="56"/>
        <source>Settled (the exported agreement)</source>
        <translation>已和解（已匯出的和解協議）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="57"/>
        <source>Partially settled</source>
        <translation>部分和解</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="58"/>
        <source>Not settled</source>
        <translation>未和解</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="59"/>
        <source>Withdrawn by a party</source>
        <translation>一方退出</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="60"/>
        <source>Terminated by the mediator</source>
        <translation>由調解員終止</translation>
    </message>
</context>
<context>
    <name>ProcessDialogs</name>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="133"/>
        <source>Agreement to mediate</source>
        <translation>調解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="136"/>
        <source>No session can start before the agreement to mediate is on record: how the parties signed it, or why the mediation proceeds without it.</source>
        <translation>在記錄調解協議之前，不能開始任何會議：請記錄當事方的簽署方式，或在沒有該協議的情況下進行調解的理由。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="138"/>
        <source>The signed terms of the mediation: the parties, the mediators, the rules, confidentiality and fees.</source>
        <translation>已簽署的調解條款：當事方、調解員、規則、保密及費用。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="152"/>
        <source>the institution&apos;s rules, by name (optional)</source>
        <translation>機構規則的名稱（可選）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="156"/>
        <source>the signed PDF</source>
        <translation>已簽署的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="157"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="159"/>
        <source>&amp;Generate and sign…</source>
        <translation>產生並簽署(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="161"/>
        <source>Draw up the agreement to mediate from these terms and have it signed now, each party&apos;s signatory in turn at this keyboard</source>
        <translation>按這些條款擬訂調解協議，並立即簽署：各當事方的簽署人依次在這部電腦的鍵盤上簽署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="169"/>
        <source>Reason for proceeding without</source>
        <translation>在沒有該協議的情況下進行調解的理由</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="170"/>
        <source>Institution&apos;s &amp;rules:</source>
        <translation>機構規則(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="171"/>
        <source>&amp;Confidentiality:</source>
        <translation>保密(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="172"/>
        <source>&amp;Fees:</source>
        <translation>費用(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="173"/>
        <source>Signed PDF fi&amp;le:</source>
        <translation>已簽署的 PDF 檔案(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="176"/>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="201"/>
        <source>The signed agreement to mediate</source>
        <translation>已簽署的調解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="201"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="232"/>
        <source>Choose the signed PDF: its SHA-256 goes on record.</source>
        <translation>請選擇已簽署的 PDF：其 SHA-256 將被記錄。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="257"/>
        <source>Declarations of independence and impartiality</source>
        <translation>獨立性及公正性聲明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="261"/>
        <source>Declarations and answers</source>
        <translation>聲明及回覆</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="262"/>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="284"/>
        <source>Declaration</source>
        <translation>聲明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="262"/>
        <source>Made</source>
        <translation>作出時間</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="268"/>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="346"/>
        <source>Party</source>
        <translation>當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="269"/>
        <source>Answer</source>
        <translation>回覆</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="271"/>
        <source>grounds of an objection</source>
        <translation>異議的依據</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="272"/>
        <source>Grounds</source>
        <translation>依據</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="273"/>
        <source>Record the &amp;answer</source>
        <translation>記錄回覆(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="276"/>
        <source>Selected declaration:</source>
        <translation>所選聲明：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="283"/>
        <source>At appointment</source>
        <translation>獲委任時</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="283"/>
        <source>Circumstances changed</source>
        <translation>情況有變</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="285"/>
        <source>&amp;Mediator:</source>
        <translation>調解員(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="286"/>
        <source>&amp;Occasion:</source>
        <translation>情形(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="287"/>
        <source>&amp;New declaration:</source>
        <translation>新聲明(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="290"/>
        <source>Record the declaration</source>
        <translation>記錄聲明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="291"/>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="371"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="307"/>
        <source>awaiting</source>
        <translation>待回覆</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="341"/>
        <source>Authorities to settle</source>
        <translation>和解授權</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="345"/>
        <source>Authorities on record</source>
        <translation>已記錄的授權</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="346"/>
        <source>Representative</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="346"/>
        <source>Instrument</source>
        <translation>授權文書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="359"/>
        <source>e.g. up to USD 5m</source>
        <translation>例如：最高 500 萬美元</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="361"/>
        <source>what the instrument is (for another instrument) or its reference</source>
        <translation>文書類型（如為其他文書）或其編號</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="362"/>
        <source>&amp;Party:</source>
        <translation>當事方(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="363"/>
        <source>&amp;Representative:</source>
        <translation>代表(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="364"/>
        <source>&amp;Instrument:</source>
        <translation>授權文書(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="365"/>
        <source>&amp;Dated:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="366"/>
        <source>&amp;Limits:</source>
        <translation>限額(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="367"/>
        <source>D&amp;etail:</source>
        <translation>詳情(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="370"/>
        <source>Record the authority</source>
        <translation>記錄授權</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="55"/>
        <source>Signed on &amp;paper</source>
        <translation>以紙本簽署(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="56"/>
        <source>Signed &amp;digitally (the signed PDF)</source>
        <translation>以電子方式簽署(&amp;D)（已簽署的 PDF）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="57"/>
        <source>Proceed &amp;without one, for a reason</source>
        <translation>在沒有該協議的情況下進行(&amp;W)，並說明理由</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="60"/>
        <source>Full powers</source>
        <translation>全權證書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="61"/>
        <source>Board resolution</source>
        <translation>董事會決議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="62"/>
        <source>Power of attorney</source>
        <translation>授權書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="63"/>
        <source>Other instrument</source>
        <translation>其他文書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="66"/>
        <source>by full powers dated %1</source>
        <translation>依據%1的全權證書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="67"/>
        <source>by board resolution dated %1</source>
        <translation>依據%1的董事會決議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="68"/>
        <source>by power of attorney dated %1</source>
        <translation>依據%1的授權書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="76"/>
        <source>by %1 dated %2</source>
        <translation>依據%2的%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="79"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="83"/>
        <source>Acknowledged</source>
        <translation>已確認</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="84"/>
        <source>Objected</source>
        <translation>已提出異議</translation>
    </message>
</context>
<context>
    <name>ProcessFlow</name>
    <message>
        <location filename="../../iomed_desk/gui/process_flow.py" line="85"/>
        <source>The mediation ended (%1) on %2: the case is read-only</source>
        <translation>調解已於 %2 結束（%1）：案件為唯讀</translation>
    </message>
</context>
<context>
    <name>ProcessOverview</name>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="37"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="51"/>
        <source>Process record</source>
        <extracomment>a dialog opened from here; the overview keeps it and passes its `saved` on</extracomment>
        <translation>程序記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="59"/>
        <source>Agreement to mediate</source>
        <translation>調解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="59"/>
        <source>Agreement to mediate…</source>
        <translation>調解協議…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="60"/>
        <source>Declarations</source>
        <translation>聲明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="60"/>
        <source>Declarations…</source>
        <translation>聲明…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="61"/>
        <source>Authorities to settle</source>
        <translation>和解授權</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="61"/>
        <source>Authorities…</source>
        <translation>和解授權…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="62"/>
        <source>End of the mediation</source>
        <translation>調解結束</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="62"/>
        <source>Terminate…</source>
        <translation>終止…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="77"/>
        <source>Sign the termination record…</source>
        <translation>簽署終止記錄…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="85"/>
        <source>Not recorded: no session can start before it (or the reason to proceed without it).</source>
        <translation>未記錄：在記錄該協議（或在沒有該協議的情況下進行調解的理由）之前，不能開始任何會議。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="87"/>
        <source>Proceeding without one (recorded %1): %2</source>
        <translation>在沒有該協議的情況下進行（記錄於 %1）：%2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="90"/>
        <source>Signed on paper, recorded %1</source>
        <translation>以紙本簽署，記錄於 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="91"/>
        <source>Signed digitally, recorded %1</source>
        <translation>以電子方式簽署，記錄於 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="92"/>
        <source>Rules: %1</source>
        <translation>規則：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="94"/>
        <source>Signed PDF SHA-256: %1</source>
        <translation>已簽署 PDF 的 SHA-256：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="107"/>
        <source>%1 awaiting</source>
        <translation>%1 待回覆</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="108"/>
        <source>%1 acknowledged</source>
        <translation>%1 已確認</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="109"/>
        <source>%1 objected</source>
        <translation>%1 已提出異議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="110"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="113"/>
        <source>Acknowledged by all parties.</source>
        <translation>所有當事方均已確認。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="114"/>
        <location filename="../../iomed_desk/gui/process_overview.py" line="118"/>
        <source>None recorded</source>
        <translation>尚無記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="122"/>
        <source>The mediation is running.</source>
        <translation>調解正在進行。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="126"/>
        <source>%1 on %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="130"/>
        <source>Grounds: %1</source>
        <translation>依據：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="132"/>
        <source>File closed on %1: caucus material destroyed.</source>
        <translation>已於 %1 結案：單方會談材料已銷毀。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="133"/>
        <source>Caucus material kept %1 days after the end; then Close the file… destroys it.</source>
        <translation>單方會談材料在調解結束後保留 %1 日；之後以「結案…」將其銷毀。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="135"/>
        <source>The case is read-only.</source>
        <translation>案件為唯讀。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="139"/>
        <source>The mediation has ended: the case is read-only</source>
        <translation>調解已結束：案件為唯讀</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="144"/>
        <source>Export %1 awaits your attestation after paper signatures: attest it first (Attest after paper signatures…), then sign the termination record.</source>
        <translation>第 %1 次匯出正等待您在紙本簽署後作出證明：請先作出證明（紙本簽署後作出證明…），然後簽署終止記錄。</translation>
    </message>
</context>
<context>
    <name>ProcessSigning</name>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="89"/>
        <source>your identity (PKCS#12, .p12)</source>
        <translation>您的身份（PKCS#12，.p12）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="90"/>
        <source>Mediator&apos;s identity file</source>
        <translation>調解員身份檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="91"/>
        <source>Passphrase of the identity</source>
        <translation>身份的密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="93"/>
        <location filename="../../iomed_desk/gui/process_signing.py" line="107"/>
        <source>Save the signed PDF as</source>
        <translation>將已簽署的 PDF 另存為</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="94"/>
        <source>Your &amp;identity:</source>
        <translation>您的身份(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="95"/>
        <location filename="../../iomed_desk/gui/process_signing.py" line="107"/>
        <location filename="../../iomed_desk/gui/process_signing.py" line="223"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="95"/>
        <source>Your signing identity</source>
        <translation>您的簽署身份</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="95"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="96"/>
        <source>Identity &amp;passphrase:</source>
        <translation>身份密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="106"/>
        <source>&amp;Save as:</source>
        <translation>另存為(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="107"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="117"/>
        <source>Choose your identity file (.p12).</source>
        <translation>請選擇您的身份檔案（.p12）。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="120"/>
        <source>Choose where to save the signed PDF.</source>
        <translation>請選擇已簽署 PDF 的儲存位置。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="123"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在；請選擇新的檔案名稱。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="126"/>
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="154"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="158"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="172"/>
        <source>Sign the termination record</source>
        <translation>簽署終止記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="174"/>
        <source>The termination record states how the mediation ended, when and on what grounds, and the audit head of the termination. You sign it with your identity; the signature locks it.</source>
        <translation>終止記錄載明調解如何結束、何時結束、依據為何，以及終止時的審計鏈頭。您以自己的身份簽署；簽署後記錄即被鎖定。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="180"/>
        <source>&amp;Sign</source>
        <translation>簽署(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="198"/>
        <source>Signing the termination record…</source>
        <translation>正在簽署終止記錄…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="203"/>
        <source>Termination record written to %1</source>
        <translation>終止記錄已寫入 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="217"/>
        <source>How %1 signs</source>
        <translation>%1 的簽署方式</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="218"/>
        <source>A certificate issued in the room (a PIN they choose)</source>
        <translation>現場簽發的證書（由其自設 PIN 碼）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="219"/>
        <source>Their own identity file (PKCS#12)</source>
        <translation>本人的身份檔案（PKCS#12）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="221"/>
        <source>Identity file of %1</source>
        <translation>%1 的身份檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="222"/>
        <source>their .p12 file</source>
        <translation>其 .p12 檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="223"/>
        <source>Choose the identity file of %1</source>
        <translation>選擇 %1 的身份檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="224"/>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>身份檔案 (*.p12 *.pfx);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="249"/>
        <source>Choose an existing identity file for %1.</source>
        <translation>請為 %1 選擇一個現有的身份檔案。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="259"/>
        <source>Generate and sign the agreement to mediate</source>
        <translation>產生並簽署調解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="262"/>
        <source>The agreement to mediate names the parties, the mediators, the rules, confidentiality and fees as typed. You certify it first; each party&apos;s signatory then signs in turn on a screen that shows only what they sign; your signature locks it.</source>
        <translation>調解協議按所輸入的內容載明當事方、調解員、規則、保密及費用。您先對其作出證明；然後各當事方的簽署人依次在只顯示其所簽署內容的屏幕上簽署；最後由您的簽署將其鎖定。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="272"/>
        <source>%1 — %2:</source>
        <translation>%1 — %2：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="277"/>
        <source>&amp;Sign…</source>
        <translation>簽署(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="293"/>
        <source>%1 has no representative to sign: add one.</source>
        <translation>%1 沒有可簽署的代表：請加入一位。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="309"/>
        <source>Opening your identity…</source>
        <translation>正在開啟您的身份…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="317"/>
        <source>Your issuing key is not open (keep ….issuing.p12 beside the identity file): choose their own identity file for each signatory.</source>
        <translation>您的簽發密鑰未開啟（請將 ….issuing.p12 放在身份檔案旁邊）：請為每位簽署人選擇其本人的身份檔案。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="329"/>
        <source>Handed over to %1…</source>
        <translation>已移交予 %1…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="330"/>
        <source>Agreement to mediate, case %1</source>
        <translation>調解協議，案件 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="348"/>
        <source>%1: choose a PIN of at least %2 characters and type it twice. A certificate is issued in your name for this one signature of the agreement to mediate, marked “issued in the room”; its key is destroyed after it signs.</source>
        <translation>%1：請設定至少 %2 個字元的 PIN 碼，並輸入兩次。系統將以您的名義簽發一張證書，只用於這一次簽署調解協議，並標註「現場簽發」；簽署後其密鑰即被銷毀。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="351"/>
        <source>Choose a &amp;PIN:</source>
        <translation>設定 PIN 碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="351"/>
        <source>Issuing the certificate…</source>
        <translation>正在簽發證書…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="354"/>
        <source>%1: type the passphrase of your identity file %2. It unlocks your key for this signature only and is not kept.</source>
        <translation>%1：請輸入您的身份檔案 %2 的密碼短語。它只為這次簽署解鎖您的密鑰，不會被儲存。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="356"/>
        <source>&amp;Passphrase:</source>
        <translation>密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="356"/>
        <source>Opening the identity file…</source>
        <translation>正在開啟身份檔案…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="399"/>
        <source>Signing the agreement to mediate…</source>
        <translation>正在簽署調解協議…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="410"/>
        <source>Agreement to mediate written to %1; it is on record as signed digitally, and sessions may start.</source>
        <translation>調解協議已寫入 %1；已記錄為以電子方式簽署，現在可以開始會議。</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="184"/>
        <source>Export again</source>
        <translation>再次匯出</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="185"/>
        <source>This agreement has been exported before. Another export is recorded with its reason, and every party&apos;s signing record shows both exports.</source>
        <translation>此和解協議此前已匯出。再次匯出將連同理由一併記錄，每個當事方的簽署記錄均會顯示兩次匯出。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="193"/>
        <source>Reason for exporting again</source>
        <translation>再次匯出的理由</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="194"/>
        <source>For example: the first file was lost; a party&apos;s token failed</source>
        <translation>例如：第一個檔案已遺失；某一當事方的令牌失靈</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="198"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="207"/>
        <source>Export {n} on {when}: {file}
PDF SHA-256 {sha}</source>
        <translation>第 {n} 次匯出，{when}：{file}
PDF SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="219"/>
        <source>The reason is too long (at most {n} characters).</source>
        <translation>理由過長（最多 {n} 個字元）。</translation>
    </message>
</context>
<context>
    <name>Redline</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="66"/>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="101"/>
        <source>ADDED</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="68"/>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="102"/>
        <source>REMOVED</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="70"/>
        <source>MOVED from § %1</source>
        <translation>由 § %1 移來</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="72"/>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="102"/>
        <source>CHANGED</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="78"/>
        <source>former § %1</source>
        <translation>原 § %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="101"/>
        <source>MOVED</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="109"/>
        <source>%1 changed</source>
        <translation>修改 %1 條</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="109"/>
        <source>%1 moved</source>
        <translation>移動 %1 條</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="109"/>
        <source>%1 added</source>
        <translation>新增 %1 條</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="110"/>
        <source>%1 removed</source>
        <translation>刪除 %1 條</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="112"/>
        <source>Version %1 (%2) compared with version %3 (%4)</source>
        <translation>第 %1 版（%2）與第 %3 版（%4）對照</translation>
    </message>
    <message>
        <source>inserted words</source>
        <translation>插入的文字</translation>
    </message>
    <message>
        <source>deleted words</source>
        <translation>刪除的文字</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>No differences between these versions.</source>
        <translation>這兩個版本沒有差異。</translation>
    </message>
    <message>
        <source>REDLINE · MEDIATOR’S COPY</source>
        <translation>修訂對照 · 調解員存檔本</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>圖例</translation>
    </message>
</context>
<context>
    <name>RedlineView</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="138"/>
        <source>Redline between two versions</source>
        <translation>兩個版本之間的修訂對照</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="175"/>
        <source>Print redline</source>
        <translation>列印修訂對照</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/release_dialog.py" line="29"/>
        <source>Release from confidence</source>
        <translation>解除保密</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/release_dialog.py" line="31"/>
        <source>Release “%1” from confidence</source>
        <translation>解除「%1」的保密</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/release_dialog.py" line="41"/>
        <source>From: %1. This was given in confidence; only %2 can lift that. Once released, the case&apos;s rules decide what a disclosure of it needs.</source>
        <translation>來源：%1。此資料以保密方式提供；只有 %2 可以解除保密。解除後，披露所需的條件由本案規則決定。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/release_dialog.py" line="46"/>
        <source>Consent on record</source>
        <translation>已記錄的同意</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/release_dialog.py" line="58"/>
        <source>Why the release was refused</source>
        <translation>解除保密被拒絕的原因</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/release_dialog.py" line="61"/>
        <source>Release</source>
        <translation>解除保密</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/release_dialog.py" line="62"/>
        <source>Record the release from confidence</source>
        <translation>記錄解除保密</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="96"/>
        <source>Reopen agreement</source>
        <translation>重新開啟和解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="97"/>
        <source>Reopen the agreement concluded on version %1? The case returns to open and the parties&apos; acceptance must be given again before a new conclusion.</source>
        <translation>重新開啟按第 %1 版訂立的和解協議？案件將回復為進行中，須再次取得各當事方的接受，方可重新訂立。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="102"/>
        <source>Reason for reopening</source>
        <translation>重新開啟的理由</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="103"/>
        <source>Why the agreement is reopened (required)</source>
        <translation>重新開啟和解協議的理由（必填）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="108"/>
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="116"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="145"/>
        <source>The signed agreement</source>
        <translation>已簽署的和解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="164"/>
        <source>Verification report</source>
        <translation>驗證報告</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="165"/>
        <source>&amp;Attest after paper signatures…</source>
        <translation>紙本簽署後作出證明(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="166"/>
        <source>Record the paper signatures and attest</source>
        <translation>記錄紙本簽署並作出證明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="168"/>
        <source>&amp;Verify…</source>
        <translation>驗證(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="169"/>
        <source>Verify the signed PDF</source>
        <translation>驗證已簽署的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="171"/>
        <source>Save the mediator&apos;s &amp;certificate…</source>
        <translation>儲存調解員證書(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="172"/>
        <source>Save the mediator&apos;s certificate for verifiers</source>
        <translation>儲存調解員證書，供驗證者使用</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="192"/>
        <source>Saved as {path}.</source>
        <translation>已儲存為 {path}。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="198"/>
        <source>This PDF awaits the paper signatures of {parties}. Print it, have it signed by hand, and keep the signed paper with the file; then choose Attest after paper signatures… (here or in the Case menu) to record who witnessed each paper signature and apply the mediator&apos;s attestation, which locks the document. Until then a verifier sees it as incomplete.
File: {file}</source>
        <translation>此 PDF 正等待 {parties} 的紙本簽署。請將其列印，由簽署人親筆簽署，並將已簽署的紙本與檔案一併保存；然後選擇「紙本簽署後作出證明…」（在此處或「案件」選單中），記錄每個紙本簽署的見證人，並加上調解員證明，文件隨即鎖定。在此之前，驗證者會視其為不完整。
檔案：{file}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="203"/>
        <source>The signing records are written when the agreement is attested.</source>
        <translation>簽署記錄將在和解協議作出證明後寫入。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="206"/>
        <source>Signing records written beside the PDF (one for each party to take home, one for the mediator, and the JSON):
{files}</source>
        <translation>已在 PDF 旁寫入簽署記錄（每個當事方帶走一份，調解員一份，另有 JSON 檔案）：
{files}</translation>
    </message>
    <message>
        <source>Saved as {path}. This check trusts each signer&apos;s own certificates; whoever checks the file later (File ▸ Verify PDF…) chooses whom to trust, such as the mediator&apos;s certificate.</source>
        <translation type="vanished">已儲存為 {path}。是次檢查信任每位簽署人自己的證書；日後檢查該檔案的人（檔案 ▸ 驗證 PDF…）可自行選擇信任對象，例如調解員的證書。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="213"/>
        <source>The case&apos;s audit record now ends at {head}. Give it to the parties or the institution to hold: iomed-desk check --expect-head shows later whether a case file still contains it.</source>
        <translation>案件的審計記錄現結束於 {head}。請將其交給各方或機構保存：日後可用 iomed-desk check --expect-head 檢查案件檔案是否仍包含它。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="220"/>
        <source>Save the mediator&apos;s certificate</source>
        <translation>儲存調解員證書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="221"/>
        <source>Certificates (*.pem)</source>
        <translation>證書 (*.pem)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="230"/>
        <source>Certificate saved as {file}.</source>
        <translation>證書已儲存為 {file}。</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="135"/>
        <source>New revision of %1</source>
        <extracomment>reads the file into the case: (progress(done, size), cancelled()) -&gt; what changed</extracomment>
        <translation>%1 的新修訂版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="137"/>
        <source>Exhibit %1 now: revision %2, %3 (%4)</source>
        <translation>證據文件 %1 目前為：修訂版 %2，%3（%4）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="139"/>
        <source>New revision %1: %2 (%3)</source>
        <translation>新修訂版 %1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="145"/>
        <source>File name</source>
        <translation>檔案名稱</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="147"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="148"/>
        <source>The earlier revisions stay in the case file. Whoever this exhibit was disclosed to keeps seeing the revision consented to; disclose it again to show this one.</source>
        <translation>較早的修訂版會保留在案件檔案中。曾獲披露此證據文件的人士仍只會看到經同意披露的修訂版；如要讓其看到此修訂版，請再次披露。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="153"/>
        <source>Save revision</source>
        <translation>儲存修訂版</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="39"/>
        <source>In the room — %1</source>
        <translation>在場 — %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="43"/>
        <source>Attendance list</source>
        <translation>出席名單</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="43"/>
        <location filename="../../iomed_desk/gui/process_room.py" line="57"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="43"/>
        <location filename="../../iomed_desk/gui/process_room.py" line="57"/>
        <source>For</source>
        <translation>所屬方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="43"/>
        <source>Arrived</source>
        <translation>到場</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="43"/>
        <source>Left</source>
        <translation>離場</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="46"/>
        <source>Record &amp;departure</source>
        <translation>記錄離場(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="47"/>
        <source>Record that the chosen attendee has left</source>
        <translation>記錄所選出席者已離場</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="56"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="57"/>
        <source>Name of the late arrival</source>
        <translation>遲到者姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="58"/>
        <source>no party</source>
        <translation>不代表任何當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="58"/>
        <source>language (interpreter)</source>
        <translation>語言（傳譯員）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="58"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="59"/>
        <source>&amp;Undertaking given</source>
        <translation>已作出保密承諾(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="56"/>
        <source>&amp;Add late arrival</source>
        <translation>加入遲到者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="56"/>
        <source>Arriving &amp;now:</source>
        <translation>現在到場(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="61"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="116"/>
        <source>%1 attends for %2, not for %3. Have them join this caucus?</source>
        <translation>%1 代表 %2，而非 %3。仍讓其加入本單方會談嗎？</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="50"/>
        <source>Party consent (ICSID Mediation Rules style)</source>
        <translation>當事方同意（ICSID 調解規則模式）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="51"/>
        <source>Nothing leaves a caucus without the authorisation of the party it came from.</source>
        <translation>未經提供資料的當事方授權，任何單方會談內容均不得披露。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="53"/>
        <source>UNCITRAL Model Law on International Commercial Mediation (2018)</source>
        <translation>《貿易法委員會國際商事調解示範法》（2018 年）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="54"/>
        <source>The mediator may disclose a party&apos;s information unless it was given in confidence.</source>
        <translation>調解員可披露一方當事方提供的資料，但以保密方式提供者除外。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="56"/>
        <source>Hong Kong Mediation Ordinance (Cap. 620), s. 8</source>
        <translation>香港《調解條例》（第 620 章）第 8 條</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="57"/>
        <source>Disclosure needs the consent of every party, every mediator and the maker of the communication, or a statutory exception.</source>
        <translation>披露須經每一當事方、每一調解員及作出該通訊的人同意，或符合法定例外情況。</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="130"/>
        <source>Disclosure rules</source>
        <translation>披露規則</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="131"/>
        <source>Which rules decide when caucus material may be shown to others. Chosen once, shown on the case overview.</source>
        <translation>決定單方會談材料何時可向他人展示的規則。只可選擇一次，並在案件概覽中顯示。</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="49"/>
        <source>The folder {folder} does not exist; choose another.</source>
        <translation>資料夾 {folder} 不存在；請選擇其他資料夾。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="51"/>
        <source>The folder {folder} cannot be written to; choose another.</source>
        <translation>無法寫入資料夾 {folder}；請選擇其他資料夾。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="60"/>
        <source>Sign and save</source>
        <translation>簽署並儲存</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="61"/>
        <source>Every signature is applied and checked before the file is written. Nothing is saved if any check fails.</source>
        <translation>寫入檔案之前，會加上並檢查每個簽署。任何一項檢查未通過，均不會儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="64"/>
        <source>&amp;Sign and save</source>
        <translation>簽署並儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="71"/>
        <location filename="../../iomed_desk/gui/export_result.py" line="73"/>
        <source>Save the signed agreement as</source>
        <translation>將已簽署的和解協議另存為</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="73"/>
        <source>&amp;Choose…</source>
        <translation>選擇(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="74"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="77"/>
        <source>Save &amp;as:</source>
        <translation>另存為(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="98"/>
        <source>with their own identity file</source>
        <translation>使用本人的身份檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="98"/>
        <source>with their token</source>
        <translation>使用本人的令牌</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="99"/>
        <source>with a certificate issued in the room</source>
        <translation>使用現場簽發的證書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="100"/>
        <source>on paper, after printing; the mediator attests afterwards</source>
        <translation>列印後在紙本上簽署；調解員隨後作出證明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="108"/>
        <source>{who}: certifies first; attests last, which locks the document</source>
        <translation>{who}：首先作核證簽署；最後作出證明，文件隨即鎖定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="110"/>
        <source>{who}: certifies now; attests after the paper signatures, which locks the document</source>
        <translation>{who}：現在作核證簽署；在紙本簽署後作出證明，文件隨即鎖定</translation>
    </message>
    <message>
        <source>{who}, with their own identity file</source>
        <translation type="vanished">{who}，使用本人的身份檔案</translation>
    </message>
    <message>
        <source>{who}, with a certificate issued now by the mediator</source>
        <translation type="vanished">{who}，使用調解員即場簽發的證書</translation>
    </message>
    <message>
        <source>On paper, by hand, after printing</source>
        <translation type="vanished">列印後在紙本上親筆簽署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="111"/>
        <source>Mediator</source>
        <translation>調解員</translation>
    </message>
    <message>
        <source>{who}, attesting, signs last</source>
        <translation type="vanished">{who}，作出證明，最後簽署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="127"/>
        <source>{file} already exists. Replace it with the signed agreement?</source>
        <translation>{file} 已存在。要以已簽署的和解協議取代它嗎？</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="136"/>
        <source>Signing and checking the agreement…</source>
        <translation>正在簽署並檢查和解協議…</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="79"/>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="90"/>
        <source>Save version</source>
        <translation>儲存版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="80"/>
        <source>The current text becomes version %1. Saved versions never change; parties see a version only once it is tabled to them.</source>
        <translation>目前文本將成為第 %1 版。已儲存的版本不會再更改；版本只有在提交予當事方後，當事方才能看到。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="85"/>
        <source>What changed</source>
        <translation>修改內容</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="86"/>
        <source>What changed, e.g. “Payment moved to 60 days”</source>
        <translation>修改內容，例如「付款期限改為 60 日」</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="95"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="55"/>
        <source>Search all notes (Ctrl+F)</source>
        <extracomment>posted first, unranked (the newest the audience may see), while the ranked list is computed the most hits a list holds, ranked or newest first</extracomment>
        <translation>搜尋所有筆記（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="56"/>
        <source>Search all notes</source>
        <translation>搜尋所有筆記</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="101"/>
        <source>Search as</source>
        <extracomment>&quot;first&quot; while the newest hits are on screen and the ranked list is coming, then &quot;final&quot;</extracomment>
        <translation>搜尋視角</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="103"/>
        <source>Search as:</source>
        <translation>搜尋視角：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="106"/>
        <source>Whose eyes to search with (Alt+A)</source>
        <translation>以誰的視角搜尋（Alt+A）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="107"/>
        <source>Ne&amp;west first</source>
        <translation>最新優先(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="108"/>
        <source>List the newest matches first instead of the best ones</source>
        <translation>先列出最新的相符結果，而非最相關的結果</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="117"/>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="118"/>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="118"/>
        <source>Excerpt</source>
        <translation>摘錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="147"/>
        <source>the mediator (every channel)</source>
        <translation>調解員（所有頻道）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="149"/>
        <source>%1 (what they may see)</source>
        <translation>%1（其可見內容）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="150"/>
        <source>the joint screen (what every party may see)</source>
        <translation>聯席屏幕（所有當事方均可見的內容）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="155"/>
        <source>Choose whose eyes to search with, then type (Ctrl+F goes back to the field).</source>
        <translation>選擇以誰的視角搜尋，然後輸入（按 Ctrl+F 返回搜尋欄）。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="171"/>
        <source>Every channel: confidential material of every party, for your eyes only.</source>
        <translation>所有頻道：包含各當事方的保密材料，只有您可見。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="173"/>
        <source>Only what every party may see: the joint channel and what was disclosed to all.</source>
        <translation>只限所有當事方均可見的內容：聯席會議頻道以及向所有當事方披露的內容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="176"/>
        <source>Only what %1 may see: the joint channel, their own caucus and what was disclosed to them.</source>
        <translation>只限 %1 可見的內容：聯席會議頻道、其本方的單方會談以及向其披露的內容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="216"/>
        <source>Search: “%1”</source>
        <translation>搜尋：「%1」</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="219"/>
        <source>Type words to find them in every channel.</source>
        <translation>輸入字詞，在所有頻道中尋找。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="225"/>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="254"/>
        <source>The newest matches; ranking…</source>
        <translation>最新的相符結果；正在排序…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="268"/>
        <source>No notes found.</source>
        <translation>找不到筆記。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="270"/>
        <source>The first %1 notes found; add words to narrow the search.</source>
        <translation>已找到的首 %1 則筆記；加入字詞可收窄搜尋範圍。</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found.</source>
        <translation type="vanished">
            <numerusform>找到 %n 則筆記。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_results.py" line="200"/>
        <source>(untitled)</source>
        <extracomment>the excerpt as escaped HTML with the matches marked (the item&apos;s text stays the plain excerpt) as the search itself: shorter words match whole words only, longer ones as the start of a word</extracomment>
        <translation>（無標題）</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="36"/>
        <source>Start joint session</source>
        <translation>開始聯席會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="37"/>
        <source>Start a joint session: new notes go to the joint channel</source>
        <translation>開始聯席會議：新筆記將記入聯席會議頻道</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="39"/>
        <location filename="../../iomed_desk/gui/session_bar.py" line="41"/>
        <source>Start caucus</source>
        <translation>開始單方會談</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="40"/>
        <source>Start a caucus with one party: new notes go to its channel</source>
        <translation>與一方當事方開始單方會談：新筆記將記入該當事方的頻道</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="45"/>
        <source>Start caucus with %1</source>
        <translation>開始與 %1 的單方會談</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="49"/>
        <source>End session</source>
        <translation>結束會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="50"/>
        <source>End the running session and record its duration</source>
        <translation>結束正在進行的會議並記錄其時長</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="68"/>
        <source>Session</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="85"/>
        <source>Session time</source>
        <extracomment>True while a caucus runs and another channel&apos;s notes are on screen</extracomment>
        <translation>會議時長</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="125"/>
        <source>No session running</source>
        <translation>沒有正在進行的會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="145"/>
        <source>%1 — showing %2</source>
        <translation>%1 — 正在顯示%2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="169"/>
        <source>Joint session</source>
        <translation>聯席會議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="171"/>
        <source>Caucus with %1</source>
        <translation>與 %1 的單方會談</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="177"/>
        <source>%1&apos;s notes</source>
        <translation>%1 的筆記</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="179"/>
        <source>the joint channel</source>
        <translation>聯席會議頻道</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="180"/>
        <source>your own notebook</source>
        <translation>您自己的筆記簿</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="47"/>
        <source>Settings</source>
        <extracomment>the language changed and the mediator chose &quot;Restart now&quot; (the main window closes the case first)</extracomment>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="53"/>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="65"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="54"/>
        <source>Lock after this many seconds without input</source>
        <translation>無操作達到此秒數後鎖定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="56"/>
        <source>During a joint session, leave the joint screen up when the case locks for inactivity</source>
        <translation>聯席會議期間，案件因閒置而鎖定時，聯席屏幕保持顯示</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="58"/>
        <source>Idle lock keeps the joint screen</source>
        <translation>閒置鎖定時保留聯席屏幕</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="59"/>
        <source>The joint screen shows joint material only; the panic lock (Ctrl+Shift+L) always blanks it.</source>
        <translation>聯席屏幕只顯示聯席材料；緊急鎖定（Ctrl+Shift+L）總會將其清空。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="66"/>
        <source>Clear copied text after this many seconds</source>
        <translation>複製的文本在此秒數後清除</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="68"/>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="69"/>
        <source>Secure-room mode</source>
        <translation>保密室模式</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="71"/>
        <source>No key is remembered in the system keyring and no list of recent cases is kept. Turning it on forgets the list kept so far.</source>
        <translation>不在系統密鑰圈中記住任何密鑰，亦不保留最近案件清單。開啟後會清除現有的清單。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="76"/>
        <source>Display for the joint screen</source>
        <translation>聯席屏幕所用的顯示器</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="77"/>
        <source>Automatic (a second display when there is one)</source>
        <translation>自動（如有第二部顯示器則使用該顯示器）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="84"/>
        <source>{name} (not connected)</source>
        <translation>{name}（未連接）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="89"/>
        <source>Interface language; applied when IOMed Desk restarts</source>
        <translation>介面語言；在 IOMed Desk 重新啟動後生效</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="95"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="96"/>
        <source>&amp;Lock after:</source>
        <translation>閒置後鎖定(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="98"/>
        <source>&amp;Clear clipboard after:</source>
        <translation>清除剪貼簿(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="99"/>
        <source>&amp;Joint screen on:</source>
        <translation>聯席屏幕顯示於(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="125"/>
        <source>The language takes effect when IOMed Desk restarts. Restart now? An open case is closed first (your edits are saved); you unlock it again after the restart.</source>
        <translation>語言設定將在 IOMed Desk 重新啟動後生效。現在重新啟動嗎？已開啟的案件會先關閉（您的編輯會儲存）；重新啟動後請再次解鎖。</translation>
    </message>
    <message>
        <source>The language takes effect when IOMed Desk restarts.</source>
        <translation type="vanished">語言設定將在 IOMed Desk 重新啟動後生效。</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="68"/>
        <source>Signatories</source>
        <translation>簽署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="75"/>
        <source>Who signs the agreement</source>
        <translation>由誰簽署和解協議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="77"/>
        <source>The agreement prints one signature block per signatory, in this order, with the name, the capacity in which they sign and the authority they sign on. A party with no signatory recorded gets a block for its first representative.</source>
        <translation>和解協議按此次序為每位簽署人印出一個簽署欄，載明其姓名、簽署職銜及授權依據。未記錄簽署人的當事方，將為其第一位代表印出簽署欄。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="85"/>
        <source>Party</source>
        <translation>當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="88"/>
        <source>&amp;Party:</source>
        <translation>當事方(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="92"/>
        <source>Signatories of the party</source>
        <translation>該當事方的簽署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="93"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="93"/>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="123"/>
        <source>Capacity</source>
        <translation>職銜</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="93"/>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="126"/>
        <source>Authority</source>
        <translation>授權依據</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="103"/>
        <source>&amp;Add</source>
        <translation>加入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="103"/>
        <source>Add a signatory</source>
        <translation>加入簽署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="104"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="104"/>
        <source>Remove the selected signatory</source>
        <translation>移除所選簽署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="106"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="106"/>
        <source>Move the signatory up</source>
        <translation>上移簽署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="107"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="107"/>
        <source>Move the signatory down</source>
        <translation>下移簽署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="120"/>
        <source>Signatory&apos;s name</source>
        <translation>簽署人姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="121"/>
        <source>A representative, or another name</source>
        <translation>代表，或其他姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="124"/>
        <source>e.g. Minister of Foreign Affairs; Director</source>
        <translation>例如：外交部長；董事</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="127"/>
        <source>e.g. Full powers dated 1 December 2026; board resolution of …</source>
        <translation>例如：2026 年 12 月 1 日的全權證書；…的董事會決議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="129"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="129"/>
        <source>&amp;Capacity:</source>
        <translation>職銜(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="130"/>
        <source>Au&amp;thority:</source>
        <translation>授權依據(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="142"/>
        <source>The agreement is concluded: its signature blocks are printed from what is recorded here when it is exported.</source>
        <translation>和解協議已訂立：匯出時將按此處記錄的內容印出簽署欄。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="148"/>
        <source>Why the signatories were not recorded</source>
        <translation>簽署人未能記錄的原因</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="287"/>
        <source>%1, signatory %2: %3</source>
        <translation>%1，簽署人 %2：%3</translation>
    </message>
</context>
<context>
    <name>SignatoriesPage</name>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="229"/>
        <source>How each signatory signs</source>
        <translation>每位簽署人的簽署方式</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="230"/>
        <source>Each signatory signs in turn at this keyboard, on a screen that shows only what they sign; or on paper. Record the identity document and authority you checked.</source>
        <translation>各簽署人依次在這部電腦的鍵盤上簽署，屏幕只顯示其所簽署的內容；亦可在紙本上簽署。請記錄您查驗過的身份證明文件及授權依據。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="255"/>
        <source>The mediator&apos;s issuing key is not open (keep ….issuing.p12 beside the identity file); choose another way for {who} to sign.</source>
        <translation>調解員的簽發密鑰未開啟（請將 ….issuing.p12 放在身份檔案旁邊）；請為 {who} 選擇其他簽署方式。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="263"/>
        <source>All signatories of {party} sign on paper, or none does.</source>
        <translation>{party} 的簽署人須全部在紙本上簽署，或全部不在紙本上簽署。</translation>
    </message>
</context>
<context>
    <name>SignatoryRow</name>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="92"/>
        <source>signatory {n}</source>
        <extracomment>where a PKCS#11 module is usually installed (SoftHSM2 first, then common smart-card middleware)</extracomment>
        <translation>簽署人 {n}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="93"/>
        <source>{party} — {who}</source>
        <translation>{party} — {who}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="96"/>
        <source>How {who} signs</source>
        <translation>{who} 的簽署方式</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="97"/>
        <source>Their own identity file (PKCS#12)</source>
        <translation>本人的身份檔案（PKCS#12）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="98"/>
        <source>Their token or smart card (PKCS#11)</source>
        <translation>本人的令牌或智能卡（PKCS#11）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="99"/>
        <source>A certificate issued in the room</source>
        <translation>現場簽發的證書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="100"/>
        <source>On paper, by hand</source>
        <translation>在紙本上親筆簽署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="103"/>
        <source>Identity file of {who}</source>
        <translation>{who} 的身份檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="104"/>
        <source>A PKCS#12 file (.p12 or .pfx)</source>
        <translation>PKCS#12 檔案（.p12 或 .pfx）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="106"/>
        <source>PKCS#11 module</source>
        <translation>PKCS#11 模組</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="108"/>
        <source>Token label</source>
        <translation>令牌標籤</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="110"/>
        <source>Key label</source>
        <translation>密鑰標籤</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="112"/>
        <source>Certificate of the token&apos;s key (PEM)</source>
        <translation>令牌密鑰的證書（PEM）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="113"/>
        <source>The certificate, then its issuers</source>
        <translation>先放證書，再放其簽發者證書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="115"/>
        <source>The mediator&apos;s issuing key certifies a new key for this one signature; the key is destroyed after it signs. The signature&apos;s stamp and the verification report say “issued in the room”.</source>
        <translation>調解員的簽發密鑰為這一次簽署的新密鑰簽發證書；該密鑰在簽署後即被銷毀。簽署印章及驗證報告會註明「現場簽發」。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="117"/>
        <source>The PDF keeps a signature line for a hand signature; the mediator attests after it (Attest after paper signatures…).</source>
        <translation>PDF 會保留一條供親筆簽署的簽署欄；調解員在其後作出證明（紙本簽署後作出證明…）。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="120"/>
        <source>Identity document seen</source>
        <translation>已查驗的身份證明文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="121"/>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="134"/>
        <source>Not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="121"/>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="122"/>
        <source>National identity card</source>
        <translation>身份證</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="122"/>
        <source>Other document</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="129"/>
        <source>Last {n} characters of the document&apos;s number</source>
        <translation>文件號碼的最後 {n} 個字元</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="130"/>
        <source>Only the last {n} characters are recorded, never the whole number</source>
        <translation>只記錄最後 {n} 個字元，絕不記錄完整號碼</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="133"/>
        <source>Authority instrument seen</source>
        <translation>已查驗的授權文書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="134"/>
        <source>Full powers</source>
        <translation>全權證書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="135"/>
        <source>Board resolution</source>
        <translation>董事會決議</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="136"/>
        <source>Power of attorney</source>
        <translation>授權書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="136"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="140"/>
        <source>Describe the authority instrument</source>
        <translation>描述授權文書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="141"/>
        <source>Date, or what the instrument is</source>
        <translation>日期，或文書的性質</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="144"/>
        <source>Signs &amp;with:</source>
        <translation>簽署方式(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="145"/>
        <source>Identity &amp;file:</source>
        <translation>身份檔案(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="146"/>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="149"/>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="154"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="146"/>
        <source>Choose the identity file of {who}</source>
        <translation>選擇 {who} 的身份檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="147"/>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>身份檔案 (*.p12 *.pfx);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="148"/>
        <source>PKCS#11 &amp;module:</source>
        <translation>PKCS#11 模組(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="149"/>
        <source>Choose the PKCS#11 module</source>
        <translation>選擇 PKCS#11 模組</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="150"/>
        <source>PKCS#11 modules (*.so *.dylib *.dll);;All files (*)</source>
        <translation>PKCS#11 模組 (*.so *.dylib *.dll);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="151"/>
        <source>&amp;Token label:</source>
        <translation>令牌標籤(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="152"/>
        <source>&amp;Key label:</source>
        <translation>密鑰標籤(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="153"/>
        <source>&amp;Certificate:</source>
        <translation>證書(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="154"/>
        <source>Choose the certificate of the token&apos;s key</source>
        <translation>選擇令牌密鑰的證書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="155"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>證書 (*.pem *.crt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="158"/>
        <source>Identity &amp;document:</source>
        <translation>身份證明文件(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="159"/>
        <source>Its last &amp;4 characters:</source>
        <translation>最後 4 個字元(&amp;4)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="160"/>
        <source>&amp;Authority seen:</source>
        <translation>已查驗的授權依據(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="161"/>
        <source>Descri&amp;ption:</source>
        <translation>描述(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="186"/>
        <source>Choose the kind of identity document seen for {who}.</source>
        <translation>請選擇為 {who} 查驗的身份證明文件類別。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="190"/>
        <source>Describe the authority instrument seen for {who}.</source>
        <translation>請描述為 {who} 查驗的授權文書。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="210"/>
        <source>Choose an existing identity file for {who}.</source>
        <translation>請為 {who} 選擇現有的身份檔案。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="213"/>
        <source>Choose the PKCS#11 module for {who}&apos;s token.</source>
        <translation>請為 {who} 的令牌選擇 PKCS#11 模組。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="215"/>
        <source>Give the token label and the key label for {who}.</source>
        <translation>請填寫 {who} 的令牌標籤及密鑰標籤。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="217"/>
        <source>Choose the certificate of {who}&apos;s token key.</source>
        <translation>請選擇 {who} 的令牌密鑰的證書。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="219"/>
        <source>{party} has no named signatory: record one (Case ▸ Signatories…) to issue a certificate in the room.</source>
        <translation>{party} 沒有指定簽署人：請先記錄一位（案件 ▸ 簽署人…），才能在現場簽發證書。</translation>
    </message>
</context>
<context>
    <name>SignerPage</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="vanished">密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN:</source>
        <translation type="vanished">再次輸入 PIN 碼(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="vanished">確認(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="148"/>
        <source>&amp;Hand over</source>
        <translation>移交(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="155"/>
        <source>Signature of {party}</source>
        <translation>{party} 的簽署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="156"/>
        <source>Signature {n} of {total}; the mediator attests last.</source>
        <translation>第 {n} 個簽署，共 {total} 個；調解員最後作出證明。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="158"/>
        <source>Next: {person} of {party}</source>
        <translation>下一位：{party} 的 {person}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="160"/>
        <source>{person} chooses a PIN of at least {n} characters. The mediator&apos;s issuing key certifies a new key in {person}&apos;s name, marked “issued in the room”; it signs this agreement once and is then destroyed.</source>
        <translation>{person} 設定至少 {n} 個字元的 PIN 碼。調解員的簽發密鑰以 {person} 的名義為一個新密鑰簽發證書，標示為「現場簽發」；該密鑰只簽署本和解協議一次，隨後即被銷毀。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="163"/>
        <source>{person} types the passphrase of their identity file {file}; it unlocks their key for this signature only.</source>
        <translation>{person} 輸入其身份檔案 {file} 的密碼短語；它只為這次簽署解鎖其密鑰。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="166"/>
        <source>{person} types the PIN of their token {token}; the key never leaves it.</source>
        <translation>{person} 輸入其令牌 {token} 的 PIN 碼；密鑰始終不會離開該令牌。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="170"/>
        <source>When you click Hand over, every window of the case is hidden: the screen shows only what {person} signs. You take the computer back with the case passphrase.</source>
        <translation>按「移交」後，案件的所有視窗均會隱藏：屏幕只顯示 {person} 所簽署的內容。您可憑案件密碼短語取回電腦。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="172"/>
        <source>“{title}” · agreement fingerprint {fp}</source>
        <translation>「{title}」 · 和解協議指紋 {fp}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="179"/>
        <source>Handed over to {person}…</source>
        <translation>已移交予 {person}…</translation>
    </message>
    <message>
        <source>Signature {n} of {total}; the mediator signs last.</source>
        <translation type="vanished">第 {n} 個簽署，共 {total} 個；調解員最後簽署。</translation>
    </message>
    <message>
        <source>Hand the keyboard to {person} of {party}</source>
        <translation type="vanished">請將鍵盤交給 {party} 的 {person}</translation>
    </message>
    <message>
        <source>{person}: choose a PIN of at least {n} characters and type it twice. The mediator&apos;s identity ({mediator}) issues you a certificate in your name, valid for two days, and you sign with it.</source>
        <translation type="vanished">{person}：請設定至少 {n} 個字元的 PIN 碼，並輸入兩次。調解員身份（{mediator}）將以您的名義向您簽發一張有效期為兩日的證書，您將用它簽署。</translation>
    </message>
    <message>
        <source>{person}: type the passphrase of your identity file {file}. It unlocks your key for this signature only and is not kept.</source>
        <translation type="vanished">{person}：請輸入您的身份檔案 {file} 的密碼短語。它只為這次簽署解鎖您的密鑰，不會被保存。</translation>
    </message>
    <message>
        <source>Choose a &amp;PIN:</source>
        <translation type="vanished">設定 PIN 碼(&amp;P)：</translation>
    </message>
    <message>
        <source>PIN chosen by {person}</source>
        <translation type="vanished">{person} 設定的 PIN 碼</translation>
    </message>
    <message>
        <source>Passphrase of {person}</source>
        <translation type="vanished">{person} 的密碼短語</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation type="vanished">再次輸入 PIN 碼</translation>
    </message>
    <message>
        <source>You are signing “{title}” (agreement fingerprint {fp}).</source>
        <translation type="vanished">您正在簽署「{title}」（和解協議指紋 {fp}）。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation type="vanished">兩次輸入的 PIN 碼不一致。</translation>
    </message>
    <message>
        <source>Issuing the certificate…</source>
        <translation type="vanished">正在簽發證書…</translation>
    </message>
    <message>
        <source>Opening the identity file…</source>
        <translation type="vanished">正在開啟身份檔案…</translation>
    </message>
</context>
<context>
    <name>Stances</name>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>無立場</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="66"/>
        <source>The demo case is not part of this build.</source>
        <extracomment>the demo case&apos;s passphrase, fixed and public because the demo holds only invented content: the same as `iomed_desk.app.demo.DEMO_PASSPHRASE` (tests/gui/test_startup.py checks), written here so that the start page shows it without importing the case layers `USER_ROLE` as the number it is (see the module&apos;s docstring)</extracomment>
        <translation>此版本不包含示範案件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="135"/>
        <source>IOMed Desk</source>
        <translation>IOMed Desk</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="137"/>
        <source>Confidential caucus notes for mediators: each party&apos;s material kept apart, in one encrypted case file.</source>
        <translation>供調解員使用的保密單方會談筆記：各當事方的材料分開保存，全部存於一個加密的案件檔案中。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="142"/>
        <source>New case…</source>
        <translation>新增案件…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="143"/>
        <source>Set up the parties, the mediators and the disclosure rules.</source>
        <translation>設定當事方、調解員及披露規則。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="144"/>
        <source>Create a new case</source>
        <translation>建立新案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="145"/>
        <source>Open case…</source>
        <translation>開啟案件…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="145"/>
        <source>Unlock a case file with its passphrase.</source>
        <translation>以密碼短語解鎖案件檔案。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="146"/>
        <source>Open a case file</source>
        <translation>開啟案件檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="148"/>
        <location filename="../../iomed_desk/gui/start_window.py" line="151"/>
        <location filename="../../iomed_desk/gui/start_window.py" line="247"/>
        <source>Open the demo case</source>
        <translation>開啟示範案件</translation>
    </message>
    <message>
        <source>An invented investment mediation to explore.</source>
        <translation type="vanished">一宗虛構的投資調解案件，供您試用。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="149"/>
        <source>An invented investment mediation to explore.
Passphrase: {passphrase}</source>
        <translation>一宗虛構的投資調解案件，供您試用。
密碼短語：{passphrase}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="167"/>
        <source>Recent cases</source>
        <translation>最近的案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="171"/>
        <source>Recent case files</source>
        <translation>最近的案件檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="175"/>
        <source>Case files you open will be listed here (their paths only).</source>
        <translation>您開啟的案件檔案將列於此處（只記錄路徑）。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="177"/>
        <source>Secure-room mode is on: no list of recent cases is kept, and no key is remembered on this computer.</source>
        <translation>保密室模式已開啟：不保留最近案件清單，亦不在本電腦上記住任何密鑰。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="181"/>
        <source>Works offline: no network connection, no telemetry. Each case is one encrypted file; its passphrase never leaves this computer.</source>
        <translation>離線運作：不連接網絡，不收集遙測數據。每宗案件為一個加密檔案，其密碼短語絕不會離開本電腦。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="247"/>
        <source>Preparing the demo case…</source>
        <translation>正在準備示範案件…</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="96"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_field.py" line="90"/>
        <source>Passphrase strength</source>
        <translation>密碼短語強度</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_field.py" line="103"/>
        <source>Very weak</source>
        <translation>很弱</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_field.py" line="103"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_field.py" line="103"/>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_field.py" line="103"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_field.py" line="103"/>
        <source>Strong</source>
        <translation>強</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="36"/>
        <source>Table version</source>
        <translation>提交版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="40"/>
        <source>Version to table</source>
        <translation>要提交的版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="43"/>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="46"/>
        <source>All parties (joint session)</source>
        <translation>所有當事方（聯席會議）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="47"/>
        <source>One party, in caucus:</source>
        <translation>一方當事方（單方會談）：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="52"/>
        <source>Party to table to</source>
        <translation>提交對象當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="66"/>
        <source>Table</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="70"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="71"/>
        <source>Show to</source>
        <translation>展示對象</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="106"/>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="128"/>
        <source>all parties</source>
        <translation>所有當事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="108"/>
        <source>Already tabled to: %1</source>
        <translation>已提交予：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="110"/>
        <source>Not tabled to anyone yet.</source>
        <translation>尚未向任何人提交。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="114"/>
        <source>Every party sees this text, and the joint screen can show it.</source>
        <translation>所有當事方均能看到此文本，聯席屏幕亦可顯示它。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="118"/>
        <source>Only %1 sees this text: it stays in %1&apos;s caucus channel, out of the joint channel and the other caucuses.</source>
        <translation>只有 %1 能看到此文本：它保留在 %1 的單方會談頻道中，不會進入聯席會議頻道及其他單方會談。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="131"/>
        <source>Version %1 has not been tabled yet.</source>
        <translation>第 %1 版尚未提交。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="133"/>
        <source>Version %1 tabled to %2</source>
        <translation>第 %1 版已提交予 %2</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>Fact</source>
        <translation>事實</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利益</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>立場</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>關注</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>替代方案</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行動事項</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="193"/>
        <source>Open case</source>
        <translation>開啟案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="197"/>
        <source>Unlock {name}</source>
        <translation>解鎖 {name}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="199"/>
        <source>The case file is encrypted. Enter its passphrase to open it.</source>
        <translation>案件檔案已加密。請輸入其密碼短語以開啟。</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="67"/>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="68"/>
        <source>Passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="79"/>
        <source>Unlock message</source>
        <translation>解鎖訊息</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="84"/>
        <source>Unlocking</source>
        <translation>正在解鎖</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="86"/>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="90"/>
        <source>Unlock the case</source>
        <translation>解鎖案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="92"/>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="119"/>
        <source>Opening with the key remembered on this computer…</source>
        <translation>正在使用本電腦上記住的密鑰開啟…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="139"/>
        <source>Type the case&apos;s passphrase.</source>
        <translation>請輸入案件的密碼短語。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="141"/>
        <source>Checking the passphrase…</source>
        <translation>正在檢查密碼短語…</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="92"/>
        <source>Mediator&apos;s attestation</source>
        <extracomment>palette-relative apart from the two verdict colours, so it reads in light and dark palettes</extracomment>
        <translation>調解員證明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="94"/>
        <source>Mediator&apos;s certification</source>
        <translation>調解員核證簽署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="97"/>
        <source>Party {n}</source>
        <translation>當事方 {n}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="129"/>
        <source>{signer} — {label}</source>
        <translation>{signer} — {label}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="134"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="134"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="138"/>
        <source>The entire file</source>
        <translation>整個檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="139"/>
        <source>Its revision; later additions follow it</source>
        <translation>其所在的修訂版本；其後另有追加內容</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="140"/>
        <source>Part of the file only, or unclear</source>
        <translation>只涵蓋檔案的一部分，或無法確定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="144"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="145"/>
        <source>Only further signatures or form filling</source>
        <translation>只有其後的簽署或表格填寫</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="146"/>
        <source>The document was modified</source>
        <translation>文件已被修改</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="151"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="156"/>
        <source>{when}, by the signer&apos;s own clock (no time-stamp authority)</source>
        <translation>{when}，以簽署人自己的時鐘為準（無時間戳記機構）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="186"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="186"/>
        <source>Not valid</source>
        <translation>無效</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="194"/>
        <source>Signer</source>
        <translation>簽署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="195"/>
        <source>Issued by</source>
        <translation>簽發者</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="196"/>
        <source>Signed at</source>
        <translation>簽署時間</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="197"/>
        <source>Signed bytes intact</source>
        <translation>已簽署位元組完好</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="198"/>
        <source>Covers</source>
        <translation>涵蓋範圍</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="199"/>
        <source>Changes after it</source>
        <translation>其後的更改</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="200"/>
        <source>Trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="201"/>
        <source>Field</source>
        <translation>簽署欄</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="245"/>
        <source>Not signed yet: {fields}</source>
        <translation>尚未簽署：{fields}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="256"/>
        <source>✓ All {n} signatures are valid</source>
        <translation>✓ 全部 {n} 個簽署均有效</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="257"/>
        <source>Every signature is intact and trusted, and the last one covers the whole file. Signing times come from the signers&apos; own clocks.</source>
        <translation>每個簽署均完好且受信任，最後一個簽署涵蓋整個檔案。簽署時間以簽署人自己的時鐘為準。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="260"/>
        <source>✗ This document&apos;s signatures are not valid</source>
        <translation>✗ 此文件的簽署無效</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="321"/>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="325"/>
        <source>Verify a signed PDF</source>
        <translation>驗證已簽署的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="327"/>
        <source>Checks every signature offline. A signature counts as trusted only if it chains to one of the certificates listed here, such as the mediator&apos;s or your institution&apos;s.</source>
        <translation>離線檢查每個簽署。只有能連結至此處所列某一證書（例如調解員或貴機構的證書）的簽署，才視為受信任。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="334"/>
        <source>PDF file to verify</source>
        <translation>要驗證的 PDF 檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="335"/>
        <source>The signed agreement (.pdf)</source>
        <translation>已簽署的和解協議（.pdf）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="337"/>
        <source>&amp;Choose…</source>
        <translation>選擇(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="337"/>
        <source>Choose the PDF file</source>
        <translation>選擇 PDF 檔案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="343"/>
        <source>Trusted certificates</source>
        <translation>受信任的證書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="346"/>
        <source>&amp;Add…</source>
        <translation>加入(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="346"/>
        <source>Add a trusted certificate</source>
        <translation>加入受信任的證書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="348"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="348"/>
        <source>Remove the selected certificate</source>
        <translation>移除所選證書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="359"/>
        <source>&amp;PDF file:</source>
        <translation>PDF 檔案(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="360"/>
        <source>&amp;Trusted:</source>
        <translation>受信任(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="364"/>
        <source>&amp;Verify</source>
        <translation>驗證(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="364"/>
        <source>Verify the PDF</source>
        <translation>驗證此 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="370"/>
        <source>Verifying</source>
        <translation>正在驗證</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="378"/>
        <source>Verification error</source>
        <translation>驗證錯誤</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="380"/>
        <source>Agreement fingerprint</source>
        <translation>和解協議指紋</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="381"/>
        <source>C&amp;opy</source>
        <translation>複製(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="381"/>
        <source>Copy the agreement fingerprint</source>
        <translation>複製和解協議指紋</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="383"/>
        <source>SHA-256 of the file</source>
        <translation>檔案的 SHA-256</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="390"/>
        <source>Agreement fingerprint:</source>
        <translation>和解協議指紋：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="391"/>
        <source>The SHA-256 of the agreement text the PDF carries; compare it with the one in your signing record</source>
        <translation>PDF 所載和解協議文本的 SHA-256；請與您的簽署記錄中的指紋作比對</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="394"/>
        <source>File SHA-256:</source>
        <translation>檔案 SHA-256：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="403"/>
        <source>Verification report</source>
        <translation>驗證報告</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="457"/>
        <source>Choose the signed PDF</source>
        <translation>選擇已簽署的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="458"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="467"/>
        <source>Choose certificates to trust</source>
        <translation>選擇要信任的證書</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="468"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>證書 (*.pem *.crt *.cer *.der);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="511"/>
        <source>none: the file carries no agreement text</source>
        <translation>無：該檔案不含和解協議文本</translation>
    </message>
</context>
<context>
    <name>WorkspaceOperations</name>
    <message>
        <location filename="../../iomed_desk/gui/workspace_notes.py" line="77"/>
        <source>Note added to %1</source>
        <translation>已新增筆記至 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace_notes.py" line="90"/>
        <source>Delete the note “%1”? Its text is removed from the case file for good; the audit log keeps that it existed.</source>
        <translation>刪除筆記「%1」？其內容將從案件檔案中永久移除；審計記錄會保留其曾存在的記錄。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace_notes.py" line="127"/>
        <source>Open a channel first (Ctrl+1, Ctrl+2, …); its exhibits are imported there.</source>
        <translation>請先開啟一個頻道（Ctrl+1、Ctrl+2…）；證據文件會匯入該頻道。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace_notes.py" line="150"/>
        <source>Copied — the clipboard is cleared in %1 s</source>
        <translation>已複製 — 剪貼簿將於 %1 秒後清除</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace_notes.py" line="163"/>
        <source>Open a party&apos;s channel first (Ctrl+2, Ctrl+3, …), then start the caucus.</source>
        <translation>請先開啟一方當事方的頻道（Ctrl+2、Ctrl+3…），再開始單方會談。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace_notes.py" line="181"/>
        <source>This is a version of the negotiating text; open it from its draft.</source>
        <translation>這是談判文本的一個版本；請從其所屬草案中開啟。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="127"/>
        <source>Back up the case to</source>
        <translation>將案件備份至</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="128"/>
        <source>IOMed Desk cases (*.iomed)</source>
        <translation>IOMed Desk 案件 (*.iomed)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="138"/>
        <source>Writing the backup…</source>
        <translation>正在寫入備份…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="162"/>
        <source>Your last edit could not be saved; the passphrase was not changed.</source>
        <translation>您最近的編輯未能儲存；密碼短語未有更改。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="169"/>
        <source>Changing the passphrase…</source>
        <translation>正在更改密碼短語…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="192"/>
        <source>Passphrase changed</source>
        <translation>已更改密碼短語</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="193"/>
        <source>Passphrase not changed</source>
        <translation>密碼短語未有更改</translation>
    </message>
</context>
</TS>
