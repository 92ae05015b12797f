package org.trio.platform.web;

/** One option of a select list: the value sent and the French label shown. */
public record Choice(String value, String label) {

    public static Choice of(Object value, String label) {
        return new Choice(String.valueOf(value), label);
    }
}
