package org.trio.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordRulesTests {

    @Test
    void refusesAPasswordShorterThanTwelveCharacters() {
        assertThat(PasswordRules.check("Court-123", "marie@cfa.fr")).contains("password.too-short");
    }

    @Test
    void refusesAPasswordMixingFewerThanThreeKindsOfCharacters() {
        assertThat(PasswordRules.check("toutenminuscules", "marie@cfa.fr")).contains("password.too-simple");
        assertThat(PasswordRules.check("minuscules123456", "marie@cfa.fr")).contains("password.too-simple");
    }

    @Test
    void refusesAPasswordContainingTheLogin() {
        assertThat(PasswordRules.check("Ma-Marie.Durand-2026", "marie.durand@cfa.fr"))
                .contains("password.contains-login");
    }

    @Test
    void acceptsALongPasswordMixingThreeKinds() {
        assertThat(PasswordRules.check("Apprentissage2026", "marie@cfa.fr")).isEmpty();
        assertThat(PasswordRules.check("Le trio gagnant !", "marie@cfa.fr")).isEmpty();
    }

    @Test
    void generatesPasswordsThatPassTheRuleAndDifferEachTime() {
        Set<String> generated = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = PasswordRules.generate();
            assertThat(password)
                    .matches("^([a-zA-Z2-9]{4}-){3}[a-zA-Z2-9]{4}$")
                    .doesNotContain("0", "O", "1", "l", "I");
            assertThat(PasswordRules.check(password, "personne@cfa.fr")).isEmpty();
            generated.add(password);
        }
        assertThat(generated).hasSize(200);
    }
}
