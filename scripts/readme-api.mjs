// Regenerates the README's API section from custom-elements.json (built by `npm run manifest`),
// so the public surface is documented once, in the element's JSDoc.
import { readFileSync, writeFileSync } from 'node:fs';
import { apiSection, withApiSection } from './readme-api-section.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', withApiSection(readme, apiSection(manifest)));
console.log('README.md API section regenerated.');
