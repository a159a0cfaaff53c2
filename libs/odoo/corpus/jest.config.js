module.exports = { ...require('../../../jest.preset.js'), displayName: 'odoo-corpus', rootDir: __dirname };
