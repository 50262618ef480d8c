// Branding of Camunda Cockpit for the OOS ATMP product.
export default {
  app: {
    name: 'Case Monitoring',
    vendor: 'OOS'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY-MM-DD HH:mm:ss Z'
  }
};
