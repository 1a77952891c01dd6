package dev.drop.itests;

import static dev.drop.itests.AuthClient.bearer;
import static dev.drop.itests.Problems.assertProblem;
import static dev.drop.itests.Shops.created;
import static dev.drop.itests.Shops.merchant;
import static dev.drop.itests.Shops.product;
import static dev.drop.itests.Shops.variant;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Product images over real HTTP against PostgreSQL: uploads good and malicious, serving, order, and no orphan files. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProductImagesIT extends DropTestSupport {

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres());
    }

    @Test
    public void ownersUploadDescribeAndOrderImagesThatAreServedWithoutMetadataAndLeaveNoFilesBehind() throws Exception {
        Http api = readyApi();
        AuthClient auth = awaitShops(api);
        Shops.Owner owner = Shops.openShop(auth, "lea@example.com", merchant("lea-atelier"));
        String lea = owner.bearer();
        String shop = owner.shop();
        String products = "/api/v1/merchants/" + shop + "/products";
        String vetiver = created(api.postJson(products, product("LA-VETIVER", "Vetiver Fume", "Lea", "PUBLISHED", "[]",
                variant("LA-VET-50", "50 ml", 99000, 2)), "Authorization", lea)).path("id").asText();
        String images = products + "/" + vetiver + "/images";

        byte[] photo = withExif(picture("jpg", 2400, 1800, BufferedImage.TYPE_INT_RGB), "GPS 59.3293N 18.0686E");
        JsonNode bottle = created(api.postFile(images, "vetiver.jpg", "image/jpeg", photo,
                Map.of("alt", "A bottle of Vetiver Fume on oak"), "Authorization", lea));
        assertEquals("A bottle of Vetiver Fume on oak", bottle.path("alt").asText());
        assertEquals(List.of(320, 640, 1024, 1600), widths(bottle));

        Http.Reply served = api.get(bottle.path("url").asText());
        assertEquals(200, served.status());
        assertEquals("image/jpeg", served.contentType());
        assertEquals("nosniff", served.header("X-Content-Type-Options"));
        assertThat(served.header("Cache-Control"), containsString("immutable"));
        BufferedImage largest = ImageIO.read(new ByteArrayInputStream(served.bytes()));
        assertEquals(1600, largest.getWidth());
        assertEquals(1200, largest.getHeight());
        String raw = new String(served.bytes(), StandardCharsets.ISO_8859_1);
        assertFalse("EXIF kept", raw.contains("Exif"));
        assertFalse("GPS kept", raw.contains("59.3293N"));
        assertEquals(304, api.get(bottle.path("url").asText(), "If-None-Match", served.header("ETag")).status());
        Http.Reply missing = api.get("/media/passwd");
        assertEquals(404, missing.status());
        assertEquals("application/problem+json", missing.contentType());

        JsonNode label = created(api.postFile(images, "label.jpg", "image/jpeg",
                picture("png", 500, 500, BufferedImage.TYPE_INT_ARGB), Map.of(), "Authorization", lea));
        assertTrue(label.path("url").asText(), label.path("url").asText().endsWith(".png"));
        assertEquals("image/png", api.get(label.path("url").asText()).contentType());

        assertProblem(api.postFile(images, "shell.jpg", "image/jpeg", "<?php system($_GET['c']); ?>".getBytes(
                StandardCharsets.US_ASCII), Map.of(), "Authorization", lea), 415, "unsupported-media-type");
        assertProblem(api.postFile(images, "bomb.png", "image/png", bomb(), Map.of(), "Authorization", lea), 422,
                "unprocessable");
        assertProblem(api.postFile(images, "half.jpg", "image/jpeg", Arrays.copyOf(photo, photo.length / 2), Map.of(),
                "Authorization", lea), 422, "unprocessable");
        assertProblem(api.postFile(images, "huge.jpg", "image/jpeg", new byte[15_800_000], Map.of(), "Authorization", lea),
                413, "payload-too-large");
        assertProblem(api.send("POST", images, BodyPublishers.ofString("{}"), "Authorization", lea, "Content-Type",
                "application/json"), 415, "unsupported-media-type");

        auth.register("sam@example.com");
        String sam = bearer(auth.login("sam@example.com"));
        created(api.postJson("/api/v1/merchants", merchant("sam-shop"), "Authorization", sam));
        assertProblem(api.postFile(images, "mine.jpg", "image/jpeg", photo, Map.of(), "Authorization", sam), 404, "not-found");
        assertProblem(api.send("DELETE", images + "/" + bottle.path("id").asText(), BodyPublishers.noBody(),
                "Authorization", sam), 404, "not-found");
        assertProblem(api.get(images, "Authorization", sam), 404, "not-found");

        String order = "{\"imageIds\": [\"" + label.path("id").asText() + "\", \"" + bottle.path("id").asText() + "\"]}";
        Http.Reply reordered = api.send("PUT", images + "/order", BodyPublishers.ofString(order), "Authorization", lea,
                "Content-Type", "application/json");
        assertEquals(reordered.body(), 200, reordered.status());
        assertEquals(label.path("id").asText(), reordered.json().path("images").get(0).path("id").asText());
        assertProblem(api.send("PUT", images + "/order", BodyPublishers.ofString("{\"imageIds\": [\"" + label.path("id").asText()
                + "\"]}"), "Authorization", lea, "Content-Type", "application/json"), 400, "validation");
        Http.Reply described = Shops.patch(api, images + "/" + label.path("id").asText(), "{\"alt\": \"The label, close up\"}",
                lea, null);
        assertEquals(described.body(), "The label, close up", described.json().path("alt").asText());

        Shops.approve(sessions, auth, shop);
        JsonNode shown = api.get("/api/v1/catalog/lea-atelier/products/vetiver-fume").json().path("images");
        assertEquals("The label, close up", shown.get(0).path("alt").asText());
        assertEquals(4, shown.get(1).path("sources").size());
        JsonNode listed = api.get("/api/v1/catalog/lea-atelier/products").json().path("products").get(0).path("images");
        assertEquals(shown, listed);
        assertEquals(2, api.get("/api/v1/merchants/" + shop + "/dashboard", "Authorization", lea).json()
                .path("sections").path("catalog").path("images").asInt());

        String copy = created(api.postJson(products, product("LA-VETIVER-2", "Vetiver Travel", "Lea", "DRAFT", "[]", ""),
                "Authorization", lea)).path("id").asText();
        created(api.postFile(products + "/" + copy + "/images", "same.jpg", "image/jpeg", photo, Map.of(), "Authorization", lea));
        assertEquals(6, files().size());

        assertEquals(204, api.send("DELETE", images + "/" + label.path("id").asText(), BodyPublishers.noBody(),
                "Authorization", lea).status());
        assertEquals("the label's two files are gone", 4, files().size());
        assertEquals(204, api.send("DELETE", products + "/" + vetiver, BodyPublishers.noBody(), "Authorization", lea).status());
        assertEquals("files another product shows stay", 4, files().size());
        assertEquals(204, api.send("DELETE", products + "/" + copy, BodyPublishers.noBody(), "Authorization", lea).status());
        assertEquals(Set.of(), files());
        assertEquals(404, api.get(bottle.path("url").asText()).status());
    }

    private static List<Integer> widths(JsonNode image) {
        List<Integer> widths = new ArrayList<>();
        image.path("sources").forEach(source -> widths.add(source.path("width").asInt()));
        return widths;
    }

    private static Set<Path> files() throws IOException {
        Path media = Path.of(System.getProperty("karaf.data"), "media");
        if (!Files.isDirectory(media)) {
            return Set.of();
        }
        try (Stream<Path> all = Files.walk(media)) {
            return all.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }

    private static byte[] picture(String format, int width, int height, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new Color(90, 60, 30, type == BufferedImage.TYPE_INT_ARGB ? 140 : 255));
        graphics.fillRect(0, 0, width, height);
        graphics.setPaint(Color.WHITE);
        graphics.fillRect(width / 3, height / 5, width / 3, height * 3 / 5);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A small PNG whose header claims 100,000 × 100,000 pixels. */
    private static byte[] bomb() throws IOException {
        byte[] png = picture("png", 8, 8, BufferedImage.TYPE_INT_RGB);
        ByteBuffer.wrap(png).putInt(16, 100_000).putInt(20, 100_000);
        return png;
    }

    /** The JPEG with an EXIF segment holding the text, after its JFIF segment, as cameras and phones write them. */
    private static byte[] withExif(byte[] jpeg, String text) {
        int at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0};
        byte[] payload = text.getBytes(StandardCharsets.US_ASCII);
        int length = 2 + 6 + tiff.length + payload.length;
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + length);
        out.put(jpeg, 0, at).put((byte) 0xFF).put((byte) 0xE1).putShort((short) length)
                .put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff).put(payload).put(jpeg, at, jpeg.length - at);
        return out.array();
    }
}
