export { arc } from 'd3-shape';
