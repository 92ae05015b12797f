package org.trio.access.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The strength rule of passwords people choose, and the generation of the passwords the direction hands out.
 *
 * <p>Rule (CNIL recommendation of 2022 on passwords, délibération n° 2022-100, for an account protected by a delay
 * after failed attempts): at least 12 characters mixing at least three kinds among lower case, upper case, digits and
 * other characters, without the login in it.
 */
final class PasswordRules {

    static final int MINIMUM_LENGTH = 12;
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {}

    /** The message code of the first broken rule, or empty when the password is strong enough. */
    static Optional<String> check(String password, String username) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (kinds(password) < 3) {
            return Optional.of("password.too-simple");
        }
        String login = username == null ? "" : username.toLowerCase(Locale.ROOT);
        String localPart = login.contains("@") ? login.substring(0, login.indexOf('@')) : login;
        if (localPart.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(localPart)) {
            return Optional.of("password.contains-login");
        }
        return Optional.empty();
    }

    /**
     * A password of four groups of four characters ("Hx4k-…"), mixing the four kinds and avoiding characters that are
     * easily confused when read aloud or copied (0/O, 1/l/I).
     */
    static String generate() {
        List<Character> characters = new ArrayList<>();
        characters.add(pick(LOWER));
        characters.add(pick(UPPER));
        characters.add(pick(DIGITS));
        String all = LOWER + UPPER + DIGITS;
        while (characters.size() < 16) {
            characters.add(pick(all));
        }
        java.util.Collections.shuffle(characters, RANDOM);
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < characters.size(); i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(characters.get(i));
        }
        return password.toString();
    }

    private static char pick(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }

    private static int kinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
