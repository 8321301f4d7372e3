// The README's React 19 recipe: the element tags typed in TSX from mrt-widgets/jsx.
import type { CustomElements } from 'mrt-widgets/jsx';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
