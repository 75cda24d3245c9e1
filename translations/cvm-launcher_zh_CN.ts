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
        <location filename="../ui/wizard/launchwizard.cpp" line="+8"/>
        <source>New launch</source>
        <translation>新建实例</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="+19"/>
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
        <location line="+24"/>
        <source>Cannot open template</source>
        <translation>无法打开模板</translation>
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
</TS>
