module.exports = { ...require('../../jest.preset.js'), displayName: 'exposure', rootDir: __dirname };
