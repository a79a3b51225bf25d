<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/about.py" line="32"/>
        <source>About IOMed Desk</source>
        <extracomment>(component, licence) for everything shipped with or loaded by the application</extracomment>
        <translation>关于 IOMed Desk</translation>
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
        <translation>调解员的工作台：各当事方的单方会谈笔记分开保存，只有在案件规则要求的同意齐备时才能披露，全部内容保存在一个加密的案件文件中。本软件从不建立任何网络连接。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/about.py" line="45"/>
        <source>Python {py}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Python {py}，Qt {qt}，PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/about.py" line="49"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>屏幕截图</translation>
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
        <translation>{file} 的审计记录不包含本机上次所见的此案件状态：该文件可能已被回滚、截短，或被较旧的备份替换。

本机上次所见：事件 {seen_seq}，{seen_hash}
此文件结束于：事件 {file_seq}，{file_hash}

仅当您有意恢复较旧的副本时才打开它；打开操作将记录在案件的审计日志中。否则请关闭它并找到较新的文件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/anchors.py" line="83"/>
        <source>This case file is older than the one last seen here</source>
        <translation>此案件文件比本机上次所见的更旧</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="173"/>
        <source>Who is in the room — %1</source>
        <translation>在场人员 — %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="176"/>
        <source>Untick anyone who is not here; add counsel, interpreters, experts and observers. Non-party attendees give a confidentiality undertaking.</source>
        <translation>取消勾选不在场的人员；添加律师、口译员、专家和观察员。非当事方的出席者须作出保密承诺。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="181"/>
        <source>Attendance list</source>
        <translation>出席名单</translation>
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
        <translation>所属方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="181"/>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="190"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="181"/>
        <source>Undertaking</source>
        <translation>保密承诺</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="188"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="189"/>
        <source>Name of the attendee to add</source>
        <translation>要添加的出席者姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="190"/>
        <source>no party</source>
        <translation>不代表任何当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="190"/>
        <source>language (interpreter)</source>
        <translation>语言（口译员）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="191"/>
        <source>&amp;Undertaking given</source>
        <translation>已作出保密承诺(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="188"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="188"/>
        <source>A&amp;dd someone:</source>
        <translation>添加人员(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="193"/>
        <source>&amp;Start the session</source>
        <translation>开始会议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="199"/>
        <source>given</source>
        <translation>已作出</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="199"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="234"/>
        <source>%1 attend for another party than %2. Start the caucus with them in the room?</source>
        <translation>%1 代表的不是 %2，而是另一当事方。仍要在他们在场的情况下开始单方会谈吗？</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="50"/>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="51"/>
        <source>Representative</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="52"/>
        <source>Counsel</source>
        <translation>律师</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="53"/>
        <source>Interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="54"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_attendance.py" line="55"/>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
</context>
<context>
    <name>AttestDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="72"/>
        <source>Attest after paper signatures</source>
        <translation>纸面签署后作出证明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="82"/>
        <source>Once every paper signature is on the printed agreement, record who witnessed each, then the mediator attests: the attestation signs last and locks the PDF.</source>
        <translation>打印的和解协议上的所有纸面签名齐备后，请记录每个签名的见证人，然后由调解员作出证明：证明最后加上，并锁定该 PDF。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="85"/>
        <source>PDF awaiting paper signatures</source>
        <translation>等待纸面签名的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="87"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="87"/>
        <source>Choose the PDF awaiting paper signatures</source>
        <translation>选择等待纸面签名的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="88"/>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="129"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="94"/>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="129"/>
        <source>Save the attested agreement as</source>
        <translation>将已证明的和解协议另存为</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="96"/>
        <source>Mediator identity file</source>
        <translation>调解员身份文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="97"/>
        <source>Passphrase of the identity file</source>
        <translation>身份文件的密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="109"/>
        <source>&amp;Attest</source>
        <translation>作出证明(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="110"/>
        <source>Record the paper signatures and attest</source>
        <translation>记录纸面签名并作出证明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="114"/>
        <source>&amp;Verify…</source>
        <translation>验证(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="121"/>
        <source>&amp;PDF:</source>
        <translation>PDF(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="128"/>
        <source>Save &amp;as:</source>
        <translation>另存为(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="129"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="131"/>
        <source>Mediator &amp;identity:</source>
        <translation>调解员身份(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="132"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="132"/>
        <source>Choose the mediator&apos;s identity file</source>
        <translation>选择调解员身份文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="133"/>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>身份文件 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="134"/>
        <source>Pass&amp;phrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="146"/>
        <source>Awaiting paper signatures: {exports}.</source>
        <translation>等待纸面签名：{exports}。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="147"/>
        <source>export {n}, {file}</source>
        <translation>第 {n} 次导出，{file}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="149"/>
        <source>No export of this case awaits paper signatures.</source>
        <translation>本案件没有等待纸面签名的导出。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="171"/>
        <source>Looking up the PDF…</source>
        <translation>正在查找该 PDF…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="186"/>
        <source>Export {n}, awaiting the paper signatures of {parties}.</source>
        <translation>第 {n} 次导出，等待 {parties} 的纸面签名。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="194"/>
        <source>Who witnessed the paper signature of {party}</source>
        <translation>{party} 纸面签名的见证人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="196"/>
        <source>Witness for {party}:</source>
        <translation>{party} 的见证人：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="214"/>
        <source>Attesting and checking the agreement…</source>
        <translation>正在作出证明并检查和解协议…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="225"/>
        <source>{what}.
The final agreement: {file}
Signing records written beside it:
{files}</source>
        <translation>{what}。
最终和解协议：{file}
已在其旁写入签署记录：
{files}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/attest_dialog.py" line="245"/>
        <source>Mediator&apos;s attestation</source>
        <translation>调解员证明</translation>
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
        <translation>所有当事方</translation>
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
        <translation>修订版 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="147"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="206"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="213"/>
        <source>Show actions</source>
        <translation>显示操作</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="222"/>
        <source>Audit events</source>
        <translation>审计事件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="236"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iomed_desk/gui/audit_page.py" line="251"/>
        <source>%n event(s), newest first. The record is append-only and hash-chained.</source>
        <translation>
            <numerusform>共 %n 个事件，最新的在前。记录只能追加，并以哈希链相连。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="154"/>
        <source>When</source>
        <translation>时间</translation>
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
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="156"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="46"/>
        <source>Case created</source>
        <translation>已创建案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="47"/>
        <source>Note added</source>
        <translation>已添加笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="48"/>
        <source>Note edited</source>
        <translation>已编辑笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="49"/>
        <source>Note deleted</source>
        <translation>已删除笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="51"/>
        <source>Session started</source>
        <translation>会议开始</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="52"/>
        <source>Session ended</source>
        <translation>会议结束</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="53"/>
        <source>Disclosed</source>
        <translation>已披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="54"/>
        <source>Disclosure revoked</source>
        <translation>已撤销披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="55"/>
        <source>Backup written</source>
        <translation>已写入备份</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="56"/>
        <source>Passphrase changed</source>
        <translation>已更改密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="57"/>
        <source>Draft started</source>
        <translation>已开始草案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="58"/>
        <source>Draft edited</source>
        <translation>已编辑草案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="59"/>
        <source>Draft version saved</source>
        <translation>已保存草案版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="60"/>
        <source>Version tabled</source>
        <translation>已提交版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="61"/>
        <source>Position recorded</source>
        <translation>已记录立场</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="62"/>
        <source>Agreement concluded</source>
        <translation>已订立和解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="63"/>
        <source>Agreement exported</source>
        <translation>已导出和解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="64"/>
        <source>Agreement reopened</source>
        <translation>已重新开启和解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="97"/>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="98"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="99"/>
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="100"/>
        <source>Disclosures</source>
        <translation>披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="101"/>
        <source>Drafting</source>
        <translation>起草</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="102"/>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="103"/>
        <source>Agreement</source>
        <translation>和解协议</translation>
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
        <translation>案件文件已升级</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="66"/>
        <source>Opened without the remembered audit head</source>
        <translation>在缺少已记录审计链头的情况下打开</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="67"/>
        <source>Time zone changed</source>
        <translation>时区已更改</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="68"/>
        <source>Signatories recorded</source>
        <translation>已记录签署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="69"/>
        <source>Agreement attested</source>
        <translation>和解协议已获证明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="70"/>
        <source>Caucus material destroyed</source>
        <translation>单方会谈材料已销毁</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="71"/>
        <source>Destruction certificate written</source>
        <translation>已写入销毁证明书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="72"/>
        <source>Agreement to mediate recorded</source>
        <translation>已记录提交调解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="73"/>
        <source>Attendance recorded</source>
        <translation>已记录出席情况</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="74"/>
        <source>Departure recorded</source>
        <translation>已记录离场</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="75"/>
        <source>Confidentiality undertaking recorded</source>
        <translation>已记录保密承诺</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="76"/>
        <source>Authority to settle recorded</source>
        <translation>已记录和解授权</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="77"/>
        <source>Declaration made</source>
        <translation>已作出声明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="78"/>
        <source>Declaration answered</source>
        <translation>已答复声明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="79"/>
        <source>Retention period set</source>
        <translation>已设定保留期限</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="80"/>
        <source>Mediation terminated</source>
        <translation>调解已终止</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="81"/>
        <source>Termination record signed</source>
        <translation>已签署终止记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="82"/>
        <source>Impartiality record exported</source>
        <translation>已导出公正性记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="83"/>
        <source>Negotiation issue added</source>
        <translation>已添加谈判议题</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="84"/>
        <source>Offer recorded</source>
        <translation>已记录出价</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="85"/>
        <source>Offer destroyed</source>
        <translation>出价已销毁</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="86"/>
        <source>Overlap check agreed</source>
        <translation>已约定重叠核查</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="87"/>
        <source>Overlap check round revealed</source>
        <translation>已公布重叠核查的一轮结果</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="88"/>
        <source>Overlap check round abandoned</source>
        <translation>重叠核查的一轮已放弃</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="89"/>
        <source>Offers ledger exported</source>
        <translation>已导出报价记录簿</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="90"/>
        <source>Exhibit imported</source>
        <translation>已导入证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="91"/>
        <source>Exhibit revised</source>
        <translation>证据文件已修订</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="92"/>
        <source>Exhibit deleted</source>
        <translation>证据文件已删除</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="93"/>
        <source>Exhibit exported</source>
        <translation>已导出证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="94"/>
        <source>Exhibit size limit set</source>
        <translation>已设定证据文件大小上限</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="104"/>
        <source>Process record</source>
        <translation>程序记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="105"/>
        <source>Offers</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/audit_page.py" line="106"/>
        <source>Exhibits</source>
        <translation>证据文件</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="39"/>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="78"/>
        <source>The case</source>
        <translation>案件资料</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="79"/>
        <source>How the case is referred to, and the language of its documents.</source>
        <translation>案件的称谓及其文件所用的语言。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="81"/>
        <source>Case reference</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="82"/>
        <source>e.g. IOMed/2026/017</source>
        <translation>例如 IOMed/2026/017</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="84"/>
        <source>Case title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="86"/>
        <source>Kind of dispute</source>
        <translation>争议类型</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="87"/>
        <source>Interstate</source>
        <translation>国家间</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="88"/>
        <source>International commercial</source>
        <translation>国际商事</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="89"/>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="92"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="92"/>
        <source>Chinese (Simplified)</source>
        <translation>中文（简体）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="93"/>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁体）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="95"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="97"/>
        <source>Second language</source>
        <translation>第二语言</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="98"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="106"/>
        <source>&amp;Reference:</source>
        <translation>编号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="107"/>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="108"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="109"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="110"/>
        <source>&amp;Second language:</source>
        <translation>第二语言(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="121"/>
        <source>The second language must differ from the first.</source>
        <translation>第二语言必须与第一语言不同。</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="31"/>
        <source>Case navigation</source>
        <translation>案件导航</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="49"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="50"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="51"/>
        <source>Channels</source>
        <translation>频道</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="52"/>
        <source>Joint</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="56"/>
        <source>Mediator&apos;s notebook</source>
        <translation>调解员笔记本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="58"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/sidebar.py" line="59"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="92"/>
        <source>Case overview — visible to you only</source>
        <extracomment>the keyboard path through a session (docs/user-guide.md&apos;s table, checked by tests/gui/test_keyboard_table.py)</extracomment>
        <translation>案件概览 — 仅您可见</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="93"/>
        <source>Audit log — visible to you only</source>
        <translation>审计日志 — 仅您可见</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="144"/>
        <source>Locked</source>
        <extracomment>how a search hit of another kind than a note opens (&quot;version&quot;, &quot;tabling&quot;: the Drafts page)</extracomment>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="178"/>
        <source>Single text</source>
        <translation>单一文本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="179"/>
        <source>Drafting</source>
        <translation>起草</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="180"/>
        <source>The negotiating text — drafts are yours; parties see only what is tabled to them</source>
        <translation>谈判文本 — 草案仅您可见；当事方只能看到向其提交的内容</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="195"/>
        <source>Offers</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="196"/>
        <source>Offers ledger — private figures and caucus offers: visible to you only</source>
        <translation>报价记录簿 — 私下数额和单方会谈中的出价：仅您可见</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="212"/>
        <source>New note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="213"/>
        <source>Delete note…</source>
        <translation>删除笔记…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="214"/>
        <source>Delete the note for good (the audit log keeps that it existed)</source>
        <translation>永久删除该笔记（审计日志会保留其曾存在的记录）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="215"/>
        <source>Disclose…</source>
        <translation>披露…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="216"/>
        <source>Disclose this caucus note, with the consents the rules require</source>
        <translation>在取得规则要求的同意后披露这条单方会谈笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="218"/>
        <source>Attendance…</source>
        <translation>出席情况…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="220"/>
        <source>Record who leaves and who arrives late while the session runs</source>
        <translation>在会议进行期间记录谁离场、谁迟到</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="221"/>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="222"/>
        <source>Import exhibit…</source>
        <translation>导入证据文件…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="223"/>
        <source>Import files into the channel on screen as exhibits (or drop them on the channel)</source>
        <translation>将文件作为证据文件导入屏幕上的频道（或将文件拖放到频道上）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="225"/>
        <source>Export and sign the agreement…</source>
        <translation>导出并签署和解协议…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="226"/>
        <source>Render the concluded agreement, collect the signatures in the room and save the signed PDF</source>
        <translation>生成已订立的和解协议，在现场收集签名，并保存已签署的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="228"/>
        <source>Copy securely</source>
        <translation>安全复制</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="229"/>
        <source>Copy the selection (or the whole note); the clipboard is marked secret and cleared after the countdown</source>
        <translation>复制所选内容（或整条笔记）；剪贴板内容标记为机密，并在倒计时结束后清除</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="232"/>
        <source>Start caucus with the party on screen</source>
        <translation>与屏幕上的当事方开始单方会谈</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="234"/>
        <source>Start a caucus with the party whose channel is open</source>
        <translation>与当前打开其频道的当事方开始单方会谈</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="235"/>
        <source>Show the sidebar</source>
        <translation>显示侧边栏</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="237"/>
        <source>Show or fold away the case navigation (more room on a small screen)</source>
        <translation>显示或收起案件导航（在小屏幕上腾出更多空间）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="262"/>
        <source>Go to channel</source>
        <extracomment>the tips of the actions whose tip says why they are off, while they are on</extracomment>
        <translation>转到频道</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="268"/>
        <source>Channel %1</source>
        <translation>频道 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="316"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="318"/>
        <source>Exhibits</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="389"/>
        <source>Search results as %1 would see them</source>
        <translation>按 %1 的视角显示的搜索结果</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="392"/>
        <source>Search results as the joint screen would show them — what every party may see</source>
        <translation>按联席屏幕的显示方式列出的搜索结果 — 所有当事方均可见的内容</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="395"/>
        <source>Search results from every channel — confidential material of every party, visible to you only</source>
        <translation>来自所有频道的搜索结果 — 包含各当事方的保密材料，仅您可见</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="469"/>
        <source>No note on screen: open a channel (Ctrl+1, Ctrl+2, …) and choose a note</source>
        <translation>屏幕上没有笔记：请打开一个频道（Ctrl+1、Ctrl+2…）并选择一条笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="472"/>
        <source>The %1 tab is on screen: go back to the Notes tab to act on a note</source>
        <translation>当前显示的是“%1”标签页：请返回“笔记”标签页处理笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="475"/>
        <source>This note is disclosed here from another channel: act on it in its own channel</source>
        <translation>此笔记是从另一频道披露至此的：请在其所属频道中处理</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="477"/>
        <source>No note on screen: choose one in the list</source>
        <translation>屏幕上没有笔记：请在列表中选择一条</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="496"/>
        <source>Every party sees the Joint channel&apos;s exhibits already</source>
        <translation>各当事方已能看到联席会议频道的证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="497"/>
        <source>Choose one of this channel&apos;s exhibits to disclose it</source>
        <translation>请选择此频道的一份证据文件以进行披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace.py" line="501"/>
        <source>Every party sees the Joint channel&apos;s notes already</source>
        <translation>各当事方已能看到联席会议频道的笔记</translation>
    </message>
    <message>
        <source>Note added to %1</source>
        <translation type="vanished">已添加笔记至 %1</translation>
    </message>
    <message>
        <source>Delete the note “%1”? Its text is removed from the case file for good; the audit log keeps that it existed.</source>
        <translation type="vanished">删除笔记“%1”？其内容将从案件文件中永久移除；审计日志会保留其曾存在的记录。</translation>
    </message>
    <message>
        <source>Copied — the clipboard is cleared in %1 s</source>
        <translation type="vanished">已复制 — 剪贴板将在 %1 秒后清除</translation>
    </message>
    <message>
        <source>Open a party&apos;s channel first (Ctrl+2, Ctrl+3, …), then start the caucus.</source>
        <translation type="vanished">请先打开一方当事方的频道（Ctrl+2、Ctrl+3…），再开始单方会谈。</translation>
    </message>
    <message>
        <source>This is a version of the negotiating text; open it from its draft.</source>
        <translation type="vanished">这是谈判文本的一个版本；请从其所属草案中打开。</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>Agreement reopened</source>
        <translation>已重新开启和解协议</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>已披露</translation>
    </message>
    <message>
        <source>Disclosure revoked</source>
        <translation>已撤销披露</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>草案已保存</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>没有更改</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>已添加笔记</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>已删除笔记</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>已更改密码短语</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Joint session started</source>
        <translation>联席会议已开始</translation>
    </message>
    <message>
        <source>Caucus with %1 started</source>
        <translation>与%1的单方会谈已开始</translation>
    </message>
    <message>
        <source>Session ended after %1 min</source>
        <translation>会议已结束，历时%1分钟</translation>
    </message>
    <message>
        <source>Backup written to %1; its audit record contains head %2</source>
        <translation>备份已写入%1；其审计记录包含审计链头 %2</translation>
    </message>
    <message>
        <source>Opened although older than the case last seen here</source>
        <translation>已打开，尽管此文件比本机上次所见的案件更旧</translation>
    </message>
    <message>
        <source>Signatories of %1 recorded</source>
        <translation>已记录 %1 的签署人</translation>
    </message>
    <message>
        <source>Time zone of the place set to %1</source>
        <translation>调解地时区已设为 %1</translation>
    </message>
    <message>
        <source>Case closed: %1 notes (%2 revisions), %3 positions and %4 offers destroyed</source>
        <translation>已结案：已销毁 %1 条笔记（%2 个修订版）、%3 项立场和 %4 项出价</translation>
    </message>
    <message>
        <source>Case closed: %1 notes (%2 revisions) and %3 positions destroyed</source>
        <translation>已结案：已销毁 %1 条笔记（%2 个修订版）和 %3 项立场</translation>
    </message>
    <message>
        <source>The case was already closed on %1; its file was written anew</source>
        <translation>本案已于 %1 结案；其文件已重新写入</translation>
    </message>
    <message>
        <source>%1 accepts the %2 remaining clauses</source>
        <translation>%1 接受其余 %2 项条款</translation>
    </message>
    <message>
        <source>Largest exhibit set to %1</source>
        <translation>证据文件大小上限已设为 %1</translation>
    </message>
    <message>
        <source>Exhibit %1 added</source>
        <translation>已添加证据文件 %1</translation>
    </message>
    <message>
        <source>New revision of the exhibit saved</source>
        <translation>已保存证据文件的新修订版</translation>
    </message>
    <message>
        <source>Exhibit %1 exported (SHA-256 %2)</source>
        <translation>已导出证据文件 %1（SHA-256 %2）</translation>
    </message>
    <message>
        <source>Agreement exported to %1, awaiting the paper signatures</source>
        <translation>和解协议已导出到 %1，等待纸面签署</translation>
    </message>
    <message>
        <source>Paper signatures recorded and the agreement attested in %1</source>
        <translation>已记录纸面签署，和解协议已在 %1 中获证明</translation>
    </message>
    <message>
        <source>Impartiality record written to %1</source>
        <translation>公正性记录已写入 %1</translation>
    </message>
    <message>
        <source>Private figure of %1 noted in its caucus</source>
        <translation>已在单方会谈中记下 %1 的私下数额</translation>
    </message>
    <message>
        <source>Demand of %1 recorded</source>
        <translation>已记录 %1 的要价</translation>
    </message>
    <message>
        <source>Offer of %1 recorded</source>
        <translation>已记录 %1 的出价</translation>
    </message>
    <message>
        <source>Overlap check agreed: %1 round(s)</source>
        <translation>已约定重叠核查：共 %1 轮</translation>
    </message>
    <message>
        <source>Round %1 of %2: each party types its limit on the handover screen</source>
        <translation>第 %1 轮（共 %2 轮）：各当事方在移交画面上输入其底线</translation>
    </message>
    <message>
        <source>The round was cancelled; nothing was sealed</source>
        <translation>本轮已取消；未封存任何内容</translation>
    </message>
    <message>
        <source>Limit of %1 sealed</source>
        <translation>已封存 %1 的底线</translation>
    </message>
    <message>
        <source>No round is in progress</source>
        <translation>没有正在进行的一轮</translation>
    </message>
    <message>
        <source>Round %1 cancelled; nothing of it was kept</source>
        <translation>第 %1 轮已取消；其内容均未保留</translation>
    </message>
    <message>
        <source>Offers ledger written to %1</source>
        <translation>报价记录簿已写入 %1</translation>
    </message>
    <message>
        <source>Issue %1 added</source>
        <translation>已添加议题 %1</translation>
    </message>
    <message>
        <source>Round %1: the limits overlap</source>
        <translation>第 %1 轮：双方底线重叠</translation>
    </message>
    <message>
        <source>Round %1: the limits overlap; figure by the agreed rule: %2</source>
        <translation>第 %1 轮：双方底线重叠；按约定规则得出的数额：%2</translation>
    </message>
    <message>
        <source>Round %1: there is a gap</source>
        <translation>第 %1 轮：存在差距</translation>
    </message>
    <message>
        <source>Round %1: there is a gap, within %2 %</source>
        <translation>第 %1 轮：存在差距，在 %2 % 以内</translation>
    </message>
    <message>
        <source>Round %1: there is a gap, more than %2 %</source>
        <translation>第 %1 轮：存在差距，超过 %2 %</translation>
    </message>
    <message>
        <source>Round %1: there is a gap, within %2 days</source>
        <translation>第 %1 轮：存在差距，在 %2 天以内</translation>
    </message>
    <message>
        <source>Round %1: there is a gap, more than %2 days</source>
        <translation>第 %1 轮：存在差距，超过 %2 天</translation>
    </message>
    <message>
        <source>Declaration recorded</source>
        <translation>已记录声明</translation>
    </message>
    <message>
        <source>%1 %2 the declaration</source>
        <translation>%1 %2该声明</translation>
    </message>
    <message>
        <source>%1 recorded as attending</source>
        <translation>已记录 %1 出席</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 已离场</translation>
    </message>
    <message>
        <source>Confidentiality undertaking of %1 recorded</source>
        <translation>已记录 %1 的保密承诺</translation>
    </message>
    <message>
        <source>Authority of %1 (%2) recorded</source>
        <translation>已记录 %1（%2）的授权</translation>
    </message>
    <message>
        <source>Mediation ended: %1</source>
        <translation>调解已结束：%1</translation>
    </message>
    <message>
        <source>Termination record signed (%1)</source>
        <translation>已签署终止记录（%1）</translation>
    </message>
    <message>
        <source>Caucus material kept %1 days after the mediation ends</source>
        <translation>单方会谈材料在调解结束后保留 %1 天</translation>
    </message>
    <message>
        <source>Proceeding without an agreement to mediate: reason recorded</source>
        <translation>在没有提交调解协议的情况下进行：已记录理由</translation>
    </message>
    <message>
        <source>Agreement to mediate recorded (%1)</source>
        <translation>已记录提交调解协议（%1）</translation>
    </message>
    <message>
        <source>Exhibit deleted</source>
        <translation>证据文件已删除</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="vanished">备份已写入%1</translation>
    </message>
    <message>
        <source>Draft “%1” created</source>
        <translation>已创建草案“%1”</translation>
    </message>
    <message>
        <source>Version %1 saved</source>
        <translation>第%1版已保存</translation>
    </message>
    <message>
        <source>Version %1 tabled to all parties</source>
        <translation>第%1版已提交全体当事方</translation>
    </message>
    <message>
        <source>Version %1 tabled to %2</source>
        <translation>第 %1 版已提交给 %2</translation>
    </message>
    <message>
        <source>%1 accepts %2</source>
        <translation>%1接受%2</translation>
    </message>
    <message>
        <source>%1 rejects %2</source>
        <translation>%1拒绝%2</translation>
    </message>
    <message>
        <source>%1 reserves its position on %2</source>
        <translation>%1对%2保留立场</translation>
    </message>
    <message>
        <source>Agreement concluded on version %1</source>
        <translation>和解协议已按第%1版订立</translation>
    </message>
    <message>
        <source>Agreement exported to %1</source>
        <translation>和解协议已导出至%1</translation>
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
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="15"/>
        <source>The case file is re-encrypted under the new passphrase. If this is interrupted, the file keeps the old one; nothing is lost.</source>
        <translation>案件文件将用新密码短语重新加密。如果过程被中断，文件仍使用旧密码短语，不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="19"/>
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="20"/>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="21"/>
        <source>Repeat the new passphrase</source>
        <translation>再次输入新密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="26"/>
        <source>&amp;Current passphrase:</source>
        <translation>当前密码短语(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="27"/>
        <source>&amp;New passphrase:</source>
        <translation>新密码短语(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="29"/>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_dialog.py" line="50"/>
        <source>The two new passphrases differ.</source>
        <translation>两次输入的新密码短语不一致。</translation>
    </message>
</context>
<context>
    <name>ChangeValue</name>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="55"/>
        <source>paper</source>
        <extracomment>what was shown, for tests: (kind, title, text) the English words the app puts into some templates&apos; places: template -&gt; place -&gt; word -&gt; (context &quot;ChangeValue&quot;)</extracomment>
        <translation>纸本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="56"/>
        <source>digital</source>
        <translation>电子签署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="57"/>
        <source>without one</source>
        <translation>未签订</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="59"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/messages.py" line="60"/>
        <source>objected to</source>
        <translation>反对</translation>
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
        <translation>由调解员终止</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="34"/>
        <source>Joint</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="36"/>
        <source>Mediator&apos;s notebook</source>
        <translation>调解员笔记本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="37"/>
        <source>Caucus — %1</source>
        <translation>单方会谈 — %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="69"/>
        <source>Confidential — caucus with %1</source>
        <translation>保密 — 与 %1 的单方会谈</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="71"/>
        <source>Joint — visible to all parties</source>
        <translation>联席会议 — 所有当事方可见</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="72"/>
        <source>Mediator&apos;s notebook — visible to you only</source>
        <translation>调解员笔记本 — 仅您可见</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="94"/>
        <source>Clause being edited</source>
        <extracomment>below this width per language, the languages are stacked one above the other instead of side by side</extracomment>
        <translation>正在编辑的条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="122"/>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="123"/>
        <source>Heading in %1</source>
        <translation>%1标题</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="130"/>
        <source>Text of the clause</source>
        <translation>条款正文</translation>
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
        <translation>第 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source>No clauses yet: use “Add clause” (Ctrl+Shift+N) for a blank clause or a template.</source>
        <translation type="vanished">尚无条款：使用“添加条款”（Ctrl+Shift+N）添加空白条款或从模板添加。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="190"/>
        <source>No clauses yet: use “Add clause” (Ctrl+Alt+N) for a blank clause or a template.</source>
        <translation>尚无条款：使用“添加条款”（Ctrl+Alt+N）添加空白条款或模板条款。</translation>
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
        <translation>删除条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="295"/>
        <source>Blank clause</source>
        <translation>空白条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="296"/>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="330"/>
        <source>Undo</source>
        <translation>撤销</translation>
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
        <translation>来自模板</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="305"/>
        <source>Clause templates</source>
        <translation>条款模板</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="318"/>
        <source>Add clause</source>
        <translation>添加条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="319"/>
        <source>Add a clause after the selected one</source>
        <translation>在所选条款之后添加条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="320"/>
        <source>Add a blank clause (Ctrl+Alt+N), or one from a template</source>
        <translation>添加空白条款（Ctrl+Alt+N），或从模板添加</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="339"/>
        <source>This text is final</source>
        <translation>此文本已为最终版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="340"/>
        <source>Reopen…</source>
        <translation>重新开启…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="341"/>
        <source>Reopen the concluded agreement, with a reason</source>
        <translation>重新开启已订立的和解协议，并说明理由</translation>
    </message>
    <message>
        <source>Add a blank clause (Ctrl+Shift+N), or one from a template</source>
        <translation type="vanished">添加空白条款（Ctrl+Shift+N），或从模板添加</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="327"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="327"/>
        <source>Remove the selected clause (Delete)</source>
        <translation>删除所选条款（Delete）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="328"/>
        <source>↑ Up</source>
        <translation>↑ 上移</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="328"/>
        <source>Move the clause up (Alt+Up)</source>
        <translation>上移条款（Alt+Up）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="329"/>
        <source>↓ Down</source>
        <translation>↓ 下移</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="329"/>
        <source>Move the clause down (Alt+Down)</source>
        <translation>下移条款（Alt+Down）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="330"/>
        <source>Undo the last clause operation (Ctrl+Z)</source>
        <translation>撤销上一次条款操作（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="331"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="332"/>
        <source>Save version…</source>
        <translation>保存版本…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_editor.py" line="334"/>
        <source>Save the text as a new version</source>
        <translation>将文本保存为新版本</translation>
    </message>
</context>
<context>
    <name>ClauseList</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_list.py" line="139"/>
        <source>Untitled clause</source>
        <translation>无标题条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_list.py" line="149"/>
        <source>Clause %1: %2</source>
        <translation>第 %1 条：%2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_list.py" line="151"/>
        <source>Clause %1 — drag, or press Alt+Up / Alt+Down, to move it</source>
        <translation>第 %1 条 — 拖动或按 Alt+Up / Alt+Down 可移动</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_list.py" line="260"/>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/clause_list.py" line="261"/>
        <source>The clauses of the draft in order. Alt+Up and Alt+Down move the selected clause; Delete removes it.</source>
        <translation>按顺序列出的草案条款。Alt+Up 和 Alt+Down 移动所选条款；Delete 删除所选条款。</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose the party&apos;s colour</source>
        <translation type="vanished">选择当事方的颜色</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="46"/>
        <source>Choose the party&apos;s colour (Space)</source>
        <translation>选择当事方的颜色（空格键）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="55"/>
        <source>Party colour {colour}</source>
        <translation>当事方颜色 {colour}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="61"/>
        <source>Party colour</source>
        <translation>当事方颜色</translation>
    </message>
</context>
<context>
    <name>ConcludeDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="38"/>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="73"/>
        <source>Conclude agreement</source>
        <translation>订立和解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="39"/>
        <source>Conclude “%1”, version %2, as the agreement?</source>
        <translation>将“%1”第 %2 版订立为和解协议？</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="47"/>
        <source>accepted all %1 clauses</source>
        <translation>已接受全部 %1 条条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="51"/>
        <source>Version %1, saved %2 by %3.</source>
        <translation>第 %1 版，由 %3 于 %2 保存。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="53"/>
        <source>Parties</source>
        <translation>当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="58"/>
        <source>Fingerprint of the agreed text</source>
        <translation>议定文本的指纹</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="62"/>
        <source>This is the fingerprint of the draft version. The exported PDF prints its own agreement fingerprint (SHA-256 of the canonical text: the clauses in every language with the parties, signatories, place and date), which differs from this draft fingerprint; verify checks that one.</source>
        <translation>这是草案版本的指纹。导出的 PDF 会印上其自身的和解协议指纹（规范文本的 SHA-256：各语言的条款，连同当事方、签署人、地点和日期），与此草案指纹不同；验证时核对的是前者。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="67"/>
        <source>The text is frozen under this fingerprint, the case becomes settled and the conclusion is recorded in the audit log. Until the agreement is exported it can be reopened, with a recorded reason.</source>
        <translation>文本将以此指纹冻结，案件状态变为已和解，订立情况记入审计日志。在和解协议导出之前，可以重新开启，但须记录理由。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="83"/>
        <source>Draft fingerprint (SHA-256 of this version&apos;s text)</source>
        <translation>草案指纹（此版本文本的 SHA-256）</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256 of the canonical text)</source>
        <translation type="vanished">指纹（规范文本的 SHA-256）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="135"/>
        <source>Agreement concluded on version %1 and exported: it is final.</source>
        <translation>已按第 %1 版订立并导出和解协议：协议已为最终版本。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="137"/>
        <source>✓ Agreement concluded on version %1, %2 · fingerprint %3…</source>
        <translation>✓ 已按第 %1 版订立和解协议，%2 · 指纹 %3…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="141"/>
        <source>Every party has accepted every clause of version %1: ready to conclude.</source>
        <translation>各当事方均已接受第 %1 版的全部条款：可以订立。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="146"/>
        <source>%1 positions still to be accepted.</source>
        <translation>尚有 %1 项立场待接受。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="147"/>
        <source>Not ready to conclude: %1</source>
        <translation>尚不能订立：%1</translation>
    </message>
</context>
<context>
    <name>ConfidentialityBanner</name>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="81"/>
        <source>Confidentiality banner</source>
        <translation>保密横幅</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/banner.py" line="93"/>
        <source>Case overview — visible to you only</source>
        <translation>案件概览 — 仅您可见</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="22"/>
        <source>Said in caucus</source>
        <translation>在单方会谈中口头表示</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="23"/>
        <source>In writing</source>
        <translation>书面</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="24"/>
        <source>Signed on screen</source>
        <translation>在屏幕上签署</translation>
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
        <translation>可选 — 例如对方律师或共同调解员</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="140"/>
        <source>Witnessed by</source>
        <translation>见证人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="145"/>
        <source>&amp;How given:</source>
        <translation>表示方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/consent_fields.py" line="147"/>
        <source>&amp;Witnessed by:</source>
        <translation>见证人(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="51"/>
        <source>Create a mediator identity</source>
        <translation>创建调解员身份</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="56"/>
        <source>Name on the certificate</source>
        <translation>证书上的姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="58"/>
        <source>Organisation (optional)</source>
        <translation>机构（可选）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="60"/>
        <source>New identity file</source>
        <translation>新身份文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="61"/>
        <source>Passphrase of the new identity</source>
        <translation>新身份的密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="62"/>
        <source>Repeat the passphrase</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="68"/>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>A key and a certificate that sign the attestation and can issue certificates to the parties in the room. The passphrase cannot be recovered: keep it safe.</source>
        <translation type="vanished">一对密钥和证书，用于签署证明，并可在现场向当事方签发证书。密码短语无法找回，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="73"/>
        <source>Two keys: one signs the attestation; the other, kept in a second file beside it, only issues certificates to the parties in the room. The passphrase (the same for both) cannot be recovered: keep it safe.</source>
        <translation>两个密钥：一个用于签署证明；另一个保存在旁边的第二个文件中，仅用于在现场向当事方签发证书。密码短语（两者相同）无法找回，请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="76"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="77"/>
        <source>&amp;Organisation:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="78"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="79"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="79"/>
        <source>Save the new identity as</source>
        <translation>将新身份另存为</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="80"/>
        <source>Identity files (*.p12)</source>
        <translation>身份文件 (*.p12)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="81"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="83"/>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="92"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="103"/>
        <source>Creating the identity…</source>
        <translation>正在创建身份…</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="59"/>
        <source>Party consent (ICSID Mediation Rules style)</source>
        <translation>当事方同意（ICSID 调解规则模式）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="60"/>
        <source>UNCITRAL Model Law on International Commercial Mediation (2018)</source>
        <translation>《贸易法委员会国际商事调解示范法》（2018 年）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="61"/>
        <source>Hong Kong Mediation Ordinance (Cap. 620), s.8</source>
        <translation>香港《调解条例》（第 620 章）第 8 条</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="66"/>
        <source>Nothing leaves a caucus without the authorisation of the party it came from.</source>
        <translation>未经提供信息的当事方授权，任何单方会谈内容均不得披露。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="67"/>
        <source>The mediator may disclose a party&apos;s information unless the party gave it on condition of confidentiality.</source>
        <translation>调解员可披露一方当事方提供的信息，但该当事方以保密为条件提供的除外。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="69"/>
        <source>Disclosure needs the consent of every party, every mediator and the person who made the communication, or one of the statutory exceptions.</source>
        <translation>披露须经每一当事方、每一调解员及作出该通讯的人同意，或符合其中一项法定例外。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="76"/>
        <source>All parties (joint)</source>
        <translation>所有当事方（联席）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="79"/>
        <source>The mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="93"/>
        <source>Disclose a note</source>
        <translation>披露笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="95"/>
        <source>Disclose “%1”</source>
        <translation>披露“%1”</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="101"/>
        <source>From: %1. This case runs under %2: %3</source>
        <translation>来源：%1。本案适用%2：%3</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="128"/>
        <source>Disclose to</source>
        <translation>披露对象</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="134"/>
        <source>Disclose to %1</source>
        <translation>披露给 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="141"/>
        <source>Consents on record</source>
        <translation>已记录的同意</translation>
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
        <translation>根据这些规则，此项无需同意；但披露仍会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="150"/>
        <source>Statutory exception</source>
        <translation>法定例外</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="93"/>
        <source>Disclose an exhibit</source>
        <translation>披露证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="107"/>
        <source>Which revision is disclosed</source>
        <translation>披露的修订版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="111"/>
        <source>Came from</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="112"/>
        <source>The party whose information this exhibit holds: its consent is what the rules ask for.</source>
        <translation>此证据文件所含信息所属的当事方：规则要求的是该当事方的同意。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="114"/>
        <source>The party whose information this note holds: its consent is what the rules ask for.</source>
        <translation>本笔记所载信息来自哪一当事方：规则要求的是该当事方的同意。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="117"/>
        <source>Several parties</source>
        <translation>多个当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="119"/>
        <source>Came from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="151"/>
        <source>None — the consents above are on record</source>
        <translation>无 — 上述同意已记录在案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="155"/>
        <source>Or a statutory exception (Cap. 620, s.8(2)(b)–(g))</source>
        <translation>或法定例外（第 620 章第 8(2)(b)–(g) 条）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="160"/>
        <source>Note for the record (optional)</source>
        <translation>记录备注（可选）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="161"/>
        <source>Note for the record</source>
        <translation>记录备注</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="167"/>
        <source>Why the disclosure was refused</source>
        <translation>披露被拒绝的原因</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="170"/>
        <source>Disclosures of this note</source>
        <translation>此笔记的披露记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="170"/>
        <source>Disclosures of this exhibit</source>
        <translation>此证据文件的披露记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="172"/>
        <source>To</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="172"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="172"/>
        <source>On the strength of</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="172"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="173"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="184"/>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="185"/>
        <source>Revoke the selected disclosure</source>
        <translation>撤销所选披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="194"/>
        <source>Disclose</source>
        <translation>披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="195"/>
        <source>Record the disclosure</source>
        <translation>记录此次披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="264"/>
        <source>The consents it needs depend on where it came from.</source>
        <translation>所需的同意取决于信息来源。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="280"/>
        <source>Choose which party this came from, or several.</source>
        <translation>请选择信息来自哪一当事方，或来自多个当事方。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="282"/>
        <source>Choose who the exhibit is disclosed to.</source>
        <translation>请选择向谁披露此证据文件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="283"/>
        <source>Choose who the note is disclosed to.</source>
        <translation>请选择笔记的披露对象。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="285"/>
        <source>Recorded on the statutory ground chosen; no consent is needed.</source>
        <translation>按所选法定理由记录；无需同意。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="287"/>
        <source>Still needed: %1</source>
        <translation>尚需：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="289"/>
        <source>Every consent these rules require is on record.</source>
        <translation>这些规则要求的所有同意均已记录在案。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="299"/>
        <source>Discloses %1 — the file as it is now.</source>
        <translation>披露%1 — 即文件的当前状态。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="301"/>
        <source>Discloses revision %1 — the text as it is now.</source>
        <translation>披露修订版 %1 — 即当前文本。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="309"/>
        <source>All parties already see this revision.</source>
        <translation>所有当事方已能看到此修订版。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="310"/>
        <source>%1 already sees this revision.</source>
        <translation>%1 已能看到此修订版。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="312"/>
        <source>All parties see revision %1 until this disclosure is recorded.</source>
        <translation>在记录本次披露之前，所有当事方看到的是修订版 %1。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="314"/>
        <source>%1 sees revision %2 until this disclosure is recorded.</source>
        <translation>在记录本次披露之前，%1 看到的是修订版 %2。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosable.py" line="41"/>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="341"/>
        <source>revision %1</source>
        <extracomment>the text the audience will see, in words (&quot;revision 3&quot;, or &quot;file revision 2: survey.pdf, SHA-256 …&quot;)</extracomment>
        <translation>修订版 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosable.py" line="49"/>
        <source>file revision %1 (%2, SHA-256 %3…)</source>
        <translation>文件修订版 %1（%2，SHA-256 %3…）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="354"/>
        <source>Revoke the disclosure to %1? It stops from now on; the audit log keeps that it happened.</source>
        <translation>撤销对 %1 的披露？披露将自即刻起停止；审计日志会保留其曾发生的记录。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="395"/>
        <source>No consent required</source>
        <translation>无需同意</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="397"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="402"/>
        <source>witnessed by %1</source>
        <translation>见证人：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="404"/>
        <source>came from several parties</source>
        <translation>来自多个当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="406"/>
        <source>came from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="412"/>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_dialog.py" line="414"/>
        <source>Revoked %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
</context>
<context>
    <name>DraftUndo</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/undo_commands.py" line="43"/>
        <source>Add clause</source>
        <translation>添加条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/undo_commands.py" line="55"/>
        <source>Remove clause</source>
        <translation>删除条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/undo_commands.py" line="71"/>
        <source>Move clause</source>
        <translation>移动条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/undo_commands.py" line="89"/>
        <source>Edit clause</source>
        <translation>编辑条款</translation>
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
        <translation>单一文本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="150"/>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="153"/>
        <source>New draft…</source>
        <translation>新建草案…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="154"/>
        <source>Start a new draft</source>
        <translation>开始新草案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="158"/>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="172"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="173"/>
        <source>Versions and redline</source>
        <translation>版本与修订对照</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="174"/>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="176"/>
        <source>No draft yet.
Start the single negotiating text with “New draft…”.</source>
        <translation>尚无草案。
使用“新建草案…”开始单一谈判文本。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="211"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="325"/>
        <source>Save a version, then table it to the parties.</source>
        <translation>请先保存版本，再向当事方提交。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="326"/>
        <source>No version to conclude yet.</source>
        <translation>尚无可订立的版本。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="362"/>
        <source>Concluded on %1 (version %2) and exported on %3 — final, read-only. To change it, negotiate an amendment as a new draft.</source>
        <translation>已于 %1 订立（第 %2 版），并于 %3 导出 — 最终版本，只读。如需更改，请以新草案形式协商修订。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="366"/>
        <source>Concluded on %1 (version %2) — read-only; Reopen… to change it.</source>
        <translation>已于 %1 订立（第 %2 版）— 只读；如需更改，请使用“重新开启…”。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="376"/>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="389"/>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="378"/>
        <source>Working copy saved · no version yet</source>
        <translation>工作副本已保存 · 尚无版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="380"/>
        <source>Working copy saved · changed since version %1</source>
        <translation>工作副本已保存 · 自第 %1 版以来有更改</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="382"/>
        <source>Same as version %1</source>
        <translation>与第 %1 版相同</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="476"/>
        <source>Record that %1 accepts every clause of version %2 on which it has not yet taken a position? Positions already recorded stay as they are.</source>
        <translation>记录 %1 接受第 %2 版中其尚未表明立场的所有条款？已记录的立场保持不变。</translation>
    </message>
</context>
<context>
    <name>ExhibitDetailsDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="76"/>
        <source>Import exhibit</source>
        <translation>导入证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="78"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="83"/>
        <source>Label</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="86"/>
        <source>Produced by</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="92"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="94"/>
        <source>&amp;Label:</source>
        <translation>编号(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="95"/>
        <source>&amp;Produced by:</source>
        <translation>提供方(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="98"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="113"/>
        <source>An exhibit needs a label (such as C-12).</source>
        <translation>证据文件须有编号（例如 C-12）。</translation>
    </message>
</context>
<context>
    <name>ExhibitImport</name>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="223"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="185"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="223"/>
        <source>Import exhibit</source>
        <translation>导入证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="231"/>
        <source>Importing %1 as revision %2 of %3…</source>
        <translation>正在将 %1 导入为 %3 的修订版 %2…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="233"/>
        <source>New revision</source>
        <translation>新修订版</translation>
    </message>
</context>
<context>
    <name>ExhibitPreview</name>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="55"/>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="61"/>
        <source>Exhibit preview</source>
        <translation>证据文件预览</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="64"/>
        <source>Exhibit text</source>
        <translation>证据文件文字</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="76"/>
        <source>Choose an exhibit to see it here.</source>
        <translation>选择一份证据文件，即可在此查看。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="86"/>
        <source>This PDF cannot be shown (it is damaged or not a PDF Qt can read). Export it to open it elsewhere.</source>
        <translation>无法显示此 PDF（文件已损坏，或不是 Qt 可读取的 PDF）。请将其导出后用其他程序打开。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="98"/>
        <source>This image cannot be shown. Export it to open it elsewhere.</source>
        <translation>无法显示此图片。请将其导出后用其他程序打开。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="122"/>
        <source>%1 shown as its text (layout, tables and images are not shown; export it to open the file).</source>
        <translation>%1 仅显示其文字（不显示版式、表格和图片；如需打开该文件，请将其导出）。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="125"/>
        <source>No text to show for this %1; export it to open it.</source>
        <translation>此 %1 没有可显示的文字；请将其导出后打开。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_preview.py" line="128"/>
        <source>No preview for this file; export it to open it.</source>
        <translation>此文件无法预览；请将其导出后打开。</translation>
    </message>
</context>
<context>
    <name>ExhibitsPanel</name>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="130"/>
        <source>Disclosed to all parties from %1 (revision %2)</source>
        <translation>自 %1 向所有当事方披露（修订版 %2）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="153"/>
        <source>in session, %1</source>
        <translation>会议中，%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="215"/>
        <source>Exhibits</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="231"/>
        <source>Import exhibit…</source>
        <translation>导入证据文件…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="232"/>
        <source>Import files into this channel as exhibits (or drop them on the channel)</source>
        <translation>将文件作为证据文件导入此频道（或将文件拖放到频道上）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="235"/>
        <source>Export exhibit…</source>
        <translation>导出证据文件…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="236"/>
        <source>Save a copy of the exhibit where you choose (recorded in the audit log)</source>
        <translation>将证据文件的副本保存到您选择的位置（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="238"/>
        <source>Disclose…</source>
        <translation>披露…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="239"/>
        <source>Disclose this exhibit&apos;s current file revision, with the consents the rules require</source>
        <translation>在取得规则要求的同意后，披露此证据文件的当前文件修订版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="242"/>
        <source>New &amp;revision…</source>
        <translation>新修订版(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="243"/>
        <source>Import a new file as the next revision of this exhibit (the earlier revisions, and what was disclosed of them, stay)</source>
        <translation>导入新文件作为此证据文件的下一个修订版（较早的修订版及其已披露的内容均会保留）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="246"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="247"/>
        <source>Delete this exhibit and the file of every revision for good (the audit log keeps that it existed)</source>
        <translation>永久删除此证据文件及其所有修订版的文件（审计日志会保留其曾存在的记录）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="262"/>
        <source>Disclose the selected exhibit</source>
        <translation>披露所选证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="265"/>
        <source>New revision of the selected exhibit</source>
        <translation>所选证据文件的新修订版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="268"/>
        <source>Delete the selected exhibit</source>
        <translation>删除所选证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="314"/>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="429"/>
        <source>Choose an exhibit to see it here.</source>
        <translation>选择一份证据文件，即可在此查看。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="329"/>
        <source>No exhibits in this channel yet: import files, or drop them here.</source>
        <translation>此频道尚无证据文件：请导入文件，或将文件拖放到此处。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="330"/>
        <source>%1 exhibits</source>
        <translation>%1 份证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="434"/>
        <source>%1 · %2 · %3 · SHA-256 %4</source>
        <translation>%1 · %2 · %3 · SHA-256 %4</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="437"/>
        <source>revision %1</source>
        <translation>修订版 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="439"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="463"/>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="475"/>
        <source>Open a channel first; its exhibits are imported there.</source>
        <translation>请先打开一个频道；证据文件会导入该频道。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="465"/>
        <source>Import exhibits into %1</source>
        <translation>将证据文件导入%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="534"/>
        <source>New revision of %1</source>
        <translation>%1 的新修订版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="545"/>
        <source>Choose the exhibit again; the list changed.</source>
        <translation>列表已有变动，请重新选择证据文件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="571"/>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="578"/>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="599"/>
        <source>Delete exhibit</source>
        <translation>删除证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="574"/>
        <source>Delete the exhibit “%1” (%2)? Its file, in every revision, is removed from the case file for good; the audit log keeps that it existed.</source>
        <translation>删除证据文件“%1”（%2）？其所有修订版的文件将从案件文件中永久移除；审计日志会保留其曾存在的记录。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="577"/>
        <source>Those it was disclosed to no longer see it.</source>
        <translation>曾获披露此证据文件的各方将不再能看到它。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="586"/>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Import exhibit</source>
        <translation type="vanished">导入证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="609"/>
        <source>Export exhibit %1</source>
        <translation>导出证据文件 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="620"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="627"/>
        <source>Exhibit %1 saved to %2.
SHA-256 %3</source>
        <translation>证据文件 %1 已保存到 %2。
SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="628"/>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="631"/>
        <source>Export exhibit</source>
        <translation>导出证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="70"/>
        <source>Label</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="71"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="72"/>
        <source>Type</source>
        <translation>类型</translation>
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
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="156"/>
        <source>Only files can be dropped here, to import them as exhibits.</source>
        <translation>此处只能拖放文件，以将其作为证据文件导入。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_panel.py" line="80"/>
        <source>Exhibits (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.txt);;All files (*)</source>
        <translation>证据文件 (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="45"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="84"/>
        <source>There is no concluded agreement to export. Conclude the agreement on the Drafting page first.</source>
        <translation>没有可导出的已订立和解协议。请先在“起草”页面订立和解协议。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="231"/>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="292"/>
        <source>Export the signed agreement</source>
        <translation>导出已签署的和解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="364"/>
        <source>Mediator&apos;s attestation</source>
        <translation>调解员证明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="385"/>
        <source>{who}: choose a PIN of at least {n} characters and type it twice. A certificate is issued in your name for this one signature, marked “issued in the room”; its key is destroyed after it signs.</source>
        <translation>{who}：请设定至少 {n} 个字符的 PIN 码，并输入两次。系统将以您的名义为这一次签署签发一张证书，标注为“现场签发”；其密钥在签署后即被销毁。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="387"/>
        <source>Choose a &amp;PIN:</source>
        <translation>设定 PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="388"/>
        <source>Issuing the certificate…</source>
        <translation>正在签发证书…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="393"/>
        <source>{who}: type the PIN of your token {token}. Your key never leaves it.</source>
        <translation>{who}：请输入您的令牌 {token} 的 PIN 码。您的密钥始终不会离开该令牌。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="394"/>
        <source>Token &amp;PIN:</source>
        <translation>令牌 PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="395"/>
        <source>Opening the token…</source>
        <translation>正在打开令牌…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="407"/>
        <source>{who}: type the passphrase of your identity file {file}. It unlocks your key for this signature only and is not kept.</source>
        <translation>{who}：请输入您的身份文件 {file} 的密码短语。它只为这次签署解锁您的密钥，不会被保存。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="409"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="410"/>
        <source>Opening the identity file…</source>
        <translation>正在打开身份文件…</translation>
    </message>
</context>
<context>
    <name>FileJobs</name>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="65"/>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="166"/>
        <source>File and passphrase</source>
        <translation>文件与密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="167"/>
        <source>The case file is encrypted with this passphrase. It cannot be recovered if forgotten: keep it as you would the key to a safe.</source>
        <translation>案件文件用此密码短语加密。一旦遗忘便无法找回：请像保管保险箱钥匙一样妥善保管。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="170"/>
        <source>Case file</source>
        <translation>案件文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="172"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="173"/>
        <source>Choose where to save the case file</source>
        <translation>选择案件文件的保存位置</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="178"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="179"/>
        <source>Repeat the passphrase</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="181"/>
        <source>Remember on this computer (in the system keyring)</source>
        <translation>在本计算机上记住（保存在系统密钥环中）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="182"/>
        <source>Remember the key on this computer</source>
        <translation>在本计算机上记住密钥</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="189"/>
        <source>Creating the case</source>
        <translation>正在创建案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="194"/>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="196"/>
        <source>At least 8 characters. A few unrelated words are strong and easy to type.</source>
        <translation>至少 8 个字符。几个互不相关的词语组合起来既安全又便于输入。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="202"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="204"/>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="223"/>
        <source>Save the new case as</source>
        <translation>将新案件另存为</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="224"/>
        <source>IOMed Desk cases (*.iomed)</source>
        <translation>IOMed Desk 案件 (*.iomed)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="234"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
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
        <translation>签名 — IOMed Desk</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="120"/>
        <source>Signature of {party}</source>
        <translation>{party} 的签名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="129"/>
        <source>You are signing “{title}”</source>
        <translation>您正在签署“{title}”</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="133"/>
        <source>Agreement fingerprint</source>
        <translation>和解协议指纹</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="135"/>
        <source>Agreement fingerprint (SHA-256 of the agreed text, printed on every page)</source>
        <translation>和解协议指纹（议定文本的 SHA-256，印于每一页）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="146"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="177"/>
        <source>Repeat the PIN</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="181"/>
        <source>&amp;Sign</source>
        <translation>签署(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="182"/>
        <source>Confirm and sign</source>
        <translation>确认并签署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="184"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="185"/>
        <source>Cancel: the case locks</source>
        <translation>取消：案件将锁定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="191"/>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="209"/>
        <source>Thank you. Please hand the computer back to the mediator.</source>
        <translation>谢谢。请将计算机交还调解员。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="211"/>
        <source>The mediator takes it back with the case passphrase.</source>
        <translation>调解员凭案件密码短语取回计算机。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="212"/>
        <source>Case passphrase</source>
        <translation>案件密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="215"/>
        <source>&amp;Take back</source>
        <translation>取回(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="216"/>
        <source>Take the computer back</source>
        <translation>取回计算机</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="218"/>
        <source>Cancel and lock</source>
        <translation>取消并锁定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="219"/>
        <source>Cancel the export and lock the case</source>
        <translation>取消导出并锁定案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="222"/>
        <source>Case &amp;passphrase:</source>
        <translation>案件密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="248"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="275"/>
        <source>Checking the passphrase…</source>
        <translation>正在检查密码短语…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/handover.py" line="324"/>
        <source>That is not the case passphrase. The computer stays on this screen.</source>
        <translation>这不是案件密码短语。计算机将停留在此画面。</translation>
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
        <translation>向当事方提交所选版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="129"/>
        <source>Older version</source>
        <translation>较早版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="130"/>
        <source>Newer version</source>
        <translation>较新版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="133"/>
        <source>Changed clauses only</source>
        <translation>仅显示有更改的条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="135"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="136"/>
        <source>Print the redline</source>
        <translation>打印修订对照</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="140"/>
        <source>Agreement record</source>
        <translation>和解协议记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="162"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="164"/>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="201"/>
        <source>all parties</source>
        <translation>所有当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="203"/>
        <source>Version %1 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="204"/>
        <source>Tabled to %1</source>
        <translation>已提交给 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="204"/>
        <source>Not tabled yet</source>
        <translation>尚未提交</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="207"/>
        <source>(no note)</source>
        <translation>（无备注）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="216"/>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="223"/>
        <source>No saved versions yet. Save a version to start the history.</source>
        <translation>尚无已保存的版本。保存一个版本即可开始记录历史。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="229"/>
        <source>Concluded on version %1, %2</source>
        <translation>已按第 %1 版订立，%2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="232"/>
        <source>Exported %1 — final</source>
        <translation>已于 %1 导出 — 最终版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="234"/>
        <source>Reopened %1 by %2: “%3”</source>
        <translation>%1 由 %2 重新开启：“%3”</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="262"/>
        <source>Version %1 is the first version; save another to compare.</source>
        <translation>第 %1 版是第一个版本；请再保存一个版本以便比较。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="264"/>
        <source>Choose two different versions to compare.</source>
        <translation>请选择两个不同的版本进行比较。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="268"/>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
</context>
<context>
    <name>Hygiene</name>
    <message>
        <location filename="../../iomed_desk/gui/hygiene.py" line="56"/>
        <source>Windows display affinity (WDA_EXCLUDEFROMCAPTURE)</source>
        <translation>Windows 显示亲和性（WDA_EXCLUDEFROMCAPTURE）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/hygiene.py" line="58"/>
        <source>macOS window sharing type: none</source>
        <translation>macOS 窗口共享类型：无</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/hygiene.py" line="59"/>
        <source>not available: install pyobjc to exclude windows from capture</source>
        <translation>不可用：请安装 pyobjc，以禁止截取窗口</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/hygiene.py" line="61"/>
        <source>not available: X11 and Wayland let any client capture the screen</source>
        <translation>不可用：X11 和 Wayland 允许任何客户端截取屏幕</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <location filename="../../iomed_desk/gui/lock.py" line="209"/>
        <source>Idle lock countdown</source>
        <extracomment>how long the countdown banner shows before the idle lock (at most half the idle time)</extracomment>
        <translation>闲置锁定倒计时</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/lock.py" line="239"/>
        <source>The case locks in %1 s for lack of activity — press any key or move the mouse to keep it open.</source>
        <translation>由于没有操作，案件将在 %1 秒后锁定 — 按任意键或移动鼠标可保持打开。</translation>
    </message>
</context>
<context>
    <name>ImpartialityView</name>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="46"/>
        <source>Impartiality record</source>
        <translation>公正性记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="46"/>
        <source>Case {reference}, as of {when} ({zone})</source>
        <translation>案件 {reference}，截至 {when}（{zone}）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="47"/>
        <source>Counts and times only: this record shows how the mediator&apos;s time and the process were shared between the parties. It contains no content of any session, note or draft.</source>
        <translation>仅含次数和时间：本记录显示调解员的时间和调解程序在各当事方之间的分配情况，不含任何会议、笔记或草案的内容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="49"/>
        <source>Caucus time (minutes)</source>
        <translation>单方会谈时间（分钟）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="49"/>
        <source>Counts</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="49"/>
        <source>Caucus minutes</source>
        <translation>单方会谈分钟数</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="50"/>
        <source>Caucuses</source>
        <translation>单方会谈</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="50"/>
        <source>Disclosures from</source>
        <translation>来自该方的披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="50"/>
        <source>Disclosures to</source>
        <translation>向该方的披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="51"/>
        <source>Tablings seen</source>
        <translation>获提交文本次数</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="51"/>
        <source>Positions recorded</source>
        <translation>已记录的立场</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="51"/>
        <source>Party</source>
        <translation>当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="52"/>
        <source>Last caucus</source>
        <translation>最近一次单方会谈</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="52"/>
        <source>Tablings seen at</source>
        <translation>获提交文本的时间</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="52"/>
        <source>in caucus</source>
        <translation>单方会谈中</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="53"/>
        <source>+{n} earlier</source>
        <translation>另有 {n} 次更早</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="53"/>
        <source>Last position</source>
        <translation>最近的立场</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="53"/>
        <source>(running)</source>
        <translation>（进行中）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="54"/>
        <source>Joint sessions: {sessions} ({minutes} min). Tabled to all parties: {tablings}. Disclosed to all parties: {disclosures}. Revoked disclosures (counted above): {revoked}.</source>
        <translation>联席会议：{sessions} 次（{minutes} 分钟）。向全体当事方提交：{tablings} 次。向全体当事方披露：{disclosures} 次。已撤销的披露（已计入上述数字）：{revoked} 次。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="163"/>
        <source>Reading the case…</source>
        <translation>正在读取案件…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="176"/>
        <source>Figures per party</source>
        <translation>各当事方的数据</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="177"/>
        <source>&amp;Export as PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="253"/>
        <source>Export the impartiality record</source>
        <translation>导出公正性记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/impartiality_view.py" line="254"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>JointScreen</name>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="56"/>
        <source>Caucus — %1</source>
        <translation>单方会谈 — %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="57"/>
        <source>Joint session — all parties</source>
        <translation>联席会议 — 所有当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="63"/>
        <source>Disclosed from the caucus with %1</source>
        <translation>披露自与 %1 的单方会谈</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="65"/>
        <source>Disclosed from the mediator&apos;s notes</source>
        <translation>披露自调解员笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="68"/>
        <source>, under %1</source>
        <translation>，依据%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="70"/>
        <source> (no consent required under the case&apos;s rules)</source>
        <translation>（根据本案规则无需同意）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="72"/>
        <source> with the consent of %1</source>
        <translation>，经 %1 同意</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="100"/>
        <source>Joint screen — IOMed Desk</source>
        <translation>联席屏幕 — IOMed Desk</translation>
    </message>
    <message>
        <source>IOMed Desk — joint screen</source>
        <translation type="vanished">IOMed Desk — 联席屏幕</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="103"/>
        <source>Joint screen</source>
        <translation>联席屏幕</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="119"/>
        <source>Shown to the room</source>
        <translation>正向全场展示</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="216"/>
        <source>all parties</source>
        <translation>所有当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="219"/>
        <source>Version %1, tabled to %2</source>
        <translation>第 %1 版，已提交给 %2</translation>
    </message>
    <message>
        <source>Nothing is shown at the moment.</source>
        <translation>目前没有展示任何内容。</translation>
    </message>
</context>
<context>
    <name>JointScreenControl</name>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="287"/>
        <source>Show joint screen</source>
        <translation>显示联席屏幕</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/joint_screen.py" line="289"/>
        <source>Show what the room may see on a second window or display</source>
        <translation>在第二个窗口或显示器上展示全场可见的内容</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <location filename="../../iomed_desk/gui/i18n.py" line="37"/>
        <source>System</source>
        <extracomment>setting value -&gt; the language&apos;s name in that language (&quot;&quot; follows the system) our language code -&gt; Qt&apos;s own catalogue for the standard dialogs (Qt ships no zh_HK one)</extracomment>
        <translation>跟随系统</translation>
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
        <translation>中文（简体）</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁体）</translation>
    </message>
</context>
<context>
    <name>LimitHandover</name>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="35"/>
        <source>The most you would pay</source>
        <translation>您愿意支付的最高数额</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="35"/>
        <source>The least you would accept</source>
        <translation>您可接受的最低数额</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="37"/>
        <source>Type your confidential limit on this issue. Nobody sees it, the mediator included: the room learns only whether the two limits overlap (and a figure by the rule you agreed), never your limit.</source>
        <translation>请输入您在此议题上的保密底线。任何人都看不到它，包括调解员：在场各方只会得知双方底线是否重叠（以及按您同意的规则得出的数额），绝不会得知您的底线。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="40"/>
        <source>Your &amp;limit:</source>
        <translation>您的底线(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="40"/>
        <source>Sealing your limit…</source>
        <translation>正在封存您的底线…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="43"/>
        <source>Confidential limit — IOMed Desk</source>
        <translation>保密底线 — IOMed Desk</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="45"/>
        <source>Issue: {issue}. {round}</source>
        <translation>议题：{issue}。{round}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="54"/>
        <source>If there is a gap, tell the room its size as a band (only when the other party asks too)</source>
        <translation>如有差距，以区间告知在场各方差距大小（仅在对方也如此要求时）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="56"/>
        <source>Ask for the gap&apos;s size as a band</source>
        <translation>要求以区间告知差距大小</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="61"/>
        <source>&amp;Seal my limit</source>
        <translation>封存我的底线(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="62"/>
        <source>Seal my limit</source>
        <translation>封存我的底线</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="63"/>
        <source>Cancel: the round is dropped and the case locks</source>
        <translation>取消：本轮作废，案件将锁定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="64"/>
        <source>Thank you: your limit is sealed. Please hand the computer back to the mediator.</source>
        <translation>谢谢：您的底线已封存。请将计算机交还调解员。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="65"/>
        <source>Cancel the round and lock the case</source>
        <translation>取消本轮并锁定案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="69"/>
        <source>Your limit is typed (not shown). Press Enter to seal it.</source>
        <translation>已输入您的底线（不显示）。按 Enter 即可封存。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/limit_handover.py" line="70"/>
        <source>Nothing typed yet: what you type is not shown.</source>
        <translation>尚未输入任何内容：您输入的内容不会显示。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../iomed_desk/gui/lock.py" line="333"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/lock.py" line="334"/>
        <source>This case is locked</source>
        <translation>此案件已锁定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/lock.py" line="340"/>
        <source>The case file is closed and nothing of it is left on screen. Enter the passphrase to continue where you left off.</source>
        <translation>案件文件已关闭，屏幕上不留任何内容。输入密码短语即可从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/lock.py" line="346"/>
        <source>Close case</source>
        <translation>关闭案件</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="53"/>
        <source>&amp;File</source>
        <extracomment>workspace action key -&gt; (menu, placeholder text, default shortcut when the workspace sets none); shortcuts are built on use, since a QKeySequence needs the application to exist</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="53"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="53"/>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="54"/>
        <source>&amp;Session</source>
        <translation>会议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="54"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="54"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="58"/>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="59"/>
        <source>&amp;Open case…</source>
        <translation>打开案件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="60"/>
        <source>Open the &amp;demo case</source>
        <translation>打开演示案件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="62"/>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="63"/>
        <source>Change &amp;passphrase…</source>
        <translation>更改密码短语(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="65"/>
        <source>&amp;Verify PDF…</source>
        <translation>验证 PDF(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="67"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="69"/>
        <source>&amp;Close case</source>
        <translation>关闭案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="72"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="75"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="77"/>
        <source>&amp;About IOMed Desk</source>
        <translation>关于 IOMed Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="92"/>
        <source>Attest after paper signatures…</source>
        <translation>纸面签署后作出证明…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="93"/>
        <source>Record who witnessed each paper signature, then apply the mediator&apos;s attestation, which locks the agreement</source>
        <translation>记录每个纸面签名的见证人，然后加上调解员证明，和解协议随即锁定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="97"/>
        <source>&amp;Impartiality record…</source>
        <translation>公正性记录(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="98"/>
        <source>Caucus time, disclosures, tablings and positions per party: counts and times only, exportable as one PDF page for the parties</source>
        <translation>各当事方的单方会谈时间、披露、提交文本和立场：仅含次数和时间，可导出为一页 PDF 供当事方查阅</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="106"/>
        <source>P&amp;rocess</source>
        <translation>程序(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="110"/>
        <source>&amp;Agreement to mediate…</source>
        <translation>提交调解协议(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="110"/>
        <source>How the agreement to mediate was signed, or why the mediation proceeds without it</source>
        <translation>提交调解协议的签署方式，或在没有该协议的情况下进行调解的理由</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="112"/>
        <source>&amp;Declarations…</source>
        <translation>声明(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="112"/>
        <source>The mediators&apos; declarations of independence and impartiality and each party&apos;s answer</source>
        <translation>调解员的独立性和公正性声明，以及各当事方的答复</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="114"/>
        <source>A&amp;uthorities…</source>
        <translation>和解授权(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="114"/>
        <source>The instrument seen for each representative&apos;s authority to settle</source>
        <translation>已查验的各代表和解授权文书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="116"/>
        <source>&amp;Terminate the mediation…</source>
        <translation>终止调解(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="116"/>
        <source>Record how the mediation ended; the case becomes read-only</source>
        <translation>记录调解如何结束；案件将变为只读</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="118"/>
        <source>&amp;Close the file…</source>
        <translation>结案(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="118"/>
        <source>Destroy the caucus material and sign the destruction certificate</source>
        <translation>销毁单方会谈材料并签署销毁证明书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="162"/>
        <source>The mediation ended (%1) on %2: the case is read-only</source>
        <translation>调解已于 %2 结束（%1）：案件为只读</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_menus.py" line="175"/>
        <source>Terminate the mediation first</source>
        <translation>请先终止调解</translation>
    </message>
    <message>
        <source>Copy securely</source>
        <translation>安全复制</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <source>Disclose…</source>
        <translation>披露…</translation>
    </message>
    <message>
        <source>Start joint session</source>
        <translation>开始联席会议</translation>
    </message>
    <message>
        <source>Start caucus with</source>
        <translation>与以下当事方开始单方会谈</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>结束会议</translation>
    </message>
    <message>
        <source>Show joint screen</source>
        <translation>显示联席屏幕</translation>
    </message>
    <message>
        <source>Export and sign the agreement…</source>
        <translation>导出并签署和解协议…</translation>
    </message>
    <message>
        <source>Import exhibit…</source>
        <translation>导入证据文件…</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>出席情况…</translation>
    </message>
    <message>
        <source>Signatories…</source>
        <translation>签署人…</translation>
    </message>
    <message>
        <source>Place and time zone…</source>
        <translation>地点和时区…</translation>
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
        <translation>已锁定 — IOMed Desk</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="225"/>
        <source>IOMed Desk</source>
        <translation>IOMed Desk</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="249"/>
        <source>Case created</source>
        <translation>已创建案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="253"/>
        <source>Open a case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="254"/>
        <source>IOMed Desk cases (*.iomed);;All files (*)</source>
        <translation>IOMed Desk 案件 (*.iomed);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="266"/>
        <source>There is no case file at {path}.</source>
        <translation>{path} 处没有案件文件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="275"/>
        <source>Case opened</source>
        <translation>案件已打开</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="281"/>
        <source>Demo passphrase: {passphrase}</source>
        <translation>演示案件密码短语：{passphrase}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="289"/>
        <source>The demo case is not part of this build of IOMed Desk.</source>
        <translation>此版本的 IOMed Desk 不包含演示案件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="354"/>
        <source>The case will lock as soon as the file operation finishes.</source>
        <translation>文件操作完成后，案件将立即锁定。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="362"/>
        <source>Your last edit could not be saved, so the case was not locked (locking would lose it). Free some disk space, then lock again.</source>
        <translation>您最近的编辑未能保存，因此案件没有锁定（锁定会丢失该编辑）。请释放一些磁盘空间，然后再次锁定。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="380"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="407"/>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="438"/>
        <source>Your last edit could not be saved. Close the case anyway and lose it?</source>
        <translation>您最近的编辑未能保存。仍要关闭案件并放弃该编辑吗？</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="453"/>
        <source>Case closed</source>
        <translation>案件已关闭</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="517"/>
        <source>Restart when the file operation has finished.</source>
        <translation>请在文件操作完成后重新启动。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="526"/>
        <source>IOMed Desk could not start again by itself; start it yourself to see the new language.</source>
        <translation>IOMed Desk 无法自行重新启动；请手动启动以使用新语言。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="537"/>
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/main_window.py" line="566"/>
        <source>Finishing the file operation before quitting…</source>
        <translation>正在完成文件操作，随后退出…</translation>
    </message>
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="229"/>
        <source>The mediator&apos;s identity</source>
        <translation>调解员身份</translation>
    </message>
    <message>
        <source>The mediator signs last, attesting that the agreement resulted from this mediation. The same identity can issue certificates to the parties here.</source>
        <translation type="vanished">调解员最后签署，证明本和解协议产生于此次调解。同一身份还可在此向当事方签发证书。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="234"/>
        <source>Mediator identity file</source>
        <translation>调解员身份文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="235"/>
        <source>A PKCS#12 file (.p12 or .pfx)</source>
        <translation>PKCS#12 文件（.p12 或 .pfx）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="237"/>
        <source>Passphrase of the identity file</source>
        <translation>身份文件的密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="239"/>
        <source>&amp;Create a mediator identity…</source>
        <translation>创建调解员身份(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="240"/>
        <source>Create a new mediator identity file</source>
        <translation>创建新的调解员身份文件</translation>
    </message>
    <message>
        <source>No identity yet? Create one: a key and a certificate in a new file protected by a passphrase.</source>
        <translation type="vanished">还没有身份？创建一个：一对密钥和证书，保存在受密码短语保护的新文件中。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="230"/>
        <source>The mediator certifies the agreement first and attests last. The identity has two keys: one signs, the other issues any certificates made in the room.</source>
        <translation>调解员首先对和解协议作认证签名，最后作出证明。该身份有两个密钥：一个用于签署，另一个用于签发在现场制作的证书。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="242"/>
        <source>No identity yet? Create one: two keys in new files protected by a passphrase, and the certificate to hand to verifiers (the issuing certificate, a .pem file) beside them.</source>
        <translation>还没有身份？请创建一个：两个密钥保存在以密码短语保护的新文件中，旁边另有交给验证者的证书（签发证书，一个 .pem 文件）。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="245"/>
        <source>Verifiers trust the issuing certificate: hand them the .pem file written when the identity was created, or save it from the last page.</source>
        <translation>验证者信任的是签发证书：请把创建身份时写入的 .pem 文件交给他们，或在最后一页保存该证书。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="249"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="249"/>
        <source>Choose the mediator&apos;s identity file</source>
        <translation>选择调解员身份文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="250"/>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>身份文件 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="252"/>
        <source>Identity &amp;file:</source>
        <translation>身份文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="253"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="278"/>
        <source>Unlocked: created just now</source>
        <translation>已解锁：刚刚创建</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="291"/>
        <source>Created {file}. The certificate to hand to verifiers is the issuing certificate, {pem}.</source>
        <translation>已创建 {file}。要交给验证者的证书是签发证书 {pem}。</translation>
    </message>
    <message>
        <source>Created {file}. Its certificate, for verifiers to trust, is {pem}.</source>
        <translation type="vanished">已创建 {file}。供验证者信任的证书为 {pem}。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="305"/>
        <source>Opening the identity file…</source>
        <translation>正在打开身份文件…</translation>
    </message>
</context>
<context>
    <name>MethodsPage</name>
    <message>
        <source>How each party signs</source>
        <translation type="vanished">各当事方的签署方式</translation>
    </message>
    <message>
        <source>Each party&apos;s representative signs in turn at this keyboard, with their own identity file or a certificate the mediator issues now; or on paper.</source>
        <translation type="vanished">各当事方代表依次在这台计算机的键盘上签署，使用本人的身份文件或由调解员当场签发的证书；也可以在纸面上签署。</translation>
    </message>
    <message>
        <source>Name the representative of {party} (at most 64 characters).</source>
        <translation type="vanished">请填写 {party} 的代表姓名（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Choose an existing identity file for {party}.</source>
        <translation type="vanished">请为 {party} 选择现有的身份文件。</translation>
    </message>
    <message>
        <source>The mediator&apos;s certificate may not issue certificates; choose another way for {party} to sign.</source>
        <translation type="vanished">调解员的证书无权签发证书；请为 {party} 选择其他签署方式。</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="265"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="293"/>
        <source>Creating the encrypted case file…</source>
        <translation>正在创建加密的案件文件…</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="92"/>
        <source>New draft</source>
        <translation>新建草案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="93"/>
        <source>Settlement Agreement</source>
        <translation>和解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="94"/>
        <source>Name of the draft</source>
        <translation>草案名称</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="97"/>
        <source>Start from the standard clauses of a settlement agreement</source>
        <translation>以和解协议的标准条款为起点</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="98"/>
        <source>Parties and authority to sign, recitals, obligations, payment, release, confidentiality, dispute resolution, governing law and the statement that the agreement resulted from mediation, in the case&apos;s languages.</source>
        <translation>以本案语言列出：当事方及签署授权、鉴于条款、义务、付款、免除责任、保密、争议解决、适用法律，以及关于本协议产生于调解的声明。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="104"/>
        <source>Create draft</source>
        <translation>创建草案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/drafts_page.py" line="109"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="109"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="110"/>
        <source>Note title</source>
        <translation>笔记标题</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="121"/>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="131"/>
        <source>Tag: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="138"/>
        <source>Given in confidence — not to be disclosed without consent</source>
        <translation>保密提供 — 未经同意不得披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="139"/>
        <source>Given in confidence</source>
        <translation>保密提供</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="142"/>
        <source>Said by (optional)</source>
        <translation>发言人（可选）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="143"/>
        <source>Said by</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="146"/>
        <location filename="../../iomed_desk/gui/note_editor.py" line="147"/>
        <source>Show on the joint screen</source>
        <translation>在联席屏幕上显示</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="156"/>
        <source>Who sees this note</source>
        <translation>谁能看到这条笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="161"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="164"/>
        <source>Show the note rendered (Ctrl+Shift+M)</source>
        <translation>显示笔记的排版效果（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="165"/>
        <source>Rendered view</source>
        <translation>排版视图</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="171"/>
        <source>Note text (Markdown)</source>
        <translation>笔记正文（Markdown）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="172"/>
        <source>Write the note here. Markdown: **bold**, - lists, # headings.</source>
        <translation>在此撰写笔记。支持 Markdown：**粗体**、- 列表、# 标题。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="176"/>
        <source>Rendered note</source>
        <translation>排版后的笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="268"/>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="317"/>
        <source>Released from confidence</source>
        <translation>已解除保密</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="347"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="353"/>
        <source>Saved — this edit is not disclosed</source>
        <translation>已保存 — 此次修改尚未披露</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="356"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="374"/>
        <source>later edits stay in this caucus until you disclose the note again.</source>
        <translation>之后的修改只留在本单方会谈中，直至您再次披露这条笔记。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="376"/>
        <source>later edits stay in your notebook until you disclose the note again.</source>
        <translation>之后的修改只留在您的笔记本中，直至您再次披露这条笔记。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="397"/>
        <source>All parties still see revision %1.</source>
        <translation>所有当事方看到的仍是修订版 %1。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/note_editor.py" line="399"/>
        <source>%1 still sees revision %2.</source>
        <translation>%1 看到的仍是修订版 %2。</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_state.py" line="47"/>
        <source>On the joint screen</source>
        <translation>在联席屏幕上</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_state.py" line="26"/>
        <source>all parties</source>
        <translation>所有当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_state.py" line="31"/>
        <source>Disclosed to %1</source>
        <translation>已披露给 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/disclosure_state.py" line="32"/>
        <source>Disclosed to %1: revision %2 of %3</source>
        <translation>已披露给 %1：修订版 %2（共 %3 版）</translation>
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
        <translation>自 %1 向所有当事方披露（修订版 %2）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="159"/>
        <source>Disclosed text</source>
        <translation>已披露的文本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="171"/>
        <source>read-only here; later edits stay in its own channel until disclosed again.</source>
        <translation>此处为只读；之后的修改只留在其所属频道中，直至再次披露。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="249"/>
        <source>New note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="250"/>
        <source>New note in this channel</source>
        <translation>在此频道新建笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="255"/>
        <location filename="../../iomed_desk/gui/notes_page.py" line="306"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="268"/>
        <source>Only the %1 most recent notes are listed; search finds older ones.</source>
        <translation>仅列出最近的%1条笔记；较早的笔记可通过搜索找到。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="345"/>
        <source>New note in %1 (Ctrl+N)</source>
        <translation>在%1中新建笔记（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/notes_page.py" line="459"/>
        <source>No notes here yet.
Press “New note” (Ctrl+N) to write the first one.</source>
        <translation>这里还没有笔记。
按“新建笔记”（Ctrl+N）撰写第一条笔记。</translation>
    </message>
</context>
<context>
    <name>OffersChart</name>
    <message>
        <location filename="../../iomed_desk/gui/offers_chart.py" line="30"/>
        <source>Negotiation dance chart</source>
        <translation>谈判进退图</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_chart.py" line="47"/>
        <source>%n move(s) charted</source>
        <translation>已绘出 %n 次出价或要价</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_chart.py" line="74"/>
        <source>filled: offer, ring: demand; in the order made</source>
        <translation>实心：出价，空心：要价；按提出顺序排列</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_chart.py" line="78"/>
        <source>No communicated moves on this issue yet</source>
        <translation>此议题尚无已转达的出价或要价</translation>
    </message>
</context>
<context>
    <name>OffersDialogs</name>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="44"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="44"/>
        <source>Percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="44"/>
        <source>Years</source>
        <translation>年数</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="45"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="49"/>
        <source>Overlap or gap only</source>
        <translation>仅告知重叠或差距</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="49"/>
        <source>Split the difference</source>
        <translation>差额平分</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="50"/>
        <source>Midpoint of the overlap (given the figures on the table)</source>
        <translation>重叠区间的中点（以已提出的数额为界）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="65"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="97"/>
        <source>New issue</source>
        <translation>新议题</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="99"/>
        <source>&amp;Issue:</source>
        <translation>议题(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="100"/>
        <source>For example: Purchase price</source>
        <translation>例如：购买价格</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="101"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="104"/>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="121"/>
        <source>Record an offer or demand — %1</source>
        <translation>记录出价或要价 — %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="126"/>
        <source>&amp;Made by:</source>
        <translation>提出方(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="127"/>
        <source>&amp;To:</source>
        <translation>对象(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="130"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="131"/>
        <source>Offer</source>
        <translation>出价</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="132"/>
        <source>Demand</source>
        <translation>要价</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="133"/>
        <source>&amp;Figure:</source>
        <translation>数额(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="136"/>
        <source>T&amp;erms:</source>
        <translation>条件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="137"/>
        <source>Optional — e.g. cash at closing</source>
        <translation>可选 — 例如交割时以现金支付</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="138"/>
        <source>&amp;Private figure: the mediator&apos;s note, not to be passed on</source>
        <translation>私下数额(&amp;P)：调解员的笔记，不得转告</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="140"/>
        <source>A joint session is running: the offer is made openly to the room.</source>
        <translation>联席会议正在进行：此出价将向在场各方公开提出。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="141"/>
        <source>Made in caucus or between sessions: communicated offers are disclosed to the party they go to, with the consents the case&apos;s rules ask for.</source>
        <translation>在单方会谈中或会议之间提出：已转达的出价或要价将在取得本案规则要求的同意后，向其对象当事方披露。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="163"/>
        <source>Every other party</source>
        <translation>所有其他当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="173"/>
        <source>No consent is required by the case&apos;s rules.</source>
        <translation>本案规则不要求取得同意。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="193"/>
        <source>Private overlap check — %1</source>
        <translation>保密重叠核查 — %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="195"/>
        <source>Agree these with the parties before the first round. Each party then types its limit on a handover screen nobody else sees; the room learns only overlap or gap (and, if agreed, a figure by the rule). Note: with a midpoint rule, a party that knows its own limit can work out the other&apos;s from the figure.</source>
        <translation>请在第一轮之前与各当事方约定以下各项。之后各当事方在他人看不到的移交画面上输入自己的底线；在场各方只会得知重叠或差距（如有约定，还会得知按规则得出的数额）。注意：采用中点规则时，知道自己底线的一方可从该数额推算出对方的底线。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="202"/>
        <source>&amp;Ceiling (most it would pay):</source>
        <translation>上限(&amp;C)（愿意支付的最高数额）：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="203"/>
        <source>&amp;Floor (least it would accept):</source>
        <translation>下限(&amp;F)（可接受的最低数额）：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="208"/>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_dialogs.py" line="212"/>
        <source>R&amp;ounds agreed:</source>
        <translation>约定轮数(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="58"/>
        <location filename="../../iomed_desk/gui/offers_page.py" line="108"/>
        <source>Offers ledger</source>
        <translation>报价记录簿</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="58"/>
        <source>Case {reference}: {title}. Times at the seat ({zone}).</source>
        <translation>案件 {reference}：{title}。时间以调解地为准（{zone}）。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="59"/>
        <source>For the mediator. Confidential: private figures and offers made in caucus appear here; do not show this document to a party.</source>
        <translation>供调解员使用。保密：此处载有私下数额和在单方会谈中提出的出价；请勿向任何当事方展示本文件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="61"/>
        <location filename="../../iomed_desk/gui/offers_page.py" line="104"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="61"/>
        <location filename="../../iomed_desk/gui/offers_page.py" line="104"/>
        <source>Session</source>
        <translation>会议</translation>
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
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="61"/>
        <source>Offer / demand</source>
        <translation>出价 / 要价</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="62"/>
        <location filename="../../iomed_desk/gui/offers_page.py" line="104"/>
        <source>Figure</source>
        <translation>数额</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="62"/>
        <location filename="../../iomed_desk/gui/offers_page.py" line="104"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="62"/>
        <location filename="../../iomed_desk/gui/offers_page.py" line="105"/>
        <source>Terms</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="62"/>
        <source>offer</source>
        <translation>出价</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="62"/>
        <source>demand</source>
        <translation>要价</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="63"/>
        <source>every other party</source>
        <translation>所有其他当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="63"/>
        <source>communicated</source>
        <translation>已转达</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="64"/>
        <source>private figure (mediator&apos;s note)</source>
        <translation>私下数额（调解员的笔记）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="64"/>
        <source>joint session</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="64"/>
        <source>caucus</source>
        <translation>单方会谈</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="65"/>
        <source>No offers recorded on this issue.</source>
        <translation>此议题尚未记录任何出价。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="66"/>
        <source>Overlap check: {ceiling} gives a ceiling, {floor} a floor; rule: {rule}; {rounds} round(s) agreed.</source>
        <translation>重叠核查：{ceiling} 给出上限，{floor} 给出下限；规则：{rule}；约定 {rounds} 轮。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="68"/>
        <source>Round {number}: {outcome}</source>
        <translation>第 {number} 轮：{outcome}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="69"/>
        <source>overlap or gap only</source>
        <translation>仅告知重叠或差距</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="69"/>
        <source>split the difference</source>
        <translation>差额平分</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="70"/>
        <source>midpoint of the overlap</source>
        <translation>重叠区间的中点</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="86"/>
        <source>Issue</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="88"/>
        <source>&amp;Issue:</source>
        <translation>议题(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="90"/>
        <source>&amp;New issue…</source>
        <translation>新议题(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="92"/>
        <source>View as</source>
        <translation>查看视角</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="93"/>
        <source>View &amp;as:</source>
        <translation>查看视角(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="95"/>
        <source>Mediator (everything)</source>
        <translation>调解员（全部内容）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="96"/>
        <source>Joint screen (every party)</source>
        <translation>联席屏幕（所有当事方）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="99"/>
        <source>&amp;Record offer…</source>
        <translation>记录出价(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="100"/>
        <source>E&amp;xport ledger PDF…</source>
        <translation>导出记录簿 PDF(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="104"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="204"/>
        <source>As you see it: every offer and demand, private figures included. Never show this view to a party.</source>
        <translation>您所见的内容：所有出价和要价，包括私下数额。切勿向任何当事方展示此视图。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="207"/>
        <source>As the joint screen would show it: what every party may see.</source>
        <translation>按联席屏幕的显示方式：所有当事方均可见的内容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="209"/>
        <source>As %1 would see it: its own figures and what was communicated to it.</source>
        <translation>按 %1 所见：其本方的数额以及已转达给它的内容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="217"/>
        <source>Add an issue to start the ledger.</source>
        <translation>请添加一个议题以开始记录。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="225"/>
        <source>Demand</source>
        <translation>要价</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="225"/>
        <source>Offer</source>
        <translation>出价</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="233"/>
        <source>Negotiation dance: %1 — as you see it</source>
        <translation>谈判进退：%1 — 您所见</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="234"/>
        <source>Negotiation dance: %1 — as %2 sees it</source>
        <translation>谈判进退：%1 — %2 所见</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="242"/>
        <source>The room</source>
        <translation>在场各方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="243"/>
        <source>Every other party</source>
        <translation>所有其他当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="247"/>
        <source>Private (your note)</source>
        <translation>私下（您的笔记）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="249"/>
        <source>Made in the joint session</source>
        <translation>在联席会议中提出</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="250"/>
        <source>Communicated</source>
        <translation>已转达</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="280"/>
        <source>Export the offers ledger</source>
        <translation>导出报价记录簿</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_page.py" line="280"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OverlapCheckPanel</name>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="37"/>
        <source>more than %1 %</source>
        <translation>超过 %1 %</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="37"/>
        <source>within %1 %</source>
        <translation>在 %1 % 以内</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="39"/>
        <source>more than %1 days</source>
        <translation>超过 %1 天</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="39"/>
        <source>within %1 days</source>
        <translation>在 %1 天以内</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="46"/>
        <source>Round %1 of %2:</source>
        <translation>第 %1 轮（共 %2 轮）：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="49"/>
        <source>the limits overlap.</source>
        <translation>双方底线重叠。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="50"/>
        <source>the limits overlap. Figure by the agreed rule (%1): %2</source>
        <translation>双方底线重叠。按约定规则（%1）得出的数额：%2</translation>
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
        <translation>保密重叠核查</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="80"/>
        <source>What the room is told</source>
        <translation>告知在场各方的内容</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="85"/>
        <source>&amp;Agree a check…</source>
        <translation>约定核查(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="86"/>
        <source>Start &amp;round</source>
        <translation>开始一轮(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="87"/>
        <source>&amp;Hand over</source>
        <translation>移交(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="88"/>
        <source>Re&amp;veal to the room</source>
        <translation>向在场各方公布(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="89"/>
        <source>Cancel round</source>
        <translation>取消本轮</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="90"/>
        <source>Cancel the round: its limits are destroyed unread</source>
        <translation>取消本轮：其底线未经读取即被销毁</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="128"/>
        <source>No check agreed on this issue.</source>
        <translation>此议题尚未约定核查。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="132"/>
        <source>%1 gives a ceiling (the most it would pay), %2 a floor (the least it would accept); rule: %3; %4 round(s) agreed.</source>
        <translation>%1 给出上限（愿意支付的最高数额），%2 给出下限（可接受的最低数额）；规则：%3；约定 %4 轮。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="138"/>
        <source>No round run yet.</source>
        <translation>尚未进行任何一轮。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="143"/>
        <source>Start &amp;round %1</source>
        <translation>开始第 %1 轮(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="146"/>
        <source>&amp;Hand over to %1</source>
        <translation>移交给 %1(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="190"/>
        <source>Round %1 of %2.</source>
        <translation>第 %1 轮，共 %2 轮。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/offers_check_panel.py" line="244"/>
        <source>The round was cancelled; nothing of it was kept.</source>
        <translation>本轮已取消；其内容均未保留。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="71"/>
        <source>%1 — time zone not known; set it before exporting</source>
        <translation>%1 — 时区未知；请在导出前设定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="93"/>
        <source>Si&amp;gnatories…</source>
        <extracomment>a case setting was recorded from one of the page&apos;s dialogs</extracomment>
        <translation>签署人(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="94"/>
        <source>Record who signs the agreement for each party, in what capacity and on what authority</source>
        <translation>记录代表各当事方签署和解协议的人、其签署职衔及授权依据</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="97"/>
        <source>&amp;Place and time zone…</source>
        <translation>地点和时区(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="98"/>
        <source>The time zone that dates the agreement at its place</source>
        <translation>按和解协议订立地点确定其日期的时区</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="102"/>
        <source>Case overview</source>
        <translation>案件概览</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="116"/>
        <location filename="../../iomed_desk/gui/overview_page.py" line="148"/>
        <source>Place and time zone</source>
        <translation>地点和时区</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="117"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="118"/>
        <source>Change the place&apos;s time zone</source>
        <translation>更改该地点的时区</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="138"/>
        <source>Session history</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="139"/>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="139"/>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="139"/>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="139"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="149"/>
        <source>Disclosure rules</source>
        <translation>披露规则</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="150"/>
        <source>Parties</source>
        <translation>当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="151"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="152"/>
        <source>Process record</source>
        <translation>程序记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="153"/>
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="161"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="172"/>
        <source>Joint session</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="173"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="180"/>
        <source>No sessions yet</source>
        <translation>尚无会议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="188"/>
        <source>No representative recorded</source>
        <translation>未记录代表</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="193"/>
        <source>Signs: %1</source>
        <translation>签署人：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="196"/>
        <source>Signatories…</source>
        <translation>签署人…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/overview_page.py" line="197"/>
        <source>Signatories of %1</source>
        <translation>%1 的签署人</translation>
    </message>
    <message>
        <source>Interstate</source>
        <translation>国家间</translation>
    </message>
    <message>
        <source>International commercial</source>
        <translation>国际商事</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已和解</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>State entity</source>
        <translation>国家实体</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
</context>
<context>
    <name>PartyKind</name>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="32"/>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="32"/>
        <source>State entity</source>
        <translation>国家实体</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="33"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="33"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="34"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <source>How {party} signs</source>
        <translation type="vanished">{party} 的签署方式</translation>
    </message>
    <message>
        <source>A certificate issued now by the mediator</source>
        <translation type="vanished">由调解员当场签发的证书</translation>
    </message>
    <message>
        <source>Their own identity file (PKCS#12)</source>
        <translation type="vanished">本人的身份文件（PKCS#12）</translation>
    </message>
    <message>
        <source>On paper, by hand</source>
        <translation type="vanished">在纸面上亲笔签署</translation>
    </message>
    <message>
        <source>Representative of {party}</source>
        <translation type="vanished">{party} 的代表</translation>
    </message>
    <message>
        <source>Identity file of {party}</source>
        <translation type="vanished">{party} 的身份文件</translation>
    </message>
    <message>
        <source>A PKCS#12 file (.p12 or .pfx)</source>
        <translation type="vanished">PKCS#12 文件（.p12 或 .pfx）</translation>
    </message>
    <message>
        <source>Signs &amp;with:</source>
        <translation type="vanished">签署方式(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation type="vanished">代表(&amp;R)：</translation>
    </message>
    <message>
        <source>Identity &amp;file:</source>
        <translation type="vanished">身份文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="vanished">浏览…</translation>
    </message>
    <message>
        <source>Choose the identity file of {party}</source>
        <translation type="vanished">选择 {party} 的身份文件</translation>
    </message>
    <message>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation type="vanished">身份文件 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The printed agreement keeps a signature line for this party.</source>
        <translation type="vanished">打印的和解协议将为该当事方保留签名栏。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="74"/>
        <source>Name of the party</source>
        <translation>当事方名称</translation>
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
        <translation>当事方 {n} 名称</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="99"/>
        <source>Party {n} kind</source>
        <translation>当事方 {n} 类型</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="100"/>
        <source>Party {n} representatives</source>
        <translation>当事方 {n} 代表</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="101"/>
        <source>Remove party {n}</source>
        <translation>移除当事方 {n}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="111"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="112"/>
        <source>Who mediates, and the parties. Each party&apos;s caucus is shown in its colour.</source>
        <translation>调解员及各当事方。各当事方的单方会谈以其颜色显示。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="114"/>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="115"/>
        <source>Your name as it should appear on the agreement</source>
        <translation>您在和解协议上显示的姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="117"/>
        <source>Co-mediator</source>
        <translation>共同调解员</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="118"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="122"/>
        <source>&amp;Mediator:</source>
        <translation>调解员(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="123"/>
        <source>&amp;Co-mediator:</source>
        <translation>共同调解员(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="125"/>
        <source>Parties</source>
        <translation>当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="130"/>
        <source>Add party</source>
        <translation>添加当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="131"/>
        <source>Add a party</source>
        <translation>添加一个当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="200"/>
        <source>Two parties have the same name.</source>
        <translation>有两个当事方名称相同。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/wizard_people.py" line="204"/>
        <source>Give each party its own colour, so their caucuses cannot be confused.</source>
        <translation>请为每个当事方设定不同颜色，以免混淆各方的单方会谈。</translation>
    </message>
</context>
<context>
    <name>PlaceAndZoneDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="101"/>
        <source>Place and time zone</source>
        <translation>地点和时区</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="105"/>
        <source>Where the agreement is made</source>
        <translation>和解协议的订立地点</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="107"/>
        <source>The agreement is dated as at its place: the date it bears is the date in this time zone when it is exported, whatever this computer&apos;s clock is set to.</source>
        <translation>和解协议按其订立地点注明日期：协议所载日期是导出时此时区的日期，与本计算机的时钟设置无关。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="114"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="115"/>
        <source>The zone known for %1 is %2.</source>
        <translation>%1 的已知时区为 %2。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="117"/>
        <source>No zone is known for %1: choose the zone of the place.</source>
        <translation>%1 没有已知时区：请选择该地点的时区。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="123"/>
        <source>Filter the time zones</source>
        <translation>筛选时区</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="124"/>
        <source>Type part of a name, e.g. Hong Kong, Geneva, New York</source>
        <translation>输入名称的一部分，例如 Hong Kong、Geneva、New York</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="127"/>
        <source>Time zones</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="133"/>
        <source>Use the place&apos;s &amp;zone</source>
        <translation>使用该地点的时区(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="140"/>
        <source>Date and time at the place now</source>
        <translation>该地点当前的日期和时间</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="146"/>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="147"/>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="152"/>
        <source>Now there:</source>
        <translation>当地现在：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="201"/>
        <source>Choose a time zone</source>
        <translation>选择时区</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/case_settings_dialog.py" line="209"/>
        <source>Choose a time zone from the list.</source>
        <translation>请从列表中选择时区。</translation>
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
        <translation>香港特别行政区</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/places.py" line="17"/>
        <source>Macao</source>
        <translation>澳门</translation>
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
        <translation>广州</translation>
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
        <translation>记录立场</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="42"/>
        <source>Version %1. A position belongs to the party that takes it: it is kept in that party&apos;s caucus channel and no other party sees it.</source>
        <translation>第 %1 版。立场属于表明该立场的当事方：它保存在该当事方的单方会谈频道中，其他当事方均看不到。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="47"/>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="84"/>
        <source>Party</source>
        <translation>当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="50"/>
        <source>%1 (not tabled to this party)</source>
        <translation>%1（未向该当事方提交）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="56"/>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="85"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="70"/>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="87"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="71"/>
        <source>What the party said, e.g. “needs board approval”</source>
        <translation>当事方的说法，例如“需经董事会批准”</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="86"/>
        <source>Position</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="112"/>
        <source>Caucus with %1 in progress: the position goes to %1&apos;s caucus channel.</source>
        <translation>与 %1 的单方会谈正在进行：该立场将记入 %1 的单方会谈频道。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/position_dialog.py" line="114"/>
        <source>Filed in %1&apos;s caucus channel.</source>
        <translation>记入 %1 的单方会谈频道。</translation>
    </message>
</context>
<context>
    <name>PositionMatrixModel</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="85"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="136"/>
        <source>%1 — %2: no position yet.</source>
        <translation>%1 — %2：尚无立场。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="137"/>
        <source>%1 — %2: %3 (recorded %4)</source>
        <translation>%1 — %2：%3（记录于 %4）</translation>
    </message>
    <message>
        <source>Untitled clause</source>
        <translation>无标题条款</translation>
    </message>
</context>
<context>
    <name>PositionsMatrixView</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="183"/>
        <source>Positions of the parties, clause by clause</source>
        <translation>各当事方对每一条款的立场</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="222"/>
        <source>Version shown in the matrix</source>
        <translation>矩阵中显示的版本</translation>
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
        <translation>记录立场…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="230"/>
        <source>Record a party&apos;s position</source>
        <translation>记录当事方的立场</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="232"/>
        <source>Accept all remaining…</source>
        <translation>接受其余全部…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="233"/>
        <source>Record that the party of the chosen column accepts every clause it has not yet taken a position on</source>
        <translation>记录所选列的当事方接受其尚未表明立场的所有条款</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="246"/>
        <source>Comment on the chosen position</source>
        <translation>所选立场的意见</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="252"/>
        <source>State of the agreement</source>
        <translation>和解协议状态</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="254"/>
        <source>Conclude agreement…</source>
        <translation>订立和解协议…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="256"/>
        <source>Conclude the agreement</source>
        <translation>订立和解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="258"/>
        <source>Reopen…</source>
        <translation>重新开启…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="259"/>
        <source>Reopen the concluded agreement</source>
        <translation>重新开启已订立的和解协议</translation>
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
        <translation>%1 接受其尚未表明立场的所有条款（一次操作，逐条记录）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="312"/>
        <source>Choose a cell in a party&apos;s column first</source>
        <translation>请先在某一当事方的列中选择一个单元格</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="322"/>
        <source>Choose a cell to read the party&apos;s comment; hover for a preview, double-click or press Enter to record a position.</source>
        <translation>选择单元格可查看当事方的意见；鼠标悬停可预览，双击或按 Enter 可记录立场。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/positions_matrix.py" line="335"/>
        <source>Every party has accepted every clause of this version.</source>
        <translation>各当事方均已接受此版本的全部条款。</translation>
    </message>
    <message>
        <source>Not yet:</source>
        <translation>尚未满足：</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="95"/>
        <source>Check the agreement</source>
        <translation>检查和解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="96"/>
        <source>This is the document the parties and the mediator will sign. Nothing is signed or saved yet.</source>
        <translation>这是当事方和调解员将要签署的文件。目前尚未签署或保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="106"/>
        <source>Preview of the agreement</source>
        <translation>和解协议预览</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="111"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="111"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="112"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="112"/>
        <source>Fit the page width</source>
        <translation>按页面宽度显示</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="120"/>
        <source>Annexes</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="122"/>
        <source>Exhibits visible to all parties; a ticked one is annexed: listed in the agreement with its SHA-256 and embedded in the signed PDF</source>
        <translation>所有当事方均可见的证据文件；勾选的即作为附件：连同其 SHA-256 列入和解协议，并嵌入已签署的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="124"/>
        <source>Annexes (exhibits visible to all parties; tick to annex):</source>
        <translation>附件（所有当事方均可见的证据文件；勾选即作为附件）：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="171"/>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_wizard.py" line="194"/>
        <source>{pages} pages · agreement fingerprint {fp}</source>
        <translation>共 {pages} 页 · 和解协议指纹 {fp}</translation>
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
        <translation>终止调解</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="80"/>
        <source>Recording the end of the mediation freezes the case: no note, session, disclosure, draft or process record can be added afterwards. A running session is ended.</source>
        <translation>记录调解结束后，案件即被冻结：此后不能再添加任何笔记、会议、披露、草案或程序记录。正在进行的会议将被结束。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="95"/>
        <source>Grounds</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="98"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="100"/>
        <source>Keep caucus material after the end</source>
        <translation>调解结束后保留单方会谈材料</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="101"/>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="102"/>
        <source>&amp;Withdrawn by:</source>
        <translation>退出方(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="105"/>
        <source>&amp;Ended on:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="106"/>
        <source>&amp;Grounds:</source>
        <translation>依据(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="107"/>
        <source>Recorded &amp;by:</source>
        <translation>记录人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="108"/>
        <source>&amp;Keep caucus material:</source>
        <translation>保留单方会谈材料(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="111"/>
        <source>&amp;Terminate</source>
        <translation>终止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="125"/>
        <source>End the mediation as “%1”? The case becomes read-only; this cannot be undone.</source>
        <translation>以“%1”结束调解吗？案件将变为只读；此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="151"/>
        <source>The mediation ended (%1): the case is read-only. Sign the termination record now, or later from the overview.</source>
        <translation>调解已结束（%1）：案件为只读。请立即签署终止记录，或稍后在概览中签署。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="153"/>
        <source>&amp;Sign the termination record…</source>
        <translation>签署终止记录(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="154"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="173"/>
        <source>Close the file</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="182"/>
        <source>Closing destroys every caucus note (with all its revisions), every position, every caucus offer and every caucus exhibit, for good, and writes the case file anew. The parties, the agreement, the termination record and the audit chain stay. The destruction certificate is signed with your identity.</source>
        <translation>结案将永久销毁所有单方会谈笔记（连同其全部修订版）、所有立场、所有单方会谈中的出价和所有单方会谈证据文件，并重新写入案件文件。当事方、和解协议、终止记录和审计链将予保留。销毁证明书以您的身份签署。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="189"/>
        <source>What will be destroyed</source>
        <translation>将被销毁的内容</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="190"/>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="190"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="190"/>
        <source>Revisions</source>
        <translation>修订版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="190"/>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="190"/>
        <source>Offers</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="191"/>
        <source>Exhibits</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="209"/>
        <source>your identity (PKCS#12, .p12)</source>
        <translation>您的身份（PKCS#12，.p12）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="210"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="216"/>
        <source>Passphrase of the identity</source>
        <translation>身份的密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="220"/>
        <source>Type the case reference to confirm</source>
        <translation>输入案件编号以确认</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="223"/>
        <source>&amp;Identity:</source>
        <translation>身份(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="226"/>
        <source>Identity &amp;passphrase:</source>
        <translation>身份密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="227"/>
        <source>&amp;Certificate:</source>
        <translation>证明书(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="228"/>
        <source>Type the case reference (%1) to &amp;confirm:</source>
        <translation>输入案件编号（%1）以确认(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="231"/>
        <source>&amp;Destroy and close</source>
        <translation>销毁并结案(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="243"/>
        <source>Your signing identity</source>
        <translation>您的签署身份</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="243"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="269"/>
        <source>Destruction certificate</source>
        <translation>销毁证明书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="272"/>
        <source>the mediator&apos;s certificate to trust (.pem)</source>
        <translation>要信任的调解员证书（.pem）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="273"/>
        <source>Trusted certificate</source>
        <translation>受信任的证书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="277"/>
        <source>Written to %1
SHA-256 %2</source>
        <translation>已写入 %1
SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="282"/>
        <source>Verification report</source>
        <translation>验证报告</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="284"/>
        <source>Verify checks the signature, the record as signed and the page drawn again.</source>
        <translation>验证会检查签名、所签署的记录，并重新绘制页面进行比对。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="287"/>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="292"/>
        <source>&amp;Trust:</source>
        <translation>信任(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="307"/>
        <source>Verifying…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="313"/>
        <source>Verified: the certificate is signed and unchanged.</source>
        <translation>已验证：证明书已签署且未被更改。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="313"/>
        <source>NOT verified: see the problems below.</source>
        <translation>未通过验证：请查看下方列出的问题。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="346"/>
        <source>Your last edit could not be saved; the file was not closed.</source>
        <translation>您最近的编辑未能保存；未能结案。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="352"/>
        <source>Destroying the caucus material and writing the certificate…</source>
        <translation>正在销毁单方会谈材料并写入证明书…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="388"/>
        <source>The file was not closed</source>
        <translation>未能结案</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_closing.py" line="56"/>
        <source>Settled (the exported agreement)</source>
        <translation>已和解（已导出的和解协议）</translation>
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
        <translation>由调解员终止</translation>
    </message>
</context>
<context>
    <name>ProcessDialogs</name>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="133"/>
        <source>Agreement to mediate</source>
        <translation>提交调解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="136"/>
        <source>No session can start before the agreement to mediate is on record: how the parties signed it, or why the mediation proceeds without it.</source>
        <translation>在记录提交调解协议之前，不能开始任何会议：请记录当事方的签署方式，或在没有该协议的情况下进行调解的理由。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="138"/>
        <source>The signed terms of the mediation: the parties, the mediators, the rules, confidentiality and fees.</source>
        <translation>已签署的调解条款：当事方、调解员、规则、保密和费用。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="152"/>
        <source>the institution&apos;s rules, by name (optional)</source>
        <translation>机构规则的名称（可选）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="156"/>
        <source>the signed PDF</source>
        <translation>已签署的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="157"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="159"/>
        <source>&amp;Generate and sign…</source>
        <translation>生成并签署(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="161"/>
        <source>Draw up the agreement to mediate from these terms and have it signed now, each party&apos;s signatory in turn at this keyboard</source>
        <translation>按这些条款拟订提交调解协议，并立即签署：各当事方的签署人依次在这台计算机的键盘上签署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="169"/>
        <source>Reason for proceeding without</source>
        <translation>在没有该协议的情况下进行调解的理由</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="170"/>
        <source>Institution&apos;s &amp;rules:</source>
        <translation>机构规则(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="171"/>
        <source>&amp;Confidentiality:</source>
        <translation>保密(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="172"/>
        <source>&amp;Fees:</source>
        <translation>费用(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="173"/>
        <source>Signed PDF fi&amp;le:</source>
        <translation>已签署的 PDF 文件(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="176"/>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="201"/>
        <source>The signed agreement to mediate</source>
        <translation>已签署的提交调解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="201"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="232"/>
        <source>Choose the signed PDF: its SHA-256 goes on record.</source>
        <translation>请选择已签署的 PDF：其 SHA-256 将被记录。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="257"/>
        <source>Declarations of independence and impartiality</source>
        <translation>独立性和公正性声明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="261"/>
        <source>Declarations and answers</source>
        <translation>声明和答复</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="262"/>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="284"/>
        <source>Declaration</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="262"/>
        <source>Made</source>
        <translation>作出时间</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="268"/>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="346"/>
        <source>Party</source>
        <translation>当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="269"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="271"/>
        <source>grounds of an objection</source>
        <translation>异议的依据</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="272"/>
        <source>Grounds</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="273"/>
        <source>Record the &amp;answer</source>
        <translation>记录答复(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="276"/>
        <source>Selected declaration:</source>
        <translation>所选声明：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="283"/>
        <source>At appointment</source>
        <translation>获委任时</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="283"/>
        <source>Circumstances changed</source>
        <translation>情况有变</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="285"/>
        <source>&amp;Mediator:</source>
        <translation>调解员(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="286"/>
        <source>&amp;Occasion:</source>
        <translation>情形(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="287"/>
        <source>&amp;New declaration:</source>
        <translation>新声明(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="290"/>
        <source>Record the declaration</source>
        <translation>记录声明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="291"/>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="371"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="307"/>
        <source>awaiting</source>
        <translation>待答复</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="341"/>
        <source>Authorities to settle</source>
        <translation>和解授权</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="345"/>
        <source>Authorities on record</source>
        <translation>已记录的授权</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="346"/>
        <source>Representative</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="346"/>
        <source>Instrument</source>
        <translation>授权文书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="359"/>
        <source>e.g. up to USD 5m</source>
        <translation>例如：最高 500 万美元</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="361"/>
        <source>what the instrument is (for another instrument) or its reference</source>
        <translation>文书类型（如为其他文书）或其编号</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="362"/>
        <source>&amp;Party:</source>
        <translation>当事方(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="363"/>
        <source>&amp;Representative:</source>
        <translation>代表(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="364"/>
        <source>&amp;Instrument:</source>
        <translation>授权文书(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="365"/>
        <source>&amp;Dated:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="366"/>
        <source>&amp;Limits:</source>
        <translation>限额(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="367"/>
        <source>D&amp;etail:</source>
        <translation>详情(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="370"/>
        <source>Record the authority</source>
        <translation>记录授权</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="55"/>
        <source>Signed on &amp;paper</source>
        <translation>以纸面签署(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="56"/>
        <source>Signed &amp;digitally (the signed PDF)</source>
        <translation>以电子方式签署(&amp;D)（已签署的 PDF）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="57"/>
        <source>Proceed &amp;without one, for a reason</source>
        <translation>在没有该协议的情况下进行(&amp;W)，并说明理由</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="60"/>
        <source>Full powers</source>
        <translation>全权证书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="61"/>
        <source>Board resolution</source>
        <translation>董事会决议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="62"/>
        <source>Power of attorney</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="63"/>
        <source>Other instrument</source>
        <translation>其他文书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="66"/>
        <source>by full powers dated %1</source>
        <translation>依据%1的全权证书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="67"/>
        <source>by board resolution dated %1</source>
        <translation>依据%1的董事会决议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="68"/>
        <source>by power of attorney dated %1</source>
        <translation>依据%1的授权委托书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="76"/>
        <source>by %1 dated %2</source>
        <translation>依据%2的%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="79"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="83"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_dialogs.py" line="84"/>
        <source>Objected</source>
        <translation>已提出异议</translation>
    </message>
</context>
<context>
    <name>ProcessFlow</name>
    <message>
        <location filename="../../iomed_desk/gui/process_flow.py" line="85"/>
        <source>The mediation ended (%1) on %2: the case is read-only</source>
        <translation>调解已于 %2 结束（%1）：案件为只读</translation>
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
        <translation>程序记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="59"/>
        <source>Agreement to mediate</source>
        <translation>提交调解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="59"/>
        <source>Agreement to mediate…</source>
        <translation>提交调解协议…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="60"/>
        <source>Declarations</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="60"/>
        <source>Declarations…</source>
        <translation>声明…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="61"/>
        <source>Authorities to settle</source>
        <translation>和解授权</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="61"/>
        <source>Authorities…</source>
        <translation>和解授权…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="62"/>
        <source>End of the mediation</source>
        <translation>调解结束</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="62"/>
        <source>Terminate…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="77"/>
        <source>Sign the termination record…</source>
        <translation>签署终止记录…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="85"/>
        <source>Not recorded: no session can start before it (or the reason to proceed without it).</source>
        <translation>未记录：在记录该协议（或在没有该协议的情况下进行调解的理由）之前，不能开始任何会议。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="87"/>
        <source>Proceeding without one (recorded %1): %2</source>
        <translation>在没有该协议的情况下进行（记录于 %1）：%2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="90"/>
        <source>Signed on paper, recorded %1</source>
        <translation>以纸面签署，记录于 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="91"/>
        <source>Signed digitally, recorded %1</source>
        <translation>以电子方式签署，记录于 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="92"/>
        <source>Rules: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="94"/>
        <source>Signed PDF SHA-256: %1</source>
        <translation>已签署 PDF 的 SHA-256：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="107"/>
        <source>%1 awaiting</source>
        <translation>%1 待答复</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="108"/>
        <source>%1 acknowledged</source>
        <translation>%1 已确认</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="109"/>
        <source>%1 objected</source>
        <translation>%1 已提出异议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="110"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="113"/>
        <source>Acknowledged by all parties.</source>
        <translation>所有当事方均已确认。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="114"/>
        <location filename="../../iomed_desk/gui/process_overview.py" line="118"/>
        <source>None recorded</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="122"/>
        <source>The mediation is running.</source>
        <translation>调解正在进行。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="126"/>
        <source>%1 on %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="130"/>
        <source>Grounds: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="132"/>
        <source>File closed on %1: caucus material destroyed.</source>
        <translation>已于 %1 结案：单方会谈材料已销毁。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="133"/>
        <source>Caucus material kept %1 days after the end; then Close the file… destroys it.</source>
        <translation>单方会谈材料在调解结束后保留 %1 天；之后以“结案…”将其销毁。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="135"/>
        <source>The case is read-only.</source>
        <translation>案件为只读。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="139"/>
        <source>The mediation has ended: the case is read-only</source>
        <translation>调解已结束：案件为只读</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_overview.py" line="144"/>
        <source>Export %1 awaits your attestation after paper signatures: attest it first (Attest after paper signatures…), then sign the termination record.</source>
        <translation>第 %1 次导出正等待您在纸面签署后作出证明：请先作出证明（纸面签署后作出证明…），然后签署终止记录。</translation>
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
        <translation>调解员身份文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="91"/>
        <source>Passphrase of the identity</source>
        <translation>身份的密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="93"/>
        <location filename="../../iomed_desk/gui/process_signing.py" line="107"/>
        <source>Save the signed PDF as</source>
        <translation>将已签署的 PDF 另存为</translation>
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
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="95"/>
        <source>Your signing identity</source>
        <translation>您的签署身份</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="95"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="96"/>
        <source>Identity &amp;passphrase:</source>
        <translation>身份密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="106"/>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="107"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="117"/>
        <source>Choose your identity file (.p12).</source>
        <translation>请选择您的身份文件（.p12）。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="120"/>
        <source>Choose where to save the signed PDF.</source>
        <translation>请选择已签署 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="123"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在；请选择新的文件名。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="126"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="154"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="158"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="172"/>
        <source>Sign the termination record</source>
        <translation>签署终止记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="174"/>
        <source>The termination record states how the mediation ended, when and on what grounds, and the audit head of the termination. You sign it with your identity; the signature locks it.</source>
        <translation>终止记录载明调解如何结束、何时结束、依据为何，以及终止时的审计链头。您以自己的身份签署；签名后记录即被锁定。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="180"/>
        <source>&amp;Sign</source>
        <translation>签署(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="198"/>
        <source>Signing the termination record…</source>
        <translation>正在签署终止记录…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="203"/>
        <source>Termination record written to %1</source>
        <translation>终止记录已写入 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="217"/>
        <source>How %1 signs</source>
        <translation>%1 的签署方式</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="218"/>
        <source>A certificate issued in the room (a PIN they choose)</source>
        <translation>现场签发的证书（由其自设 PIN 码）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="219"/>
        <source>Their own identity file (PKCS#12)</source>
        <translation>本人的身份文件（PKCS#12）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="221"/>
        <source>Identity file of %1</source>
        <translation>%1 的身份文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="222"/>
        <source>their .p12 file</source>
        <translation>其 .p12 文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="223"/>
        <source>Choose the identity file of %1</source>
        <translation>选择 %1 的身份文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="224"/>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>身份文件 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="249"/>
        <source>Choose an existing identity file for %1.</source>
        <translation>请为 %1 选择一个现有的身份文件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="259"/>
        <source>Generate and sign the agreement to mediate</source>
        <translation>生成并签署提交调解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="262"/>
        <source>The agreement to mediate names the parties, the mediators, the rules, confidentiality and fees as typed. You certify it first; each party&apos;s signatory then signs in turn on a screen that shows only what they sign; your signature locks it.</source>
        <translation>提交调解协议按所输入的内容载明当事方、调解员、规则、保密和费用。您先对其作出证明；然后各当事方的签署人依次在只显示其所签署内容的屏幕上签署；最后由您的签名将其锁定。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="272"/>
        <source>%1 — %2:</source>
        <translation>%1 — %2：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="277"/>
        <source>&amp;Sign…</source>
        <translation>签署(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="293"/>
        <source>%1 has no representative to sign: add one.</source>
        <translation>%1 没有可签署的代表：请添加一位。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="309"/>
        <source>Opening your identity…</source>
        <translation>正在打开您的身份…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="317"/>
        <source>Your issuing key is not open (keep ….issuing.p12 beside the identity file): choose their own identity file for each signatory.</source>
        <translation>您的签发密钥未打开（请将 ….issuing.p12 放在身份文件旁边）：请为每位签署人选择其本人的身份文件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="329"/>
        <source>Handed over to %1…</source>
        <translation>已移交给 %1…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="330"/>
        <source>Agreement to mediate, case %1</source>
        <translation>提交调解协议，案件 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="348"/>
        <source>%1: choose a PIN of at least %2 characters and type it twice. A certificate is issued in your name for this one signature of the agreement to mediate, marked “issued in the room”; its key is destroyed after it signs.</source>
        <translation>%1：请设定至少 %2 个字符的 PIN 码，并输入两次。系统将以您的名义签发一张证书，仅用于这一次签署提交调解协议，并标注“现场签发”；签署后其密钥即被销毁。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="351"/>
        <source>Choose a &amp;PIN:</source>
        <translation>设定 PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="351"/>
        <source>Issuing the certificate…</source>
        <translation>正在签发证书…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="354"/>
        <source>%1: type the passphrase of your identity file %2. It unlocks your key for this signature only and is not kept.</source>
        <translation>%1：请输入您的身份文件 %2 的密码短语。它只为这次签署解锁您的密钥，不会被保存。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="356"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="356"/>
        <source>Opening the identity file…</source>
        <translation>正在打开身份文件…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="399"/>
        <source>Signing the agreement to mediate…</source>
        <translation>正在签署提交调解协议…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_signing.py" line="410"/>
        <source>Agreement to mediate written to %1; it is on record as signed digitally, and sessions may start.</source>
        <translation>提交调解协议已写入 %1；已记录为以电子方式签署，现在可以开始会议。</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="184"/>
        <source>Export again</source>
        <translation>再次导出</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="185"/>
        <source>This agreement has been exported before. Another export is recorded with its reason, and every party&apos;s signing record shows both exports.</source>
        <translation>此和解协议此前已导出。再次导出将连同理由一并记录，每个当事方的签署记录都会显示两次导出。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="193"/>
        <source>Reason for exporting again</source>
        <translation>再次导出的理由</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="194"/>
        <source>For example: the first file was lost; a party&apos;s token failed</source>
        <translation>例如：第一个文件已丢失；某一当事方的令牌失灵</translation>
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
        <translation>第 {n} 次导出，{when}：{file}
PDF SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="219"/>
        <source>The reason is too long (at most {n} characters).</source>
        <translation>理由过长（最多 {n} 个字符）。</translation>
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
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="70"/>
        <source>MOVED from § %1</source>
        <translation>由 § %1 移来</translation>
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
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="109"/>
        <source>%1 changed</source>
        <translation>修改 %1 条</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="109"/>
        <source>%1 moved</source>
        <translation>移动 %1 条</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="109"/>
        <source>%1 added</source>
        <translation>新增 %1 条</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="110"/>
        <source>%1 removed</source>
        <translation>删除 %1 条</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="112"/>
        <source>Version %1 (%2) compared with version %3 (%4)</source>
        <translation>第 %1 版（%2）与第 %3 版（%4）对照</translation>
    </message>
    <message>
        <source>inserted words</source>
        <translation>插入的文字</translation>
    </message>
    <message>
        <source>deleted words</source>
        <translation>删除的文字</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No differences between these versions.</source>
        <translation>这两个版本没有差异。</translation>
    </message>
    <message>
        <source>REDLINE · MEDIATOR’S COPY</source>
        <translation>修订对照 · 调解员存档本</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>RedlineView</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="138"/>
        <source>Redline between two versions</source>
        <translation>两个版本之间的修订对照</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/redline_view.py" line="175"/>
        <source>Print redline</source>
        <translation>打印修订对照</translation>
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
        <translation>解除“%1”的保密</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/release_dialog.py" line="41"/>
        <source>From: %1. This was given in confidence; only %2 can lift that. Once released, the case&apos;s rules decide what a disclosure of it needs.</source>
        <translation>来源：%1。此信息以保密方式提供；只有 %2 可以解除保密。解除后，披露所需的条件由本案规则决定。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/release_dialog.py" line="46"/>
        <source>Consent on record</source>
        <translation>已记录的同意</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/release_dialog.py" line="58"/>
        <source>Why the release was refused</source>
        <translation>解除保密被拒绝的原因</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/release_dialog.py" line="61"/>
        <source>Release</source>
        <translation>解除保密</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/release_dialog.py" line="62"/>
        <source>Record the release from confidence</source>
        <translation>记录解除保密</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="96"/>
        <source>Reopen agreement</source>
        <translation>重新开启和解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="97"/>
        <source>Reopen the agreement concluded on version %1? The case returns to open and the parties&apos; acceptance must be given again before a new conclusion.</source>
        <translation>重新开启按第 %1 版订立的和解协议？案件将恢复为进行中，须再次取得各当事方的接受，方可重新订立。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="102"/>
        <source>Reason for reopening</source>
        <translation>重新开启的理由</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="103"/>
        <source>Why the agreement is reopened (required)</source>
        <translation>重新开启和解协议的理由（必填）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/conclude_dialog.py" line="108"/>
        <source>Reopen</source>
        <translation>重新开启</translation>
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
        <translation>已签署的和解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="164"/>
        <source>Verification report</source>
        <translation>验证报告</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="165"/>
        <source>&amp;Attest after paper signatures…</source>
        <translation>纸面签署后作出证明(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="166"/>
        <source>Record the paper signatures and attest</source>
        <translation>记录纸面签名并作出证明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="168"/>
        <source>&amp;Verify…</source>
        <translation>验证(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="169"/>
        <source>Verify the signed PDF</source>
        <translation>验证已签署的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="171"/>
        <source>Save the mediator&apos;s &amp;certificate…</source>
        <translation>保存调解员证书(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="172"/>
        <source>Save the mediator&apos;s certificate for verifiers</source>
        <translation>保存调解员证书，供验证者使用</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="192"/>
        <source>Saved as {path}.</source>
        <translation>已保存为 {path}。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="198"/>
        <source>This PDF awaits the paper signatures of {parties}. Print it, have it signed by hand, and keep the signed paper with the file; then choose Attest after paper signatures… (here or in the Case menu) to record who witnessed each paper signature and apply the mediator&apos;s attestation, which locks the document. Until then a verifier sees it as incomplete.
File: {file}</source>
        <translation>此 PDF 正等待 {parties} 的纸面签名。请将其打印，由签署人亲笔签署，并将已签署的纸本与文件一并保存；然后选择“纸面签署后作出证明…”（在此处或“案件”菜单中），记录每个纸面签名的见证人，并加上调解员证明，文件随即锁定。在此之前，验证者会视其为不完整。
文件：{file}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="203"/>
        <source>The signing records are written when the agreement is attested.</source>
        <translation>签署记录将在和解协议作出证明后写入。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="206"/>
        <source>Signing records written beside the PDF (one for each party to take home, one for the mediator, and the JSON):
{files}</source>
        <translation>已在 PDF 旁写入签署记录（每个当事方带走一份，调解员一份，另有 JSON 文件）：
{files}</translation>
    </message>
    <message>
        <source>Saved as {path}. This check trusts each signer&apos;s own certificates; whoever checks the file later (File ▸ Verify PDF…) chooses whom to trust, such as the mediator&apos;s certificate.</source>
        <translation type="vanished">已保存为 {path}。本次检查信任每位签署人自己的证书；日后检查该文件的人（文件 ▸ 验证 PDF…）可自行选择信任对象，例如调解员的证书。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="213"/>
        <source>The case&apos;s audit record now ends at {head}. Give it to the parties or the institution to hold: iomed-desk check --expect-head shows later whether a case file still contains it.</source>
        <translation>案件的审计记录现结束于 {head}。请将其交给各方或机构保存：日后可用 iomed-desk check --expect-head 检查案件文件是否仍包含它。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="220"/>
        <source>Save the mediator&apos;s certificate</source>
        <translation>保存调解员证书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="221"/>
        <source>Certificates (*.pem)</source>
        <translation>证书 (*.pem)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="230"/>
        <source>Certificate saved as {file}.</source>
        <translation>证书已保存为 {file}。</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="135"/>
        <source>New revision of %1</source>
        <extracomment>reads the file into the case: (progress(done, size), cancelled()) -&gt; what changed</extracomment>
        <translation>%1 的新修订版</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="137"/>
        <source>Exhibit %1 now: revision %2, %3 (%4)</source>
        <translation>证据文件 %1 当前为：修订版 %2，%3（%4）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="139"/>
        <source>New revision %1: %2 (%3)</source>
        <translation>新修订版 %1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="145"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="147"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="148"/>
        <source>The earlier revisions stay in the case file. Whoever this exhibit was disclosed to keeps seeing the revision consented to; disclose it again to show this one.</source>
        <translation>较早的修订版会保留在案件文件中。曾获披露此证据文件的人仍只会看到经同意披露的修订版；如要让其看到此修订版，请再次披露。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/exhibits_import.py" line="153"/>
        <source>Save revision</source>
        <translation>保存修订版</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="39"/>
        <source>In the room — %1</source>
        <translation>在场 — %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="43"/>
        <source>Attendance list</source>
        <translation>出席名单</translation>
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
        <translation>所属方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="43"/>
        <source>Arrived</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="43"/>
        <source>Left</source>
        <translation>离场</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="46"/>
        <source>Record &amp;departure</source>
        <translation>记录离场(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="47"/>
        <source>Record that the chosen attendee has left</source>
        <translation>记录所选出席者已离场</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="56"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="57"/>
        <source>Name of the late arrival</source>
        <translation>迟到者姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="58"/>
        <source>no party</source>
        <translation>不代表任何当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="58"/>
        <source>language (interpreter)</source>
        <translation>语言（口译员）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="58"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="59"/>
        <source>&amp;Undertaking given</source>
        <translation>已作出保密承诺(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="56"/>
        <source>&amp;Add late arrival</source>
        <translation>添加迟到者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="56"/>
        <source>Arriving &amp;now:</source>
        <translation>现在到场(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="61"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/process_room.py" line="116"/>
        <source>%1 attends for %2, not for %3. Have them join this caucus?</source>
        <translation>%1 代表 %2，而非 %3。仍让其加入本单方会谈吗？</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="50"/>
        <source>Party consent (ICSID Mediation Rules style)</source>
        <translation>当事方同意（ICSID 调解规则模式）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="51"/>
        <source>Nothing leaves a caucus without the authorisation of the party it came from.</source>
        <translation>未经提供信息的当事方授权，任何单方会谈内容均不得披露。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="53"/>
        <source>UNCITRAL Model Law on International Commercial Mediation (2018)</source>
        <translation>《贸易法委员会国际商事调解示范法》（2018 年）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="54"/>
        <source>The mediator may disclose a party&apos;s information unless it was given in confidence.</source>
        <translation>调解员可披露一方当事方提供的信息，但以保密方式提供的除外。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="56"/>
        <source>Hong Kong Mediation Ordinance (Cap. 620), s. 8</source>
        <translation>香港《调解条例》（第 620 章）第 8 条</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="57"/>
        <source>Disclosure needs the consent of every party, every mediator and the maker of the communication, or a statutory exception.</source>
        <translation>披露须经每一当事方、每一调解员及作出该通讯的人同意，或符合法定例外。</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="130"/>
        <source>Disclosure rules</source>
        <translation>披露规则</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/new_case_wizard.py" line="131"/>
        <source>Which rules decide when caucus material may be shown to others. Chosen once, shown on the case overview.</source>
        <translation>决定单方会谈材料何时可向他人展示的规则。只可选择一次，并在案件概览中显示。</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="49"/>
        <source>The folder {folder} does not exist; choose another.</source>
        <translation>文件夹 {folder} 不存在；请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="51"/>
        <source>The folder {folder} cannot be written to; choose another.</source>
        <translation>无法写入文件夹 {folder}；请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="60"/>
        <source>Sign and save</source>
        <translation>签署并保存</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="61"/>
        <source>Every signature is applied and checked before the file is written. Nothing is saved if any check fails.</source>
        <translation>写入文件之前，会加上并检查每个签名。任何一项检查未通过，都不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="64"/>
        <source>&amp;Sign and save</source>
        <translation>签署并保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="71"/>
        <location filename="../../iomed_desk/gui/export_result.py" line="73"/>
        <source>Save the signed agreement as</source>
        <translation>将已签署的和解协议另存为</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="73"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="74"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="77"/>
        <source>Save &amp;as:</source>
        <translation>另存为(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="98"/>
        <source>with their own identity file</source>
        <translation>使用本人的身份文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="98"/>
        <source>with their token</source>
        <translation>使用本人的令牌</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="99"/>
        <source>with a certificate issued in the room</source>
        <translation>使用现场签发的证书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="100"/>
        <source>on paper, after printing; the mediator attests afterwards</source>
        <translation>打印后在纸面上签署；调解员随后作出证明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="108"/>
        <source>{who}: certifies first; attests last, which locks the document</source>
        <translation>{who}：首先作认证签名；最后作出证明，文件随即锁定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="110"/>
        <source>{who}: certifies now; attests after the paper signatures, which locks the document</source>
        <translation>{who}：现在作认证签名；在纸面签署后作出证明，文件随即锁定</translation>
    </message>
    <message>
        <source>{who}, with their own identity file</source>
        <translation type="vanished">{who}，使用本人的身份文件</translation>
    </message>
    <message>
        <source>{who}, with a certificate issued now by the mediator</source>
        <translation type="vanished">{who}，使用调解员当场签发的证书</translation>
    </message>
    <message>
        <source>On paper, by hand, after printing</source>
        <translation type="vanished">打印后在纸面上亲笔签署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="111"/>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>{who}, attesting, signs last</source>
        <translation type="vanished">{who}，作出证明，最后签署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="127"/>
        <source>{file} already exists. Replace it with the signed agreement?</source>
        <translation>{file} 已存在。要用已签署的和解协议替换它吗？</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_result.py" line="136"/>
        <source>Signing and checking the agreement…</source>
        <translation>正在签署并检查和解协议…</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="79"/>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="90"/>
        <source>Save version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="80"/>
        <source>The current text becomes version %1. Saved versions never change; parties see a version only once it is tabled to them.</source>
        <translation>当前文本将成为第 %1 版。已保存的版本不会再更改；版本只有在提交给当事方后，当事方才能看到。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="85"/>
        <source>What changed</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="86"/>
        <source>What changed, e.g. “Payment moved to 60 days”</source>
        <translation>修改内容，例如“付款期限改为 60 天”</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/history_view.py" line="95"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="55"/>
        <source>Search all notes (Ctrl+F)</source>
        <extracomment>posted first, unranked (the newest the audience may see), while the ranked list is computed the most hits a list holds, ranked or newest first</extracomment>
        <translation>搜索所有笔记（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="56"/>
        <source>Search all notes</source>
        <translation>搜索所有笔记</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="101"/>
        <source>Search as</source>
        <extracomment>&quot;first&quot; while the newest hits are on screen and the ranked list is coming, then &quot;final&quot;</extracomment>
        <translation>搜索视角</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="103"/>
        <source>Search as:</source>
        <translation>搜索视角：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="106"/>
        <source>Whose eyes to search with (Alt+A)</source>
        <translation>以谁的视角搜索（Alt+A）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="107"/>
        <source>Ne&amp;west first</source>
        <translation>最新优先(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="108"/>
        <source>List the newest matches first instead of the best ones</source>
        <translation>先列出最新的匹配结果，而非最相关的结果</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="117"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="118"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="118"/>
        <source>Excerpt</source>
        <translation>摘录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="147"/>
        <source>the mediator (every channel)</source>
        <translation>调解员（所有频道）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="149"/>
        <source>%1 (what they may see)</source>
        <translation>%1（其可见内容）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="150"/>
        <source>the joint screen (what every party may see)</source>
        <translation>联席屏幕（所有当事方均可见的内容）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="155"/>
        <source>Choose whose eyes to search with, then type (Ctrl+F goes back to the field).</source>
        <translation>选择以谁的视角搜索，然后输入（按 Ctrl+F 返回搜索栏）。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="171"/>
        <source>Every channel: confidential material of every party, for your eyes only.</source>
        <translation>所有频道：包含各当事方的保密材料，仅您可见。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="173"/>
        <source>Only what every party may see: the joint channel and what was disclosed to all.</source>
        <translation>仅所有当事方均可见的内容：联席会议频道以及向所有当事方披露的内容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="176"/>
        <source>Only what %1 may see: the joint channel, their own caucus and what was disclosed to them.</source>
        <translation>仅 %1 可见的内容：联席会议频道、其本方的单方会谈以及向其披露的内容。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="216"/>
        <source>Search: “%1”</source>
        <translation>搜索：“%1”</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="219"/>
        <source>Type words to find them in every channel.</source>
        <translation>输入字词，在所有频道中查找。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="225"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="254"/>
        <source>The newest matches; ranking…</source>
        <translation>最新的匹配结果；正在排序…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="268"/>
        <source>No notes found.</source>
        <translation>未找到笔记。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_panel.py" line="270"/>
        <source>The first %1 notes found; add words to narrow the search.</source>
        <translation>已找到的前 %1 条笔记；添加字词可缩小搜索范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found.</source>
        <translation type="vanished">
            <numerusform>找到 %n 条笔记。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/search_results.py" line="200"/>
        <source>(untitled)</source>
        <extracomment>the excerpt as escaped HTML with the matches marked (the item&apos;s text stays the plain excerpt) as the search itself: shorter words match whole words only, longer ones as the start of a word</extracomment>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="36"/>
        <source>Start joint session</source>
        <translation>开始联席会议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="37"/>
        <source>Start a joint session: new notes go to the joint channel</source>
        <translation>开始联席会议：新笔记将记入联席会议频道</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="39"/>
        <location filename="../../iomed_desk/gui/session_bar.py" line="41"/>
        <source>Start caucus</source>
        <translation>开始单方会谈</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="40"/>
        <source>Start a caucus with one party: new notes go to its channel</source>
        <translation>与一方当事方开始单方会谈：新笔记将记入该当事方的频道</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="45"/>
        <source>Start caucus with %1</source>
        <translation>开始与 %1 的单方会谈</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="49"/>
        <source>End session</source>
        <translation>结束会议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="50"/>
        <source>End the running session and record its duration</source>
        <translation>结束正在进行的会议并记录其时长</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="68"/>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="85"/>
        <source>Session time</source>
        <extracomment>True while a caucus runs and another channel&apos;s notes are on screen</extracomment>
        <translation>会议时长</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="125"/>
        <source>No session running</source>
        <translation>没有正在进行的会议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="145"/>
        <source>%1 — showing %2</source>
        <translation>%1 — 正在显示%2</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="169"/>
        <source>Joint session</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="171"/>
        <source>Caucus with %1</source>
        <translation>与 %1 的单方会谈</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="177"/>
        <source>%1&apos;s notes</source>
        <translation>%1 的笔记</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="179"/>
        <source>the joint channel</source>
        <translation>联席会议频道</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/session_bar.py" line="180"/>
        <source>your own notebook</source>
        <translation>您自己的笔记本</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="47"/>
        <source>Settings</source>
        <extracomment>the language changed and the mediator chose &quot;Restart now&quot; (the main window closes the case first)</extracomment>
        <translation>设置</translation>
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
        <translation>无操作达到此秒数后锁定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="56"/>
        <source>During a joint session, leave the joint screen up when the case locks for inactivity</source>
        <translation>联席会议期间，案件因闲置而锁定时，联席屏幕保持显示</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="58"/>
        <source>Idle lock keeps the joint screen</source>
        <translation>闲置锁定时保留联席屏幕</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="59"/>
        <source>The joint screen shows joint material only; the panic lock (Ctrl+Shift+L) always blanks it.</source>
        <translation>联席屏幕只显示联席材料；紧急锁定（Ctrl+Shift+L）总会将其清空。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="66"/>
        <source>Clear copied text after this many seconds</source>
        <translation>复制的文本在此秒数后清除</translation>
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
        <translation>不在系统密钥环中记住任何密钥，也不保留最近案件列表。开启后会清除现有的列表。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="76"/>
        <source>Display for the joint screen</source>
        <translation>联席屏幕所用的显示器</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="77"/>
        <source>Automatic (a second display when there is one)</source>
        <translation>自动（如有第二个显示器则使用该显示器）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="84"/>
        <source>{name} (not connected)</source>
        <translation>{name}（未连接）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="89"/>
        <source>Interface language; applied when IOMed Desk restarts</source>
        <translation>界面语言；在 IOMed Desk 重新启动后生效</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="95"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="96"/>
        <source>&amp;Lock after:</source>
        <translation>闲置后锁定(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="98"/>
        <source>&amp;Clear clipboard after:</source>
        <translation>清除剪贴板(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="99"/>
        <source>&amp;Joint screen on:</source>
        <translation>联席屏幕显示于(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/settings_dialog.py" line="125"/>
        <source>The language takes effect when IOMed Desk restarts. Restart now? An open case is closed first (your edits are saved); you unlock it again after the restart.</source>
        <translation>语言设置将在 IOMed Desk 重新启动后生效。现在重新启动吗？已打开的案件会先关闭（您的编辑会保存）；重新启动后请再次解锁。</translation>
    </message>
    <message>
        <source>The language takes effect when IOMed Desk restarts.</source>
        <translation type="vanished">语言设置将在 IOMed Desk 重新启动后生效。</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="68"/>
        <source>Signatories</source>
        <translation>签署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="75"/>
        <source>Who signs the agreement</source>
        <translation>由谁签署和解协议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="77"/>
        <source>The agreement prints one signature block per signatory, in this order, with the name, the capacity in which they sign and the authority they sign on. A party with no signatory recorded gets a block for its first representative.</source>
        <translation>和解协议按此顺序为每位签署人印出一个签署栏，载明其姓名、签署职衔及授权依据。未记录签署人的当事方，将为其第一位代表印出签署栏。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="85"/>
        <source>Party</source>
        <translation>当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="88"/>
        <source>&amp;Party:</source>
        <translation>当事方(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="92"/>
        <source>Signatories of the party</source>
        <translation>该当事方的签署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="93"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="93"/>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="123"/>
        <source>Capacity</source>
        <translation>职衔</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="93"/>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="126"/>
        <source>Authority</source>
        <translation>授权依据</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="103"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="103"/>
        <source>Add a signatory</source>
        <translation>添加签署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="104"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="104"/>
        <source>Remove the selected signatory</source>
        <translation>移除所选签署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="106"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="106"/>
        <source>Move the signatory up</source>
        <translation>上移签署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="107"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="107"/>
        <source>Move the signatory down</source>
        <translation>下移签署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="120"/>
        <source>Signatory&apos;s name</source>
        <translation>签署人姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="121"/>
        <source>A representative, or another name</source>
        <translation>代表，或其他姓名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="124"/>
        <source>e.g. Minister of Foreign Affairs; Director</source>
        <translation>例如：外交部长；董事</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="127"/>
        <source>e.g. Full powers dated 1 December 2026; board resolution of …</source>
        <translation>例如：2026 年 12 月 1 日的全权证书；…的董事会决议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="129"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="129"/>
        <source>&amp;Capacity:</source>
        <translation>职衔(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="130"/>
        <source>Au&amp;thority:</source>
        <translation>授权依据(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="142"/>
        <source>The agreement is concluded: its signature blocks are printed from what is recorded here when it is exported.</source>
        <translation>和解协议已订立：导出时将按此处记录的内容印出签署栏。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="148"/>
        <source>Why the signatories were not recorded</source>
        <translation>签署人未能记录的原因</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/signatories_dialog.py" line="287"/>
        <source>%1, signatory %2: %3</source>
        <translation>%1，签署人 %2：%3</translation>
    </message>
</context>
<context>
    <name>SignatoriesPage</name>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="229"/>
        <source>How each signatory signs</source>
        <translation>每位签署人的签署方式</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="230"/>
        <source>Each signatory signs in turn at this keyboard, on a screen that shows only what they sign; or on paper. Record the identity document and authority you checked.</source>
        <translation>各签署人依次在这台计算机的键盘上签署，屏幕只显示其所签署的内容；也可以在纸面上签署。请记录您查验过的身份证件和授权依据。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="255"/>
        <source>The mediator&apos;s issuing key is not open (keep ….issuing.p12 beside the identity file); choose another way for {who} to sign.</source>
        <translation>调解员的签发密钥未打开（请将 ….issuing.p12 放在身份文件旁边）；请为 {who} 选择其他签署方式。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="263"/>
        <source>All signatories of {party} sign on paper, or none does.</source>
        <translation>{party} 的签署人须全部在纸面上签署，或全部不在纸面上签署。</translation>
    </message>
</context>
<context>
    <name>SignatoryRow</name>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="92"/>
        <source>signatory {n}</source>
        <extracomment>where a PKCS#11 module is usually installed (SoftHSM2 first, then common smart-card middleware)</extracomment>
        <translation>签署人 {n}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="93"/>
        <source>{party} — {who}</source>
        <translation>{party} — {who}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="96"/>
        <source>How {who} signs</source>
        <translation>{who} 的签署方式</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="97"/>
        <source>Their own identity file (PKCS#12)</source>
        <translation>本人的身份文件（PKCS#12）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="98"/>
        <source>Their token or smart card (PKCS#11)</source>
        <translation>本人的令牌或智能卡（PKCS#11）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="99"/>
        <source>A certificate issued in the room</source>
        <translation>现场签发的证书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="100"/>
        <source>On paper, by hand</source>
        <translation>在纸面上亲笔签署</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="103"/>
        <source>Identity file of {who}</source>
        <translation>{who} 的身份文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="104"/>
        <source>A PKCS#12 file (.p12 or .pfx)</source>
        <translation>PKCS#12 文件（.p12 或 .pfx）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="106"/>
        <source>PKCS#11 module</source>
        <translation>PKCS#11 模块</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="108"/>
        <source>Token label</source>
        <translation>令牌标签</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="110"/>
        <source>Key label</source>
        <translation>密钥标签</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="112"/>
        <source>Certificate of the token&apos;s key (PEM)</source>
        <translation>令牌密钥的证书（PEM）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="113"/>
        <source>The certificate, then its issuers</source>
        <translation>先放证书，再放其签发者证书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="115"/>
        <source>The mediator&apos;s issuing key certifies a new key for this one signature; the key is destroyed after it signs. The signature&apos;s stamp and the verification report say “issued in the room”.</source>
        <translation>调解员的签发密钥为这一次签署的新密钥签发证书；该密钥在签署后即被销毁。签名印章和验证报告会注明“现场签发”。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="117"/>
        <source>The PDF keeps a signature line for a hand signature; the mediator attests after it (Attest after paper signatures…).</source>
        <translation>PDF 会保留一条供亲笔签名的签名栏；调解员在其后作出证明（纸面签署后作出证明…）。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="120"/>
        <source>Identity document seen</source>
        <translation>已查验的身份证件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="121"/>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="134"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="121"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="122"/>
        <source>National identity card</source>
        <translation>国民身份证</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="122"/>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="129"/>
        <source>Last {n} characters of the document&apos;s number</source>
        <translation>证件号码的最后 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="130"/>
        <source>Only the last {n} characters are recorded, never the whole number</source>
        <translation>只记录最后 {n} 个字符，绝不记录完整号码</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="133"/>
        <source>Authority instrument seen</source>
        <translation>已查验的授权文书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="134"/>
        <source>Full powers</source>
        <translation>全权证书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="135"/>
        <source>Board resolution</source>
        <translation>董事会决议</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="136"/>
        <source>Power of attorney</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="136"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="140"/>
        <source>Describe the authority instrument</source>
        <translation>描述授权文书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="141"/>
        <source>Date, or what the instrument is</source>
        <translation>日期，或文书的性质</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="144"/>
        <source>Signs &amp;with:</source>
        <translation>签署方式(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="145"/>
        <source>Identity &amp;file:</source>
        <translation>身份文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="146"/>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="149"/>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="154"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="146"/>
        <source>Choose the identity file of {who}</source>
        <translation>选择 {who} 的身份文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="147"/>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>身份文件 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="148"/>
        <source>PKCS#11 &amp;module:</source>
        <translation>PKCS#11 模块(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="149"/>
        <source>Choose the PKCS#11 module</source>
        <translation>选择 PKCS#11 模块</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="150"/>
        <source>PKCS#11 modules (*.so *.dylib *.dll);;All files (*)</source>
        <translation>PKCS#11 模块 (*.so *.dylib *.dll);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="151"/>
        <source>&amp;Token label:</source>
        <translation>令牌标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="152"/>
        <source>&amp;Key label:</source>
        <translation>密钥标签(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="153"/>
        <source>&amp;Certificate:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="154"/>
        <source>Choose the certificate of the token&apos;s key</source>
        <translation>选择令牌密钥的证书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="155"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="158"/>
        <source>Identity &amp;document:</source>
        <translation>身份证件(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="159"/>
        <source>Its last &amp;4 characters:</source>
        <translation>最后 4 个字符(&amp;4)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="160"/>
        <source>&amp;Authority seen:</source>
        <translation>已查验的授权依据(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="161"/>
        <source>Descri&amp;ption:</source>
        <translation>描述(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="186"/>
        <source>Choose the kind of identity document seen for {who}.</source>
        <translation>请选择为 {who} 查验的身份证件类型。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="190"/>
        <source>Describe the authority instrument seen for {who}.</source>
        <translation>请描述为 {who} 查验的授权文书。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="210"/>
        <source>Choose an existing identity file for {who}.</source>
        <translation>请为 {who} 选择现有的身份文件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="213"/>
        <source>Choose the PKCS#11 module for {who}&apos;s token.</source>
        <translation>请为 {who} 的令牌选择 PKCS#11 模块。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="215"/>
        <source>Give the token label and the key label for {who}.</source>
        <translation>请填写 {who} 的令牌标签和密钥标签。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="217"/>
        <source>Choose the certificate of {who}&apos;s token key.</source>
        <translation>请选择 {who} 的令牌密钥的证书。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_ceremony.py" line="219"/>
        <source>{party} has no named signatory: record one (Case ▸ Signatories…) to issue a certificate in the room.</source>
        <translation>{party} 没有指定签署人：请先记录一位（案件 ▸ 签署人…），才能在现场签发证书。</translation>
    </message>
</context>
<context>
    <name>SignerPage</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="vanished">密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN:</source>
        <translation type="vanished">再次输入 PIN 码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="vanished">确认(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="148"/>
        <source>&amp;Hand over</source>
        <translation>移交(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="155"/>
        <source>Signature of {party}</source>
        <translation>{party} 的签名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="156"/>
        <source>Signature {n} of {total}; the mediator attests last.</source>
        <translation>第 {n} 个签名，共 {total} 个；调解员最后作出证明。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="158"/>
        <source>Next: {person} of {party}</source>
        <translation>下一位：{party} 的 {person}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="160"/>
        <source>{person} chooses a PIN of at least {n} characters. The mediator&apos;s issuing key certifies a new key in {person}&apos;s name, marked “issued in the room”; it signs this agreement once and is then destroyed.</source>
        <translation>{person} 设定至少 {n} 个字符的 PIN 码。调解员的签发密钥以 {person} 的名义为一个新密钥签发证书，标注为“现场签发”；该密钥只签署本和解协议一次，随后即被销毁。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="163"/>
        <source>{person} types the passphrase of their identity file {file}; it unlocks their key for this signature only.</source>
        <translation>{person} 输入其身份文件 {file} 的密码短语；它只为这次签署解锁其密钥。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="166"/>
        <source>{person} types the PIN of their token {token}; the key never leaves it.</source>
        <translation>{person} 输入其令牌 {token} 的 PIN 码；密钥始终不会离开该令牌。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="170"/>
        <source>When you click Hand over, every window of the case is hidden: the screen shows only what {person} signs. You take the computer back with the case passphrase.</source>
        <translation>单击“移交”后，案件的所有窗口都会隐藏：屏幕只显示 {person} 所签署的内容。您可凭案件密码短语取回计算机。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="172"/>
        <source>“{title}” · agreement fingerprint {fp}</source>
        <translation>“{title}” · 和解协议指纹 {fp}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/export_signers.py" line="179"/>
        <source>Handed over to {person}…</source>
        <translation>已移交给 {person}…</translation>
    </message>
    <message>
        <source>Signature {n} of {total}; the mediator signs last.</source>
        <translation type="vanished">第 {n} 个签名，共 {total} 个；调解员最后签署。</translation>
    </message>
    <message>
        <source>Hand the keyboard to {person} of {party}</source>
        <translation type="vanished">请将键盘交给 {party} 的 {person}</translation>
    </message>
    <message>
        <source>{person}: choose a PIN of at least {n} characters and type it twice. The mediator&apos;s identity ({mediator}) issues you a certificate in your name, valid for two days, and you sign with it.</source>
        <translation type="vanished">{person}：请设定至少 {n} 个字符的 PIN 码，并输入两次。调解员身份（{mediator}）将以您的名义向您签发一张有效期为两天的证书，您将用它签署。</translation>
    </message>
    <message>
        <source>{person}: type the passphrase of your identity file {file}. It unlocks your key for this signature only and is not kept.</source>
        <translation type="vanished">{person}：请输入您的身份文件 {file} 的密码短语。它只为这次签署解锁您的密钥，不会被保存。</translation>
    </message>
    <message>
        <source>Choose a &amp;PIN:</source>
        <translation type="vanished">设定 PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>PIN chosen by {person}</source>
        <translation type="vanished">{person} 设定的 PIN 码</translation>
    </message>
    <message>
        <source>Passphrase of {person}</source>
        <translation type="vanished">{person} 的密码短语</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation type="vanished">再次输入 PIN 码</translation>
    </message>
    <message>
        <source>You are signing “{title}” (agreement fingerprint {fp}).</source>
        <translation type="vanished">您正在签署“{title}”（和解协议指纹 {fp}）。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation type="vanished">两次输入的 PIN 码不一致。</translation>
    </message>
    <message>
        <source>Issuing the certificate…</source>
        <translation type="vanished">正在签发证书…</translation>
    </message>
    <message>
        <source>Opening the identity file…</source>
        <translation type="vanished">正在打开身份文件…</translation>
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
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>无立场</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="66"/>
        <source>The demo case is not part of this build.</source>
        <extracomment>the demo case&apos;s passphrase, fixed and public because the demo holds only invented content: the same as `iomed_desk.app.demo.DEMO_PASSPHRASE` (tests/gui/test_startup.py checks), written here so that the start page shows it without importing the case layers `USER_ROLE` as the number it is (see the module&apos;s docstring)</extracomment>
        <translation>此版本不包含演示案件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="135"/>
        <source>IOMed Desk</source>
        <translation>IOMed Desk</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="137"/>
        <source>Confidential caucus notes for mediators: each party&apos;s material kept apart, in one encrypted case file.</source>
        <translation>供调解员使用的保密单方会谈笔记：各当事方的材料分开保存，全部存于一个加密的案件文件中。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="142"/>
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="143"/>
        <source>Set up the parties, the mediators and the disclosure rules.</source>
        <translation>设定当事方、调解员和披露规则。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="144"/>
        <source>Create a new case</source>
        <translation>创建新案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="145"/>
        <source>Open case…</source>
        <translation>打开案件…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="145"/>
        <source>Unlock a case file with its passphrase.</source>
        <translation>用密码短语解锁案件文件。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="146"/>
        <source>Open a case file</source>
        <translation>打开案件文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="148"/>
        <location filename="../../iomed_desk/gui/start_window.py" line="151"/>
        <location filename="../../iomed_desk/gui/start_window.py" line="247"/>
        <source>Open the demo case</source>
        <translation>打开演示案件</translation>
    </message>
    <message>
        <source>An invented investment mediation to explore.</source>
        <translation type="vanished">一宗虚构的投资调解案件，供您试用。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="149"/>
        <source>An invented investment mediation to explore.
Passphrase: {passphrase}</source>
        <translation>一宗虚构的投资调解案件，供您试用。
密码短语：{passphrase}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="167"/>
        <source>Recent cases</source>
        <translation>最近的案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="171"/>
        <source>Recent case files</source>
        <translation>最近的案件文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="175"/>
        <source>Case files you open will be listed here (their paths only).</source>
        <translation>您打开的案件文件将列在这里（仅记录路径）。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="177"/>
        <source>Secure-room mode is on: no list of recent cases is kept, and no key is remembered on this computer.</source>
        <translation>保密室模式已开启：不保留最近案件列表，也不在本计算机上记住任何密钥。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="181"/>
        <source>Works offline: no network connection, no telemetry. Each case is one encrypted file; its passphrase never leaves this computer.</source>
        <translation>离线运行：不连接网络，不收集遥测数据。每个案件是一个加密文件，其密码短语绝不离开本计算机。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/start_window.py" line="247"/>
        <source>Preparing the demo case…</source>
        <translation>正在准备演示案件…</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../iomed_desk/gui/export_pages.py" line="96"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../iomed_desk/gui/passphrase_field.py" line="90"/>
        <source>Passphrase strength</source>
        <translation>密码短语强度</translation>
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
        <translation>强</translation>
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
        <translation>所有当事方（联席会议）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="47"/>
        <source>One party, in caucus:</source>
        <translation>一方当事方（单方会谈）：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="52"/>
        <source>Party to table to</source>
        <translation>提交对象当事方</translation>
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
        <translation>展示对象</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="106"/>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="128"/>
        <source>all parties</source>
        <translation>所有当事方</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="108"/>
        <source>Already tabled to: %1</source>
        <translation>已提交给：%1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="110"/>
        <source>Not tabled to anyone yet.</source>
        <translation>尚未向任何人提交。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="114"/>
        <source>Every party sees this text, and the joint screen can show it.</source>
        <translation>所有当事方都能看到此文本，联席屏幕也可以显示它。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="118"/>
        <source>Only %1 sees this text: it stays in %1&apos;s caucus channel, out of the joint channel and the other caucuses.</source>
        <translation>只有 %1 能看到此文本：它保留在 %1 的单方会谈频道中，不进入联席会议频道和其他单方会谈。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="131"/>
        <source>Version %1 has not been tabled yet.</source>
        <translation>第 %1 版尚未提交。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/drafting/table_dialog.py" line="133"/>
        <source>Version %1 tabled to %2</source>
        <translation>第 %1 版已提交给 %2</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利益</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>关切</translation>
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
        <translation>行动事项</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="193"/>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="197"/>
        <source>Unlock {name}</source>
        <translation>解锁 {name}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="199"/>
        <source>The case file is encrypted. Enter its passphrase to open it.</source>
        <translation>案件文件已加密。请输入其密码短语以打开。</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="67"/>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="68"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="79"/>
        <source>Unlock message</source>
        <translation>解锁消息</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="84"/>
        <source>Unlocking</source>
        <translation>正在解锁</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="86"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="90"/>
        <source>Unlock the case</source>
        <translation>解锁案件</translation>
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
        <translation>正在使用本计算机上记住的密钥打开…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="139"/>
        <source>Type the case&apos;s passphrase.</source>
        <translation>请输入案件的密码短语。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/unlock_dialog.py" line="141"/>
        <source>Checking the passphrase…</source>
        <translation>正在检查密码短语…</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="92"/>
        <source>Mediator&apos;s attestation</source>
        <extracomment>palette-relative apart from the two verdict colours, so it reads in light and dark palettes</extracomment>
        <translation>调解员证明</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="94"/>
        <source>Mediator&apos;s certification</source>
        <translation>调解员认证签名</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="97"/>
        <source>Party {n}</source>
        <translation>当事方 {n}</translation>
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
        <translation>整个文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="139"/>
        <source>Its revision; later additions follow it</source>
        <translation>其所在的修订版本；之后另有追加内容</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="140"/>
        <source>Part of the file only, or unclear</source>
        <translation>仅文件的一部分，或无法确定</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="144"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="145"/>
        <source>Only further signatures or form filling</source>
        <translation>仅有后续签名或表单填写</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="146"/>
        <source>The document was modified</source>
        <translation>文件已被修改</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="151"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="156"/>
        <source>{when}, by the signer&apos;s own clock (no time-stamp authority)</source>
        <translation>{when}，以签署人自己的时钟为准（无时间戳机构）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="186"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="186"/>
        <source>Not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="194"/>
        <source>Signer</source>
        <translation>签署人</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="195"/>
        <source>Issued by</source>
        <translation>签发者</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="196"/>
        <source>Signed at</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="197"/>
        <source>Signed bytes intact</source>
        <translation>已签名字节完好</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="198"/>
        <source>Covers</source>
        <translation>涵盖范围</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="199"/>
        <source>Changes after it</source>
        <translation>其后的更改</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="200"/>
        <source>Trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="201"/>
        <source>Field</source>
        <translation>签名栏</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="245"/>
        <source>Not signed yet: {fields}</source>
        <translation>尚未签署：{fields}</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="256"/>
        <source>✓ All {n} signatures are valid</source>
        <translation>✓ 全部 {n} 个签名均有效</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="257"/>
        <source>Every signature is intact and trusted, and the last one covers the whole file. Signing times come from the signers&apos; own clocks.</source>
        <translation>每个签名均完好且受信任，最后一个签名涵盖整个文件。签署时间以签署人自己的时钟为准。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="260"/>
        <source>✗ This document&apos;s signatures are not valid</source>
        <translation>✗ 此文件的签名无效</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="321"/>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="325"/>
        <source>Verify a signed PDF</source>
        <translation>验证已签署的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="327"/>
        <source>Checks every signature offline. A signature counts as trusted only if it chains to one of the certificates listed here, such as the mediator&apos;s or your institution&apos;s.</source>
        <translation>离线检查每个签名。只有能链接到此处所列某一证书（例如调解员或贵机构的证书）的签名，才视为受信任。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="334"/>
        <source>PDF file to verify</source>
        <translation>要验证的 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="335"/>
        <source>The signed agreement (.pdf)</source>
        <translation>已签署的和解协议（.pdf）</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="337"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="337"/>
        <source>Choose the PDF file</source>
        <translation>选择 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="343"/>
        <source>Trusted certificates</source>
        <translation>受信任的证书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="346"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="346"/>
        <source>Add a trusted certificate</source>
        <translation>添加受信任的证书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="348"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="348"/>
        <source>Remove the selected certificate</source>
        <translation>移除所选证书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="359"/>
        <source>&amp;PDF file:</source>
        <translation>PDF 文件(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="360"/>
        <source>&amp;Trusted:</source>
        <translation>受信任(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="364"/>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="364"/>
        <source>Verify the PDF</source>
        <translation>验证此 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="370"/>
        <source>Verifying</source>
        <translation>正在验证</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="378"/>
        <source>Verification error</source>
        <translation>验证错误</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="380"/>
        <source>Agreement fingerprint</source>
        <translation>和解协议指纹</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="381"/>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="381"/>
        <source>Copy the agreement fingerprint</source>
        <translation>复制和解协议指纹</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="383"/>
        <source>SHA-256 of the file</source>
        <translation>文件的 SHA-256</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="390"/>
        <source>Agreement fingerprint:</source>
        <translation>和解协议指纹：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="391"/>
        <source>The SHA-256 of the agreement text the PDF carries; compare it with the one in your signing record</source>
        <translation>PDF 所载和解协议文本的 SHA-256；请与您的签署记录中的指纹进行比对</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="394"/>
        <source>File SHA-256:</source>
        <translation>文件 SHA-256：</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="403"/>
        <source>Verification report</source>
        <translation>验证报告</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="457"/>
        <source>Choose the signed PDF</source>
        <translation>选择已签署的 PDF</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="458"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF 文档 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="467"/>
        <source>Choose certificates to trust</source>
        <translation>选择要信任的证书</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="468"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/verify_dialog.py" line="511"/>
        <source>none: the file carries no agreement text</source>
        <translation>无：该文件不含和解协议文本</translation>
    </message>
</context>
<context>
    <name>WorkspaceOperations</name>
    <message>
        <location filename="../../iomed_desk/gui/workspace_notes.py" line="77"/>
        <source>Note added to %1</source>
        <translation>已添加笔记至 %1</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace_notes.py" line="90"/>
        <source>Delete the note “%1”? Its text is removed from the case file for good; the audit log keeps that it existed.</source>
        <translation>删除笔记“%1”？其内容将从案件文件中永久移除；审计日志会保留其曾存在的记录。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace_notes.py" line="127"/>
        <source>Open a channel first (Ctrl+1, Ctrl+2, …); its exhibits are imported there.</source>
        <translation>请先打开一个频道（Ctrl+1、Ctrl+2…）；证据文件会导入该频道。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace_notes.py" line="150"/>
        <source>Copied — the clipboard is cleared in %1 s</source>
        <translation>已复制 — 剪贴板将在 %1 秒后清除</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace_notes.py" line="163"/>
        <source>Open a party&apos;s channel first (Ctrl+2, Ctrl+3, …), then start the caucus.</source>
        <translation>请先打开一方当事方的频道（Ctrl+2、Ctrl+3…），再开始单方会谈。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/workspace_notes.py" line="181"/>
        <source>This is a version of the negotiating text; open it from its draft.</source>
        <translation>这是谈判文本的一个版本；请从其所属草案中打开。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="127"/>
        <source>Back up the case to</source>
        <translation>将案件备份到</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="128"/>
        <source>IOMed Desk cases (*.iomed)</source>
        <translation>IOMed Desk 案件 (*.iomed)</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="138"/>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="162"/>
        <source>Your last edit could not be saved; the passphrase was not changed.</source>
        <translation>您最近的编辑未能保存；密码短语未更改。</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="169"/>
        <source>Changing the passphrase…</source>
        <translation>正在更改密码短语…</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="192"/>
        <source>Passphrase changed</source>
        <translation>已更改密码短语</translation>
    </message>
    <message>
        <location filename="../../iomed_desk/gui/file_operations.py" line="193"/>
        <source>Passphrase not changed</source>
        <translation>密码短语未更改</translation>
    </message>
</context>
</TS>
