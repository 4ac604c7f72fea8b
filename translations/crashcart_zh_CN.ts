<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Crashcart::App::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n host(s)</source>
        <translation>
            <numerusform>编辑 %n 台主机</numerusform>
        </translation>
    </message>
    <message>
        <source>Set profile</source>
        <translation>设置配置方案</translation>
    </message>
    <message>
        <source>Set BMC type</source>
        <translation>设置 BMC 类型</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>e.g. rack3, gpu</source>
        <translation>例如 rack3, gpu</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Only the checked or filled-in fields change.</source>
        <translation>只会修改已勾选或已填写的字段。</translation>
    </message>
    <message>
        <source>Nothing to change: check a field or enter tags.</source>
        <translation>没有要修改的内容：请勾选字段或输入标签。</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::HostDialog</name>
    <message>
        <source>Add host</source>
        <translation>添加主机</translation>
    </message>
    <message>
        <source>e.g. 52:54:00:12:34:56</source>
        <translation>例如 52:54:00:12:34:56</translation>
    </message>
    <message>
        <source>e.g. web01.rack3</source>
        <translation>例如 web01.rack3</translation>
    </message>
    <message>
        <source>empty or &quot;dhcp&quot; for an address from DHCP</source>
        <translation>留空或填写 &quot;dhcp&quot; 表示从 DHCP 获取地址</translation>
    </message>
    <message>
        <source>IP address or host name of the BMC</source>
        <translation>BMC 的 IP 地址或主机名</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>tag names or key=value, separated by commas</source>
        <translation>标签名或 key=value，以逗号分隔</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::HostTableModel</name>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>最近事件</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::HostsView</name>
    <message>
        <source>Filter: MAC, name, IP, tag…</source>
        <translation>筛选：MAC、主机名、IP、标签…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>&amp;Add Host…</source>
        <translation>添加主机(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete Hosts…</source>
        <translation>删除主机(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Cannot change the host</source>
        <translation>无法修改主机</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>所有配置方案</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无配置方案</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台主机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s)</source>
        <translation>
            <numerusform>显示 %1 台，共 %n 台主机</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n host(s) from the inventory?</source>
        <translation>
            <numerusform>要从主机清单中删除 %n 台主机吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>……另有 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete hosts</source>
        <translation>删除主机</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n host(s)</source>
        <translation>
            <numerusform>已删除 %n 台主机</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the hosts</source>
        <translation>无法修改主机</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n host(s)</source>
        <translation>
            <numerusform>已修改 %n 台主机</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n host(s)</source>
        <translation>
            <numerusform>已导入 %n 台主机</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n host(s) to %1</source>
        <translation>
            <numerusform>已将 %n 台主机导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation>导入主机</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export hosts</source>
        <translation>导出主机</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Edit Hosts…</source>
        <translation>编辑主机(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>H&amp;osts</source>
        <translation>主机(&amp;O)</translation>
    </message>
    <message>
        <source>This cannot be undone; their event history is kept.</source>
        <translation>此操作无法撤销；这些主机的事件记录会保留。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n host(s)</source>
        <translation>
            <numerusform>删除 %n 台主机</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::ImportDialog</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Import hosts from %1</source>
        <translation>从 %1 导入主机</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>待导入</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>To import (%1)</source>
        <translation>待导入（%1）</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>无法导入（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) will be imported.</source>
        <translation>
            <numerusform>将导入 %n 台主机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; the Rejected tab says why for each line.</source>
        <translation>
            <numerusform>%n 行无法导入；每一行的原因请查看“无法导入”标签页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n host(s)</source>
        <translation>
            <numerusform>导入 %n 台主机</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences in a row: Chinese puts no space after 。</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::ImportPlanModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行内容</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::KickstartCompleter</name>
    <message>
        <source>authentication options (old releases)</source>
        <translation>认证选项（旧版本）</translation>
    </message>
    <message>
        <source>authentication profile, as authselect</source>
        <translation>认证配置文件，用法同 authselect</translation>
    </message>
    <message>
        <source>partition the disks automatically</source>
        <translation>自动为磁盘分区</translation>
    </message>
    <message>
        <source>where and how the boot loader is installed</source>
        <translation>引导加载程序的安装位置和方式</translation>
    </message>
    <message>
        <source>install from the first optical drive</source>
        <translation>从第一个光驱安装</translation>
    </message>
    <message>
        <source>remove partitions before partitioning</source>
        <translation>分区前删除已有分区</translation>
    </message>
    <message>
        <source>non-interactive command-line install</source>
        <translation>非交互式命令行安装</translation>
    </message>
    <message>
        <source>accept the licence agreement</source>
        <translation>接受许可协议</translation>
    </message>
    <message>
        <source>firewall configuration of the installed system</source>
        <translation>已安装系统的防火墙配置</translation>
    </message>
    <message>
        <source>whether the first-boot setup runs</source>
        <translation>是否运行首次启动设置</translation>
    </message>
    <message>
        <source>graphical install</source>
        <translation>图形界面安装</translation>
    </message>
    <message>
        <source>create a user group</source>
        <translation>创建用户组</translation>
    </message>
    <message>
        <source>halt when the install is done</source>
        <translation>安装完成后停机</translation>
    </message>
    <message>
        <source>install from an image on a local disk</source>
        <translation>从本地磁盘上的镜像安装</translation>
    </message>
    <message>
        <source>disks the installer must not touch</source>
        <translation>安装程序不得改动的磁盘</translation>
    </message>
    <message>
        <source>keyboard layouts</source>
        <translation>键盘布局</translation>
    </message>
    <message>
        <source>language of the install and the system</source>
        <translation>安装过程和系统所用的语言</translation>
    </message>
    <message>
        <source>installer logging, also to a remote host</source>
        <translation>安装程序日志，也可发送到远程主机</translation>
    </message>
    <message>
        <source>create an LVM logical volume</source>
        <translation>创建 LVM 逻辑卷</translation>
    </message>
    <message>
        <source>mount an existing block device</source>
        <translation>挂载现有的块设备</translation>
    </message>
    <message>
        <source>network interfaces and host name</source>
        <translation>网络接口和主机名</translation>
    </message>
    <message>
        <source>install from an NFS server</source>
        <translation>从 NFS 服务器安装</translation>
    </message>
    <message>
        <source>install from an OSTree repository</source>
        <translation>从 OSTree 仓库安装</translation>
    </message>
    <message>
        <source>create a partition</source>
        <translation>创建分区</translation>
    </message>
    <message>
        <source>power off when the install is done</source>
        <translation>安装完成后关闭电源</translation>
    </message>
    <message>
        <source>create a software RAID device</source>
        <translation>创建软件 RAID 设备</translation>
    </message>
    <message>
        <source>reboot when the install is done</source>
        <translation>安装完成后重启</translation>
    </message>
    <message>
        <source>an extra package repository</source>
        <translation>额外的软件包仓库</translation>
    </message>
    <message>
        <source>the partitions the platform requires</source>
        <translation>平台所需的分区</translation>
    </message>
    <message>
        <source>the root password, or locking root</source>
        <translation>root 密码，或锁定 root 账户</translation>
    </message>
    <message>
        <source>SELinux mode of the installed system</source>
        <translation>已安装系统的 SELinux 模式</translation>
    </message>
    <message>
        <source>services to enable or disable</source>
        <translation>要启用或禁用的服务</translation>
    </message>
    <message>
        <source>shut down when the install is done</source>
        <translation>安装完成后关机</translation>
    </message>
    <message>
        <source>do not configure X</source>
        <translation>不配置 X</translation>
    </message>
    <message>
        <source>an SSH key for a user</source>
        <translation>用户的 SSH 密钥</translation>
    </message>
    <message>
        <source>a password for SSH into the installer</source>
        <translation>通过 SSH 登录安装程序所用的密码</translation>
    </message>
    <message>
        <source>text-mode install</source>
        <translation>文本模式安装</translation>
    </message>
    <message>
        <source>an NTP server or pool</source>
        <translation>NTP 服务器或服务器池</translation>
    </message>
    <message>
        <source>time zone, and whether the clock is UTC</source>
        <translation>时区，以及硬件时钟是否使用 UTC</translation>
    </message>
    <message>
        <source>install from an HTTP, HTTPS or FTP tree</source>
        <translation>从 HTTP、HTTPS 或 FTP 安装树安装</translation>
    </message>
    <message>
        <source>create a user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>create an LVM volume group</source>
        <translation>创建 LVM 卷组</translation>
    </message>
    <message>
        <source>X Window System settings</source>
        <translation>X Window System 设置</translation>
    </message>
    <message>
        <source>wipe invalid partition tables</source>
        <translation>清除无效的分区表</translation>
    </message>
    <message>
        <source>script run before the install</source>
        <translation>安装前运行的脚本</translation>
    </message>
    <message>
        <source>script run after partitioning, before packages</source>
        <translation>分区之后、安装软件包之前运行的脚本</translation>
    </message>
    <message>
        <source>script run after the install</source>
        <translation>安装后运行的脚本</translation>
    </message>
    <message>
        <source>packages, @groups and @^environments</source>
        <translation>软件包、组（@）和环境（@^）</translation>
    </message>
    <message>
        <source>script run when the install fails</source>
        <translation>安装失败时运行的脚本</translation>
    </message>
    <message>
        <source>ends a section</source>
        <translation>结束一个段</translation>
    </message>
    <message>
        <source>read another kickstart file here</source>
        <translation>在此处读入另一个 kickstart 文件</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message numerus="yes">
        <source>command with %n option(s)</source>
        <translation>
            <numerusform>带 %n 个选项的命令</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>开关选项</translation>
    </message>
    <message>
        <source>optional value</source>
        <translation>值可选</translation>
    </message>
    <message>
        <source>takes a number</source>
        <translation>需要数字</translation>
    </message>
    <message>
        <source>takes yes or no</source>
        <translation>需要 yes 或 no</translation>
    </message>
    <message>
        <source>takes a value</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>可选值：%1</translation>
    </message>
    <message>
        <source>prefer %1</source>
        <translation>建议使用 %1</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::KickstartOutline</name>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>snippet %1</source>
        <translation>片段 %1</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>双击打开 %1</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::KickstartView</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列号</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The profile this template is for; the release is remembered per profile</source>
        <translation>此模板所属的配置方案；每个配置方案会分别记住所选的版本</translation>
    </message>
    <message>
        <source>The file was changed by another program.</source>
        <translation>该文件已被其他程序修改。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置方案：</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Kickstart</source>
        <translation>Kickstart</translation>
    </message>
    <message>
        <source>&amp;Kickstart</source>
        <translation>Kickstart(&amp;K)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1（已修改）</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 was changed by another program and has been reloaded</source>
        <translation>%1 已被其他程序修改，已重新加载</translation>
    </message>
    <message>
        <source>&amp;New Template</source>
        <translation>新建模板(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>查找和替换(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Open %&amp;include at Cursor</source>
        <translation>打开光标处的 %include 文件(&amp;I)</translation>
    </message>
    <message>
        <source>Insert &amp;Snippet</source>
        <translation>插入片段(&amp;S)</translation>
    </message>
    <message>
        <source>Open Kickstart</source>
        <translation>打开 Kickstart 文件</translation>
    </message>
    <message>
        <source>Kickstart files (*.ks *.cfg *.ks.in);;All files (*)</source>
        <translation>Kickstart 文件 (*.ks *.cfg *.ks.in);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Kickstart</source>
        <translation>保存 Kickstart 文件</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The kickstart has changes that are not saved. Save them first?</source>
        <translation>此 kickstart 有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>Put the cursor on a %include line to open its file</source>
        <translation>请将光标放在 %include 行上以打开其引用的文件</translation>
    </message>
    <message>
        <source>%1 does not exist here; a %pre script may write it during the install</source>
        <translation>%1 在此处不存在；安装期间可能会由 %pre 脚本生成该文件</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Crashcart</source>
        <translation>关于 Crashcart(&amp;A)</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>About Crashcart</source>
        <translation>关于 Crashcart</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crashcart %1&lt;/h3&gt;&lt;p&gt;Installs Linux on bare-metal servers over the network, from the host inventory to a configured system.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crashcart %1&lt;/h3&gt;&lt;p&gt;通过网络在裸机服务器上安装 Linux：从主机清单到配置完成的系统。&lt;/p&gt;&lt;p&gt;自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::PreviewPane</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Template line</source>
        <translation>模板行号</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Add a host to the inventory to preview its kickstart.</source>
        <translation>向主机清单添加主机后，即可预览其 kickstart。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), </source>
        <translation>
            <numerusform>%n 行，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n 个错误，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in all</source>
        <translation>
            <numerusform>共 %n 条检查结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Default profile</source>
        <translation>默认配置方案</translation>
    </message>
    <message>
        <source>Language and workspace changes take effect the next time Crashcart starts.</source>
        <translation>语言和工作区的更改将在下次启动 Crashcart 时生效。</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>当前使用：%1</translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli</name>
    <message>
        <source>Use the workspace in DIR (default: $CRASHCART_WORKSPACE, else %1).</source>
        <translation>使用 DIR 中的工作区（默认：$CRASHCART_WORKSPACE，未设置时为 %1）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Check an import without writing anything.</source>
        <translation>只检查导入，不写入任何内容。</translation>
    </message>
    <message>
        <source>hosts</source>
        <translation>hosts</translation>
    </message>
    <message>
        <source>Crashcart without a screen: inventory and servers from the shell.

Commands:
  hosts import FILE.csv   import hosts; bad rows are listed as FILE:LINE: reason
  hosts list              list the hosts (--json for JSON)
  hosts export [FILE]     write the hosts as CSV (to standard output without FILE)
  serve                   run the TFTP and HTTP servers until interrupted
  ks lint [--release R] [--json] FILE...
                          check kickstart files (release RHEL9 unless given; ks --help)
  ks render --host MAC TEMPLATE
                          render a template for a host and lint it (ks render --help)</source>
        <translation>无界面的 Crashcart：在 shell 中管理主机清单和服务器。

命令：
  hosts import FILE.csv   导入主机；有问题的行以 FILE:LINE: 原因 的格式列出
  hosts list              列出主机（加 --json 输出 JSON）
  hosts export [FILE]     以 CSV 格式导出主机（未指定 FILE 时写到标准输出）
  serve                   运行 TFTP 和 HTTP 服务器，直到被中断
  ks lint [--release R] [--json] FILE...
                          检查 kickstart 文件（未指定版本时按 RHEL9 检查；详见 ks --help）
  ks render --host MAC TEMPLATE
                          为主机渲染模板并检查结果（详见 ks render --help）</translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::Hosts</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n host(s) would be imported, </source>
        <translation>
            <numerusform>%1: 将导入 %n 台主机，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected (dry run: nothing written)</source>
        <translation>
            <numerusform>拒绝 %n 行（试运行：未写入任何内容）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n host(s) imported, </source>
        <translation>
            <numerusform>%1: 已导入 %n 台主机，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>拒绝 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 无法写入：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 台主机导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: crashcart-cli hosts import FILE.csv [--dry-run]
       crashcart-cli hosts list [--json]
       crashcart-cli hosts export [FILE.csv]</source>
        <translation>用法：crashcart-cli hosts import FILE.csv [--dry-run]
      crashcart-cli hosts list [--json]
      crashcart-cli hosts export [FILE.csv]</translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::Kickstart</name>
    <message>
        <source>Check kickstart files the way the installer of a release reads them.
Prints FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]; exit 0 with no errors (warnings allowed), 1 with errors, 2 on usage.</source>
        <translation>按指定版本的安装程序读取 kickstart 文件的方式检查这些文件。
输出格式为 FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]；没有错误时退出码为 0（允许有警告），有错误时为 1，用法错误时为 2。</translation>
    </message>
    <message>
        <source>Check against release R (default %1; one of %2).</source>
        <translation>按版本 R 检查（默认 %1；可选：%2）。</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>以 JSON 格式输出检查结果。</translation>
    </message>
    <message>
        <source>Do not run shellcheck or python3 on script bodies.</source>
        <translation>不对脚本内容运行 shellcheck 或 python3。</translation>
    </message>
    <message>
        <source>lint FILE...: check the files</source>
        <translation>lint FILE...: 检查这些文件</translation>
    </message>
    <message>
        <source>usage: crashcart-cli ks lint [--release R] [--json] [--no-scripts] FILE...</source>
        <translation>用法：crashcart-cli ks lint [--release R] [--json] [--no-scripts] FILE...</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开：%2</translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::Render</name>
    <message>
        <source>Render a kickstart template for one host of the inventory, as the HTTP server will serve it, and lint the result.</source>
        <translation>为主机清单中的一台主机渲染 kickstart 模板（与 HTTP 服务器将提供的内容一致），并检查渲染结果。</translation>
    </message>
    <message>
        <source>The host&apos;s MAC address.</source>
        <translation>主机的 MAC 地址。</translation>
    </message>
    <message>
        <source>Use the workspace in DIR (default: $CRASHCART_WORKSPACE, else %1).</source>
        <translation>使用 DIR 中的工作区（默认：$CRASHCART_WORKSPACE，未设置时为 %1）。</translation>
    </message>
    <message>
        <source>Lint against release R (default %1).</source>
        <translation>按版本 R 检查（默认 %1）。</translation>
    </message>
    <message>
        <source>The address hosts reach Crashcart at (default: this machine&apos;s first IPv4 address).</source>
        <translation>主机访问 Crashcart 所用的地址（默认：本机的第一个 IPv4 地址）。</translation>
    </message>
    <message>
        <source>The HTTP port (default 80).</source>
        <translation>HTTP 端口（默认 80）。</translation>
    </message>
    <message>
        <source>The TFTP port (default 69).</source>
        <translation>TFTP 端口（默认 69）。</translation>
    </message>
    <message>
        <source>The install token (default: a fresh random one).</source>
        <translation>安装令牌（默认：新生成一个随机令牌）。</translation>
    </message>
    <message>
        <source>Do not lint the rendered kickstart.</source>
        <translation>不检查渲染后的 kickstart。</translation>
    </message>
    <message>
        <source>Do not run shellcheck or python3 on script bodies.</source>
        <translation>不对脚本内容运行 shellcheck 或 python3。</translation>
    </message>
    <message>
        <source>The kickstart template.</source>
        <translation>kickstart 模板。</translation>
    </message>
    <message>
        <source>usage: crashcart-cli ks render --host MAC [--workspace DIR] [--release R] [--server ADDR] [--http-port N] [--tftp-port N] [--token T] [--no-lint] [--no-scripts] TEMPLATE</source>
        <translation>用法：crashcart-cli ks render --host MAC [--workspace DIR] [--release R] [--server ADDR] [--http-port N] [--tftp-port N] [--token T] [--no-lint] [--no-scripts] TEMPLATE</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开：%2</translation>
    </message>
    <message>
        <source>No host with MAC %1 in the inventory of %2</source>
        <translation>%2 的主机清单中没有 MAC 为 %1 的主机</translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::Serve</name>
    <message>
        <source>serve: publish DIR over TFTP and HTTP (default: the workspace&apos;s tftp/ and http/).</source>
        <translation>serve: 通过 TFTP 和 HTTP 发布 DIR（默认：工作区的 tftp/ 和 http/）。</translation>
    </message>
    <message>
        <source>serve: the address to listen on (default 0.0.0.0).</source>
        <translation>serve: 监听地址（默认 0.0.0.0）。</translation>
    </message>
    <message>
        <source>serve: the TFTP port (default 69; 0 picks a free one; off disables TFTP).</source>
        <translation>serve: TFTP 端口（默认 69；0 表示自动选择空闲端口；off 表示禁用 TFTP）。</translation>
    </message>
    <message>
        <source>serve: the HTTP port (default 80; 0 picks a free one; off disables HTTP).</source>
        <translation>serve: HTTP 端口（默认 80；0 表示自动选择空闲端口；off 表示禁用 HTTP）。</translation>
    </message>
    <message>
        <source>serve: the network interface DHCP answers on.</source>
        <translation>serve: DHCP 应答所用的网络接口。</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not an IP address</source>
        <translation>--listen: &apos;%1&apos; 不是 IP 地址</translation>
    </message>
    <message>
        <source>--tftp-port and --http-port take a number from 0 to 65535, or off</source>
        <translation>--tftp-port 和 --http-port 的取值应为 0 到 65535 之间的数字或 off</translation>
    </message>
    <message>
        <source>--dhcp takes off, proxy or full</source>
        <translation>--dhcp 的取值应为 off、proxy 或 full</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>Cannot set up signal handling</source>
        <translation>无法设置信号处理</translation>
    </message>
    <message>
        <source>serve: DHCP mode (default off; proxy answers PXE clients only, next to the site&apos;s DHCP server).</source>
        <translation>serve: DHCP 模式（默认 off；proxy 只应答 PXE 客户端，与现有的 DHCP 服务器并存）。</translation>
    </message>
    <message>
        <source>serve: the proxyDHCP port (default 67).</source>
        <translation>serve: proxyDHCP 端口（默认 67）。</translation>
    </message>
    <message>
        <source>serve: the PXE port UEFI firmware asks next (default 4011).</source>
        <translation>serve: UEFI 固件随后询问的 PXE 端口（默认 4011）。</translation>
    </message>
    <message>
        <source>--dhcp full: handing out addresses is not part of this build yet; use --dhcp proxy next to the site&apos;s DHCP server</source>
        <translation>--dhcp full: 此版本的构建尚不能分配地址；请使用 --dhcp proxy，与现有的 DHCP 服务器并存</translation>
    </message>
    <message>
        <source>--dhcp-port and --pxe-port take a number from 0 to 65535</source>
        <translation>--dhcp-port 和 --pxe-port 的取值为 0 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>Crashcart::Hostname</name>
    <message>
        <source>&apos;%1&apos; is not a valid host name: %2</source>
        <translation>&apos;%1&apos; 不是有效的主机名：%2</translation>
    </message>
    <message>
        <source>The host name is empty</source>
        <translation>主机名为空</translation>
    </message>
    <message>
        <source>longer than 253 characters</source>
        <translation>超过 253 个字符</translation>
    </message>
    <message>
        <source>it is an IP address</source>
        <translation>这是一个 IP 地址</translation>
    </message>
    <message>
        <source>it has an empty label</source>
        <translation>包含空的域名标签</translation>
    </message>
    <message>
        <source>the label &apos;%1&apos; is longer than 63 characters</source>
        <translation>域名标签 &apos;%1&apos; 超过 63 个字符</translation>
    </message>
    <message>
        <source>a label cannot start or end with &apos;-&apos;</source>
        <translation>域名标签不能以 &apos;-&apos; 开头或结尾</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed (a label holds letters a-z, digits and &apos;-&apos;; dots separate labels)</source>
        <translation>不允许使用 &apos;%1&apos;（域名标签只能包含字母 a-z、数字和 &apos;-&apos;，标签之间用点分隔）</translation>
    </message>
