import '../src/index.js';
import { scenarios } from './scenarios.js';
import { createScenarioElement } from './main-element.js';

const only = new URLSearchParams(location.search).get('scenario');
const main = document.getElementById('scenarios')!;
const toc = document.getElementById('toc')!;
for (const scenario of scenarios.filter((s) => !only || s.id === only)) {
  const section = document.createElement('section');
  section.className = `scenario${scenario.attributes?.['theme'] === 'dark' ? ' dark' : ''}`;
  section.id = scenario.id;
  const heading = document.createElement('h2');
  heading.textContent = scenario.title;
  const frame = document.createElement('div');
  frame.className = 'frame';
  if (scenario.width) frame.style.width = `${scenario.width}px`;
  if (scenario.lang) frame.lang = scenario.lang;
  if (scenario.dir) frame.dir = scenario.dir;
  const log = document.createElement('p');
  log.className = 'log';
  frame.addEventListener('mrt-data-error', (event) => {
    log.textContent = `mrt-data-error: ${event.detail.message}`;
  });
  frame.append(createScenarioElement(scenario));
  section.append(heading, frame, log);
  main.append(section);
  const item = document.createElement('li');
  item.innerHTML = `<a href="#${scenario.id}"></a>`;
  item.firstElementChild!.textContent = scenario.title;
  toc.append(item);
}
