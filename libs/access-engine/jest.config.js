module.exports = { ...require('../../jest.preset.js'), displayName: 'access-engine', rootDir: __dirname };
