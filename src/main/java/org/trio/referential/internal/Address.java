package org.trio.referential.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A French postal address, with the INSEE code of its commune when known (the SIFA survey asks for it). */
@Embeddable
record Address(
        @Column(name = "address") String street,
        @Column(name = "post_code") String postCode,
        @Column(name = "city") String city,
        @Column(name = "commune_insee") String communeInsee) {

    static Address empty() {
        return new Address(null, null, null, null);
    }
}
