package org.trio.platform.i18n;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * French texts, one bundle per module: every {@code i18n/<module>.properties} on the classpath (UTF-8) is a basename,
 * so a module adds its texts without touching anybody else's file. Other languages add
 * {@code i18n/<module>_<lang>.properties}. Every text goes through {@link java.text.MessageFormat}, so an apostrophe is
 * written twice ({@code l''apprenti}).
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessagesConfiguration {

    @Bean
    MessageSource messageSource() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        String[] basenames = Arrays.stream(bundles)
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .filter(name -> !name.contains("_"))
                .map(name -> "classpath:i18n/" + name.substring(0, name.length() - ".properties".length()))
                .distinct()
                .sorted()
                .toArray(String[]::new);
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        source.setDefaultLocale(java.util.Locale.FRANCE);
        return source;
    }
}
