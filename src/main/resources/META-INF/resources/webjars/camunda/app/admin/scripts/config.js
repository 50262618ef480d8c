// Branding of Camunda Admin for the OOS ATMP product.
export default {
  app: {
    name: 'Administration',
    vendor: 'OOS'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY-MM-DD HH:mm:ss Z'
  }
};
