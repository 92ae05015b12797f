package org.trio.exchange.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trio.access.CurrentUser;
import org.trio.platform.web.PublicPaths;

/**
 * Security of the REST API ({@code /api/**}): no session, no login page, no CSRF token (no cookie is read); each request
 * carries an API key as {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}. The key's requests are counted
 * in a token bucket ({@code trio.api.requests-per-minute} per key, refused keys counted per address); an exhausted
 * bucket answers {@code 429} with {@code Retry-After}. Errors are RFC 9457 problem details in French. The OpenAPI
 * description and its interactive page are public: they hold no data.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    /** Refused keys allowed per address and minute, to slow down guessing. */
    static final int REFUSED_PER_MINUTE = 20;

    @Bean
    @Order(50)
    SecurityFilterChain api(
            HttpSecurity http, ApiKeys keys, @Value("${trio.api.requests-per-minute:120}") int perMinute)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .access((authentication, context) ->
                                new AuthorizationDecision(authentication.get() instanceof ApiKeyAuthentication)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiKeyFilter(keys, perMinute), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (request, response, e) -> Problems.write(
                                        response,
                                        HttpServletResponse.SC_UNAUTHORIZED,
                                        "Clé d'API requise",
                                        "Envoyez votre clé d'API dans l'en-tête « Authorization: Bearer <clé> » ou « X-API-Key »."))
                        .accessDeniedHandler((request, response, e) -> {
                            if (SecurityContextHolder.getContext().getAuthentication()
                                    instanceof ApiKeyAuthentication) {
                                Problems.write(
                                        response,
                                        HttpServletResponse.SC_FORBIDDEN,
                                        "Accès refusé",
                                        "Cette clé d'API ne permet pas cette requête.");
                            } else {
                                // a session of the pages does not open the API
                                Problems.write(
                                        response,
                                        HttpServletResponse.SC_UNAUTHORIZED,
                                        "Clé d'API requise",
                                        "L'API ne reconnaît que les clés d'API, dans l'en-tête « Authorization:"
                                                + " Bearer <clé> » ou « X-API-Key ».");
                            }
                        }));
        return http.build();
    }

    @Bean
    PublicPaths apiDocumentationPaths() {
        return new PublicPaths(List.of("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"));
    }

    /** The authentication of a request by an API key: the key acts as its organisation's administration. */
    static final class ApiKeyAuthentication extends AbstractAuthenticationToken {
        private final ApiKeys.Key key;

        ApiKeyAuthentication(ApiKeys.Key key) {
            super(key.scopes().stream()
                    .map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope.code()))
                    .toList());
            this.key = key;
            setAuthenticated(true);
        }

        ApiKeys.Key key() {
            return key;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public CurrentUser getPrincipal() {
            return key.asUser();
        }
    }

    /** Reads the key, authenticates it and counts the request (only in the API's filter chain). */
    static class ApiKeyFilter extends OncePerRequestFilter {

        private final ApiKeys keys;
        private final int perMinute;
        private final Map<Long, Bucket> byKey = new ConcurrentHashMap<>();
        private final Map<String, Bucket> refusedByAddress = new ConcurrentHashMap<>();

        ApiKeyFilter(ApiKeys keys, int perMinute) {
            this.keys = keys;
            this.perMinute = perMinute;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String text = keyOf(request);
            if (text == null) {
                chain.doFilter(request, response);
                return;
            }
            Optional<ApiKeys.Key> key = keys.authenticate(text);
            if (key.isEmpty()) {
                Bucket refused = refusedByAddress.computeIfAbsent(
                        request.getRemoteAddr(), address -> bucket(REFUSED_PER_MINUTE));
                ConsumptionProbe probe = refused.tryConsumeAndReturnRemaining(1);
                if (!probe.isConsumed()) {
                    tooMany(response, probe);
                    return;
                }
                Problems.write(
                        response,
                        HttpServletResponse.SC_UNAUTHORIZED,
                        "Clé d'API invalide",
                        "Cette clé d'API est inconnue ou a été révoquée.");
                return;
            }
            ConsumptionProbe probe = byKey.computeIfAbsent(key.get().id(), id -> bucket(perMinute))
                    .tryConsumeAndReturnRemaining(1);
            response.setHeader("X-RateLimit-Limit", Integer.toString(perMinute));
            response.setHeader("X-RateLimit-Remaining", Long.toString(Math.max(0, probe.getRemainingTokens())));
            if (!probe.isConsumed()) {
                tooMany(response, probe);
                return;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new ApiKeyAuthentication(key.get()));
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        private static @Nullable String keyOf(HttpServletRequest request) {
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return authorization.substring(7).strip();
            }
            String header = request.getHeader("X-API-Key");
            return header == null || header.isBlank() ? null : header.strip();
        }

        private static Bucket bucket(int perMinute) {
            return Bucket.builder()
                    .addLimit(Bandwidth.builder()
                            .capacity(perMinute)
                            .refillGreedy(perMinute, Duration.ofMinutes(1))
                            .build())
                    .build();
        }

        private static void tooMany(HttpServletResponse response, ConsumptionProbe probe) throws IOException {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            response.setHeader("Retry-After", Long.toString(seconds));
            Problems.write(
                    response,
                    429,
                    "Trop de requêtes",
                    "La limite de requêtes de cette clé est atteinte : réessayez dans " + seconds + " s.");
        }
    }

    /** RFC 9457 problem details written outside Spring MVC (in the filters). */
    static final class Problems {

        private Problems() {}

        static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (status == HttpServletResponse.SC_UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":" + status
                            + ",\"detail\":" + json(detail) + "}");
        }

        static String json(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }
}
