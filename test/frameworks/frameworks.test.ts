// The fixture apps (test/frameworks/*/, built by scripts/fixtures.mjs with Vite), each in a frame:
// the element gets the app's profile object, the reader switches the basis, the app's own code
// receives the event and renders what it saw, and a prop the app changes reaches the element.
import { expect, waitUntil } from '@open-wc/testing';
import { textOf } from '../helpers.js';
import { doc, openPage, pageSettled } from '../embed/pages.js';

const apps = [
  { name: 'React 19, plain tags', path: 'react19', saw: 'React saw' },
  { name: 'React 18, mrt-widgets/react', path: 'react18', saw: 'React saw' },
  { name: 'Vue 3, isCustomElement and .prop', path: 'vue', saw: 'Vue saw' },
  { name: 'Svelte 5, plain tags', path: 'svelte', saw: 'Svelte saw' },
];

for (const app of apps) {
  describe(`fixture app: ${app.name}`, () => {
    let frame: HTMLIFrameElement;
    afterEach(() => frame?.remove());

    it('renders the profile object, passes the reader’s basis to the app, and follows a changed prop', async () => {
      frame = await openPage(`/test/frameworks/${app.path}/dist/index.html`, { width: 620, height: 900 });
      await waitUntil(() => doc(frame).querySelector('mrt-salary-card')?.shadowRoot, 'no <mrt-salary-card> rendered', { timeout: 8000 });
      await pageSettled(frame);
      const card = doc(frame).querySelector('mrt-salary-card')!;
      const seen = doc(frame).querySelector('#seen')!;
      // The object, not the built-in profile: its title is the app's.
      expect(textOf(card)).to.contain('Fixture Technician').and.contain('$39,180');
      expect(seen.textContent).to.equal(`${app.saw}: annual`);

      card.shadowRoot!.querySelector<HTMLInputElement>('input[value="hourly"]')!.click();
      await waitUntil(() => seen.textContent === `${app.saw}: hourly`, `the app did not receive mrt-basis-change (it shows "${seen.textContent}")`, { timeout: 4000 });
      expect((card as HTMLElement & { basis: string }).basis).to.equal('hourly');
      expect(textOf(card)).to.contain('$18.83 Median pay an hour');

      doc(frame).querySelector<HTMLButtonElement>('#rename')!.click();
      await waitUntil(() => textOf(card).includes('Renamed Technician'), 'the new data prop did not reach the element', { timeout: 4000 });
      expect(textOf(card)).not.to.contain('Fixture Technician');
    });
  });
}
