// deepscalper dashboard: polls the JSON endpoints every POLL_MS and redraws what changed. No framework:
// uPlot draws the charts, the rest is plain DOM. window.dashboardCharts holds every chart by name, so that
// tests (and curious users in the console) can inspect what was drawn.
'use strict';
const POLL_MS = 2000;
const COLORS = ['#2f6fdf', '#d9480f', '#2b8a3e', '#862e9c', '#e67700', '#0b7285', '#c2255c', '#5c940d'];
window.dashboardCharts = {};
const state = { run: null, followLatest: true, search: undefined, followLatestSearch: true, seen: {}, polls: 0 };

function esc(v) {
  return String(v ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
function num(v, digits = 4) {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v !== 'number') return esc(v);
  return Math.abs(v) >= 1e5 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(2) : v.toFixed(digits).replace(/\.?0+$/, '');
}
function pct(v) { return v === null || v === undefined ? '' : (100 * v).toFixed(3) + ' %'; }
function time(ms) { return ms === null || ms === undefined ? '' : new Date(ms).toLocaleString(); }
function iso(s) { return s ? new Date(s).toLocaleString() : ''; }
function table(headers, rows) {
  if (!rows.length) return '<p class="empty">nothing recorded yet</p>';
  return '<table><thead><tr>' + headers.map(h => '<th>' + esc(h) + '</th>').join('') + '</tr></thead><tbody>'
    + rows.map(r => '<tr>' + r.map(c => '<td' + (typeof c === 'number' ? ' class="num"' : '') + '>'
      + (typeof c === 'object' && c !== null && 'html' in c ? c.html : typeof c === 'number' ? num(c) : esc(c)) + '</td>').join('') + '</tr>').join('')
    + '</tbody></table>';
}
const html = s => ({ html: s });
async function get(path) {
  const r = await fetch(path, { cache: 'no-store' });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}
/** Runs fn only when the JSON of value differs from the last time under key: no redraw when nothing changed. */
function changed(key, value) {
  const s = JSON.stringify(value);
  if (state.seen[key] === s) return false;
  state.seen[key] = s;
  return true;
}

/** Creates or updates the chart `name` in element `id`: xs and one array per series (nulls are gaps). */
function chart(name, id, labels, data, opts = {}) {
  const el = document.getElementById(id);
  const existing = window.dashboardCharts[name];
  // same series (by label): new data only; other series (another search's trials, a new run): a new chart
  if (existing && existing.series.slice(1).map(x => x.label).join('\n') === labels.join('\n')) {
    existing.setData(data);
    return existing;
  }
  if (existing) { existing.destroy(); }
  const series = [{ label: opts.xLabel || 'x' }].concat(labels.map((l, i) => Object.assign({
    label: l, stroke: COLORS[i % COLORS.length], width: 1.5, spanGaps: true,
  }, opts.points ? { paths: () => null, points: { show: true, size: 9, fill: COLORS[i % COLORS.length] } } : {})));
  // one x value would make uPlot span years (time) or fractions (numbers): pad it to a visible window. The
  // range is taken from the data, because uPlot hands an already widened range to this callback.
  const xRange = (self, min, max) => {
    const xs = self.data[0];
    if (!xs.length) return [min, max];
    const lo = xs[0], hi = xs[xs.length - 1];
    const pad = opts.time ? 6 * 3600 : Math.max(1, Math.round(Math.abs(lo) * 0.05));
    return lo === hi ? [lo - pad, hi + pad] : [lo, hi];
  };
  const u = new uPlot({
    width: Math.max(320, el.clientWidth || 600), height: opts.height || 240,
    scales: { x: { time: !!opts.time, range: xRange } },
    series,
    // counts (evaluation #, report #) get whole-number ticks only
    axes: [opts.counts ? { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] } : opts.time ? { space: 90 } : {}, { size: 60 }],
  }, data, el);
  window.dashboardCharts[name] = u;
  return u;
}

function card(k, v, cls = '') { return '<div class="card"><div class="k">' + esc(k) + '</div><div class="v ' + cls + '">' + v + '</div></div>'; }
function versionLink(id) { return id ? '<a href="#/version/' + esc(id) + '">' + esc(id) + '</a>' : '<span class="muted">none</span>'; }

