package org.trio.platform.demo;

import java.util.SplittableRandom;
import org.trio.shared.Identifiers;

/** Valid-looking identifiers for demo records: SIRET with a correct Luhn key, UAI with the right check letter. */
public final class DemoIdentifiers {

    private DemoIdentifiers() {}

    /** A SIRET whose 14th digit makes the Luhn sum right. */
    public static String siret(SplittableRandom random) {
        StringBuilder digits = new StringBuilder();
        digits.append(1 + random.nextInt(8));
        for (int i = 0; i < 12; i++) {
            digits.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            String candidate = digits.toString() + check;
            if (Identifiers.checkSiret(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** A UAI of the département (3 digits, e.g. "091"), with its check letter. */
    public static String uai(String department, SplittableRandom random) {
        String digits = department + String.format("%04d", random.nextInt(10_000));
        return digits + Identifiers.uaiCheckLetter(digits);
    }

    /**
     * The INE of the apprenticeship form (4 digits for the year, A, 5 digits, a letter) of a serial number: distinct
     * serials below 2,600,000 give distinct INEs whatever the year, where random digits would repeat within a few
     * thousand apprentices of the same year (and break the unique index on the apprentices' INE).
     */
    public static String ine(long serial, int year) {
        long n = Math.floorMod(serial, 2_600_000L);
        return String.format("%04dA%05d%c", year, n / 26, (char) ('A' + n % 26));
    }

    /** An INE of the apprenticeship form: 4 digits (year), A, 5 digits, a letter. */
    public static String ine(SplittableRandom random, int year) {
        return String.format("%04dA%05d%c", year, random.nextInt(100_000), (char) ('A' + random.nextInt(26)));
    }

    /** A French mobile number. */
    public static String mobile(SplittableRandom random) {
        return String.format("06%08d", random.nextInt(100_000_000));
    }
}
