package org.trio.access.internal;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.AccountManagement;
import org.trio.access.Role;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoDataContributor;
import org.trio.platform.demo.DemoKeys;

/**
 * One demo account per role, all in the first CFA of the demo network (BTP CFA Brétigny-sur-Orge) and linked to real
 * demo people: the maître account is the maître of the apprentice account, whose parent is the parent account. The
 * README lists them; the password is {@code trio.demo.password}.
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
    private final JdbcClient jdbc;
    private final String password;

    DemoAccounts(
            AccountManagement accounts, JdbcClient jdbc, @Value("${trio.demo.password:trio-demo}") String password) {
        this.accounts = accounts;
        this.jdbc = jdbc;
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
        long mentor = context.shared(DemoKeys.DEMO_MENTOR);
        create("maitre@demo.trio", name("referential.mentor", mentor), Role.MENTOR, network, null, mentor);
        long employer = context.shared(DemoKeys.DEMO_EMPLOYER);
        create(
                "employeur@demo.trio",
                jdbc.sql("select name from referential.employer where id = ?")
                        .param(employer)
                        .query(String.class)
                        .single(),
                Role.EMPLOYER,
                network,
                null,
                employer);
        create(
                "apprenti@demo.trio",
                name("referential.apprentice", apprentice),
                Role.APPRENTICE,
                network,
                null,
                apprentice);
        long representative = representatives.get(apprentice);
        create(
                "parent@demo.trio",
                name("referential.legal_representative", representative),
                Role.LEGAL_REPRESENTATIVE,
                network,
                null,
                representative);
        create("observateur@demo.trio", "OPCO Construction (financeur)", Role.OBSERVER, network, null, null);
    }

    private void staffAccount(String username, Role role, long network, Long cfa, Long staffId) {
        create(username, name("referential.staff_member", staffId), role, network, cfa, staffId);
    }

    private void create(String username, String displayName, Role role, long network, Long cfa, Long person) {
        accounts.createAccount(username, password, displayName, role, network, cfa, null, person);
    }

    private String name(String table, long id) {
        return jdbc.sql("select first_name || ' ' || last_name from " + table + " where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
