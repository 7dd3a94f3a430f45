<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MustacheError</name>
    <message>
        <source>%1 does not set two delimiters: write them with a space between and no &quot;=&quot; in them, e.g. {{=&lt;% %&gt;=}}</source>
        <translation>%1 没有设置两个定界符：两者之间用空格分隔，且不能包含“=”，例如 {{=&lt;% %&gt;=}}</translation>
    </message>
    <message>
        <source>tag %1 has no name</source>
        <translation>标签 %1 没有名称</translation>
    </message>
    <message>
        <source>tag %1: a name cannot contain spaces (&quot;%2&quot;)</source>
        <translation>标签 %1：名称不能包含空格（“%2”）</translation>
    </message>
    <message>
        <source>tag %1: the name &quot;%2&quot; has an empty part between dots</source>
        <translation>标签 %1：名称“%2”的两个点之间为空</translation>
    </message>
    <message>
        <source>tag %1 is never closed: &quot;%2&quot; is missing</source>
        <translation>标签 %1 未闭合：缺少“%2”</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; is nested more than %2 sections deep</source>
        <translation>区块“%1”的嵌套超过了 %2 层</translation>
    </message>
    <message>
        <source>%1 closes section &quot;%2&quot;, which is not open</source>
        <translation>%1 关闭了区块“%2”，但该区块未打开</translation>
    </message>
    <message>
        <source>%1 closes section &quot;%2&quot;, but the open section is &quot;%3&quot;</source>
        <translation>%1 关闭了区块“%2”，但当前打开的区块是“%3”</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; is never closed</source>
        <translation>区块“%1”未闭合</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Prompt Workbench</source>
        <translation>Prompt Workbench 提示词工作台</translation>
    </message>
    <message>
        <source>Write, run, compare and evaluate LLM prompts.</source>
        <translation>编写、运行、比较和评估大语言模型提示词。</translation>
    </message>
    <message>
        <source>Open the workspace file PATH (or PATH/workspace.sqlite for a folder) instead of the default one.</source>
        <translation>打开工作区文件 PATH（若为文件夹则为 PATH/workspace.sqlite），而不是默认工作区。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>RunCodeExport</name>
    <message>
        <source>The run names no model, so there is no code to export for provider &quot;%1&quot;.</source>
        <translation>该运行没有指定模型，因此无法为服务商“%1”导出代码。</translation>
    </message>
    <message>
        <source>The API key environment variable &quot;%1&quot; of provider &quot;%2&quot; is not a name a shell or program can read; use letters, digits and underscores.</source>
        <translation>服务商“%2”的 API 密钥环境变量“%1”不是 shell 或程序能读取的名称；请只使用字母、数字和下划线。</translation>
    </message>
    <message>
        <source>Unknown code language.</source>
        <translation>未知的代码语言。</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; cannot be written as a Python argument of %2.</source>
        <translation>参数“%1”无法写成 %2 的 Python 参数。</translation>
    </message>
    <message>
        <source>Unknown API format.</source>
        <translation>未知的 API 格式。</translation>
    </message>
    <message>
        <source>The Gemini parameter &quot;%1&quot; has no argument in google-genai&apos;s GenerateContentConfig that this export knows.</source>
        <translation>Gemini 参数“%1”在 google-genai 的 GenerateContentConfig 中没有本导出功能已知的对应参数。</translation>
    </message>
    <message>
        <source>The Gemini request member &quot;%1&quot; has no argument in google-genai&apos;s generate_content_stream that this export knows.</source>
        <translation>Gemini 请求成员“%1”在 google-genai 的 generate_content_stream 中没有本导出功能已知的对应参数。</translation>
    </message>
    <message>
        <source>Run %1 sent a request that its prompt no longer builds (a later turn of a chat, a partial that has changed since, or other provider settings): code for it would send something else.</source>
        <translation>运行 %1 发送的请求已无法由其提示词重新生成（可能是对话的后续轮次、之后改动过的局部模板，或不同的服务商设置）：为它生成的代码会发送不同的内容。</translation>
    </message>
    <message>
        <source>Run %1 used the provider &quot;%2&quot;, which this workspace does not have.</source>
        <translation>运行 %1 使用了服务商“%2”，但此工作区中没有该服务商。</translation>
    </message>
</context>
<context>
    <name>pwb</name>
    <message>
        <source>no such prompt</source>
        <translation>没有这个提示词</translation>
    </message>
</context>
<context>
    <name>pwb::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>About Prompt Workbench</source>
        <translation>关于 Prompt Workbench</translation>
    </message>
    <message>
        <source>Prompt Workbench</source>
        <translation>Prompt Workbench 提示词工作台</translation>
    </message>
    <message>
        <source>Write, run, compare, version and evaluate LLM prompts — a native desktop workbench.</source>
        <translation>编写、运行、比较、版本管理和评估大语言模型提示词——原生桌面工作台。</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on %2), KSyntaxHighlighting with %3 syntax definitions.</source>
        <translation>基于 Qt %1 构建（运行于 %2），KSyntaxHighlighting 含 %3 种语法定义。</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
</context>
<context>
    <name>pwb::ApiKeyField</name>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Paste a new key to store it</source>
        <translation>粘贴新密钥以保存</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>移除密钥</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Looking for the key…</source>
        <translation>正在查找密钥…</translation>
    </message>
    <message>
        <source>A key typed here is stored when the provider is saved.</source>
        <translation>在此输入的密钥会在保存服务商时一并保存。</translation>
    </message>
    <message>
        <source>It takes precedence over a key stored here.</source>
        <translation>它优先于此处保存的密钥。</translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation>未设置 %1。</translation>
    </message>
    <message>
        <source>This provider usually works without one.</source>
        <translation>该服务商通常无需密钥。</translation>
    </message>
    <message>
        <source>Save the provider first; its key is stored then.</source>
        <translation>请先保存服务商，届时会一并保存其密钥。</translation>
    </message>
</context>
<context>
    <name>pwb::ApiKeyResolver</name>
    <message>
        <source>no keychain is set up for this program</source>
        <translation>此程序未设置钥匙串</translation>
    </message>
    <message>
        <source>The API key for &quot;%1&quot; is empty.</source>
        <translation>“%1”的 API 密钥为空。</translation>
    </message>
    <message>
        <source>The keychain did not store the API key for &quot;%1&quot;: %2</source>
        <translation>钥匙串未能保存“%1”的 API 密钥：%2</translation>
    </message>
    <message>
        <source>The keychain did not remove the API key for &quot;%1&quot;: %2</source>
        <translation>钥匙串未能移除“%1”的 API 密钥：%2</translation>
    </message>
    <message>
        <source>No API key for %1: store one in Edit &gt; Providers and Keys.</source>
        <translation>%1 没有 API 密钥：请在“编辑 &gt; 服务商与密钥”中保存一个。</translation>
    </message>
    <message>
        <source>No API key for %1: set %2 or store one in Edit &gt; Providers and Keys.</source>
        <translation>%1 没有 API 密钥：请设置 %2，或在“编辑 &gt; 服务商与密钥”中保存一个。</translation>
    </message>
    <message>
        <source> (The keychain said: %1)</source>
        <translation>（钥匙串返回：%1）</translation>
    </message>
</context>
<context>
    <name>pwb::Assertion</name>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a text that is not empty</source>
        <translation>必须是非空文本</translation>
    </message>
    <message>
        <source>must be a number, 0 or more</source>
        <translation>必须是不小于 0 的数字</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>must be a text (leave it out to compare with the expected output)</source>
        <translation>必须是文本（省略则与期望输出比较）</translation>
    </message>
    <message>
        <source>give either &quot;value&quot; (one text) or &quot;values&quot;</source>
        <translation>请提供 &quot;value&quot;（一段文本）或 &quot;values&quot;，二者选一</translation>
    </message>
    <message>
        <source>must be a list of texts that are not empty</source>
        <translation>必须是由非空文本组成的列表</translation>
    </message>
    <message>
        <source>must be a list of at least one text</source>
        <translation>必须是至少包含一段文本的列表</translation>
    </message>
    <message>
        <source>must be a regular expression</source>
        <translation>必须是正则表达式</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1 at character %2</source>
        <translation>不是有效的正则表达式：%1（位于第 %2 个字符）</translation>
    </message>
    <message>
        <source>must be a JSON Schema (an object)</source>
        <translation>必须是 JSON Schema（一个对象）</translation>
    </message>
    <message>
        <source>must be a number (leave it out to compare with the expected output)</source>
        <translation>必须是数字（省略则与期望输出比较）</translation>
    </message>
    <message>
        <source>must be a number of milliseconds, more than 0</source>
        <translation>必须是大于 0 的毫秒数</translation>
    </message>
    <message>
        <source>must be a number of US dollars, 0 or more</source>
        <translation>必须是不小于 0 的美元金额</translation>
    </message>
    <message>
        <source>must be a whole number of tokens, 0 or more</source>
        <translation>必须是不小于 0 的整数词元数</translation>
    </message>
    <message>
        <source>assertion %1: %2</source>
        <translation>断言 %1：%2</translation>
    </message>
    <message>
        <source>assertion %1, &quot;%2&quot;: %3</source>
        <translation>断言 %1，“%2”：%3</translation>
    </message>
    <message>
        <source>must be an object with a &quot;type&quot;</source>
        <translation>必须是带有 &quot;type&quot; 的对象</translation>
    </message>
    <message>
        <source>%1 is not an assertion type (known: %2)</source>
        <translation>%1 不是断言类型（已知类型：%2）</translation>
    </message>
    <message>
        <source>is missing (one of: %1)</source>
        <translation>缺失（可选值：%1）</translation>
    </message>
    <message>
        <source>%1 scores 0 or 1; a threshold applies to contains, levenshtein and llm-judge</source>
        <translation>%1 只给出 0 或 1 分；阈值仅适用于 contains、levenshtein 和 llm-judge</translation>
    </message>
    <message>
        <source>is not a field of %1 (its fields: %2)</source>
        <translation>不是 %1 的字段（其字段有：%2）</translation>
    </message>
    <message>
        <source>must be a number between 0 and 1</source>
        <translation>必须是介于 0 和 1 之间的数字</translation>
    </message>
    <message>
        <source>must be 1, 5, 10 or 100 (the judge&apos;s highest score)</source>
        <translation>必须是 1、5、10 或 100（评审模型给出的最高分）</translation>
    </message>
