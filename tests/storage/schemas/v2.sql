-- FROZEN copy of schema version 2 as released: version 1 (v1.sql) and
-- resources/migrations/0002-assertions.sql. Never edit: tst_database checks that the migrations
-- still produce exactly this schema.
-- Times are milliseconds since the Unix epoch (UTC) unless named *_ms (since the request began).
-- JSON columns hold UTF-8 JSON text; nothing secret is ever stored (keys live in the keychain).

CREATE TABLE folders (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES folders(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    created_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX folders_unique_name ON folders(coalesce(parent_id, 0), name);

CREATE TABLE prompts (
    id          INTEGER PRIMARY KEY,
    folder_id   INTEGER REFERENCES folders(id) ON DELETE SET NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER             -- set when deleted: kept for undo until purged
);
CREATE INDEX prompts_folder ON prompts(folder_id);

CREATE TABLE prompt_tags (
    prompt_id   INTEGER NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,
    tag         TEXT NOT NULL CHECK (length(trim(tag)) > 0),
    PRIMARY KEY (prompt_id, tag)
) WITHOUT ROWID;

-- Immutable: a save that changes nothing (same content_hash) makes no new row.
CREATE TABLE prompt_versions (
    id           INTEGER PRIMARY KEY,
    prompt_id    INTEGER NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,
    number       INTEGER NOT NULL CHECK (number > 0),
    parent_id    INTEGER REFERENCES prompt_versions(id) ON DELETE SET NULL,
    content_hash TEXT NOT NULL,     -- sha256 of the canonical JSON of messages, parameters, variables, binding
    messages     TEXT NOT NULL,     -- [{"role": "system|user|assistant", "content": "..."}]
    parameters   TEXT NOT NULL,     -- {"temperature": 0.2, "max_tokens": 512, ...}
    variables    TEXT NOT NULL,     -- [{"name": "...", "default": "...", "description": "..."}]
    provider_id  TEXT,
    model        TEXT,
    note         TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    UNIQUE (prompt_id, number),
    UNIQUE (prompt_id, content_hash)
);
-- Any change to a version is refused; the one update allowed is ON DELETE SET NULL of its parent.
CREATE TRIGGER prompt_versions_are_immutable
BEFORE UPDATE ON prompt_versions
WHEN NEW.prompt_id IS NOT OLD.prompt_id OR NEW.number IS NOT OLD.number
  OR NEW.content_hash IS NOT OLD.content_hash OR NEW.messages IS NOT OLD.messages
  OR NEW.parameters IS NOT OLD.parameters OR NEW.variables IS NOT OLD.variables
  OR NEW.provider_id IS NOT OLD.provider_id OR NEW.model IS NOT OLD.model
  OR NEW.note IS NOT OLD.note OR NEW.created_at IS NOT OLD.created_at
  OR (NEW.parent_id IS NOT NULL AND NEW.parent_id IS NOT OLD.parent_id)
BEGIN
    SELECT RAISE(ABORT, 'prompt versions are immutable');
END;

-- A label (production, staging, …) points at one version of its prompt; every move is kept.
CREATE TABLE labels (
    prompt_id   INTEGER NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    version_id  INTEGER NOT NULL REFERENCES prompt_versions(id) ON DELETE CASCADE,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (prompt_id, name)
) WITHOUT ROWID;

CREATE TABLE label_moves (
    id              INTEGER PRIMARY KEY,
    prompt_id       INTEGER NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    from_version_id INTEGER REFERENCES prompt_versions(id) ON DELETE SET NULL,
    to_version_id   INTEGER REFERENCES prompt_versions(id) ON DELETE SET NULL, -- NULL: label removed
    moved_at        INTEGER NOT NULL
);
CREATE INDEX label_moves_prompt ON label_moves(prompt_id, name, moved_at);

-- Non-secret provider settings. A key never goes here: the app keeps keys in the OS keychain.
CREATE TABLE providers (
    id           TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    format       TEXT NOT NULL CHECK (format IN ('openai-chat', 'openai-responses', 'anthropic', 'gemini', 'ollama')),
    base_url     TEXT NOT NULL,
    settings     TEXT NOT NULL DEFAULT '{}' -- timeouts, key environment variable, non-secret headers
) WITHOUT ROWID;

CREATE TABLE compare_sessions (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL DEFAULT '',
    prompt_id   INTEGER REFERENCES prompts(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL
);

-- One request and its reply. While it streams, the reply lives in run_chunks (appended in
-- batches); when it ends, the texts and figures are written here in one update.
CREATE TABLE runs (
    id                   INTEGER PRIMARY KEY,
    prompt_version_id    INTEGER REFERENCES prompt_versions(id) ON DELETE SET NULL,
    snapshot             TEXT,          -- messages/parameters when the prompt was not a saved version
    variables            TEXT NOT NULL DEFAULT '{}',
    provider_id          TEXT NOT NULL,
    model                TEXT NOT NULL,
    parameters           TEXT NOT NULL DEFAULT '{}',
    request              TEXT NOT NULL, -- {"url", "headers" (secrets redacted), "body"}
    status               TEXT NOT NULL DEFAULT 'running'
                         CHECK (status IN ('running', 'complete', 'truncated', 'failed', 'cancelled', 'interrupted')),
    reply_text           TEXT NOT NULL DEFAULT '',
    reasoning_text       TEXT NOT NULL DEFAULT '',
    tool_calls           TEXT NOT NULL DEFAULT '[]',
    finish_reason        TEXT,
    provider_finish      TEXT,
    error_phase          TEXT,
    error_kind           TEXT,
    error_message        TEXT,
    http_status          INTEGER,
    input_tokens         INTEGER,
    output_tokens        INTEGER,
    reasoning_tokens     INTEGER,
    cached_input_tokens  INTEGER,
    cost_usd             REAL,
    started_at           INTEGER NOT NULL,
    headers_ms           INTEGER,
    first_token_ms       INTEGER,
    last_token_ms        INTEGER,
    end_ms               INTEGER,
    compare_session_id   INTEGER REFERENCES compare_sessions(id) ON DELETE SET NULL,
    compare_column       INTEGER
);
CREATE INDEX runs_started ON runs(started_at);
CREATE INDEX runs_version ON runs(prompt_version_id, started_at);
CREATE INDEX runs_model ON runs(model, started_at);
CREATE INDEX runs_status ON runs(status, started_at);
CREATE INDEX runs_compare ON runs(compare_session_id);

-- The reply as it arrived: each piece with its time, for replay at the original pace.
CREATE TABLE run_chunks (
    run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    at_ms   INTEGER NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('text', 'reasoning', 'tool')),
    text    TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

CREATE TABLE compare_votes (
    session_id  INTEGER NOT NULL REFERENCES compare_sessions(id) ON DELETE CASCADE,
    run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    rating      INTEGER CHECK (rating BETWEEN 1 AND 5),
    best        INTEGER NOT NULL DEFAULT 0 CHECK (best IN (0, 1)),
    voted_at    INTEGER NOT NULL,
    PRIMARY KEY (session_id, run_id)
) WITHOUT ROWID;

CREATE TABLE datasets (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE dataset_cases (
    id          INTEGER PRIMARY KEY,
    dataset_id  INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    variables   TEXT NOT NULL DEFAULT '{}',
    expected    TEXT,
    metadata    TEXT NOT NULL DEFAULT '{}',
    created_at  INTEGER NOT NULL
);
CREATE INDEX dataset_cases_order ON dataset_cases(dataset_id, position);

CREATE TABLE eval_runs (
    id          INTEGER PRIMARY KEY,
    dataset_id  INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    name        TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'complete', 'cancelled', 'interrupted', 'failed')),
    config      TEXT NOT NULL DEFAULT '{}', -- versions × models, assertions, concurrency, limits
    created_at  INTEGER NOT NULL,
    finished_at INTEGER
);

CREATE TABLE eval_results (
    id                INTEGER PRIMARY KEY,
    eval_run_id       INTEGER NOT NULL REFERENCES eval_runs(id) ON DELETE CASCADE,
    case_id           INTEGER NOT NULL REFERENCES dataset_cases(id) ON DELETE CASCADE,
    prompt_version_id INTEGER REFERENCES prompt_versions(id) ON DELETE SET NULL,
    provider_id       TEXT NOT NULL,
    model             TEXT NOT NULL,
    run_id            INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    status            TEXT NOT NULL CHECK (status IN ('pass', 'fail', 'error')),
    score             REAL,
    assertions        TEXT NOT NULL DEFAULT '[]', -- each assertion's result and reason
    created_at        INTEGER NOT NULL,
    UNIQUE (eval_run_id, case_id, prompt_version_id, provider_id, model)
);

-- Full-text search. The trigram tokenizer matches any substring of 3+ characters, so code,
-- identifiers and Chinese text are all found; snippets come from snippet(). Each index row's
-- rowid IS the prompt's or run's id: triggers find their row by rowid, an indexed lookup (a
-- lookup by an UNINDEXED column scans the whole index: finishing a run took time proportional
-- to the number of runs, found by tests/bench/bench_storage.cpp).
CREATE VIRTUAL TABLE prompt_search USING fts5(name, body, tokenize = 'trigram');
CREATE VIRTUAL TABLE run_search USING fts5(reply, tokenize = 'trigram');

-- The searchable text of a prompt: its name and the messages of its newest version.
CREATE TRIGGER prompt_search_on_new_prompt AFTER INSERT ON prompts BEGIN
    INSERT INTO prompt_search (rowid, name, body) VALUES (NEW.id, NEW.name, '');
END;
CREATE TRIGGER prompt_search_on_rename AFTER UPDATE OF name ON prompts BEGIN
    UPDATE prompt_search SET name = NEW.name WHERE rowid = NEW.id;
END;
CREATE TRIGGER prompt_search_on_delete AFTER DELETE ON prompts BEGIN
    DELETE FROM prompt_search WHERE rowid = OLD.id;
END;
CREATE TRIGGER prompt_search_on_new_version AFTER INSERT ON prompt_versions BEGIN
    UPDATE prompt_search
       SET body = (SELECT group_concat(json_extract(m.value, '$.content'), char(10))
                     FROM json_each(NEW.messages) AS m)
     WHERE rowid = NEW.prompt_id;
END;
CREATE TRIGGER run_search_on_end AFTER UPDATE OF reply_text ON runs BEGIN
    DELETE FROM run_search WHERE rowid = NEW.id;
    INSERT INTO run_search (rowid, reply) VALUES (NEW.id, NEW.reply_text);
END;
CREATE TRIGGER run_search_on_delete AFTER DELETE ON runs BEGIN
    DELETE FROM run_search WHERE rowid = OLD.id;
END;

ALTER TABLE datasets ADD COLUMN assertions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE dataset_cases ADD COLUMN assertions TEXT NOT NULL DEFAULT '[]';
