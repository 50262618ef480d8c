// Branding of the Camunda welcome page for the OOS ATMP product.
export default {
  app: {
    name: 'ATMP',
    vendor: 'OOS'
  }
};