function renderOverview(o) {
  document.getElementById('workdir').textContent = o.workdir;
  const h = o.health;
  document.getElementById('overview-cards').innerHTML = [
    card('trainer', o.running ? 'running (pid ' + esc(o.pid) + ')' : 'not running'),
    card('phase', esc(o.phase)),
    card('champion', versionLink(o.champion)),
    card('active', versionLink(o.active)),
    card('challenger', versionLink(o.challenger)),
    card('versions', esc(o.versions)),
    card('cycles / retrains', esc(o.cycles) + ' / ' + esc(o.retrains) + (o.cycleInProgress ? ' (cycle in progress)' : '')),
    card('last cycle (' + esc(o.clock) + ')', esc(iso(o.lastCycleAt))),
    card('last retrain', esc(iso(o.lastRetrain))),
    card('next scheduled retrain', o.scheduleDisabled ? 'never (the scheduled trigger is disabled)' : o.nextScheduledRetrain
      ? esc(iso(o.nextScheduledRetrain)) + ' (every ' + esc(o.retrainIntervalHours) + ' h)' : 'at the first cycle'),
    card('model health', h ? esc(h.severity) + ': ' + esc(h.summary) : 'no report yet', h ? h.severity : ''),
    card('alerts', o.alerts && o.alerts.length ? esc(o.alerts.length) + ' recent' : 'none'),
  ].join('');
  const t = o.lastTraining;
  document.getElementById('last-training').textContent = t
    ? 'newest training row: #' + t.id + ' ' + t.kind + ' at step ' + t.step + (t.loss !== null ? ', loss ' + num(t.loss, 6) : '')
      + (t.epsilon !== null ? ', epsilon ' + num(t.epsilon) : '') + ' (' + time(t.timeMillis) + ')'
    : 'no training rows yet';
}

function renderRuns(runs) {
  const sel = document.getElementById('run-select');
  const latest = runs.length ? runs[runs.length - 1].run : null;
  if (state.followLatest || !runs.some(r => r.run === state.run)) state.run = latest;
  if (changed('runs', runs)) {
    sel.innerHTML = runs.map(r => '<option value="' + esc(r.run) + '">' + esc(r.run)
      + (r.version ? ' → ' + esc(r.version) : '') + ' (' + r.updates + ' updates)</option>').join('');
    document.getElementById('runs-table').innerHTML = table(['run', 'version', 'mode', 'trigger', 'updates', 'episodes', 'steps', 'started', 'last row'],
      runs.map(r => [r.run, html(versionLink(r.version)), r.mode || '', r.trigger || '', r.updates, r.episodes,
        r.firstStep + '..' + r.lastStep, time(r.startedMillis), time(r.lastMillis)]));
  }
  sel.value = state.run || '';
  const r = runs.find(x => x.run === state.run);
  document.getElementById('run-info').textContent = r ? runs.length + ' run(s); showing ' + r.run
    + (state.followLatest ? ' (following the newest run)' : '') : 'no training run yet';
}

function renderTraining(t) {
  const u = t.updates, e = t.episodes;
  chart('loss', 'chart-loss', ['loss', 'TD (Q) loss', 'aux loss'], [u.step, u.loss, u.q_loss, u.aux_loss], { xLabel: 'step' });
  chart('epsilon', 'chart-epsilon', ['epsilon'], [u.step, u.epsilon], { xLabel: 'step' });
  chart('returns', 'chart-returns', ['raw return', 'hindsight return'], [e.step, e.raw_return, e.hindsight_return], { xLabel: 'step' });
  chart('gradnorm', 'chart-gradnorm', ['gradient norm'], [u.step, u.grad_norm], { xLabel: 'step' });
}