</context>
<context>
    <name>Crashcart::Inventory::CsvReader</name>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>从第 %1 行开始的带引号字段没有闭合</translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is longer than %2 bytes (is a quote left open?)</source>
        <translation>从第 %1 行开始的带引号字段超过 %2 字节（是否有引号未闭合？）</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>闭合引号后出现意外的文本</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>未加引号的字段中出现了引号（请用引号括起整个字段，并将字段内的引号写成两个）</translation>
    </message>
    <message>
        <source>a field is longer than %1 bytes</source>
        <translation>有字段超过 %1 字节</translation>
    </message>
</context>
<context>
    <name>Crashcart::Inventory::Database</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation>未安装 Qt 的 SQLite 驱动（Debian 软件包 libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>Cannot open the inventory database %1: %2</source>
        <translation>无法打开主机清单数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot set up the inventory database %1: %2</source>
        <translation>无法初始化主机清单数据库 %1：%2</translation>
    </message>
    <message>
        <source>The inventory %1 was written by a newer Crashcart (schema %2; this one knows %3)</source>
        <translation>主机清单 %1 由更新版本的 Crashcart 写入（schema 版本 %2；当前版本只支持到 %3）</translation>
    </message>
    <message>
        <source>The inventory&apos;s schema version cannot be read: %1</source>
        <translation>无法读取主机清单的 schema 版本：%1</translation>
    </message>
    <message>
        <source>Updating the inventory to schema %1 failed: %2</source>
        <translation>将主机清单升级到 schema 版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>Database error (%1): %2</source>
        <translation>数据库错误（%1）：%2</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>无法提交事务：%1</translation>
    </message>
