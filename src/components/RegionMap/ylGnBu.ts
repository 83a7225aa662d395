import { interpolateRgbBasis } from 'd3-interpolate';

// ColorBrewer YlGnBu, built the way d3-scale-chromatic builds interpolateYlGnBu:
// that package's module keeps every scheme in the bundle, so the one ramp used lives here.
const YL_GN_BU = ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'];

export const interpolateYlGnBu: (t: number) => string = interpolateRgbBasis(YL_GN_BU);