const BASELINES = ['flat', 'buy_and_hold', 'random', 'momentum'];
const ret = (m) => m && m.total_return !== undefined && m.total_return !== null ? 100 * m.total_return : null;
const hasBaselines = e => e.baselines && Object.keys(e.baselines).length > 0;
function renderEvaluations(all) {
  const evs = all.filter(hasBaselines);
  chart('evaluations', 'chart-evaluations', ['model'].concat(BASELINES),
    [evs.map((_, i) => i + 1), evs.map(e => ret(e.metrics))].concat(BASELINES.map(b => evs.map(e => ret(e.baselines[b])))),
    { xLabel: 'evaluation #', counts: true });
  document.getElementById('evaluations-table').innerHTML = '<details><summary>' + evs.length + ' evaluations during training</summary>'
    + table(['#', 'for version', 'step', 'sessions', 'evaluated', 'return', 'Sharpe'].concat(BASELINES.map(b => b + ' return')),
      evs.map((e, i) => [i + 1, html(e.inTraining ? '<span class="muted">in training</span>' : versionLink(e.forVersion)), e.step,
        (e.dateFrom || '') + ' .. ' + (e.dateTo || ''), time(e.timeMillis), pct(e.metrics.total_return), e.metrics.sharpe]
        .concat(BASELINES.map(b => pct((e.baselines[b] || {}).total_return)))).reverse()) + '</details>';
  const held = all.filter(e => e.version && !hasBaselines(e));
  chart('heldout', 'chart-heldout', ['held-out return'], [held.map((_, i) => i + 1), held.map(e => ret(e.metrics))],
    { xLabel: 'evaluation #', counts: true, height: 200 });
  document.getElementById('heldout-table').innerHTML = table(['#', 'version', 'split', 'cycle / step', 'sessions', 'evaluated', 'return', 'Sharpe', 'max drawdown'],
    held.map((e, i) => [i + 1, html(versionLink(e.version)), e.split, e.cycle ?? e.step, (e.dateFrom || '') + ' .. ' + (e.dateTo || ''),
      time(e.timeMillis), pct(e.metrics.total_return), e.metrics.sharpe, pct(e.metrics.max_drawdown)]).reverse());
}

function checksTable(checks) {
  return table(['check', 'metric', 'candidate', 'reference', 'statistic', 'probability', 'sessions', 'decision', 'reason'],
    (checks || []).map(c => [c.kind, c.metric, c.candidate, c.reference, c.statistic, c.probability, c.sessions,
      html('<span class="' + esc(c.decision) + '">' + esc(c.decision) + '</span>'), c.reason]));
}
function renderGate(g) {
  document.getElementById('gate-table').innerHTML = g.length ? g.slice().reverse().map(d =>
    '<h3>' + versionLink(d.version) + ' <span class="' + (d.passed ? 'pass">passed' : 'fail">rejected') + '</span> <span class="muted">'
    + esc(d.kind) + ', trigger ' + esc(d.trigger) + ', against ' + esc(d.champion || 'no champion') + ', '
    + esc(iso(d.createdAt)) + '</span></h3>' + checksTable(d.checks)).join('') : '<p class="empty">no gate decision yet</p>';
}

function renderTriggers(ev) {
  const names = [...new Set(ev.map(e => e.trigger))].sort();
  const fired = ev.filter(e => e.fired);
  const xs = [...new Set(ev.map(e => e.timeMillis / 1000))].sort((a, b) => a - b);
  const lanes = names.map((n, i) => xs.map(x => ev.some(e => e.trigger === n && e.fired && e.timeMillis / 1000 === x) ? i + 1 : null));
  chart('triggers', 'chart-triggers', names, [xs].concat(lanes), { time: true, points: true, xLabel: 'time', height: 200 });
  document.getElementById('triggers-table').innerHTML = '<p class="muted">' + ev.length + ' decisions, ' + fired.length
    + ' fired; the newest 40:</p>' + table(['time', 'trigger', 'fired', 'action', 'reason'],
    ev.slice(-40).reverse().map(e => [time(e.timeMillis), e.trigger, e.fired ? 'yes' : '', e.action, e.reason]));
}

