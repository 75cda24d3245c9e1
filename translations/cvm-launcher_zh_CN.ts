<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Catalog</name>
    <message>
        <location filename="../app/catalog/catalog.cpp" line="+58"/>
        <source>The instance catalog is not in format %1 version %2.</source>
        <translation>实例规格目录不是格式 %1 的版本 %2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No instance catalog files were found.</source>
        <translation>找不到实例规格目录文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the catalog file %1: %2.</source>
        <translation>无法读取规格目录文件 %1：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog file %1 is not a JSON object: %2 (at byte %3).</source>
        <translation>规格目录文件 %1 不是 JSON 对象：%2（第 %3 字节处）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalog file %1 is not in format %2 version %3.</source>
        <translation>规格目录文件 %1 不是格式 %2 的版本 %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The catalog section &quot;%1&quot; appears in more than one file (again in %2).</source>
        <translation>规格目录的“%1”部分出现在多个文件中（在 %2 中再次出现）。</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>%1 to %2</source>
        <comment>a range of CPU:memory ratios</comment>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>CatalogParser</name>
    <message>
        <location filename="../app/catalog/catalogparser.cpp" line="+45"/>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>must be a non-empty list</source>
        <translation>必须是非空列表</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+100"/>
        <location line="+130"/>
        <source>%1 appears twice</source>
        <translation>%1 出现了两次</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>must not be below min</source>
        <translation>不能小于 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be min plus a whole number of steps</source>
        <translation>必须等于 min 加整数个步长</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a valid value of the rule</source>
        <translation>必须是该规则的有效值</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>may hold only printable ASCII punctuation</source>
        <translation>只能包含可打印的 ASCII 标点符号</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be one of letter, lower, upper, digit, special</source>
        <translation>必须是 letter、lower、upper、digit、special 之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appears twice</source>
        <translation>出现了两次</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>region %1 appears twice</source>
        <translation>地域 %1 出现了两次</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>zone %1 appears twice</source>
        <translation>可用区 %1 出现了两次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown region %1</source>
        <translation>未知地域 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+32"/>
        <source>must be at least 1</source>
        <translation>必须至少为 1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>disk type %1 appears twice</source>
        <translation>云硬盘类型 %1 出现了两次</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>size %1 appears twice</source>
        <translation>大小 %1 出现了两次</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must not contain a dot</source>
        <translation>不能包含点号</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown storageType %1</source>
        <translation>未知的 storageType %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown zone %1</source>
        <translation>未知可用区 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cores have no API 3.0 size name in v3Sizes</source>
        <translation>%1 核在 v3Sizes 中没有 API 3.0 规格名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cores are listed twice</source>
        <translation>%1 核被列出了两次</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>family %1 appears twice</source>
        <translation>实例族 %1 出现了两次</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The instance catalog is invalid at %1: %2.</source>
        <translation>实例规格目录在 %1 处无效：%2。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+12"/>
        <source>Launch pay-by-hour Tencent Cloud CVM instances, or try it all on the built-in sandbox.</source>
        <translation>创建按量计费的腾讯云 CVM 实例，或在内置沙箱中试用全部功能。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A launch template (.json) to open in the wizard.</source>
        <translation>要在向导中打开的启动模板（.json）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run &quot;%1 --help&quot; to see the options.</source>
        <translation>运行“%1 --help”查看可用选项。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only one template can be opened at a time.</source>
        <translation>一次只能打开一个模板。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../ui/wizard/donepage.cpp" line="+9"/>
        <source>Launch sent</source>
        <translation>启动请求已发出</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The launch of %n instance(s) was handed to the launcher. The instances table follows each one from 创建中 (creating) to 运行中 (running), or shows why it failed. Press Finish to close this wizard.</source>
        <translation>
            <numerusform>%n 台实例的启动请求已交给启动器。实例列表会跟踪每台实例从“创建中”到“运行中”，失败时显示原因。按“完成”关闭此向导。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingLabel</name>
    <message>
        <location filename="../ui/widgets/findinglabel.cpp" line="+81"/>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix: %1</source>
        <translation>修正：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
