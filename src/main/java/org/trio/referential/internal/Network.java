package org.trio.referential.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A network of CFAs steered together (a "tête de réseau"). */
@Entity
@Table(schema = "referential", name = "network")
class Network {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String name;

    @Version
    long version;

    protected Network() {}

    Network(String name) {
        this.name = name;
    }

    void rename(String name, long expectedVersion) {
        Versions.check(Network.class, id, version, expectedVersion);
        this.name = name.strip();
    }
}
