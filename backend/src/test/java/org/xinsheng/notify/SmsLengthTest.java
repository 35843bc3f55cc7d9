package org.xinsheng.notify;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.xinsheng.intake.TrackingCodes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every SMS text fits one message: 70 characters (one UCS-2 segment, which Chinese and Tibetan both need) with the
 * tracking code as sent (13 symbols and two dashes) and, should a text name one, the longest township filled in.
 */
class SmsLengthTest {

    private static final int ONE_SMS = 70;

    @Test
    void everyTextFitsOneSmsWithTheLongestValuesFilledIn() throws IOException {
        String code = TrackingCodes.format(TrackingCodes.generate());
        assertEquals(TrackingCodes.LENGTH + 2, code.length());
        List<String> tooLong = new ArrayList<>();
        for (String language : SmsTexts.LANGUAGES) {
            String township = longestTownship(language);
            for (String key : SmsTexts.bundle(language).stringPropertyNames()) {
                String sms = SmsTexts.text(key, language, code).replace("{township}", township);
                assertTrue(sms.contains(code), language + " " + key + " has no code");
                if (sms.length() > ONE_SMS) {
                    tooLong.add(language + " " + key + ": " + sms.length() + " characters");
                }
            }
        }
        assertTrue(tooLong.isEmpty(), "longer than one SMS: " + tooLong);
    }

    @Test
    void tibetanSaysTrackingCodeTheWayTheFormDoes() {
        for (String key : SmsTexts.bundle("bo").stringPropertyNames()) {
            assertTrue(SmsTexts.bundle("bo").getProperty(key).contains("འཚོལ་ཨང"), key);
        }
    }

    private static String longestTownship(String language) throws IOException {
        JsonMapper json = JsonMapper.createDefault();
        try (InputStream in = SmsLengthTest.class.getResourceAsStream("/jurisdictions/luqu.json")) {
            JsonNode root = json.readValue(in, JsonNode.class);
            List<String> names = new ArrayList<>();
            for (JsonNode t : root.get("townships").values()) {
                names.add(t.get("name").get(language).getStringValue());
            }
            return names.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        }
    }
}
