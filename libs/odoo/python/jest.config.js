module.exports = { ...require('../../../jest.preset.js'), displayName: 'odoo-python', rootDir: __dirname };
