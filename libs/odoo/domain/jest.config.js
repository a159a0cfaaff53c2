module.exports = { ...require('../../../jest.preset.js'), displayName: 'odoo-domain', rootDir: __dirname };
