package org.trio.platform.web;

import java.util.Set;

/**
 * One entry of the main navigation, contributed by a module as a bean. The layout shows the entries whose roles
 * include one of the current user's roles, grouped by section and sorted by order.
 *
 * @param section the menu section
 * @param label message key of the entry's text
 * @param path the page it opens
 * @param icon a Bootstrap Icons name (without the {@code bi-} prefix)
 * @param order position in its section
 * @param roles role names (without {@code ROLE_}) that see the entry
 */
public record NavigationEntry(
        NavigationSection section, String label, String path, String icon, int order, Set<String> roles) {

    public boolean visibleTo(Set<String> userRoles) {
        return roles.stream().anyMatch(userRoles::contains);
    }
}
