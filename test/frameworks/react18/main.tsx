// React 18 sets only attributes on custom elements and ignores their events: the mrt-widgets/react wrappers.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SalaryCard } from 'mrt-widgets/react';
import { fixtureProfile } from '../profile.js';

function App() {
  const [basis, setBasis] = useState<'annual' | 'hourly'>('annual');
  const [profile, setProfile] = useState(() => fixtureProfile('Fixture Technician'));
  return (
    <main>
      <SalaryCard data={profile} basis={basis} headingLevel={3} onBasisChange={(e) => setBasis(e.detail.basis)} />
      <p id="seen">React saw: {basis}</p>
      <button id="rename" onClick={() => setProfile(fixtureProfile('Renamed Technician'))}>Rename</button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