function renderVersions(v) {
  document.getElementById('versions-table').innerHTML = table(['version', 'aliases', 'created', 'kind', 'trigger', 'parent', 'gate', 'Sharpe', 'return'],
    v.versions.slice().reverse().map(x => [html(versionLink(x.id)), html(x.aliases.map(a => '<span class="alias">' + esc(a) + '</span>').join('')),
      iso(x.createdAt), x.kind, x.trigger, html(x.parent ? versionLink(x.parent) : '<span class="muted">none (full)</span>'),
      html('<span class="' + (x.gate === 'passed' ? 'pass' : x.gate === 'failed' ? 'fail' : 'skip') + '">' + esc(x.gate) + '</span>'),
      x.metrics.sharpe, pct(x.metrics.total_return)]))
    + '<details><summary>Registry history (' + v.history.length + ' events)</summary>'
    + table(['time', 'action', 'version', 'previous', 'reason'], v.history.slice().reverse().map(h => [iso(h.at), h.action + (h.forced ? ' (forced)' : ''), h.version, h.previous, h.reason]))
    + '</details>';
}

function renderData(reports) {
  const q = reports.filter(r => r.kind === 'quality'), d = reports.filter(r => r.kind === 'drift');
  const symbols = [...new Set(reports.map(r => r.symbol))].sort();
  const xs = reports.map((_, i) => i + 1);
  const labels = [], cols = [];
  for (const s of symbols) {
    labels.push(s + ' quality score'); cols.push(reports.map(r => r.kind === 'quality' && r.symbol === s ? r.metrics.score : null));
    labels.push(s + ' drifted share'); cols.push(reports.map(r => r.kind === 'drift' && r.symbol === s ? r.metrics.drifted_share : null));
  }
  chart('quality', 'chart-quality', labels, [xs].concat(cols), { xLabel: 'report #', counts: true });
  const issues = r => Object.entries(r.metrics || {}).filter(([k, v]) => k.startsWith('issues.') && v > 0).map(([k, v]) => k.slice(7) + ' ' + v).join(', ');
  document.getElementById('data-table').innerHTML = '<p class="muted">' + q.length + ' quality and ' + d.length + ' drift reports; the newest 30:</p>'
    + table(['#', 'time', 'kind', 'source', 'symbol', 'window', 'passed', 'score / drifted share', 'findings'],
      reports.map((r, i) => [i + 1, time(r.timeMillis), r.kind, r.source, r.symbol, (r.dateFrom || '') + ' .. ' + (r.dateTo || ''),
        html(r.passed ? '<span class="pass">yes</span>' : '<span class="fail">no</span>'),
        r.kind === 'quality' ? r.metrics.score : r.metrics.drifted_share,
        r.kind === 'quality' ? issues(r) : (r.findings || []).join('; ')]).slice(-30).reverse());
}

function renderHealth(h) {
  const reps = h.reports;
  const xs = reps.map((_, i) => i + 1);
  chart('health', 'chart-health', ['loss', 'gradient norm'], [xs, reps.map(r => r.statistics.loss ?? null), reps.map(r => r.statistics.grad_norm ?? null)],
    { xLabel: 'health check #', counts: true });
  const bad = reps.filter(r => r.severity !== 'OK');
  document.getElementById('health-table').innerHTML = '<p class="muted">' + reps.length + ' health checks, ' + bad.length + ' not OK.</p>'
    + table(['time', 'step', 'severity', 'summary', 'findings'], (bad.length ? bad : reps).slice(-20).reverse().map(r => [time(r.timeMillis), r.step,
      html('<span class="' + esc(r.severity) + '">' + esc(r.severity) + '</span>'), r.summary,
      (r.findings || []).map(f => f.check + (f.layer ? ' ' + f.layer : '') + ' ' + num(f.value) + ' vs ' + num(f.threshold)).join('; ')]))
    + layerNorms(h.latest)
    + '<h3>Alerts</h3>' + table(['time', 'step', 'kind', 'severity', 'metric', 'value', 'message'],
      h.alerts.slice().reverse().map(a => [time(a.timeMillis), a.step, a.kind, a.severity, a.metric, a.value, a.message]));
}

/** The newest health check's gradient and weight norm of every layer (the series above keep whole-network figures). */
function layerNorms(latest) {
  if (!latest) return '';
  const layers = {};
  for (const [k, v] of Object.entries(latest.statistics || {})) {
    const m = k.match(/^(grad_norm|weight_norm)\.(.+)$/);
    if (m) (layers[m[2]] = layers[m[2]] || {})[m[1]] = v;
  }
  return '<details><summary>Per-layer norms at the newest check (step ' + esc(latest.step) + ')</summary>'
    + table(['layer', 'gradient norm', 'weight norm'], Object.keys(layers).sort().map(l => [l, layers[l].grad_norm, layers[l].weight_norm]))
    + '</details>';
}

