package org.trio.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.trio.access.Role;

/** The demo accounts (one per role) the demo generator creates, as listed in the README. */
public final class DemoUsers {

    public static final String PASSWORD = "trio-demo";

    public static final Map<Role, String> BY_ROLE = new LinkedHashMap<>();

    static {
        BY_ROLE.put(Role.CFA_DIRECTOR, "direction@demo.trio");
        BY_ROLE.put(Role.NETWORK_ADMIN, "reseau@demo.trio");
        BY_ROLE.put(Role.PLACEMENT_ADVISOR, "cje@demo.trio");
        BY_ROLE.put(Role.DEPUTY_PEDAGOGY, "adcp@demo.trio");
        BY_ROLE.put(Role.DEPUTY_SOCIAL, "ase@demo.trio");
        BY_ROLE.put(Role.TUTOR, "formateur@demo.trio");
        BY_ROLE.put(Role.SECRETARIAT, "secretariat@demo.trio");
        BY_ROLE.put(Role.DISABILITY_REFERENT, "handicap@demo.trio");
        BY_ROLE.put(Role.MOBILITY_REFERENT, "mobilite@demo.trio");
        BY_ROLE.put(Role.QUALITY_MANAGER, "qualite@demo.trio");
        BY_ROLE.put(Role.PROGRAMME_LEAD, "responsable.formation@demo.trio");
        BY_ROLE.put(Role.MENTOR, "maitre@demo.trio");
        BY_ROLE.put(Role.EMPLOYER, "employeur@demo.trio");
        BY_ROLE.put(Role.APPRENTICE, "apprenti@demo.trio");
        BY_ROLE.put(Role.LEGAL_REPRESENTATIVE, "parent@demo.trio");
        BY_ROLE.put(Role.OBSERVER, "observateur@demo.trio");
    }

    private DemoUsers() {}

    public static String of(Role role) {
        return BY_ROLE.get(role);
    }
}
