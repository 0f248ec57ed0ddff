// Invented ACLED-shaped rows for the research demo (demo/research.html) and its test: the 31 columns of an
// ACLED export, with the skew of real conflict data (a few very busy actors, a long tail of small ones,
// campaigns that crowd one region for months). Seeded, so every browser and every run gets the same rows.
// No ACLED data is copied: the busy actors carry ACLED-style names, everything else (the tail of actors,
// the sources, the notes, each event) is made up here. Plain ES module, no imports beyond the seeded
// generator the benchmark uses, so the page loads it as is.
import { seededRandom } from '../bench/generate-events.js';

/** ACLED's columns, in its order. */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
];

export const RESEARCH_ROWS = 50_000;
export const RESEARCH_SEED = 20170101;

/** What R's write.csv puts in an empty cell, as many shared ACLED extracts have it. */
export const NA = 'NA';

const FIRST_DAY = Date.UTC(2017, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);
const DAY_MS = 86_400_000;

// ACLED's interaction codes: 1 state forces, 2 rebels, 3 political militias, 4 identity militias,
// 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
const STATE = 1;
const REBEL = 2;
const POLITICAL_MILITIA = 3;
const IDENTITY_MILITIA = 4;
const RIOTERS = 5;
const PROTESTERS = 6;
const CIVILIANS = 7;
const EXTERNAL = 8;

/**
 * Places: admin1 → [admin2, admin3, location, latitude, longitude]. Coordinates are near the places
 * named; the demo does not map them.
 */
const SYRIA_PLACES = {
  Idlib: [
    ['Idleb', 'Idleb', 'Idlib', 35.93, 36.63], ['Ariha', 'Ariha', 'Ariha', 35.81, 36.61],
    ['Maarrat An-Nu\'man', 'Maarrat An-Nu\'man', 'Maarat al-Numan', 35.65, 36.67], ['Idleb', 'Saraqab', 'Saraqib', 35.86, 36.8],
    ['Maarrat An-Nu\'man', 'Khan Shaykun', 'Khan Shaykhun', 35.44, 36.65], ['Jisr-Ash-Shugur', 'Jisr-Ash-Shugur', 'Jisr al-Shughur', 35.81, 36.32],
    ['Maarrat An-Nu\'man', 'Kafr Nobol', 'Kafr Nabl', 35.61, 36.56], ['Harim', 'Dana', 'Sarmada', 36.18, 36.72],
    ['Idleb', 'Binnish', 'Binnish', 35.95, 36.71], ['Harim', 'Salqin', 'Salqin', 36.14, 36.45],
    ['Harim', 'Harim', 'Harem', 36.21, 36.52], ['Idleb', 'Taftanaz', 'Taftanaz', 35.99, 36.78],
    ['Ariha', 'Mhambal', 'Jabal al-Zawiya', 35.7, 36.5], ['Harim', 'Dana', 'Atmeh camps', 36.21, 36.69],
  ],
  Aleppo: [
    ['Jebel Saman', 'Jebel Saman', 'Aleppo', 36.2, 37.16], ['Afrin', 'Afrin', 'Afrin', 36.51, 36.87],
    ['Menbij', 'Menbij', 'Manbij', 36.53, 37.95], ['Al Bab', 'Al Bab', 'Al Bab', 36.37, 37.52],
    ['Jebel Saman', 'Atareb', 'Atarib', 36.14, 36.83], ['Azaz', 'Azaz', 'Azaz', 36.59, 37.05],
    ['Jebel Saman', 'Daret Azza', 'Daret Azza', 36.28, 36.85], ['Ain Al Arab', 'Ain Al Arab', 'Kobani', 36.89, 38.35],
    ['Jarablus', 'Jarablus', 'Jarablus', 36.82, 38.01], ['Afrin', 'Jandairis', 'Jandaris', 36.39, 36.68],
  ],
  Hama: [
    ['Hama', 'Hama', 'Hama', 35.13, 36.75], ['As-Suqaylabiyah', 'Madiq Castle', 'Kafr Nabudah', 35.44, 36.5],
    ['Muhradah', 'Kafr Zeita', 'Kafr Zita', 35.37, 36.6], ['As-Suqaylabiyah', 'As-Suqaylabiyah', 'Suqaylabiyah', 35.37, 36.38],
    ['Hama', 'Hama', 'Morek', 35.37, 36.68], ['Salamiyeh', 'Salamiyeh', 'Salamiyeh', 35.01, 37.05],
  ],
  'Ar-Raqqa': [
    ['Ar-Raqqa', 'Ar-Raqqa', 'Raqqa', 35.95, 39.01], ['Tell Abiad', 'Tell Abiad', 'Tell Abyad', 36.7, 38.95],
    ['Ath-Thawrah', 'Al-Thawrah', 'Tabqa', 35.84, 38.55], ['Ar-Raqqa', 'Maadan', 'Maadan', 35.75, 39.66],
    ['Tell Abiad', 'Ein Issa', 'Ain Issa', 36.39, 38.86],
  ],
  'Deir-ez-Zor': [
    ['Deir-ez-Zor', 'Deir-ez-Zor', 'Deir ez-Zor', 35.33, 40.14], ['Al Mayadin', 'Al Mayadin', 'Al Mayadin', 35.02, 40.45],
    ['Abu Kamal', 'Abu Kamal', 'Al Bukamal', 34.45, 40.92], ['Abu Kamal', 'Hajin', 'Hajin', 34.69, 40.83],
    ['Deir-ez-Zor', 'Kisreh', 'Al Busayrah', 35.15, 40.43], ['Al Mayadin', 'Thiban', 'Dhiban', 35.01, 40.51],
    ['Deir-ez-Zor', 'Kisreh', 'Shuhayl', 35.14, 40.52],
  ],
  Damascus: [
    ['Damascus', 'Damascus', 'Damascus', 33.51, 36.29], ['Damascus', 'Damascus', 'Jobar', 33.53, 36.33],
    ['Damascus', 'Damascus', 'Yarmouk camp', 33.47, 36.3], ['Damascus', 'Damascus', 'Mezzeh', 33.5, 36.25],
  ],
  'Rural Damascus': [
    ['Duma', 'Duma', 'Douma', 33.57, 36.4], ['Markaz Rif Dimashq', 'Kafr Batna', 'Kafr Batna', 33.51, 36.38],
    ['Markaz Rif Dimashq', 'Harasta', 'Harasta', 33.56, 36.36], ['Darayya', 'Darayya', 'Darayya', 33.46, 36.23],
    ['Az-Zabdani', 'Az-Zabdani', 'Zabadani', 33.72, 36.1],
  ],
  "Dar'a": [
    ["Dar'a", "Dar'a", 'Daraa', 32.62, 36.1], ['Izra', 'Izra', 'Izra', 32.85, 36.25], ["Dar'a", 'Tafas', 'Tafas', 32.74, 36.07],
    ['As-Sanamayn', 'As-Sanamayn', 'Al Sanamayn', 33.07, 36.18], ["Dar'a", 'Jasim', 'Jasim', 32.99, 36.06],
  ],
  'As-Sweida': [
    ['As-Sweida', 'As-Sweida', 'Suwayda', 32.71, 36.57], ['Shahba', 'Shahba', 'Shahba', 32.85, 36.63],
    ['Salkhad', 'Salkhad', 'Salkhad', 32.49, 36.71],
  ],
  Homs: [
    ['Homs', 'Homs', 'Homs', 34.73, 36.71], ['Tadmor', 'Tadmor', 'Palmyra', 34.56, 38.28],
    ['Ar-Rastan', 'Ar-Rastan', 'Rastan', 34.93, 36.73], ['Homs', 'Al-Qaryatayn', 'Al Qaryatayn', 34.23, 37.24],
    ['Al Makhrim', 'Jeb Jamus', 'Al Sukhnah', 34.88, 38.87],
  ],
  Lattakia: [
    ['Lattakia', 'Lattakia', 'Latakia', 35.52, 35.79], ['Al-Haffa', 'Kinsabba', 'Kabani', 35.78, 36.24],
    ['Lattakia', 'Rabee\'a', 'Jabal al-Akrad', 35.78, 36.13],
  ],
  'Al-Hasakeh': [
    ['Al-Hasakeh', 'Al-Hasakeh', 'Hasakah', 36.5, 40.75], ['Quamishli', 'Quamishli', 'Qamishli', 37.05, 41.22],
    ['Ras Al Ain', 'Ras Al Ain', 'Ras al-Ain', 36.85, 40.07], ['Al-Hasakeh', 'Al-Hasakeh', 'Al Hol camp', 36.37, 41.15],
  ],
  Quneitra: [['Quneitra', 'Quneitra', 'Quneitra', 33.12, 35.82], ['Quneitra', 'Khan Arnaba', 'Khan Arnabah', 33.18, 35.89]],
  Tartous: [['Tartous', 'Tartous', 'Tartus', 34.89, 35.89], ['Banyas', 'Banyas', 'Baniyas', 35.18, 35.95]],
};

