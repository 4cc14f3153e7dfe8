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
    <name>ApiError</name>
    <message>
        <source>No API key is set for this provider (the placeholder YOUR_HOLYSHEEP_API_KEY is not a key). Get a key from the provider&apos;s dashboard (for HolySheep: https://www.holysheep.ai/register) and add it in Settings, or set the key&apos;s environment variable.</source>
        <translation>ยังไม่ได้ตั้งค่าคีย์ API สำหรับผู้ให้บริการนี้ (YOUR_HOLYSHEEP_API_KEY เป็นเพียงข้อความตัวยึดตำแหน่ง ไม่ใช่คีย์จริง) รับคีย์จากแดชบอร์ดของผู้ให้บริการ (สำหรับ HolySheep: https://www.holysheep.ai/register) แล้วเพิ่มในการตั้งค่า หรือตั้งค่าตัวแปรสภาพแวดล้อมของคีย์</translation>
    </message>
    <message>
        <source>The provider refused access (HTTP 403): this key may not use this model or endpoint. Check the key&apos;s permissions or choose another model.</source>
        <translation>ผู้ให้บริการปฏิเสธการเข้าถึง (HTTP 403): คีย์นี้อาจไม่มีสิทธิ์ใช้โมเดลหรือเอนด์พอยต์นี้ ตรวจสอบสิทธิ์ของคีย์หรือเลือกโมเดลอื่น</translation>
    </message>
    <message>
        <source>The provider rejected the API key (HTTP 401). Check that the key is complete, has no extra spaces and belongs to this provider, then update it in Settings.</source>
        <translation>ผู้ให้บริการปฏิเสธคีย์ API (HTTP 401) ตรวจสอบว่าคีย์ครบถ้วน ไม่มีช่องว่างเกิน และเป็นคีย์ของผู้ให้บริการนี้ แล้วอัปเดตคีย์ในการตั้งค่า</translation>
    </message>
    <message>
        <source>Your account with this provider has no credit or quota left. Top up or check your plan on the provider&apos;s billing page.</source>
        <translation>บัญชีของคุณกับผู้ให้บริการนี้ไม่มีเครดิตหรือโควตาเหลือแล้ว เติมเงินหรือตรวจสอบแพ็กเกจของคุณในหน้าการเรียกเก็บเงินของผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Too many requests: the provider asks you to slow down (HTTP 429). Wait a moment and try again, or lower the requests per minute in Settings.</source>
        <translation>คำขอมากเกินไป: ผู้ให้บริการขอให้ลดความถี่ในการส่งคำขอ (HTTP 429) รอสักครู่แล้วลองอีกครั้ง หรือลดจำนวนคำขอต่อนาทีในการตั้งค่า</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context window. Shorten it (remove older messages or start a new conversation) or lower the maximum reply length, then send again.</source>
        <translation>บทสนทนายาวเกินหน้าต่างบริบทของโมเดล ทำให้บทสนทนาสั้นลง (ลบข้อความเก่าหรือเริ่มบทสนทนาใหม่) หรือลดความยาวคำตอบสูงสุด แล้วส่งอีกครั้ง</translation>
    </message>
    <message>
        <source>The provider does not offer the requested model. Choose a model from the provider&apos;s model list.</source>
        <translation>ผู้ให้บริการไม่มีโมเดลที่ร้องขอ เลือกโมเดลจากรายการโมเดลของผู้ให้บริการ</translation>
    </message>
    <message>
        <source>The provider has no chat endpoint at this address (HTTP 404). Check the base URL: most providers need it to end in /v1.</source>
        <translation>ไม่พบเอนด์พอยต์แชตของผู้ให้บริการที่ที่อยู่นี้ (HTTP 404) ตรวจสอบ URL ฐาน: ผู้ให้บริการส่วนใหญ่กำหนดให้ลงท้ายด้วย /v1</translation>
    </message>
    <message>
        <source>The provider refused the request as invalid (HTTP %1). See the details below.</source>
        <translation>ผู้ให้บริการปฏิเสธคำขอเนื่องจากไม่ถูกต้อง (HTTP %1) ดูรายละเอียดด้านล่าง</translation>
    </message>
    <message>
        <source>The provider had a server error (HTTP %1). Try again in a moment.</source>
        <translation>เซิร์ฟเวอร์ของผู้ให้บริการเกิดข้อผิดพลาด (HTTP %1) ลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>Could not reach the provider: %1. Check your connection and proxy settings.</source>
        <translation>ไม่สามารถเชื่อมต่อกับผู้ให้บริการ: %1 ตรวจสอบการเชื่อมต่อและการตั้งค่าพร็อกซี</translation>
    </message>
    <message>
        <source>The provider sent no data for too long and the request was stopped. Try again.</source>
        <translation>ผู้ให้บริการไม่ได้ส่งข้อมูลเป็นเวลานานเกินไป คำขอจึงถูกหยุด ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The reply was cut off before it finished. The text so far is kept: you can continue it or try again.</source>
        <translation>คำตอบถูกตัดก่อนจะเสร็จสมบูรณ์ ข้อความที่ได้รับแล้วยังเก็บไว้: คุณสามารถให้ตอบต่อหรือลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Stopped. The text so far is kept.</source>
        <translation>หยุดแล้ว ข้อความที่ได้รับแล้วยังเก็บไว้</translation>
    </message>
    <message>
        <source>The base URL redirected to %1. Use that address as the base URL.</source>
        <translation>URL ฐานเปลี่ยนเส้นทางไปยัง %1 ใช้ที่อยู่นั้นเป็น URL ฐานแทน</translation>
    </message>
    <message>
        <source>The base URL answered with a redirect (HTTP %1) to no address. Check the base URL.</source>
        <translation>URL ฐานตอบกลับด้วยการเปลี่ยนเส้นทาง (HTTP %1) แต่ไม่ได้ระบุที่อยู่ปลายทาง ตรวจสอบ URL ฐาน</translation>
    </message>
    <message>
        <source>The provider settings are not usable.</source>
        <translation>การตั้งค่าผู้ให้บริการใช้งานไม่ได้</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read as a chat reply (%1).</source>
        <translation>ไม่สามารถอ่านการตอบกลับของผู้ให้บริการเป็นคำตอบแชตได้ (%1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>provider says: %1</source>
        <translation>ผู้ให้บริการแจ้งว่า: %1</translation>
    </message>
    <message>
        <source>request id: %1</source>
        <translation>รหัสคำขอ: %1</translation>
    </message>
    <message>
        <source>Tally will not send your API key unencrypted to %1 over http://. Use an https:// address, or allow keys over http for this profile if the network is trusted.</source>
        <translation>Tally จะไม่ส่งคีย์ API ของคุณไปยัง %1 ผ่าน http:// โดยไม่เข้ารหัส ใช้ที่อยู่ https:// หรืออนุญาตให้ส่งคีย์ผ่าน http สำหรับโปรไฟล์นี้หากเครือข่ายเชื่อถือได้</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>The reply was cut off before it finished: %1. The text so far is kept: you can continue it or try again.</source>
        <translation>คำตอบถูกตัดก่อนจะเสร็จสมบูรณ์: %1 ข้อความที่ได้รับแล้วยังเก็บไว้: คุณสามารถให้ตอบต่อหรือลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Tally could not save its settings to %1.</source>
        <translation>Tally ไม่สามารถบันทึกการตั้งค่าลงใน %1</translation>
    </message>
    <message>
        <source>The price overrides in %1 are not a list of rows; none of them was used.</source>
        <translation>ราคาที่กำหนดเองใน %1 ไม่ใช่รายการแถว จึงไม่ได้ใช้รายการใดเลย</translation>
    </message>
    <message>
        <source>Price override %1 in %2 is not valid JSON (%3); it was left out, the others are used.</source>
        <translation>ราคาที่กำหนดเองรายการที่ %1 ใน %2 ไม่ใช่ JSON ที่ถูกต้อง (%3) จึงถูกข้ามไป รายการอื่นยังใช้อยู่</translation>
    </message>
    <message>
        <source>Price override %1 in %2 is not an object; it was left out, the others are used.</source>
        <translation>ราคาที่กำหนดเองรายการที่ %1 ใน %2 ไม่ใช่ออบเจ็กต์ จึงถูกข้ามไป รายการอื่นยังใช้อยู่</translation>
    </message>
    <message>
        <source>Price override %1 (%2) in %3 was left out, the others are used: %4</source>
        <translation>ราคาที่กำหนดเองรายการที่ %1 (%2) ใน %3 ถูกข้ามไป รายการอื่นยังใช้อยู่: %4</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation>ธีม</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ธีม(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา(&amp;L):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>ลักษณะที่ปรากฏ</translation>
    </message>
    <message>
        <source>Use the &amp;default font</source>
        <translation>ใช้แบบอักษรเริ่มต้น(&amp;D)</translation>
    </message>
    <message>
        <source>Transcript font</source>
        <translation>แบบอักษรของบันทึกบทสนทนา</translation>
    </message>
    <message>
        <source>Transcript font size in points</source>
        <translation>ขนาดแบบอักษรของบันทึกบทสนทนา (พอยต์)</translation>
    </message>
    <message>
        <source>Default size</source>
        <translation>ขนาดเริ่มต้น</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> พอยต์</translation>
    </message>
    <message>
        <source>Transcript &amp;font:</source>
        <translation>แบบอักษรของบันทึกบทสนทนา(&amp;F):</translation>
    </message>
    <message>
        <source>The main window changes language at once; this dialog follows the next time it opens.</source>
        <translation>หน้าต่างหลักจะเปลี่ยนภาษาทันที ส่วนกล่องโต้ตอบนี้จะเปลี่ยนตามเมื่อเปิดครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>BenchChecks</name>
    <message>
        <source>Little&apos;s law: %1 req/s x %2 ms mean = %3 in flight on average (concurrency %4).</source>
        <translation>กฎของลิตเติล: %1 คำขอ/วินาที x ค่าเฉลี่ย %2 มิลลิวินาที = ดำเนินการพร้อมกันเฉลี่ย %3 คำขอ (ความพร้อมกัน %4)</translation>
    </message>
    <message>
        <source>Little&apos;s law: %1 req/s x %2 ms mean = %3 in flight on average.</source>
        <translation>กฎของลิตเติล: %1 คำขอ/วินาที x ค่าเฉลี่ย %2 มิลลิวินาที = ดำเนินการพร้อมกันเฉลี่ย %3 คำขอ</translation>
    </message>
    <message>
        <source>Peak in flight: %1 of %2 configured (network managers: %3).</source>
        <translation>ดำเนินการพร้อมกันสูงสุด: %1 จาก %2 ที่กำหนดไว้ (ตัวจัดการเครือข่าย: %3)</translation>
    </message>
    <message>
        <source>p99 rests on %1 samples.</source>
        <translation>p99 อิงจากตัวอย่าง %1 รายการ</translation>
    </message>
    <message>
        <source>p99 rests on only %1 samples (fewer than %2): it is the slowest request or two, not a tail.</source>
        <translation>p99 อิงจากตัวอย่างเพียง %1 รายการ (น้อยกว่า %2): เป็นเพียงคำขอที่ช้าที่สุดหนึ่งหรือสองรายการ ไม่ใช่ส่วนหาง</translation>
    </message>
    <message>
        <source>%1 of %2 replies came without usage: their tokens are Tally&apos;s estimate.</source>
        <translation>คำตอบ %1 จาก %2 รายการไม่มีข้อมูลการใช้งาน: จำนวนโทเค็นของคำตอบเหล่านั้นเป็นค่าที่ Tally ประมาณการ</translation>
    </message>
    <message>
        <source>%1 requests were rate limited (429; Retry-After up to %2 s): the figures show the provider&apos;s limit, not its speed.</source>
        <translation>คำขอ %1 รายการถูกจำกัดอัตรา (429; Retry-After สูงสุด %2 วินาที): ตัวเลขนี้สะท้อนขีดจำกัดของผู้ให้บริการ ไม่ใช่ความเร็ว</translation>
    </message>
    <message>
        <source>%1 requests were rate limited (429): the figures show the provider&apos;s limit, not its speed.</source>
        <translation>คำขอ %1 รายการถูกจำกัดอัตรา (429): ตัวเลขนี้สะท้อนขีดจำกัดของผู้ให้บริการ ไม่ใช่ความเร็ว</translation>
    </message>
    <message>
        <source>Tally used %1% of one CPU core: the figures are the server&apos;s, not the client&apos;s.</source>
        <translation>Tally ใช้ CPU %1% ของหนึ่งคอร์: ตัวเลขเหล่านี้เป็นของเซิร์ฟเวอร์ ไม่ใช่ของไคลเอนต์</translation>
    </message>
    <message>
        <source>Tally used %1% of one CPU core: it is near its own ceiling, so the figures may be Tally&apos;s limit (see tally-cli bench --self-test).</source>
        <translation>Tally ใช้ CPU %1% ของหนึ่งคอร์: ใกล้ถึงขีดจำกัดของตัวเองแล้ว ตัวเลขจึงอาจเป็นขีดจำกัดของ Tally (ดู tally-cli bench --self-test)</translation>
    </message>
    <message>
        <source>%1% of the prompt tokens were served from the provider&apos;s cache.</source>
        <translation>โทเค็นพรอมต์ %1% ได้มาจากแคชของผู้ให้บริการ</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>Benchmark a provider: latency (TTFT, ITL, TPOT, E2E), throughput, errors and cost, measured the same way every time.</source>
        <translation>วัดประสิทธิภาพผู้ให้บริการ: ความหน่วง (TTFT, ITL, TPOT, E2E) ปริมาณงาน ข้อผิดพลาด และค่าใช้จ่าย โดยวัดด้วยวิธีเดียวกันทุกครั้ง</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>อาร์กิวเมนต์ที่ไม่คาดคิด: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>ไม่สามารถอ่าน %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ไม่สามารถเขียน %1: %2</translation>
    </message>
    <message>
        <source>This run costs at most %1 (N = %2 with the warm-up, each the largest prompt and max_tokens; estimated).</source>
        <translation>การวัดครั้งนี้มีค่าใช้จ่ายไม่เกิน %1 (N = %2 รวมการวอร์มอัป แต่ละคำขอคิดจากพรอมต์ที่ยาวที่สุดและ max_tokens; ประมาณการ)</translation>
    </message>
    <message>
        <source>Could not write to %1; the run goes on.</source>
        <translation>ไม่สามารถเขียนลงใน %1 แต่การวัดยังคงดำเนินต่อไป</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>ไม่สามารถเขียน %1: %2</translation>
    </message>
    <message>
        <source>The loopback server could not start: %1</source>
        <translation>ไม่สามารถเริ่มเซิร์ฟเวอร์ลูปแบ็ก: %1</translation>
    </message>
</context>
<context>
    <name>BenchHistoryPanel</name>
    <message>
        <source>Past benchmark runs</source>
        <translation>ผลการวัดประสิทธิภาพที่ผ่านมา</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>เอนด์พอยต์</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>โหลด</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>คำขอ/วินาที</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Selected runs side by side</source>
        <translation>การวัดที่เลือกแบบเทียบข้างกัน</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>ส่งออก CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>ส่งออก JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>คัดลอกเป็น Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Select two runs to see them side by side.</source>
        <translation>เลือกการวัดสองรายการเพื่อเทียบข้างกัน</translation>
    </message>
    <message>
        <source>The conversation database is not open, so this run is not kept.</source>
        <translation>ฐานข้อมูลบทสนทนาไม่ได้เปิดอยู่ จึงไม่ได้เก็บผลการวัดนี้ไว้</translation>
    </message>
    <message>
        <source>The run could not be stored: %1</source>
        <translation>ไม่สามารถจัดเก็บผลการวัด: %1</translation>
    </message>
    <message>
        <source>The conversation database is not open, so there is no history.</source>
        <translation>ฐานข้อมูลบทสนทนาไม่ได้เปิดอยู่ จึงไม่มีประวัติ</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Export benchmark runs</source>
        <translation>ส่งออกผลการวัดประสิทธิภาพ</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>ส่งออกไปยัง %1 แล้ว</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>ไม่สามารถเขียน %1: %2</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ไฟล์ JSON (*.json)</translation>
    </message>
    <message>
        <source>Copied as a Markdown table.</source>
        <translation>คัดลอกเป็นตาราง Markdown แล้ว</translation>
    </message>
</context>
<context>
    <name>BenchLivePanel</name>
    <message>
        <source>Benchmark progress</source>
        <translation>ความคืบหน้าการวัดประสิทธิภาพ</translation>
    </message>
    <message>
        <source>Latency shown in the histogram</source>
        <translation>ความหน่วงที่แสดงในฮิสโทแกรม</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>E2E latency</source>
        <translation>ความหน่วง E2E</translation>
    </message>
    <message>
        <source>ITL (per token)</source>
        <translation>ITL (ต่อโทเค็น)</translation>
    </message>
    <message>
        <source>Benchmark result</source>
        <translation>ผลการวัดประสิทธิภาพ</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Histogram:</source>
        <translation>ฮิสโทแกรม:</translation>
    </message>
    <message>
        <source>Choose what to run and press Start.</source>
        <translation>เลือกสิ่งที่จะวัดแล้วกดเริ่ม</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>กำลังวอร์มอัป</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v จาก %m</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>เหลืออีกประมาณ %1</translation>
    </message>
    <message>
        <source>%1 req/s · %2 tok/s · in flight %3 · TTFT p50 %4, p99 %5 · E2E p50 %6, p99 %7 · errors %8</source>
        <translation>%1 คำขอ/วินาที · %2 โทเค็น/วินาที · กำลังดำเนินการ %3 · TTFT p50 %4, p99 %5 · E2E p50 %6, p99 %7 · ข้อผิดพลาด %8</translation>
    </message>
</context>
<context>
    <name>BenchOptions</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 ต้องเป็นจำนวนเต็มตั้งแต่ %2 ถึง %3 ไม่ใช่ &quot;%4&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a number above 0, not &quot;%2&quot;.</source>
        <translation>--%1 ต้องเป็นตัวเลขที่มากกว่า 0 ไม่ใช่ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Measured requests (default 100).</source>
        <translation>จำนวนคำขอที่วัด (ค่าเริ่มต้น 100)</translation>
    </message>
    <message>
        <source>Closed loop: requests always in flight (default 10).</source>
        <translation>ลูปปิด: จำนวนคำขอที่ดำเนินการอยู่ตลอดเวลา (ค่าเริ่มต้น 10)</translation>
    </message>
    <message>
        <source>Open loop: requests per second, whatever the server does.</source>
        <translation>ลูปเปิด: จำนวนคำขอต่อวินาที ไม่ว่าเซิร์ฟเวอร์จะตอบสนองอย่างไร</translation>
    </message>
    <message>
        <source>Open loop arrivals: poisson (default) or constant.</source>
        <translation>การมาถึงของคำขอในลูปเปิด: poisson (ค่าเริ่มต้น) หรือ constant</translation>
    </message>
    <message>
        <source>Open loop: most requests in flight (default 1000).</source>
        <translation>ลูปเปิด: จำนวนคำขอที่ดำเนินการพร้อมกันสูงสุด (ค่าเริ่มต้น 1000)</translation>
    </message>
    <message>
        <source>Seed for Poisson arrivals, to repeat a run.</source>
        <translation>ค่า seed สำหรับการมาถึงแบบปัวซอง เพื่อให้วัดซ้ำได้เหมือนเดิม</translation>
    </message>
    <message>
        <source>Requests sent first and left out of the figures (default 2).</source>
        <translation>คำขอที่ส่งก่อนและไม่นับรวมในตัวเลข (ค่าเริ่มต้น 2)</translation>
    </message>
    <message>
        <source>Model id (default: the profile&apos;s default model).</source>
        <translation>รหัสโมเดล (ค่าเริ่มต้น: โมเดลเริ่มต้นของโปรไฟล์)</translation>
    </message>
    <message>
        <source>Maximum reply length in tokens (default 128).</source>
        <translation>ความยาวคำตอบสูงสุด (จำนวนโทเค็น ค่าเริ่มต้น 128)</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>อุณหภูมิในการสุ่ม ตั้งแต่ 0 ถึง 2</translation>
    </message>
    <message>
        <source>Requests without streaming.</source>
        <translation>ส่งคำขอโดยไม่สตรีม</translation>
    </message>
    <message>
        <source>The prompt to send.</source>
        <translation>พรอมต์ที่จะส่ง</translation>
    </message>
    <message>
        <source>Prompts from a JSONL file: {&quot;prompt&quot;: ...} or {&quot;messages&quot;: [...]} per line.</source>
        <translation>พรอมต์จากไฟล์ JSONL: บรรทัดละ {&quot;prompt&quot;: ...} หรือ {&quot;messages&quot;: [...]}</translation>
    </message>
    <message>
        <source>Send the prompts as they are (no nonce): caches may answer; the cached share is reported.</source>
        <translation>ส่งพรอมต์ตามที่เป็นอยู่ (ไม่มี nonce): แคชอาจเป็นผู้ตอบ และจะรายงานสัดส่วนที่มาจากแคช</translation>
    </message>
    <message>
        <source>Cost cap in the model&apos;s price currency: no request starts that could pass it (exit 4).</source>
        <translation>เพดานค่าใช้จ่ายในสกุลเงินของราคาโมเดล: จะไม่เริ่มคำขอใดที่อาจทำให้เกินเพดาน (exit 4)</translation>
    </message>
    <message>
        <source>Objectives, e.g. ttft=500ms,e2e:p90=10s,errors=1% (exit 8 when one fails).</source>
        <translation>เป้าหมาย เช่น ttft=500ms,e2e:p90=10s,errors=1% (exit 8 เมื่อไม่ผ่านเป้าหมายใดเป้าหมายหนึ่ง)</translation>
    </message>
    <message>
        <source>Seconds one request may take (default 60).</source>
        <translation>จำนวนวินาทีที่คำขอหนึ่งรายการใช้ได้ (ค่าเริ่มต้น 60)</translation>
    </message>
    <message>
        <source>Write one JSON line per request to FILE as they end.</source>
        <translation>เขียน JSON หนึ่งบรรทัดต่อคำขอลงใน FILE เมื่อแต่ละคำขอสิ้นสุด</translation>
    </message>
    <message>
        <source>Write the result as CSV to FILE.</source>
        <translation>เขียนผลลัพธ์เป็น CSV ลงใน FILE</translation>
    </message>
    <message>
        <source>Print the result as JSON instead of the table.</source>
        <translation>พิมพ์ผลลัพธ์เป็น JSON แทนตาราง</translation>
    </message>
    <message>
        <source>Measure Tally&apos;s own ceiling against an instant server on this machine.</source>
        <translation>วัดขีดจำกัดของ Tally เองกับเซิร์ฟเวอร์ที่ตอบทันทีบนเครื่องนี้</translation>
    </message>
    <message>
        <source>Use --concurrency (closed loop) or --rate (open loop), not both; --max-concurrency caps an open loop.</source>
        <translation>ใช้ --concurrency (ลูปปิด) หรือ --rate (ลูปเปิด) อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง; --max-concurrency ใช้จำกัดลูปเปิด</translation>
    </message>
    <message>
        <source>--arrivals must be poisson or constant, not &quot;%1&quot;.</source>
        <translation>--arrivals ต้องเป็น poisson หรือ constant ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--seed must be a whole number above 0.</source>
        <translation>--seed ต้องเป็นจำนวนเต็มที่มากกว่า 0</translation>
    </message>
    <message>
        <source>--temperature must be a number from 0 to 2.</source>
        <translation>--temperature ต้องเป็นตัวเลขตั้งแต่ 0 ถึง 2</translation>
    </message>
    <message>
        <source>Use --prompt or --prompts, not both.</source>
        <translation>ใช้ --prompt หรือ --prompts อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
</context>
<context>
    <name>BenchProgressLine</name>
    <message>
        <source>warming up… %1 in flight</source>
        <translation>กำลังวอร์มอัป… ดำเนินการอยู่ %1</translation>
    </message>
    <message>
        <source>%1/%2 · in flight %3 · %4 req/s · errors %5 · ETA %6</source>
        <translation>%1/%2 · กำลังดำเนินการ %3 · %4 คำขอ/วินาที · ข้อผิดพลาด %5 · เหลืออีกประมาณ %6</translation>
    </message>
</context>
<context>
    <name>BenchRecord</name>
    <message>
        <source>success</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <source>rate limited (429)</source>
        <translation>ถูกจำกัดอัตรา (429)</translation>
    </message>
    <message>
        <source>client error (4xx)</source>
        <translation>ข้อผิดพลาดฝั่งไคลเอนต์ (4xx)</translation>
    </message>
    <message>
        <source>server error (5xx)</source>
        <translation>ข้อผิดพลาดฝั่งเซิร์ฟเวอร์ (5xx)</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>หมดเวลา</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>เชื่อมต่อไม่สำเร็จ</translation>
    </message>
    <message>
        <source>error mid-stream</source>
        <translation>ข้อผิดพลาดระหว่างสตรีม</translation>
    </message>
    <message>
        <source>truncated stream</source>
        <translation>สตรีมถูกตัด</translation>
    </message>
    <message>
        <source>empty completion</source>
        <translation>คำตอบว่างเปล่า</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
</context>
<context>
    <name>BenchReport</name>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>no price for this model</source>
        <translation>ไม่มีราคาของโมเดลนี้</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 วินาที</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 มิลลิวินาที</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 ที่ %2</translation>
    </message>
    <message>
        <source>%1 at %2 (profile %3)</source>
        <translation>%1 ที่ %2 (โปรไฟล์ %3)</translation>
    </message>
    <message>
        <source>open loop at %1 req/s</source>
        <translation>ลูปเปิดที่ %1 คำขอ/วินาที</translation>
    </message>
    <message>
        <source>closed loop at concurrency %1</source>
        <translation>ลูปปิดที่ความพร้อมกัน %1</translation>
    </message>
    <message>
        <source>streamed</source>
        <translation>สตรีม</translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation>ไม่สตรีม</translation>
    </message>
    <message>
        <source>%1: N = %2, %3, %4. %5.</source>
        <translation>%1: N = %2, %3, %4 %5</translation>
    </message>
    <message>
        <source>E2E of %1 successful requests</source>
        <translation>E2E ของคำขอที่สำเร็จ %1 รายการ</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>ความหน่วงเฉลี่ย</translation>
    </message>
    <message>
        <source>P50 latency</source>
        <translation>ความหน่วง P50</translation>
    </message>
    <message>
        <source>median E2E</source>
        <translation>ค่ามัธยฐานของ E2E</translation>
    </message>
    <message>
        <source>P99 latency</source>
        <translation>ความหน่วง P99</translation>
    </message>
    <message>
        <source>only %1 samples: not a tail</source>
        <translation>มีตัวอย่างเพียง %1 รายการ: ไม่ใช่ส่วนหาง</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>ตัวอย่าง %1 รายการ</translation>
    </message>
    <message>
        <source>offered %1 req/s, peak in flight %2</source>
        <translation>อัตราที่ส่ง %1 คำขอ/วินาที, ดำเนินการพร้อมกันสูงสุด %2</translation>
    </message>
    <message>
        <source>%1 concurrent, peak in flight %2</source>
        <translation>ความพร้อมกัน %1, ดำเนินการพร้อมกันสูงสุด %2</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>ปริมาณงาน</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 คำขอ/วินาที</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>อัตราข้อผิดพลาด</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
    <message>
        <source>Cost per 1M tokens</source>
        <translation>ค่าใช้จ่ายต่อ 1 ล้านโทเค็น</translation>
    </message>
    <message>
        <source>blended input and output, %1</source>
        <translation>อินพุตและเอาต์พุตรวมกัน, %1</translation>
    </message>
    <message>
        <source>TTFT p50 / p90 / p99</source>
        <translation>TTFT p50 / p90 / p99</translation>
    </message>
    <message>
        <source>send to first text</source>
        <translation>จากส่งถึงข้อความแรก</translation>
    </message>
    <message>
        <source>ITL p50 / p90 / p99</source>
        <translation>ITL p50 / p90 / p99</translation>
    </message>
    <message>
        <source>per token, %1 tokens</source>
        <translation>ต่อโทเค็น, %1 โทเค็น</translation>
    </message>
    <message>
        <source>TPOT p50 / p90 / p99</source>
        <translation>TPOT p50 / p90 / p99</translation>
    </message>
    <message>
        <source>(E2E - TTFT) / (tokens - 1)</source>
        <translation>(E2E - TTFT) / (โทเค็น - 1)</translation>
    </message>
    <message>
        <source>E2E p50 / p90 / p99</source>
        <translation>E2E p50 / p90 / p99</translation>
    </message>
    <message>
        <source>send to last text</source>
        <translation>จากส่งถึงข้อความสุดท้าย</translation>
    </message>
    <message>
        <source>Queueing p50 / p90 / p99</source>
        <translation>การรอคิว p50 / p90 / p99</translation>
    </message>
    <message>
        <source>scheduled to sent; counted in the latencies above</source>
        <translation>จากเวลาที่กำหนดถึงเวลาที่ส่ง นับรวมในความหน่วงข้างต้นแล้ว</translation>
    </message>
    <message>
        <source>Output tokens/s</source>
        <translation>โทเค็นเอาต์พุต/วินาที</translation>
    </message>
    <message>
        <source>all requests together</source>
        <translation>คำขอทั้งหมดรวมกัน</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>ปริมาณงานที่ผ่านเป้าหมาย</translation>
    </message>
    <message>
        <source>%1 requests met every objective</source>
        <translation>คำขอ %1 รายการผ่านทุกเป้าหมาย</translation>
    </message>
    <message>
        <source>SLO %1</source>
        <translation>SLO %1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>ผู้ให้บริการรายงาน</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>ประมาณการ</translation>
    </message>
    <message>
        <source>partly estimated</source>
        <translation>ประมาณการบางส่วน</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>โทเค็นเข้า / ออก</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, %2 cached</source>
        <translation>%1, แคช %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>Cost per request</source>
        <translation>ค่าใช้จ่ายต่อคำขอ</translation>
    </message>
    <message>
        <source>Per 1M input / output</source>
        <translation>ต่อ 1 ล้าน อินพุต / เอาต์พุต</translation>
    </message>
    <message>
        <source>estimated from the price table</source>
        <translation>ประมาณการจากตารางราคา</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>โหลด</translation>
    </message>
    <message>
        <source>open loop</source>
        <translation>ลูปเปิด</translation>
    </message>
    <message>
        <source>closed loop</source>
        <translation>ลูปปิด</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>warm-up left out: %1</source>
        <translation>ไม่นับการวอร์มอัป: %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>การตรวจสอบ:</translation>
    </message>
</context>
<context>
    <name>BenchResult</name>
    <message>
        <source>running</source>
        <translation>กำลังทำงาน</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>เสร็จสมบูรณ์</translation>
    </message>
    <message>
        <source>stopped: partial result</source>
        <translation>หยุดแล้ว: ผลลัพธ์บางส่วน</translation>
    </message>
    <message>
        <source>interrupted: partial result</source>
        <translation>ถูกขัดจังหวะ: ผลลัพธ์บางส่วน</translation>
    </message>
    <message>
        <source>stopped at the cost cap: partial result</source>
        <translation>หยุดที่เพดานค่าใช้จ่าย: ผลลัพธ์บางส่วน</translation>
    </message>
    <message>
        <source>streamed</source>
        <translation>สตรีม</translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation>ไม่สตรีม</translation>
    </message>
    <message>
        <source>%1 req/s offered, %2</source>
        <translation>อัตราที่ส่ง %1 คำขอ/วินาที, %2</translation>
    </message>
    <message>
        <source>%1 in flight, %2</source>
        <translation>ดำเนินการพร้อมกัน %1, %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>BenchRunner</name>
    <message>
        <source>A benchmark is already running.</source>
        <translation>มีการวัดประสิทธิภาพกำลังทำงานอยู่แล้ว</translation>
    </message>
    <message>
        <source>The price table has no price for %1, so a cost cap cannot be kept. Add its price in Settings › Models, or run without a cap.</source>
        <translation>ตารางราคาไม่มีราคาของ %1 จึงไม่สามารถรักษาเพดานค่าใช้จ่ายได้ เพิ่มราคาในการตั้งค่า › โมเดลและราคา หรือวัดโดยไม่ตั้งเพดาน</translation>
    </message>
</context>
<context>
    <name>BenchSelfTest</name>
    <message>
        <source>self-test</source>
        <translation>ทดสอบตัวเอง</translation>
    </message>
    <message>
        <source>Tally self-test: an instant server on this machine, N = %1 (Qt %2, CPUs: %3).</source>
        <translation>การทดสอบตัวเองของ Tally: เซิร์ฟเวอร์ที่ตอบทันทีบนเครื่องนี้, N = %1 (Qt %2, CPU: %3)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>โหมด</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>ดำเนินการพร้อมกัน</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>คำขอ/วินาที</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>server&apos;s own</source>
        <translation>ของเซิร์ฟเวอร์เอง</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>โอเวอร์เฮด</translation>
    </message>
    <message>
        <source>peak connections</source>
        <translation>การเชื่อมต่อสูงสุด</translation>
    </message>
    <message>
        <source>streamed (%1 chunks)</source>
        <translation>สตรีม (%1 ชิ้น)</translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation>ไม่สตรีม</translation>
    </message>
    <message>
        <source>The rates at 10 in flight are the most Tally can measure here: a real run that comes near them measures Tally, not the provider. &quot;overhead&quot; one at a time is what Tally adds to every TTFT it reports; at 10 in flight it includes the wait for this machine&apos;s two cores.</source>
        <translation>อัตราที่ดำเนินการพร้อมกัน 10 คำขอคือค่าสูงสุดที่ Tally วัดได้บนเครื่องนี้: หากการวัดจริงได้ค่าใกล้เคียงนี้ แสดงว่ากำลังวัด Tally ไม่ใช่ผู้ให้บริการ &quot;โอเวอร์เฮด&quot; เมื่อส่งทีละคำขอคือเวลาที่ Tally เพิ่มให้กับทุก TTFT ที่รายงาน ส่วนเมื่อดำเนินการพร้อมกัน 10 คำขอจะรวมเวลารอ CPU สองคอร์ของเครื่องนี้ด้วย</translation>
    </message>
    <message>
        <source>Interrupted: partial result.</source>
        <translation>ถูกขัดจังหวะ: ผลลัพธ์บางส่วน</translation>
    </message>
</context>
<context>
    <name>BenchSetupForm</name>
    <message>
        <source>Profile</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>เพิ่มในคิว(&amp;Q)</translation>
    </message>
    <message>
        <source>Add the model to the queue</source>
        <translation>เพิ่มโมเดลในคิว</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>นำออก(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the model from the queue</source>
        <translation>นำโมเดลออกจากคิว</translation>
    </message>
    <message>
        <source>Models to run, one after another</source>
        <translation>โมเดลที่จะวัด ทีละโมเดลตามลำดับ</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>พรอมต์</translation>
    </message>
    <message>
        <source>Prompt set file (JSONL)</source>
        <translation>ไฟล์ชุดพรอมต์ (JSONL)</translation>
    </message>
    <message>
        <source>or a JSONL prompt set</source>
        <translation>หรือชุดพรอมต์ JSONL</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>เรียกดู(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a prompt set file</source>
        <translation>เลือกไฟล์ชุดพรอมต์</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>จำนวนคำขอ</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>รูปแบบโหลด</translation>
    </message>
    <message>
        <source>Closed loop (concurrency)</source>
        <translation>ลูปปิด (ความพร้อมกัน)</translation>
    </message>
    <message>
        <source>Open loop (rate)</source>
        <translation>ลูปเปิด (อัตรา)</translation>
    </message>
    <message>
        <source>Maximum tokens per reply</source>
        <translation>จำนวนโทเค็นสูงสุดต่อคำตอบ</translation>
    </message>
    <message>
        <source>&amp;Stream the replies</source>
        <translation>สตรีมคำตอบ(&amp;S)</translation>
    </message>
    <message>
        <source>Stream the replies</source>
        <translation>สตรีมคำตอบ</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>โปรไฟล์(&amp;P):</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>โมเดล(&amp;O):</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>คิว:</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>พรอมต์(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation>คำขอ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>โหลด(&amp;L):</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>โทเค็นสูงสุด(&amp;T):</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>คำขอที่ดำเนินการพร้อมกัน</translation>
    </message>
    <message>
        <source> in flight</source>
        <translation> คำขอพร้อมกัน</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>คำขอต่อวินาที</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> ต่อวินาที</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>การมาถึง</translation>
    </message>
    <message>
        <source>Poisson arrivals</source>
        <translation>การมาถึงแบบปัวซอง</translation>
    </message>
    <message>
        <source>Constant arrivals</source>
        <translation>การมาถึงแบบคงที่</translation>
    </message>
    <message>
        <source>Prompt set</source>
        <translation>ชุดพรอมต์</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Type a prompt or choose a prompt set.</source>
        <translation>พิมพ์พรอมต์หรือเลือกชุดพรอมต์</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>ไม่สามารถอ่าน %1: %2</translation>
    </message>
    <message>
        <source>There is no provider profile; add one in Settings › Providers.</source>
        <translation>ยังไม่มีโปรไฟล์ผู้ให้บริการ เพิ่มได้ในการตั้งค่า › ผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Choose a model.</source>
        <translation>เลือกโมเดล</translation>
    </message>
</context>
<context>
    <name>BenchSlo</name>
    <message>
        <source>&quot;%1&quot; is not an objective such as ttft=500ms, e2e:p90=2s, tpot=50ms, itl=30ms or errors=1%.</source>
        <translation>&quot;%1&quot; ไม่ใช่เป้าหมาย เช่น ttft=500ms, e2e:p90=2s, tpot=50ms, itl=30ms หรือ errors=1%</translation>
    </message>
    <message>
        <source>No objective given; for example --slo ttft=500ms,e2e=10s,errors=1%.</source>
        <translation>ไม่ได้ระบุเป้าหมาย ตัวอย่างเช่น --slo ttft=500ms,e2e=10s,errors=1%</translation>
    </message>
</context>
<context>
    <name>BenchSpec</name>
    <message>
        <source>The number of requests must be at least 1.</source>
        <translation>จำนวนคำขอต้องมีอย่างน้อย 1</translation>
    </message>
    <message>
        <source>The number of warm-up requests cannot be negative.</source>
        <translation>จำนวนคำขอวอร์มอัปต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>The concurrency must be at least 1.</source>
        <translation>ความพร้อมกันต้องมีอย่างน้อย 1</translation>
    </message>
    <message>
        <source>The request rate must be more than 0 per second.</source>
        <translation>อัตราคำขอต้องมากกว่า 0 ต่อวินาที</translation>
    </message>
    <message>
        <source>The maximum concurrency must be at least 1.</source>
        <translation>ความพร้อมกันสูงสุดต้องมีอย่างน้อย 1</translation>
    </message>
    <message>
        <source>A benchmark needs max_tokens, so that its cost has a limit.</source>
        <translation>การวัดประสิทธิภาพต้องกำหนด max_tokens เพื่อให้ค่าใช้จ่ายมีขีดจำกัด</translation>
    </message>
    <message>
        <source>The timeout must be more than 0.</source>
        <translation>เวลาหมดเวลาต้องมากกว่า 0</translation>
    </message>
    <message>
        <source>There is no prompt to send.</source>
        <translation>ไม่มีพรอมต์ที่จะส่ง</translation>
    </message>
    <message>
        <source>No model is chosen.</source>
        <translation>ยังไม่ได้เลือกโมเดล</translation>
    </message>
    <message>
        <source>The cost cap must be more than 0.</source>
        <translation>เพดานค่าใช้จ่ายต้องมากกว่า 0</translation>
    </message>
</context>
<context>
    <name>BenchmarkDialog</name>
    <message>
        <source>Benchmark</source>
        <translation>วัดประสิทธิภาพ</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>การวัด(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>ประวัติ(&amp;H)</translation>
    </message>
    <message>
        <source>Stopped; the partial result is kept in the history.</source>
        <translation>หยุดแล้ว ผลลัพธ์บางส่วนเก็บไว้ในประวัติ</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>เริ่ม(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>หยุด(&amp;T)</translation>
    </message>
    <message>
        <source>Start &amp;anyway</source>
        <translation>ยืนยันเริ่ม(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก(&amp;C)</translation>
    </message>
    <message>
        <source>At most %1 for %2 requests, warm-up included (estimated: the largest prompt and max tokens at the price table&apos;s price).</source>
        <translation>ไม่เกิน %1 สำหรับ %2 คำขอ รวมการวอร์มอัป (ประมาณการ: คิดจากพรอมต์ที่ยาวที่สุดและจำนวนโทเค็นสูงสุดตามราคาในตารางราคา)</translation>
    </message>
    <message>
        <source>Cost unknown: the price table has no price for a model in the queue.</source>
        <translation>ไม่ทราบค่าใช้จ่าย: ตารางราคาไม่มีราคาของโมเดลบางรายการในคิว</translation>
    </message>
    <message>
        <source>This run may cost up to %1. Start it?</source>
        <translation>การวัดครั้งนี้อาจมีค่าใช้จ่ายสูงสุด %1 เริ่มเลยหรือไม่</translation>
    </message>
    <message>
        <source>Done; the results are in the history.</source>
        <translation>เสร็จแล้ว ผลลัพธ์อยู่ในประวัติ</translation>
    </message>
    <message>
        <source>Looking up the key for %1…</source>
        <translation>กำลังค้นหาคีย์ของ %1…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>หยุดแล้ว</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>กำลังวัด %1…</translation>
    </message>
</context>
<context>
    <name>BenchmarkStore</name>
    <message>
        <source>That benchmark run is no longer stored.</source>
        <translation>ไม่มีผลการวัดนั้นจัดเก็บอยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>BudgetStatus</name>
    <message>
        <source>This conversation has cost %1 of its %2 budget.</source>
        <translation>บทสนทนานี้มีค่าใช้จ่าย %1 แล้ว จากงบประมาณ %2</translation>
    </message>
    <message>
        <source>Today&apos;s replies have cost %1 of the %2 daily budget.</source>
        <translation>คำตอบของวันนี้มีค่าใช้จ่าย %1 แล้ว จากงบประมาณรายวัน %2</translation>
    </message>
    <message>
        <source>This month&apos;s replies have cost %1 of the %2 monthly budget.</source>
        <translation>คำตอบของเดือนนี้มีค่าใช้จ่าย %1 แล้ว จากงบประมาณรายเดือน %2</translation>
    </message>
</context>
<context>
    <name>ChatChunk</name>
    <message>
        <source>The provider reported token counts that cannot be right (%1); Tally estimated them instead.</source>
        <translation>ผู้ให้บริการรายงานจำนวนโทเค็นที่เป็นไปไม่ได้ (%1) Tally จึงประมาณค่าแทน</translation>
    </message>
    <message>
        <source>The provider reported a cost of %1, which cannot be right; Tally estimated the cost instead.</source>
        <translation>ผู้ให้บริการรายงานค่าใช้จ่าย %1 ซึ่งเป็นไปไม่ได้ Tally จึงประมาณค่าใช้จ่ายแทน</translation>
    </message>
</context>
<context>
    <name>ChatCommand</name>
    <message>
        <source>Send a prompt and stream the reply to stdout.</source>
        <translation>ส่งพรอมต์และสตรีมคำตอบไปยัง stdout</translation>
    </message>
    <message>
        <source>No prompt: give it as an argument or on stdin.</source>
        <translation>ไม่มีพรอมต์: ระบุเป็นอาร์กิวเมนต์หรือส่งผ่าน stdin</translation>
    </message>
    <message>
        <source>Cannot read stdin: %1</source>
        <translation>ไม่สามารถอ่าน stdin: %1</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>พรอมต์ว่างเปล่า</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (retry %3).</source>
        <translation>%1 จะลองใหม่ใน %2 วินาที (ครั้งที่ %3)</translation>
    </message>
    <message>
        <source>Could not write the stats to %1: %2</source>
        <translation>ไม่สามารถเขียนสถิติลงใน %1: %2</translation>
    </message>
</context>
<context>
    <name>ChatDefaultsPage</name>
    <message>
        <source>Temperature</source>
        <translation>อุณหภูมิ</translation>
    </message>
    <message>
        <source>Maximum reply length in tokens</source>
        <translation>ความยาวคำตอบสูงสุด (จำนวนโทเค็น)</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>พรอมต์ระบบ</translation>
    </message>
    <message>
        <source>Instructions sent at the start of every conversation</source>
        <translation>คำสั่งที่ส่งไปตอนเริ่มต้นทุกบทสนทนา</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>อุณหภูมิ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>จำนวนโทเค็นสูงสุด(&amp;M):</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-p(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>พรอมต์ระบบ(&amp;S):</translation>
    </message>
    <message>
        <source>Chat defaults</source>
        <translation>ค่าเริ่มต้นของแชต</translation>
    </message>
    <message>
        <source>&amp;Name new conversations with a model after the first reply</source>
        <translation>ให้โมเดลตั้งชื่อบทสนทนาใหม่หลังได้รับคำตอบแรก(&amp;N)</translation>
    </message>
    <message>
        <source>One short extra request; its cost is counted in the conversation.</source>
        <translation>ส่งคำขอสั้น ๆ เพิ่มอีกหนึ่งครั้ง ค่าใช้จ่ายจะนับรวมในบทสนทนา</translation>
    </message>
    <message>
        <source>Model for titles</source>
        <translation>โมเดลสำหรับตั้งชื่อ</translation>
    </message>
    <message>
        <source>the conversation&apos;s model</source>
        <translation>โมเดลของบทสนทนา</translation>
    </message>
    <message>
        <source>Model for &amp;titles:</source>
        <translation>โมเดลสำหรับตั้งชื่อ(&amp;T):</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>ค่าเริ่มต้นของผู้ให้บริการ</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Provider profile</source>
        <translation>โปรไฟล์ผู้ให้บริการ</translation>
    </message>
    <message>
        <source>The provider profile this conversation uses</source>
        <translation>โปรไฟล์ผู้ให้บริการที่บทสนทนานี้ใช้</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>อุณหภูมิ</translation>
    </message>
    <message>
        <source>Temperature: lower is more focused, higher more varied (0-2)</source>
        <translation>อุณหภูมิ: ค่าต่ำจะได้คำตอบที่ตรงประเด็นกว่า ค่าสูงจะได้คำตอบที่หลากหลายกว่า (0-2)</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>อุณหภูมิ</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>ชื่อบทสนทนา</translation>
    </message>
    <message>
        <source>The model this conversation uses: pick one the provider lists, or type its id</source>
        <translation>โมเดลที่บทสนทนานี้ใช้: เลือกจากรายการของผู้ให้บริการ หรือพิมพ์รหัสโมเดล</translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation>รีเฟรชรายการโมเดล</translation>
    </message>
    <message>
        <source>Ask the provider again which models it offers</source>
        <translation>ถามผู้ให้บริการอีกครั้งว่ามีโมเดลใดบ้าง</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>System prompt of this conversation</source>
        <translation>พรอมต์ระบบของการสนทนานี้</translation>
    </message>
    <message>
        <source>This conversation uses the default system prompt from Settings. Click to give it instructions of its own.</source>
        <translation>การสนทนานี้ใช้พรอมต์ระบบเริ่มต้นจากการตั้งค่า คลิกเพื่อกำหนดคำสั่งของการสนทนานี้เอง</translation>
    </message>
    <message>
        <source>This conversation&apos;s system prompt:</source>
        <translation>พรอมต์ระบบของการสนทนานี้:</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <source>--save takes a conversation id (a number), not &quot;%1&quot;.</source>
        <translation>--save ต้องใช้รหัสบทสนทนา (ตัวเลข) ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Model id (default: the profile&apos;s default model).</source>
        <translation>รหัสโมเดล (ค่าเริ่มต้น: โมเดลเริ่มต้นของโปรไฟล์)</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>พรอมต์ระบบ</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>อุณหภูมิในการสุ่ม ตั้งแต่ 0 ถึง 2</translation>
    </message>
    <message>
        <source>Maximum reply length in tokens.</source>
        <translation>ความยาวคำตอบสูงสุด (จำนวนโทเค็น)</translation>
    </message>
    <message>
        <source>One request without streaming.</source>
        <translation>ส่งคำขอครั้งเดียวโดยไม่สตรีม</translation>
    </message>
    <message>
        <source>Write the stats object to FILE when done, even on failure.</source>
        <translation>เขียนออบเจ็กต์สถิติลงใน FILE เมื่อเสร็จ แม้จะล้มเหลวก็ตาม</translation>
    </message>
    <message>
        <source>Print the model&apos;s reasoning text to stderr.</source>
        <translation>พิมพ์ข้อความการให้เหตุผลของโมเดลไปยัง stderr</translation>
    </message>
    <message>
        <source>The prompt; read from stdin when absent.</source>
        <translation>พรอมต์ หากไม่ระบุจะอ่านจาก stdin</translation>
    </message>
    <message>
        <source>--temperature must be a number from 0 to 2.</source>
        <translation>--temperature ต้องเป็นตัวเลขตั้งแต่ 0 ถึง 2</translation>
    </message>
    <message>
        <source>--max-tokens must be a whole number of at least 1.</source>
        <translation>--max-tokens ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>The model list could not be fetched: %1</source>
        <translation>ดึงรายการโมเดลไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>แชตใหม่</translation>
    </message>
    <message>
        <source>The conversation database is not available.</source>
        <translation>ฐานข้อมูลบทสนทนาไม่พร้อมใช้งาน</translation>
    </message>
    <message>
        <source>The conversation database is read-only.</source>
        <translation>ฐานข้อมูลบทสนทนาเป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>Paste an API key above to start chatting.</source>
        <translation>วางคีย์ API ด้านบนเพื่อเริ่มสนทนา</translation>
    </message>
    <message>
        <source>The reply is stored in full now.</source>
        <translation>บันทึกคำตอบครบถ้วนแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older message(s) were left out of this request so it fits the model&apos;s context window.</source>
        <translation>
            <numerusform>ไม่ได้รวมข้อความเก่า %Ln ข้อความไว้ในคำขอนี้ เพื่อให้พอดีกับหน้าต่างบริบทของโมเดล</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatRecorder</name>
    <message>
        <source>Sending is paused by your budget; change it in Settings › Data &amp; privacy.</source>
        <translation>การส่งถูกหยุดชั่วคราวตามงบประมาณของคุณ เปลี่ยนได้ในการตั้งค่า › ข้อมูลและความเป็นส่วนตัว</translation>
    </message>
    <message>
        <source>Saved in conversation %1.</source>
        <translation>บันทึกในบทสนทนา %1 แล้ว</translation>
    </message>
    <message>
        <source>The end of the reply could not be saved (%1). Conversation %2 keeps %3 of its %4 characters; all of it went to standard output.</source>
        <translation>ไม่สามารถบันทึกส่วนท้ายของคำตอบ (%1) บทสนทนา %2 เก็บไว้ %3 จาก %4 อักขระ ส่วนข้อความทั้งหมดได้ส่งออกไปยังเอาต์พุตมาตรฐานแล้ว</translation>
    </message>
    <message>
        <source>The reply could not be saved (%1). Conversation %2 keeps none of its %3 characters; all of it went to standard output.</source>
        <translation>ไม่สามารถบันทึกคำตอบ (%1) บทสนทนา %2 ไม่ได้เก็บอักขระใดไว้จาก %3 อักขระ ส่วนข้อความทั้งหมดได้ส่งออกไปยังเอาต์พุตมาตรฐานแล้ว</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid http:// or https:// address.</source>
        <translation>URL ฐาน &quot;%1&quot; ไม่ใช่ที่อยู่ http:// หรือ https:// ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>a stream event was not valid JSON</source>
        <translation>เหตุการณ์สตรีมรายการหนึ่งไม่ใช่ JSON ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>the reply was not valid JSON</source>
        <translation>คำตอบไม่ใช่ JSON ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>the stream ended without a finish marker</source>
        <translation>สตรีมสิ้นสุดโดยไม่มีเครื่องหมายจบ</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>ไม่มีข้อมูลเป็นเวลา %1 วินาที</translation>
    </message>
    <message>
        <source>the reply took longer than %1 s</source>
        <translation>คำตอบใช้เวลานานกว่า %1 วินาที</translation>
    </message>
    <message>
        <source>a line of the stream was longer than %1</source>
        <translation>สตรีมมีบรรทัดที่ยาวเกิน %1</translation>
    </message>
    <message>
        <source>an event of the stream was larger than %1</source>
        <translation>สตรีมมีเหตุการณ์ที่ใหญ่เกิน %1</translation>
    </message>
    <message>
        <source>the reply was larger than %1</source>
        <translation>คำตอบมีขนาดใหญ่เกิน %1</translation>
    </message>
    <message>
        <source>the reply reached its size limit of %1</source>
        <translation>คำตอบมีขนาดถึงขีดจำกัด %1 แล้ว</translation>
    </message>
    <message>
        <source>no response from the provider for %1 s</source>
        <translation>ไม่มีการตอบสนองจากผู้ให้บริการเป็นเวลา %1 วินาที</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
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
    <message>
        <source>Usage: tally-cli [--help] [--version] COMMAND [OPTIONS]

Tally&apos;s command-line companion: it shares profiles, the keychain and the conversation database with the Tally app.

Commands:
  chat [PROMPT]    Send a prompt; the reply streams to stdout.
  models           List the provider&apos;s models.
  bench            Benchmark a provider: latency, throughput, errors and cost.
  conversations    list | export ID --format md|json|csv | import FILE
  profiles         list | show NAME | add NAME --base-url URL | remove NAME | default NAME
  key              set NAME (key on stdin) | delete NAME | status NAME

Options:
  -h, --help       Show this help and exit.
  -v, --version    Show the version and exit.
  --raw            Write replies, titles and messages as they came, control characters
                   and escape sequences included (every command takes it too). Without
                   it they are shown as visible signs when the output is a terminal;
                   pipes and files always get them unchanged.

Run `tally-cli COMMAND --help` for a command&apos;s options.
</source>
        <translation>การใช้งาน: tally-cli [--help] [--version] COMMAND [OPTIONS]

เครื่องมือบรรทัดคำสั่งคู่กับ Tally: ใช้โปรไฟล์ พวงกุญแจ และฐานข้อมูลบทสนทนาร่วมกับแอป Tally

คำสั่ง:
  chat [PROMPT]    ส่งพรอมต์ คำตอบจะสตรีมไปยัง stdout
  models           แสดงรายการโมเดลของผู้ให้บริการ
  bench            วัดประสิทธิภาพผู้ให้บริการ: ความหน่วง ปริมาณงาน ข้อผิดพลาด และค่าใช้จ่าย
  conversations    list | export ID --format md|json|csv | import FILE
  profiles         list | show NAME | add NAME --base-url URL | remove NAME | default NAME
  key              set NAME (คีย์ทาง stdin) | delete NAME | status NAME

ตัวเลือก:
  -h, --help       แสดงวิธีใช้นี้แล้วออก
  -v, --version    แสดงเวอร์ชันแล้วออก
  --raw            เขียนคำตอบ ชื่อ และข้อความตามที่ได้รับมา รวมถึงอักขระควบคุม
                   และลำดับ escape (ทุกคำสั่งรับตัวเลือกนี้ด้วย) หากไม่ใช้ตัวเลือกนี้
                   อักขระเหล่านั้นจะแสดงเป็นสัญลักษณ์ที่มองเห็นได้เมื่อเอาต์พุตเป็นเทอร์มินัล
                   ส่วนไปป์และไฟล์จะได้รับข้อมูลโดยไม่เปลี่ยนแปลงเสมอ

เรียกใช้ `tally-cli COMMAND --help` เพื่อดูตัวเลือกของแต่ละคำสั่ง
</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write replies, titles and messages as they came, control characters and escape sequences included. Without it they are shown as visible signs when the output is a terminal; pipes and files always get them unchanged.</source>
        <translation>เขียนคำตอบ ชื่อ และข้อความตามที่ได้รับมา รวมถึงอักขระควบคุมและลำดับ escape หากไม่ใช้ตัวเลือกนี้ อักขระเหล่านั้นจะแสดงเป็นสัญลักษณ์ที่มองเห็นได้เมื่อเอาต์พุตเป็นเทอร์มินัล ส่วนไปป์และไฟล์จะได้รับข้อมูลโดยไม่เปลี่ยนแปลงเสมอ</translation>
    </message>
</context>
<context>
    <name>CompareColumnView</name>
    <message>
        <source>Answer of %1</source>
        <translation>คำตอบของ %1</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>กำลังรอ…</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>ดำเนินต่อด้วยคำตอบนี้</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>กำลังสตรีม…</translation>
    </message>
    <message>
        <source>%1 → %2 tokens%3</source>
        <translation>%1 → %2 โทเค็น%3</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (ประมาณการ)</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 โทเค็น/วินาที</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>ไม่ทราบค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>not billed</source>
        <translation>ไม่คิดค่าบริการ</translation>
    </message>
    <message>
        <source>TTFT %1 · total %2 · %3 · %4 · %5</source>
        <translation>TTFT %1 · รวม %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>total %1 · %2</source>
        <translation>รวม %1 · %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>หยุดแล้ว</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>เปรียบเทียบ</translation>
    </message>
    <message>
        <source>Prompt to send to every model</source>
        <translation>พรอมต์ที่จะส่งไปยังทุกโมเดล</translation>
    </message>
    <message>
        <source>One prompt, sent to every model below</source>
        <translation>พรอมต์เดียว ส่งไปยังทุกโมเดลด้านล่าง</translation>
    </message>
    <message>
        <source>&amp;Add a model</source>
        <translation>เพิ่มโมเดล(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Send to all</source>
        <translation>ส่งไปยังทั้งหมด(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>หยุด(&amp;T)</translation>
    </message>
    <message>
        <source>All answers are in.</source>
        <translation>ได้รับคำตอบครบทั้งหมดแล้ว</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>โปรไฟล์ %1</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>โมเดล %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Model %1:</source>
        <translation>โมเดล %1:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sent to %1 models…</source>
        <translation>ส่งไปยัง %1 โมเดลแล้ว…</translation>
    </message>
    <message>
        <source>The conversation database is not open, so the answer cannot be kept.</source>
        <translation>ฐานข้อมูลบทสนทนาไม่ได้เปิดอยู่ จึงเก็บคำตอบไว้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>CompareRun</name>
    <message>
        <source>A comparison is still running.</source>
        <translation>การเปรียบเทียบยังทำงานอยู่</translation>
    </message>
    <message>
        <source>Compare needs two to four models.</source>
        <translation>การเปรียบเทียบต้องใช้สองถึงสี่โมเดล</translation>
    </message>
    <message>
        <source>Type a prompt to compare the answers.</source>
        <translation>พิมพ์พรอมต์เพื่อเปรียบเทียบคำตอบ</translation>
    </message>
    <message>
        <source>That answer is not finished, so it cannot be continued.</source>
        <translation>คำตอบนั้นยังไม่เสร็จ จึงดำเนินต่อไม่ได้</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
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
        <source>Write a message (Enter sends, Shift+Enter starts a new line)</source>
        <translation>พิมพ์ข้อความ (กด Enter เพื่อส่ง กด Shift+Enter เพื่อขึ้นบรรทัดใหม่)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>หยุดการตอบ</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>หยุดการตอบ (Esc)</translation>
    </message>
    <message>
        <source>Estimated cost of this send</source>
        <translation>ค่าใช้จ่ายโดยประมาณของการส่งครั้งนี้</translation>
    </message>
    <message>
        <source>Editing your question: Send asks it as a new version (the old one and its answer are kept).</source>
        <translation>กำลังแก้ไขคำถามของคุณ: กดส่งเพื่อถามเป็นเวอร์ชันใหม่ (คำถามเดิมและคำตอบยังเก็บไว้)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
</context>
<context>
    <name>ComposerEstimate</name>
    <message>
        <source>≈ %1 prompt tokens</source>
        <translation>≈ %1 โทเค็นพรอมต์</translation>
    </message>
    <message>
        <source>≈ %1 before the reply</source>
        <translation>≈ %1 (ยังไม่รวมคำตอบ)</translation>
    </message>
    <message>
        <source>price unknown for %1</source>
        <translation>ไม่ทราบราคาของ %1</translation>
    </message>
    <message>
        <source>does not fit the %1-token context window: older turns will be left out</source>
        <translation>เกินหน้าต่างบริบท %1 โทเค็น: จะตัดรอบสนทนาช่วงเก่าออก</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>HTTP proxy %1</source>
        <translation>พร็อกซี HTTP %1</translation>
    </message>
    <message>
        <source>SOCKS5 proxy %1</source>
        <translation>พร็อกซี SOCKS5 %1</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>ไม่มี (เชื่อมต่อโดยตรง)</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %Ln second(s).</source>
        <translation>
            <numerusform>ไม่มีการตอบกลับภายใน %Ln วินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่ http:// หรือ https://</translation>
    </message>
</context>
<context>
    <name>ConversationBanner</name>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Continue the reply</source>
        <translation>ให้ตอบต่อ</translation>
    </message>
    <message>
        <source>Shorten and send again</source>
        <translation>ทำให้สั้นลงแล้วส่งอีกครั้ง</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>เลือกโมเดลอื่น</translation>
    </message>
    <message>
        <source>Set the API key…</source>
        <translation>ตั้งค่าคีย์ API…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Budget settings…</source>
        <translation>การตั้งค่างบประมาณ…</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>บันทึกอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>ConversationChoices</name>
    <message>
        <source>Paste the API key for &quot;%1&quot; in Settings › Providers (Tally keeps it in the system keychain). From a terminal: tally-cli key set %1, or set the environment variable %2 before starting Tally.</source>
        <translation>วางคีย์ API ของ &quot;%1&quot; ในการตั้งค่า › ผู้ให้บริการ (Tally เก็บคีย์ไว้ในพวงกุญแจของระบบ) หรือจากเทอร์มินัล: tally-cli key set %1 หรือตั้งค่าตัวแปรสภาพแวดล้อม %2 ก่อนเริ่ม Tally</translation>
    </message>
    <message>
        <source>Looking for the API key…</source>
        <translation>กำลังค้นหาคีย์ API…</translation>
    </message>
    <message>
        <source>No API key for the profile &quot;%1&quot; yet.</source>
        <translation>โปรไฟล์ &quot;%1&quot; ยังไม่มีคีย์ API</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>ไม่สามารถอ่านพวงกุญแจ: %1</translation>
    </message>
</context>
<context>
    <name>ConversationJson</name>
    <message>
        <source>%1 must be a number when the cost is %2, not %3.</source>
        <translation>%1 ต้องเป็นตัวเลขเมื่อค่าใช้จ่ายเป็นแบบ %2 ไม่ใช่ %3</translation>
    </message>
    <message>
        <source>%1 is given, but %2 is null; stats need usage.</source>
        <translation>มี %1 แต่ %2 เป็น null สถิติต้องมี usage</translation>
    </message>
    <message>
        <source>%1 must be 0 or more, not %2.</source>
        <translation>%1 ต้องมีค่าตั้งแต่ 0 ขึ้นไป ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 ต้องเป็นออบเจ็กต์ ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>The file is not a Tally conversation export (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์ส่งออกบทสนทนาของ Tally (ไม่มี &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>version must be a format version such as %1, not %2.</source>
        <translation>version ต้องเป็นเวอร์ชันของรูปแบบ เช่น %1 ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>This conversation was written by a newer Tally (format version %1); update Tally to import it.</source>
        <translation>บทสนทนานี้สร้างโดย Tally เวอร์ชันที่ใหม่กว่า (รูปแบบเวอร์ชัน %1) อัปเดต Tally เพื่อนำเข้าบทสนทนานี้</translation>
    </message>
    <message>
        <source>The file is not JSON: %1 at byte %2.</source>
        <translation>ไฟล์นี้ไม่ใช่ JSON: %1 ที่ไบต์ %2</translation>
    </message>
    <message>
        <source>%1 must be a list, not %2.</source>
        <translation>%1 ต้องเป็นลิสต์ ไม่ใช่ %2</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>แชตใหม่</translation>
    </message>
    <message numerus="yes">
        <source>%1
Last active %2 · %Ln message(s)</source>
        <translation>
            <numerusform>%1
ใช้งานล่าสุด %2 · %Ln ข้อความ</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>ไม่ทราบค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>● replying…</source>
        <translation>● กำลังตอบ…</translation>
    </message>
</context>
<context>
    <name>ConversationMarkdown</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 มิลลิวินาที</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 วินาที</translation>
    </message>
    <message>
        <source>System</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <source>You</source>
        <translation>คุณ</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>ผู้ช่วย</translation>
    </message>
    <message>
        <source>Still being received when exported</source>
        <translation>ยังรับข้อมูลอยู่ขณะส่งออก</translation>
    </message>
    <message>
        <source>Incomplete reply</source>
        <translation>คำตอบไม่สมบูรณ์</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation>หยุดก่อนเสร็จสิ้น</translation>
    </message>
    <message>
        <source>%1 → %2 tokens (reported)</source>
        <translation>%1 → %2 โทเค็น (ผู้ให้บริการรายงาน)</translation>
    </message>
    <message>
        <source>≈ %1 → %2 tokens (estimated)</source>
        <translation>≈ %1 → %2 โทเค็น (ประมาณการ)</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>แคช %1</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>การให้เหตุผล %1</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>รวม %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 โทเค็น/วินาที</translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>พยายาม %n ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>cost %1 (%2)</source>
        <translation>ค่าใช้จ่าย %1 (%2)</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>ค่าใช้จ่าย %1</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>บทสนทนาที่ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>โมเดล: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>โปรไฟล์: %1</translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation>อุณหภูมิ: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>สร้างเมื่อ: %1</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>การให้เหตุผล</translation>
    </message>
</context>
<context>
    <name>ConversationSession</name>
    <message>
        <source>There is no question to answer again.</source>
        <translation>ไม่มีคำถามให้ตอบใหม่</translation>
    </message>
    <message>
        <source>A reply is still coming in this conversation.</source>
        <translation>บทสนทนานี้ยังได้รับคำตอบอยู่</translation>
    </message>
    <message>
        <source>Sending is paused by your budget; change it in Settings › Data &amp; privacy.</source>
        <translation>การส่งถูกหยุดชั่วคราวตามงบประมาณของคุณ เปลี่ยนได้ในการตั้งค่า › ข้อมูลและความเป็นส่วนตัว</translation>
    </message>
    <message>
        <source>The database refused the message.</source>
        <translation>ฐานข้อมูลไม่รับข้อความนี้</translation>
    </message>
    <message>
        <source>That message cannot be edited.</source>
        <translation>ข้อความนั้นแก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>There is no reply to continue.</source>
        <translation>ไม่มีคำตอบให้ตอบต่อ</translation>
    </message>
    <message>
        <source>The question alone is too long for this model&apos;s context window: shorten it, or choose a model with a larger window.</source>
        <translation>คำถามเพียงอย่างเดียวก็ยาวเกินหน้าต่างบริบทของโมเดลนี้แล้ว ทำให้คำถามสั้นลง หรือเลือกโมเดลที่มีหน้าต่างบริบทใหญ่กว่า</translation>
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
    <message>
        <source>Search results</source>
        <translation>ผลการค้นหา</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>ไม่พบรายการที่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Conversation %1</source>
        <translation>บทสนทนา %1</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>ข้อความ %1</translation>
    </message>
</context>
<context>
    <name>ConversationsCommand</name>
    <message>
        <source>List, export and import conversations.</source>
        <translation>แสดงรายการ ส่งออก และนำเข้าบทสนทนา</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>ไม่สามารถอ่าน %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>ไม่สามารถนำเข้า %1: %2</translation>
    </message>
    <message>
        <source>A conversation with this id was already in the database; the import is a copy.</source>
        <translation>มีบทสนทนาที่ใช้รหัสนี้อยู่ในฐานข้อมูลแล้ว บทสนทนาที่นำเข้าจึงเป็นสำเนา</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ไม่สามารถเขียน %1: %2</translation>
    </message>
</context>
<context>
    <name>ConversationsOptions</name>
    <message>
        <source>Export format: md, json or csv (usage).</source>
        <translation>รูปแบบการส่งออก: md, json หรือ csv (ข้อมูลการใช้งาน)</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>เขียนลงใน FILE แทน stdout</translation>
    </message>
    <message>
        <source>list, export ID or import FILE.</source>
        <translation>list, export ID หรือ import FILE</translation>
    </message>
    <message>
        <source>Say what to do: list, export ID or import FILE.</source>
        <translation>ระบุสิ่งที่ต้องการทำ: list, export ID หรือ import FILE</translation>
    </message>
    <message>
        <source>%1 needs exactly one argument.</source>
        <translation>%1 ต้องมีอาร์กิวเมนต์หนึ่งตัวพอดี</translation>
    </message>
    <message>
        <source>--format must be md, json or csv.</source>
        <translation>--format ต้องเป็น md, json หรือ csv</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation id (see `tally-cli conversations list`).</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสบทสนทนา (ดู `tally-cli conversations list`)</translation>
    </message>
</context>
<context>
    <name>CostEstimate</name>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>ผู้ให้บริการรายงาน</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>ประมาณการ</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>จากแคช</translation>
    </message>
    <message>
        <source>not charged</source>
        <translation>ไม่ถูกเรียกเก็บเงิน</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>เปิดโฟลเดอร์(&amp;O)</translation>
    </message>
    <message>
        <source>Answer a question asked before, word for word, from a local &amp;cache (costs nothing)</source>
        <translation>ตอบคำถามที่ตรงกับที่เคยถามไว้ทุกคำจากแคชในเครื่อง(&amp;C) (ไม่มีค่าใช้จ่าย)</translation>
    </message>
    <message>
        <source>Hours a cached reply is used</source>
        <translation>จำนวนชั่วโมงที่ใช้คำตอบจากแคช</translation>
    </message>
    <message>
        <source>C&amp;lear cache</source>
        <translation>ล้างแคช(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export all conversations…</source>
        <translation>ส่งออกบทสนทนาทั้งหมด(&amp;E)…</translation>
    </message>
    <message>
        <source>Budget per conversation</source>
        <translation>งบประมาณต่อบทสนทนา</translation>
    </message>
    <message>
        <source>Budget per day</source>
        <translation>งบประมาณต่อวัน</translation>
    </message>
    <message>
        <source>Budget per month</source>
        <translation>งบประมาณต่อเดือน</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>สกุลเงินของงบประมาณ</translation>
    </message>
    <message>
        <source>When a budget is reached</source>
        <translation>เมื่อใช้ถึงงบประมาณ</translation>
    </message>
    <message>
        <source>Warn, and send anyway</source>
        <translation>แจ้งเตือน แต่ยังคงส่ง</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>หยุดส่ง</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>ฐานข้อมูล:</translation>
    </message>
    <message>
        <source>Response cache</source>
        <translation>แคชคำตอบ</translation>
    </message>
    <message>
        <source>Use a cached reply for this many &amp;hours:</source>
        <translation>ใช้คำตอบจากแคชได้นานกี่ชั่วโมง(&amp;H):</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>Per c&amp;onversation:</source>
        <translation>ต่อบทสนทนา(&amp;O):</translation>
    </message>
    <message>
        <source>Per &amp;day:</source>
        <translation>ต่อวัน(&amp;D):</translation>
    </message>
    <message>
        <source>Per &amp;month:</source>
        <translation>ต่อเดือน(&amp;M):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>สกุลเงิน(&amp;U):</translation>
    </message>
    <message>
        <source>When one is &amp;reached:</source>
        <translation>เมื่อใช้ถึงงบประมาณ(&amp;R):</translation>
    </message>
    <message>
        <source>Costs in other currencies are not converted and do not count.</source>
        <translation>ค่าใช้จ่ายในสกุลเงินอื่นจะไม่ถูกแปลงและไม่นับรวม</translation>
    </message>
    <message>
        <source>Export all conversations to</source>
        <translation>ส่งออกบทสนทนาทั้งหมดไปยัง</translation>
    </message>
    <message>
        <source>Data &amp; privacy</source>
        <translation>ข้อมูลและความเป็นส่วนตัว</translation>
    </message>
    <message>
        <source>Enter the currency as a three-letter code such as USD or CNY.</source>
        <translation>ป้อนสกุลเงินเป็นรหัสตัวอักษรสามตัว เช่น USD หรือ CNY</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>ฐานข้อมูลไม่ได้เปิดอยู่</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached reply(s)</source>
        <translation>
            <numerusform>คำตอบในแคช %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln cached reply(s).</source>
        <translation>
            <numerusform>ลบคำตอบในแคช %Ln รายการแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln conversation(s)…</source>
        <translation>
            <numerusform>กำลังส่งออกบทสนทนา %Ln รายการ…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export stopped after %Ln conversation(s): %1 could not be written (%2).</source>
        <translation>
            <numerusform>การส่งออกหยุดลงหลังจากส่งออกบทสนทนาได้ %Ln รายการ: ไม่สามารถเขียน %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 of %2…</source>
        <translation>ส่งออกแล้ว %1 จาก %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s) to %1.</source>
        <translation>
            <numerusform>ส่งออกบทสนทนา %Ln รายการไปยัง %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Empties the cache when you apply</source>
        <translation>ล้างแคชเมื่อคุณกดนำไปใช้</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <source>The cache will be emptied when you apply. Cancel keeps it.</source>
        <translation>แคชจะถูกล้างเมื่อคุณกดนำไปใช้ กดยกเลิกเพื่อเก็บไว้</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Tally cannot read its database %1: %2</source>
        <translation>Tally ไม่สามารถอ่านฐานข้อมูล %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tally database (it is not an SQLite file). Tally has left it exactly as it is; you can start a new database beside it.</source>
        <translation>%1 ไม่ใช่ฐานข้อมูลของ Tally (ไม่ใช่ไฟล์ SQLite) Tally ไม่ได้แก้ไขไฟล์นี้แต่อย่างใด คุณสามารถสร้างฐานข้อมูลใหม่ไว้ข้างกันได้</translation>
    </message>
    <message>
        <source>Tally cannot create its data folder %1.</source>
        <translation>Tally ไม่สามารถสร้างโฟลเดอร์ข้อมูล %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). Tally has left it exactly as it is; you can start a new database beside it.</source>
        <translation>ฐานข้อมูล %1 เสียหายและอ่านไม่ได้ (%2) Tally ไม่ได้แก้ไขไฟล์นี้แต่อย่างใด คุณสามารถสร้างฐานข้อมูลใหม่ไว้ข้างกันได้</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Tally (schema %2; this version understands up to %3). Update Tally to open it; it has not been changed.</source>
        <translation>ฐานข้อมูล %1 ถูกเขียนโดย Tally เวอร์ชันที่ใหม่กว่า (สคีมา %2 ส่วนเวอร์ชันนี้รองรับได้ถึง %3) อัปเดต Tally เพื่อเปิดฐานข้อมูลนี้ ฐานข้อมูลยังไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade, but it cannot be written. Make it writable and start Tally again.</source>
        <translation>ฐานข้อมูล %1 ต้องอัปเกรด แต่ไม่สามารถเขียนได้ ทำให้ไฟล์เขียนได้แล้วเริ่ม Tally อีกครั้ง</translation>
    </message>
    <message>
        <source>Tally cannot open its database %1: %2</source>
        <translation>Tally ไม่สามารถเปิดฐานข้อมูล %1: %2</translation>
    </message>
    <message>
        <source>Tally could not keep a copy of the database before upgrading it (%1), so it did not upgrade. Nothing was changed.</source>
        <translation>Tally ไม่สามารถสำรองฐานข้อมูลก่อนอัปเกรดได้ (%1) จึงไม่ได้อัปเกรด ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed, and the database was left at version %2: %3</source>
        <translation>การอัปเกรดฐานข้อมูลเป็นเวอร์ชัน %1 ล้มเหลว ฐานข้อมูลยังคงอยู่ที่เวอร์ชัน %2: %3</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and from an older Tally, so it cannot be upgraded. Tally has left it exactly as it is; you can start a new database beside it.</source>
        <translation>ฐานข้อมูล %1 เสียหาย (%2) และมาจาก Tally รุ่นเก่า จึงอัปเกรดไม่ได้ Tally ไม่ได้แตะต้องไฟล์นั้นเลย คุณเริ่มฐานข้อมูลใหม่ข้างๆ ได้</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Tally opened it read-only and will not write to it: what can still be read shows and exports, but nothing new is saved. Start a new database beside it to go on.</source>
        <translation>ฐานข้อมูล %1 เสียหาย (%2) Tally เปิดแบบอ่านอย่างเดียวและจะไม่เขียนลงไป: ส่วนที่ยังอ่านได้จะแสดงและส่งออกได้ แต่จะไม่บันทึกสิ่งใหม่ เริ่มฐานข้อมูลใหม่ข้างๆ เพื่อใช้งานต่อ</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (its file or folder is read-only): you can read, but nothing new is saved.</source>
        <translation>เขียนฐานข้อมูล %1 ไม่ได้ (ไฟล์หรือโฟลเดอร์เป็นแบบอ่านอย่างเดียว): อ่านได้ แต่จะไม่บันทึกสิ่งใหม่</translation>
    </message>
</context>
<context>
    <name>EndpointOptions</name>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>อ่านคีย์ API จากตัวแปรสภาพแวดล้อมนี้</translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// address, not &quot;%1&quot;.</source>
        <translation>--base-url ต้องเป็นที่อยู่ http:// หรือ https:// ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Provider base URL, instead of a profile.</source>
        <translation>URL ฐานของผู้ให้บริการ ใช้แทนโปรไฟล์</translation>
    </message>
    <message>
        <source>Use a saved provider profile (default: the default profile).</source>
        <translation>ใช้โปรไฟล์ผู้ให้บริการที่บันทึกไว้ (ค่าเริ่มต้น: โปรไฟล์เริ่มต้น)</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>ใช้ --profile หรือ --base-url อย่างใดอย่างหนึ่งเท่านั้น ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>ไม่รู้จักโปรไฟล์ &quot;%1&quot; โปรไฟล์ที่มี: %2</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1).</source>
        <translation>ไม่สามารถอ่านพวงกุญแจ (%1)</translation>
    </message>
</context>
<context>
    <name>ExternalLinks</name>
    <message>
        <source>Open Link</source>
        <translation>เปิดลิงก์</translation>
    </message>
    <message>
        <source>Open this link in your browser?</source>
        <translation>เปิดลิงก์นี้ในเบราว์เซอร์หรือไม่</translation>
    </message>
    <message>
        <source>Always open links from this conversation</source>
        <translation>เปิดลิงก์จากบทสนทนานี้เสมอ</translation>
    </message>
    <message>
        <source>Link Not Opened</source>
        <translation>ไม่ได้เปิดลิงก์</translation>
    </message>
    <message>
        <source>Tally opens only web and e-mail links. This one points elsewhere:</source>
        <translation>Tally เปิดเฉพาะลิงก์เว็บและอีเมลเท่านั้น ลิงก์นี้ชี้ไปที่อื่น:</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>ไม่พบรายการที่ตรงกัน</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
    <message>
        <source>Find in this conversation</source>
        <translation>ค้นหาในบทสนทนานี้</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>รายการก่อนหน้า (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>รายการก่อนหน้า</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>รายการถัดไป (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>รายการถัดไป</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>ปิด (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>ปิดแถบค้นหา</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1 is missing.</source>
        <translation>ไม่พบ %1</translation>
    </message>
    <message>
        <source>%1 must be an object or null, not %2.</source>
        <translation>%1 ต้องเป็นออบเจ็กต์หรือ null ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2.</source>
        <translation>%1 ต้องเป็นสตริง ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation>%1 ต้องเป็นจำนวนเต็ม ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 ต้องเป็น true หรือ false ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number or null, not %2.</source>
        <translation>%1 ต้องเป็นจำนวนเต็มหรือ null ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>%1 must be a number or null, not %2.</source>
        <translation>%1 ต้องเป็นตัวเลขหรือ null ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>%1 must be a time such as 2026-11-28T00:40:12.345Z, not %2.</source>
        <translation>%1 ต้องเป็นเวลา เช่น 2026-11-28T00:40:12.345Z ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>%1 must be %2 or more, not %3.</source>
        <translation>%1 ต้องมีค่าตั้งแต่ %2 ขึ้นไป ไม่ใช่ %3</translation>
    </message>
    <message>
        <source>%1 must be at most %2, not %3.</source>
        <translation>%1 ต้องมีค่าไม่เกิน %2 ไม่ใช่ %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of: %3.</source>
        <translation>ค่า &quot;%2&quot; ของ %1 ไม่ใช่ค่าใดค่าหนึ่งต่อไปนี้: %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>ลิสต์</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ออบเจ็กต์</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ไม่มีค่า</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>API key (input hidden): </source>
        <translation>คีย์ API (ซ่อนข้อความที่ป้อน): </translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; (see `tally-cli profiles list`).</source>
        <translation>ไม่มีโปรไฟล์ &quot;%1&quot; (ดู `tally-cli profiles list`)</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>ไม่สามารถอ่านพวงกุญแจ: %1</translation>
    </message>
    <message>
        <source>The key could not be deleted from the keychain: %1</source>
        <translation>ไม่สามารถลบคีย์ออกจากพวงกุญแจ: %1</translation>
    </message>
    <message>
        <source>No key was given on stdin (the placeholder YOUR_HOLYSHEEP_API_KEY does not count).</source>
        <translation>ไม่ได้ส่งคีย์ผ่าน stdin (ตัวยึดตำแหน่ง YOUR_HOLYSHEEP_API_KEY ไม่นับเป็นคีย์)</translation>
    </message>
    <message>
        <source>The key was not stored: the OS keychain is not available (%1). Tally never writes keys to files. Start a keyring (GNOME Keyring, KWallet) and try again, or put the key in the environment variable %2.</source>
        <translation>ไม่ได้จัดเก็บคีย์: พวงกุญแจของระบบปฏิบัติการไม่พร้อมใช้งาน (%1) Tally จะไม่เขียนคีย์ลงไฟล์ไม่ว่ากรณีใด เริ่มบริการพวงกุญแจ (GNOME Keyring, KWallet) แล้วลองอีกครั้ง หรือใส่คีย์ไว้ในตัวแปรสภาพแวดล้อม %2</translation>
    </message>
</context>
<context>
    <name>KeyOptions</name>
    <message>
        <source>Usage: tally-cli key set NAME | delete NAME | status NAME</source>
        <translation>การใช้งาน: tally-cli key set NAME | delete NAME | status NAME</translation>
    </message>
    <message>
        <source>Usage: tally-cli key set NAME | delete NAME | status NAME
  set     read the key from stdin and store it in the OS keychain
  delete  remove the profile&apos;s key from the keychain
  status  say where the profile&apos;s key comes from
</source>
        <translation>การใช้งาน: tally-cli key set NAME | delete NAME | status NAME
  set     อ่านคีย์จาก stdin แล้วจัดเก็บไว้ในพวงกุญแจของระบบปฏิบัติการ
  delete  ลบคีย์ของโปรไฟล์ออกจากพวงกุญแจ
  status  แจ้งว่าคีย์ของโปรไฟล์มาจากที่ใด
</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>พวงกุญแจไม่ตอบสนองภายใน %1 วินาที</translation>
    </message>
</context>
<context>
    <name>LatencyHistogramView</name>
    <message>
        <source>Latency histogram</source>
        <translation>ฮิสโทแกรมความหน่วง</translation>
    </message>
    <message>
        <source>No latencies yet</source>
        <translation>ยังไม่มีข้อมูลความหน่วง</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
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
    <message>
        <source>The conversation database is read-only: you can read, but new messages cannot be saved.</source>
        <translation>ฐานข้อมูลบทสนทนาเป็นแบบอ่านอย่างเดียว: คุณยังอ่านได้ แต่จะบันทึกข้อความใหม่ไม่ได้</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>แชตใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>แชตใหม่</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>ส่งออกบทสนทนา</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Tally conversation (*.json)</source>
        <translation>Markdown (*.md);;บทสนทนา Tally (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>ไม่สามารถส่งออกไปยัง %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>ส่งออกไปยัง %1 แล้ว</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>ส่งออกบทสนทนา(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Rename Conversation</source>
        <translation>เปลี่ยนชื่อบทสนทนา(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin Conversation</source>
        <translation>ปักหมุดหรือเลิกปักหมุดบทสนทนา(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation</source>
        <translation>ลบบทสนทนา(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>ธีม(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>ตามระบบ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>สว่าง(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>มืด(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า(&amp;S)…</translation>
    </message>
    <message>
        <source>Message deleted. What it cost stays counted in your spending.</source>
        <translation>ลบข้อความแล้ว ค่าใช้จ่ายของข้อความนี้ยังนับรวมในยอดใช้จ่ายของคุณ</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin</source>
        <translation>ปักหมุดหรือเลิกปักหมุด(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ส่งออก(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>ลบ &quot;%1&quot; แล้ว</translation>
    </message>
    <message>
        <source>Find in &amp;This Conversation</source>
        <translation>ค้นหาในบทสนทนานี้(&amp;T)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>ค้นหาถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>ค้นหาก่อนหน้า(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>เครื่องมือ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Benchmark…</source>
        <translation>วัดประสิทธิภาพ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>เปรียบเทียบ(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Instructions…</source>
        <translation>คำสั่ง(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>ไม่มีข้อมูลลับที่จัดเก็บไว้สำหรับ %1</translation>
    </message>
</context>
<context>
    <name>MessageLayout</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 มิลลิวินาที</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 วินาที</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>สร้างใหม่</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ตอบต่อ</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>คัดลอกแล้ว</translation>
    </message>
    <message>
        <source>You</source>
        <translation>คุณ</translation>
    </message>
    <message>
        <source>System</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>ผู้ช่วย</translation>
    </message>
    <message>
        <source>Assistant · %1 (asked for %2)</source>
        <translation>ผู้ช่วย · %1 (ขอใช้ %2)</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>ผู้ช่วย · %1</translation>
    </message>
    <message>
        <source>receiving…</source>
        <translation>กำลังรับ…</translation>
    </message>
    <message>
        <source>⚠ incomplete</source>
        <translation>⚠ ไม่สมบูรณ์</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>หยุดแล้ว</translation>
    </message>
    <message>
        <source>⚠ failed</source>
        <translation>⚠ ล้มเหลว</translation>
    </message>
    <message>
        <source>%1 → %2 tokens</source>
        <translation>%1 → %2 โทเค็น</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(ประมาณการ)</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>รวม %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 โทเค็น/วินาที</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>ไม่ทราบค่าใช้จ่าย</translation>
    </message>
    <message numerus="yes">
        <source>▸ Reasoning (%Ln characters)</source>
        <translation>
            <numerusform>▸ การให้เหตุผล (%Ln อักขระ)</numerusform>
        </translation>
    </message>
    <message>
        <source>▾ Reasoning</source>
        <translation>▾ การให้เหตุผล</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>โค้ด</translation>
    </message>
    <message numerus="yes">
        <source>total %1 over %n attempt(s)</source>
        <translation>
            <numerusform>รวม %1 จาก %n ครั้งที่ลอง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelListRequest</name>
    <message>
        <source>the model list was not valid JSON</source>
        <translation>รายการโมเดลไม่ใช่ JSON ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>the model list was larger than %1</source>
        <translation>รายการโมเดลมีขนาดใหญ่เกิน %1</translation>
    </message>
</context>
<context>
    <name>ModelsCommand</name>
    <message>
        <source>List the models the provider offers.</source>
        <translation>แสดงรายการโมเดลที่ผู้ให้บริการมีให้ใช้</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>อาร์กิวเมนต์ที่ไม่คาดคิด: %1</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Profile</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <source>&amp;Fetch models</source>
        <translation>ดึงรายการโมเดล(&amp;F)</translation>
    </message>
    <message>
        <source>Fetch the provider&apos;s models</source>
        <translation>ดึงรายการโมเดลของผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Models the provider offers</source>
        <translation>โมเดลที่ผู้ให้บริการมี</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>โมเดลเริ่มต้น</translation>
    </message>
    <message>
        <source>pick from the list or type a model id</source>
        <translation>เลือกจากรายการหรือพิมพ์รหัสโมเดล</translation>
    </message>
    <message>
        <source>Context window in tokens</source>
        <translation>หน้าต่างบริบท (จำนวนโทเค็น)</translation>
    </message>
    <message>
        <source>&amp;Default model:</source>
        <translation>โมเดลเริ่มต้น(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Context window:</source>
        <translation>หน้าต่างบริบท(&amp;C):</translation>
    </message>
    <message>
        <source>Fetching the model list from %1…</source>
        <translation>กำลังดึงรายการโมเดลจาก %1…</translation>
    </message>
    <message>
        <source>Context window: %1 tokens</source>
        <translation>หน้าต่างบริบท: %1 โทเค็น</translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation>
            <numerusform>%Ln โมเดล</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices for this provider</source>
        <translation>ราคาสำหรับผู้ให้บริการนี้</translation>
    </message>
    <message>
        <source>Models &amp; prices</source>
        <translation>โมเดลและราคา</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Seconds without data before a reply stops</source>
        <translation>จำนวนวินาทีที่ไม่มีข้อมูลก่อนหยุดคำตอบ</translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation>จำนวนครั้งที่ลองใหม่อัตโนมัติ</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>คำขอต่อนาที</translation>
    </message>
    <message>
        <source>Stop a reply after this many &amp;seconds without data:</source>
        <translation>หยุดคำตอบเมื่อไม่มีข้อมูลนานกี่วินาที(&amp;S):</translation>
    </message>
    <message>
        <source>Automatic &amp;retries before the first text:</source>
        <translation>ลองใหม่อัตโนมัติกี่ครั้งก่อนได้รับข้อความส่วนแรก(&amp;R):</translation>
    </message>
    <message>
        <source>Requests per &amp;minute, per profile:</source>
        <translation>คำขอต่อนาทีต่อโปรไฟล์(&amp;M):</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>เครือข่าย</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>พร็อกซี</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>ใช้การตั้งค่าพร็อกซีของระบบ</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>ไม่ใช้พร็อกซี</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>พร็อกซี HTTP</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>พร็อกซี SOCKS5</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>โฮสต์พร็อกซี</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>พอร์ตพร็อกซี</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>ชื่อผู้ใช้พร็อกซี</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>รหัสผ่านพร็อกซี</translation>
    </message>
    <message>
        <source>Most seconds one reply may take</source>
        <translation>จำนวนวินาทีสูงสุดที่คำตอบหนึ่งรายการใช้ได้</translation>
    </message>
    <message>
        <source>&amp;Connect through:</source>
        <translation>เชื่อมต่อผ่าน(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>โฮสต์(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>พอร์ต(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ผู้ใช้(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>รหัสผ่าน(&amp;W):</translation>
    </message>
    <message>
        <source>Servers on this computer (localhost) are always reached directly.</source>
        <translation>เซิร์ฟเวอร์บนคอมพิวเตอร์เครื่องนี้ (localhost) จะเชื่อมต่อโดยตรงเสมอ</translation>
    </message>
    <message>
        <source>Stop a reply after this many seconds in &amp;total:</source>
        <translation>หยุดคำตอบเมื่อใช้เวลารวมนานกี่วินาที(&amp;T):</translation>
    </message>
    <message>
        <source>A password is stored in the OS keychain. Type a new one to replace it.</source>
        <translation>มีรหัสผ่านจัดเก็บอยู่ในพวงกุญแจของระบบปฏิบัติการ พิมพ์รหัสผ่านใหม่เพื่อแทนที่</translation>
    </message>
    <message>
        <source>The OS keychain could not be read: %1</source>
        <translation>ไม่สามารถอ่านพวงกุญแจของระบบปฏิบัติการ: %1</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address only, such as proxy.example.com, without http:// or a port.</source>
        <translation>ป้อนเฉพาะชื่อโฮสต์หรือที่อยู่ของพร็อกซี เช่น proxy.example.com โดยไม่ต้องมี http:// หรือพอร์ต</translation>
    </message>
    <message>
        <source>The proxy password was not stored in the OS keychain: %1</source>
        <translation>ไม่ได้จัดเก็บรหัสผ่านพร็อกซีไว้ในพวงกุญแจของระบบปฏิบัติการ: %1</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>ลืม(&amp;F)</translation>
    </message>
    <message>
        <source>Delete the stored proxy password when you apply</source>
        <translation>ลบรหัสผ่านพร็อกซีที่จัดเก็บไว้เมื่อคุณกดนำไปใช้</translation>
    </message>
    <message>
        <source>The proxy password could not be deleted from the OS keychain: %1</source>
        <translation>ไม่สามารถลบรหัสผ่านพร็อกซีออกจากพวงกุญแจของระบบปฏิบัติการ: %1</translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation>ไม่มีรหัสผ่านที่จัดเก็บไว้</translation>
    </message>
    <message>
        <source>The stored password will be deleted from the OS keychain when you apply. Cancel keeps it.</source>
        <translation>รหัสผ่านที่เก็บไว้จะถูกลบออกจากพวงกุญแจของระบบเมื่อคุณกดนำไปใช้ กดยกเลิกเพื่อเก็บไว้</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>ไม่ได้ตั้งค่า</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port, a number from 1 to 65,535.</source>
        <translation>ใส่พอร์ตของพร็อกซี เป็นตัวเลขตั้งแต่ 1 ถึง 65,535</translation>
    </message>
</context>
<context>
    <name>NoticeBoard</name>
    <message>
        <source>Check your balance on the provider&apos;s billing page.</source>
        <translation>ตรวจสอบยอดคงเหลือในหน้าการเรียกเก็บเงินของผู้ให้บริการ</translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <source>Prices per million tokens</source>
        <translation>ราคาต่อหนึ่งล้านโทเค็น</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>อินพุต</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>อินพุตจากแคช</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>เอาต์พุต</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Add a &amp;price</source>
        <translation>เพิ่มราคา(&amp;P)</translation>
    </message>
    <message>
        <source>Reset to &amp;bundled prices</source>
        <translation>รีเซ็ตเป็นราคาที่มาพร้อมแอป(&amp;B)</translation>
    </message>
    <message>
        <source>Per million tokens, in the provider&apos;s currency. An empty cached-input price means cached tokens cost the input price.</source>
        <translation>ราคาต่อหนึ่งล้านโทเค็นในสกุลเงินของผู้ให้บริการ หากเว้นราคาอินพุตจากแคชว่างไว้ โทเค็นจากแคชจะคิดราคาเท่ากับอินพุต</translation>
    </message>
    <message>
        <source>Edited in Tally</source>
        <translation>แก้ไขใน Tally</translation>
    </message>
    <message>
        <source>Row %1: enter the model id.</source>
        <translation>แถว %1: ป้อนรหัสโมเดล</translation>
    </message>
    <message>
        <source>Row %1 (%2): prices are numbers of 0 or more, per million tokens.</source>
        <translation>แถว %1 (%2): ราคาต้องเป็นตัวเลขตั้งแต่ 0 ขึ้นไป ต่อหนึ่งล้านโทเค็น</translation>
    </message>
    <message>
        <source>Row %1 (%2): the currency is a three-letter code such as USD or CNY.</source>
        <translation>แถว %1 (%2): สกุลเงินต้องเป็นรหัสตัวอักษรสามตัว เช่น USD หรือ CNY</translation>
    </message>
    <message>
        <source>&amp;Undo my price</source>
        <translation>ยกเลิกราคาของฉัน(&amp;U)</translation>
    </message>
    <message>
        <source>Back to the bundled price, or remove a price you added</source>
        <translation>กลับไปใช้ราคาที่มาพร้อมแอป หรือลบราคาที่คุณเพิ่มไว้</translation>
    </message>
</context>
<context>
    <name>ProfileDraft</name>
    <message>
        <source>The key for &quot;%1&quot; was not stored in the OS keychain: %2. Tally never writes keys to files; the key is kept in this dialog so you can try again.</source>
        <translation>ไม่ได้จัดเก็บคีย์ของ &quot;%1&quot; ไว้ในพวงกุญแจของระบบปฏิบัติการ: %2 Tally จะไม่เขียนคีย์ลงไฟล์ไม่ว่ากรณีใด คีย์ยังคงอยู่ในกล่องโต้ตอบนี้เพื่อให้คุณลองอีกครั้งได้</translation>
    </message>
    <message>
        <source>A key could not be deleted from the OS keychain: %1</source>
        <translation>ไม่สามารถลบคีย์ออกจากพวงกุญแจของระบบปฏิบัติการ: %1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>กำหนดเอง (เข้ากันได้กับ OpenAI)</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit: it is what tally-cli --profile takes.</source>
        <translation>ใช้ตัวอักษร ตัวเลข &apos;.&apos;, &apos;_&apos; หรือ &apos;-&apos; 1 ถึง 64 ตัว ขึ้นต้นด้วยตัวอักษรหรือตัวเลข: เป็นชื่อที่ tally-cli --profile ใช้</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>มีโปรไฟล์ชื่อ &quot;%1&quot; อยู่แล้ว</translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL, the http:// or https:// address its documentation gives for OpenAI-compatible requests.</source>
        <translation>ใส่ Base URL ของเซิร์ฟเวอร์ คือที่อยู่ http:// หรือ https:// ที่เอกสารของเซิร์ฟเวอร์ให้ไว้สำหรับคำขอแบบ OpenAI</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address without a query, such as https://api.holysheep.ai/v1.</source>
        <translation>ใส่ที่อยู่ http:// หรือ https:// ที่ไม่มี query เช่น https://api.holysheep.ai/v1</translation>
    </message>
    <message>
        <source>An environment variable name has letters, digits and &apos;_&apos;, and does not start with a digit.</source>
        <translation>ชื่อตัวแปรสภาพแวดล้อมประกอบด้วยตัวอักษร ตัวเลข และ &apos;_&apos; และไม่ขึ้นต้นด้วยตัวเลข</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header: write one &quot;Name: value&quot; per line.</source>
        <translation>&quot;%1&quot; ไม่ใช่ header: เขียนบรรทัดละหนึ่งรายการในรูป &quot;Name: value&quot;</translation>
    </message>
    <message>
        <source>The context window is a number of tokens, or 0 if unknown.</source>
        <translation>หน้าต่างบริบทเป็นจำนวนโทเค็น หรือ 0 หากไม่ทราบ</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>ไม่มีโปรไฟล์ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only profile; add another one before removing it.</source>
        <translation>&quot;%1&quot; เป็นโปรไฟล์เดียว เพิ่มโปรไฟล์อื่นก่อนลบ</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>&quot;%1&quot; is not a usable profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 64).</source>
        <translation>&quot;%1&quot; ใช้เป็นชื่อโปรไฟล์ไม่ได้: ใช้ได้เฉพาะตัวอักษร ตัวเลข &apos;.&apos; &apos;_&apos; หรือ &apos;-&apos; (ไม่เกิน 64 ตัว)</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>มีโปรไฟล์ชื่อ &quot;%1&quot; อยู่แล้ว</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address.</source>
        <translation>URL ฐานต้องเป็นที่อยู่ http:// หรือ https://</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>ไม่มีโปรไฟล์ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only profile; add another one before removing it.</source>
        <translation>&quot;%1&quot; เป็นโปรไฟล์เดียวที่มีอยู่ เพิ่มโปรไฟล์อื่นก่อนจึงจะลบโปรไฟล์นี้ได้</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>Manage provider profiles.</source>
        <translation>จัดการโปรไฟล์ผู้ให้บริการ</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>ไม่มีโปรไฟล์ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>จัดเก็บในพวงกุญแจ</translation>
    </message>
    <message>
        <source>from $%1</source>
        <translation>จาก $%1</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>เฉพาะเซสชันนี้</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>ไม่จำเป็น</translation>
    </message>
    <message>
        <source>keychain unavailable: %1</source>
        <translation>พวงกุญแจไม่พร้อมใช้งาน: %1</translation>
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
        <translation>ชื่อ: %1
พรีเซ็ต: %2
URL ฐาน: %3
โมเดล: %4
หน้าต่างบริบท: %5
คีย์: %6
ตัวแปรของคีย์: %7
HTTP/2: %8
ส่งคีย์ผ่าน http แบบไม่เข้ารหัส: %9
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>on</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>อนุญาต</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ไม่อนุญาต</translation>
    </message>
    <message>
        <source>extra headers: %1
</source>
        <translation>ส่วนหัวเพิ่มเติม: %1
</translation>
    </message>
    <message>
        <source>The profile was removed, but its key could not be deleted from the keychain: %1</source>
        <translation>ลบโปรไฟล์แล้ว แต่ไม่สามารถลบคีย์ของโปรไฟล์ออกจากพวงกุญแจ: %1</translation>
    </message>
</context>
<context>
    <name>ProfilesOptions</name>
    <message>
        <source>Base URL of the provider.</source>
        <translation>URL ฐานของผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Default model id.</source>
        <translation>รหัสโมเดลเริ่มต้น</translation>
    </message>
    <message>
        <source>Start from a preset: %1.</source>
        <translation>เริ่มจากพรีเซ็ต: %1</translation>
    </message>
    <message>
        <source>list, show NAME, add NAME, remove NAME or default NAME.</source>
        <translation>list, show NAME, add NAME, remove NAME หรือ default NAME</translation>
    </message>
    <message>
        <source>Say what to do: list, show NAME, add NAME --base-url URL, remove NAME or default NAME.</source>
        <translation>ระบุสิ่งที่ต้องการทำ: list, show NAME, add NAME --base-url URL, remove NAME หรือ default NAME</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;. Presets: %2.</source>
        <translation>ไม่รู้จักพรีเซ็ต &quot;%1&quot; พรีเซ็ตที่มี: %2</translation>
    </message>
    <message>
        <source>The %1 preset needs --base-url.</source>
        <translation>พรีเซ็ต %1 ต้องระบุ --base-url</translation>
    </message>
</context>
<context>
    <name>PromptSet</name>
    <message>
        <source>Line %1 of the prompt file is not {&quot;prompt&quot;: &quot;...&quot;} or {&quot;messages&quot;: [{&quot;role&quot;: &quot;user&quot;, &quot;content&quot;: &quot;...&quot;}]}.</source>
        <translation>บรรทัดที่ %1 ของไฟล์พรอมต์ไม่ใช่ {&quot;prompt&quot;: &quot;...&quot;} หรือ {&quot;messages&quot;: [{&quot;role&quot;: &quot;user&quot;, &quot;content&quot;: &quot;...&quot;}]}</translation>
    </message>
    <message>
        <source>The prompt file has no prompts.</source>
        <translation>ไฟล์พรอมต์ไม่มีพรอมต์</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Profiles</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>เพิ่ม(&amp;A)</translation>
    </message>
    <message>
        <source>Add a profile from a preset</source>
        <translation>เพิ่มโปรไฟล์จากพรีเซ็ต</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ทำสำเนา(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ลบ(&amp;R)</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>ตั้งเป็นค่าเริ่มต้น(&amp;D)</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>ชื่อโปรไฟล์</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL ฐาน</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>คีย์ API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>แสดงคีย์ API</translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation>ตัวแปรสภาพแวดล้อมที่มีคีย์</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Use HTTP/&amp;2 when the server offers it (https only)</source>
        <translation>ใช้ HTTP/2 เมื่อเซิร์ฟเวอร์รองรับ(&amp;2) (เฉพาะ https)</translation>
    </message>
    <message>
        <source>Allow sending the key over unencrypted &amp;http://</source>
        <translation>อนุญาตให้ส่งคีย์ผ่าน http:// แบบไม่เข้ารหัส(&amp;H)</translation>
    </message>
    <message>
        <source>Anyone on the network path can read a key sent over http://. Only allow this for a server on a network you trust. Servers on this computer never need it.</source>
        <translation>ใครก็ตามบนเส้นทางเครือข่ายสามารถอ่านคีย์ที่ส่งผ่าน http:// ได้ อนุญาตเฉพาะกับเซิร์ฟเวอร์บนเครือข่ายที่คุณเชื่อถือเท่านั้น เซิร์ฟเวอร์บนคอมพิวเตอร์เครื่องนี้ไม่จำเป็นต้องใช้ตัวเลือกนี้</translation>
    </message>
    <message>
        <source>Extra HTTP headers</source>
        <translation>ส่วนหัว HTTP เพิ่มเติม</translation>
    </message>
    <message>
        <source>One per line, for example
HTTP-Referer: https://example.com</source>
        <translation>บรรทัดละหนึ่งรายการ ตัวอย่างเช่น
HTTP-Referer: https://example.com</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>ผู้ให้บริการ:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL ฐาน(&amp;B):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>คีย์ API(&amp;K):</translation>
    </message>
    <message>
        <source>Key &amp;variable:</source>
        <translation>ตัวแปรของคีย์(&amp;V):</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>ส่วนหัวเพิ่มเติม(&amp;H):</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>ซ่อน</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>ซ่อนคีย์ API</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>ผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Get an API key</source>
        <translation>รับคีย์ API</translation>
    </message>
    <message>
        <source>This provider needs no key. A key typed here is stored and sent anyway.</source>
        <translation>ผู้ให้บริการนี้ไม่ต้องใช้คีย์ แต่หากพิมพ์คีย์ไว้ที่นี่ คีย์จะยังคงถูกจัดเก็บและส่งไปด้วย</translation>
    </message>
    <message>
        <source>Checking the OS keychain…</source>
        <translation>กำลังตรวจสอบพวงกุญแจของระบบปฏิบัติการ…</translation>
    </message>
    <message>
        <source>A key is stored in the OS keychain. Type a new one to replace it.</source>
        <translation>มีคีย์จัดเก็บอยู่ในพวงกุญแจของระบบปฏิบัติการ พิมพ์คีย์ใหม่เพื่อแทนที่</translation>
    </message>
    <message>
        <source>Using the key from the environment variable %1.</source>
        <translation>กำลังใช้คีย์จากตัวแปรสภาพแวดล้อม %1</translation>
    </message>
    <message>
        <source>Using a key kept for this session only.</source>
        <translation>กำลังใช้คีย์ที่เก็บไว้เฉพาะเซสชันนี้</translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1). Put the key in the environment variable instead.</source>
        <translation>พวงกุญแจของระบบปฏิบัติการไม่พร้อมใช้งาน (%1) ใส่คีย์ไว้ในตัวแปรสภาพแวดล้อมแทน</translation>
    </message>
    <message>
        <source>No key stored yet. Type it here; it goes to the OS keychain when you apply.</source>
        <translation>ยังไม่มีคีย์ที่จัดเก็บไว้ พิมพ์คีย์ที่นี่ แล้วคีย์จะถูกจัดเก็บในพวงกุญแจของระบบปฏิบัติการเมื่อคุณกดนำไปใช้</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;. Rename it here if you like; nothing is saved until you apply.</source>
        <translation>เพิ่ม &quot;%1&quot; แล้ว เปลี่ยนชื่อได้ที่นี่หากต้องการ จะยังไม่มีการบันทึกใด ๆ จนกว่าคุณจะกดนำไปใช้</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a copy without a key: keys are not copied between profiles.</source>
        <translation>&quot;%1&quot; เป็นสำเนาที่ไม่มีคีย์: คีย์จะไม่ถูกคัดลอกระหว่างโปรไฟล์</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and its stored key will be removed when you apply. Cancel keeps them.</source>
        <translation>&quot;%1&quot; และคีย์ที่จัดเก็บไว้จะถูกลบเมื่อคุณกดนำไปใช้ กดยกเลิกเพื่อเก็บไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>กำลังทดสอบ %1…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 มิลลิวินาที</translation>
    </message>
    <message>
        <source>DNS %1</source>
        <translation>DNS %1</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>เชื่อมต่อ %1</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>first byte %1</source>
        <translation>ไบต์แรก %1</translation>
    </message>
    <message>
        <source>Connected: HTTP %1 in %2.</source>
        <translation>เชื่อมต่อสำเร็จ: HTTP %1 ใน %2</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation>ผู้ให้บริการตอบกลับด้วย HTTP %1</translation>
    </message>
    <message>
        <source>Looking up the address failed</source>
        <translation>ค้นหาที่อยู่ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Connecting failed</source>
        <translation>เชื่อมต่อไม่สำเร็จ</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>การแฮนด์เชก TLS ล้มเหลว</translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>คำขอล้มเหลว</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>พร็อกซี: %1</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>ไม่ได้ใช้</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>ที่อยู่ %1</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>ลืม</translation>
    </message>
    <message>
        <source>Delete the stored key when you apply</source>
        <translation>ลบคีย์ที่จัดเก็บไว้เมื่อคุณกดนำไปใช้</translation>
    </message>
    <message>
        <source>The stored key will be deleted from the OS keychain when you apply. Cancel keeps it.</source>
        <translation>คีย์ที่จัดเก็บไว้จะถูกลบออกจากพวงกุญแจของระบบปฏิบัติการเมื่อคุณกดนำไปใช้ กดยกเลิกเพื่อเก็บไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Type the address of your OpenAI-compatible server as its documentation gives it; it usually ends in /v1.</source>
        <translation>พิมพ์ที่อยู่ของเซิร์ฟเวอร์ที่เข้ากันได้กับ OpenAI ตามที่เอกสารให้ไว้ มักลงท้ายด้วย /v1</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;. Type its base URL; rename it if you like. Nothing is saved until you apply.</source>
        <translation>เพิ่ม &quot;%1&quot; แล้ว พิมพ์ Base URL และเปลี่ยนชื่อได้ตามต้องการ จะยังไม่บันทึกจนกว่าคุณกดนำไปใช้</translation>
    </message>
</context>
<context>
    <name>SegmentRenderer</name>
    <message>
        <source>[image: %1]</source>
        <translation>[รูปภาพ: %1]</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>หน้าการตั้งค่า</translation>
    </message>
</context>
<context>
    <name>StatsBar</name>
    <message>
        <source>Usage statistics</source>
        <translation>สถิติการใช้งาน</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>ยังไม่มีคำขอ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln คำขอ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 tokens</source>
        <translation>%1 → %2 โทเค็น</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cost(s) unknown</source>
        <translation>
            <numerusform>ไม่ทราบค่าใช้จ่าย %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>TTFT p50 %1 ms, p99 %2 ms</source>
        <translation>TTFT p50 %1 มิลลิวินาที, p99 %2 มิลลิวินาที</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 โทเค็น/วินาที</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln request(s), %2 → %3 tokens, %4</source>
        <translation>
            <numerusform>%1: %Ln คำขอ, %2 → %3 โทเค็น, %4</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>ไม่ทราบโมเดล</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>ไม่ทราบค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>This chat: %1</source>
        <translation>แชตนี้: %1</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>เซสชันนี้: %1</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The disk is full, so Tally could not save. Nothing already saved was lost and the unsaved text is still open; free some space and try again.</source>
        <translation>ดิสก์เต็ม Tally จึงบันทึกไม่ได้ ข้อมูลที่บันทึกไว้แล้วไม่ได้สูญหาย และข้อความที่ยังไม่ได้บันทึกยังคงเปิดอยู่ เพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Tally cannot write to its database (%1). Check the permissions of the data folder.</source>
        <translation>Tally ไม่สามารถเขียนลงฐานข้อมูลได้ (%1) ตรวจสอบสิทธิ์ของโฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <source>The database is busy in another Tally window or tally-cli. Try again in a moment.</source>
        <translation>ฐานข้อมูลกำลังถูกใช้งานโดยหน้าต่าง Tally อื่นหรือ tally-cli ลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Tally has not changed it.</source>
        <translation>ไฟล์ฐานข้อมูลเสียหาย (%1) Tally ไม่ได้แก้ไขไฟล์นี้</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>ฐานข้อมูลแจ้งข้อผิดพลาด: %1</translation>
    </message>
    <message>
        <source>%1 was not found in the database.</source>
        <translation>ไม่พบ %1 ในฐานข้อมูล</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System Prompt of This Conversation</source>
        <translation>พรอมต์ระบบของการสนทนานี้</translation>
    </message>
    <message>
        <source>Instructions sent before this conversation&apos;s messages. Leave it empty to send none (Settings › Chat sets a default for all conversations).</source>
        <translation>คำสั่งที่ส่งก่อนข้อความของการสนทนานี้ เว้นว่างไว้หากไม่ต้องการส่ง (การตั้งค่า › แชต กำหนดค่าเริ่มต้นสำหรับทุกการสนทนา)</translation>
    </message>
    <message>
        <source>Instructions sent before this conversation&apos;s messages, instead of the default from Settings › Chat. Leave it empty to use the default.</source>
        <translation>คำสั่งที่ส่งก่อนข้อความของการสนทนานี้ แทนค่าเริ่มต้นจาก การตั้งค่า › แชต เว้นว่างไว้เพื่อใช้ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>พรอมต์ระบบ</translation>
    </message>
    <message>
        <source>For example: answer in short paragraphs.</source>
        <translation>ตัวอย่าง: ตอบเป็นย่อหน้าสั้น ๆ</translation>
    </message>
    <message>
        <source>Use the &amp;Default</source>
        <translation>ใช้ค่าเริ่มต้น(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TlsSupport</name>
    <message>
        <source>This copy of Tally cannot make secure (https) connections: Qt found no TLS backend. Reinstall Tally, or install Qt&apos;s TLS plugin and OpenSSL. Local http:// servers still work.</source>
        <translation>Tally ชุดนี้ไม่สามารถสร้างการเชื่อมต่อที่ปลอดภัย (https) ได้: Qt ไม่พบแบ็กเอนด์ TLS ติดตั้ง Tally ใหม่ หรือติดตั้งปลั๊กอิน TLS ของ Qt และ OpenSSL เซิร์ฟเวอร์ http:// ภายในเครื่องยังใช้งานได้ตามปกติ</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation transcript</source>
        <translation>บันทึกบทสนทนา</translation>
    </message>
    <message>
        <source>Jump to latest ↓</source>
        <translation>ไปที่ล่าสุด ↓</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>ไปที่ข้อความล่าสุด</translation>
    </message>
    <message>
        <source>Opens %1 (Tally asks first)</source>
        <translation>เปิด %1 (Tally จะถามก่อน)</translation>
    </message>
    <message>
        <source>Copy this code block</source>
        <translation>คัดลอกบล็อกโค้ดนี้</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>Copy Message as &amp;Markdown</source>
        <translation>คัดลอกข้อความเป็น Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Copy &amp;Conversation</source>
        <translation>คัดลอกบทสนทนา(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>เลือกทั้งหมด(&amp;A)</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Tally</source>
        <translation>ยินดีต้อนรับสู่ Tally</translation>
    </message>
    <message>
        <source>Choose the provider you want to chat with and paste its API key. Tally keeps the key in the system keychain and shows what every message costs.</source>
        <translation>เลือกผู้ให้บริการที่ต้องการสนทนาด้วย แล้ววางคีย์ API ของผู้ให้บริการนั้น Tally เก็บคีย์ไว้ในพวงกุญแจของระบบ และแสดงค่าใช้จ่ายของทุกข้อความ</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>ผู้ให้บริการ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL ฐาน(&amp;B):</translation>
    </message>
    <message>
        <source>http://host:port/v1</source>
        <translation>http://โฮสต์:พอร์ต/v1</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>โมเดล(&amp;M):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>คีย์ API(&amp;K):</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>วางคีย์ที่นี่</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>ผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL ฐาน</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>คีย์ API</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start chatting</source>
        <translation>เริ่มสนทนา(&amp;S)</translation>
    </message>
    <message>
        <source>More in Settings…</source>
        <translation>เพิ่มเติมในการตั้งค่า…</translation>
    </message>
    <message>
        <source>Not needed for a server on this computer</source>
        <translation>ไม่จำเป็นสำหรับเซิร์ฟเวอร์บนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Get a key from %1</source>
        <translation>รับคีย์จาก %1</translation>
    </message>
    <message>
        <source>Type the base URL of the server, an http:// or https:// address.</source>
        <translation>พิมพ์ URL หลักของเซิร์ฟเวอร์ ซึ่งเป็นที่อยู่ http:// หรือ https://</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>กำลังทดสอบ %1…</translation>
    </message>
    <message>
        <source>Paste the API key first: %1 needs one.</source>
        <translation>วางคีย์ API ก่อน: %1 ต้องใช้คีย์</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>กำลังเก็บคีย์ไว้ในพวงกุญแจของระบบ…</translation>
    </message>
    <message>
        <source>The keychain could not store the key (%1). Tally uses it until it quits.</source>
        <translation>พวงกุญแจเก็บคีย์ไม่ได้ (%1) Tally จะใช้คีย์นี้จนกว่าจะปิดโปรแกรม</translation>
    </message>
    <message>
        <source>The model&apos;s id, as the server names it</source>
        <translation>รหัสโมเดลตามที่เซิร์ฟเวอร์เรียก</translation>
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
