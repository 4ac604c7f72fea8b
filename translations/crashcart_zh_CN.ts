<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Crashcart::App::BinaryDialog</name>
    <message>
        <source>&amp;Plan</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <source>Add Binary with Libraries</source>
        <translation>添加二进制文件及其库</translation>
    </message>
    <message>
        <source>The program, its interpreter and every library the dynamic loader of this system would load for it, with the symlinks on their way. Nothing is added until you apply.</source>
        <translation>程序本身、其解释器，以及本系统的动态加载器会为它加载的所有库，连同路径上的符号链接。在应用之前不会添加任何内容。</translation>
    </message>
    <message>
        <source>e.g. /usr/sbin/mdadm</source>
        <translation>例如 /usr/sbin/mdadm</translation>
    </message>
    <message>
        <source>the same folder as on this system</source>
        <translation>与本系统上相同的文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>程序：</translation>
    </message>
    <message>
        <source>Folder in the image:</source>
        <translation>镜像中的文件夹：</translation>
    </message>
    <message>
        <source>&amp;Add to the Image</source>
        <translation>添加到镜像(&amp;A)</translation>
    </message>
    <message>
        <source>Program to Add</source>
        <translation>要添加的程序</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>正在规划…</translation>
    </message>
    <message>
        <source>The image already has everything.</source>
        <translation>镜像中已包含所需的全部内容。</translation>
    </message>
    <message>
        <source>Cannot add: what is missing must be found first.</source>
        <translation>无法添加：必须先找到缺失的文件。</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::BmcLoginDialog</name>
    <message>
        <source>BMC Login</source>
        <translation>BMC 登录凭据</translation>
    </message>
    <message numerus="yes">
        <source>The BMC user and password of %n host(s): %1.
Kept in the system keychain only, never in the inventory, a file or a command line.</source>
        <translation>
            <numerusform>%n 台主机的 BMC 用户名和密码：%1。
仅保存在系统密钥环中，绝不会写入主机清单、文件或命令行。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Both the user and the password are needed.</source>
        <translation>用户名和密码均为必填项。</translation>
    </message>