const ROLES = ['champion', 'challenger'];
function renderPaper(p) {
  document.getElementById('paper-note').textContent = p.recorded ? '' : p.note;
  // one curve per run and role, over the session number within the run (runs replay different dates)
  const labels = [], cols = [];
  let n = 0;
  for (const r of p.runs) {
    for (const role of ROLES) {
      const ss = p.sessions.filter(s => s.run === r.run && s.role === role);
      if (!ss.length) continue;
      let sum = 0;
      labels.push(r.run + ' ' + role);
      cols.push(ss.map(s => (sum += s.pnl)));
      n = Math.max(n, ss.length);
    }
  }
  if (p.recorded) {
    chart('paper', 'chart-paper', labels, [Array.from({ length: n }, (_, i) => i + 1)]
      .concat(cols.map(c => c.concat(Array(n - c.length).fill(null)))), { xLabel: 'session #', counts: true });
  }
  const versions = vs => html((vs || []).map(versionLink).join(' '));
  const money = v => v === undefined || v === null ? '' : v.toFixed(2);
  document.getElementById('paper-runs').innerHTML = p.recorded ? table(['run', 'sessions', 'dates', 'champion', 'champion P&L',
    'challenger (shadow)', 'challenger P&L', 'orders', 'fills', 'breaches', 'started', 'last row'],
    p.runs.slice().reverse().map(r => [r.run, r.championSessions || 0, (r.firstDate || '') + ' .. ' + (r.lastDate || ''),
      versions(r.championVersions), money(r.championPnl), versions(r.challengerVersions), money(r.challengerPnl),
      r.orders, r.fills, r.breaches, time(r.startedMillis), time(r.lastMillis)])) : '';
  if (!p.recorded) { document.getElementById('paper-detail').innerHTML = ''; return; }
  document.getElementById('paper-detail').innerHTML =
    '<h3>Sessions</h3>' + table(['run', 'date', 'role', 'version', 'start equity', 'end equity', 'P&L', 'return', 'final position', 'fills'],
      p.sessions.slice(-60).reverse().map(s => [s.run, s.date, s.role, html(versionLink(s.version)), money(s.startEquity),
        money(s.endEquity), money(s.pnl), pct(s.sessionReturn), s.finalPosition, s.fills]))
    + '<h3>Events (start, stop, flat, shadow tests, promotions, rollbacks)</h3>' + table(['time', 'run', 'kind', 'version', 'message'],
      p.events.map(e => [time(e.timeMillis), e.run, html('<span class="' + (e.kind === 'promotion' ? 'pass' : e.kind === 'rollback' ? 'fail' : '')
        + '">' + esc(e.kind) + '</span>'), html(versionLink(e.version)), e.message]))
    + '<h3>Risk breaches</h3><p class="muted">' + p.breaches.length + ' newest; the newest 30:</p>'
    + table(['time', 'run', 'version', 'limit', 'reason'], p.breaches.slice(0, 30).map(b => [time(b.timeMillis), b.run, b.version, b.limit, b.reason]))
    + '<details><summary>Recent orders (' + p.orders.length + ')</summary>' + table(['time', 'run', 'version', 'event', 'order', 'side', 'quantity', 'limit', 'status', 'filled'],
      p.orders.map(o => [time(o.timeMillis), o.run, o.version, o.event, o.orderId, o.side, o.quantity, o.limitPrice, o.status, o.filled])) + '</details>'
    + '<details><summary>Recent fills (' + p.fills.length + ')</summary>' + table(['time', 'run', 'version', 'order', 'shares', 'price', 'fee'],
      p.fills.map(f => [time(f.timeMillis), f.run, f.version, f.orderId, f.shares, f.price, f.fee])) + '</details>';
}

