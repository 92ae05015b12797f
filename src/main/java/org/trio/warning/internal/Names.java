package org.trio.warning.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.EmployerInfo;
import org.trio.referential.ReferentialManagement;

/** Names to show in lists, looked up in bulk in the referential (its facade), never copied into this module. */
@Component
class Names {

    private final ReferentialManagement referential;
    private final Team team;

    Names(ReferentialManagement referential, Team team) {
        this.referential = referential;
        this.team = team;
    }

    <T> Map<Long, String> apprentices(Collection<T> rows, Function<T, Long> id) {
        Set<Long> ids = ids(rows, id);
        Map<Long, String> names = new HashMap<>();
        referential.apprentices(ids).forEach((key, info) -> names.put(key, display(info)));
        ids.forEach(key -> names.putIfAbsent(key, "#" + key));
        return names;
    }

    <T> Map<Long, String> employers(Collection<T> rows, Function<T, Long> id) {
        Set<Long> ids = ids(rows, id);
        Map<Long, String> names = new HashMap<>();
        referential.employers(ids).forEach((key, info) -> names.put(key, info.name()));
        ids.forEach(key -> names.putIfAbsent(key, "#" + key));
        return names;
    }

    <T> Map<Long, String> staff(Collection<T> rows, Function<T, Long> id) {
        return team.names(ids(rows, id));
    }

    Map<Long, EmployerInfo> employerInfos(Collection<Long> ids) {
        return referential.employers(ids);
    }

    static String display(ApprenticeInfo info) {
        return info.lastName().toUpperCase(java.util.Locale.FRANCE) + " " + info.firstName();
    }

    private static <T> Set<Long> ids(Collection<T> rows, Function<T, Long> id) {
        Set<Long> ids = new HashSet<>();
        for (T row : rows) {
            Long value = id.apply(row);
            if (value != null) {
                ids.add(value);
            }
        }
        return ids;
    }
}
