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
        <source>Crashcart without a screen: inventory and servers from the shell.

Commands:
  hosts import FILE.csv   import hosts; bad rows are listed as FILE:LINE: reason
  hosts list              list the hosts (--json for JSON)
  hosts export [FILE]     write the hosts as CSV (to standard output without FILE)</source>
        <translation>Crashcart 无界面版：在 shell 中管理主机清单和服务器。

命令：
  hosts import FILE.csv   导入主机；有问题的行按 FILE:LINE: 原因 的格式列出
  hosts list              列出主机（加 --json 输出 JSON）
  hosts export [FILE]     以 CSV 格式写出主机（未指定 FILE 时写到标准输出）</translation>
    </message>
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
