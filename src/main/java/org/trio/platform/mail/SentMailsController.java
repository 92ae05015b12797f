package org.trio.platform.mail;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.trio.platform.document.Table;
import org.trio.platform.document.TableExports;
import org.trio.platform.web.NavigationEntry;
import org.trio.platform.web.NavigationSection;
import org.trio.platform.web.Paging;

/**
 * The page "Courriels envoyés": every message of the outbox with its delivery state, searchable and exportable, and
 * each message's text. For the direction, which checks what Trio sent (or would have sent, in demonstration mode): a
 * CFA's direction reads the messages about its CFA, the network's administrators those of the network.
 */
@Controller
@PreAuthorize("hasAnyRole('CFA_DIRECTOR','NETWORK_ADMIN')")
class SentMailsController {

    private final SentMails mails;
    private final MailReaders readers;
    private final MailSettings settings;
    private final TableExports exports;
    private final MessageSource messages;
    private final Clock clock;

    SentMailsController(
            SentMails mails,
            MailReaders readers,
            MailSettings settings,
            TableExports exports,
            MessageSource messages,
            Clock clock) {
        this.mails = mails;
        this.readers = readers;
        this.settings = settings;
        this.exports = exports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/mails")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        SentMails.Filter filter = new SentMails.Filter(readers.current(), q, parse(status));
        model.addAttribute("page", mails.page(filter, Paging.of(page)));
        model.addAttribute("q", q);
        model.addAttribute("status", filter.status());
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("demo", settings.demo());
        model.addAttribute("zone", clock.getZone());
        return "platform/mails";
    }

    @GetMapping(path = "/admin/mails", params = "format")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam String format,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String status) {
        SentMails.Filter filter = new SentMails.Filter(readers.current(), q, parse(status));
        Table<SentMails.MailRow> table = Table.<SentMails.MailRow>titled(text("mail.title"))
                .dateTime(text("mail.created"), SentMails.MailRow::createdAt)
                .text(text("mail.recipient"), SentMails.MailRow::recipient)
                .text(text("mail.subject"), SentMails.MailRow::subject)
                .text(text("mail.status"), row -> text(row.status().messageKey()))
                .integer(text("mail.attempts"), SentMails.MailRow::attempts)
                .dateTime(text("mail.sentAt"), SentMails.MailRow::sentAt)
                .text(text("mail.error"), SentMails.MailRow::lastError)
                .rows(() -> mails.all(filter));
        return exports.respond(format, text("mail.export.name"), table);
    }

    @GetMapping("/admin/mails/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute(
                "mail",
                mails.find(id, readers.current()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("demo", settings.demo());
        model.addAttribute("zone", clock.getZone());
        return "platform/mail";
    }

    private static @Nullable MailStatus parse(@Nullable String status) {
        return Arrays.stream(MailStatus.values())
                .filter(candidate -> candidate.name().equalsIgnoreCase(status == null ? "" : status.strip()))
                .findFirst()
                .orElse(null);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.FRANCE);
    }

    @Bean
    static NavigationEntry sentMailsNavigation() {
        return new NavigationEntry(
                NavigationSection.ADMINISTRATION,
                "nav.mails",
                "/admin/mails",
                "envelope",
                80,
                Set.of("CFA_DIRECTOR", "NETWORK_ADMIN"));
    }
}
