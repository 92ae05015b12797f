package org.trio.referential;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import org.trio.access.Role;
import org.trio.support.Logins;

/** Forms posted and lists read as a demo role, for the referential's page tests. */
final class ReferentialPages {

    private static final SplittableRandom RANDOM = new SplittableRandom();

    private final MockMvc mvc;
    private final Logins logins;

    ReferentialPages(MockMvc mvc, UserDetailsService users) {
        this.mvc = mvc;
        this.logins = new Logins(users);
    }

    /** A word of letters no demo record holds, to find a test's own records by search. */
    static String uniqueWord(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    MockHttpServletResponse post(Role role, String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.post(path).with(csrf()).with(logins.as(role));
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Posts a form that must be saved; the id in the address the page redirects to. */
    long created(Role role, String path, Map<String, String> fields) throws Exception {
        MockHttpServletResponse response = post(role, path, fields);
        String location = response.getRedirectedUrl();
        if (response.getStatus() != 302 || location == null) {
            throw new AssertionError("not saved (" + response.getStatus() + "): "
                    + HtmlUtils.htmlUnescape(response.getContentAsString()).replaceAll("\\s+", " "));
        }
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Posts a form that must come back with errors; the page's text (HTML entities decoded). */
    String refused(Role role, String path, Map<String, String> fields) throws Exception {
        MockHttpServletResponse response = post(role, path, fields);
        if (response.getStatus() != 200) {
            throw new AssertionError(
                    "expected the form again, got " + response.getStatus() + " → " + response.getRedirectedUrl());
        }
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    /** A page (or, with htmx, its results fragment) with the given parameters, its HTML entities decoded. */
    String page(Role role, String path, Map<String, String> parameters) throws Exception {
        MockHttpServletRequestBuilder request = get(path).with(logins.as(role));
        parameters.forEach(request::param);
        return HtmlUtils.htmlUnescape(
                mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    String fragment(Role role, String path, Map<String, String> parameters) throws Exception {
        MockHttpServletRequestBuilder request =
                get(path).header("HX-Request", "true").with(logins.as(role));
        parameters.forEach(request::param);
        return HtmlUtils.htmlUnescape(
                mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    /** The ids of the records a list links to, e.g. {@code ids(html, "/mentors/")}, in order. */
    static List<Long> ids(String html, String prefix) {
        Matcher matcher =
                Pattern.compile("href=\"" + Pattern.quote(prefix) + "(\\d+)\"").matcher(html);
        List<Long> ids = new ArrayList<>();
        while (matcher.find()) {
            long id = Long.parseLong(matcher.group(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
