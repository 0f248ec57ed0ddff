import { expect } from '@open-wc/testing';
import { splitSentences } from '../../src/draft/split-sentences.js';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('ends sentences at full stops, question and exclamation marks, with closing quotes', () => {
    expect(texts('Rebels advanced. “We will not leave!” he said. Why now? Nobody knows.')).to.deep.equal([
      'Rebels advanced.',
      '“We will not leave!” he said.',
      'Why now?',
      'Nobody knows.',
    ]);
  });

  it('does not end a sentence after an abbreviation or an initial', () => {
    expect(texts('On Sept. 17 Mr. Putin met Gen. Akar. George W. Bush was not there. The U.S. envoy was.')).to.deep.equal([
      'On Sept. 17 Mr. Putin met Gen. Akar.',
      'George W. Bush was not there.',
      'The U.S. envoy was.',
    ]);
  });

  it('keeps a headline or byline line apart, and joins a line that goes on in the next', () => {
    expect(texts('Talks in Sochi\n\nThe leaders met on Monday\nand agreed on a zone.\nLatest posts by A. Writer')).to.deep.equal([
      'Talks in Sochi',
      'The leaders met on Monday\nand agreed on a zone.',
      'Latest posts by A. Writer',
    ]);
  });

  it('gives where each sentence starts in the text', () => {
    const text = '  First one.  Second one.\n\nThird.';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.offset, sentence.offset + sentence.text.length)).to.equal(sentence.text);
  });
});
