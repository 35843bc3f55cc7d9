package org.xinsheng.nlp;

/**
 * Tells Tibetan from Chinese by script. A Tibetan syllable takes about three letters where a Chinese one takes a
 * single character, so a Tibetan sentence that quotes a Chinese company name still counts as Tibetan.
 */
public final class LanguageDetector {

    private LanguageDetector() {
    }

    public static String detect(String text) {
        int tibetan = 0;
        int han = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= 0x0F40 && cp <= 0x0FBC) {
                tibetan++;
            } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            }
            i += Character.charCount(cp);
        }
        return tibetan > 0 && tibetan >= han ? "bo" : "zh";
    }
}
