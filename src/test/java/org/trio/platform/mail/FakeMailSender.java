package org.trio.platform.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** A JavaMailSender that keeps what it is given, or refuses everything like an unreachable server. */
final class FakeMailSender implements JavaMailSender {

    final List<MimeMessage> sent = new ArrayList<>();
    private boolean failing;

    FakeMailSender failing() {
        failing = true;
        return this;
    }

    @Override
    public MimeMessage createMimeMessage() {
        return new MimeMessage(Session.getInstance(new Properties()));
    }

    @Override
    public MimeMessage createMimeMessage(InputStream contentStream) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void send(MimeMessage... mimeMessages) throws MailException {
        if (failing) {
            throw new MailSendException("Connexion refusée par smtp.test:25");
        }
        sent.addAll(List.of(mimeMessages));
    }

    @Override
    public void send(SimpleMailMessage... simpleMessages) throws MailException {
        throw new UnsupportedOperationException();
    }
}
