export { renderSvg } from './render.js';
export { reportHtml, escapeHtml, fmt } from './html.js';
export { writeReport } from './write.js';
