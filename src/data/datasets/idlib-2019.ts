/**
 * The events of "Russia, Turkey Agree To 'Take Decisive Measures' In Syria's
 * Idlib" (Marina Peñéñory, The Organization for World Peace, February 2019),
 * with dates as honest as the article allows: its own wording in `dateText`,
 * and in `dateNote` how each date was resolved and what came from outside it.
 *
 * Descriptions are short summaries in our own words. Sources are what the
 * article names; no URLs, because a made-up link is worse than none.
 */
import type { EventSourceInput, TimelineEventInput } from '../../model/timeline-event.js';

const ARTICLE: EventSourceInput = { name: 'The Organization for World Peace (article)' };
const RIA_NOVOSTI: EventSourceInput = { name: 'RIA Novosti' };
const AL_JAZEERA: EventSourceInput = { name: 'Al Jazeera' };
const TRT_WORLD: EventSourceInput = { name: 'TRT World' };

const RUSSIA = 'Russia';
const TURKEY = 'Turkey';
const IRAN = 'Iran';
const SYRIAN_GOVERNMENT = 'Syrian government';
const SYRIAN_OPPOSITION = 'Syrian opposition';
const HTS = "Hay'at Tahrir al-Sham";

const events: TimelineEventInput[] = [
  {
    id: 'syria-uprising-2011',
    start: '2011-03',
    title: 'Protests and their repression begin the Syrian civil war',
    description:
      "Anti-government protests were brutally repressed by Bashar al-Assad's government, and the conflict escalated into a civil war that has killed hundreds of thousands and displaced millions.",
    actors: [SYRIAN_GOVERNMENT, SYRIAN_OPPOSITION],
    category: 'Protests and repression',
    dateText: 'March 2011',
    sources: [ARTICLE],
  },
  {
    id: 'astana-memorandum-2017',
    start: '2017-05-04',
    title: 'Astana memorandum on de-escalation zones',
    description:
      'Russia, Turkey and Iran, as guarantors of the Astana talks, agree to set up "de-escalation" zones in several parts of Syria, Idlib province among them.',
    actors: [RUSSIA, TURKEY, IRAN],
    category: 'Agreement',
    dateText: 'to establish "de-escalation" zones in various parts of the country last fall',
    dateNote:
      'The article dates the zones to "last fall" and gives no date for the agreement behind them. The memorandum creating the zones was signed in Astana on 4 May 2017 (not named in the article); the Idlib zone itself was set up in September 2017.',
    sources: [ARTICLE],
  },
  {
    id: 'idlib-de-escalation-zone-2017',
    start: '2017-23',
    title: 'Idlib de-escalation zone agreed',
    description:
      'Russia, Turkey and Iran agree to a de-escalation zone in the northwestern Idlib province; the article credits this cooperation with restoring peace for a while.',
    actors: [RUSSIA, TURKEY, IRAN],
    category: 'Agreement',
    dateText: 'last fall',
    dateNote:
      'The article (February 2019) says "last fall": autumn 2017, kept at season precision. The Astana talks that agreed the Idlib zone were held in September 2017, within that season.',
    sources: [ARTICLE],
  },
  {
    id: 'sochi-memorandum-2018',
    start: '2018-09-17',
    title: 'Sochi memorandum: Idlib demilitarized zone',
    description:
      'Russia and Turkey agree to a demilitarized zone in Idlib, free of heavy weapons and militants. According to TRT World, the deal helped avert a Syrian government assault on the province.',
    actors: [RUSSIA, TURKEY],
    category: 'Agreement',
    dateText: 'the September deal',
    dateNote:
      'The article calls it "the September deal" without a day; it is the memorandum Russia and Turkey signed in Sochi on 17 September 2018.',
    sources: [ARTICLE, TRT_WORLD],
  },
  {
    id: 'hts-expansion-2019',
    start: '2019-01~',
    title: "Hay'at Tahrir al-Sham expands its control in Idlib",
    description:
      "Hardline fighters of Hay'at Tahrir al-Sham, formerly affiliated with al-Qaeda, continue to expand their reach in the northwestern province along Turkey's border.",
    actors: [HTS],
    category: 'Territorial control',
    dateText: 'continue to expand their reach',
    dateNote:
      'The article (February 2019) describes the expansion as ongoing and gives no date; it is placed approximately in January 2019, when HTS took over much of Idlib from rival rebel groups.',
    sources: [ARTICLE, AL_JAZEERA],
  },
  {
    id: 'lavrov-demilitarized-zone-2019',
    start: '2019-02~',
    title: 'Lavrov: terrorist groups hold about 70 percent of the demilitarized zone',
    description:
      'Russian Foreign Minister Sergey Lavrov says terrorist groups operate in about 70 percent of the Idlib demilitarized zone, which he says goes against the September deal.',
    actors: [RUSSIA],
    category: 'Statement',
    dateText: 'went against the September deal',
    dateNote:
      'The article gives no date for the remark; it reports it as the reason for the measures announced in February 2019, so it is placed approximately in February 2019.',
    sources: [ARTICLE],
  },
  {
    id: 'shoigu-akar-ankara-2019',
    start: '2019-02-11',
    title: 'Shoigu and Akar agree on "decisive measures" in Idlib',
    description:
      'Meeting in Ankara, the Russian and Turkish defence ministers agree on the need for "decisive measures" in Idlib and on continued military and intelligence cooperation. Turkey pledges to disarm and remove the militant group seizing control of the province.',
    actors: [RUSSIA, TURKEY],
    category: 'Meeting',
    dateText: 'on Monday',
    dateNote:
      "The article says 'on Monday'; reports place the meeting in the week of the Sochi summit: inferred as Monday 11 February 2019.",
    sources: [ARTICLE, RIA_NOVOSTI, AL_JAZEERA],
  },
  {
    id: 'sochi-summit-2019',
    start: '2019-02-14',
    title: 'Tripartite summit on Syria in Sochi',
    description: 'The leaders of Turkey, Russia and Iran meet in the Russian city of Sochi for a summit on Syria.',
    actors: [TURKEY, RUSSIA, IRAN],
    category: 'Meeting',
    dateText: 'precedes a tripartite summit',
    dateNote:
      'The article says only that the Ankara meeting precedes the summit; the Sochi summit of Presidents Erdoğan, Putin and Rouhani was held on 14 February 2019.',
    sources: [ARTICLE],
  },
];

export const idlib2019: { title: string; credit: string; url?: string; events: TimelineEventInput[] } = {
  title: 'Russia, Turkey Agree To ‘Take Decisive Measures’ In Syria’s Idlib',
  credit: 'Marina Peñéñory, The Organization for World Peace (February 2019)',
  events,
};
