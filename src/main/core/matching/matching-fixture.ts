import type { MatchEntry } from './match-index';

/**
 * A small archive written for the tests (invented claims), and claims that repeat one of them in other
 * words: numbers written differently, other spellings of names, hashtags and links, a negation.
 */
export const ARCHIVE: MatchEntry[] = [
  { id: 'ferry', text: 'The ferry service carried 3,500,000 passengers in 2023.', title: 'Ferry passenger record' },
  { id: 'bags', text: 'The city council voted to ban plastic bags in supermarkets.', title: 'Plastic bag ban' },
  { id: 'bags-not', text: 'The city council did not vote to ban plastic bags in supermarkets.' },
  { id: 'aoc-bill', text: 'Alexandria Ocasio-Cortez introduced a bill to abolish daylight saving time.' },
  { id: 'gop-tax', text: 'Republicans in the state senate passed a tax cut for farmers.' },
  { id: 'pena-mayor', text: 'José Peña was elected mayor of Springfield with 61 percent of the vote.' },
  { id: 'unemployment', text: 'Unemployment in the region fell to 4.2% last year.', title: 'Did unemployment fall?' },
  { id: 'budget', text: 'The ministry of defence budget grew by $1.2 billion in one year.' },
  { id: 'wombats', text: 'Wombats invited other animals into their burrows to escape the bushfires in Australia.' },
  { id: 'vaccine-chip', text: 'Vaccines contain microchips that track the people who receive them.' },
  { id: 'moon-hoax', text: 'The moon landing in 1969 was filmed in a studio.', title: 'Was the Moon Landing Faked?' },
  { id: 'shark-flood', text: 'A photograph shows a shark swimming on a flooded highway after a hurricane.' },
  { id: 'minecraft', text: 'The video game Minecraft is shutting down in 2020.', title: 'Is Minecraft Shutting Down?' },
  { id: 'bridge', text: 'The new river bridge cost twelve million euros to build.' },
  { id: 'school-meals', text: 'Free school meals were cut for 40,000 children in the county.' },
  { id: 'library', text: 'The public library will close on Sundays from next month.' },
  { id: 'heatwave', text: 'The summer heatwave killed more than 500 people across the country.' },
  {
    id: 'trump-windmills',
    text: 'Donald Trump said that noise from windmills causes cancer.',
    title: 'Windmills and cancer',
  },
  { id: 'coffee', text: 'Drinking three cups of coffee a day lowers the risk of heart disease.' },
  { id: 'bees', text: 'Bee populations in Europe halved between 2010 and 2020.' },
  { id: 'train-fares', text: 'Train fares rose by 9 percent in January, the largest rise in a decade.' },
  { id: 'who-pandemic', text: 'The World Health Organization declared the outbreak a pandemic in March 2020.' },
  { id: 'police', text: 'The police force hired 800 new officers this year.' },
  { id: 'hospital-beds', text: 'The hospital had no free beds for a week in December.' },
  { id: 'elephant', text: 'A video shows an elephant painting a self-portrait.' },
  { id: 'cash-ban', text: 'The government plans to abolish cash payments by 2030.' },
  { id: 'speed-limit', text: 'The speed limit on motorways will be lowered to 100 km/h.' },
  { id: 'obama-rouhani', text: 'A photograph shows Barack Obama shaking hands with Hassan Rouhani.' },
  { id: 'water-fluoride', text: 'Fluoride in tap water lowers the intelligence of children.' },
  { id: 'stadium', text: 'The new football stadium will seat 60,000 fans.' },
];

export interface LabelledQuery {
  text: string;
  /** The archive claim it repeats. */
  expected: string;
}

export const QUERIES: LabelledQuery[] = [
  { text: 'Record year for the ferry: 3.5 million people took it in 2023!', expected: 'ferry' },
  { text: 'Council votes for a plastic bag ban in supermarkets #PlasticFree https://t.co/abc', expected: 'bags' },
  { text: 'So the city council never voted to ban plastic bags in supermarkets after all', expected: 'bags-not' },
  { text: 'AOC wants to abolish daylight saving time with a new bill', expected: 'aoc-bill' },
  { text: 'GOP state senators pass tax cut for farmers', expected: 'gop-tax' },
  { text: 'Jose Pena won the Springfield mayor race with 61% of votes', expected: 'pena-mayor' },
  { text: 'Regional unemployment down to 4.2 percent last year', expected: 'unemployment' },
  { text: 'Defence ministry got 1,200,000,000 dollars more in a single year', expected: 'budget' },
  { text: 'Amazing: #wombats sheltering animals in their burrows from the #AustralianFires 🔥🐨', expected: 'wombats' },
  { text: 'They put microchips in the vaccine to track you!!! pic.twitter.com/xyz', expected: 'vaccine-chip' },
  { text: 'The 1969 moon landing was staged in a film studio', expected: 'moon-hoax' },
  { text: 'Shark spotted swimming down the flooded highway after the hurricane 😱', expected: 'shark-flood' },
  { text: 'Minecraft is shutting down in 2020?? Noooo #Minecraft', expected: 'minecraft' },
  { text: 'That river bridge cost 12 million euros', expected: 'bridge' },
  { text: '40000 children in the county lost their free school meals', expected: 'school-meals' },
  { text: 'From next month the public library is closed on Sundays', expected: 'library' },
  { text: 'Over 500 people died in the summer heatwave across the country', expected: 'heatwave' },
  { text: '@realDonaldTrump says windmill noise gives you cancer', expected: 'trump-windmills' },
  { text: '3 cups of coffee daily cut heart disease risk', expected: 'coffee' },
  { text: 'Europe lost half its bees from 2010 to 2020', expected: 'bees' },
  { text: 'Train fares up nine percent this January, biggest rise in ten years', expected: 'train-fares' },
  { text: 'WHO declared a pandemic in March 2020', expected: 'who-pandemic' },
  { text: 'Police hired eight hundred new officers this year', expected: 'police' },
  { text: 'No free hospital beds for a whole week in December', expected: 'hospital-beds' },
  { text: 'This elephant paints its own self-portrait (video)', expected: 'elephant' },
  { text: 'Government wants to abolish cash by 2030', expected: 'cash-ban' },
  { text: 'Motorway speed limit lowered to 100 km/h', expected: 'speed-limit' },
  { text: "Photo of Obama shaking hands with Iran's president Rouhani", expected: 'obama-rouhani' },
  { text: 'Fluoridated tap water makes children less intelligent', expected: 'water-fluoride' },
  { text: 'The stadium will have 60000 seats for football fans', expected: 'stadium' },
];