</context>
<context>
    <name>ImagePage</name>
    <message>
        <location filename="../ui/wizard/imagepage.cpp" line="+26"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the operating system image. Its OS decides the system disk and login rules on the next pages.</source>
        <translation>选择操作系统镜像。其操作系统决定后续页面的系统盘和登录规则。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Image type</source>
        <translation>镜像类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search images</source>
        <translation>搜索镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, OS or ID</source>
        <translation>名称、操作系统或 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Images</source>
        <translation>镜像列表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the images</source>
        <translation>镜像列表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Image &amp;type:</source>
        <translation>镜像类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Images:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>There are no images of this type in this region. Choose another image type, or press Retry.</source>
        <translation>此地域没有这种类型的镜像。请选择其他镜像类型，或按“重试”。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No image chosen yet.</source>
        <translation>尚未选择镜像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen: %1 (%2), %3</source>
        <translation>已选择：%1（%2），%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen: %1. Its operating system is not known yet, so the Windows and Linux rules cannot be told apart.</source>
        <translation>已选择：%1。其操作系统尚不明确，因此无法区分 Windows 与 Linux 规则。</translation>
    </message>
</context>
<context>
    <name>InstanceConfigPage</name>
    <message>
        <location filename="../ui/wizard/instanceconfigpage.cpp" line="+22"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the instance family, its CPU and memory, a name and how many to launch.</source>
        <translation>选择实例类型、CPU 和内存、名称以及启动数量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance &amp;family:</source>
        <translation>实例类型(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance family</source>
        <translation>实例类型</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CPU cores</source>
        <translation>CPU 核数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance name</source>
        <translation>实例名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; the service names it 未命名</source>
        <translation>可选；不填时服务命名为“未命名”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of instances</source>
        <translation>实例数量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;CPU:</source>
        <translation>CPU(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance &amp;name:</source>
        <translation>实例名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cou&amp;nt:</source>
        <translation>数量(&amp;U)：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 — %2 (CPU:memory %3)
%4</source>
        <translation>%1 — %2（CPU:内存 %3）
%4</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n 核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n core(s) — not offered</source>
        <translation>
            <numerusform>%n 核 — 不提供</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 GB — not offered with these cores</source>
        <translation>%1 GB — 此核数不提供</translation>
    </message>
</context>
<context>
    <name>LanguagePreference</name>
    <message>
        <location filename="../app/i18n/languagepreference.cpp" line="+45"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
</context>
<context>
    <name>LaunchSpecJson</name>
    <message>
        <location filename="../app/spec/launchspecjson.cpp" line="+72"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text string</source>
        <translation>文本字符串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field &quot;%1&quot; must be %2.</source>
        <translation>字段“%1”必须是%2。</translation>
    </message>
</context>
<context>
    <name>LaunchSummary</name>
    <message>
        <location filename="../ui/wizard/launchsummary.cpp" line="+6"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance family</source>
        <translation>实例类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU and memory</source>
        <translation>CPU 和内存</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n core(s), %1 GB</source>
        <translation>
            <numerusform>%n 核，%1 GB</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances</source>
        <translation>实例数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none (the service names them)</source>
        <translation>无（由服务命名）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data disk</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB, %2</source>
        <translation>%1 GB，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the image&apos;s default size</source>
        <translation>镜像的默认大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VPC %1, subnet %2</source>
        <translation>私有网络 %1，子网 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>basic network</source>
        <translation>基础网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VPC gateway</source>
        <translation>公网网关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to %1 Mbps, %2</source>
        <translation>最高 %1 Mbps，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with a password (set, not shown)</source>
        <translation>使用密码（已设置，不显示）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with key pair %1</source>
        <translation>使用密钥 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a password the service generates and sends to your message center</source>
        <translation>使用服务生成的密码，通过站内信发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security agent</source>
        <translation>云安全服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor agent</source>
        <translation>云监控服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default project</source>
        <translation>默认项目</translation>
    </message>
</context>
<context>
    <name>LaunchTemplate</name>
    <message>
        <location filename="../app/spec/launchtemplate.cpp" line="+30"/>
        <source>The template is larger than %1 KiB; it cannot be a launch template.</source>
        <translation>模板大于 %1 KiB，不可能是启动模板。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The template is not valid JSON (%1 at byte %2); it may be truncated or damaged.</source>
        <translation>模板不是有效的 JSON（第 %2 字节处：%1），文件可能不完整或已损坏。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The template must be a JSON object.</source>
        <translation>模板必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is not a CVM Launcher template (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>此文件不是 CVM Launcher 模板（“format”必须为“%1”）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The template&apos;s &quot;version&quot; must be a positive whole number.</source>
        <translation>模板的“version”必须是正整数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template was written by a newer CVM Launcher (format version %1; this one reads up to %2). Update CVM Launcher to open it.</source>
        <translation>该模板由更新版本的 CVM Launcher 写入（格式版本 %1，本版本最高只能读取版本 %2）。请更新 CVM Launcher 后再打开。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The template has no &quot;spec&quot; object.</source>
        <translation>模板中没有“spec”对象。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The template contained a password. Passwords are never kept in templates, so it was ignored: enter it again in the wizard.</source>
        <translation>模板中包含密码。模板从不保存密码，因此已忽略该密码：请在向导中重新输入。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the template &quot;%1&quot;: %2</source>
        <translation>无法打开模板“%1”：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the template &quot;%1&quot;: %2</source>
        <translation>无法读取模板“%1”：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write the template &quot;%1&quot;: %2</source>
        <translation>无法写入模板“%1”：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save the template &quot;%1&quot;: %2</source>
        <translation>无法保存模板“%1”：%2</translation>
    </message>
</context>
<context>
    <name>LaunchWizard</name>
    <message>
        <location filename="../ui/wizard/launchwizard.cpp" line="+31"/>
        <source>New launch</source>
        <translation>新建实例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ve as template…</source>
        <translation>另存为模板(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open template…</source>
        <translation>打开模板(&amp;O)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Save launch template</source>
        <translation>保存启动模板</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Launch templates (*.json)</source>
        <translation>启动模板 (*.json)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open launch template</source>
        <translation>打开启动模板</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the template</source>
        <translation>无法打开模板</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <location filename="../ui/widgets/loadstatus.cpp" line="+20"/>
        <source>Loading %1</source>
        <translation>正在加载%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retr&amp;y</source>
        <translation>重试(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry loading %1</source>
        <translation>重新加载%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading %1…</source>
        <translation>正在加载%1…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not load %1.</source>
        <translation>无法加载%1。</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../ui/wizard/locationpage.cpp" line="+16"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the availability zone the instances will run in.</source>
        <translation>选择实例运行的可用区。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Availability &amp;zone:</source>
        <translation>可用区(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the availability zones</source>
        <translation>可用区列表</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The service lists no availability zones for this region. Check the profile&apos;s region, then press Retry.</source>
        <translation>服务未列出此地域的可用区。请检查配置的地域，然后按“重试”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 — not available now</source>
        <translation>%1 — 当前不可用</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Region: follows the zone you choose.</source>
        <translation>地域：由所选可用区决定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region: %1 (%2)</source>
        <translation>地域：%1（%2）</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../ui/wizard/loginpage.cpp" line="+23"/>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how you will log in to the instances.</source>
        <translation>选择登录实例的方式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Set a password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an SSH &amp;key pair</source>
        <translation>使用 SSH 密钥(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the service &amp;generate a password and send it to the account&apos;s message center</source>
        <translation>由服务生成密码(&amp;G)，并通过站内信发送</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how password</source>
        <translation>显示密码(&amp;H)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key pair</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key pairs</source>
        <translation>密钥列表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key pai&amp;r:</source>
        <translation>密钥(&amp;R)：</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account has no key pairs. Create one in the console, or use a password.</source>
        <translation>此账号没有密钥。请在控制台创建，或使用密码。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Key pairs are not available: Windows images only accept a password.</source>
        <translation>不能使用密钥：Windows 镜像只支持密码登录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="+20"/>
        <source>CVM Launcher</source>
        <translation>CVM Launcher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Launched instances</source>
        <translation>已创建的实例</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New launch…</source>
        <translation>新建实例(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe and launch new instances</source>
        <translation>填写配置并创建新实例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot open template</source>
        <translation>无法打开模板</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../ui/wizard/networkpage.cpp" line="+20"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the network and the public bandwidth.</source>
        <translation>选择网络和公网带宽。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Basic network</source>
        <translation>基础网络(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Virtual private cloud (VPC) — chosen on the next page</source>
        <translation>私有网络 (VPC)(&amp;V) — 在下一页选择</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bandwidth billing</source>
        <translation>带宽计费方式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public bandwidth in Mbps</source>
        <translation>公网带宽（Mbps）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Mbps</source>
        <translation> Mbps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign a &amp;public IP</source>
        <translation>分配公网 IP(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bandwidth &amp;billing:</source>
        <translation>带宽计费(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth &amp;cap:</source>
        <translation>带宽上限(&amp;C)：</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>With a public IP the instances can be reached from the internet at up to %1 Mbps.</source>
        <translation>有公网 IP 时，可从互联网访问实例，带宽最高 %1 Mbps。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No public IP: with a bandwidth cap of 0 Mbps the service does not assign one. Raise the cap to get a public IP.</source>
        <translation>无公网 IP：带宽上限为 0 Mbps 时服务不分配公网 IP。提高带宽上限即可获得公网 IP。</translation>
    </message>
</context>
<context>
    <name>PasswordChecklist</name>
    <message>
        <location filename="../ui/widgets/passwordchecklist.cpp" line="+12"/>
        <source>Password rules</source>
        <translation>密码规则</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✓ Met: %1</source>
        <translation>✓ 已满足：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not yet: %1</source>
        <translation>✗ 未满足：%1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+16"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language is used the next time CVM Launcher starts.</source>
        <translation>新的语言将在下次启动 CVM Launcher 时生效。</translation>
    </message>
</context>
<context>
    <name>PricePanel</name>
    <message>
        <location filename="../ui/widgets/pricepanel.cpp" line="+15"/>
        <source>the price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n instance(s): ¥%1 per hour.</source>
        <translation>
            <numerusform>%n 台实例：每小时 ¥%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per GB</source>
        <translation>每 GB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth: ¥%1 %2.</source>
        <translation>带宽：¥%1 %2。</translation>
    </message>
</context>
<context>
    <name>PriceQuoter</name>
    <message>
        <location filename="../ui/wizard/pricequoter.cpp" line="+59"/>
        <source>No price without a connected profile.</source>
        <translation>未连接配置，无法询价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price appears once the CPU, memory and image are chosen.</source>
        <translation>选择 CPU、内存和镜像后显示价格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price appears once the instance, image, disk and bandwidth choices have no errors.</source>
        <translation>实例、镜像、磁盘和带宽的选择没有错误后显示价格。</translation>
    </message>
</context>
<context>
    <name>RatioHint</name>
    <message>
        <location filename="../ui/widgets/ratiohint.cpp" line="+25"/>
        <source>%1 allows CPU:memory ratios %2.</source>
        <translation>%1 允许的 CPU:内存配比为 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 allows CPU:memory ratios %2. Your choice, %3 cores with %4 GB, is %5:%6.</source>
        <translation>%1 允许的 CPU:内存配比为 %2。当前选择 %3 核 %4 GB，配比为 %5:%6。</translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <location filename="../ui/wizard/requestpreview.cpp" line="+30"/>
        <source>password: set, not shown</source>
        <translation>password：已设置，不显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plus the common parameters (time stamp, nonce, your key ID and the signature), added when the request is signed and never shown here.</source>
        <translation>另加公共参数（时间戳、随机数、密钥 ID 和签名），在签名时添加，从不在此显示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The launcher adds a clientToken so that a retry never creates the instances twice.</source>
        <translation>启动器会添加 clientToken，保证重试不会重复创建实例。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../ui/wizard/reviewpage.cpp" line="+25"/>
        <source>Review and launch</source>
        <translation>确认并启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every choice. Launch creates the instances and starts billing by the hour.</source>
        <translation>请检查每项选择。启动后将创建实例并开始按小时计费。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Launch</source>
        <translation>启动(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary of the launch</source>
        <translation>启动摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request preview</source>
        <translation>请求预览</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ummary</source>
        <translation>摘要(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quest preview</source>
        <translation>请求预览(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the service&apos;s check</source>
        <translation>服务检查结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Error: %n choice(s) must be fixed before launching; the steps marked in the list need attention.</source>
        <translation>
            <numerusform>错误：启动前需修正 %n 项选择；列表中标记的步骤需要处理。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Checked: the service would accept this launch.</source>
        <translation>已检查：服务会接受此次启动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: the service&apos;s check did not accept this launch. Review the choices, or launch anyway to see the service&apos;s reason.</source>
        <translation>警告：服务检查未通过此次启动。请检查各项选择，或直接启动以查看服务给出的原因。</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../ui/wizard/servicespage.cpp" line="+19"/>
        <source>Services and project</source>
        <translation>服务与项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the agents installed on the instances and the project they belong to.</source>
        <translation>选择实例上安装的服务组件以及实例所属项目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the cloud &amp;security agent</source>
        <translation>开通云安全服务(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the cloud &amp;monitor agent</source>
        <translation>开通云监控服务(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default project (0)</source>
        <translation>默认项目 (0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project&apos;s numeric ID from the console; 0 is the default project.</source>
        <translation>控制台中的项目数字 ID；0 为默认项目。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Project ID:</source>
        <translation>项目 ID(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../ui/wizard/steplist.cpp" line="+11"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>   ⚠ needs attention (%n error(s))</source>
        <translation>
            <numerusform>   ⚠ 需要处理（%n 个错误）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current step: %1</source>
        <translation>当前步骤：%1</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../ui/wizard/storagepage.cpp" line="+16"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the data disk and the system disk size.</source>
        <translation>选择数据盘和系统盘大小。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disk type</source>
        <translation>硬盘类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data disk size in GB</source>
        <translation>数据盘大小（GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No data disk</source>
        <translation>不要数据盘</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System disk size in GB</source>
        <translation>系统盘大小（GB）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disk &amp;type:</source>
        <translation>硬盘类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data disk size:</source>
        <translation>数据盘大小(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ystem disk size:</source>
        <translation>系统盘大小(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 — not available for %2</source>
        <translation>%1 — %2 不可用</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>0 for none, or %1 to %2 GB in steps of %3 GB.</source>
        <translation>0 表示不要，或 %1 到 %2 GB，步长 %3 GB。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose an image first: the system disk rule depends on its operating system.</source>
        <translation>请先选择镜像：系统盘规则取决于其操作系统。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This image&apos;s system disk is fixed at %1 GB.</source>
        <translation>此镜像的系统盘固定为 %1 GB。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 GB in steps of %3 GB; %4 GB is free.</source>
        <translation>%1 到 %2 GB，步长 %3 GB；免费 %4 GB。</translation>
    </message>
</context>
<context>
    <name>VpcPage</name>
    <message>
        <location filename="../ui/wizard/vpcpage.cpp" line="+16"/>
        <source>Virtual private cloud</source>
        <translation>私有网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the VPC and a subnet in the chosen zone.</source>
        <translation>选择私有网络及所选可用区中的子网。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VPC</source>
        <translation>私有网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VPCs</source>
        <translation>私有网络列表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the subnets</source>
        <translation>子网列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act as the VPC&apos;s public &amp;gateway</source>
        <translation>作为私有网络的公网网关(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;VPC:</source>
        <translation>私有网络(&amp;V)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subnet:</source>
        <translation>子网(&amp;S)：</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>This account has no VPC in this region. Create one in the console, or go back and choose the basic network.</source>
        <translation>此账号在该地域没有私有网络。请在控制台创建，或返回选择基础网络。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+48"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>— %n address(es) free</source>
        <translation>
            <numerusform>— 剩余 %n 个地址</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This VPC has no subnet in %1. Choose another VPC, or create a subnet in that zone in the console.</source>
        <translation>此私有网络在%1没有子网。请选择其他私有网络，或在控制台于该可用区创建子网。</translation>
    </message>
</context>
</TS>
