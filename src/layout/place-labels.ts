/**
 * Label placement over the whole plot, after marks have their rows: each event
 * gets one label, beside one of its copies (an event with several actors is
 * drawn once per actor's lane), in the first place where the label overlaps
 * nothing drawn: no other label, mark, span, cluster or tie, and not the plot's
 * edge. A label never sits on its own span: it stands after or before it, or,
 * for a span wider than the room beside it, in a free row just above or below.
 * Where no whole label fits, the widest free room takes it shortened (the full
 * title stays in the mark's name, the tooltip and the details).
 *
 * Obstacles are kept per row (labels are one row tall), so a frame costs the
 * marks on screen times what shares their rows, not all marks squared.
 */

/** Gap between a mark and its label. */
export const LABEL_OFFSET_PX = 5;
/** Height of a label's box around its row's centre line. */
export const LABEL_HEIGHT_PX = 14;
/** Least clear room kept around a label. */
const CLEARANCE_PX = 2;
/** Room a tie takes either side of its line. */
const TIE_HALF_WIDTH_PX = 1.5;
/** A shortened label narrower than this says too little to be worth drawing. */
export const MIN_SHORTENED_LABEL_PX = 44;

/** One copy of an event, as drawn, with what layout knows of its rows. */
export interface LabelCopy {
  readonly eventId: string;
  /** Mark extent on screen (for a point, its symbol's box). */
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly kind: 'point' | 'span';
  /** Centre lines of all the rows of the copy's lane (shared by its copies): a label may use another row. */
  readonly laneRows: readonly number[];
  /**
   * The lane's header line beside its name: the last place a span's label may stand, above the span.
   * `clearFrom` is where the line is free of the lane's name (its x past the name, in reading order).
   */
  readonly header?: { readonly y: number; readonly clearFrom: number };
  /** Half the height of what is drawn of the mark (its symbol or bar, with any dashed edge), px. */
  readonly halfHeight: number;
  /**
   * How far what is drawn reaches past x0 and x1, px: a lane's symbol is wider than the room
   * packing keeps for a point, and a dashed edge is drawn outside its shape. 0 when absent.
   */
  readonly reach?: number;
  /** Where a tie to the event's other copies stands (the mark's time on screen). */
  readonly x: number;
}

