package org.xinsheng.intake;

import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.web.JsonBody;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the body of POST /api/v1/complaints into a {@link ComplaintRequest}, or a 400 naming every bad field.
 * {@link #parse} is for staff (hotline, import): the channel is theirs to say. {@link #parsePublic} is for anonymous
 * callers: the channel is always web whatever the body says, and amount and workers must stay within what one
 * complaint plausibly claims ({@link #PUBLIC_MAX_AMOUNT_YUAN}, {@link #PUBLIC_MAX_WORKERS}); intake treats the
 * analysis fields as hints.
 */
@Singleton
public class ComplaintRequestParser {

    static final Set<String> FIELDS = Set.of("text", "phone", "name", "channel", "language", "wageArrears",
            "sector", "sectorConfidence", "employer", "amountYuan", "workers", "township", "absconded");
    public static final long PUBLIC_MAX_AMOUNT_YUAN = 10_000_000L;
    public static final int PUBLIC_MAX_WORKERS = 1_000;
    private static final Set<String> CHANNELS = Arrays.stream(Channel.values()).map(Channel::key)
            .collect(Collectors.toUnmodifiableSet());

    private final JsonMapper json;
    private final Jurisdiction jurisdiction;
    private final int maxTextLength;

    public ComplaintRequestParser(JsonMapper json, Jurisdiction jurisdiction,
                                  @Value("${xinsheng.intake.max-text-length:2000}") int maxTextLength) {
        this.json = json;
        this.jurisdiction = jurisdiction;
        this.maxTextLength = maxTextLength;
    }

    public ComplaintRequest parse(byte[] body) {
        return parse(body, false);
    }

    public ComplaintRequest parsePublic(byte[] body) {
        return parse(body, true);
    }

    private ComplaintRequest parse(byte[] body, boolean anonymous) {
        JsonBody in = JsonBody.parse(json, body);
        in.onlyFields(FIELDS);
        String text = in.requiredString("text", maxTextLength).orElse(null);
        String phone = PhoneNumbers.requiredMobile(in, "phone").orElse(null);
        String name = in.string("name", 64).orElse(null);
        Channel said = in.oneOf("channel", CHANNELS).flatMap(Channel::of).orElse(Channel.WEB);
        Channel channel = anonymous ? Channel.WEB : said;
        String language = in.oneOf("language", Analysis.LANGUAGES).orElse(null);
        String township = in.string("township", 32).orElse(null);
        if (township != null && !jurisdiction.hasTownship(township)) {
            in.reject("township", "must be a township key of " + jurisdiction.key() + ": "
                    + String.join(", ", jurisdiction.townships().stream().map(Jurisdiction.Unit::key).toList()));
        }
        Analysis given = new Analysis(
                language,
                in.bool("wageArrears").orElse(null),
                null,
                in.oneOf("sector", Analysis.SECTORS).orElse(null),
                in.number("sectorConfidence", 0, 1).orElse(null),
                in.string("employer", 200).orElse(null),
                in.wholeNumber("amountYuan", 0, anonymous ? PUBLIC_MAX_AMOUNT_YUAN : 10_000_000_000L).orElse(null),
                in.wholeNumber("workers", 1, anonymous ? PUBLIC_MAX_WORKERS : 100_000).map(Long::intValue).orElse(null),
                township,
                in.bool("absconded").orElse(null));
        in.throwIfInvalid();
        return new ComplaintRequest(text, phone, name, channel, language, given);
    }
}
