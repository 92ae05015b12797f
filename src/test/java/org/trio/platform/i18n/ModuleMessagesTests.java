package org.trio.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * All modules' messages share one namespace (form labels are looked up as {@code <form>.<field>}): a key defined by
 * two modules with different texts would show one module's label in the other's page.
 */
class ModuleMessagesTests {

    @Test
    void noTwoModulesGiveTheSameKeyDifferentTexts() throws IOException {
        Map<String, String> texts = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        List<String> conflicts = new ArrayList<>();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        assertThat(files).hasSizeGreaterThan(5);
        for (Resource file : files) {
            Properties properties = new Properties();
            try (var in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            for (String key : properties.stringPropertyNames()) {
                String text = properties.getProperty(key);
                String known = texts.putIfAbsent(key, text);
                if (known != null && !known.equals(text)) {
                    conflicts.add(key + " (" + owners.get(key) + ", " + file.getFilename() + ")");
                }
                owners.putIfAbsent(key, file.getFilename());
            }
        }
        assertThat(conflicts).isEmpty();
    }
}
