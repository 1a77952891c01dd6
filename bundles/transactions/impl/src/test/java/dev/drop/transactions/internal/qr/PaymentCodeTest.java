package dev.drop.transactions.internal.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.drop.platform.money.Money;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PaymentCodeTest {

    /** EMVCo's MPM specification sample, with a language template in Chinese (published vector). */
    static final String EMVCO_SAMPLE = "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678"
            + "520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***"
            + "0708A60086670902ME91320016A0112233449988770708123456786304";

    static final UUID REQUEST = UUID.fromString("6f1c1c4e-2b4e-4a8e-9d43-3b1f5f0c9a11");

    @Test
    void crcMatchesPublishedCheckValues() {
        assertEquals("29B1", Crc16.of("123456789"));
        assertEquals("A13A", Crc16.of(EMVCO_SAMPLE));
    }

    @Test
    void readsEmvcoSampleCountingCharactersNotBytes() {
        Map<String, String> objects = PayloadCheck.objects(EMVCO_SAMPLE + "A13A");
        assertEquals("BEST TRANSPORT", objects.get("59"));
        assertEquals("BEIJING", objects.get("60"));
        assertEquals("23.72", objects.get("54"));
        assertEquals("156", objects.get("53"));
        Map<String, String> language = DataObjects.parse(objects.get("64"));
        assertEquals("最佳运输", language.get("01"));
        assertEquals("北京", language.get("02"));
    }

    @Test
    void anotherSchemesCodeIsNotDrops() {
        QrPayloadException refused = assertThrows(QrPayloadException.class, () -> PaymentCode.parse(EMVCO_SAMPLE + "A13A"));
        assertTrue(refused.getMessage().contains("no Drop merchant account template"), refused.getMessage());
    }

    @Test
    void dynamicCodeRoundTrips() {
        PaymentCode code = PaymentCode.forRequest(REQUEST, "5977", Money.of(12900, "SEK"), "SE",
                "Maison Lumière Parfums et Bougies AB", "Stockholm", "Order 1042");
        String payload = code.encode();
        assertTrue(payload.startsWith("000201010212"), payload);
        assertTrue(payload.contains("5303752" + "5406129.00" + "5802SE"), payload);
        PaymentCode read = PaymentCode.parse(payload);
        assertEquals(code, read);
        assertEquals("Maison Lumière Parfums et", read.merchantName());
        assertEquals(Money.of(12900, "SEK"), read.money());
        assertEquals("Order 1042", read.reference());
    }

    @Test
    void amountsFollowTheCurrencysExponent() {
        String yen = PaymentCode.forRequest(REQUEST, "5812", Money.of(1290, "JPY"), "JP", "Sushi",
                "Tokyo", null).encode();
        assertTrue(yen.contains("54041290"), yen);
        assertEquals(1290L, PaymentCode.parse(yen).amount());
        String dinar = PaymentCode.forRequest(REQUEST, "5812", Money.of(1250, "KWD"), "KW", "Souk",
                "Kuwait City", null).encode();
        assertTrue(dinar.contains("54051.250"), dinar);
        assertEquals(1250L, PaymentCode.parse(dinar).amount());
    }

    @Test
    void staticCodeNamesTheMerchantAndNoAmount() {
        UUID merchant = UUID.randomUUID();
        PaymentCode code = PaymentCode.forMerchant(merchant, "5977", Currency.getInstance("EUR"), "FI", "Kahvila",
                "A city with a much too long name");
        PaymentCode read = PaymentCode.parse(code.encode());
        assertTrue(code.encode().startsWith("000201010211"));
        assertEquals(merchant, read.target());
        assertNull(read.amount());
        assertEquals("A city with a m", read.city());
    }

    @Test
    void anyChangedCharacterBreaksTheCrc() {
        String payload = PaymentCode.forRequest(REQUEST, "5977", Money.of(12900, "SEK"), "SE",
                "Lumière", "Stockholm", "Order 1042").encode();
        for (int i = 0; i < payload.length(); i++) {
            char changed = payload.charAt(i) == '1' ? '2' : '1';
            String damaged = payload.substring(0, i) + changed + payload.substring(i + 1);
            assertThrows(QrPayloadException.class, () -> PaymentCode.parse(damaged), "changed at " + i + ": " + damaged);
        }
    }

    @Test
    void refusesWhatIsNotAPayload() {
        for (String bad : new String[] {"", "hello", "6304FFFF", "00020101021263041234", "0002016304" + Crc16.of("0002016304")}) {
            assertThrows(QrPayloadException.class, () -> PaymentCode.parse(bad), bad);
        }
        String lying = "00020101021226990008dev.drop6304";
        assertThrows(QrPayloadException.class, () -> PaymentCode.parse(lying + Crc16.of(lying)));
    }

    @Test
    void pngDecodesBackToThePayload() throws Exception {
        String payload = PaymentCode.forRequest(REQUEST, "5977", Money.of(12900, "SEK"), "SE",
                "Lumière", "Stockholm", "Order 1042").encode();
        QrImages images = QrImages.of(payload);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(images.png()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertEquals(payload, decoded);
        assertTrue(images.svg().startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    }
}