</context>
<context>
    <name>Crashcart::Inventory::EventLog</name>
    <message>
        <source>Added to the inventory</source>
        <translation>已添加到主机清单</translation>
    </message>
    <message>
        <source>Imported from CSV</source>
        <translation>已从 CSV 导入</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
</context>
<context>
    <name>Crashcart::Inventory::Host</name>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置方案</translation>
    </message>
    <message>
        <source>BMC address</source>
        <translation>BMC 地址</translation>
    </message>
    <message>
        <source>BMC type</source>
        <translation>BMC 类型</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>Ready to install</source>
        <translation>待安装</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>安装中</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag (a word of letters, digits and _ . : / -, optionally followed by =value)</source>
        <translation>&apos;%1&apos; 不是有效的标签（应为由字母、数字和 _ . : / - 组成的单词，后面可带 =value）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid profile name (letters, digits, _ . -, up to 64)</source>
        <translation>&apos;%1&apos; 不是有效的配置方案名称（只能包含字母、数字和 _ . -，最多 64 个字符）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an IP address nor a host name for the BMC</source>
        <translation>&apos;%1&apos; 既不是 IP 地址也不是主机名，不能用作 BMC 地址</translation>
    </message>
    <message>
        <source>Unknown BMC type &apos;%1&apos; (known: %2)</source>
        <translation>未知的 BMC 类型 &apos;%1&apos;（已知类型：%2）</translation>
    </message>
    <message>
        <source>Notes are limited to %1 characters</source>
        <translation>备注最多 %1 个字符</translation>
    </message>
    <message>
        <source>Notes cannot contain control characters (U+%1)</source>
        <translation>备注不能包含控制字符（U+%1）</translation>
    </message>
