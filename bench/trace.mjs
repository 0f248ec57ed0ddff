// Reads the Chromium traces that bench/run.mjs records (puppeteer page.tracing) into the figures it
// reports: the page's main-thread tasks, the frame each zoom step produces, the latency from an input
// to the next frame committed after it, and the longest task while data loads.
//
// Only the renderer's main thread is read: the one the harness's console.timeStamp marks are on.
// - task: a top-level `RunTask` (category disabled-by-default-devtools.timeline) on that thread.
// - frame commit: a `Commit` event on that thread, the last step of a main-thread frame (begin frame,
//   input and animation-frame callbacks, style, layout, pre-paint, paint, layerize, commit). The raster
//   and draw that follow on other threads are not counted.
// - input: an `input <kind> <performance.now()> <event.timeStamp,…>` mark that the harness makes in a
//   capture listener on window, first of all listeners, for each wheel turn and pointer move with a button
//   down that the page receives. event.timeStamp is when the browser created the input event (it took the
//   CDP command); a pointer move lists the times of all the moves coalesced into it. The mark's own trace
//   time and performance.now() put those times on the trace's clock.
// Trace timestamps are CLOCK_MONOTONIC microseconds on Linux, the clock of process.hrtime, so the
// moments run.mjs sends inputs are on the trace's clock too; checkClock makes sure of it on every run.
// (Chromium's own EventLatency events would take in raster and presentation too, but in this headless
// build most of vis-timeline's drag moves ended within a millisecond of their creation, 0.3 ms at the
// median, earlier than any frame could show them, so they are not used.)

/** Enough for the events above; fewer categories, less tracing overhead in the timed frames. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Now, on the trace's clock (µs). */
export const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** The trace's events, from the buffer page.tracing.stop() gives. */
export function traceEvents(buffer) {
  const json = JSON.parse(Buffer.from(buffer).toString('utf8'));
  return Array.isArray(json) ? json : json.traceEvents;
}

const span = (e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0) });
const byStart = (a, b) => a.start - b.start;

/** The main thread the marks are on: its marks, top-level tasks and commits, in time order. */
export function mainThread(events) {
  const firstMark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message);
  if (!firstMark) throw new Error('the trace has no marks from the harness');
  const { pid, tid } = firstMark;
  const own = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const runTasks = own
    .filter((e) => e.name === 'RunTask' && e.cat === 'disabled-by-default-devtools.timeline')
    .map(span)
    .sort(byStart);
  // A nested run loop runs tasks inside a task; only the outer one is the thread's busy time.
  const tasks = [];
  for (const task of runTasks) if (!tasks.length || task.start >= tasks[tasks.length - 1].end) tasks.push(task);
  const marks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.name === 'TimeStamp')
    .map((e) => ({ label: e.args.data.message, ts: e.ts }))
    .sort((a, b) => a.ts - b.ts);
  const commits = own.filter((e) => e.name === 'Commit').map(span).sort(byStart);
  const slices = own
    .filter((e) => PHASE_OF.has(e.name))
    .map((e) => ({ ...span(e), phase: PHASE_OF.get(e.name) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return { tasks, marks, commits, slices };
}

/**
 * What a frame's main-thread time went to, by the trace events Chromium records for each phase. Time in a
 * nested event is its own phase's, not its parent's (a forced layout inside script counts as layout); what
 * no event below names is `other` (task overhead, the scheduler, idle-time tasks' own bookkeeping).
 */
const PHASES = {
  script: ['FunctionCall', 'EvaluateScript', 'FireAnimationFrame', 'TimerFire', 'EventDispatch', 'RunMicrotasks', 'V8.Execute'],
  // Work the page put off to idle time (requestIdleCallback) that ran between a step and its frame.
  idle: ['FireIdleCallback'],
  // Incremental marking steps (V8.GC_MC_INCREMENTAL) run inside script, a few ms at a time, while a major collection nears.
  gc: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR', 'V8.GC_MC_INCREMENTAL', 'BlinkGC.AtomicPhase', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GCIncrementalMarking'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout', 'UpdateLayout'],
  paint: ['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'UpdateLayerTree', 'UpdateLayer', 'CompositeLayers', 'Decode Image', 'ImageDecodeTask'],
  commit: ['Commit'],
};
const PHASE_OF = new Map(Object.entries(PHASES).flatMap(([phase, names]) => names.map((name) => [name, phase])));
export const FRAME_PHASES = [...Object.keys(PHASES), 'other'];

/** The time (µs) of each phase inside [start, end): events there, less the events nested in them. */
function phasesIn(slices, start, end) {
  const out = Object.fromEntries(FRAME_PHASES.map((phase) => [phase, 0]));
  const stack = [];
  let from = start;
  // A walk over the events' edges in time order: each stretch is the innermost open event's (none: other).
  const close = (until) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const top = stack.pop();
      out[top.phase] += top.end - from;
      from = top.end;
    }
  };
  for (let i = firstIndexFrom(slices, start); i < slices.length && slices[i].start < end; i++) {
    const slice = slices[i];
    close(slice.start);
    const inner = stack[stack.length - 1];
    out[inner ? inner.phase : 'other'] += slice.start - from;
    from = slice.start;
    stack.push({ phase: slice.phase, end: Math.min(slice.end, end) });
  }
  close(end);
  out.other += end - from;
  return out;
}

/** The index of the first item whose start is at or after `t` (items in start order). */
function firstIndexFrom(items, t) {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first item whose start is at or after `t` (items in start order). */
const firstFrom = (items, t) => items[firstIndexFrom(items, t)];

/** The task running at `t`, if any. */
function taskAt(tasks, t) {
  let lo = 0;
  let hi = tasks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tasks[mid].start <= t) lo = mid + 1;
    else hi = mid;
  }
  const task = tasks[lo - 1];
  return task && task.end >= t ? task : undefined;
}

