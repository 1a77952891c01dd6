package dev.drop.transactions.internal.qr;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR), as EMV QR codes end with. */
final class Crc16 {

    private Crc16() {
    }

    /** The checksum of the text's UTF-8 bytes as four upper-case hex digits. */
    static String of(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }
        return HexFormat.of().withUpperCase().toHexDigits((short) crc);
    }
}