</context>
<context>
    <name>Crashcart::Inventory::HostCsv</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is empty: the first row must name the columns, e.g. mac,hostname,ip</source>
        <translation>文件为空：第一行必须是列名，例如 mac,hostname,ip</translation>
    </message>
    <message>
        <source>Line %1: the header row is malformed: %2</source>
        <translation>第 %1 行：表头行格式错误：%2</translation>
    </message>
    <message>
        <source>Line %1: unknown column &apos;%2&apos; (known columns: %3)</source>
        <translation>第 %1 行：未知的列 &apos;%2&apos;（已知的列：%3）</translation>
    </message>
    <message>
        <source>Line %1: the column &apos;%2&apos; appears twice</source>
        <translation>第 %1 行：列 &apos;%2&apos; 出现了两次</translation>
    </message>
    <message>
        <source>Line %1: there is no &apos;mac&apos; column; it is the one column every file needs</source>
        <translation>第 %1 行：缺少 &apos;mac&apos; 列，这是每个文件唯一必需的列</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported</source>
        <translation>导入已取消，未导入任何内容</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source> (the row runs over lines %1: is a quote left open?)</source>
        <translation>（该行跨越第 %1 行：是否有引号未闭合？）</translation>
    </message>
    <message>
        <source>the %1 column is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>%1 列不是有效的 UTF-8（请将文件保存为 UTF-8 编码）</translation>
    </message>
    <message>
        <source> (line %1 of this file)</source>
        <translation>（本文件第 %1 行）</translation>
    </message>
    <message>
        <source>Writing the CSV failed: %1</source>
        <translation>写入 CSV 失败：%1</translation>
    </message>