</context>
<context>
    <name>pwb::AssertionEvaluator</name>
    <message>
        <source>not checked: the reply failed (%1)</source>
        <translation>未检查：回复失败（%1）</translation>
    </message>
    <message>
        <source>llm-judge needs the judge&apos;s reply (LlmJudge::outcome)</source>
        <translation>llm-judge 需要评审模型的回复（LlmJudge::outcome）</translation>
    </message>
    <message>
        <source>the assertion&apos;s text cannot be rendered: %1</source>
        <translation>无法渲染断言的文本：%1</translation>
    </message>
    <message>
        <source>no value to compare with, and the case has no expected output</source>
        <translation>没有可比较的值，且该用例没有期望输出</translation>
    </message>
    <message>
        <source>the expected output %1 has no number</source>
        <translation>期望输出 %1 中没有数字</translation>
    </message>
    <message>
        <source>the assertion&apos;s value is not a number</source>
        <translation>断言的值不是数字</translation>
    </message>
    <message>
        <source>the answer is not a number</source>
        <translation>回答不是数字</translation>
    </message>
    <message>
        <source>the answer has no number</source>
        <translation>回答中没有数字</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 等于 %2</translation>
    </message>
    <message>
        <source>%1 is within %2 of %3</source>
        <translation>%1 与 %3 相差不超过 %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 不等于 %2</translation>
    </message>
    <message>
        <source>%1 is %2 from %3, more than the tolerance %4</source>
        <translation>%1 与 %3 相差 %2，超过容差 %4</translation>
    </message>
    <message>
        <source>the time to the first token is unknown</source>
        <translation>首词元时间未知</translation>
    </message>
    <message>
        <source>the latency is unknown</source>
        <translation>延迟未知</translation>
    </message>
    <message>
        <source>first token after %1 ms</source>
        <translation>首词元用时 %1 毫秒</translation>
    </message>
    <message>
        <source>took %1 ms</source>
        <translation>用时 %1 毫秒</translation>
    </message>
    <message>
        <source>%1, at most %2 ms</source>
        <translation>%1，不超过 %2 毫秒</translation>
    </message>
    <message>
        <source>%1, more than %2 ms</source>
        <translation>%1，超过 %2 毫秒</translation>
    </message>
    <message>
        <source>the cost is unknown (no price for the model, or no token counts in the reply)</source>
        <translation>费用未知（该模型没有价格，或回复中没有词元数）</translation>
    </message>
    <message>
        <source>cost %1, at most %2</source>
        <translation>费用 %1，不超过 %2</translation>
    </message>
    <message>
        <source>cost %1, more than %2</source>
        <translation>费用 %1，超过 %2</translation>
    </message>
    <message>
        <source>the number of output tokens is unknown</source>
        <translation>输出词元数未知</translation>
    </message>
    <message>
        <source>output tokens: %1, at most %2</source>
        <translation>输出词元：%1，不超过 %2</translation>
    </message>
    <message>
        <source>output tokens: %1, more than %2</source>
        <translation>输出词元：%1，超过 %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>is JSON (%1, in a ``` fence)</source>
        <translation>是 JSON（%1，位于 ``` 围栏中）</translation>
    </message>
    <message>
        <source>is JSON (%1)</source>
        <translation>是 JSON（%1）</translation>
    </message>
    <message>
        <source>the schema is not valid: %1</source>
        <translation>Schema 无效：%1</translation>
    </message>
    <message>
        <source>; not checked: %1</source>
        <translation>；未检查：%1</translation>
    </message>
    <message>
        <source>matches the schema</source>
        <translation>符合 Schema</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation>（另有 %1 项）</translation>
    </message>
    <message>
        <source>the JSON path %1 is not valid: %2</source>
        <translation>JSON 路径 %1 无效：%2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 为 %2</translation>
    </message>
    <message>
        <source>%1 is %2, expected %3</source>
        <translation>%1 为 %2，期望为 %3</translation>
    </message>
    <message>
        <source>ignoring case</source>
        <translation>忽略大小写</translation>
    </message>
    <message>
        <source>trimmed</source>
        <translation>已去除首尾空白</translation>
    </message>
    <message>
        <source>equals %1%2</source>
        <translation>等于 %1%2</translation>
    </message>
    <message>
        <source>is %1, expected %2%3</source>
        <translation>为 %1，期望为 %2%3</translation>
    </message>
    <message>
        <source>differs at character %1: %2, expected %3%4</source>
        <translation>在第 %1 个字符处不同：为 %2，期望为 %3%4</translation>
    </message>
    <message>
        <source>does not contain %1%2</source>
        <translation>不包含 %1%2</translation>
    </message>
    <message>
        <source>contains none of: %1%2</source>
        <translation>不包含以下任何一项：%1%2</translation>
    </message>
    <message>
        <source>contains %1%2</source>
        <translation>包含 %1%2</translation>
    </message>
    <message>
        <source>contains all of: %1%2</source>
        <translation>包含以下全部：%1%2</translation>
    </message>
    <message>
        <source>contains %1 of %2, not: %3%4</source>
        <translation>包含 %2 项中的 %1 项，缺少：%3%4</translation>
    </message>
    <message>
        <source> (%1 of the texts, threshold %2)</source>
        <translation>（占文本的 %1，阈值 %2）</translation>
    </message>
    <message>
        <source>/%1/ is not a valid regular expression: %2</source>
        <translation>/%1/ 不是有效的正则表达式：%2</translation>
    </message>
    <message>
        <source>matches /%1/ at %2%3</source>
        <translation>在 %2 处匹配 /%1/%3</translation>
    </message>
    <message>
        <source>does not match /%1/%2</source>
        <translation>不匹配 /%1/%2</translation>
    </message>
    <message>
        <source>starts with %1%2</source>
        <translation>以 %1 开头%2</translation>
    </message>
    <message>
        <source>starts with %1, expected %2%3</source>
        <translation>开头为 %1，期望为 %2%3</translation>
    </message>
    <message>
        <source>Levenshtein similarity %1 &gt;= threshold %2%3</source>
        <translation>Levenshtein 相似度 %1 &gt;= 阈值 %2%3</translation>
    </message>
    <message>
        <source>Levenshtein similarity %1 &lt; threshold %2%3</source>
        <translation>Levenshtein 相似度 %1 &lt; 阈值 %2%3</translation>
    </message>
</context>
<context>
    <name>pwb::AssertionOutcome</name>
    <message>
        <source>negated: %1</source>
        <translation>取反：%1</translation>
    </message>
</context>
<context>
    <name>pwb::AssertionScorer</name>
    <message>
        <source>dataset %1</source>
        <translation>数据集的%1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>用例的%1</translation>
    </message>
    <message>
        <source>no provider &quot;%1&quot; to ask (is it set up, with its key?)</source>
        <translation>没有可询问的服务商“%1”（是否已配置并保存了密钥？）</translation>
    </message>
</context>
<context>
    <name>pwb::AssertionsDialog</name>
    <message>
        <source>A JSON list of assertions, e.g. &lt;code&gt;[{&quot;type&quot;: &quot;contains&quot;, &quot;value&quot;: &quot;{{city}}&quot;}, {&quot;type&quot;: &quot;max-latency&quot;, &quot;value&quot;: 5000}]&lt;/code&gt;. Every type and field: docs/ASSERTIONS.md.</source>
        <translation>断言的 JSON 列表，例如 &lt;code&gt;[{&quot;type&quot;: &quot;contains&quot;, &quot;value&quot;: &quot;{{city}}&quot;}, {&quot;type&quot;: &quot;max-latency&quot;, &quot;value&quot;: 5000}]&lt;/code&gt;。所有类型和字段见 docs/ASSERTIONS.md。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>The assertions must be a JSON list: [ … ].</source>
        <translation>断言必须是 JSON 列表：[ … ]。</translation>
    </message>
</context>
<context>
    <name>pwb::AssistantTurnWidget</name>
    <message>
        <source>&lt;b&gt;Assistant&lt;/b&gt;</source>
        <translation>&lt;b&gt;助手&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this reply as Markdown</source>
        <translation>以 Markdown 格式复制此回复</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assistant&lt;/b&gt; · %1</source>
        <translation>&lt;b&gt;助手&lt;/b&gt; · %1</translation>
    </message>
    <message>
        <source>Stopped. The text received so far is kept.</source>
        <translation>已停止。已保留目前收到的文本。</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再次运行</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>，HTTP %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2%3）</translation>
    </message>
    <message>
        <source>The partial reply above is kept and marked as incomplete.</source>
        <translation>以上部分回复已保留，并标记为不完整。</translation>
    </message>
    <message>
        <source>Add to Dataset</source>
        <translation>添加到数据集</translation>
    </message>
    <message>
        <source>Add a dataset case: this run&apos;s variables, and this reply as the expected output</source>
        <translation>添加一个数据集用例：使用此运行的变量，并以此回复作为期望输出</translation>
    </message>
    <message>
        <source>Copy the request of this reply as code that sends it again; the key is read from an environment variable, never written</source>
        <translation>将此回复的请求复制为可再次发送它的代码；密钥从环境变量读取，绝不写入代码</translation>
    </message>
</context>
<context>
    <name>pwb::CaseScore</name>
    <message>
        <source>the judge was not asked</source>
        <translation>未询问评审模型</translation>
    </message>
</context>
<context>
    <name>pwb::ChatPanel</name>
    <message>
        <source>&lt;b&gt;Chat&lt;/b&gt;</source>
        <translation>&lt;b&gt;对话&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Start over: remove the conversation from this pane (saved runs stay in the workspace)</source>
        <translation>重新开始：从此面板中清除对话（已保存的运行仍保留在工作区中）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>This run is not being saved: %1</source>
        <translation>此运行未被保存：%1</translation>
    </message>
    <message>
        <source>Continue the conversation… (Ctrl+Return sends)</source>
        <translation>继续对话…（Ctrl+Return 发送）</translation>
    </message>
    <message>
        <source>Continue the conversation… (run the prompt first: Ctrl+Return)</source>
        <translation>继续对话…（请先运行提示词：Ctrl+Return）</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n message(s) sent</source>
        <translation>
            <numerusform>%1 · 已发送 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the request as code.</source>
        <translation>已将请求复制为代码。</translation>
    </message>
    <message>
        <source>Copied the request as code; it reads the key from %1.</source>
        <translation>已将请求复制为代码；它从 %1 读取密钥。</translation>
    </message>
</context>
<context>
    <name>pwb::ChatTranscript</name>
    <message>
        <source>Run the prompt with Ctrl+Return: the reply streams here, with its time to first token, speed, tokens and cost.

Then continue the conversation below, regenerate a reply, or edit a message and resend.</source>
        <translation>按 Ctrl+Return 运行提示词：回复会以流式显示在这里，并附带首词元延迟、速度、词元数和费用。

然后可以在下方继续对话、重新生成回复，或编辑消息后重新发送。</translation>
    </message>
</context>
<context>
    <name>pwb::CodeBlockWriter</name>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>将此代码复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>pwb::CodeButton</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Copy as Python</source>
        <translation>复制为 Python</translation>
    </message>
    <message>
        <source>Copy as JavaScript</source>
        <translation>复制为 JavaScript</translation>
    </message>
</context>
<context>
    <name>pwb::CompareColumnSpec</name>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not name=value (for example temperature=0.2)</source>
        <translation>“%1”不是 name=value 形式（例如 temperature=0.2）</translation>
    </message>
</context>
<context>
    <name>pwb::CompareColumnWidget</name>
    <message>
        <source>Remove this column</source>
        <translation>移除此列</translation>
    </message>
    <message>
        <source>Which prompt this column sends: the editor&apos;s or a saved version</source>
        <translation>此列发送哪个提示词：编辑器中的，或某个已保存的版本</translation>
    </message>
    <message>
        <source>model (the prompt&apos;s)</source>
        <translation>模型（沿用提示词的）</translation>
    </message>
    <message>
        <source>parameters, e.g. temperature=0.2</source>
        <translation>参数，例如 temperature=0.2</translation>
    </message>
    <message>
        <source>Parameters of this column that differ from the prompt&apos;s, as name=value pairs (temperature, top_p, max_tokens, stop, seed, response_format); name=null unsets one.</source>
        <translation>此列与提示词不同的参数，以 name=value 对表示（temperature、top_p、max_tokens、stop、seed、response_format）；name=null 表示取消设置该参数。</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再次运行</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run this column alone; the others keep their answers</source>
        <translation>只运行此列；其他列保留各自的回答</translation>
    </message>
    <message>
        <source>★ Best</source>
        <translation>★ 最佳</translation>
    </message>
    <message>
        <source>Vote this the best answer of the comparison</source>
        <translation>将此回答选为本次对比中的最佳回答</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <source>Rate this answer %1 of 5 (click again to clear)</source>
        <translation>给此回答评 %1 分（满分 5 分；再次单击可清除）</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>(the prompt&apos;s provider)</source>
        <translation>（提示词的服务商）</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1（未配置）</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Parameters of this column that differ from the prompt&apos;s, as name=value pairs; name=null unsets one.</source>
        <translation>此列与提示词不同的参数，以 name=value 对表示；name=null 表示取消设置该参数。</translation>
    </message>
    <message>
        <source>waiting for the first token…</source>
        <translation>正在等待首个词元…</translation>
    </message>
    <message>
        <source>%1 (answered by %2)</source>
        <translation>%1（由 %2 回答）</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>流式输出中…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not sent&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;未发送&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop this column; the others go on</source>
        <translation>停止此列；其他列继续运行</translation>
    </message>
</context>
<context>
    <name>pwb::CompareDiffPanel</name>
    <message>
        <source>Diff of</source>
        <translation>差异：</translation>
    </message>
    <message>
        <source>against</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>The same column on both sides.</source>
        <translation>两侧是同一列。</translation>
    </message>
    <message>
        <source>%1% the same — struck through: only in %2; tinted: only in %3</source>
        <translation>%1% 相同——删除线：仅在 %2 中；着色：仅在 %3 中</translation>
    </message>
</context>
<context>
    <name>pwb::CompareGridDialog</name>
    <message>
        <source>Versions × Models</source>
        <translation>版本 × 模型</translation>
    </message>
    <message>
        <source>One per line: provider/model, or a model of the prompt&apos;s provider
openai/gpt-4o-mini
anthropic/claude-sonnet-4-5</source>
        <translation>每行一个：服务商/模型，或提示词所用服务商的模型
openai/gpt-4o-mini
anthropic/claude-sonnet-4-5</translation>
    </message>
    <message>
        <source>Prompt versions</source>
        <translation>提示词版本</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Make Columns</source>
        <translation>生成列</translation>
    </message>
    <message>
        <source>Models, line %1: &quot;%2&quot; is not provider/model</source>
        <translation>模型，第 %1 行：“%2”不是“服务商/模型”形式</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 fit side by side</source>
        <translation>最多只能并排显示 %1 列</translation>
    </message>
    <message>
        <source>tick at least one version and name a model</source>
        <translation>请至少勾选一个版本并填写一个模型</translation>
    </message>
</context>
<context>
    <name>pwb::CompareLauncher</name>
    <message>
        <source>Version %1 of this prompt is gone from the workspace.</source>
        <translation>此提示词的版本 %1 已不在工作区中。</translation>
    </message>
</context>
<context>
    <name>pwb::CompareRepository</name>
    <message>
        <source>Cannot save the comparison: %1</source>
        <translation>无法保存比较：%1</translation>
    </message>
    <message>
        <source>Cannot add run %1 to the comparison: %2</source>
        <translation>无法把运行 %1 加入比较：%2</translation>
    </message>
    <message>
        <source>A rating is 1 to 5, not %1</source>
        <translation>评分应为 1 到 5，而不是 %1</translation>
    </message>
    <message>
        <source>Cannot save the rating: %1</source>
        <translation>无法保存评分：%1</translation>
    </message>
    <message>
        <source>Cannot save the vote: %1</source>
        <translation>无法保存投票：%1</translation>
    </message>
</context>
<context>
    <name>pwb::CompareSessionsDialog</name>
    <message>
        <source>Open a Saved Comparison</source>
        <translation>打开已保存的对比</translation>
    </message>
    <message>
        <source>Show the comparisons of every prompt</source>
        <translation>显示所有提示词的对比</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · %n run(s)</source>
        <translation>
            <numerusform>%1 — %2 · %n 个运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::CompareSummary</name>
    <message>
        <source>Fastest first token: %1 (%2 ms)</source>
        <translation>首词元最快：%1（%2 毫秒）</translation>
    </message>
    <message>
        <source>Cheapest: %1 (%2)</source>
        <translation>最便宜：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Longest: %1 (%Ln tokens)</source>
        <translation>
            <numerusform>最长：%1（%Ln 个词元）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest: %1 (%Ln characters)</source>
        <translation>
            <numerusform>最长：%1（%Ln 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>Identical: %1</source>
        <translation>完全相同：%1</translation>
    </message>
    <message>
        <source>No identical answers</source>
        <translation>没有完全相同的回答</translation>
    </message>
    <message numerus="yes">
        <source>%n still running</source>
        <translation>
            <numerusform>%n 个仍在运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::CompareWindow</name>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Run all columns with Ctrl+Shift+Return: the summary of their answers shows here.</source>
        <translation>按 Ctrl+Shift+Return 运行所有列：它们回答的摘要会显示在这里。</translation>
    </message>
    <message>
        <source>Run All</source>
        <translation>全部运行</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>Send the prompt to every column at once (Ctrl+Shift+Return)</source>
        <translation>同时向每一列发送提示词（Ctrl+Shift+Return）</translation>
    </message>
    <message>
        <source>Stop All</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <source>Versions × Models…</source>
        <translation>版本 × 模型…</translation>
    </message>
    <message>
        <source>Sync Scrolling</source>
        <translation>同步滚动</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Word-level diff between two columns&apos; answers</source>
        <translation>两列回答之间的逐词差异</translation>
    </message>
    <message>
        <source>Open Saved…</source>
        <translation>打开已保存的…</translation>
    </message>
    <message>
        <source>Compare — %1</source>
        <translation>对比 — %1</translation>
    </message>
    <message>
        <source>untitled prompt</source>
        <translation>未命名提示词</translation>
    </message>
    <message>
        <source>Editor (unsaved)</source>
        <translation>编辑器（未保存）</translation>
    </message>
    <message>
        <source>Editor (as saved)</source>
        <translation>编辑器（已保存）</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n column(s)</source>
        <translation>
            <numerusform>%1 · %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>This comparison has no saved runs.</source>
        <translation>此对比没有已保存的运行。</translation>
    </message>
</context>
<context>
    <name>pwb::CsvColumn</name>
    <message>
        <source>the expected output is text; remove &quot;:json&quot; from the column name</source>
        <translation>期望输出是文本；请从列名中去掉 &quot;:json&quot;</translation>
    </message>
    <message>
        <source>a metadata column needs a name after &quot;__&quot;</source>
        <translation>元数据列在 &quot;__&quot; 之后需要一个名称</translation>
    </message>
    <message>
        <source>the column has no name; the first row names every column</source>
        <translation>该列没有名称；第一行为每一列命名</translation>
    </message>
</context>
<context>
    <name>pwb::CsvDatasetReader</name>
    <message>
        <source>not UTF-8; save the file as UTF-8</source>
        <translation>不是 UTF-8；请将文件保存为 UTF-8</translation>
    </message>
    <message>
        <source>a second expected-output column; field %1 is one already</source>
        <translation>第二个期望输出列；字段 %1 已经是期望输出列</translation>
    </message>
    <message>
        <source>the same column as field %1</source>
        <translation>与字段 %1 是同一列</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2 of the value</source>
        <translation>不是 JSON：%1（位于值的第 %2 个字符）</translation>
    </message>
    <message>
        <source>the file is empty; its first row names the columns</source>
        <translation>文件为空；其第一行应为各列命名</translation>
    </message>
    <message>
        <source>too many fields: %1 where the header has %2; a value with a comma in it goes in quotes</source>
        <translation>字段过多：有 %1 个，而表头只有 %2 个；含逗号的值应放在引号中</translation>
    </message>
    <message>
        <source>too few fields: %1 where the header has %2</source>
        <translation>字段过少：有 %1 个，而表头有 %2 个</translation>
    </message>
    <message>
        <source>the file holds no cases, only a header row</source>
        <translation>文件中没有用例，只有表头行</translation>
    </message>
</context>
<context>
    <name>pwb::CsvParser</name>
    <message>
        <source>spaces before the opening quote; remove them, or put the whole value in quotes</source>
        <translation>左引号前有空格；请删除这些空格，或把整个值放在引号中</translation>
    </message>
    <message>
        <source>a quote inside a value that does not begin with one; put the whole value in quotes and write each quote inside it twice (&quot;&quot;)</source>
        <translation>值中含有引号，但该值不以引号开头；请把整个值放在引号中，并将其中的每个引号写两遍（&quot;&quot;）</translation>
    </message>
    <message>
        <source>text after the closing quote; a quote inside a quoted value is written twice (&quot;&quot;)</source>
        <translation>右引号后还有文本；带引号的值中的引号要写两遍（&quot;&quot;）</translation>
    </message>
    <message>
        <source>the quote opened here is never closed</source>
        <translation>此处开始的引号未闭合</translation>
    </message>
</context>
<context>
    <name>pwb::Database</name>
    <message>
        <source>not a SQLite database</source>
        <translation>不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2.</source>
        <translation>无法打开工作区 %1：%2。</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Prompt Workbench (schema version %2; this version understands up to %3). It was not changed: update Prompt Workbench to open it.</source>
        <translation>工作区 %1 由更新版本的 Prompt Workbench 写入（架构版本 %2；本版本最高支持 %3）。它未被修改：请更新 Prompt Workbench 后再打开。</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace %1 (%2): %3.</source>
        <translation>无法准备工作区 %1（%2）：%3。</translation>
    </message>
    <message>
        <source>Cannot read the migration %1: %2.</source>
        <translation>无法读取迁移 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot start a transaction in %1: %2.</source>
        <translation>无法在 %1 中开始事务：%2。</translation>
    </message>
    <message>
        <source>Upgrading the workspace %1 to schema version %2 failed at statement %3 of %4: %5. The workspace was left unchanged at version %6.</source>
        <translation>将工作区 %1 升级到架构版本 %2 时，在 %4 的第 %3 条语句失败：%5。工作区保持在版本 %6，未被修改。</translation>
    </message>
</context>
<context>
    <name>pwb::DatasetCasesModel</name>
    <message>
        <source>Expected</source>
        <translation>期望输出</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Case %1, metadata: not a JSON object (%2).</source>
        <translation>用例 %1，元数据：不是 JSON 对象（%2）。</translation>
    </message>
    <message>
        <source>a JSON value, not an object</source>
        <translation>是 JSON 值，但不是对象</translation>
    </message>
</context>
<context>
    <name>pwb::DatasetCasesPanel</name>
    <message>
        <source>Choose a dataset on the left, or create one with New…, or import a CSV or JSON Lines file.</source>
        <translation>请在左侧选择一个数据集，或用“新建…”创建一个，或导入 CSV 或 JSON Lines 文件。</translation>
    </message>
    <message>
        <source>Add Case</source>
        <translation>添加用例</translation>
    </message>
    <message>
        <source>Remove Cases</source>
        <translation>删除用例</translation>
    </message>
    <message>
        <source>Add Variable…</source>
        <translation>添加变量…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation>添加变量</translation>
    </message>
    <message>
        <source>Name of the variable (a column of values):</source>
        <translation>变量名称（对应一列值）：</translation>
    </message>
    <message>
        <source>A variable needs a name.</source>
        <translation>变量需要一个名称。</translation>
    </message>
    <message>
        <source>There is a variable &quot;%1&quot; already.</source>
        <translation>已有变量“%1”。</translation>
    </message>
</context>
<context>
    <name>pwb::DatasetExport</name>
    <message>
        <source>The variable &quot;%1&quot; has no CSV column: its name would read back as something else. Export as JSONL instead.</source>
        <translation>变量“%1”无法对应到 CSV 列：重新读取时其名称会变成别的。请改为导出 JSONL。</translation>
    </message>
    <message>
        <source>The metadata entry &quot;%1&quot; has no CSV column: its name would read back as something else. Export as JSONL instead.</source>
        <translation>元数据项“%1”无法对应到 CSV 列：重新读取时其名称会变成别的。请改为导出 JSONL。</translation>
    </message>
    <message>
        <source>Case %1 has no value at all, and its CSV row would be a blank line, which is no row. Export as JSONL instead.</source>
        <translation>用例 %1 没有任何值，其 CSV 行将是空行，而空行不算一行。请改为导出 JSONL。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>pwb::DatasetImport</name>
    <message>
        <source>Cannot tell the format of %1: name it .csv or .jsonl, or choose the format.</source>
        <translation>无法判断 %1 的格式：请将其命名为 .csv 或 .jsonl，或选择格式。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MiB; at most %3 MiB).</source>
        <translation>%1 太大，无法导入（%2 MiB；最多 %3 MiB）。</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has more than %1 errors.</source>
        <translation>未导入任何内容：文件中的错误超过 %1 个。</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has errors (%1).</source>
        <translation>未导入任何内容：文件有错误（%1）。</translation>
    </message>
    <message>
        <source>A dataset named &quot;%1&quot; exists already; choose another name.</source>
        <translation>名为“%1”的数据集已存在；请换一个名称。</translation>
    </message>
</context>
<context>
    <name>pwb::DatasetImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Into a &amp;new dataset named:</source>
        <translation>导入到新数据集(&amp;N)，名称：</translation>
    </message>
    <message>
        <source>&amp;Append to &quot;%1&quot;</source>
        <translation>追加到“%1”(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Append to a dataset</source>
        <translation>追加到数据集(&amp;A)</translation>
    </message>
    <message>
        <source>Select a dataset in the list first.</source>
        <translation>请先在列表中选择一个数据集。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期望输出</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>元数据：%1</translation>
    </message>
    <message>
        <source>Not set in this case</source>
        <translation>此用例中未设置</translation>
    </message>
    <message>
        <source>No expected output</source>
        <translation>没有期望输出</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) to import</source>
        <translation>
            <numerusform>将导入 %n 个用例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the first %n shown)</source>
        <translation>
            <numerusform>（显示前 %n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file has %n error(s). Nothing is imported until they are fixed.</source>
        <translation>
            <numerusform>此文件有 %n 个错误。修正之前不会导入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n are listed.</source>
        <translation>
            <numerusform>仅列出前 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) read without error are shown above the errors.</source>
        <translation>
            <numerusform>错误上方显示的是读取无误的 %n 个用例。</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1，第 %2 列</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1（“%2”）</translation>
    </message>
    <message>
        <source>Fix the errors in the file first.</source>
        <translation>请先修正文件中的错误。</translation>
    </message>
    <message>
        <source>Give the new dataset a name.</source>
        <translation>请为新数据集命名。</translation>
    </message>
