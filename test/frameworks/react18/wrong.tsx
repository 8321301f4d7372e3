// Must NOT type-check (test/frameworks/types.test.mjs): a basis the element does not take.
import { SalaryCard } from 'mrt-widgets/react';

export const Wrong = () => <SalaryCard basis="weekly" />;