/** Something drawn that a label must not cover: a box on screen. */
export interface Obstacle {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

export interface PlacedLabel {
  /** Index of the copy (in the input order) that carries the label. */
  readonly copy: number;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  /** Room the label was given: less than its width when it is shortened. */
  readonly width: number;
  readonly shortened: boolean;
}

export interface LabelRequest {
  readonly eventId: string;
  /** Full width of the label, px, at the weight it is drawn in. */
  readonly width: number;
  /** Indices into the copies, the preferred copy first. */
  readonly copies: readonly number[];
}

export interface PlaceLabelsOptions {
  readonly plotWidth: number;
  /** Time runs right to left: a label prefers the left of its mark (later in time). */
  readonly rtl: boolean;
}

/**
 * Places one label per request, in the order given (earlier events first is
 * the natural order: a reader scans in time). A copy may move to another row
 * of its lane when that is where its label fits whole: its mark and the tie
 * joining it to the event's other copies must then cross nothing already
 * placed. Returns each request's label (or undefined where no room was
 * found) and each copy's final row centre.
 */
export function placeLabels(
  copies: readonly LabelCopy[],
  obstacles: readonly Obstacle[],
  requests: readonly LabelRequest[],
  options: PlaceLabelsOptions,
): { labels: Array<PlacedLabel | undefined>; rowOf: number[] } {
  const board = new ObstacleBoard();
  for (const o of obstacles) board.add(o);
  const ys = copies.map((c) => c.y);
  const markBoxes = copies.map((c) => board.add(markBox(c, c.y)));
  const ties = new Map<string, Obstacle>();
  for (const request of requests) {
    const tie = tieBox(request, copies, ys);
    if (tie) ties.set(request.eventId, board.add(tie));
  }
  const labels = requests.map((request) => {
    const placed =
      wholeLabel(request, copies, ys, board, options) ??
      placeByMoving(request, copies, ys, board, markBoxes, ties, options) ??
      shortenedLabel(request, copies, ys, board, options);
    if (placed) board.add(labelBox(placed.x0, placed.x1, placed.y));
    return placed;
  });
  return { labels, rowOf: ys };
}

/** Moves one copy of the event to another row of its lane where its whole label fits, if any. */
function placeByMoving(
  request: LabelRequest,
  copies: readonly LabelCopy[],
  ys: number[],
  board: ObstacleBoard,
  markBoxes: Obstacle[],
  ties: Map<string, Obstacle>,
  options: PlaceLabelsOptions,
): PlacedLabel | undefined {
  const oldTie = ties.get(request.eventId);
  let copyMarks: Obstacle[] | undefined;
  for (const i of request.copies) {
    const copy = copies[i]!;
    if (copy.kind !== 'point') continue;
    // What a moved copy may cross: its own mark where it stood, and its old tie.
    const ignoring = oldTie ? [markBoxes[i]!, oldTie] : [markBoxes[i]!];
    for (const y of spareRows(copy, ys[i]!)) {
      const box = markBox(copy, y);
      if (!board.isFree(box, ignoring)) continue;
      const before = ys[i]!;
      ys[i] = y;
      const tie = tieBox(request, copies, ys);
      const tieFree = !tie || board.isFree(tie, ignoring, (copyMarks ??= request.copies.map((c) => markBoxes[c]!)));
      const label = tieFree ? wholeLabelBeside(i, copy, y, request.width, board, options, ignoring) : undefined;
      if (!label) {
        ys[i] = before;
        continue;
      }
      board.remove(markBoxes[i]!);
      markBoxes[i] = board.add(box);
      if (oldTie) board.remove(oldTie);
      if (tie) ties.set(request.eventId, board.add(tie));
      return label;
    }
  }
  return undefined;
}

/** The whole label beside a copy where it stands, in order of preference: the preferred copy first. */
function wholeLabel(request: LabelRequest, copies: readonly LabelCopy[], ys: readonly number[], board: ObstacleBoard, options: PlaceLabelsOptions): PlacedLabel | undefined {
  for (const i of request.copies) {
    const label = wholeLabelBeside(i, copies[i]!, ys[i]!, request.width, board, options);
    if (label) return label;
  }
  return undefined;
}

/** The widest room beside any copy, for the label shortened to fit. */
function shortenedLabel(request: LabelRequest, copies: readonly LabelCopy[], ys: readonly number[], board: ObstacleBoard, options: PlaceLabelsOptions): PlacedLabel | undefined {
  const { width } = request;
  let best: PlacedLabel | undefined;
  for (const i of request.copies) {
    eachSlotBeside(copies[i]!, ys[i]!, options, (slotEdge, side, y) => {
      // Beside a mark cut by the plot's edge, the room starts at the edge: a label never leaves the plot.
      const edge = side === 'right' ? Math.max(slotEdge, 0) : Math.min(slotEdge, options.plotWidth);
      // No more room than to the plot's edge: where even that could not do better, the board is not asked.
      const most = Math.min(width, Math.max(0, side === 'right' ? options.plotWidth - edge : edge));
      if (most < MIN_SHORTENED_LABEL_PX || (best && most <= best.width)) return false;
      const room = board.roomFrom(edge, y, side, options.plotWidth);
      const given = Math.min(room, width);
      if (given < MIN_SHORTENED_LABEL_PX || (best && given <= best.width)) return false;
      const x0 = side === 'right' ? edge : edge - given;
      best = { copy: i, x0, x1: x0 + given, y, width: given, shortened: given < width };
      return false;
    });
  }
  return best;
}

function wholeLabelBeside(
  i: number,
  copy: LabelCopy,
  copyY: number,
  width: number,
  board: ObstacleBoard,
  options: PlaceLabelsOptions,
  ignoring: readonly Obstacle[] = NONE,
): PlacedLabel | undefined {
  let found: PlacedLabel | undefined;
  eachSlotBeside(copy, copyY, options, (edge, side, y) => {
    const x0 = side === 'right' ? edge : edge - width;
    const x1 = x0 + width;
    if (!(x0 >= 0 && x1 <= options.plotWidth) || !board.isFreeLabel(x0, x1, y, ignoring)) return false;
    found = { copy: i, x0, x1, y, width, shortened: false };
    return true;
  });
  return found;
}

/** A tie's line between an event's copies, as an obstacle; undefined for an event drawn once. */
function tieBox(request: LabelRequest, copies: readonly LabelCopy[], ys: readonly number[]): Obstacle | undefined {
  if (request.copies.length < 2) return undefined;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const i of request.copies) {
    y0 = Math.min(y0, ys[i]!);
    y1 = Math.max(y1, ys[i]!);
  }
  const x = copies[request.copies[0]!]!.x;
  return { x0: x - TIE_HALF_WIDTH_PX, x1: x + TIE_HALF_WIDTH_PX, y0, y1 };
}

