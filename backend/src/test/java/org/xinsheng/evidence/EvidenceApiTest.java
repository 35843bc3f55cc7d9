package org.xinsheng.evidence;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinsheng.staff.StaffService;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class EvidenceApiTest {

    static final byte[] PNG = TestImages.encode(TestImages.picture(120, 80), "png");
    static final byte[] JPEG = TestImages.encode(TestImages.picture(64, 48), "jpeg");
    static final byte[] WEBP = withHeader(new byte[]{'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'}, 900);

    @Inject @Client("/") HttpClient http;
    @Inject JsonMapper json;
    @Inject StaffService staffService;

    @Inject
    Api api;
    @Inject
    StaffFixtures staff;
    String code;

    static byte[] withHeader(byte[] header, int size) {
        byte[] b = Arrays.copyOf(header, size);
        for (int i = header.length; i < size; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    @BeforeEach
    void setUp() {
        code = Api.code(api.file("""
                {"text":"尕海镇牧场欠薪，有欠条","phone":"13812345678","township":"gahai","wageArrears":true,
                 "sector":"agriculture","amountYuan":8000,"workers":1}"""));
    }

    private MutableHttpRequest<?> upload(String uri, String name, String type, byte[] bytes) {
        MultipartBody body = MultipartBody.builder().addPart("photo", name, MediaType.of(type), bytes).build();
        return HttpRequest.POST(uri, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    private Api.Reply add(byte[] bytes, String name, String type) {
        return api.send(upload("/api/v1/complaints/" + code + "/evidence", name, type, bytes));
    }

    @Test
    void theWorkerAddsUpTo3PhotosAndOnlyAssignedHandlersSeeThem() {
        Api.Reply first = add(PNG, "欠条.png", "image/png");
        assertEquals(201, first.status(), first.body());
        assertEquals("image/jpeg", first.json().get("contentType").getStringValue(), "stored re-encoded as JPEG");
        assertEquals(201, add(JPEG, "slip.jpg", "image/jpeg").status());
        String handler = staff.handler("gahai");
        Api.Reply third = api.send(upload("/api/v1/cases/" + code + "/evidence", "a.jpg", "image/jpeg", JPEG)
                .bearerAuth(handler));
        assertEquals(201, third.status(), third.body());
        Api.Reply fourth = add(PNG, "again.png", "image/png");
        assertEquals(409, fourth.status());
        assertEquals("too_many_photos", fourth.json().get("error").getStringValue());

        Api.Reply list = api.get("/api/v1/cases/" + code + "/evidence", handler);
        assertEquals(200, list.status(), list.body());
        assertEquals(3, list.json().size());
        long id = list.json().get(0).get("id").getLongValue();
        HttpResponse<byte[]> photo = http.toBlocking().exchange(
                HttpRequest.GET("/api/v1/cases/" + code + "/evidence/" + id).bearerAuth(handler), byte[].class);
        assertEquals("image/jpeg", photo.getContentType().orElseThrow().toString());
        assertEquals("attachment; filename=\"evidence-" + id + ".jpg\"", photo.header("Content-Disposition"));
        BufferedImage served = TestImages.decode(photo.body());
        assertEquals(120, served.getWidth());
        assertEquals(80, served.getHeight());

        assertEquals(403, api.get("/api/v1/cases/" + code + "/evidence", staff.supervisor()).status());
        assertEquals(404, api.get("/api/v1/cases/" + code + "/evidence", staff.handler("langmusi")).status());
        assertEquals(401, api.get("/api/v1/cases/" + code + "/evidence").status());
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWhateverItsName() {
        Api.Reply text = add("这不是照片".getBytes(), "photo.jpg", "image/jpeg");
        assertEquals(415, text.status(), text.body());
        assertEquals("not_an_image", text.json().get("error").getStringValue());
        assertTrue(text.json().get("message").getStringValue().contains("JPEG and PNG"));
        Api.Reply pdf = add("%PDF-1.7 ...".getBytes(), "scan.pdf", "application/pdf");
        assertEquals(415, pdf.status());
    }

    @Test
    void aPhotoTooBigIsRefusedWithItsSize() {
        byte[] big = withHeader(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1}, 3 * 1024 * 1024 + 1);
        Api.Reply reply = add(big, "big.jpg", "image/jpeg");
        assertEquals(413, reply.status(), reply.body());
        assertEquals("photo_too_large", reply.json().get("error").getStringValue());
        assertTrue(reply.json().get("message").getStringValue().contains("at most 3.0 MB"), reply.body());
        assertEquals(201, add(JPEG, "ok.jpg", "image/jpeg").status());
    }

    @Test
    void aFileThatOnlyStartsLikeAnImageIsRefused() {
        for (byte[] fake : new byte[][]{{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                withHeader(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 1500),
                withHeader(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 2000),
                Arrays.copyOf(JPEG, 200), WEBP}) {
            Api.Reply reply = add(fake, "a.jpg", "image/jpeg");
            assertEquals(415, reply.status(), fake.length + " bytes: " + reply.body());
            assertEquals("not_an_image", reply.json().get("error").getStringValue());
        }
        assertEquals(0, api.get("/api/v1/cases/" + code + "/evidence", staff.handler("gahai")).json().size(),
                "nothing was stored");
    }

    @Test
    void aSmallFileDeclaringAHugeCanvasIsRefusedBeforeDecoding() {
        byte[] bomb = TestImages.pngBomb(20000, 20000);
        assertTrue(bomb.length < 3 * 1024 * 1024, "the bomb fits the byte limit: " + bomb.length);
        long start = System.nanoTime();

        Api.Reply reply = add(bomb, "bomb.png", "image/png");

        assertEquals(413, reply.status(), reply.body());
        assertEquals("photo_too_large", reply.json().get("error").getStringValue());
        assertTrue(reply.json().get("message").getStringValue().contains("20000 × 20000"), reply.body());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused from the header, not by decoding 400 MP");
    }

    @Test
    void whatIsStoredIsAFreshJpegWithoutExifOrAnythingAppended() {
        String html = "<html><script>alert(document.cookie)</script></html>";
        byte[] polyglot = TestImages.concat(TestImages.withExif(JPEG, "GPSLatitude 34.59N GPSLongitude 102.49E"),
                html.getBytes(StandardCharsets.UTF_8));
        Api.Reply added = add(polyglot, "x.html", "text/html");
        assertEquals(201, added.status(), added.body());
        String handler = staff.handler("gahai");
        long id = added.json().get("id").getLongValue();

        HttpResponse<byte[]> photo = http.toBlocking().exchange(
                HttpRequest.GET("/api/v1/cases/" + code + "/evidence/" + id).bearerAuth(handler), byte[].class);

        String served = new String(photo.body(), StandardCharsets.ISO_8859_1);
        for (String gone : new String[]{"<script", "<html", "GPSLatitude", "Exif"}) {
            assertTrue(!served.contains(gone), "stored photo still holds " + gone);
        }
        assertEquals("image/jpeg", photo.getContentType().orElseThrow().toString());
        assertTrue(photo.header("Content-Disposition").startsWith("attachment; filename=\"evidence-"));
        assertEquals(64, TestImages.decode(photo.body()).getWidth());
        assertEquals(photo.body().length, added.json().get("sizeBytes").getIntValue());
    }

    @Test
    void anUnknownCodeOrAMissingPartIsExplained() {
        MultipartBody other = MultipartBody.builder().addPart("note", "hello").build();
        Api.Reply missing = api.send(HttpRequest.POST("/api/v1/complaints/" + code + "/evidence", other)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertEquals(400, missing.status(), missing.body());
        assertTrue(missing.json().get("fields").get("photo") != null);
        code = "XXXX-XXXX-XX";
        assertEquals(404, add(PNG, "a.png", "image/png").status());
    }
}
