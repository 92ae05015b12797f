package org.trio.quality.internal;

import java.util.SplittableRandom;
import org.trio.platform.demo.DemoIdentifiers;
import org.trio.referential.NewCfa;
import org.trio.referential.ReferentialManagement;

/** Builders of test records: a CFA of its own for each test that needs known counts. */
final class QualityFixtures {

    private static final SplittableRandom RANDOM = new SplittableRandom();

    private QualityFixtures() {}

    /** A new CFA in the demo network, with nothing attached to it. */
    static long aNewCfa(ReferentialManagement referential) {
        long network = referential.networkIds().get(0);
        return referential.registerCfa(new NewCfa(
                network,
                "CFA d'essai " + RANDOM.nextInt(1_000_000),
                DemoIdentifiers.uai("093", RANDOM),
                DemoIdentifiers.siret(RANDOM),
                "09",
                "1 rue de l'Essai",
                "93000",
                "Bobigny",
                "93008"));
    }
}
