<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChatPane</name>
    <message numerus="yes">
        <source>%Ln older message(s) were left out of this request so it fits the model&apos;s context window.</source>
        <translation>
            <numerusform>%Ln older message was left out of this request so it fits the model&apos;s context window.</numerusform>
            <numerusform>%Ln older messages were left out of this request so it fits the model&apos;s context window.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message numerus="yes">
        <source>No answer within %Ln second(s).</source>
        <translation>
            <numerusform>No answer within %Ln second.</numerusform>
            <numerusform>No answer within %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <source>%1
Last active %2 · %Ln message(s)</source>
        <translation>
            <numerusform>%1
Last active %2 · %Ln message</numerusform>
            <numerusform>%1
Last active %2 · %Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationMarkdown</name>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message numerus="yes">
        <source>%Ln cached reply(s)</source>
        <translation>
            <numerusform>%Ln cached reply</numerusform>
            <numerusform>%Ln cached replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln cached reply(s).</source>
        <translation>
            <numerusform>Removed %Ln cached reply.</numerusform>
            <numerusform>Removed %Ln cached replies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln conversation(s)…</source>
        <translation>
            <numerusform>Exporting %Ln conversation…</numerusform>
            <numerusform>Exporting %Ln conversations…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export stopped after %Ln conversation(s): %1 could not be written (%2).</source>
        <translation>
            <numerusform>Export stopped after %Ln conversation: %1 could not be written (%2).</numerusform>
            <numerusform>Export stopped after %Ln conversations: %1 could not be written (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln conversation to %1.</numerusform>
            <numerusform>Exported %Ln conversations to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageLayout</name>
    <message numerus="yes">
        <source>▸ Reasoning (%Ln characters)</source>
        <translation>
            <numerusform>▸ Reasoning (%Ln character)</numerusform>
            <numerusform>▸ Reasoning (%Ln characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>total %1 over %n attempt(s)</source>
        <translation>
            <numerusform>total %1 over %n attempt</numerusform>
            <numerusform>total %1 over %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation>
            <numerusform>%Ln model</numerusform>
            <numerusform>%Ln models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsBar</name>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cost(s) unknown</source>
        <translation>
            <numerusform>%Ln cost unknown</numerusform>
            <numerusform>%Ln costs unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln request(s), %2 → %3 tokens, %4</source>
        <translation>
            <numerusform>%1: %Ln request, %2 → %3 tokens, %4</numerusform>
            <numerusform>%1: %Ln requests, %2 → %3 tokens, %4</numerusform>
        </translation>
    </message>
</context>
</TS>
