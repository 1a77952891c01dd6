package dev.drop.platform.paging;

import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The position after the last item of a page: the sort-key values of that item, handed to clients as an opaque
 * URL-safe token. A token that was not produced by {@link #encode()} decodes to a 400 problem, never an exception
 * deeper down.
 */
public record Cursor(List<String> keys) {

    private static final int FORMAT = 1;
    private static final int MAX_TOKEN_LENGTH = 2048;

    public Cursor {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("a cursor has at least one key");
        }
        keys = List.copyOf(keys);
    }

    public static Cursor of(String... keys) {
        return new Cursor(List.of(keys));
    }

    public String key(int index) {
        return keys.get(index);
    }

    public String encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeByte(keys.size());
            for (String key : keys) {
                byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
                out.writeShort(utf8.length);
                out.write(utf8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /** Decodes a client's token, or throws a 400 problem naming the {@code cursor} parameter. */
    public static Cursor decode(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw invalid();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(token)))) {
            if (in.readUnsignedByte() != FORMAT) {
                throw invalid();
            }
            int count = in.readUnsignedByte();
            List<String> keys = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                byte[] utf8 = new byte[in.readUnsignedShort()];
                in.readFully(utf8);
                keys.add(new String(utf8, StandardCharsets.UTF_8));
            }
            if (in.available() > 0 || keys.isEmpty()) {
                throw invalid();
            }
            return new Cursor(keys);
        } catch (IOException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static RuntimeException invalid() {
        return ProblemType.VALIDATION.exception("The cursor is not one this API returned.",
                List.of(new FieldError("cursor", "not a valid cursor; pass the nextCursor of the previous page")));
    }
}
