package org.coproduce.portal.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coproduce.portal.common.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Picture files under {@code coproduce.data.dir}/uploads, named by the server (a random token and the
 * extension of the format we encoded), never by the person who uploaded them.
 */
@ApplicationScoped
public class PictureFiles {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{43}\\.(png|jpg)");

    @Inject
    @ConfigProperty(name = "coproduce.data.dir", defaultValue = "data")
    String dataDir;

    Path folder() {
        return Path.of(dataDir, "uploads");
    }

    /** Stores the bytes under a new name and returns the name. */
    public String save(byte[] bytes, String extension) {
        String name = Tokens.newToken() + "." + extension;
        try {
            Files.createDirectories(folder());
            Files.write(folder().resolve(name), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a picture in " + folder(), e);
        }
        return name;
    }

    /** The bytes of a stored picture, if the name is one this class makes and the file exists. */
    public Optional<byte[]> read(String name) {
        if (!plausible(name)) {
            return Optional.empty();
        }
        Path file = folder().resolve(name);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a stored picture (when the change that added it did not go through). */
    public void delete(String name) {
        if (plausible(name)) {
            try {
                Files.deleteIfExists(folder().resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether {@code name} has the shape of a name this class makes (guards against paths like ../x). */
    public static boolean plausible(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
