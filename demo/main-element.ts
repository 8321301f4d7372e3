import type { Scenario } from './scenarios.js';

/** Builds one scenario's element exactly as a page author would write it. */
export function createScenarioElement(scenario: Scenario): HTMLElement {
  const el = document.createElement(scenario.tag);
  for (const [name, value] of Object.entries(scenario.attributes ?? {})) el.setAttribute(name, value);
  if (scenario.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = scenario.inline;
    el.append(script);
  }
  if (scenario.data !== undefined) (el as HTMLElement & { data: unknown }).data = scenario.data;
  return el;
}
