// The fixture apps' templates type-check against the package's types (tsc for TSX, vue-tsc for
// Vue), and a wrong attribute value beside them does not: each fixture's wrong.tsx / Wrong.vue
// gives <mrt-salary-card> basis="weekly". Runs on the built dist/ and types/ (after npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

const checks = [
  { name: 'React 19 TSX with mrt-widgets/jsx', dir: 'test/frameworks/react19', bin: 'tsc' },
  { name: 'React 18 TSX with mrt-widgets/react', dir: 'test/frameworks/react18', bin: 'tsc' },
  { name: 'Vue templates with mrt-widgets/vue', dir: 'test/frameworks/vue', bin: 'vue-tsc' },
];

const check = (bin, project) => spawnSync(`node_modules/.bin/${bin}`, ['-p', project], { encoding: 'utf8' });

for (const { name, dir, bin } of checks) {
  test(`${name}: the app type-checks`, () => {
    const run = check(bin, `${dir}/tsconfig.json`);
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  test(`${name}: basis="weekly" fails the type check`, () => {
    // The same project with the wrong file back in (tsconfig.json excludes it).
    const project = `${dir}/tsconfig.wrong.json`;
    writeFileSync(project, JSON.stringify({ extends: './tsconfig.json', exclude: [] }));
    try {
      const run = check(bin, project);
      assert.notEqual(run.status, 0, 'the wrong attribute value passed the type check');
      assert.match(run.stdout, /error TS2322: Type '"weekly"' is not assignable to type '"annual" \| "hourly" \| undefined'/);
      // Only the wrong file has errors.
      assert.deepEqual([...new Set([...run.stdout.matchAll(/^(\S+)\(\d+,\d+\): error/gm)].map((m) => m[1]))], [`${dir}/${bin === 'tsc' ? 'wrong.tsx' : 'Wrong.vue'}`]);
    } finally {
      rmSync(project, { force: true });
    }
  });
}