</context>
<context>
    <name>pwb::DatasetImportError</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>字段 %1</translation>
    </message>
    <message>
        <source>field %1 (&quot;%2&quot;)</source>
        <translation>字段 %1（“%2”）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>pwb::DatasetListPanel</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty dataset</source>
        <translation>创建一个空数据集</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>重命名(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the dataset with its cases and eval runs</source>
        <translation>删除数据集及其用例和评估运行</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1（%n 个用例）</numerusform>
        </translation>
    </message>
    <message>
        <source>New Dataset</source>
        <translation>新建数据集</translation>
    </message>
    <message>
        <source>Name of the new dataset:</source>
        <translation>新数据集的名称：</translation>
    </message>
    <message>
        <source>Rename Dataset</source>
        <translation>重命名数据集</translation>
    </message>
    <message>
        <source>New name of the dataset:</source>
        <translation>数据集的新名称：</translation>
    </message>
    <message numerus="yes">
        <source>Delete the dataset &quot;%1&quot; and its %n case(s)?</source>
        <translation>
            <numerusform>删除数据集“%1”及其 %n 个用例吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n eval run(s) and their results are deleted too.</source>
        <translation>
            <numerusform>其 %n 个评估运行及其结果也会被删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>删除数据集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>pwb::DatasetPreview</name>
    <message>
        <source>… and more errors (only the first %1 are shown)</source>
        <translation>…还有更多错误（仅显示前 %1 个）</translation>
    </message>
</context>
<context>
    <name>pwb::DatasetRepository</name>
    <message>
        <source>Cannot create the dataset &quot;%1&quot;: %2</source>
        <translation>无法创建数据集“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot add the case: %1</source>
        <translation>无法添加用例：%1</translation>
    </message>
    <message>
        <source>Cannot change case %1: %2</source>
        <translation>无法修改用例 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove case %1: %2</source>
        <translation>无法删除用例 %1：%2</translation>
    </message>
    <message>
        <source>Cannot rename the dataset to &quot;%1&quot;: %2</source>
        <translation>无法把数据集重命名为“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot delete dataset %1: %2</source>
        <translation>无法删除数据集 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save the assertions of dataset %1: %2</source>
        <translation>无法保存数据集 %1 的断言：%2</translation>
    </message>
    <message>
        <source>Cannot add the cases: %1</source>
        <translation>无法添加用例：%1</translation>
    </message>
    <message>
        <source>Cannot add case %1 of %2: %3</source>
        <translation>无法添加第 %1 个用例（共 %2 个）：%3</translation>
    </message>
</context>
<context>
    <name>pwb::DatasetsWindow</name>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import cases from a CSV or JSON Lines file, after a preview</source>
        <translation>从 CSV 或 JSON Lines 文件导入用例（导入前可预览）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the dataset&apos;s cases as CSV or JSON Lines</source>
        <translation>将数据集的用例保存为 CSV 或 JSON Lines</translation>
    </message>
    <message>
        <source>Dataset &amp;Assertions…</source>
        <translation>数据集断言(&amp;A)…</translation>
    </message>
    <message>
        <source>The checks every case of this dataset is scored with</source>
        <translation>为此数据集的每个用例评分时所用的检查</translation>
    </message>
    <message>
        <source>&amp;Case Assertions…</source>
        <translation>用例断言(&amp;C)…</translation>
    </message>
    <message>
        <source>Checks for the selected case only, on top of the dataset&apos;s</source>
        <translation>仅针对所选用例的检查，在数据集的检查之外追加</translation>
    </message>
    <message>
        <source>Assertions of every case of &quot;%1&quot;</source>
        <translation>“%1”中每个用例的断言</translation>
    </message>
    <message numerus="yes">
        <source>%n assertion(s) for every case saved.</source>
        <translation>
            <numerusform>已保存 %n 条适用于每个用例的断言。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assertions of case %1</source>
        <translation>用例 %1 的断言</translation>
    </message>
    <message numerus="yes">
        <source>%n assertion(s) for this case saved.</source>
        <translation>
            <numerusform>已保存此用例的 %n 条断言。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Dataset</source>
        <translation>导入数据集</translation>
    </message>
    <message>
        <source>Datasets (*.csv *.jsonl *.ndjson *.jsonlines);;All files (*)</source>
        <translation>数据集 (*.csv *.jsonl *.ndjson *.jsonlines);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from %1 into &quot;%2&quot;.</source>
        <translation>
            <numerusform>已将 %1 中的 %n 个用例导入“%2”。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <source>Choose a dataset to export.</source>
        <translation>请选择要导出的数据集。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个用例导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the case to &quot;%1&quot; (see the message above).</source>
        <translation>无法将用例添加到“%1”（见上方消息）。</translation>
    </message>
    <message>
        <source>Added a case to &quot;%1&quot;.</source>
        <translation>已将一个用例添加到“%1”。</translation>
    </message>
    <message>
        <source>From chat</source>
        <translation>来自对话</translation>
    </message>
    <message>
        <source>Add to Dataset</source>
        <translation>添加到数据集</translation>
    </message>
    <message>
        <source>Add this run as a case (its variables, the reply as the expected output) to the dataset — or type a new name:</source>
        <translation>将此运行作为用例（其变量，以及作为期望输出的回复）添加到以下数据集——或输入新名称：</translation>
    </message>
    <message>
        <source>Add Case</source>
        <translation>添加用例</translation>
    </message>
    <message>
        <source>A dataset needs a name: no case was added.</source>
        <translation>数据集需要一个名称：未添加任何用例。</translation>
    </message>
</context>
<context>
    <name>pwb::DiffHtml</name>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Neither version has messages.</source>
        <translation>两个版本都没有消息。</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>Messages changed: %1</source>
        <translation>已修改的消息：%1</translation>
    </message>
    <message>
        <source>Messages added: %1</source>
        <translation>已添加的消息：%1</translation>
    </message>
    <message>
        <source>Messages removed: %1</source>
        <translation>已删除的消息：%1</translation>
    </message>
    <message>
        <source>Settings changed: %1</source>
        <translation>已修改的设置：%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>&lt;b&gt;Message %1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;消息 %1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>show</source>
        <translation>显示</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged lines</source>
        <translation>
            <numerusform>%n 行未更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>{{%1}} default</source>
        <translation>{{%1}} 默认值</translation>
    </message>
    <message>
        <source>Model, parameters and variables</source>
        <translation>模型、参数和变量</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>{{%1}}</source>
        <translation>{{%1}}</translation>
    </message>
</context>
<context>
    <name>pwb::EvalComparePanel</name>
    <message>
        <source>no result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>改进</translation>
    </message>
    <message>
        <source>Score down</source>
        <translation>得分下降</translation>
    </message>
    <message>
        <source>Score up</source>
        <translation>得分上升</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message>
        <source>eval run %1</source>
        <translation>评估运行 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %3, %4, %5, %6, %7.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;：%3，%4，%5，%6，%7。</translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s)</source>
        <translation>
            <numerusform>%n 个回归</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement(s)</source>
        <translation>
            <numerusform>%n 项改进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) down</source>
        <translation>
            <numerusform>%n 个得分下降</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) up</source>
        <translation>
            <numerusform>%n 个得分上升</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 个未变化</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::EvalPlan</name>
    <message>
        <source>Choose a dataset.</source>
        <translation>请选择一个数据集。</translation>
    </message>
    <message>
        <source>Choose at least one prompt version and one model.</source>
        <translation>请至少选择一个提示词版本和一个模型。</translation>
    </message>
    <message>
        <source>Column %1 has no prompt version.</source>
        <translation>第 %1 列没有提示词版本。</translation>
    </message>
    <message>
        <source>Column %1 needs a provider and a model.</source>
        <translation>第 %1 列需要服务商和模型。</translation>
    </message>
    <message>
        <source>Column %1 repeats an earlier column (%2/%3 with the same version).</source>
        <translation>第 %1 列与前面的某一列重复（%2/%3，版本相同）。</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and %1.</source>
        <translation>并发数必须介于 1 和 %1 之间。</translation>
    </message>
    <message>
        <source>The eval run&apos;s configuration: %1</source>
        <translation>评估运行的配置：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; this version of the app reads 1</source>
        <translation>&quot;%1&quot; 为 %2；此版本的应用只能读取 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; 必须是列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot;[%2]: &quot;%3&quot; must be a version id</source>
        <translation>&quot;%1&quot;[%2]：&quot;%3&quot; 必须是版本 ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot;[%2]: &quot;%3&quot; is missing</source>
        <translation>&quot;%1&quot;[%2]：缺少 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 1 to %2</source>
        <translation>&quot;%1&quot; 必须是 1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot;.&quot;%2&quot;: limits are whole numbers &gt;= 0</source>
        <translation>&quot;%1&quot;.&quot;%2&quot;：限制值必须是 &gt;= 0 的整数</translation>
    </message>
</context>
<context>
    <name>pwb::EvalProviders</name>
    <message>
        <source>There is no provider &quot;%1&quot; (there are: %2).</source>
        <translation>没有服务商“%1”（现有：%2）。</translation>
    </message>
</context>
<context>
    <name>pwb::EvalReport</name>
    <message>
        <source>%1: a report is .json or .csv</source>
        <translation>%1：报告必须是 .json 或 .csv</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>无法写入报告 %1：%2</translation>
    </message>
</context>
<context>
    <name>pwb::EvalRepository</name>
    <message>
        <source>Cannot start the eval run: %1</source>
        <translation>无法开始评估运行：%1</translation>
    </message>
    <message>
        <source>Cannot record the result of case %1: %2</source>
        <translation>无法记录用例 %1 的结果：%2</translation>
    </message>
    <message>
        <source>Cannot set the eval run&apos;s status to %1: %2</source>
        <translation>无法把评估运行的状态设为 %1：%2</translation>
    </message>
    <message>
        <source>Cannot mark unfinished eval runs as interrupted: %1</source>
        <translation>无法把未完成的评估运行标记为已中断：%1</translation>
    </message>
</context>
<context>
    <name>pwb::EvalResultsModel</name>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 · %2/%3</source>
        <translation>%1 · %2/%3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>pwb::EvalResultsPanel</name>
    <message>
        <source>Click a cell: its input, output, every assertion and its reason, timing and cost show here.</source>
        <translation>单击一个单元格：其输入、输出、每条断言及其原因、耗时和费用会显示在这里。</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>延迟 p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>延迟 p95</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>输入 / 输出词元</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1% (%2 of %3; %4 failed, %5 errors)</source>
        <translation>%1%（%3 个中通过 %2 个；%4 个失败，%5 个出错）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (+%2 runs without a price)</source>
        <translation>%1（另有 %2 个运行没有价格）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Case %1 · %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;用例 %1 · %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;输入&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expected&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;期望输出&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No result yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;尚无结果。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;输出&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Verdict:&lt;/b&gt; %1%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;判定：&lt;/b&gt;%1%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, score %1</source>
        <translation>，得分 %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Judge: %1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;评审：%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>首词元 %1 毫秒</translation>
    </message>
    <message>
        <source>total %1 ms</source>
        <translation>总计 %1 毫秒</translation>
    </message>
    <message>
        <source>%1 in · %2 out</source>
        <translation>输入 %1 · 输出 %2</translation>
    </message>
</context>
<context>
    <name>pwb::EvalRunDialog</name>
    <message>
        <source>no limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>New Eval Run</source>
        <translation>新建评估运行</translation>
    </message>
    <message>
        <source>e.g. nightly, after the tone fix</source>
        <translation>例如：nightly、语气修正之后</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1（%n 个用例）</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>How many requests are in flight at once.</source>
        <translation>同时进行的请求数。</translation>
    </message>
    <message>
        <source>Requests / min</source>
        <translation>请求数/分钟</translation>
    </message>
    <message>
        <source>Tokens / min</source>
        <translation>词元数/分钟</translation>
    </message>
    <message>
        <source>Held to per provider, as its rate limits say; 0 is no limit.</source>
        <translation>按服务商分别限制，以其速率限制为准；0 表示不限制。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>并发数(&amp;C)：</translation>
    </message>
    <message>
        <source>Rate limits:</source>
        <translation>速率限制：</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 = %n request(s), at most %3 at once.</source>
        <translation>
            <numerusform>%1 × %2 = %n 个请求，最多同时进行 %3 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个用例</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::EvalRunner</name>
    <message>
        <source>An eval run is already running.</source>
        <translation>已有一个评估运行正在进行。</translation>
    </message>
    <message>
        <source>Eval run %1 does not exist.</source>
        <translation>评估运行 %1 不存在。</translation>
    </message>
    <message>
        <source>message %1: %2</source>
        <translation>消息 %1：%2</translation>
    </message>
</context>
<context>
    <name>pwb::EvalRunsPanel</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Eval run</source>
        <translation>评估运行</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1%（共 %2 个）</translation>
    </message>
    <message>
        <source>Eval run %1</source>
        <translation>评估运行 %1</translation>
    </message>
</context>
<context>
    <name>pwb::EvalSession</name>
    <message>
        <source>The dataset&apos;s assertions: %1</source>
        <translation>数据集的断言：%1</translation>
    </message>
    <message>
        <source>There is no eval run %1.</source>
        <translation>没有评估运行 %1。</translation>
    </message>
    <message>
        <source>Eval run %1 cannot be resumed: %2</source>
        <translation>无法继续评估运行 %1：%2</translation>
    </message>
    <message>
        <source>Prompt version %1 is gone from the workspace.</source>
        <translation>提示词版本 %1 已不在工作区中。</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; is not ready (no settings or key were found).</source>
        <translation>服务商“%1”尚未就绪（未找到设置或密钥）。</translation>
    </message>
    <message>
        <source>An eval run is already running.</source>
        <translation>已有一个评估运行正在进行。</translation>
    </message>