/** Neighbours: fewer events, their own actors and provinces. */
const NEIGHBOURS = {
  Turkey: {
    iso: '792',
    code: 'TUR',
    weight: 0.06,
    places: {
      Hatay: [['Reyhanli', '', 'Reyhanli', 36.27, 36.57], ['Antakya', '', 'Antakya', 36.2, 36.16]],
      Sanliurfa: [['Akcakale', '', 'Akcakale', 36.71, 38.95], ['Ceylanpinar', '', 'Ceylanpinar', 36.85, 40.05]],
      Hakkari: [['Semdinli', '', 'Semdinli', 37.3, 44.57], ['Cukurca', '', 'Cukurca', 37.25, 43.61]],
      Istanbul: [['Kadikoy', '', 'Istanbul - Kadikoy', 40.99, 29.03], ['Beyoglu', '', 'Istanbul - Beyoglu', 41.03, 28.98]],
      Kilis: [['Kilis', '', 'Kilis', 36.72, 37.12]],
    },
  },
  Iraq: {
    iso: '368',
    code: 'IRQ',
    weight: 0.05,
    places: {
      Ninewa: [['Mosul', 'Mosul', 'Mosul', 36.34, 43.13], ['Sinjar', 'Sinjar', 'Sinjar', 36.32, 41.88], ['Telafar', 'Telafar', 'Tal Afar', 36.37, 42.45]],
      Anbar: [['Al-Kaim', 'Al-Kaim', 'Al Qaim', 34.37, 41.1], ['Ramadi', 'Ramadi', 'Ramadi', 33.42, 43.3]],
      Baghdad: [['Resafa', 'Resafa', 'Baghdad - Tahrir Square', 33.33, 44.43]],
      Kirkuk: [['Kirkuk', 'Kirkuk', 'Kirkuk', 35.47, 44.39]],
    },
  },
  Lebanon: {
    iso: '422',
    code: 'LBN',
    weight: 0.03,
    places: {
      Beirut: [['Beirut', 'Beirut', 'Beirut - Martyrs Square', 33.9, 35.51]],
      'Baalbek-Hermel': [['Hermel', 'Hermel', 'Hermel', 34.39, 36.39], ['Baalbek', 'Baalbek', 'Arsal', 34.18, 36.42]],
      South: [['Tyre', 'Tyre', 'Tyre', 33.27, 35.2]],
      North: [['Tripoli', 'Tripoli', 'Tripoli', 34.44, 35.83]],
    },
  },
  Jordan: {
    iso: '400',
    code: 'JOR',
    weight: 0.01,
    places: {
      Amman: [['Amman', 'Amman', 'Amman', 31.95, 35.93]],
      Mafraq: [['Mafraq', 'Mafraq', 'Zaatari camp', 32.29, 36.32], ['Ruwaished', 'Ruwaished', 'Ruwaished', 32.5, 38.2]],
      Irbid: [['Ramtha', 'Ramtha', 'Ramtha', 32.56, 36.01]],
    },
  },
};

