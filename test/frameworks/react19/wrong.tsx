// Must NOT type-check (test/frameworks/types.test.mjs): a basis the element does not take.
import 'mrt-widgets/salary-card.js';

export const Wrong = () => <mrt-salary-card basis="weekly"></mrt-salary-card>;
