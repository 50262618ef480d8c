// Branding of Camunda Tasklist for the OOS ATMP product.
export default {
  app: {
    name: 'OOS Case Tasks',
    vendor: 'OOS ATMP'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY-MM-DD HH:mm:ss Z'
  },
  disableWelcomeMessage: true
};
