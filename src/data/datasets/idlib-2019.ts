/**
 * The events of "Russia, Turkey Agree To 'Take Decisive Measures' In Syria's
 * Idlib" (Marina Peñéñory, The Organization for World Peace, February 2019),
 * with dates as honest as the record allows. `dateText` is the article's own
 * wording of a date, and only where the article has words that fit that
 * event; `dateNote` says what the article says, what the record shows, and
 * where the two differ.
 *
 * Descriptions are short summaries in our own words. Sources are what the
 * article names, plus the reports that date what the article leaves undated
 * or dates wrongly. A source has a URL only where the page itself was read:
 * a made-up link is worse than none.
 */
import type { EventSourceInput, TimelineEventInput } from '../../model/timeline-event.js';

const ARTICLE: EventSourceInput = { name: 'The Organization for World Peace (article)' };
const RIA_NOVOSTI: EventSourceInput = { name: 'RIA Novosti' };
const AL_JAZEERA: EventSourceInput = { name: 'Al Jazeera' };
const TRT_WORLD: EventSourceInput = { name: 'TRT World' };
const TRT_WORLD_ASTANA: EventSourceInput = {
  name: 'TRT World (15 September 2017)',
  url: 'https://www.trtworld.com/article/13095373',
};
const NEW_ARAB_HTS: EventSourceInput = {
  name: 'The New Arab (10 January 2019)',
  url: 'https://newarab.com/english/news/2019/1/10/ceasefire-deal-sees-hts-take-over-syrias-idlib',
};
const MFA_LAVROV_MAAS: EventSourceInput = {
  name: 'Russian Foreign Ministry: transcript of the Lavrov–Maas news conference (18 January 2019)',
  url: 'https://www.mid.ru/en/posledniye_dobavlnenniye/-/asset_publisher/MCZ7HQuMdqBY/content/id/3478159',
};
const HURRIYET_LAVROV: EventSourceInput = {
  name: 'Hürriyet Daily News',
  url: 'http://www.hurriyetdailynews.com/amp/al-nusra-occupies-70-percent-of-idlib-russian-fm-140613',
};
const REUTERS_ANKARA: EventSourceInput = {
  name: 'Reuters, in Yeni Şafak (11 February 2019)',
  url: 'https://www.yenisafak.com/en/news/russia-turkey-agree-on-need-for-decisive-measures-in-syrias-idlib-3474318',
};
const SAUDI_GAZETTE_ANKARA: EventSourceInput = {
  name: 'Saudi Gazette (12 February 2019)',
  url: 'http://saudigazette.com.sa/article/559002/World/Mena/Russia-Turkey-agree-on-decisive-action-in-Idlib',
};
const RUDAW_ANKARA: EventSourceInput = {
  name: 'Rudaw (11 February 2019)',
  url: 'http://rudaw.net/english/middleeast/syria/110220191',
};

const RUSSIA = 'Russia';
const TURKEY = 'Turkey';
const IRAN = 'Iran';
const SYRIAN_GOVERNMENT = 'Syrian government';
const SYRIAN_OPPOSITION = 'Syrian opposition';
const HTS = "Hay'at Tahrir al-Sham";

