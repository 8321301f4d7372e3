// React 19 sets properties and listens to custom events on custom elements: plain tags, typed by mrt-widgets/jsx.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'mrt-widgets/salary-card.js';
import { fixtureProfile } from '../profile.js';

function App() {
  const [basis, setBasis] = useState<'annual' | 'hourly'>('annual');
  const [profile, setProfile] = useState(() => fixtureProfile('Fixture Technician'));
  return (
    <main>
      <mrt-salary-card data={profile} basis={basis} heading-level={3} onmrt-basis-change={(e) => setBasis(e.detail.basis)}></mrt-salary-card>
      <p id="seen">React saw: {basis}</p>
      <button id="rename" onClick={() => setProfile(fixtureProfile('Renamed Technician'))}>Rename</button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
