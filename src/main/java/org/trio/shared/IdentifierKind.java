package org.trio.shared;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The identifier kinds Trio validates, each with its normalisation and its rule. */
public enum IdentifierKind {
    UAI(Identifiers::normalize, Identifiers::checkUai),
    SIRET(Identifiers::normalize, Identifiers::checkSiret),
    SIREN(Identifiers::normalize, Identifiers::checkSiren),
    CFD(Identifiers::normalize, Identifiers::checkCfd),
    RNCP(Identifiers::normalizeRncp, Identifiers::checkRncp),
    INE(Identifiers::normalize, Identifiers::checkIne),
    NAF(Identifiers::normalize, Identifiers::checkNaf),
    IDCC(Identifiers::normalize, Identifiers::checkIdcc),
    POST_CODE(raw -> raw == null ? "" : raw.strip(), Identifiers::checkPostCode);

    private final UnaryOperator<String> normalizer;
    private final Function<String, Optional<String>> rule;

    IdentifierKind(UnaryOperator<String> normalizer, Function<String, Optional<String>> rule) {
        this.normalizer = normalizer;
        this.rule = rule;
    }

    public String normalize(String raw) {
        return normalizer.apply(raw);
    }

    /** The message code of the broken rule for the raw value (normalised first), or empty when valid. */
    public Optional<String> check(String raw) {
        return rule.apply(normalize(raw));
    }

    public boolean isValid(String raw) {
        return check(raw).isEmpty();
    }
}