function markBox(copy: LabelCopy, y: number): Obstacle {
  const reach = copy.reach ?? 0;
  return { x0: copy.x0 - reach, x1: copy.x1 + reach, y0: y - copy.halfHeight, y1: y + copy.halfHeight };
}

type Side = 'left' | 'right';

/**
 * Calls `visit` with each place a label may go around one copy standing at `copyY`, in order of
 * preference, until it returns true: where the label's box begins (side 'right') or ends (side
 * 'left'), and its row's centre. Called for every label of every frame, so it makes no list of them.
 */
function eachSlotBeside(copy: LabelCopy, copyY: number, options: PlaceLabelsOptions, visit: (edge: number, side: Side, y: number) => boolean): void {
  // The label's usual gap, or more beside a mark drawn wider than its box (a dashed edge): never on its own ink.
  const gap = Math.max(LABEL_OFFSET_PX, (copy.reach ?? 0) + CLEARANCE_PX);
  // Forward in time, then backward.
  if (options.rtl ? visit(copy.x0 - gap, 'left', copyY) : visit(copy.x1 + gap, 'right', copyY)) return;
  if (options.rtl ? visit(copy.x1 + gap, 'right', copyY) : visit(copy.x0 - gap, 'left', copyY)) return;
  if (copy.kind !== 'span') return;
  // Beside a span there may be no room (it runs off the plot): a free row above or below it,
  // starting where the span is first seen, keeps the label next to it without covering it.
  const seenFrom = Math.max(copy.x0, 0);
  const seenTo = Math.min(copy.x1, options.plotWidth);
  for (const y of spareRows(copy, copyY)) {
    if (options.rtl ? visit(seenTo, 'left', y) : visit(seenFrom, 'right', y)) return;
  }
  // Only over a span wide enough to read as "the bar below": over a sliver it would pass for a lane name.
  const { header } = copy;
  const wide = seenTo - seenFrom >= MIN_SHORTENED_LABEL_PX;
  if (header && wide && (options.rtl ? seenFrom < header.clearFrom : seenTo > header.clearFrom)) {
    if (options.rtl) visit(Math.min(seenTo, header.clearFrom), 'left', header.y);
    else visit(Math.max(seenFrom, header.clearFrom), 'right', header.y);
  }
}

/**
 * The lane's rows other than the one at `y`, nearest first. The same few per lane for every mark in it:
 * kept by the lane's list of rows (shared by its copies) and the row left out.
 */
const spareRowsKept = new WeakMap<readonly number[], Map<number, readonly number[]>>();

function spareRows(copy: LabelCopy, y: number): readonly number[] {
  let byRow = spareRowsKept.get(copy.laneRows);
  if (!byRow) spareRowsKept.set(copy.laneRows, (byRow = new Map()));
  let rows = byRow.get(y);
  if (!rows) byRow.set(y, (rows = copy.laneRows.filter((r) => r !== y).sort((a, b) => Math.abs(a - y) - Math.abs(b - y))));
  return rows;
}