function renderTuning(t) {
  document.getElementById('tuning-note').textContent = t.recorded ? '' : t.note;
  const sel = document.getElementById('search-select');
  sel.hidden = !t.recorded;
  const names = t.searches.map(s => s.search);
  if (state.search === undefined || !names.includes(state.search) || state.followLatestSearch) state.search = names[names.length - 1];
  sel.innerHTML = names.map(n => '<option value="' + esc(n) + '">' + esc(n) + '</option>').join('');
  sel.value = state.search || '';
  const gate = reg => !reg ? html('<span class="muted">not registered</span>') : html(versionLink(reg.version) + ' <span class="'
    + (reg.passed ? 'pass">passed the gate' : 'fail">failed the gate') + '</span>' + (reg.aliases.length ? ' (' + esc(reg.aliases.join(', ')) + ')' : ''));
  document.getElementById('tuning-searches').innerHTML = t.recorded ? table(['search', 'sampler', 'trials', 'completed', 'stopped early',
    'stopped by budget', 'failed', 'best trial', 'best validation return', 'registered', 'started'],
    t.searches.slice().reverse().map(s => [s.search, s.sampler, s.trials, s.completed, s.stoppedEarly, s.stoppedByBudget, s.failed,
      s.bestTrial ?? '', pct(s.bestScore), gate(s.registered), time(s.startedMillis)])) : '';
  const search = t.searches.find(s => s.search === state.search);
  const trials = t.trials.filter(x => x.search === state.search);
  if (!search) { document.getElementById('tuning-trials').innerHTML = ''; return; }
  const steps = [...new Set(trials.flatMap(x => Object.keys(x.curve || {}).map(Number)))].sort((a, b) => a - b);
  chart('tuning', 'chart-tuning', trials.map(x => 'trial ' + x.trial + (x.trial === search.bestTrial ? ' (best)' : '')),
    [steps].concat(trials.map(x => steps.map(s => { const v = (x.curve || {})[String(s)]; return v === undefined || v === null ? null : 100 * v; }))),
    { xLabel: 'step' });
  const values = v => Object.entries(v || {}).map(([k, x]) => k + '=' + JSON.stringify(x)).join(', ');
  document.getElementById('tuning-trials').innerHTML = '<h3>Trials of ' + esc(search.search) + '</h3>'
    + table(['trial', 'status', 'seed', 'steps', 'validation return', 'Sharpe', 'max drawdown', 'wall (s)', 'values', 'stop reason'],
      trials.map(x => [html(esc(x.trial) + (x.trial === search.bestTrial ? ' <span class="pass">best</span>' : '')),
        html('<span class="' + (x.status === 'COMPLETED' ? 'pass' : x.status === 'FAILED' ? 'fail' : 'skip') + '">' + esc(x.status) + '</span>'),
        x.seed, x.steps, pct(x.score), x.sharpe, pct((x.metrics || {}).max_drawdown), x.wallMillis / 1000, values(x.values), x.stopReason || '']));
}

