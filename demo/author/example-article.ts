/**
 * A short article to try the page with, written for this page in the manner of wire reports on Idlib in
 * February 2019 (not a real article): relative days, a month with no year, a season, a year.
 */
export const EXAMPLE_ARTICLE = {
  published: '2019-02-13',
  text: `Russia and Turkey agree to coordinate next steps in Idlib

The defence ministers of Russia and Turkey agreed on Monday to coordinate their next steps in Syria's Idlib province, the Russian defence ministry said after talks in Ankara.

The meeting comes ahead of a summit of the Russian, Turkish and Iranian presidents in Sochi. Moscow says armed groups now hold most of the demilitarized zone set up under the September deal, which averted a government offensive on the province.

The three countries agreed to set up de-escalation zones across Syria last fall, Idlib among them. Aid groups say shelling in the south of the province has grown worse since early January.

The war began in March 2011, when security forces cracked down on protests against President Bashar al-Assad.`,
} as const;
