<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A native chat client for OpenAI-compatible APIs that shows what every message costs and how fast it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No API key is set for this provider (the placeholder YOUR_HOLYSHEEP_API_KEY is not a key). Get a key from the provider&apos;s dashboard (for HolySheep: https://www.holysheep.ai/register) and add it in Settings, or set the key&apos;s environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused access (HTTP 403): this key may not use this model or endpoint. Check the key&apos;s permissions or choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the API key (HTTP 401). Check that the key is complete, has no extra spaces and belongs to this provider, then update it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account with this provider has no credit or quota left. Top up or check your plan on the provider&apos;s billing page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the provider asks you to slow down (HTTP 429). Wait a moment and try again, or lower the requests per minute in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context window. Shorten it (remove older messages or start a new conversation) or lower the maximum reply length, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not offer the requested model. Choose a model from the provider&apos;s model list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has no chat endpoint at this address (HTTP 404). Check the base URL: most providers need it to end in /v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request as invalid (HTTP %1). See the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had a server error (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the provider: %1. Check your connection and proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent no data for too long and the request was stopped. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was cut off before it finished. The text so far is kept: you can continue it or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The text so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL redirected to %1. Use that address as the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL answered with a redirect (HTTP %1) to no address. Check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider settings are not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read as a chat reply (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally will not send your API key unencrypted to %1 over http://. Use an https:// address, or allow keys over http for this profile if the network is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Tally could not save its settings to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;default font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript font size in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main window changes language at once; this dialog follows the next time it opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetStatus</name>
    <message>
        <source>This conversation has cost %1 of its %2 budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s replies have cost %1 of the %2 daily budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s replies have cost %1 of the %2 monthly budget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatCommand</name>
    <message>
        <source>--save takes a conversation id (a number), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a prompt and stream the reply to stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id (default: the profile&apos;s default model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum reply length in tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request without streaming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the stats object to FILE when done, even on failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the model&apos;s reasoning text to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt; read from stdin when absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--temperature must be a number from 0 to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-tokens must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt: give it as an argument or on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read stdin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (retry %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in conversation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the stats to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatDefaultsPage</name>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum reply length in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions sent at the start of every conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of tokens (1 to 10,000,000), or leave it empty for the provider&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name new conversations with a model after the first reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One short extra request; its cost is counted in the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversation&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for &amp;titles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Provider profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider profile this conversation uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature: lower is more focused, higher more varied (0-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stream event was not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply was not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ended without a finish marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply took longer than %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: tally-cli [--help] [--version] COMMAND [OPTIONS]

Tally&apos;s command-line companion: it shares profiles, the keychain and the conversation database with the Tally app.

Commands:
  chat [PROMPT]    Send a prompt; the reply streams to stdout.
  models           List the provider&apos;s models.
  conversations    list | export ID --format md|json|csv | import FILE
  profiles         list | show NAME | add NAME --base-url URL | remove NAME | default NAME
  key              set NAME (key on stdin) | delete NAME | status NAME

Options:
  -h, --help       Show this help and exit.
  -v, --version    Show the version and exit.

Run `tally-cli COMMAND --help` for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message (Enter sends, Shift+Enter starts a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost of this send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>HTTP proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer within %Ln second(s).</source>
        <translation>
            <numerusform>No answer within %Ln second.</numerusform>
            <numerusform>No answer within %Ln seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationExporter</name>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number or null, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number or null, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a time such as 2026-11-28T00:40:12.345Z, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object or null, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number when the cost is %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 0 or more, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given, but %2 is null; stats need usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still being received when exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 tokens (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 → %2 tokens (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Tally conversation export (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version must be a format version such as %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation was written by a newer Tally (format version %1); update Tally to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationSession</name>
    <message>
        <source>There is no question to answer again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsCommand</name>
    <message>
        <source>List, export and import conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: md, json or csv (usage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, export ID or import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: list, export ID or import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be md, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation with this id was already in the database; the import is a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation id (see `tally-cli conversations list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostEstimate</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a question asked before, word for word, from a local &amp;cache (costs nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a cached reply is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export all conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget per conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a budget is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn, and send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a cached reply for this many &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per c&amp;onversation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When one is &amp;reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs in other currencies are not converted and do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all conversations to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp; privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of hours from 1 to 8,760 (a year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter each budget as an amount of 0 or more, such as 5 or 2.50, or leave it empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the currency as a three-letter code such as USD or CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Exported %1 of %2…</source>
        <translation type="unfinished"></translation>
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
    <name>Database</name>
    <message>
        <source>Tally cannot read its database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tally database (it is not an SQLite file). Tally has left it exactly as it is; you can start a new database beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally cannot create its data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). Tally has left it exactly as it is; you can start a new database beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Tally (schema %2; this version understands up to %3). Update Tally to open it; it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade, but it cannot be written. Make it writable and start Tally again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally cannot open its database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally could not keep a copy of the database before upgrading it (%1), so it did not upgrade. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed, and the database was left at version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointOptions</name>
    <message>
        <source>Provider base URL, instead of a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a saved provider profile (default: the default profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;. Profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>API key (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tally-cli key set NAME | delete NAME | status NAME
  set     read the key from stdin and store it in the OS keychain
  delete  remove the profile&apos;s key from the keychain
  status  say where the profile&apos;s key comes from
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tally-cli key set NAME | delete NAME | status NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; (see `tally-cli profiles list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be deleted from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was given on stdin (the placeholder YOUR_HOLYSHEEP_API_KEY does not count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not stored: the OS keychain is not available (%1). Tally never writes keys to files. Start a keyring (GNOME Keyring, KWallet) and try again, or put the key in the environment variable %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation database is read-only: you can read, but new messages cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for the profile &quot;%1&quot;. Store one with `tally-cli key set %1`, or set the environment variable %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation database is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. &lt;a href=&quot;tally:undo-delete&quot;&gt;Undo&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;Tally conversation (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln older message(s) were left out of this request so it fits the model&apos;s context window.</source>
        <translation>
            <numerusform>%Ln older message was left out of this request so it fits the model&apos;s context window.</numerusform>
            <numerusform>%Ln older messages were left out of this request so it fits the model&apos;s context window.</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 before the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price unknown for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit the %1-token context window: shorten the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to set the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your balance on the provider&apos;s billing page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue exactly where your last reply stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the key for the profile &quot;%1&quot; with &lt;code&gt;tally-cli key set %1&lt;/code&gt; (it reads the key from the terminal and keeps it in the system keychain), or set the environment variable %2 before starting Tally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is paused by your budget. Change it in Settings › Data &amp; privacy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelListRequest</name>
    <message>
        <source>the model list was not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsCommand</name>
    <message>
        <source>List the models the provider offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the provider&apos;s models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models the provider offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick from the list or type a model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context window in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the model list from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context window: %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation>
            <numerusform>%Ln model</numerusform>
            <numerusform>%Ln models</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the window as a whole number of tokens, or leave it empty if unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices for this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models &amp; prices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Seconds without data before a reply stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a reply after this many &amp;seconds without data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic &amp;retries before the first text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per &amp;minute, per profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of seconds from 5 to 3,600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 100,000, or leave it empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most seconds one reply may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers on this computer (localhost) are always reached directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a reply after this many seconds in &amp;total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is stored in the OS keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address only, such as proxy.example.com, without http:// or a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the port as a number from 1 to 65,535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of seconds from 10 to 86,400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy password was not stored in the OS keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the stored proxy password when you apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password will be deleted from the OS keychain when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy password could not be deleted from the OS keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <source>Prices per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;bundled prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per million tokens, in the provider&apos;s currency. An empty cached-input price means cached tokens cost the input price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited in Tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: enter the model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): prices are numbers of 0 or more, per million tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): the currency is a three-letter code such as USD or CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo my price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the bundled price, or remove a price you added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDraft</name>
    <message>
        <source>The key for &quot;%1&quot; was not stored in the OS keychain: %2. Tally never writes keys to files; the key is kept in this dialog so you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key could not be deleted from the OS keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>&quot;%1&quot; is not a usable profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only profile; add another one before removing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>Manage provider profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a preset: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show NAME, add NAME, remove NAME or default NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: list, show NAME, add NAME --base-url URL, remove NAME or default NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: %1
preset: %2
base URL: %3
model: %4
context window: %5
key: %6
key variable: %7
HTTP/2: %8
key over plain http: %9
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra headers: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;. Presets: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 preset needs --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was removed, but its key could not be deleted from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile from a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HTTP/&amp;2 when the server offers it (https only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending the key over unencrypted &amp;http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on the network path can read a key sent over http://. Only allow this for a server on a network you trust. Servers on this computer never need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra HTTP headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, for example
HTTP-Referer: https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit: it is what tally-cli --profile takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address without a query, such as https://api.holysheep.ai/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment variable name has letters, digits and &apos;_&apos;, and does not start with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header: write one &quot;Name: value&quot; per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider needs no key. A key typed here is stored and sent anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the OS keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the key from the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using a key kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1). Put the key in the environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key stored yet. Type it here; it goes to the OS keychain when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;. Rename it here if you like; nothing is saved until you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a copy without a key: keys are not copied between profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; and its stored key will be removed when you apply. Cancel keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: HTTP %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the address failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the stored key when you apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key will be deleted from the OS keychain when you apply. Cancel keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Usage statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT p50 %1 ms, p99 %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The disk is full, so Tally could not save. Nothing already saved was lost and the unsaved text is still open; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally cannot write to its database (%1). Check the permissions of the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another Tally window or tally-cli. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Tally has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsSupport</name>
    <message>
        <source>This copy of Tally cannot make secure (https) connections: Qt found no TLS backend. Reinstall Tally, or install Qt&apos;s TLS plugin and OpenSSL. Local http:// servers still work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message numerus="yes">
        <source>Show %Ln earlier message(s)</source>
        <translation>
            <numerusform>Show %Ln earlier message</numerusform>
            <numerusform>Show %Ln earlier messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of the selected conversation appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to latest ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>▸ Reasoning (%Ln characters)</source>
        <translation>
            <numerusform>▸ Reasoning (%Ln character)</numerusform>
            <numerusform>▸ Reasoning (%Ln characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>▾ Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tally, a chat client for LLM APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