/** The busiest parties, with where they are active (admin1 weights in Syria). */
const SYRIA = 'Military Forces of Syria (2000-2024)';
const HTS = 'Hayat Tahrir al-Sham';
const RUSSIA = 'Military Forces of Russia (2000-)';
const TURKEY = 'Military Forces of Turkey (2016-)';
const SDF = 'SDF: Syrian Democratic Forces';
const ISLAMIC_STATE = 'Islamic State (Syria)';
const PROTESTERS_SYRIA = 'Protesters (Syria)';
const CIVILIANS_SYRIA = 'Civilians (Syria)';
const SNA = 'Syrian National Army';
const UNIDENTIFIED = 'Unidentified Armed Group (Syria)';

export const BUSY_ACTORS = [SYRIA, HTS, RUSSIA, TURKEY, SDF, ISLAMIC_STATE, PROTESTERS_SYRIA, CIVILIANS_SYRIA];

const ACTOR_INTER = {
  [SYRIA]: STATE,
  [HTS]: REBEL,
  [RUSSIA]: EXTERNAL,
  [TURKEY]: EXTERNAL,
  [SDF]: REBEL,
  [ISLAMIC_STATE]: REBEL,
  [PROTESTERS_SYRIA]: PROTESTERS,
  [CIVILIANS_SYRIA]: CIVILIANS,
  [SNA]: REBEL,
  [UNIDENTIFIED]: POLITICAL_MILITIA,
  'Rioters (Syria)': RIOTERS,
};

/** Where each busy party fights in Syria: admin1 and weight. */
const ACTIVE_IN = {
  [SYRIA]: { Idlib: 5, Aleppo: 3, Hama: 3, 'Deir-ez-Zor': 2, "Dar'a": 2, Homs: 2, 'Rural Damascus': 2, Lattakia: 1, Quneitra: 0.5, Damascus: 0.5 },
  [HTS]: { Idlib: 8, Aleppo: 3, Hama: 2, Lattakia: 1 },
  [RUSSIA]: { Idlib: 6, Hama: 2, Homs: 2, 'Deir-ez-Zor': 1, Aleppo: 1, Lattakia: 1 },
  [TURKEY]: { Aleppo: 5, 'Ar-Raqqa': 2, 'Al-Hasakeh': 2, Idlib: 1 },
  [SDF]: { 'Deir-ez-Zor': 4, 'Ar-Raqqa': 3, 'Al-Hasakeh': 3, Aleppo: 2 },
  [ISLAMIC_STATE]: { 'Deir-ez-Zor': 5, Homs: 3, 'Ar-Raqqa': 2, 'Al-Hasakeh': 1, "Dar'a": 0.5 },
  [SNA]: { Aleppo: 6, 'Ar-Raqqa': 1, 'Al-Hasakeh': 1 },
  [UNIDENTIFIED]: { "Dar'a": 4, 'Deir-ez-Zor': 2, Aleppo: 2, Idlib: 2, 'As-Sweida': 1, 'Rural Damascus': 1 },
  [PROTESTERS_SYRIA]: { Idlib: 4, 'As-Sweida': 4, Aleppo: 3, "Dar'a": 2, 'Deir-ez-Zor': 1, 'Al-Hasakeh': 1 },
};

/** Who the busy parties fight, with weights (the second actor of a battle or a strike). */
const OPPONENTS = {
  [SYRIA]: { [HTS]: 6, [ISLAMIC_STATE]: 3, [UNIDENTIFIED]: 1, tail: 2 },
  [HTS]: { [SYRIA]: 6, tail: 2, [SNA]: 0.5 },
  [RUSSIA]: { [HTS]: 4, [ISLAMIC_STATE]: 2, tail: 1 },
  [TURKEY]: { [SDF]: 6, [SYRIA]: 1, tail: 1 },
  [SDF]: { [ISLAMIC_STATE]: 5, [TURKEY]: 2, [SNA]: 2, tail: 1 },
  [ISLAMIC_STATE]: { [SDF]: 4, [SYRIA]: 4, tail: 1 },
  [SNA]: { [SDF]: 5, [SYRIA]: 1, tail: 1 },
  [UNIDENTIFIED]: { [SYRIA]: 2, tail: 2 },
};

