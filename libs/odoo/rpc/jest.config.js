module.exports = { ...require('../../../jest.preset.js'), displayName: 'odoo-rpc', rootDir: __dirname };
