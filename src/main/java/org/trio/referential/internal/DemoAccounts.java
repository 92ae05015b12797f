package org.trio.referential.internal;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.trio.access.AccountManagement;
import org.trio.access.Role;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoDataContributor;
import org.trio.platform.demo.DemoKeys;
import org.trio.referential.ReferentialManagement;

/**
 * One demo account per role, all in the first CFA of the demo network (BTP CFA Brétigny-sur-Orge) and linked to real
 * demo people: the maître account is the maître of the apprentice account, whose parent is the parent account. The
 * README lists them; the password is {@code trio.demo.password}. The people's names come from the referential's
 * facade; the accounts are opened through the access module's.
 */
@Component
class DemoAccounts implements DemoDataContributor {

    /** The demo logins, in the order of the README. */
    static final List<String> USERNAMES = List.of(
            "direction@demo.trio",
            "reseau@demo.trio",
            "cje@demo.trio",
            "adcp@demo.trio",
            "ase@demo.trio",
            "formateur@demo.trio",
            "secretariat@demo.trio",
            "handicap@demo.trio",
            "mobilite@demo.trio",
            "qualite@demo.trio",
            "responsable.formation@demo.trio",
            "maitre@demo.trio",
            "employeur@demo.trio",
            "apprenti@demo.trio",
            "parent@demo.trio",
            "observateur@demo.trio");

    private final AccountManagement accounts;
    private final ReferentialManagement referential;
    private final String password;

    DemoAccounts(
            AccountManagement accounts,
            ReferentialManagement referential,
            @Value("${trio.demo.password:trio-demo}") String password) {
        this.accounts = accounts;
        this.referential = referential;
        this.password = password;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void contribute(DemoContext context) {
        if (accounts.exists(USERNAMES.get(0))) {
            return;
        }
        long network = context.shared(DemoKeys.NETWORK);
        long cfa = ((long[]) context.shared(DemoKeys.CFAS))[0];
        Map<String, Long> staff = context.shared(DemoKeys.STAFF);
        long apprentice = context.shared(DemoKeys.DEMO_APPRENTICE);
        Map<Long, Long> representatives = context.shared(DemoKeys.LEGAL_REPRESENTATIVE_OF);
        staffAccount("direction@demo.trio", Role.CFA_DIRECTOR, network, cfa, staff.get("DIRECTOR:" + cfa));
        staffAccount("reseau@demo.trio", Role.NETWORK_ADMIN, network, null, staff.get("NETWORK_ADMIN"));
        staffAccount("cje@demo.trio", Role.PLACEMENT_ADVISOR, network, cfa, staff.get("PLACEMENT_ADVISOR:" + cfa));
        staffAccount("adcp@demo.trio", Role.DEPUTY_PEDAGOGY, network, cfa, staff.get("DEPUTY_PEDAGOGY:" + cfa));
        staffAccount("ase@demo.trio", Role.DEPUTY_SOCIAL, network, cfa, staff.get("DEPUTY_SOCIAL:" + cfa));
        staffAccount("formateur@demo.trio", Role.TUTOR, network, cfa, context.shared(DemoKeys.DEMO_TUTOR));
        staffAccount("secretariat@demo.trio", Role.SECRETARIAT, network, cfa, staff.get("SECRETARIAT:" + cfa));
        staffAccount(
                "handicap@demo.trio", Role.DISABILITY_REFERENT, network, cfa, staff.get("DISABILITY_REFERENT:" + cfa));
        staffAccount("mobilite@demo.trio", Role.MOBILITY_REFERENT, network, cfa, staff.get("MOBILITY_REFERENT:" + cfa));
        staffAccount("qualite@demo.trio", Role.QUALITY_MANAGER, network, cfa, staff.get("QUALITY_MANAGER:" + cfa));
        staffAccount(
                "responsable.formation@demo.trio",
                Role.PROGRAMME_LEAD,
                network,
                cfa,
                staff.get("PROGRAMME_LEAD:" + cfa));
        // The people the first CFA follows have their accounts administered by its direction.
        long mentor = context.shared(DemoKeys.DEMO_MENTOR);
        String mentorName = referential
                .mentor(mentor)
                .map(found -> found.firstName() + " " + found.lastName())
                .orElseThrow();
        followed("maitre@demo.trio", mentorName, Role.MENTOR, network, cfa, mentor);
        long employer = context.shared(DemoKeys.DEMO_EMPLOYER);
        String employerName = referential.employer(employer).orElseThrow().name();
        followed("employeur@demo.trio", employerName, Role.EMPLOYER, network, cfa, employer);
        String apprenticeName = referential
                .apprentice(apprentice)
                .map(found -> found.firstName() + " " + found.lastName())
                .orElseThrow();
        followed("apprenti@demo.trio", apprenticeName, Role.APPRENTICE, network, cfa, apprentice);
        long representative = representatives.get(apprentice);
        String representativeName = referential.legalRepresentatives(apprentice).stream()
                .filter(found -> found.id() == representative)
                .map(found -> found.firstName() + " " + found.lastName())
                .findFirst()
                .orElseThrow();
        followed("parent@demo.trio", representativeName, Role.LEGAL_REPRESENTATIVE, network, cfa, representative);
        accounts.createAccount(
                "observateur@demo.trio",
                password,
                "OPCO Construction (financeur)",
                Role.OBSERVER,
                network,
                null,
                null,
                null);
    }

    private void staffAccount(String username, Role role, long network, Long cfa, long staffId) {
        String name = referential
                .staffMember(staffId)
                .map(found -> found.firstName() + " " + found.lastName())
                .orElseThrow();
        accounts.createAccount(username, password, name, role, network, cfa, null, staffId);
    }

    /** An account of a person the CFA follows: anchored to no CFA, administered by the CFA's direction. */
    private void followed(String username, String displayName, Role role, long network, long cfa, long person) {
        accounts.createAccount(username, password, displayName, role, network, null, null, person, cfa);
    }
}