</context>
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
    <name>Crashcart::App::DepPlanView</name>
    <message>
        <source>In the image</source>
        <translation>镜像中的路径</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 to add, %2 already in the image, %3 missing</source>
        <translation>待添加 %1 个，镜像中已有 %2 个，缺失 %3 个</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>already in the image</source>
        <translation>镜像中已有</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>替换现有</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>待添加</translation>
    </message>
    <message>
        <source>new folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>symlink to %1</source>
        <translation>指向 %1 的符号链接</translation>
    </message>
    <message>
        <source>generated, %1 bytes</source>
        <translation>自动生成，%1 字节</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::EntryPropertiesPane</name>
    <message>
        <source>Select an entry to see its properties.</source>
        <translation>选择一个条目以查看其属性。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Owner (uid:gid)</source>
        <translation>所有者（uid:gid）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 字节（%2）</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Link target</source>
        <translation>链接目标</translation>
    </message>
    <message>
        <source>Hard link to</source>
        <translation>硬链接到</translation>
    </message>
    <message>
        <source>Device (major:minor)</source>
        <translation>设备号（主:次）</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>段</translation>
    </message>
    <message>
        <source>new (pending)</source>
        <translation>新增（待保存）</translation>
    </message>
    <message>
        <source>Header offset</source>
        <translation>头部偏移量</translation>
    </message>
    <message>
        <source>Inode, links</source>
        <translation>inode，链接数</translation>
    </message>
    <message>
        <source>CRC-32</source>
        <translation>CRC-32</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待保存</translation>
    </message>
    <message>
        <source>No preview: larger than %1.</source>
        <translation>无预览：大于 %1。</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Cannot read the content: %1</source>
        <translation>无法读取内容：%1</translation>
    </message>
    <message>
        <source>No preview: not text.</source>
        <translation>无预览：不是文本。</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::EntryTreeModel</name>
    <message>
        <source>%1 %2:%3</source>
        <translation>%1 %2:%3</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>段</translation>
    </message>
    <message>
        <source>Link target</source>
        <translation>链接目标</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待保存</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::EventLogModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::EventLogPanel</name>
    <message>
        <source>Filter by host, MAC or text…</source>
        <translation>按主机、MAC 或文本筛选…</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>所有服务器</translation>
    </message>
    <message>
        <source>Double-click a host to show only its events</source>
        <translation>双击主机可仅显示该主机的事件</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 / %2 个事件</translation>
    </message>
    <message>
        <source>The last %1 events are kept</source>
        <translation>仅保留最近 %1 个事件</translation>
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
    <message>
        <source>waiting for boot</source>
        <translation>等待启动</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>on</source>
        <translation>已开机</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Read from the BMC %1</source>
        <translation>于 %1 从 BMC 读取</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电源</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::HostTimeline</name>
    <message>
        <source>installer</source>
        <translation>安装程序</translation>
    </message>
    <message>
        <source>install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>主机清单</translation>
    </message>
    <message>
        <source>boot</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Select a host to see its timeline: every boot step and what its installer reported.</source>
        <translation>选择一台主机以查看其时间线：每个启动步骤以及其安装程序报告的内容。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>An install that fails posts the end of its log here.</source>
        <translation>安装失败时，其日志末尾会显示在这里。</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>Hard&amp;ware</source>
        <translation>硬件(&amp;W)</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>日志(&amp;G)</translation>
    </message>
    <message>
        <source>%1: never installed by Crashcart</source>
        <translation>%1：从未由 Crashcart 安装</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), profile %3, armed %4 by %5: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2），配置方案 %3，由 %5 于 %4 标记待安装：%6</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
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
    <message>
        <source>A&amp;rm for Install</source>
        <translation>标记为待安装(&amp;R)</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>标记为待安装</translation>
    </message>
    <message>
        <source>The selected hosts install their profile at their next network boot</source>
        <translation>所选主机将在下次网络启动时安装其配置方案</translation>
    </message>
    <message>
        <source>Di&amp;sarm</source>
        <translation>取消待安装(&amp;S)</translation>
    </message>
    <message>
        <source>Disarm</source>
        <translation>取消待安装</translation>
    </message>
    <message>
        <source>The selected hosts boot their disks again</source>
        <translation>所选主机恢复从本地磁盘启动</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>配置方案(&amp;P)…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置方案</translation>
    </message>
    <message>
        <source>The kernels, initrds, arguments and kickstarts hosts install</source>
        <translation>主机安装所用的内核、initrd、内核参数和 kickstart</translation>
    </message>
    <message>
        <source>Cannot arm the hosts</source>
        <translation>无法将主机标记为待安装</translation>
    </message>
    <message>
        <source>Cannot disarm the hosts</source>
        <translation>无法取消主机的待安装标记</translation>
    </message>
    <message>
        <source>None of the selected hosts was armed</source>
        <translation>所选主机均未处于待安装状态</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) disarmed: they boot their disks</source>
        <translation>
            <numerusform>已取消 %n 台主机的待安装标记：它们将从本地磁盘启动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) armed: their next network boot installs them</source>
        <translation>
            <numerusform>已将 %n 台主机标记为待安装：下次网络启动时将进行安装</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to install yet</source>
        <translation>暂无可安装的内容</translation>
    </message>
    <message>
        <source>The hosts are armed, but these profiles are not defined or name no kernel: %1. Until they do, the hosts boot their disks. Define them under Hosts → Profiles.</source>
        <translation>主机已标记为待安装，但以下配置方案未定义或未指定内核：%1。在此之前，这些主机将从本地磁盘启动。请在“主机 → 配置方案”中定义它们。</translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation>安装(&amp;I)…</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Check the selected hosts, arm them, and have their BMCs boot them from the network</source>
        <translation>检查所选主机，将其标记为待安装，并通过其 BMC 让它们从网络启动</translation>
    </message>
    <message>
        <source>Power &amp;On</source>
        <translation>开机(&amp;O)</translation>
    </message>
    <message>
        <source>Power O&amp;ff</source>
        <translation>强制关机(&amp;F)</translation>
    </message>
    <message>
        <source>Immediately, as holding the power button</source>
        <translation>立即断电，如同长按电源按钮</translation>
    </message>
    <message>
        <source>Power &amp;Cycle</source>
        <translation>断电重启(&amp;C)</translation>
    </message>
    <message>
        <source>Read Power &amp;State</source>
        <translation>读取电源状态(&amp;S)</translation>
    </message>
    <message>
        <source>BMC &amp;Login…</source>
        <translation>BMC 登录凭据(&amp;L)…</translation>
    </message>
    <message>
        <source>The BMC user and password of the selected hosts, kept in the system keychain</source>
        <translation>所选主机的 BMC 用户名和密码，保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation>强制关机</translation>
    </message>
    <message numerus="yes">
        <source>Cut the power of %n host(s) now? What runs on them is lost.</source>
        <translation>
            <numerusform>要立即切断 %n 台主机的电源吗？主机上正在运行的一切都将丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>Power Cycle</source>
        <translation>断电重启</translation>
    </message>
    <message numerus="yes">
        <source>Power-cycle %n host(s) now? What runs on them is lost.</source>
        <translation>
            <numerusform>要立即将 %n 台主机断电重启吗？主机上正在运行的一切都将丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is powering into its network install</source>
        <translation>%1 正在开机，将通过网络启动进行安装</translation>
    </message>
    <message>
        <source>%1: power %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>已开机</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Not recorded in the inventory: %1</source>
        <translation>未能记录到主机清单：%1</translation>
    </message>
    <message numerus="yes">
        <source>BMC login of %n host(s) stored in the system keychain</source>
        <translation>
            <numerusform>已将 %n 台主机的 BMC 登录凭据保存到系统密钥环</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot keep the certificate</source>
        <translation>无法保存证书</translation>
    </message>
    <message>
        <source>Cannot start the installs</source>
        <translation>无法开始安装</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) armed; their BMCs are told to boot them from the network</source>
        <translation>
            <numerusform>已将 %n 台主机标记为待安装；已指示其 BMC 让它们从网络启动</numerusform>
        </translation>
    </message>
    <message>
        <source>Hosts without a usable BMC</source>
        <translation>没有可用 BMC 的主机</translation>
    </message>
    <message>
        <source>Import &amp;Distribution…</source>
        <translation>导入发行版(&amp;D)…</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>发行版</translation>
    </message>
    <message>
        <source>Add a distribution from a disc image (.iso), served straight from it; or drop the image on the window</source>
        <translation>从光盘镜像（.iso）添加发行版，直接从镜像中提供文件；也可以将镜像拖放到窗口上</translation>
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
    <name>Crashcart::App::ImportDistributionDialog</name>
    <message>
        <source>Import distribution</source>
        <translation>导入发行版</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>The image is read where it is, never mounted, extracted or copied: keep it in place. Its SHA-256 is checked so a second import of it is recognised.</source>
        <translation>镜像在原位置读取，不会被挂载、解包或复制：请勿移动它。导入时会校验其 SHA-256，以便识别对同一镜像的再次导入。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>无法导入 %1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; (%3) for %4, installed with a %5.</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;（%3），%4 架构，使用 %5 安装。</translation>
    </message>
    <message>
        <source>preseed</source>
        <translation>preseed</translation>
    </message>
    <message>
        <source>kickstart</source>
        <translation>kickstart</translation>
    </message>
    <message>
        <source>Kernel %1, initrd %2.</source>
        <translation>内核 %1，initrd %2。</translation>
    </message>
    <message>
        <source>No signed shim on the image: Secure Boot hosts need another chain.</source>
        <translation>镜像中没有已签名的 shim：启用安全启动的主机需要使用其他启动链。</translation>
    </message>
    <message>
        <source>Secure Boot: shim %1, GRUB %2.</source>
        <translation>安全启动：shim %1，GRUB %2。</translation>
    </message>
    <message>
        <source>Image: %1.</source>
        <translation>镜像大小：%1。</translation>
    </message>
    <message>
        <source>Checking the image: %p%</source>
        <translation>正在校验镜像：%p%</translation>
    </message>
    <message>
        <source>This image was imported before, as &lt;b&gt;%1&lt;/b&gt;. Nothing was added.</source>
        <translation>此镜像之前已导入为 &lt;b&gt;%1&lt;/b&gt;。未添加任何内容。</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;%1&lt;/b&gt;: its tree is served under /distros/%1/. Choose it in a profile (Hosts › Profiles).</source>
        <translation>已导入 &lt;b&gt;%1&lt;/b&gt;：其目录树在 /distros/%1/ 下发布。请在配置方案中选用它（主机 › 配置方案）。</translation>
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
    <name>Crashcart::App::InitrdView</name>
    <message>
        <source>Initrd</source>
        <translation>Initrd</translation>
    </message>
    <message>
        <source>&amp;Initrd</source>
        <translation>Initrd(&amp;I)</translation>
    </message>
    <message>
        <source>Open an initrd or initramfs image to browse and edit it, or drop one here. Nothing is written until you save.</source>
        <translation>打开 initrd 或 initramfs 镜像以浏览和编辑，也可以将镜像拖放到此处。保存之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Open Image…</source>
        <translation>打开镜像(&amp;O)…</translation>
    </message>
    <message>
        <source>Recently opened images: double-click to open</source>
        <translation>最近打开的镜像：双击即可打开</translation>
    </message>
    <message>
        <source>Open another image?</source>
        <translation>要打开另一个镜像吗？</translation>
    </message>
    <message>
        <source>Recent images:</source>
        <translation>最近的镜像：</translation>
    </message>
    <message>
        <source>Filter by path</source>
        <translation>按路径筛选</translation>
    </message>
    <message>
        <source>&amp;Undo Change</source>
        <translation>撤销更改(&amp;U)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save as &amp;Overlay…</source>
        <translation>另存为叠加层(&amp;O)…</translation>
    </message>
    <message>
        <source>Save &amp;Repacked…</source>
        <translation>重新打包并保存(&amp;R)…</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a Folder from This &amp;System…</source>
        <translation>从本系统添加文件夹(&amp;S)…</translation>
    </message>
    <message>
        <source>New Fo&amp;lder…</source>
        <translation>新建文件夹(&amp;L)…</translation>
    </message>
    <message>
        <source>New &amp;Symlink…</source>
        <translation>新建符号链接(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Change &amp;Mode and Owner…</source>
        <translation>修改权限和所有者(&amp;M)…</translation>
    </message>
    <message>
        <source>Add &amp;Binary with Libraries…</source>
        <translation>添加二进制文件及其库(&amp;B)…</translation>
    </message>
    <message>
        <source>Add &amp;Kernel Module…</source>
        <translation>添加内核模块(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Discard All Changes</source>
        <translation>放弃所有更改(&amp;D)</translation>
    </message>
    <message>
        <source>Save Overlay</source>
        <translation>保存叠加层</translation>
    </message>
    <message>
        <source>Save Repacked</source>
        <translation>重新打包并保存</translation>
    </message>
    <message>
        <source>Add Binary</source>
        <translation>添加二进制文件</translation>
    </message>
    <message>
        <source>Add Module</source>
        <translation>添加模块</translation>
    </message>
    <message>
        <source>Removals and renames cannot go into an overlay: save repacked</source>
        <translation>删除和重命名无法写入叠加层：请重新打包并保存</translation>
    </message>
    <message>
        <source>Append the changes as a new segment, leaving the original bytes as they are</source>
        <translation>将更改作为新段追加，原始字节保持不变</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added to /%1 (pending)</source>
        <translation>
            <numerusform>已向 /%1 添加 %n 项（待保存）</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be taken back alone, later changes build on it: %2</source>
        <translation>无法单独撤销 &quot;%1&quot;，后续更改依赖于它：%2</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Files to /%1</source>
        <translation>添加文件到 /%1</translation>
    </message>
    <message>
        <source>Add a Folder to /%1</source>
        <translation>添加文件夹到 /%1</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Name of the new folder in /%1:</source>
        <translation>/%1 中新文件夹的名称：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name for /%1 (a path starting with / moves it):</source>
        <translation>/%1 的新名称（以 / 开头的路径会移动它）：</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added (pending)</source>
        <translation>
            <numerusform>已添加 %n 项（待保存）</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard All Changes</source>
        <translation>放弃所有更改</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n pending change(s)?</source>
        <translation>
            <numerusform>要放弃 %n 项待保存的更改吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-custom%2</source>
        <comment>the suggested name of a saved image</comment>
        <translation>%1-custom%2</translation>
    </message>
    <message>
        <source>Open Initrd Image</source>
        <translation>打开 Initrd 镜像</translation>
    </message>
    <message>
        <source>Initrd images (initrd* initramfs* *.img *.gz *.xz *.lzma *.zst *.lz4 *.bz2 *.cpio);;All files (*)</source>
        <translation>Initrd 镜像 (initrd* initramfs* *.img *.gz *.xz *.lzma *.zst *.lz4 *.bz2 *.cpio);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message numerus="yes">
        <source>%1 The image has %n unsaved change(s).</source>
        <translation>
            <numerusform>%1该镜像有 %n 项未保存的更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>Image Job Running</source>
        <translation>镜像任务正在运行</translation>
    </message>
    <message>
        <source>An image is being opened or saved. Cancel it and close? A cancelled save leaves the file as it was.</source>
        <translation>正在打开或保存镜像。要取消该任务并关闭吗？取消保存不会改动原文件。</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>仍要关闭吗？</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opening %1 cancelled.</source>
        <translation>已取消打开 %1。</translation>
    </message>
    <message>
        <source>Cannot open the image. %1</source>
        <translation>无法打开镜像。%1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n entries</source>
        <translation>
            <numerusform>已打开 %1：%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Overlay</source>
        <translation>另存为叠加层</translation>
    </message>
    <message>
        <source>An overlay can only add and change entries: the kernel unpacks it over the original. Removals and renames need a repacked image.</source>
        <translation>叠加层只能添加和修改条目：内核会将其解包并覆盖到原始内容之上。删除和重命名需要重新打包镜像。</translation>
    </message>
    <message>
        <source>Saving an overlay to %1…</source>
        <translation>正在将叠加层保存到 %1…</translation>
    </message>
    <message>
        <source>Repacking into %1…</source>
        <translation>正在重新打包到 %1…</translation>
    </message>
    <message>
        <source>Saving cancelled; nothing was written.</source>
        <translation>已取消保存；未写入任何内容。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>Saved %1. Size before: %2; after: %3.</source>
        <translation>已保存 %1。保存前大小：%2；保存后：%3。</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>原文件已保留为 %1。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::InstallDialog</name>
    <message>
        <source>Install Hosts</source>
        <translation>安装主机</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>将执行的操作</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>BMC &amp;Login…</source>
        <translation>BMC 登录凭据(&amp;L)…</translation>
    </message>
    <message>
        <source>Store the BMC user and password of the hosts that lack one, in the system keychain</source>
        <translation>为尚无 BMC 用户名和密码的主机设置登录凭据，保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Trust &amp;Certificate…</source>
        <translation>信任证书(&amp;C)…</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n host(s): profiles, kickstarts, BMCs and servers…</source>
        <translation>
            <numerusform>正在检查 %n 台主机：配置方案、kickstart、BMC 和服务器…</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: not installed</source>
        <translation>受阻：不会安装</translation>
    </message>
    <message>
        <source>Armed only: boot it by hand</source>
        <translation>仅标记为待安装：需手动启动</translation>
    </message>
    <message>
        <source>Running: network boot once, then power cycle</source>
        <translation>运行中：设置一次网络启动，然后断电重启</translation>
    </message>
    <message>
        <source>Off: network boot once, then power on</source>
        <translation>已关机：设置一次网络启动，然后开机</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Erases disks</source>
        <translation>将擦除磁盘</translation>
    </message>
    <message numerus="yes">
        <source>All %n host(s) can be installed.</source>
        <translation>
            <numerusform>全部 %n 台主机均可安装。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) can be installed; the blocked ones are left as they are.</source>
        <translation>
            <numerusform>%n 台主机中有 %1 台可以安装；受阻的主机保持原样。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I &amp;understand that this erases the disks of %n host(s): %1</source>
        <translation>
            <numerusform>我了解此操作将擦除 %n 台主机的磁盘(&amp;U)：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Install %n Host(s)</source>
        <translation>
            <numerusform>安装 %n 台主机(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust the BMC&apos;s Certificate?</source>
        <translation>要信任该 BMC 的证书吗？</translation>
    </message>
    <message>
        <source>The BMC of %1 presents a different certificate than the one accepted before. Someone may be in between, or the BMC&apos;s certificate was renewed.</source>
        <translation>%1 的 BMC 出示的证书与之前接受的不同。可能有人在中间截取通信，也可能是该 BMC 的证书已更新。</translation>
    </message>
    <message>
        <source>The BMC of %1 presents a certificate this system does not trust.</source>
        <translation>%1 的 BMC 出示的证书不受本系统信任。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Compare it with the one the BMC shows (its web page or console) before you trust it.</source>
        <translation>SHA-256 指纹：
%1

信任之前，请将其与 BMC 自身显示的指纹（在其网页或控制台上）进行比对。</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>信任此证书(&amp;T)</translation>
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
    <message>
        <source>Kickstart and preseed files (*.ks *.cfg *.ks.in *.preseed *.seed);;All files (*)</source>
        <translation>Kickstart 和 preseed 文件 (*.ks *.cfg *.ks.in *.preseed *.seed);;所有文件 (*)</translation>
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
    <name>Crashcart::App::ModeOwnerDialog</name>
    <message>
        <source>Mode and Owner</source>
        <translation>权限和所有者</translation>
    </message>
    <message>
        <source>Permissions and owner of /%1</source>
        <translation>/%1 的权限和所有者</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>所属组</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Sticky</source>
        <translation>粘滞位</translation>
    </message>
    <message>
        <source>Set group ID</source>
        <translation>设置组 ID</translation>
    </message>
    <message>
        <source>Set user ID</source>
        <translation>设置用户 ID</translation>
    </message>
    <message>
        <source>Octal mode:</source>
        <translation>八进制权限：</translation>
    </message>
    <message>
        <source>Owner (uid):</source>
        <translation>所有者（uid）：</translation>
    </message>
    <message>
        <source>Group (gid):</source>
        <translation>所属组（gid）：</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::ModuleDialog</name>
    <message>
        <source>Regenerate modules.dep and the other indexes (depmod)</source>
        <translation>重新生成 modules.dep 及其他索引（depmod）</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <source>Add Kernel Module</source>
        <translation>添加内核模块</translation>
    </message>
    <message>
        <source>a .ko, .ko.xz, .ko.zst or .ko.gz file</source>
        <translation>.ko、.ko.xz、.ko.zst 或 .ko.gz 文件</translation>
    </message>
    <message>
        <source>The one the module was built for</source>
        <translation>模块编译时所针对的内核</translation>
    </message>
    <message>
        <source>The image has no lib/modules/ folder: type the kernel version</source>
        <translation>镜像中没有 lib/modules/ 文件夹：请输入内核版本</translation>
    </message>
    <message>
        <source>Kernel versions the image carries modules for</source>
        <translation>镜像中带有模块的内核版本</translation>
    </message>
    <message>
        <source>/lib/modules/&lt;the module&apos;s kernel version&gt;</source>
        <translation>/lib/modules/&lt;模块的内核版本&gt;</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <source>Kernel in the image:</source>
        <translation>镜像中的内核：</translation>
    </message>
    <message>
        <source>Dependencies from:</source>
        <translation>依赖来源：</translation>
    </message>
    <message>
        <source>Firmware from:</source>
        <translation>固件来源：</translation>
    </message>
    <message>
        <source>&amp;Add to the Image</source>
        <translation>添加到镜像(&amp;A)</translation>
    </message>
    <message>
        <source>Folder with the Modules It Depends On</source>
        <translation>所依赖模块所在的文件夹</translation>
    </message>
    <message>
        <source>Firmware Folder</source>
        <translation>固件文件夹</translation>
    </message>
    <message>
        <source>Kernel Module to Add</source>
        <translation>要添加的内核模块</translation>
    </message>
    <message>
        <source>Kernel modules (*.ko *.ko.xz *.ko.zst *.ko.gz);;All files (*)</source>
        <translation>内核模块 (*.ko *.ko.xz *.ko.zst *.ko.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the module and planning…</source>
        <translation>正在读取模块并规划…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, built for %2; depends on: %3; firmware: %4</source>
        <translation>%1，为 %2 编译；依赖：%3；固件：%4</translation>
    </message>
    <message>
        <source>an unknown kernel</source>
        <translation>未知内核</translation>
    </message>
    <message>
        <source>vermagic matches: the image carries modules for %1.</source>
        <translation>vermagic 匹配：镜像中带有 %1 的模块。</translation>
    </message>
    <message>
        <source>The image carries no modules (no lib/modules/): name the kernel version.</source>
        <translation>镜像中没有模块（没有 lib/modules/）：请指定内核版本。</translation>
    </message>
    <message>
        <source>vermagic does not match: built for %1, the image carries %2.</source>
        <translation>vermagic 不匹配：模块为 %1 编译，而镜像中是 %2。</translation>
    </message>
    <message>
        <source>The image already has everything.</source>
        <translation>镜像中已包含所需的全部内容。</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::PendingChangesPanel</name>
    <message>
        <source>&amp;Undo Change</source>
        <translation>撤销更改(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>全部放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation>待保存的更改：%1</translation>
    </message>
    <message>
        <source>Takes back the selected change, or the last one</source>
        <translation>撤销所选的更改，或最近一次更改</translation>
    </message>
    <message>
        <source>Removals and renames need a repack: an overlay can only add to the image.</source>
        <translation>删除和重命名需要重新打包：叠加层只能向镜像中添加内容。</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::PreflightPanel</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Look for what would keep the servers from working: ports taken, privileges, boot loaders, other DHCP servers</source>
        <translation>检查可能导致服务器无法工作的问题：端口被占用、权限、引导程序、其他 DHCP 服务器</translation>
    </message>
    <message>
        <source>Not checked yet: the check looks for ports taken, missing privileges and boot loaders, and other DHCP servers on the network.</source>
        <translation>尚未检查：检查内容包括端口占用、权限不足、缺少引导程序，以及网络中的其他 DHCP 服务器。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Nothing in the way: the servers can start.</source>
        <translation>未发现问题：服务器可以启动。</translation>
    </message>
    <message>
        <source>Checked at %1: %2, %3</source>
        <translation>检查时间 %1：%2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Checking… asking the network for other DHCP servers (6 s)</source>
        <translation>正在检查… 正在探测网络中的其他 DHCP 服务器（6 s）</translation>
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
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::ProfileEditDialog</name>
    <message>
        <source>Edit profile %1</source>
        <translation>编辑配置方案 %1</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>添加配置方案</translation>
    </message>
    <message>
        <source>e.g. rhel9-web</source>
        <translation>例如 rhel9-web</translation>
    </message>
    <message>
        <source>Hosts refer to a profile by its name, so it cannot change. Add a new profile and move the hosts to it instead.</source>
        <translation>主机通过名称引用配置方案，因此名称不可更改。请新建一个配置方案，再将主机改为使用它。</translation>
    </message>
    <message>
        <source>none: armed hosts of this profile boot their disks</source>
        <translation>无：使用此配置方案的待安装主机将从本地磁盘启动</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>e.g. inst.repo=http://mirror/rhel9 console=ttyS0</source>
        <translation>例如 inst.repo=http://mirror/rhel9 console=ttyS0</translation>
    </message>
    <message>
        <source>none: the installer asks its questions</source>
        <translation>无：由安装程序交互式提问</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>内核(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Initrds:</source>
        <translation>Initrd(&amp;I)：</translation>
    </message>
    <message>
        <source>Loaded in this order: the vendor&apos;s image first, then overlays</source>
        <translation>按此顺序加载：先加载发行商提供的镜像，再加载覆盖镜像</translation>
    </message>
    <message>
        <source>Kernel &amp;arguments:</source>
        <translation>内核参数(&amp;A)：</translation>
    </message>
    <message>
        <source>Relative paths start at the workspace (%1).</source>
        <translation>相对路径以工作区（%1）为起点。</translation>
    </message>
    <message>
        <source>Choose the kernel</source>
        <translation>选择内核</translation>
    </message>
    <message>
        <source>Kernels (vmlinuz* bzImage* *.efi);;All files (*)</source>
        <translation>内核 (vmlinuz* bzImage* *.efi);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the kickstart template</source>
        <translation>选择 kickstart 模板</translation>
    </message>
    <message>
        <source>Kickstart templates (*.ks *.cfg *.tmpl);;All files (*)</source>
        <translation>Kickstart 模板 (*.ks *.cfg *.tmpl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add initrds</source>
        <translation>添加 initrd</translation>
    </message>
    <message>
        <source>Initrds (initrd* *.img *.cpio*);;All files (*)</source>
        <translation>Initrd (initrd* *.img *.cpio*);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is already a profile named %1: edit that one, or choose another name</source>
        <translation>已存在名为 %1 的配置方案：请编辑该配置方案，或另选一个名称</translation>
    </message>
    <message>
        <source>%1: %2 does not exist or is not a file</source>
        <translation>%1：%2 不存在或不是文件</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Initrd</source>
        <translation>Initrd</translation>
    </message>
    <message>
        <source>The profile was not saved: correct the fields marked above.</source>
        <translation>配置方案未保存：请更正上方标出的字段。</translation>
    </message>
    <message>
        <source>Send the installer&apos;s &amp;log to this machine (inst.syslog=)</source>
        <translation>将安装程序的日志(&amp;L)发送到本机（inst.syslog=）</translation>
    </message>
    <message>
        <source>While the syslog server runs, the installer&apos;s log goes on the host&apos;s timeline and moves its install&apos;s progress.</source>
        <translation>syslog 服务器运行时，安装程序的日志会记入主机的时间线，并推进其安装进度。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>An install that is silent this long (no boot step, no callback, no log line) has stalled and ends as failed.</source>
        <translation>安装在这么长时间内没有任何动静（没有启动步骤、回调或日志行）即视为停滞，并以失败结束。</translation>
    </message>
    <message>
        <source>Install &amp;timeout:</source>
        <translation>安装超时(&amp;T)：</translation>
    </message>
    <message>
        <source>BIOS (legacy)</source>
        <translation>BIOS（传统模式）</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>How the BMC tells the hosts to boot from the network for an install: in legacy BIOS mode or in UEFI mode</source>
        <translation>安装时 BMC 让主机以何种模式从网络启动：传统 BIOS 模式或 UEFI 模式</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>固件模式(&amp;F)：</translation>
    </message>
    <message>
        <source>None: the files below</source>
        <translation>无：使用下方的文件</translation>
    </message>
    <message>
        <source>%1 (%2 %3, %4)</source>
        <translation>%1（%2 %3，%4）</translation>
    </message>
    <message>
        <source>%1 (not there any more)</source>
        <translation>%1（已不存在）</translation>
    </message>
    <message>
        <source>A distribution gives the kernel, its initrd and the package tree (inst.repo= or the Debian mirror); Profiles › Import distribution adds one from a disc image</source>
        <translation>发行版提供内核、其 initrd 和软件包树（inst.repo= 或 Debian 镜像源）；可通过“配置方案 › 导入发行版”从光盘镜像添加发行版</translation>
    </message>
    <message>
        <source>Kickstart (Anaconda: RHEL, Fedora and rebuilds)</source>
        <translation>Kickstart（Anaconda：RHEL、Fedora 及其衍生版）</translation>
    </message>
    <message>
        <source>Preseed (the Debian installer)</source>
        <translation>Preseed（Debian 安装程序）</translation>
    </message>
    <message>
        <source>Secure &amp;Boot: UEFI hosts get the distribution&apos;s own signed shim and GRUB</source>
        <translation>安全启动(&amp;B)：UEFI 主机使用该发行版自带的已签名 shim 和 GRUB</translation>
    </message>
    <message>
        <source>Distri&amp;bution:</source>
        <translation>发行版(&amp;B)：</translation>
    </message>
    <message>
        <source>Answ&amp;er file:</source>
        <translation>应答文件(&amp;E)：</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>来自 %1：%2</translation>
    </message>
    <message>
        <source>Initrd %1 first, then the ones below. Package tree: %2.</source>
        <translation>先加载 initrd %1，再加载下方的 initrd。软件包树：%2。</translation>
    </message>
    <message>
        <source>none on the image (the installer&apos;s own network source applies)</source>
        <translation>镜像中没有（使用安装程序自身的网络源）</translation>
    </message>
    <message>
        <source>Kickstarts are checked against %1.</source>
        <translation>kickstart 按版本 %1 检查。</translation>
    </message>
    <message>
        <source>shim %1 and GRUB %2 from the image: the chain the vendor signed</source>
        <translation>来自镜像的 shim %1 和 GRUB %2：由发行商签名的启动链</translation>
    </message>
    <message>
        <source>Needs UEFI and a distribution whose image has a signed shim and GRUB</source>
        <translation>需要 UEFI，以及镜像中带有已签名 shim 和 GRUB 的发行版</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>模板(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::ProfileTableModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Without a kernel, armed hosts of this profile boot their disks</source>
        <translation>没有内核时，使用此配置方案的待安装主机将从本地磁盘启动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Initrds</source>
        <translation>Initrd</translation>
    </message>
    <message>
        <source>Kernel arguments</source>
        <translation>内核参数</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>The kernel of distribution %1</source>
        <translation>发行版 %1 的内核</translation>
    </message>
    <message>
        <source>Answer file</source>
        <translation>应答文件</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>配置方案</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the profile %1?</source>
        <translation>要移除配置方案 %1 吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) use it. They keep its name and boot their disks until a profile of that name exists again.</source>
        <translation>
            <numerusform>有 %n 台主机正在使用它。这些主机将保留该名称，并从本地磁盘启动，直到再次存在同名的配置方案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>移除配置方案</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>发行版</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>安装程序</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a distribution from a disc image (.iso), read in place; or drop the image on the window</source>
        <translation>从光盘镜像（.iso）添加发行版，镜像就地读取；也可以将镜像拖放到窗口上</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>移除(&amp;M)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Distributions&lt;/b&gt;: kernels, initrds and package trees served straight from their images under /distros/NAME/. A profile on one boots them.</source>
        <translation>&lt;b&gt;发行版&lt;/b&gt;：内核、initrd 和软件包树直接从各自的镜像中提供，在 /distros/NAME/ 下发布。使用某个发行版的配置方案会启动其中的内容。</translation>
    </message>
    <message>
        <source>Preseed</source>
        <translation>Preseed</translation>
    </message>
    <message>
        <source>Kickstart</source>
        <translation>Kickstart</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Import a distribution</source>
        <translation>导入发行版</translation>
    </message>
    <message>
        <source>Disc images (*.iso);;All files (*)</source>
        <translation>光盘镜像 (*.iso);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove distribution</source>
        <translation>移除发行版</translation>
    </message>
    <message>
        <source>Remove distribution %1? Its image stays where it is; only Crashcart forgets it.</source>
        <translation>要移除发行版 %1 吗？其镜像仍保留在原处，只是 Crashcart 不再记录它。</translation>
    </message>
    <message>
        <source>A profile is what an armed host installs: a distribution or a kernel with its initrds, kernel arguments and a kickstart or preseed template. Hosts name their profile in the Profile column.</source>
        <translation>配置方案即待安装主机所安装的内容：一个发行版，或一个内核及其 initrd，加上内核参数和一个 kickstart 或 preseed 模板。主机在“配置方案”列中指定其配置方案。</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::SaveDialog</name>
    <message>
        <source>Keep the file it replaces, as NAME.orig beside it</source>
        <translation>保留被替换的文件，在同一目录下另存为 NAME.orig</translation>
    </message>
    <message>
        <source>Save as Overlay</source>
        <translation>另存为叠加层</translation>
    </message>
    <message>
        <source>Save Repacked</source>
        <translation>重新打包并保存</translation>
    </message>
    <message numerus="yes">
        <source>The original bytes stay exactly as they are; %n change(s) go into a new compressed segment appended after them, which the kernel unpacks over the original at boot.</source>
        <translation>
            <numerusform>原始字节保持不变；%n 项更改写入追加在其后的新压缩段，内核在启动时会将其解包并覆盖到原始内容之上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every segment is rewritten with %n change(s) applied. Early uncompressed segments (microcode, firmware) are copied as they are; ownership and device nodes are kept.</source>
        <translation>
            <numerusform>重写所有段并应用 %n 项更改。前部的未压缩段（微码、固件）按原样复制；所有权和设备节点都会保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Same as the image (%1)</source>
        <translation>与镜像相同（%1）</translation>
    </message>
    <message>
        <source>xz is written with the CRC32 check and lz4 in the legacy format, as the kernel needs.</source>
        <translation>按内核的要求，xz 使用 CRC32 校验写入，lz4 使用旧版（legacy）格式写入。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>New segment&apos;s compression:</source>
        <translation>新段的压缩方式：</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>压缩方式：</translation>
    </message>
    <message>
        <source>Keep the file it replaces, as %1 beside it</source>
        <translation>保留被替换的文件，在同一目录下另存为 %1</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>镜像另存为</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::SegmentModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>lz4 (legacy)</source>
        <translation>lz4（旧版格式）</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>段</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移量</translation>
    </message>
    <message>
        <source>Stored size</source>
        <translation>存储大小</translation>
    </message>
    <message>
        <source>Padding after</source>
        <translation>尾部填充</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Uncompressed</source>
        <translation>解压后大小</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>归档数</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目数</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::ServerConfigForm</name>
    <message>
        <source>any free</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>%1: “%2” is not an IPv4 address</source>
        <translation>%1：“%2”不是 IPv4 地址</translation>
    </message>
    <message>
        <source>Look for interfaces again</source>
        <translation>重新检测网络接口</translation>
    </message>
    <message>
        <source>0.0.0.0 listens on every address of this machine</source>
        <translation>0.0.0.0 表示监听本机的所有地址</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Proxy (boot information only)</source>
        <translation>代理（仅提供启动信息）</translation>
    </message>
    <message>
        <source>Full (hands out addresses)</source>
        <translation>完整（分配地址）</translation>
    </message>
    <message>
        <source>Proxy answers PXE clients next to the site&apos;s DHCP server and never hands out addresses.</source>
        <translation>代理模式与现网 DHCP 服务器并存，只应答 PXE 客户端，从不分配地址。</translation>
    </message>
    <message>
        <source>iPXE (Secure Boot off)</source>
        <translation>iPXE（关闭安全启动）</translation>
    </message>
    <message>
        <source>shim + GRUB (Secure Boot)</source>
        <translation>shim + GRUB（安全启动）</translation>
    </message>
    <message>
        <source>What x86-64 UEFI machines are handed. Debian 12&apos;s GRUB also needs the site&apos;s DHCP server to name this machine as next-server.</source>
        <translation>提供给 x86-64 UEFI 机器的引导程序。Debian 12 的 GRUB 还要求现网 DHCP 服务器将本机指定为 next-server。</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>网络接口(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;TFTP port:</source>
        <translation>TFTP 端口(&amp;T)：</translation>
    </message>
    <message>
        <source>HTTP p&amp;ort:</source>
        <translation>HTTP 端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;DHCP:</source>
        <translation>DHCP(&amp;D)：</translation>
    </message>
    <message>
        <source>DHCP po&amp;rt:</source>
        <translation>DHCP 端口(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;PXE port:</source>
        <translation>PXE 端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;UEFI boots:</source>
        <translation>UEFI 启动(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. 10.9.0.100</source>
        <translation>例如 10.9.0.100</translation>
    </message>
    <message>
        <source>e.g. 10.9.0.199</source>
        <translation>例如 10.9.0.199</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>optional, separated by commas</source>
        <translation>可选，以逗号分隔</translation>
    </message>
    <message>
        <source>The addresses handed out lie in one subnet of the chosen interface</source>
        <translation>分配的地址须位于所选网络接口的同一子网内</translation>
    </message>
    <message>
        <source>The default gateway clients are told; empty: none</source>
        <translation>告知客户端的默认网关；留空表示不提供</translation>
    </message>
    <message>
        <source>Pool &amp;from:</source>
        <translation>地址池起始(&amp;F)：</translation>
    </message>
    <message>
        <source>Pool t&amp;o:</source>
        <translation>地址池结束(&amp;O)：</translation>
    </message>
    <message>
        <source>Rou&amp;ter:</source>
        <translation>网关(&amp;T)：</translation>
    </message>
    <message>
        <source>D&amp;NS servers:</source>
        <translation>DNS 服务器(&amp;N)：</translation>
    </message>
    <message>
        <source>Pool start</source>
        <translation>地址池起始地址</translation>
    </message>
    <message>
        <source>Pool end</source>
        <translation>地址池结束地址</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>DNS: “%1” is not an IPv4 address</source>
        <translation>DNS：“%1”不是 IPv4 地址</translation>
    </message>
    <message>
        <source>Any interface</source>
        <translation>任意网络接口</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (down)</source>
        <translation>%1（已关闭）</translation>
    </message>
    <message>
        <source>%1
MAC %2
%3</source>
        <translation>%1
MAC %2
%3</translation>
    </message>
    <message>
        <source>Full DHCP hands out addresses. Use it only on an isolated network: on a site network it competes with the real DHCP server.</source>
        <translation>完整 DHCP 会分配地址。请仅在隔离网络中使用：在现网中，它会与真正的 DHCP 服务器冲突。</translation>
    </message>
    <message>
        <source>“%1” is not an IP address: enter one of this machine&apos;s addresses, or 0.0.0.0</source>
        <translation>“%1”不是 IP 地址：请输入本机的某个地址，或 0.0.0.0</translation>
    </message>
    <message>
        <source>Where installers send their log (UDP and TCP). Profiles with syslog on get inst.syslog= naming it while the syslog server runs.</source>
        <translation>安装程序发送日志的端口（UDP 和 TCP）。syslog 服务器运行时，启用了 syslog 的配置方案会获得指向它的 inst.syslog=。</translation>
    </message>
    <message>
        <source>S&amp;yslog port:</source>
        <translation>Syslog 端口(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::ServerControls</name>
    <message>
        <source>Failed to start</source>
        <translation>启动失败</translation>
    </message>
    <message>
        <source>Off: choose a DHCP mode</source>
        <translation>已关闭：请选择 DHCP 模式</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Running on %1:%2</source>
        <translation>正在运行：%1:%2</translation>
    </message>
    <message>
        <source>Running on port %1</source>
        <translation>正在运行，端口 %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::ServerEventFeed</name>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI x86</source>
        <translation>UEFI x86</translation>
    </message>
    <message>
        <source>UEFI x86-64</source>
        <translation>UEFI x86-64</translation>
    </message>
    <message>
        <source>UEFI ARM64</source>
        <translation>UEFI ARM64</translation>
    </message>
    <message>
        <source>UEFI x86-64 HTTP boot</source>
        <translation>UEFI x86-64 HTTP 启动</translation>
    </message>
    <message>
        <source>UEFI ARM64 HTTP boot</source>
        <translation>UEFI ARM64 HTTP 启动</translation>
    </message>
    <message>
        <source>unknown firmware</source>
        <translation>未知固件</translation>
    </message>
    <message>
        <source>architecture %1</source>
        <translation>架构 %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Listening on %1 port %2, serving %3</source>
        <translation>正在监听 %1 端口 %2，发布 %3</translation>
    </message>
    <message>
        <source>Full DHCP on ports %1 and %2 hands out %3 – %4 on %5; machines are told to boot from %6</source>
        <translation>完整 DHCP 运行于端口 %1 和 %2，在 %5 上分配 %3 – %4；告知机器从 %6 启动</translation>
    </message>
    <message>
        <source>proxyDHCP on ports %1 and %2; machines are told to boot from %3</source>
        <translation>proxyDHCP 运行于端口 %1 和 %2；告知机器从 %3 启动</translation>
    </message>
    <message>
        <source>Sending %1 (%2, block size %3, window %4)</source>
        <translation>正在发送 %1（%2，块大小 %3，窗口 %4）</translation>
    </message>
    <message>
        <source>Refused a request: %1</source>
        <translation>已拒绝请求：%1</translation>
    </message>
    <message>
        <source>Refused “%1”: %2</source>
        <translation>已拒绝“%1”：%2</translation>
    </message>
    <message>
        <source>Sent %1: %2 in %3 s (%4)</source>
        <translation>已发送 %1：%2，用时 %3 s（%4）</translation>
    </message>
    <message>
        <source>Sending %1 failed after %2: %3</source>
        <translation>发送 %1 失败，已传输 %2：%3</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4)</source>
        <translation>%1 %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Answered on the PXE port: boot %1 (%2)</source>
        <translation>已在 PXE 端口上应答：启动 %1（%2）</translation>
    </message>
    <message>
        <source>Offered boot file %1 (%2)</source>
        <translation>已提供启动文件 %1（%2）</translation>
    </message>
    <message>
        <source>Ignored a packet: %1</source>
        <translation>已忽略数据包：%1</translation>
    </message>
    <message>
        <source>Leased %1</source>
        <translation>已租出 %1</translation>
    </message>
    <message>
        <source>Offered the address %1</source>
        <translation>已提供地址 %1</translation>
    </message>
    <message>
        <source>Listening on %1 port %2 (UDP and TCP)</source>
        <translation>正在 %1 的端口 %2 上监听（UDP 和 TCP）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Ignored a message: %1</source>
        <translation>已忽略一条消息：%1</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::ServersView</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>启动前检查</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>&amp;Start All Servers</source>
        <translation>启动所有服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Start all</source>
        <translation>全部启动</translation>
    </message>
    <message>
        <source>S&amp;top All Servers</source>
        <translation>停止所有服务器(&amp;T)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>&amp;Check Before Starting</source>
        <translation>启动前检查(&amp;C)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>C&amp;lear Event Log</source>
        <translation>清空事件日志(&amp;L)</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>清空日志</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Transfers are running</source>
        <translation>传输正在进行</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are still running. Stop the servers and quit?</source>
        <translation>
            <numerusform>仍有 %n 个传输正在进行。要停止服务器并退出吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 server started</source>
        <translation>%1 服务器已启动</translation>
    </message>
    <message>
        <source>%1 server could not start</source>
        <translation>%1 服务器无法启动</translation>
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
    <name>Crashcart::App::SymlinkDialog</name>
    <message>
        <source>New Symlink</source>
        <translation>新建符号链接</translation>
    </message>
    <message>
        <source>In /%1</source>
        <translation>位于 /%1</translation>
    </message>
    <message>
        <source>e.g. ../lib/libc.so.6 or /bin/busybox</source>
        <translation>例如 ../lib/libc.so.6 或 /bin/busybox</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Crashcart::App::TransferModel</name>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Retransmits</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Crashcart::Bmc::Client</name>
    <message>
        <source>BMC address %1</source>
        <translation>BMC 地址 %1</translation>
    </message>
    <message>
        <source>No BMC type set (ipmi or redfish)</source>
        <translation>未设置 BMC 类型（ipmi 或 redfish）</translation>
    </message>
    <message>
        <source>Unknown BMC type &apos;%1&apos;</source>
        <translation>未知的 BMC 类型 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Power on</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>强制关机</translation>
    </message>
    <message>
        <source>Power cycle</source>
        <translation>断电重启</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>复位</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>正常关机</translation>
    </message>
    <message numerus="yes">
        <source>a response of %n byte(s), too short for a completion code</source>
        <translation>
            <numerusform>响应仅 %n 字节，不足以包含完成码</numerusform>
        </translation>
    </message>
    <message>
        <source>a response to command 0x%1 instead of 0x%2</source>
        <translation>收到的是命令 0x%1 的响应，而非 0x%2</translation>
    </message>
    <message numerus="yes">
        <source>a chassis status of %n byte(s) (expected at least 3): %1</source>
        <translation>
            <numerusform>机箱状态为 %n 字节（应至少为 3 字节）：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>boot flags of %n byte(s) (expected 5): %1</source>
        <translation>
            <numerusform>启动标志为 %n 字节（应为 5 字节）：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a boot options answer of %n byte(s): %1</source>
        <translation>
            <numerusform>启动选项应答为 %n 字节：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>boot option parameter %1 instead of 5</source>
        <translation>启动选项参数为 %1，而非 5</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>parameter not supported</source>
        <translation>不支持该参数</translation>
    </message>
    <message>
        <source>another client is setting parameters</source>
        <translation>另一客户端正在设置参数</translation>
    </message>
    <message>
        <source>parameter is read-only</source>
        <translation>参数为只读</translation>
    </message>
    <message>
        <source>node busy</source>
        <translation>节点忙</translation>
    </message>
    <message>
        <source>invalid command</source>
        <translation>无效命令</translation>
    </message>
    <message>
        <source>command invalid for this LUN</source>
        <translation>该命令对此 LUN 无效</translation>
    </message>
    <message>
        <source>timeout while processing the command</source>
        <translation>处理命令时超时</translation>
    </message>
    <message>
        <source>out of space</source>
        <translation>空间不足</translation>
    </message>
    <message>
        <source>reservation cancelled or invalid</source>
        <translation>预留已取消或无效</translation>
    </message>
    <message>
        <source>request data truncated</source>
        <translation>请求数据被截断</translation>
    </message>
    <message>
        <source>request data length invalid</source>
        <translation>请求数据长度无效</translation>
    </message>
    <message>
        <source>request data field length limit exceeded</source>
        <translation>请求数据字段超出长度限制</translation>
    </message>
    <message>
        <source>parameter out of range</source>
        <translation>参数超出范围</translation>
    </message>
    <message>
        <source>cannot return the number of requested data bytes</source>
        <translation>无法返回所请求的数据字节数</translation>
    </message>
    <message>
        <source>requested sensor, data or record not present</source>
        <translation>请求的传感器、数据或记录不存在</translation>
    </message>
    <message>
        <source>invalid data field in request</source>
        <translation>请求中的数据字段无效</translation>
    </message>
    <message>
        <source>command illegal for this sensor or record type</source>
        <translation>该命令对此传感器或记录类型非法</translation>
    </message>
    <message>
        <source>command response could not be provided</source>
        <translation>无法提供命令响应</translation>
    </message>
    <message>
        <source>cannot execute a duplicated request</source>
        <translation>无法执行重复的请求</translation>
    </message>
    <message>
        <source>SDR repository in update mode</source>
        <translation>SDR 存储库处于更新模式</translation>
    </message>
    <message>
        <source>device in firmware update mode</source>
        <translation>设备处于固件更新模式</translation>
    </message>
    <message>
        <source>BMC initialization in progress</source>
        <translation>BMC 正在初始化</translation>
    </message>
    <message>
        <source>destination unavailable</source>
        <translation>目标不可用</translation>
    </message>
    <message>
        <source>insufficient privilege level</source>
        <translation>权限级别不足</translation>
    </message>
    <message>
        <source>command not supported in the present state</source>
        <translation>当前状态下不支持该命令</translation>
    </message>
    <message>
        <source>command sub-function disabled or unavailable</source>
        <translation>命令子功能已禁用或不可用</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>未指明的错误</translation>
    </message>
    <message>
        <source>command-specific error</source>
        <translation>命令特定错误</translation>
    </message>
    <message>
        <source>unknown completion code</source>
        <translation>未知的完成码</translation>
    </message>
    <message>
        <source>BMC %1</source>
        <translation>BMC %1</translation>
    </message>
    <message>
        <source>%1 does not know the user &apos;%2&apos;</source>
        <translation>%1 上不存在用户 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 refused the password of user &apos;%2&apos;</source>
        <translation>%1 拒绝了用户 &apos;%2&apos; 的密码</translation>
    </message>
    <message>
        <source>%1: user &apos;%2&apos; does not have the administrator privilege (%3)</source>
        <translation>%1：用户 &apos;%2&apos; 没有管理员权限（%3）</translation>
    </message>
    <message>
        <source>%1 refused the login of user &apos;%2&apos; (%3)</source>
        <translation>%1 拒绝了用户 &apos;%2&apos; 的登录（%3）</translation>
    </message>
    <message>
        <source>%1 does not offer cipher suite %2</source>
        <translation>%1 不提供加密套件 %2</translation>
    </message>
    <message>
        <source>%1 does not speak IPMI 2.0 (RMCP+)</source>
        <translation>%1 不支持 IPMI 2.0（RMCP+）</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (%3)</source>
        <translation>%1 未在 %2 秒内应答（%3）</translation>
    </message>
    <message>
        <source>%1: the name does not resolve to an IPv4 or IPv6 address</source>
        <translation>%1：该名称无法解析为 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 拒绝了 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1：%2 失败：%3</translation>
    </message>
    <message>
        <source>session activation</source>
        <translation>会话激活</translation>
    </message>
    <message>
        <source>No BMC address set</source>
        <translation>未设置 BMC 地址</translation>
    </message>
    <message>
        <source>%1: the user name is longer than the %2 bytes IPMI allows</source>
        <translation>%1：用户名超过了 IPMI 允许的 %2 字节</translation>
    </message>
    <message>
        <source>%1: the password is longer than the %2 bytes IPMI 2.0 allows</source>
        <translation>%1：密码超过了 IPMI 2.0 允许的 %2 字节</translation>
    </message>
    <message>
        <source>Cipher suite 0 does not check the password; choose another (3 is common)</source>
        <translation>加密套件 0 不校验密码；请选择其他套件（常用的是 3）</translation>
    </message>
    <message>
        <source>Cipher suite %1 is not one FreeIPMI offers (1-3, 6-8, 11, 12, 15-17)</source>
        <translation>FreeIPMI 不提供加密套件 %1（可用：1-3、6-8、11、12、15-17）</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1：内存不足</translation>
    </message>
    <message>
        <source>%1 answered %2 with %3</source>
        <translation>%1 对 %2 的应答异常：%3</translation>
    </message>
    <message>
        <source>%1 refused %2: completion code %3</source>
        <translation>%1 拒绝了 %2：完成码 %3</translation>
    </message>
    <message>
        <source>%1 (tried %2 times)</source>
        <translation>%1（已尝试 %2 次）</translation>
    </message>
    <message>
        <source>Get Chassis Status</source>
        <translation>Get Chassis Status</translation>
    </message>
    <message>
        <source>Chassis Control (%1)</source>
        <translation>Chassis Control（%1）</translation>
    </message>
    <message>
        <source>Set System Boot Options (boot flags)</source>
        <translation>Set System Boot Options（启动标志）</translation>
    </message>
    <message>
        <source>Set System Boot Options (set in progress)</source>
        <translation>Set System Boot Options（设置进行中）</translation>
    </message>
    <message>
        <source>Set System Boot Options (boot info acknowledge)</source>
        <translation>Set System Boot Options（启动信息确认）</translation>
    </message>
    <message>
        <source>Set System Boot Options (commit write)</source>
        <translation>Set System Boot Options（提交写入）</translation>
    </message>
    <message>
        <source>Set System Boot Options (set complete)</source>
        <translation>Set System Boot Options（设置完成）</translation>
    </message>
    <message>
        <source>%1: &apos;other&apos; is not a boot device one can set</source>
        <translation>%1：&apos;other&apos; 不是可设置的启动设备</translation>
    </message>
    <message>
        <source>Get System Boot Options (boot flags)</source>
        <translation>Get System Boot Options（启动标志）</translation>
    </message>
    <message>
        <source>The %1 is larger than %2 MiB</source>
        <translation>%1 超过 %2 MiB</translation>
    </message>
    <message>
        <source>The %1 is not JSON (%2 at byte %3)</source>
        <translation>%1 不是 JSON（第 %3 字节处 %2）</translation>
    </message>
    <message>
        <source>The %1 is not a JSON object</source>
        <translation>%1 不是 JSON 对象</translation>
    </message>
    <message>
        <source>The service root lists no Systems</source>
        <translation>服务根未列出 Systems</translation>
    </message>
    <message>
        <source>The collection has no Members list</source>
        <translation>集合中没有 Members 列表</translation>
    </message>
    <message>
        <source>A collection member has no @odata.id path</source>
        <translation>某个集合成员没有 @odata.id 路径</translation>
    </message>
    <message>
        <source>The ComputerSystem has neither @odata.id nor Id</source>
        <translation>ComputerSystem 既没有 @odata.id 也没有 Id</translation>
    </message>
    <message>
        <source>The system reports no PowerState</source>
        <translation>系统未报告 PowerState</translation>
    </message>
    <message>
        <source>Unknown PowerState &apos;%1&apos;</source>
        <translation>未知的 PowerState &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not offered (reset types: %2)</source>
        <translation>不支持%1操作（可用的重置类型：%2）</translation>
    </message>
    <message>
        <source>BMC %1: invalid resource path &apos;%2&apos;</source>
        <translation>BMC %1：无效的资源路径 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>BMC %1 presents a certificate nobody accepted yet (%2); its SHA-256 fingerprint is %3</source>
        <translation>BMC %1 出示的证书尚未被接受过（%2）；其 SHA-256 指纹为 %3</translation>
    </message>
    <message>
        <source>BMC %1 presents a certificate other than the accepted one: SHA-256 %2, accepted %3</source>
        <translation>BMC %1 出示的证书与已接受的证书不同：SHA-256 为 %2，已接受的为 %3</translation>
    </message>
    <message>
        <source>BMC %1 answered %2 %3 with more than %4 MiB</source>
        <translation>BMC %1 对 %2 %3 的应答超过 %4 MiB</translation>
    </message>
    <message>
        <source>BMC %1 did not answer %2 %3 within %4 ms</source>
        <translation>BMC %1 未在 %4 毫秒内应答 %2 %3</translation>
    </message>
    <message>
        <source>BMC %1 is unreachable: %2</source>
        <translation>无法连接 BMC %1：%2</translation>
    </message>
    <message>
        <source>BMC %1 closed the connection without an HTTP answer to %2 %3</source>
        <translation>BMC %1 未对 %2 %3 作出 HTTP 应答就关闭了连接</translation>
    </message>
    <message>
        <source>BMC %1: the TLS handshake failed: %2</source>
        <translation>BMC %1：TLS 握手失败：%2</translation>
    </message>
    <message>
        <source>BMC %1 gave no usable HTTP answer to %2 %3: %4</source>
        <translation>BMC %1 未对 %2 %3 给出可用的 HTTP 应答：%4</translation>
    </message>
    <message>
        <source>BMC %1 refused %2: HTTP %3: %4</source>
        <translation>BMC %1 拒绝了%2：HTTP %3：%4</translation>
    </message>
    <message>
        <source>BMC %1, %2: %3</source>
        <translation>BMC %1，%2：%3</translation>
    </message>
    <message>
        <source>BMC %1 refused the user &apos;%2&apos; (HTTP %3)</source>
        <translation>BMC %1 拒绝了用户 &apos;%2&apos;（HTTP %3）</translation>
    </message>
    <message>
        <source>the service root</source>
        <translation>服务根请求</translation>
    </message>
    <message>
        <source>BMC %1 refused a session for the user &apos;%2&apos; (HTTP %3)</source>
        <translation>BMC %1 拒绝为用户 &apos;%2&apos; 创建会话（HTTP %3）</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>会话请求</translation>
    </message>
    <message>
        <source>BMC %1 opened a session without an X-Auth-Token</source>
        <translation>BMC %1 创建了会话，但未返回 X-Auth-Token</translation>
    </message>
    <message>
        <source>BMC %1 refused %2 %3 to the user &apos;%4&apos; (HTTP %5)</source>
        <translation>BMC %1 拒绝了用户 &apos;%4&apos; 的 %2 %3 请求（HTTP %5）</translation>
    </message>
    <message>
        <source>BMC %1 manages no system (%2 is empty)</source>
        <translation>BMC %1 未管理任何系统（%2 为空）</translation>
    </message>
    <message>
        <source>BMC %1 manages %2 systems (%3): name one by its MAC or UUID</source>
        <translation>BMC %1 管理着 %2 个系统（%3）：请通过 MAC 或 UUID 指定其中一个</translation>
    </message>
    <message>
        <source>BMC %1 manages no system with MAC or UUID %2 (systems: %3)</source>
        <translation>BMC %1 管理的系统中没有 MAC 或 UUID 为 %2 的系统（现有系统：%3）</translation>
    </message>
    <message>
        <source>BMC %1 has several systems with MAC or UUID %2: %3</source>
        <translation>BMC %1 有多个 MAC 或 UUID 为 %2 的系统：%3</translation>
    </message>
    <message>
        <source>BMC %1: %2 offers no ComputerSystem.Reset</source>
        <translation>BMC %1：%2 未提供 ComputerSystem.Reset</translation>
    </message>
    <message>
        <source>the reset %1</source>
        <translation>重置请求 %1</translation>
    </message>
    <message>
        <source>the boot override %1</source>
        <translation>启动覆盖设置 %1</translation>
    </message>
    <message>
        <source>BMC %1: no Redfish boot target for this device</source>
        <translation>BMC %1：此启动设备没有对应的 Redfish 启动目标</translation>
    </message>
    <message>
        <source>BMC %1 offers no boot target %2 (only %3)</source>
        <translation>BMC %1 不提供启动目标 %2（仅提供 %3）</translation>
    </message>
</context>
<context>
    <name>Crashcart::Bmc::CredentialStore</name>
    <message>
        <source>No keychain service is running (the Secret Service, e.g. GNOME Keyring or KWallet). Crashcart keeps BMC passwords only there: start one in this session and try again. (%1)</source>
        <translation>没有正在运行的密钥环服务（Secret Service，例如 GNOME Keyring 或 KWallet）。Crashcart 只在其中保存 BMC 密码：请在当前会话中启动一个密钥环服务，然后重试。（%1）</translation>
    </message>
    <message>
        <source>The keychain refused access to %1: %2</source>
        <translation>密钥环拒绝访问 %1：%2</translation>
    </message>
    <message>
        <source>The keychain could not handle %1: %2</source>
        <translation>密钥环无法处理 %1：%2</translation>
    </message>
    <message>
        <source>the BMC login of %1</source>
        <translation>%1 的 BMC 登录凭据</translation>
    </message>
    <message>
        <source>The keychain entry for the BMC of %1 is damaged; store the login again</source>
        <translation>密钥环中 %1 的 BMC 条目已损坏；请重新保存登录凭据</translation>
    </message>
    <message>
        <source>a test entry</source>
        <translation>测试条目</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s) (is it locked and asking for its password?)</source>
        <translation>
            <numerusform>密钥环在 %n 秒内没有应答（它是否已锁定并在等待输入密码？）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::BootConfig::BootContent</name>
    <message>
        <source>No such file: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <source>Install %1 with %2</source>
        <translation>使用 %2 安装 %1</translation>
    </message>
    <message>
        <source>Profile %1 names %2, which is not a file on this machine</source>
        <translation>配置方案 %1 指定的 %2 不是本机上的文件</translation>
    </message>
    <message>
        <source>The answer file template %1 of profile %2 cannot be read: %3</source>
        <translation>无法读取配置方案 %2 的应答文件模板 %1：%3</translation>
    </message>
    <message>
        <source>The answer file template %1 has errors for %2 (line %3: %4)</source>
        <translation>应答文件模板 %1 为 %2 渲染时出错（第 %3 行：%4）</translation>
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
        <source>install status: print each change until the installs end.</source>
        <translation>install status：逐条打印每次变化，直到安装全部结束。</translation>
    </message>
    <message>
        <source>Use the inventory at URI, a PostgreSQL server (postgresql://USER@HOST/DB), or &apos;sqlite&apos; for the workspace&apos;s own file (default: $CRASHCART_DATABASE, else the workspace&apos;s setting, else its file).</source>
        <translation>使用位于 URI 的主机清单，即 PostgreSQL 服务器（postgresql://USER@HOST/DB），或用 &apos;sqlite&apos; 表示工作区自己的文件（默认：$CRASHCART_DATABASE，未设置时为工作区的设置，再否则为工作区的文件）。</translation>
    </message>
    <message>
        <source>--database needs a URI</source>
        <translation>--database 需要一个 URI</translation>
    </message>
    <message>
        <source>Crashcart without a screen: inventory and servers from the shell.

Commands:
  hosts import FILE.csv   import hosts; bad rows are listed as FILE:LINE: reason
  hosts list              list the hosts (--json for JSON)
  hosts export [FILE]     write the hosts as CSV (to standard output without FILE)
  hosts arm|disarm MAC... arm hosts (their next network boot installs) or disarm them
  hosts timeline MAC      every event of a host, from DHCP to the end of its install
  hosts report MAC        the hardware report of its last install (--json for the raw one)
  install status          the installs running now (--follow: each change until they end)
  install [start] MAC...  check the hosts, arm them and have their BMCs boot them from
                          the network (install start --help)
  install cancel MAC...   end installs; the hosts boot their disks
  bmc status|on|off|cycle|reset|soft-off|pxe-once|clear-boot MAC...
  bmc credentials|forget|trust|cipher-suite ...
                          a host&apos;s BMC: power, next boot, login in the keychain (bmc --help)
  distros import|list|remove
                          distributions from disc images read in place, or the Debian
                          installer&apos;s folder (distros --help)
  profiles list|set|remove
                          what a profile boots: kernel, initrds, arguments, kickstart
                          (profiles --help)
  serve                   run the netboot servers until interrupted; with a workspace
                          the inventory answers what each machine boots; serve --check:
                          the pre-flight only (ports, loaders, other DHCP/PXE servers)
  ks lint [--release R] [--json] FILE...
                          check kickstart files (release RHEL9 unless given; ks --help)
  ks render --host MAC TEMPLATE
                          render a template for a host and lint it (ks render --help)
  initrd ls|cat|extract|info|diff|add|rm ...
                          read and edit initramfs images (initrd --help)
  db status|use|password|migrate-to|init|grant ...
                          where the inventory lives: the workspace&apos;s SQLite file or a
                          team&apos;s PostgreSQL server; its roles (db --help)
  audit [--host MAC] [--since T] [--json]
                          who armed, cancelled, powered or changed a profile, and when

--database URI (any command): work on the inventory at URI (postgresql://USER@HOST/DB),
or &apos;sqlite&apos; for the workspace&apos;s file, instead of the workspace&apos;s setting.</source>
        <translation>无界面的 Crashcart：在 shell 中管理主机清单和服务器。

命令：
  hosts import FILE.csv   导入主机；有问题的行以“FILE:LINE: 原因”的形式列出
  hosts list              列出主机（--json 输出 JSON）
  hosts export [FILE]     将主机导出为 CSV（未指定 FILE 时写到标准输出）
  hosts arm|disarm MAC... 将主机标记为待安装（下次网络启动时安装）或取消待安装
  hosts timeline MAC      主机的所有事件，从 DHCP 直到安装结束
  hosts report MAC        主机最近一次安装的硬件报告（--json 输出原始报告）
  install status          当前正在进行的安装（--follow：逐条显示每次变化，直到安装结束）
  install [start] MAC...  检查主机，将其标记为待安装，并通过其 BMC 让它们
                          从网络启动（install start --help）
  install cancel MAC...   结束安装；主机从本地磁盘启动
  bmc status|on|off|cycle|reset|soft-off|pxe-once|clear-boot MAC...
  bmc credentials|forget|trust|cipher-suite ...
                          主机的 BMC：电源、下次启动、密钥环中的登录凭据（bmc --help）
  distros import|list|remove
                          发行版：来自就地读取的光盘镜像，或 Debian 安装程序的
                          文件夹（distros --help）
  profiles list|set|remove
                          配置方案启动的内容：内核、initrd、内核参数、kickstart
                          （profiles --help）
  serve                   运行网络启动服务器，直到被中断；指定工作区时，
                          由主机清单决定每台机器启动的内容；serve --check：
                          仅做预检（端口、引导程序、其他 DHCP/PXE 服务器）
  ks lint [--release R] [--json] FILE...
                          检查 kickstart 文件（未指定版本时按 RHEL9；ks --help）
  ks render --host MAC TEMPLATE
                          为主机渲染模板并检查结果（ks render --help）
  initrd ls|cat|extract|info|diff|add|rm ...
                          读取和编辑 initramfs 镜像（initrd --help）
  db status|use|password|migrate-to|init|grant ...
                          主机清单所在的位置：工作区的 SQLite 文件，或团队的
                          PostgreSQL 服务器；以及其中的角色（db --help）
  audit [--host MAC] [--since T] [--json]
                          谁在何时将主机标记为待安装、取消安装、操作电源或修改配置方案

--database URI（适用于所有命令）：使用位于 URI 的主机清单（postgresql://USER@HOST/DB），
或用 &apos;sqlite&apos; 表示工作区自己的文件，而不使用工作区的设置。</translation>
    </message>
    <message>
        <source>Exit status:
  0  done; serve: every server stopped after Ctrl-C or SIGTERM
  1  failed, with the reason on standard error (hosts import: a row was
     rejected; ks lint: an error was found, the findings on standard output)
  2  usage: an unknown command or a bad option

Environment:
  CRASHCART_WORKSPACE     the workspace when --workspace is not given
  CRASHCART_DATABASE      the inventory&apos;s address when --database is not given
                          (postgresql://USER@HOST/DB, or sqlite)
  LANG, LC_ALL, LANGUAGE  the language of messages (en or zh_CN)
  PATH                    where ks lint looks for shellcheck and python3

Files:
  %1
                          the workspace when neither --workspace nor
                          CRASHCART_WORKSPACE names one
  WORKSPACE/crashcart.db  the inventory: hosts, profiles, distributions, events
  WORKSPACE/workspace.ini the inventory&apos;s address when it is on PostgreSQL (db use)
  WORKSPACE/tftp, WORKSPACE/http
                          what serve hands out (boot loaders, kernels, answers)
  WORKSPACE/dhcp-leases.json
                          the addresses serve --dhcp full has leased
  /usr/lib/PXELINUX, /usr/lib/syslinux/modules/bios, /usr/lib/ipxe,
  /usr/lib/shim, /usr/lib/grub/x86_64-efi-signed
                          where serve --check looks for the boot loaders of
                          the packages pxelinux, syslinux-common, ipxe,
                          shim-signed and grub-efi-amd64-signed
  /etc/default/crashcart-serve
                          the options of serve as the crashcart-serve service</source>
        <translation>退出状态：
  0  完成；serve：收到 Ctrl-C 或 SIGTERM 后所有服务器均已停止
  1  失败，原因输出到标准错误（hosts import：有行被拒绝；
     ks lint：发现错误，检查结果输出到标准输出）
  2  用法错误：未知的命令或错误的选项

环境变量：
  CRASHCART_WORKSPACE     未给出 --workspace 时使用的工作区
  CRASHCART_DATABASE      未给出 --database 时清单所在的地址
                          （postgresql://USER@HOST/DB，或 sqlite）
  LANG, LC_ALL, LANGUAGE  消息的语言（en 或 zh_CN）
  PATH                    ks lint 在其中查找 shellcheck 和 python3

文件：
  %1
                          既没有 --workspace 也没有 CRASHCART_WORKSPACE
                          指定工作区时使用的工作区
  WORKSPACE/crashcart.db  清单：主机、配置方案、发行版、事件
  WORKSPACE/workspace.ini 清单位于 PostgreSQL 上时它的地址（db use）
  WORKSPACE/tftp, WORKSPACE/http
                          serve 提供的内容（引导程序、内核、应答文件）
  WORKSPACE/dhcp-leases.json
                          serve --dhcp full 已分配的地址
  /usr/lib/PXELINUX, /usr/lib/syslinux/modules/bios, /usr/lib/ipxe,
  /usr/lib/shim, /usr/lib/grub/x86_64-efi-signed
                          serve --check 在这些位置查找软件包 pxelinux、
                          syslinux-common、ipxe、shim-signed 和
                          grub-efi-amd64-signed 提供的引导程序
  /etc/default/crashcart-serve
                          作为 crashcart-serve 服务运行时 serve 的选项</translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::Audit</name>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Only what concerns the host with this MAC.</source>
        <translation>只显示与该 MAC 的主机有关的记录。</translation>
    </message>
    <message>
        <source>Only from T on: an ISO 8601 date or time (UTC unless it says otherwise), or an age such as 30m, 12h, 7d.</source>
        <translation>只显示从 T 起的记录：ISO 8601 日期或时间（未注明时区时为 UTC），或 30m、12h、7d 这样的时长。</translation>
    </message>
    <message>
        <source>usage: crashcart-cli audit [--host MAC] [--since T] [--json]
Who armed, disarmed, cancelled, powered or changed a profile, and when: the database role on PostgreSQL (none on a workspace&apos;s SQLite file). Nobody can change or delete an entry.</source>
        <translation>用法：crashcart-cli audit [--host MAC] [--since T] [--json]
谁在何时将主机标记为待安装、取消待安装、取消安装、操作电源或修改配置方案：PostgreSQL 上记录数据库角色（工作区的 SQLite 文件上没有）。任何人都不能修改或删除记录。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time: write 2026-12-06, 2026-12-06T07:30:00Z, or an age such as 30m, 12h, 7d</source>
        <translation>&apos;%1&apos; 不是时间：请写成 2026-12-06、2026-12-06T07:30:00Z，或 30m、12h、7d 这样的时长</translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::Bmc</name>
    <message>
        <source>usage: crashcart-cli bmc credentials MAC... --user USER [--password-stdin]
                        store the BMC login in the system keychain (asked on the terminal
                        unless --password-stdin); never on the command line
       crashcart-cli bmc forget MAC...          remove the stored login
       crashcart-cli bmc status MAC... [--json] power state and next boot
       crashcart-cli bmc on|off|cycle|reset|soft-off MAC...
       crashcart-cli bmc pxe-once MAC...        next boot from the network, in the profile&apos;s firmware mode
       crashcart-cli bmc clear-boot MAC...      no next-boot override: the machine&apos;s own order
       crashcart-cli bmc trust MAC --fingerprint SHA256
                        accept the TLS certificate a Redfish BMC presents, when it has this SHA-256
       crashcart-cli bmc cipher-suite MAC N     the IPMI cipher suite (default 3)</source>
        <translation>用法：crashcart-cli bmc credentials MAC... --user USER [--password-stdin]
                       将 BMC 登录凭据保存到系统密钥环（未指定 --password-stdin 时
                       在终端上询问密码）；绝不经由命令行传递
      crashcart-cli bmc forget MAC...          删除已保存的登录凭据
      crashcart-cli bmc status MAC... [--json] 电源状态和下次启动设置
      crashcart-cli bmc on|off|cycle|reset|soft-off MAC...
      crashcart-cli bmc pxe-once MAC...        下次从网络启动，使用配置方案的固件模式
      crashcart-cli bmc clear-boot MAC...      取消下次启动覆盖设置：按机器自身的启动顺序
      crashcart-cli bmc trust MAC --fingerprint SHA256
                       接受 Redfish BMC 出示的 TLS 证书（仅当其 SHA-256 与此值一致时）
      crashcart-cli bmc cipher-suite MAC N     IPMI 加密套件（默认 3）</translation>
    </message>
    <message>
        <source>%1 is not in the inventory</source>
        <translation>%1 不在主机清单中</translation>
    </message>
    <message>
        <source>%1: no BMC login stored; set one with crashcart-cli bmc credentials %1 --user USER</source>
        <translation>%1：未保存 BMC 登录凭据；请用 crashcart-cli bmc credentials %1 --user USER 设置</translation>
    </message>
    <message>
        <source>Password of BMC user %1: </source>
        <translation>BMC 用户 %1 的密码：</translation>
    </message>
    <message>
        <source>No password given (type it at the prompt, or pipe it with --password-stdin)</source>
        <translation>未提供密码（请在提示时输入，或通过管道经 --password-stdin 传入）</translation>
    </message>
    <message numerus="yes">
        <source>BMC login of %n host(s) stored in the system keychain</source>
        <translation>
            <numerusform>已将 %n 台主机的 BMC 登录凭据保存到系统密钥环</numerusform>
        </translation>
    </message>
    <message>
        <source>  The BMC presents a certificate with SHA-256 %1.
  Compare it with the BMC&apos;s own display, then: crashcart-cli bmc trust %2 --fingerprint %1</source>
        <translation>  该 BMC 出示的证书的 SHA-256 为 %1。
  请与 BMC 自身显示的指纹比对，然后执行：crashcart-cli bmc trust %2 --fingerprint %1</translation>
    </message>
    <message>
        <source>next boot: own order</source>
        <translation>下次启动：按自身启动顺序</translation>
    </message>
    <message>
        <source>next boot: %1 %2 %3</source>
        <translation>下次启动：%1 %2 %3</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>The BMC user.</source>
        <translation>BMC 用户名。</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>从标准输入读取密码。</translation>
    </message>
    <message>
        <source>The certificate&apos;s SHA-256, as hex.</source>
        <translation>证书的 SHA-256 指纹（十六进制）。</translation>
    </message>
    <message>
        <source>%1: certificate %2 accepted</source>
        <translation>%1：已接受证书 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cipher suite number</source>
        <translation>&apos;%1&apos; 不是加密套件编号</translation>
    </message>
    <message>
        <source>power %1, %2</source>
        <translation>电源 %1，%2</translation>
    </message>
    <message>
        <source>%1: done, power %2</source>
        <translation>%1：已完成，电源 %2</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>armed only: boot it by hand</source>
        <translation>仅标记为待安装：需手动启动</translation>
    </message>
    <message>
        <source>runs: PXE once, then power cycle</source>
        <translation>运行中：PXE 启动一次，然后断电重启</translation>
    </message>
    <message>
        <source>off: PXE once, then power on</source>
        <translation>已关机：PXE 启动一次，然后开机</translation>
    </message>
    <message>
        <source>erases disks: %1</source>
        <translation>将擦除磁盘：%1</translation>
    </message>
    <message>
        <source>certificate presented: SHA-256 %1 (crashcart-cli bmc trust %2 --fingerprint ...)</source>
        <translation>出示的证书：SHA-256 %1（crashcart-cli bmc trust %2 --fingerprint ...）</translation>
    </message>
    <message>
        <source>Do not ask before erasing disks.</source>
        <translation>擦除磁盘前不再询问。</translation>
    </message>
    <message>
        <source>Run the pre-flight only.</source>
        <translation>仅运行安装前检查。</translation>
    </message>
    <message>
        <source>Lint the kickstarts against release R (default %1).</source>
        <translation>按版本 R 检查 kickstart（默认 %1）。</translation>
    </message>
    <message>
        <source>The address installers reach the servers at (default: as serve decides).</source>
        <translation>安装程序访问服务器所用的地址（默认：由 serve 决定）。</translation>
    </message>
    <message>
        <source>The address serve listens on.</source>
        <translation>serve 监听的地址。</translation>
    </message>
    <message>
        <source>The interface serve answers DHCP on.</source>
        <translation>serve 应答 DHCP 所用的网络接口。</translation>
    </message>
    <message>
        <source>serve&apos;s HTTP port (default 80).</source>
        <translation>serve 的 HTTP 端口（默认 80）。</translation>
    </message>
    <message>
        <source>usage: crashcart-cli install start MAC... [--yes] [--skip-blocked] [--no-bmc] [--check]
                                  [--release R] [--server ADDR] [--listen ADDR] [--interface IF]
                                  [--http-port N]
Checks each host (profile, files, kickstart, BMC, servers), then arms them and has their
BMCs boot them from the network once. Follow them with: crashcart-cli install status --follow</source>
        <translation>用法：crashcart-cli install start MAC... [--yes] [--skip-blocked] [--no-bmc] [--check]
                                 [--release R] [--server ADDR] [--listen ADDR] [--interface IF]
                                 [--http-port N]
检查每台主机（配置方案、文件、kickstart、BMC、服务器），然后将其标记为待安装，并通过其
BMC 让它们从网络启动一次。跟踪安装进度：crashcart-cli install status --follow</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) blocked: nothing was started (fix them, or --skip-blocked to install the others)</source>
        <translation>
            <numerusform>%n 台主机受阻：未启动任何安装（请修复这些主机，或使用 --skip-blocked 安装其余主机）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This erases the disks of %n host(s): %1. Go on?</source>
        <translation>
            <numerusform>此操作将擦除 %n 台主机的磁盘：%1。是否继续？</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing started: the kickstarts erase disks; confirm at the prompt or pass --yes</source>
        <translation>未启动任何安装：kickstart 会擦除磁盘；请在提示时确认，或指定 --yes</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) armed</source>
        <translation>
            <numerusform>已将 %n 台主机标记为待安装</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow the installs with: crashcart-cli install status --follow</source>
        <translation>跟踪安装进度：crashcart-cli install status --follow</translation>
    </message>
    <message>
        <source>Some hosts were not started; see above and their timelines (crashcart-cli hosts timeline MAC)</source>
        <translation>部分主机未开始安装；请查看上方输出及其时间线（crashcart-cli hosts timeline MAC）</translation>
    </message>
    <message>
        <source>%1 (not marked valid: the machine&apos;s own order)</source>
        <translation>%1（未标记为有效：按机器自身的启动顺序）</translation>
    </message>
    <message>
        <source>the BMC reports %1 after it was told to boot from the network</source>
        <translation>已要求 BMC 从网络启动，但它报告的是 %1</translation>
    </message>
    <message>
        <source>Install the hosts that are not blocked, even when others are.</source>
        <translation>即使其他主机受阻，也安装未受阻的主机。</translation>
    </message>
    <message>
        <source>Do not block hosts without a BMC: arm them only (someone boots them by hand).</source>
        <translation>没有 BMC 的主机不算受阻：只标记为待安装（由人手动启动）。</translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::Db</name>
    <message>
        <source>Inventory: %1 (%2), schema %3</source>
        <translation>主机清单：%1（%2），schema 版本 %3</translation>
    </message>
    <message>
        <source>The workspace %1 keeps its inventory in %2 again.</source>
        <translation>工作区 %1 重新将主机清单保存在 %2 中。</translation>
    </message>
    <message>
        <source>The workspace %1 now keeps its inventory on %2.</source>
        <translation>工作区 %1 现在将主机清单保存在 %2 上。</translation>
    </message>
    <message>
        <source>Forgot the password of %1.</source>
        <translation>已删除 %1 的密码。</translation>
    </message>
    <message>
        <source>Stored the password of %1 in the keychain.</source>
        <translation>已将 %1 的密码保存到密钥环。</translation>
    </message>
    <message>
        <source>%1 is not empty (it has a table %2, and no Crashcart inventory): copy only into an empty database, e.g. one made with: createdb -O USER DATABASE</source>
        <translation>%1 不是空的（其中有表 %2，且不是 Crashcart 主机清单）：只能复制到空数据库中，例如用以下命令创建的数据库：createdb -O USER DATABASE</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the inventory of %1 to %2, every table&apos;s rows counted on both sides. To work on it from now on: crashcart-cli db use %3</source>
        <translation>已将 %1 的主机清单复制到 %2，两边每张表的行数均已核对。从现在起使用它：crashcart-cli db use %3</translation>
    </message>
    <message>
        <source>usage: crashcart-cli db status                 where this workspace&apos;s inventory lives
       crashcart-cli db use URI|sqlite         keep the inventory on a PostgreSQL server from now on
                                               (checked first), or in the workspace&apos;s file again
       crashcart-cli db password URI           store the server&apos;s password in the keychain (read
                                               from standard input; an empty line forgets it)
       crashcart-cli db migrate-to URI         copy the workspace&apos;s SQLite inventory into an empty
                                               PostgreSQL database, in one transaction
       crashcart-cli db init [--database URI]  as the database&apos;s owner (CREATEROLE): the schema and
                                               the roles crashcart_viewer, _operator and _admin
       crashcart-cli db grant USER --role viewer|operator|admin [--pool P]...
                                               what an existing login role may do; an operator works
                                               on hosts tagged pool=P only
URI: postgresql://USER@HOST:PORT/DATABASE or postgresql://USER@/DATABASE?host=/run/postgresql.
Passwords come from ~/.pgpass or the keychain, never from the URI.</source>
        <translation>用法：crashcart-cli db status                 此工作区的主机清单所在的位置
      crashcart-cli db use URI|sqlite         从现在起将主机清单保存在 PostgreSQL 服务器上
                                              （先检查连接），或重新保存在工作区的文件中
      crashcart-cli db password URI           将服务器的密码保存到密钥环（从标准输入读取；
                                              输入空行则删除已保存的密码）
      crashcart-cli db migrate-to URI         在一个事务中将工作区的 SQLite 主机清单复制到
                                              一个空的 PostgreSQL 数据库
      crashcart-cli db init [--database URI]  由数据库的所有者（具有 CREATEROLE）运行：创建 schema
                                              以及角色 crashcart_viewer、_operator 和 _admin
      crashcart-cli db grant USER --role viewer|operator|admin [--pool P]...
                                              设定一个已有登录角色的权限；操作员只能操作
                                              带有 pool=P 标签的主机
URI：postgresql://USER@HOST:PORT/DATABASE 或 postgresql://USER@/DATABASE?host=/run/postgresql。
密码来自 ~/.pgpass 或密钥环，绝不来自 URI。</translation>
    </message>
    <message>
        <source>%1 is ready: schema %2, roles crashcart_viewer, crashcart_operator and crashcart_admin. Give people their rights with: crashcart-cli db grant USER --role viewer|operator|admin [--pool P]</source>
        <translation>%1 已就绪：schema 版本 %2，角色 crashcart_viewer、crashcart_operator 和 crashcart_admin。用以下命令为用户授予权限：crashcart-cli db grant USER --role viewer|operator|admin [--pool P]</translation>
    </message>
    <message>
        <source>--role is viewer, operator or admin, not &apos;%1&apos;</source>
        <translation>--role 应为 viewer、operator 或 admin，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is now a %2 on %3.</source>
        <translation>%1 现在是 %3 上的 %2。</translation>
    </message>
    <message>
        <source>%1 is now an operator on %2 for the pools %3.</source>
        <translation>%1 现在是 %2 上资源池 %3 的操作员（operator）。</translation>
    </message>
    <message>
        <source>db grant: viewer, operator or admin.</source>
        <translation>db grant：viewer、operator 或 admin。</translation>
    </message>
    <message>
        <source>db grant: a pool the operator works on (hosts tagged pool=P); repeat it for more.</source>
        <translation>db grant：操作员可操作的资源池（带有 pool=P 标签的主机）；可重复指定多个。</translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::Distros</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>This image was imported before, as %1 (%2 %3)</source>
        <translation>此镜像之前已导入为 %1（%2 %3）</translation>
    </message>
    <message>
        <source>Imported %1: %2 %3 %4, served under /distros/%1/</source>
        <translation>已导入 %1：%2 %3 %4，在 /distros/%1/ 下发布</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>The distribution&apos;s name (default: from what the image is).</source>
        <translation>发行版的名称（默认：根据镜像内容确定）。</translation>
    </message>
    <message>
        <source>usage: crashcart-cli distros import FILE.iso|DIR [--name NAME] [--json]
       crashcart-cli distros list [--json]
       crashcart-cli distros remove NAME
An image is read in place, never mounted or copied: keep it where it is.</source>
        <translation>用法：crashcart-cli distros import FILE.iso|DIR [--name NAME] [--json]
      crashcart-cli distros list [--json]
      crashcart-cli distros remove NAME
镜像就地读取，不会被挂载或复制：请将其保留在原处。</translation>
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
    <message numerus="yes">
        <source>%n host(s) armed: their next network boot installs</source>
        <translation>
            <numerusform>已将 %n 台主机标记为待安装：下次网络启动时将进行安装</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) disarmed: they boot their disks</source>
        <translation>
            <numerusform>已取消 %n 台主机的待安装标记：它们将从本地磁盘启动</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: crashcart-cli hosts import FILE.csv [--dry-run]
       crashcart-cli hosts list [--json]
       crashcart-cli hosts export [FILE.csv]
       crashcart-cli hosts arm MAC...      the next network boot installs them
       crashcart-cli hosts disarm MAC...   they boot their disks again
       crashcart-cli hosts timeline MAC [--json]   every event of the host, in order
       crashcart-cli hosts report MAC [--json]     the hardware its last install reported</source>
        <translation>用法：crashcart-cli hosts import FILE.csv [--dry-run]
      crashcart-cli hosts list [--json]
      crashcart-cli hosts export [FILE.csv]
      crashcart-cli hosts arm MAC...      下次网络启动时安装这些主机
      crashcart-cli hosts disarm MAC...   这些主机恢复从本地磁盘启动
      crashcart-cli hosts timeline MAC [--json]   主机的所有事件，按时间顺序
      crashcart-cli hosts report MAC [--json]     主机最近一次安装报告的硬件</translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::Initrd</name>
    <message>
        <source>%1: %2 bytes, %3 segments, %4 entries</source>
        <translation>%1: %2 字节，%3 个段，%4 个条目</translation>
    </message>
    <message>
        <source>segment %1: offset %2, %3 bytes (+%4 padding), %5 %6, %7 bytes uncompressed, %8 entries</source>
        <translation>段 %1: 偏移量 %2，%3 字节（+%4 字节填充），%5 %6，解压后 %7 字节，%8 个条目</translation>
    </message>
    <message>
        <source>kernel modules for: %1</source>
        <translation>内核模块所属的内核版本：%1</translation>
    </message>
    <message>
        <source>%1 entries written to %2</source>
        <translation>已将 %1 个条目写入 %2</translation>
    </message>
    <message>
        <source>usage: crashcart-cli initrd COMMAND ... (crashcart-cli initrd --help)</source>
        <translation>用法：crashcart-cli initrd COMMAND ...（参见 crashcart-cli initrd --help）</translation>
    </message>
    <message>
        <source>Read and edit initramfs images (every segment: early uncompressed cpio, then gzip, xz, lzma, zstd, lz4 or bzip2).

Commands:
  ls IMAGE                 one entry a line: path, type, mode, uid, gid, size, segment[, target]
  cat IMAGE PATH           write a file&apos;s content to standard output
  extract IMAGE DIR        unpack into DIR (no root needed; nothing is written outside DIR)
  info IMAGE               the segments: offset, size, compression, entries
  diff A B                 what was added (+), removed (-) and modified (~)
  add IMAGE SRC DEST       add a host file or folder as DEST
  add-binary IMAGE PATH    add a program with the libraries it needs
  add-module IMAGE FILE.ko add a kernel module with its dependencies
  rm IMAGE PATH            remove PATH and everything below it (needs --repack)
  mkdir IMAGE PATH | symlink IMAGE PATH TARGET | mv IMAGE PATH NEWPATH
  chmod IMAGE MODE PATH | chown IMAGE UID:GID PATH
Editing commands write -o OUT: an overlay segment appended to the original bytes by default, or a full rewrite with --repack. Exit 0 ok, 1 failure, 2 usage.</source>
        <translation>读取和编辑 initramfs 镜像（支持所有段：开头的未压缩 cpio，以及 gzip、xz、lzma、zstd、lz4 或 bzip2 压缩的段）。

命令：
  ls IMAGE                 每行一个条目：路径、类型、权限、uid、gid、大小、段[、目标]
  cat IMAGE PATH           将文件内容写到标准输出
  extract IMAGE DIR        解包到 DIR（无需 root；不会在 DIR 之外写入任何内容）
  info IMAGE               列出各段：偏移量、大小、压缩方式、条目数
  diff A B                 显示新增（+）、删除（-）和修改（~）的内容
  add IMAGE SRC DEST       将本机的文件或文件夹添加为 DEST
  add-binary IMAGE PATH    添加程序及其所需的库
  add-module IMAGE FILE.ko 添加内核模块及其依赖
  rm IMAGE PATH            删除 PATH 及其下的所有内容（需要 --repack）
  mkdir IMAGE PATH | symlink IMAGE PATH TARGET | mv IMAGE PATH NEWPATH
  chmod IMAGE MODE PATH | chown IMAGE UID:GID PATH
编辑类命令需用 -o OUT 指定输出：默认在原始字节之后追加一个叠加层段，使用 --repack 则完整重写镜像。退出码：0 成功，1 失败，2 用法错误。</translation>
    </message>
    <message>
        <source>ls, cat, extract, info, diff, add, rm, ...</source>
        <translation>ls, cat, extract, info, diff, add, rm, ...</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>ls: list what the kernel ends up with (one entry per path, later segments win).</source>
        <translation>ls: 列出内核最终得到的内容（每个路径一个条目，后面的段优先）。</translation>
    </message>
    <message>
        <source>Write the edited image to OUT (may be IMAGE itself; an existing OUT is kept as OUT.orig).</source>
        <translation>将编辑后的镜像写入 OUT（可以就是 IMAGE 本身；已存在的 OUT 会保留为 OUT.orig）。</translation>
    </message>
    <message>
        <source>Rewrite the image instead of appending an overlay segment.</source>
        <translation>重写整个镜像，而不是追加叠加层段。</translation>
    </message>
    <message>
        <source>Compression of the new segment: %1.</source>
        <translation>新段的压缩方式：%1。</translation>
    </message>
    <message>
        <source>Compression level (default: what the usual tool uses).</source>
        <translation>压缩级别（默认：与常用工具的默认值相同）。</translation>
    </message>
    <message>
        <source>Compression threads (default: one per core).</source>
        <translation>压缩线程数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <source>Do not keep the replaced OUT as OUT.orig.</source>
        <translation>不将被替换的 OUT 保留为 OUT.orig。</translation>
    </message>
    <message>
        <source>Refuse images that unpack to more than MIB mebibytes (default 4096).</source>
        <translation>拒绝解包后大于 MIB MiB 的镜像（默认 4096）。</translation>
    </message>
    <message>
        <source>add, mkdir: the permission bits of the new entries.</source>
        <translation>add, mkdir: 新条目的权限位。</translation>
    </message>
    <message>
        <source>Say where to write the result with -o OUT (OUT may be the image itself).</source>
        <translation>请用 -o OUT 指定结果的写入位置（OUT 可以就是镜像本身）。</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 bytes (%4, %5)</source>
        <translation>%1: %2 -&gt; %3 字节（%4，%5）</translation>
    </message>
    <message>
        <source>repacked</source>
        <translation>已重新打包</translation>
    </message>
    <message>
        <source>overlay appended</source>
        <translation>已追加叠加层</translation>
    </message>
    <message>
        <source>original kept as %1</source>
        <translation>原文件已保留为 %1</translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::InitrdDeps</name>
    <message>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>symlink -&gt; %1</source>
        <translation>符号链接 -&gt; %1</translation>
    </message>
    <message>
        <source>generated, %1 bytes</source>
        <translation>自动生成，%1 字节</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>already in the image</source>
        <translation>镜像中已有</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <source>%1 to add, %2 already in the image, %3 missing</source>
        <translation>待添加 %1 个，镜像中已有 %2 个，缺失 %3 个</translation>
    </message>
    <message>
        <source>add-binary: put the program itself in DIR of the image (default: its path here).</source>
        <translation>add-binary: 将程序本身放到镜像中的 DIR 下（默认：与本机上的路径相同）。</translation>
    </message>
    <message>
        <source>add-module: take dependencies from DIR (default: /lib/modules/&lt;the module&apos;s kernel release&gt;).</source>
        <translation>add-module: 从 DIR 获取依赖（默认：/lib/modules/&lt;模块的内核版本&gt;）。</translation>
    </message>
    <message>
        <source>add-module: install for this kernel version (needed when the image has no lib/modules/).</source>
        <translation>add-module: 为此内核版本安装（镜像中没有 lib/modules/ 时必须指定）。</translation>
    </message>
    <message>
        <source>add-module: look for firmware in DIR (default /lib/firmware).</source>
        <translation>add-module: 在 DIR 中查找固件（默认 /lib/firmware）。</translation>
    </message>
    <message>
        <source>add-binary, add-module: print what would be added and write nothing.</source>
        <translation>add-binary, add-module: 只显示将要添加的内容，不写入任何文件。</translation>
    </message>
    <message>
        <source>Say where to write the result with -o OUT (OUT may be the image itself), or use --dry-run.</source>
        <translation>请用 -o OUT 指定结果的写入位置（OUT 可以就是镜像本身），或使用 --dry-run。</translation>
    </message>
    <message>
        <source>Nothing written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
    <message>
        <source>The image already has everything; nothing written.</source>
        <translation>镜像中已包含所需的全部内容；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::Install</name>
    <message>
        <source>No install is running.</source>
        <translation>没有正在进行的安装。</translation>
    </message>
    <message>
        <source>usage: crashcart-cli install status [--follow] [--json]   the installs running now
       crashcart-cli install cancel MAC...              end them; the hosts boot their disks</source>
        <translation>用法：crashcart-cli install status [--follow] [--json]   当前正在进行的安装
      crashcart-cli install cancel MAC...              结束这些安装；主机从本地磁盘启动</translation>
    </message>
    <message numerus="yes">
        <source>%n install(s) cancelled: the hosts boot their disks</source>
        <translation>
            <numerusform>已取消 %n 个安装：这些主机从本地磁盘启动</numerusform>
        </translation>
    </message>
    <message>
        <source>Install %1 of %2, armed %3 (%4)</source>
        <translation>安装 %1（配置方案 %2），标记于 %3（%4）</translation>
    </message>
    <message>
        <source>No install of %1 has posted a hardware report</source>
        <translation>%1 的安装尚未发送硬件报告</translation>
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
    <name>Crashcart::Cli::Profiles</name>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>The kernel file.</source>
        <translation>内核文件。</translation>
    </message>
    <message>
        <source>An initrd file; repeat for more, loaded in order.</source>
        <translation>initrd 文件；可重复指定多个，按顺序加载。</translation>
    </message>
    <message>
        <source>Kernel arguments (inst.repo=..., console=...).</source>
        <translation>内核参数（inst.repo=...、console=...）。</translation>
    </message>
    <message>
        <source>A kickstart template, rendered for each host.</source>
        <translation>kickstart 模板，为每台主机分别渲染。</translation>
    </message>
    <message>
        <source>A description.</source>
        <translation>描述信息。</translation>
    </message>
    <message>
        <source>--%1: %2 is not a file</source>
        <translation>--%1：%2 不是文件</translation>
    </message>
    <message>
        <source>on: the installer sends its log to serve&apos;s syslog server (inst.syslog=, while it runs).</source>
        <translation>on：安装程序将日志发送到 serve 的 syslog 服务器（inst.syslog=，仅在其运行时）。</translation>
    </message>
    <message>
        <source>Minutes an install may stay silent before it has stalled and fails (default 60).</source>
        <translation>安装可保持无动静的分钟数，超过即视为停滞并失败（默认 60）。</translation>
    </message>
    <message>
        <source>--timeout takes a number of minutes</source>
        <translation>--timeout 取值为分钟数</translation>
    </message>
    <message>
        <source>bios or uefi: how the BMC boots the hosts from the network (default bios).</source>
        <translation>bios 或 uefi：BMC 让主机从网络启动的方式（默认 bios）。</translation>
    </message>
    <message>
        <source>--firmware takes bios or uefi</source>
        <translation>--firmware 取值为 bios 或 uefi</translation>
    </message>
    <message>
        <source>A distribution (distros list) whose kernel, initrd and package tree the hosts boot; &quot;&quot; for none.</source>
        <translation>发行版（见 distros list），主机启动其内核、initrd 和软件包树；&quot;&quot; 表示不使用发行版。</translation>
    </message>
    <message>
        <source>A preseed template for the Debian installer, rendered for each host.</source>
        <translation>用于 Debian 安装程序的 preseed 模板，为每台主机分别渲染。</translation>
    </message>
    <message>
        <source>on: UEFI hosts boot the distribution&apos;s own signed shim and GRUB.</source>
        <translation>on：UEFI 主机启动该发行版自带的已签名 shim 和 GRUB。</translation>
    </message>
    <message>
        <source>--%1 takes on or off</source>
        <translation>--%1 取值为 on 或 off</translation>
    </message>
    <message>
        <source>No distribution is named %1 (crashcart-cli distros list)</source>
        <translation>没有名为 %1 的发行版（参见 crashcart-cli distros list）</translation>
    </message>
    <message>
        <source>usage: crashcart-cli profiles list [--json]
       crashcart-cli profiles set NAME [--kernel FILE] [--initrd FILE]... [--args ARGS]
                                       [--kickstart FILE] [--description TEXT]
                                       [--syslog on|off] [--timeout MIN] [--firmware bios|uefi]
                                       [--distribution NAME] [--preseed FILE] [--secure-boot on|off]
       crashcart-cli profiles remove NAME</source>
        <translation>用法：crashcart-cli profiles list [--json]
      crashcart-cli profiles set NAME [--kernel FILE] [--initrd FILE]... [--args ARGS]
                                      [--kickstart FILE] [--description TEXT]
                                      [--syslog on|off] [--timeout MIN] [--firmware bios|uefi]
                                      [--distribution NAME] [--preseed FILE] [--secure-boot on|off]
      crashcart-cli profiles remove NAME</translation>
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
        <source>Lint against release R (default %1).</source>
        <translation>按版本 R 检查（默认 %1）。</translation>
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
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开：%2</translation>
    </message>
    <message>
        <source>No host with MAC %1 in the inventory of %2</source>
        <translation>%2 的主机清单中没有 MAC 为 %1 的主机</translation>
    </message>
    <message>
        <source>The address `serve` listens on (default 0.0.0.0).</source>
        <translation>`serve` 的监听地址（默认 0.0.0.0）。</translation>
    </message>
    <message>
        <source>The network interface `serve` answers DHCP on.</source>
        <translation>`serve` 应答 DHCP 所用的网络接口。</translation>
    </message>
    <message>
        <source>The address hosts reach Crashcart at, when it is neither the --listen address nor the interface&apos;s (default: as `serve` decides).</source>
        <translation>主机访问 Crashcart 所用的地址，当它既不是 --listen 地址也不是该接口的地址时使用（默认：与 `serve` 的判断相同）。</translation>
    </message>
    <message>
        <source>usage: crashcart-cli ks render --host MAC [--workspace DIR] [--release R] [--listen ADDR] [--interface IF] [--server ADDR] [--http-port N] [--tftp-port N] [--token T] [--no-lint] [--no-scripts] TEMPLATE</source>
        <translation>用法：crashcart-cli ks render --host MAC [--workspace DIR] [--release R] [--listen ADDR] [--interface IF] [--server ADDR] [--http-port N] [--tftp-port N] [--token T] [--no-lint] [--no-scripts] TEMPLATE</translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not an IP address</source>
        <translation>--server: &apos;%1&apos; 不是 IP 地址</translation>
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
        <source>--dhcp-port and --pxe-port take a number from 0 to 65535</source>
        <translation>--dhcp-port 和 --pxe-port 的取值为 0 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>serve: --dhcp full: the addresses to hand out, e.g. 10.9.0.100-10.9.0.199.</source>
        <translation>serve: --dhcp full: 要分配的地址范围，例如 10.9.0.100-10.9.0.199。</translation>
    </message>
    <message>
        <source>serve: --dhcp full: the default gateway clients are told (optional).</source>
        <translation>serve: --dhcp full: 告知客户端的默认网关（可选）。</translation>
    </message>
    <message>
        <source>serve: --dhcp full: DNS servers clients are told (optional, comma-separated).</source>
        <translation>serve: --dhcp full: 告知客户端的 DNS 服务器（可选，以逗号分隔）。</translation>
    </message>
    <message>
        <source>serve: what machines missing from the inventory get: local (a loader config that boots the local disk; default) or ignore (no answer).</source>
        <translation>serve: 对不在主机清单中的机器的处理方式：local（提供从本地磁盘启动的引导程序配置；默认）或 ignore（不应答）。</translation>
    </message>
    <message>
        <source>serve: what UEFI clients boot: ipxe (snponly.efi; Secure Boot off) or shim (shim + GRUB; Secure Boot; Debian 12&apos;s GRUB needs the site DHCP to name this server as next-server). Default ipxe.</source>
        <translation>serve: UEFI 客户端启动的内容：ipxe（snponly.efi；关闭安全启动）或 shim（shim + GRUB；安全启动；Debian 12 的 GRUB 要求现网 DHCP 将本服务器指定为 next-server）。默认为 ipxe。</translation>
    </message>
    <message>
        <source>--dhcp full needs --interface (the isolated lab network&apos;s interface) and a workspace for the leases (not --root)</source>
        <translation>--dhcp full 需要 --interface（隔离的实验网络所在的网络接口）以及用于保存租约的工作区（不能使用 --root）</translation>
    </message>
    <message>
        <source>--dhcp full needs --pool FIRST-LAST</source>
        <translation>--dhcp full 需要 --pool FIRST-LAST</translation>
    </message>
    <message>
        <source>warning: full DHCP hands out addresses on %1. Use it only on an isolated network: next to another DHCP server it breaks machines that are not yours.</source>
        <translation>警告：完整 DHCP 将在 %1 上分配地址。请仅在隔离网络中使用：若与其他 DHCP 服务器并存，会导致不属于你的机器出现故障。</translation>
    </message>
    <message>
        <source>--uefi-loader takes ipxe or shim</source>
        <translation>--uefi-loader 的取值应为 ipxe 或 shim</translation>
    </message>
    <message>
        <source>--unknown-hosts takes local or ignore</source>
        <translation>--unknown-hosts 的取值应为 local 或 ignore</translation>
    </message>
    <message>
        <source>warning: events not recorded: %1</source>
        <translation>警告：事件未记录：%1</translation>
    </message>
    <message>
        <source>warning: the inventory cannot be read: %1</source>
        <translation>警告：无法读取主机清单：%1</translation>
    </message>
    <message>
        <source>--syslog-port takes a number from 0 to 65535, or off</source>
        <translation>--syslog-port 取值为 0 到 65535 之间的数字，或 off</translation>
    </message>
    <message>
        <source>serve: receive installers&apos; syslog (UDP and TCP) on this port and put it on the hosts&apos; timelines; profiles with syslog on get inst.syslog= (default off; 0 picks a free port).</source>
        <translation>serve：在此端口接收安装程序的 syslog（UDP 和 TCP）并记入主机时间线；启用了 syslog 的配置方案会获得 inst.syslog=（默认关闭；0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>serve: check these settings and exit, starting nothing: ports taken, privileges, boot loaders and, with --dhcp, the other DHCP and PXE servers answering on the network (about 6 s; --json for JSON). Exit status 1 when something blocks the servers.</source>
        <translation>serve：检查这些设置后退出，不启动任何服务：端口占用、权限、引导程序，以及（使用 --dhcp 时）网络中应答的其他 DHCP 和 PXE 服务器（约 6 秒；--json 输出 JSON）。有问题阻止服务器启动时退出状态为 1。</translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::ServeCheck</name>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing blocks the servers.</source>
        <translation>没有阻止服务器启动的问题。</translation>
    </message>
</context>
<context>
    <name>Crashcart::Deploy::InstallRunner</name>
    <message>
        <source>no BMC login stored (set one: Hosts → BMC Login…)</source>
        <translation>未保存 BMC 登录凭据（请在“主机 → BMC 登录凭据…”中设置）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>next boot</source>
        <translation>设置下次启动</translation>
    </message>
    <message>
        <source>next boot read back</source>
        <translation>回读下次启动设置</translation>
    </message>
    <message>
        <source> (the BMC reports %1)</source>
        <translation>（BMC 报告为 %1）</translation>
    </message>
    <message>
        <source>power state</source>
        <translation>读取电源状态</translation>
    </message>
    <message>
        <source>next boot read back: %1</source>
        <translation>回读下次启动设置：%1</translation>
    </message>
    <message>
        <source>clear next boot: %1</source>
        <translation>清除下次启动设置：%1</translation>
    </message>
    <message>
        <source>power state: %1</source>
        <translation>读取电源状态：%1</translation>
    </message>
    <message>
        <source>the BMC reports %1 after it was told to boot from the network</source>
        <translation>已要求 BMC 从网络启动，但它报告的是 %1</translation>
    </message>
    <message>
        <source> (the BMC does not mark it valid)</source>
        <translation>（BMC 未将其标记为有效）</translation>
    </message>
    <message>
        <source> (the BMC keeps no boot mode: the firmware&apos;s setting decides)</source>
        <translation>（BMC 不保存启动模式：由固件自身的设置决定）</translation>
    </message>
    <message>
        <source>clear next boot: the BMC still reports the network</source>
        <translation>清除下次启动设置：BMC 仍报告为网络启动</translation>
    </message>
    <message>
        <source>clear next boot read back: %1</source>
        <translation>清除下次启动设置后回读：%1</translation>
    </message>
</context>
<context>
    <name>Crashcart::Deploy::Plan</name>
    <message>
        <source>Profile %1 names no %2</source>
        <translation>配置方案 %1 未指定%2</translation>
    </message>
    <message>
        <source>Profile %1: the %2 %3 is not a readable file on this machine</source>
        <translation>配置方案 %1：%2 %3 不是本机上的可读文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (line %2)</source>
        <translation>&quot;%1&quot;（第 %2 行）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (line %3)</source>
        <translation>%1：&quot;%2&quot;（第 %3 行）</translation>
    </message>
    <message>
        <source>Profile %1 names no kickstart: the installer will wait for someone at the console</source>
        <translation>配置方案 %1 未指定 kickstart：安装程序将等待有人在控制台上操作</translation>
    </message>
    <message>
        <source>Profile %1: cannot read the kickstart %2: %3</source>
        <translation>配置方案 %1：无法读取 kickstart %2：%3</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: %3 (%4)</source>
        <translation>%1:%2: %3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more error(s)</source>
        <translation>
            <numerusform>%1：另有 %n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more warning(s)</source>
        <translation>
            <numerusform>%1：另有 %n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Its address %1 is not on the servers&apos; network %2/%3 (%4): it boots from Crashcart only through a DHCP relay</source>
        <translation>其地址 %1 不在服务器所在的网络 %2/%3（%4）中：只有经过 DHCP 中继才能从 Crashcart 启动</translation>
    </message>
    <message>
        <source>No BMC address: Crashcart cannot power it (arm it and boot it by hand)</source>
        <translation>没有 BMC 地址：Crashcart 无法控制其电源（请将其标记为待安装并手动启动）</translation>
    </message>
    <message>
        <source>No BMC type (ipmi or redfish): Crashcart cannot power it</source>
        <translation>没有 BMC 类型（ipmi 或 redfish）：Crashcart 无法控制其电源</translation>
    </message>
    <message>
        <source>%1 is not in the inventory</source>
        <translation>%1 不在主机清单中</translation>
    </message>
    <message>
        <source>No profile: nothing to install</source>
        <translation>无配置方案：没有可安装的内容</translation>
    </message>
    <message>
        <source>Profile %1 is not defined (Hosts → Profiles)</source>
        <translation>配置方案 %1 未定义（主机 → 配置方案）</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>initrd</source>
        <translation>initrd</translation>
    </message>
    <message>
        <source>The servers have no address hosts can reach (start them, or choose an interface)</source>
        <translation>服务器没有主机可访问的地址（请启动服务器，或选择一个网络接口）</translation>
    </message>
    <message>
        <source>Nothing answers at http://%1:%2/ (%3): start the servers before installing</source>
        <translation>http://%1:%2/ 无应答（%3）：请在安装前启动服务器</translation>
    </message>
    <message>
        <source>No BMC user and password stored for it (set them once; they are kept in the system keychain)</source>
        <translation>未保存该主机的 BMC 用户名和密码（只需设置一次；它们保存在系统密钥环中）</translation>
    </message>
    <message>
        <source>Profile %1 boots the distribution %2, which is not there</source>
        <translation>配置方案 %1 启动的发行版 %2 不存在</translation>
    </message>
    <message>
        <source>BIOS: pxelinux from the TFTP folder</source>
        <translation>BIOS：使用 TFTP 目录中的 pxelinux</translation>
    </message>
    <message>
        <source>UEFI: the servers&apos; UEFI loader (Settings); Secure Boot must be off on the host</source>
        <translation>UEFI：使用服务器的 UEFI 引导程序（见设置）；主机上必须关闭安全启动</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot: profile %1&apos;s distribution has no signed shim and GRUB, so the servers&apos; UEFI loader is used; with Secure Boot on, the host refuses an unsigned one</source>
        <translation>UEFI 安全启动：配置方案 %1 的发行版没有已签名的 shim 和 GRUB，因此使用服务器的 UEFI 引导程序；开启安全启动时，主机会拒绝未签名的引导程序</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot: %1&apos;s own signed shim (%2) and GRUB (%3), from its image, so the vendor that signed the kernel signed the whole chain</source>
        <translation>UEFI 安全启动：使用 %1 镜像中自带的已签名 shim（%2）和 GRUB（%3），因此整条启动链与内核由同一发行商签名</translation>
    </message>
    <message>
        <source>Debian&apos;s GRUB 2.06 reads its boot server only from the site DHCP&apos;s answer: with proxyDHCP, the site DHCP must name this machine as next-server</source>
        <translation>Debian 的 GRUB 2.06 只从现网 DHCP 的应答中读取启动服务器：使用 proxyDHCP 时，现网 DHCP 必须将本机指定为 next-server</translation>
    </message>
    <message>
        <source>Profile %1 names no preseed: the installer will wait for someone at the console</source>
        <translation>配置方案 %1 未指定 preseed：安装程序将等待有人在控制台上操作</translation>
    </message>
    <message>
        <source>Profile %1: cannot read the preseed %2: %3</source>
        <translation>配置方案 %1：无法读取 preseed %2：%3</translation>
    </message>
    <message>
        <source>preseed</source>
        <translation>preseed</translation>
    </message>
    <message>
        <source>preseed: &quot;%1&quot; (line %2)</source>
        <translation>preseed：&quot;%1&quot;（第 %2 行）</translation>
    </message>
</context>
<context>
    <name>Crashcart::Distro::Detect</name>
    <message>
        <source>This is %1 %2, but its image has no kernel and initrd for a network boot (a live or cloud image?)</source>
        <translation>这是 %1 %2，但其镜像中没有用于网络启动的内核和 initrd（是否为 Live 镜像或云镜像？）</translation>
    </message>
    <message>
        <source>The image&apos;s .discinfo is too short to say what it is</source>
        <translation>镜像的 .discinfo 过短，无法判断这是什么镜像</translation>
    </message>
    <message>
        <source>The image&apos;s .disk/info does not name a release: %1</source>
        <translation>镜像的 .disk/info 未指明版本：%1</translation>
    </message>
    <message>
        <source>The tree&apos;s version.info does not name a release</source>
        <translation>目录树的 version.info 未指明版本</translation>
    </message>
    <message>
        <source>The .treeinfo names no product or version</source>
        <translation>.treeinfo 未指明产品或版本</translation>
    </message>
    <message>
        <source>Not an installable distribution: no .treeinfo, .discinfo, .disk/info or version.info was found at the top of the image</source>
        <translation>不是可安装的发行版：镜像顶层没有找到 .treeinfo、.discinfo、.disk/info 或 version.info</translation>
    </message>
</context>
<context>
    <name>Crashcart::Distro::DistroTree</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The image of distribution %1 is gone: %2 was moved or deleted</source>
        <translation>发行版 %1 的镜像已不存在：%2 已被移动或删除</translation>
    </message>
    <message>
        <source>The image of distribution %1 cannot be read: %2</source>
        <translation>无法读取发行版 %1 的镜像：%2</translation>
    </message>
    <message>
        <source>The image of distribution %1 (%2) changed since it was imported (size or time differ): import it again</source>
        <translation>发行版 %1 的镜像（%2）自导入以来已被修改（大小或时间不一致）：请重新导入</translation>
    </message>
</context>
<context>
    <name>Crashcart::Distro::Importer</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>SHA-256 is not available from OpenSSL</source>
        <translation>OpenSSL 无法提供 SHA-256</translation>
    </message>
    <message>
        <source>The import was cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>Crashcart::Distro::IsoImage</name>
    <message>
        <source>%1 is not a readable ISO 9660 disc image: %2</source>
        <translation>%1 不是可读的 ISO 9660 光盘镜像：%2</translation>
    </message>
    <message>
        <source>The disc image %1 is gone: %2</source>
        <translation>光盘镜像 %1 已不存在：%2</translation>
    </message>
    <message>
        <source>Cannot read the disc image %1: %2</source>
        <translation>无法读取光盘镜像 %1：%2</translation>
    </message>
    <message>
        <source>The disc image %1 is not a regular file</source>
        <translation>光盘镜像 %1 不是普通文件</translation>
    </message>
    <message>
        <source>no ISO 9660 volume descriptor</source>
        <translation>没有 ISO 9660 卷描述符</translation>
    </message>
    <message>
        <source>libiso9660 cannot read its volume descriptors</source>
        <translation>libiso9660 无法读取其卷描述符</translation>
    </message>
    <message>
        <source>its logical blocks are not 2048 bytes</source>
        <translation>其逻辑块大小不是 2048 字节</translation>
    </message>
    <message>
        <source>it is truncated (%1 of %2 bytes)</source>
        <translation>文件已被截断（仅 %1 字节，应为 %2 字节）</translation>
    </message>
    <message>
        <source>its root folder record is invalid</source>
        <translation>其根文件夹记录无效</translation>
    </message>
    <message>
        <source>The disc image %1 changed on disk since it was read; import it again</source>
        <translation>光盘镜像 %1 自读取以来已在磁盘上被修改；请重新导入</translation>
    </message>
    <message>
        <source>No such file in %1: %2</source>
        <translation>%1 中没有此文件：%2</translation>
    </message>
    <message>
        <source>%1 is a folder in %2</source>
        <translation>%1 在 %2 中是文件夹</translation>
    </message>
    <message>
        <source>%1 in %2 is larger than %3 bytes</source>
        <translation>%2 中的 %1 大于 %3 字节</translation>
    </message>
    <message>
        <source>Cannot read %1 from %2</source>
        <translation>无法从 %2 读取 %1</translation>
    </message>
    <message>
        <source>The disc image %1 is damaged or crafted: %2 (at %3)</source>
        <translation>光盘镜像 %1 已损坏或经过恶意构造：%2（位于 %3）</translation>
    </message>
    <message>
        <source>the folders hold more than 1 GiB of records</source>
        <translation>文件夹记录总量超过 1 GiB</translation>
    </message>
    <message>
        <source>a folder cannot be read</source>
        <translation>有文件夹无法读取</translation>
    </message>
    <message>
        <source>a multi-extent file has no last part</source>
        <translation>有多区段文件缺少最后一部分</translation>
    </message>
    <message>
        <source>invalid folder record (%1)</source>
        <translation>无效的文件夹记录（%1）</translation>
    </message>
    <message>
        <source>more than 1,000,000 entries</source>
        <translation>条目超过 1,000,000 个</translation>
    </message>
    <message>
        <source>a name is empty, &quot;.&quot; or &quot;..&quot;, or holds &apos;/&apos;, &apos;\&apos; or a control character</source>
        <translation>有名称为空、为 &quot;.&quot; 或 &quot;..&quot;，或包含 &apos;/&apos;、&apos;\&apos; 或控制字符</translation>
    </message>
    <message>
        <source>its data lies past the end of the image</source>
        <translation>其数据超出了镜像末尾</translation>
    </message>
    <message>
        <source>a folder has no records</source>
        <translation>有文件夹没有任何记录</translation>
    </message>
    <message>
        <source>a multi-extent file is followed by another name</source>
        <translation>多区段文件之后跟着另一个名称</translation>
    </message>
    <message>
        <source>a part of a multi-extent file is not whole blocks</source>
        <translation>多区段文件的某一部分不是整数个块</translation>
    </message>
    <message>
        <source>two entries have the same name</source>
        <translation>有两个条目同名</translation>
    </message>
    <message>
        <source>folders nest deeper than %1 levels</source>
        <translation>文件夹嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a folder points back at a folder already read (a loop)</source>
        <translation>有文件夹指回已读取过的文件夹（形成循环）</translation>
    </message>
</context>
<context>
    <name>Crashcart::HostPort</name>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>&apos;[&apos; without &apos;]&apos;</source>
        <translation>有 &apos;[&apos; 但缺少 &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;:port&apos; after &apos;]&apos;</source>
        <translation>&apos;]&apos; 之后应为 &apos;:port&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; between brackets is not an IPv6 address</source>
        <translation>方括号中的 &apos;%1&apos; 不是 IPv6 地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (1-65535)</source>
        <translation>&apos;%1&apos; 不是有效端口（1-65535）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an IP address nor a host name</source>
        <translation>&apos;%1&apos; 既不是 IP 地址也不是主机名</translation>
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
    <name>Crashcart::Initrd::Depmod</name>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 not found: install the kmod package</source>
        <translation>未找到 %1：请安装 kmod 软件包</translation>
    </message>
    <message>
        <source>Invalid kernel version &quot;%1&quot;</source>
        <translation>无效的内核版本 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>无法创建临时目录：%1</translation>
    </message>
    <message>
        <source>depmod did not finish within %1 s</source>
        <translation>depmod 未在 %1 s 内完成</translation>
    </message>
    <message>
        <source>depmod failed: %1</source>
        <translation>depmod 失败：%1</translation>
    </message>
    <message>
        <source>depmod wrote no modules.dep</source>
        <translation>depmod 没有生成 modules.dep</translation>
    </message>
</context>
<context>
    <name>Crashcart::Initrd::EditSession</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 大于 %2 字节。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not in the image.</source>
        <translation>%1 不在镜像中。</translation>
    </message>
    <message>
        <source>No image is open.</source>
        <translation>没有打开任何镜像。</translation>
    </message>
    <message>
        <source>There is no change %1 to take back.</source>
        <translation>没有可撤销的第 %1 项更改。</translation>
    </message>
</context>
<context>
    <name>Crashcart::Initrd::ElfDeps</name>
    <message>
        <source>%1: the search path entry &quot;%2&quot; is relative and was ignored</source>
        <translation>%1：搜索路径条目 &quot;%2&quot; 是相对路径，已忽略</translation>
    </message>
    <message>
        <source>%1 is not a program or shared library</source>
        <translation>%1 不是程序或共享库</translation>
    </message>
    <message>
        <source>%1 needed by %2: not found on this system</source>
        <translation>%2 所需的 %1：在本系统上未找到</translation>
    </message>
    <message>
        <source>%1 needs more than %2 libraries</source>
        <translation>%1 所需的库超过 %2 个</translation>
    </message>
    <message>
        <source>%1 was found through /etc/ld.so.cache in %2, where the image&apos;s loader does not look unless the image has its own cache</source>
        <translation>%1 是通过 /etc/ld.so.cache 在 %2 中找到的，除非镜像有自己的缓存，否则镜像中的加载器不会在该位置查找</translation>
    </message>
    <message>
        <source>the binary</source>
        <translation>二进制文件本身</translation>
    </message>
    <message>
        <source>interpreter of %1</source>
        <translation>%1 的解释器</translation>
    </message>
    <message>
        <source>The interpreter of %1 cannot be added: %2</source>
        <translation>无法添加 %1 的解释器：%2</translation>
    </message>
    <message>
        <source>needed by %1</source>
        <translation>%1 所需</translation>
    </message>
</context>
<context>
    <name>Crashcart::Initrd::ElfFile</name>
    <message>
        <source>Malformed ELF file: %1</source>
        <translation>ELF 文件格式错误：%1</translation>
    </message>
    <message>
        <source>Not an ELF file</source>
        <translation>不是 ELF 文件</translation>
    </message>
    <message>
        <source>unknown class, byte order or version in the identification bytes</source>
        <translation>标识字节中的类别、字节序或版本未知</translation>
    </message>
    <message>
        <source>the file header is truncated</source>
        <translation>文件头被截断</translation>
    </message>
    <message>
        <source>section header 0 lies outside the file</source>
        <translation>第 0 个节头位于文件之外</translation>
    </message>
    <message>
        <source>the program headers lie outside the file</source>
        <translation>程序头位于文件之外</translation>
    </message>
    <message>
        <source>the dynamic section lies outside the file</source>
        <translation>动态节位于文件之外</translation>
    </message>
    <message>
        <source>more than %1 needed libraries</source>
        <translation>所需的库超过 %1 个</translation>
    </message>
    <message>
        <source>the dynamic section has no string table</source>
        <translation>动态节没有字符串表</translation>
    </message>
    <message>
        <source>the dynamic string table is outside every loaded segment</source>
        <translation>动态字符串表不在任何已加载的段中</translation>
    </message>
    <message>
        <source>a dynamic string lies outside the string table</source>
        <translation>有动态字符串位于字符串表之外</translation>
    </message>
    <message>
        <source>The ELF file has no section headers</source>
        <translation>该 ELF 文件没有节头</translation>
    </message>
    <message>
        <source>the section headers lie outside the file</source>
        <translation>节头位于文件之外</translation>
    </message>
    <message>
        <source>the section name table lies outside the file</source>
        <translation>节名称表位于文件之外</translation>
    </message>
    <message>
        <source>section %1 lies outside the file</source>
        <translation>节 %1 位于文件之外</translation>
    </message>
    <message>
        <source>The ELF file has no %1 section</source>
        <translation>该 ELF 文件没有 %1 节</translation>
    </message>
    <message>
        <source>the interpreter name lies outside the file</source>
        <translation>解释器名称位于文件之外</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 大于 %2 字节</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: not an ELF file</source>
        <translation>%1：不是 ELF 文件</translation>
    </message>
</context>
<context>
    <name>Crashcart::Initrd::Image</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not in the image.</source>
        <translation>%1 不在镜像中。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>%1 is a folder that is not empty.</source>
        <translation>%1 是非空文件夹。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>The root folder itself cannot be added, removed or renamed.</source>
        <translation>不能添加、删除或重命名根文件夹本身。</translation>
    </message>
    <message>
        <source>Cannot read the symlink %1.</source>
        <translation>无法读取符号链接 %1。</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 不是可读的文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a symlink target.</source>
        <translation>&quot;%1&quot; 不能作为符号链接的目标。</translation>
    </message>
    <message>
        <source>Only character and block devices and FIFOs can be created this way.</source>
        <translation>只能用这种方式创建字符设备、块设备和 FIFO。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be moved into itself.</source>
        <translation>不能将 %1 移动到其自身之中。</translation>
    </message>
    <message>
        <source>Add file %1 (%2 bytes, mode %3)</source>
        <translation>添加文件 %1（%2 字节，权限 %3）</translation>
    </message>
    <message>
        <source>Add file %1 from %2 (mode %3)</source>
        <translation>从 %2 添加文件 %1（权限 %3）</translation>
    </message>
    <message>
        <source>Add folder %1 (mode %2)</source>
        <translation>添加文件夹 %1（权限 %2）</translation>
    </message>
    <message>
        <source>Add symlink %1 -&gt; %2</source>
        <translation>添加符号链接 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Add %1 %2 (%3:%4)</source>
        <translation>添加%1 %2（%3:%4）</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Change the mode of %1 to %2</source>
        <translation>将 %1 的权限改为 %2</translation>
    </message>
    <message>
        <source>Change the owner of %1 to %2:%3</source>
        <translation>将 %1 的所有者改为 %2:%3</translation>
    </message>
    <message>
        <source>Cannot create a spool file in %1: %2</source>
        <translation>无法在 %1 中创建缓存文件：%2</translation>
    </message>
    <message>
        <source>Cannot write the spool file: %1</source>
        <translation>无法写入缓存文件：%1</translation>
    </message>
    <message>
        <source>%1 is gone.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 changed while it was being saved.</source>
        <translation>%1 在保存过程中被修改。</translation>
    </message>
    <message>
        <source>The spool file ends early.</source>
        <translation>缓存文件提前结束。</translation>
    </message>
    <message>
        <source>Content asked for out of order.</source>
        <translation>内容的请求顺序不正确。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened.</source>
        <translation>%1 自打开以来已在磁盘上被修改。</translation>
    </message>
    <message>
        <source>corrupt %1 data (%2)</source>
        <translation>%1 数据已损坏（%2）</translation>
    </message>
    <message>
        <source>the %1 stream ends early</source>
        <translation>%1 数据流提前结束</translation>
    </message>
    <message>
        <source>%1 compression failed (%2)</source>
        <translation>%1 压缩失败（%2）</translation>
    </message>
    <message>
        <source>%1 archives are not supported (the kernel reads only newc)</source>
        <translation>不支持 %1 归档（内核只读取 newc 格式）</translation>
    </message>
    <message>
        <source>no cpio header here (wrong magic)</source>
        <translation>此处没有 cpio 头（magic 不正确）</translation>
    </message>
    <message>
        <source>the cpio header has a field that is not hexadecimal</source>
        <translation>cpio 头中有字段不是十六进制数</translation>
    </message>
    <message>
        <source>the cpio header gives a name size of %1 bytes</source>
        <translation>cpio 头给出的名称长度为 %1 字节</translation>
    </message>
    <message>
        <source>the cpio name is not terminated where its size says</source>
        <translation>cpio 名称没有在其长度所指的位置结束</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown file type (mode %2)</source>
        <translation>&quot;%1&quot; 的文件类型未知（mode %2）</translation>
    </message>
    <message>
        <source>the symlink &quot;%1&quot; has a target of %2 bytes</source>
        <translation>符号链接 &quot;%1&quot; 的目标长达 %2 字节</translation>
    </message>
    <message>
        <source>the symlink &quot;%1&quot; has a NUL byte in its target</source>
        <translation>符号链接 &quot;%1&quot; 的目标中含有 NUL 字节</translation>
    </message>
    <message>
        <source>junk after the last cpio archive of the segment</source>
        <translation>段中最后一个 cpio 归档之后有多余的数据</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Symbolic link</source>
        <translation>符号链接</translation>
    </message>
    <message>
        <source>Hard link</source>
        <translation>硬链接</translation>
    </message>
    <message>
        <source>Character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>Block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a NUL byte.</source>
        <translation>名称 &quot;%1&quot; 含有 NUL 字节。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is absolute.</source>
        <translation>名称 &quot;%1&quot; 是绝对路径。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; escapes with &quot;..&quot;.</source>
        <translation>名称 &quot;%1&quot; 通过 &quot;..&quot; 跳出了所在目录。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>%1: refused, &quot;%2&quot; in its path is not a folder (a symlink?)</source>
        <translation>%1：已拒绝，其路径中的 &quot;%2&quot; 不是文件夹（可能是符号链接？）</translation>
    </message>
    <message>
        <source>%1: device node %2:%3 not created (needs root)</source>
        <translation>%1：未创建设备节点 %2:%3（需要 root 权限）</translation>
    </message>
    <message>
        <source>%1: sockets are not extracted</source>
        <translation>%1：不解包套接字</translation>
    </message>
    <message>
        <source>The file holds no cpio archive (it is empty or all zeros).</source>
        <translation>该文件不含 cpio 归档（文件为空或全为零）。</translation>
    </message>
    <message>
        <source>Segment %1, offset %2: %3 is not supported.</source>
        <translation>段 %1，偏移量 %2：不支持 %3。</translation>
    </message>
    <message>
        <source>Segment %1, offset %2: neither a cpio archive nor a known compression (wrong magic).</source>
        <translation>段 %1，偏移量 %2：既不是 cpio 归档，也不是已知的压缩格式（magic 不正确）。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>This listing has no image file to read contents from.</source>
        <translation>此列表没有可从中读取内容的镜像文件。</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened; open it again.</source>
        <translation>%1 自打开以来已在磁盘上被修改；请重新打开。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than %3 can be read at once.</source>
        <translation>%1 大小为 %2 字节，超过了单次可读取的上限 %3。</translation>
    </message>
    <message>
        <source>%1 is a %2, it has no content.</source>
        <translation>%1 是%2，没有内容。</translation>
    </message>
    <message>
        <source>The content of %1 is not in this image.</source>
        <translation>%1 的内容不在此镜像中。</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Segment %1, offset %2: %3</source>
        <translation>段 %1，偏移量 %2：%3</translation>
    </message>
    <message>
        <source>Segment %1 (%2, starting at offset %3), uncompressed offset %4: %5</source>
        <translation>段 %1（%2，起始偏移量 %3），解压后偏移量 %4：%5</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the uncompressed size exceeds the limit (a compression bomb?)</source>
        <translation>解压后的大小超出限制（可能是压缩炸弹？）</translation>
    </message>
    <message>
        <source>the decompressor makes no progress</source>
        <translation>解压没有任何进展</translation>
    </message>
    <message>
        <source>the data ends after %1 of %2 bytes</source>
        <translation>数据在 %1 字节处结束，应为 %2 字节</translation>
    </message>
    <message>
        <source>the data ends %1 bytes early</source>
        <translation>数据提前 %1 字节结束</translation>
    </message>
    <message>
        <source>Removing or renaming entries cannot be saved as an overlay: the kernel only adds what a later segment holds. Save as a full repack instead.</source>
        <translation>删除或重命名条目无法保存为叠加层：内核只会添加后续段中的内容。请改为完整重新打包后保存。</translation>
    </message>
    <message>
        <source>The image ends in an lz4 (legacy) segment, which the kernel reads to the end of the file, so nothing can be appended. Save as a full repack instead.</source>
        <translation>镜像以 lz4（旧版格式）段结尾，内核会将其一直读到文件末尾，因此无法追加任何内容。请改为完整重新打包后保存。</translation>
    </message>
    <message>
        <source>There are no changes to save.</source>
        <translation>没有需要保存的更改。</translation>
    </message>
    <message>
        <source>The image has no segments.</source>
        <translation>镜像中没有任何段。</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder: %2</source>
        <translation>%1：无法创建文件夹：%2</translation>
    </message>
    <message>
        <source>%1: cannot create the file: %2</source>
        <translation>%1：无法创建文件：%2</translation>
    </message>
    <message>
        <source>%1: cannot create the hard link: %2</source>
        <translation>%1：无法创建硬链接：%2</translation>
    </message>
    <message>
        <source>%1: cannot create the symlink: %2</source>
        <translation>%1：无法创建符号链接：%2</translation>
    </message>
    <message>
        <source>%1: cannot create the FIFO: %2</source>
        <translation>%1：无法创建 FIFO：%2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk (fsync): %2</source>
        <translation>无法将 %1 写入磁盘（fsync）：%2</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation>无法在 %1 中创建文件：%2</translation>
    </message>
    <message>
        <source>Cannot keep the original as %1: %2</source>
        <translation>无法将原文件保留为 %1：%2</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
</context>
<context>
    <name>Crashcart::Initrd::ImagePlanner</name>
    <message>
        <source>Too many symbolic links resolving %1</source>
        <translation>解析 %1 时符号链接层级过多</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 不是目录</translation>
    </message>
    <message>
        <source>as on the system</source>
        <translation>与本系统相同</translation>
    </message>
    <message>
        <source>parent directory</source>
        <translation>父目录</translation>
    </message>
    <message>
        <source>%1 in the image is not a directory</source>
        <translation>镜像中的 %1 不是目录</translation>
    </message>
    <message>
        <source>%1 is not an absolute path</source>
        <translation>%1 不是绝对路径</translation>
    </message>
    <message>
        <source>%1 is a directory in the image</source>
        <translation>%1 在镜像中是目录</translation>
    </message>
    <message>
        <source>%1 is not a regular file or symbolic link</source>
        <translation>%1 不是普通文件或符号链接</translation>
    </message>
    <message>
        <source>%1 in the image points to %2, on this system to %3; the image&apos;s link is kept</source>
        <translation>镜像中的 %1 指向 %2，而本系统上指向 %3；保留镜像中的链接</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
</context>
<context>
    <name>Crashcart::Initrd::LdCache</name>
    <message>
        <source>Malformed ld.so.cache: %1</source>
        <translation>ld.so.cache 格式错误：%1</translation>
    </message>
    <message>
        <source>truncated header</source>
        <translation>文件头被截断</translation>
    </message>
    <message>
        <source>the old table is larger than the file</source>
        <translation>旧表大于文件本身</translation>
    </message>
    <message>
        <source>the new table is missing</source>
        <translation>缺少新表</translation>
    </message>
    <message>
        <source>Not a glibc ld.so.cache (format 1.1 expected)</source>
        <translation>不是 glibc 的 ld.so.cache（应为 1.1 格式）</translation>
    </message>
    <message>
        <source>unknown byte order</source>
        <translation>未知的字节序</translation>
    </message>
    <message>
        <source>%1 entries do not fit in the file</source>
        <translation>%1 个条目超出了文件范围</translation>
    </message>
    <message>
        <source>entry %1 points outside the file</source>
        <translation>条目 %1 指向文件之外</translation>
    </message>
</context>
<context>
    <name>Crashcart::Initrd::ModuleDeps</name>
    <message>
        <source>%1 was built for kernel %2 (vermagic &quot;%3&quot;), but the image carries modules for %4</source>
        <translation>%1 是为内核 %2 编译的（vermagic &quot;%3&quot;），但镜像中带有模块的内核为：%4</translation>
    </message>
    <message>
        <source>no kernel</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 names the firmware &quot;%2&quot;, which is not a plain path; skipped</source>
        <translation>%1 指定的固件 &quot;%2&quot; 不是普通路径；已跳过</translation>
    </message>
    <message>
        <source>Firmware %1 for %2 is not in %3; the module may not work without it</source>
        <translation>%2 所需的固件 %1 不在 %3 中；缺少它，模块可能无法工作</translation>
    </message>
    <message>
        <source>firmware for %1</source>
        <translation>%1 的固件</translation>
    </message>
    <message>
        <source>The image has no lib/modules/&lt;version&gt;/ folder: name the kernel version to install into (--kernel-version %1)</source>
        <translation>镜像中没有 lib/modules/&lt;version&gt;/ 文件夹：请指定要安装到的内核版本（--kernel-version %1）</translation>
    </message>
    <message>
        <source>The image already has a module %1 at %2; the new one is added at %3</source>
        <translation>镜像中已在 %2 处有模块 %1；新模块将添加到 %3</translation>
    </message>
    <message>
        <source>the module</source>
        <translation>模块本身</translation>
    </message>
    <message>
        <source>dependency of %1</source>
        <translation>%1 的依赖</translation>
    </message>
    <message>
        <source>Module %1, needed by %2, is not in %3</source>
        <translation>%2 所需的模块 %1 不在 %3 中</translation>
    </message>
    <message>
        <source>the kernel&apos;s built-in modules</source>
        <translation>内核的内置模块</translation>
    </message>
    <message>
        <source>regenerated by depmod</source>
        <translation>由 depmod 重新生成</translation>
    </message>
</context>
<context>
    <name>Crashcart::Initrd::ModuleInfo</name>
    <message>
        <source>%1 is neither a kernel module nor a compressed one</source>
        <translation>%1 既不是内核模块，也不是压缩的内核模块</translation>
    </message>
    <message>
        <source>%1: %2 is not supported for modules</source>
        <translation>%1：模块不支持 %2 压缩</translation>
    </message>
    <message>
        <source>Cannot decompress %1: %2</source>
        <translation>无法解压 %1：%2</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 bytes</source>
        <translation>%1 解压后超过 %2 字节</translation>
    </message>
    <message>
        <source>Cannot decompress %1: the data ends early</source>
        <translation>无法解压 %1：数据提前结束</translation>
    </message>
    <message>
        <source>%1 is not a kernel module: %2</source>
        <translation>%1 不是内核模块：%2</translation>
    </message>
    <message>
        <source>%1 has no vermagic in its .modinfo</source>
        <translation>%1 的 .modinfo 中没有 vermagic</translation>
    </message>
</context>
<context>
    <name>Crashcart::Initrd::PlanApply</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The plan has errors: %1</source>
        <translation>计划有错误：%1</translation>
    </message>
</context>
<context>
    <name>Crashcart::Install::HardwareReport</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>not readable JSON (%1 bytes)</source>
        <translation>不是可读的 JSON（%1 字节）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>solid state</source>
        <translation>固态</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>%1 Mb/s</source>
        <translation>%1 Mb/s</translation>
    </message>
    <message>
        <source>link up</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>网卡 %1</translation>
    </message>
    <message>
        <source>RAID controller</source>
        <translation>RAID 控制器</translation>
    </message>
</context>
<context>
    <name>Crashcart::Install::Install</name>
    <message>
        <source>Waiting for the host to boot</source>
        <translation>等待主机启动</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>正在安装</translation>
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
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>The installer reported a failure</source>
        <translation>安装程序报告失败</translation>
    </message>
    <message>
        <source>The installer reported a failure: %1</source>
        <translation>安装程序报告失败：%1</translation>
    </message>
    <message>
        <source>Stalled after %1</source>
        <translation>在 %1 之后停滞</translation>
    </message>
    <message>
        <source>Replaced by a new install (armed again)</source>
        <translation>已被新的安装取代（再次标记待安装）</translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation>已由 %1 取消</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2</source>
        <translation>请求体不是 JSON：第 %2 字节处 %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object</source>
        <translation>请求体必须是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;stage&quot; is missing: say which stage this is (pre, hwcheck, raid, install, post, done, failed)</source>
        <translation>缺少 &quot;stage&quot;：请说明当前阶段（pre、hwcheck、raid、install、post、done、failed）</translation>
    </message>
    <message>
        <source>&quot;status&quot; is running, ok or error</source>
        <translation>&quot;status&quot; 取值为 running、ok 或 error</translation>
    </message>
    <message>
        <source>&quot;percent&quot; is a number from 0 to 100</source>
        <translation>&quot;percent&quot; 是 0 到 100 之间的数字</translation>
    </message>
    <message>
        <source>The hardware report must be a JSON object</source>
        <translation>硬件报告必须是 JSON 对象</translation>
    </message>
    <message>
        <source>The BMC could not boot it: %1</source>
        <translation>BMC 无法启动该主机：%1</translation>
    </message>
</context>
<context>
    <name>Crashcart::Install::InstallRepository</name>
    <message>
        <source>The host %1 is no longer in the inventory</source>
        <translation>主机 %1 已不在主机清单中</translation>
    </message>
    <message>
        <source>No install has this token</source>
        <translation>没有安装使用此令牌</translation>
    </message>
    <message>
        <source>This install has ended (%1): it takes no more callbacks</source>
        <translation>此安装已结束（%1）：不再接受回调</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>The host %1 has no running install</source>
        <translation>主机 %1 没有正在进行的安装</translation>
    </message>
</context>
<context>
    <name>Crashcart::Install::InstallTracker</name>
    <message>
        <source>The inventory could not record this: %1</source>
        <translation>主机清单无法记录此内容：%1</translation>
    </message>
    <message>
        <source>Crashcart is shutting down</source>
        <translation>Crashcart 正在关闭</translation>
    </message>
    <message>
        <source>The inventory did not answer in time: post again</source>
        <translation>主机清单未及时响应：请重新发送</translation>
    </message>
    <message>
        <source>No such endpoint: use /api/install/TOKEN/progress, /report or /log</source>
        <translation>没有此端点：请使用 /api/install/TOKEN/progress、/report 或 /log</translation>
    </message>
    <message>
        <source>The token is malformed: it is the 32 hex digits the kickstart was rendered with</source>
        <translation>令牌格式错误：它应是渲染 kickstart 时使用的 32 位十六进制数</translation>
    </message>
    <message numerus="yes">
        <source>The body is larger than %n byte(s)</source>
        <translation>
            <numerusform>请求体超过 %n 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Inventory::BmcSettings</name>
    <message>
        <source>Cipher suite %1 does not exist (IPMI 2.0 defines 0 to 17; 3 and 17 are the usual ones)</source>
        <translation>加密套件 %1 不存在（IPMI 2.0 定义了 0 到 17；常用的是 3 和 17）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint</source>
        <translation>&apos;%1&apos; 不是 SHA-256 指纹</translation>
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
    <message>
        <source>a row has more than %1 fields</source>
        <translation>有一行超过 %1 个字段</translation>
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
    <message>
        <source>Cannot commit: a step inside this change failed, so none of it was written</source>
        <translation>无法提交：此更改中的某一步失败，因此没有写入任何内容</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>The database %1 wants a password, and none that works is in ~/.pgpass or the keychain (&apos;crashcart-cli db password&apos; stores one): %2</source>
        <translation>数据库 %1 需要密码，但 ~/.pgpass 和密钥环中都没有可用的密码（可用 &apos;crashcart-cli db password&apos; 保存）：%2</translation>
    </message>
    <message>
        <source>Cannot connect to the inventory database %1: %2</source>
        <translation>无法连接主机清单数据库 %1：%2</translation>
    </message>
    <message>
        <source>Not allowed: your database role may not change %1 (%2)</source>
        <translation>不允许：你的数据库角色不能修改 %1（%2）</translation>
    </message>
    <message>
        <source>Not allowed: %1 was not changed (it is outside the pools your database role may work on, or no longer there)</source>
        <translation>不允许：%1 未被修改（它不在你的数据库角色可操作的资源池中，或已不存在）</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>不允许：%1</translation>
    </message>
</context>
<context>
    <name>Crashcart::Inventory::DatabaseRoles</name>
    <message>
        <source>Cannot prepare the grant</source>
        <translation>无法准备授权语句</translation>
    </message>
    <message>
        <source>Roles are PostgreSQL&apos;s: %1 is a SQLite file</source>
        <translation>角色是 PostgreSQL 的功能：%1 是 SQLite 文件</translation>
    </message>
    <message>
        <source>Setting up the roles on %1 failed, nothing was changed (run db init as the database&apos;s owner, a role with CREATEROLE): %2</source>
        <translation>在 %1 上设置角色失败，没有做任何更改（请以数据库所有者、具有 CREATEROLE 的角色运行 db init）：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database role name</source>
        <translation>&apos;%1&apos; 不是数据库角色名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pool name (a host tag pool=NAME: no commas, spaces or &apos;=&apos;)</source>
        <translation>&apos;%1&apos; 不是资源池名（主机标签 pool=NAME：不能含逗号、空格或 &apos;=&apos;）</translation>
    </message>
    <message>
        <source>Pools are for operators: viewers read every host, admins change every host</source>
        <translation>资源池只用于操作员：查看者可读取所有主机，管理员可修改所有主机</translation>
    </message>
    <message>
        <source>There is no database role %1: create it first (CREATE ROLE %1 LOGIN)</source>
        <translation>没有数据库角色 %1：请先创建它（CREATE ROLE %1 LOGIN）</translation>
    </message>
    <message>
        <source>%1 is a group, not a role that logs in</source>
        <translation>%1 是一个组，而不是可登录的角色</translation>
    </message>
</context>
<context>
    <name>Crashcart::Inventory::DatabaseUri</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE or postgresql://USER@/DATABASE?host=/run/postgresql</source>
        <translation>&apos;%1&apos; 不是 PostgreSQL 地址：%2。请写成 postgresql://USER@HOST:PORT/DATABASE 或 postgresql://USER@/DATABASE?host=/run/postgresql</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>它不以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>it holds a space or a control character</source>
        <translation>其中含有空格或控制字符</translation>
    </message>
    <message>
        <source>it names several servers</source>
        <translation>其中指定了多个服务器</translation>
    </message>
    <message>
        <source>The database address holds a password. Crashcart never keeps one in its settings or on the command line: put it in ~/.pgpass, or in the keychain with &apos;crashcart-cli db password&apos;.</source>
        <translation>数据库地址中含有密码。Crashcart 从不在设置或命令行中保存密码：请将密码放入 ~/.pgpass，或用 &apos;crashcart-cli db password&apos; 保存到密钥环。</translation>
    </message>
    <message>
        <source>it has a #fragment</source>
        <translation>其中含有 #片段</translation>
    </message>
    <message>
        <source>port 0</source>
        <translation>端口为 0</translation>
    </message>
    <message>
        <source>the database name holds a &apos;/&apos;</source>
        <translation>数据库名中含有 &apos;/&apos;</translation>
    </message>
    <message>
        <source>libpq knows no parameter &apos;%1&apos;</source>
        <translation>libpq 不认识参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>端口 &apos;%1&apos; 不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; holds a &apos;;&apos;</source>
        <translation>&apos;%1&apos; 的值中含有 &apos;;&apos;</translation>
    </message>
</context>
<context>
    <name>Crashcart::Inventory::DistributionRepository</name>
    <message>
        <source>&apos;%1&apos; is not a distribution name: use up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&apos;%1&apos; 不是有效的发行版名称：最多使用 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，且须以字母或数字开头</translation>
    </message>
    <message>
        <source>A distribution named %1 exists already</source>
        <translation>已存在名为 %1 的发行版</translation>
    </message>
    <message>
        <source>Distribution %1 is used by the profiles %2: change or remove them first</source>
        <translation>发行版 %1 正被配置方案 %2 使用：请先修改或移除这些配置方案</translation>
    </message>
    <message>
        <source>No distribution is named %1</source>
        <translation>没有名为 %1 的发行版</translation>
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
    <message>
        <source>Armed for installation</source>
        <translation>已标记为待安装</translation>
    </message>
    <message>
        <source>Disarmed</source>
        <translation>已取消待安装</translation>
    </message>
    <message>
        <source>Boot offer (DHCP)</source>
        <translation>提供启动信息（DHCP）</translation>
    </message>
    <message>
        <source>File sent (TFTP)</source>
        <translation>文件已发送（TFTP）</translation>
    </message>
    <message>
        <source>File transfer failed (TFTP)</source>
        <translation>文件传输失败（TFTP）</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>HTTP fetch</source>
        <translation>HTTP 下载</translation>
    </message>
    <message>
        <source>Address leased (DHCP)</source>
        <translation>地址已租出（DHCP）</translation>
    </message>
    <message>
        <source>Told to boot its disk</source>
        <translation>已指示从本地磁盘启动</translation>
    </message>
    <message>
        <source>Install started (armed)</source>
        <translation>安装已开始（已标记待安装）</translation>
    </message>
    <message>
        <source>Installer heard from</source>
        <translation>已收到安装程序消息</translation>
    </message>
    <message>
        <source>Install progress</source>
        <translation>安装进度</translation>
    </message>
    <message>
        <source>Hardware report</source>
        <translation>硬件报告</translation>
    </message>
    <message>
        <source>Installer log tail</source>
        <translation>安装程序日志末尾</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Install failed</source>
        <translation>安装失败</translation>
    </message>
    <message>
        <source>Install cancelled</source>
        <translation>安装已取消</translation>
    </message>
    <message>
        <source>Callback refused</source>
        <translation>回调被拒绝</translation>
    </message>
    <message>
        <source>Installer log line</source>
        <translation>安装程序日志行</translation>
    </message>
    <message>
        <source>Next boot set (BMC)</source>
        <translation>已设置下次启动（BMC）</translation>
    </message>
    <message>
        <source>Power (BMC)</source>
        <translation>电源操作（BMC）</translation>
    </message>
    <message>
        <source>Next boot cleared (BMC)</source>
        <translation>已清除下次启动设置（BMC）</translation>
    </message>
    <message>
        <source>BMC step failed</source>
        <translation>BMC 操作失败</translation>
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
    <message>
        <source>BMC address %1</source>
        <translation>BMC 地址 %1</translation>
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
    <message>
        <source>The input goes on past %1 MiB; a host list is at most that large (split it into several files)</source>
        <translation>输入超过 %1 MiB；主机列表最多只能这么大（请拆分为多个文件）</translation>
    </message>
    <message>
        <source>The file is %1 MiB; a host list is at most %2 MiB (split it into several files)</source>
        <translation>文件大小为 %1 MiB；主机列表最多 %2 MiB（请拆分为多个文件）</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 rows; a host list is at most that long (split it into several files)</source>
        <translation>第 %1 行：文件超过 %2 行；主机列表最多只能这么长（请拆分为多个文件）</translation>
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
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 及其他 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) have no profile, so there is nothing to install: %1. Give them a profile first; no host was armed.</source>
        <translation>
            <numerusform>%n 台主机没有配置方案，因此没有可安装的内容：%1。请先为它们指定配置方案；未将任何主机标记为待安装。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Inventory::InventoryCopy</name>
    <message>
        <source>Cannot count the rows of %1 in %2: %3</source>
        <translation>无法统计 %2 中 %1 的行数：%3</translation>
    </message>
    <message>
        <source>Copying %1 failed, so nothing was copied: %2</source>
        <translation>复制 %1 失败，因此没有复制任何内容：%2</translation>
    </message>
    <message>
        <source>Cannot list the tables of %1: %2</source>
        <translation>无法列出 %1 的表：%2</translation>
    </message>
    <message>
        <source>%1 has schema %2 and %3 schema %4: open both with this Crashcart first</source>
        <translation>%1 的 schema 版本为 %2，而 %3 为 %4：请先用此版本的 Crashcart 打开两者</translation>
    </message>
    <message>
        <source>%1 has no table %2</source>
        <translation>%1 中没有表 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds an inventory (%2 has %n row(s)): copy only into an empty database</source>
        <translation>
            <numerusform>%1 中已有主机清单（%2 有 %n 行）：只能复制到空数据库中</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1 from %2: %3</source>
        <translation>无法从 %2 读取 %1：%3</translation>
    </message>
    <message>
        <source>%1: %2 rows in the source, %3 read, %4 in the target; nothing was copied</source>
        <translation>%1：源中有 %2 行，读取了 %3 行，目标中有 %4 行；没有复制任何内容</translation>
    </message>
    <message>
        <source>Only the owner of %1 can copy an inventory into it: %2</source>
        <translation>只有 %1 的所有者才能将主机清单复制进去：%2</translation>
    </message>
</context>
<context>
    <name>Crashcart::Inventory::ProfileRepository</name>
    <message>
        <source>&apos;%1&apos; is not a profile name: use up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&apos;%1&apos; 不是有效的配置方案名称：最多使用 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，且须以字母或数字开头</translation>
    </message>
    <message>
        <source>An initrd path cannot contain a line break</source>
        <translation>initrd 路径不能包含换行符</translation>
    </message>
    <message>
        <source>An install&apos;s timeout is from 1 minute to 7 days (10080 minutes)</source>
        <translation>安装超时时间为 1 分钟到 7 天（10080 分钟）</translation>
    </message>
    <message>
        <source>Profile %1 names the distribution %2, which is not there</source>
        <translation>配置方案 %1 指定的发行版 %2 不存在</translation>
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
    <message>
        <source>everything after &apos;%1&apos; is the name, spaces and options included: the installer would look for &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 之后的全部内容（包括空格和选项）都是名称：安装程序会查找 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;#&apos; starts a comment here: the installer reads this line only up to it</source>
        <translation>&apos;#&apos; 在此处开始注释：安装程序只读取该行到此为止的内容</translation>
    </message>
    <message>
        <source>an environment name is missing after &apos;@^&apos;</source>
        <translation>&apos;@^&apos; 后缺少环境名</translation>
    </message>
    <message>
        <source>a group name is missing after &apos;-@&apos;</source>
        <translation>&apos;-@&apos; 后缺少组名</translation>
    </message>
    <message>
        <source>%1 cannot take both --nodefaults and --optional: the installer refuses the kickstart here</source>
        <translation>%1 不能同时使用 --nodefaults 和 --optional：安装程序会在此处拒绝该 kickstart 文件</translation>
    </message>
    <message>
        <source>%packages cannot take both --default and %1</source>
        <translation>%packages 不能同时使用 --default 和 %1</translation>
    </message>
    <message>
        <source>bash is not installed: shell syntax was not checked</source>
        <translation>未安装 bash：未检查 shell 语法</translation>
    </message>
    <message>
        <source>bash did not finish in time: this script&apos;s syntax was not checked</source>
        <translation>bash 未能及时完成：未检查此脚本的语法</translation>
    </message>
    <message>
        <source>bash cannot parse this script: %1 (it stops here and fails)</source>
        <translation>bash 无法解析此脚本：%1（脚本会在此处中止并失败）</translation>
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
    <message>
        <source>That address is not one of this machine&apos;s: choose one of its addresses, or 0.0.0.0 for all of them.</source>
        <translation>该地址不属于本机：请选择本机的一个地址，或使用 0.0.0.0 监听所有地址。</translation>
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
    <name>Crashcart::Netboot::Dhcp::FullResponder</name>
    <message>
        <source>no address left in the pool for %1 (every address is leased or offered)</source>
        <translation>地址池中已没有可分配给 %1 的地址（所有地址均已租出或已提供）</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Dhcp::LeasePool</name>
    <message>
        <source>The address pool needs a first and last IPv4 address and a netmask</source>
        <translation>地址池需要起始和结束 IPv4 地址以及子网掩码</translation>
    </message>
    <message>
        <source>%1 is not a netmask</source>
        <translation>%1 不是子网掩码</translation>
    </message>
    <message>
        <source>The pool&apos;s first address %1 comes after its last %2</source>
        <translation>地址池的起始地址 %1 位于结束地址 %2 之后</translation>
    </message>
    <message>
        <source>%1 and %2 are not in one subnet of %3</source>
        <translation>%1 和 %2 不在 %3 的同一子网内</translation>
    </message>
    <message>
        <source>The pool holds more than 65,536 addresses</source>
        <translation>地址池包含超过 65,536 个地址</translation>
    </message>
    <message>
        <source>The pool includes the subnet&apos;s network or broadcast address</source>
        <translation>地址池包含了子网的网络地址或广播地址</translation>
    </message>
    <message>
        <source>Leases shorter than a minute are refused</source>
        <translation>不接受短于一分钟的租约</translation>
    </message>
    <message>
        <source>The lease file %1 cannot be read</source>
        <translation>无法读取租约文件 %1</translation>
    </message>
    <message>
        <source>The lease file %1 is damaged (%2); move it away to start with no leases</source>
        <translation>租约文件 %1 已损坏（%2）；将其移走即可在没有租约的状态下启动</translation>
    </message>
    <message>
        <source>The lease file %1 cannot be written: %2</source>
        <translation>无法写入租约文件 %1：%2</translation>
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
    <name>Crashcart::Netboot::DhcpProbe</name>
    <message>
        <source>there is no interface %1</source>
        <translation>不存在网络接口 %1</translation>
    </message>
    <message>
        <source>cannot listen on UDP port %1 for the answers: %2</source>
        <translation>无法在 UDP 端口 %1 上监听应答：%2</translation>
    </message>
    <message>
        <source>cannot send on the interface %1 alone (it needs CAP_NET_RAW)</source>
        <translation>无法仅通过网络接口 %1 发送（需要 CAP_NET_RAW）</translation>
    </message>
    <message>
        <source>cannot send the DHCP request: %1</source>
        <translation>无法发送 DHCP 请求：%1</translation>
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
    <name>Crashcart::Netboot::NetbootService</name>
    <message>
        <source>The %1 server cannot listen on %2 port %3: %4 holds it. Stop that program, or choose another port.</source>
        <translation>%1 服务器无法监听 %2 端口 %3：该端口被 %4 占用。请停止该程序，或选择其他端口。</translation>
    </message>
    <message>
        <source>There is nothing to serve over TFTP</source>
        <translation>没有可通过 TFTP 提供的内容</translation>
    </message>
    <message>
        <source>There is nothing to serve over HTTP</source>
        <translation>没有可通过 HTTP 提供的内容</translation>
    </message>
    <message>
        <source>DHCP is off: choose proxy mode to answer PXE clients</source>
        <translation>DHCP 已关闭：请选择代理模式以应答 PXE 客户端</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Preflight</name>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1（进程 %2）</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>某个程序</translation>
    </message>
    <message>
        <source>a process of another user (%1), whose name only an administrator can see</source>
        <translation>另一用户（%1）的某个进程，只有管理员才能查看其名称</translation>
    </message>
    <message>
        <source>a process that could not be identified (user %1)</source>
        <translation>无法识别的进程（用户 %1）</translation>
    </message>
    <message>
        <source>%1 port %2 is privileged, and this program may not bind it</source>
        <translation>%1 端口 %2 是特权端口，本程序无权绑定</translation>
    </message>
    <message>
        <source>%1 port %2 is in use by this Crashcart: its %3 server is running</source>
        <translation>%1 端口 %2 正被本 Crashcart 使用：其 %3 服务器正在运行</translation>
    </message>
    <message>
        <source>Stop it before starting it with other settings.</source>
        <translation>请先停止它，再以其他设置启动。</translation>
    </message>
    <message>
        <source>%1 port %2 on %3 is taken by %4</source>
        <translation>%3 上的 %1 端口 %2 已被 %4 占用</translation>
    </message>
    <message>
        <source>Both will receive the DHCP broadcasts. If that program answers PXE clients too, stop it, or machines may boot from it instead.</source>
        <translation>两者都会收到 DHCP 广播。如果该程序也应答 PXE 客户端，请停止它，否则机器可能会从它启动。</translation>
    </message>
    <message>
        <source>Stop that program, or choose another port in %1.</source>
        <translation>请停止该程序，或在%1中选择其他端口。</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine: the servers cannot listen on it</source>
        <translation>%1 不是本机的地址：服务器无法在其上监听</translation>
    </message>
    <message>
        <source>Choose one of the interface&apos;s addresses, or 0.0.0.0 for all of them.</source>
        <translation>请选择该网络接口的某个地址，或使用 0.0.0.0 监听所有地址。</translation>
    </message>
    <message>
        <source>No interface chosen: DHCP answers on every interface</source>
        <translation>未选择网络接口：DHCP 将在所有网络接口上应答</translation>
    </message>
    <message>
        <source>Choose the interface that faces the machines to install, so other networks are left alone.</source>
        <translation>请选择连接待安装机器的网络接口，以免影响其他网络。</translation>
    </message>
    <message>
        <source>There is no interface %1</source>
        <translation>不存在网络接口 %1</translation>
    </message>
    <message>
        <source>Choose another interface.</source>
        <translation>请选择其他网络接口。</translation>
    </message>
    <message>
        <source>The interface %1 is down or has no link</source>
        <translation>网络接口 %1 已关闭或未连接</translation>
    </message>
    <message>
        <source>Plug in the cable, or bring the interface up (ip link set %1 up).</source>
        <translation>请插好网线，或启用该网络接口（ip link set %1 up）。</translation>
    </message>
    <message>
        <source>There is no IPv4 address to tell PXE clients to boot from</source>
        <translation>没有可告知 PXE 客户端用于启动的 IPv4 地址</translation>
    </message>
    <message>
        <source>Give the interface an IPv4 address, or enter one as the listen address.</source>
        <translation>请为该网络接口配置 IPv4 地址，或将某个地址填为监听地址。</translation>
    </message>
    <message>
        <source>the TFTP port field</source>
        <translation>“TFTP 端口”字段</translation>
    </message>
    <message>
        <source>the HTTP port field</source>
        <translation>“HTTP 端口”字段</translation>
    </message>
    <message>
        <source>the DHCP port field</source>
        <translation>“DHCP 端口”字段</translation>
    </message>
    <message>
        <source>the PXE port field</source>
        <translation>“PXE 端口”字段</translation>
    </message>
    <message>
        <source>%1 is missing from the TFTP folder: %2 machines cannot boot</source>
        <translation>TFTP 目录中缺少 %1：%2 机器无法启动</translation>
    </message>
    <message>
        <source>The check listens on UDP port 68 (privileged, and a DHCP client of this machine may hold it) and sends on the chosen interface. The servers do not depend on it.</source>
        <translation>该检查会监听 UDP 端口 68（特权端口，且可能被本机的 DHCP 客户端占用），并在所选网络接口上发送请求。服务器的运行不依赖此检查。</translation>
    </message>
    <message>
        <source>Port 68 is held by %1.</source>
        <translation>端口 68 被 %1 占用。</translation>
    </message>
    <message>
        <source>Could not check for other DHCP servers: %1</source>
        <translation>无法检查其他 DHCP 服务器：%1</translation>
    </message>
    <message>
        <source>This machine answers PXE clients (%1)</source>
        <translation>本机正在应答 PXE 客户端（%1）</translation>
    </message>
    <message>
        <source>Expected while Crashcart&apos;s DHCP server runs; otherwise another server on this machine (dnsmasq, for instance) answers them.</source>
        <translation>在 Crashcart 的 DHCP 服务器运行时，这属于正常现象；否则说明本机上的其他服务器（例如 dnsmasq）正在应答它们。</translation>
    </message>
    <message>
        <source>Another PXE server answers on this network: %1</source>
        <translation>此网络中有其他 PXE 服务器在应答：%1</translation>
    </message>
    <message>
        <source>Another PXE server answers on this network: %1 (boot file %2)</source>
        <translation>此网络中有其他 PXE 服务器在应答：%1（启动文件 %2）</translation>
    </message>
    <message>
        <source>PXE clients take the first answer they get, which may not be Crashcart&apos;s. Turn PXE off on that server for these machines, or use a separate network.</source>
        <translation>PXE 客户端会采用收到的第一个应答，而它不一定来自 Crashcart。请在该服务器上对这些机器关闭 PXE，或使用单独的网络。</translation>
    </message>
    <message>
        <source>The DHCP server %1 already hands out addresses on this network</source>
        <translation>DHCP 服务器 %1 已在此网络中分配地址</translation>
    </message>
    <message>
        <source>Full DHCP must only run on an isolated network; use proxy mode here.</source>
        <translation>完整 DHCP 只能在隔离网络中运行；此处请使用代理模式。</translation>
    </message>
    <message>
        <source>The site&apos;s DHCP server %1 hands out addresses (it offered %2)</source>
        <translation>现网 DHCP 服务器 %1 正在分配地址（它提供了 %2）</translation>
    </message>
    <message>
        <source>proxyDHCP adds the boot information next to it.</source>
        <translation>proxyDHCP 会在其基础上补充提供启动信息。</translation>
    </message>
    <message>
        <source>No other DHCP server answered: the network looks isolated</source>
        <translation>没有其他 DHCP 服务器应答：网络看起来是隔离的</translation>
    </message>
    <message>
        <source>No DHCP server offered an address</source>
        <translation>没有 DHCP 服务器提供地址</translation>
    </message>
    <message>
        <source>In proxy mode the machines get their address from the site&apos;s DHCP server, and none answered. Check the interface and the cable, or use full DHCP on an isolated network.</source>
        <translation>在代理模式下，机器从现网 DHCP 服务器获取地址，但没有服务器应答。请检查网络接口和网线，或在隔离网络中使用完整 DHCP。</translation>
    </message>
    <message>
        <source>Full DHCP cannot start: %1</source>
        <translation>完整 DHCP 无法启动：%1</translation>
    </message>
    <message>
        <source>Full DHCP needs the lab network&apos;s interface and a pool in its subnet.</source>
        <translation>完整 DHCP 需要实验网络的接口，以及该接口子网内的地址池。</translation>
    </message>
    <message>
        <source>the syslog port field</source>
        <translation>syslog 端口字段</translation>
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
    <name>Crashcart::Netboot::ServiceConfig</name>
    <message>
        <source>Full DHCP hands out addresses, so it answers on one interface only: choose the interface of the lab network it serves</source>
        <translation>完整 DHCP 会分配地址，因此只在一个网络接口上应答：请选择其所服务的实验网络的网络接口</translation>
    </message>
    <message>
        <source>Enter the first and the last IPv4 address of the pool</source>
        <translation>请输入地址池的起始和结束 IPv4 地址</translation>
    </message>
    <message>
        <source>There is no interface %1 on this machine</source>
        <translation>本机上不存在网络接口 %1</translation>
    </message>
    <message>
        <source>The interface %1 has no IPv4 address: give it one in the pool&apos;s subnet</source>
        <translation>网络接口 %1 没有 IPv4 地址：请为其配置一个位于地址池子网内的地址</translation>
    </message>
    <message>
        <source>The pool %1 – %2 is not in a subnet of %3 (%4)</source>
        <translation>地址池 %1 – %2 不在 %3（%4）的任何子网内</translation>
    </message>
    <message>
        <source>The router %1 is not in the pool&apos;s subnet</source>
        <translation>网关 %1 不在地址池的子网内</translation>
    </message>
    <message>
        <source>The DNS server %1 is not an IPv4 address</source>
        <translation>DNS 服务器 %1 不是 IPv4 地址</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Syslog::Message</name>
    <message>
        <source>Malformed syslog message: %1</source>
        <translation>格式错误的 syslog 消息：%1</translation>
    </message>
    <message>
        <source>structured data must be &quot;-&quot; or start with &quot;[&quot;</source>
        <translation>结构化数据必须是 &quot;-&quot; 或以 &quot;[&quot; 开头</translation>
    </message>
    <message>
        <source>a structured data element without a valid ID</source>
        <translation>结构化数据元素缺少有效 ID</translation>
    </message>
    <message>
        <source>a malformed parameter in structured data element %1</source>
        <translation>结构化数据元素 %1 中有格式错误的参数</translation>
    </message>
    <message>
        <source>unterminated structured data</source>
        <translation>结构化数据未结束</translation>
    </message>
    <message>
        <source>the RFC 5424 header field %1 is missing or invalid</source>
        <translation>RFC 5424 头部字段 %1 缺失或无效</translation>
    </message>
    <message>
        <source>the RFC 5424 header has no structured data</source>
        <translation>RFC 5424 头部没有结构化数据</translation>
    </message>
    <message>
        <source>no space between the structured data and the message</source>
        <translation>结构化数据与消息之间没有空格</translation>
    </message>
    <message>
        <source>the datagram is empty</source>
        <translation>数据报为空</translation>
    </message>
    <message>
        <source>%1 bytes is over the limit of %2</source>
        <translation>%1 字节超过了 %2 的上限</translation>
    </message>
    <message>
        <source>it does not start with &lt;PRI&gt;</source>
        <translation>它不是以 &lt;PRI&gt; 开头</translation>
    </message>
    <message>
        <source>the priority %1 is over 191</source>
        <translation>优先级 %1 超过 191</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Syslog::Server</name>
    <message>
        <source>The syslog server cannot listen on %1 port %2 (%3): %4. %5</source>
        <translation>syslog 服务器无法在 %1 的端口 %2（%3）上监听：%4。%5</translation>
    </message>
    <message>
        <source>more than %1 datagrams a second: the rest of this second is dropped</source>
        <translation>每秒超过 %1 个数据报：本秒其余的被丢弃</translation>
    </message>
    <message>
        <source>a datagram over %1 bytes</source>
        <translation>超过 %1 字节的数据报</translation>
    </message>
    <message>
        <source>more than %1 messages a second: the rest of this second is dropped</source>
        <translation>每秒超过 %1 条消息：本秒其余的被丢弃</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Syslog::StreamFramer</name>
    <message>
        <source>not syslog over TCP: a message starting with a digit needs an octet count (1 to %1 digits, not 0) and a space</source>
        <translation>不是基于 TCP 的 syslog：以数字开头的消息需要字节计数（1 到 %1 位数字，不能为 0）和一个空格</translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Syslog::TcpReceiver</name>
    <message>
        <source>more than %1 connections at once: new ones are closed</source>
        <translation>同时连接超过 %1 个：新的连接会被关闭</translation>
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
    <message>
        <source>a request of %1 bytes (at most %2)</source>
        <translation>请求长达 %1 字节（最多 %2 字节）</translation>
    </message>
    <message>
        <source>the request&apos;s file name or mode is not NUL-terminated</source>
        <translation>请求中的文件名或传输模式没有以 NUL 结尾</translation>
    </message>
    <message>
        <source>an option is not NUL-terminated</source>
        <translation>有选项没有以 NUL 结尾</translation>
    </message>
    <message>
        <source>%1 options (at most %2)</source>
        <translation>%1 个选项（最多 %2 个）</translation>
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
    <message>
        <source>the client asked for the size only</source>
        <translation>客户端只请求了文件大小</translation>
    </message>
    <message>
        <source>netascii refused for a file of %1 bytes (at most %2; binary files go in octet mode)</source>
        <translation>已拒绝以 netascii 传输 %1 字节的文件（最多 %2 字节；二进制文件请用 octet 模式）</translation>
    </message>
    <message>
        <source>reading the file for a netascii transfer failed</source>
        <translation>为 netascii 传输读取文件失败</translation>
    </message>
    <message>
        <source>The TFTP server cannot start its transfer threads: %1</source>
        <translation>TFTP 服务器无法启动其传输线程：%1</translation>
    </message>
    <message numerus="yes">
        <source>the last %n block(s) never acknowledged: the client went quiet once it had them, or lost them</source>
        <translation>
            <numerusform>最后 %n 个数据块始终未得到确认：客户端可能在收齐后不再应答，也可能丢失了它们</numerusform>
        </translation>
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
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>Crashcart::Preseed::Checker</name>
    <message numerus="yes">
        <source>a preseed line has an owner, a question and a type (then a value): this one has %n field(s)</source>
        <translation>
            <numerusform>preseed 行应由所有者、问题和类型（随后是值）组成：此行只有 %n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a package name: the owner is d-i or the package that asks the question</source>
        <translation>&apos;%1&apos; 不是软件包名：所有者应为 d-i 或提出该问题的软件包</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; (%2)</source>
        <translation>未知的类型 &apos;%1&apos;（可用类型：%2）</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos;: did you mean &apos;%2&apos;?</source>
        <translation>未知的类型 &apos;%1&apos;：你是不是想写 &apos;%2&apos;？</translation>
    </message>
    <message>
        <source>a boolean is true or false, not &apos;%1&apos;</source>
        <translation>布尔值应为 true 或 false，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the value starts with a blank: only one blank or tab separates the type from the value, the others are part of it</source>
        <translation>值以空白开头：类型与值之间只以一个空格或制表符分隔，其余空白都属于值的一部分</translation>
    </message>
    <message>
        <source>the password is in clear text, readable by anyone who can fetch this file: set %1-crypted to a hash (mkpasswd -m sha-512) instead</source>
        <translation>密码为明文，任何能获取此文件的人都能读到：请改为将 %1-crypted 设置为哈希值（mkpasswd -m sha-512）</translation>
    </message>
    <message>
        <source>nothing tells the installer to load this preseed: the kernel arguments have no url= (or preseed/url=, file=) and Crashcart does not deliver the file</source>
        <translation>没有任何设置让安装程序加载此 preseed：内核参数中没有 url=（或 preseed/url=、file=），且 Crashcart 不提供该文件</translation>
    </message>
    <message>
        <source>the preseed is fetched over the network, but without auto=true (or priority=critical) on the kernel line the language, keyboard and network questions are asked first</source>
        <translation>preseed 通过网络获取，但内核命令行中没有 auto=true（或 priority=critical），因此会先询问语言、键盘和网络问题</translation>
    </message>
    <message>
        <source>this comment ends with a backslash: the next line is joined to it and is not read</source>
        <translation>此注释以反斜杠结尾：下一行会并入此注释，因而不会被读取</translation>
    </message>
    <message>
        <source>%1 is already set on line %2: the later value wins</source>
        <translation>%1 已在第 %2 行设置过：以后面的值为准</translation>
    </message>
    <message>
        <source>partman-auto/method is set but partman-auto/disk is not: on a machine with more than one disk the installer asks which one, or picks one you did not mean</source>
        <translation>设置了 partman-auto/method，但未设置 partman-auto/disk：在有多块磁盘的机器上，安装程序会询问使用哪块磁盘，或者选中一块并非你本意的磁盘</translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) not shown</source>
        <translation>
            <numerusform>另有 %n 条检查结果未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>too many commands in one file: this one and the ones after it were not checked</source>
        <translation>一个文件中的命令过多：未检查此命令及其后的命令</translation>
    </message>
    <message>
        <source>neither busybox nor dash is installed: commands were not parsed</source>
        <translation>未安装 busybox 或 dash：未解析命令</translation>
    </message>
    <message>
        <source>%1 did not finish in time: this command was not parsed</source>
        <translation>%1 未能及时完成：未解析此命令</translation>
    </message>
    <message>
        <source>the installer&apos;s shell cannot parse this command (%1: %2)</source>
        <translation>安装程序的 shell 无法解析此命令（%1：%2）</translation>
    </message>
    <message>
        <source>shellcheck is not installed: commands were not checked</source>
        <translation>未安装 shellcheck：未检查命令</translation>
    </message>
    <message>
        <source>shellcheck did not finish in time: this command was not checked</source>
        <translation>shellcheck 未能及时完成：未检查此命令</translation>
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
    <message>
        <source>The workspace settings %1 cannot be read</source>
        <translation>无法读取工作区设置 %1</translation>
    </message>
    <message>
        <source>The workspace settings %1 cannot be written</source>
        <translation>无法写入工作区设置 %1</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Checking the image: %1%</source>
        <translation>正在校验镜像：%1%</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Installs Linux on bare-metal servers over the network: hosts, profiles, kickstart
and preseed files, initramfs images and the netboot servers (DHCP, TFTP, HTTP)
in one window. crashcart-cli(1) does the same without a screen.

Exit status:
  0  the window was closed
  1  the workspace or its inventory cannot be opened (a message says why)

Environment:
  LANG, LC_ALL, LANGUAGE  the language when --language and the settings name none
  XDG_CONFIG_HOME         where the settings file is (default: ~/.config)
  XDG_DATA_HOME           where the default workspace is (default: ~/.local/share)
  QT_QPA_PLATFORM         Qt&apos;s display platform (offscreen: no window)

Files:
  $XDG_CONFIG_HOME/crashcart.org/crashcart.conf
                          the settings: the workspace, the language, the servers&apos;
                          last settings, the window&apos;s layout
  $XDG_DATA_HOME/crashcart
                          the workspace unless --workspace or the settings name one
  WORKSPACE/crashcart.db  the inventory: hosts, profiles, distributions, events</source>
        <translation>通过网络在裸金属服务器上安装 Linux：主机、配置方案、kickstart
和 preseed 文件、initramfs 镜像以及网络启动服务器（DHCP、TFTP、HTTP）
都在一个窗口中。crashcart-cli(1) 无需屏幕即可完成同样的工作。

退出状态：
  0  窗口已关闭
  1  无法打开工作区或其清单（会有消息说明原因）

环境变量：
  LANG, LC_ALL, LANGUAGE  --language 和设置都未指定时使用的语言
  XDG_CONFIG_HOME         设置文件所在位置（默认：~/.config）
  XDG_DATA_HOME           默认工作区所在位置（默认：~/.local/share）
  QT_QPA_PLATFORM         Qt 的显示平台（offscreen：不显示窗口）

文件：
  $XDG_CONFIG_HOME/crashcart.org/crashcart.conf
                          设置：工作区、语言、服务器的上次设置、窗口布局
  $XDG_DATA_HOME/crashcart
                          工作区，除非 --workspace 或设置指定了其他位置
  WORKSPACE/crashcart.db  清单：主机、配置方案、发行版、事件</translation>
    </message>
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
    <message>
        <source>Events not recorded: %1</source>
        <translation>事件未记录：%1</translation>
    </message>
    <message>
        <source>The inventory cannot be read: %1</source>
        <translation>无法读取主机清单：%1</translation>
    </message>
    <message>
        <source>%1 is installed</source>
        <translation>%1 已安装完成</translation>
    </message>
    <message>
        <source>%1: the install failed</source>
        <translation>%1：安装失败</translation>
    </message>
    <message>
        <source>Start the servers at launch with the Servers view&apos;s last settings (as Servers › Start All Servers).</source>
        <translation>启动时即以“服务器”视图上次的设置启动服务器（同“服务器 › 启动所有服务器”）。</translation>
    </message>
    <message>
        <source>Use the inventory at URI, a PostgreSQL server (postgresql://USER@HOST/DB), or &apos;sqlite&apos; for the workspace&apos;s own file, instead of the workspace&apos;s setting.</source>
        <translation>使用位于 URI 的主机清单，即 PostgreSQL 服务器（postgresql://USER@HOST/DB），或用 &apos;sqlite&apos; 表示工作区自己的文件，而不使用工作区的设置。</translation>
    </message>
</context>
</TS>
