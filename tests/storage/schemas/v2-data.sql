-- Sample rows of a version-2 workspace, for migrating real data forward when version 3 arrives.
INSERT INTO folders (id, parent_id, name, created_at) VALUES (1, NULL, 'Support', 1763700000000);
INSERT INTO prompts (id, folder_id, name, description, created_at, updated_at) VALUES (1, 1, 'Reply', '', 1763700000000, 1763700000000);
INSERT INTO prompt_versions (id, prompt_id, number, parent_id, content_hash, messages, parameters, variables, provider_id, model, note, created_at)
VALUES (1, 1, 1, NULL, 'h1', '[{"role":"user","content":"Hello {{name}}"}]', '{}', '[]', 'openai', 'gpt-4o', '', 1763700000000);
INSERT INTO labels (prompt_id, name, version_id, updated_at) VALUES (1, 'production', 1, 1763700000000);
INSERT INTO runs (id, prompt_version_id, provider_id, model, request, status, reply_text, started_at)
VALUES (1, 1, 'openai', 'gpt-4o', '{}', 'complete', 'Hi there', 1763700000000);
INSERT INTO run_chunks (run_id, seq, at_ms, kind, text) VALUES (1, 0, 120, 'text', 'Hi there');
INSERT INTO datasets (id, name, description, created_at, updated_at) VALUES (1, 'Greetings', '', 1763700000000, 1763700000000);
INSERT INTO dataset_cases (id, dataset_id, position, variables, expected, metadata, created_at)
VALUES (1, 1, 0, '{"name":"Ada"}', 'Hello Ada', '{}', 1763700000000);
UPDATE datasets SET assertions = '[{"type":"contains","value":"Hello"}]' WHERE id = 1;
UPDATE dataset_cases SET assertions = '[{"type":"equals","value":"Hello Ada"}]' WHERE id = 1;
