package org.trio.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What an htmx request asks for. A list page answers a filter change with the fragment of its results, but a history
 * restoration (back button after the address changed) needs the whole page again.
 */
public final class Htmx {

    private Htmx() {}

    /** Whether the request comes from htmx and wants a fragment rather than the whole page. */
    public static boolean wantsFragment(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"))
                && !"true".equals(request.getHeader("HX-Boosted"));
    }

    /** The view name, or its named fragment for htmx requests ({@code "referential/apprentices :: results"}). */
    public static String view(HttpServletRequest request, String view, String fragment) {
        return wantsFragment(request) ? view + " :: " + fragment : view;
    }

    /** The name of the form field that triggered the request, if any ({@code HX-Trigger-Name}). */
    public static String triggerName(HttpServletRequest request) {
        String name = request.getHeader("HX-Trigger-Name");
        return name == null ? "" : name;
    }
}
