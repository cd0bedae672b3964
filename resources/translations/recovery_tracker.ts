<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>Advice</name>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="30"/>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="31"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="32"/>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="33"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="38"/>
        <source>anti-inflammatories (NSAIDs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="39"/>
        <source>corticosteroids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="41"/>
        <source>supplements that can affect bleeding (fish oil, turmeric, ginkgo…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="82"/>
        <source>the injection day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="84"/>
        <source>%n day(s) before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="85"/>
        <source>%n day(s) after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="88"/>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="91"/>
        <source>until {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="93"/>
        <source>from {start}, until your doctor says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="97"/>
        <source>on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="98"/>
        <source>from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="171"/>
        <source>The advice needs a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="175"/>
        <source>A window of {days} days is beyond ten years; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="181"/>
        <source>The window ends (day {end}) before it starts (day {start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="343"/>
        <source>until your doctor says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="345"/>
        <source>last day today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="347"/>
        <source>%n more day(s), until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="356"/>
        <source>{title}: starts tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="357"/>
        <source>{title}: starts in %n day(s), on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="50"/>
        <source>Edit advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="50"/>
        <source>Add advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="62"/>
        <source>e.g. -7 (blank: open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="67"/>
        <source>e.g. 14 (blank: until your doctor says otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="79"/>
        <source>e.g. celecoxib (blank: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="81"/>
        <source>Medicines your doctor allows although the rule avoids their kind, separated by commas. The app never warns about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="90"/>
        <source>&amp;Title: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="91"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="92"/>
        <source>&amp;From day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="93"/>
        <source>&amp;To day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="94"/>
        <source>Medicines to &amp;avoid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="95"/>
        <source>Allowed by your &amp;doctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="96"/>
        <source>Your doctor&apos;s &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="97"/>
        <source>Days count from the injection: 0 is the injection day, -7 a week before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="102"/>
        <source>Commonly {window} (template “{template}”): clinics differ, so use the days your clinic gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="139"/>
        <source>Advice plan for your planned injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="141"/>
        <source>Advice plan for injection {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="145"/>
        <source>What your doctor told you for your planned injection ({kind}, {site}, {day}). The days count from that day, also before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="151"/>
        <source>What your doctor told you for injection {number} ({kind}, {site}, {day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="169"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="170"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="171"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="172"/>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="175"/>
        <source>Advice rules of this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="183"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="185"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="187"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="190"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="193"/>
        <source>Start again from &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="282"/>
        <source>{avoided}, except {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../recovery_tracker/ui/app.py" line="153"/>
        <source>Recovery Tracker is already open with this diary ({folder}); its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/app.py" line="162"/>
        <source>Already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/app.py" line="163"/>
        <source>Recovery Tracker is already open with this diary. Look for its window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/app.py" line="179"/>
        <source>Recovery Tracker cannot open your diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/app.py" line="184"/>
        <source>Sample diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/app.py" line="186"/>
        <source>Sample diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/app.py" line="187"/>
        <source>This is Maria&apos;s made-up diary, to show what the app does. Nothing you change here is kept, and your own diary is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <location filename="../../recovery_tracker/domain/appointments.py" line="26"/>
        <source>Follow-up appointment with {clinician}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/appointments.py" line="29"/>
        <source>Follow-up appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="36"/>
        <source>Edit appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="38"/>
        <source>Add an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="51"/>
        <source>e.g. Dr. Lee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="53"/>
        <source>e.g. Spine Clinic, 2nd floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="58"/>
        <source>One question per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="59"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="60"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="61"/>
        <source>&amp;Clinician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="62"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="63"/>
        <source>&amp;Questions to ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="79"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="80"/>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="81"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="82"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="102"/>
        <source>past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="111"/>
        <source>Follow-up appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="116"/>
        <source>Export to &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="114"/>
        <source>&amp;Add appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="167"/>
        <source>✓ Appointment saved: {day} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="141"/>
        <source>Appointment in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="142"/>
        <source>The appointment of {day} is in the past. It was saved; no reminder will be shown for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="150"/>
        <source>Delete appointment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="150"/>
        <source>Delete the appointment of {day} at {time}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="161"/>
        <source>Appointment deleted. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="48"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="49"/>
        <source>migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="50"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="51"/>
        <source>before-restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="52"/>
        <source>before-import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="53"/>
        <source>new-entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="82"/>
        <source>{when} ({reason}): {contents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="88"/>
        <source> (file written {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="94"/>
        <source>{checkins}, {injections}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="99"/>
        <source>; newest entry {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="507"/>
        <source>Please choose a place outside the diary folder ({folder}) for the copy: inside it, the copy could be taken for the diary itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="515"/>
        <source>{path} is a folder; please give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="524"/>
        <source>The copy could not be written to {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="143"/>
        <source>The backup could not be written to {folder}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="373"/>
        <source>The diary file could not be moved aside: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="459"/>
        <source>The backup could not be restored: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../recovery_tracker/exchange/ics.py" line="75"/>
        <source>Questions to ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/ics.py" line="89"/>
        <source>{appointment} tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/ics.py" line="90"/>
        <source>{appointment} in two hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/ics.py" line="107"/>
        <source>{rule} (planned injection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/ics.py" line="109"/>
        <source>{rule} (injection {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/ics.py" line="119"/>
        <source>From today: {rule}. Your injection is on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/ics.py" line="139"/>
        <source>Planned injection: {kind}, {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/ics.py" line="152"/>
        <source>Your injection is tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../recovery_tracker/charts/__init__.py" line="20"/>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="71"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/__init__.py" line="21"/>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="72"/>
        <source>Sessions compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/__init__.py" line="22"/>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="73"/>
        <source>Change from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="76"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="77"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="78"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="79"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="81"/>
        <source>Current series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="82"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="147"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="149"/>
        <source>Time range shown in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="153"/>
        <source>From date of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="155"/>
        <source>To date of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="163"/>
        <source>&amp;Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="170"/>
        <source>E&amp;xport chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="199"/>
        <location filename="../../recovery_tracker/ui/main_window.py" line="899"/>
        <source>Loading chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="101"/>
        <source>Chart of your recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="164"/>
        <source>So&amp;reness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="178"/>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="179"/>
        <source>Per&amp;iod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="541"/>
        <source>No chart: your diary file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="568"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="570"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="582"/>
        <source>Could not export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="587"/>
        <source>✓ Chart saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="36"/>
        <source>Not enough entries yet to compare with your baseline.
Your baseline is your pain in the week before your first injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="79"/>
        <source>{metric}, weekly mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="80"/>
        <source>{metric}, weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="89"/>
        <source>Baseline {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="95"/>
        <source>{points} points better ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="103"/>
        <source>{percent} % better ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="111"/>
        <source>{points} points better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="114"/>
        <source>{percent} % better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="127"/>
        <source>Change from your baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/common.py" line="27"/>
        <source>Score (0 = none, 10 = worst imaginable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/common.py" line="36"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/common.py" line="37"/>
        <source>Soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/common.py" line="38"/>
        <source>Enjoyment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/common.py" line="39"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/common.py" line="40"/>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/common.py" line="41"/>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/common.py" line="132"/>
        <source>Score (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/common.py" line="173"/>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="46"/>
        <source>Record an injection and log a few days after it
to compare your sessions here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="52"/>
        <source>Injection {number} ({kind}, {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="111"/>
        <source>Injection {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="131"/>
        <source>injection day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="132"/>
        <source>Days since the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="136"/>
        <source>{metric}, daily mean (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="140"/>
        <source>{metric} after each injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="144"/>
        <source>Daily mean (0 = none, 10 = worst imaginable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="145"/>
        <source>Pain and soreness after each injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="147"/>
        <source>(the last {shown} of {all})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="40"/>
        <source>No check-ins yet.
Log how you feel in the Today panel to see your progress here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="52"/>
        <source>{metric} (daily mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="56"/>
        <source>{metric}, 7-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="96"/>
        <source>{metric}: daily, 7-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="108"/>
        <source>Pain and soreness over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="131"/>
        <source>{metric} (weekly mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="242"/>
        <source>Medicines to avoid (your plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="243"/>
        <source>Avoid medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="262"/>
        <source>1 much
better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="263"/>
        <source>4 same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="264"/>
        <source>7 much
worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="278"/>
        <source>Overall change (weekly, right scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="279"/>
        <source>Overall change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="309"/>
        <source>Events you logged (size: how bad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="310"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="328"/>
        <source>Medicine against your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="329"/>
        <source>Against plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/chart_files.py" line="27"/>
        <source>Unknown chart “{kind}”; choose one of: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/chart_files.py" line="34"/>
        <source>Save the chart as .png, .svg or .pdf, not “{suffix}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="31"/>
        <source>0 = no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="32"/>
        <source>10 = worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="35"/>
        <source>Pain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="38"/>
        <source>Soreness where you were injected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="43"/>
        <source>Soreness where you will be injected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="47"/>
        <source>Leg pain now (pain going down into the leg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="53"/>
        <source>How much did pain interfere with your enjoyment of life?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="56"/>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="62"/>
        <source>0 = not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="57"/>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="63"/>
        <source>10 = completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="61"/>
        <source>How much did pain interfere with your general activity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="67"/>
        <source>How well did you sleep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="68"/>
        <source>0 = very badly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="69"/>
        <source>10 = very well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="86"/>
        <source>Date of this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="91"/>
        <source>Time of this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="106"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="124"/>
        <source>More for your doctor (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="129"/>
        <source>More questions for your doctor (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="137"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="140"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="142"/>
        <source>e.g. walked 20 minutes; stiff in the morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="152"/>
        <source>For m&amp;y doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="154"/>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="157"/>
        <source>Show this note in the appointment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="299"/>
        <source>It is now {today}. This check-in keeps the day you began it on; change the date if you meant today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="6"/>
        <source>Lumbar facet joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="7"/>
        <source>Lumbar disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="8"/>
        <source>Sacroiliac joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="9"/>
        <source>Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="10"/>
        <source>Shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="11"/>
        <location filename="../../recovery_tracker/domain/choices.py" line="26"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="16"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="17"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="18"/>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="19"/>
        <source>Midline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="23"/>
        <source>PRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="24"/>
        <source>Corticosteroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="25"/>
        <source>Hyaluronic acid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="31"/>
        <source>Ultrasound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="32"/>
        <source>X-ray / fluoroscopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/choices.py" line="33"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="52"/>
        <source>Hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="53"/>
        <source>Tendon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="61"/>
        <source>{app}: a private diary of your recovery after injections. Without a command, the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="40"/>
        <source>folder holding your diary (default: ${variable}, else your user&apos;s application-data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="50"/>
        <source>use a sample diary in a temporary folder, to see what the app does (your own diary is not touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="72"/>
        <source>start without the window, in the system tray, to send reminders (used when Recovery Tracker starts at login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="81"/>
        <source>write part of your diary to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="85"/>
        <source>appointments and advice windows as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="90"/>
        <source>the appointment report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="98"/>
        <source>first day (default: the first day of the diary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="105"/>
        <source>last day (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="108"/>
        <source>patient name printed on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="113"/>
        <source>one chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="121"/>
        <source>the whole diary as a folder of CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="127"/>
        <source>replace a diary already exported to that folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="132"/>
        <source>save a copy of your diary, list or restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="137"/>
        <source>save a whole copy of your diary to a file outside its folder (safe while the window is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="146"/>
        <source>the backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="150"/>
        <source>put a backup in place of the diary (the current file is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="156"/>
        <source>the newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="162"/>
        <source>a backup file from &apos;backup list&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="166"/>
        <source>read entries into your diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="170"/>
        <source>a folder of CSV files made by &apos;export csv&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="197"/>
        <source>“{text}” is not a date written as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="218"/>
        <source>No diary found in {folder}. Start the app once, or pass --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="234"/>
        <source>Newest good backup: {backup}. To use it: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="233"/>
        <source>There is no backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="246"/>
        <source>No backups in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="255"/>
        <source>Saved a copy of your diary ({contents}) to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="274"/>
        <source>Recovery Tracker is running with this diary ({folder}), in a window or in the background to send reminders, so the diary file was not replaced: quit it (File &gt; Quit, or Quit in its tray menu) and restore again, or use File &gt; Restore from backup… in its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="293"/>
        <source>There is no good backup in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="301"/>
        <source>{file} is not a readable Recovery Tracker backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="306"/>
        <source>Restored the backup of {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="311"/>
        <source>Your previous diary file was kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="322"/>
        <source>Wrote %n calendar event(s) to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="339"/>
        <source>--from ({first}) is after --to ({last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="360"/>
        <source>Wrote the appointment report ({first} to {last}) to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="376"/>
        <source>Wrote the {kind} chart to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="386"/>
        <source>{folder} already holds an exported diary; add --replace to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="393"/>
        <source>{count} in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="395"/>
        <source>Exported your diary to {folder}: {files}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="148"/>
        <source>Nothing was imported. Please correct these rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="151"/>
        <source>… and %n more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="179"/>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="309"/>
        <source>%n injection(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="310"/>
        <source>%n check-in(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="311"/>
        <source>%n medicine(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="312"/>
        <source>%n appointment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="313"/>
        <source>%n event(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="314"/>
        <source>%n weekly answer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="315"/>
        <source>%n setting(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="322"/>
        <source>what is being treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="323"/>
        <source>advice plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="324"/>
        <source>days to avoid medicines before an injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="325"/>
        <source>days to avoid medicines after an injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="326"/>
        <source>daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="327"/>
        <source>daily reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="328"/>
        <source>name on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="342"/>
        <source>{setting} (yours {ours}, the folder&apos;s {theirs})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="353"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="353"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="359"/>
        <source>{file}, line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="377"/>
        <source>{file}, %n rows from line {first} to line {last}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="413"/>
        <source>Imported {entries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="415"/>
        <source>Imported nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="418"/>
        <source>Skipped %n entry(ies) already in your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="428"/>
        <source>Your own settings were kept where the folder&apos;s differ: {settings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="435"/>
        <source>1 entry differs from your diary and was left as it is in your diary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="439"/>
        <source>%n entries differ from your diary and were left as they are in your diary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="477"/>
        <source>{folder} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="483"/>
        <source>The folder {folder} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="491"/>
        <source>No Recovery Tracker files ({files}) were found in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="680"/>
        <source>score must be a whole number from 1 (very much improved) to 7 (very much worse), not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="696"/>
        <source>the setting {key} is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="706"/>
        <source>unknown setting “{key}” (known: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="711"/>
        <source>the value of {key} is not valid: “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="786"/>
        <source>{file}: not a regular file (a folder, pipe or device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="793"/>
        <source>{file}: larger than {size} MB, the most a file may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="800"/>
        <source>{file}: not UTF-8 text (byte {byte}); save it as UTF-8 CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="807"/>
        <source>{file}: cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="820"/>
        <source>{file}: the file is empty, without even its line of column names. Export the diary again, or take the file out of the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="834"/>
        <source>the column(s) {columns} appear more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="846"/>
        <source>missing column(s) {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="848"/>
        <source>its columns are separated by semicolons; save it from your spreadsheet as comma-separated CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="885"/>
        <source>{cells} cells but the header has {columns}; put text holding commas in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="963"/>
        <source>injection must be the injection&apos;s number (1, 2, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="973"/>
        <source>there is no injection {number} in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="1017"/>
        <source>advice plan of the injection of {date} ({site})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="1096"/>
        <source>check-in {date} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="1100"/>
        <source>medicine {name} {date} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="1116"/>
        <source>appointment {date} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="1120"/>
        <source>injection {date} ({site})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/csv_folder.py" line="1125"/>
        <source>event {date}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../recovery_tracker/domain/text.py" line="60"/>
        <source>ddd d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/text.py" line="61"/>
        <source>ddd d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/text.py" line="62"/>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/text.py" line="63"/>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/text.py" line="64"/>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/text.py" line="65"/>
        <source>d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/text.py" line="67"/>
        <source>dddd d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/text.py" line="71"/>
        <source>dddd d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/text.py" line="74"/>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/text.py" line="75"/>
        <source>MMM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../../recovery_tracker/ui/entry_list.py" line="40"/>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/entry_list.py" line="41"/>
        <source>Dele&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="28"/>
        <source>Fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="29"/>
        <source>Swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="30"/>
        <source>Much more pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="31"/>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="32"/>
        <source>Numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="33"/>
        <source>Bruising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="34"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="37"/>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="38"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="39"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="111"/>
        <source>Choose what happened from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="118"/>
        <source>Choose how bad it was: mild, moderate or severe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="153"/>
        <source>Your clinic asks to hear about this today: please call them now, or do as your clinic told you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="158"/>
        <source>You told your clinic: do what they said, and call them again if it gets worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="162"/>
        <source>Call an ambulance or go to an emergency department now if you have new weakness in a leg, new loss of bladder or bowel control or numbness in the groin, a severe headache that is worse when sitting or standing, or swelling of the face or throat or difficulty breathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="64"/>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="66"/>
        <source>Log an event (fever, swelling, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="77"/>
        <location filename="../../recovery_tracker/ui/events.py" line="223"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="80"/>
        <source>e.g. itchy rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="81"/>
        <source>What happened, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="88"/>
        <source>Date of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="89"/>
        <source>At &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="90"/>
        <source>I know the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="94"/>
        <source>Time of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="115"/>
        <source>How bad: {severity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="126"/>
        <source>I &amp;contacted the clinic about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="127"/>
        <source>I contacted the clinic about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="132"/>
        <source>e.g. 38.2 °C in the evening; the clinic said to rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="134"/>
        <source>Notes about the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="137"/>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="138"/>
        <source>&amp;Other, namely:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="139"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="141"/>
        <source>&amp;How bad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="144"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="147"/>
        <source>Logging an event does not tell your clinic. If you are worried, call them; in an emergency, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="191"/>
        <source>About this {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="222"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="224"/>
        <source>How bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="225"/>
        <source>Clinic contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="226"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="243"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="243"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="253"/>
        <source>Events you logged, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="258"/>
        <source>Fever, swelling, much more pain, headache, numbness, bruising: your doctor asks about these at each visit, and the appointment report lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="266"/>
        <source>&amp;Log an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="289"/>
        <source>Event deleted. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="297"/>
        <source>✓ Event logged: {event}, {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="299"/>
        <source>✓ Event of {day} changed: {event}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="281"/>
        <source>Delete event?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/events.py" line="281"/>
        <source>Delete “{event}” of {day}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Expectations</name>
    <message>
        <location filename="../../recovery_tracker/domain/expectations.py" line="17"/>
        <source>General information only: your own doctor&apos;s instructions come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/expectations.py" line="54"/>
        <source>{source}, line {line}: needs from_day, to_day and text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../recovery_tracker/domain/models.py" line="61"/>
        <source>Pain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/models.py" line="62"/>
        <source>Injection-site soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/models.py" line="63"/>
        <source>Interference with enjoyment of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/models.py" line="64"/>
        <source>Interference with general activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/models.py" line="65"/>
        <source>Sleep quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/models.py" line="66"/>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="99"/>
        <location filename="../../recovery_tracker/domain/validation.py" line="44"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="125"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/events.py" line="133"/>
        <source>Contacted the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="46"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="47"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="48"/>
        <source>For my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="350"/>
        <source>Injection date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="384"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="385"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="386"/>
        <source>Kind of injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="387"/>
        <source>Clinic or doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="388"/>
        <source>Image guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="407"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="471"/>
        <source>Medicine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="472"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="473"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="487"/>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="488"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="489"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="506"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="507"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="509"/>
        <source>Start day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="512"/>
        <source>End day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="516"/>
        <source>Allowed by your doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../recovery_tracker/storage/files.py" line="44"/>
        <source>{path} is your diary, one of its backups or a file it needs; nothing was written. Please choose another name or folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="49"/>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="50"/>
        <source>Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="51"/>
        <source>Shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="52"/>
        <source>Hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="53"/>
        <source>Tendon (elbow, Achilles, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="56"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="96"/>
        <source>Welcome to Recovery Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="98"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="101"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="102"/>
        <source>Recovery Tracker is your private diary after an injection: a few seconds a day to log pain and soreness, reminders of what your doctor told you, and charts to bring to your next appointment. Everything stays on this computer.

It is a reminder of your doctor&apos;s instructions, not medical advice.

A few questions set it up for you. You can skip them and change everything later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="114"/>
        <source>What is being treated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="118"/>
        <source>What is being treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="124"/>
        <location filename="../../recovery_tracker/ui/first_start.py" line="474"/>
        <source>Your injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="125"/>
        <source>Have you had your first injection yet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="128"/>
        <source>&amp;Yes, I had it on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="131"/>
        <source>N&amp;ot yet: I am preparing for it (log a baseline week before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="139"/>
        <source>Date of the first injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="145"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="149"/>
        <source>Kind of injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="153"/>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="154"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="160"/>
        <source>I&apos;m preparing for my first injection on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="165"/>
        <source>Day of the planned injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="197"/>
        <source>What your doctor told you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="198"/>
        <source>Which plan matches your doctor&apos;s instructions? Each plan shows the days clinics commonly give; set the days your doctor gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="205"/>
        <source>Advice plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="211"/>
        <source> days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="213"/>
        <source>Avoid anti-inflammatories, days before the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="218"/>
        <location filename="../../recovery_tracker/ui/first_start.py" line="398"/>
        <source> days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="220"/>
        <source>Avoid anti-inflammatories, days after the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="223"/>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="228"/>
        <source>until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="244"/>
        <source>A daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="245"/>
        <source>When would you like to be reminded to log how you are?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="248"/>
        <source>&amp;Remind me every day at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="252"/>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="259"/>
        <source>Start Recovery Tracker when I &amp;log in, in the background, so reminders come with its window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="381"/>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="382"/>
        <source>{rule}, from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="384"/>
        <source>{rule}: days before the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="387"/>
        <source>{rule}: days after the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="404"/>
        <source>Commonly: {values}. Clinics differ: set the days your clinic gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="445"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="446"/>
        <source>Could not set the start at login: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../recovery_tracker/ui/form_dialog.py" line="67"/>
        <source>Save what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/form_dialog.py" line="68"/>
        <source>What you typed here is not saved yet. Save it before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/form_dialog.py" line="197"/>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="31"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="32"/>
        <source>After injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="33"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="34"/>
        <source>Soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="35"/>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="36"/>
        <source>Enjoyment
interference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="37"/>
        <source>Activity
interference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="38"/>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="39"/>
        <source>Medicines that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="40"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="149"/>
        <source>For my doctor: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="168"/>
        <source>History of check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="188"/>
        <source>Loading check-ins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="214"/>
        <source>%n check-in(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="219"/>
        <source>✓ Check-in of {day} changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="225"/>
        <source>Delete check-in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="225"/>
        <source>Delete the check-in of {day} at {time} (pain {pain})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="237"/>
        <source>Check-in deleted. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="246"/>
        <source>Edit check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Impression</name>
    <message>
        <location filename="../../recovery_tracker/domain/impression.py" line="15"/>
        <source>Very much improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/impression.py" line="16"/>
        <source>Much improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/impression.py" line="17"/>
        <source>Minimally improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/impression.py" line="18"/>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/impression.py" line="19"/>
        <source>Minimally worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/impression.py" line="20"/>
        <source>Much worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/impression.py" line="21"/>
        <source>Very much worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/impression.py" line="42"/>
        <source>Overall, how has your pain changed since you started this diary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/impression.py" line="45"/>
        <source>Overall, how has your pain changed since your first injection on {day}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/impression.py" line="64"/>
        <source>Choose one of the seven answers, from very much improved to very much worse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpressionBox</name>
    <message>
        <location filename="../../recovery_tracker/ui/impression_box.py" line="28"/>
        <source>This week&apos;s question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/impression_box.py" line="45"/>
        <source>Save &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/impression_box.py" line="66"/>
        <source>Please choose one of the answers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/impression_box.py" line="78"/>
        <source>✓ Weekly answer saved: {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="64"/>
        <source>Recovery Tracker is a diary and a reminder of your own doctor&apos;s instructions. It is not medical advice. If you are worried, or notice fever, spreading redness, drainage, sudden weakness or numbness, call your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="487"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="488"/>
        <source>M&amp;edicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="489"/>
        <source>&amp;Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="83"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="168"/>
        <source>Your diary is stored only on this computer: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="193"/>
        <source>Not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="200"/>
        <source>Advice templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="416"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="418"/>
        <source>Appointment &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="422"/>
        <source>Export &amp;chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="433"/>
        <source>Export diary as C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="436"/>
        <source>&amp;Import diary from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="439"/>
        <source>Daily re&amp;minder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="440"/>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="442"/>
        <source>Save a cop&amp;y of the diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="447"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="451"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="491"/>
        <source>Eve&amp;nts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="536"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="537"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="568"/>
        <source>The diary could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="676"/>
        <source>Exporting your diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="716"/>
        <source>Importing your diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="735"/>
        <source>… and %n more: Show Details… lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="832"/>
        <source>It stays in the background to remind you. To stop it, choose Quit in the menu of its icon in the system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="838"/>
        <source>It stays in the background to remind you. To stop it, start Recovery Tracker again (its window comes back) and choose File &gt; Quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="916"/>
        <source>✓ Daily reminder turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="917"/>
        <source>✓ Daily reminder set for {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="457"/>
        <source>&amp;Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="490"/>
        <source>&amp;Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="459"/>
        <source>&amp;Log how I feel now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="78"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="79"/>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="80"/>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="82"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="136"/>
        <location filename="../../recovery_tracker/ui/main_window.py" line="252"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="428"/>
        <source>Export appointments and advice to ca&amp;lendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="462"/>
        <source>&amp;Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="466"/>
        <source>Log a &amp;medicine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="472"/>
        <source>Record an &amp;injection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="478"/>
        <source>Add an &amp;appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="482"/>
        <source>Log an &amp;event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="484"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="486"/>
        <source>&amp;Progress chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="497"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="499"/>
        <source>&amp;First-start assistant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="501"/>
        <source>&amp;About Recovery Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="526"/>
        <source>↶ Undone: {change}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="532"/>
        <source>↷ Redone: {change}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="541"/>
        <source>{undo_or_redo} {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="558"/>
        <source>Your diary file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="559"/>
        <source>{problem} What this window shows may be incomplete. To go back to your newest backup, choose File &gt; Restore from backup (the damaged file is kept aside, not deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="573"/>
        <source>Diary file replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="574"/>
        <source>Another program put a different file in place of your diary while this window was open. The window now shows that file, and what you save goes into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="610"/>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="612"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="619"/>
        <location filename="../../recovery_tracker/ui/main_window.py" line="680"/>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="646"/>
        <source>Backup restored; your previous diary file was kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="653"/>
        <source>Backup not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="668"/>
        <source>Export your diary to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="692"/>
        <source>Replace the exported diary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="693"/>
        <source>The folder {folder} already holds an exported diary. Replace its files with your diary as it is now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="723"/>
        <source>Nothing was imported; your diary is unchanged. Please correct this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="709"/>
        <source>Import a diary folder (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="622"/>
        <source>✓ Saved %n calendar event(s) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="722"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="744"/>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="750"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="759"/>
        <source>✓ Set up with your answers; change them any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="776"/>
        <source>About Recovery Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="830"/>
        <source>Recovery Tracker keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="880"/>
        <source>Save your check-in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="881"/>
        <source>You have a check-in that is not saved yet. Save it before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Medicines</name>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="31"/>
        <source>If a doctor prescribed it for you, do not stop it on your own: ask them, and tell your injection clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="36"/>
        <source>Low-dose aspirin is usually prescribed to protect the heart or blood vessels. Do not stop it on your own: ask the doctor who prescribed it, and tell your injection clinic that you take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="73"/>
        <source>{name} is an {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="75"/>
        <source>{name} is a {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="81"/>
        <source>Your plan for your planned injection of {day} says “{title}”: {time_left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="87"/>
        <source>Your plan for injection {number} says “{title}”: {time_left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="100"/>
        <source>Your plan also says: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="113"/>
        <source>{names} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="120"/>
        <source>{name} is sold with different ingredients under the same name: check the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="124"/>
        <source>If it lists {ingredients}, your plan applies to it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="133"/>
        <source>until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="34"/>
        <source>anti-inflammatory (NSAID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="35"/>
        <source>corticosteroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="36"/>
        <source>supplement that can affect bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="37"/>
        <source>brand sold with different ingredients: check the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="40"/>
        <source>paracetamol (acetaminophen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="41"/>
        <source>opioid pain reliever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="42"/>
        <source>nerve pain medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="43"/>
        <source>muscle relaxant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="44"/>
        <source>other medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="45"/>
        <source>not in the medicine list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medicine_list.py" line="104"/>
        <source>{source}, line {line}: needs a name and a class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="48"/>
        <source>Edit medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="50"/>
        <source>Log a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="58"/>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="61"/>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="78"/>
        <source>e.g. paracetamol, Advil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="82"/>
        <source>e.g. 400 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="85"/>
        <source>e.g. back pain at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="90"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="91"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="88"/>
        <source>&amp;Medicine: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="89"/>
        <source>D&amp;ose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="92"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="101"/>
        <source>Warning about this medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="143"/>
        <source>Not in the app&apos;s medicine list: it will be saved as you typed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="148"/>
        <source>Recognised as a brand sold with different ingredients: check the label for {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="154"/>
        <source>Recognised as {kind}: {generic}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="159"/>
        <source>Recognised as {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="178"/>
        <source>This goes against your advice plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="181"/>
        <source>Logging what you really took helps your doctor. Log it in your diary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="186"/>
        <source>Log it in my diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="188"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="196"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="197"/>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="199"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="200"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="201"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="285"/>
        <source>Medicine deleted. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="290"/>
        <source>✓ Medicine changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="292"/>
        <source>✓ Medicine logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="297"/>
        <source>{done}: {medicine}, {day} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="198"/>
        <source>Your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="247"/>
        <source>⚠ against “{titles}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="255"/>
        <source>Medicines taken, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="259"/>
        <source>&amp;Log a medicine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="273"/>
        <source>Delete medicine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="273"/>
        <source>Delete {medicine} of {day} at {time}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEdit</name>
    <message>
        <location filename="../../recovery_tracker/ui/note_edit.py" line="33"/>
        <source>This field holds up to {limit} characters; the rest was not added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NowFields</name>
    <message>
        <location filename="../../recovery_tracker/ui/now_fields.py" line="68"/>
        <source>{day} is after today ({today}): this cannot be saved until the date is one that has already come.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedInjection</name>
    <message>
        <location filename="../../recovery_tracker/ui/planned_question.py" line="39"/>
        <source>Your planned injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/planned_question.py" line="45"/>
        <source>Your injection ({kind}, {site}) was planned for {day}. Did it take place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/planned_question.py" line="61"/>
        <source>&amp;Yes, it took place that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/planned_question.py" line="64"/>
        <source>It &amp;moved to another day (choose it below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/planned_question.py" line="66"/>
        <source>It was &amp;cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/planned_question.py" line="72"/>
        <source>The new day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/planned_question.py" line="80"/>
        <source>&amp;New day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/planned_question.py" line="83"/>
        <source>Done: it counts from then on as an injection of your series, with that day as day 0. Moved: its advice moves with it. Cancelled: it and its advice are taken away. Edit &gt; Undo takes your answer back; Treatments keeps it until you answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/planned_question.py" line="96"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/planned_question.py" line="98"/>
        <source>Keep it planned; answer later in Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/planned_question.py" line="118"/>
        <source>✓ Injection of {day} recorded as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/planned_question.py" line="121"/>
        <source>✓ Injection moved to {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/planned_question.py" line="122"/>
        <source>✓ Planned injection of {day} cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../recovery_tracker/ui/record_tables.py" line="165"/>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../recovery_tracker/domain/recovery.py" line="56"/>
        <source>No injection recorded yet: this entry counts towards your baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/recovery.py" line="63"/>
        <source>Injection day (injection {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/recovery.py" line="66"/>
        <source>Day {day} after injection {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/recovery.py" line="74"/>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/recovery.py" line="75"/>
        <source>#{number} day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/diary_file.py" line="44"/>
        <source>You can update Recovery Tracker, or open your newest backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/diary_file.py" line="48"/>
        <source>Your diary can be brought back from its newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/diary_file.py" line="50"/>
        <source>The damaged file will be kept aside (not deleted) so nothing is lost, and your newest backup can take its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/diary_file.py" line="59"/>
        <source>Newest good backup: {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/diary_file.py" line="61"/>
        <source>There is no backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/diary_file.py" line="71"/>
        <source>Your diary could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/diary_file.py" line="75"/>
        <source>Restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/diary_file.py" line="83"/>
        <source>Start a new, empty diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/diary_file.py" line="86"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/restore_dialog.py" line="29"/>
        <source>Written {when} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/restore_dialog.py" line="33"/>
        <source>; file named {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/restore_dialog.py" line="45"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/restore_dialog.py" line="47"/>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/restore_dialog.py" line="54"/>
        <source>Reading your backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/restore_dialog.py" line="61"/>
        <source>Choose a backup to go back to. Your diary as it is now is kept aside first, so nothing is deleted. Newest first: by the newest entry each holds, then by when it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/restore_dialog.py" line="115"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/diary_file.py" line="165"/>
        <source>Recovery Tracker diary {day}.sqlite3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/diary_file.py" line="174"/>
        <source>Save a copy of the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/diary_file.py" line="176"/>
        <source>Recovery Tracker diaries (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/diary_file.py" line="183"/>
        <source>No copy saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/diary_file.py" line="186"/>
        <source>Saved a copy of your diary ({contents}) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/restore_dialog.py" line="68"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/restore_dialog.py" line="73"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/restore_dialog.py" line="91"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/restore_dialog.py" line="92"/>
        <source>Go back to the backup of {backup}?

Entries made since then will not be in your diary; the current file is kept aside in the diary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/restore_dialog.py" line="105"/>
        <source>Could not restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="79"/>
        <source>Your injection is tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="80"/>
        <source>{kind}, {site}, {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="105"/>
        <source>From today: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="106"/>
        <source>Your injection is in %n day(s), on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="110"/>
        <source>Last day today: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="111"/>
        <source>Your plan: {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="127"/>
        <source>Time for your check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="128"/>
        <source>How are you today? Log your pain and soreness in Recovery Tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="139"/>
        <source>Days without a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="142"/>
        <source>If you remember how you were, you can still add them: change the date in the Today form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="187"/>
        <source>{appointment} tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="188"/>
        <source>Tomorrow at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="192"/>
        <source>{appointment} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="193"/>
        <source>Today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="222"/>
        <source>You noted %n question(s) to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="229"/>
        <source>{when} at {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="232"/>
        <source>{when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/notice_bar.py" line="152"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/notice_bar.py" line="153"/>
        <source>Dismiss: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="161"/>
        <source>Daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="164"/>
        <source>&amp;Remind me to log how I feel every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="169"/>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="172"/>
        <source>&amp;Start Recovery Tracker in the background when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="177"/>
        <source>&amp;At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="180"/>
        <source>The reminder is skipped on days you have already logged. Reminders come as desktop notifications while Recovery Tracker runs: closing its window keeps it running in the background while reminders are on (Quit in its menu stops it). Reminders you missed while the computer was off come together as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="207"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="208"/>
        <source>Could not change the start at login: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="37"/>
        <source>Pain and soreness over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="38"/>
        <source>Recovery after each injection, aligned on the injection day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="41"/>
        <source>Change from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="43"/>
        <source>Kept by the patient with Recovery Tracker, a diary app. Scores are the patient&apos;s own ratings (0 = none, 10 = worst imaginable). Meaningful change: at least 2 points or 30 % lower than baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="142"/>
        <source>All events are listed on the detail pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/report_pdf.py" line="544"/>
        <location filename="../../recovery_tracker/reports/content.py" line="188"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="189"/>
        <source>The numbers, charts and lists behind the summary on page 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="232"/>
        <source>Recovery report for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/report_pdf.py" line="586"/>
        <location filename="../../recovery_tracker/reports/content.py" line="234"/>
        <source>Recovery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="236"/>
        <source>Period: {first} to {last} · prepared {today}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="254"/>
        <location filename="../../recovery_tracker/reports/events_section.py" line="150"/>
        <source>{value} (mean of {period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="257"/>
        <source>Baseline pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="128"/>
        <source>Pain, last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="275"/>
        <source>{points} points better · {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="277"/>
        <source>{points} points worse · {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="281"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="303"/>
        <source>{value} (week of {monday})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="307"/>
        <source>Best week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="308"/>
        <source>Worst week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="315"/>
        <source>Weekly pain (weeks starting in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="287"/>
        <source>Days logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="288"/>
        <source>{logged} of {days} days in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/report_pdf.py" line="276"/>
        <location filename="../../recovery_tracker/exchange/report_pdf.py" line="303"/>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/report_pdf.py" line="306"/>
        <location filename="../../recovery_tracker/exchange/report_pdf.py" line="522"/>
        <source>Drawing the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/report_pdf.py" line="514"/>
        <source>Sending page {page} of {pages} to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/report_pdf.py" line="516"/>
        <source>Writing page {page} of {pages}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/report_pdf.py" line="542"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/report_pdf.py" line="547"/>
        <source>Recovery report · {what} · page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/report_pdf.py" line="595"/>
        <source>Saving the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="321"/>
        <location filename="../../recovery_tracker/reports/content.py" line="399"/>
        <source>Injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="323"/>
        <location filename="../../recovery_tracker/reports/content.py" line="399"/>
        <source>No injection recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="345"/>
        <location filename="../../recovery_tracker/reports/content.py" line="437"/>
        <location filename="../../recovery_tracker/reports/events_section.py" line="58"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="346"/>
        <location filename="../../recovery_tracker/reports/content.py" line="440"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="347"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="348"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="373"/>
        <source>Next planned injection: {day} ({kind}, {site}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="383"/>
        <source>{rule} (planned injection of {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="351"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="351"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="401"/>
        <source>All injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="423"/>
        <source>Medicines during avoidance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="432"/>
        <source>All medicines during avoidance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="434"/>
        <source>None logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="438"/>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="439"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="441"/>
        <source>Rule in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="386"/>
        <source>{rule} (injection {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="129"/>
        <source>Pain since the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="130"/>
        <source>Pain after the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="461"/>
        <source>The last {shown} of {count}; all are on the detail pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="473"/>
        <source>Overall change, in the patient&apos;s words (weekly PGIC, 1–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="484"/>
        <source>Notes for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="484"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="510"/>
        <source>Questions for the visit of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="512"/>
        <source>All questions for the visit of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="517"/>
        <source>{count} more questions are on the detail pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="538"/>
        <source>Warning signs the patient was given: please confirm or correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="541"/>
        <source>After {kind} ({site}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="550"/>
        <source>Confirmed by the doctor: [  ] as listed   [  ] with these changes: ____________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/exchange/report_pdf.py" line="575"/>
        <source>Paper must be one of {papers}, not “{paper}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="45"/>
        <source>Events since the last visit ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="50"/>
        <source>Events in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="59"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="60"/>
        <source>How bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="61"/>
        <source>Clinic contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="62"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="73"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="73"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="134"/>
        <source>Leg pain since the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="135"/>
        <source>Leg pain after the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="155"/>
        <source>Baseline leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="133"/>
        <source>Leg pain, last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="92"/>
        <source>Leg pain {baseline} → {current}: unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="93"/>
        <source>Leg pain {baseline} → {current}: {points} points{percent} better, a meaningful improvement (at least 2 points or 30 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="98"/>
        <source>Leg pain {baseline} → {current}: {points} points{percent} better, not yet a meaningful improvement (2 points or 30 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="103"/>
        <source>Leg pain {baseline} → {current}: {points} points{percent} worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/events_section.py" line="173"/>
        <source>Leg pain, apart from back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/progress.py" line="23"/>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="121"/>
        <source>Appointment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="125"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="133"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="134"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="139"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="141"/>
        <source>Patient name on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="144"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="146"/>
        <source>First day of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="149"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="151"/>
        <source>Last day of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="154"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="156"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="162"/>
        <source>One page your doctor can read in a minute: your injections, pain before and now, the charts, medicines taken against your plan, your notes marked for the doctor and your questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="175"/>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="178"/>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="179"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="180"/>
        <source>&amp;Cancel report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="201"/>
        <source>The first day is after the last day; please swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="206"/>
        <source>The last day is after today; please choose today at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="233"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="235"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="258"/>
        <source>Cancelled; no report was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="312"/>
        <source>✓ Report sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="313"/>
        <source>Cancelled; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="323"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="344"/>
        <source>Starting the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="391"/>
        <source>Could not save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="256"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="257"/>
        <source>✓ Report saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="311"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreSelector</name>
    <message>
        <location filename="../../recovery_tracker/ui/widgets.py" line="64"/>
        <source>{low}; {high}. Type a number from 0 to 10 or use the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/widgets.py" line="107"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="82"/>
        <source>Your diary file was moved or replaced by another program while this window was open, so this was not saved. The window now shows the diary as it is; please save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="87"/>
        <source>Your diary file was moved away by another program while this window was open, so this was not saved. Close Recovery Tracker and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="895"/>
        <source>That entry no longer exists; it may have been deleted in another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../recovery_tracker/domain/statistics.py" line="60"/>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/statistics.py" line="95"/>
        <source>Pain {baseline} → {current}: unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/statistics.py" line="96"/>
        <source>Pain {baseline} → {current}: {points} points{percent} better, a meaningful improvement (at least 2 points or 30 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/statistics.py" line="101"/>
        <source>Pain {baseline} → {current}: {points} points{percent} better, not yet a meaningful improvement (2 points or 30 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/statistics.py" line="106"/>
        <source>Pain {baseline} → {current}: {points} points{percent} worse, worse than at baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="102"/>
        <source>Cannot open the diary file {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="147"/>
        <source>The diary file {path} is damaged: its format number ({found}) is impossible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="154"/>
        <source>This diary was saved by a newer version of Recovery Tracker (format {found}; this version understands up to {known}). Please update the app; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="183"/>
        <source>The diary file {path} is damaged (SQLite says: {result}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="199"/>
        <source>The diary file {path} is damaged: entry {entry} of its {table} holds &quot;{value}&quot;, which is not a date or time Recovery Tracker writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="235"/>
        <source>The diary file {path} is damaged: it holds entries but says it has none (format 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="301"/>
        <source>The diary file {path} is damaged: it holds a value Recovery Tracker cannot read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="361"/>
        <source>{path} is another program&apos;s database, not a Recovery Tracker diary. It was left exactly as it is. Move it elsewhere, or start Recovery Tracker with --data-dir pointing to another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="379"/>
        <source>The diary file {path} is damaged: it is a folder or device, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="395"/>
        <source>Your diary could not be saved because its folder is read-only ({folder}). Nothing was changed; what you typed is still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="403"/>
        <source>Your diary could not be saved because the disk is full. Free some space and press Save again; what you typed is still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="411"/>
        <source>The diary file {path} is damaged or is not a Recovery Tracker diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="417"/>
        <source>The diary is busy in another program. Close other copies of Recovery Tracker and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="425"/>
        <source>The diary file {path} cannot be opened: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="430"/>
        <source>The diary could not be read or saved: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="434"/>
        <source>Your diary&apos;s folder {folder} is read-only, so nothing could be saved. Nothing was changed. Check the folder&apos;s permissions or free space, or start Recovery Tracker with --data-dir pointing to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="482"/>
        <source>Cannot create the data folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="490"/>
        <source>Your diary file {path} is missing or empty, but backups of it exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="501"/>
        <source>Cannot create the diary file in {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/files.py" line="92"/>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/files.py" line="78"/>
        <location filename="../../recovery_tracker/storage/files.py" line="105"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/advice.py" line="98"/>
        <source>That injection no longer exists; its plan was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/medications.py" line="23"/>
        <source>That medicine entry no longer exists; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/appointments.py" line="28"/>
        <source>That appointment no longer exists; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/injections.py" line="47"/>
        <source>That injection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/injections.py" line="31"/>
        <source>That injection no longer exists; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/checkins.py" line="61"/>
        <source>That check-in no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/checkins.py" line="37"/>
        <source>That check-in no longer exists; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/events.py" line="36"/>
        <source>That event no longer exists; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="125"/>
        <source>{source}, line 1: missing column(s) {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="132"/>
        <source>{source}, line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="138"/>
        <source>{where}: the template name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="149"/>
        <source>{source}: no advice rules found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/resources.py" line="72"/>
        <source>Your advice templates could not be read ({error}). The built-in templates are used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/resources.py" line="82"/>
        <source>The built-in advice templates could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayAdvice</name>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="32"/>
        <source>A reminder of your doctor&apos;s instructions, not medical advice: your doctor&apos;s word comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="47"/>
        <source>Your doctor&apos;s advice in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="71"/>
        <source>Your plan today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="73"/>
        <source>Your plan on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="93"/>
        <source>Coming up: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="100"/>
        <source>What to expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="102"/>
        <source>(day {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="130"/>
        <source>Your planned injection is today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="131"/>
        <source>Your planned injection is in %n day(s), {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="141"/>
        <source>{title} from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="145"/>
        <source>your injection is today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="147"/>
        <source>your injection is in %n day(s), {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="65"/>
        <source>Log a &amp;medicine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="67"/>
        <source>Record a medicine you took (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="69"/>
        <source>L&amp;og an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="71"/>
        <source>Record a fever, swelling, much more pain… (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="73"/>
        <source>&amp;Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="75"/>
        <source>Save this check-in (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="81"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="91"/>
        <source>How are you today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="191"/>
        <source>Not saved yet: please check the highlighted fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="195"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="198"/>
        <source>What you typed is still in the form. To go back to your newest backup, choose File &gt; Restore from backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="203"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="237"/>
        <source>{position} Your injection booked for {day} is still marked planned: did it take place? Say so in Treatments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="250"/>
        <source>Medicines: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="260"/>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="264"/>
        <source>✓ Saved: {when}, pain {pain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="267"/>
        <source>✓ Saved: {when}, pain {pain}, soreness {soreness}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="275"/>
        <source>No check-in yet on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="282"/>
        <source>pain {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="283"/>
        <source>soreness {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="290"/>
        <source>(range {low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../recovery_tracker/ui/tray.py" line="33"/>
        <source>&amp;Log how I feel now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/tray.py" line="34"/>
        <source>&amp;Open Recovery Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/tray.py" line="35"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Treatments</name>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="40"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="41"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="42"/>
        <location filename="../../recovery_tracker/ui/treatments.py" line="267"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="43"/>
        <location filename="../../recovery_tracker/ui/treatments.py" line="270"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="44"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="45"/>
        <source>Clinic or doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="46"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="70"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="81"/>
        <source>Planned: not counted in your series until you say it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="86"/>
        <source>Injection {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="98"/>
        <source>Injections, in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="105"/>
        <source>&amp;Add injection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="107"/>
        <source>Advice &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="109"/>
        <source>What your doctor told you to do and avoid after this injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="127"/>
        <source>No injection recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="129"/>
        <source>%n injection(s) in your series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="133"/>
        <source>%n planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="151"/>
        <source>✓ Advice plan of your planned injection saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="153"/>
        <source>✓ Advice plan of injection {number} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="165"/>
        <source>Delete the planned injection ({kind}, {site}) of {day}?
Its advice plan is deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="178"/>
        <source>Delete injection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="205"/>
        <source>{site} ({side})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="328"/>
        <source>If it is booked for that day, tick Planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="171"/>
        <source>Delete injection {number} ({kind}, {site}) of {day}?
Its advice plan is deleted with it. Your check-ins and medicines are kept; they will be counted from the other injections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="189"/>
        <source>Injection deleted. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="195"/>
        <source>✓ Injection changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="197"/>
        <source>✓ Planned injection recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="199"/>
        <source>✓ Injection recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="208"/>
        <source>{done}: {kind}, {site}, {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="253"/>
        <source>Edit injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="255"/>
        <source>Record an injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="262"/>
        <source>Date of the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="269"/>
        <source>e.g. L4-L5 facet joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="272"/>
        <source>Kind of injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="274"/>
        <source>Image guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="280"/>
        <source>&amp;Planned: booked for this day, not given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="283"/>
        <source>Your plan&apos;s advice counts from this day, also before it (e.g. no anti-inflammatories a week before). It counts in your series once you say it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="290"/>
        <source>Planned injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="309"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="311"/>
        <source>&amp;Site: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="312"/>
        <source>Si&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="313"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="314"/>
        <source>&amp;Image guidance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="315"/>
        <source>&amp;Clinic or doctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="316"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="354"/>
        <source>Edit check-in of {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="357"/>
        <source>Save check-in of {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="368"/>
        <source>Delete check-in of {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="400"/>
        <source>Edit injection of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="407"/>
        <source>Record injection of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="424"/>
        <source>Delete injection of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="474"/>
        <source>Change the plan of the injection of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="1026"/>
        <source>Edit {medicine} of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="1025"/>
        <source>Save {medicine} of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="1027"/>
        <source>Delete {medicine} of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="1034"/>
        <source>Edit appointment of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="1033"/>
        <source>Save appointment of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="1035"/>
        <source>Delete appointment of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="1042"/>
        <source>Edit event of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="1041"/>
        <source>Save event of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="1043"/>
        <source>Delete event of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/service/diary_service.py" line="574"/>
        <source>Weekly answer of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/live_diary.py" line="375"/>
        <source>That could not be undone: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="140"/>
        <source>{label} is required: choose a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="146"/>
        <location filename="../../recovery_tracker/domain/validation.py" line="162"/>
        <source>{label} must be a whole number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="153"/>
        <location filename="../../recovery_tracker/domain/validation.py" line="166"/>
        <source>{label} must be a whole number from 0 to 10, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="172"/>
        <source>{label} must be from 0 to 10; {number} is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="191"/>
        <source>{label} must be yes or no, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="202"/>
        <location filename="../../recovery_tracker/domain/validation.py" line="242"/>
        <location filename="../../recovery_tracker/domain/validation.py" line="281"/>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="214"/>
        <source>{label} must be a date written as YYYY-MM-DD, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="222"/>
        <source>{label} must be a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="226"/>
        <source>{label} cannot be in the future (today is {today}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="232"/>
        <source>{label} is before {year}; please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="256"/>
        <source>{label} “{value}” has a time zone; write the local time as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="264"/>
        <source>{label} must be written as HH:MM, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="268"/>
        <source>{label} must be written as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="278"/>
        <source>{label} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="284"/>
        <source>{label} is too long: {length} characters, the most is {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="294"/>
        <source>{label} contains a character that cannot be stored (code {code}); please remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="406"/>
        <source>{label} must be “planned” or “done”, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="418"/>
        <source>A planned injection can be at most two years ahead (until {day}); please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="428"/>
        <source>A planned injection cannot be in the past (today is {today}). If it took place, record it as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="453"/>
        <source>There is already an injection on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="111"/>
        <source>Time cannot be later than now ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="540"/>
        <source>Unknown category “{value}” (use one of: {allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="559"/>
        <source>Unknown medicine class “{value}” in avoid (use {allowed}, joined with |).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="577"/>
        <source>{label} must be a whole number of days (negative for before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="584"/>
        <source>{label} is more than ten years away; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningSigns</name>
    <message>
        <location filename="../../recovery_tracker/domain/warning_signs.py" line="26"/>
        <source>Call your clinic today if you notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/warning_signs.py" line="27"/>
        <source>Call an ambulance or go to an emergency department now if you notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/warning_signs.py" line="69"/>
        <source>a fever (38 °C / 100.4 °F or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/warning_signs.py" line="74"/>
        <source>redness that spreads from the injection site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/warning_signs.py" line="79"/>
        <source>warmth, pus or other drainage at the injection site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/warning_signs.py" line="84"/>
        <source>pain that keeps getting worse after the first days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/warning_signs.py" line="89"/>
        <source>if you have diabetes: blood sugar that stays much higher than your usual readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/warning_signs.py" line="100"/>
        <source>new loss of bladder or bowel control, or numbness in the groin or between the legs (the “saddle” area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/warning_signs.py" line="111"/>
        <source>new weakness in a leg or both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/warning_signs.py" line="118"/>
        <source>a severe headache that is worse when sitting or standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/warning_signs.py" line="127"/>
        <source>fever with back pain that keeps getting worse in the weeks after the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/warning_signs.py" line="137"/>
        <source>swelling of the face, lips or throat, or difficulty breathing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
