var __webpack_exports__ = {};
// Placeholder entry point; replaced when this product lands.
process.stderr.write('provlog: not implemented yet\n');
process.exitCode = 2;