/** Share of all Syrian events each armed party starts (actor1), before the long tail. */
const ACTOR1_WEIGHTS = { [SYRIA]: 30, [HTS]: 11, [RUSSIA]: 9, [TURKEY]: 7, [SDF]: 8, [ISLAMIC_STATE]: 6, [SNA]: 4, [UNIDENTIFIED]: 9 };

/**
 * Campaigns: stretches when one region and its parties fill the news. Dates are rough, the kind of
 * thing an analyst would see as a burst in a real export; the rows inside them are invented.
 */
const CAMPAIGNS = [
  { from: '2017-05-01', to: '2017-10-20', admin1: 'Ar-Raqqa', actors: [SDF, ISLAMIC_STATE], weight: 3 },
  { from: '2017-09-01', to: '2018-01-31', admin1: 'Deir-ez-Zor', actors: [SYRIA, RUSSIA, ISLAMIC_STATE], weight: 3 },
  { from: '2018-01-20', to: '2018-03-24', admin1: 'Aleppo', actors: [TURKEY, SNA], weight: 2 },
  { from: '2018-02-18', to: '2018-04-14', admin1: 'Rural Damascus', actors: [SYRIA, RUSSIA], weight: 2 },
  { from: '2018-06-15', to: '2018-08-01', admin1: "Dar'a", actors: [SYRIA, RUSSIA], weight: 1.5 },
  { from: '2018-09-10', to: '2019-03-23', admin1: 'Deir-ez-Zor', actors: [SDF, ISLAMIC_STATE], weight: 2 },
  { from: '2019-04-26', to: '2020-03-05', admin1: 'Idlib', actors: [SYRIA, RUSSIA, HTS], weight: 6 },
  { from: '2019-10-09', to: '2019-11-25', admin1: 'Ar-Raqqa', actors: [TURKEY, SNA], weight: 1.5 },
  { from: '2020-02-01', to: '2020-03-05', admin1: 'Idlib', actors: [TURKEY], weight: 1 },
  { from: '2023-08-20', to: '2023-09-30', admin1: 'As-Sweida', actors: [PROTESTERS_SYRIA], weight: 1 },
  { from: '2023-10-05', to: '2023-11-15', admin1: 'Idlib', actors: [SYRIA, RUSSIA], weight: 1.5 },
  { from: '2024-11-27', to: '2024-12-08', admin1: 'Aleppo', actors: [HTS, SYRIA], weight: 1 },
  { from: '2024-11-29', to: '2024-12-08', admin1: 'Hama', actors: [HTS, SYRIA], weight: 0.7 },
];
const CAMPAIGN_SHARE = 0.3;

/** ACLED's event types and sub-event types, with rough shares for this part of the world. */
const EVENT_TYPES = [
  { type: 'Explosions/Remote violence', disorder: 'Political violence', weight: 44, subs: { 'Shelling/artillery/missile attack': 6, 'Air/drone strike': 4, 'Remote explosive/landmine/IED': 1.5, Grenade: 0.2, 'Suicide bomb': 0.1 } },
  { type: 'Battles', disorder: 'Political violence', weight: 24, subs: { 'Armed clash': 12, 'Government regains territory': 0.6, 'Non-state actor overtakes territory': 0.4 } },
  { type: 'Strategic developments', disorder: 'Strategic developments', weight: 11, subs: { Arrests: 3, 'Looting/property destruction': 2, 'Disrupted weapons use': 2, 'Change to group/activity': 1.5, 'Headquarters or base established': 1, 'Non-violent transfer of territory': 0.5, Agreement: 0.5, Other: 1 } },
  { type: 'Violence against civilians', disorder: 'Political violence', weight: 9, subs: { Attack: 6, 'Abduction/forced disappearance': 3, 'Sexual violence': 0.1 } },
  { type: 'Protests', disorder: 'Demonstrations', weight: 9, subs: { 'Peaceful protest': 10, 'Protest with intervention': 1, 'Excessive force against protesters': 0.3 } },
  { type: 'Riots', disorder: 'Demonstrations', weight: 3, subs: { 'Violent demonstration': 3, 'Mob violence': 1 } },
];

/** Invented outlets: the rows are invented, so no real newsroom is made to report them. */
const SOURCES = {
  Syria: ['North Syria Monitor', 'Orontes Daily', 'Northwest Local Network', 'Euphrates Post', 'Jazira Radio', 'Hauran Voice', 'Levant Wire', 'Syrian Rights Observer'],
  Turkey: ['Anatolia Wire', 'Bosphorus Daily', 'Hatay Herald'],
  Iraq: ['Tigris News', 'Nineveh Post', 'Mesopotamia Monitor'],
  Lebanon: ['Cedar Times', 'Beqaa Bulletin'],
  Jordan: ['Amman Courier', 'Northern Badia News'],
};
const SOURCE_SCALES = ['National', 'Subnational', 'Other-National', 'New media', 'Local partner-Other', 'National-International', 'New media-Subnational'];

