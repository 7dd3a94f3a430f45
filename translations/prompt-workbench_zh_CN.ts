<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>pwb::ChatPanel</name>
    <message>
        <source>&lt;b&gt;Chat&lt;/b&gt;</source>
        <translation>&lt;b&gt;对话&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Run the prompt (%1) and the reply streams in here, token by token.

Each reply shows its time to first token, tokens per second, token counts and cost.</source>
        <translation>运行提示词（%1），回复会在这里逐个词元流式显示。

每条回复都会显示首词元延迟、每秒词元数、词元数量和费用。</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>尚未运行</translation>
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
</context>
<context>
    <name>pwb::DatasetRepository</name>
    <message>
        <source>Cannot create the dataset "%1": %2</source>
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
        <source>Cannot set the eval run's status to %1: %2</source>
        <translation>无法把评估运行的状态设为 %1：%2</translation>
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
    <name>pwb::LineSplitter</name>
    <message>
        <source>line %1 is longer than the limit of %2 bytes</source>
        <translation>第 %1 行超过了 %2 字节的上限</translation>
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
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No prompts in this workspace yet.

New prompts and imported files will be listed here, in folders.</source>
        <translation>此工作区还没有提示词。

新建的提示词和导入的文件会按文件夹列在这里。</translation>
    </message>
</context>
<context>
    <name>pwb::PromptRepository</name>
    <message>
        <source>Cannot create the folder "%1": %2</source>
        <translation>无法创建文件夹“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot create the prompt "%1": %2</source>
        <translation>无法创建提示词“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot rename the prompt to "%1"</source>
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
        <source>Cannot set the tag "%1": %2</source>
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
        <source>Cannot set the label "%1": that version is not one of this prompt</source>
        <translation>无法设置标记“%1”：该版本不属于这个提示词</translation>
    </message>
    <message>
        <source>Cannot set the label "%1": %2</source>
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
</context>
<context>
    <name>pwb::ProviderSettingsRepository</name>
    <message>
        <source>The header %1 of provider "%2" looks like a secret: keep it in the keychain with the API key, not in the workspace.</source>
        <translation>服务商“%2”的请求头 %1 看起来是机密：请与 API 密钥一起保存在钥匙串中，而不是工作区里。</translation>
    </message>
    <message>
        <source>Cannot save the provider "%1": %2</source>
        <translation>无法保存服务商“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot remove the provider "%1": %2</source>
        <translation>无法移除服务商“%1”：%2</translation>
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
    <name>pwb::StreamDecoder</name>
    <message>
        <source>malformed JSON in the stream (%1): %2</source>
        <translation>流中的 JSON 格式错误（%1）：%2</translation>
    </message>
</context>
<context>
    <name>pwb::StreamError</name>
    <message>
        <source>Check the provider's base URL, your network and any proxy, then retry.</source>
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
        <source>Check the model name and the provider's base URL.</source>
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
        <source>The provider's safety filter blocked this; rephrase the prompt.</source>
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
        <source>Retry, or raise the provider's timeouts.</source>
        <translation>请重试，或调高该服务商的超时设置。</translation>
    </message>
    <message>
        <source>The connection dropped; retry.</source>
        <translation>连接已断开；请重试。</translation>
    </message>
    <message>
        <source>The reply was not in the expected format; check the provider's API type and base URL.</source>
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
        <source>unexpected argument '%1'</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>Print where the workspace and the settings live</source>
        <translation>显示工作区和设置的存放位置</translation>
    </message>
    <message>
        <source>Usage: pwb COMMAND [OPTIONS]
Prompt Workbench's headless command line, for scripts and CI.

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
  -h, --help     Show this help; 'pwb COMMAND --help' shows a command's options
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
        <source>pwb: unknown command '%1' (see 'pwb --help')
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
        <source>Wire format, overriding the provider's: openai-chat, openai-responses, anthropic, gemini, ollama.</source>
        <translation>线上格式，覆盖服务商的设置：openai-chat、openai-responses、anthropic、gemini、ollama。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Base URL, overriding the provider's.</source>
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
        <source>'NAME: VALUE'</source>
        <translation>'NAME: VALUE'</translation>
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
        <source>The user message; '-' or nothing reads it from stdin.</source>
        <translation>用户消息；“-”或留空则从标准输入读取。</translation>
    </message>
    <message>
        <source>unknown provider '%1' (known: %2)</source>
        <translation>未知服务商“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>unknown format '%1'</source>
        <translation>未知格式“%1”</translation>
    </message>
    <message>
        <source>--base-url '%1' is not a valid URL</source>
        <translation>--base-url “%1”不是有效的 URL</translation>
    </message>
    <message>
        <source>--header '%1' is not 'NAME: VALUE'</source>
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
The API key is read from the provider's environment variable (e.g. OPENAI_API_KEY), else from
the OS keychain (service "Prompt Workbench", entry "api-key/&lt;provider&gt;").
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
        <source>The capture; '-' or nothing reads stdin.</source>
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
        <source>pwb decode: --format must be openai, openai-responses, anthropic, gemini, ollama or sse (got '%1')
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
        <source>List, show or search saved runs: runs list|show|search</source>
        <translation>列出、显示或搜索已保存的运行：runs list|show|search</translation>
    </message>
    <message>
        <source>The workspace file or folder (default: the app's).</source>
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
        <source>The prompt's name or id.</source>
        <translation>提示词的名称或 ID。</translation>
    </message>
    <message>
        <source>name one prompt (by name or id)</source>
        <translation>请指定一个提示词（名称或 ID）</translation>
    </message>
    <message>
        <source>no prompt named '%1'</source>
        <translation>没有名为“%1”的提示词</translation>
    </message>
    <message>
        <source>'%1' has no such version</source>
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
        <source>The run's id.</source>
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
        <source>unknown subcommand '%1' (%2)</source>
        <translation>未知子命令“%1”（%2）</translation>
    </message>
</context>
</TS>