/**
 * `object.entries` for the browser bundle: node-polyglot (react-admin's translations) requires
 * this polyfill, which drags some 20 kB of es-abstract helpers into the first page; every browser
 * the app supports has Object.entries. Aliased in vite.config.ts.
 */
module.exports = function entries(object) {
  return Object.entries(object);
};
