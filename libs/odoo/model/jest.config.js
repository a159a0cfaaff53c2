module.exports = { ...require('../../../jest.preset.js'), displayName: 'odoo-model', rootDir: __dirname };
