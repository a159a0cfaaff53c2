module.exports = { ...require('../../../jest.preset.js'), displayName: 'platform-graphql', rootDir: __dirname };
