package dev.drop.transactions.internal.qr;

/** A scanned payload that is not a valid EMV QR code, or not one of Drop's. */
public final class QrPayloadException extends RuntimeException {

    public QrPayloadException(String reason) {
        super(reason);
    }
}