</context>
<context>
    <name>Crashcart::Inventory::HostRepository</name>
    <message>
        <source>The MAC %1 is already in the inventory as %2</source>
        <translation>MAC %1 已作为 %2 存在于主机清单中</translation>
    </message>
    <message>
        <source>The host name %1 is already used by %2</source>
        <translation>主机名 %1 已被 %2 使用</translation>
    </message>
    <message>
        <source>The IP address %1 is already used by %2</source>
        <translation>IP 地址 %1 已被 %2 使用</translation>
    </message>
    <message>
        <source>The inventory holds an unreadable MAC &apos;%1&apos;</source>
        <translation>主机清单中有无法读取的 MAC &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot count the hosts</source>
        <translation>无法统计主机数量</translation>
    </message>
    <message>
        <source>A host needs a MAC address</source>
        <translation>主机必须有 MAC 地址</translation>
    </message>
    <message>
        <source>The host %1 is no longer in the inventory</source>
        <translation>主机 %1 已不在主机清单中</translation>
    </message>
    <message>
        <source>Nothing was imported: storing %1 failed: %2</source>
        <translation>未导入任何内容：保存 %1 失败：%2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported</source>
        <translation>导入已取消，未导入任何内容</translation>
    </message>
</context>
<context>
    <name>Crashcart::IpAddress</name>
    <message>
        <source>&apos;%1&apos; is not a usable IP address: %2</source>
        <translation>&apos;%1&apos; 不是可用的 IP 地址：%2</translation>
    </message>
    <message>
        <source>The IP address is empty</source>
        <translation>IP 地址为空</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <source>a scope (%) belongs to an interface, not to a host</source>
        <translation>作用域（%）属于网络接口，而不属于主机</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>包含意外的字符</translation>
    </message>
    <message>
        <source>not an IPv6 address</source>
        <translation>不是 IPv6 地址</translation>
    </message>
    <message>
        <source>expected four numbers separated by dots</source>
        <translation>应为以点分隔的四个数字</translation>
    </message>
    <message>
        <source>leading zeros are ambiguous (octal or decimal?)</source>
        <translation>前导零有歧义（八进制还是十进制？）</translation>
    </message>
    <message>
        <source>each number must be 0 to 255</source>
        <translation>每段数值必须在 0 到 255 之间</translation>
    </message>
    <message>
        <source>it is a loopback address</source>
        <translation>这是一个环回地址</translation>
    </message>
    <message>
        <source>it is the unspecified address</source>
        <translation>这是未指定地址</translation>
    </message>
    <message>
        <source>it is a multicast or broadcast address</source>
        <translation>这是一个组播或广播地址</translation>
    </message>
</context>
<context>
    <name>Crashcart::Kickstart::CommandTable</name>
    <message>
        <source>Unknown release &apos;%1&apos; (known: %2)</source>
        <translation>未知的版本 &apos;%1&apos;（已知版本：%2）</translation>
    </message>
