module.exports = { ...require('../../jest.preset.js'), displayName: 'ci-gate', rootDir: __dirname };
