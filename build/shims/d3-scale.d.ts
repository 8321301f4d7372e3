export { scaleLinear } from 'd3-scale';