</context>
<context>
    <name>Crashcart::Kickstart::Linter</name>
    <message>
        <source>the command &apos;%1&apos; does not exist in %2 (it does in %3)</source>
        <translation>%2 中没有命令 &apos;%1&apos;（%3 中有）</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知的命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>未知的命令 &apos;%1&apos;（你是不是想写 &apos;%2&apos;？）</translation>
    </message>
    <message>
        <source>raid needs --level (for example --level=RAID1)</source>
        <translation>raid 需要 --level 选项（例如 --level=RAID1）</translation>
    </message>
    <message>
        <source>this quote is never closed (the installer stops reading the file here)</source>
        <translation>此引号没有闭合（安装程序会在此处停止读取文件）</translation>
    </message>
    <message>
        <source>kickstart has no line continuation: write the command on one line</source>
        <translation>kickstart 不支持续行：请将命令写在同一行</translation>
    </message>
    <message>
        <source>&apos;#&apos; starts a comment here and the rest of the line is ignored; quote the value if &apos;#&apos; belongs to it</source>
        <translation>&apos;#&apos; 在此处开始注释，该行其余内容将被忽略；如果 &apos;#&apos; 是值的一部分，请给值加上引号</translation>
    </message>
    <message>
        <source>the command &apos;%1&apos; was removed in %2</source>
        <translation>命令 &apos;%1&apos; 已在 %2 中移除</translation>
    </message>
    <message>
        <source>the command &apos;%1&apos; is deprecated in %2 and has no effect</source>
        <translation>命令 &apos;%1&apos; 在 %2 中已弃用，不再起作用</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; needs %n argument(s)</source>
        <translation>
            <numerusform>&apos;%1&apos; 需要 %n 个参数</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 有多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used together with &apos;%2&apos; (line %3)</source>
        <translation>&apos;%1&apos; 不能与 &apos;%2&apos;（第 %3 行）同时使用</translation>
    </message>
    <message>
        <source>&apos;%1&apos; conflicts with &apos;%2&apos; on line %3: only the last one takes effect</source>
        <translation>&apos;%1&apos; 与第 %3 行的 &apos;%2&apos; 冲突：只有最后一个生效</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given again (first on line %2): only the last one takes effect</source>
        <translation>&apos;%1&apos; 重复出现（首次出现在第 %2 行）：只有最后一个生效</translation>
    </message>
    <message>
        <source>%1 has no %end: the file ends on line %2 without closing it</source>
        <translation>%1 段缺少 %end：文件在第 %2 行结束，而该段仍未关闭</translation>
    </message>
    <message>
        <source>%1 has no %end: the next section starts on line %2</source>
        <translation>%1 段缺少 %end：下一个段从第 %2 行开始</translation>
    </message>
    <message>
        <source>%1 opened on line %2 does not end with %end before this section</source>
        <translation>从第 %2 行开始的 %1 段在此段之前没有以 %end 结束</translation>
    </message>
    <message>
        <source>a group name is missing after &apos;@&apos;</source>
        <translation>&apos;@&apos; 后缺少组名</translation>
    </message>
    <message>
        <source>one group per line: &apos;%1&apos; is not a group option (--nodefaults or --optional)</source>
        <translation>每行只能写一个组：&apos;%1&apos; 不是组选项（--nodefaults 或 --optional）</translation>
    </message>
    <message>
        <source>environments (@^) take no options</source>
        <translation>环境（@^）不接受选项</translation>
    </message>
    <message>
        <source>a package name is missing after &apos;-&apos;</source>
        <translation>&apos;-&apos; 后缺少软件包名</translation>
    </message>
    <message>
        <source>only groups (@name) take options; &apos;%1&apos; is a package</source>
        <translation>只有组（@name）可以带选项；&apos;%1&apos; 是软件包</translation>
    </message>
    <message>
        <source>one package per line: &apos;%1&apos; would be read as part of the name</source>
        <translation>每行只能写一个软件包：&apos;%1&apos; 会被当作包名的一部分</translation>
    </message>
    <message>
        <source>unknown section %1</source>
        <translation>未知的段 %1</translation>
    </message>
    <message>
        <source>unknown section %1 (did you mean %2?)</source>
        <translation>未知的段 %1（你是不是想写 %2？）</translation>
    </message>
    <message>
        <source>the section %1 is deprecated in %2: use %onerror</source>
        <translation>%1 段在 %2 中已弃用：请改用 %onerror</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for %2</source>
        <translation>%2 段头中有多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--nochroot applies to %post only</source>
        <translation>--nochroot 只适用于 %post 段</translation>
    </message>
    <message>
        <source>%end without a section to close</source>
        <translation>多余的 %end：没有需要结束的段</translation>
    </message>
    <message>
        <source>%1 needs a path or URL</source>
        <translation>%1 需要路径或 URL</translation>
    </message>
    <message>
        <source>%1 takes one path</source>
        <translation>%1 只接受一个路径</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; cannot be found, and no earlier %pre writes it</source>
        <translation>%1: 找不到 &apos;%2&apos;，之前的 %pre 段也不会生成该文件</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &apos;%2&apos;</source>
        <translation>%1 需要整数，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 needs yes or no, not &apos;%2&apos;</source>
        <translation>%1 需要 yes 或 no，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 does not accept &apos;%2&apos; (choose from: %3)</source>
        <translation>%1 不接受 &apos;%2&apos;（可选值：%3）</translation>
    </message>
    <message>
        <source>ambiguous option %1 for %2: it could be %3</source>
        <translation>%2 的选项 %1 有歧义：可能是 %3</translation>
    </message>
    <message>
        <source>the option %1 of %2 was removed in this release</source>
        <translation>%2 的选项 %1 已在此版本中移除</translation>
    </message>
    <message>
        <source>unknown option %1 for %2</source>
        <translation>%2 的未知选项 %1</translation>
    </message>
    <message>
        <source>unknown option %1 for %2 (did you mean %3?)</source>
        <translation>%2 的未知选项 %1（你是不是想写 %3？）</translation>
    </message>
    <message>
        <source>the option %1 of %2 is deprecated and has no effect</source>
        <translation>%2 的选项 %1 已弃用，不再起作用</translation>
    </message>
    <message>
        <source>%1 will be deprecated: write %2 instead</source>
        <translation>%1 即将被弃用：请改用 %2</translation>
    </message>
    <message>
        <source>%1 takes no value (remove &apos;=%2&apos;)</source>
        <translation>%1 不接受值（请删除 &apos;=%2&apos;）</translation>
    </message>
    <message>
        <source>%1 needs a value (%1=VALUE)</source>
        <translation>%1 需要一个值（%1=VALUE）</translation>
    </message>
    <message>
        <source>%1 requires %2</source>
        <translation>%1 缺少必需的选项 %2</translation>
    </message>
    <message>
        <source>shellcheck is not installed: shell scripts were not checked</source>
        <translation>未安装 shellcheck：未检查 shell 脚本</translation>
    </message>
    <message>
        <source>shellcheck did not finish in time: this script was not checked</source>
        <translation>shellcheck 未能及时完成：未检查此脚本</translation>
    </message>
    <message>
        <source>python3 is not installed: Python scripts were not checked</source>
        <translation>未安装 python3：未检查 Python 脚本</translation>
    </message>
    <message>
        <source>python3 did not finish in time: this script was not checked</source>
        <translation>python3 未能及时完成：未检查此脚本</translation>
    </message>
    <message>
        <source>Python syntax error: %1</source>
        <translation>Python 语法错误：%1</translation>
    </message>