</context>
<context>
    <name>pwb::EvalWindow</name>
    <message>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Compare with the earlier run:</source>
        <translation>与之前的运行比较：</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>&amp;New Eval Run…</source>
        <translation>新建评估运行(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Go on with a cancelled or interrupted run: only the cases without a result are sent.</source>
        <translation>继续已取消或已中断的运行：只发送尚无结果的用例。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Eval Report</source>
        <translation>导出评估报告</translation>
    </message>
    <message>
        <source>JSON report (*.json);;CSV, a row per result (*.csv)</source>
        <translation>JSON 报告 (*.json);;CSV，每个结果一行 (*.csv)</translation>
    </message>
    <message>
        <source>An eval run is going on; stop it first.</source>
        <translation>评估运行正在进行；请先停止它。</translation>
    </message>
    <message>
        <source>Looking up keys…</source>
        <translation>正在查找密钥…</translation>
    </message>
    <message>
        <source>Eval Run</source>
        <translation>评估运行</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Choose an eval run to export.</source>
        <translation>请选择要导出的评估运行。</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Eval run %1</source>
        <translation>评估运行 %1</translation>
    </message>
    <message>
        <source>%1 of %2 · pass rate %3%</source>
        <translation>%1 / %2 · 通过率 %3%</translation>
    </message>
    <message numerus="yes">
        <source> · %n error(s)</source>
        <translation>
            <numerusform> · %n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 in flight</source>
        <translation> · %1 个进行中</translation>
    </message>
    <message>
        <source> · ETA %1</source>
        <translation> · 预计剩余 %1</translation>
    </message>
    <message>
        <source>Done: %1 of %2 passed (%3%).</source>
        <translation>完成：%2 个中通过 %1 个（%3%）。</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 cases; Resume goes on from there.</source>
        <translation>已停止，完成了 %2 个用例中的 %1 个；“继续”将从此处接着运行。</translation>
    </message>
</context>
<context>
    <name>pwb::GeminiDecoder</name>
    <message>
        <source>the prompt was blocked (%1)</source>
        <translation>提示词被拦截（%1）</translation>
    </message>
</context>
<context>
    <name>pwb::JinjaCheck</name>
    <message>
        <source>Mustache sections {{#%1}}…{{/%1}} (and {{^%1}}…{{/%1}} for &quot;not&quot;) do the same</source>
        <translation>Mustache 节 {{#%1}}…{{/%1}}（以及表示“非”的 {{^%1}}…{{/%1}}）可实现相同效果</translation>
    </message>
    <message>
        <source>a Mustache section {{#%1}}…{{/%1}} repeats for each item, with {{.}} the item</source>
        <translation>Mustache 节 {{#%1}}…{{/%1}} 会对每一项重复，{{.}} 表示当前项</translation>
    </message>
    <message>
        <source>it belongs to a block that Mustache writes as a section</source>
        <translation>它属于一个在 Mustache 中写作节的块</translation>
    </message>
    <message>
        <source>Mustache has no such statement</source>
        <translation>Mustache 没有这种语句</translation>
    </message>
    <message>
        <source>unsupported Jinja control flow &apos;%1&apos; (%2)</source>
        <translation>不支持的 Jinja 控制流“%1”（%2）</translation>
    </message>
    <message>
        <source>unsupported Jinja comment &apos;%1&apos; (a Mustache comment is {{! … }})</source>
        <translation>不支持的 Jinja 注释“%1”（Mustache 注释写作 {{! … }}）</translation>
    </message>
    <message>
        <source>unsupported Jinja whitespace control &apos;%1&apos; (Mustache keeps the text around a tag as it is)</source>
        <translation>不支持的 Jinja 空白控制“%1”（Mustache 会原样保留标签周围的文本）</translation>
    </message>
    <message>
        <source>unsupported Jinja filter &apos;%1&apos; (Mustache inserts values as they are: {{name}})</source>
        <translation>不支持的 Jinja 过滤器“%1”（Mustache 按原样插入值：{{name}}）</translation>
    </message>
    <message>
        <source>unsupported Jinja expression &apos;%1&apos; (Mustache inserts variables only: {{name}} or {{a.b}})</source>
        <translation>不支持的 Jinja 表达式“%1”（Mustache 只能插入变量：{{name}} 或 {{a.b}}）</translation>
    </message>
</context>
<context>
    <name>pwb::JsonAnswer</name>
    <message>
        <source>not JSON: the answer is empty</source>
        <translation>不是 JSON：回答为空</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>不是 JSON：%1（位于第 %2 个字符）</translation>
    </message>
    <message>
        <source>not JSON: more than one value</source>
        <translation>不是 JSON：包含多个值</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无值</translation>
    </message>
</context>
<context>
    <name>pwb::JsonLineFields</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: 字段“%3”：%4</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须是%1</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>不能为 null</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a whole number or null</source>
        <translation>整数或 null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation>数字或 null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
</context>
<context>
    <name>pwb::JsonPath</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>at character %1: %2</source>
        <translation>第 %1 个字符处：%2</translation>
    </message>
    <message>
        <source>a path starts with $</source>
        <translation>路径必须以 $ 开头</translation>
    </message>
    <message>
        <source>wildcards and .. are not supported (one value is compared)</source>
        <translation>不支持通配符和 ..（只比较一个值）</translation>
    </message>
    <message>
        <source>expected a name after &quot;.&quot;</source>
        <translation>&quot;.&quot; 之后应为名称</translation>
    </message>
    <message>
        <source>the quoted name is not closed</source>
        <translation>带引号的名称未闭合</translation>
    </message>
    <message>
        <source>expected an index or a quoted name after &quot;[&quot;</source>
        <translation>&quot;[&quot; 之后应为索引或带引号的名称</translation>
    </message>
    <message>
        <source>expected &quot;]&quot;</source>
        <translation>应为 &quot;]&quot;</translation>
    </message>
    <message>
        <source>expected &quot;.&quot; or &quot;[&quot;, found &quot;%1&quot;</source>
        <translation>应为 &quot;.&quot; 或 &quot;[&quot;，却遇到 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is %2, not an array</source>
        <translation>%1 是 %2，不是数组</translation>
    </message>
    <message>
        <source>%1 has no element [%2] (its length is %3)</source>
        <translation>%1 没有元素 [%2]（其长度为 %3）</translation>
    </message>
    <message>
        <source>%1 is %2, not an object</source>
        <translation>%1 是 %2，不是对象</translation>
    </message>
    <message>
        <source>%1 has no key &quot;%2&quot;</source>
        <translation>%1 没有键 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>pwb::JsonSchemaSubset</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number (%1)</source>
        <translation>数字（%1）</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无值</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>（根）</translation>
    </message>
    <message>
        <source>a schema is an object, true or false</source>
        <translation>Schema 必须是对象、true 或 false</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>必须是不小于 0 的整数</translation>
    </message>
    <message>
        <source>%1 is not a type (string, number, integer, boolean, object, array, null)</source>
        <translation>%1 不是类型（string、number、integer、boolean、object、array、null）</translation>
    </message>
    <message>
        <source>must name at least one type</source>
        <translation>必须至少指定一个类型</translation>
    </message>
    <message>
        <source>must be an object of schemas</source>
        <translation>必须是由 Schema 组成的对象</translation>
    </message>
    <message>
        <source>must be a list of key names</source>
        <translation>必须是键名列表</translation>
    </message>
    <message>
        <source>the list form of items is draft 4&apos;s; draft 2020-12 calls it prefixItems</source>
        <translation>items 的列表形式属于 draft 4；draft 2020-12 中称为 prefixItems</translation>
    </message>
    <message>
        <source>must be a list of values</source>
        <translation>必须是值的列表</translation>
    </message>
    <message>
        <source>must be a regular expression (a string)</source>
        <translation>必须是正则表达式（字符串）</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1（位于第 %2 个字符）</translation>
    </message>
    <message>
        <source>is not allowed (the schema is false)</source>
        <translation>不允许（Schema 为 false）</translation>
    </message>
    <message>
        <source>must be of type %1, is %2</source>
        <translation>类型必须为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>must be one of %1; is %2</source>
        <translation>必须是 %1 之一；实际为 %2</translation>
    </message>
    <message>
        <source>must be %1; is %2</source>
        <translation>必须是 %1；实际为 %2</translation>
    </message>
    <message>
        <source>must be at least %1, is %2</source>
        <translation>必须至少为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>must be at most %1, is %2</source>
        <translation>必须至多为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>must be more than %1, is %2</source>
        <translation>必须大于 %1，实际为 %2</translation>
    </message>
    <message>
        <source>must be less than %1, is %2</source>
        <translation>必须小于 %1，实际为 %2</translation>
    </message>
    <message>
        <source>length must be at least %1, is %2</source>
        <translation>长度必须至少为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>length must be at most %1, is %2</source>
        <translation>长度必须至多为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>must match /%1/, is %2</source>
        <translation>必须匹配 /%1/，实际为 %2</translation>
    </message>
    <message>
        <source>item count must be at least %1, is %2</source>
        <translation>元素个数必须至少为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>item count must be at most %1, is %2</source>
        <translation>元素个数必须至多为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>must have &quot;%1&quot; (required)</source>
        <translation>必须包含 &quot;%1&quot;（必需）</translation>
    </message>
    <message>
        <source>is not allowed (additionalProperties is false)</source>
        <translation>不允许（additionalProperties 为 false）</translation>
    </message>
</context>
<context>
    <name>pwb::JsonValueText</name>
    <message>
        <source>no value</source>
        <translation>没有值</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>多于一个值</translation>
    </message>
    <message>
        <source>holds an unpaired surrogate escape (such as \ud800), which is no text</source>
        <translation>含有未配对的代理项转义（例如 \ud800），不是有效的文本</translation>
    </message>
</context>
<context>
    <name>pwb::JsonlDatasetReader</name>
    <message>
        <source>a variable has an empty name (&quot;&quot;)</source>
        <translation>有变量的名称为空（&quot;&quot;）</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>unknown key next to &quot;vars&quot;; variables go inside &quot;vars&quot;, and the other keys allowed are &quot;expected&quot; and &quot;metadata&quot;</source>
        <translation>&quot;vars&quot; 旁有未知的键；变量应放在 &quot;vars&quot; 中，其他允许的键只有 &quot;expected&quot; 和 &quot;metadata&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the expected output already</source>
        <translation>&quot;%1&quot; 已经是期望输出</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the metadata already</source>
        <translation>&quot;%1&quot; 已经是元数据</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>not UTF-8; save the file as UTF-8</source>
        <translation>不是 UTF-8；请将文件保存为 UTF-8</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>not a JSON object; each line holds one case as an object</source>
        <translation>不是 JSON 对象；每行以一个对象表示一个用例</translation>
    </message>
    <message>
        <source>the file holds no cases</source>
        <translation>文件中没有用例</translation>
    </message>
</context>
<context>
    <name>pwb::LabelEditor</name>
    <message>
        <source>label name</source>
        <translation>标记名称</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>pwb::LibraryCommands</name>
    <message>
        <source>New prompt</source>
        <translation>新建提示词</translation>
    </message>
    <message>
        <source>Duplicate prompt</source>
        <translation>创建提示词副本</translation>
    </message>
    <message>
        <source>The prompt to duplicate no longer exists.</source>
        <translation>要复制的提示词已不存在。</translation>
    </message>
    <message>
        <source>Duplicated from &quot;%1&quot; version %2</source>
        <translation>复制自“%1”的版本 %2</translation>
    </message>
</context>
<context>
    <name>pwb::LineSplitter</name>
    <message>
        <source>line %1 is longer than the limit of %2 bytes</source>
        <translation>第 %1 行超过了 %2 字节的上限</translation>
    </message>
</context>
<context>
    <name>pwb::LlmJudge</name>
    <message>
        <source>the rubric cannot be rendered: %1</source>
        <translation>无法渲染评分标准：%1</translation>
    </message>
    <message>
        <source>the judge&apos;s reply is not a verdict (a JSON object with a &quot;score&quot;)</source>
        <translation>评审模型的回复不是判定结果（带 &quot;score&quot; 的 JSON 对象）</translation>
    </message>
    <message>
        <source>the judge&apos;s score %1 is outside 0 to %2</source>
        <translation>评审模型的得分 %1 不在 0 到 %2 之间</translation>
    </message>
    <message>
        <source>the judge failed: %1</source>
        <translation>评审模型出错：%1</translation>
    </message>
    <message>
        <source>judge score %1 &gt;= threshold %2</source>
        <translation>评审得分 %1 &gt;= 阈值 %2</translation>
    </message>
    <message>
        <source>judge score %1 &lt; threshold %2</source>
        <translation>评审得分 %1 &lt; 阈值 %2</translation>
    </message>
    <message>
        <source> (the judge said pass)</source>
        <translation>（评审模型判定为通过）</translation>
    </message>
    <message>
        <source> (the judge said fail)</source>
        <translation>（评审模型判定为不通过）</translation>
    </message>
</context>
<context>
    <name>pwb::MainActions</name>
    <message>
        <source>&amp;New Prompt</source>
        <translation>新建提示词(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Version</source>
        <translation>保存版本(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import Prompts…</source>
        <translation>导入提示词(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Prompt…</source>
        <translation>导出提示词(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Providers and Keys…</source>
        <translation>服务商与密钥(&amp;P)…</translation>
    </message>
    <message>
        <source>Prompt &amp;Library</source>
        <translation>提示词库(&amp;L)</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>&amp;Chat Pane</source>
        <translation>对话面板(&amp;C)</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation>重新生成(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Compare Models…</source>
        <translation>比较模型(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>&amp;Datasets…</source>
        <translation>数据集(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New Eval Run…</source>
        <translation>新建评估运行(&amp;N)…</translation>
    </message>
    <message>
        <source>Saved &amp;Runs…</source>
        <translation>已保存的运行(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;About Prompt Workbench</source>
        <translation>关于 Prompt Workbench(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Not available yet in this version.</source>
        <translation>此版本尚未提供该功能。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>评估(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Version &amp;History</source>
        <translation>版本历史(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Evaluations…</source>
        <translation>评估(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Import &amp;Runs…</source>
        <translation>导入运行(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation>备份工作区(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>pwb::MainWindow</name>
    <message>
        <source>Prompt Workbench</source>
        <translation>Prompt Workbench 提示词工作台</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were cut off when the app last closed; they are kept, marked interrupted.</source>
        <translation>
            <numerusform>上次关闭应用时有 %n 个运行被中断；它们已保留并标记为已中断。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) listed by the provider.</source>
        <translation>
            <numerusform>服务商列出了 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>正在向 %1 获取模型列表…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) have changes that are not saved as a version. Save them before closing?</source>
        <translation>
            <numerusform>%n 个提示词有尚未保存为版本的更改。关闭前保存吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Copied run %1 as code.</source>
        <translation>已将运行 %1 复制为代码。</translation>
    </message>
    <message>
        <source>Copied run %1 as code; it reads the key from %2.</source>
        <translation>已将运行 %1 复制为代码；它从 %2 读取密钥。</translation>
    </message>
    <message>
        <source>Run %1 was of edits never saved as a version: there is no version to open.</source>
        <translation>运行 %1 使用的是从未保存为版本的编辑内容：没有可打开的版本。</translation>
    </message>
    <message>
        <source>%1 opened as run %2 sent it, with its variables.</source>
        <translation>已按运行 %2 发送时的样子打开 %1，并带入其变量。</translation>
    </message>
    <message>
        <source>Open a prompt to export its newest version.</source>
        <translation>请打开一个提示词以导出其最新版本。</translation>
    </message>
</context>
<context>
    <name>pwb::MessageEditor</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Move this message up</source>
        <translation>上移此消息</translation>
    </message>
    <message>
        <source>Move this message down</source>
        <translation>下移此消息</translation>
    </message>
    <message>
        <source>Remove this message</source>
        <translation>删除此消息</translation>
    </message>
    <message>
        <source>Instructions for the model: its role, rules and output format. Use {{variable}} for values filled in per run.</source>
        <translation>给模型的指令：角色、规则和输出格式。用 {{variable}} 表示每次运行时填入的值。</translation>
    </message>
    <message>
        <source>What the user says, e.g. Summarise {{document}} in {{length}} bullet points.</source>
        <translation>用户说的话，例如：用 {{length}} 个要点总结 {{document}}。</translation>
    </message>
    <message>
        <source>An example answer (few-shot turn) the model should imitate.</source>
        <translation>希望模型模仿的示例回答（少样本对话轮）。</translation>
    </message>
</context>
<context>
    <name>pwb::ModelListFetcher</name>
    <message>
        <source>No answer from GET %1 within %2 s.</source>
        <translation>GET %1 在 %2 秒内没有响应。</translation>
    </message>
    <message>
        <source>No answer from GET %1: %2</source>
        <translation>GET %1 没有响应：%2</translation>
    </message>
    <message>
        <source> Check the API key.</source>
        <translation> 请检查 API 密钥。</translation>
    </message>
    <message>
        <source> Check the base URL and the type of the provider.</source>
        <translation> 请检查服务商的基础 URL 和类型。</translation>
    </message>
    <message>
        <source>HTTP %1 from GET %2: %3</source>
        <translation>GET %2 返回 HTTP %1：%3</translation>
    </message>
    <message>
        <source>The answer to GET %1 is not a model list: %2</source>
        <translation>GET %1 的响应不是模型列表：%2</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>它不是 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <source>it has no &quot;%1&quot; list</source>
        <translation>其中没有“%1”列表</translation>
    </message>
</context>
<context>
    <name>pwb::MustacheError</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>partial &quot;%1&quot;, %2</source>
        <translation>局部模板“%1”，%2</translation>
    </message>
    <message>
        <source>partial &quot;%1&quot; is nested more than %2 partials deep: does it include itself?</source>
        <translation>局部模板“%1”的嵌套超过了 %2 层：它是否包含了自身？</translation>
    </message>
    <message>
        <source>rendering stopped after %1 steps: are sections over long lists nested in each other?</source>
        <translation>渲染在 %1 步后停止：是否有遍历长列表的区块相互嵌套？</translation>
    </message>
    <message>
        <source>rendering stopped: the text is longer than %1 characters</source>
        <translation>渲染已停止：文本超过 %1 个字符</translation>
    </message>
</context>
<context>
    <name>pwb::NdjsonParser</name>
    <message>
        <source>malformed NDJSON stream: %1</source>
        <translation>NDJSON 流格式错误：%1</translation>
    </message>
    <message>
        <source>malformed NDJSON stream: line %1 is not valid JSON (%2 at byte %3 of the line)</source>
        <translation>NDJSON 流格式错误：第 %1 行不是有效的 JSON（%2，位于该行第 %3 字节）</translation>
    </message>
</context>
<context>
    <name>pwb::ParametersPanel</name>
    <message>
        <source>model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列出</translation>
    </message>
    <message>
        <source>Fetch the provider&apos;s model list</source>
        <translation>获取服务商的模型列表</translation>
    </message>
    <message>
        <source>Unchecked: not sent; the provider&apos;s default applies.</source>
        <translation>未勾选：不发送，使用服务商的默认值。</translation>
    </message>
    <message>
        <source>One per line; write a line break as \n</source>
        <translation>每行一个；换行符写作 \n</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}, &quot;required&quot;: […]}</source>
        <translation>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}, &quot;required&quot;: […]}</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
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
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大词元数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>停止序列</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>响应格式</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1（未配置）</translation>
    </message>
    <message>
        <source>Write the JSON schema the reply must follow.</source>
        <translation>写出回复必须遵循的 JSON Schema。</translation>
    </message>
    <message>
        <source>JSON schema, line %1, column %2: %3</source>
        <translation>JSON Schema，第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>The JSON schema must be an object.</source>
        <translation>JSON Schema 必须是对象。</translation>
    </message>
</context>
<context>
    <name>pwb::PriceTable</name>
    <message>
        <source>%1 line %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>%1 must be a number of at least 0 (US dollars per million tokens)</source>
        <translation>%1 必须是不小于 0 的数字（单位：美元/百万词元）</translation>
    </message>
    <message>
        <source>a price must be an object with input and output</source>
        <translation>价格必须是包含 input 和 output 的对象</translation>
    </message>
    <message>
        <source>long_context.above_input_tokens must be a whole number above 0</source>
        <translation>long_context.above_input_tokens 必须是大于 0 的整数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: &quot;providers&quot; must be a list of {&quot;ids&quot;: […], &quot;models&quot;: {…}}</source>
        <translation>%1：&quot;providers&quot; 必须是由 {&quot;ids&quot;: […], &quot;models&quot;: {…}} 组成的列表</translation>
    </message>
    <message>
        <source>%1: provider entry %2: &quot;ids&quot; must be a list of provider ids</source>
        <translation>%1：服务商条目 %2：&quot;ids&quot; 必须是服务商 ID 的列表</translation>
    </message>
    <message>
        <source>model ids and aliases must not be empty</source>
        <translation>模型 ID 和别名不能为空</translation>
    </message>
    <message>
        <source>%1: model &quot;%2&quot;: %3</source>
        <translation>%1：模型“%2”：%3</translation>
    </message>
    <message>
        <source>Cannot read the prices in %1: %2</source>
        <translation>无法读取 %1 中的价格：%2</translation>
    </message>
    <message>
        <source>%1 (none of its prices are used, only the built-in ones)</source>
        <translation>%1（其中的价格均未使用，仅使用内置价格）</translation>
    </message>
</context>
<context>
    <name>pwb::PromptEditorPanel</name>
    <message>
        <source>Untitled prompt</source>
        <translation>未命名提示词</translation>
    </message>
    <message>
        <source>Add Message</source>
        <translation>添加消息</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant (example answer)</source>
        <translation>助手（示例回答）</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>The request as it will be sent.</source>
        <translation>将要发送的请求。</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Note for the next version (optional), then Ctrl+S</source>
        <translation>下一版本的备注（可选），然后按 Ctrl+S</translation>
    </message>
    <message>
        <source>Change parameters</source>
        <translation>修改参数</translation>
    </message>
    <message>
        <source>Change a default</source>
        <translation>修改默认值</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Add message</source>
        <translation>添加消息</translation>
    </message>
    <message>
        <source>Remove message</source>
        <translation>删除消息</translation>
    </message>
    <message>
        <source>Move message</source>
        <translation>移动消息</translation>
    </message>
    <message>
        <source>%1 · not saved</source>
        <translation>%1 · 未保存</translation>
    </message>
    <message>
        <source>%1 · version %2, edited</source>
        <translation>%1 · 版本 %2，已编辑</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · 版本 %2</translation>
    </message>
    <message>
        <source>Version %1 · edited</source>
        <translation>版本 %1 · 已编辑</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
</context>
<context>
    <name>pwb::PromptFileActions</name>
    <message>
        <source>Prompty (*.prompty);;Prompt Workbench JSON (*.json);;Markdown (*.md)</source>
        <translation>Prompty (*.prompty);;Prompt Workbench JSON (*.json);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>%1: a prompt file&apos;s name ends in .prompty, .json or .md</source>
        <translation>%1：提示词文件的名称应以 .prompty、.json 或 .md 结尾</translation>
    </message>
    <message>
        <source>The prompt has no saved version yet: save one (Ctrl+S), then export it.</source>
        <translation>该提示词还没有已保存的版本：请先保存一个版本（Ctrl+S），再导出。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; version %2 to %3</source>
        <translation>已将“%1”的版本 %2 导出到 %3</translation>
    </message>
    <message>
        <source>Prompty (*.prompty)</source>
        <translation>Prompty (*.prompty)</translation>
    </message>
    <message>
        <source>Export Prompt</source>
        <translation>导出提示词</translation>
    </message>
    <message>
        <source>%1 (your unsaved edits are not in it: save a version first)</source>
        <translation>%1（其中不包含你未保存的编辑：请先保存一个版本）</translation>
    </message>
    <message>
        <source>Export All Prompts</source>
        <translation>导出所有提示词</translation>
    </message>
    <message>
        <source>Export Folder &quot;%1&quot;</source>
        <translation>导出文件夹“%1”</translation>
    </message>
    <message>
        <source>Markdown with front matter (.md)</source>
        <translation>带前置元数据的 Markdown (.md)</translation>
    </message>
    <message>
        <source>Prompty (.prompty)</source>
        <translation>Prompty (.prompty)</translation>
    </message>
    <message>
        <source>Prompt Workbench JSON (.json)</source>
        <translation>Prompt Workbench JSON (.json)</translation>
    </message>
    <message>
        <source>One file per prompt, as:</source>
        <translation>每个提示词一个文件，格式：</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n prompt(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个提示词导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Prompts</source>
        <translation>导入提示词</translation>
    </message>
    <message>
        <source>Import prompt files, or a folder of them (with its subfolders)?</source>
        <translation>导入提示词文件，还是导入一个提示词文件夹（含其子文件夹）？</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>Prompt files (*.prompty *.json *.md)</source>
        <translation>提示词文件 (*.prompty *.json *.md)</translation>
    </message>
    <message>
        <source>Import a Folder of Prompts</source>
        <translation>导入提示词文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>未导入任何内容：需先修复 %n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prompt(s): %1 new, %2 with a new version, %3 unchanged.</source>
        <translation>
            <numerusform>已导入 %n 个提示词：%1 个新建，%2 个新增版本，%3 个未更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported, with %n warning(s).</source>
        <translation>
            <numerusform>已导入，有 %n 条警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>
… and %1 more</source>
        <translation>
… 还有 %1 条</translation>
    </message>
</context>
<context>
    <name>pwb::PromptFileProblem</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>pwb::PromptFiles</name>
    <message>
        <source>&quot;%1&quot; cannot be written as %2 so that it reads back the same; use JSON, which keeps any text exactly</source>
        <translation>“%1”无法写成 %2 并在读回时保持不变；请使用 JSON，它能精确保留任何文本</translation>
    </message>
    <message>
        <source>not a prompt file: the name ends in .prompty, .json or .md</source>
        <translation>不是提示词文件：名称应以 .prompty、.json 或 .md 结尾</translation>
    </message>
</context>
<context>
    <name>pwb::PromptFolderTransfer</name>
    <message>
        <source>There is no such folder in the workspace.</source>
        <translation>工作区中没有这个文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>there is no such file or directory</source>
        <translation>没有这个文件或目录</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the folder &quot;%2&quot; is also in %3; import one of them</source>
        <translation>文件夹“%2”中的“%1”也出现在 %3 中；请只导入其中一个</translation>
    </message>
    <message>
        <source>(top)</source>
        <translation>（顶层）</translation>
    </message>
</context>
<context>
    <name>pwb::PromptJsonFormat</name>
    <message>
        <source>missing (a text)</source>
        <translation>缺失（应为文本）</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>文本列表</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>对象列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>%1 was expected, not %2</source>
        <translation>应为%1，而不是%2</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON：%1</translation>
    </message>
    <message>
        <source>a prompt file is one JSON object</source>
        <translation>提示词文件应是一个 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was expected: this is not a Prompt Workbench prompt file</source>
        <translation>应为“%1”：这不是 Prompt Workbench 提示词文件</translation>
    </message>
    <message>
        <source>missing (a whole number, 1)</source>
        <translation>缺失（应为整数 1）</translation>
    </message>
    <message>
        <source>%1 is newer than this version of the app reads (%2): update the app</source>
        <translation>%1 比此版本应用能读取的版本（%2）更新：请更新应用</translation>
    </message>
    <message>
        <source>a whole number from 1</source>
        <translation>从 1 开始的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: system, user or assistant</source>
        <translation>“%1”：应为 system、user 或 assistant</translation>
    </message>
    <message>
        <source>not a key of the format; ignored</source>
        <translation>不是此格式的键；已忽略</translation>
    </message>
</context>
<context>
    <name>pwb::PromptLibraryModel</name>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
</context>
<context>
    <name>pwb::PromptLibraryPanel</name>
    <message>
        <source>&lt;b&gt;Prompts&lt;/b&gt;</source>
        <translation>&lt;b&gt;提示词&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>搜索提示词</translation>
    </message>
    <message>
        <source>No prompts in this workspace yet.

New prompts and imported files will be listed here, in folders.</source>
        <translation>此工作区还没有提示词。

新建的提示词和导入的文件会按文件夹列在这里。</translation>
    </message>
    <message>
        <source>New &amp;Folder</source>
        <translation>新建文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>创建副本(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>No prompt matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的提示词。</translation>
    </message>
    <message>
        <source>Untitled prompt</source>
        <translation>未命名提示词</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>New folder %1</source>
        <translation>新建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot create a folder here.</source>
        <translation>无法在此处创建文件夹。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; removed.</source>
        <translation>已删除文件夹“%1”。</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo with %2.</source>
        <translation>已删除“%1”。按 %2 可撤销。</translation>
    </message>
    <message>
        <source>Export Folder…</source>
        <translation>导出文件夹…</translation>
    </message>
    <message>
        <source>Export All Prompts…</source>
        <translation>导出所有提示词…</translation>
    </message>
</context>
<context>
    <name>pwb::PromptMarkdownFormat</name>
    <message>
        <source>a version is a whole number from 1</source>
        <translation>版本应是从 1 开始的整数</translation>
    </message>
    <message>
        <source>default and description were expected</source>
        <translation>应为 default 和 description</translation>
    </message>
    <message>
        <source>a message starts with a heading &apos;## system&apos;, &apos;## user&apos; or &apos;## assistant&apos;; its text goes in the fenced block below it</source>
        <translation>消息以标题“## system”、“## user”或“## assistant”开始；其文本放在标题下方的围栏代码块中</translation>
    </message>
    <message>
        <source>the text of the %1 message goes in a fenced block (```) after its heading</source>
        <translation>%1 消息的文本应放在其标题之后的围栏代码块（```）中</translation>
    </message>
    <message>
        <source>the fenced block of the %1 message is not closed (a line of %2 backticks)</source>
        <translation>%1 消息的围栏代码块未闭合（应以一行 %2 个反引号结束）</translation>
    </message>
    <message>
        <source>a Markdown prompt starts with a line &apos;---&apos; and YAML front matter</source>
        <translation>Markdown 提示词应以一行“---”和 YAML 前置元数据开头</translation>
    </message>
    <message>
        <source>the front matter has no closing line &apos;---&apos;</source>
        <translation>前置元数据缺少结束行“---”</translation>
    </message>
</context>
<context>
    <name>pwb::PromptParameters</name>
    <message>
        <source>%1 is not a parameter (known: %2)</source>
        <translation>%1 不是参数（已知参数：%2）</translation>
    </message>
    <message>
        <source>temperature must be between 0 and 2</source>
        <translation>temperature 必须介于 0 到 2 之间</translation>
    </message>
    <message>
        <source>top_p must be between 0 and 1</source>
        <translation>top_p 必须介于 0 到 1 之间</translation>
    </message>
    <message>
        <source>max_tokens must be a whole number of at least 1</source>
        <translation>max_tokens 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>stop must be a list of non-empty texts</source>
        <translation>stop 必须是非空文本的列表</translation>
    </message>
    <message>
        <source>seed must be a whole number</source>
        <translation>seed 必须是整数</translation>
    </message>
    <message>
        <source>json_schema must be a JSON Schema object</source>
        <translation>json_schema 必须是 JSON Schema 对象</translation>
    </message>
    <message>
        <source>json_schema is needed when response_format is &quot;json_schema&quot;</source>
        <translation>response_format 为 &quot;json_schema&quot; 时需要提供 json_schema</translation>
    </message>
    <message>
        <source>json_schema is given but response_format is &quot;%1&quot;</source>
        <translation>提供了 json_schema，但 response_format 为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>response_format must be &quot;text&quot;, &quot;json_object&quot; or &quot;json_schema&quot;</source>
        <translation>response_format 必须是 &quot;text&quot;、&quot;json_object&quot; 或 &quot;json_schema&quot;</translation>
    </message>
</context>
<context>
    <name>pwb::PromptPreparation</name>
    <message>
        <source>Message %1 (%2), %3</source>
        <translation>消息 %1（%2），%3</translation>
    </message>
    <message>
        <source>Choose a provider in the Parameters tab.</source>
        <translation>请在“参数”标签页中选择服务商。</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; is not configured: add it in Edit › Providers and Keys, or choose another in the Parameters tab.</source>
        <translation>服务商“%1”尚未配置：请在“编辑 › 服务商与密钥”中添加，或在“参数”标签页中另选一个。</translation>
    </message>
    <message>
        <source>Choose a model in the Parameters tab.</source>
        <translation>请在“参数”标签页中选择模型。</translation>
    </message>
</context>
<context>
    <name>pwb::PromptReference</name>
    <message>
        <source>&quot;%1&quot;: the version after &apos;@&apos; is a number from 1 (NAME@3)</source>
        <translation>“%1”：“@”之后的版本号是从 1 开始的数字（NAME@3）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a label follows &apos;:&apos; (NAME:production)</source>
        <translation>“%1”：“:”之后是标记（NAME:production）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no prompt</source>
        <translation>“%1”没有指定提示词</translation>
    </message>
    <message>
        <source>No prompt is named &quot;%1&quot; (prompts: %2)</source>
        <translation>没有名为“%1”的提示词（现有提示词：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no saved version yet</source>
        <translation>“%1”还没有已保存的版本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no version %2 (it has 1 to %3)</source>
        <translation>“%1”没有版本 %2（现有版本为 1 到 %3）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no label &quot;%2&quot;</source>
        <translation>“%1”没有标记“%2”</translation>
    </message>
</context>
<context>
    <name>pwb::PromptRepository</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;: %2</source>
        <translation>无法创建文件夹“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot create the prompt &quot;%1&quot;: %2</source>
        <translation>无法创建提示词“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot rename the prompt to &quot;%1&quot;</source>
        <translation>无法把提示词重命名为“%1”</translation>
    </message>
    <message>
        <source>Cannot move the prompt</source>
        <translation>无法移动提示词</translation>
    </message>
    <message>
        <source>Cannot delete the prompt</source>
        <translation>无法删除提示词</translation>
    </message>
    <message>
        <source>Cannot restore the prompt</source>
        <translation>无法恢复提示词</translation>
    </message>
    <message>
        <source>Cannot set the tags: %1</source>
        <translation>无法设置标签：%1</translation>
    </message>
    <message>
        <source>Cannot set the tag &quot;%1&quot;: %2</source>
        <translation>无法设置标签“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save the version: %1</source>
        <translation>无法保存版本：%1</translation>
    </message>
    <message>
        <source>Cannot save version %1 of the prompt: %2</source>
        <translation>无法保存提示词的版本 %1：%2</translation>
    </message>
    <message>
        <source>Cannot set the label &quot;%1&quot;: that version is not one of this prompt</source>
        <translation>无法设置标记“%1”：该版本不属于这个提示词</translation>
    </message>
    <message>
        <source>Cannot set the label &quot;%1&quot;: %2</source>
        <translation>无法设置标记“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot record the label move: %1</source>
        <translation>无法记录标记的移动：%1</translation>
    </message>
    <message>
        <source>Cannot remove the label: %1</source>
        <translation>无法移除标记：%1</translation>
    </message>
    <message>
        <source>Cannot rename the folder to &quot;%1&quot;: %2</source>
        <translation>无法把文件夹重命名为“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot move a folder into itself.</source>
        <translation>无法把文件夹移到其自身中。</translation>
    </message>
    <message>
        <source>Cannot move the folder: %1</source>
        <translation>无法移动文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot remove the folder: %1</source>
        <translation>无法删除文件夹：%1</translation>
    </message>
    <message>
        <source>The folder is not empty: move or delete what it holds first.</source>
        <translation>文件夹不为空：请先移走或删除其中的内容。</translation>
    </message>
</context>
<context>
    <name>pwb::PromptSession</name>
    <message>
        <source>That prompt no longer exists.</source>
        <translation>该提示词已不存在。</translation>
    </message>
    <message>
        <source>Unsaved changes to &quot;%1&quot; restored.</source>
        <translation>已恢复对“%1”的未保存更改。</translation>
    </message>
    <message>
        <source>Create or select a prompt first (Ctrl+N).</source>
        <translation>请先新建或选择一个提示词（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>已保存为版本 %1。</translation>
    </message>
    <message>
        <source>Nothing changed since version %1: no new version.</source>
        <translation>自版本 %1 以来没有更改：未创建新版本。</translation>
    </message>
    <message>
        <source>That version is not one of this prompt&apos;s.</source>
        <translation>该版本不属于这个提示词。</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>恢复版本 %1</translation>
    </message>
    <message>
        <source>Version %1 restored into the editor; save (Ctrl+S) to keep it as the newest version.</source>
        <translation>已将版本 %1 恢复到编辑器；保存（Ctrl+S）即可将其作为最新版本。</translation>
    </message>
    <message>
        <source>Saved on quit</source>
        <translation>退出时保存</translation>
    </message>
</context>
<context>
    <name>pwb::PromptyFormat</name>
    <message>
        <source>message %1 (%2)</source>
        <translation>消息 %1（%2）</translation>
    </message>
    <message>
        <source>only the prompty parser (role markers) is supported, not &quot;%1&quot;</source>
        <translation>只支持 prompty 解析器（角色标记），不支持“%1”</translation>
    </message>
    <message>
        <source>mustache, jinja2 or {format: …} was expected</source>
        <translation>应为 mustache、jinja2 或 {format: …}</translation>
    </message>
    <message>
        <source>the template format &quot;%1&quot; is not supported (mustache or jinja2)</source>
        <translation>不支持模板格式“%1”（支持 mustache 或 jinja2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: imported as a chat prompt</source>
        <translation>“%1”：已作为对话提示词导入</translation>
    </message>
    <message>
        <source>not kept: endpoints and keys are the settings of a provider in the app</source>
        <translation>未保留：端点和密钥属于应用中服务商的设置</translation>
    </message>
    <message>
        <source>only a mapping of input values is read; ignored</source>
        <translation>只读取输入值的映射；已忽略</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: variables are texts; the default is kept as written</source>
        <translation>“%1”：变量是文本；默认值按原样保留</translation>
    </message>
    <message>
        <source>a default is a text</source>
        <translation>默认值应为文本</translation>
    </message>
    <message>
        <source>type, default and description were expected</source>
        <translation>应为 type、default 和 description</translation>
    </message>
    <message>
        <source>role attributes %1 are not kept</source>
        <translation>角色属性 %1 未保留</translation>
    </message>
    <message>
        <source>text before the first role marker is read as a system message, as Prompty does</source>
        <translation>第一个角色标记之前的文本按系统消息读取，与 Prompty 的做法相同</translation>
    </message>
    <message>
        <source>a developer message is imported as a system message</source>
        <translation>developer 消息作为系统消息导入</translation>
    </message>
    <message>
        <source>%1 messages are not supported (system, user and assistant are)</source>
        <translation>不支持 %1 消息（支持 system、user 和 assistant）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 begins or ends with spaces or blank lines, which Prompty removes; export it as JSON or Markdown, which keep any text</source>
        <translation>“%1”：%2 以空格或空行开头或结尾，Prompty 会删除它们；请导出为 JSON 或 Markdown，它们能保留任何文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 has the line &quot;%3&quot;, which Prompty reads as the start of another message; export it as JSON or Markdown</source>
        <translation>“%1”：%2 中有一行“%3”，Prompty 会将其读作另一条消息的开始；请导出为 JSON 或 Markdown</translation>
    </message>
    <message>
        <source>a .prompty file starts with a line &apos;---&apos; and YAML front matter</source>
        <translation>.prompty 文件应以一行“---”和 YAML 前置元数据开头</translation>
    </message>
    <message>
        <source>the front matter has no closing line &apos;---&apos;</source>
        <translation>前置元数据缺少结束行“---”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not kept: the workspace numbers versions</source>
        <translation>“%1”未保留：工作区会自行为版本编号</translation>
    </message>
    <message>
        <source>not kept: the workspace has no authors</source>
        <translation>未保留：工作区不记录作者</translation>
    </message>
</context>
<context>
    <name>pwb::ProviderConfig</name>
    <message>
        <source>Offline demo (no network)</source>
        <translation>离线演示（不联网）</translation>
    </message>
</context>
<context>
    <name>pwb::ProviderDirectory</name>
    <message>
        <source>Id: a provider needs an id, e.g. &quot;my-vllm&quot;.</source>
        <translation>ID：服务商需要一个 ID，例如“my-vllm”。</translation>
    </message>
    <message>
        <source>Id: &quot;%1&quot; may contain only lowercase letters a-z, digits and hyphens.</source>
        <translation>ID：“%1”只能包含小写字母 a-z、数字和连字符。</translation>
    </message>
    <message>
        <source>Id: a provider &quot;%1&quot; already exists; choose another id.</source>
        <translation>ID：服务商“%1”已存在；请换一个 ID。</translation>
    </message>
    <message>
        <source>Id: &quot;%1&quot; cannot be renamed to &quot;%2&quot;; add a new provider instead.</source>
        <translation>ID：“%1”不能重命名为“%2”；请改为添加新的服务商。</translation>
    </message>
    <message>
        <source>Base URL: &quot;%1&quot; must be an http:// or https:// address with a host, e.g. http://localhost:8000/v1.</source>
        <translation>基础 URL：“%1”必须是带主机名的 http:// 或 https:// 地址，例如 http://localhost:8000/v1。</translation>
    </message>
    <message>
        <source>Key variable: &quot;%1&quot; is not an environment variable name (letters, digits and _, e.g. OPENAI_API_KEY).</source>
        <translation>密钥变量：“%1”不是有效的环境变量名（只能包含字母、数字和 _，例如 OPENAI_API_KEY）。</translation>
    </message>
    <message>
        <source>Headers: &quot;%1&quot; is not a valid header name.</source>
        <translation>请求头：“%1”不是有效的请求头名称。</translation>
    </message>
    <message>
        <source>Timeouts: a time limit cannot be negative (0 means none).</source>
        <translation>超时：时间限制不能为负数（0 表示不限制）。</translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot; to remove.</source>
        <translation>没有可移除的服务商“%1”。</translation>
    </message>
</context>
<context>
    <name>pwb::ProviderForm</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>lowercase letters, digits and -, e.g. my-vllm</source>
        <translation>小写字母、数字和 -，例如 my-vllm</translation>
    </message>
    <message>
        <source>shown in menus; the id if empty</source>
        <translation>显示在菜单中；留空则使用 ID</translation>
    </message>
    <message>
        <source>OpenAI chat completions (and compatible servers)</source>
        <translation>OpenAI Chat Completions（及兼容服务器）</translation>
    </message>
    <message>
        <source>OpenAI Responses</source>
        <translation>OpenAI Responses</translation>
    </message>
    <message>
        <source>Anthropic Messages</source>
        <translation>Anthropic Messages</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>Ollama (native API)</source>
        <translation>Ollama（原生 API）</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8000/v1</source>
        <translation>例如 http://localhost:8000/v1</translation>
    </message>
    <message>
        <source>Test connection lists the models</source>
        <translation>“测试连接”会列出可用模型</translation>
    </message>
    <message>
        <source>e.g. OPENAI_API_KEY; empty: none</source>
        <translation>例如 OPENAI_API_KEY；留空表示不使用</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>默认模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Key &amp;variable:</source>
        <translation>密钥变量(&amp;V)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Sent with every request, e.g. HTTP-Referer for OpenRouter. Secrets are refused here: the API key belongs in the keychain.</source>
        <translation>随每个请求发送，例如 OpenRouter 所需的 HTTP-Referer。此处不接受机密信息：API 密钥应保存在钥匙串中。</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>添加请求头</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>移除请求头</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>额外请求头</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>First token:</source>
        <translation>首词元：</translation>
    </message>
    <message>
        <source>Idle:</source>
        <translation>空闲：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总计：</translation>
    </message>
</context>
<context>
    <name>pwb::ProviderSettingsRepository</name>
    <message>
        <source>The header %1 of provider &quot;%2&quot; looks like a secret: keep it in the keychain with the API key, not in the workspace.</source>
        <translation>服务商“%2”的请求头 %1 看起来是机密：请与 API 密钥一起保存在钥匙串中，而不是工作区里。</translation>
    </message>
    <message>
        <source>Cannot save the provider &quot;%1&quot;: %2</source>
        <translation>无法保存服务商“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot remove the provider &quot;%1&quot;: %2</source>
        <translation>无法移除服务商“%1”：%2</translation>
    </message>
</context>
<context>
    <name>pwb::ProvidersDialog</name>
    <message>
        <source>Providers and Keys</source>
        <translation>服务商与密钥</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>Connected — %n models</source>
        <translation>
            <numerusform>已连接——%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in provider %1 at %2</source>
        <translation>内置服务商 %1，地址 %2</translation>
    </message>
    <message>
        <source>Provider %1 at %2</source>
        <translation>服务商 %1，地址 %2</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>新服务商</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked above.</source>
        <translation>未保存：请更正上方标出的字段。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; storing its key…</source>
        <translation>已保存“%1”；正在存储其密钥…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; and its key.</source>
        <translation>已保存“%1”及其密钥。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;, but not its key: see the key&apos;s message.</source>
        <translation>已保存“%1”，但未保存其密钥：请查看密钥处的提示。</translation>
    </message>
    <message>
        <source>Reset %1 to its built-in settings? Its API key stays.</source>
        <translation>将 %1 重置为内置设置吗？其 API 密钥会保留。</translation>
    </message>
    <message>
        <source>Remove %1 and its stored API key?</source>
        <translation>移除 %1 及其已保存的 API 密钥吗？</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has its built-in settings again.</source>
        <translation>“%1”已恢复为内置设置。</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>已移除“%1”。</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but not its key: %2</source>
        <translation>已移除“%1”，但未移除其密钥：%2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Return this built-in provider to its original settings</source>
        <translation>将此内置服务商恢复为原始设置</translation>
    </message>
</context>
<context>
    <name>pwb::ReadLog</name>
    <message>
        <source>a prompt file names its prompt</source>
        <translation>提示词文件必须写明提示词名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty folder name (folders are separated by &apos;/&apos;)</source>
        <translation>“%1”中有空的文件夹名称（文件夹以“/”分隔）</translation>
    </message>
    <message>
        <source>a variable has no name</source>
        <translation>有变量没有名称</translation>
    </message>
    <message>
        <source>the variable &quot;%1&quot; is defined twice</source>
        <translation>变量“%1”被定义了两次</translation>
    </message>
</context>
<context>
    <name>pwb::ReplyFigures</name>
    <message>
        <source>TTFT %1 ms</source>
        <translation>首词元延迟 %1 毫秒</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <source>%1 in · %2 out</source>
        <translation>输入 %1 · 输出 %2</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>推理 %1</translation>
    </message>
    <message>
        <source>%1, stream ended early</source>
        <translation>%1，流提前结束</translation>
    </message>
</context>
<context>
    <name>pwb::ReplyView</name>
    <message numerus="yes">
        <source>Thinking… (%n characters)</source>
        <translation>
            <numerusform>正在思考…（%n 个字符）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reasoning (%n characters)</source>
        <translation>
            <numerusform>推理（%n 个字符）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::ResolvedApiKey</name>
    <message>
        <source>From environment variable %1</source>
        <translation>来自环境变量 %1</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>已保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1); the key is kept for this session only</source>
        <translation>无法访问钥匙串（%1）；密钥仅在本次会话中保留</translation>
    </message>
    <message>
        <source>No key. No keychain is reachable (%1); a key you save is kept for this session only</source>
        <translation>没有密钥。无法访问钥匙串（%1）；保存的密钥仅在本次会话中保留</translation>
    </message>
    <message>
        <source>No key: the keychain did not answer (%1)</source>
        <translation>没有密钥：钥匙串未响应（%1）</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>没有密钥</translation>
    </message>
</context>
<context>
    <name>pwb::RunDetailPanel</name>
    <message>
        <source>Select a run to see its request, reply and timings.</source>
        <translation>选择一个运行以查看其请求、回复和计时。</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Play the reply again at the pace it arrived (no network)</source>
        <translation>按回复到达时的速度重新播放（不联网）</translation>
    </message>
    <message>
        <source>Replay 10×</source>
        <translation>10× 回放</translation>
    </message>
    <message>
        <source>Play the reply again ten times faster than it arrived (no network)</source>
        <translation>以比到达时快十倍的速度重新播放回复（不联网）</translation>
    </message>
    <message>
        <source>Stop Replay</source>
        <translation>停止回放</translation>
    </message>
    <message>
        <source>Stop the replay here</source>
        <translation>在此处停止回放</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <source>Copy this run&apos;s request as code that sends it again; the key is read from an environment variable, never written</source>
        <translation>将此运行的请求复制为可再次发送它的代码；密钥从环境变量读取，绝不写入代码</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Replayed: %1 s at %2×</source>
        <translation>已回放：%1 秒，%2× 速度</translation>
    </message>
    <message>
        <source>Replay stopped.</source>
        <translation>回放已停止。</translation>
    </message>
    <message>
        <source>%1 / %2 · &lt;span style=&quot;color:%3; font-weight:600&quot;&gt;%4&lt;/span&gt; · %5 · run %6</source>
        <translation>%1 / %2 · &lt;span style=&quot;color:%3; font-weight:600&quot;&gt;%4&lt;/span&gt; · %5 · 运行 %6</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>→ Headers</source>
        <translation>→ 响应头</translation>
    </message>
    <message>
        <source>→ First token</source>
        <translation>→ 首词元</translation>
    </message>
    <message>
        <source>→ Last token</source>
        <translation>→ 末词元</translation>
    </message>
    <message>
        <source>→ End</source>
        <translation>→ 结束</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首词元延迟</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>每秒词元数</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>输入词元</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>输出词元</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>推理词元</translation>
    </message>
    <message>
        <source>Cached input tokens</source>
        <translation>缓存的输入词元</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <source>This run had no variables.</source>
        <translation>此运行没有变量。</translation>
    </message>
    <message>
        <source>Variables (%1)</source>
        <translation>变量（%1）</translation>
    </message>
    <message>
        <source>Open %1 in the editor with this run&apos;s variables</source>
        <translation>在编辑器中打开 %1，并带入此运行的变量</translation>
    </message>
    <message>
        <source>This run was of edits never saved as a version: there is no version to open.</source>
        <translation>此运行使用的是从未保存为版本的编辑内容：没有可打开的版本。</translation>
    </message>
    <message>
        <source>Tool calls:</source>
        <translation>工具调用：</translation>
    </message>
    <message>
        <source>Replaying at %1×: %2 s of %3 s</source>
        <translation>正在以 %1× 速度回放：%2 秒 / %3 秒</translation>
    </message>
</context>
<context>
    <name>pwb::RunDetails</name>
    <message>
        <source>Run %1 is not in this workspace.</source>
        <translation>运行 %1 不在此工作区中。</translation>
    </message>
    <message>
        <source>Cannot read run %1: %2</source>
        <translation>无法读取运行 %1：%2</translation>
    </message>
    <message>
        <source>(unsaved prompt)</source>
        <translation>（未保存的提示词）</translation>
    </message>
</context>
<context>
    <name>pwb::RunLauncher</name>
    <message>
        <source>Cannot build the request yet:
%1</source>
        <translation>暂时无法构建请求：
%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>pwb::RunPairColumn</name>
    <message>
        <source>Run %1 · %2</source>
        <translation>运行 %1 · %2</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 · %4</source>
        <translation>%1 / %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>pwb::RunPairWindow</name>
    <message>
        <source>Compare Runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Reply Differences</source>
        <translation>回复差异</translation>
    </message>
    <message>
        <source>Input Differences</source>
        <translation>输入差异</translation>
    </message>
    <message>
        <source>Runs %1 and %2 are no longer in this workspace.</source>
        <translation>运行 %1 和 %2 已不在此工作区中。</translation>
    </message>
    <message>
        <source>Run %1 is no longer in this workspace.</source>
        <translation>运行 %1 已不在此工作区中。</translation>
    </message>
    <message>
        <source>Compare Runs %1 and %2</source>
        <translation>比较运行 %1 和 %2</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>运行 %1 · %2</translation>
    </message>
    <message>
        <source>Same Input</source>
        <translation>输入相同</translation>
    </message>
</context>
<context>
    <name>pwb::RunRecorder</name>
    <message>
        <source>Cannot record the run: %1</source>
        <translation>无法记录运行：%1</translation>
    </message>
    <message>
        <source>Cannot store the reply of run %1: %2</source>
        <translation>无法保存运行 %1 的回复：%2</translation>
    </message>
    <message>
        <source>Cannot finish run %1: %2</source>
        <translation>无法完成运行 %1：%2</translation>
    </message>
    <message>
        <source>Cannot mark interrupted runs: %1</source>
        <translation>无法标记中断的运行：%1</translation>
    </message>
</context>
<context>
    <name>pwb::RunReplay</name>
    <message>
        <source>Cannot read the reply pieces of run %1: %2</source>
        <translation>无法读取运行 %1 的回复片段：%2</translation>
    </message>
    <message>
        <source>Run %1 is not in this workspace.</source>
        <translation>运行 %1 不在此工作区中。</translation>
    </message>
</context>
<context>
    <name>pwb::RunsFileActions</name>
    <message numerus="yes">
        <source>Export %n Run(s)</source>
        <translation>
            <numerusform>导出 %n 个运行</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Runs</source>
        <translation>导出运行</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n run(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个运行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Runs</source>
        <translation>导入运行</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>未从 %1 导入任何内容：需先修复 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>未从 %1 导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were already here</source>
        <translation>
            <numerusform>; %n 个已存在</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::RunsFilterBar</name>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Search replies…</source>
        <translation>搜索回复…</translation>
    </message>
    <message>
        <source>Finds runs whose reply contains this text (3 characters or more).</source>
        <translation>查找回复中包含此文本的运行（至少 3 个字符）。</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>已截断</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Runs started on or after this day</source>
        <translation>在此日期当天或之后开始的运行</translation>
    </message>
    <message>
        <source>Runs started on or before this day</source>
        <translation>在此日期当天或之前开始的运行</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All prompts</source>
        <translation>所有提示词</translation>
    </message>
    <message>
        <source>All providers and models</source>
        <translation>所有服务商和模型</translation>
    </message>
    <message>
        <source>%1 — all models</source>
        <translation>%1 — 所有模型</translation>
    </message>
</context>
<context>
    <name>pwb::RunsJsonlExport</name>
    <message>
        <source>Cannot read the reply of run %1: %2</source>
        <translation>无法读取运行 %1 的回复：%2</translation>
    </message>
    <message>
        <source>Cannot read run %1: %2</source>
        <translation>无法读取运行 %1：%2</translation>
    </message>
    <message>
        <source>There is no run %1 in this workspace.</source>
        <translation>此工作区中没有运行 %1。</translation>
    </message>
    <message>
        <source>Cannot write the runs: %1</source>
        <translation>无法写入运行：%1</translation>
    </message>
    <message>
        <source>Cannot write the runs to %1: %2</source>
        <translation>无法将运行写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2 was not written)</source>
        <translation>%1（未写入 %2）</translation>
    </message>
</context>
<context>
    <name>pwb::RunsJsonlImport</name>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be [milliseconds, kind, text]</source>
        <translation>必须是 [毫秒数, 类型, 文本]</translation>
    </message>
    <message>
        <source>this is not a Prompt Workbench runs file: its first line must be the header {&quot;format&quot;: &quot;%1&quot;, &quot;formatVersion&quot;: …}</source>
        <translation>这不是 Prompt Workbench 运行文件：其第一行必须是头部行 {&quot;format&quot;: &quot;%1&quot;, &quot;formatVersion&quot;: …}</translation>
    </message>
    <message>
        <source>version %1 of the format is not known here (this version of Prompt Workbench reads version %2; a newer one may read this file)</source>
        <translation>无法识别该格式的版本 %1（此版本的 Prompt Workbench 读取版本 %2；更新的版本或许能读取此文件）</translation>
    </message>
    <message>
        <source>Cannot read the runs file %1: %2</source>
        <translation>无法读取运行文件 %1：%2</translation>
    </message>
    <message>
        <source>not valid JSON at column %1: %2</source>
        <translation>第 %1 列处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>cannot be stored: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>%1:1: the file is empty: a runs file starts with its header line</source>
        <translation>%1:1: 文件为空：运行文件应以头部行开始</translation>
    </message>
    <message>
        <source>%1:%2: the header announces %3 runs, but the file has %4 (was it cut short?)</source>
        <translation>%1:%2: 头部声明有 %3 个运行，但文件中有 %4 个（文件是否被截断了？）</translation>
    </message>
    <message>
        <source>%1: more problems not listed; fix these first</source>
        <translation>%1：还有更多问题未列出；请先修复这些问题</translation>
    </message>
    <message>
        <source>Cannot import the runs of %1: %2</source>
        <translation>无法导入 %1 中的运行：%2</translation>
    </message>
</context>
<context>
    <name>pwb::RunsTableModel</name>
    <message>
        <source>(unsaved prompt)</source>
        <translation>（未保存的提示词）</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>输入词元</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>输出词元</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation>首词元延迟（毫秒）</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
</context>
<context>
    <name>pwb::RunsWindow</name>
    <message>
        <source>Saved Runs</source>
        <translation>已保存的运行</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Select two runs (Ctrl+click) to see them side by side</source>
        <translation>选择两个运行（Ctrl+单击）以并排查看</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add the runs of a JSON Lines file (from Export, or pwb export runs) to this workspace</source>
        <translation>将 JSON Lines 文件（来自“导出”或 pwb export runs）中的运行添加到此工作区</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Write runs to a JSON Lines file to share a review</source>
        <translation>将运行写入 JSON Lines 文件，以便共享审阅</translation>
    </message>
    <message>
        <source>No saved runs yet — runs are saved when you send a prompt.</source>
        <translation>还没有已保存的运行——发送提示词时会保存运行。</translation>
    </message>
    <message>
        <source>No runs match these filters.</source>
        <translation>没有符合这些筛选条件的运行。</translation>
    </message>
    <message numerus="yes">
        <source>Selected Runs (%n)…</source>
        <translation>
            <numerusform>选中的运行（%n）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All Runs (%n)…</source>
        <translation>
            <numerusform>所有运行（%n）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Runs Matching the Filter (%n)…</source>
        <translation>
            <numerusform>符合筛选条件的运行（%n）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 个运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n selected</source>
        <translation>
            <numerusform>%1 · 已选中 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::SampleDatasets</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at offset %3)</source>
        <translation>%1 不是 JSON 对象（%2，位于偏移量 %3 处）</translation>
    </message>
    <message>
        <source>The sample %1 needs a name and at least one case</source>
        <translation>示例 %1 需要一个名称和至少一个用例</translation>
    </message>
    <message>
        <source>%1: case %2 has no &quot;vars&quot; object</source>
        <translation>%1：用例 %2 没有 &quot;vars&quot; 对象</translation>
    </message>
</context>
<context>
    <name>pwb::SampleWorkspace</name>
    <message>
        <source>it has no messages</source>
        <translation>其中没有消息</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message role</source>
        <translation>“%1”不是消息角色</translation>
    </message>
    <message>
        <source>Cannot read the sample %1: %2</source>
        <translation>无法读取示例 %1：%2</translation>
    </message>
    <message>
        <source>The sample %1 is not valid JSON (line %2): %3</source>
        <translation>示例 %1 不是有效的 JSON（第 %2 行）：%3</translation>
    </message>
    <message>
        <source>The sample %1 needs a name and at least one version</source>
        <translation>示例 %1 需要一个名称和至少一个版本</translation>
    </message>
    <message>
        <source>The sample %1, version %2: %3</source>
        <translation>示例 %1，版本 %2：%3</translation>
    </message>
    <message>
        <source>There are no samples in %1</source>
        <translation>%1 中没有示例</translation>
    </message>
    <message>
        <source>Cannot add the sample prompts: %1</source>
        <translation>无法添加示例提示词：%1</translation>
    </message>
</context>
<context>
    <name>pwb::SearchResultsModel</name>
    <message>
        <source>Run %1 · %2</source>
        <translation>运行 %1 · %2</translation>
    </message>
</context>
<context>
    <name>pwb::SseParser</name>
    <message>
        <source>malformed event stream: %1</source>
        <translation>事件流格式错误：%1</translation>
    </message>
    <message>
        <source>malformed event stream: the event ending at line %1 is larger than the limit of %2 bytes</source>
        <translation>事件流格式错误：结束于第 %1 行的事件超过了 %2 字节的上限</translation>
    </message>
</context>
<context>
    <name>pwb::StoredRun</name>
    <message>
        <source>The app ended while this reply was streaming; the text received until then is kept.</source>
        <translation>此回复流式输出期间应用已退出；已保留此前收到的文本。</translation>
    </message>
</context>
<context>
    <name>pwb::StoredRunRequest</name>
    <message>
        <source>Run %1 keeps no prompt: its version was deleted, or it was recorded without one.</source>
        <translation>运行 %1 没有保留提示词：其版本已被删除，或记录时就没有提示词。</translation>
    </message>
    <message>
        <source>The parameters of run %1 are not valid: %2</source>
        <translation>运行 %1 的参数无效：%2</translation>
    </message>
    <message>
        <source>Run %1, message %2 (%3), %4</source>
        <translation>运行 %1，消息 %2（%3），%4</translation>
    </message>
</context>
<context>
    <name>pwb::StreamDecoder</name>
    <message>
        <source>malformed JSON in the stream (%1): %2</source>
        <translation>流中的 JSON 格式错误（%1）：%2</translation>
    </message>
</context>
<context>
    <name>pwb::StreamError</name>
    <message>
        <source>Check the provider&apos;s base URL, your network and any proxy, then retry.</source>
        <translation>请检查服务商的基础 URL、网络和代理设置，然后重试。</translation>
    </message>
    <message>
        <source>Check the API key of this provider (Edit &gt; Providers and Keys).</source>
        <translation>请检查该服务商的 API 密钥（编辑 &gt; 服务商与密钥）。</translation>
    </message>
    <message>
        <source>This key has no access to this model or feature; pick another model or key.</source>
        <translation>此密钥无权使用该模型或功能；请换一个模型或密钥。</translation>
    </message>
    <message>
        <source>Check the model name and the provider&apos;s base URL.</source>
        <translation>请检查模型名称和服务商的基础 URL。</translation>
    </message>
    <message>
        <source>The provider rejected the request; check the parameters named in its message.</source>
        <translation>服务商拒绝了请求；请检查其消息中提到的参数。</translation>
    </message>
    <message>
        <source>Shorten the prompt or lower max tokens, or pick a model with a longer context.</source>
        <translation>请缩短提示词或降低最大词元数，或选择上下文更长的模型。</translation>
    </message>
    <message>
        <source>Rate limited: retry in %1 s, or lower the request rate.</source>
        <translation>触发速率限制：请在 %1 秒后重试，或降低请求频率。</translation>
    </message>
    <message>
        <source>Rate limited: wait a moment and retry, or lower the request rate.</source>
        <translation>触发速率限制：请稍候重试，或降低请求频率。</translation>
    </message>
    <message>
        <source>The account is out of credit or quota; check billing with the provider.</source>
        <translation>账户余额或配额不足；请在服务商处检查账单。</translation>
    </message>
    <message>
        <source>The provider had an internal error; retry, it is usually temporary.</source>
        <translation>服务商内部出错；请重试，这通常是暂时的。</translation>
    </message>
    <message>
        <source>The provider is overloaded; retry in a little while or use another model.</source>
        <translation>服务商过载；请稍后重试或换用其他模型。</translation>
    </message>
    <message>
        <source>The provider&apos;s safety filter blocked this; rephrase the prompt.</source>
        <translation>服务商的安全过滤器拦截了此内容；请改写提示词。</translation>
    </message>
    <message>
        <source>The server did not accept the connection in time; check the URL and network.</source>
        <translation>服务器未能及时接受连接；请检查 URL 和网络。</translation>
    </message>
    <message>
        <source>No reply started in time; retry, or raise the first-token timeout for slow reasoning models.</source>
        <translation>回复未能及时开始；请重试，或为较慢的推理模型调高首词元超时。</translation>
    </message>
    <message>
        <source>The stream stalled; retry, or raise the idle timeout.</source>
        <translation>流已停滞；请重试，或调高空闲超时。</translation>
    </message>
    <message>
        <source>The reply took longer than the total time limit; raise it or lower max tokens.</source>
        <translation>回复超过了总时间限制；请调高该限制或降低最大词元数。</translation>
    </message>
    <message>
        <source>Retry, or raise the provider&apos;s timeouts.</source>
        <translation>请重试，或调高该服务商的超时设置。</translation>
    </message>
    <message>
        <source>The connection dropped; retry.</source>
        <translation>连接已断开；请重试。</translation>
    </message>
    <message>
        <source>The reply was not in the expected format; check the provider&apos;s API type and base URL.</source>
        <translation>回复格式不符合预期；请检查服务商的 API 类型和基础 URL。</translation>
    </message>
    <message>
        <source>Stopped by you; the partial reply is kept.</source>
        <translation>已由你停止；已保留部分回复。</translation>
    </message>
</context>
<context>
    <name>pwb::StreamingCall</name>
    <message>
        <source>stopped by the user</source>
        <translation>已被用户停止</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>expected an event stream but got a JSON document: %1</source>
        <translation>应为事件流，却收到 JSON 文档：%1</translation>
    </message>
    <message>
        <source>%1 timeout after %2 s</source>
        <translation>%1 超时（%2 秒）</translation>
    </message>
</context>
<context>
    <name>pwb::UserTurnWidget</name>
    <message>
        <source>&lt;b&gt;You&lt;/b&gt;</source>
        <translation>&lt;b&gt;你&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Replace this message and everything after it</source>
        <translation>替换此消息及其后的所有内容</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>pwb::VariableRow</name>
    <message>
        <source>JSON list or object, e.g. %1</source>
        <translation>JSON 列表或对象，例如 %1</translation>
    </message>
    <message>
        <source>Used as a section: give a list to repeat it, an object to enter it, true/false to show or hide it.</source>
        <translation>用作区块：给出列表则重复该区块，给出对象则进入该区块，给出 true/false 则显示或隐藏该区块。</translation>
    </message>
    <message>
        <source>Value for the next run</source>
        <translation>下次运行使用的值</translation>
    </message>
    <message>
        <source>Default (saved with the prompt)</source>
        <translation>默认值（随提示词保存）</translation>
    </message>
</context>
<context>
    <name>pwb::VariablesPanel</name>
    <message>
        <source>No variables yet. Write {{name}} in a message to add one.</source>
        <translation>还没有变量。在消息中写入 {{name}} 即可添加变量。</translation>
    </message>
    <message>
        <source>{{%1}} has no value and no default.</source>
        <translation>{{%1}} 既没有值，也没有默认值。</translation>
    </message>
    <message>
        <source>{{%1}}: the value is not valid JSON (%2); it is used as text.</source>
        <translation>{{%1}}：该值不是有效的 JSON（%2）；将作为文本使用。</translation>
    </message>
</context>
<context>
    <name>pwb::VersionHistoryModel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>pwb::VersionHistoryPanel</name>
    <message>
        <source>Select a version to see what it changed, or two (Ctrl+click) to compare them.</source>
        <translation>选择一个版本以查看它的更改，或选择两个版本（Ctrl+单击）进行比较。</translation>
    </message>
    <message>
        <source>&amp;Compare with Previous</source>
        <translation>与上一版本比较(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Restore into Editor</source>
        <translation>恢复到编辑器(&amp;R)</translation>
    </message>
    <message>
        <source>Load this version into the editor; it is saved as a new version only when you save.</source>
        <translation>将此版本载入编辑器；只有在你保存时，它才会保存为新版本。</translation>
    </message>
    <message>
        <source>Set &amp;Label…</source>
        <translation>设置标记(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Remo&amp;ve Label</source>
        <translation>移除标记(&amp;V)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions&lt;/b&gt;</source>
        <translation>&lt;b&gt;版本&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Label for %1:</source>
        <translation>%1 的标记：</translation>
    </message>
    <message>
        <source>Select one version to label.</source>
        <translation>请选择一个版本来设置标记。</translation>
    </message>
    <message>
        <source>A label needs a name, such as production or staging.</source>
        <translation>标记需要一个名称，例如 production 或 staging。</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
    <message>
        <source>Select a version to see what it changed, or two versions to compare them.</source>
        <translation>选择一个版本以查看它的更改，或选择两个版本进行比较。</translation>
    </message>
    <message>
        <source>This version cannot be read from the workspace %1.</source>
        <translation>无法从工作区 %1 读取此版本。</translation>
    </message>
    <message>
        <source>Before v%1 (nothing)</source>
        <translation>v%1 之前（无内容）</translation>
    </message>
    <message>
        <source>Open a prompt to see its saved versions.</source>
        <translation>打开一个提示词以查看它已保存的版本。</translation>
    </message>
    <message>
        <source>No saved versions of this prompt yet.

Save it (%1) to keep this state as version 1.</source>
        <translation>此提示词还没有已保存的版本。

保存它（%1）即可将当前状态保存为版本 1。</translation>
    </message>
    <message>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>pwb::VersionListDelegate</name>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
</context>
<context>
    <name>pwb::WorkspaceBackup</name>
    <message>
        <source>Cannot back up the workspace onto itself (%1): choose another file.</source>
        <translation>不能把工作区备份到它自身（%1）：请选择另一个文件。</translation>
    </message>
    <message>
        <source>The backup was not written: %1 already exists and was left unchanged.</source>
        <translation>未写入备份：%1 已存在，未做改动。</translation>
    </message>
    <message>
        <source>The backup was not written: %1 looks like a workspace in use (it has a %2 file); close it or choose another file.</source>
        <translation>未写入备份：%1 似乎是正在使用的工作区（它有 %2 文件）；请关闭它或选择另一个文件。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2.</source>
        <translation>无法写入备份 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot move the backup into place as %1: %2.</source>
        <translation>无法将备份移动到位为 %1：%2。</translation>
    </message>
</context>
<context>
    <name>pwb::WorkspaceLocation</name>
    <message>
        <source>Cannot use the workspace %1: %2 is a file, not a folder.</source>
        <translation>无法使用工作区 %1：%2 是文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the workspace folder %1 (check that it is writable and the disk is not full).</source>
        <translation>无法创建工作区文件夹 %1（请检查是否可写、磁盘是否已满）。</translation>
    </message>
    <message>
        <source>Cannot use the workspace %1: it is not a regular file.</source>
        <translation>无法使用工作区 %1：它不是普通文件。</translation>
    </message>
</context>
<context>
    <name>pwb::WorkspaceTransfer</name>
    <message>
        <source>Back Up Workspace</source>
        <translation>备份工作区</translation>
    </message>
    <message>
        <source>Workspace backups (*.sqlite);;All files (*)</source>
        <translation>工作区备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Workspace backed up to %1 (%2).</source>
        <translation>工作区已备份到 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>pwb::YamlMap</name>
    <message>
        <source>a text was expected here</source>
        <translation>此处应为文本</translation>
    </message>
    <message>
        <source>each item is a text</source>
        <translation>每一项都应为文本</translation>
    </message>
    <message>
        <source>a list of texts was expected here ([a, b])</source>
        <translation>此处应为文本列表（[a, b]）</translation>
    </message>
    <message>
        <source>keys and values were expected here</source>
        <translation>此处应为键和值</translation>
    </message>
    <message>
        <source>not a key Prompt Workbench knows; ignored (known: %1)</source>
        <translation>不是 Prompt Workbench 认识的键；已忽略（已知：%1）</translation>
    </message>
</context>
<context>
    <name>pwb::YamlReader</name>
    <message>
        <source>YAML: %1</source>
        <translation>YAML：%1</translation>
    </message>
    <message>
        <source>the front matter is YAML keys and values (name: …)</source>
        <translation>前置元数据应为 YAML 键和值（name: …）</translation>
    </message>
</context>
<context>
    <name>pwb::cli</name>
    <message>
        <source>Print where the workspace and the settings live.</source>
        <translation>显示工作区和设置的存放位置。</translation>
    </message>
    <message>
        <source>The workspace file or folder to resolve.</source>
        <translation>要解析的工作区文件或文件夹。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>Print where the workspace and the settings live</source>
        <translation>显示工作区和设置的存放位置</translation>
    </message>
    <message>
        <source>Usage: pwb COMMAND [OPTIONS]
Prompt Workbench&apos;s headless command line, for scripts and CI.

Commands:
</source>
        <translation>用法：pwb 命令 [选项]
Prompt Workbench 的无界面命令行，用于脚本和持续集成。

命令：
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help; &apos;pwb COMMAND --help&apos; shows a command&apos;s options
  -v, --version  Print the version

Exit status: 0 success, 1 a check did not pass, 2 bad usage or an error.
</source>
        <translation>
选项：
  -h, --help     显示此帮助；“pwb 命令 --help”显示该命令的选项
  -v, --version  显示版本

退出状态：0 成功，1 检查未通过，2 用法错误或出错。
</translation>
    </message>
    <message>
        <source>pwb: unknown command &apos;%1&apos; (see &apos;pwb --help&apos;)
</source>
        <translation>pwb：未知命令“%1”（参见“pwb --help”）
</translation>
    </message>
    <message>
        <source>finished: %1%2</source>
        <translation>已完成：%1%2</translation>
    </message>
    <message>
        <source> (truncated: the stream ended early)</source>
        <translation>（已截断：流提前结束）</translation>
    </message>
    <message>
        <source>TTFT %1 ms</source>
        <translation>首词元延迟 %1 毫秒</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <source>tokens in %1 / out %2</source>
        <translation>词元 输入 %1 / 输出 %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Built-in provider: %1 (default: openai).</source>
        <translation>内置服务商：%1（默认：openai）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Wire format, overriding the provider&apos;s: openai-chat, openai-responses, anthropic, gemini, ollama.</source>
        <translation>线上格式，覆盖服务商的设置：openai-chat、openai-responses、anthropic、gemini、ollama。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Base URL, overriding the provider&apos;s.</source>
        <translation>基础 URL，覆盖服务商的设置。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Model name (required).</source>
        <translation>模型名称（必填）。</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>A system message.</source>
        <translation>一条系统消息。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Sampling temperature.</source>
        <translation>采样温度。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Nucleus sampling.</source>
        <translation>核采样（top_p）。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Largest reply, in tokens.</source>
        <translation>回复的最大词元数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A stop sequence (repeatable).</source>
        <translation>停止序列（可重复）。</translation>
    </message>
    <message>
        <source>Sampling seed.</source>
        <translation>采样种子。</translation>
    </message>
    <message>
        <source>Extra HTTP header (repeatable).</source>
        <translation>额外的 HTTP 头（可重复）。</translation>
    </message>
    <message>
        <source>&apos;NAME: VALUE&apos;</source>
        <translation>&apos;NAME: VALUE&apos;</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable instead.</source>
        <translation>改从此环境变量读取 API 密钥。</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Seconds to wait for the first token (default 180).</source>
        <translation>等待首个词元的秒数（默认 180）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Seconds without data before giving up (default 90).</source>
        <translation>无数据多少秒后放弃（默认 90）。</translation>
    </message>
    <message>
        <source>Seconds for the whole reply (default 1800).</source>
        <translation>整个回复的秒数上限（默认 1800）。</translation>
    </message>
    <message>
        <source>Print one JSON object with the whole reply instead of streaming.</source>
        <translation>不流式输出，而是输出一个包含完整回复的 JSON 对象。</translation>
    </message>
    <message>
        <source>Stream reasoning (thinking) text to stderr.</source>
        <translation>把推理（思考）文本流式输出到标准错误。</translation>
    </message>
    <message>
        <source>The user message; &apos;-&apos; or nothing reads it from stdin.</source>
        <translation>用户消息；“-”或留空则从标准输入读取。</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos; (known: %2)</source>
        <translation>未知服务商“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>未知格式“%1”</translation>
    </message>
    <message>
        <source>--base-url &apos;%1&apos; is not a valid URL</source>
        <translation>--base-url “%1”不是有效的 URL</translation>
    </message>
    <message>
        <source>--header &apos;%1&apos; is not &apos;NAME: VALUE&apos;</source>
        <translation>--header “%1”不是“名称: 值”的形式</translation>
    </message>
    <message>
        <source>timeouts are seconds, e.g. --idle-timeout 30</source>
        <translation>超时以秒为单位，例如 --idle-timeout 30</translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation>必须提供 --model</translation>
    </message>
    <message>
        <source>--temperature, --top-p, --max-tokens and --seed take numbers</source>
        <translation>--temperature、--top-p、--max-tokens 和 --seed 需要数字</translation>
    </message>
    <message>
        <source>no message given and stdin is unreadable</source>
        <translation>未提供消息，且无法读取标准输入</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>消息为空</translation>
    </message>
    <message>
        <source>  (the reply above is partial: %1 characters before the failure)
</source>
        <translation>  （以上回复不完整：失败前共 %1 个字符）
</translation>
    </message>
    <message>
        <source>Send a prompt to a provider and stream the reply</source>
        <translation>向服务商发送提示词并流式输出回复</translation>
    </message>
    <message>
        <source>Send one prompt to a provider and stream the reply to stdout; figures go to stderr.
The API key is read from the provider&apos;s environment variable (e.g. OPENAI_API_KEY), else from
the OS keychain (service &quot;Prompt Workbench&quot;, entry &quot;api-key/&lt;provider&gt;&quot;).
Exit status: 0 the reply completed, 2 it failed or was truncated.</source>
        <translation>向服务商发送一条提示词，并把回复流式输出到标准输出；统计数据输出到标准错误。
API 密钥从该服务商的环境变量读取（例如 OPENAI_API_KEY），否则从
操作系统钥匙串读取（服务“Prompt Workbench”，条目“api-key/&lt;服务商&gt;”）。
退出状态：0 回复完整，2 失败或被截断。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>pwb decode: the stream ends inside an event (no blank line after it): truncated
</source>
        <translation>pwb decode：流在一个事件中途结束（其后没有空行）：已截断
</translation>
    </message>
    <message>
        <source>Decode a captured response body and print one JSON object per line per event.
Exit status: 0 the stream completed, 2 it failed or was truncated, 1 unreadable input.</source>
        <translation>解码抓取到的响应体，每个事件输出一行 JSON 对象。
退出状态：0 流已完整结束，2 失败或被截断，1 输入无法读取。</translation>
    </message>
    <message>
        <source>openai, openai-responses, anthropic, gemini, ollama, or sse (server-sent events alone).</source>
        <translation>openai、openai-responses、anthropic、gemini、ollama，或 sse（仅服务器发送事件）。</translation>
    </message>
    <message>
        <source>The capture; &apos;-&apos; or nothing reads stdin.</source>
        <translation>抓取文件；“-”或留空则读取标准输入。</translation>
    </message>
    <message>
        <source>[FILE|-]</source>
        <translation>[FILE|-]</translation>
    </message>
    <message>
        <source>pwb decode: one capture at a time
</source>
        <translation>pwb decode：一次只能解码一个抓取文件
</translation>
    </message>
    <message>
        <source>pwb decode: --format must be openai, openai-responses, anthropic, gemini, ollama or sse (got &apos;%1&apos;)
</source>
        <translation>pwb decode：--format 必须是 openai、openai-responses、anthropic、gemini、ollama 或 sse（收到“%1”）
</translation>
    </message>
    <message>
        <source>Decode a captured response body into one JSON event per line</source>
        <translation>把抓取到的响应体解码为每行一个 JSON 事件</translation>
    </message>
    <message>
        <source>List prompts or show a version: prompts list|show</source>
        <translation>列出提示词或显示某个版本：prompts list|show</translation>
    </message>
    <message>
        <source>The workspace file or folder (default: the app&apos;s).</source>
        <translation>工作区文件或文件夹（默认：应用的工作区）。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>there is no workspace at %1 (the app creates it when it first saves)</source>
        <translation>%1 处没有工作区（应用首次保存时才会创建）</translation>
    </message>
    <message>
        <source>List the prompts of a workspace.</source>
        <translation>列出工作区中的提示词。</translation>
    </message>
    <message>
        <source>Show a prompt version: its messages and parameters.</source>
        <translation>显示提示词的某个版本：消息和参数。</translation>
    </message>
    <message>
        <source>Version number (default: newest).</source>
        <translation>版本号（默认：最新）。</translation>
    </message>
    <message>
        <source>The version a label points at.</source>
        <translation>某个标记指向的版本。</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>The prompt&apos;s name or id.</source>
        <translation>提示词的名称或 ID。</translation>
    </message>
    <message>
        <source>name one prompt (by name or id)</source>
        <translation>请指定一个提示词（名称或 ID）</translation>
    </message>
    <message>
        <source>no prompt named &apos;%1&apos;</source>
        <translation>没有名为“%1”的提示词</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no such version</source>
        <translation>“%1”没有这个版本</translation>
    </message>
    <message>
        <source>List runs, newest first.</source>
        <translation>列出运行，最新的在前。</translation>
    </message>
    <message>
        <source>At most N runs (default 50).</source>
        <translation>最多 N 个运行（默认 50）。</translation>
    </message>
    <message>
        <source>Only runs with this status (complete, failed, …).</source>
        <translation>只列出此状态的运行（complete、failed……）。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only runs of this model.</source>
        <translation>只列出此模型的运行。</translation>
    </message>
    <message>
        <source>Show one run: request (secrets redacted), reply, error, figures.</source>
        <translation>显示一个运行：请求（机密已隐去）、回复、错误和统计数据。</translation>
    </message>
    <message>
        <source>The run&apos;s id.</source>
        <translation>运行的 ID。</translation>
    </message>
    <message>
        <source>no run %1</source>
        <translation>没有运行 %1</translation>
    </message>
    <message>
        <source>Full-text search in the replies of runs (3+ characters).</source>
        <translation>在运行的回复中全文搜索（至少 3 个字符）。</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>要查找的内容。</translation>
    </message>
    <message>
        <source>search for at least 3 characters</source>
        <translation>请搜索至少 3 个字符</translation>
    </message>
    <message>
        <source>say what to do: %1</source>
        <translation>请说明要做什么：%1</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (%2)</source>
        <translation>未知子命令“%1”（%2）</translation>
    </message>
    <message>
        <source>warning: partial &quot;%1&quot; renders as nothing: no --partials folder</source>
        <translation>警告：局部模板“%1”渲染为空：未指定 --partials 文件夹</translation>
    </message>
    <message>
        <source>warning: partial &quot;%1&quot; renders as nothing: no %1.mustache or %1 in %2</source>
        <translation>警告：局部模板“%1”渲染为空：%2 中没有 %1.mustache 或 %1</translation>
    </message>
    <message>
        <source>Render a Mustache template with JSON data and print the result exactly as rendered.
Partials {{&gt;NAME}} are read from the --partials folder: NAME.mustache, else NAME; a missing partial renders as nothing (with a warning).
Exit status: 0 rendered, 1 the template has an error (printed as FILE:LINE:COLUMN: message), 2 bad arguments, an unreadable file or invalid JSON.</source>
        <translation>用 JSON 数据渲染 Mustache 模板，并按渲染结果原样输出。
局部模板 {{&gt;NAME}} 从 --partials 文件夹读取：先找 NAME.mustache，再找 NAME；缺失的局部模板渲染为空（并给出警告）。
退出状态：0 已渲染，1 模板有错误（以 FILE:LINE:COLUMN: message 格式输出），2 参数错误、文件无法读取或 JSON 无效。</translation>
    </message>
    <message>
        <source>The variables: a JSON object (or array); &apos;-&apos; reads stdin. Without it, there are none.</source>
        <translation>变量：一个 JSON 对象（或数组）；“-”表示从标准输入读取。省略则没有变量。</translation>
    </message>
    <message>
        <source>DATA.json</source>
        <translation>DATA.json</translation>
    </message>
    <message>
        <source>none (default: prompts are not HTML) or html ({{x}} escapes &amp; &quot; &lt; &gt;).</source>
        <translation>none（默认：提示词不是 HTML）或 html（{{x}} 会转义 &amp; &quot; &lt; &gt;）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>The folder partials are read from.</source>
        <translation>读取局部模板的文件夹。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The template file; &apos;-&apos; reads stdin.</source>
        <translation>模板文件；“-”表示从标准输入读取。</translation>
    </message>
    <message>
        <source>TEMPLATE_FILE</source>
        <translation>TEMPLATE_FILE</translation>
    </message>
    <message>
        <source>give one template file (&apos;-&apos; reads stdin)</source>
        <translation>请指定一个模板文件（“-”表示从标准输入读取）</translation>
    </message>
    <message>
        <source>the template and --data cannot both be read from stdin</source>
        <translation>模板和 --data 不能都从标准输入读取</translation>
    </message>
    <message>
        <source>--escape must be none or html (got &apos;%1&apos;)</source>
        <translation>--escape 必须是 none 或 html（收到“%1”）</translation>
    </message>
    <message>
        <source>%1:%2: invalid JSON: %3</source>
        <translation>%1:%2: 无效的 JSON：%3</translation>
    </message>
    <message>
        <source>Render a Mustache template file with JSON data</source>
        <translation>用 JSON 数据渲染 Mustache 模板文件</translation>
    </message>
    <message>
        <source>--partials: %1 is not a folder</source>
        <translation>--partials：%1 不是文件夹</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not PROVIDER=N (a whole number, 0 for no limit)</source>
        <translation>%1 “%2”不是 PROVIDER=N 形式（N 为整数，0 表示不限制）</translation>
    </message>
    <message numerus="yes">
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n error(s)</source>
        <translation>
            <numerusform> · %n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 in flight</source>
        <translation> · %1 个进行中</translation>
    </message>
    <message>
        <source> · ETA %1</source>
        <translation> · 预计剩余 %1</translation>
    </message>
    <message>
        <source>Eval run %1 &quot;%2&quot; over dataset &quot;%3&quot;: %4
</source>
        <translation>评估运行 %1“%2”（数据集“%3”）：%4
</translation>
    </message>
    <message>
        <source>    pass rate %1 (%2 passed, %3 failed, %4 errors of %5)</source>
        <translation>    通过率 %1（共 %5 个：%2 个通过，%3 个失败，%4 个出错）</translation>
    </message>
    <message>
        <source> · mean score %1</source>
        <translation> · 平均分 %1</translation>
    </message>
    <message>
        <source>    latency p50 %1, p95 %2 · tokens %3 in / %4 out · cost %5
</source>
        <translation>    延迟 p50 %1，p95 %2 · 词元 输入 %3 / 输出 %4 · 费用 %5
</translation>
    </message>
    <message>
        <source>Run prompt versions × models over a dataset of a workspace, score every case with the
dataset&apos;s and the case&apos;s assertions, and print a summary. Progress goes to stderr.
Keys are found as by `pwb chat`: the provider&apos;s environment variable, else the OS keychain.
Exit status: 0 the pass rate meets --min-pass-rate, 1 it does not, 2 the run could not be
done (bad arguments, unknown prompt, dataset or provider, no key, the run was cut
short, or every case ended in an error). Cases that end in an error count as not passed.</source>
        <translation>对工作区中的某个数据集运行“提示词版本 × 模型”，用数据集和用例的断言为每个用例
评分，并输出摘要。进度输出到标准错误。
密钥的查找方式与 `pwb chat` 相同：先找服务商的环境变量，再找操作系统钥匙串。
退出状态：0 通过率达到 --min-pass-rate，1 未达到，2 运行无法完成
（参数错误、提示词/数据集/服务商未知、缺少密钥、运行被中断，
或每个用例都以错误结束）。以错误结束的用例计为未通过。</translation>
    </message>
    <message>
        <source>The prompt version: NAME (newest), NAME@VERSION or NAME:LABEL (repeatable: versions side by side).</source>
        <translation>提示词版本：NAME（最新版本）、NAME@VERSION 或 NAME:LABEL（可重复：多个版本并排比较）。</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>数据集。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL to send to (repeatable; default: the version&apos;s own).</source>
        <translation>要发送到的 PROVIDER/MODEL（可重复；默认：该版本自身的设置）。</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL</source>
        <translation>PROVIDER/MODEL</translation>
    </message>
    <message>
        <source>Requests at once (default 8).</source>
        <translation>同时进行的请求数（默认 8）。</translation>
    </message>
    <message>
        <source>Requests per minute for a provider (repeatable).</source>
        <translation>某个服务商每分钟的请求数（可重复）。</translation>
    </message>
    <message>
        <source>PROVIDER=N</source>
        <translation>PROVIDER=N</translation>
    </message>
    <message>
        <source>Tokens per minute for a provider (repeatable).</source>
        <translation>某个服务商每分钟的词元数（可重复）。</translation>
    </message>
    <message>
        <source>The pass rate needed for exit status 0: 0.9, 90 or 90% (default 1: every case).</source>
        <translation>退出状态为 0 所需的通过率：0.9、90 或 90%（默认 1：所有用例）。</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Write every result to a .json or .csv file.</source>
        <translation>把每个结果写入 .json 或 .csv 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A name for the eval run.</source>
        <translation>评估运行的名称。</translation>
    </message>
    <message>
        <source>Go on with an eval run that was cancelled or cut off, by id (only the cases without a result are sent).</source>
        <translation>按 ID 继续已取消或被中断的评估运行（只发送尚无结果的用例）。</translation>
    </message>
    <message>
        <source>--min-pass-rate &apos;%1&apos; is not a rate from 0 to 1 (or 0%-100%)</source>
        <translation>--min-pass-rate “%1”不是 0 到 1（或 0%-100%）之间的比率</translation>
    </message>
    <message>
        <source>--report &apos;%1&apos; must end in .json or .csv</source>
        <translation>--report “%1”必须以 .json 或 .csv 结尾</translation>
    </message>
    <message>
        <source>there is no workspace at %1</source>
        <translation>%1 处没有工作区</translation>
    </message>
    <message>
        <source>--resume takes an eval run id</source>
        <translation>--resume 需要评估运行的 ID</translation>
    </message>
    <message>
        <source>--resume goes on with the run as it was started; --%1 cannot change it</source>
        <translation>--resume 会按运行开始时的设置继续；--%1 无法更改它</translation>
    </message>
    <message>
        <source>--prompt and --dataset are required (or --resume ID)</source>
        <translation>必须提供 --prompt 和 --dataset（或 --resume ID）</translation>
    </message>
    <message>
        <source>there is no dataset &quot;%1&quot; (there are: %2)</source>
        <translation>没有数据集“%1”（现有：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 names no provider and model; say which with --model PROVIDER/MODEL</source>
        <translation>%1 没有指定服务商和模型；请用 --model PROVIDER/MODEL 指定</translation>
    </message>
    <message>
        <source>--model &apos;%1&apos; is not PROVIDER/MODEL (e.g. openai/gpt-4o)</source>
        <translation>--model “%1”不是 PROVIDER/MODEL 形式（例如 openai/gpt-4o）</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number</source>
        <translation>--concurrency 需要整数</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>钥匙串未响应</translation>
    </message>
    <message>
        <source>Eval run %1 started (if it is cut off: pwb eval --resume %1)
</source>
        <translation>评估运行 %1 已开始（如果被中断：pwb eval --resume %1）
</translation>
    </message>
    <message>
        <source>eval run %1 is gone from the workspace</source>
        <translation>评估运行 %1 已不在工作区中</translation>
    </message>
    <message>
        <source>Report: %1
</source>
        <translation>报告：%1
</translation>
    </message>
    <message>
        <source>Pass rate %1 (%2 of %3) · required %4: %5
</source>
        <translation>通过率 %1（%3 个中 %2 个）· 要求 %4：%5
</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>pwb eval: the run ended %1; go on with --resume %2
</source>
        <translation>pwb eval：运行以 %1 状态结束；可用 --resume %2 继续
</translation>
    </message>
    <message>
        <source>pwb eval: every case ended in an error (see --report for why)
</source>
        <translation>pwb eval：每个用例都以错误结束（原因请参见 --report）
</translation>
    </message>
    <message>
        <source>Run prompt versions × models over a dataset and score them (for CI)</source>
        <translation>对数据集运行“提示词版本 × 模型”并评分（用于 CI）</translation>
    </message>
    <message>
        <source>Prompt versions as .prompty, .json or .md files</source>
        <translation>提示词版本，存为 .prompty、.json 或 .md 文件</translation>
    </message>
    <message>
        <source>Saved runs as JSON Lines</source>
        <translation>已保存的运行，存为 JSON Lines</translation>
    </message>
    <message>
        <source>Prompt files and directories of them</source>
        <translation>提示词文件及包含它们的目录</translation>
    </message>
    <message>
        <source>Runs from a JSON Lines file</source>
        <translation>来自 JSON Lines 文件的运行</translation>
    </message>
    <message>
        <source>Usage: %1 SUBJECT [OPTIONS]

Subjects:
</source>
        <translation>用法：%1 对象 [选项]

对象：
</translation>
    </message>
    <message>
        <source>
&apos;%1 SUBJECT --help&apos; shows a subject&apos;s options.
</source>
        <translation>
“%1 对象 --help”显示该对象的选项。
</translation>
    </message>
    <message>
        <source>%1: unknown subject &apos;%2&apos; (see &apos;%1 --help&apos;)
</source>
        <translation>%1：未知对象“%2”（参见“%1 --help”）
</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已新建</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Write prompt versions as .prompty, .json or .md files (docs/PROMPT-FILES.md).
One version (--prompt) goes to --output FILE or standard output; a folder (--folder) or the whole library (--all) goes to the directory --output, the newest version of each prompt, one file each, folders as subdirectories.</source>
        <translation>将提示词版本写为 .prompty、.json 或 .md 文件（docs/PROMPT-FILES.md）。
单个版本（--prompt）写入 --output FILE 或标准输出；文件夹（--folder）或整个提示词库（--all）写入目录 --output：每个提示词的最新版本各写一个文件，文件夹对应子目录。</translation>
    </message>
    <message>
        <source>The version to export: NAME, NAME@3 or NAME:label.</source>
        <translation>要导出的版本：NAME、NAME@3 或 NAME:label。</translation>
    </message>
    <message>
        <source>A library folder to export, e.g. Support/Email.</source>
        <translation>要导出的提示词库文件夹，例如 Support/Email。</translation>
    </message>
    <message>
        <source>Export every prompt of the library.</source>
        <translation>导出提示词库中的所有提示词。</translation>
    </message>
    <message>
        <source>prompty, json or md (default: from the --output file&apos;s extension, else md).</source>
        <translation>prompty、json 或 md（默认：根据 --output 文件的扩展名，否则为 md）。</translation>
    </message>
    <message>
        <source>The file (--prompt; default: standard output) or directory (--folder, --all).</source>
        <translation>文件（--prompt；默认：标准输出）或目录（--folder、--all）。</translation>
    </message>
    <message>
        <source>say what to export: --prompt NAME, --folder PATH or --all</source>
        <translation>请说明要导出什么：--prompt NAME、--folder PATH 或 --all</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos;: prompty, json or md</source>
        <translation>--format “%1”：应为 prompty、json 或 md</translation>
    </message>
    <message>
        <source>--output &apos;%1&apos; does not end in .prompty, .json or .md; say which with --format</source>
        <translation>--output “%1”不以 .prompty、.json 或 .md 结尾；请用 --format 指定格式</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>已写入 %1
</translation>
    </message>
    <message>
        <source>--output DIR: the directory to write the files to</source>
        <translation>--output DIR：写入文件的目录</translation>
    </message>
    <message>
        <source>the library has no folder &quot;%1&quot;</source>
        <translation>提示词库中没有文件夹“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) exported
</source>
        <translation>
            <numerusform>已导出 %n 个提示词
</numerusform>
        </translation>
    </message>
    <message>
        <source>Read .prompty, .json and .md prompt files (directories: recursively) into a workspace, all or nothing: a prompt of the same name in the same folder gets the file as a new version, unless a version has that content already. Any error in any file and nothing is imported (exit status 2).</source>
        <translation>将 .prompty、.json 和 .md 提示词文件（目录则递归读取）读入工作区，要么全部导入，要么全不导入：同一文件夹中的同名提示词会将该文件作为新版本，除非已有版本内容相同。任一文件有任何错误，都不会导入任何内容（退出状态 2）。</translation>
    </message>
    <message>
        <source>The workspace file or folder (default: the app&apos;s; created if missing).</source>
        <translation>工作区文件或文件夹（默认：应用的工作区；不存在则创建）。</translation>
    </message>
    <message>
        <source>The library folder to import under.</source>
        <translation>导入到的提示词库文件夹。</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Report what would be imported; save nothing.</source>
        <translation>报告将会导入的内容；不保存任何内容。</translation>
    </message>
    <message>
        <source>Prompt files and directories.</source>
        <translation>提示词文件和目录。</translation>
    </message>
    <message>
        <source>name the files or directories to import</source>
        <translation>请指定要导入的文件或目录</translation>
    </message>
    <message>
        <source>%1: nothing was imported
</source>
        <translation>%1：未导入任何内容
</translation>
    </message>
    <message>
        <source>skipped %1 (not a prompt file)
</source>
        <translation>已跳过 %1（不是提示词文件）
</translation>
    </message>
    <message>
        <source>dry run: nothing was saved
</source>
        <translation>试运行：未保存任何内容
</translation>
    </message>
    <message>
        <source>Write prompts or runs to files: export prompts|runs</source>
        <translation>将提示词或运行写入文件：export prompts|runs</translation>
    </message>
    <message>
        <source>Read prompts or runs from files: import prompts|runs</source>
        <translation>从文件读取提示词或运行：import prompts|runs</translation>
    </message>
    <message>
        <source>List, show or search saved runs, or print code that sends one again: runs list|show|search|code</source>
        <translation>列出、显示或搜索已保存的运行，或输出可再次发送某个运行的代码：runs list|show|search|code</translation>
    </message>
    <message>
        <source>Copy a workspace to a backup file, safely while it is in use</source>
        <translation>将工作区复制到备份文件，使用中也可安全进行</translation>
    </message>
    <message>
        <source>Copy a whole workspace to a new file, consistently even while the app is writing to it.</source>
        <translation>将整个工作区复制到新文件，即使应用正在写入也能保持一致。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>Replace the backup file if it exists.</source>
        <translation>如果备份文件已存在则替换它。</translation>
    </message>
    <message>
        <source>say where to write the backup: --output FILE</source>
        <translation>请说明备份写到哪里：--output FILE</translation>
    </message>
    <message>
        <source>%1 backed up to %2
</source>
        <translation>%1 已备份到 %2
</translation>
    </message>
    <message>
        <source>Print code that sends a saved run&apos;s request again; the API key is read from an environment variable, never written into the code.</source>
        <translation>输出可再次发送某个已保存运行的请求的代码；API 密钥从环境变量读取，绝不写入代码。</translation>
    </message>
    <message>
        <source>curl, python or javascript (default curl).</source>
        <translation>curl、python 或 javascript（默认 curl）。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>--language is curl, python or javascript, not &apos;%1&apos;</source>
        <translation>--language 应为 curl、python 或 javascript，而不是“%1”</translation>
    </message>
    <message>
        <source>name one run by its id</source>
        <translation>请通过 ID 指定一个运行</translation>
    </message>
    <message>
        <source>Write saved runs as JSON Lines (docs/RUNS-JSONL.md): every run of the workspace, the runs named by --run, or those that match the filters, oldest first.</source>
        <translation>将已保存的运行写为 JSON Lines（docs/RUNS-JSONL.md）：工作区的所有运行、--run 指定的运行，或符合筛选条件的运行，最早的在前。</translation>
    </message>
    <message>
        <source>A run to export, by id (repeat for more).</source>
        <translation>要导出的运行，按 ID 指定（可重复以指定多个）。</translation>
    </message>
    <message>
        <source>Only runs of this saved prompt.</source>
        <translation>只包括此已保存提示词的运行。</translation>
    </message>
    <message>
        <source>Only runs with this status (complete, truncated, failed, cancelled, interrupted, running).</source>
        <translation>只包括此状态的运行（complete、truncated、failed、cancelled、interrupted、running）。</translation>
    </message>
    <message>
        <source>Only runs whose reply contains TEXT (3 characters or more, any script).</source>
        <translation>只包括回复中含有 TEXT 的运行（至少 3 个字符，任意文字）。</translation>
    </message>
    <message>
        <source>Only runs started at or after DATE (ISO 8601; UTC unless it says otherwise).</source>
        <translation>只包括在 DATE 或之后开始的运行（ISO 8601；除非另有注明，否则为 UTC）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only runs started before DATE.</source>
        <translation>只包括在 DATE 之前开始的运行。</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>要写入的文件（默认：标准输出）。</translation>
    </message>
    <message>
        <source>--run takes a run id, not &apos;%1&apos;</source>
        <translation>--run 需要运行 ID，而不是“%1”</translation>
    </message>
    <message>
        <source>--run names the runs: it cannot be combined with --%1</source>
        <translation>--run 已指定具体运行：不能与 --%1 一起使用</translation>
    </message>
    <message>
        <source>--%1 takes a date like 2025-06-30 or 2025-06-30T14:00:00Z, not &apos;%2&apos;</source>
        <translation>--%1 需要类似 2025-06-30 或 2025-06-30T14:00:00Z 的日期，而不是“%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) written to %1
</source>
        <translation>
            <numerusform>已将 %n 个运行写入 %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a runs file written by &apos;pwb export runs&apos; into a workspace, all or nothing. Runs already there are skipped; a run&apos;s prompt version is linked to this workspace&apos;s when it has the same one, else kept with the run.</source>
        <translation>将“pwb export runs”写出的运行文件读入工作区，要么全部导入，要么全不导入。已存在的运行会跳过；若本工作区有相同的提示词版本，运行会关联到该版本，否则随运行一起保留。</translation>
    </message>
    <message>
        <source>Check the file and count, but import nothing.</source>
        <translation>检查文件并计数，但不导入任何内容。</translation>
    </message>
    <message>
        <source>The runs file (.jsonl).</source>
        <translation>运行文件（.jsonl）。</translation>
    </message>
    <message>
        <source>name one runs file to import</source>
        <translation>请指定一个要导入的运行文件</translation>
    </message>
    <message numerus="yes">
        <source>would import %n run(s)</source>
        <translation>
            <numerusform>将导入 %n 个运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n run(s)</source>
        <translation>
            <numerusform>已导入 %n 个运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n 个已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked to this workspace&apos;s prompt versions</source>
        <translation>
            <numerusform>%n 个已关联到此工作区的提示词版本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pwb::demo::DemoCompletion</name>
    <message>
        <source>messages must be a non-empty list</source>
        <translation>messages 必须是非空列表</translation>
    </message>
    <message>
        <source>%1 must be a number between %2 and %3 (got %4)</source>
        <translation>%1 必须是介于 %2 和 %3 之间的数字（收到 %4）</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1</source>
        <translation>%1 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>(there is no user message)</source>
        <translation>（没有用户消息）</translation>
    </message>
    <message>
        <source>## Offline demo

This reply comes from the **offline demo** built into Prompt Workbench: nothing left this computer and no API key was used. Choose another provider for real answers.

</source>
        <translation>## 离线演示

此回复来自 Prompt Workbench 内置的**离线演示**：没有任何数据离开这台计算机，也没有使用 API 密钥。如需真实回答，请选择其他服务商。

</translation>
    </message>
    <message>
        <source>Your last message begins:

&gt; %1

</source>
        <translation>你最后一条消息的开头：

&gt; %1

</translation>
    </message>
    <message>
        <source>Parameters received:

</source>
        <translation>收到的参数：

</translation>
    </message>
    <message>
        <source>- model: `%1`
</source>
        <translation>- 模型：`%1`
</translation>
    </message>
    <message>
        <source>- messages: %1
</source>
        <translation>- 消息：%1
</translation>
    </message>
    <message>
        <source>- temperature: %1
</source>
        <translation>- 温度：%1
</translation>
    </message>
    <message>
        <source>- top_p: %1
</source>
        <translation>- Top P：%1
</translation>
    </message>
    <message>
        <source>- max_tokens: %1
</source>
        <translation>- 最大词元数：%1
</translation>
    </message>
    <message>
        <source>- stop: %1
</source>
        <translation>- 停止序列：%1
</translation>
    </message>
    <message>
        <source>- seed: %1
</source>
        <translation>- 种子：%1
</translation>
    </message>
    <message>
        <source>- response format: %1

</source>
        <translation>- 响应格式：%1

</translation>
    </message>
    <message>
        <source>Stop sequences are looked for from here on. A reply can hold:

1. **bold**, *italic* and `inline code`;
2. lists like this one;
3. fenced code blocks, highlighted:

</source>
        <translation>从这里开始检测停止序列。回复中可以包含：

1. **粗体**、*斜体*和 `行内代码`；
2. 像这样的列表；
3. 带语法高亮的围栏代码块：

</translation>
    </message>
    <message>
        <source>Lower max_tokens, or add a stop sequence such as `return`, and run again to see this reply end early.</source>
        <translation>调低最大词元数，或添加停止序列（例如 `return`），然后再次运行，即可看到此回复提前结束。</translation>
    </message>
    <message>
        <source>offline demo: no model was called</source>
        <translation>离线演示：未调用任何模型</translation>
    </message>
    <message>
        <source>The last user message begins &quot;%1&quot;. I am the offline demo, so I will not really answer it. Instead I will describe the request: messages %2, temperature %3, max_tokens %4. A short Markdown reply with a list and a code block shows how replies are rendered.</source>
        <translation>最后一条用户消息的开头是“%1”。我是离线演示，所以不会真正回答它，而是描述这次请求：消息 %2，温度 %3，最大词元数 %4。下面这段包含列表和代码块的简短 Markdown 回复展示了回复的渲染效果。</translation>
    </message>
</context>
<context>
    <name>pwb::demo::DemoReply</name>
    <message>
        <source>Error transferring %1 - server replied: %2</source>
        <translation>传输 %1 时出错——服务器回复：%2</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>操作已取消</translation>
    </message>
</context>
<context>
    <name>pwb::demo::DemoResponder</name>
    <message>
        <source>The request body is not a JSON object: %1</source>
        <translation>请求体不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist in the offline demo; it has %2.</source>
        <translation>离线演示中没有模型“%1”；可用的模型有：%2。</translation>
    </message>
    <message>
        <source>The offline demo only streams: set &quot;stream&quot;: true.</source>
        <translation>离线演示只支持流式输出：请设置 &quot;stream&quot;: true。</translation>
    </message>
    <message>
        <source>The offline demo answers POST /v1/chat/completions and GET /v1/models, not %1 %2.</source>
        <translation>离线演示只响应 POST /v1/chat/completions 和 GET /v1/models，不响应 %1 %2。</translation>
    </message>
</context>
</TS>
