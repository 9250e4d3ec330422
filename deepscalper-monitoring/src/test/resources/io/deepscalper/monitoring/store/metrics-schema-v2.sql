-- The DDL of metrics.db at schema version 2, as deepscalper wrote it before runs were recorded (kept
-- verbatim so that SchemaMigrationTest opens a real old file, not one made by today's migration code).
-- Statements are separated by lines holding a single ';'.
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at_millis INTEGER NOT NULL)
;
CREATE TABLE training_metrics (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('update', 'episode')),
  step INTEGER NOT NULL,
  update_no INTEGER,
  episode INTEGER,
  ts_millis INTEGER NOT NULL,
  loss REAL, q_loss REAL, aux_loss REAL,
  raw_return REAL, hindsight_return REAL,
  epsilon REAL, buffer_size INTEGER, learning_rate REAL, grad_norm REAL,
  wall_time_nanos INTEGER,
  symbol TEXT, session_date TEXT, episode_steps INTEGER, trades INTEGER)
;
CREATE INDEX training_metrics_step ON training_metrics(step)
;
CREATE INDEX training_metrics_ts ON training_metrics(ts_millis)
;
CREATE TABLE custom_metrics (
  id INTEGER PRIMARY KEY,
  step INTEGER NOT NULL, ts_millis INTEGER NOT NULL,
  name TEXT NOT NULL, value REAL)
;
CREATE INDEX custom_metrics_name_step ON custom_metrics(name, step)
;
CREATE TABLE evaluation_reports (
  id INTEGER PRIMARY KEY,
  ts_millis INTEGER NOT NULL, step INTEGER NOT NULL,
  model_version TEXT, split TEXT NOT NULL,
  date_from TEXT, date_to TEXT,
  metrics_json TEXT NOT NULL, baselines_json TEXT NOT NULL)
;
CREATE INDEX evaluation_reports_version ON evaluation_reports(model_version, date_from)
;
CREATE TABLE health_reports (
  id INTEGER PRIMARY KEY,
  ts_millis INTEGER NOT NULL, step INTEGER NOT NULL, update_no INTEGER NOT NULL,
  severity TEXT NOT NULL, summary TEXT NOT NULL,
  findings_json TEXT NOT NULL, statistics_json TEXT NOT NULL)
;
CREATE TABLE trigger_events (
  id INTEGER PRIMARY KEY,
  ts_millis INTEGER NOT NULL, trigger_name TEXT NOT NULL, fired INTEGER NOT NULL,
  reason TEXT NOT NULL, action TEXT NOT NULL, details_json TEXT NOT NULL)
;
CREATE TABLE data_reports (
  id INTEGER PRIMARY KEY,
  ts_millis INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('quality', 'drift')),
  source TEXT NOT NULL, symbol TEXT NOT NULL, date_from TEXT, date_to TEXT,
  passed INTEGER NOT NULL, metrics_json TEXT NOT NULL, findings_json TEXT NOT NULL)
;
CREATE TABLE alerts (
  id INTEGER PRIMARY KEY,
  ts_millis INTEGER NOT NULL, step INTEGER NOT NULL, kind TEXT NOT NULL,
  severity TEXT NOT NULL, metric TEXT NOT NULL, value REAL, message TEXT NOT NULL)
;
CREATE INDEX alerts_ts ON alerts(ts_millis)
;
INSERT INTO schema_version VALUES (1, 'training metrics, custom metrics, evaluations, health, triggers, data reports', 0)
;
INSERT INTO schema_version VALUES (2, 'alerts (regression, anomaly and change-point events)', 0)