</context>
<context>
    <name>Crashcart::Kickstart::Template</name>
    <message>
        <source>&apos;%1&apos; is not a variable name or a quoted string</source>
        <translation>&apos;%1&apos; 既不是变量名，也不是带引号的字符串</translation>
    </message>
    <message>
        <source>default needs a quoted value: default &quot;...&quot;</source>
        <translation>default 需要一个带引号的值：default &quot;...&quot;</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos; (default, quote)</source>
        <translation>未知的过滤器 &apos;%1&apos;（可用：default、quote）</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; is not set for this host (add | default &quot;...&quot;)</source>
        <translation>此主机未设置变量 &apos;%1&apos;（可添加 | default &quot;...&quot;）</translation>
    </message>
    <message>
        <source>unknown variable &apos;%1&apos;</source>
        <translation>未知的变量 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; spans lines</source>
        <translation>&apos;%1&apos; 的值跨越了多行</translation>
    </message>
    <message>
        <source>in snippet %1, line %2: %3</source>
        <translation>片段 %1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>snippets include each other too deeply (at %1)</source>
        <translation>片段相互包含的层级过深（位于 %1）</translation>
    </message>
    <message>
        <source>unknown snippet &apos;%1&apos;</source>
        <translation>未知的片段 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed by &apos;}}&apos; on this line</source>
        <translation>本行中的 &apos;{{&apos; 没有对应的 &apos;}}&apos; 闭合</translation>
    </message>
    <message>
        <source>a snippet ({{&gt; name }}) must stand on a line of its own</source>
        <translation>片段（{{&gt; name }}）必须单独占一行</translation>
    </message>
    <message>
        <source>empty &apos;{{ }}&apos;</source>
        <translation>空的 &apos;{{ }}&apos;</translation>
    </message>
