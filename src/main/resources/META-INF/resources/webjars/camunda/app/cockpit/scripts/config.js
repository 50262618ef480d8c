// Branding of Camunda Cockpit for the OOS ATMP product.
export default {
  app: {
    name: 'OOS Case Monitoring',
    vendor: 'OOS ATMP'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY-MM-DD HH:mm:ss Z'
  }
};
