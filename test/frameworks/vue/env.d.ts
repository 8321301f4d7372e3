// The README's Vue recipe: the element tags typed in templates from mrt-widgets/vue.
import type {} from 'mrt-widgets/vue';
