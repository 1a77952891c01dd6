package dev.drop.auth.internal.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The commonly used passwords the module ships: zxcvbn's list of the 30,000 most used ones, unpacked into the bundle
 * at build time, lower-cased, one per line.
 */
public final class CommonPasswords {

    private static final String RESOURCE = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    public static CommonPasswords shipped() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing from the bundle: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> all = new HashSet<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String password = line.strip();
                if (!password.isEmpty()) {
                    all.add(password.toLowerCase(Locale.ROOT));
                }
            }
            return new CommonPasswords(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CommonPasswords of(Set<String> passwords) {
        return new CommonPasswords(passwords);
    }

    public boolean contains(String lowerCasePassword) {
        return passwords.contains(lowerCasePassword);
    }

    public int size() {
        return passwords.size();
    }
}
