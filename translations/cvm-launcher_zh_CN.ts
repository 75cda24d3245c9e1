<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <location filename="../app/i18n/languagepreference.cpp" line="+46"/>
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
