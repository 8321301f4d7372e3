/**
 * Accessible names as a screen reader gets them, read from the browser's accessibility tree (not
 * from the DOM): text a widget hides visually (`.vh`) is often part of a control's name, and a
 * style can drop it from the name while leaving it in the DOM (Chromium leaves content that
 * `content-visibility` skips out of names).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import '../../src/salary-card.js';
import '../../src/state-wages.js';
import '../../src/career-path.js';
import { itWith, settled } from '../helpers.js';

type AxNode = { role: string; name: string; expanded?: boolean; disabled?: boolean; children: AxNode[] };

/** Every node of the page's accessibility tree. */
const nodes = (root: AxNode): AxNode[] => [root, ...(root.children ?? []).flatMap(nodes)];

describe('accessible names, from the accessibility tree', () => {
  itWith('accessibility tree', "map tiles say the state and its figure; the switches' groups their legend; the figures summary what it does", async () => {
    const box = await fixture(html`<div style="width: 600px">
      <mrt-salary-card></mrt-salary-card>
      <mrt-state-wages occupation="medical-records-specialists"></mrt-state-wages>
      <mrt-career-path></mrt-career-path>
    </div>`);
    for (const el of box.children) await settled(el as HTMLElement);
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const all = nodes(tree);
    const names = (role: string): string[] => all.filter((n) => n.role === role).map((n) => n.name);
    // A tile: its code, then the state's name and mean pay (hidden text, in its name).
    expect(names('button').find((n) => n.startsWith('AK')), 'Alaska tile').to.match(/^AK\s+Alaska: \$[\d,]+ a year/);
    expect(names('button').filter((n) => /^[A-Z]{2}$/.test(n.trim())), 'tiles named by their code alone').to.deep.equal([]);
    // The annual/hourly switch's (visually hidden) legend, which names its group.
    expect(names('StaticText'), 'the switch legend').to.include('Show pay');
    // The figures disclosure: named by the text it shows, once.
    const summary = findAccessibilityNode(tree, (n: AxNode) => n.role === 'DisclosureTriangle' && /figures/.test(n.name ?? ''));
    expect(summary?.name).to.equal('Show the figures');
    expect(summary!.expanded === true, 'collapsed').to.equal(false);
    // A career path step: its title and facts, each label with its figure.
    expect(names('button').find((n) => n.includes('Medical Records Technician')), 'a step').to.match(/^Medical Records Technician\s+Median pay \$39,180\s*,\s*Job growth \+13\.5%$/);
  });
});
