package io.coo4j.rules.numbering;

/**
 * The store's way for databases whose driver may not return an UPDATE's new value (one transaction per serial, the
 * value read back): every test of the H2 store, on H2 connections that name another product.
 */
class JdbcSerialStoreOtherDatabaseTest extends JdbcSerialStoreTest {
    @Override
    String productName() {
        return "Other SQL";
    }

    @Override
    int transactionsForThreeDraws() {
        return 3;
    }
}
