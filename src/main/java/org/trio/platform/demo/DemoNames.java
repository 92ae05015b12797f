package org.trio.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.core.io.ClassPathResource;

/** French first and last names for demo people. */
public final class DemoNames {

    private final List<String> male;
    private final List<String> female;
    private final List<String> last;

    private DemoNames(List<String> male, List<String> female, List<String> last) {
        this.male = male;
        this.female = female;
        this.last = last;
    }

    static DemoNames load() {
        return new DemoNames(read("first-names-m.txt"), read("first-names-f.txt"), read("last-names.txt"));
    }

    public String firstName(SplittableRandom random, String sex) {
        List<String> names = "F".equals(sex) ? female : male;
        return names.get(random.nextInt(names.size()));
    }

    public String lastName(SplittableRandom random) {
        return last.get(random.nextInt(last.size()));
    }

    private static List<String> read(String file) {
        try (InputStream in = new ClassPathResource("demo/" + file).getInputStream()) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
