/**
 * A date as conflict data knows it: a range of instants it may denote, how
 * precisely it is known, and whether the source hedged it.
 *
 * All instants are UTC epoch milliseconds. A calendar date ("2018-09-17")
 * denotes that calendar day in UTC, so it is the same day for every reader
 * whatever their time zone; rendering formats UTC fields, never local ones.
 */

/** How precisely a date is known, finest first. */
export type DatePrecision =
  | 'instant' // epoch ms, Date objects, ISO date-times
  | 'day'
  | 'week' // ISO 8601 week date, 2020-W19: Monday to Sunday (UTC)
  | 'month'
  | 'season' // EDTF 21..24 (spring, summer, autumn, winter)
  | 'year'
  | 'decade' // EDTF unspecified digits: 201X
  | 'century'; // 19XX

/** Every precision, finest first: the order of DatePrecision, for comparing and for codes. */
export const DATE_PRECISIONS: readonly DatePrecision[] = ['instant', 'day', 'week', 'month', 'season', 'year', 'decade', 'century'];

/** EDTF season codes 21..24, northern-hemisphere meteorological seasons. */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

export interface EventDate {
  /** Earliest instant the date may denote (UTC ms, inclusive). */
  readonly earliest: number;
  /** Latest instant the date may denote (UTC ms, inclusive: the last millisecond). */
  readonly latest: number;
  readonly precision: DatePrecision;
  /** EDTF `?`: the source is not sure of it. */
  readonly uncertain: boolean;
  /** EDTF `~`: the source gives it roughly. */
  readonly approximate: boolean;
  /** Set when precision is 'season'. */
  readonly season?: Season;
  /**
   * Set when some digits were unspecified (EDTF `X`), e.g. `2019-02-XX`:
   * the precision then is the coarsest unit that is fully known.
   */
  readonly unspecified?: boolean;
  /** The input as given, for display and diagnostics. */
  readonly text: string;
  /**
   * Set when the date is an EDTF level 2 set: one of its members (`[a,b]`) or all of them (`{a,b}`).
   * `earliest` and `latest` then bound every member, precision is the coarsest member's, and the
   * qualifiers are true when any member has them.
   */
  readonly set?: DateSet;
}

/**
 * An EDTF level 2 set. "One of" (`[2018-09-17,2018-09-18]`) is one date the sources do not agree
 * on, or cannot pin down; "all of" (`{2019-01,2019-02}`) is every one of its members.
 */
export interface DateSet {
  readonly kind: 'one-of' | 'all-of';
  /** In time order, at least one; each a level 0/1 date at its own precision. */
  readonly members: readonly DateSetMember[];
  /** `[..a]`: the date may be any before the first member too ("a or earlier"). One-of only. */
  readonly earlier?: boolean;
  /** `[a..]`: or any after the last member ("a or later"). One-of only. */
  readonly later?: boolean;
}

/** A member of a set: one date, or a run of consecutive dates of one precision (`a..b`). */
export interface DateSetMember {
  readonly date: EventDate;
  /** The run's last date (`2018-09-17..2018-09-20`): every unit from `date` to it. */
  readonly through?: EventDate;
}

/** An interval end that is not a date: EDTF `..` (open, ongoing) or empty (unknown). */
export type OpenBound = 'open' | 'unknown';