async function renderVersionPage(id) {
  const page = document.getElementById('version-page');
  page.hidden = false;
  document.getElementById('version-id').textContent = id;
  const body = document.getElementById('version-body');
  try {
    const v = await get('/api/versions/' + encodeURIComponent(id));
    const m = v.metadata || {};
    const val = m.validation || {};
    body.innerHTML = '<div class="cards">' + [
      card('created', esc(iso(v.createdAt))), card('kind', esc(v.kind)), card('trigger', esc(v.trigger)),
      card('parent', versionLink(v.parent)), card('gate', esc(v.gate), v.gate === 'passed' ? 'pass' : 'fail'),
      card('aliases', esc(v.aliases.join(', ') || 'none')), card('run', esc(m.runId || '')),
      card('seed / steps', esc(m.seed) + ' / ' + esc(m.trainingSteps)),
    ].join('') + '</div>'
      + (v.metadataError ? '<p class="fail">' + esc(v.metadataError) + '</p>' : '')
      + '<h3>Metrics</h3>' + table(['metric', 'value'], Object.entries(v.metrics).map(([k, x]) => [k, x]))
      + '<h3>Gate record</h3><p class="muted">' + (val.passed ? 'passed' : 'rejected') + ' against ' + esc(val.champion || 'no champion')
      + (val.heldOut ? ', held-out sessions ' + esc(JSON.stringify(val.heldOut)) : '') + '</p>' + checksTable(val.checks)
      + '<h3>Evaluations</h3>' + table(['kind', 'step / cycle', 'window', 'evaluated', 'return', 'Sharpe'].concat(BASELINES.map(b => b + ' return')),
        v.evaluations.map(e => [e.version ? e.split + ' (held out)' : 'during training', e.cycle ?? e.step, (e.dateFrom || '') + ' .. ' + (e.dateTo || ''),
          time(e.timeMillis), pct(e.metrics.total_return), e.metrics.sharpe]
          .concat(BASELINES.map(b => pct(((e.baselines || {})[b] || {}).total_return)))))
      + '<h3>Exports</h3>' + table(['format', 'command'], v.exports.map(x => [x.format, html('<code>' + esc(x.command) + '</code>')]))
      + '<h3>Files</h3>' + table(['file', 'SHA-256'], Object.entries(m.files || {}).map(([k, x]) => [k, x]))
      + '<h3>Data fingerprint</h3><pre>' + esc(JSON.stringify(m.data, null, 2)) + '</pre>'
      + '<h3>Network</h3><pre>' + esc(JSON.stringify(m.network, null, 2)) + '</pre>'
      + '<h3>Config</h3><pre>' + esc(JSON.stringify(m.config, null, 2)) + '</pre>';
  } catch (err) {
    body.innerHTML = '<p class="fail">' + esc(err.message) + '</p>';
  }
  page.scrollIntoView();
}

function route() {
  const m = location.hash.match(/^#\/version\/(.+)$/);
  if (m) { renderVersionPage(decodeURIComponent(m[1])); } else { document.getElementById('version-page').hidden = true; }
}

async function refreshTraining() {
  if (!state.run) return;
  const t = await get('/api/runs/' + encodeURIComponent(state.run) + '/training');
  if (t.run === state.run && changed('training', t)) renderTraining(t);
}

const SECTIONS = [
  ['/api/overview', 'overview', renderOverview], ['/api/runs', null, renderRuns], ['/api/evaluations', 'evals', renderEvaluations],
  ['/api/gate', 'gate', renderGate], ['/api/triggers', 'triggers', renderTriggers], ['/api/versions', 'versions', renderVersions],
  ['/api/data', 'data', renderData], ['/api/health', 'health', renderHealth], ['/api/paper', 'paper', renderPaper],
  ['/api/tuning', 'tuning', renderTuning],
];

/** Polls every section; one that fails (a file being replaced, say) keeps its last view and the others go on. */
async function poll() {
  const results = await Promise.allSettled(SECTIONS.map(([path]) => get(path)));
  const failures = [];
  results.forEach((r, i) => {
    const [path, key, render] = SECTIONS[i];
    if (r.status === 'rejected') { failures.push(path + ': ' + r.reason.message); return; }
    try {
      if (key === null || changed(key, r.value)) render(r.value);
    } catch (err) { failures.push(path + ': ' + err.message); }
  });
  try { await refreshTraining(); } catch (err) { failures.push('training: ' + err.message); }
  const live = document.getElementById('live');
  live.className = failures.length ? 'stale' : '';
  live.title = failures.length ? 'last poll: ' + failures.join('; ') : 'the page polls the server every 2 s';
  state.polls++;
  document.body.dataset.polls = state.polls;
  setTimeout(poll, POLL_MS);
}

document.getElementById('run-select').addEventListener('change', ev => {
  state.run = ev.target.value;
  const opts = ev.target.options;
  state.followLatest = ev.target.selectedIndex === opts.length - 1;
  delete state.seen.training;
  refreshTraining();
});
document.getElementById('search-select').addEventListener('change', ev => {
  state.search = ev.target.value;
  state.followLatestSearch = ev.target.selectedIndex === ev.target.options.length - 1;
  delete state.seen.tuning; // redraw with the chosen search although the answer did not change
  get('/api/tuning').then(renderTuning).catch(() => { /* the next poll retries */ });
});
window.addEventListener('hashchange', route);
route();
poll();