/**
 * One figure per `label` mark, the frame that mark's step produced, in ms:
 * - busyMs: the main thread's busy time from the task holding the mark (the zoom call) through the end of
 *   the task holding the first Commit after it, i.e. the zoom call, anything the library ran in tasks of
 *   its own, and the whole frame task: animation-frame callbacks (the library's draw), style, layout,
 *   paint, commit. Idle time between them (waiting for the 60 Hz frame) is not counted.
 * - wallMs: the same span in wall time, waits included.
 * - phases: busyMs by phase (FRAME_PHASES: script, gc, style, layout, paint, commit, other), in ms.
 */
export function stepFrames(thread, label) {
  const marks = thread.marks.filter((m) => m.label === label);
  return marks.map((mark, i) => {
    const limit = marks[i + 1]?.ts ?? Infinity;
    const commit = firstFrom(thread.commits, mark.ts);
    if (!commit || commit.start >= limit) return { busyMs: NaN, wallMs: NaN };
    const first = taskAt(thread.tasks, mark.ts) ?? { start: mark.ts };
    const last = taskAt(thread.tasks, commit.start) ?? commit;
    let busy = 0;
    const phases = Object.fromEntries(FRAME_PHASES.map((phase) => [phase, 0]));
    for (const task of thread.tasks) {
      if (task.start < first.start || task.start > last.start) continue;
      busy += task.end - task.start;
      for (const [phase, us] of Object.entries(phasesIn(thread.slices, task.start, task.end))) phases[phase] += us / 1000;
    }
    return { busyMs: busy / 1000, wallMs: (last.end - first.start) / 1000, phases };
  });
}

/**
 * One figure per `label` mark: the main thread's busy time, in ms, from the task holding the mark (the
 * zoom call) through the end of the task holding the first `completeLabel` mark after it. With the
 * harness's marks, the frame and whatever the library ran after it before saying it was drawn
 * (`renderComplete`), with the style and layout that work causes.
 */
export function stepCompletions(thread, label, completeLabel) {
  const marks = thread.marks.filter((m) => m.label === label);
  const completes = thread.marks.filter((m) => m.label === completeLabel);
  return marks.map((mark, i) => {
    const limit = marks[i + 1]?.ts ?? Infinity;
    const complete = completes.find((m) => m.ts >= mark.ts && m.ts < limit);
    if (!complete) return NaN;
    const first = taskAt(thread.tasks, mark.ts) ?? { start: mark.ts };
    const last = taskAt(thread.tasks, complete.ts) ?? { start: complete.ts };
    let busy = 0;
    for (const task of thread.tasks) if (task.start >= first.start && task.start <= last.start) busy += task.end - task.start;
    return busy / 1000;
  });
}

/**
 * The end of the next frame committed at or after `t`: the end of the task that holds the first Commit
 * starting then (the end of the Commit itself if no task is found around it).
 */
function nextFrameEnd(thread, t) {
  const commit = firstFrom(thread.commits, t);
  if (!commit) return undefined;
  return taskAt(thread.tasks, commit.start)?.end ?? commit.end;
}

/**
 * Latencies (ms) of the input events of `kind` ('wheel' or 'drag') created between `fromUs` and `toUs`
 * (trace clock): from the event's creation to the end of the next frame the main thread commits after
 * the page received it, i.e. browser to renderer, queueing behind other tasks and frames, the listeners,
 * then the frame's callbacks, style, layout, paint and commit. Raster and draw on other threads are not
 * in it. One figure per input event the browser created, coalesced moves included; a wheel turn the
 * browser merged into another is counted once, from the time the merged event carries.
 */
export function inputLatencies(thread, kind, fromUs, toUs) {
  const out = [];
  for (const mark of thread.marks) {
    const [word, type, now, times] = mark.label.split(' ');
    if (word !== 'input' || type !== kind) continue;
    const offset = mark.ts - Number(now) * 1000;
    const end = nextFrameEnd(thread, mark.ts);
    for (const time of times.split(',')) {
      const created = Number(time) * 1000 + offset;
      if (created >= fromUs && created <= toUs) out.push(end === undefined ? NaN : (end - created) / 1000);
    }
  }
  return out;
}

/** The longest main-thread task overlapping [from, to] (marks' labels), in ms, and how many ran over `overMs`. */
export function longestTask(thread, fromLabel, toLabel, overMs = 50) {
  const from = thread.marks.find((m) => m.label === fromLabel)?.ts;
  const to = thread.marks.find((m) => m.label === toLabel)?.ts;
  if (from === undefined || to === undefined) throw new Error(`no ${fromLabel}/${toLabel} marks in the trace`);
  let longest = 0;
  let over = 0;
  for (const task of thread.tasks) {
    if (task.end < from || task.start > to) continue;
    const ms = (task.end - task.start) / 1000;
    longest = Math.max(longest, ms);
    if (ms > overMs) over++;
  }
  return { longestTaskMs: longest, tasksOver50Ms: over };
}

/** Throws unless a mark made between `beforeUs` and `afterUs` (process.hrtime) is between them in the trace. */
export function checkClock(thread, label, beforeUs, afterUs) {
  const mark = thread.marks.find((m) => m.label === label);
  if (!mark || mark.ts < beforeUs || mark.ts > afterUs) {
    throw new Error(`the trace's clock is not process.hrtime's here (mark at ${mark?.ts}, sent between ${beforeUs} and ${afterUs}): input latencies cannot be measured`);
  }
}
