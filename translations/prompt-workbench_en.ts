<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>pwb::ChatPanel</name>
    <message numerus="yes">
        <source>%1 · %n message(s) sent</source>
        <translation>
            <numerusform>%1 · %n message sent</numerusform>
            <numerusform>%1 · %n messages sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::CompareGridDialog</name>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::CompareSessionsDialog</name>
    <message numerus="yes">
        <source>%1 — %2 · %n run(s)</source>
        <translation>
            <numerusform>%1 — %2 · %n run</numerusform>
            <numerusform>%1 — %2 · %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::CompareSummary</name>
    <message numerus="yes">
        <source>Longest: %1 (%Ln tokens)</source>
        <translation>
            <numerusform>Longest: %1 (%Ln token)</numerusform>
            <numerusform>Longest: %1 (%Ln tokens)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest: %1 (%Ln characters)</source>
        <translation>
            <numerusform>Longest: %1 (%Ln character)</numerusform>
            <numerusform>Longest: %1 (%Ln characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still running</source>
        <translation>
            <numerusform>%n still running</numerusform>
            <numerusform>%n still running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::CompareWindow</name>
    <message numerus="yes">
        <source>%1 · %n column(s)</source>
        <translation>
            <numerusform>%1 · %n column</numerusform>
            <numerusform>%1 · %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::DatasetImportDialog</name>
    <message numerus="yes">
        <source>%n case(s) to import</source>
        <translation>
            <numerusform>%n case to import</numerusform>
            <numerusform>%n cases to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the first %n shown)</source>
        <translation>
            <numerusform>(the first %n shown)</numerusform>
            <numerusform>(the first %n shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file has %n error(s). Nothing is imported until they are fixed.</source>
        <translation>
            <numerusform>This file has %n error. Nothing is imported until it is fixed.</numerusform>
            <numerusform>This file has %n errors. Nothing is imported until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n are listed.</source>
        <translation>
            <numerusform>Only the first %n is listed.</numerusform>
            <numerusform>Only the first %n are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) read without error are shown above the errors.</source>
        <translation>
            <numerusform>%n case read without error is shown above the errors.</numerusform>
            <numerusform>%n cases read without error are shown above the errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::DatasetListPanel</name>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1 (%n case)</numerusform>
            <numerusform>%1 (%n cases)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the dataset &quot;%1&quot; and its %n case(s)?</source>
        <translation>
            <numerusform>Delete the dataset &quot;%1&quot; and its %n case?</numerusform>
            <numerusform>Delete the dataset &quot;%1&quot; and its %n cases?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n eval run(s) and their results are deleted too.</source>
        <translation>
            <numerusform>Its %n eval run and its results are deleted too.</numerusform>
            <numerusform>Its %n eval runs and their results are deleted too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::DatasetsWindow</name>
    <message numerus="yes">
        <source>%n assertion(s) for every case saved.</source>
        <translation>
            <numerusform>%n assertion for every case saved.</numerusform>
            <numerusform>%n assertions for every case saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assertion(s) for this case saved.</source>
        <translation>
            <numerusform>%n assertion for this case saved.</numerusform>
            <numerusform>%n assertions for this case saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from %1 into &quot;%2&quot;.</source>
        <translation>
            <numerusform>Imported %n case from %1 into &quot;%2&quot;.</numerusform>
            <numerusform>Imported %n cases from %1 into &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>Exported %n case to %1.</numerusform>
            <numerusform>Exported %n cases to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::DiffHtml</name>
    <message numerus="yes">
        <source>%n unchanged lines</source>
        <translation>
            <numerusform>%n unchanged line</numerusform>
            <numerusform>%n unchanged lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::EvalComparePanel</name>
    <message numerus="yes">
        <source>%n regression(s)</source>
        <translation>
            <numerusform>%n regression</numerusform>
            <numerusform>%n regressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement(s)</source>
        <translation>
            <numerusform>%n improvement</numerusform>
            <numerusform>%n improvements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) down</source>
        <translation>
            <numerusform>%n score down</numerusform>
            <numerusform>%n scores down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) up</source>
        <translation>
            <numerusform>%n score up</numerusform>
            <numerusform>%n scores up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::EvalRunDialog</name>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1 (%n case)</numerusform>
            <numerusform>%1 (%n cases)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 = %n request(s), at most %3 at once.</source>
        <translation>
            <numerusform>%1 × %2 = %n request, at most %3 at once.</numerusform>
            <numerusform>%1 × %2 = %n requests, at most %3 at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::EvalWindow</name>
    <message numerus="yes">
        <source> · %n error(s)</source>
        <translation>
            <numerusform> · %n error</numerusform>
            <numerusform> · %n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::MainWindow</name>
    <message numerus="yes">
        <source>%n run(s) were cut off when the app last closed; they are kept, marked interrupted.</source>
        <translation>
            <numerusform>%n run was cut off when the app last closed; it is kept, marked interrupted.</numerusform>
            <numerusform>%n runs were cut off when the app last closed; they are kept, marked interrupted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) listed by the provider.</source>
        <translation>
            <numerusform>%n model listed by the provider.</numerusform>
            <numerusform>%n models listed by the provider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) have changes that are not saved as a version. Save them before closing?</source>
        <translation>
            <numerusform>%n prompt has changes that are not saved as a version. Save it before closing?</numerusform>
            <numerusform>%n prompts have changes that are not saved as a version. Save them before closing?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::PromptFileActions</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem to fix first.</numerusform>
            <numerusform>Nothing was imported: %n problems to fix first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prompt(s): %1 new, %2 with a new version, %3 unchanged.</source>
        <translation>
            <numerusform>Imported %n prompt: %1 new, %2 with a new version, %3 unchanged.</numerusform>
            <numerusform>Imported %n prompts: %1 new, %2 with a new version, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported, with %n warning(s).</source>
        <translation>
            <numerusform>Imported, with %n warning.</numerusform>
            <numerusform>Imported, with %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n prompt(s) to %1.</source>
        <translation>
            <numerusform>Exported %n prompt to %1.</numerusform>
            <numerusform>Exported %n prompts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::ProvidersDialog</name>
    <message numerus="yes">
        <source>Connected — %n models</source>
        <translation>
            <numerusform>Connected — %n model</numerusform>
            <numerusform>Connected — %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::ReplyView</name>
    <message numerus="yes">
        <source>Thinking… (%n characters)</source>
        <translation>
            <numerusform>Thinking… (%n character)</numerusform>
            <numerusform>Thinking… (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reasoning (%n characters)</source>
        <translation>
            <numerusform>Reasoning (%n character)</numerusform>
            <numerusform>Reasoning (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::RunsFileActions</name>
    <message numerus="yes">
        <source>Export %n Run(s)</source>
        <translation>
            <numerusform>Export %n Run</numerusform>
            <numerusform>Export %n Runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n run(s) to %1.</source>
        <translation>
            <numerusform>Exported %n run to %1.</numerusform>
            <numerusform>Exported %n runs to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n problem to fix first.</numerusform>
            <numerusform>Nothing was imported from %1: %n problems to fix first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s) from %1</source>
        <translation>
            <numerusform>Imported %n run from %1</numerusform>
            <numerusform>Imported %n runs from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were already here</source>
        <translation>
            <numerusform>; %n was already here</numerusform>
            <numerusform>; %n were already here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::RunsWindow</name>
    <message numerus="yes">
        <source>Selected Runs (%n)…</source>
        <translation>
            <numerusform>Selected Run (%n)…</numerusform>
            <numerusform>Selected Runs (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All Runs (%n)…</source>
        <translation>
            <numerusform>The Run (%n)…</numerusform>
            <numerusform>All Runs (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Runs Matching the Filter (%n)…</source>
        <translation>
            <numerusform>Run Matching the Filter (%n)…</numerusform>
            <numerusform>Runs Matching the Filter (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n selected</source>
        <translation>
            <numerusform>%1 · %n selected</numerusform>
            <numerusform>%1 · %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::cli</name>
    <message numerus="yes">
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n failed</numerusform>
            <numerusform> · %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n error(s)</source>
        <translation>
            <numerusform> · %n error</numerusform>
            <numerusform> · %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) exported
</source>
        <translation>
            <numerusform>%n prompt exported
</numerusform>
            <numerusform>%n prompts exported
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) written to %1
</source>
        <translation>
            <numerusform>%n run written to %1
</numerusform>
            <numerusform>%n runs written to %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>would import %n run(s)</source>
        <translation>
            <numerusform>would import %n run</numerusform>
            <numerusform>would import %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n run(s)</source>
        <translation>
            <numerusform>imported %n run</numerusform>
            <numerusform>imported %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked to this workspace&apos;s prompt versions</source>
        <translation>
            <numerusform>%n linked to this workspace&apos;s prompt version</numerusform>
            <numerusform>%n linked to this workspace&apos;s prompt versions</numerusform>
        </translation>
    </message>
</context>
</TS>
