package io.coo4j.rules.numbering;

class InMemorySerialStoreTest extends SerialStoreContract {
    @Override
    SerialStore openStore() {
        return new InMemorySerialStore();
    }
}
