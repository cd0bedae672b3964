<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>Advice</name>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="29"/>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="30"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="31"/>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="32"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="37"/>
        <source>anti-inflammatories (NSAIDs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="38"/>
        <source>corticosteroids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="73"/>
        <source>the injection day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="75"/>
        <source>%n day(s) before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="76"/>
        <source>%n day(s) after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="79"/>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="82"/>
        <source>until {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="84"/>
        <source>from {start}, until your doctor says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="88"/>
        <source>on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="89"/>
        <source>from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="205"/>
        <source>The advice needs a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="209"/>
        <source>A window of {days} days is beyond ten years; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="215"/>
        <source>The window ends (day {end}) before it starts (day {start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="319"/>
        <source>until your doctor says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="321"/>
        <source>last day today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="323"/>
        <source>%n more day(s), until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="332"/>
        <source>{title}: starts tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="333"/>
        <source>{title}: starts in %n day(s), on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="43"/>
        <source>Edit advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="43"/>
        <source>Add advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="55"/>
        <source>e.g. -7 (blank: open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="60"/>
        <source>e.g. 14 (blank: until your doctor says otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="73"/>
        <source>&amp;Title: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="74"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="75"/>
        <source>&amp;From day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="76"/>
        <source>&amp;To day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="77"/>
        <source>Medicines to &amp;avoid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="78"/>
        <source>Your doctor&apos;s &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="80"/>
        <source>Days count from the injection: 0 is the injection day, -7 a week before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="113"/>
        <source>Advice plan for injection {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="116"/>
        <source>What your doctor told you for injection {number} ({kind}, {site}, {day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="133"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="134"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="135"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="136"/>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="139"/>
        <source>Advice rules of this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="147"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="149"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="151"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="154"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/advice.py" line="157"/>
        <source>Start again from &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../recovery_tracker/ui/app.py" line="86"/>
        <source>Recovery Tracker is already open with this diary ({folder}); its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/app.py" line="95"/>
        <source>Already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/app.py" line="96"/>
        <source>Recovery Tracker is already open with this diary. Look for its window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/app.py" line="110"/>
        <source>Recovery Tracker cannot open your diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/app.py" line="115"/>
        <source>{title}: sample diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/app.py" line="118"/>
        <source>Sample diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/app.py" line="119"/>
        <source>This is Maria&apos;s made-up diary, to show what the app does. Nothing you change here is kept, and your own diary is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <location filename="../../recovery_tracker/domain/appointments.py" line="24"/>
        <source>Follow-up appointment with {clinician}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/appointments.py" line="27"/>
        <source>Follow-up appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="32"/>
        <source>Edit appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="34"/>
        <source>Add an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="47"/>
        <source>e.g. Dr. Lee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="49"/>
        <source>e.g. Spine Clinic, 2nd floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="52"/>
        <source>One question per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="53"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="54"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="55"/>
        <source>&amp;Clinician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="56"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="57"/>
        <source>&amp;Questions to ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="73"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="74"/>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="75"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="76"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="96"/>
        <source>past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="108"/>
        <source>Follow-up appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="113"/>
        <source>Export to &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="118"/>
        <source>&amp;Add appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="119"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="120"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="139"/>
        <source>Appointment in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="140"/>
        <source>The appointment of {day} is in the past. It was saved; no reminder will be shown for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="165"/>
        <source>Delete appointment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/appointments.py" line="166"/>
        <source>Delete the appointment of {day} at {time}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="29"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="30"/>
        <source>migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="31"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="32"/>
        <source>before-restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="49"/>
        <source>{when} ({reason}): {checkins}, {injections}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="82"/>
        <source>The backup could not be written to {folder}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="192"/>
        <source>The diary file could not be moved aside: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/backups.py" line="212"/>
        <source>The backup could not be restored: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../recovery_tracker/storage/ics.py" line="71"/>
        <source>Questions to ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/ics.py" line="85"/>
        <source>{appointment} tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/ics.py" line="86"/>
        <source>{appointment} in two hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/ics.py" line="102"/>
        <source>{rule} (injection {number})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../recovery_tracker/charts/__init__.py" line="20"/>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="45"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/__init__.py" line="21"/>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="46"/>
        <source>Sessions compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/__init__.py" line="22"/>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="47"/>
        <source>Change from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="50"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="51"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="52"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="53"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="54"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="160"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="162"/>
        <source>Time range shown in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="166"/>
        <source>From date of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="168"/>
        <source>To date of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="171"/>
        <source>&amp;Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="172"/>
        <source>&amp;Soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="178"/>
        <source>E&amp;xport chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="183"/>
        <source>C&amp;hart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="184"/>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="200"/>
        <source>Loading chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="122"/>
        <source>Chart of your recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="407"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="409"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/chart_panel.py" line="422"/>
        <source>Could not export the chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="32"/>
        <source>Not enough entries yet to compare with your baseline.
Your baseline is your pain in the week before your first injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="69"/>
        <source>{metric}, weekly mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="77"/>
        <source>Baseline {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="83"/>
        <source>{points} points better ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="91"/>
        <source>{percent} % better ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/baseline.py" line="117"/>
        <source>Change from your baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/common.py" line="31"/>
        <source>Score (0 = none, 10 = worst imaginable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="22"/>
        <source>Record an injection and log a few days after it
to compare your sessions here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="28"/>
        <source>Injection {number} ({kind}, {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="64"/>
        <source>injection day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="73"/>
        <source>Days since the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="76"/>
        <source>{metric}, daily mean (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="79"/>
        <source>{metric} after each injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/sessions.py" line="83"/>
        <source>(the last {shown} of {all})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="30"/>
        <source>No check-ins yet.
Log how you feel in the Today panel to see your progress here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="42"/>
        <source>{metric} (daily mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="46"/>
        <source>{metric}, 7-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="76"/>
        <source>Pain and soreness over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="103"/>
        <source>{metric} (weekly mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="163"/>
        <source>Medicines to avoid (your plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="180"/>
        <source>1 much
better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="181"/>
        <source>4 same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="182"/>
        <source>7 much
worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="194"/>
        <source>Overall change (weekly, right scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/charts/timeline.py" line="212"/>
        <source>Medicine against your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/chart_files.py" line="27"/>
        <source>Unknown chart “{kind}”; choose one of: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/chart_files.py" line="34"/>
        <source>Save the chart as .png, .svg or .pdf, not “{suffix}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="29"/>
        <source>0 = no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="30"/>
        <source>10 = worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="33"/>
        <source>Pain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="36"/>
        <source>Soreness where you were injected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="43"/>
        <source>How much did pain interfere with your enjoyment of life?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="46"/>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="52"/>
        <source>0 = not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="47"/>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="53"/>
        <source>10 = completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="51"/>
        <source>How much did pain interfere with your general activity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="57"/>
        <source>How well did you sleep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="58"/>
        <source>0 = very badly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="59"/>
        <source>10 = very well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="77"/>
        <source>Date of this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="81"/>
        <source>Time of this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="91"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="106"/>
        <source>More for your doctor (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="111"/>
        <source>More questions for your doctor (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="119"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="122"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="124"/>
        <source>e.g. walked 20 minutes; stiff in the morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="133"/>
        <source>For my &amp;doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="135"/>
        <location filename="../../recovery_tracker/ui/checkin_form.py" line="138"/>
        <source>Show this note in the appointment report</source>
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
        <location filename="../../recovery_tracker/ui/first_start.py" line="40"/>
        <source>Hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="41"/>
        <source>Tendon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="23"/>
        <source>{app}: a private diary of your recovery after injections. Without a command, the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="33"/>
        <source>folder holding your diary (default: ${variable}, else your user&apos;s application-data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="42"/>
        <source>open a sample diary in a temporary folder, to see what the app does (your own diary is not touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="51"/>
        <source>write part of your diary to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="55"/>
        <source>appointments and advice windows as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="60"/>
        <source>the appointment report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="68"/>
        <source>first day (default: the first day of the diary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="75"/>
        <source>last day (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="78"/>
        <source>patient name printed on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="83"/>
        <source>one chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="91"/>
        <source>the whole diary as a folder of CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="96"/>
        <source>list or restore backups of your diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="100"/>
        <source>the backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="104"/>
        <source>put a backup in place of the diary (the current file is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="110"/>
        <source>the newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="116"/>
        <source>a backup file from &apos;backup list&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="120"/>
        <source>read entries into your diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="124"/>
        <source>a folder of CSV files made by &apos;export csv&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="138"/>
        <source>“{text}” is not a date written as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="156"/>
        <source>No diary found in {folder}. Start the app once, or pass --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="165"/>
        <source>Newest good backup: {backup}. To use it: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="170"/>
        <source>There is no backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="181"/>
        <source>No backups in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="196"/>
        <source>There is no good backup in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="204"/>
        <source>{file} is not a readable Recovery Tracker backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="209"/>
        <source>Restored the backup of {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="214"/>
        <source>Your previous diary file was kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="231"/>
        <source>Wrote %n calendar event(s) to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="247"/>
        <source>--from ({first}) is after --to ({last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="271"/>
        <source>Wrote the appointment report ({first} to {last}) to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="289"/>
        <source>Wrote the {kind} chart to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="302"/>
        <source>{count} in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/cli.py" line="304"/>
        <source>Exported your diary to {folder}: {files}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="136"/>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="236"/>
        <source>%n injection(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="237"/>
        <source>%n check-in(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="238"/>
        <source>%n medicine(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="239"/>
        <source>%n appointment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="245"/>
        <source>{file}, line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="262"/>
        <source>Imported {entries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="264"/>
        <source>Imported nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="267"/>
        <source>%n entry(ies) already in your diary were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="279"/>
        <source>{folder} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="284"/>
        <source>No Recovery Tracker files ({files}) were found in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="339"/>
        <source>{file}: not UTF-8 text (byte {byte}); save it as UTF-8 CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="346"/>
        <source>{file}: cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="363"/>
        <source>missing column(s) {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="408"/>
        <source>injection must be the injection&apos;s number (1, 2, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/csv_exchange.py" line="417"/>
        <source>there is no injection {number} in {file}.</source>
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
        <location filename="../../recovery_tracker/domain/text.py" line="70"/>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/text.py" line="71"/>
        <source>MMM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Expectations</name>
    <message>
        <location filename="../../recovery_tracker/domain/expectations.py" line="11"/>
        <source>Call your clinic now if you notice fever, redness that spreads, warmth or drainage at the injection site, or sudden weakness or numbness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/expectations.py" line="16"/>
        <source>General information only: your own doctor&apos;s instructions come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/expectations.py" line="40"/>
        <source>{source}, line {line}: needs from_day, to_day and text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../recovery_tracker/domain/models.py" line="43"/>
        <source>Pain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/models.py" line="44"/>
        <source>Injection-site soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/models.py" line="45"/>
        <source>Interference with enjoyment of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/models.py" line="46"/>
        <source>Interference with general activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/models.py" line="47"/>
        <source>Sleep quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="32"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="33"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="34"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="35"/>
        <source>For my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="282"/>
        <source>Injection date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="295"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="296"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="297"/>
        <source>Kind of injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="298"/>
        <source>Clinic or doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="299"/>
        <source>Image guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="320"/>
        <source>Medicine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="329"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="337"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="356"/>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="357"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="358"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="377"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="386"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="390"/>
        <source>Start day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="393"/>
        <source>End day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="37"/>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="38"/>
        <source>Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="39"/>
        <source>Shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="40"/>
        <source>Hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="41"/>
        <source>Tendon (elbow, Achilles, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="44"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="69"/>
        <source>Welcome to Recovery Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="71"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="75"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="76"/>
        <source>Recovery Tracker is your private diary after an injection: a few seconds a day to log pain and soreness, reminders of what your doctor told you, and charts to bring to your next appointment. Everything stays on this computer.

It is a reminder of your doctor&apos;s instructions, not medical advice.

A few questions set it up for you. You can skip them and change everything later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="88"/>
        <source>What is being treated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="92"/>
        <source>What is being treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="97"/>
        <source>Your injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="98"/>
        <source>Have you had your first injection yet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="100"/>
        <source>&amp;Yes, I had it on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="102"/>
        <source>&amp;Not yet: I am preparing for it (log a baseline week before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="113"/>
        <source>Date of the first injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="117"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="121"/>
        <source>Kind of injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="124"/>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="125"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="135"/>
        <source>What your doctor told you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="136"/>
        <source>Which plan matches your doctor&apos;s instructions? After PRP most clinics say no anti-inflammatory medicines (ibuprofen, naproxen, aspirin…) for a while; set the days your doctor gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="144"/>
        <source>Advice plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="150"/>
        <source> days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="152"/>
        <source>Avoid anti-inflammatories, days before the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="157"/>
        <source> days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="159"/>
        <source>Avoid anti-inflammatories, days after the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="162"/>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="163"/>
        <source>No anti-inflammatories from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="164"/>
        <source>until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="171"/>
        <source>A daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="172"/>
        <source>When would you like to be reminded to log how you are?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="175"/>
        <source>&amp;Remind me every day at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/first_start.py" line="179"/>
        <source>Reminder time</source>
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
        <source>Enjoyment
interference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="36"/>
        <source>Activity
interference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="37"/>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="38"/>
        <source>Medicines that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="39"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="136"/>
        <source>For my doctor: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="157"/>
        <source>History of check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="164"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="166"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="181"/>
        <source>%n check-in(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="200"/>
        <source>Delete check-in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="201"/>
        <source>Delete the check-in of {day} at {time} (pain {pain})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/history.py" line="216"/>
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
        <location filename="../../recovery_tracker/domain/impression.py" line="40"/>
        <source>Overall, how has your pain changed since you started this diary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/impression.py" line="43"/>
        <source>Overall, how has your pain changed since your first injection on {day}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/impression.py" line="59"/>
        <source>Choose one of the seven answers, from very much improved to very much worse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpressionBox</name>
    <message>
        <location filename="../../recovery_tracker/ui/impression_box.py" line="27"/>
        <source>This week&apos;s question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/impression_box.py" line="44"/>
        <source>Save &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/impression_box.py" line="65"/>
        <source>Please choose one of the answers first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="39"/>
        <source>Recovery Tracker is a diary and a reminder of your own doctor&apos;s instructions. It is not medical advice. If you are worried, or notice fever, spreading redness, drainage, sudden weakness or numbness, call your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="49"/>
        <location filename="../../recovery_tracker/ui/main_window.py" line="300"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="50"/>
        <location filename="../../recovery_tracker/ui/main_window.py" line="301"/>
        <source>M&amp;edicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="51"/>
        <location filename="../../recovery_tracker/ui/main_window.py" line="302"/>
        <source>&amp;Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="52"/>
        <location filename="../../recovery_tracker/ui/main_window.py" line="303"/>
        <source>&amp;Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="96"/>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="121"/>
        <source>Your diary is stored only on this computer: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="132"/>
        <source>Not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="135"/>
        <source>Advice templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="236"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="238"/>
        <source>Appointment &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="242"/>
        <source>Export &amp;chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="248"/>
        <source>Export appointments and advice to &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="253"/>
        <source>Export diary as C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="256"/>
        <source>&amp;Import diary from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="259"/>
        <source>Daily re&amp;minder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="260"/>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="263"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="265"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="266"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="268"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="273"/>
        <source>&amp;Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="275"/>
        <source>&amp;Log how I feel now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="278"/>
        <source>&amp;Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="282"/>
        <source>Log a &amp;medicine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="288"/>
        <source>Record an &amp;injection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="294"/>
        <source>Add an &amp;appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="297"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="299"/>
        <source>&amp;Progress chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="309"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="311"/>
        <source>&amp;First-start assistant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="313"/>
        <source>&amp;About Recovery Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="337"/>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="339"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="347"/>
        <location filename="../../recovery_tracker/ui/main_window.py" line="401"/>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="350"/>
        <source>Saved %n calendar event(s) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="367"/>
        <source>Backup restored; your previous diary file was kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="375"/>
        <source>Backup not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="389"/>
        <source>Export your diary to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="397"/>
        <source>Exporting your diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="416"/>
        <source>Import a diary folder (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="425"/>
        <source>Importing your diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="431"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="432"/>
        <source>Some rows need correcting, so nothing was imported. Your diary is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="443"/>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="446"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="459"/>
        <source>About Recovery Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="484"/>
        <source>Save your check-in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/main_window.py" line="485"/>
        <source>You have a check-in that is not saved yet. Save it before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Medicines</name>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="30"/>
        <source>If a doctor prescribed it for you, do not stop it on your own: ask them, and tell your injection clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="35"/>
        <source>Low-dose aspirin is usually prescribed to protect the heart or blood vessels. Do not stop it on your own: ask the doctor who prescribed it, and tell your injection clinic that you take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="65"/>
        <source>{name} is an {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="67"/>
        <source>{name} is a {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="72"/>
        <source>Your plan for injection {number} says “{title}”: {time_left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/conflicts.py" line="83"/>
        <source>Your plan also says: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="25"/>
        <source>anti-inflammatory (NSAID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="26"/>
        <source>corticosteroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="27"/>
        <source>paracetamol (acetaminophen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="28"/>
        <source>opioid pain reliever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="29"/>
        <source>nerve pain medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="30"/>
        <source>muscle relaxant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="31"/>
        <source>other medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="32"/>
        <source>not in the medicine list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/medications.py" line="94"/>
        <source>{source}, line {line}: needs a name and a class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="41"/>
        <source>Edit medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="43"/>
        <source>Log a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="68"/>
        <source>e.g. paracetamol, Advil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="70"/>
        <source>e.g. 400 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="72"/>
        <source>e.g. back pain at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="73"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="74"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="75"/>
        <source>&amp;Medicine: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="76"/>
        <source>D&amp;ose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="77"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="84"/>
        <source>Warning about this medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="119"/>
        <source>Not in the app&apos;s medicine list: it will be saved as you typed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="123"/>
        <source>Recognised as {kind}: {generic}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="127"/>
        <source>Recognised as {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="141"/>
        <source>This goes against your advice plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="144"/>
        <source>Logging what you really took helps your doctor. Log it in your diary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="149"/>
        <source>Log it in my diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="151"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="158"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="159"/>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="160"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="161"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="162"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="163"/>
        <source>Your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="207"/>
        <source>⚠ against “{titles}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="218"/>
        <source>Medicines taken, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="222"/>
        <source>&amp;Log a medicine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="224"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="226"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="259"/>
        <source>Delete medicine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/medicines.py" line="260"/>
        <source>Delete {medicine} of {day} at {time}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../recovery_tracker/ui/widgets.py" line="252"/>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../recovery_tracker/domain/recovery.py" line="54"/>
        <source>No injection recorded yet: this entry counts towards your baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/recovery.py" line="61"/>
        <source>Injection day (injection {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/recovery.py" line="64"/>
        <source>Day {day} after injection {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/recovery.py" line="72"/>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/recovery.py" line="73"/>
        <source>#{number} day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="45"/>
        <source>You can update Recovery Tracker, or open your newest backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="49"/>
        <source>Your diary can be brought back from its newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="51"/>
        <source>The damaged file will be kept aside (not deleted) so nothing is lost, and your newest backup can take its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="60"/>
        <source>Newest good backup: {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="62"/>
        <source>There is no backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="72"/>
        <source>Your diary could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="76"/>
        <source>Restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="84"/>
        <source>Start a new, empty diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="87"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="127"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="129"/>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="136"/>
        <source>Choose a backup to go back to. Your diary as it is now is kept aside first, so nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="142"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="147"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="165"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="166"/>
        <source>Go back to the backup of {backup}?

Entries made since then will not be in your diary; the current file is kept aside in the diary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/recovery.py" line="179"/>
        <source>Could not restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="53"/>
        <source>Time for your check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="54"/>
        <source>How are you today? Log your pain and soreness in Recovery Tracker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="66"/>
        <source>Days without a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="67"/>
        <source>No check-in on {days}. If you remember how you were, you can still add them: change the date in the Today form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="103"/>
        <source>{appointment} tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="106"/>
        <source>Tomorrow at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="114"/>
        <source>{appointment} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="117"/>
        <source>Today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="127"/>
        <source>You noted %n question(s) to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="134"/>
        <source>{when} at {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/reminders.py" line="137"/>
        <source>{when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="55"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="56"/>
        <source>Dismiss: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="144"/>
        <source>Daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="147"/>
        <source>&amp;Remind me to log how I feel every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="152"/>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="155"/>
        <source>&amp;At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/reminders.py" line="157"/>
        <source>The reminder is skipped on days you have already logged. It shows while Recovery Tracker is open (in the system tray if your desktop has one); days you missed are listed when you next open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="20"/>
        <source>Pain and soreness over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="21"/>
        <source>Recovery after each injection, aligned on the injection day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="24"/>
        <source>Change from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="26"/>
        <source>Kept by the patient with Recovery Tracker, a diary app. Scores are the patient&apos;s own ratings (0 = none, 10 = worst imaginable). Meaningful change: at least 2 points or 30 % lower than baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="99"/>
        <source>Recovery report for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="101"/>
        <location filename="../../recovery_tracker/reports/pdf.py" line="80"/>
        <source>Recovery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="103"/>
        <source>Period: {first} to {last} · prepared {today}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="119"/>
        <source>{value} (mean of {period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="122"/>
        <source>Baseline pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="128"/>
        <source>Pain, last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="135"/>
        <source>{points} points better · {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="137"/>
        <source>{points} points worse · {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="141"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="145"/>
        <source>{value} (week of {monday})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="147"/>
        <source>Best week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="148"/>
        <source>Worst week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="154"/>
        <source>Days logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="155"/>
        <source>{logged} of {days} days in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="166"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="174"/>
        <location filename="../../recovery_tracker/reports/content.py" line="202"/>
        <source>Injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="174"/>
        <source>No injection recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="178"/>
        <location filename="../../recovery_tracker/reports/content.py" line="226"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="179"/>
        <location filename="../../recovery_tracker/reports/content.py" line="229"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="180"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="181"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="182"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="183"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="222"/>
        <source>Medicines during avoidance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="223"/>
        <source>None logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="227"/>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="228"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="230"/>
        <source>Rule in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="242"/>
        <source>{rule} (injection {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="263"/>
        <source>Overall change, in the patient&apos;s words (weekly PGIC, 1–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="274"/>
        <source>Notes for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="274"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/content.py" line="289"/>
        <source>Questions for the visit of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/reports/pdf.py" line="71"/>
        <source>Paper must be one of {papers}, not “{paper}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="49"/>
        <source>Appointment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="53"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="61"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="62"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="67"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="69"/>
        <source>Patient name on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="72"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="74"/>
        <source>First day of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="77"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="79"/>
        <source>Last day of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="82"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="84"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="90"/>
        <source>One page your doctor can read in a minute: your injections, pain before and now, the charts, medicines taken against your plan, your notes marked for the doctor and your questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="102"/>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="103"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="119"/>
        <source>The first day is after the last day; please swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="133"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="135"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="152"/>
        <source>Could not save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="155"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/report_dialog.py" line="177"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreSelector</name>
    <message>
        <location filename="../../recovery_tracker/ui/widgets.py" line="60"/>
        <source>{low}; {high}. Type a number from 0 to 10 or use the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/widgets.py" line="103"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../recovery_tracker/domain/statistics.py" line="56"/>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/statistics.py" line="105"/>
        <source>Pain {baseline} → {current}: unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/statistics.py" line="107"/>
        <source>Pain {baseline} → {current}: {points} points{percent} better, a meaningful improvement (at least 2 points or 30 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/statistics.py" line="113"/>
        <source>Pain {baseline} → {current}: {points} points{percent} better, not yet a meaningful improvement (2 points or 30 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/statistics.py" line="119"/>
        <source>Pain {baseline} → {current}: {points} points{percent} worse, worse than at baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="52"/>
        <source>Cannot open the diary file {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="87"/>
        <source>This diary was saved by a newer version of Recovery Tracker (format {found}; this version understands up to {known}). Please update the app; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="100"/>
        <source>The diary file {path} is damaged (SQLite says: {result}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="168"/>
        <source>Your diary could not be saved because its folder is read-only ({folder}). Nothing was changed; what you typed is still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="176"/>
        <source>Your diary could not be saved because the disk is full. Free some space and press Save again; what you typed is still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="184"/>
        <source>The diary file {path} is damaged or is not a Recovery Tracker diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="190"/>
        <source>The diary is busy in another program. Close other copies of Recovery Tracker and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="198"/>
        <source>The diary file {path} cannot be opened: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="203"/>
        <source>The diary could not be read or saved: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="207"/>
        <source>Your diary&apos;s folder {folder} is read-only, so nothing could be saved. Nothing was changed. Check the folder&apos;s permissions or free space, or start Recovery Tracker with --data-dir pointing to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="247"/>
        <source>Cannot create the data folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="256"/>
        <source>Your diary file {path} is missing or empty, but backups of it exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/database.py" line="267"/>
        <source>Cannot create the diary file in {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/files.py" line="20"/>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/files.py" line="33"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/plans.py" line="72"/>
        <source>That injection no longer exists; its plan was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/plans.py" line="165"/>
        <source>That medicine entry no longer exists; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/plans.py" line="226"/>
        <source>That appointment no longer exists; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/repositories.py" line="67"/>
        <source>That injection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/repositories.py" line="85"/>
        <source>That injection no longer exists; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/repositories.py" line="118"/>
        <source>That check-in no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/repositories.py" line="160"/>
        <source>That check-in no longer exists; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="121"/>
        <source>{source}, line 1: missing column(s) {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="128"/>
        <source>{source}, line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="134"/>
        <source>{where}: the template name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="145"/>
        <source>{source}: no advice rules found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="157"/>
        <source>the rule has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="164"/>
        <source>unknown category “{category}” (use one of: {allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="176"/>
        <source>unknown medicine class “{name}” in avoid (use nsaid or corticosteroid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/advice.py" line="194"/>
        <source>{name} must be a whole number of days, not “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/resources.py" line="60"/>
        <source>Your advice templates could not be read ({error}). The built-in templates are used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/storage/resources.py" line="70"/>
        <source>The built-in advice templates could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayAdvice</name>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="23"/>
        <source>A reminder of your doctor&apos;s instructions, not medical advice: your doctor&apos;s word comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="38"/>
        <source>Your doctor&apos;s advice in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="55"/>
        <source>Your plan today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="57"/>
        <source>Your plan on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="73"/>
        <source>Coming up: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="80"/>
        <source>What to expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_advice.py" line="82"/>
        <source>(day {day})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="50"/>
        <source>Log a &amp;medicine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="52"/>
        <source>Record a medicine you took (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="54"/>
        <source>&amp;Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="56"/>
        <source>Save this check-in (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="62"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="72"/>
        <source>How are you today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="132"/>
        <source>Not saved yet: please check the highlighted fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="136"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="137"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="152"/>
        <source>Medicines: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="162"/>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="166"/>
        <source>✓ Saved: {when}, pain {pain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="169"/>
        <source>✓ Saved: {when}, pain {pain}, soreness {soreness}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="176"/>
        <source>No check-in yet on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="182"/>
        <source>pain {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="183"/>
        <source>soreness {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/today_panel.py" line="190"/>
        <source>(range {low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Treatments</name>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="43"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="44"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="45"/>
        <location filename="../../recovery_tracker/ui/treatments.py" line="234"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="46"/>
        <location filename="../../recovery_tracker/ui/treatments.py" line="236"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="47"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="48"/>
        <source>Clinic or doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="49"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="83"/>
        <source>Injection {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="97"/>
        <source>Injections, in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="103"/>
        <source>&amp;Add injection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="105"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="107"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="109"/>
        <source>Advice &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="111"/>
        <source>What your doctor told you to do and avoid after this injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="129"/>
        <source>No injection recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="131"/>
        <source>%n injection(s) in your series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="166"/>
        <source>Delete injection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="167"/>
        <source>Delete injection {number} ({kind}, {site}) of {day}?
Its advice plan is deleted with it. Your check-ins and medicines are kept; they will be counted from the other injections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="219"/>
        <source>Edit injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="221"/>
        <source>Record an injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="235"/>
        <source>e.g. L4-L5 facet joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="238"/>
        <source>Kind of injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="240"/>
        <source>Image guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="259"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="260"/>
        <source>&amp;Site: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="261"/>
        <source>Si&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="262"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="263"/>
        <source>&amp;Image guidance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="264"/>
        <source>&amp;Clinic or doctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/treatments.py" line="265"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../recovery_tracker/ui/live_diary.py" line="276"/>
        <source>Delete check-in of {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/live_diary.py" line="327"/>
        <source>Delete injection of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/live_diary.py" line="353"/>
        <source>Delete {medicine} of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/live_diary.py" line="375"/>
        <source>Delete appointment of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/ui/live_diary.py" line="436"/>
        <source>That could not be undone: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="84"/>
        <source>{label} is required: choose a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="90"/>
        <location filename="../../recovery_tracker/domain/validation.py" line="107"/>
        <source>{label} must be a whole number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="99"/>
        <location filename="../../recovery_tracker/domain/validation.py" line="111"/>
        <source>{label} must be a whole number from 0 to 10, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="117"/>
        <source>{label} must be from 0 to 10; {number} is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="136"/>
        <source>{label} must be yes or no, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="143"/>
        <location filename="../../recovery_tracker/domain/validation.py" line="181"/>
        <location filename="../../recovery_tracker/domain/validation.py" line="207"/>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="153"/>
        <source>{label} must be a date written as YYYY-MM-DD, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="161"/>
        <source>{label} must be a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="165"/>
        <source>{label} cannot be in the future (today is {today}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="171"/>
        <source>{label} is before {year}; please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="190"/>
        <source>{label} must be written as HH:MM, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="194"/>
        <source>{label} must be written as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="204"/>
        <source>{label} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="210"/>
        <source>{label} is too long: {length} characters, the most is {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="220"/>
        <source>{label} contains a character that cannot be stored (code {code}); please remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="251"/>
        <source>Time cannot be later than now ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="399"/>
        <source>Unknown category “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="418"/>
        <source>{label} must be a whole number of days (negative for before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../recovery_tracker/domain/validation.py" line="425"/>
        <source>{label} is more than ten years away; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