const events: TimelineEventInput[] = [
  {
    id: 'syria-uprising-2011',
    // Accounts date the uprising's first day two ways; the record shows both, as one of two days.
    dates: [
      {
        date: '2011-03-15',
        source: 'Syrian opposition, annual commemoration',
        note: 'protests in Damascus and Aleppo, the day the opposition marks as the start of the revolution',
      },
      {
        date: '2011-03-18',
        source: 'Human Rights Watch, "We\'ve Never Seen Such Horror", June 2011',
        note: 'security forces fire on protesters in Daraa, killing several: the first deaths, from which others date the uprising',
      },
    ],
    title: 'Protests and their repression begin the Syrian civil war',
    description:
      "Bashar al-Assad's government meets anti-government protests with force, and the unrest turns into a civil war that, by the article's count, has since killed hundreds of thousands and driven millions from their homes.",
    actors: [SYRIAN_GOVERNMENT, SYRIAN_OPPOSITION],
    category: 'Protests and repression',
    dateText: 'March 2011',
    dateNote:
      'The article says the war began in March 2011, without a day. Accounts differ on the day: the opposition marks 15 March, when protesters marched in Damascus and Aleppo; others date the uprising from 18 March, when security forces killed protesters in Daraa. The record shows one of the two days; both agree with the article\'s month.',
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
    dateNote:
      'The article speaks of the three countries\' work to set up "de-escalation" zones across Syria but never names this memorandum or dates it: its "last fall", in an article of February 2019, is autumn 2018 and points to the September deal, so it is not quoted here. The record shows 4 May 2017, the day Russia, Turkey and Iran signed the memorandum in Astana.',
    sources: [ARTICLE],
  },
  {
    id: 'idlib-de-escalation-zone-2017',
    start: '2017-09-14/2017-09-15',
    title: 'Idlib de-escalation zone agreed',
    description:
      'At talks in Astana, Russia, Turkey and Iran agree on the borders of a de-escalation zone in Idlib province, watched by observers from all three; the article credits this cooperation with a spell of calm.',
    actors: [RUSSIA, TURKEY, IRAN],
    category: 'Agreement',
    dateNote:
      'The article gives this agreement no date of its own: it places the "de-escalation" zones "last fall", which in an article of February 2019 is autumn 2018, the September deal, not this. The record shows 14–15 September 2017, the Astana talks that agreed the Idlib zone, as TRT World reported on 15 September 2017: a year before the season the article names.',
    sources: [ARTICLE, TRT_WORLD_ASTANA],
  },
  {
    id: 'sochi-memorandum-2018',
    start: '2018-09-17',
    title: 'Sochi memorandum: Idlib demilitarized zone',
    description:
      'Russia and Turkey agree on a zone in Idlib to be cleared of heavy weapons and fighters. TRT World credits the deal with heading off a Syrian government offensive on the province.',
    actors: [RUSSIA, TURKEY],
    category: 'Agreement',
    dateText: 'the September deal … last fall',
    dateNote:
      'The article calls it "the September deal" and says it came "last fall": in an article of February 2019, autumn 2018. It gives no day; the record shows 17 September 2018, when Russia and Turkey signed the memorandum in Sochi. They differ on what the deal was: the article has Russia, Turkey and Iran setting up de-escalation zones, while this was a Russian–Turkish demilitarized zone inside the Idlib zone agreed in 2017.',
    sources: [ARTICLE, TRT_WORLD],
  },
  {
    id: 'hts-expansion-2019',
    start: '2019-01~',
    // The article of February 2019 describes the expansion as still going on.
    reported: '2019-02',
    title: "Hay'at Tahrir al-Sham expands its control in Idlib",
    description:
      "Hay'at Tahrir al-Sham, a militant alliance once tied to al-Qaeda, keeps widening the ground it holds in Idlib, the province on Turkey's border.",
    actors: [HTS],
    category: 'Territorial control',
    dateText: 'continue to expand their reach',
    dateNote:
      'The article, citing Al Jazeera, describes an expansion still going on in February 2019, with no date. The record shows January 2019, approximate: after days of fighting rival rebels, HTS sealed its hold on most of Idlib in a ceasefire deal on 10 January 2019 (The New Arab). It is not pinned to that day: the article describes a continuing advance, and the sources at hand do not date the fighting\'s start.',
    sources: [ARTICLE, AL_JAZEERA, NEW_ARAB_HTS],
  },
  {
    id: 'lavrov-demilitarized-zone-2019',
    start: '2019-01-18',
    // Said on 18 January 2019; the article reports it in February 2019.
    reported: '2019-02',
    title: 'Lavrov: terrorist groups hold about 70 percent of the demilitarized zone',
    description:
      'At a press conference in Moscow with German Foreign Minister Heiko Maas, Russian Foreign Minister Sergey Lavrov says terrorist groups hold about 70 percent of the Idlib demilitarized zone, contrary to the September deal.',
    actors: [RUSSIA],
    category: 'Statement',
    dateNote:
      'The article reports the remark without a date, in February 2019, as the reason for the measures agreed in Ankara; this record used to show February 2019, approximate (2019-02~). Lavrov said it on 18 January 2019, at his Moscow press conference with Heiko Maas (Russian Foreign Ministry transcript of that day; Hürriyet Daily News: "said on Jan. 18"). The record shows 18 January 2019, 24 days before the Ankara meeting.',
    sources: [ARTICLE, MFA_LAVROV_MAAS, HURRIYET_LAVROV],
  },
  {
    id: 'shoigu-akar-ankara-2019',
    start: '2019-02-11',
    // Reuters reported the meeting the same day (in Yeni Şafak).
    reported: '2019-02-11',
    title: 'Shoigu and Akar agree on "decisive measures" in Idlib',
    description:
      'Meeting in Ankara, the Russian and Turkish defence ministers agree on the need for "decisive measures" in Idlib and on continued military and intelligence cooperation. Turkey promises to disarm the militants who are taking over the province and push them out.',
    actors: [RUSSIA, TURKEY],
    category: 'Meeting',
    dateText: 'on Monday',
    dateNote:
      'The article says the ministers met in Ankara "on Monday" and gives no date. Reuters reported the meeting on Monday 11 February 2019 (in Yeni Şafak that day), and the Saudi Gazette of 12 February 2019 wrote that it was held on Monday, ahead of the leaders\' summit on Thursday. The record shows 11 February 2019, as reported, not inferred; it agrees with the article.',
    sources: [ARTICLE, RIA_NOVOSTI, AL_JAZEERA, REUTERS_ANKARA, SAUDI_GAZETTE_ANKARA],
  },
  {
    id: 'sochi-summit-2019',
    start: '2019-02-14',
    // The article, of February 2019, announces the summit before it was held.
    reported: '2019-02',
    title: 'Tripartite summit on Syria in Sochi',
    description: "Presidents Erdoğan, Putin and Rouhani hold a three-way summit on Syria in Sochi, on Russia's Black Sea coast.",
    actors: [TURKEY, RUSSIA, IRAN],
    category: 'Meeting',
    dateText: 'precedes a tripartite summit',
    dateNote:
      'The article says only that the Ankara meeting precedes the summit. Rudaw (11 February 2019) gave its date as 14 February and the Saudi Gazette (12 February 2019) as Thursday, the same day; the record shows 14 February 2019, when Presidents Erdoğan, Putin and Rouhani met in Sochi. It agrees with the article.',
    sources: [ARTICLE, RUDAW_ANKARA, SAUDI_GAZETTE_ANKARA],
  },
];

export const idlib2019: { title: string; credit: string; url?: string; events: TimelineEventInput[] } = {
  title: 'Russia, Turkey Agree To ‘Take Decisive Measures’ In Syria’s Idlib',
  credit: 'Marina Peñéñory, The Organization for World Peace (February 2019)',
  events,
};