/** Pieces of the long tail of small parties: local brigades, clans, police, named factions. */
const TAIL_BRIGADE_NAMES = [
  'al-Fatah', 'Ahrar', 'Suqour', 'al-Tawhid', 'al-Mujahideen', 'Shuhada', 'al-Ansar', 'al-Haqq', 'al-Nasr', 'Jund',
  'al-Furqan', 'al-Ababil', 'al-Izza', 'al-Qadisiya', 'Ahfad', 'al-Sham', 'al-Badiya', 'al-Hamza', 'al-Mutasim',
  'al-Sultan', 'al-Rahman', 'al-Bayan', 'al-Omari', 'al-Quds', 'al-Jabal', 'al-Sahel', 'al-Ghab', 'al-Zawiya',
];
const TAIL_KINDS = ['Liwa', 'Katibat', 'Jaish', 'Harakat', 'Firqat', 'Tajammu'];
const CLANS = [
  'Shaitat', 'Baggara', 'Uqaydat', 'Shammar', 'Jabour', 'Naim', 'Bu Kamel', 'Hadidiyin', 'Mawali', 'Bani Khalid',
  'Zoubi', 'Miqdad', 'Masalmeh', 'Hariri', 'Abazid', 'Qaddah', 'Bu Saraya', 'Tayy', 'Fadl', 'Sabkha',
];
const TAIL_COUNT = 420;

/** The tail, same for every seed: named once, weighted like a Zipf curve (a few tens of rows to a handful each). */
function tailActors() {
  const names = new Set();
  const random = seededRandom(1_000_003);
  while (names.size < TAIL_COUNT) {
    const r = random();
    const word = () => TAIL_BRIGADE_NAMES[Math.floor(random() * TAIL_BRIGADE_NAMES.length)];
    if (r < 0.55) names.add(`${TAIL_KINDS[Math.floor(random() * TAIL_KINDS.length)]} ${word()} ${word().replace(/^al-/, '')}`);
    else if (r < 0.8) names.add(`${CLANS[Math.floor(random() * CLANS.length)]} Clan Militia (Syria)`);
    else if (r < 0.9) names.add(`${word()} Brigade (SNA)`);
    else names.add(`${CLANS[Math.floor(random() * CLANS.length)]} Tribal Militia (Syria)`);
  }
  const list = [...names];
  return { names: list, weights: list.map((_, i) => 1 / (i + 3)) };
}
const TAIL = tailActors();
const TAIL_INTER = (name) => (/Clan|Tribal/.test(name) ? IDENTITY_MILITIA : name.endsWith('(SNA)') ? REBEL : POLITICAL_MILITIA);

/** Associated actors, now and then. */
const ASSOCIATES = {
  [SYRIA]: ['Military Forces of Syria (2000-2024) Air Force', 'NDF: National Defence Forces', 'Liwa al-Quds'],
  [HTS]: ['Jabhat al-Fatah al-Mubin', 'Ansar al-Tawhid'],
  [RUSSIA]: ['Military Forces of Russia (2000-) Air Force'],
  [TURKEY]: [SNA],
  [SDF]: ['YPG: Peoples Protection Units', 'Deir ez-Zor Military Council'],
  [CIVILIANS_SYRIA]: ['Farmers (Syria)', 'Health Workers (Syria)', 'Refugees/IDPs (Syria)', 'Journalists (Syria)', 'Children (Syria)'],
  [PROTESTERS_SYRIA]: ['Women (Syria)', 'Students (Syria)', 'Refugees/IDPs (Syria)'],
};

