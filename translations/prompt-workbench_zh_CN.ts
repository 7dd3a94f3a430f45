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
</context>
</TS>