package org.trio.access;

import java.util.Locale;

/**
 * The roles of the glossary. Each role reads apprentices through a scope: a whole network, one organisation (CFA or
 * site), the apprentices the person is linked to, or none at all (aggregated figures only).
 */
public enum Role {
    CFA_DIRECTOR(ScopeKind.ORGANISATION, true),
    NETWORK_ADMIN(ScopeKind.NETWORK, true),
    PLACEMENT_ADVISOR(ScopeKind.ORGANISATION, true),
    DEPUTY_PEDAGOGY(ScopeKind.ORGANISATION, true),
    DEPUTY_SOCIAL(ScopeKind.ORGANISATION, true),
    TUTOR(ScopeKind.LINKED, true),
    SECRETARIAT(ScopeKind.ORGANISATION, true),
    DISABILITY_REFERENT(ScopeKind.ORGANISATION, true),
    MOBILITY_REFERENT(ScopeKind.ORGANISATION, true),
    QUALITY_MANAGER(ScopeKind.ORGANISATION, true),
    PROGRAMME_LEAD(ScopeKind.LINKED, true),
    MENTOR(ScopeKind.LINKED, false),
    EMPLOYER(ScopeKind.LINKED, false),
    APPRENTICE(ScopeKind.LINKED, false),
    LEGAL_REPRESENTATIVE(ScopeKind.LINKED, false),
    OBSERVER(ScopeKind.NONE, false);

    /** How a role reaches individual apprentices. */
    public enum ScopeKind {
        NETWORK,
        ORGANISATION,
        LINKED,
        NONE
    }

    private final ScopeKind scope;
    private final boolean staff;

    Role(ScopeKind scope, boolean staff) {
        this.scope = scope;
        this.staff = staff;
    }

    public ScopeKind scope() {
        return scope;
    }

    /** Whether the role belongs to the CFA's (or network's) own staff. */
    public boolean isStaff() {
        return staff;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Which kind of person of the referential an account of this role stands for ({@code personId}). */
    public PersonKind personKind() {
        return switch (this) {
            case MENTOR -> PersonKind.MENTOR;
            case EMPLOYER -> PersonKind.EMPLOYER;
            case APPRENTICE -> PersonKind.APPRENTICE;
            case LEGAL_REPRESENTATIVE -> PersonKind.LEGAL_REPRESENTATIVE;
            case OBSERVER -> PersonKind.NONE;
            default -> PersonKind.STAFF;
        };
    }

    public String messageKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }
}
