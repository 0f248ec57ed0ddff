import type { ClusterLayout } from '../layout/mark-layout.js';
import { viewSpan, type TimeView } from '../layout/time-view.js';
import { crossesEra, describeDate, describeEventDate, type DescribeOptions } from '../model/describe-date.js';
import { displayText } from '../model/display-text.js';
import type { EventDate } from '../model/event-date.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import type { LocalePack } from './locale-pack.js';
import { isConfidenceLevel } from '../model/confidence.js';
import { instantAsDate, stretchInWords } from './view-words.js';

/** Density columns' names kept: a few views' worth (a view has at most a few hundred columns). */
const COLUMN_NAMES_KEPT = 4096;

/**
 * What the element says about events, clusters and views in one language pack:
 * accessible names, dates in words, the view's ends. One per pack.
 */
export class TimelineWords {
  private readonly dateOptions: DescribeOptions;
  /**
   * Names already said, so that a zoom back over the same ground formats no date twice: marks by their
   * (immutable) event, columns by count and stretch. Events are weakly held; columns' names are kept up
   * to COLUMN_NAMES_KEPT, then started afresh.
   */
  private readonly eventNames = new WeakMap<TimelineEvent, string>();
  private readonly columnNames = new Map<string, string>();
  /**
   * The ends of columns and views in words, by precision and start. An end is floored to its year, month
   * or day (instantAsDate), so a zoom's first pass through new columns meets the same few dates again and
   * again. Formatting them anew, mostly in date-fns's month names, was 24% of the plot's draw in a profile
   * of the bench's first 17 zoom steps at 10,000 events; kept, 8%.
   */
  private readonly flooredDates = new Map<string, string>();

  constructor(readonly pack: LocalePack) {
    this.dateOptions = { words: pack.words, ...(pack.dateFns ? { locale: pack.dateFns } : {}) };
  }

  /** An event's date in words, at the precision it is known to. */
  readonly whenOf = (event: TimelineEvent): string => describeEventDate(event, this.dateOptions);

  /** One date in words (a report's, a source's access), at its precision. */
  readonly dateInWords = (date: EventDate): string => describeDate(date, this.dateOptions);

  /** A mark's accessible name: title, date, actors, and the confidence its mark shows. */
  readonly nameOfEvent = (event: TimelineEvent): string => {
    let name = this.eventNames.get(event);
    if (name === undefined) this.eventNames.set(event, (name = this.eventNameInWords(event)));
    return name;
  };

  private eventNameInWords(event: TimelineEvent): string {
    const parts = [displayText(event.title), this.whenOf(event)];
    if (event.actors.length > 0) parts.push(event.actors.join(this.pack.ui.listSeparator));
    const level = event.confidence;
    if (isConfidenceLevel(level)) parts.push(`${this.pack.ui.confidence}: ${this.pack.ui.confidenceLevels[level]}`);
    return parts.join('. ');
  }

  readonly nameOfCluster = (cluster: ClusterLayout): string => {
    const key = `${cluster.count} ${cluster.from} ${cluster.to}`;
    let name = this.columnNames.get(key);
    if (name === undefined) {
      if (this.columnNames.size >= COLUMN_NAMES_KEPT) this.columnNames.clear();
      name = this.pack.ui.clusterName(cluster.count, this.stretch(cluster.from, cluster.to));
      this.columnNames.set(key, name);
    }
    return name;
  };

  /** A stretch of time in words, as precise as its length makes useful ("March 2011", "April 2011 – April 2017"). */
  readonly stretch = (from: number, to: number): string => {
    const options = this.optionsFor(from, to);
    return stretchInWords(from, to, (date: EventDate) => this.flooredDate(date, options), this.pack.words.range);
  };

  /** A view's ends in words, as precise as its span makes useful, put into `phrase`. */
  view(view: TimeView, phrase: (from: string, to: string) => string = this.pack.words.range): string {
    const span = viewSpan(view);
    const options = this.optionsFor(view.start, view.end);
    return phrase(this.flooredDate(instantAsDate(view.start, span), options), this.flooredDate(instantAsDate(view.end, span), options));
  }

  /** A date made by instantAsDate in words: its precision and start say all of it (see flooredDates). */
  private flooredDate(date: EventDate, options: DescribeOptions): string {
    const key = `${date.precision}${options.namesEra ? ' era ' : ' '}${date.earliest}`;
    let words = this.flooredDates.get(key);
    if (words === undefined) {
      if (this.flooredDates.size >= COLUMN_NAMES_KEPT) this.flooredDates.clear();
      this.flooredDates.set(key, (words = describeDate(date, options)));
    }
    return words;
  }

  /** Dates of a stretch that runs from BC into AD name the era of its AD end too. */
  private optionsFor(from: number, to: number): DescribeOptions {
    return crossesEra(from, to) ? { ...this.dateOptions, namesEra: true } : this.dateOptions;
  }
}
