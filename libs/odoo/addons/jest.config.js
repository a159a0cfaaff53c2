module.exports = { ...require('../../../jest.preset.js'), displayName: 'odoo-addons', rootDir: __dirname };
