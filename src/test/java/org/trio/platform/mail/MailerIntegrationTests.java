package org.trio.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trio.TrioIntegrationTest;

@TrioIntegrationTest
class MailerIntegrationTests {

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void keepsAMessageOfACommittedTransactionUnsentInDemonstrationMode() {
        String subject = "Visite à planifier " + UUID.randomUUID();
        long id = new TransactionTemplate(transactions)
                .execute(status -> mailer.send(" tuteur@cfa.test ", subject, "Bonjour,\nune visite est à planifier."));
        assertThat(jdbc.sql("select recipient, status, body from platform.outbound_mail where id = :id")
                        .param("id", id)
                        .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                        .single())
                .isEqualTo("tuteur@cfa.test|DEMO|Bonjour,\nune visite est à planifier.");
    }

    @Test
    void dropsTheMessageWhenTheCallersTransactionRollsBack() {
        String subject = "Annulé " + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            mailer.send("tuteur@cfa.test", subject, "Ne doit jamais partir.");
            assertThat(count(subject)).as("visible inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(count(subject)).isZero();
    }

    @Test
    void refusesUnusableMessagesInFrench() {
        assertThatThrownBy(() -> mailer.send("tuteur-at-cfa.test", "Objet", "Texte"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Adresse e-mail du destinataire invalide : « tuteur-at-cfa.test »");
        assertThatThrownBy(() -> mailer.send("a@b.fr\r\nBcc: x@y.fr", "Objet", "Texte"))
                .hasMessageStartingWith("Adresse e-mail du destinataire invalide");
        assertThatThrownBy(() -> mailer.send("a@b.fr", " \r\n", "Texte"))
                .hasMessage("L'objet du courriel est obligatoire");
        assertThatThrownBy(() -> mailer.send("a@b.fr", "x".repeat(301), "Texte"))
                .hasMessage("L'objet du courriel dépasse 300 caractères");
        assertThatThrownBy(() -> mailer.send("a@b.fr", "Objet", "  ")).hasMessage("Le texte du courriel est vide");
    }

    @Test
    void keepsTheSubjectOnOneLine() {
        String marker = UUID.randomUUID().toString();
        long id = mailer.send("a@b.fr", "Première ligne\r\nBcc: intrus@exemple.fr " + marker, "Texte");
        assertThat(jdbc.sql("select subject from platform.outbound_mail where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Première ligne Bcc: intrus@exemple.fr " + marker);
    }

    private int count(String subject) {
        return jdbc.sql("select count(*) from platform.outbound_mail where subject = :subject")
                .param("subject", subject)
                .query(Integer.class)
                .single();
    }
}
