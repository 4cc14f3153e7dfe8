<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>เกี่ยวกับ %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>เวอร์ชัน %1</translation>
    </message>
    <message>
        <source>A native chat client for OpenAI-compatible APIs that shows what every message costs and how fast it is.</source>
        <translation>ไคลเอนต์แชตแบบเนทีฟสำหรับ API ที่เข้ากันได้กับ OpenAI ซึ่งแสดงค่าใช้จ่ายและความเร็วของทุกข้อความ</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>สร้างด้วย Qt %1 และทำงานบน Qt %2</translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation>เผยแพร่ภายใต้สัญญาอนุญาต MIT</translation>
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
        <translation>วิธีใช้: tally-cli [--help] [--version] COMMAND [OPTIONS]

เครื่องมือบรรทัดคำสั่งคู่กับ Tally: ใช้โปรไฟล์ พวงกุญแจ และฐานข้อมูลบทสนทนาร่วมกับแอป Tally

ตัวเลือก:
  -h, --help       แสดงวิธีใช้นี้แล้วออก
  -v, --version    แสดงเวอร์ชันแล้วออก
</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>แสดงวิธีใช้</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>แสดงเวอร์ชัน</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>คำสั่งที่จะเรียกใช้</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>ไม่ได้ระบุคำสั่ง</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>ไม่รู้จักคำสั่ง: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>พิมพ์ข้อความ</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>ส่งข้อความ</translation>
    </message>
    <message>
        <source>No provider is set up yet.</source>
        <translation>ยังไม่ได้ตั้งค่าผู้ให้บริการ</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>Search conversations</source>
        <translation>ค้นหาบทสนทนา</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>แชตใหม่</translation>
    </message>
    <message>
        <source>Start a new conversation (%1)</source>
        <translation>เริ่มบทสนทนาใหม่ (%1)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>ยังไม่มีบทสนทนา</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find in Conversations</source>
        <translation>ค้นหาในบทสนทนา(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>แสดงแถบด้านข้าง(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tally</source>
        <translation>เกี่ยวกับ Tally(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>เกี่ยวกับ Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>StatsBar</name>
    <message>
        <source>Usage statistics</source>
        <translation>สถิติการใช้งาน</translation>
    </message>
    <message numerus="yes">
        <source>This session: %Ln request(s)</source>
        <translation>
            <numerusform>เซสชันนี้: %Ln คำขอ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation transcript</source>
        <translation>บันทึกบทสนทนา</translation>
    </message>
    <message>
        <source>Messages of the selected conversation appear here.</source>
        <translation>ข้อความของบทสนทนาที่เลือกจะแสดงที่นี่</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tally, a chat client for LLM APIs</source>
        <translation>Tally ไคลเอนต์แชตสำหรับ API ของ LLM</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>แสดงเวอร์ชันแล้วออก</translation>
    </message>
</context>
</TS>
