// The d3 gesture code (zoom, brush, and the selection, drag and transition code
// under them) is a tenth of the app's script and only acts on a drawn timeline,
// so it is loaded after the first render; see `timelineGestures`.
export { brushX } from 'd3-brush';
export { select } from 'd3-selection';
export { zoom, zoomIdentity } from 'd3-zoom';
