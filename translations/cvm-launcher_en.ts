<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiErrorFactory</name>
    <message numerus="yes">
        <location filename="../app/api/apierrorfactory.cpp" line="+35"/>
        <source>No complete answer within %n second(s).</source>
        <translation>
            <numerusform>No complete answer within %n second.</numerusform>
            <numerusform>No complete answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/donepage.cpp" line="+24"/>
        <source>The launch of %n instance(s) was handed to the launcher. The instances table follows each one from 创建中 (creating) to 运行中 (running), or shows why it failed. Press Finish to close this wizard.</source>
        <translation>
            <numerusform>The launch of %n instance was handed to the launcher. The instances table follows it from 创建中 (creating) to 运行中 (running), or shows why it failed. Press Finish to close this wizard.</numerusform>
            <numerusform>The launch of %n instances was handed to the launcher. The instances table follows each one from 创建中 (creating) to 运行中 (running), or shows why it failed. Press Finish to close this wizard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceActions</name>
    <message numerus="yes">
        <location filename="../ui/main/instanceactions.cpp" line="+360"/>
        <source>Return %n instance(s)?</source>
        <translation>
            <numerusform>Return %n instance?</numerusform>
            <numerusform>Return %n instances?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Return %n instance(s)</source>
        <translation>
            <numerusform>&amp;Return %n instance</numerusform>
            <numerusform>&amp;Return %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n other selected row(s) cannot be returned and stay as they are.</source>
        <translation>
            <numerusform>%n other selected row cannot be returned and stay as they are.</numerusform>
            <numerusform>%n other selected rows cannot be returned and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+188"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceConfigPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/instanceconfigpage.cpp" line="+287"/>
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n core(s) — not offered</source>
        <translation>
            <numerusform>%n core — not offered</numerusform>
            <numerusform>%n cores — not offered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%n of %1 left in this zone</source>
        <comment>pay-by-hour instance quota</comment>
        <translation>
            <numerusform>%n of %1 left in this zone</numerusform>
            <numerusform>%n of %1 left in this zone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceCount</name>
    <message numerus="yes">
        <location filename="../app/spec/instancecount.cpp" line="+29"/>
        <source>Sent as %n request(s) of at most %1 instances each.</source>
        <translation>
            <numerusform>Sent as %n request of at most %1 instances each.</numerusform>
            <numerusform>Sent as %n requests of at most %1 instances each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceModel</name>
    <message numerus="yes">
        <location filename="../app/launch/instancemodel.cpp" line="+163"/>
        <source>(%n instance(s) not confirmed yet)</source>
        <translation>
            <numerusform>(%n instance not confirmed yet)</numerusform>
            <numerusform>(%n instances not confirmed yet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n instance(s) not created)</source>
        <translation>
            <numerusform>(%n instance not created)</numerusform>
            <numerusform>(%n instances not created)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n core(s) / %1 GB</source>
        <translation>
            <numerusform>%n core / %1 GB</numerusform>
            <numerusform>%n cores / %1 GB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchController</name>
    <message numerus="yes">
        <location filename="../app/launch/launchcontroller.cpp" line="+60"/>
        <source>Launching %n instance(s)…</source>
        <translation>
            <numerusform>Launching %n instance…</numerusform>
            <numerusform>Launching %n instances…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchSummary</name>
    <message numerus="yes">
        <location filename="../ui/wizard/launchsummary.cpp" line="+39"/>
        <source>%n core(s), %1 GB</source>
        <translation>
            <numerusform>%n core, %1 GB</numerusform>
            <numerusform>%n cores, %1 GB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricePanel</name>
    <message numerus="yes">
        <location filename="../ui/widgets/pricepanel.cpp" line="+65"/>
        <source>%n instance(s): ¥%1 per hour</source>
        <translation>
            <numerusform>%n instance: ¥%1 per hour</numerusform>
            <numerusform>%n instances: ¥%1 per hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n instance(s): %1</source>
        <translation>
            <numerusform>%n instance: %1</numerusform>
            <numerusform>%n instances: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/profilesdialog.cpp" line="+279"/>
        <source>Connected: the keys work and region %1 has %n zone(s).</source>
        <translation>
            <numerusform>Connected: the keys work and region %1 has %n zone.</numerusform>
            <numerusform>Connected: the keys work and region %1 has %n zones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatioHint</name>
    <message numerus="yes">
        <location filename="../ui/widgets/ratiohint.cpp" line="+33"/>
        <source>%1 allows CPU:memory ratios %2. Your choice, %n core(s) with %3 GB, is %4:%5.</source>
        <translation>
            <numerusform>%1 allows CPU:memory ratios %2. Your choice, %n core with %3 GB, is %4:%5.</numerusform>
            <numerusform>%1 allows CPU:memory ratios %2. Your choice, %n cores with %3 GB, is %4:%5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message numerus="yes">
        <location filename="../ui/wizard/requestpreview.cpp" line="+42"/>
        <source>The launch is sent as %n request(s) of %1 instances, each with its own clientToken; this is the first.</source>
        <translation>
            <numerusform>The launch is sent as %n request of %1 instances, each with its own clientToken; this is the first.</numerusform>
            <numerusform>The launch is sent as %n requests of %1 instances, each with its own clientToken; this is the first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/reviewpage.cpp" line="+255"/>
        <source>Error: %n choice(s) must be fixed before launching; the steps marked in the list need attention.</source>
        <translation>
            <numerusform>Error: %n choice must be fixed before launching; the steps marked in the list need attention.</numerusform>
            <numerusform>Error: %n choices must be fixed before launching; the steps marked in the list need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n instance(s) of %1 left in this zone: enough for this launch.</source>
        <translation>
            <numerusform>%n instance of %1 left in this zone: enough for this launch.</numerusform>
            <numerusform>%n instances of %1 left in this zone: enough for this launch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Error: only %n instance(s) of %1 left in this zone, %2 asked for.</source>
        <translation>
            <numerusform>Error: only %n instance of %1 left in this zone, %2 asked for.</numerusform>
            <numerusform>Error: only %n instances of %1 left in this zone, %2 asked for.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusTracker</name>
    <message numerus="yes">
        <location filename="../app/launch/statustracker.cpp" line="+36"/>
        <source>The service has not listed this instance in %n answer(s) in a row and never has since it was launched: it may have been deleted, or never made. Check the console.</source>
        <translation>
            <numerusform>The service has not listed this instance in %n answer in a row and never has since it was launched: it may have been deleted, or never made. Check the console.</numerusform>
            <numerusform>The service has not listed this instance in %n answers in a row and never has since it was launched: it may have been deleted, or never made. Check the console.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The service has not listed this instance in %n answer(s) in a row; it was last listed at %1. It may have been returned or deleted outside this app. Check the console.</source>
        <translation>
            <numerusform>The service has not listed this instance in %n answer in a row; it was last listed at %1. It may have been returned or deleted outside this app. Check the console.</numerusform>
            <numerusform>The service has not listed this instance in %n answers in a row; it was last listed at %1. It may have been returned or deleted outside this app. Check the console.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+279"/>
        <source>Instance status could not be refreshed: %1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>Instance status could not be refreshed: %1 Trying again in %n second.</numerusform>
            <numerusform>Instance status could not be refreshed: %1 Trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message numerus="yes">
        <location filename="../ui/wizard/steplist.cpp" line="+37"/>
        <location line="+22"/>
        <source>   ⚠ needs attention (%n error(s))</source>
        <translation>
            <numerusform>   ⚠ needs attention (%n error)</numerusform>
            <numerusform>   ⚠ needs attention (%n errors)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/storagepage.cpp" line="+327"/>
        <source>Disks on sale for %1 with %n core(s) and %2 GB in %3.</source>
        <translation>
            <numerusform>Disks on sale for %1 with %n core and %2 GB in %3.</numerusform>
            <numerusform>Disks on sale for %1 with %n cores and %2 GB in %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VpcPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/vpcpage.cpp" line="+179"/>
        <source>%1 (%2, %3), %n address(es) free</source>
        <translation>
            <numerusform>%1 (%2, %3), %n address free</numerusform>
            <numerusform>%1 (%2, %3), %n addresses free</numerusform>
        </translation>
    </message>
</context>
</TS>
