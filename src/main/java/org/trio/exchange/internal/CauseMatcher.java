package org.trio.exchange.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.trio.contract.TrainingRecords.Motive;

/**
 * Maps the free-text rupture causes of imported files to expressed motives: the motive whose label is the cause, else
 * whose label is the cause once normalised (case, accents, punctuation and spaces ignored), else the mapping a person
 * of the CFA chose for that normalised cause before. A pure function of the motives and the learned mappings.
 */
final class CauseMatcher {

    private CauseMatcher() {}

    /**
     * @param motives the expressed motives the CFA may use
     * @param learned the CFA's mappings, normalised cause → motive id
     */
    static Optional<Long> match(String cause, List<Motive> motives, Map<String, Long> learned) {
        String text = cause.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (Motive motive : motives) {
            if (motive.label().equals(text)) {
                return Optional.of(motive.id());
            }
        }
        String normalised = normalise(text);
        for (Motive motive : motives) {
            if (normalise(motive.label()).equals(normalised)) {
                return Optional.of(motive.id());
            }
        }
        Long mapped = learned.get(normalised);
        if (mapped != null && motives.stream().anyMatch(motive -> motive.id() == mapped)) {
            return Optional.of(mapped);
        }
        return Optional.empty();
    }

    /** Lower case without accents, punctuation replaced by spaces, spaces collapsed; ligatures œ/æ unfolded. */
    static String normalise(String text) {
        String unfolded =
                text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        return Normalizer.normalize(unfolded, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }
}
