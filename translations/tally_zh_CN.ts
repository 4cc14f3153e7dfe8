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
    <name>ApiError</name>
    <message>
        <source>No API key is set for this provider (the placeholder YOUR_HOLYSHEEP_API_KEY is not a key). Get a key from the provider&apos;s dashboard (for HolySheep: https://www.holysheep.ai/register) and add it in Settings, or set the key&apos;s environment variable.</source>
        <translation>此服务提供商尚未设置 API 密钥（占位符 YOUR_HOLYSHEEP_API_KEY 不是有效的密钥）。请从服务提供商的控制台获取密钥（HolySheep：https://www.holysheep.ai/register ），然后在“设置”中添加，或设置该密钥对应的环境变量。</translation>
    </message>
    <message>
        <source>The provider refused access (HTTP 403): this key may not use this model or endpoint. Check the key&apos;s permissions or choose another model.</source>
        <translation>服务提供商拒绝访问（HTTP 403）：此密钥可能无权使用该模型或端点。请检查密钥的权限，或选择其他模型。</translation>
    </message>
    <message>
        <source>The provider rejected the API key (HTTP 401). Check that the key is complete, has no extra spaces and belongs to this provider, then update it in Settings.</source>
        <translation>服务提供商拒绝了该 API 密钥（HTTP 401）。请确认密钥完整、没有多余的空格且属于此服务提供商，然后在“设置”中更新。</translation>
    </message>
    <message>
        <source>Your account with this provider has no credit or quota left. Top up or check your plan on the provider&apos;s billing page.</source>
        <translation>你在此服务提供商的账户已没有余额或配额。请前往服务提供商的账单页面充值或查看你的套餐。</translation>
    </message>
    <message>
        <source>Too many requests: the provider asks you to slow down (HTTP 429). Wait a moment and try again, or lower the requests per minute in Settings.</source>
        <translation>请求过多：服务提供商要求降低请求频率（HTTP 429）。请稍候再试，或在“设置”中调低每分钟请求数。</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context window. Shorten it (remove older messages or start a new conversation) or lower the maximum reply length, then send again.</source>
        <translation>对话长度超出了模型的上下文窗口。请缩短对话（删除较早的消息或开始新对话）或调低最大回复长度，然后重新发送。</translation>
    </message>
    <message>
        <source>The provider does not offer the requested model. Choose a model from the provider&apos;s model list.</source>
        <translation>服务提供商不提供所请求的模型。请从服务提供商的模型列表中选择模型。</translation>
    </message>
    <message>
        <source>The provider has no chat endpoint at this address (HTTP 404). Check the base URL: most providers need it to end in /v1.</source>
        <translation>服务提供商在此地址上没有聊天端点（HTTP 404）。请检查基础 URL：大多数服务提供商要求其以 /v1 结尾。</translation>
    </message>
    <message>
        <source>The provider refused the request as invalid (HTTP %1). See the details below.</source>
        <translation>服务提供商认为请求无效并拒绝了它（HTTP %1）。详情见下文。</translation>
    </message>
    <message>
        <source>The provider had a server error (HTTP %1). Try again in a moment.</source>
        <translation>服务提供商的服务器出错（HTTP %1）。请稍后重试。</translation>
    </message>
    <message>
        <source>Could not reach the provider: %1. Check your connection and proxy settings.</source>
        <translation>无法连接到服务提供商：%1。请检查网络连接和代理设置。</translation>
    </message>
    <message>
        <source>The provider sent no data for too long and the request was stopped. Try again.</source>
        <translation>服务提供商长时间未发送数据，请求已停止。请重试。</translation>
    </message>
    <message>
        <source>The reply was cut off before it finished. The text so far is kept: you can continue it or try again.</source>
        <translation>回复在完成前被中断。已保留目前收到的文本：你可以继续生成或重试。</translation>
    </message>
    <message>
        <source>Stopped. The text so far is kept.</source>
        <translation>已停止。已保留目前收到的文本。</translation>
    </message>
    <message>
        <source>The base URL redirected to %1. Use that address as the base URL.</source>
        <translation>基础 URL 重定向到了 %1。请改用该地址作为基础 URL。</translation>
    </message>
    <message>
        <source>The base URL answered with a redirect (HTTP %1) to no address. Check the base URL.</source>
        <translation>基础 URL 返回了重定向（HTTP %1），但未提供目标地址。请检查基础 URL。</translation>
    </message>
    <message>
        <source>The provider settings are not usable.</source>
        <translation>服务提供商设置无效。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read as a chat reply (%1).</source>
        <translation>无法将服务提供商的响应解析为聊天回复（%1）。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>provider says: %1</source>
        <translation>服务提供商消息：%1</translation>
    </message>
    <message>
        <source>request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Tally will not send your API key unencrypted to %1 over http://. Use an https:// address, or allow keys over http for this profile if the network is trusted.</source>
        <translation>Tally 不会通过 http:// 将你的 API 密钥以未加密方式发送到 %1。请使用 https:// 地址；如果网络可信，也可以为此配置允许通过 http 发送密钥。</translation>
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
        <translation>回复在完成前被中断：%1。已保留目前收到的文本：你可以继续生成或重试。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Tally could not save its settings to %1.</source>
        <translation>Tally 无法将设置保存到 %1。</translation>
    </message>
    <message>
        <source>The price overrides in %1 are not a list of rows; none of them was used.</source>
        <translation>%1 中的价格覆盖不是行列表；一条都未使用。</translation>
    </message>
    <message>
        <source>Price override %1 in %2 is not valid JSON (%3); it was left out, the others are used.</source>
        <translation>%2 中的第 %1 条价格覆盖不是有效的 JSON（%3）；已跳过，其余照常使用。</translation>
    </message>
    <message>
        <source>Price override %1 in %2 is not an object; it was left out, the others are used.</source>
        <translation>%2 中的第 %1 条价格覆盖不是对象；已跳过，其余照常使用。</translation>
    </message>
    <message>
        <source>Price override %1 (%2) in %3 was left out, the others are used: %4</source>
        <translation>%3 中的第 %1 条价格覆盖（%2）已跳过，其余照常使用：%4</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Use the &amp;default font</source>
        <translation>使用默认字体(&amp;D)</translation>
    </message>
    <message>
        <source>Transcript font</source>
        <translation>对话记录字体</translation>
    </message>
    <message>
        <source>Transcript font size in points</source>
        <translation>对话记录字号（磅）</translation>
    </message>
    <message>
        <source>Default size</source>
        <translation>默认大小</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Transcript &amp;font:</source>
        <translation>对话记录字体(&amp;F)：</translation>
    </message>
    <message>
        <source>The main window changes language at once; this dialog follows the next time it opens.</source>
        <translation>主窗口会立即切换语言；此对话框将在下次打开时切换。</translation>
    </message>
</context>
<context>
    <name>BenchChecks</name>
    <message>
        <source>Little&apos;s law: %1 req/s x %2 ms mean = %3 in flight on average (concurrency %4).</source>
        <translation>利特尔法则：%1 请求/秒 x 平均 %2 毫秒 = 平均 %3 个进行中的请求（并发数 %4）。</translation>
    </message>
    <message>
        <source>Little&apos;s law: %1 req/s x %2 ms mean = %3 in flight on average.</source>
        <translation>利特尔法则：%1 请求/秒 x 平均 %2 毫秒 = 平均 %3 个进行中的请求。</translation>
    </message>
    <message>
        <source>Peak in flight: %1 of %2 configured (network managers: %3).</source>
        <translation>进行中的请求峰值：%1，配置值为 %2（网络管理器：%3）。</translation>
    </message>
    <message>
        <source>p99 rests on %1 samples.</source>
        <translation>p99 基于 %1 个样本。</translation>
    </message>
    <message>
        <source>p99 rests on only %1 samples (fewer than %2): it is the slowest request or two, not a tail.</source>
        <translation>p99 仅基于 %1 个样本（少于 %2 个）：它只是最慢的一两个请求，并不代表尾部延迟。</translation>
    </message>
    <message>
        <source>%1 of %2 replies came without usage: their tokens are Tally&apos;s estimate.</source>
        <translation>%2 条回复中有 %1 条未附带用量：其 token 数为 Tally 的估算值。</translation>
    </message>
    <message>
        <source>%1 requests were rate limited (429; Retry-After up to %2 s): the figures show the provider&apos;s limit, not its speed.</source>
        <translation>%1 个请求被限流（429；Retry-After 最长 %2 秒）：这些数据反映的是服务提供商的限制，而非其速度。</translation>
    </message>
    <message>
        <source>%1 requests were rate limited (429): the figures show the provider&apos;s limit, not its speed.</source>
        <translation>%1 个请求被限流（429）：这些数据反映的是服务提供商的限制，而非其速度。</translation>
    </message>
    <message>
        <source>Tally used %1% of one CPU core: the figures are the server&apos;s, not the client&apos;s.</source>
        <translation>Tally 占用了单个 CPU 核心的 %1%：这些数据反映的是服务器，而非客户端。</translation>
    </message>
    <message>
        <source>Tally used %1% of one CPU core: it is near its own ceiling, so the figures may be Tally&apos;s limit (see tally-cli bench --self-test).</source>
        <translation>Tally 占用了单个 CPU 核心的 %1%：已接近其自身上限，因此这些数据可能反映的是 Tally 的极限（参见 tally-cli bench --self-test）。</translation>
    </message>
    <message>
        <source>%1% of the prompt tokens were served from the provider&apos;s cache.</source>
        <translation>%1% 的提示词 token 来自服务提供商的缓存。</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>Benchmark a provider: latency (TTFT, ITL, TPOT, E2E), throughput, errors and cost, measured the same way every time.</source>
        <translation>对服务提供商进行基准测试：延迟（TTFT、ITL、TPOT、E2E）、吞吐量、错误和费用，每次都以相同方式测量。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>This run costs at most %1 (N = %2 with the warm-up, each the largest prompt and max_tokens; estimated).</source>
        <translation>本次运行费用最多为 %1（N = %2，含预热；每个请求按最长提示词和 max_tokens 计；估算值）。</translation>
    </message>
    <message>
        <source>Could not write to %1; the run goes on.</source>
        <translation>无法写入 %1；运行将继续。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The loopback server could not start: %1</source>
        <translation>无法启动环回服务器：%1</translation>
    </message>
</context>
<context>
    <name>BenchHistoryPanel</name>
    <message>
        <source>Past benchmark runs</source>
        <translation>以往的基准测试运行</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Selected runs side by side</source>
        <translation>所选运行并排对比</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Select two runs to see them side by side.</source>
        <translation>选择两次运行以并排查看。</translation>
    </message>
    <message>
        <source>The conversation database is not open, so this run is not kept.</source>
        <translation>对话数据库未打开，因此不会保存本次运行。</translation>
    </message>
    <message>
        <source>The run could not be stored: %1</source>
        <translation>无法保存本次运行：%1</translation>
    </message>
    <message>
        <source>The conversation database is not open, so there is no history.</source>
        <translation>对话数据库未打开，因此没有历史记录。</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Export benchmark runs</source>
        <translation>导出基准测试运行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Copied as a Markdown table.</source>
        <translation>已复制为 Markdown 表格。</translation>
    </message>
</context>
<context>
    <name>BenchLivePanel</name>
    <message>
        <source>Benchmark progress</source>
        <translation>基准测试进度</translation>
    </message>
    <message>
        <source>Latency shown in the histogram</source>
        <translation>直方图中显示的延迟</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>E2E latency</source>
        <translation>E2E 延迟</translation>
    </message>
    <message>
        <source>ITL (per token)</source>
        <translation>ITL（每 token）</translation>
    </message>
    <message>
        <source>Benchmark result</source>
        <translation>基准测试结果</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Histogram:</source>
        <translation>直方图：</translation>
    </message>
    <message>
        <source>Choose what to run and press Start.</source>
        <translation>选择要运行的内容，然后点击“开始”。</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>正在预热</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>预计剩余 %1</translation>
    </message>
    <message>
        <source>%1 req/s · %2 tok/s · in flight %3 · TTFT p50 %4, p99 %5 · E2E p50 %6, p99 %7 · errors %8</source>
        <translation>%1 请求/秒 · %2 token/秒 · 进行中 %3 · TTFT p50 %4，p99 %5 · E2E p50 %6，p99 %7 · 错误 %8</translation>
    </message>
</context>
<context>
    <name>BenchOptions</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>--%1 must be a number above 0, not &quot;%2&quot;.</source>
        <translation>--%1 必须是大于 0 的数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>Measured requests (default 100).</source>
        <translation>计入测量的请求数（默认 100）。</translation>
    </message>
    <message>
        <source>Closed loop: requests always in flight (default 10).</source>
        <translation>闭环：始终保持进行中的请求数（默认 10）。</translation>
    </message>
    <message>
        <source>Open loop: requests per second, whatever the server does.</source>
        <translation>开环：每秒请求数，不受服务器表现影响。</translation>
    </message>
    <message>
        <source>Open loop arrivals: poisson (default) or constant.</source>
        <translation>开环请求到达方式：poisson（默认）或 constant。</translation>
    </message>
    <message>
        <source>Open loop: most requests in flight (default 1000).</source>
        <translation>开环：进行中请求数的上限（默认 1000）。</translation>
    </message>
    <message>
        <source>Seed for Poisson arrivals, to repeat a run.</source>
        <translation>泊松到达的随机种子，用于重复同一次运行。</translation>
    </message>
    <message>
        <source>Requests sent first and left out of the figures (default 2).</source>
        <translation>先发送且不计入数据的请求数（默认 2）。</translation>
    </message>
    <message>
        <source>Model id (default: the profile&apos;s default model).</source>
        <translation>模型 ID（默认：配置的默认模型）。</translation>
    </message>
    <message>
        <source>Maximum reply length in tokens (default 128).</source>
        <translation>最大回复长度（token 数，默认 128）。</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>采样温度，取值 0 到 2。</translation>
    </message>
    <message>
        <source>Requests without streaming.</source>
        <translation>请求不使用流式传输。</translation>
    </message>
    <message>
        <source>The prompt to send.</source>
        <translation>要发送的提示词。</translation>
    </message>
    <message>
        <source>Prompts from a JSONL file: {&quot;prompt&quot;: ...} or {&quot;messages&quot;: [...]} per line.</source>
        <translation>从 JSONL 文件读取提示词：每行一个 {&quot;prompt&quot;: ...} 或 {&quot;messages&quot;: [...]}。</translation>
    </message>
    <message>
        <source>Send the prompts as they are (no nonce): caches may answer; the cached share is reported.</source>
        <translation>按原样发送提示词（不加 nonce）：缓存可能会作答；会报告缓存命中的比例。</translation>
    </message>
    <message>
        <source>Cost cap in the model&apos;s price currency: no request starts that could pass it (exit 4).</source>
        <translation>费用上限，以模型价格的货币计：可能超出上限的请求都不会发起（退出码 4）。</translation>
    </message>
    <message>
        <source>Objectives, e.g. ttft=500ms,e2e:p90=10s,errors=1% (exit 8 when one fails).</source>
        <translation>目标，例如 ttft=500ms,e2e:p90=10s,errors=1%（任一目标未达成时退出码为 8）。</translation>
    </message>
    <message>
        <source>Seconds one request may take (default 60).</source>
        <translation>单个请求的最长用时（秒，默认 60）。</translation>
    </message>
    <message>
        <source>Write one JSON line per request to FILE as they end.</source>
        <translation>每个请求结束时向 FILE 写入一行 JSON。</translation>
    </message>
    <message>
        <source>Write the result as CSV to FILE.</source>
        <translation>将结果以 CSV 格式写入 FILE。</translation>
    </message>
    <message>
        <source>Print the result as JSON instead of the table.</source>
        <translation>以 JSON 而非表格形式输出结果。</translation>
    </message>
    <message>
        <source>Measure Tally&apos;s own ceiling against an instant server on this machine.</source>
        <translation>使用本机上即时响应的服务器测量 Tally 自身的上限。</translation>
    </message>
    <message>
        <source>Use --concurrency (closed loop) or --rate (open loop), not both; --max-concurrency caps an open loop.</source>
        <translation>只能使用 --concurrency（闭环）或 --rate（开环）其中之一，不能同时使用；--max-concurrency 用于限制开环。</translation>
    </message>
    <message>
        <source>--arrivals must be poisson or constant, not &quot;%1&quot;.</source>
        <translation>--arrivals 必须是 poisson 或 constant，而不是“%1”。</translation>
    </message>
    <message>
        <source>--seed must be a whole number above 0.</source>
        <translation>--seed 必须是大于 0 的整数。</translation>
    </message>
    <message>
        <source>--temperature must be a number from 0 to 2.</source>
        <translation>--temperature 必须是 0 到 2 之间的数字。</translation>
    </message>
    <message>
        <source>Use --prompt or --prompts, not both.</source>
        <translation>只能使用 --prompt 或 --prompts 其中之一，不能同时使用。</translation>
    </message>
</context>
<context>
    <name>BenchProgressLine</name>
    <message>
        <source>warming up… %1 in flight</source>
        <translation>正在预热… 进行中 %1</translation>
    </message>
    <message>
        <source>%1/%2 · in flight %3 · %4 req/s · errors %5 · ETA %6</source>
        <translation>%1/%2 · 进行中 %3 · %4 请求/秒 · 错误 %5 · 预计剩余 %6</translation>
    </message>
</context>
<context>
    <name>BenchRecord</name>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>rate limited (429)</source>
        <translation>被限流（429）</translation>
    </message>
    <message>
        <source>client error (4xx)</source>
        <translation>客户端错误（4xx）</translation>
    </message>
    <message>
        <source>server error (5xx)</source>
        <translation>服务器错误（5xx）</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>error mid-stream</source>
        <translation>流传输中途出错</translation>
    </message>
    <message>
        <source>truncated stream</source>
        <translation>流被截断</translation>
    </message>
    <message>
        <source>empty completion</source>
        <translation>回复为空</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>BenchReport</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>no price for this model</source>
        <translation>此模型没有价格</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1 at %2 (profile %3)</source>
        <translation>%2 上的 %1（配置 %3）</translation>
    </message>
    <message>
        <source>open loop at %1 req/s</source>
        <translation>开环，%1 请求/秒</translation>
    </message>
    <message>
        <source>closed loop at concurrency %1</source>
        <translation>闭环，并发数 %1</translation>
    </message>
    <message>
        <source>streamed</source>
        <translation>流式</translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation>非流式</translation>
    </message>
    <message>
        <source>%1: N = %2, %3, %4. %5.</source>
        <translation>%1：N = %2，%3，%4。%5。</translation>
    </message>
    <message>
        <source>E2E of %1 successful requests</source>
        <translation>%1 个成功请求的 E2E</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>平均延迟</translation>
    </message>
    <message>
        <source>P50 latency</source>
        <translation>P50 延迟</translation>
    </message>
    <message>
        <source>median E2E</source>
        <translation>E2E 中位数</translation>
    </message>
    <message>
        <source>P99 latency</source>
        <translation>P99 延迟</translation>
    </message>
    <message>
        <source>only %1 samples: not a tail</source>
        <translation>仅 %1 个样本：不代表尾部</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 个样本</translation>
    </message>
    <message>
        <source>offered %1 req/s, peak in flight %2</source>
        <translation>发送速率 %1 请求/秒，进行中峰值 %2</translation>
    </message>
    <message>
        <source>%1 concurrent, peak in flight %2</source>
        <translation>并发 %1，进行中峰值 %2</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 请求/秒</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cost per 1M tokens</source>
        <translation>每 100 万 token 费用</translation>
    </message>
    <message>
        <source>blended input and output, %1</source>
        <translation>输入与输出综合，%1</translation>
    </message>
    <message>
        <source>TTFT p50 / p90 / p99</source>
        <translation>TTFT p50 / p90 / p99</translation>
    </message>
    <message>
        <source>send to first text</source>
        <translation>从发送到首段文本</translation>
    </message>
    <message>
        <source>ITL p50 / p90 / p99</source>
        <translation>ITL p50 / p90 / p99</translation>
    </message>
    <message>
        <source>per token, %1 tokens</source>
        <translation>每 token，共 %1 个 token</translation>
    </message>
    <message>
        <source>TPOT p50 / p90 / p99</source>
        <translation>TPOT p50 / p90 / p99</translation>
    </message>
    <message>
        <source>(E2E - TTFT) / (tokens - 1)</source>
        <translation>(E2E - TTFT) / (token 数 - 1)</translation>
    </message>
    <message>
        <source>E2E p50 / p90 / p99</source>
        <translation>E2E p50 / p90 / p99</translation>
    </message>
    <message>
        <source>send to last text</source>
        <translation>从发送到最后一段文本</translation>
    </message>
    <message>
        <source>Queueing p50 / p90 / p99</source>
        <translation>排队 p50 / p90 / p99</translation>
    </message>
    <message>
        <source>scheduled to sent; counted in the latencies above</source>
        <translation>从计划时间到实际发送；已计入上方的延迟</translation>
    </message>
    <message>
        <source>Output tokens/s</source>
        <translation>输出 token/秒</translation>
    </message>
    <message>
        <source>all requests together</source>
        <translation>所有请求合计</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>有效吞吐量</translation>
    </message>
    <message>
        <source>%1 requests met every objective</source>
        <translation>%1 个请求达成了所有目标</translation>
    </message>
    <message>
        <source>SLO %1</source>
        <translation>SLO %1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>服务提供商报告</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>partly estimated</source>
        <translation>部分估算</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>输入 / 输出 token</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, %2 cached</source>
        <translation>%1，缓存 %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Cost per request</source>
        <translation>每个请求的费用</translation>
    </message>
    <message>
        <source>Per 1M input / output</source>
        <translation>每 100 万 输入 / 输出</translation>
    </message>
    <message>
        <source>estimated from the price table</source>
        <translation>根据价格表估算</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>open loop</source>
        <translation>开环</translation>
    </message>
    <message>
        <source>closed loop</source>
        <translation>闭环</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>warm-up left out: %1</source>
        <translation>未计入的预热请求：%1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>检查：</translation>
    </message>
</context>
<context>
    <name>BenchResult</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped: partial result</source>
        <translation>已停止：部分结果</translation>
    </message>
    <message>
        <source>interrupted: partial result</source>
        <translation>已中断：部分结果</translation>
    </message>
    <message>
        <source>stopped at the cost cap: partial result</source>
        <translation>已在费用上限处停止：部分结果</translation>
    </message>
    <message>
        <source>streamed</source>
        <translation>流式</translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation>非流式</translation>
    </message>
    <message>
        <source>%1 req/s offered, %2</source>
        <translation>发送速率 %1 请求/秒，%2</translation>
    </message>
    <message>
        <source>%1 in flight, %2</source>
        <translation>并发 %1，%2</translation>
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
        <translation>已有基准测试正在运行。</translation>
    </message>
    <message>
        <source>The price table has no price for %1, so a cost cap cannot be kept. Add its price in Settings › Models, or run without a cap.</source>
        <translation>价格表中没有 %1 的价格，因此无法遵守费用上限。请在“设置 › 模型与价格”中添加其价格，或在不设上限的情况下运行。</translation>
    </message>
</context>
<context>
    <name>BenchSelfTest</name>
    <message>
        <source>self-test</source>
        <translation>自测</translation>
    </message>
    <message>
        <source>Tally self-test: an instant server on this machine, N = %1 (Qt %2, CPUs: %3).</source>
        <translation>Tally 自测：本机上即时响应的服务器，N = %1（Qt %2，CPU：%3）。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>server&apos;s own</source>
        <translation>服务器自身</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>peak connections</source>
        <translation>峰值连接数</translation>
    </message>
    <message>
        <source>streamed (%1 chunks)</source>
        <translation>流式（%1 个分块）</translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation>非流式</translation>
    </message>
    <message>
        <source>The rates at 10 in flight are the most Tally can measure here: a real run that comes near them measures Tally, not the provider. &quot;overhead&quot; one at a time is what Tally adds to every TTFT it reports; at 10 in flight it includes the wait for this machine&apos;s two cores.</source>
        <translation>进行中请求数为 10 时的速率是 Tally 在此处能测量的上限：若实际运行接近这些数值，则测到的是 Tally 而非服务提供商。逐个请求时的“开销”是 Tally 为其报告的每个 TTFT 增加的时间；进行中请求数为 10 时，其中还包括等待本机两个 CPU 核心的时间。</translation>
    </message>
    <message>
        <source>Interrupted: partial result.</source>
        <translation>已中断：部分结果。</translation>
    </message>
</context>
<context>
    <name>BenchSetupForm</name>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>加入队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Add the model to the queue</source>
        <translation>将模型加入队列</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the model from the queue</source>
        <translation>从队列中移除模型</translation>
    </message>
    <message>
        <source>Models to run, one after another</source>
        <translation>要依次运行的模型</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Prompt set file (JSONL)</source>
        <translation>提示词集文件（JSONL）</translation>
    </message>
    <message>
        <source>or a JSONL prompt set</source>
        <translation>或 JSONL 提示词集</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a prompt set file</source>
        <translation>选择提示词集文件</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>负载模式</translation>
    </message>
    <message>
        <source>Closed loop (concurrency)</source>
        <translation>闭环（并发）</translation>
    </message>
    <message>
        <source>Open loop (rate)</source>
        <translation>开环（速率）</translation>
    </message>
    <message>
        <source>Maximum tokens per reply</source>
        <translation>每条回复的最大 token 数</translation>
    </message>
    <message>
        <source>&amp;Stream the replies</source>
        <translation>流式传输回复(&amp;S)</translation>
    </message>
    <message>
        <source>Stream the replies</source>
        <translation>流式传输回复</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>模型(&amp;O)：</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>提示词(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation>请求数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>负载(&amp;L)：</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>最大 token 数(&amp;T)：</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>进行中的请求数</translation>
    </message>
    <message>
        <source> in flight</source>
        <translation> 个并发</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> 个/秒</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>到达方式</translation>
    </message>
    <message>
        <source>Poisson arrivals</source>
        <translation>泊松到达</translation>
    </message>
    <message>
        <source>Constant arrivals</source>
        <translation>恒定到达</translation>
    </message>
    <message>
        <source>Prompt set</source>
        <translation>提示词集</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Type a prompt or choose a prompt set.</source>
        <translation>请输入提示词或选择提示词集。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>There is no provider profile; add one in Settings › Providers.</source>
        <translation>没有服务提供商配置；请在“设置 › 服务提供商”中添加。</translation>
    </message>
    <message>
        <source>Choose a model.</source>
        <translation>请选择模型。</translation>
    </message>
</context>
<context>
    <name>BenchSlo</name>
    <message>
        <source>&quot;%1&quot; is not an objective such as ttft=500ms, e2e:p90=2s, tpot=50ms, itl=30ms or errors=1%.</source>
        <translation>“%1”不是有效的目标，目标示例：ttft=500ms、e2e:p90=2s、tpot=50ms、itl=30ms 或 errors=1%。</translation>
    </message>
    <message>
        <source>No objective given; for example --slo ttft=500ms,e2e=10s,errors=1%.</source>
        <translation>未指定目标；例如 --slo ttft=500ms,e2e=10s,errors=1%。</translation>
    </message>
</context>
<context>
    <name>BenchSpec</name>
    <message>
        <source>The number of requests must be at least 1.</source>
        <translation>请求数至少为 1。</translation>
    </message>
    <message>
        <source>The number of warm-up requests cannot be negative.</source>
        <translation>预热请求数不能为负数。</translation>
    </message>
    <message>
        <source>The concurrency must be at least 1.</source>
        <translation>并发数至少为 1。</translation>
    </message>
    <message>
        <source>The request rate must be more than 0 per second.</source>
        <translation>请求速率必须大于每秒 0 个。</translation>
    </message>
    <message>
        <source>The maximum concurrency must be at least 1.</source>
        <translation>最大并发数至少为 1。</translation>
    </message>
    <message>
        <source>A benchmark needs max_tokens, so that its cost has a limit.</source>
        <translation>基准测试需要设置 max_tokens，以便费用有上限。</translation>
    </message>
    <message>
        <source>The timeout must be more than 0.</source>
        <translation>超时时间必须大于 0。</translation>
    </message>
    <message>
        <source>There is no prompt to send.</source>
        <translation>没有要发送的提示词。</translation>
    </message>
    <message>
        <source>No model is chosen.</source>
        <translation>未选择模型。</translation>
    </message>
    <message>
        <source>The cost cap must be more than 0.</source>
        <translation>费用上限必须大于 0。</translation>
    </message>
</context>
<context>
    <name>BenchmarkDialog</name>
    <message>
        <source>Benchmark</source>
        <translation>基准测试</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Stopped; the partial result is kept in the history.</source>
        <translation>已停止；部分结果已保存在历史记录中。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Start &amp;anyway</source>
        <translation>仍然开始(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>At most %1 for %2 requests, warm-up included (estimated: the largest prompt and max tokens at the price table&apos;s price).</source>
        <translation>%2 个请求（含预热）最多 %1（估算：按最长提示词和最大 token 数，以价格表中的价格计算）。</translation>
    </message>
    <message>
        <source>Cost unknown: the price table has no price for a model in the queue.</source>
        <translation>费用未知：价格表中缺少队列中某个模型的价格。</translation>
    </message>
    <message>
        <source>This run may cost up to %1. Start it?</source>
        <translation>本次运行费用最高可能达到 %1。要开始吗？</translation>
    </message>
    <message>
        <source>Done; the results are in the history.</source>
        <translation>已完成；结果已保存在历史记录中。</translation>
    </message>
    <message>
        <source>Looking up the key for %1…</source>
        <translation>正在查找 %1 的密钥…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
</context>
<context>
    <name>BenchmarkStore</name>
    <message>
        <source>That benchmark run is no longer stored.</source>
        <translation>该基准测试运行已不再保存。</translation>
    </message>
</context>
<context>
    <name>BudgetStatus</name>
    <message>
        <source>This conversation has cost %1 of its %2 budget.</source>
        <translation>此对话已花费 %1，其预算为 %2。</translation>
    </message>
    <message>
        <source>Today&apos;s replies have cost %1 of the %2 daily budget.</source>
        <translation>今天的回复已花费 %1，每日预算为 %2。</translation>
    </message>
    <message>
        <source>This month&apos;s replies have cost %1 of the %2 monthly budget.</source>
        <translation>本月的回复已花费 %1，每月预算为 %2。</translation>
    </message>
</context>
<context>
    <name>ChatChunk</name>
    <message>
        <source>The provider reported token counts that cannot be right (%1); Tally estimated them instead.</source>
        <translation>服务商报告的令牌数不可能正确（%1）；Tally 改为估算。</translation>
    </message>
    <message>
        <source>The provider reported a cost of %1, which cannot be right; Tally estimated the cost instead.</source>
        <translation>服务商报告的费用为 %1，这不可能正确；Tally 改为估算费用。</translation>
    </message>
</context>
<context>
    <name>ChatCommand</name>
    <message>
        <source>Send a prompt and stream the reply to stdout.</source>
        <translation>发送提示词，并将回复以流式输出到 stdout。</translation>
    </message>
    <message>
        <source>No prompt: give it as an argument or on stdin.</source>
        <translation>未提供提示词：请通过参数或 stdin 提供。</translation>
    </message>
    <message>
        <source>Cannot read stdin: %1</source>
        <translation>无法读取 stdin：%1</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>提示词为空。</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (retry %3).</source>
        <translation>%1 将在 %2 秒后重试（第 %3 次重试）。</translation>
    </message>
    <message>
        <source>Could not write the stats to %1: %2</source>
        <translation>无法将统计信息写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ChatDefaultsPage</name>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Maximum reply length in tokens</source>
        <translation>最大回复长度（token 数）</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Instructions sent at the start of every conversation</source>
        <translation>在每个对话开始时发送的指令</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>最大 token 数(&amp;M)：</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-p(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>系统提示词(&amp;S)：</translation>
    </message>
    <message>
        <source>Chat defaults</source>
        <translation>对话默认设置</translation>
    </message>
    <message>
        <source>&amp;Name new conversations with a model after the first reply</source>
        <translation>首次回复后由模型为新对话命名(&amp;N)</translation>
    </message>
    <message>
        <source>One short extra request; its cost is counted in the conversation.</source>
        <translation>会额外发送一个简短的请求；其费用计入该对话。</translation>
    </message>
    <message>
        <source>Model for titles</source>
        <translation>标题生成模型</translation>
    </message>
    <message>
        <source>the conversation&apos;s model</source>
        <translation>对话所用的模型</translation>
    </message>
    <message>
        <source>Model for &amp;titles:</source>
        <translation>标题生成模型(&amp;T)：</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>服务商默认值</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Provider profile</source>
        <translation>服务提供商配置</translation>
    </message>
    <message>
        <source>The provider profile this conversation uses</source>
        <translation>此对话使用的服务提供商配置</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Temperature: lower is more focused, higher more varied (0-2)</source>
        <translation>温度：值越低回复越集中，越高越多样（0-2）</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>对话标题</translation>
    </message>
    <message>
        <source>The model this conversation uses: pick one the provider lists, or type its id</source>
        <translation>此对话使用的模型：从服务商列出的模型中选择，或输入其 ID</translation>
    </message>
    <message>
        <source>Refresh the model list</source>
        <translation>刷新模型列表</translation>
    </message>
    <message>
        <source>Ask the provider again which models it offers</source>
        <translation>重新向服务商查询可用模型</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>System prompt of this conversation</source>
        <translation>此对话的系统提示词</translation>
    </message>
    <message>
        <source>This conversation uses the default system prompt from Settings. Click to give it instructions of its own.</source>
        <translation>此对话使用设置中的默认系统提示词。点击为它设置专属指令。</translation>
    </message>
    <message>
        <source>This conversation&apos;s system prompt:</source>
        <translation>此对话的系统提示词：</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <source>--save takes a conversation id (a number), not &quot;%1&quot;.</source>
        <translation>--save 需要对话 ID（一个数字），而不是“%1”。</translation>
    </message>
    <message>
        <source>Model id (default: the profile&apos;s default model).</source>
        <translation>模型 ID（默认：配置的默认模型）。</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>系统提示词。</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>采样温度，取值 0 到 2。</translation>
    </message>
    <message>
        <source>Maximum reply length in tokens.</source>
        <translation>最大回复长度（token 数）。</translation>
    </message>
    <message>
        <source>One request without streaming.</source>
        <translation>单次请求，不使用流式传输。</translation>
    </message>
    <message>
        <source>Write the stats object to FILE when done, even on failure.</source>
        <translation>完成后将统计对象写入 FILE，即使失败也会写入。</translation>
    </message>
    <message>
        <source>Print the model&apos;s reasoning text to stderr.</source>
        <translation>将模型的推理文本输出到 stderr。</translation>
    </message>
    <message>
        <source>The prompt; read from stdin when absent.</source>
        <translation>提示词；未提供时从 stdin 读取。</translation>
    </message>
    <message>
        <source>--temperature must be a number from 0 to 2.</source>
        <translation>--temperature 必须是 0 到 2 之间的数字。</translation>
    </message>
    <message>
        <source>--max-tokens must be a whole number of at least 1.</source>
        <translation>--max-tokens 必须是不小于 1 的整数。</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>The model list could not be fetched: %1</source>
        <translation>无法获取模型列表：%1</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>The conversation database is not available.</source>
        <translation>对话数据库不可用。</translation>
    </message>
    <message>
        <source>The conversation database is read-only.</source>
        <translation>对话数据库为只读。</translation>
    </message>
    <message>
        <source>Paste an API key above to start chatting.</source>
        <translation>在上方粘贴 API 密钥即可开始聊天。</translation>
    </message>
    <message>
        <source>The reply is stored in full now.</source>
        <translation>回复现已完整保存。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older message(s) were left out of this request so it fits the model&apos;s context window.</source>
        <translation>
            <numerusform>为适应模型的上下文窗口，本次请求省略了 %Ln 条较早的消息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatRecorder</name>
    <message>
        <source>Sending is paused by your budget; change it in Settings › Data &amp; privacy.</source>
        <translation>发送已因预算而暂停；可在“设置 › 数据与隐私”中更改。</translation>
    </message>
    <message>
        <source>Saved in conversation %1.</source>
        <translation>已保存到对话 %1。</translation>
    </message>
    <message>
        <source>The end of the reply could not be saved (%1). Conversation %2 keeps %3 of its %4 characters; all of it went to standard output.</source>
        <translation>无法保存回复的末尾部分（%1）。对话 %2 保留了全部 %4 个字符中的 %3 个；完整内容已输出到标准输出。</translation>
    </message>
    <message>
        <source>The reply could not be saved (%1). Conversation %2 keeps none of its %3 characters; all of it went to standard output.</source>
        <translation>无法保存回复（%1）。对话 %2 未保留全部 %3 个字符中的任何内容；完整内容已输出到标准输出。</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid http:// or https:// address.</source>
        <translation>基础 URL“%1”不是有效的 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>a stream event was not valid JSON</source>
        <translation>某个流事件不是有效的 JSON</translation>
    </message>
    <message>
        <source>the reply was not valid JSON</source>
        <translation>回复不是有效的 JSON</translation>
    </message>
    <message>
        <source>the stream ended without a finish marker</source>
        <translation>流已结束，但缺少结束标记</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒内未收到数据</translation>
    </message>
    <message>
        <source>the reply took longer than %1 s</source>
        <translation>回复用时超过 %1 秒</translation>
    </message>
    <message>
        <source>a line of the stream was longer than %1</source>
        <translation>流中有一行超过了 %1</translation>
    </message>
    <message>
        <source>an event of the stream was larger than %1</source>
        <translation>流中有一个事件超过了 %1</translation>
    </message>
    <message>
        <source>the reply was larger than %1</source>
        <translation>回复超过了 %1</translation>
    </message>
    <message>
        <source>the reply reached its size limit of %1</source>
        <translation>回复已达到 %1 的大小上限</translation>
    </message>
    <message>
        <source>no response from the provider for %1 s</source>
        <translation>服务提供商 %1 秒内无响应</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
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
        <translation>用法：tally-cli [--help] [--version] COMMAND [OPTIONS]

Tally 的命令行配套工具：与 Tally 应用共享配置、钥匙串和对话数据库。

命令：
  chat [PROMPT]    发送提示词；回复以流式输出到 stdout。
  models           列出服务提供商的模型。
  bench            对服务提供商进行基准测试：延迟、吞吐量、错误和费用。
  conversations    list | export ID --format md|json|csv | import FILE
  profiles         list | show NAME | add NAME --base-url URL | remove NAME | default NAME
  key              set NAME（从 stdin 读取密钥）| delete NAME | status NAME

选项：
  -h, --help       显示此帮助并退出。
  -v, --version    显示版本并退出。
  --raw            按原样输出回复、标题和消息，包括控制字符和转义序列
                   （所有命令都接受此选项）。不使用时，若输出到终端，
                   这些字符会显示为可见符号；输出到管道和文件时始终保持不变。

运行 `tally-cli COMMAND --help` 查看某个命令的选项。
</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write replies, titles and messages as they came, control characters and escape sequences included. Without it they are shown as visible signs when the output is a terminal; pipes and files always get them unchanged.</source>
        <translation>按原样输出回复、标题和消息，包括控制字符和转义序列。不使用时，若输出到终端，这些字符会显示为可见符号；输出到管道和文件时始终保持不变。</translation>
    </message>
</context>
<context>
    <name>CompareColumnView</name>
    <message>
        <source>Answer of %1</source>
        <translation>%1 的回答</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>继续使用这个回答</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>正在流式传输…</translation>
    </message>
    <message>
        <source>%1 → %2 tokens%3</source>
        <translation>%1 → %2 token%3</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message>
        <source>not billed</source>
        <translation>不计费</translation>
    </message>
    <message>
        <source>TTFT %1 · total %2 · %3 · %4 · %5</source>
        <translation>TTFT %1 · 总计 %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>total %1 · %2</source>
        <translation>总计 %1 · %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Prompt to send to every model</source>
        <translation>要发送给每个模型的提示词</translation>
    </message>
    <message>
        <source>One prompt, sent to every model below</source>
        <translation>同一个提示词，发送给下方的每个模型</translation>
    </message>
    <message>
        <source>&amp;Add a model</source>
        <translation>添加模型(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Send to all</source>
        <translation>全部发送(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>All answers are in.</source>
        <translation>所有回答均已返回。</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>配置 %1</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Model %1:</source>
        <translation>模型 %1：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sent to %1 models…</source>
        <translation>已发送给 %1 个模型…</translation>
    </message>
    <message>
        <source>The conversation database is not open, so the answer cannot be kept.</source>
        <translation>对话数据库未打开，因此无法保存该回答。</translation>
    </message>
</context>
<context>
    <name>CompareRun</name>
    <message>
        <source>A comparison is still running.</source>
        <translation>对比仍在进行中。</translation>
    </message>
    <message>
        <source>Compare needs two to four models.</source>
        <translation>对比需要两到四个模型。</translation>
    </message>
    <message>
        <source>Type a prompt to compare the answers.</source>
        <translation>请输入提示词以对比回答。</translation>
    </message>
    <message>
        <source>That answer is not finished, so it cannot be continued.</source>
        <translation>该回答尚未完成，因此无法继续。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
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
        <source>Write a message (Enter sends, Shift+Enter starts a new line)</source>
        <translation>输入消息（按 Enter 发送，按 Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>停止回复</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>停止回复（Esc）</translation>
    </message>
    <message>
        <source>Estimated cost of this send</source>
        <translation>本次发送的预估费用</translation>
    </message>
    <message>
        <source>Editing your question: Send asks it as a new version (the old one and its answer are kept).</source>
        <translation>正在编辑你的问题：点击“发送”会将其作为新版本提问（原问题及其回答都会保留）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>取消编辑</translation>
    </message>
</context>
<context>
    <name>ComposerEstimate</name>
    <message>
        <source>≈ %1 prompt tokens</source>
        <translation>≈ 提示词 %1 token</translation>
    </message>
    <message>
        <source>≈ %1 before the reply</source>
        <translation>≈ %1（不含回复）</translation>
    </message>
    <message>
        <source>price unknown for %1</source>
        <translation>%1 的价格未知</translation>
    </message>
    <message>
        <source>does not fit the %1-token context window: older turns will be left out</source>
        <translation>超出 %1 token 的上下文窗口：将省略较早的对话轮次</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>HTTP proxy %1</source>
        <translation>HTTP 代理 %1</translation>
    </message>
    <message>
        <source>SOCKS5 proxy %1</source>
        <translation>SOCKS5 代理 %1</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>无（直接连接）</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %Ln second(s).</source>
        <translation>
            <numerusform>%Ln 秒内未收到响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>“%1”不是 http:// 或 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>ConversationBanner</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Continue the reply</source>
        <translation>继续生成</translation>
    </message>
    <message>
        <source>Shorten and send again</source>
        <translation>缩短后重新发送</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>选择其他模型</translation>
    </message>
    <message>
        <source>Set the API key…</source>
        <translation>设置 API 密钥…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Budget settings…</source>
        <translation>预算设置…</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>重新保存</translation>
    </message>
</context>
<context>
    <name>ConversationChoices</name>
    <message>
        <source>Paste the API key for &quot;%1&quot; in Settings › Providers (Tally keeps it in the system keychain). From a terminal: tally-cli key set %1, or set the environment variable %2 before starting Tally.</source>
        <translation>请在“设置 › 服务提供商”中粘贴“%1”的 API 密钥（Tally 会将其保存在系统钥匙串中）。在终端中：运行 tally-cli key set %1，或在启动 Tally 前设置环境变量 %2。</translation>
    </message>
    <message>
        <source>Looking for the API key…</source>
        <translation>正在查找 API 密钥…</translation>
    </message>
    <message>
        <source>No API key for the profile &quot;%1&quot; yet.</source>
        <translation>配置“%1”还没有 API 密钥。</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>无法读取钥匙串：%1</translation>
    </message>
</context>
<context>
    <name>ConversationJson</name>
    <message>
        <source>%1 must be a number when the cost is %2, not %3.</source>
        <translation>费用类型为 %2 时，%1 必须是数字，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 is given, but %2 is null; stats need usage.</source>
        <translation>提供了 %1，但 %2 为 null；统计信息需要 usage。</translation>
    </message>
    <message>
        <source>%1 must be 0 or more, not %2.</source>
        <translation>%1 必须大于或等于 0，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 必须是对象，而不是 %2。</translation>
    </message>
    <message>
        <source>The file is not a Tally conversation export (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>该文件不是 Tally 对话导出文件（缺少 &quot;format&quot;: &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>version must be a format version such as %1, not %2.</source>
        <translation>version 必须是格式版本号（例如 %1），而不是 %2。</translation>
    </message>
    <message>
        <source>This conversation was written by a newer Tally (format version %1); update Tally to import it.</source>
        <translation>此对话由较新版本的 Tally 写入（格式版本 %1）；请更新 Tally 后再导入。</translation>
    </message>
    <message>
        <source>The file is not JSON: %1 at byte %2.</source>
        <translation>该文件不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>%1 must be a list, not %2.</source>
        <translation>%1 必须是列表，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message numerus="yes">
        <source>%1
Last active %2 · %Ln message(s)</source>
        <translation>
            <numerusform>%1
最近活动：%2 · %Ln 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message>
        <source>● replying…</source>
        <translation>● 正在回复…</translation>
    </message>
</context>
<context>
    <name>ConversationMarkdown</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Still being received when exported</source>
        <translation>导出时仍在接收中</translation>
    </message>
    <message>
        <source>Incomplete reply</source>
        <translation>回复不完整</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation>在完成前已停止</translation>
    </message>
    <message>
        <source>%1 → %2 tokens (reported)</source>
        <translation>%1 → %2 token（服务提供商报告）</translation>
    </message>
    <message>
        <source>≈ %1 → %2 tokens (estimated)</source>
        <translation>≈ %1 → %2 token（估算）</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>缓存 %1</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>推理 %1</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>总计 %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>尝试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>cost %1 (%2)</source>
        <translation>费用 %1（%2）</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>费用 %1</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>Temperature: %1</source>
        <translation>温度：%1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
</context>
<context>
    <name>ConversationSession</name>
    <message>
        <source>There is no question to answer again.</source>
        <translation>没有可重新回答的问题。</translation>
    </message>
    <message>
        <source>A reply is still coming in this conversation.</source>
        <translation>此对话仍在接收回复。</translation>
    </message>
    <message>
        <source>Sending is paused by your budget; change it in Settings › Data &amp; privacy.</source>
        <translation>发送已因预算而暂停；可在“设置 › 数据与隐私”中更改。</translation>
    </message>
    <message>
        <source>The database refused the message.</source>
        <translation>数据库拒绝了该消息。</translation>
    </message>
    <message>
        <source>That message cannot be edited.</source>
        <translation>该消息无法编辑。</translation>
    </message>
    <message>
        <source>There is no reply to continue.</source>
        <translation>没有可继续的回复。</translation>
    </message>
    <message>
        <source>The question alone is too long for this model&apos;s context window: shorten it, or choose a model with a larger window.</source>
        <translation>仅这个问题就超出了此模型的上下文窗口：请缩短问题，或选择上下文窗口更大的模型。</translation>
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
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>无匹配结果。</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Conversation %1</source>
        <translation>对话 %1</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>消息 %1</translation>
    </message>
</context>
<context>
    <name>ConversationsCommand</name>
    <message>
        <source>List, export and import conversations.</source>
        <translation>列出、导出和导入对话。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>A conversation with this id was already in the database; the import is a copy.</source>
        <translation>数据库中已存在具有此 ID 的对话；导入的对话将作为副本保存。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ConversationsOptions</name>
    <message>
        <source>Export format: md, json or csv (usage).</source>
        <translation>导出格式：md、json 或 csv（用量数据）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>写入 FILE，而不是 stdout。</translation>
    </message>
    <message>
        <source>list, export ID or import FILE.</source>
        <translation>list、export ID 或 import FILE。</translation>
    </message>
    <message>
        <source>Say what to do: list, export ID or import FILE.</source>
        <translation>请指定操作：list、export ID 或 import FILE。</translation>
    </message>
    <message>
        <source>%1 needs exactly one argument.</source>
        <translation>%1 需要且只需要一个参数。</translation>
    </message>
    <message>
        <source>--format must be md, json or csv.</source>
        <translation>--format 必须是 md、json 或 csv。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation id (see `tally-cli conversations list`).</source>
        <translation>“%1”不是对话 ID（请参阅 `tally-cli conversations list`）。</translation>
    </message>
</context>
<context>
    <name>CostEstimate</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>服务提供商报告</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>not charged</source>
        <translation>未计费</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Answer a question asked before, word for word, from a local &amp;cache (costs nothing)</source>
        <translation>对于之前问过的完全相同的问题，直接从本地缓存回答（不产生费用）(&amp;C)</translation>
    </message>
    <message>
        <source>Hours a cached reply is used</source>
        <translation>缓存回复的有效时长（小时）</translation>
    </message>
    <message>
        <source>C&amp;lear cache</source>
        <translation>清除缓存(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export all conversations…</source>
        <translation>导出所有对话(&amp;E)…</translation>
    </message>
    <message>
        <source>Budget per conversation</source>
        <translation>每个对话的预算</translation>
    </message>
    <message>
        <source>Budget per day</source>
        <translation>每日预算</translation>
    </message>
    <message>
        <source>Budget per month</source>
        <translation>每月预算</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>预算货币</translation>
    </message>
    <message>
        <source>When a budget is reached</source>
        <translation>达到预算时</translation>
    </message>
    <message>
        <source>Warn, and send anyway</source>
        <translation>发出警告，但仍然发送</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>停止发送</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Response cache</source>
        <translation>响应缓存</translation>
    </message>
    <message>
        <source>Use a cached reply for this many &amp;hours:</source>
        <translation>缓存回复的有效小时数(&amp;H)：</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Per c&amp;onversation:</source>
        <translation>每个对话(&amp;O)：</translation>
    </message>
    <message>
        <source>Per &amp;day:</source>
        <translation>每日(&amp;D)：</translation>
    </message>
    <message>
        <source>Per &amp;month:</source>
        <translation>每月(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <source>When one is &amp;reached:</source>
        <translation>达到预算时(&amp;R)：</translation>
    </message>
    <message>
        <source>Costs in other currencies are not converted and do not count.</source>
        <translation>其他货币的费用不会换算，也不计入预算。</translation>
    </message>
    <message>
        <source>Export all conversations to</source>
        <translation>将所有对话导出到</translation>
    </message>
    <message>
        <source>Data &amp; privacy</source>
        <translation>数据与隐私</translation>
    </message>
    <message>
        <source>Enter the currency as a three-letter code such as USD or CNY.</source>
        <translation>请输入由三个字母组成的货币代码，例如 USD 或 CNY。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached reply(s)</source>
        <translation>
            <numerusform>%Ln 条缓存回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln cached reply(s).</source>
        <translation>
            <numerusform>已删除 %Ln 条缓存回复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln conversation(s)…</source>
        <translation>
            <numerusform>正在导出 %Ln 个对话…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export stopped after %Ln conversation(s): %1 could not be written (%2).</source>
        <translation>
            <numerusform>导出 %Ln 个对话后停止：无法写入 %1（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 of %2…</source>
        <translation>已导出 %1 个，共 %2 个…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln conversation(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个对话导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Empties the cache when you apply</source>
        <translation>应用时清空缓存</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>The cache will be emptied when you apply. Cancel keeps it.</source>
        <translation>应用时将清空缓存。取消则保留。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Tally cannot read its database %1: %2</source>
        <translation>Tally 无法读取其数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Tally database (it is not an SQLite file). Tally has left it exactly as it is; you can start a new database beside it.</source>
        <translation>%1 不是 Tally 数据库（不是 SQLite 文件）。Tally 未对其做任何改动；你可以在其旁边新建一个数据库。</translation>
    </message>
    <message>
        <source>Tally cannot create its data folder %1.</source>
        <translation>Tally 无法创建其数据文件夹 %1。</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). Tally has left it exactly as it is; you can start a new database beside it.</source>
        <translation>数据库 %1 已损坏，无法读取（%2）。Tally 未对其做任何改动；你可以在其旁边新建一个数据库。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Tally (schema %2; this version understands up to %3). Update Tally to open it; it has not been changed.</source>
        <translation>数据库 %1 由较新版本的 Tally 写入（架构版本 %2；当前版本最高支持 %3）。请更新 Tally 后再打开；该数据库未被更改。</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade, but it cannot be written. Make it writable and start Tally again.</source>
        <translation>数据库 %1 需要升级，但无法写入。请将其设为可写，然后重新启动 Tally。</translation>
    </message>
    <message>
        <source>Tally cannot open its database %1: %2</source>
        <translation>Tally 无法打开其数据库 %1：%2</translation>
    </message>
    <message>
        <source>Tally could not keep a copy of the database before upgrading it (%1), so it did not upgrade. Nothing was changed.</source>
        <translation>Tally 无法在升级前备份数据库（%1），因此未进行升级。未做任何更改。</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed, and the database was left at version %2: %3</source>
        <translation>将数据库升级到版本 %1 失败，数据库仍保持在版本 %2：%3</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and from an older Tally, so it cannot be upgraded. Tally has left it exactly as it is; you can start a new database beside it.</source>
        <translation>数据库 %1 已损坏（%2）且来自旧版 Tally，无法升级。Tally 未改动它；你可以在旁边新建一个数据库。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Tally opened it read-only and will not write to it: what can still be read shows and exports, but nothing new is saved. Start a new database beside it to go on.</source>
        <translation>数据库 %1 已损坏（%2）。Tally 以只读方式打开，不会写入：仍可读取的内容可以显示和导出，但不会保存新内容。请在旁边新建一个数据库以继续。</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (its file or folder is read-only): you can read, but nothing new is saved.</source>
        <translation>无法写入数据库 %1（其文件或文件夹为只读）：可以读取，但不会保存新内容。</translation>
    </message>
</context>
<context>
    <name>EndpointOptions</name>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>从此环境变量读取 API 密钥。</translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// address, not &quot;%1&quot;.</source>
        <translation>--base-url 必须是 http:// 或 https:// 地址，而不是“%1”。</translation>
    </message>
    <message>
        <source>Provider base URL, instead of a profile.</source>
        <translation>服务提供商的基础 URL，用于代替配置。</translation>
    </message>
    <message>
        <source>Use a saved provider profile (default: the default profile).</source>
        <translation>使用已保存的服务提供商配置（默认：默认配置）。</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>只能使用 --profile 或 --base-url 其中之一，不能同时使用。</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>未知配置“%1”。可用配置：%2。</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1).</source>
        <translation>无法读取钥匙串（%1）。</translation>
    </message>
</context>
<context>
    <name>ExternalLinks</name>
    <message>
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Open this link in your browser?</source>
        <translation>要在浏览器中打开此链接吗？</translation>
    </message>
    <message>
        <source>Always open links from this conversation</source>
        <translation>始终打开此对话中的链接</translation>
    </message>
    <message>
        <source>Link Not Opened</source>
        <translation>未打开链接</translation>
    </message>
    <message>
        <source>Tally opens only web and e-mail links. This one points elsewhere:</source>
        <translation>Tally 只打开网页和电子邮件链接。此链接指向其他位置：</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Find in this conversation</source>
        <translation>在此对话中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配项（F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>%1 must be an object or null, not %2.</source>
        <translation>%1 必须是对象或 null，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2.</source>
        <translation>%1 必须是字符串，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation>%1 必须是整数，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 必须是 true 或 false，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be a whole number or null, not %2.</source>
        <translation>%1 必须是整数或 null，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be a number or null, not %2.</source>
        <translation>%1 必须是数字或 null，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be a time such as 2026-11-28T00:40:12.345Z, not %2.</source>
        <translation>%1 必须是时间（例如 2026-11-28T00:40:12.345Z），而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be %2 or more, not %3.</source>
        <translation>%1 必须不小于 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 must be at most %2, not %3.</source>
        <translation>%1 不能大于 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of: %3.</source>
        <translation>%1 的值“%2”不是以下值之一：%3。</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无值</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>API key (input hidden): </source>
        <translation>API 密钥（输入内容已隐藏）： </translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; (see `tally-cli profiles list`).</source>
        <translation>不存在配置“%1”（请参阅 `tally-cli profiles list`）。</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>无法读取钥匙串：%1</translation>
    </message>
    <message>
        <source>The key could not be deleted from the keychain: %1</source>
        <translation>无法从钥匙串中删除密钥：%1</translation>
    </message>
    <message>
        <source>No key was given on stdin (the placeholder YOUR_HOLYSHEEP_API_KEY does not count).</source>
        <translation>未通过 stdin 提供密钥（占位符 YOUR_HOLYSHEEP_API_KEY 不算作密钥）。</translation>
    </message>
    <message>
        <source>The key was not stored: the OS keychain is not available (%1). Tally never writes keys to files. Start a keyring (GNOME Keyring, KWallet) and try again, or put the key in the environment variable %2.</source>
        <translation>密钥未存储：系统钥匙串不可用（%1）。Tally 从不将密钥写入文件。请启动密钥环服务（GNOME Keyring、KWallet）后重试，或将密钥放入环境变量 %2。</translation>
    </message>
</context>
<context>
    <name>KeyOptions</name>
    <message>
        <source>Usage: tally-cli key set NAME | delete NAME | status NAME</source>
        <translation>用法：tally-cli key set NAME | delete NAME | status NAME</translation>
    </message>
    <message>
        <source>Usage: tally-cli key set NAME | delete NAME | status NAME
  set     read the key from stdin and store it in the OS keychain
  delete  remove the profile&apos;s key from the keychain
  status  say where the profile&apos;s key comes from
</source>
        <translation>用法：tally-cli key set NAME | delete NAME | status NAME
  set     从 stdin 读取密钥并存储到系统钥匙串中
  delete  从钥匙串中删除该配置的密钥
  status  显示该配置的密钥来源
</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>钥匙串未在 %1 秒内响应。</translation>
    </message>
</context>
<context>
    <name>LatencyHistogramView</name>
    <message>
        <source>Latency histogram</source>
        <translation>延迟直方图</translation>
    </message>
    <message>
        <source>No latencies yet</source>
        <translation>暂无延迟数据</translation>
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
    <message>
        <source>The conversation database is read-only: you can read, but new messages cannot be saved.</source>
        <translation>对话数据库为只读：你可以查看对话，但无法保存新消息。</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>新建对话(&amp;N)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Tally conversation (*.json)</source>
        <translation>Markdown (*.md);;Tally 对话 (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>导出对话(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Rename Conversation</source>
        <translation>重命名对话(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin Conversation</source>
        <translation>置顶或取消置顶对话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation</source>
        <translation>删除对话(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Message deleted. What it cost stays counted in your spending.</source>
        <translation>消息已删除。其费用仍计入你的支出。</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin</source>
        <translation>置顶或取消置顶(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Find in &amp;This Conversation</source>
        <translation>在此对话中查找(&amp;T)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Benchmark…</source>
        <translation>基准测试(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>对比(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Instructions…</source>
        <translation>指令(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>未存储 %1 的机密信息。</translation>
    </message>
</context>
<context>
    <name>MessageLayout</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Assistant · %1 (asked for %2)</source>
        <translation>助手 · %1（请求的是 %2）</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>助手 · %1</translation>
    </message>
    <message>
        <source>receiving…</source>
        <translation>正在接收…</translation>
    </message>
    <message>
        <source>⚠ incomplete</source>
        <translation>⚠ 不完整</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>⚠ failed</source>
        <translation>⚠ 失败</translation>
    </message>
    <message>
        <source>%1 → %2 tokens</source>
        <translation>%1 → %2 token</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>总计 %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message numerus="yes">
        <source>▸ Reasoning (%Ln characters)</source>
        <translation>
            <numerusform>▸ 推理过程（%Ln 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>▾ Reasoning</source>
        <translation>▾ 推理过程</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message numerus="yes">
        <source>total %1 over %n attempt(s)</source>
        <translation>
            <numerusform>共 %1，尝试 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelListRequest</name>
    <message>
        <source>the model list was not valid JSON</source>
        <translation>模型列表不是有效的 JSON</translation>
    </message>
    <message>
        <source>the model list was larger than %1</source>
        <translation>模型列表超过了 %1</translation>
    </message>
</context>
<context>
    <name>ModelsCommand</name>
    <message>
        <source>List the models the provider offers.</source>
        <translation>列出服务提供商提供的模型。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>&amp;Fetch models</source>
        <translation>获取模型(&amp;F)</translation>
    </message>
    <message>
        <source>Fetch the provider&apos;s models</source>
        <translation>获取服务提供商的模型</translation>
    </message>
    <message>
        <source>Models the provider offers</source>
        <translation>服务提供商提供的模型</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>pick from the list or type a model id</source>
        <translation>从列表中选择或输入模型 ID</translation>
    </message>
    <message>
        <source>Context window in tokens</source>
        <translation>上下文窗口（token 数）</translation>
    </message>
    <message>
        <source>&amp;Default model:</source>
        <translation>默认模型(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Context window:</source>
        <translation>上下文窗口(&amp;C)：</translation>
    </message>
    <message>
        <source>Fetching the model list from %1…</source>
        <translation>正在从 %1 获取模型列表…</translation>
    </message>
    <message>
        <source>Context window: %1 tokens</source>
        <translation>上下文窗口：%1 token</translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation>
            <numerusform>%Ln 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices for this provider</source>
        <translation>此服务提供商的价格</translation>
    </message>
    <message>
        <source>Models &amp; prices</source>
        <translation>模型与价格</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Seconds without data before a reply stops</source>
        <translation>无数据多少秒后停止回复</translation>
    </message>
    <message>
        <source>Automatic retries</source>
        <translation>自动重试次数</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>每分钟请求数</translation>
    </message>
    <message>
        <source>Stop a reply after this many &amp;seconds without data:</source>
        <translation>无数据超过此秒数时停止回复(&amp;S)：</translation>
    </message>
    <message>
        <source>Automatic &amp;retries before the first text:</source>
        <translation>收到首段文本前的自动重试次数(&amp;R)：</translation>
    </message>
    <message>
        <source>Requests per &amp;minute, per profile:</source>
        <translation>每个配置的每分钟请求数(&amp;M)：</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>使用系统代理设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 代理</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 代理</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>Most seconds one reply may take</source>
        <translation>单次回复的最长用时（秒）</translation>
    </message>
    <message>
        <source>&amp;Connect through:</source>
        <translation>连接方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Servers on this computer (localhost) are always reached directly.</source>
        <translation>本机上的服务器（localhost）始终直接连接。</translation>
    </message>
    <message>
        <source>Stop a reply after this many seconds in &amp;total:</source>
        <translation>总用时超过此秒数时停止回复(&amp;T)：</translation>
    </message>
    <message>
        <source>A password is stored in the OS keychain. Type a new one to replace it.</source>
        <translation>系统钥匙串中已存储密码。输入新密码即可替换。</translation>
    </message>
    <message>
        <source>The OS keychain could not be read: %1</source>
        <translation>无法读取系统钥匙串：%1</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address only, such as proxy.example.com, without http:// or a port.</source>
        <translation>请只输入代理的主机名或地址（例如 proxy.example.com），不要包含 http:// 或端口。</translation>
    </message>
    <message>
        <source>The proxy password was not stored in the OS keychain: %1</source>
        <translation>代理密码未存储到系统钥匙串中：%1</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>忘记(&amp;F)</translation>
    </message>
    <message>
        <source>Delete the stored proxy password when you apply</source>
        <translation>应用设置时删除已存储的代理密码</translation>
    </message>
    <message>
        <source>The proxy password could not be deleted from the OS keychain: %1</source>
        <translation>无法从系统钥匙串中删除代理密码：%1</translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation>未存储密码。</translation>
    </message>
    <message>
        <source>The stored password will be deleted from the OS keychain when you apply. Cancel keeps it.</source>
        <translation>应用时将从系统钥匙串中删除已保存的密码。取消则保留。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port, a number from 1 to 65,535.</source>
        <translation>请输入代理端口，1 到 65,535 之间的数字。</translation>
    </message>
</context>
<context>
    <name>NoticeBoard</name>
    <message>
        <source>Check your balance on the provider&apos;s billing page.</source>
        <translation>请在服务提供商的账单页面查看余额。</translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <source>Prices per million tokens</source>
        <translation>每百万 token 价格</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Add a &amp;price</source>
        <translation>添加价格(&amp;P)</translation>
    </message>
    <message>
        <source>Reset to &amp;bundled prices</source>
        <translation>重置为内置价格(&amp;B)</translation>
    </message>
    <message>
        <source>Per million tokens, in the provider&apos;s currency. An empty cached-input price means cached tokens cost the input price.</source>
        <translation>按每百万 token 计价，使用服务提供商的货币。缓存输入价格留空表示缓存的 token 按输入价格计费。</translation>
    </message>
    <message>
        <source>Edited in Tally</source>
        <translation>在 Tally 中编辑</translation>
    </message>
    <message>
        <source>Row %1: enter the model id.</source>
        <translation>第 %1 行：请输入模型 ID。</translation>
    </message>
    <message>
        <source>Row %1 (%2): prices are numbers of 0 or more, per million tokens.</source>
        <translation>第 %1 行（%2）：价格必须是大于或等于 0 的数字，按每百万 token 计。</translation>
    </message>
    <message>
        <source>Row %1 (%2): the currency is a three-letter code such as USD or CNY.</source>
        <translation>第 %1 行（%2）：货币必须是由三个字母组成的代码，例如 USD 或 CNY。</translation>
    </message>
    <message>
        <source>&amp;Undo my price</source>
        <translation>撤销我的价格(&amp;U)</translation>
    </message>
    <message>
        <source>Back to the bundled price, or remove a price you added</source>
        <translation>恢复为内置价格，或删除你添加的价格</translation>
    </message>
</context>
<context>
    <name>ProfileDraft</name>
    <message>
        <source>The key for &quot;%1&quot; was not stored in the OS keychain: %2. Tally never writes keys to files; the key is kept in this dialog so you can try again.</source>
        <translation>“%1”的密钥未存储到系统钥匙串中：%2。Tally 从不将密钥写入文件；密钥仍保留在此对话框中，以便你重试。</translation>
    </message>
    <message>
        <source>A key could not be deleted from the OS keychain: %1</source>
        <translation>无法从系统钥匙串中删除密钥：%1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>自定义（兼容 OpenAI）</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit: it is what tally-cli --profile takes.</source>
        <translation>请使用 1 到 64 个字母、数字、“.”、“_”或“-”，以字母或数字开头：这是 tally-cli --profile 使用的名称。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的配置。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL, the http:// or https:// address its documentation gives for OpenAI-compatible requests.</source>
        <translation>请输入服务器的基础 URL，即其文档中为 OpenAI 兼容请求给出的 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address without a query, such as https://api.holysheep.ai/v1.</source>
        <translation>请输入不带查询参数的 http:// 或 https:// 地址，例如 https://api.holysheep.ai/v1。</translation>
    </message>
    <message>
        <source>An environment variable name has letters, digits and &apos;_&apos;, and does not start with a digit.</source>
        <translation>环境变量名由字母、数字和“_”组成，且不能以数字开头。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header: write one &quot;Name: value&quot; per line.</source>
        <translation>“%1”不是请求头：每行写一个“Name: value”。</translation>
    </message>
    <message>
        <source>The context window is a number of tokens, or 0 if unknown.</source>
        <translation>上下文窗口是令牌数，未知时填 0。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only profile; add another one before removing it.</source>
        <translation>“%1”是唯一的配置；请先添加另一个再删除它。</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>&quot;%1&quot; is not a usable profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 64).</source>
        <translation>“%1”不是可用的配置名称：只能使用字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置已存在。</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address.</source>
        <translation>基础 URL 必须是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>不存在配置“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only profile; add another one before removing it.</source>
        <translation>“%1”是唯一的配置；请先添加其他配置，再将其删除。</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>Manage provider profiles.</source>
        <translation>管理服务提供商配置。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>不存在配置“%1”。</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>已存储在钥匙串中</translation>
    </message>
    <message>
        <source>from $%1</source>
        <translation>来自 $%1</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>仅限本次会话</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>keychain unavailable: %1</source>
        <translation>钥匙串不可用：%1</translation>
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
        <translation>名称：%1
预设：%2
基础 URL：%3
模型：%4
上下文窗口：%5
密钥：%6
密钥变量：%7
HTTP/2：%8
通过明文 http 发送密钥：%9
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>extra headers: %1
</source>
        <translation>额外请求头：%1
</translation>
    </message>
    <message>
        <source>The profile was removed, but its key could not be deleted from the keychain: %1</source>
        <translation>配置已删除，但无法从钥匙串中删除其密钥：%1</translation>
    </message>
</context>
<context>
    <name>ProfilesOptions</name>
    <message>
        <source>Base URL of the provider.</source>
        <translation>服务提供商的基础 URL。</translation>
    </message>
    <message>
        <source>Default model id.</source>
        <translation>默认模型 ID。</translation>
    </message>
    <message>
        <source>Start from a preset: %1.</source>
        <translation>基于预设创建：%1。</translation>
    </message>
    <message>
        <source>list, show NAME, add NAME, remove NAME or default NAME.</source>
        <translation>list、show NAME、add NAME、remove NAME 或 default NAME。</translation>
    </message>
    <message>
        <source>Say what to do: list, show NAME, add NAME --base-url URL, remove NAME or default NAME.</source>
        <translation>请指定操作：list、show NAME、add NAME --base-url URL、remove NAME 或 default NAME。</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;. Presets: %2.</source>
        <translation>未知预设“%1”。可用预设：%2。</translation>
    </message>
    <message>
        <source>The %1 preset needs --base-url.</source>
        <translation>预设 %1 需要 --base-url。</translation>
    </message>
</context>
<context>
    <name>PromptSet</name>
    <message>
        <source>Line %1 of the prompt file is not {&quot;prompt&quot;: &quot;...&quot;} or {&quot;messages&quot;: [{&quot;role&quot;: &quot;user&quot;, &quot;content&quot;: &quot;...&quot;}]}.</source>
        <translation>提示词文件第 %1 行不是 {&quot;prompt&quot;: &quot;...&quot;} 或 {&quot;messages&quot;: [{&quot;role&quot;: &quot;user&quot;, &quot;content&quot;: &quot;...&quot;}]}。</translation>
    </message>
    <message>
        <source>The prompt file has no prompts.</source>
        <translation>提示词文件中没有提示词。</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a profile from a preset</source>
        <translation>基于预设添加配置</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>设为默认(&amp;D)</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>显示 API 密钥</translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation>存放密钥的环境变量</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Use HTTP/&amp;2 when the server offers it (https only)</source>
        <translation>服务器支持时使用 HTTP/2(&amp;2)（仅限 https）</translation>
    </message>
    <message>
        <source>Allow sending the key over unencrypted &amp;http://</source>
        <translation>允许通过未加密的 http:// 发送密钥(&amp;H)</translation>
    </message>
    <message>
        <source>Anyone on the network path can read a key sent over http://. Only allow this for a server on a network you trust. Servers on this computer never need it.</source>
        <translation>通过 http:// 发送的密钥可被网络路径上的任何人读取。仅对位于你信任的网络中的服务器允许此选项。本机上的服务器无需此选项。</translation>
    </message>
    <message>
        <source>Extra HTTP headers</source>
        <translation>额外 HTTP 请求头</translation>
    </message>
    <message>
        <source>One per line, for example
HTTP-Referer: https://example.com</source>
        <translation>每行一个，例如
HTTP-Referer: https://example.com</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>服务提供商：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Key &amp;variable:</source>
        <translation>密钥变量(&amp;V)：</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>额外请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>隐藏 API 密钥</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>服务提供商</translation>
    </message>
    <message>
        <source>Get an API key</source>
        <translation>获取 API 密钥</translation>
    </message>
    <message>
        <source>This provider needs no key. A key typed here is stored and sent anyway.</source>
        <translation>此服务提供商不需要密钥。但在此输入的密钥仍会被存储并发送。</translation>
    </message>
    <message>
        <source>Checking the OS keychain…</source>
        <translation>正在检查系统钥匙串…</translation>
    </message>
    <message>
        <source>A key is stored in the OS keychain. Type a new one to replace it.</source>
        <translation>系统钥匙串中已存储密钥。输入新密钥即可替换。</translation>
    </message>
    <message>
        <source>Using the key from the environment variable %1.</source>
        <translation>正在使用环境变量 %1 中的密钥。</translation>
    </message>
    <message>
        <source>Using a key kept for this session only.</source>
        <translation>正在使用仅限本次会话的密钥。</translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1). Put the key in the environment variable instead.</source>
        <translation>系统钥匙串不可用（%1）。请改为将密钥放入环境变量。</translation>
    </message>
    <message>
        <source>No key stored yet. Type it here; it goes to the OS keychain when you apply.</source>
        <translation>尚未存储密钥。请在此输入；应用设置时，密钥将存入系统钥匙串。</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;. Rename it here if you like; nothing is saved until you apply.</source>
        <translation>已添加“%1”。你可以在此重命名；应用设置之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a copy without a key: keys are not copied between profiles.</source>
        <translation>“%1”是不含密钥的副本：密钥不会在配置之间复制。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and its stored key will be removed when you apply. Cancel keeps them.</source>
        <translation>应用设置时，将删除“%1”及其已存储的密钥。点击“取消”可保留它们。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>DNS %1</source>
        <translation>DNS %1</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>first byte %1</source>
        <translation>首字节 %1</translation>
    </message>
    <message>
        <source>Connected: HTTP %1 in %2.</source>
        <translation>已连接：HTTP %1，用时 %2。</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation>服务提供商返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>Looking up the address failed</source>
        <translation>解析地址失败</translation>
    </message>
    <message>
        <source>Connecting failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>请求失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>代理：%1</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
    <message>
        <source>Delete the stored key when you apply</source>
        <translation>应用设置时删除已存储的密钥</translation>
    </message>
    <message>
        <source>The stored key will be deleted from the OS keychain when you apply. Cancel keeps it.</source>
        <translation>应用设置时，将从系统钥匙串中删除已存储的密钥。点击“取消”可保留它。</translation>
    </message>
    <message>
        <source>Type the address of your OpenAI-compatible server as its documentation gives it; it usually ends in /v1.</source>
        <translation>按文档填写你的 OpenAI 兼容服务器地址；通常以 /v1 结尾。</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;. Type its base URL; rename it if you like. Nothing is saved until you apply.</source>
        <translation>已添加“%1”。请输入其基础 URL，也可以重命名。应用之前不会保存任何内容。</translation>
    </message>
</context>
<context>
    <name>SegmentRenderer</name>
    <message>
        <source>[image: %1]</source>
        <translation>[图片：%1]</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
</context>
<context>
    <name>StatsBar</name>
    <message>
        <source>Usage statistics</source>
        <translation>使用统计</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>暂无请求</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 次请求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 tokens</source>
        <translation>%1 → %2 token</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cost(s) unknown</source>
        <translation>
            <numerusform>%Ln 项费用未知</numerusform>
        </translation>
    </message>
    <message>
        <source>TTFT p50 %1 ms, p99 %2 ms</source>
        <translation>TTFT p50 %1 毫秒，p99 %2 毫秒</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln request(s), %2 → %3 tokens, %4</source>
        <translation>
            <numerusform>%1：%Ln 次请求，%2 → %3 token，%4</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>未知模型</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message>
        <source>This chat: %1</source>
        <translation>当前对话：%1</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>本次会话：%1</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The disk is full, so Tally could not save. Nothing already saved was lost and the unsaved text is still open; free some space and try again.</source>
        <translation>磁盘已满，Tally 无法保存。已保存的内容均未丢失，未保存的文本仍处于打开状态；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>Tally cannot write to its database (%1). Check the permissions of the data folder.</source>
        <translation>Tally 无法写入其数据库（%1）。请检查数据文件夹的权限。</translation>
    </message>
    <message>
        <source>The database is busy in another Tally window or tally-cli. Try again in a moment.</source>
        <translation>数据库正被另一个 Tally 窗口或 tally-cli 占用。请稍后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Tally has not changed it.</source>
        <translation>数据库文件已损坏（%1）。Tally 未对其做任何更改。</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报告了错误：%1</translation>
    </message>
    <message>
        <source>%1 was not found in the database.</source>
        <translation>数据库中未找到%1。</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System Prompt of This Conversation</source>
        <translation>此对话的系统提示词</translation>
    </message>
    <message>
        <source>Instructions sent before this conversation&apos;s messages. Leave it empty to send none (Settings › Chat sets a default for all conversations).</source>
        <translation>在此对话的消息之前发送的指令。留空则不发送（设置 › 聊天 可为所有对话设置默认值）。</translation>
    </message>
    <message>
        <source>Instructions sent before this conversation&apos;s messages, instead of the default from Settings › Chat. Leave it empty to use the default.</source>
        <translation>在此对话的消息之前发送的指令，代替 设置 › 聊天 中的默认值。留空则使用默认值。</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>For example: answer in short paragraphs.</source>
        <translation>例如：用简短的段落回答。</translation>
    </message>
    <message>
        <source>Use the &amp;Default</source>
        <translation>使用默认值(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TlsSupport</name>
    <message>
        <source>This copy of Tally cannot make secure (https) connections: Qt found no TLS backend. Reinstall Tally, or install Qt&apos;s TLS plugin and OpenSSL. Local http:// servers still work.</source>
        <translation>此 Tally 副本无法建立安全（https）连接：Qt 未找到 TLS 后端。请重新安装 Tally，或安装 Qt 的 TLS 插件和 OpenSSL。本地 http:// 服务器仍可正常使用。</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation transcript</source>
        <translation>对话记录</translation>
    </message>
    <message>
        <source>Jump to latest ↓</source>
        <translation>跳到最新 ↓</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>跳转到最新消息</translation>
    </message>
    <message>
        <source>Opens %1 (Tally asks first)</source>
        <translation>打开 %1（Tally 会先询问）</translation>
    </message>
    <message>
        <source>Copy this code block</source>
        <translation>复制此代码块</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy Message as &amp;Markdown</source>
        <translation>将消息复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Copy &amp;Conversation</source>
        <translation>复制对话(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Tally</source>
        <translation>欢迎使用 Tally</translation>
    </message>
    <message>
        <source>Choose the provider you want to chat with and paste its API key. Tally keeps the key in the system keychain and shows what every message costs.</source>
        <translation>选择要聊天的服务商并粘贴它的 API 密钥。Tally 将密钥保存在系统钥匙串中，并显示每条消息的费用。</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>http://host:port/v1</source>
        <translation>http://主机:端口/v1</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>在此粘贴密钥</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start chatting</source>
        <translation>开始聊天(&amp;S)</translation>
    </message>
    <message>
        <source>More in Settings…</source>
        <translation>更多设置…</translation>
    </message>
    <message>
        <source>Not needed for a server on this computer</source>
        <translation>本机上的服务器不需要密钥</translation>
    </message>
    <message>
        <source>Get a key from %1</source>
        <translation>从 %1 获取密钥</translation>
    </message>
    <message>
        <source>Type the base URL of the server, an http:// or https:// address.</source>
        <translation>请输入服务器的基础 URL，即 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>Paste the API key first: %1 needs one.</source>
        <translation>请先粘贴 API 密钥：%1 需要密钥。</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>正在将密钥存入系统钥匙串…</translation>
    </message>
    <message>
        <source>The keychain could not store the key (%1). Tally uses it until it quits.</source>
        <translation>钥匙串无法保存密钥（%1）。Tally 会在退出前一直使用它。</translation>
    </message>
    <message>
        <source>The model&apos;s id, as the server names it</source>
        <translation>模型 ID，与服务器上的名称一致</translation>
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
