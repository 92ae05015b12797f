package org.trio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Trio, the information system of apprenticeship training centres (CFA). */
@SpringBootApplication
@EnableScheduling
@Modulithic(
        systemName = "Trio",
        sharedModules = {"shared", "platform"})
public class TrioApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrioApplication.class, args);
    }
}
