module.exports = { ...require('../../jest.preset.js'), displayName: 'privacy-catalog', rootDir: __dirname };
