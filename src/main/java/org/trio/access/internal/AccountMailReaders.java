package org.trio.access.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.AuditTrail;
import org.trio.access.CurrentUser;
import org.trio.platform.mail.MailReaders;

/**
 * The outbox messages a person reads: a network's administrator those of the network's CFAs and those about no CFA;
 * a CFA's direction those of its CFA; nobody else any.
 */
@Component
class AccountMailReaders implements MailReaders {

    private final AccessPolicy policy;

    AccountMailReaders(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Readable current() {
        return AuditTrail.currentUser().map(this::readableBy).orElse(Readable.none());
    }

    Readable readableBy(CurrentUser user) {
        return switch (user.role()) {
            case NETWORK_ADMIN -> new Readable(policy.scopeOf(user).cfaIds(), true);
            case CFA_DIRECTOR -> user.cfaId() == null ? Readable.none() : new Readable(Set.of(user.cfaId()), false);
            default -> Readable.none();
        };
    }
}
