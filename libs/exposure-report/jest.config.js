module.exports = { ...require('../../jest.preset.js'), displayName: 'exposure-report', rootDir: __dirname };