</context>
<context>
    <name>Crashcart::MacAddress</name>
    <message>
        <source>&apos;%1&apos; is not a MAC address (expected aa:bb:cc:dd:ee:ff, aa-bb-cc-dd-ee-ff, aabb.ccdd.eeff or aabbccddeeff)</source>
        <translation>&apos;%1&apos; 不是 MAC 地址（应为 aa:bb:cc:dd:ee:ff、aa-bb-cc-dd-ee-ff、aabb.ccdd.eeff 或 aabbccddeeff 格式）</translation>
    </message>
    <message>
        <source>The MAC address is missing</source>
        <translation>缺少 MAC 地址</translation>
    </message>
    <message>
        <source>%1 is the all-zero address, not a NIC&apos;s</source>
        <translation>%1 是全零地址，不是网卡地址</translation>
    </message>
    <message>
        <source>%1 is a multicast or broadcast address, not a NIC&apos;s</source>
        <translation>%1 是组播或广播地址，不是网卡地址</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::BindHint</name>
    <message>
        <source>Port %1 is privileged. Either allow this program to bind it (sudo setcap cap_net_bind_service=+ep %2) or choose a port above 1023 with %3.</source>
        <translation>端口 %1 是特权端口。请允许本程序绑定该端口（sudo setcap cap_net_bind_service=+ep %2），或使用 %3 选择大于 1023 的端口。</translation>
    </message>
    <message>
        <source>Port %1 is taken by another program (see: ss -lunp &apos;sport = :%1&apos;); stop it or choose another port with %2.</source>
        <translation>端口 %1 已被其他程序占用（查看：ss -lunp &apos;sport = :%1&apos;）；请停止该程序，或使用 %2 选择其他端口。</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Bootloaders</name>
    <message>
        <source>%1 is not in %2: %3 clients cannot boot. Copy it: cp %4 %2/%1</source>
        <translation>%2 中没有 %1：%3 客户端无法启动。请复制：cp %4 %2/%1</translation>
    </message>
    <message>
        <source>%1 is not in %2 and the package %3 is not installed: %4 clients cannot boot. Install it (apt-get install %3) and copy %5 to %2/%1</source>
        <translation>%2 中没有 %1，且未安装软件包 %3：%4 客户端无法启动。请安装（apt-get install %3）并将 %5 复制到 %2/%1</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Dhcp::Packet</name>
    <message>
        <source>Malformed DHCP packet: %1</source>
        <translation>DHCP 数据包格式错误：%1</translation>
    </message>
    <message>
        <source>%1 bytes is shorter than a BOOTP header</source>
        <translation>%1 字节，短于 BOOTP 头部</translation>
    </message>
    <message>
        <source>%1 bytes is too long</source>
        <translation>%1 字节，过长</translation>
    </message>
    <message>
        <source>no DHCP magic cookie</source>
        <translation>缺少 DHCP magic cookie</translation>
    </message>
    <message>
        <source>op %1 is neither request nor reply</source>
        <translation>op %1 既不是请求也不是应答</translation>
    </message>
    <message>
        <source>a hardware address of %1 bytes</source>
        <translation>长度为 %1 字节的硬件地址</translation>
    </message>
    <message>
        <source>an option runs past the end of the packet</source>
        <translation>有选项超出了数据包末尾</translation>
    </message>
    <message>
        <source>an overloaded option runs past the file field</source>
        <translation>有重载选项超出了 file 字段</translation>
    </message>
    <message>
        <source>an overloaded option runs past the sname field</source>
        <translation>有重载选项超出了 sname 字段</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Dhcp::Server</name>
    <message>
        <source>The proxyDHCP server cannot listen on %1 port %2: %3. %4</source>
        <translation>proxyDHCP 服务器无法在 %1 的 %2 端口上监听：%3。%4</translation>
    </message>
    <message>
        <source>Cannot limit proxyDHCP to the interface %1 (it needs CAP_NET_RAW or root, and the interface must exist)</source>
        <translation>无法将 proxyDHCP 限定在网络接口 %1 上（需要 CAP_NET_RAW 或 root 权限，且该接口必须存在）</translation>
    </message>
    <message>
        <source>proxyDHCP needs the IPv4 address clients should boot from (--listen or --interface)</source>
        <translation>proxyDHCP 需要客户端用于启动的 IPv4 地址（--listen 或 --interface）</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::FileCache</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Http::Server</name>
    <message>
        <source>Cannot create a socket: %1</source>
        <translation>无法创建套接字：%1</translation>
    </message>
    <message>
        <source>The HTTP server cannot listen on %1 port %2: %3. %4</source>
        <translation>HTTP 服务器无法在 %1 的端口 %2 上监听：%3。%4</translation>
    </message>
    <message>
        <source>The HTTP server could not start (libmicrohttpd refused the settings)</source>
        <translation>HTTP 服务器无法启动（libmicrohttpd 拒绝了这些设置）</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::ServedRoot</name>
    <message>
        <source>No folder is being served</source>
        <translation>当前没有发布目录</translation>
    </message>
    <message>
        <source>The requested name is empty or too long</source>
        <translation>请求的名称为空或过长</translation>
    </message>
    <message>
        <source>The requested name is not valid UTF-8</source>
        <translation>请求的名称不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>The requested name contains a control character</source>
        <translation>请求的名称包含控制字符</translation>
    </message>
    <message>
        <source>The requested name contains a backslash</source>
        <translation>请求的名称包含反斜杠</translation>
    </message>
    <message>
        <source>The requested name climbs out with &apos;..&apos;</source>
        <translation>请求的名称通过 &apos;..&apos; 跳出了发布目录</translation>
    </message>
    <message>
        <source>The requested name is the root folder</source>
        <translation>请求的名称指向发布目录本身</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <source>%1 leads outside the served folder</source>
        <translation>%1 指向发布目录之外</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Tftp::Packet</name>
    <message>
        <source>Malformed TFTP packet: %1</source>
        <translation>TFTP 数据包格式错误：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) is too short</source>
        <translation>
            <numerusform>仅 %n 字节，过短</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes is too long</source>
        <translation>%1 字节，过长</translation>
    </message>
    <message>
        <source>a request of %1 bytes</source>
        <translation>请求长达 %1 字节</translation>
    </message>
    <message>
        <source>the request lacks a file name or mode</source>
        <translation>请求缺少文件名或传输模式</translation>
    </message>
    <message>
        <source>an option without a value</source>
        <translation>有选项缺少值</translation>
    </message>
    <message>
        <source>an empty file name</source>
        <translation>文件名为空</translation>
    </message>
    <message>
        <source>an option without a name</source>
        <translation>有选项缺少名称</translation>
    </message>
    <message>
        <source>an ACK of %1 bytes</source>
        <translation>长度为 %1 字节的 ACK</translation>
    </message>
    <message>
        <source>a broken OACK</source>
        <translation>OACK 已损坏</translation>
    </message>
    <message>
        <source>unknown opcode %1</source>
        <translation>未知的操作码 %1</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Tftp::Server</name>
    <message>
        <source>The TFTP server cannot listen on %1 port %2: %3. %4</source>
        <translation>TFTP 服务器无法在 %1 的端口 %2 上监听：%3。%4</translation>
    </message>
    <message>
        <source>write request refused: the server is read-only</source>
        <translation>已拒绝写请求：服务器为只读</translation>
    </message>
    <message>
        <source>unexpected packet on the request port</source>
        <translation>请求端口上收到意外的数据包</translation>
    </message>
    <message>
        <source>unknown transfer mode &apos;%1&apos;</source>
        <translation>未知的传输模式 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>netascii mode refused</source>
        <translation>已拒绝 netascii 模式</translation>
    </message>
    <message>
        <source>too many transfers at once (%1)</source>
        <translation>同时进行的传输过多（%1）</translation>
    </message>
    <message>
        <source>no socket for the transfer: %1</source>
        <translation>无法为传输创建套接字：%1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Tftp::Transfer</name>
    <message>
        <source>the file could not be read (changed or removed while being sent)</source>
        <translation>无法读取文件（发送过程中文件被修改或删除）</translation>
    </message>
    <message>
        <source>the client ended the transfer: %1</source>
        <translation>客户端终止了传输：%1</translation>
    </message>
    <message>
        <source>the client sent something other than an ACK</source>
        <translation>客户端发送的不是 ACK</translation>
    </message>
    <message numerus="yes">
        <source>the client stopped answering (%n retransmission(s))</source>
        <translation>
            <numerusform>客户端已停止响应（已重传 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Workspace</name>
    <message>
        <source>No workspace folder was given</source>
        <translation>未指定工作区文件夹</translation>
    </message>
    <message>
        <source>The workspace %1 is a file, not a folder</source>
        <translation>工作区 %1 是文件，而不是文件夹</translation>
    </message>
    <message>
        <source>Cannot create the workspace folder %1</source>
        <translation>无法创建工作区文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot create %1 in the workspace %2</source>
        <translation>无法在工作区 %2 中创建 %1</translation>
    </message>
    <message>
        <source>The workspace %1 is not writable</source>
        <translation>工作区 %1 不可写</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use the workspace in DIR.</source>
        <translation>使用 DIR 中的工作区。</translation>
    </message>
    <message>
        <source>Show the interface in LANG (en, zh_CN).</source>
        <translation>以 LANG 语言显示界面（en, zh_CN）。</translation>
    </message>
    <message>
        <source>Crashcart</source>
        <translation>Crashcart</translation>
    </message>
</context>
</TS>