/** Neighbours' parties: actor1 candidates and their opponents. */
const NEIGHBOUR_ACTORS = {
  Turkey: { armed: [[TURKEY, STATE], ['PKK: Kurdistan Workers Party', REBEL]], protesters: 'Protesters (Turkey)', rioters: 'Rioters (Turkey)', police: 'Police Forces of Turkey (2016-)' },
  Iraq: { armed: [['Military Forces of Iraq (2014-)', STATE], ['Islamic State (Iraq)', REBEL], ['PMF: Popular Mobilization Forces', POLITICAL_MILITIA]], protesters: 'Protesters (Iraq)', rioters: 'Rioters (Iraq)', police: 'Police Forces of Iraq (2014-)' },
  Lebanon: { armed: [['Hezbollah', POLITICAL_MILITIA], ['Military Forces of Israel (2022-)', EXTERNAL]], protesters: 'Protesters (Lebanon)', rioters: 'Rioters (Lebanon)', police: 'Police Forces of Lebanon (2016-)' },
  Jordan: { armed: [['Military Forces of Jordan (1999-)', STATE], ['Smugglers (Jordan)', POLITICAL_MILITIA]], protesters: 'Protesters (Jordan)', rioters: 'Rioters (Jordan)', police: 'Police Forces of Jordan (1999-)' },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What happened, in ACLED's note style: "On 12 May 2020, …". */
const NOTE_TEMPLATES = {
  'Shelling/artillery/missile attack': (a) => `${a.actor1} shelled ${a.around} ${a.location} (${a.admin1})${a.targetText}.`,
  'Air/drone strike': (a) => `${a.actor1} aircraft struck ${a.around} ${a.location} (${a.admin1})${a.targetText}.`,
  'Remote explosive/landmine/IED': (a) => `an IED exploded ${a.near} ${a.location} (${a.admin1})${a.targetText}.`,
  Grenade: (a) => `a grenade was thrown at a checkpoint in ${a.location} (${a.admin1}).`,
  'Suicide bomb': (a) => `a suicide bomber attacked a position ${a.near} ${a.location} (${a.admin1}).`,
  'Armed clash': (a) => `${a.actor1} and ${a.actor2Text} clashed ${a.near} ${a.location} (${a.admin1}).`,
  'Government regains territory': (a) => `${a.actor1} regained control of ${a.location} (${a.admin1}) from ${a.actor2Text}.`,
  'Non-state actor overtakes territory': (a) => `${a.actor1} took control of ${a.location} (${a.admin1}) after fighting ${a.actor2Text}.`,
  Arrests: (a) => `${a.actor1} arrested ${a.few} people in ${a.location} (${a.admin1}).`,
  'Looting/property destruction': (a) => `${a.actor1} looted and burned houses in ${a.location} (${a.admin1}).`,
  'Disrupted weapons use': (a) => `${a.actor1} defused an explosive device ${a.near} ${a.location} (${a.admin1}).`,
  'Change to group/activity': (a) => `${a.actor1} redeployed fighters to ${a.location} (${a.admin1}).`,
  'Headquarters or base established': (a) => `${a.actor1} set up a new position ${a.near} ${a.location} (${a.admin1}).`,
  'Non-violent transfer of territory': (a) => `${a.actor1} handed positions ${a.near} ${a.location} (${a.admin1}) over to ${a.actor2Text}.`,
  Agreement: (a) => `local notables in ${a.location} (${a.admin1}) agreed a truce with ${a.actor1}.`,
  Other: (a) => `${a.actor1} held a military parade in ${a.location} (${a.admin1}).`,
  Attack: (a) => `${a.actor1} killed ${a.victim} in ${a.location} (${a.admin1}).`,
  'Abduction/forced disappearance': (a) => `${a.actor1} abducted ${a.victim} ${a.near} ${a.location} (${a.admin1}).`,
  'Sexual violence': (a) => `${a.actor1} assaulted a woman ${a.near} ${a.location} (${a.admin1}).`,
  'Peaceful protest': (a) => `people demonstrated in ${a.location} (${a.admin1}) ${a.cause}.`,
  'Protest with intervention': (a) => `people demonstrated in ${a.location} (${a.admin1}) ${a.cause}; security forces dispersed them.`,
  'Excessive force against protesters': (a) => `security forces fired on people demonstrating in ${a.location} (${a.admin1}) ${a.cause}.`,
  'Violent demonstration': (a) => `rioters blocked roads and burned tyres in ${a.location} (${a.admin1}) ${a.cause}.`,
  'Mob violence': (a) => `a mob attacked a shop in ${a.location} (${a.admin1}) after a dispute.`,
};
const AROUND = ['the outskirts of', 'the countryside of', 'positions near', 'the town of', 'farmland around', 'the centre of'];
const NEAR = ['near', 'outside', 'in', 'north of', 'south of', 'east of', 'west of'];
const FEW = ['two', 'three', 'four', 'several', 'dozens of'];
const VICTIMS = ['a man', 'a shepherd', 'a farmer', 'two brothers', 'a local official', 'a former fighter', 'a truck driver', 'a teacher'];
const CAUSES = [
  'against the shelling of their towns', 'against the regime', 'against rising prices', 'against HTS rule',
  'in solidarity with the people of Idlib', 'against the Turkish operation', 'demanding the release of detainees',
  'against power cuts', 'against the arrest of activists', 'on the anniversary of the revolution',
];
/** Now and then a note about elsewhere names Idlib: searching finds more than the region column. */
const IDLIB_ASIDES = [' Displaced families from Idlib were among the casualties.', ' The group had arrived from Idlib a week earlier.', ' Reinforcements were sent on from Idlib.'];

// --- helpers -------------------------------------------------------------------------------------

function pickFrom(random, list) {
  return list[Math.floor(random() * list.length)];
}

/** A key of `weights` (an object of key → weight), in proportion to its weight. */
function pickKey(random, weights) {
  const entries = Object.entries(weights);
  let total = 0;
  for (const [, w] of entries) total += w;
  let r = random() * total;
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  return entries[entries.length - 1][0];
}

function pickTail(random) {
  let total = 0;
  for (const w of TAIL.weights) total += w;
  let r = random() * total;
  for (let i = 0; i < TAIL.names.length; i++) {
    r -= TAIL.weights[i];
    if (r < 0) return TAIL.names[i];
  }
  return TAIL.names[TAIL.names.length - 1];
}

function interOf(actor) {
  if (!actor) return 0;
  return ACTOR_INTER[actor] ?? TAIL_INTER(actor);
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayOf(text) {
  return Date.parse(`${text}T00:00:00Z`);
}

function noteDate(ms, precision) {
  const d = new Date(ms);
  const month = `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (precision === 3) return `In ${month}`;
  if (precision === 2) return `Around ${d.getUTCDate()} ${month}`;
  return `On ${d.getUTCDate()} ${month}`;
}

/** Fatalities by kind: most strikes kill no one, a few kill many; battles kill some. */
function fatalitiesFor(random, type, sub) {
  const r = random();
  if (type === 'Protests') return sub === 'Excessive force against protesters' && r < 0.5 ? 1 + Math.floor(random() * 3) : 0;
  if (type === 'Strategic developments' || type === 'Riots') return r < 0.03 ? 1 : 0;
  if (type === 'Violence against civilians') return sub === 'Attack' ? 1 + (r < 0.2 ? Math.floor(random() * 4) : 0) : 0;
  if (type === 'Battles') return r < 0.35 ? 0 : Math.floor(-Math.log(1 - random()) * 4);
  return r < 0.7 ? 0 : r < 0.97 ? 1 + Math.floor(random() * 5) : 6 + Math.floor(random() * 40);
}

// --- one row -------------------------------------------------------------------------------------

function syriaParties(random, type, sub, campaign) {
  if (type === 'Protests') {
    const police = sub === 'Peaceful protest' ? '' : random() < 0.6 ? SYRIA : HTS;
    return { actor1: PROTESTERS_SYRIA, actor2: police };
  }
  if (type === 'Riots') return { actor1: 'Rioters (Syria)', actor2: random() < 0.3 ? CIVILIANS_SYRIA : '' };
  let actor1;
  if (campaign && random() < 0.85) actor1 = pickFrom(random, campaign.actors.filter((a) => a !== PROTESTERS_SYRIA)) ?? SYRIA;
  else actor1 = random() < 0.12 ? pickTail(random) : pickKey(random, ACTOR1_WEIGHTS);
  if (type === 'Violence against civilians') return { actor1, actor2: CIVILIANS_SYRIA };
  const opponents = OPPONENTS[actor1];
  const opponent = () => {
    if (!opponents) return random() < 0.5 ? pickKey(random, { [SYRIA]: 2, [HTS]: 1, [SDF]: 1 }) : pickTail(random);
    const key = pickKey(random, opponents);
    return key === 'tail' ? pickTail(random) : key;
  };
  if (type === 'Battles') return { actor1, actor2: opponent() };
  if (type === 'Explosions/Remote violence') {
    const r = random();
    return { actor1, actor2: r < 0.45 ? '' : r < 0.65 ? CIVILIANS_SYRIA : opponent() };
  }
  // Strategic developments: mostly one party.
  return { actor1, actor2: sub === 'Arrests' || sub === 'Looting/property destruction' ? CIVILIANS_SYRIA : random() < 0.8 ? '' : opponent() };
}

function neighbourParties(random, country, type, sub) {
  const n = NEIGHBOUR_ACTORS[country];
  if (type === 'Protests') return { actor1: n.protesters, actor2: sub === 'Peaceful protest' ? '' : n.police };
  if (type === 'Riots') return { actor1: n.rioters, actor2: random() < 0.5 ? n.police : '' };
  const [actor1] = pickFrom(random, n.armed);
  const others = n.armed.filter(([name]) => name !== actor1);
  const actor2 = type === 'Violence against civilians' ? `Civilians (${country})` : random() < 0.5 && others.length > 0 ? pickFrom(random, others)[0] : '';
  return { actor1, actor2 };
}

function neighbourInter(actor, country) {
  const n = NEIGHBOUR_ACTORS[country];
  const armed = n.armed.find(([name]) => name === actor);
  if (armed) return armed[1];
  if (actor === n.protesters) return PROTESTERS;
  if (actor === n.rioters) return RIOTERS;
  if (actor === n.police) return STATE;
  if (actor.startsWith('Civilians')) return CIVILIANS;
  return interOf(actor);
}

function eventType(random, country) {
  // Neighbours see more protest and less war.
  const weights = {};
  for (const e of EVENT_TYPES) weights[e.type] = country === 'Syria' ? e.weight : e.type === 'Protests' ? e.weight * 4 : e.weight / 2;
  const type = pickKey(random, weights);
  const entry = EVENT_TYPES.find((e) => e.type === type);
  return { type, disorder: entry.disorder, sub: pickKey(random, entry.subs) };
}

function csvCell(value) {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * `count` ACLED-shaped rows (objects keyed by ACLED_COLUMNS, every value a string), in the order of
 * an export: newest first.
 */
export function generateAcledRows(count = RESEARCH_ROWS, seed = RESEARCH_SEED) {
  const random = seededRandom(seed);
  const days = Math.round((LAST_DAY - FIRST_DAY) / DAY_MS);
  const countryWeights = { Syria: 1 - Object.values(NEIGHBOURS).reduce((sum, n) => sum + n.weight, 0) };
  for (const [name, n] of Object.entries(NEIGHBOURS)) countryWeights[name] = n.weight;
  const campaignWeights = Object.fromEntries(CAMPAIGNS.map((c, i) => [i, c.weight]));
  const rows = new Array(count);
  for (let i = 0; i < count; i++) {
    const country = pickKey(random, countryWeights);
    const campaign = country === 'Syria' && random() < CAMPAIGN_SHARE ? CAMPAIGNS[Number(pickKey(random, campaignWeights))] : undefined;
    const day = campaign
      ? dayOf(campaign.from) + Math.floor(random() * ((dayOf(campaign.to) - dayOf(campaign.from)) / DAY_MS + 1)) * DAY_MS
      : FIRST_DAY + Math.floor(random() * (days + 1)) * DAY_MS;
    const { type, disorder, sub } = campaign && random() < 0.8
      ? { type: random() < 0.7 ? 'Explosions/Remote violence' : 'Battles', disorder: 'Political violence', sub: '' }
      : eventType(random, country);
    const subType = sub || pickKey(random, EVENT_TYPES.find((e) => e.type === type).subs);
    const parties = country === 'Syria' ? syriaParties(random, type, subType, campaign) : neighbourParties(random, country, type, subType);
    const places = country === 'Syria' ? SYRIA_PLACES : NEIGHBOURS[country].places;
    const admin1 =
      campaign?.admin1 ??
      (country === 'Syria' ? pickKey(random, ACTIVE_IN[parties.actor1] ?? { Idlib: 3, Aleppo: 3, 'Deir-ez-Zor': 2, "Dar'a": 2, Homs: 1, Hama: 1, 'Rural Damascus': 1, 'Al-Hasakeh': 1, Damascus: 0.5, Lattakia: 0.5, Tartous: 0.2, Quneitra: 0.3, 'As-Sweida': 0.5, 'Ar-Raqqa': 1 }) : pickFrom(random, Object.keys(places)));
    const [admin2, admin3, location, lat, lon] = pickFrom(random, places[admin1]);
    const r = random();
    const precision = r < 0.86 ? 1 : r < 0.96 ? 2 : 3;
    const fatalities = fatalitiesFor(random, type, subType);
    const actor2 = parties.actor2;
    const inter = (actor) => (country === 'Syria' ? interOf(actor) : neighbourInter(actor, country));
    const inter1 = inter(parties.actor1);
    const inter2 = actor2 ? inter(actor2) : 0;
    const assoc1 = random() < 0.15 ? pickFrom(random, ASSOCIATES[parties.actor1] ?? ['']) : '';
    const assoc2 = actor2 && random() < 0.2 ? pickFrom(random, ASSOCIATES[actor2] ?? ['']) : '';
    const targetText =
      actor2 === CIVILIANS_SYRIA ? ', hitting homes' : actor2 ? `, targeting ${actor2} positions` : '';
    const words = {
      actor1: parties.actor1,
      actor2Text: actor2 || 'unidentified fighters',
      around: pickFrom(random, AROUND),
      near: pickFrom(random, NEAR),
      few: pickFrom(random, FEW),
      victim: pickFrom(random, VICTIMS),
      cause: pickFrom(random, CAUSES),
      location,
      admin1,
      targetText,
    };
    const aside = country === 'Syria' && admin1 !== 'Idlib' && random() < 0.02 ? pickFrom(random, IDLIB_ASIDES) : '';
    const deaths = fatalities === 0 ? '' : ` ${fatalities} ${fatalities === 1 ? 'fatality' : 'fatalities'}.`;
    const notes = `${noteDate(day, precision)}, ${NOTE_TEMPLATES[subType](words)}${aside}${deaths}`;
    const sourceList = SOURCES[country];
    const source = random() < 0.25 ? `${pickFrom(random, sourceList)}; ${pickFrom(random, sourceList)}` : pickFrom(random, sourceList);
    const civilianTargeting = actor2.startsWith('Civilians') && type !== 'Riots' ? 'Civilian targeting' : '';
    const tags =
      type === 'Protests' || type === 'Riots'
        ? `crowd size=${pickFrom(random, ['no report', 'dozens', 'around 100', 'hundreds', 'several hundred'])}`
        : '';
    const jitter = () => (random() - 0.5) * 0.02;
    rows[i] = {
      event_id_cnty: '',
      event_date: isoDay(day),
      year: String(new Date(day).getUTCFullYear()),
      time_precision: String(precision),
      disorder_type: subType === 'Excessive force against protesters' ? 'Political violence; Demonstrations' : disorder,
      event_type: type,
      sub_event_type: subType,
      actor1: parties.actor1,
      assoc_actor_1: assoc1 || NA,
      inter1: String(inter1),
      actor2: actor2 || NA,
      assoc_actor_2: assoc2 || NA,
      inter2: String(inter2),
      interaction: String(inter2 === 0 ? inter1 * 10 : Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2)),
      civilian_targeting: civilianTargeting || NA,
      iso: country === 'Syria' ? '760' : NEIGHBOURS[country].iso,
      region: 'Middle East',
      country,
      admin1,
      admin2: admin2 || NA,
      admin3: admin3 || NA,
      location,
      latitude: (lat + jitter()).toFixed(4),
      longitude: (lon + jitter()).toFixed(4),
      geo_precision: String(precision === 1 ? (random() < 0.8 ? 1 : 2) : 2),
      source,
      source_scale: pickFrom(random, SOURCE_SCALES),
      notes,
      fatalities: String(fatalities),
      tags: tags || NA,
      timestamp: String(Math.floor((day + (2 + Math.floor(random() * 40)) * DAY_MS) / 1000)),
    };
  }
  // An export lists the newest first; ids count up per country in date order, as ACLED's do.
  rows.sort((a, b) => (a.event_date < b.event_date ? 1 : a.event_date > b.event_date ? -1 : 0));
  const next = {};
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    const code = row.country === 'Syria' ? 'SYR' : NEIGHBOURS[row.country].code;
    next[code] = (next[code] ?? 0) + 1;
    row.event_id_cnty = `${code}${next[code]}`;
  }
  return rows;
}

/** Rows as the CSV text of an export: ACLED's header, then a line per row, quoted where needed. */
export function toAcledCsv(rows) {
  const lines = [ACLED_COLUMNS.join(',')];
  for (const row of rows) lines.push(ACLED_COLUMNS.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\n')}\n`;
}

/** The research demo's CSV: `count` rows from `seed`. */
export function generateAcledCsv(count = RESEARCH_ROWS, seed = RESEARCH_SEED) {
  return toAcledCsv(generateAcledRows(count, seed));
}
