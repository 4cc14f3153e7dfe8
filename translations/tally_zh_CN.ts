<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>A native chat client for OpenAI-compatible APIs that shows what every message costs and how fast it is.</source>
        <translation>一款适用于 OpenAI 兼容 API 的原生聊天客户端，可显示每条消息的费用和响应速度。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>使用 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation>基于 MIT 许可证发布。</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: tally-cli [--help] [--version] COMMAND [OPTIONS]

Tally&apos;s command-line companion: it shares profiles, the keychain and the conversation database with the Tally app.

Options:
  -h, --help       Show this help and exit.
  -v, --version    Show the version and exit.
</source>
        <translation>用法：tally-cli [--help] [--version] COMMAND [OPTIONS]

Tally 的命令行配套工具：与 Tally 应用共享配置文件、钥匙串和对话数据库。

选项：
  -h, --help       显示此帮助并退出。
  -v, --version    显示版本并退出。
</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>显示帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>输入消息</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>No provider is set up yet.</source>
        <translation>尚未设置服务提供商。</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>Start a new conversation (%1)</source>
        <translation>开始新对话 (%1)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>暂无对话。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find in Conversations</source>
        <translation>在对话中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>显示侧边栏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tally</source>
        <translation>关于 Tally(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>StatsBar</name>
    <message>
        <source>Usage statistics</source>
        <translation>使用统计</translation>
    </message>
    <message numerus="yes">
        <source>This session: %Ln request(s)</source>
        <translation>
            <numerusform>本次会话：%Ln 个请求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation transcript</source>
        <translation>对话记录</translation>
    </message>
    <message>
        <source>Messages of the selected conversation appear here.</source>
        <translation>所选对话的消息将显示在此处。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tally, a chat client for LLM APIs</source>
        <translation>Tally，一款适用于 LLM API 的聊天客户端</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
</context>
</TS>
