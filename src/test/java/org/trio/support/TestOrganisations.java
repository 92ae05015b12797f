package org.trio.support;

import java.util.SplittableRandom;
import org.trio.platform.demo.DemoIdentifiers;
import org.trio.referential.NewCfa;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;

/** CFAs of their own for tests that need known counts, with a UAI no other CFA has. */
public final class TestOrganisations {

    private static final SplittableRandom RANDOM = new SplittableRandom();

    private TestOrganisations() {}

    /** A new CFA in the first network of the demo, with nothing attached to it. */
    public static long aNewCfa(ReferentialManagement referential) {
        long network = referential.networkIds().get(0);
        for (int attempt = 0; ; attempt++) {
            String department = String.format("%03d", 10 + RANDOM.nextInt(85));
            try {
                return referential.registerCfa(new NewCfa(
                        network,
                        "CFA d'essai " + RANDOM.nextInt(1_000_000),
                        DemoIdentifiers.uai(department, RANDOM),
                        DemoIdentifiers.siret(RANDOM),
                        "09",
                        "1 rue de l'Essai",
                        "93000",
                        "Bobigny",
                        "93008"));
            } catch (InvalidInputException e) {
                boolean taken = e.problems().stream().anyMatch(p -> p.code().equals("cfa.uai.taken"));
                if (!taken || attempt >= 10) {
                    throw e;
                }
            }
        }
    }
}
