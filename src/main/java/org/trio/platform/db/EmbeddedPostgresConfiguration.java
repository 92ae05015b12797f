package org.trio.platform.db;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Ties the embedded PostgreSQL to the application context: the datasource depends on a lease bean, so on close the
 * pool goes first and the server stops after it (when no other context of the JVM still uses it).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "trio.embedded-db.active", havingValue = "true")
class EmbeddedPostgresConfiguration {

    static final String LEASE = "embeddedPostgresLease";

    @Bean(LEASE)
    Lease embeddedPostgresLease(Environment environment) {
        return new Lease(environment.getProperty(EmbeddedPostgresEnvironment.DATA_DIR, "data/postgres"));
    }

    @Bean
    static BeanFactoryPostProcessor dataSourceAfterEmbeddedPostgres() {
        return beanFactory -> {
            if (beanFactory instanceof BeanDefinitionRegistry registry
                    && registry.containsBeanDefinition("dataSource")) {
                BeanDefinition dataSource = registry.getBeanDefinition("dataSource");
                String[] dependsOn = dataSource.getDependsOn() == null ? new String[0] : dataSource.getDependsOn();
                if (Arrays.stream(dependsOn).noneMatch(LEASE::equals)) {
                    ((AbstractBeanDefinition) dataSource)
                            .setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of(LEASE))
                                    .toArray(String[]::new));
                }
            }
        };
    }

    /** A context's use of the embedded server, released when the context closes. */
    static final class Lease implements DisposableBean {

        private final String dataDir;

        Lease(String dataDir) {
            this.dataDir = dataDir;
        }

        @Override
        public void destroy() {
            EmbeddedPostgresEnvironment.release(dataDir);
        }
    }
}
