export { scaleLinear, scaleQuantize } from 'd3-scale';
