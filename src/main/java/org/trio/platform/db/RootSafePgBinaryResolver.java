package org.trio.platform.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * Gives the PostgreSQL binaries shipped through Maven, made able to run when Trio itself runs as root.
 *
 * <p>PostgreSQL refuses to run as root. When the JVM runs as root (a fresh server, a CI container), the archive is
 * repackaged once so that {@code initdb} and {@code pg_ctl} are small scripts that start the real programs in a new
 * user namespace ({@code unshare -U}), where they run as an unprivileged user while still owning their files. For
 * any other user the original archive is used unchanged.
 */
final class RootSafePgBinaryResolver implements PgBinaryResolver {

    static final RootSafePgBinaryResolver INSTANCE = new RootSafePgBinaryResolver();
    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
    private static final String WRAPPER_VERSION = "1";

    private RootSafePgBinaryResolver() {}

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        if (original == null || !"Linux".equals(system) || !runsAsRoot()) {
            return original;
        }
        byte[] archive;
        try (original) {
            archive = original.readAllBytes();
        }
        Path cached = Path.of(
                System.getProperty("java.io.tmpdir"),
                "trio-pg",
                "postgres-rootsafe-" + WRAPPER_VERSION + "-" + md5(archive) + ".txz");
        if (!Files.exists(cached)) {
            Files.createDirectories(cached.getParent());
            Path partial = Files.createTempFile(cached.getParent(), "partial", ".txz");
            try (OutputStream out = Files.newOutputStream(partial)) {
                repackage(new ByteArrayInputStream(archive), out);
            }
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return Files.newInputStream(cached);
    }

    static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void repackage(InputStream archive, OutputStream target) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(archive));
                TarArchiveOutputStream out =
                        new TarArchiveOutputStream(new XZOutputStream(target, new LZMA2Options(0)))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (WRAPPED.contains(name) && entry.isFile()) {
                    copy(in, out, entry, name + ".real");
                    byte[] script = wrapper(name.substring("bin/".length())).getBytes(StandardCharsets.UTF_8);
                    TarArchiveEntry wrapper = new TarArchiveEntry(name);
                    wrapper.setMode(0755);
                    wrapper.setSize(script.length);
                    out.putArchiveEntry(wrapper);
                    out.write(script);
                    out.closeArchiveEntry();
                } else {
                    copy(in, out, entry, entry.getName());
                }
            }
        }
    }

    private static void copy(TarArchiveInputStream in, TarArchiveOutputStream out, TarArchiveEntry entry, String name)
            throws IOException {
        TarArchiveEntry copy = new TarArchiveEntry(
                name,
                entry.isSymbolicLink()
                        ? TarArchiveEntry.LF_SYMLINK
                        : entry.isDirectory() ? TarArchiveEntry.LF_DIR : TarArchiveEntry.LF_NORMAL);
        copy.setMode(entry.getMode());
        copy.setLinkName(entry.getLinkName());
        if (entry.isFile()) {
            copy.setSize(entry.getSize());
        }
        out.putArchiveEntry(copy);
        if (entry.isFile()) {
            in.transferTo(out);
        }
        out.closeArchiveEntry();
    }

    private static String wrapper(String program) {
        return "#!/bin/sh\n"
                + "# Runs " + program + " in a user namespace when started by root (PostgreSQL refuses root).\n"
                + "here=$(dirname \"$0\")\n"
                + "if [ \"$(id -u)\" = 0 ]; then exec unshare -U \"$here/" + program + ".real\" \"$@\"; fi\n"
                + "exec \"$here/" + program + ".real\" \"$@\"\n";
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