function labelBox(x0: number, x1: number, y: number): Obstacle {
  return { x0, x1, y0: y - LABEL_HEIGHT_PX / 2, y1: y + LABEL_HEIGHT_PX / 2 };
}

/** Obstacles bucketed by vertical band, so a label is tested only against what shares its rows. */
const NONE: readonly Obstacle[] = [];

class ObstacleBoard {
  private static readonly BAND_PX = 8;
  private readonly bands = new Map<number, Obstacle[]>();

  add(o: Obstacle): Obstacle {
    for (let b = this.band(o.y0); b <= this.band(o.y1); b++) {
      let list = this.bands.get(b);
      if (!list) this.bands.set(b, (list = []));
      list.push(o);
    }
    return o;
  }

  remove(o: Obstacle): void {
    for (let b = this.band(o.y0); b <= this.band(o.y1); b++) {
      const list = this.bands.get(b);
      const at = list?.indexOf(o) ?? -1;
      if (at >= 0) list!.splice(at, 1);
    }
  }

  /** Nothing overlaps the box but the obstacles named (the thing being moved, and what it may touch). */
  isFree(box: Obstacle, ignoring: readonly Obstacle[] = NONE, alsoIgnoring: readonly Obstacle[] = NONE): boolean {
    return this.isFreeBetween(box.x0, box.x1, box.y0, box.y1, ignoring, alsoIgnoring);
  }

  /** isFree for a label's box from x0 to x1 on the row at y, made as no object: asked for every slot of every label. */
  isFreeLabel(x0: number, x1: number, y: number, ignoring: readonly Obstacle[] = NONE): boolean {
    return this.isFreeBetween(x0, x1, y - LABEL_HEIGHT_PX / 2, y + LABEL_HEIGHT_PX / 2, ignoring, NONE);
  }

  /** Free room from `edge` toward `side`, in the label's band at y, up to the plot's edge. */
  roomFrom(edge: number, y: number, side: 'left' | 'right', plotWidth: number): number {
    const x0 = side === 'right' ? edge : 0;
    const x1 = side === 'right' ? plotWidth : edge;
    const y0 = y - LABEL_HEIGHT_PX / 2;
    const y1 = y + LABEL_HEIGHT_PX / 2;
    let limit = side === 'right' ? plotWidth : 0;
    for (let b = this.band(y0); b <= this.band(y1); b++) {
      const list = this.bands.get(b);
      if (!list) continue;
      // Indexed, not for…of: an iterator per band per call was most of what laying out a frame allocated.
      for (let k = 0; k < list.length; k++) {
        const o = list[k]!;
        if (!overlaps(o, x0, x1, y0, y1)) continue;
        if (side === 'right') limit = Math.min(limit, o.x0 - CLEARANCE_PX);
        else limit = Math.max(limit, o.x1 + CLEARANCE_PX);
      }
    }
    return Math.max(0, side === 'right' ? limit - edge : edge - limit);
  }

  private isFreeBetween(x0: number, x1: number, y0: number, y1: number, ignoring: readonly Obstacle[], alsoIgnoring: readonly Obstacle[]): boolean {
    // An obstacle in several bands is met more than once: harmless here, and cheaper than a set on every call.
    for (let b = this.band(y0); b <= this.band(y1); b++) {
      const list = this.bands.get(b);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const o = list[k]!;
        if (overlaps(o, x0, x1, y0, y1) && !ignoring.includes(o) && !alsoIgnoring.includes(o)) return false;
      }
    }
    return true;
  }

  private band(y: number): number {
    return Math.floor(y / ObstacleBoard.BAND_PX);
  }
}

/** Whether the obstacle and the box from (x0, y0) to (x1, y1) overlap, or stand nearer than the clearance across. */
function overlaps(a: Obstacle, x0: number, x1: number, y0: number, y1: number): boolean {
  return a.x0 < x1 + CLEARANCE_PX && x0 < a.x1 + CLEARANCE_PX && a.y0 < y1 && y0 < a.y1;
}
