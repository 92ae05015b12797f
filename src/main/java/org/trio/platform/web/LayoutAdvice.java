package org.trio.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the navigation its user may see. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    private final List<NavigationEntry> entries;

    LayoutAdvice(List<NavigationEntry> entries) {
        this.entries = entries;
    }

    @ModelAttribute("navigation")
    Map<NavigationSection, List<NavigationEntry>> navigation() {
        Set<String> roles = currentRoles();
        return entries.stream()
                .filter(entry -> entry.visibleTo(roles))
                .sorted(Comparator.comparing(NavigationEntry::section).thenComparingInt(NavigationEntry::order))
                .collect(Collectors.groupingBy(NavigationEntry::section, LinkedHashMap::new, Collectors.toList()));
    }

    private static Set<String> currentRoles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toSet());
    }
}
