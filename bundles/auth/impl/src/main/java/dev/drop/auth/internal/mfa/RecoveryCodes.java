package dev.drop.auth.internal.mfa;

import dev.drop.auth.internal.token.RefreshTokens;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Single-use recovery codes: ten of {@code xxxxx-xxxxx} (50 random bits each), stored as SHA-256. */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final int LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    public List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < LENGTH; c++) {
                if (c == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The stored form of a code as its owner may type it: any case, with or without the dash or spaces. */
    public static String hash(String typed) {
        return RefreshTokens.hash(typed.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT));
    }
}
