// Branding of Camunda Tasklist for the OOS ATMP product.
export default {
  app: {
    name: 'Case Tasks',
    vendor: 'OOS'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY-MM-DD HH:mm:ss Z'
  },
  disableWelcomeMessage: true
};
