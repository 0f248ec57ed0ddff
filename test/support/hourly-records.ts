/** `n` records one an hour from 2011 on, in five actors' lanes: a large load with nothing but its size to it. */
export const hourlyRecords = (n: number, prefix = 'e') =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    start: new Date(Date.UTC(2011, 0, 1) + i * 3_600_000).toISOString().slice(0, 10),
    title: `Event ${i}`,
    actors: [`Actor ${i % 5}`],
  }));
