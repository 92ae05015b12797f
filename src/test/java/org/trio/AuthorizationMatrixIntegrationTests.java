package org.trio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.trio.access.Role;
import org.trio.support.DemoUsers;
import org.trio.support.MatrixPlaceholders;

/**
 * Walks every route of Trio with every demo role (and without login), and checks each answer against the expected one
 * written in {@code src/test/resources/authorization/<module>.csv}. A route without a row fails the build, so a new page
 * cannot ship without its access rules being stated.
 *
 * <p>Rows: {@code METHOD;path;expected per role…}; the header names the roles (and {@code ANONYMOUS}). Paths may hold
 * placeholders like {@code {ownApprentice}}, resolved by the SQL of {@code authorization/<module>.placeholders}
 * ({@code name=select …}). Expected values: {@code ok} (GET: a page or a redirect other than to the login; POST:
 * neither refused nor failing), {@code 403}, {@code 404}, {@code login} (redirect to the login page) or a status code.
 */
@TrioIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Set<String> IGNORED_PREFIXES = Set.of("/error", "/v3/api-docs", "/swagger-ui");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private final List<Row> rows = new ArrayList<>();
    private MatrixPlaceholders placeholders;

    record Row(String source, HttpMethod method, String path, Map<String, String> expected) {}

    @BeforeAll
    void loadMatrix() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        placeholders = MatrixPlaceholders.load();
        for (Resource resource : resolver.getResources("classpath*:authorization/*.csv")) {
            String[] header = null;
            String text = new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 2; i < header.length; i++) {
                    expected.put(header[i].strip(), cells[i].strip());
                }
                rows.add(new Row(
                        resource.getFilename(), HttpMethod.valueOf(cells[0].strip()), cells[1].strip(), expected));
            }
        }
    }

    @Test
    void givesEachPlaceholderOneSqlInEveryFile() {
        assertThat(placeholders.conflicts())
                .as("placeholders defined again with another SQL (the files share one namespace)")
                .isEmpty();
    }

    @Test
    void statesTheAccessRulesOfEveryRoute() {
        Set<String> missing = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getName().startsWith("org.springdoc")
                    || handler.getBeanType().getName().startsWith("org.springframework.boot")) {
                return;
            }
            for (String pattern : patterns(info)) {
                if (IGNORED_PREFIXES.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                for (HttpMethod method : methods(info)) {
                    PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
                    boolean covered = rows.stream()
                            .anyMatch(row -> row.method().equals(method)
                                    && parsed.matches(org.springframework.http.server.PathContainer.parsePath(
                                            samplePath(row.path()))));
                    if (!covered) {
                        missing.add(method + " " + pattern + " ("
                                + handler.getBeanType().getSimpleName() + ")");
                    }
                }
            }
        });
        assertThat(missing)
                .as("routes without a row in src/test/resources/authorization/*.csv")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> answersEveryRoleAsStated() {
        return rows.stream()
                .flatMap(row -> row.expected().entrySet().stream()
                        .map(entry -> DynamicTest.dynamicTest(
                                row.method() + " " + row.path() + " as " + entry.getKey() + " → " + entry.getValue(),
                                () -> check(row, entry.getKey(), entry.getValue()))));
    }

    private void check(Row row, String who, String expected) throws Exception {
        String path = resolve(row.path());
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.request(row.method(), path).with(csrf());
        if (!who.equals("ANONYMOUS")) {
            request = request.with(user(users.loadUserByUsername(DemoUsers.of(Role.valueOf(who)))));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String location = String.valueOf(response.getRedirectedUrl());
        String description = row.method() + " " + path + " as " + who + " (" + row.source() + ") answered " + status
                + (status / 100 == 3 ? " → " + location : "");
        switch (expected) {
            case "ok" -> {
                if (row.method() == HttpMethod.GET) {
                    assertThat(status).as(description).isBetween(200, 399);
                    assertThat(location).as(description).doesNotContain("/login");
                } else {
                    assertThat(status).as(description).isNotIn(401, 403).isLessThan(500);
                }
            }
            case "login" -> {
                assertThat(status).as(description).isEqualTo(302);
                assertThat(location).as(description).contains("/login");
            }
            default -> assertThat(status).as(description).isEqualTo(Integer.parseInt(expected));
        }
    }

    private String resolve(String path) {
        Matcher matcher = PLACEHOLDER.matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String sql = placeholders.sql(matcher.group(1));
            assertThat(sql)
                    .as("placeholder {" + matcher.group(1) + "} has no SQL in authorization/*.placeholders")
                    .isNotNull();
            Object value =
                    jdbc.sql(sql).query((rs, rowNumber) -> rs.getObject(1)).single();
            matcher.appendReplacement(resolved, String.valueOf(value));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    /** The path of a row with placeholders replaced by a sample value, to match route patterns. */
    private static String samplePath(String path) {
        return PLACEHOLDER.matcher(path.replaceAll("\\?.*$", "")).replaceAll("1");
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null
                ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
    }

    private static List<HttpMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        if (methods.isEmpty()) {
            return List.of(HttpMethod.GET);
        }
        return methods.stream().map(method -> HttpMethod.valueOf(method.name())).toList();
    }

    static List<String> roles() {
        List<String> roles =
                new ArrayList<>(Arrays.stream(Role.values()).map(Role::name).toList());
        roles.add("ANONYMOUS");
        return roles;
    }
}
