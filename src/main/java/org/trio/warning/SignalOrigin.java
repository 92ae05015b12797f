package org.trio.warning;

import java.util.Locale;

/** Who or what raised a signal. */
public enum SignalOrigin {
    /** A referent trainer, after the weekly guidance hour or a regulation time. */
    TRAINER,
    /** A CJE, after a call to the company. */
    COMPANY_CALL,
    /** The maître d'apprentissage (livret, message, visit). */
    MENTOR,
    /** The apprentice. */
    APPRENTICE,
    /** Another member of the CFA's staff. */
    STAFF,
    /** One of Trio's rules. */
    RULE;

    public String messageKey() {
        return "warning.origin." + name().toLowerCase(Locale.ROOT);
    }
}
